"""Widgets: the controls drive the pure chart functions; a bad choice is a message, not a traceback."""

from __future__ import annotations

import html
import json
import re
import time
from pathlib import Path

import pytest
import traitlets

from kit import export, widgets
from kit.errors import SelectionError
from kit.stories.ai_vibrancy import charts as vibrancy_charts
from kit.stories.ai_vibrancy import compute as vibrancy
from kit.stories.ai_vibrancy import explore as vibrancy_explore

# Any story's explorers would do: these use the AI vibrancy story's (its own explorer tests are in tests/stories/).


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


def test_set_state_redraws_once(reweight, monkeypatch):
    calls = []
    real = reweight.render
    monkeypatch.setattr(reweight, "render", lambda state: calls.append(state) or real(state))
    reweight.set_state({pillar: 1.0 for pillar in reweight.controls})
    assert len(calls) == 1


def test_the_export_button_writes_the_chart_on_screen(compare, out_dirs):
    compare.controls["countries"].value = ("RUS", "USA")
    compare.export()
    folder = out_dirs[0] / export.VIEWS / "ai-vibrancy-pillars-usa-rus"  # a view no story declares: no article's
    assert f"Exported {len(list(folder.iterdir()))} files" in compare.status.value
    assert (folder / "ai-vibrancy-pillars-usa-rus.csv").exists()


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


def test_export_links_are_relative_to_the_notebook_and_name_every_file(compare, out_dirs, monkeypatch):
    compare.controls["countries"].value = ("RUS", "USA")
    compare.export()
    folder = out_dirs[0] / export.VIEWS / "ai-vibrancy-pillars-usa-rus"  # a view no story declares
    names = sorted(p.name for p in folder.iterdir())
    notebooks = out_dirs[0].parent / "notebooks"  # a sibling folder, as notebooks/ is of exports/
    notebooks.mkdir()
    monkeypatch.chdir(notebooks)
    text = widgets.export_links(folder, names)
    links = re.findall(r"\]\(([^)]+)\)", text)
    assert len(links) == len(names) and all(link.startswith("../exports/_views/ai-vibrancy-pillars-usa-rus/") for link in links)
    assert all((Path.cwd() / link).resolve().is_file() for link in links)


def test_set_state_refuses_an_unknown_value_or_control_with_a_kit_message_and_changes_nothing():
    robustness = vibrancy_explore.rank_robustness()
    before, renders = robustness.state(), robustness.renders
    with pytest.raises(SelectionError, match="'sideways' is not a possible value of 'weighting'") as raised:
        robustness.set_state({"draws": 10_000, "weighting": "sideways"})
    assert "centred" in raised.value.fix and robustness.state() == before and robustness.renders == renders
    with pytest.raises(SelectionError, match="no control named 'colour'"):
        robustness.set_state({"colour": "red"})
    with pytest.raises(SelectionError, match=r"\('RUS', 'XXX'\) is not a possible value of 'countries'"):
        vibrancy_explore.compare_countries().set_state({"countries": ("RUS", "XXX")})


def test_an_unknown_kind_of_weighting_is_refused_not_taken_as_uniform():
    state = {"weighting": "uniformly-ish", "concentration": 100.0, "draws": 10_000, "countries": ("RUS",)}
    with pytest.raises(SelectionError, match="not a kind of weighting"):
        list(vibrancy_explore.robustness_charts(state, 36))


def test_a_large_simulation_shows_a_first_result_from_its_first_draws_then_the_whole():
    state = {"weighting": "centred", "concentration": 7.0, "draws": 1_000_000, "countries": ("RUS", "USA")}
    first, whole = vibrancy_explore.robustness_charts(state, 36)
    assert "100,000" in first.title and "1,000,000" in whole.title
    again = list(vibrancy_explore.robustness_charts(state, 36))  # already run: straight to the whole
    assert len(again) == 1 and again[0].title == whole.title


def slow_explorer(delay: float = 0.3) -> tuple[widgets.Explorer, list]:
    started = []

    def render(state):
        started.append(state["countries"])
        if len(started) > 1:
            time.sleep(delay)
        return vibrancy_charts.comparison_chart(list(state["countries"]))

    chooser = widgets.choose_many("Countries", [(c, c) for c in ("RUS", "USA", "CHN", "IND", "LUX")], ("RUS", "USA"))
    return widgets.Explorer("slow", {"countries": chooser}, render, background=True), started


def test_in_the_background_quick_changes_are_coalesced_and_only_the_latest_is_drawn():
    explorer, started = slow_explorer()
    picker = explorer.controls["countries"]
    for selection in (("RUS", "CHN"), ("RUS", "IND"), ("RUS", "LUX"), ("RUS", "USA", "LUX")):
        picker.value = selection
        time.sleep(0.02)
    assert "kit-busy" in explorer._dom_classes  # the old chart is dimmed while the new one is drawn
    explorer.wait()
    assert "kit-busy" not in explorer._dom_classes
    assert started[0] == ("RUS", "USA") and started[-1] == ("RUS", "USA", "LUX")
    assert len(started) <= 3, f"every change was drawn: {started}"  # the first, perhaps one overtaken, the latest
    assert explorer.chart.title == vibrancy_charts.comparison_chart(["RUS", "USA", "LUX"]).title


def test_a_view_seen_before_comes_from_the_cache(compare, monkeypatch):
    first = compare.image.value
    compare.controls["countries"].value = ("RUS", "USA")
    monkeypatch.setattr(compare, "render", lambda state: pytest.fail("drawn again"))
    compare.controls["countries"].value = vibrancy_explore.compare_countries().state()["countries"]
    assert compare.image.value.split(" src=")[1] == first.split(" src=")[1]


def test_the_chart_has_its_alt_text_and_a_narrow_screen_gets_the_one_column_layout(compare):
    assert f'alt="{html.escape(compare.chart.title)}. {html.escape(compare.chart.alt_text)}"' in compare.image.value
    assert 'width="640"' in compare.image.value and 'data-width="web"' in compare.image.value
    compare.narrow.value = True
    assert 'data-width="one-column"' in compare.image.value and f'width="{round(89 / 25.4 * 96)}"' in compare.image.value


def test_before_the_notebook_runs_an_explorer_shows_its_first_chart_as_an_image(compare):
    data, metadata = compare._repr_mimebundle_()
    assert data["image/png"] and metadata["image/png"]["width"] == 640
    assert "controls appear when the notebook runs" in data["text/plain"]
    assert "application/vnd.jupyter.widget-view+json" in data


def test_a_picker_searches_summarises_and_refuses_unknown_choices():
    picker = widgets.choose_many("Countries", [("Russia", "RUS"), ("United States", "USA"), ("China", "CHN")], ("RUS",), noun="countries")
    assert picker.search.options == ("Russia", "United States", "China")  # what the search box suggests
    assert picker.tags.value == ["Russia"] and picker.summary.value == "1 of 3 countries chosen"
    picker.search.value = "China"  # a reader picks China in the search box
    assert picker.value == ("RUS", "CHN") and picker.summary.value == "2 of 3 countries chosen"
    assert picker.search.value == ""  # ready for the next search
    picker.search.value = "states"  # part of a name, if only one option has it
    assert picker.value == ("RUS", "CHN", "USA")
    picker.search.value = "China"  # picking a chosen one removes it
    assert picker.value == ("RUS", "USA")
    picker.search.value = "a"  # several options match: nothing happens
    assert picker.value == ("RUS", "USA")
    picker.tags.value = ["Russia"]  # a reader removes United States with its ×
    assert picker.value == ("RUS",)
    picker.value = ("USA", "RUS", "CHN")
    assert picker.tags.value == ["United States", "Russia", "China"] and picker.summary.value == "All of 3 countries chosen"
    with pytest.raises(traitlets.TraitError, match="'XXX' is not among the options"):
        picker.value = ("XXX",)
    with pytest.raises(SelectionError, match="same label 'A'"):
        widgets.choose_many("Twice", [("A", 1), ("A", 2)], ())


def test_explorers_drawing_at_once_each_draw_as_if_alone():
    """Matplotlib's settings are global; explorers redrawing in their threads while the kernel draws another chart
    must not swap the house style under each other (a shared link's view came out different from its origin)."""
    selections = [("RUS", "USA", "ITA"), ("RUS", "CHN", "ITA"), ("RUS", "IND", "ITA")]
    alone = [vibrancy_explore.compare_countries(list(selection)).shown_png() for selection in selections]
    other = vibrancy_charts.ranking_chart()
    other_alone = other.png(scale=1, preview=True)
    for _ in range(3):
        explorers = [vibrancy_explore.compare_countries() for _ in selections]
        for explorer, selection in zip(explorers, selections, strict=True):
            explorer.background = True
            explorer.controls["countries"].value = selection
        meanwhile = [other.png(scale=1, preview=True) for _ in range(3)]  # as a kernel shows a first chart
        for explorer in explorers:
            explorer.wait()
        assert [explorer.shown_png() for explorer in explorers] == alone
        assert set(meanwhile) == {other_alone}


def test_an_explorer_in_ukrainian_exports_its_view_in_every_language(out_dirs):
    from kit import i18n

    with i18n.use("uk"):
        explorer = vibrancy_explore.compare_countries()
    explorer.controls["countries"].value = ("RUS", "USA", "ITA")
    explorer.export()
    folder = export.folder_of(explorer.chart.slug)
    english = json.loads((folder / f"{explorer.chart.slug}.json").read_text(encoding="utf-8"))
    ukrainian = json.loads((folder / f"{explorer.chart.slug}.uk.json").read_text(encoding="utf-8"))
    assert explorer.chart.language == "uk" and ukrainian["title"] == explorer.chart.title
    assert "Italy" in english["alt_text"] and "Італія" in ukrainian["alt_text"]
    assert (folder / f"{explorer.chart.slug}.ru.web.png").is_file()
