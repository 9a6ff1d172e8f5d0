"""Bar primitives: a round axis scale, a zero baseline, zero strokes, value labels on one side with room to fit,
notes in free rows and labelled reference lines that keep clear of each other."""

from __future__ import annotations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from kit import charts, chartcheck, style
from kit.charts import Bar
from kit.charts.page import VALUE


@pytest.mark.parametrize(
    "maximum, end, ticks",
    [
        (51.6, 60, [0, 20, 40, 60]),
        (88, 100, [0, 20, 40, 60, 80, 100]),
        (200.7, 250, [0, 50, 100, 150, 200, 250]),
        (1.2, 1.25, [0, 0.25, 0.5, 0.75, 1.0, 1.25]),
        (0, 1, [0, 1]),
    ],
)
def test_nice_scale_ends_at_or_above_the_maximum_on_a_round_step(maximum, end, ticks):
    got_end, got_ticks = charts.nice_scale(maximum)
    assert got_end == pytest.approx(end) and got_ticks == pytest.approx(ticks)


@pytest.mark.parametrize("values, least", [((485_000, 9_000), 0), ((70, 10.7), 0), ((0.3, 0.1), 20), ((0,), 0)])
def test_a_chart_can_label_beforehand_every_tick_its_scale_may_choose_at_any_width(values, least):
    bars = [Bar(f"Buyer {n}", value, value_label=f"about {value:,}") for n, value in enumerate(values)]
    possible = set(charts.possible_ticks(bars, least))
    for width in [1 + step / 10 for step in range(80)]:
        assert set(charts.value_scale(bars, width, least)[1]) <= possible, width
    low, high = max(max(values), least), max(5 * max(values), least)  # the ends a scale may reach
    for end in [low * (high / low) ** (step / 400) for step in range(401)] if low else ():  # finely
        assert set(charts.nice_scale(end)[1]) <= possible, end


def test_the_ticks_labelled_beforehand_are_few():
    """A chart labels every tick it may show each time it is computed (each explorer redraw): not hundreds."""
    bars = [Bar("Microsoft", 485_000, value_label="about 485,000"), Bar("Sberbank", 9_000, value_label="9,000")]
    assert len(charts.possible_ticks(bars)) <= 40


def draw(bars, width=4.8, **options):
    fig = Figure(figsize=(width + 0.2, 2.4))
    FigureCanvasAgg(fig)
    xmax, ticks = charts.value_scale(bars, width)
    ax = charts.ranked_bars(fig, (0.1, 0.1, width, 2.2), bars, xmax=xmax, ticks=ticks, **options)
    return fig, ax


def test_bars_start_at_an_ink_zero_baseline_and_a_zero_is_a_stroke_in_its_role_colour():
    bars = [Bar("A", 4, value_label="4"), Bar("Russia", 0, style.SUBJECT, "0")]
    _, ax = draw(bars)
    (baseline,) = ax.lines
    assert list(baseline.get_xdata()) == [0, 0] and baseline.get_color() == style.INK
    (collection,) = ax.collections
    zero = collection.get_paths()[1].vertices
    assert zero[:, 0].min() == 0 and 0 < zero[:, 0].max() < 0.05 * ax.get_xlim()[1]  # a short stroke, not nothing
    assert collection.get_facecolors()[1].tolist() == pytest.approx([0.890, 0.071, 0.043, 1], abs=0.002)  # #e3120b
    assert [t.get_color() for t in ax.figure.texts if t.get_text() == "Russia"] == [style.HIGHLIGHT]


def test_a_missing_value_draws_no_mark_only_its_muted_label_and_a_zero_keeps_its_stroke():
    bars = [Bar("A", 4, value_label="4"), Bar("Russia", 0, style.SUBJECT, "not eligible", missing=True),
            Bar("B", 0, value_label="0")]
    _, ax = draw(bars)
    (collection,) = ax.collections
    assert len(collection.get_paths()) == 2  # A's bar and B's zero stroke; nothing for the missing row
    (label,) = [t for t in ax.texts if t.get_text() == "not eligible"]
    assert label.get_color() == style.MUTED and label.get_position()[0] == 0
    fig = Figure(figsize=(5, 2))
    FigureCanvasAgg(fig)
    charts.bar_grid(fig, (0.1, 0.1, 4.8, 1.8), {"one": bars, "two": [Bar(b.label, 1, b.role, "1") for b in bars]})
    grid = [a for a in fig.get_children() if type(a).__name__ == "PolyCollection"][0]
    assert len(grid.get_paths()) == 5
    assert [t.get_color() for t in fig.texts if t.get_text() == "not eligible"] == [style.MUTED]


@pytest.mark.parametrize("width", [charts.ONE_COLUMN.inches - 0.3, charts.WEB.inches - 0.3])
def test_every_value_label_fits_right_of_its_bar(width):
    bars = [Bar("United States", 70, style.NAMED, "70.0"), Bar("Russia", 10.7, style.SUBJECT, "10.7 (28th)")]
    fig, ax = draw(bars, width)
    fig.canvas.draw()
    renderer = fig.canvas.get_renderer()
    values = [t for t in ax.texts if t.get_label() == VALUE]
    assert {t.get_horizontalalignment() for t in values} == {"left"}
    assert all(t.get_window_extent(renderer).x1 <= ax.bbox.x1 + 1 for t in values)


def test_a_note_beside_a_row_needs_more_rows_in_a_narrower_plot():
    bars = [Bar("Russia", 0, style.SUBJECT, "0")]
    note = "Best: Skoltech, 16 papers (295th); 200th place needs 29"
    assert charts.note_rows(bars, 2.4, 10, 0, note) > charts.note_rows(bars, 6.4, 10, 0, note) >= 1


def test_reference_line_labels_keep_clear_of_each_other_and_of_the_other_line():
    bars = [Bar("Sber", 84, value_label="$84bn (bank)"), Bar("Yandex", 17, style.SUBJECT, "$17bn")] + [Bar("", 0)] * 4

    def chart(fig, rect):
        ax = charts.ranked_bars(fig, rect, bars, xmax=250, ticks=[0, 100, 200])
        charts.reference_lines(ax, [(28.1, "100th tech firm, 2025: at least $28.1bn", 2.5),
                                    (182.5, "100th firm of all sectors, Feb 2026: $182.5bn", 4.5)])

    page = charts.Chart(slug="t", title="t", subtitle="s", note="n", source="Source: s", alt_text="1", data=None,
                        body_height=lambda w: charts.bars_height(len(bars), w), draw=chart)
    for width in charts.WIDTHS:
        assert not [p for p in chartcheck.layout_problems(page, width) if p.rule in ("crossing", "overlap")]


def test_a_reference_line_stops_short_of_the_value_labels_it_would_cross():
    """The desk's rule: no text within 2 px of a line, even on a backing; a label reaching over the line interrupts it."""
    bars = [Bar("A", 6, value_label="6% (a broader count)"), Bar("B", 14, value_label="14%"), Bar("", 0), Bar("", 0)]

    def chart(fig, rect):
        ax = charts.ranked_bars(fig, rect, bars, xmax=20, ticks=[0, 10, 20])
        charts.reference_lines(ax, [(10, "Stated: 10%", 2.5)])

    page = charts.Chart(slug="t", title="t", subtitle="s", note="n", source="Source: s", alt_text="1", data=None,
                        body_height=lambda w: charts.bars_height(len(bars), w), draw=chart)
    for width in charts.WIDTHS:
        assert not [p for p in chartcheck.layout_problems(page, width) if p.rule in ("touching", "crossing")]


def test_a_note_beside_the_subjects_row_is_ink_the_highlight_stays_on_the_subjects_own_marks():
    bars = [Bar("A", 12, value_label="12"), Bar("Russia", 10.7, style.SUBJECT, "10.7 (28th)"), Bar("B", 9), Bar("C", 8)]
    _, ax = draw(bars, note=(1, "Less than 0.1 points behind A"))
    (note,) = [t for t in ax.texts if t.get_text().startswith("Less")]
    assert note.get_color() == style.INK
    assert [t.get_color() for t in ax.texts if t.get_text() == "10.7 (28th)"] == [style.HIGHLIGHT]


def test_value_scales_leave_room_for_the_longest_value_label_of_any_language_at_every_width():
    from kit import fmt
    from kit.charts.page import PAD

    bars = [Bar("A", 67, value_label=fmt.money(67e9)), Bar("B", 10, value_label="10")]  # "$67bn", "67 млрд $"
    english = {width.inches - 2 * PAD: charts.value_scale(bars, width.inches - 2 * PAD) for width in charts.WIDTHS}
    scales = charts.value_scales(bars)
    assert set(scales) == set(english)  # keyed by the plot width a chart's `draw` is given
    assert all(scales[plot][0] >= english[plot][0] for plot in scales)
    assert any(scales[plot][0] > english[plot][0] for plot in scales)  # the Ukrainian label is wider
    assert charts.value_scales(bars, languages=("en",)) == english


def test_the_value_axis_gives_tick_labels_made_with_the_chart_in_each_language():
    from kit import words
    from kit.charts.page import PAD

    bars = [Bar("A", 2.2, value_label="2.2"), Bar("B", 1, value_label="1")]
    axis = charts.value_axis(bars)
    end, ticks, labels = axis(charts.WEB.inches - 2 * PAD)
    assert (end, ticks) == charts.value_scales(bars)[charts.WEB.inches - 2 * PAD]
    assert "2.5" in labels and [words.render(label, "uk") for label in labels][labels.index("2.5")] == "2,5"
    with words.drawing("a test"):  # a drawing function may ask for the axis: it makes no text
        assert axis(charts.ONE_COLUMN.inches - 2 * PAD)[2] and axis(3.0)[2][-1] == f"{axis(3.0)[1][-1]:g}"
