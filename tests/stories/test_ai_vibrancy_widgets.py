"""The AI vibrancy story's explorers as widgets: a selection out of bounds or weights all at zero are messages,
an unknown kind of weighting is refused, a large simulation shows its first draws first. (Any explorer's
machinery: tests/test_widgets.py; the reader page's address: tests/browser/test_reader_page.py.)"""

from __future__ import annotations

import html

import pytest

from kit.errors import SelectionError
from kit.stories.ai_vibrancy import compute as vibrancy
from kit.stories.ai_vibrancy import explore as vibrancy_explore


@pytest.fixture
def compare():
    return vibrancy_explore.compare_countries()


@pytest.fixture
def reweight():
    return vibrancy_explore.reweight_index()


@pytest.mark.parametrize(
    "selection, message",
    [
        (("RUS",), "choose between 2 and 8"),
        ((), "0 countries chosen"),
        (tuple(vibrancy.rank()["iso3"][:9]), "9 countries chosen"),
    ],
)
def test_a_bad_selection_shows_a_message_and_hides_the_stale_chart(compare, selection, message):
    compare.controls["countries"].value = selection
    assert message in compare.status.value and "&#9888;" in compare.status.value
    assert compare.image.layout.display == "none" and compare.export_button.disabled
    compare.controls["countries"].value = ("RUS", "USA")
    assert compare.image.layout.display is None and "these 2 countries" in compare.chart.title


def test_all_weights_at_zero_is_a_message(reweight):
    reweight.set_state({pillar: 0.0 for pillar in reweight.controls})
    assert "All pillar weights are zero" in reweight.status.value
    reweight.set_state(vibrancy.default_weights())
    assert "ranks 28th of 36" in reweight.chart.title


def test_an_unknown_kind_of_weighting_is_refused_not_taken_as_uniform():
    state = {"weighting": "uniformly-ish", "concentration": 100.0, "draws": 10_000, "countries": ("RUS",)}
    with pytest.raises(SelectionError, match="not a kind of weighting"):
        list(vibrancy_explore.robustness_charts(state, 36))


def test_a_large_simulation_shows_a_first_result_from_its_first_draws_then_the_whole():
    state = {"weighting": "centred", "concentration": 7.0, "draws": 1_000_000, "countries": ("RUS", "USA")}
    first, whole = vibrancy_explore.robustness_charts(state, 36)
    assert f"{vibrancy_explore.FIRST_LOOK:,}" in first.title and "1,000,000" in whole.title
    assert first.data["iso3"].tolist() == whole.data["iso3"].tolist() and not first.data.equals(whole.data)
    again = list(vibrancy_explore.robustness_charts(state, 36))  # already run: straight to the whole
    assert len(again) == 1 and again[0].title == whole.title
    small = {**state, "draws": vibrancy_explore.AT_ONCE, "concentration": 8.0}
    assert len(list(vibrancy_explore.robustness_charts(small, 36))) == 1  # small enough to be shown at once


def test_a_notebook_keeps_the_first_state_s_whole_chart_not_its_first_look(monkeypatch):
    monkeypatch.setattr(vibrancy_explore, "_SEEN", set())  # no simulation run yet in this session
    explorer = vibrancy_explore.rank_robustness()
    assert explorer.renders == 2  # its first look, then the whole
    assert explorer._first is explorer.chart and f"{vibrancy_explore.FIRST_LOOK:,} " not in explorer.chart.title
    shown = explorer._repr_mimebundle_()["text/html"]
    assert html.escape(explorer.chart.alt_text, quote=True)[:80] in shown
