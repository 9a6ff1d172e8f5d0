"""Chart primitives in the house style.

A `Chart` is a specification: the texts every published chart carries (a title that states the finding,
a subtitle with measure and unit, a note, a source line, alt text), the data it plots, and a function
that draws the plot into a rectangle. `Chart.figure(width)` lays the page out for a named width, so the
same chart renders for the web and for print. Figures are built without pyplot: no global state, no
figures left open, nothing displayed twice in a notebook.
"""

from __future__ import annotations

import dataclasses
import functools
import io
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.transforms import offset_copy

from kit import style
from kit import text as texts
from kit.preview import canvas_class, fast_png

CSS_DPI = 96  # 1 CSS pixel = 1/96 inch
PAD = 0.14  # page padding, inches
GAP = 0.12  # space between header, plot and footer, inches
LINE_SPACING = 1.25
BAR_ROW = 0.165  # height of one bar row, inches
TICK_SPACE = 0.24  # room for value-axis tick labels, inches
PANEL_MIN_WIDTH = 1.3  # narrowest panel of a small-multiple grid, inches
PANEL_ROW = 0.19
PANEL_GAP = 0.12
BAR_HEIGHT = 0.72  # share of a row
ROW_LABEL_SIZE = 9
INSIDE_LABEL_SHARE = 0.85  # bars longer than this share of the axis carry their value label inside
ZERO_STROKE = 2 / 72  # width of the stroke that shows a bar of exactly zero, inches

Rect = tuple[float, float, float, float]  # left, bottom, width, height in inches


@dataclass(frozen=True)
class Width:
    name: str
    inches: float
    description: str


WEB = Width("web", 640 / CSS_DPI, "web article body, 640 CSS pixels wide (PNG at 2x: 1280 pixels)")
ONE_COLUMN = Width("one-column", 89 / 25.4, "print, one column, 89 mm")
TWO_COLUMN = Width("two-column", 183 / 25.4, "print, two columns, 183 mm")
WIDTHS = (WEB, ONE_COLUMN, TWO_COLUMN)


@dataclass(frozen=True)
class Wide:
    """How a chart's data is laid out for Datawrapper: one row per `label`, one column per value of `series`
    holding `value` (a pivot); without `series`, the label column followed by the numeric columns."""

    label: str
    series: str | None = None
    value: str | None = None


@dataclass(frozen=True, eq=False)
class Chart:
    """Everything a published chart needs; `figure(width)` renders it."""

    slug: str  # file-name stem of its exports
    title: str  # states the finding
    subtitle: str  # measure, unit, coverage
    note: str  # how to read it, what was derived and how
    source: str  # "Source: ..."
    alt_text: str
    data: pd.DataFrame  # exactly what is plotted, exported as CSV
    body_height: Callable[[float], float]  # plot height (inches) for a plot width (inches)
    draw: Callable[[Figure, Rect], None]  # draws the plot into a rectangle given in inches
    wide: Wide | None = None  # Datawrapper layout of `data`; default: first unique text column, numeric columns

    def __post_init__(self):
        for name in ("title", "subtitle", "note", "source", "alt_text"):
            where = f"chart {self.slug!r}, {name.replace('_', ' ')}"
            object.__setattr__(self, name, texts.clean(getattr(self, name), where, drawn=name != "alt_text"))

    def figure(self, width: Width = WEB) -> Figure:
        with style.context():
            return compose(self, width.inches)

    def png(self, scale: float = 2, preview: bool = False) -> bytes:
        """PNG bytes at the web width; `scale=2` for high-density screens. `preview=True` for widgets: about
        twice as fast (text from cached bitmaps placed at whole pixels, fastest compression)."""
        with style.context():
            if preview:
                figure = compose(self, WEB.inches, dpi=CSS_DPI * scale, canvas=canvas_class())
                figure.canvas.draw()
                return fast_png(np.asarray(figure.canvas.buffer_rgba()))
            buffer = io.BytesIO()
            compose(self, WEB.inches).savefig(buffer, format="png", dpi=CSS_DPI * scale, metadata={"Software": None})
        return buffer.getvalue()

    def _repr_png_(self):
        return self.png(), {"width": round(WEB.inches * CSS_DPI)}

    def __repr__(self) -> str:
        return f"<Chart {self.slug}: {self.title}>"


@functools.lru_cache(maxsize=4096)
def text_width(text: str, size: float, weight: str = "normal") -> float:
    """Width in inches of one line of text in the house font."""
    prop = FontProperties(family=style.FONT_FAMILY, size=size, weight=weight)
    texts.check(text)
    with style.context():
        width, _, _ = _MEASURE.get_text_width_height_descent(text, prop, ismath=False)
    return width / CSS_DPI


_MEASURE = RendererAgg(8, 8, CSS_DPI)


def wrap(text: str, width_in: float, size: float, weight: str = "normal") -> str:
    """Greedy word wrap to a width in inches, measured in the real font word by word (a line's width is
    exactly its words' widths plus its spaces', and redraws reuse the words' measurements)."""
    space = text_width("x x", size, weight) - text_width("xx", size, weight)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = [], 0.0
        for word in paragraph.split():
            width = text_width(word, size, weight)
            if line and used + space + width > width_in:
                lines.append(" ".join(line))
                line, used = [], 0.0
            used += (space if line else 0) + width
            line.append(word)
        lines.append(" ".join(line))
    return "\n".join(lines)


def compose(chart: Chart, width_in: float, *, dpi: float = CSS_DPI, canvas=FigureCanvasAgg) -> Figure:
    """The chart's page at a width: title, subtitle, plot, note and source stacked, the height to fit."""
    fig = Figure(figsize=(width_in, 1), dpi=dpi)
    canvas(fig)
    renderer = fig.canvas.get_renderer()
    inner = width_in - 2 * PAD
    blocks = [  # (text, size, weight, colour, space after)
        (chart.title, style.TITLE_SIZE, "semibold", style.TEXT, 0.05),
        (chart.subtitle, style.SUBTITLE_SIZE, "normal", style.MUTED, GAP),
        (None, 0, "", "", GAP),  # the plot
        (chart.note, style.NOTE_SIZE, "normal", style.TEXT, 0.04),
        (chart.source, style.NOTE_SIZE, "normal", style.MUTED, 0),
    ]
    placed = []
    for text, size, weight, colour, after in blocks:
        if text is None:
            height = chart.body_height(inner)
            placed.append((None, height, after))
            continue
        if not text:
            continue
        artist = fig.text(
            0,
            0,
            wrap(text, inner, size, weight),
            size=size,
            weight=weight,
            color=colour,
            va="top",
            ha="left",
            linespacing=LINE_SPACING,
        )
        height = artist.get_window_extent(renderer).height / dpi
        placed.append((artist, height, after))
    total = PAD + sum(height + after for _, height, after in placed) + PAD
    fig.set_size_inches(width_in, total)
    top = total - PAD
    for artist, height, after in placed:
        if artist is None:
            chart.draw(fig, (PAD, top - height, inner, height))
        else:
            artist.set_position((PAD / width_in, top / total))
        top -= height + after
    texts.check_figure(fig, f"chart {chart.slug!r}")
    return fig


def add_axes(fig: Figure, rect: Rect) -> Axes:
    """Axes at a rectangle given in inches."""
    width, height = fig.get_size_inches()
    left, bottom, w, h = rect
    return fig.add_axes((left / width, bottom / height, w / width, h / height))


def label_gutter(labels: Sequence[str], size: float = ROW_LABEL_SIZE) -> float:
    """Room (inches) for the longest row label and its padding."""
    return max(text_width(label, size, "semibold") for label in labels) + 0.1


@dataclass(frozen=True)
class Bar:
    """One row of a bar chart."""

    label: str
    value: float
    colour: str = style.NEUTRAL
    label_colour: str = style.MUTED
    value_label: str = ""  # printed at the bar's end when not empty
    bold: bool = False

    def __post_init__(self):
        texts.clean_fields(self, "label", "value_label")


def bars_height(rows: int) -> float:
    return rows * BAR_ROW + TICK_SPACE


def ranked_bars(fig: Figure, rect: Rect, bars: Sequence[Bar], *, xmax: float, ticks: Sequence[float]) -> Axes:
    """Horizontal bars, first row at the top, row labels on the left, the value axis on top."""
    left, bottom, width, height = rect
    gutter = label_gutter([bar.label for bar in bars])
    ax = add_axes(fig, (left + gutter, bottom, width - gutter, height - TICK_SPACE))
    _draw_bars(ax, bars, xmax=xmax)
    ax.set_xticks(ticks)
    ax.xaxis.tick_top()
    return ax


def note_beside_bar(fig: Figure, ax: Axes, bars: Sequence[Bar], position: int, text: str) -> None:
    """A note right of one bar's value label, wrapped to the room left in the axes, in the label's colour."""
    bar = bars[position]
    xmin, xmax = ax.get_xlim()
    axes_width = ax.get_position().width * fig.get_size_inches()[0]
    per_inch = (xmax - xmin) / axes_width
    label_end = bar.value + xmax * 0.012 + text_width(bar.value_label, style.LABEL_SIZE, "semibold") * per_inch
    start = label_end + 0.08 * per_inch
    room = (xmax - start) / per_inch
    ax.text(
        start,
        position,
        wrap(text, room, style.LABEL_SIZE),
        va="center",
        ha="left",
        size=style.LABEL_SIZE,
        color=bar.label_colour,
        linespacing=1.15,
    )


def _draw_bars(ax: Axes, bars: Sequence[Bar], *, xmax: float) -> None:
    # One collection and plain texts rather than `barh` and 36 ticks: a third of the drawing time.
    half = BAR_HEIGHT / 2
    ax.add_collection(
        PolyCollection(
            [
                [(0, y - half), (0, y + half), (bar.value, y + half), (bar.value, y - half)]
                for y, bar in enumerate(bars)
            ],
            facecolors=[bar.colour for bar in bars],
            edgecolors="none",
            linewidths=0,
        )
    )
    ax.set_xlim(0, xmax)
    ax.set_ylim(len(bars) - 0.5, -0.5)
    ax.set_yticks([])
    _row_labels(ax, bars)
    for y, bar in enumerate(bars):
        weight = "semibold" if bar.bold else "normal"
        if bar.value_label:
            inside = bar.value > INSIDE_LABEL_SHARE * xmax  # a long bar carries its label inside, in white
            ax.text(
                bar.value + xmax * (-0.012 if inside else 0.012),
                y,
                bar.value_label,
                va="center",
                ha="right" if inside else "left",
                size=style.LABEL_SIZE,
                color="white" if inside else bar.label_colour,
                weight=weight,
            )


def _row_labels(ax: Axes, rows: Sequence[Bar | Span]) -> None:
    """Each row's label left of the axes, in its colour, bold where the row is."""
    label_at = offset_copy(ax.get_yaxis_transform(), fig=ax.figure, x=-4, units="points")
    for y, row in enumerate(rows):
        ax.text(
            0,
            y,
            row.label,
            transform=label_at,
            va="center",
            ha="right",
            size=ROW_LABEL_SIZE,
            color=row.label_colour,
            weight="semibold" if row.bold else "normal",
        )


@dataclass(frozen=True)
class Span:
    """One row of a range chart: the full range (thin line), a middle band (thick), a centre (dot) and an
    optional reference value (ring)."""

    label: str
    low: float
    high: float
    band: tuple[float, float]
    centre: float
    reference: float | None = None
    colour: str = style.NEUTRAL
    label_colour: str = style.MUTED
    bold: bool = False

    def __post_init__(self):
        texts.clean_fields(self, "label")


def span_rows(
    fig: Figure, rect: Rect, rows: Sequence[Span], *, xlim: tuple[float, float], ticks: Sequence[float]
) -> Axes:
    """Ranges, one row each, first row at the top, row labels on the left, the value axis on top."""
    left, bottom, width, height = rect
    gutter = label_gutter([row.label for row in rows])
    ax = add_axes(fig, (left + gutter, bottom, width - gutter, height - TICK_SPACE))
    colours = [row.colour for row in rows]
    for segments, line_width in (
        ([[(row.low, y), (row.high, y)] for y, row in enumerate(rows)], 0.8),
        ([[(row.band[0], y), (row.band[1], y)] for y, row in enumerate(rows)], 4.5),
    ):
        ax.add_collection(LineCollection(segments, colors=colours, linewidths=line_width, capstyle="butt"))
    ys = range(len(rows))
    ax.scatter([row.centre for row in rows], ys, s=16, c=colours, edgecolors="white", linewidths=0.6, zorder=5)
    marked = [(row.reference, y, row.colour) for y, row in enumerate(rows) if row.reference is not None]
    if marked:
        x, y, colour = zip(*marked, strict=True)
        ax.scatter(x, y, s=20, facecolors="white", edgecolors=colour, linewidths=1.0, zorder=4)
    ax.set_xlim(*xlim)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.set_yticks([])
    ax.set_xticks(ticks)
    ax.xaxis.tick_top()
    _row_labels(ax, rows)
    return ax


def grid_columns(width: float, panels: int, gutter: float) -> int:
    """How many small-multiple panels fit side by side in a width (inches)."""
    return max(1, min(panels, int((width - gutter) // PANEL_MIN_WIDTH)))


def _grid_layout(width: float, titles: Sequence[str], labels: Sequence[str]) -> tuple[float, int, list[str], float]:
    """Gutter, columns, wrapped panel titles and title height for a small-multiple grid in a width."""
    gutter = label_gutter(labels)
    columns = grid_columns(width, len(titles), gutter)
    cell_w = (width - gutter) / columns
    size = style.LABEL_SIZE + 0.5
    wrapped = [wrap(title, cell_w - PANEL_GAP, size, "semibold") for title in titles]
    lines = max(title.count("\n") + 1 for title in wrapped)
    return gutter, columns, wrapped, lines * size * LINE_SPACING / 72 + 0.08


def bar_grid_height(width: float, titles: Sequence[str], labels: Sequence[str]) -> float:
    _, columns, _, title_height = _grid_layout(width, titles, labels)
    return math.ceil(len(titles) / columns) * (title_height + len(labels) * PANEL_ROW + PANEL_GAP)


def bar_grid(
    fig: Figure, rect: Rect, panels: dict[str, Sequence[Bar]], *, xmax: float, mark_zeros: bool = False
) -> None:
    """Small multiples: one panel of horizontal bars per key, the same rows in each, row labels once;
    `mark_zeros` draws a bar of exactly zero as a short stroke (as `zero_marks` does for ranked bars).

    Drawn straight onto the figure in inches (one collection for every bar, no Axes per panel): a widget
    redraws a grid of seven panels in a third of the time seven Axes take.
    """
    left, bottom, width, height = rect
    labels = [bar.label for bar in next(iter(panels.values()))]
    gutter, columns, titles, title_height = _grid_layout(width, list(panels), labels)
    cell_w = (width - gutter) / columns
    cell_h = height / math.ceil(len(panels) / columns)
    inches = fig.dpi_scale_trans
    grid = style.settings()
    shapes, colours, lines = [], [], []
    value_size, nudge = style.LABEL_SIZE - 0.5, 0.012 * xmax
    for index, (title, bars) in enumerate(zip(titles, panels.values(), strict=True)):
        row, column = divmod(index, columns)
        x0, top = left + gutter + column * cell_w, bottom + height - row * cell_h - title_height
        plot_w, plot_h = cell_w - PANEL_GAP, cell_h - title_height - PANEL_GAP
        per_unit, row_h = plot_w / xmax, plot_h / len(bars)
        lines += [[(x0 + tick * per_unit, top), (x0 + tick * per_unit, top - plot_h)] for tick in (0, xmax / 2, xmax)]
        fig.text(
            x0,
            top + 3 / 72,
            title,
            transform=inches,
            size=style.LABEL_SIZE + 0.5,
            weight="semibold",
            linespacing=1.1,
            va="bottom",
            ha="left",
        )
        for position, bar in enumerate(bars):
            y, half = top - (position + 0.5) * row_h, BAR_HEIGHT * row_h / 2
            end = x0 + min(bar.value, xmax) * per_unit
            start = x0 - ZERO_STROKE if mark_zeros and bar.value == 0 and bar.label else x0  # left of the axis
            shapes.append([(start, y - half), (start, y + half), (end, y + half), (end, y - half)])
            colours.append(bar.colour)
            weight = "semibold" if bar.bold else "normal"
            if column == 0:
                fig.text(
                    x0 - 4 / 72,
                    y,
                    bar.label,
                    transform=inches,
                    va="center",
                    ha="right",
                    size=ROW_LABEL_SIZE,
                    color=bar.label_colour,
                    weight=weight,
                )
            if bar.value_label:
                inside = bar.value > INSIDE_LABEL_SHARE * xmax  # a long bar carries its label inside, in white
                fig.text(
                    x0 + (bar.value + (-nudge if inside else nudge)) * per_unit,
                    y,
                    bar.value_label,
                    transform=inches,
                    va="center",
                    ha="right" if inside else "left",
                    size=value_size,
                    color="white" if inside else bar.label_colour,
                    weight=weight,
                )
    fig.add_artist(
        LineCollection(
            lines, colors=grid["grid.color"], linewidths=grid["grid.linewidth"], transform=inches, zorder=0.5
        )
    )
    fig.add_artist(PolyCollection(shapes, facecolors=colours, edgecolors="none", linewidths=0, transform=inches))


def nice_scale(maximum: float, steps: int = 5) -> tuple[float, list[float]]:
    """An axis end at or above `maximum` and round tick values from 0 to it (about `steps` intervals)."""
    if not math.isfinite(maximum) or maximum <= 0:
        return 1.0, [0.0, 1.0]
    raw = maximum / steps
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    end = math.ceil(maximum / step) * step
    return end, [i * step for i in range(round(end / step) + 1)]


def fit_labels(bars: Sequence[Bar], width: float, share: float = 0.4) -> list[Bar]:
    """The bars with row labels shortened (ending in '…') so the label gutter takes at most `share` of a width."""
    room = width * share - 0.1
    fitted = []
    for bar in bars:
        label = bar.label
        while len(label) > 1 and text_width(label, ROW_LABEL_SIZE, "semibold") > room:  # as label_gutter measures
            label = label[:-2].rstrip() + "…"
        fitted.append(dataclasses.replace(bar, label=label))
    return fitted


def value_scale(bars: Sequence[Bar], width: float, least: float = 0) -> tuple[float, list[float]]:
    """A round axis end (at least `least`) and ticks for ranked bars in a width, leaving room for every value
    label right of its bar."""
    axes_width = width - label_gutter([bar.label for bar in bars])
    end = least
    for bar in bars:
        label = text_width(bar.value_label, style.LABEL_SIZE, "semibold" if bar.bold else "normal") + 0.05
        end = max(end, bar.value / max(1 - 0.012 - label / axes_width, 0.2), bar.value / INSIDE_LABEL_SHARE * 1.001)
    return nice_scale(end)


def zero_marks(ax: Axes, bars: Sequence[Bar]) -> None:
    """A short stroke just left of the axis for every bar whose value is exactly zero, so a zero reads as a
    value shown, not as a row left empty (rows without a label are left alone)."""
    half = BAR_HEIGHT / 2
    left_of_axis = offset_copy(ax.transData, fig=ax.figure, x=-ZERO_STROKE * 72 / 2, units="points")
    for y, bar in enumerate(bars):
        if bar.value == 0 and bar.label:
            ax.plot(
                [0, 0],
                [y - half, y + half],
                color=bar.colour,
                linewidth=ZERO_STROKE * 72,
                solid_capstyle="butt",
                transform=left_of_axis,
                zorder=3,
            )


def reference_line(ax: Axes, x: float, label: str, *, row: float, colour: str = style.TEXT, side: str = "auto") -> None:
    """A dashed vertical line at `x` across the bars, labelled beside it at the height of bar row `row`, on the
    right of the line (or the left: `side="auto"` picks the right when the label fits there).

    The line runs under the axes' texts, and texts on white get a white backing, so value labels stay readable."""
    ax.axvline(x, color=colour, linewidth=1, linestyle=(0, (3, 2)), zorder=2.5)
    for text in ax.texts:
        if text.get_color() != "white":
            text.set_bbox({"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none"})
    xmin, xmax = ax.get_xlim()
    axes_width = ax.get_position().width * ax.figure.get_size_inches()[0]
    rooms = {"right": (xmax - x) / (xmax - xmin) * axes_width - 0.05, "left": (x - xmin) / (xmax - xmin) * axes_width}
    width = max(text_width(line, style.LABEL_SIZE) for line in label.split("\n"))
    if side == "auto":
        side = "right" if width < rooms["right"] else max(rooms, key=rooms.get)
    if width > rooms[side]:
        label = wrap(label, rooms[side], style.LABEL_SIZE)
    offset = (xmax - xmin) * 0.008 * (1 if side == "right" else -1)
    ax.text(
        x + offset,
        row,
        label,
        va="center",
        ha="left" if side == "right" else "right",
        size=style.LABEL_SIZE,
        color=colour,
        linespacing=1.15,
    )


@dataclass(frozen=True)
class Dot:
    """One row of a dot chart: a value (low == high) or a range from low to high."""

    label: str
    low: float
    high: float
    colour: str = style.NAMED
    label_colour: str = style.TEXT
    value_label: str = ""  # printed right of the dot or range
    hollow: bool = False  # an open marker: a forecast, a derived or a stated-not-measured value
    bold: bool = False

    def __post_init__(self):
        texts.clean_fields(self, "label", "value_label")


DOT_SIZE = 5.5  # marker diameter, points
RANGE_WIDTH = 3.2  # range line width, points
REFERENCE_ROW = 0.8  # room under the rows for a reference line's label, in rows
LABEL_SHARE = 0.45  # row labels wider than this share of the plot go above their rows instead


def labels_above(labels: Sequence[str], width: float) -> bool:
    """Whether row labels are too wide to sit left of the rows in a plot this wide (inches)."""
    return label_gutter(labels) > LABEL_SHARE * width


def dots_height(labels: Sequence[str], width: float, reference: bool = False) -> float:
    """Plot height (inches) of `dot_rows` for these row labels at a width: rows are twice as tall when
    their labels go above them."""
    row = BAR_ROW * (2 if labels_above(labels, width) else 1)
    return len(labels) * row + TICK_SPACE + (REFERENCE_ROW * row if reference else 0)


def thin_ticks(ticks: Sequence[float], labels: Sequence[str], width: float) -> tuple[list[float], list[str]]:
    """Every other tick, then every fourth..., until the tick labels fit side by side in a width (inches)."""
    step = 1
    while step < len(ticks):
        shown = list(labels)[::step]
        if sum(text_width(label, style.LABEL_SIZE) + 0.12 for label in shown) <= width:
            break
        step *= 2
    return list(ticks)[::step], list(labels)[::step]


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
    (value, label) for a dashed line. A value label that would run off the plot goes left of its dot."""
    left, bottom, width, height = rect
    labels = [dot.label for dot in dots]
    above = labels_above(labels, width)
    gutter = 0 if above else label_gutter(labels)
    ax = add_axes(fig, (left + gutter, bottom, width - gutter, height - TICK_SPACE))
    if log:
        ax.set_xscale("log")
    ax.set_xlim(*xlim)
    ax.set_ylim(len(dots) - 0.5 + (REFERENCE_ROW if reference is not None else 0), -0.5 - (0.5 if above else 0))
    ax.set_yticks([])
    names = tick_labels if tick_labels is not None else [f"{t:,g}" for t in ticks]
    ax.set_xticks(*thin_ticks(ticks, names, width - gutter))
    ax.minorticks_off()
    ax.xaxis.tick_top()
    if reference is not None:
        value, text = reference
        ax.axvline(value, color=style.MUTED, linewidth=0.8, linestyle=(0, (3, 2)), zorder=1)
        ax.annotate(
            text,
            (value, 0),
            xycoords=("data", "axes fraction"),
            xytext=(3, 1),
            textcoords="offset points",
            va="bottom",
            ha="left",
            size=style.LABEL_SIZE,
            color=style.MUTED,
        )
    if above:  # each label left-aligned over its row, half a row up
        label_at = offset_copy(ax.get_yaxis_transform(), fig=fig, x=0, y=0, units="points")
    else:
        label_at = offset_copy(ax.get_yaxis_transform(), fig=fig, x=-4, units="points")
    right_edge = ax.transData.transform((xlim[1], 0))[0]
    for y, dot in enumerate(dots):
        weight = "semibold" if dot.bold else "normal"
        ax.text(
            0,
            y - 0.5 if above else y,
            dot.label,
            transform=label_at,
            va="center",
            ha="left" if above else "right",
            size=ROW_LABEL_SIZE,
            color=dot.label_colour,
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 0.6} if above else None,
            zorder=4,
        )
        if dot.high > dot.low:
            ax.plot(
                [dot.low, dot.high], [y, y], color=dot.colour, linewidth=RANGE_WIDTH, solid_capstyle="butt", zorder=2
            )
        ends = [dot.low] if dot.high == dot.low else [dot.low, dot.high]
        ax.plot(
            ends,
            [y] * len(ends),
            linestyle="none",
            marker="o",
            markersize=DOT_SIZE,
            markeredgewidth=1.2,
            markeredgecolor=dot.colour,
            markerfacecolor="white" if dot.hollow else dot.colour,
            zorder=3,
        )
        if dot.value_label:
            room = (right_edge - ax.transData.transform((dot.high, 0))[0]) / fig.dpi
            fits = text_width(dot.value_label, style.LABEL_SIZE, weight) + DOT_SIZE / 72 <= room
            ax.annotate(
                dot.value_label,
                (dot.high, y) if fits else (dot.low, y),
                xytext=(DOT_SIZE if fits else -DOT_SIZE, 0),
                textcoords="offset points",
                va="center",
                ha="left" if fits else "right",
                size=style.LABEL_SIZE,
                color=dot.label_colour,
                weight=weight,
            )
    return ax


@dataclass(frozen=True)
class Point:
    """One observation of a time series; `x` in decimal years (2025.8 = late October 2025)."""

    x: float
    y: float
    value_label: str = ""
    colour: str = style.NAMED

    def __post_init__(self):
        texts.clean_fields(self, "value_label")


def timeline(
    fig: Figure, rect: Rect, points: Sequence[Point], *, xlim: tuple[float, float], ylim: tuple[float, float]
) -> Axes:
    """A line through dated observations, each dot labelled above; years on the time axis, values on the left."""
    left, bottom, width, height = rect
    gutter = max(text_width(f"{ylim[1]:,.0f}", style.LABEL_SIZE), 0.2) + 0.1
    ax = add_axes(fig, (left + gutter, bottom + TICK_SPACE, width - gutter, height - TICK_SPACE))
    ax.grid(axis="y")
    ax.grid(axis="x", visible=False)
    ax.set_xlim(*xlim)
    ax.set_ylim(*ylim)
    ax.plot([p.x for p in points], [p.y for p in points], color=style.NEUTRAL, linewidth=1.5, zorder=2)
    for point in points:
        ax.plot(point.x, point.y, marker="o", markersize=DOT_SIZE, color=point.colour, zorder=3)
        if point.value_label:
            ax.annotate(
                point.value_label,
                (point.x, point.y),
                xytext=(0, 6),
                textcoords="offset points",
                ha="center",
                va="bottom",
                size=style.LABEL_SIZE,
                color=point.colour,
                weight="semibold",
            )
    years = range(math.ceil(xlim[0]), math.floor(xlim[1]) + 1)
    ax.set_xticks(list(years), labels=[str(year) for year in years])
    ax.tick_params(axis="y", labelsize=style.LABEL_SIZE, colors=style.MUTED)
    return ax
