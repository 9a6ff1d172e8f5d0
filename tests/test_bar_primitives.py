"""Bar-chart primitives: a round axis scale, labels fitted to a width, zero strokes and labelled reference lines."""

from __future__ import annotations

import pytest
from matplotlib.figure import Figure

from kit import charts, style
from kit.charts import Bar


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


def draw(bars):
    fig = Figure(figsize=(5, 2))
    ax = charts.ranked_bars(fig, (0.1, 0.1, 4.8, 1.8), bars, xmax=10, ticks=[0, 5, 10])
    return ax


def test_zero_marks_mark_only_the_bars_at_zero_in_their_colour():
    bars = [Bar("A", 4, value_label="4"), Bar("Russia", 0, colour=style.HIGHLIGHT, value_label="0")]
    ax = draw(bars)
    charts.zero_marks(ax, bars)
    (mark,) = ax.lines
    assert list(mark.get_xdata()) == [0, 0] and mark.get_color() == style.HIGHLIGHT
    assert min(mark.get_ydata()) < 1 < max(mark.get_ydata())  # spans the second row


def test_a_reference_line_is_labelled_and_keeps_value_labels_readable():
    bars = [Bar("A", 4, value_label="4 papers"), Bar("B", 2, value_label="2")]
    ax = draw(bars)
    charts.reference_line(ax, 5, "cut-off: 5", row=1, side="left")
    (line,) = ax.lines
    assert list(line.get_xdata()) == [5, 5] and line.get_linestyle() == "--"
    label = ax.texts[-1]
    assert label.get_text() == "cut-off: 5" and label.get_ha() == "right" and label.get_position()[0] < 5
    assert all(text.get_bbox_patch() is not None for text in ax.texts[:-1] if text.get_text())


def test_value_scale_leaves_room_for_every_value_label_outside_its_bar():
    bars = [Bar("United States", 70, value_label="70"), Bar("Russia", 0, value_label="0")]
    for width in (charts.ONE_COLUMN.inches, charts.WEB.inches):
        end, ticks = charts.value_scale(bars, width)
        assert 70 < charts.INSIDE_LABEL_SHARE * end and ticks[-1] == end


def test_fit_labels_shortens_only_labels_too_wide_for_their_share():
    bars = [Bar("Skolkovo Institute of Science and Technology", 16), Bar("HSE", 15)]
    fitted = charts.fit_labels(bars, charts.ONE_COLUMN.inches)
    assert fitted[0].label.endswith("…") and fitted[0].label.startswith("Skolkovo")
    assert charts.label_gutter([bar.label for bar in fitted]) <= 0.4 * charts.ONE_COLUMN.inches
    assert fitted[1] == bars[1]
