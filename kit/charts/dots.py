"""Dots and ranges, one row each: values on a linear or log axis, ranges of ranks.

Value labels all sit right of their marks (the axis is extended until they fit); row labels go above their
rows when they are too wide to sit on the left.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.transforms import offset_copy

from kit import style
from kit import text as texts
from kit.charts.bars import BASELINE_WIDTH, NUDGE, TICK_SPACE, gutter, reference_line, row_labels
from kit.charts.page import VALUE, Rect, Shown, add_axes, names, shows, text_width

DOT_SIZE = 5.5  # marker diameter, points
EDGE = 1.2  # marker edge, points
RANGE_WIDTH = 3.2  # range line width, points
REFERENCE_ROW = 1.0  # room under the rows for a reference line's label, in rows
LABEL_SHARE = 0.45  # row labels wider than this share of the plot go above their rows instead
LABEL_LIFT = DOT_SIZE / 2 + EDGE + 1  # points from a row's centre to the foot of a label set above it (clear of marks)
LABEL_LINE = 1.4  # the height of a label's line (as drawn, ascent and descent), in ems
ABOVE_GAP = 3  # a label set above its row is this many times farther from the row above than from its own row


@dataclass(frozen=True)
class Dot:
    """One row of a dot chart: a value (low == high) or a range from low to high; `derived` adds a second,
    derived reading of the same row (an open marker joined to the first by a thin line)."""

    label: str
    low: float
    high: float
    role: str = style.CONTEXT_ROLE
    value_label: str = ""  # printed right of the row's rightmost mark
    hollow: bool = False  # an open marker: a forecast, a derived or a stated-not-measured value
    derived: float | None = None
    derived_role: str | None = None  # the derived reading's role, when it is not the row's (a derived value is
    # never the highlight: the subject's row can draw it as context)

    def __post_init__(self):
        texts.clean_fields(self, "label", "value_label")


def labels_above(dots: Sequence, width: float) -> bool:
    """Whether row labels are too wide to sit left of the rows in a plot this wide (inches)."""
    return gutter(dots, width) > LABEL_SHARE * width


def row_pitch(dots: Sequence, width: float) -> float:
    """The height (inches) of one row of `dot_rows` at a width: the type's row pitch, or, when the labels go above
    the rows, room for a label's line lifted just clear of its own row's marks and `ABOVE_GAP` times as far from
    the marks of the row above, so that each label visibly belongs to its own row."""
    sizes = style.type_at(width)
    if not labels_above(dots, width):
        return sizes.row_pitch
    mark = DOT_SIZE / 2 + EDGE
    return (LABEL_LIFT + LABEL_LINE * sizes.row + ABOVE_GAP * (LABEL_LIFT - mark) + mark) / 72


def dots_height(dots: Sequence, width: float, reference: bool = False) -> float:
    """Plot height (inches) of `dot_rows` for these rows at a width (taller rows, and the first label's line
    above the first row, when the labels go above them)."""
    rows = len(dots) + (0.5 if labels_above(dots, width) else 0) + (REFERENCE_ROW if reference else 0)
    return rows * row_pitch(dots, width) + TICK_SPACE


def thin_ticks(ticks: Sequence[float], labels: Sequence[str], width: float, size: float) -> tuple[list, list]:
    """Every other tick, then every fourth..., until the tick labels fit side by side in a width (inches)."""
    step = 1
    while step < len(ticks):
        if sum(text_width(label, size) + 0.12 for label in list(labels)[::step]) <= width:
            break
        step *= 2
    return list(ticks)[::step], list(labels)[::step]


def _fit_right(ax: Axes, dots: Sequence[Dot], size: float, log: bool) -> None:
    """Extend the axis to the right until every value label fits right of its row's rightmost mark."""
    fig = ax.figure
    axes_width = ax.get_position().width * fig.get_size_inches()[0]
    low, high = ax.get_xlim()
    scale = (lambda v: math.log10(v)) if log else (lambda v: v)
    for _ in range(4):
        span = scale(high) - scale(low)
        need = high
        for dot in dots:
            if not dot.value_label:
                continue
            label = text_width(dot.value_label, size, style.ROLES[dot.role].weight) + DOT_SIZE / 144 + NUDGE + 0.04
            share = (scale(max(dot.high, dot.derived or dot.high)) - scale(low)) / span
            if share * axes_width + label > axes_width:  # stretch the span so the label fits
                stretched = (scale(max(dot.high, dot.derived or dot.high)) - scale(low)) * axes_width / (axes_width - label)
                need = max(need, 10 ** (scale(low) + stretched) if log else low + stretched)
        if need <= high:
            break
        high = need
    ax.set_xlim(low, high)


def dot_rows(
    fig: Figure,
    rect: Rect,
    dots: Sequence[Dot],
    *,
    xlim: tuple[float, float],
    ticks: Sequence[float],
    tick_labels: Sequence[str] | None = None,
    log: bool = False,
    reference: tuple[float, str] | None = None,
) -> Axes:
    """Dots or ranges, one per row (first at the top), row labels on the left (or above each row when they
    are too wide), the value axis on top; `log` for values that span orders of magnitude, `reference` =
    (value, label) for a dashed ink line labelled in a free row under the rows, interrupted where a label would touch
    it. A linear axis from zero gets a zero
    baseline; one that spans zero gets an ink line at zero."""
    left, bottom, width, height = rect
    sizes = style.type_at(width)
    above = labels_above(dots, width)
    room = 0 if above else gutter(dots, width)
    written = tick_labels if tick_labels is not None else [f"{t:,g}" for t in ticks]
    right = text_width(written[-1], sizes.label) / 2  # the last tick label is centred on the axis end
    ax = add_axes(fig, (left + room, bottom, width - room - right, height - TICK_SPACE))
    if log:
        ax.set_xscale("log")
    ax.set_xlim(*xlim)
    _fit_right(ax, dots, sizes.label, log)
    rows = len(dots) + (REFERENCE_ROW if reference is not None else 0)
    ax.set_ylim(rows - 0.5, -0.5 - (0.5 if above else 0))
    ax.set_yticks([])
    ax.set_xticks(*thin_ticks(ticks, written, width - room, sizes.label))
    ax.minorticks_off()
    ax.tick_params(labelsize=sizes.label)
    ax.xaxis.tick_top()
    if not log and xlim[0] <= 0:
        ax.axvline(0, color=style.INK, linewidth=BASELINE_WIDTH, zorder=1.5, clip_on=False)
    if reference is not None:  # its label level with the middle of the free row under the rows, clear of their marks
        value, text = reference
        drawn = ax.annotate(text, (value, len(dots) + (REFERENCE_ROW - 1) / 2), xytext=(4, 0),
                            textcoords="offset points", va="center", ha="left", size=sizes.label, color=style.INK)
        names(drawn, ax.transData, len(dots) + (REFERENCE_ROW - 1) / 2, value)
    if above:  # each label left-aligned just above its own row's marks (clear of a zero baseline)
        label_at = offset_copy(ax.get_yaxis_transform(), fig=fig, x=4 if xlim[0] == 0 else 0, y=LABEL_LIFT,
                               units="points")
        for y, dot in enumerate(dots):
            role = style.ROLES[dot.role]
            label = ax.text(0, y, dot.label, transform=label_at, va="bottom", ha="left", size=sizes.row,
                            color=role.label, weight=role.weight, zorder=4)
            names(label, ax.transData, y)
    else:
        row_labels(ax, dots, sizes.row)
    ranged = [(y, dot) for y, dot in enumerate(dots) if dot.high > dot.low]
    if ranged:
        lines = LineCollection([[(dot.low, y), (dot.high, y)] for y, dot in ranged],
                               colors=[style.ROLES[dot.role].mark for _, dot in ranged], linewidths=RANGE_WIDTH,
                               capstyle="butt", zorder=2, clip_on=False)
        ax.add_collection(shows(lines, [Shown(dot.label) for _, dot in ranged]))
    linked = [(y, dot) for y, dot in enumerate(dots) if dot.derived is not None]
    if linked:
        links = LineCollection([[(dot.derived, y), (dot.low, y)] for y, dot in linked],
                               colors=[derived_colour(dot.role) for _, dot in linked], linewidths=0.8, zorder=2,
                               clip_on=False)
        ax.add_collection(shows(links, [Shown(dot.label, derived=True) for _, dot in linked]))
    points = []  # (x, y, colour, filled, what it shows)
    for y, dot in enumerate(dots):
        colour = style.ROLES[dot.role].mark
        ends = [dot.low] if dot.high == dot.low else [dot.low, dot.high]
        points += [(x, y, colour, not dot.hollow, Shown(dot.label)) for x in ends]
        if dot.derived is not None:
            colour = style.ROLES[dot.derived_role].mark if dot.derived_role else derived_colour(dot.role)
            points.append((dot.derived, y, colour, False, Shown(dot.label, derived=True)))
    for filled in (True, False):
        for colour in dict.fromkeys(point[2] for point in points):
            chosen = [point for point in points if point[2] == colour and point[3] == filled]
            if chosen:
                (drawn,) = ax.plot([p[0] for p in chosen], [p[1] for p in chosen], linestyle="none", marker="o",
                                   markersize=DOT_SIZE, markeredgewidth=EDGE, markeredgecolor=colour,
                                   markerfacecolor=colour if filled else style.BACKGROUND, zorder=3, clip_on=False)
                shows(drawn, [p[4] for p in chosen])
    value_at = offset_copy(ax.transData, fig=fig, x=DOT_SIZE / 144 + NUDGE, y=0, units="inches")
    for y, dot in enumerate(dots):
        if dot.value_label:
            role = style.ROLES[dot.role]
            end = max(dot.high, dot.derived or dot.high)
            label = ax.text(end, y, dot.value_label, transform=value_at, va="center", ha="left", size=sizes.label,
                            color=role.label, weight=role.weight, label=VALUE, zorder=4)
            names(label, ax.transData, y, end)
    if reference is not None:  # drawn last: it stops short of every label it would cross (row and value labels)
        reference_line(ax, reference[0], zorder=1.5)
    return ax


def derived_colour(role: str) -> str:
    """The colour of a row's derived reading: its role's, except the accent's, which marks only figures as published
    (a derived value of the subject is drawn in ink)."""
    colour = style.ROLES[role].mark
    return style.INK if colour == style.HIGHLIGHT else colour


@dataclass(frozen=True)
class Span:
    """One row of a range chart: the full range (thin line), a middle band (thick), a centre (ink tick across the
    band) and an optional reference value (an ink triangle pointing down at it from just above the band)."""

    label: str
    low: float
    high: float
    band: tuple[float, float]
    centre: float
    reference: float | None = None
    role: str = style.CONTEXT_ROLE

    def __post_init__(self):
        texts.clean_fields(self, "label")


POINTER_GAP = 0.6  # points between the band and the triangle above it


def span_rows(
    fig: Figure,
    rect: Rect,
    rows: Sequence[Span],
    *,
    xlim: tuple[float, float],
    ticks: Sequence[float],
    tick_labels: Sequence[str] | None = None,
) -> Axes:
    """Ranges, one row each, first row at the top, row labels on the left, the value axis on top. The centre is a
    tick across the band and the reference a triangle above the band pointing at its value, so both read apart
    even where they fall on the same value; the axis is widened by half a triangle at either end so none is cut,
    and the plot's top leaves room for the first row's triangle."""
    left, bottom, width, height = rect
    sizes = style.type_at(width)
    room = gutter(rows, width)
    axes_width = width - room
    pitch = sizes.row_pitch * 72  # points
    band_width = min(4.5, pitch * 0.45)
    pointer = min(4.0, pitch * 0.36)  # the triangle's height and width, points
    above = band_width / 2 + POINTER_GAP + pointer / 2  # from the row's centre to the triangle's, points
    ax = add_axes(fig, (left + room, bottom, axes_width, height - TICK_SPACE))
    pad = (pointer / 2 + EDGE + 1) / 72 * (xlim[1] - xlim[0]) / axes_width
    ax.set_xlim(xlim[0] - pad, xlim[1] + pad)
    headroom = max(0.0, (above + pointer / 2 + 0.5) / pitch - 0.5)  # rows above the first row's centre needed
    ax.set_ylim(len(rows) - 0.5, -0.5 - headroom)
    colours = [style.ROLES[row.role].mark for row in rows]
    shown = [Shown(row.label) for row in rows]
    for segments, line_width in (
        ([[(row.low, y), (row.high, y)] for y, row in enumerate(rows)], 0.8),
        ([[(row.band[0], y), (row.band[1], y)] for y, row in enumerate(rows)], band_width),
    ):
        ax.add_collection(shows(LineCollection(segments, colors=colours, linewidths=line_width, capstyle="butt",
                                               clip_on=False), shown))
    ys = list(range(len(rows)))
    (centres,) = ax.plot([row.centre for row in rows], ys, linestyle="none", marker="|", markersize=band_width,
                         markeredgewidth=1.4, color=style.INK, zorder=5, clip_on=False)
    shows(centres, shown)
    marked = [(row.reference, y, Shown(row.label)) for y, row in enumerate(rows) if row.reference is not None]
    if marked:
        lifted = offset_copy(ax.transData, fig=fig, x=0, y=above, units="points")
        (pointers,) = ax.plot([m[0] for m in marked], [m[1] for m in marked], transform=lifted, linestyle="none",
                              marker="v", markersize=pointer, markeredgewidth=0, color=style.INK, zorder=4,
                              clip_on=False)
        shows(pointers, [m[2] for m in marked])
    ax.set_yticks([])
    ax.set_xticks(list(ticks), labels=tick_labels)
    ax.tick_params(labelsize=sizes.label)
    ax.xaxis.tick_top()
    row_labels(ax, rows, sizes.row)
    return ax
