"""Drive any `kit.widgets.Explorer` on a page through its CSS hooks, the way a reader would.

Nothing here knows a notebook: controls are found by `kit-control`, the chart by `kit-chart` (an image whose alt
text starts with the chart's title), the status line by `kit-status`. Each control is changed from the explorer's first state and then put back, so a control that
only matters in some states (say, a setting another control switches off) is tested where it matters, and
putting it back must give back the same chart. Each change is timed in the page itself, from the control's
change event (or the click or key that commits it) to the new chart image having loaded.
"""

from __future__ import annotations

import functools
import importlib.util
from collections.abc import Callable
from pathlib import Path

from browser_harness import scaled

WARNING = "\u26a0"  # the status line starts with it when a choice cannot be drawn
WIDGET_FAILURE = "Error displaying widget"
ROUND_TRIPS: list[dict] = []  # every timed change of the session, summarised by conftest at the end

# Hooks the explorer element once: the time of the first change since the last reset, and of the next chart load.
TIMER = """el => {
  if (!el.__kit) {
    const start = () => { if (el.__kit.start === null) el.__kit.start = performance.now(); };
    el.addEventListener('change', start, true);
    el.addEventListener('click', start, true);  // buttons (toggle buttons) send no change event
    el.addEventListener('mousedown', start, true);  // a picker's × acts on mousedown
    const commits = ['Enter', 'PageUp', 'PageDown', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown'];
    el.addEventListener('keydown', event => { if (commits.includes(event.key)) start(); }, true);
    el.querySelector('.kit-chart').addEventListener('load', () => {  // a new chart image (load does not bubble)
      if (el.__kit.start !== null && el.__kit.end === null) el.__kit.end = performance.now();
    }, true);
  }
  el.__kit = {start: null, end: null};
}"""
ANSWERED = f"""el => el.__kit.end !== null
  || el.querySelector('.kit-status').textContent.includes('{WARNING}')"""
SETTLED = "el => !el.classList.contains('kit-busy')"  # the latest change is drawn in full
DIGEST = """async el => {
  const image = el.querySelector('.kit-chart img');
  if (!image || !image.src || getComputedStyle(el.querySelector('.kit-chart')).display === 'none') return null;
  const bytes = await (await fetch(image.src)).arrayBuffer();
  const hash = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(hash), b => b.toString(16).padStart(2, '0')).join('');
}"""
KIND = """c => {
  if (c.querySelector('.jupyter-widget-tagsinput')) return 'picker';
  const select = c.querySelector('select');
  if (select) return select.multiple ? 'multiple' : 'single';
  if (c.querySelector('.noUi-handle')) return 'slider';
  if (c.querySelector('input[type=checkbox]')) return 'checkbox';
  if (c.querySelector('button')) return 'buttons';
  return c.className;
}"""


def find(page):
    """Every explorer on the page, once each has drawn its first chart or message."""
    explorers = page.locator(".kit-explorer")
    for index in range(explorers.count()):
        explorer = explorers.nth(index)
        explorer.scroll_into_view_if_needed()
        page.wait_for_function(
            """el => { const image = el.querySelector('.kit-chart img');
                 return (image && image.complete) || el.querySelector('.kit-status').textContent; }""",
            arg=explorer.element_handle(),
        )
    return [explorers.nth(index) for index in range(explorers.count())]


def name(explorer) -> str:
    classes = explorer.get_attribute("class").split()
    return next(c for c in classes if c.startswith("kit-explorer-")).removeprefix("kit-explorer-")


def status(explorer) -> str:
    return explorer.locator(".kit-status").inner_text()


def chart_text(explorer) -> str:
    """What the chart on screen says: its alt text, which starts with its title."""
    return explorer.locator(".kit-chart img").get_attribute("alt") or ""


def chart_digest(explorer) -> str | None:
    return explorer.evaluate(DIGEST)


def controls(explorer) -> dict[str, object]:
    found = explorer.locator(".kit-control")
    named = {}
    for index in range(found.count()):
        control = found.nth(index)
        named[next(c for c in control.get_attribute("class").split() if c.startswith("kit-control-"))] = control
    return named


def set_slider(control, value: float) -> None:
    """Type a value into the slider's readout and commit it with Enter, as a reader can."""
    readout = control.locator(".widget-readout")
    readout.click()
    readout.press("Control+a")
    readout.press_sequentially(f"{value:g}")
    readout.press("Enter")


def change(control) -> tuple[str, Callable[[], None]]:
    """Change one control to another valid value, as a reader would; returns what was done and how to undo it."""
    kind = control.evaluate(KIND)
    if kind == "picker":  # remove the last choice with its ×, or add one by typing its name and pressing Enter
        tags = control.locator(".jupyter-widget-tag:not(.jupyter-widget-taginput)")
        chosen = [tags.nth(i).inner_text() for i in range(tags.count())]
        if len(chosen) > 2:
            remove_from_picker(control, chosen[-1])
            return f"{chosen[-1]} removed", functools.partial(type_into_picker, control, chosen[-1])
        offered = control.locator(".kit-picker-search datalist option").evaluate_all("options => options.map(o => o.value)")
        new = next(label for label in offered if label not in chosen)
        type_into_picker(control, new)
        return f"{new} added", functools.partial(remove_from_picker, control, new)
    if kind in ("multiple", "single"):
        select = control.locator("select")
        chosen = select.evaluate("s => Array.from(s.selectedOptions, o => o.value)")
        every = select.evaluate("s => Array.from(s.options, o => o.value)")
        if kind == "multiple":
            new = chosen[:-1] if len(chosen) > 2 else [*chosen, next(v for v in every if v not in chosen)]
        else:  # the option before (usually the lighter one: fewer draws, an earlier year), else the next
            index = every.index(chosen[0])
            new = [every[index - 1 if index > 0 else 1]]
        select.select_option(new)
        return f"{len(new)} chosen", functools.partial(select.select_option, chosen)
    if kind == "slider":
        handle = control.locator(".noUi-handle").first
        at_top = handle.get_attribute("aria-valuenow") == handle.get_attribute("aria-valuemax")
        there, back = ("PageDown", "PageUp") if at_top else ("PageUp", "PageDown")
        handle.press(there)
        return there, functools.partial(handle.press, back)
    if kind == "checkbox":
        box = control.locator("input[type=checkbox]")
        box.click()
        return "checkbox", box.click
    if kind == "buttons":
        buttons = control.locator("button")
        active = control.evaluate(
            "c => Array.from(c.querySelectorAll('button')).findIndex(b => b.matches('.mod-active'))"
        )
        other = 1 if active == 0 else 0
        buttons.nth(other).click()
        return buttons.nth(other).inner_text(), buttons.nth(max(active, 0)).click
    raise AssertionError(f"no generic way to change a control of kind {kind!r}: teach tests/browser/explorers.py")


def remove_from_picker(control, label: str) -> None:
    control.locator(".jupyter-widget-tag", has_text=label).locator(".jupyter-widget-tag-close").dispatch_event(
        "mousedown"
    )


def type_into_picker(control, label: str) -> None:
    """Search a picker as a reader does: type the name into its search box and press Enter."""
    box = control.locator(".kit-picker-search input")
    box.click()
    box.fill(label)
    box.press("Enter")


def timed(explorer, action, where: str, what: str):
    """Run `action` (a change of one control) and wait for the new chart; records the milliseconds it took."""
    explorer.evaluate(TIMER)
    before = chart_digest(explorer)
    result = action()
    explorer.page.wait_for_function(ANSWERED, arg=explorer.element_handle(), timeout=scaled(60_000))
    explorer.page.wait_for_function(SETTLED, arg=explorer.element_handle(), timeout=scaled(60_000))
    assert WARNING not in status(explorer), f"{where}: {what} gave a message instead of a chart: {status(explorer)}"
    assert chart_digest(explorer) != before, f"{where}: {what} did not change the chart"
    start, end = explorer.evaluate("el => [el.__kit.start, el.__kit.end]")
    assert start is not None, f"{where}: no change event was seen for {what}"
    revisit = what.endswith(" back")  # back to a view seen before: drawn from the explorer's cache
    ROUND_TRIPS.append({"where": where, "control": what, "ms": round(end - start, 1), "revisit": revisit})
    return result


def exercise(explorer, where: str, repeats: int = 2) -> None:
    """Change every control and put it back, each from the first state; every change must redraw the chart, and
    putting a control back must give back the first chart. The first control goes round a few more times."""
    named = controls(explorer)
    assert named, f"{where}: the explorer has no controls"
    first_chart = chart_digest(explorer)
    rounds = [*named.items(), *[next(iter(named.items()))] * repeats]
    for control_name, control in rounds:
        done, undo = timed(explorer, functools.partial(change, control), where, control_name)
        timed(explorer, undo, where, f"{control_name} back")
        assert chart_digest(explorer) == first_chart, f"{where}: putting {control_name} back ({done}) changed the chart"
    assert explorer.page.get_by_text(WIDGET_FAILURE).count() == 0


def exercise_all(found, place: str, browsing) -> None:
    """Exercise every explorer found (with its specific check, if it has one); screenshot each into
    `test-output/<place>/`."""
    for explorer in found:
        explorer_name = name(explorer)
        where = f"{place} / {explorer_name}"
        exercise(explorer, where)
        if explorer_name in specific_checks():
            specific_checks()[explorer_name](explorer, where)
        browsing.screenshot(f"{place}/{explorer_name}", explorer)


def wait_for_chart(explorer, text: str, unless: str = "\0") -> None:
    """Wait until the chart on screen says `text` (and not `unless`) in its title or alt text."""
    explorer.page.wait_for_function(
        """([el, text, unless]) => {
          const image = el.querySelector('.kit-chart img'), said = image ? image.alt : '';
          return said.includes(text) && !said.includes(unless);
        }""",
        arg=[explorer.element_handle(), text, unless],
        timeout=scaled(30_000),
    )


STORY_TESTS = Path(__file__).resolve().parent.parent / "stories"


@functools.cache
def specific_checks() -> dict[str, Callable]:
    """Checks of one story's explorer in a page, by the explorer's name (its CSS class without `kit-explorer-`):
    the `CHECKS` of every `tests/stories/*_in_browser.py`, so a story's own expectations stay with its tests."""
    checks = {}
    for path in sorted(STORY_TESTS.glob("*_in_browser.py")):
        spec = importlib.util.spec_from_file_location(f"story_checks_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        checks.update(module.CHECKS)
    return checks
