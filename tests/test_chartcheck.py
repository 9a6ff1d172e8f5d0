"""The chart check catches each defect a graphics editor found in the charts, on small charts broken on purpose,
and passes a clean one."""

from __future__ import annotations

import pandas as pd
import pytest

from kit import chartcheck, charts, style
from kit.charts import Bar, Chart

CLEAN = dict(
    title="Russia ranks last of three",
    subtitle="Score, 0-100, 2024",
    note="Scores as published.",
    source="Source: Example Institute, Index (2025)",
    alt_text="Russia ranks last of three with 10, behind A (60) and B (40).",
    description="Scores: A 60, B 40, Russia 10.",
)
BARS = [Bar("A", 60, style.NAMED, "60"), Bar("B", 40, value_label="40"), Bar("Russia", 10, style.SUBJECT, "10")]


def chart(draw=None, height=1.0, **texts) -> Chart:
    """A small chart with clean texts (some replaced) and a plot drawn by `draw(fig, rect)`."""

    def bars(fig, rect):
        xmax, ticks = charts.value_scale(BARS, rect[2])
        charts.ranked_bars(fig, rect, BARS, xmax=xmax, ticks=ticks)

    return Chart(
        slug="test",
        data=pd.DataFrame({"label": ["A"], "value": [1]}),
        body_height=lambda width: height,
        draw=draw or bars,
        **{**CLEAN, **texts},
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
