"""Widgets: the controls drive the pure chart functions; a bad choice is a message, not a traceback.

The explorers here are made up for the test (a picker and a slider drawing a small bar chart), except where
every story's explorers are drawn at once or exported; one story's explorers are tested with it (tests/stories/).
"""

from __future__ import annotations

import dataclasses
import html
import json
import re
import time
from collections.abc import Sequence
from pathlib import Path

import ipywidgets
import pandas as pd
import pytest
import traitlets

from kit import charts, export, i18n, story, style, widgets
from kit.charts import Bar, Chart
from kit.errors import SelectionError

OPTIONS = [("Alpha", "AAA"), ("Beta", "BBB"), ("Gamma", "CCC"), ("Delta", "DDD"), ("Epsilon", "EEE")]
FIRST = ("AAA", "BBB")
MOST = 4
DECLARED = [factory for each in story.stories() for factory in each.explorers.values()]


def example_chart(chosen: Sequence[str], weight: float = 1.0) -> Chart:
    """A bar for each chosen code, as long as its place in the choice times the weight; 2 to `MOST` codes."""
    if not 2 <= len(chosen) <= MOST:
        raise SelectionError(f"{len(chosen)} chosen: choose between 2 and {MOST}.", fix=f"choose 2 to {MOST}.")
    if weight == 0:
        raise SelectionError("The weight is zero: nothing to draw.", fix="give a weight above zero.")
    values = [(place + 1) * weight for place in range(len(chosen))]
    bars = [Bar(label=code, value=value, role=style.SUBJECT if place == 0 else style.CONTEXT_ROLE,
                value_label=f"{value:g}") for place, (code, value) in enumerate(zip(chosen, values, strict=True))]

    def draw(fig, rect):
        charts.ranked_bars(fig, rect, bars, xmax=MOST * 2, ticks=[0, MOST, MOST * 2])

    return Chart(
        slug="example-" + "-".join(code.lower() for code in chosen),
        title=f"{chosen[0]} comes first of {len(chosen)}",
        subtitle="Made-up values",
        note="A chart made up for the widget tests.",
        source="Source: the test",
        alt_text=f"{chosen[0]} comes first, with {values[0]:g}.",
        data=pd.DataFrame({"code": list(chosen), "value": values}),
        body_height=lambda width: charts.bars_height(len(bars), width),
        draw=draw,
    )


def example_explorer(name: str = "an example", chosen=FIRST, background: bool = False) -> widgets.Explorer:
    controls = {
        "chosen": widgets.choose_many("Chosen", OPTIONS, chosen, noun="codes"),
        "Public Opinion": ipywidgets.FloatSlider(value=1.0, min=0, max=2, step=0.1),
        "weighting": ipywidgets.Dropdown(options=[("Centred", "centred"), ("Uniform", "uniform")], value="centred"),
    }
    return widgets.Explorer(
        name, controls, lambda state: example_chart(state["chosen"], state["Public Opinion"]), background=background
    )


@pytest.fixture
def explorer():
    return example_explorer()


@pytest.mark.parametrize(
    "selection, message",
    [(("AAA",), "choose between 2 and 4"), ((), "0 chosen"), (tuple(code for _, code in OPTIONS), "5 chosen")],
)
def test_a_bad_selection_shows_a_message_and_hides_the_stale_chart(explorer, selection, message):
    explorer.controls["chosen"].value = selection
    assert message in explorer.status.value and "&#9888;" in explorer.status.value
    assert explorer.image.layout.display == "none" and explorer.export_button.disabled
    explorer.controls["chosen"].value = ("CCC", "DDD")
    assert explorer.image.layout.display is None and explorer.chart.title == "CCC comes first of 2"


def test_all_weights_at_zero_is_a_message(explorer):
    explorer.set_state({"Public Opinion": 0.0})
    assert "The weight is zero" in explorer.status.value and "Give a weight above zero" in explorer.status.value
    explorer.set_state(explorer.default_state)
    assert explorer.chart.title == "AAA comes first of 2" and explorer.status.value == ""


def test_set_state_redraws_once(explorer, monkeypatch):
    calls = []
    real = explorer.render
    monkeypatch.setattr(explorer, "render", lambda state: calls.append(state) or real(state))
    explorer.set_state({"chosen": ("BBB", "CCC"), "Public Opinion": 1.5, "weighting": "uniform"})
    assert len(calls) == 1


def test_the_export_button_writes_the_chart_on_screen(explorer, out_dirs):
    explorer.controls["chosen"].value = ("CCC", "AAA")
    explorer.export()
    folder = out_dirs[0] / export.VIEWS / "example-ccc-aaa"  # a view no story declares: no article's
    assert f"Exported {len(list(folder.iterdir()))} files" in explorer.status.value
    assert (folder / "example-ccc-aaa.csv").read_text().splitlines() == ["code,value", "CCC,1.0", "AAA,2.0"]


def test_an_unwritable_export_folder_is_a_message(explorer, monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("KIT_EXPORTS_DIR", str(blocker / "exports"))
    explorer.export()
    assert "Cannot create the folder" in explorer.status.value


def test_every_part_carries_the_css_hooks_the_browser_tests_use(explorer):
    assert {"kit-explorer", "kit-explorer-an-example"} <= set(explorer._dom_classes)
    assert "kit-status" in explorer.status._dom_classes and "kit-chart" in explorer.image._dom_classes
    assert "kit-export" in explorer.export_button._dom_classes
    assert set(explorer.views["Public Opinion"]._dom_classes) == {"kit-control", "kit-control-public-opinion"}
    assert explorer.views["Public Opinion"] in explorer.children  # what readers see of the slider, in its place
    assert explorer.controls["Public Opinion"] not in explorer.children


def test_export_links_are_relative_to_the_notebook_and_name_every_file(explorer, out_dirs, monkeypatch):
    explorer.export()
    folder = out_dirs[0] / export.VIEWS / explorer.chart.slug  # a view no story declares
    names = sorted(p.name for p in folder.iterdir())
    notebooks = out_dirs[0].parent / "notebooks"  # a sibling folder, as notebooks/ is of exports/
    notebooks.mkdir()
    monkeypatch.chdir(notebooks)
    text = widgets.export_links(folder, names)
    links = re.findall(r"\]\(([^)]+)\)", text)
    assert len(links) == len(names) and all(link.startswith(f"../exports/{export.VIEWS}/{folder.name}/") for link in links)
    assert all((Path.cwd() / link).resolve().is_file() for link in links)


def test_set_state_refuses_an_unknown_value_or_control_with_a_kit_message_and_changes_nothing(explorer):
    before, renders = explorer.state(), explorer.renders
    with pytest.raises(SelectionError, match="'sideways' is not a possible value of 'weighting'") as raised:
        explorer.set_state({"Public Opinion": 1.5, "weighting": "sideways"})
    assert "centred" in raised.value.fix and explorer.state() == before and explorer.renders == renders
    with pytest.raises(SelectionError, match="no control named 'colour'"):
        explorer.set_state({"colour": "red"})
    with pytest.raises(SelectionError, match=r"\('AAA', 'XXX'\) is not a possible value of 'chosen'"):
        explorer.set_state({"chosen": ("AAA", "XXX")})
    assert explorer.state() == before and explorer.renders == renders


def slow_explorer(delay: float = 0.3) -> tuple[widgets.Explorer, list]:
    started = []

    def render(state):
        started.append(state["chosen"])
        if len(started) > 1:
            time.sleep(delay)
        return example_chart(state["chosen"])

    chooser = widgets.choose_many("Chosen", OPTIONS, FIRST)
    return widgets.Explorer("slow", {"chosen": chooser}, render, background=True), started


def test_in_the_background_quick_changes_are_coalesced_and_only_the_latest_is_drawn():
    explorer, started = slow_explorer()
    picker = explorer.controls["chosen"]
    for selection in (("AAA", "CCC"), ("AAA", "DDD"), ("AAA", "EEE"), ("AAA", "BBB", "EEE")):
        picker.value = selection
        time.sleep(0.02)
    assert "kit-busy" in explorer._dom_classes  # the old chart is dimmed while the new one is drawn
    explorer.wait()
    assert "kit-busy" not in explorer._dom_classes
    assert started[0] == FIRST and started[-1] == ("AAA", "BBB", "EEE")
    assert len(started) <= 3, f"every change was drawn: {started}"  # the first, perhaps one overtaken, the latest
    assert explorer.chart.title == example_chart(["AAA", "BBB", "EEE"]).title


def test_a_view_seen_before_comes_from_the_cache(explorer, monkeypatch):
    first = explorer.image.value
    explorer.controls["chosen"].value = ("CCC", "DDD")
    monkeypatch.setattr(explorer, "render", lambda state: pytest.fail("drawn again"))
    explorer.controls["chosen"].value = FIRST
    assert explorer.image.value.split(" src=")[1] == first.split(" src=")[1]


def test_the_chart_has_its_alt_text_and_a_narrow_screen_gets_the_one_column_layout(explorer):
    assert f'alt="{html.escape(explorer.chart.title)}. {html.escape(explorer.chart.alt_text)}"' in explorer.image.value
    assert 'width="640"' in explorer.image.value and 'data-width="web"' in explorer.image.value
    explorer.narrow.value = True
    assert 'data-width="one-column"' in explorer.image.value
    assert f'width="{round(89 / 25.4 * 96)}"' in explorer.image.value


def test_before_the_notebook_runs_an_explorer_shows_its_first_chart_as_an_image_with_its_alt_text(explorer):
    """JupyterLab shows an image/png output with no alt text: the first chart is an HTML image that has one."""
    data = explorer._repr_mimebundle_()
    picture = data["text/html"]
    assert picture.startswith('<img src="data:image/png;base64,') and 'width="640"' in picture
    assert f'alt="{html.escape(widgets.screen_text(explorer.chart))}"' in picture
    assert "image/png" not in data
    assert "controls appear when the notebook runs" in data["text/plain"]
    assert "application/vnd.jupyter.widget-view+json" in data


def test_a_chart_shown_in_a_notebook_is_an_image_with_its_alt_text():
    chart = example_chart(["AAA", "BBB"])
    data = chart._repr_mimebundle_()
    assert set(data) == {"text/html", "text/plain"}
    assert f'alt="{html.escape(chart.title)}. {html.escape(chart.alt_text)}"' in data["text/html"]
    assert 'width="640"' in data["text/html"] and data["text/plain"] == repr(chart)


def reader_does(picker: widgets.Picker, **message: str) -> None:
    """What the picker's view in the page sends when a reader acts (kit/widget_views/picker.js)."""
    picker.chooser._handle_custom_msg(message, [])


def test_a_picker_searches_summarises_and_refuses_unknown_choices():
    picker = widgets.choose_many("Countries", [("Russia", "RUS"), ("United States", "USA"), ("China", "CHN")], ("RUS",), noun="countries")
    assert picker.chooser.labels == ["Russia", "United States", "China"]  # what the search box suggests
    assert picker.chooser.description == "Countries"  # the search box's label: its accessible name
    assert picker.chooser.chosen == [["Russia", "Remove Russia"]] and picker.summary.value == "1 of 3 countries chosen"
    reader_does(picker, enter="China")  # a reader picks China in the search box
    assert picker.value == ("RUS", "CHN") and picker.summary.value == "2 of 3 countries chosen"
    reader_does(picker, enter="states")  # part of a name, if only one option has it
    assert picker.value == ("RUS", "CHN", "USA")
    reader_does(picker, enter="China")  # picking a chosen one removes it
    assert picker.value == ("RUS", "USA")
    reader_does(picker, enter="a")  # several options match: nothing happens
    assert picker.value == ("RUS", "USA")
    reader_does(picker, remove="United States")  # its × pressed, or Backspace in the empty search box (the last)
    assert picker.value == ("RUS",)
    picker.value = ("USA", "RUS", "CHN")
    assert [label for label, _ in picker.chooser.chosen] == ["United States", "Russia", "China"]
    assert picker.summary.value == "All of 3 countries chosen"
    with pytest.raises(traitlets.TraitError, match="'XXX' is not among the options"):
        picker.value = ("XXX",)
    with pytest.raises(SelectionError, match="same label 'A'"):
        widgets.choose_many("Twice", [("A", 1), ("A", 2)], ())


def test_explorers_drawing_at_once_each_draw_as_if_alone():
    """Matplotlib's settings are global; explorers redrawing in their threads while the kernel draws another chart
    must not swap the house style under each other (a shared link's view came out different from its origin).
    Every story's first explorer, each switched to the narrow layout: alone, then all at once."""
    factories = [next(iter(each.explorers.values())) for each in story.stories() if each.explorers][:3]
    assert factories, "no story declares an explorer"

    def narrowed(explorer: widgets.Explorer) -> widgets.Explorer:
        explorer.narrow.value = True
        return explorer

    alone = [narrowed(factory()).shown_png() for factory in factories]
    other = example_chart(["AAA", "BBB", "CCC"])
    other_alone = other.png(scale=1, preview=True)
    for _ in range(3):
        explorers = [factory() for factory in factories]
        for explorer in explorers:
            explorer.background = True
            explorer.narrow.value = True
        meanwhile = [other.png(scale=1, preview=True) for _ in range(3)]  # as a kernel shows a first chart
        for explorer in explorers:
            explorer.wait()
        assert [explorer.shown_png() for explorer in explorers] == alone
        assert set(meanwhile) == {other_alone}


def test_a_pickers_remove_buttons_are_named_in_its_language():
    with i18n.use("uk"):
        picker = widgets.Picker("Країни", [("Україна", "UKR"), ("Польща", "POL")], ["UKR", "POL"], noun="країни")
    assert picker.chooser.chosen == [["Україна", "Прибрати: Україна"], ["Польща", "Прибрати: Польща"]]
    reader_does(picker, remove="Польща")
    assert picker.chooser.chosen == [["Україна", "Прибрати: Україна"]]  # outside the `with`: still Ukrainian


def test_a_slider_is_shown_as_a_named_range_that_keeps_the_sliders_value(explorer):
    """ipywidgets' slider handle has no accessible name: readers get a native range input named by the slider's
    description, bound both ways to the slider, which keeps the explorer's state."""
    slider, view = explorer.controls["Public Opinion"], explorer.views["Public Opinion"]
    slider.description = "never shown"  # the view was made with the slider's description
    assert isinstance(view, widgets.Slider) and (view.low, view.high, view.step) == (0, 2, 0.1)
    assert view.position == 1.0 and view.readout == "1.00" and len(view.readouts) == 21
    view.position = 1.5  # a reader moves it
    assert slider.value == 1.5 and explorer.state()["Public Opinion"] == 1.5
    assert explorer.chart.alt_text == example_chart(FIRST, 1.5).alt_text
    explorer.set_state({"Public Opinion": 0.1234})  # a value between the steps is kept as it is, and read out
    assert slider.value == 0.1234 and view.position == 0.1234 and view.readout == "0.12"


def test_a_log_sliders_range_runs_over_exponents_and_reads_out_values():
    concentration = ipywidgets.FloatLogSlider(value=100, base=10, min=0, max=4, step=0.5, readout_format=",.3r")
    view = widgets.Slider(concentration, "en")
    assert (view.low, view.high, view.position) == (0, 4, 2) and view.readout == "100"
    assert view.readouts == ["1.00", "3.16", "10.0", "31.6", "100", "316", "1,000", "3,160", "10,000"]
    view.position = 3.5
    assert concentration.value == pytest.approx(10**3.5)


def test_a_sliders_readout_is_written_in_the_explorers_language():
    emigrants = ipywidgets.IntSlider(value=100_000, min=0, max=200_000, step=50_000, readout_format=",d")
    assert widgets.Slider(emigrants, "uk").readouts == ["0", "50\u00a0000", "100\u00a0000", "150\u00a0000", "200\u00a0000"]
    weight = ipywidgets.FloatSlider(value=0.25, min=0, max=1, step=0.25)
    assert widgets.Slider(weight, "ru").readout == "0,25" and widgets.Slider(weight, "en").readout == "0.25"


@pytest.mark.parametrize(
    "form, value, shown",
    [("d", 1234.6, "1235"), (",d", 1234, "1,234"), (".2f", 0.5, "0.50"), (",.3r", 1, "1.00"), (",.3r", 31622.8, "31,600"),
     (".3g", 1.5, "1.5"), (".3g", 100, "100")],
)
def test_slider_readouts_follow_the_sliders_format(form, value, shown):
    assert widgets.readout(value, form, "en") == shown


def test_a_slider_format_the_explorers_cannot_write_is_a_clear_error():
    with pytest.raises(SelectionError, match="'.0%' is not one the explorers write") as raised:
        widgets.readout(0.5, ".0%", "en")
    assert ".Nf" in raised.value.fix


def words_chart(chosen: Sequence[str]) -> Chart:
    """`example_chart` with its title and alt text kept as facts (catalog messages), rendered in any language."""
    chart = example_chart(chosen)
    title = i18n.t("widgets-picker-remove", item=chosen[0])  # a catalog message that follows the state
    return dataclasses.replace(chart, title=title, alt_text=title)


def facts_explorer(background: bool = False) -> tuple[widgets.Explorer, list]:
    computed = []

    def render(state):
        computed.append(state["chosen"])
        return words_chart(state["chosen"])

    chooser = widgets.choose_many("Chosen", OPTIONS, FIRST)
    return widgets.Explorer("facts", {"chosen": chooser}, render, background=background, facts=True), computed


def test_an_explorer_of_facts_computes_each_state_once_and_renders_it_in_its_language(monkeypatch):
    with i18n.use("uk"):
        explorer, computed = facts_explorer()
    assert explorer.chart.language == "uk" and explorer.chart.title == "Прибрати: AAA"
    monkeypatch.setattr(i18n, "use", lambda language: pytest.fail("no ambient language: it is given explicitly"))
    explorer.language.value = "ru"
    explorer.narrow.value = True
    assert explorer.chart.language == "ru" and explorer.chart.title == "Убрать: AAA"
    assert computed == [FIRST], "another language or width computed the chart again"
    explorer.controls["chosen"].value = ("CCC", "DDD")
    assert computed == [FIRST, ("CCC", "DDD")] and explorer.chart.title == "Убрать: CCC"


def test_a_background_redraw_keeps_its_explorers_language():
    """A redraw runs in another thread, where `i18n.use` does not reach: it draws in the explorer's language."""
    with i18n.use("uk"):
        explorer, _ = facts_explorer(background=True)
        unconverted = slow_explorer(delay=0)[0]
    for each in (explorer, unconverted):
        each.controls["chosen"].value = ("CCC", "DDD")
        each.wait()
        assert each.chart.language == "uk", each.name
    assert explorer.chart.title == "Прибрати: CCC"


def test_an_explorer_of_facts_exports_the_chart_on_screen_in_every_language(out_dirs):
    explorer, computed = facts_explorer()
    explorer.export()
    folder = export.folder_of(explorer.chart.slug)
    ukrainian = json.loads((folder / f"{explorer.chart.slug}.uk.json").read_text(encoding="utf-8"))
    assert ukrainian["title"] == "Прибрати: AAA" and computed == [FIRST]


def test_an_explorer_knows_whether_its_story_computes_facts():
    for each in story.stories():
        for make in each.charts.values():
            assert widgets.computes_facts(make) == each.facts, each.name
    assert not widgets.computes_facts(example_chart)  # outside the stories: computed in the language of `i18n.use`


@pytest.mark.parametrize("factory", DECLARED[:1], ids=["first declared explorer"])
def test_an_explorer_in_ukrainian_exports_its_view_in_every_language(factory, out_dirs):
    with i18n.use("uk"):
        explorer = factory()
    explorer.export()
    folder = export.folder_of(explorer.chart.slug)
    english = json.loads((folder / f"{explorer.chart.slug}.json").read_text(encoding="utf-8"))
    ukrainian = json.loads((folder / f"{explorer.chart.slug}.uk.json").read_text(encoding="utf-8"))
    assert explorer.chart.language == "uk" and ukrainian["title"] == explorer.chart.title
    assert english["alt_text"] != ukrainian["alt_text"] and english["title"] != ukrainian["title"]
    assert (folder / f"{explorer.chart.slug}.ru.web.png").is_file()


def test_a_notebooks_tables_scroll_in_a_region_a_keyboard_reaches(monkeypatch):
    """Lab scrolls a wide table inside its output area, which no key reaches (axe: scrollable-region-focusable);
    in a kernel the kit shows data frames in a focusable, named region instead."""
    import IPython
    import pandas as pd
    from IPython.core.interactiveshell import InteractiveShell

    import kit

    shell = InteractiveShell.instance()
    monkeypatch.setattr(shell, "kernel", object(), raising=False)
    monkeypatch.setattr(IPython, "get_ipython", lambda: shell)
    kit._tables_reachable_by_keyboard()
    wide = pd.DataFrame({f"column {n}": [n] for n in range(14)})
    shown = shell.display_formatter.format(wide)[0]["text/html"]
    assert shown.startswith('<div class="kit-table" role="region" tabindex="0" aria-label="Table')
    assert "column 13" in shown
    with i18n.use("uk"):
        assert 'aria-label="Таблиця' in kit._table_in_a_region(wide)


def test_a_sliders_name_follows_its_description_when_a_story_names_it_again():
    """A story may write its slider's description in the explorer's language after making it: the range input
    readers reach kept the first, empty name (axe: a control without an accessible name)."""
    control = ipywidgets.IntSlider(value=5, min=0, max=10, step=1)
    shown = widgets.Slider(control, "uk")
    assert shown.description == ""
    control.description = "100 000 людей"
    assert shown.description == "100 000 людей"
