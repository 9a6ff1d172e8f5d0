"""Dots, ranges and the timeline: value labels on one side and inside the plot, derived readings as open
markers, labels above their rows when wide, a range's median and reference apart and never cut at the axis ends,
point labels clear of the line."""

from __future__ import annotations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

from kit import charts, chartcheck, style
from kit.charts import Dot, Point, Span
from kit.charts.page import VALUE


def _figure(width=6) -> Figure:
    fig = Figure(figsize=(width, 3))
    FigureCanvasAgg(fig)
    return fig


def test_dot_rows_draw_a_range_as_a_line_and_a_point_as_one_marker():
    dots = [Dot("range", 10, 20), Dot("point", 15, 15, hollow=True)]
    ax = charts.dot_rows(_figure(), (0.1, 0.1, 5.8, 2.8), dots, xlim=(0, 30), ticks=[0, 10, 20, 30])
    (ranges,) = ax.collections
    assert [segment.tolist() for segment in ranges.get_segments()] == [[[10, 0], [20, 0]]]
    markers = {line.get_markerfacecolor(): list(line.get_xdata()) for line in ax.lines if line.get_marker() == "o"}
    assert markers == {style.CONTEXT: [10, 20], style.BACKGROUND: [15]}
    assert ax.get_ylim() == (1.5, -0.5)  # first row on top
    zero = [line for line in ax.lines if line.get_marker() in ("None", None, "")]
    assert list(zero[0].get_xdata()) == [0, 0] and zero[0].get_color() == style.INK  # a baseline where values start at 0


def test_a_derived_reading_is_an_open_marker_joined_to_its_row_in_ink_not_in_the_accent():
    """Issue 27: the accent marks the figure as published; the subject's derived reading is drawn in ink."""
    dots = [Dot("Sberbank", 9_000, 9_000, style.SUBJECT, "9,000; about 2,900 a year", derived=2_900)]
    ax = charts.dot_rows(_figure(), (0.1, 0.1, 5.8, 2.8), dots, xlim=(1e3, 1e6), ticks=[1e3, 1e6], log=True)
    (link,) = ax.collections
    assert link.get_segments()[0][:, 0].tolist() == [2_900, 9_000]
    assert [to_hex(colour) for colour in link.get_colors()] == [style.INK]
    hollow = [line for line in ax.lines if line.get_markerfacecolor() == style.BACKGROUND]
    assert [list(line.get_xdata()) for line in hollow] == [[2_900]] and hollow[0].get_markeredgecolor() == style.INK
    filled = [line for line in ax.lines if line.get_markerfacecolor() == style.HIGHLIGHT]
    assert [list(line.get_xdata()) for line in filled] == [[9_000]]


def test_wide_row_labels_go_above_their_rows_in_a_narrow_plot():
    dots = [Dot("Involvement of minors in illegal activity", 1, 1), Dot("short", 1, 1)]
    assert charts.labels_above(dots, 3.2) and not charts.labels_above(dots, 8)
    assert charts.dots_height(dots, 3.2) > charts.dots_height(dots, 8)
    ax = charts.dot_rows(_figure(), (0.1, 0.1, 3.2, 2.8), dots, xlim=(0, 2), ticks=[0, 2])
    assert [t.get_horizontalalignment() for t in ax.texts] == ["left", "left"]


@pytest.mark.parametrize("width", [3.2, 6.4])  # one print column (compact type) and the web
def test_a_label_set_above_its_row_sits_nearer_its_own_row_than_the_row_above(width):
    dots = [Dot(f"Row {n}: a label too long to sit left of the plot at this width", n, n + 5) for n in range(3)]
    assert charts.labels_above(dots, width)
    fig = Figure(figsize=(width + 0.2, charts.dots_height(dots, width) + 0.2))
    FigureCanvasAgg(fig)
    with style.context():
        ax = charts.dot_rows(fig, (0.1, 0.1, width, charts.dots_height(dots, width)), dots, xlim=(0, 10), ticks=[0, 10])
        fig.canvas.draw()
    mark = (5.5 / 2 + 0.6) * fig.dpi / 72  # a marker's radius and half its edge, in pixels
    for row, label in enumerate(text for text in ax.texts if text.get_text().startswith("Row")):
        box, centre = label.get_window_extent(), ax.transData.transform((0, row))[1]
        below = box.y0 - (centre + mark)  # from its own row's marks up to the label's foot
        assert below > 0, f"the label of row {row} runs into its own marks"
        if row:
            above = (ax.transData.transform((0, row - 1))[1] - mark) - box.y1  # up to the marks of the row above
            assert above >= 2 * below, f"row {row}: {above:.1f} px from the row above, {below:.1f} from its own"


@pytest.mark.parametrize("width", charts.WIDTHS, ids=lambda width: width.name)
def test_a_reference_line_stops_short_of_the_labels_it_would_cross_and_its_label_keeps_clear_of_the_rows(width):
    """The desk's rules: no text within 2 px of a line, backing or not; the reference line's label nearer its line
    than the marks of the row above (here a row ending right of the line, as the article's own figure does)."""
    dots = [Dot(f"Row {n}: a label too long to sit left of the plot at this width, and longer", n * 20, n * 20 + 40,
                value_label=f"{n * 20}–{n * 20 + 40} units") for n in range(3)] + [Dot("Last", 52, 56)]
    page = charts.Chart(
        slug="t", title="t", subtitle="s", note="n", source="Source: s", alt_text="1", data=None,
        body_height=lambda w: charts.dots_height(dots, w, reference=True),
        draw=lambda fig, rect: charts.dot_rows(fig, rect, dots, xlim=(0, 100), ticks=[0, 50, 100],
                                               reference=(50, "Stated: 50")),
    )
    problems = [p for p in chartcheck.layout_problems(page, width) if p.rule in ("touching", "crossing", "proximity")]
    assert problems == []
    with style.context():
        fig = page.figure(width)
    assert not [text for text in fig.axes[0].texts if text.get_bbox_patch() is not None]  # clear, not backed


def test_a_derived_reading_can_be_drawn_apart_from_the_highlight_of_its_row():
    dots = [Dot("Circumvention tools", 93_000, 93_000, style.SUBJECT, derived=6_966, derived_role=style.NAMED)]
    ax = charts.dot_rows(_figure(), (0.1, 0.1, 5.8, 2.8), dots, xlim=(1e3, 1e6), ticks=[1e3, 1e6], log=True)
    markers = {(line.get_markeredgecolor(), line.get_markerfacecolor()): list(line.get_xdata()) for line in ax.lines}
    assert markers[(style.HIGHLIGHT, style.HIGHLIGHT)] == [93_000]  # the reported value: the highlight
    assert markers[(style.CONTEXT, style.BACKGROUND)] == [6_966]  # the derived one: an open context marker
    assert (style.HIGHLIGHT, style.BACKGROUND) not in markers


@pytest.mark.parametrize("log", [False, True])
def test_the_axis_is_extended_until_every_value_label_fits_right_of_its_dot(log):
    dots = [Dot("a", 10, 10, value_label="fits"), Dot("b", 95, 95, value_label="a long label that cannot fit")]
    fig = _figure()
    with style.context():  # measured and drawn in the house font, as every chart is
        ax = charts.dot_rows(fig, (0.1, 0.1, 5.8, 2.8), dots, xlim=(1, 100), ticks=[1, 100], log=log)
        fig.canvas.draw()
    values = [t for t in ax.texts if t.get_label() == VALUE]
    assert {t.get_horizontalalignment() for t in values} == {"left"} and ax.get_xlim()[1] > 100
    assert all(t.get_window_extent().x1 <= ax.bbox.x1 + 1 for t in values)


def test_tick_labels_are_thinned_until_they_fit():
    ticks = list(range(0, 2001, 250))
    labels = [f"+{t:,}%" for t in ticks]
    assert charts.thin_ticks(ticks, labels, 8, 8.5) == (ticks, labels)
    kept, shown = charts.thin_ticks(ticks, labels, 2, 8.5)
    assert kept in [ticks[::step] for step in (2, 4, 8)]
    assert sum(charts.text_width(label, 8.5) + 0.12 for label in shown) <= 2


@pytest.mark.parametrize("width", [3.2, 6.4])  # one print column, and the web
def test_span_rows_keep_the_median_tick_and_the_reference_pointer_apart_and_inside_the_plot(width):
    spans = [Span("A (1st)", 1, 2, (1, 1), 1, 1), Span("Russia (28th)", 7, 36, (20, 31), 28, 28, style.SUBJECT)]
    fig = _figure(width + 0.3)
    ax = charts.span_rows(fig, (0.1, 0.1, width, 0.6), spans, xlim=(1, 36), ticks=[1, 36], tick_labels=["1", "36"])
    markers = {line.get_marker(): line for line in ax.lines}
    assert set(markers) == {"|", "v"} and markers["v"].get_color() == style.INK
    fig.canvas.draw()

    def extent(marker: str, row: int) -> tuple[float, float, float, float]:  # in pixels: left, bottom, right, top
        line = markers[marker]
        x, y = line.get_transform().transform((line.get_xdata()[row], line.get_ydata()[row]))
        half = line.get_markersize() * fig.dpi / 72 / 2
        return x - half, y - half, x + half, y + half

    assert extent("|", 1)[3] < extent("v", 1)[1]  # the same rank (28 and 28): the pointer above the tick, not on it
    plot = ax.get_window_extent(fig.canvas.get_renderer())
    left, _, _, top = extent("v", 0)
    assert top <= plot.y1 and left >= plot.x0 and extent("v", 1)[2] <= plot.x1  # nothing cut at any edge
    assert [label.get_text() for label in ax.get_xticklabels()] == ["1", "36"]


def test_timeline_labels_each_point_clear_of_the_line_and_marks_whole_years():
    points = [Point(2023.8, 167, "167"), Point(2024.8, 197, "197"), Point(2025.8, 258, "258"), Point(2026.1, 469, "469")]
    fig = _figure()
    ax = charts.timeline(fig, (0.1, 0.1, 5.8, 2.8), points, xlim=(2023.5, 2026.4), ylim=(0, 540))
    assert [t.get_text() for t in ax.texts] == ["167", "197", "258", "469"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2024", "2025", "2026"]
    fig.canvas.draw()
    line = ax.lines[0].get_path().transformed(ax.transData)
    assert not any(line.intersects_bbox(t.get_window_extent(), filled=False) for t in ax.texts)


def test_a_text_is_measured_as_the_house_style_draws_it_inside_or_outside_it_and_changes_no_setting():
    import matplotlib as mpl

    texts = ["Russia 28th of 36", "Україна, 9 000 GPU", "Ирландия — 1 200 %"]
    charts.text_width.cache_clear()
    with style.context():
        inside = [charts.text_width(text, 9.5, "semibold") for text in texts]
        drawn = []
        for text in texts:
            fig = _figure()
            label = fig.text(0, 0, text, fontsize=9.5, fontweight="semibold", family=style.FONT_FAMILY)
            drawn.append(label.get_window_extent(fig.canvas.get_renderer()).width / fig.dpi)
    assert inside == pytest.approx(drawn, abs=1e-6)
    charts.text_width.cache_clear()
    with mpl.rc_context({"text.hinting": "force_autohint", "font.family": "serif"}):
        before = dict(mpl.rcParams)
        assert [charts.text_width(text, 9.5, "semibold") for text in texts] == inside
        assert dict(mpl.rcParams) == before
