"""The generic chart primitives: dot rows (points and ranges, linear or log) and the timeline."""

from __future__ import annotations

import pytest
from matplotlib.figure import Figure

from kit import charts, style
from kit.charts import Dot, Point


def _figure() -> Figure:
    return Figure(figsize=(6, 3))


def test_dot_rows_draw_a_range_as_a_line_and_a_point_as_one_marker():
    dots = [Dot("range", 10, 20), Dot("point", 15, 15, hollow=True)]
    ax = charts.dot_rows(_figure(), (0.1, 0.1, 5.8, 2.8), dots, xlim=(0, 30), ticks=[0, 10, 20, 30])
    lines = ax.get_lines()
    assert [list(line.get_xdata()) for line in lines] == [[10, 20], [10, 20], [15]]
    assert lines[-1].get_markerfacecolor() == "white"
    assert [t.get_text() for t in ax.texts] == ["range", "point"]
    assert ax.get_ylim() == (1.5, -0.5)  # first row on top


def test_dot_rows_on_a_log_axis_with_a_reference_line():
    dots = [Dot("small", 9_000, 9_000), Dot("large", 485_000, 485_000)]
    ax = charts.dot_rows(
        _figure(), (0.1, 0.1, 5.8, 2.8), dots, xlim=(1e3, 1e6), ticks=[1e3, 1e6], log=True, reference=(5e5, "line")
    )
    assert ax.get_xscale() == "log"
    assert "line" in [t.get_text() for t in ax.texts]
    assert ax.get_ylim()[0] == pytest.approx(1.5 + charts.REFERENCE_ROW)
    assert charts.dots_height(["a", "b"], 5, reference=True) > charts.dots_height(["a", "b"], 5)


def test_wide_row_labels_go_above_their_rows_in_a_narrow_plot():
    labels = ["Involvement of minors in illegal activity", "short"]
    assert charts.labels_above(labels, 3.2) and not charts.labels_above(labels, 8)
    assert charts.dots_height(labels, 3.2) > charts.dots_height(labels, 8)
    ax = charts.dot_rows(
        _figure(), (0.1, 0.1, 3.2, 2.8), [Dot(label, 1, 1) for label in labels], xlim=(0, 2), ticks=[0, 2]
    )
    assert [t.get_horizontalalignment() for t in ax.texts] == ["left", "left"]


def test_a_value_label_that_would_run_off_the_plot_goes_left_of_its_dot():
    dots = [Dot("a", 1, 1, value_label="fits"), Dot("b", 95, 95, value_label="a long label that cannot fit")]
    ax = charts.dot_rows(_figure(), (0.1, 0.1, 5.8, 2.8), dots, xlim=(0, 100), ticks=[0, 100])
    values = {t.get_text(): t.get_horizontalalignment() for t in ax.texts}
    assert values["fits"] == "left" and values["a long label that cannot fit"] == "right"


def test_tick_labels_are_thinned_until_they_fit():
    ticks = list(range(0, 2001, 250))
    labels = [f"+{t:,}%" for t in ticks]
    assert charts.thin_ticks(ticks, labels, 8) == (ticks, labels)
    kept, shown = charts.thin_ticks(ticks, labels, 2)
    assert kept in [ticks[::step] for step in (2, 4, 8)]
    assert sum(charts.text_width(label, style.LABEL_SIZE) + 0.12 for label in shown) <= 2


def test_timeline_labels_each_point_and_marks_whole_years():
    points = [Point(2023.8, 167, "167"), Point(2026.1, 469, "469", style.HIGHLIGHT)]
    ax = charts.timeline(_figure(), (0.1, 0.1, 5.8, 2.8), points, xlim=(2023, 2026.5), ylim=(0, 500))
    assert [t.get_text() for t in ax.texts] == ["167", "469"]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["2023", "2024", "2025", "2026"]
