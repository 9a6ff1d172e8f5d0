"""Drive any `kit.widgets.Explorer` on a page through its CSS hooks, the way a reader would.

Nothing here knows a notebook: controls are found by `kit-control`, the chart by `kit-chart` (an image whose alt
text starts with the chart's title), the status line by `kit-status`. Each control is changed from the explorer's
first state and then put back, so a control that only matters in some states (say, a setting another control
switches off) is tested where it matters, and putting it back must give back the same chart; pickers and sliders
are worked by keyboard alone. Each change is timed in the page itself, from the control's change event (or the
click or key that commits it) to the new chart image having loaded. `by_keyboard` checks what a reader without a
mouse needs: every control named, Backspace and each chosen item's remove button in a picker, a slider's keys.
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
    const commits = ['Enter', ' ', 'Backspace', 'Delete', 'PageUp', 'PageDown', 'ArrowLeft', 'ArrowRight', 'ArrowUp',
      'ArrowDown', 'Home', 'End'];
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
  if (c.querySelector('.kit-chooser-search')) return 'picker';
  const select = c.querySelector('select');
  if (select) return select.multiple ? 'multiple' : 'single';
  if (c.querySelector('input[type=range]')) return 'slider';
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
    """Move a slider to a value, as a reader dragging it there and letting go (a log slider: to an exponent)."""
    control.locator("input[type=range]").evaluate(
        """(input, value) => {
          input.value = String(value);
          input.dispatchEvent(new Event('input', {bubbles: true}));
          input.dispatchEvent(new Event('change', {bubbles: true}));
        }""",
        value,
    )


def press_slider(control, key: str) -> None:
    """Move a slider by keyboard: focus its range input and press a key (ArrowRight, PageDown, Home, ...)."""
    control.locator("input[type=range]").press(key)


def slider_readout(control) -> str:
    """The value a slider shows beside it."""
    return control.locator(".kit-range-readout").inner_text()


def chosen_labels(control) -> list[str]:
    """The labels of a picker's chosen items, in order."""
    return control.locator(".kit-chip > span").all_inner_texts()


def change(control) -> tuple[str, Callable[[], None]]:
    """Change one control to another valid value, as a reader would; returns what was done and how to undo it."""
    kind = control.evaluate(KIND)
    if kind == "picker":  # remove the last choice (Backspace), or add one by typing its name and pressing Enter
        labels = chosen_labels(control)
        if len(labels) > 2:
            control.locator(".kit-chooser-search").press("Backspace")
            return f"{labels[-1]} removed", functools.partial(type_into_picker, control, labels[-1])
        offered = control.locator(".kit-chooser-row datalist option").evaluate_all("options => options.map(o => o.value)")
        new = next(label for label in offered if label not in labels)
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
        at_top = control.locator("input[type=range]").evaluate("i => Number(i.value) >= Number(i.max)")
        there, back = ("ArrowLeft", "ArrowRight") if at_top else ("ArrowRight", "ArrowLeft")
        press_slider(control, there)
        return there, functools.partial(press_slider, control, back)
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
    """Remove a chosen item by keyboard: Tab from the search box to its remove button, then Enter."""
    place = chosen_labels(control).index(label)
    control.locator(".kit-chooser-search").focus()
    page = control.page
    for _ in range(place + 1):
        page.keyboard.press("Tab")
    assert focused_name(page) == remove_name(control, label), f"Tab did not reach the × of {label}"
    page.keyboard.press("Enter")


def remove_name(control, label: str) -> str:
    return control.locator(".kit-chip", has_text=label).locator("button").get_attribute("aria-label")


def focused_name(page) -> str:
    """The accessible name of the element that has the keyboard's focus (its label, aria-label or text)."""
    return page.evaluate(
        """() => { const el = document.activeElement;
             return el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent)
               || el.textContent.trim(); }"""
    )


def type_into_picker(control, label: str) -> None:
    """Search a picker as a reader does: type the name into its search box and press Enter."""
    box = control.locator(".kit-chooser-search")
    box.focus()
    box.fill(label)
    box.press("Enter")


UNNAMED = """el => Array.from(el.querySelectorAll('input, select, button, textarea, [role=slider]'))
  .filter(c => c.getClientRects().length && !c.closest('.kit-narrow'))
  .filter(c => !(c.getAttribute('aria-label') || (c.labels && Array.from(c.labels).some(l => l.textContent.trim()))
                 || (c.tagName === 'BUTTON' && (c.textContent.trim() || c.title))))
  .map(c => c.outerHTML.slice(0, 120))"""


def by_keyboard(explorer, where: str) -> None:
    """What a reader without a mouse needs: every control has a name; in each picker, Backspace in the search box
    removes the last chosen, Tab reaches each chosen item's remove button and Space (or Enter) presses it, the focus
    staying among the chosen items; each slider moves with its keys. Each control is put back by keyboard."""
    unnamed = explorer.evaluate(UNNAMED)
    assert not unnamed, f"{where}: controls without an accessible name: {unnamed}"
    page, first_chart = explorer.page, chart_digest(explorer)
    for control_name, control in controls(explorer).items():
        kind = control.evaluate(KIND)
        if kind == "picker" and len(chosen_labels(control)) >= 3:
            before = chosen_labels(control)
            backspace = functools.partial(control.locator(".kit-chooser-search").press, "Backspace")
            timed(explorer, backspace, where, f"{control_name}: Backspace")
            assert chosen_labels(control) == before[:-1], f"{where}: Backspace did not remove the last chosen"
            page.keyboard.press("Tab")
            assert focused_name(page) == remove_name(control, before[0]), f"{where}: Tab did not reach the first ×"
            timed(explorer, functools.partial(page.keyboard.press, "Space"), where, f"{control_name}: Space on a ×")
            assert chosen_labels(control) == before[1:-1], f"{where}: Space on the first × did not remove {before[0]}"
            assert focused_name(page) == remove_name(control, before[1]), f"{where}: the focus left the chosen items"
            page.keyboard.press("Shift+Tab")
            assert page.evaluate("() => document.activeElement.classList.contains('kit-chooser-search')"), where
            reset = control.locator("button.jupyter-button").last  # the picker's "Reset": its first choice
            reset.focus()
            page.keyboard.press("Enter")
            page.wait_for_function("([c, n]) => c.querySelectorAll('.kit-chip').length === n", arg=[control.element_handle(), len(before)])
            assert chosen_labels(control) == before, f"{where}: Reset did not bring back the first choice"
        if kind == "slider":
            slider = control.locator("input[type=range]")
            start, shown = slider.input_value(), slider_readout(control)
            key, step = ("End", "ArrowLeft") if slider.evaluate("i => Number(i.value) <= Number(i.min)") else ("Home", "ArrowRight")
            for pressed in (key, step):
                moved = slider_readout(control)
                press_slider(control, pressed)
                page.wait_for_function(  # the kernel may still be answering an earlier move: its readout comes first
                    "([c, moved]) => c.querySelector('.kit-range-readout').textContent !== moved",
                    arg=[control.element_handle(), moved],
                    timeout=scaled(30_000),
                )
                assert page.evaluate("() => document.activeElement.type") == "range"
            set_slider(control, float(start))  # the readout follows once the kernel has answered each move
            page.wait_for_function(
                "([c, shown]) => c.querySelector('.kit-range-readout').textContent === shown",
                arg=[control.element_handle(), shown],
                timeout=scaled(30_000),
            )
        drawn_again(explorer, first_chart, where)


def drawn_again(explorer, digest: str, where: str) -> None:
    """Wait until the explorer shows a chart seen before (its controls put back)."""
    explorer.page.wait_for_function(
        f"async ([el, digest]) => (await ({DIGEST})(el)) === digest",
        arg=[explorer.element_handle(), digest],
        timeout=scaled(60_000),
        polling=100,
    )


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
        by_keyboard(explorer, where)
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
