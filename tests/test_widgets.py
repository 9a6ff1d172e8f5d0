"""Widgets: the controls drive the pure chart functions; a bad choice is a message, not a traceback."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from kit import vibrancy, widgets


def shown_size(explorer):
    with Image.open(io.BytesIO(explorer.image.value)) as image:
        return image.size


@pytest.fixture
def compare():
    return widgets.compare_countries()


@pytest.fixture
def reweight():
    return widgets.reweight_index()


def test_compare_starts_with_russia_and_the_countries_the_article_names(compare):
    assert list(compare.controls["countries"].value) == ["RUS", "USA", "CHN", "IND", "LUX", "BEL", "IRL"]
    assert compare.status.value == f"<b>{vibrancy.comparison_chart().title}</b>"
    assert shown_size(compare)[0] == 1280


def test_compare_redraws_for_a_new_selection(compare):
    first = compare.image.value
    compare.controls["countries"].value = ("RUS", "ITA", "AUT")
    assert compare.image.value != first
    assert "these 3 countries" in compare.status.value
    assert compare.chart.data["iso3"].unique().tolist() == ["ITA", "RUS", "AUT"]


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
    assert compare.image.layout.display is None and "these 2 countries" in compare.status.value


def test_reweighting_states_russias_new_rank(reweight):
    assert "ranks 28th of 36" in reweight.status.value
    reweight.controls["Public Opinion"].value = 0.3
    expected = vibrancy.rank({"Public Opinion": 0.3}).set_index("iso3").loc["RUS", "rank"]
    assert f"ranks {expected}" in reweight.status.value and expected != 28


def test_all_weights_at_zero_is_a_message(reweight):
    reweight.set_state({pillar: 0.0 for pillar in reweight.controls})
    assert "All pillar weights are zero" in reweight.status.value
    reweight.set_state(vibrancy.default_weights())
    assert "ranks 28th of 36" in reweight.status.value


def test_set_state_redraws_once(reweight, monkeypatch):
    calls = []
    real = reweight.render
    monkeypatch.setattr(reweight, "render", lambda state: calls.append(state) or real(state))
    reweight.set_state({pillar: 1.0 for pillar in reweight.controls})
    assert len(calls) == 1


def test_the_export_button_writes_the_chart_on_screen(compare, out_dirs):
    compare.controls["countries"].value = ("RUS", "USA")
    compare.export()
    assert "Exported:" in compare.status.value
    assert (out_dirs[0] / "ai-vibrancy-pillars-usa-rus" / "ai-vibrancy-pillars-usa-rus.csv").exists()


def test_an_unwritable_export_folder_is_a_message(compare, monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("KIT_EXPORTS_DIR", str(blocker / "exports"))
    compare.export()
    assert "Cannot create the folder" in compare.status.value


def test_every_part_carries_the_css_hooks_the_browser_tests_use(reweight):
    assert {"kit-explorer", "kit-explorer-re-weight-the-index"} <= set(reweight._dom_classes)
    assert "kit-status" in reweight.status._dom_classes and "kit-chart" in reweight.image._dom_classes
    assert "kit-export" in reweight.export_button._dom_classes
    assert set(reweight.controls["Public Opinion"]._dom_classes) == {"kit-control", "kit-control-public-opinion"}


def test_rank_robustness_reruns_for_new_weightings_and_filters_countries_without_rerunning():
    explorer = widgets.rank_robustness()
    default = vibrancy.simulate_ranks()
    assert f"in {default.share('RUS', 28):.0%} of 100,000" in explorer.status.value
    explorer.controls["weighting"].value = "uniform"
    uniform = vibrancy.simulate_ranks(concentration=None)
    assert f"in {uniform.share('RUS', 28):.0%} of 100,000" in explorer.status.value
    assert explorer.chart.slug == "ai-vibrancy-rank-robustness-uniform-100000"
    before = widgets._simulation.cache_info().misses
    explorer.controls["countries"].value = ("RUS", "ITA", "AUT")
    assert widgets._simulation.cache_info().misses == before
    assert explorer.chart.data["iso3"].tolist() == ["ITA", "RUS", "AUT"]
    explorer.controls["countries"].value = ()
    assert "0 countries chosen" in explorer.status.value and explorer.image.layout.display == "none"


def test_the_emigration_slider_redraws_the_shares():
    explorer = widgets.emigration_shares()
    assert "100,000 is 10.0% to 13.5%" in explorer.status.value
    explorer.controls["emigrants"].value = 50_000
    assert "50,000 is 5.0% to 6.8%" in explorer.status.value


def test_the_gpu_explorer_switches_to_per_year_and_reports_an_empty_year():
    explorer = widgets.compare_gpu_buyers()
    explorer.controls["per_year"].value = True
    assert (
        "167 times" in explorer.status.value
        and explorer.chart.slug == "gpu-gap-2024-per-year-microsoft-bytedance-tencent-meta-xai-amazon-google"
    )
    explorer.set_state({"buyers": ("xAI + Tesla (combined)",), "year": 2023})
    assert "No 2023 estimate" in explorer.status.value and explorer.export_button.disabled


def test_the_category_explorer_compares_the_chosen_categories():
    explorer = widgets.compare_blocked_categories()
    explorer.controls["categories"].value = ("drugs", "extremism")
    assert explorer.chart.data["category_id"].tolist() == ["drugs", "extremism"]
    explorer.controls["categories"].value = ()
    assert "No category chosen" in explorer.status.value
