"""Bars: ranked bars from a zero baseline, small multiples of bars, labelled reference lines, round scales.

Every value label sits right of its bar (never inside it, never on the other side): the scale leaves room.
A bar of exactly zero is drawn as a short stroke, so a zero reads as a value shown, not as a row left empty; a row
with no value at all (`Bar.missing`: a list that leaves it out by its own rules) draws no mark, only its value label
saying why, in the muted context colour.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
import dataclasses
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.figure import Figure
from matplotlib.transforms import offset_copy

from kit import fmt, i18n, style, words
from kit import text as texts
from kit.charts.page import PAD, VALUE, WIDTHS, Rect, Shown, add_axes, label_gutter, lines_height, names, shows, text_width, wrap

BAR_HEIGHT = 0.72  # share of a row
TICK_SPACE = 0.24  # room for value-axis tick labels, inches
ZERO_STROKE = 2 / 72  # width of the stroke that shows a bar of exactly zero, inches
NUDGE = 3 / 72  # space between a mark and its value label, inches
BASELINE_WIDTH = 0.8  # points
PANEL_MIN_WIDTH = 1.05  # narrowest panel of a small-multiple grid, inches
PANEL_GAP = 0.14  # inches
NOTE_SPACING = 1.15
LINE_CLEARANCE = 3  # points a reference line stops short of a text it would otherwise cross or touch
REFERENCE_DASHES = (0, (3, 2))


@dataclass(frozen=True)
class Bar:
    """One row of a bar chart: its label, value, role (style.SUBJECT, NAMED or CONTEXT_ROLE) and value label;
    `missing`: the row has no value (not a zero): no mark is drawn, and the value label says why ("not eligible")."""

    label: str
    value: float
    role: str = style.CONTEXT_ROLE
    value_label: str = ""
    missing: bool = False

    def __post_init__(self):
        texts.clean_fields(self, "label", "value_label")


def bars_height(rows: int, width: float) -> float:
    """Plot height (inches) of `rows` bar rows in a plot this wide."""
    return rows * style.type_at(width).row_pitch + TICK_SPACE


def gutter(rows: Sequence, width: float) -> float:
    """Room (inches) for the row labels of these rows (anything with `label` and `role`) at a width."""
    return label_gutter([row.label for row in rows], style.type_at(width).row, [style.ROLES[r.role].weight for r in rows])


def _label_room(bar: Bar, size: float) -> float:
    return text_width(bar.value_label, size, _value_weight(bar)) + NUDGE + 0.04 if bar.value_label else 0


def _value_colour(bar: Bar) -> str:
    """A value label's colour: its role's, or the muted context colour where the row has no value."""
    return style.MUTED if bar.missing else style.ROLES[bar.role].label


def _value_weight(bar: Bar) -> str:
    return "normal" if bar.missing else style.ROLES[bar.role].weight


def _mark_end(bar: Bar, stroke: float) -> float:
    """Where a bar's mark ends: its value, a short stroke for a zero, nothing for a free row or a missing value."""
    if bar.missing or not bar.label:
        return 0 if bar.missing else bar.value
    return bar.value or stroke


NICE_STEPS = 5  # about this many intervals on a value axis


def nice_scale(maximum: float, steps: int = NICE_STEPS) -> tuple[float, list[float]]:
    """An axis end at or above `maximum` and round tick values from 0 to it (about `steps` intervals)."""
    if not math.isfinite(maximum) or maximum <= 0:
        return 1.0, [0.0, 1.0]
    raw = maximum / steps
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    end = math.ceil(maximum / step - 1e-9) * step
    return end, [i * step for i in range(round(end / step) + 1)]


def value_scale(bars: Sequence[Bar], width: float, least: float = 0) -> tuple[float, list[float]]:
    """A round axis end (at least `least`) and ticks for ranked bars in a plot this wide, leaving room for
    every value label right of its bar."""
    size = style.type_at(width).label
    axes_width = width - gutter(bars, width)
    end = least
    for bar in bars:
        room = max(axes_width - _label_room(bar, size), 0.2 * axes_width)
        end = max(end, bar.value * axes_width / room)
    return nice_scale(end)


def possible_ticks(bars: Sequence[Bar], least: float = 0) -> list[float]:
    """Every tick `value_scale` can choose for these bars, whatever the width (its end lies between the largest
    value, or `least`, and five times the largest value): a chart labels them all where it is computed, so that
    its drawing function, which learns its width only as it draws, makes no text. A step is chosen only for ends
    of at most `NICE_STEPS` of it, so each step gives that many ticks at most."""
    top = max([bar.value for bar in bars] + [0])
    low, high = max(least, top), max(least, 5 * top)
    if not math.isfinite(high) or low <= 0:
        return nice_scale(0)[1]
    found = set()
    for exponent in range(math.floor(math.log10(low / NICE_STEPS)), math.floor(math.log10(high / NICE_STEPS)) + 1):
        magnitude = 10**exponent  # as `nice_scale` computes it, so each tick is the very same number
        for step in (m * magnitude for m in (1, 2, 2.5, 5, 10)):
            found.update(i * step for i in range(min(math.ceil(high / step - 1e-9), NICE_STEPS) + 1))
    return sorted(found)


def value_scales(bars: Sequence[Bar], least: float = 0, languages: Sequence[str] = i18n.LANGUAGES) -> dict:
    """`value_scale` at every published width, keyed by plot width (the page's width less its padding), each wide
    enough for the value labels as every language writes them: computed with the chart, so its tick labels can be
    too, and every edition of a chart shares one axis."""
    editions = [
        [dataclasses.replace(bar, label=words.render(bar.label, language),
                             value_label=words.render(bar.value_label, language)) for bar in bars]
        for language in languages
    ]
    scales = {}
    for width in WIDTHS:
        plot = width.inches - 2 * PAD
        scales[plot] = nice_scale(max(value_scale(edition, plot, least)[0] for edition in editions))
    return scales


def value_axis(bars: Sequence[Bar], least: float = 0) -> Callable[[float], tuple[float, list[float], list[str]]]:
    """The value axis of ranked bars for a plot width: (end, ticks, tick labels). At every published width it is
    `value_scales`' (one axis for every language) and its tick labels are texts made now, with the chart, so a
    drawing function that calls it makes no text (at another width it is measured then, its labels plain)."""
    scales = value_scales(bars, least)
    labels = {tick: fmt.trimmed(tick, 2) for _, ticks in scales.values() for tick in ticks}

    def axis(width: float) -> tuple[float, list[float], list[str]]:
        end, ticks = scales.get(width) or value_scale(bars, width, least)
        return end, ticks, [labels.get(tick, f"{tick:g}") for tick in ticks]

    return axis


def ranked_bars(
    fig: Figure,
    rect: Rect,
    bars: Sequence[Bar],
    *,
    xmax: float,
    ticks: Sequence[float],
    tick_labels: Sequence[str] | None = None,
    note: tuple[int, str] | None = None,
) -> Axes:
    """Horizontal bars from a zero baseline, first row at the top, row labels on the left, the value axis on
    top, value labels right of the bars; `note` = (row, text): a note in ink right of that row's value label, its
    first line level with the row and further lines below it (keep the rows below free at that height)."""
    left, bottom, width, height = rect
    sizes = style.type_at(width)
    room = gutter(bars, width)
    last = (tick_labels or [f"{t:,g}" for t in ticks])[-1]
    ax = add_axes(fig, (left + room, bottom, width - room - text_width(last, sizes.label) / 2, height - TICK_SPACE))
    ax.set_xlim(0, xmax)
    ax.set_ylim(len(bars) - 0.5, -0.5)
    ax.set_yticks([])
    ax.set_xticks(list(ticks), labels=tick_labels)
    ax.tick_params(labelsize=sizes.label)
    ax.xaxis.tick_top()
    per_inch = xmax / (ax.get_position().width * fig.get_size_inches()[0])
    half = BAR_HEIGHT / 2
    shapes, colours = [], []
    for y, bar in enumerate(bars):
        if bar.missing:
            continue
        end = _mark_end(bar, ZERO_STROKE * per_inch)
        shapes.append([(0, y - half), (0, y + half), (end, y + half), (end, y - half)])
        colours.append(style.ROLES[bar.role].mark)
    bars_drawn = PolyCollection(shapes, facecolors=colours, edgecolors="none", linewidths=0, clip_on=False)
    ax.add_collection(shows(bars_drawn, [Shown(bar.label) for bar in bars if not bar.missing]))
    ax.axvline(0, color=style.INK, linewidth=BASELINE_WIDTH, zorder=2.2, clip_on=False)
    row_labels(ax, bars, sizes.row)
    value_at = offset_copy(ax.transData, fig=fig, x=NUDGE, y=0, units="inches")
    for y, bar in enumerate(bars):
        if bar.value_label:
            end = 0 if bar.missing else max(bar.value, ZERO_STROKE * per_inch if bar.label else 0)
            label = ax.text(
                end,
                y,
                bar.value_label,
                transform=value_at,
                va="center",
                ha="left",
                size=sizes.label,
                color=_value_colour(bar),
                weight=_value_weight(bar),
                label=VALUE,
                zorder=3,
            )
            names(label, ax.transData, y, end)
    if note is not None:
        position, text = note
        start, room_right = _note_room(bars, width, xmax, position)
        bar = bars[position]
        ax.text(
            start * per_inch,
            position - half,
            wrap(text, room_right, sizes.label),
            va="top",
            ha="left",
            size=sizes.label,
            color=style.INK,  # an annotation, not the subject: the highlight stays on the subject's own marks
            linespacing=NOTE_SPACING,
            zorder=3,
        )
    return ax


def _note_room(bars: Sequence[Bar], width: float, xmax: float, position: int) -> tuple[float, float]:
    """Where (inches from the axes' left) a note beside a row's value label starts, and the room it has."""
    axes_width = width - gutter(bars, width)
    bar = bars[position]
    start = bar.value / xmax * axes_width + _label_room(bar, style.type_at(width).label) + 0.06
    return start, axes_width - start


def note_rows(bars: Sequence[Bar], width: float, xmax: float, position: int, text: str) -> int:
    """How many rows (from the noted row down) a note beside a row's value label takes at a width."""
    sizes = style.type_at(width)
    _, room = _note_room(bars, width, xmax, position)
    lines = wrap(text, room, sizes.label).count("\n") + 1
    return math.ceil(lines_height(lines, sizes.label, NOTE_SPACING) / sizes.row_pitch)


def row_labels(ax: Axes, rows: Sequence, size: float) -> None:
    """Each row's label left of the axes, in its role's colour and weight."""
    label_at = offset_copy(ax.get_yaxis_transform(), fig=ax.figure, x=-4, units="points")
    for y, row in enumerate(rows):
        role = style.ROLES[row.role]
        label = ax.figure.text(  # a figure text in the axes' coordinates: a third of the time an axes text takes
            0,
            y,
            row.label,
            transform=label_at,
            va="center",
            ha="right",
            size=size,
            color=role.label,
            weight=role.weight,
        )
        names(label, ax.transData, y)


def reference_line(ax: Axes, x: float, zorder: float = 2.5) -> LineCollection:
    """A dashed ink line at `x` from the foot of the plot to its top, interrupted wherever a text already in the plot
    would touch it: the line stops `LINE_CLEARANCE` points short of the text (no backing box: the text stays clear
    of the line). Draw it after the texts it must keep clear of."""
    fig = ax.figure
    renderer = fig.canvas.get_renderer()
    clear = LINE_CLEARANCE * fig.dpi / 72
    at = ax.transData.transform((x, 0))[0]
    bottom, height = ax.bbox.y0, ax.bbox.height
    gaps = sorted(
        (box.y0 - clear, box.y1 + clear)
        for box in (text.get_window_extent(renderer) for text in ax.texts if text.get_visible() and text.get_text())
        if box.x0 - clear <= at <= box.x1 + clear
    )
    segments, start = [], bottom
    for low, high in gaps:
        if low > start:
            segments.append((start, low))
        start = max(start, high)
    if start < bottom + height:
        segments.append((start, bottom + height))
    line = LineCollection([[(x, (low - bottom) / height), (x, (high - bottom) / height)] for low, high in segments],
                          transform=ax.get_xaxis_transform(), colors=style.INK, linewidths=0.8,
                          linestyles=[REFERENCE_DASHES], zorder=zorder, clip_on=False)
    ax.add_collection(line, autolim=False)
    return line


def reference_lines(ax: Axes, lines: Sequence[tuple[float, str, float]]) -> None:
    """Dashed ink lines across the rows, each (x, label, row): labelled beside it at the height of row `row`
    (keep that row free), right of the line where the label fits before the next line or the edge, else on
    the side with more room, wrapped to that room. Each line stops short of the value labels it would cross."""
    size = style.type_at(ax.figure.get_size_inches()[0]).label
    xmin, xmax = ax.get_xlim()
    per_inch = (xmax - xmin) / (ax.get_position().width * ax.figure.get_size_inches()[0])
    xs = [x for x, _, _ in lines]
    for x, label, row in lines:
        rooms = {
            "right": (min([o for o in xs if o > x] + [xmax]) - x) / per_inch - 0.1,
            "left": (x - max([o for o in xs if o < x] + [xmin])) / per_inch - 0.1,
        }
        side = "right" if text_width(label, size) < rooms["right"] else max(rooms, key=rooms.get)
        drawn = ax.annotate(
            wrap(label, rooms[side], size),
            (x, row),
            xytext=(4 if side == "right" else -4, 0),
            textcoords="offset points",
            va="center",
            ha="left" if side == "right" else "right",
            size=size,
            color=style.INK,
            linespacing=NOTE_SPACING,
        )
        names(drawn, ax.transData, row, x)
    for x, _, _ in lines:
        reference_line(ax, x)


# -- small multiples ------------------------------------------------------------------------------------


def grid_columns(width: float, panels: int, room: float) -> int:
    """How many small-multiple panels fit side by side in a width (inches)."""
    return max(1, min(panels, int((width - room) // PANEL_MIN_WIDTH)))


def _grid_layout(width: float, titles: Sequence[str], rows: Sequence[Bar]) -> tuple[float, int, list[str], float]:
    """Label gutter, columns, wrapped panel titles and title height for a small-multiple grid in a width."""
    sizes = style.type_at(width)
    room = gutter(rows, width)
    columns = grid_columns(width, len(titles), room)
    cell_w = (width - room) / columns
    wrapped = [wrap(title, cell_w - PANEL_GAP, sizes.label, "semibold") for title in titles]
    lines = max(title.count("\n") + 1 for title in wrapped)
    return room, columns, wrapped, lines_height(lines, sizes.label, 1.1) + 0.06


def bar_grid_height(width: float, titles: Sequence[str], rows: Sequence[Bar]) -> float:
    """Plot height (inches) of `bar_grid` with these panel titles and rows (the first panel's) at a width."""
    _, columns, _, title_height = _grid_layout(width, titles, rows)
    pitch = style.type_at(width).row_pitch
    return math.ceil(len(titles) / columns) * (title_height + len(rows) * pitch + PANEL_GAP)


def bar_grid(fig: Figure, rect: Rect, panels: dict[str, Sequence[Bar]], *, least: float = 0) -> None:
    """Small multiples: one panel of horizontal bars per key, the same rows in each, row labels once per line
    of panels, one scale for all (at least `least`, with room for every value label).

    Drawn straight onto the figure in inches (one collection for every bar, no Axes per panel): a widget
    redraws a grid of seven panels in a third of the time seven Axes take.
    """
    left, bottom, width, height = rect
    sizes = style.type_at(width)
    first = next(iter(panels.values()))
    room, columns, titles, title_height = _grid_layout(width, list(panels), first)
    cell_w = (width - room) / columns
    cell_h = height / math.ceil(len(panels) / columns)
    plot_w = cell_w - PANEL_GAP
    every = [bar for bars in panels.values() for bar in bars]
    xmax = max([least] + [bar.value * plot_w / max(plot_w - _label_room(bar, sizes.label), 0.2 * plot_w) for bar in every])
    xmax = xmax or 1
    inches = fig.dpi_scale_trans
    shapes, colours, baselines, shown = [], [], [], []
    per_unit = plot_w / xmax
    for index, (title, bars) in enumerate(zip(titles, panels.values(), strict=True)):
        row, column = divmod(index, columns)
        x0, top = left + room + column * cell_w, bottom + height - row * cell_h - title_height
        plot_h = cell_h - title_height - PANEL_GAP
        row_h = plot_h / len(bars)
        baselines.append([(x0, top), (x0, top - plot_h)])
        fig.text(x0, top + 3 / 72, title, transform=inches, size=sizes.label, weight="semibold", color=style.INK,
                 linespacing=1.1, va="bottom", ha="left")
        for position, bar in enumerate(bars):
            role = style.ROLES[bar.role]
            y, half = top - (position + 0.5) * row_h, BAR_HEIGHT * row_h / 2
            end = x0 + _mark_end(bar, ZERO_STROKE / per_unit) * per_unit
            if not bar.missing:
                shapes.append([(x0, y - half), (x0, y + half), (end, y + half), (end, y - half)])
                colours.append(role.mark)
                shown.append(Shown(bar.label))
            if column == 0:
                row_label = fig.text(x0 - 4 / 72, y, bar.label, transform=inches, va="center", ha="right",
                                     size=sizes.row, color=role.label, weight=role.weight)
                names(row_label, inches, y)
            if bar.value_label:
                value = fig.text(end + NUDGE, y, bar.value_label, transform=inches, va="center", ha="left",
                                 size=sizes.label, color=_value_colour(bar), weight=_value_weight(bar), label=VALUE)
                names(value, inches, y, end)
    drawn = PolyCollection(shapes, facecolors=colours, edgecolors="none", linewidths=0, transform=inches)
    fig.add_artist(shows(drawn, shown))
    fig.add_artist(LineCollection(baselines, colors=style.INK, linewidths=BASELINE_WIDTH, transform=inches, zorder=2.2))
