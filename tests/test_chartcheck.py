"""The chart check catches each defect a graphics editor found in the charts, on small charts broken on purpose,
and passes a clean one."""

from __future__ import annotations

import dataclasses

import numpy as np
import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis_settings import FAST
from matplotlib.path import Path
from matplotlib.transforms import Bbox

from kit import chartcheck, charts, style
from kit.charts import Bar, Chart

CLEAN = dict(
    title="Russia ranks last of three",
    subtitle="Score, 0–100, 2024",
    note="Scores as published.",
    source="Source: Example Institute, Index (2025)",
    alt_text="Russia ranks last of three with 10, behind A (60) and B (40).",
    description="Scores: A 60, B 40, Russia 10.",
)
BARS = [Bar("A", 60, style.NAMED, "60"), Bar("B", 40, value_label="40"), Bar("Russia", 10, style.SUBJECT, "10")]


def chart(draw=None, height=1.0, **texts) -> Chart:
    """A small chart with clean texts and data (some replaced) and a plot drawn by `draw(fig, rect)`."""

    def bars(fig, rect):
        xmax, ticks = charts.value_scale(BARS, rect[2])
        charts.ranked_bars(fig, rect, BARS, xmax=xmax, ticks=ticks)

    return Chart(
        slug="test",
        body_height=lambda width: height,
        draw=draw or bars,
        **{"data": pd.DataFrame({"label": ["A"], "value": [1]}), **CLEAN, **texts},
    )


def rules(found) -> set[str]:
    return {problem.rule for problem in found}


def axes(fig, rect):
    return charts.add_axes(fig, rect)


def test_a_clean_chart_passes_at_every_width():
    assert chartcheck.check(chart()) == []


def test_a_name_cut_short_is_caught():
    def draw(fig, rect):
        ax = axes(fig, rect)
        ax.text(0.5, 0.5, "Skolkovo Institute o…")

    assert "truncated" in rules(chartcheck.check(chart(draw)))


def test_an_annotation_that_wraps_into_the_row_above_is_caught():
    def draw(fig, rect):
        ax = axes(fig, rect)
        ax.set_ylim(2.5, -0.5)
        ax.text(0.5, 0, "United Arab Emirates 1", va="center")
        ax.text(0.5, 1, "best: Skolkovo Institute of Science\nand Technology, 295th", va="center")

    found = chartcheck.layout_problems(chart(draw, height=0.5), charts.ONE_COLUMN)
    assert "overlap" in rules(found)


def test_a_label_running_into_a_dashed_line_is_caught_unless_it_has_a_backing():
    def draw(fig, rect, backed=False):
        ax = axes(fig, rect)
        ax.set_xlim(0, 200)
        ax.axvline(28, color=style.INK, linestyle="--")
        label = ax.text(10, 0.5, "100th company of all sectors: $182.5bn", va="center")
        if backed:
            label.set_bbox({"facecolor": "white", "edgecolor": "none"})
            label.set_zorder(5)

    assert "crossing" in rules(chartcheck.layout_problems(chart(draw), charts.ONE_COLUMN))
    backed = chart(lambda fig, rect: draw(fig, rect, backed=True))
    assert "crossing" not in rules(chartcheck.layout_problems(backed, charts.ONE_COLUMN))


def test_value_labels_on_both_sides_are_caught():
    def draw(fig, rect):
        ax = axes(fig, rect)
        for y, ha in enumerate(("left", "right")):
            ax.text(0.5, y / 2 + 0.2, f"{y}", ha=ha, label=charts.page.VALUE)

    assert "value-sides" in rules(chartcheck.layout_problems(chart(draw), charts.WEB))


def test_a_marker_cut_at_the_edge_of_its_plot_is_caught():
    def draw(fig, rect):
        ax = axes(fig, rect)
        ax.set_xlim(0.5, 36.2)
        ax.set_yticks([])
        ax.plot([36], [0.5], marker="o", markersize=5)  # matplotlib cuts it at the plot's edge

    assert "clipped" in rules(chartcheck.layout_problems(chart(draw), charts.ONE_COLUMN))
    spans = [charts.Span("Russia (28th)", 7, 36, (20, 31), 28, 36, style.SUBJECT)]
    fixed = chart(lambda fig, rect: charts.span_rows(fig, rect, spans, xlim=(1, 36), ticks=[1, 36]), height=0.5)
    assert "clipped" not in rules(chartcheck.layout_problems(fixed, charts.ONE_COLUMN))


def test_tick_labels_that_collide_are_caught():
    def draw(fig, rect):
        ax = axes(fig, rect)
        ax.set_xlim(2023, 2026)
        ax.set_xticks([2023, 2024, 2025, 2026])
        ax.set_ylim(0, 500)
        ax.set_yticks([0, 250, 500])
        ax.tick_params(axis="y", pad=-12)  # the y labels pushed onto the x labels

    assert "overlap" in rules(chartcheck.layout_problems(chart(draw), charts.ONE_COLUMN))


def test_a_page_taller_than_the_limit_is_caught():
    assert "height" in rules(chartcheck.layout_problems(chart(height=8.5), charts.ONE_COLUMN))
    assert "height" not in rules(chartcheck.layout_problems(chart(height=6), charts.ONE_COLUMN))


def test_text_leaving_the_canvas_is_caught():
    def draw(fig, rect):
        ax = axes(fig, rect)
        ax.text(0.9, 0.5, "a label that runs off the right edge of the page", transform=ax.transAxes)

    assert "off-canvas" in rules(chartcheck.layout_problems(chart(draw), charts.ONE_COLUMN))


def test_white_labels_inside_light_grey_bars_are_caught():
    def draw(fig, rect):
        ax = axes(fig, rect)
        ax.barh([0], [0.9], color=style.CONTEXT)
        ax.set_xlim(0, 1)
        ax.text(0.85, 0, "78.6", color="white", ha="right", va="center")

    found = chartcheck.layout_problems(chart(draw), charts.WEB)
    assert [p for p in found if p.rule == "text-contrast" and "against #c4c4c4" in p.detail]


def test_a_note_darker_than_the_subtitle_is_caught(monkeypatch):
    monkeypatch.setattr(style, "MUTED", style.INK)  # the note drawn in ink, the subtitle in grey
    assert "note-lighter" in rules(chartcheck.layout_problems(chart(), charts.WEB))


def test_a_red_that_differs_from_dark_grey_in_hue_only_is_caught(monkeypatch):
    monkeypatch.setattr(style, "HIGHLIGHT", "#c8102e")  # the old highlight
    found = chartcheck.colour_problems({"#c8102e", "#4d4d4d", style.CONTEXT})
    protan = [p for p in found if p.rule == "highlight-cvd" and "protanopia" in p.detail]
    assert protan and "13.8" in protan[0].detail and "#4d4d4d" in protan[0].detail
    assert "highlight-lightness" in rules(found)


def test_the_house_highlight_passes_against_every_house_mark_colour():
    assert chartcheck.colour_problems({style.HIGHLIGHT, style.CONTEXT, style.INK, style.GRID}) == []
    differences = chartcheck.cvd_differences(style.HIGHLIGHT, style.INK)
    assert min(differences.values()) >= chartcheck.MIN_CVD_DELTA_E


def test_a_highlight_too_pale_against_the_background_is_caught(monkeypatch):
    monkeypatch.setattr(style, "HIGHLIGHT", "#ff9a9a")
    assert "highlight-contrast" in rules(chartcheck.colour_problems({"#ff9a9a", style.INK}))


def test_a_second_accent_colour_is_caught():
    assert "one-accent" in rules(chartcheck.colour_problems({style.HIGHLIGHT, "#1f77b4", style.CONTEXT}))


@pytest.mark.parametrize(
    "field, text, rule",
    [
        ("title", "Microsoft bought 54 times as many Nvidia chips in 2024 as Sberbank obtained in about 3 years", "title"),
        ("note", " ".join(["word"] * 31), "note"),
        ("subtitle", " ".join(["word"] * 26), "subtitle"),
        ("source", "Source: " + "x" * 120, "source"),
        ("source", "Source: Forbes (via PreciousEbirim51 on GitHub); kit analysis", "source"),
        ("source", "Hacker News comment quoting market-data sites", "source"),
        ("alt_text", "Horizontal bar chart of the overall scores of 36 countries.", "alt-text"),
        ("alt_text", "Russia ranks 28th. " * 20, "alt-text"),
        ("alt_text", "Russia ranks low.", "alt-text"),
        ("description", "", "description"),
    ],
)
def test_each_text_rule_is_caught(field, text, rule):
    assert rule in rules(chartcheck.text_problems(chart(**{field: text})))


@pytest.mark.parametrize(
    "text",
    ["best: Skoltech, 16, 295th", "worth about $17 bn", "50-70k left", "over 1 million", "$29.20m", "78.60",
     "0.01 points behind", "167 times as many", "2.27 billion roubles"],
)
def test_each_number_style_defect_is_caught(text):
    assert chartcheck.number_style(text), text
    assert "numbers" in rules(chartcheck.text_problems(chart(note=text)))


@pytest.mark.parametrize("text", ["16 papers (295th)", "0-100, 2024", "$17bn", "50,000-70,000", "1m", "$29.2m", "78.6", "over 50 times",
                                  "over 150 times", "1,000 times", "2024-25", "1,235%"])
def test_the_house_number_style_passes(text):
    assert chartcheck.number_style(text) == []


# -- what a graphics editor found in the charts of issue 27 ----------------------------------------------


def test_a_label_set_above_its_row_as_near_the_row_above_is_caught():
    """One-column labels set half a row above their row sat as close to the row above as to their own."""

    def draw(fig, rect):
        ax = axes(fig, rect)
        ax.set_xlim(0, 10)
        ax.set_ylim(2.5, -1)
        for y in range(3):
            ax.plot([5], [y], marker="o", color=style.CONTEXT)
            charts.page.names(ax.text(0, y - 0.5, f"Estimate number {y}", va="center"), ax.transData, y)

    found = chartcheck.layout_problems(chart(draw, height=1.2), charts.ONE_COLUMN)
    assert [p for p in found if p.rule == "proximity" and "Estimate number 1" in p.detail]


def test_labels_the_dot_rows_set_above_their_rows_sit_nearest_their_own_row():
    dots = [charts.Dot(f"A long label for estimate number {i}, too wide to sit left of its row", 10 * i + 5,
                       10 * i + 20, value_label=str(i)) for i in range(4)]
    drawn = chart(lambda fig, rect: charts.dot_rows(fig, rect, dots, xlim=(0, 60), ticks=[0, 30, 60]),
                  height=charts.dots_height(dots, charts.ONE_COLUMN.inches - 0.28))
    assert charts.labels_above(dots, charts.ONE_COLUMN.inches - 0.28)
    assert "proximity" not in rules(chartcheck.layout_problems(drawn, charts.ONE_COLUMN))


def test_a_value_label_nearer_another_rows_mark_than_its_own_is_caught():
    def draw(fig, rect, at):
        ax = axes(fig, rect)
        ax.set_xlim(0, 10)
        ax.set_ylim(1.5, -0.5)
        ax.set_xticks([])
        ax.set_yticks([])
        for y, x in enumerate((2, 2.5)):
            (dot,) = ax.plot([x], [y], marker="o", color=style.CONTEXT)
            charts.page.shows(dot, [charts.page.Shown(f"row {y}")])
        label = ax.text(2.1, at, "row 0: a label", va="center", ha="left")  # over row 1's dot
        charts.page.names(label, ax.transData, 0, 2)

    slipped = chart(lambda fig, rect: draw(fig, rect, at=0.6), height=0.8)
    assert "proximity" in rules(chartcheck.layout_problems(slipped, charts.WEB))
    kept = chart(lambda fig, rect: draw(fig, rect, at=-0.3), height=0.8)
    assert "proximity" not in rules(chartcheck.layout_problems(kept, charts.WEB))


def test_a_label_touching_a_dashed_line_is_caught_even_with_a_backing():
    """'$24.3bn' sat on a dashed line: its white backing hid the line, it did not move the label off it."""

    def draw(fig, rect, clear=0.5):
        ax = axes(fig, rect)
        ax.set_xlim(0, 100)
        ax.set_yticks([])
        label = ax.text(10, 0.5, "$24.3bn", va="center", ha="left", zorder=5,
                        bbox={"boxstyle": "square,pad=0", "facecolor": "white", "edgecolor": "none"})
        fig.canvas.draw()
        box = label.get_window_extent().transformed(ax.transData.inverted())
        ax.axvline(box.x1 + clear * 100 / ax.bbox.width, color=style.INK, linestyle="--", linewidth=0.8, zorder=2)

    touching = chartcheck.layout_problems(chart(draw), charts.WEB)
    assert "touching" in rules(touching) and "crossing" not in rules(touching)
    crossed = chartcheck.layout_problems(chart(lambda fig, rect: draw(fig, rect, clear=-5)), charts.WEB)
    assert "touching" in rules(crossed)  # through the label, behind its backing
    clear = chartcheck.layout_problems(chart(lambda fig, rect: draw(fig, rect, clear=6)), charts.WEB)
    assert "touching" not in rules(clear)


def test_the_accent_on_a_derived_value_is_caught_and_the_dot_rows_draw_it_in_ink():
    def draw(fig, rect):
        ax = axes(fig, rect)
        ax.set_xlim(0, 10)
        ax.set_yticks([])
        (stated,) = ax.plot([6], [0.5], marker="o", color=style.HIGHLIGHT)
        (derived,) = ax.plot([2], [0.5], marker="o", markerfacecolor="white", markeredgecolor=style.HIGHLIGHT)
        charts.page.shows(stated, [charts.page.Shown("Sberbank")])
        charts.page.shows(derived, [charts.page.Shown("Sberbank", derived=True)])

    found = chartcheck.layout_problems(chart(draw, height=0.5), charts.WEB)
    assert [p for p in found if p.rule == "accent" and "derived value of 'Sberbank'" in p.detail]
    dots = [charts.Dot("Microsoft", 485, 485, style.NAMED, "485"), charts.Dot("Sberbank", 9, 9, style.SUBJECT, "9",
                                                                              derived=3)]
    primitive = chart(lambda fig, rect: charts.dot_rows(fig, rect, dots, xlim=(1, 1000), ticks=[1, 10, 100, 1000],
                                                        log=True), height=0.6)
    assert "accent" not in rules(chartcheck.check(primitive))


def test_the_accent_on_a_row_the_finding_does_not_name_is_caught():
    named = chart(finding=("Russia",))
    assert "accent" not in rules(chartcheck.check(named))
    others = [Bar("A", 60, style.SUBJECT, "60"), Bar("B", 40, value_label="40"), Bar("Russia", 10, style.SUBJECT, "10")]

    def bars(fig, rect):
        xmax, ticks = charts.value_scale(others, rect[2])
        charts.ranked_bars(fig, rect, others, xmax=xmax, ticks=ticks)

    found = chartcheck.layout_problems(chart(bars, finding=("Russia",)), charts.WEB)
    assert [p for p in found if p.rule == "accent" and "'A', which the finding does not name" in p.detail]


def test_a_chart_whose_every_mark_is_in_the_accent_is_caught():
    """A chart of Russian figures only had every bar red: the accent set nothing apart."""
    every = [Bar(name, value, style.SUBJECT, str(value)) for name, value in (("A", 60), ("B", 40), ("C", 10))]

    def bars(fig, rect):
        xmax, ticks = charts.value_scale(every, rect[2])
        charts.ranked_bars(fig, rect, every, xmax=xmax, ticks=ticks)

    found = chartcheck.layout_problems(chart(bars), charts.WEB)
    assert [p for p in found if p.rule == "accent" and "every mark" in p.detail]
    points = [charts.Point(2023 + i, 100 * i + 50, str(100 * i + 50)) for i in range(3)]
    line = chart(lambda fig, rect: charts.timeline(fig, rect, points, xlim=(2022.5, 2025.5), ylim=(0, 300)),
                 height=1.5)
    assert "accent" in rules(chartcheck.layout_problems(line, charts.WEB))
    points[-1:] = [charts.Point(2025, 250, "250", style.SUBJECT)]
    points[:2] = [dataclasses.replace(p, role=style.CONTEXT_ROLE) for p in points[:2]]
    assert "accent" not in rules(chartcheck.layout_problems(line, charts.WEB))


@pytest.mark.parametrize(
    "field, text, rule",
    [
        ("title", 'Russia ranks last in "the" index', "quotes"),
        ("title", "Russia's rank is last of three", "quotes"),
        ("subtitle", "Score, 0-100, 2024", "range"),
        ("source", "Source: Example Institute, Index (reported 2026-02-26)", "iso-date"),
        ("note", "Shares derived by the kit: each divided by the total.", "internal"),
        ("note", "Values as in ranking_main.csv.", "internal"),
        ("note", "As in the chart made_up_chart.", "internal"),
    ],
)
def test_each_typography_defect_is_caught_in_the_charts_texts(field, text, rule):
    assert rule in rules(chartcheck.text_problems(chart(**{field: text})))


def test_typography_defects_in_the_drawn_labels_are_caught():
    def draw(fig, rect):
        ax = axes(fig, rect)
        ax.text(0.1, 0.5, "'Fakes': 50-70 on 2026-01-20")

    found = rules(chartcheck.layout_problems(chart(draw), charts.WEB))
    assert {"quotes", "range", "iso-date"} <= found


def test_english_left_in_a_ukrainian_chart_and_english_numbers_are_caught():
    def draw(fig, rect):
        ax = axes(fig, rect)
        ax.set_xlim(0, 200_000)
        ax.set_xticks([0, 100_000, 200_000], labels=["0", "100,000", "200,000"])
        ax.text(150_000, 0.5, "Article: 100 000")

    ukrainian = chart(draw, language="uk", title="Росія остання з трьох", subtitle="Бали, 0–100, 2024",
                      note="Бали як опубліковано.", source="Джерело: Example Institute, Index (2025)",
                      alt_text="Росія остання з трьох: 10 балів.", description="Бали: A 60, B 40, Росія 10.")
    found = chartcheck.check(ukrainian, widths=[charts.WEB])
    assert {"english", "number-format", "number-styles"} <= rules(found)
    styles = [p.detail for p in found if p.rule == "number-styles"]
    assert styles and "100,000" in styles[0] and "a comma" in styles[0] and "a space" in styles[0]


def test_a_million_in_full_beside_one_written_short_is_caught():
    def draw(fig, rect):
        ax = axes(fig, rect)
        ax.set_xlim(0, 1_000_000)
        ax.set_xticks([0, 500_000, 1_000_000], labels=["0", "500,000", "1,000,000"])

    found = chartcheck.layout_problems(chart(draw, note="The largest buyer: about 1m."), charts.WEB)
    styles = [p.detail for p in found if p.rule == "number-styles"]
    assert styles and "'1,000,000', beside '1m'" in styles[0]
    assert chartcheck.number_styles(["9,000 and 485,000", "1m", "$29.2m"]) == []
    assert chartcheck.number_styles(["9 000", "485\u00a0000", "1\u00a0млн"]) == []
    assert chartcheck.number_styles(["9,000", "485 000"])  # two groupings


def test_a_title_with_a_word_alone_on_its_last_line_is_caught_when_balancing_cannot_avoid_it():
    long = "Russia ranks last of three in Counterrevolutionariesesque"
    assert "orphan" in rules(chartcheck.layout_problems(chart(title=long), charts.ONE_COLUMN))
    assert "orphan" not in rules(chartcheck.layout_problems(chart(), charts.ONE_COLUMN))


def test_titles_are_balanced_so_no_word_is_left_alone_when_it_need_not_be():
    title = "Microsoft bought over 50 times as many AI chips in 2024 as Sberbank did in three years"
    size, width = 12, 3.0
    greedy = charts.wrap(title, width, size, "semibold")
    balanced = charts.wrap(title, width, size, "semibold", balanced=True)
    assert len(greedy.split("\n")[-1].split()) == 1  # the greedy wrap leaves "years" alone
    assert balanced.count("\n") == greedy.count("\n") and len(balanced.split("\n")[-1].split()) > 1
    lengths = [charts.text_width(line, size, "semibold") for line in balanced.split("\n")]
    assert max(lengths) - min(lengths) < 0.5 * width
    drawn = chart(title=title).figure(charts.ONE_COLUMN)
    (title_text,) = [t for t in drawn.texts if t.get_label() == charts.page.TITLE]
    assert len(title_text.get_text().split("\n")[-1].split()) > 1


@pytest.mark.parametrize(
    "data, wide, found",
    [
        (pd.DataFrame({"part": ["landlines", "luhansk-answer"], "records": [1, 0]}), None,
         "labels written as internal keys"),
        (pd.DataFrame({"country": ["A", "B"], "score": [78.60069444444444, 40.0]}), None, "14 decimals"),
        (pd.DataFrame({"label": ["A", "B"], "records": [1, 2], "first": [2018.966, 2014.309]}), None,
         "years with a fraction"),
        (pd.DataFrame({"label": ["A", "B"], "value": [1, 2], "derived": [True, False]}),
         charts.Wide(label="label", values=("value", "derived")), "Python value"),
        (pd.DataFrame({"label": ["A", "B"], "value": ["high", "low"]}), charts.Wide(label="label", values=("value",)),
         "not all numbers"),
    ],
    ids=["keys", "decimals", "decimal-years", "python-value", "value-not-numbers"],
)
def test_a_datawrapper_file_a_desk_cannot_paste_as_it_is_is_caught(data, wide, found):
    problems = [p for p in chartcheck.text_problems(chart(data=data, wide=wide)) if p.rule == "datawrapper"]
    assert problems and found in problems[0].detail


def test_a_datawrapper_file_rounded_to_the_decimals_shown_passes():
    data = pd.DataFrame({"country": ["A", "B"], "score": [78.60069444444444, 40.0]})
    assert chartcheck.text_problems(chart(data=data, wide=charts.Wide(label="country", places={"score": 1}))) == []


def test_english_and_inner_words_in_a_ukrainian_datawrapper_file_are_caught():
    ukrainian = dict(language="uk", title="Росія остання з трьох", subtitle="Бали, 0–100, 2024",
                     note="Бали як опубліковано.", source="Джерело: Example Institute, Index (2025)",
                     alt_text="Росія остання з трьох: 10 балів.", description="Бали: A 60, B 40, Росія 10.")
    headed = chart(data=pd.DataFrame({"country": ["США"], "median_rank": [1]}), **ukrainian)
    found = [p for p in chartcheck.text_problems(headed) if "Datawrapper file" in p.detail]
    assert {"english", "internal"} <= rules(found)
    named = charts.Wide(label="country", names={"country": "Країна", "median_rank": "Медіанне місце"})
    assert not [p for p in chartcheck.text_problems(dataclasses.replace(headed, wide=named))
                if "Datawrapper file" in p.detail]


COORDINATE = st.floats(-200, 200, allow_nan=False)


@FAST
@given(
    st.lists(st.tuples(COORDINATE, COORDINATE), min_size=2, max_size=8),
    st.tuples(COORDINATE, COORDINATE, st.floats(0, 80), st.floats(0, 80)),
    st.floats(0, 3),
)
def test_the_quick_test_on_a_marks_extent_never_rules_out_a_mark_within_reach(points, box, half):
    """The check measures a line only when its extent is near (`Mark.near`): that must never skip a line that is
    in fact within the distance asked, nor change what is measured."""
    vertices = np.array(points)
    line = chartcheck.Mark("line", "#000000", chartcheck._padded(vertices, half), Path(vertices), 1, Bbox.unit(), half)
    x, y, width, height = box
    text = Bbox.from_bounds(x, y, width, height)
    distance = line.distance(text)
    assert line.near(tuple(text.extents), distance + 1e-9)
    segments = [(start, end) for start, end in zip(vertices[:-1], vertices[1:], strict=True)]
    corners = [(text.x0, text.y0), (text.x0, text.y1), (text.x1, text.y0), (text.x1, text.y1)]
    if not Path(vertices).intersects_bbox(text, filled=False):  # the same distance, one segment at a time
        one_by_one = min(
            [float(np.hypot(max(text.x0 - vx, vx - text.x1, 0), max(text.y0 - vy, vy - text.y1, 0))) for vx, vy in vertices]
            + [_to_segment(np.array(corner), start, end) for corner in corners for start, end in segments]
        )
        assert distance == pytest.approx(max(one_by_one - half, 0.0), abs=1e-6)


def _to_segment(point: np.ndarray, start: np.ndarray, end: np.ndarray) -> float:
    along = end - start
    length = float(along @ along)
    share = 0.0 if length == 0 else min(max(float((point - start) @ along) / length, 0.0), 1.0)
    return float(np.hypot(*(point - (start + share * along))))
