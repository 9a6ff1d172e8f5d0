"""The AI vibrancy story's explorers in a real page, beyond what every explorer is checked for
(tests/browser/explorers.py runs `CHECKS` on the explorer of that name wherever it finds one: JupyterLab, the
reader page): Russia's stated rank follows the weights, and a large simulation shows a first result, then the
whole, coalescing quick changes."""

from __future__ import annotations

import functools
import re
import time

from browser_harness import scaled
from explorers import (
    ROUND_TRIPS, SETTLED, controls, press_slider, set_slider, slider_readout, timed, wait_for_chart,
)

from kit import fmt, i18n
from kit.stories.ai_vibrancy import compute as vibrancy
from kit.widgets import css_class


def check_reweighting(explorer, where: str) -> None:
    """Russia's stated rank follows the weights: it moves when the ranking says it should, and only then."""
    focus, reweighted = vibrancy.FOCUS, "With these weights"
    country = vibrancy.country_names()[focus]
    default_rank = vibrancy.rank().set_index("iso3").loc[focus, "rank"]
    shown = str(i18n.t("vibrancy-control-reset")).replace("'", "['’]")  # its apostrophe straight or typeset
    reset = explorer.get_by_role("button", name=re.compile(shown))
    reset.click()
    wait_for_chart(explorer, f"{country} ranks {fmt.ordinal(default_rank)} of", unless=reweighted)
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
        wait_for_chart(explorer, f"{reweighted}, {country} ranks {fmt.ordinal(expected)} of")
        reset.click()
        wait_for_chart(explorer, f"{country} ranks {fmt.ordinal(default_rank)} of", unless=reweighted)


BUSY_WATCH = """el => {
  const seen = {start: null, busy: null, first: null, dimmed: null, computing: null, renders: 0};
  const chart = el.querySelector('.kit-chart');
  el.addEventListener('change', () => { if (seen.start === null) seen.start = performance.now(); }, true);
  new MutationObserver(() => {
    if (seen.start === null || seen.busy !== null || !el.classList.contains('kit-busy')) return;
    seen.busy = performance.now();
    setTimeout(() => {  // the dimming and "Computing…" show after 150 ms of work
      if (!el.classList.contains('kit-busy')) return;
      seen.dimmed = Number(getComputedStyle(chart.querySelector('img')).opacity);
      const label = getComputedStyle(chart, '::after');
      seen.computing = label.visibility === 'visible' ? label.content : null;
    }, 400);
  }).observe(el, {attributes: true, attributeFilter: ['class']});
  chart.addEventListener('load', () => {
    if (seen.start === null) return;
    seen.renders += 1;
    if (seen.first === null) seen.first = performance.now();
  }, true);
  el.__busy = seen;
}"""


def check_robustness(explorer, where: str) -> None:
    """A change that starts a 1,000,000-draw simulation: the old chart dims with "Computing…", a first result (its
    first `FIRST_LOOK` draws) is on screen within 1 s, then the whole. Three quick changes are coalesced: at most the
    first and the latest are drawn, and the chart shown last is the latest's."""
    named = controls(explorer)
    explorer.evaluate(BUSY_WATCH)
    named["kit-control-draws"].locator("select").select_option(label="1,000,000")
    wait_for_chart(explorer, "1,000,000")
    explorer.page.wait_for_function(SETTLED, arg=explorer.element_handle(), timeout=scaled(60_000))
    seen = explorer.evaluate("el => el.__busy")
    assert seen["busy"] is not None, f"{where}: no busy state while 1,000,000 draws were simulated"
    within = scaled(1000)  # 1 s on a quiet machine
    assert seen["first"] - seen["start"] <= within, f"{where}: first result after {seen['first'] - seen['start']:.0f} ms"
    ROUND_TRIPS.append({"where": where, "control": "1,000,000 draws: first result", "ms": round(seen["first"] - seen["start"], 1), "revisit": False})
    if seen["dimmed"] is not None:  # the simulation outlasted 400 ms: the chart was dimmed and said so
        assert seen["dimmed"] < 0.5 and "Computing" in (seen["computing"] or ""), seen
    assert seen["renders"] >= 2, f"{where}: the first draws were not shown first ({seen})"

    concentration = named["kit-control-concentration"]
    image = explorer.locator(".kit-chart img")
    before = int(image.get_attribute("data-render"))
    first_readout = float(slider_readout(concentration).replace(",", ""))
    for _ in range(3):
        press_slider(concentration, "PageDown")
    explorer.page.wait_for_function(SETTLED, arg=explorer.element_handle(), timeout=scaled(60_000))
    time.sleep(0.5)
    explorer.page.wait_for_function(SETTLED, arg=explorer.element_handle(), timeout=scaled(60_000))
    drawn = int(image.get_attribute("data-render")) - before
    readout = float(slider_readout(concentration).replace(",", ""))
    assert readout != first_readout and drawn >= 1, f"{where}: the slider moved to {readout}, {drawn} chart(s) drawn"
    assert drawn <= 4, f"{where}: 3 quick changes drew {drawn} charts (each would be 2: first look and whole)"


CHECKS = {"re-weight-the-index": check_reweighting, "rank-robustness": check_robustness}
