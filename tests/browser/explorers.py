"""Drive any `kit.widgets.Explorer` on a page through its CSS hooks, the way a reader would.

Nothing here knows a notebook: controls are found by `kit-control`, the chart by `kit-chart`, the status line
by `kit-status`. Each change is timed in the page itself, from the control's change event (or the Enter
that commits a typed slider value) to the new chart image having loaded.
"""

from __future__ import annotations

import functools

from kit import fmt, vibrancy
from kit.widgets import css_class

WARNING = "\u26a0"  # the status line starts with it when a choice cannot be drawn
WIDGET_FAILURE = "Error displaying widget"
ROUND_TRIPS: list[dict] = []  # every timed change of the session, summarised by conftest at the end

# Hooks the explorer element once: the time of the first change since the last reset, and of the next chart load.
TIMER = """el => {
  if (!el.__kit) {
    const start = () => { if (el.__kit.start === null) el.__kit.start = performance.now(); };
    el.addEventListener('change', start, true);
    el.addEventListener('keydown', event => { if (event.key === 'Enter') start(); }, true);
    el.querySelector('.kit-chart').addEventListener('load', () => {
      if (el.__kit.start !== null && el.__kit.end === null) el.__kit.end = performance.now();
    });
  }
  el.__kit = {start: null, end: null};
}"""
ANSWERED = f"""el => el.__kit.end !== null
  || el.querySelector('.kit-status').textContent.includes('{WARNING}')"""
DIGEST = """async el => {
  const image = el.querySelector('.kit-chart');
  if (!image.src || getComputedStyle(image).display === 'none') return null;
  const bytes = await (await fetch(image.src)).arrayBuffer();
  const hash = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(hash), b => b.toString(16).padStart(2, '0')).join('');
}"""
KIND = """c => {
  const select = c.querySelector('select');
  if (select) return select.multiple ? 'multiple' : 'single';
  if (c.querySelector('.widget-readout')) return 'slider';
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
            "el => el.querySelector('.kit-chart').complete || el.querySelector('.kit-status').textContent",
            arg=explorer.element_handle(),
        )
    return [explorers.nth(index) for index in range(explorers.count())]


def name(explorer) -> str:
    classes = explorer.get_attribute("class").split()
    return next(c for c in classes if c.startswith("kit-explorer-")).removeprefix("kit-explorer-")


def status(explorer) -> str:
    return explorer.locator(".kit-status").inner_text()


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


def change(control) -> str:
    """Change one control to another valid value; returns what was done."""
    kind = control.evaluate(KIND)
    if kind == "multiple":
        select = control.locator("select")
        chosen = select.evaluate("s => Array.from(s.selectedOptions, o => o.value)")
        every = select.evaluate("s => Array.from(s.options, o => o.value)")
        new = chosen[:-1] if len(chosen) > 2 else [*chosen, next(v for v in every if v not in chosen)]
        select.select_option(new)
        return f"selection of {len(new)}"
    if kind == "single":
        select = control.locator("select")
        index, count = select.evaluate("s => [s.selectedIndex, s.options.length]")
        select.select_option(index=(index + 1) % count)
        return f"option {(index + 1) % count}"
    if kind == "slider":
        handle = control.locator(".noUi-handle").first
        low, high, now = (float(handle.get_attribute(a)) for a in ("aria-valuemin", "aria-valuemax", "aria-valuenow"))
        value = low + (high - low) * (0.25 if abs(now - (low + (high - low) * 0.25)) > 1e-9 else 0.75)
        set_slider(control, value)
        return f"slider to {value:g}"
    if kind == "checkbox":
        control.locator("input[type=checkbox]").click()
        return "checkbox"
    if kind == "buttons":
        control.locator("button:not(.mod-active)").first.click()
        return "button"
    raise AssertionError(f"no generic way to change a control of kind {kind!r}: teach tests/browser/explorers.py")


def timed(explorer, action, where: str, what: str) -> float:
    """Run `action` (a change of one control) and return the milliseconds until the new chart has loaded."""
    explorer.evaluate(TIMER)
    before = chart_digest(explorer)
    action()
    explorer.page.wait_for_function(ANSWERED, arg=explorer.element_handle(), timeout=30_000)
    assert WARNING not in status(explorer), f"{where}: {what} gave a message instead of a chart: {status(explorer)}"
    assert chart_digest(explorer) != before, f"{where}: {what} did not change the chart"
    start, end = explorer.evaluate("el => [el.__kit.start, el.__kit.end]")
    assert start is not None, f"{where}: no change event was seen for {what}"
    ROUND_TRIPS.append({"where": where, "control": what, "ms": round(end - start, 1)})
    return end - start


def exercise(explorer, where: str, repeats: int = 3) -> None:
    """Change every control once, then the first one a few more times (for timing); each must redraw the chart."""
    named = controls(explorer)
    assert named, f"{where}: the explorer has no controls"
    for control_name, control in named.items():
        timed(explorer, functools.partial(change, control), where, control_name)
    first_name, first = next(iter(named.items()))
    for _ in range(repeats):
        timed(explorer, functools.partial(change, first), where, first_name)
    assert explorer.page.get_by_text(WIDGET_FAILURE).count() == 0


def wait_for_status(explorer, text: str, unless: str = "\0") -> None:
    """Wait until the status line says `text` (and not `unless`)."""
    explorer.page.wait_for_function(
        """([el, text, unless]) => {
          const said = el.querySelector('.kit-status').textContent;
          return said.includes(text) && !said.includes(unless);
        }""",
        arg=[explorer.element_handle(), text, unless],
        timeout=30_000,
    )


def check_reweighting(explorer, where: str) -> None:
    """Russia's stated rank follows the weights: it moves when the ranking says it should, and only then."""
    focus, reweighted = vibrancy.FOCUS, "With these weights"
    country = vibrancy.country_names()[focus]
    default_rank = vibrancy.rank().set_index("iso3").loc[focus, "rank"]
    reset = explorer.get_by_role("button", name="Tool's default weights")
    reset.click()
    wait_for_status(explorer, f"{country} ranks {fmt.ordinal(default_rank)} of", unless=reweighted)
    sliders = controls(explorer)
    pillars = {css_class("kit-control", pillar): pillar for pillar in vibrancy.pillars()}
    assert pillars.keys() <= sliders.keys(), f"{where}: a slider per pillar expected, found {list(sliders)}"
    moves = keeps = None
    for css, pillar in pillars.items():
        for weight in (0.0, 0.5, 1.5, 2.0):
            new_rank = vibrancy.rank({pillar: weight}).set_index("iso3").loc[focus, "rank"]
            if new_rank != default_rank and moves is None:
                moves = (css, weight, new_rank)
            if new_rank == default_rank and keeps is None and weight != vibrancy.default_weights()[pillar]:
                keeps = (css, weight, new_rank)
    assert moves and keeps, "the data offer no single-weight change that moves (and one that keeps) the rank"
    for css, weight, expected in (moves, keeps):
        timed(explorer, functools.partial(set_slider, sliders[css], weight), where, f"{css} to {weight:g}")
        wait_for_status(explorer, f"{reweighted}, {country} ranks {fmt.ordinal(expected)} of")
        reset.click()
        wait_for_status(explorer, f"{country} ranks {fmt.ordinal(default_rank)} of", unless=reweighted)


SPECIFIC_CHECKS = {"re-weight-the-index": check_reweighting}
