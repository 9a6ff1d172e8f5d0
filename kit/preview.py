"""Fast drawing for widget previews, which redraw a chart on every change: text from cached line bitmaps.

Matplotlib 3.11's Agg renderer shapes every string and renders every glyph on every draw, which is most
of a chart's drawing time. For previews, each line of text is rendered once into a bitmap (FreeType, whole-
pixel placement, as matplotlib did until 3.10) and reused on every redraw. Published files never use this
path: `kit.export` renders them with matplotlib's own renderers. Use: `canvas_class()(figure)`, draw, then
`fast_png(pixels)`.

The cached renderer relies on matplotlib internals (Agg's `_renderer.draw_text_image`, FreeType font methods,
the canvas's `_lastKey`). `canvas_class()` checks once per process that they still work and gives plain Agg
if a matplotlib upgrade broke them: previews then stay correct, only slower; `missing_internals()` names what
changed (a test fails on it, so an upgrade is noticed).
"""

from __future__ import annotations

import functools
import struct
import zlib

import numpy as np
from isal import isal_zlib
from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg, get_hinting_flag
from matplotlib.figure import Figure


def fast_png(rgba: np.ndarray, live: bool = False) -> bytes:
    """An RGBA pixel array as PNG, compressed for speed: rows unfiltered, deflate level 1 (about 40% faster than
    Pillow's adaptive filtering on a chart, and about as small), by zlib, whose bytes a notebook stores and nbval
    compares; `live`: by ISA-L (`isal`, the same format, about seven times as fast on a chart's preview, 24 -> 3 ms),
    for an explorer's redraws, which nothing stores (ISA-L's bytes may differ from one processor to another)."""
    height, width, _ = rgba.shape
    rows = np.empty((height, width * 4 + 1), dtype=np.uint8)
    rows[:, 0] = 0  # filter type "none" for every row
    rows[:, 1:] = rgba.reshape(height, -1)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA, no interlacing
    compressed = (isal_zlib if live else zlib).compress(memoryview(rows), 1)
    return b"\x89PNG\r\n\x1a\n" + b"".join(
        _chunk(kind, content) for kind, content in ((b"IHDR", header), (b"IDAT", compressed), (b"IEND", b""))
    )


def _chunk(kind: bytes, content: bytes) -> bytes:
    return struct.pack(">I", len(content)) + kind + content + struct.pack(">I", zlib.crc32(kind + content))


@functools.lru_cache(maxsize=16384)
def _line(text: str, font_file: str, size: float, dpi: float) -> tuple[np.ndarray, tuple[float, float], tuple]:
    """One line of antialiased text: its bitmap, the bitmap's offset from the text's origin, and its width,
    height and descent, all in pixels."""
    font = font_manager.get_font(font_file)
    font.clear()
    font.set_size(size, dpi)
    font.set_text(text, 0, flags=get_hinting_flag())
    font.draw_glyphs_to_bitmap(antialiased=True)
    x_offset, y_offset = font.get_bitmap_offset()
    width, height = font.get_width_height()
    descent = font.get_descent()
    offset = (x_offset / 64, (y_offset + descent) / 64)
    return np.array(font.get_image()), offset, (width / 64, height / 64, descent / 64)


def _font_file(prop) -> str:
    """The font file matplotlib picks for these properties (its own lookup re-reads settings on every call)."""
    return _find_font(
        tuple(prop.get_family()), prop.get_style(), prop.get_variant(), prop.get_weight(), prop.get_stretch()
    )


@functools.lru_cache(maxsize=256)
def _find_font(family: tuple[str, ...], style: str, variant: str, weight, stretch) -> str:
    return font_manager.findfont(
        font_manager.FontProperties(family=list(family), style=style, variant=variant, weight=weight, stretch=stretch)
    )


class _CachedTextRenderer(RendererAgg):
    """Agg with plain, horizontal text drawn from cached line bitmaps; anything else as usual."""

    def draw_text(self, gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if ismath or angle or not gc.get_antialiased():
            return super().draw_text(gc, x, y, s, prop, angle, ismath, mtext)
        image, (dx, dy), _ = _line(s, _font_file(prop), prop.get_size_in_points(), self.dpi)
        self._renderer.draw_text_image(image, round(x + dx), round(y + dy) + 1, 0, gc)

    def get_text_width_height_descent(self, s, prop, ismath):
        if ismath:
            return super().get_text_width_height_descent(s, prop, ismath)
        return _line(s, _font_file(prop), prop.get_size_in_points(), self.dpi)[2]

    def _get_font_height_metrics(self, prop):
        """A font's ascent, descent and line gap at a size, in pixels: matplotlib's `Text._get_layout` asks the
        renderer first, and otherwise finds the font and reads two of its tables for every text on every draw."""
        return _height_metrics(_font_file(prop), prop.get_size_in_points(), self.dpi)


@functools.lru_cache(maxsize=1024)
def _height_metrics(font_file: str, size: float, dpi: float) -> tuple[float, float, float] | tuple[None, None, None]:
    """What `Text._get_layout` computes from a font's tables when the renderer gives nothing (matplotlib 3.11)."""
    font = font_manager.get_font(font_file)
    for table_name, gap, ascender, descender in (
        ("OS/2", "sTypoLineGap", "sTypoAscender", "sTypoDescender"),
        ("hhea", "lineGap", "ascent", "descent"),
    ):
        table = font.get_sfnt_table(table_name)
        if table is not None:
            scale = 1 / font.get_sfnt_table("head")["unitsPerEm"] * size * dpi / 72  # in matplotlib's order
            return table[ascender] * scale, -table[descender] * scale, table[gap] * scale
    return None, None, None


FONT_METHODS = ("clear", "set_size", "set_text", "draw_glyphs_to_bitmap", "get_bitmap_offset", "get_width_height")
FONT_METHODS += ("get_descent", "get_image", "get_sfnt_table")


def missing_internals() -> list[str]:
    """The matplotlib internals the cached renderer uses that this matplotlib lacks (empty when all are there)."""
    font = font_manager.get_font(font_manager.findfont(font_manager.FontProperties()))
    missing = [f"FT2Font.{name}" for name in FONT_METHODS if not callable(getattr(font, name, None))]
    renderer = RendererAgg(4, 4, 72)
    if not callable(getattr(getattr(renderer, "_renderer", None), "draw_text_image", None)):
        missing.append("RendererAgg._renderer.draw_text_image")
    canvas = FigureCanvasAgg(Figure(figsize=(1, 1)))
    canvas.get_renderer()
    if not hasattr(canvas, "_lastKey"):
        missing.append("FigureCanvasAgg._lastKey")
    return missing


@functools.cache
def canvas_class() -> type[FigureCanvasAgg]:
    """The preview canvas if matplotlib's internals still allow it and it draws text as Agg does; else Agg."""
    try:
        if missing_internals():
            return FigureCanvasAgg
        figure = Figure(figsize=(1.2, 0.4), dpi=96)
        canvas = PreviewCanvas(figure)
        figure.text(0.05, 0.3, "Preview 0.1", size=10)
        canvas.draw()
        drawn = np.asarray(canvas.buffer_rgba())[..., :3]
        return PreviewCanvas if (drawn < 128).any() else FigureCanvasAgg  # some text was drawn
    except (AttributeError, TypeError, ValueError, RuntimeError):
        return FigureCanvasAgg


class PreviewCanvas(FigureCanvasAgg):
    """An Agg canvas whose renderer draws text from cached line bitmaps, into pixels shared by every preview of the
    same size: read them before the next preview is drawn (the callers draw in the house style, under its lock, and
    compress the pixels at once)."""

    def get_renderer(self):
        width, height = self.get_width_height(physical=True)
        key = width, height, self.figure.dpi
        if self._lastKey != key:
            self.renderer = _renderer(key)
            self._lastKey = key
        return self.renderer


_RENDERERS: dict[tuple, _CachedTextRenderer] = {}  # the last size drawn: an explorer redraws at one size


def _renderer(key: tuple) -> _CachedTextRenderer:
    """A renderer of this size (width, height, dpi), reused: a new one costs 4 ms a preview, mostly the memory for
    its 7 MB of pixels (it clears them before each drawing)."""
    if key not in _RENDERERS:
        _RENDERERS.clear()
        _RENDERERS[key] = _CachedTextRenderer(*key)
    return _RENDERERS[key]
