"""The widget preview relies on matplotlib internals: a test names them when an upgrade removes one, and the
preview falls back to plain Agg (slower, never wrong)."""

from __future__ import annotations

import io

import matplotlib
import numpy as np
from PIL import Image

from kit import preview, story

DRAW = next(iter(story.stories()[0].charts.values()))  # any declared chart would do: the first story's first


def test_the_internals_the_cached_renderer_uses_are_all_there():
    missing = preview.missing_internals()
    assert not missing, (
        f"matplotlib {matplotlib.__version__} no longer has {missing}: widget previews fall back to plain Agg "
        "(about twice as slow). Update kit/preview.py for this matplotlib, or pin the previous one."
    )
    assert preview.canvas_class() is preview.PreviewCanvas


def test_when_an_internal_is_gone_previews_fall_back_to_plain_agg(monkeypatch):
    chart = DRAW()
    fast = chart.png(preview=True)
    monkeypatch.setattr(preview, "FONT_METHODS", (*preview.FONT_METHODS, "a_method_an_upgrade_removed"))
    preview.canvas_class.cache_clear()
    try:
        assert preview.missing_internals() == ["FT2Font.a_method_an_upgrade_removed"]
        assert preview.canvas_class() is preview.FigureCanvasAgg
        fallback = chart.png(preview=True)
    finally:
        preview.canvas_class.cache_clear()
    with Image.open(io.BytesIO(fast)) as first, Image.open(io.BytesIO(fallback)) as second:
        assert first.size == second.size
        difference = np.abs(np.asarray(first.convert("L"), "int16") - np.asarray(second.convert("L"), "int16"))
    assert 0 < difference.mean() < 3  # drawn by the other renderer, and the same chart to the eye


def test_a_renderer_that_breaks_while_drawing_also_falls_back(monkeypatch):
    def broken(*args, **kwargs):
        raise AttributeError("'RendererAgg' object has no attribute '_renderer'")

    monkeypatch.setattr(preview._CachedTextRenderer, "draw_text", broken)
    preview.canvas_class.cache_clear()
    try:
        assert preview.canvas_class() is preview.FigureCanvasAgg
        assert DRAW().png(preview=True).startswith(b"\x89PNG")
    finally:
        preview.canvas_class.cache_clear()


def test_a_fast_png_decodes_to_the_very_pixels_it_was_given():
    rgba = np.random.default_rng(7).integers(0, 256, size=(37, 53, 4), dtype=np.uint8)
    rgba[:10] = 255  # flat rows, as a chart's margins are
    for live in (False, True):
        decoded = np.asarray(Image.open(io.BytesIO(preview.fast_png(rgba, live=live))).convert("RGBA"))
        assert decoded.shape == rgba.shape and (decoded == rgba).all()


def test_text_is_laid_out_as_agg_lays_it_out_with_the_font_heights_remembered():
    """The cached renderer gives matplotlib each font's heights (from a cache) instead of letting it read the font's
    tables for every text: the same boxes as plain Agg's, and matplotlib still asks for them."""
    from matplotlib.figure import Figure

    from kit import style

    def boxes(canvas_class):
        with style.context():
            figure = Figure(figsize=(4, 2), dpi=192)
            canvas = canvas_class(figure)
            texts = [
                figure.text(0.1, 0.2, "Росія: 28-ме\nRussia, 28th", size=size, weight=weight)
                for size, weight in ((8.5, "normal"), (14, "bold"), (9, 600))
            ]
            canvas.draw()
            renderer = canvas.get_renderer()
            return [tuple(text.get_window_extent(renderer).extents) for text in texts]

    preview._height_metrics.cache_clear()
    fast = boxes(preview.PreviewCanvas)
    assert preview._height_metrics.cache_info().currsize == 3, "matplotlib no longer asks the renderer for heights"
    assert fast == boxes(preview.FigureCanvasAgg)


def test_previews_of_one_size_share_pixels_and_none_keeps_another_s_drawing():
    from matplotlib.figure import Figure

    def drawn(words: str, where: float) -> np.ndarray:
        figure = Figure(figsize=(2, 1), dpi=96)
        canvas = preview.PreviewCanvas(figure)
        figure.text(where, 0.4, words, size=12)
        canvas.draw()
        return canvas.get_renderer(), np.array(canvas.buffer_rgba())

    first_renderer, first = drawn("Russia 28th", 0.05)
    second_renderer, second = drawn("Ireland", 0.5)
    assert second_renderer is first_renderer and (second != first).any()
    assert (drawn("Russia 28th", 0.05)[1] == first).all()  # nothing of "Ireland" left
