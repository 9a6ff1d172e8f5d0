"""A line through dated observations, each labelled where the line leaves room."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.path import Path
from matplotlib.transforms import Bbox

from kit import style
from kit import text as texts
from kit.charts.bars import BASELINE_WIDTH, TICK_SPACE, nice_scale
from kit.charts.dots import DOT_SIZE
from kit.charts.page import Rect, Shown, add_axes, names, shows, text_width

# Where a point's label may go, in order of preference: (dx, dy) in points, horizontal and vertical alignment
PLACES = (
    ((0, 6), "center", "bottom"),
    ((-5, 4), "right", "bottom"),
    ((5, 4), "left", "bottom"),
    ((0, -6), "center", "top"),
    ((-6, 0), "right", "center"),
    ((6, 0), "left", "center"),
)


@dataclass(frozen=True)
class Point:
    """One observation of a time series; `x` in decimal years (2025.8 = late October 2025)."""

    x: float
    y: float
    value_label: str = ""
    role: str = style.SUBJECT

    def __post_init__(self):
        texts.clean_fields(self, "value_label")


def timeline(
    fig: Figure,
    rect: Rect,
    points: Sequence[Point],
    *,
    xlim: tuple[float, float],
    ylim: tuple[float, float],
    tick_labels: Sequence[str] | None = None,
) -> Axes:
    """A line through dated observations in the first point's colour, each dot labelled where the line does
    not pass; years on the time axis (below), values on the left (`tick_labels`: how the round values of
    `timeline_ticks(ylim)` are written, in the chart's language), a zero baseline when the axis starts there."""
    left, bottom, width, height = rect
    sizes = style.type_at(width)
    ticks = timeline_ticks(ylim)
    labels = list(tick_labels) if tick_labels is not None else [f"{t:,.0f}" for t in ticks]
    room = max(text_width(label, sizes.label) for label in labels) + 0.08
    ax = add_axes(fig, (left + room, bottom + TICK_SPACE, width - room, height - TICK_SPACE))
    ax.grid(axis="y")
    ax.grid(axis="x", visible=False)
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    ax.set_yticks(ticks, labels=labels)
    colour = style.ROLES[points[0].role].mark
    shown = [Shown(point.value_label) for point in points]
    (series,) = ax.plot([p.x for p in points], [p.y for p in points], color=colour, linewidth=1.5, zorder=2,
                        clip_on=False)
    shows(series, shown)
    if ylim[0] == 0:
        ax.axhline(0, color=style.INK, linewidth=BASELINE_WIDTH, zorder=1.5, clip_on=False)
    years = range(math.ceil(xlim[0]), math.floor(xlim[1]) + 1)
    ax.set_xticks(list(years), labels=[str(year) for year in years])
    ax.tick_params(axis="both", labelsize=sizes.label, colors=style.MUTED)
    line = ax.transData.transform(list(zip([p.x for p in points], [p.y for p in points], strict=True)))
    path = Path(line)
    per_point = fig.dpi / 72
    for point, (px, py), what in zip(points, line, shown, strict=True):
        role = style.ROLES[point.role]
        (dot,) = ax.plot(point.x, point.y, marker="o", markersize=DOT_SIZE, color=role.mark, zorder=3, clip_on=False)
        shows(dot, [what])
        if not point.value_label:
            continue
        w = text_width(point.value_label, sizes.label, role.weight) * fig.dpi
        h = sizes.label * 1.2 * per_point
        for (dx, dy), ha, va in PLACES:
            x0 = px + dx * per_point - {"left": 0, "center": w / 2, "right": w}[ha]
            y0 = py + dy * per_point - {"bottom": 0, "center": h / 2, "top": h}[va]
            if not path.intersects_bbox(Bbox.from_bounds(x0 - 1, y0 - 1, w + 2, h + 2), filled=False):
                break
        label = ax.annotate(point.value_label, (point.x, point.y), xytext=(dx, dy), textcoords="offset points", ha=ha,
                            va=va, size=sizes.label, color=role.label, weight=role.weight)
        names(label, ax.transData, point.y, point.x)
    return ax


def timeline_ticks(ylim: tuple[float, float]) -> list[float]:
    """The round values a timeline marks on its value axis."""
    return [t for t in nice_scale(ylim[1], steps=4)[1] if t <= ylim[1]]

