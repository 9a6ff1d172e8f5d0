"""A chart's page: the texts every published chart carries, stacked around its plot, at a named width.

A `Chart` is a specification: a title that states the finding, a subtitle with measure and unit, a note, a
source line, alt text and a longer description, the data it plots, and a function that draws the plot into a
rectangle. `Chart.figure(width)` lays the page out for a width, so the same chart renders for the web and for
print. Figures are built without pyplot: no global state, no figures left open, nothing displayed twice.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import html
import io
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.text import Text
from matplotlib.transforms import Transform

from kit import i18n, style, words
from kit import text as texts
from kit.errors import TextError
from kit.preview import canvas_class, fast_png

CSS_DPI = 96  # 1 CSS pixel = 1/96 inch
PAD = 0.14  # page padding, inches
GAP = 0.12  # space between header, plot and footer, inches
LINE_SPACING = 1.25
# Labels of the page's texts (matplotlib artist labels): how kit.chartcheck finds them
TITLE, SUBTITLE, NOTE, SOURCE = "kit-title", "kit-subtitle", "kit-note", "kit-source"
VALUE = "kit-value"  # a value label beside its mark
BALANCED = (TITLE, SUBTITLE)  # texts wrapped into lines of even length (no word left alone on the last line)
ANCHOR, SHOWS = "_kit_anchor", "_kit_shows"  # what kit.chartcheck reads beside the drawing (see `names`, `shows`)

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
class Shown:
    """What one element of a drawn mark (a bar, a marker, a segment) shows, for the chart check: the row or point it
    belongs to (its label as drawn) and whether it is a derived value rather than a figure as published."""

    row: str
    derived: bool = False


def shows(artist: Artist, shown: Sequence[Shown]) -> Artist:
    """Record what each element of a mark shows (a collection's paths or segments, a line's points, in order)."""
    setattr(artist, SHOWS, tuple(shown))
    return artist


def names(text: Text, transform: Transform, y: float, x: float | None = None) -> Text:
    """Record that a label names the mark at (x, y) in `transform`'s coordinates, or the row at y when `x` is None:
    the chart check measures that it sits nearer its own mark or row than any other."""
    setattr(text, ANCHOR, (transform, x, y))
    return text


@dataclass(frozen=True)
class Wide:
    """How a chart's data is laid out for Datawrapper: one row per `label`, one column per value of `series`
    holding `value` (a pivot); without `series`, the label column, then `values` (the plotted value first;
    default: every numeric and date column in order). `names`: each column's header as readers read it (a text
    rendered in the file's language; the column's own name otherwise); `places`: the decimals a numeric column is
    shown with in the chart, to which the file rounds it (house rounding)."""

    label: str
    series: str | None = None
    value: str | None = None
    values: tuple[str, ...] = ()
    names: Mapping[str, str] = field(default_factory=dict)
    places: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, eq=False)
class Chart:
    """Everything a published chart needs; `figure(width)` renders it."""

    slug: str  # file-name stem of its exports
    title: str  # states the finding, at most 12 words
    subtitle: str  # measure and unit
    note: str  # how to read it, what was derived; at most 30 words
    source: str  # "Source: ..." naming the originators, one short line
    alt_text: str  # the finding and its key numbers, at most 300 characters
    data: pd.DataFrame  # exactly what is plotted, exported as CSV
    body_height: Callable[[float], float]  # plot height (inches) for a plot width (inches)
    draw: Callable[[Figure, Rect], None]  # draws the plot into a rectangle given in inches
    description: str = ""  # the data in words, for the gallery (longer than the alt text)
    sources: Sequence[str] = ()  # the resources it plots: their full provenance goes with the exports
    wide: Wide | None = None  # Datawrapper layout of `data`; default: first unique text column, numeric columns
    finding: Sequence[str] = ()  # the rows or points the finding names (their labels): the only marks the accent
    # may colour; by default the rows drawn in the subject's role
    language: str = field(default_factory=i18n.current)  # the language of its texts (the one it was drawn in)
    rendered: bool = field(default=False, repr=False)  # made by `in_language`: drawing it may make no new text

    def __post_init__(self):
        for name in ("title", "subtitle", "note", "source", "alt_text", "description"):
            where = f"chart {self.slug!r}, {name.replace('_', ' ')}"
            drawn = name not in ("alt_text", "description")
            object.__setattr__(self, name, texts.clean(getattr(self, name), where, drawn=drawn))

    def in_language(self, language: str) -> Chart:
        """The chart with every text in it rendered in a language: its page's texts, its data's cells and the labels
        its drawing function was given (computed once, written in each language)."""
        chart = words.rendered(self, language)
        object.__setattr__(chart, "language", language)
        object.__setattr__(chart, "rendered", True)
        chart.__post_init__()
        return chart

    def _drawing(self):
        return words.drawing(f"the chart {self.slug!r}") if self.rendered else contextlib.nullcontext()

    def figure(self, width: Width = WEB) -> Figure:
        with style.context(), self._drawing():
            return compose(self, width.inches)

    def png(self, scale: float = 2, preview: bool = False) -> bytes:
        """PNG bytes at the web width; `scale=2` for high-density screens. `preview=True` for widgets: about
        twice as fast (text from cached bitmaps placed at whole pixels, fastest compression)."""
        with style.context(), self._drawing():
            if preview:
                figure = compose(self, WEB.inches, dpi=CSS_DPI * scale, canvas=canvas_class())
                figure.canvas.draw()
                return fast_png(np.asarray(figure.canvas.buffer_rgba()))
            buffer = io.BytesIO()
            compose(self, WEB.inches).savefig(buffer, format="png", dpi=CSS_DPI * scale, metadata={"Software": None})
        return buffer.getvalue()

    def _repr_mimebundle_(self, include=None, exclude=None) -> dict:
        """In a notebook: the chart as an image that says what it shows (JupyterLab shows a bare PNG with no alt
        text)."""
        picture = image_html(self.png(), screen_text(self), round(WEB.inches * CSS_DPI))
        return {"text/html": picture, "text/plain": repr(self)}

    def __repr__(self) -> str:
        return f"<Chart {self.slug}: {self.title}>"


def screen_text(chart: Chart) -> str:
    """The alt text of a chart on screen: its title (drawn in the image, so a screen reader needs it too), then
    its alt text."""
    title = chart.title.rstrip()
    return f"{title}{'' if title[-1:] in '.!?' else '.'} {chart.alt_text}"


def image_html(
    png: bytes, alt: str, width: int, height: int | None = None, data: Mapping[str, str] | None = None
) -> str:
    """An HTML image of PNG bytes with its alt text, shown `width` CSS pixels wide; `data`: its `data-*`
    attributes."""
    attributes = [
        f'src="data:image/png;base64,{base64.b64encode(png).decode("ascii")}"',
        f'alt="{html.escape(alt)}"',
        f'width="{width}"',
        *([f'height="{height}"'] if height is not None else []),
        *(f'data-{name}="{html.escape(value)}"' for name, value in (data or {}).items()),
    ]
    return f"<img {' '.join(attributes)}>"


@functools.lru_cache(maxsize=4096)
def text_width(text: str, size: float, weight: str = "normal") -> float:
    """Width in inches of one line of text in the house font."""
    prop = FontProperties(family=style.FONT_FAMILY, size=size, weight=weight)
    texts.check(text)
    with _measuring():
        width, _, _ = _MEASURE.get_text_width_height_descent(text, prop, ismath=False)
    return width / CSS_DPI


_MEASURE = RendererAgg(8, 8, CSS_DPI)
_MEASURING = {key: style.settings()[key] for key in ("text.hinting", "font.family")}  # what a measurement reads


@contextlib.contextmanager
def _measuring():
    """The house style's settings a measurement reads, and only those, for its duration (outside the house style,
    a whole style context cost five times the measurement itself)."""
    other = {key: mpl.rcParams[key] for key, value in _MEASURING.items() if mpl.rcParams[key] != value}
    if not other:
        yield
        return
    mpl.rcParams.update({key: _MEASURING[key] for key in other})
    try:
        yield
    finally:
        mpl.rcParams.update(other)


def wrap(text: str, width_in: float, size: float, weight: str = "normal", balanced: bool = False) -> str:
    """Greedy word wrap to a width in inches, measured in the real font word by word (a line's width is
    exactly its words' widths plus its spaces', and redraws reuse the words' measurements); lines break only at
    spaces, never at a no-break space. `balanced`: in as many lines as the greedy wrap takes, but each as long as
    the others (the narrowest width that keeps that many lines), so no word is left alone on a last line."""
    greedy = _greedy(text, width_in, size, weight)
    if not balanced or "\n" not in greedy:
        return greedy
    lines = greedy.count("\n")
    narrow, wide = 0.0, width_in  # the narrowest width with as many lines lies between them
    while wide - narrow > 0.01:
        middle = (narrow + wide) / 2
        if _greedy(text, middle, size, weight).count("\n") > lines:
            narrow = middle
        else:
            wide = middle
    return _greedy(text, wide, size, weight)


def _greedy(text: str, width_in: float, size: float, weight: str) -> str:
    space = text_width("x x", size, weight) - text_width("xx", size, weight)
    lines: list[str] = []
    for paragraph in text.split("\n"):
        line, used = [], 0.0
        for word in filter(None, paragraph.split(" ")):  # a no-break space keeps its words on one line
            width = text_width(word, size, weight)
            if line and used + space + width > width_in:
                lines.append(" ".join(line))
                line, used = [], 0.0
            used += (space if line else 0) + width
            line.append(word)
        lines.append(" ".join(line))
    return "\n".join(lines)


def lines_height(lines: int, size: float, spacing: float = LINE_SPACING) -> float:
    """Height in inches of `lines` lines of text at a size (points)."""
    return lines * size * spacing / 72


def compose(chart: Chart, width_in: float, *, dpi: float = CSS_DPI, canvas=FigureCanvasAgg) -> Figure:
    """The chart's page at a width: title, subtitle, plot, note and source stacked, the height to fit."""
    fig = Figure(figsize=(width_in, 1), dpi=dpi)
    canvas(fig)
    inner = width_in - 2 * PAD
    sizes = style.type_at(width_in)
    blocks = [  # (text, size, weight, colour, space after, label)
        (chart.title, sizes.title, "semibold", style.INK, 0.05, TITLE),
        (chart.subtitle, sizes.subtitle, "normal", style.SUBTITLE, GAP, SUBTITLE),
        (None, 0, "", "", GAP, ""),  # the plot
        (chart.note, sizes.note, "normal", style.MUTED, 0.04, NOTE),
        (chart.source, sizes.note, "normal", style.MUTED, 0, SOURCE),
    ]
    placed = []
    for text, size, weight, colour, after, label in blocks:
        if text is None:
            placed.append((None, chart.body_height(inner), after))
            continue
        if not text:
            continue
        wrapped = wrap(text, inner, size, weight, balanced=label in BALANCED)
        artist = fig.text(
            0, 0, wrapped, size=size, weight=weight, color=colour, va="top", ha="left", linespacing=LINE_SPACING
        )
        artist.set_label(label)
        placed.append((artist, lines_height(wrapped.count("\n") + 1, size), after))
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
    """Axes at a rectangle given in inches, with nothing clipped (the chart check keeps marks inside)."""
    width, height = fig.get_size_inches()
    left, bottom, w, h = rect
    if w <= 0 or h <= 0:
        raise TextError(
            f"The chart leaves its plot no room at {width * 25.4:.0f} mm wide: the texts beside it (row labels, "
            f"value labels) take {(width - w) * 25.4:.0f} mm.",
            where="the plot and the texts beside it",
            fix="shorten the longest row label (give it a short name) or the other texts beside the plot.",
        )
    ax = fig.add_axes((left / width, bottom / height, w / width, h / height))
    ax.tick_params(grid_clip_on=False)  # one clip path per mark is dead weight in an SVG
    return ax


def label_gutter(labels: Sequence[str], size: float, weights: Sequence[str] | None = None) -> float:
    """Room (inches) for the longest row label and its padding."""
    weights = weights or ["semibold"] * len(labels)
    return max((text_width(label, size, weight) for label, weight in zip(labels, weights, strict=True)), default=0) + 0.1
