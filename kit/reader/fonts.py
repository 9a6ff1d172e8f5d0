"""The house font for the reader page: WOFF2 subsets (Latin and Cyrillic) of the very files the charts are drawn
with (kit.style), made with fontTools and kept in the kit's cache folder (making one takes about a second)."""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import io
from pathlib import Path

import font_source_sans_pro
from fontTools import subset

from kit import files, paths, style
from kit.errors import KitError

WEIGHTS = {400: "Regular", 600: "Semibold"}
# Basic Latin, Latin-1 and Extended-A, the modifier apostrophe (Ukrainian), Cyrillic and its supplement, general
# punctuation (dashes, quotes, ellipsis), №, the minus, the euro
UNICODES = [
    *range(0x20, 0x7F), *range(0xA0, 0x180), 0x2BC, *range(0x400, 0x530), *range(0x2010, 0x2040), 0x2116, 0x2212,
    0x20AC,
]


def file_name(weight: int) -> str:
    return f"{style.FONT_FAMILY.lower().replace(' ', '-')}-{weight}.woff2"


def woff2(weight: int) -> bytes:
    """The house font at a weight as a WOFF2 subset, from the cache when this font was subset before."""
    source = Path(font_source_sans_pro.font_directory) / f"SourceSansPro-{WEIGHTS[weight]}.ttf"
    recipe = "|".join([importlib.metadata.version("fonttools"), importlib.metadata.version("brotli"),
                       ",".join(map(str, UNICODES)), hashlib.sha256(source.read_bytes()).hexdigest()])
    cached = paths.cache_dir() / "fonts" / f"{hashlib.sha256(recipe.encode()).hexdigest()[:16]}.woff2"
    if cached.is_file():
        return cached.read_bytes()
    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["kern", "liga"]
    options.hinting = False
    options.desubroutinize = True
    options.name_IDs = [0, 1, 2]
    buffer = io.BytesIO()
    with subset.load_font(io.BytesIO(source.read_bytes()), options) as font:
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=UNICODES)
        subsetter.subset(font)
        subset.save_font(font, buffer, options)
    with contextlib.suppress(KitError):
        files.write_bytes(cached, buffer.getvalue())
    return buffer.getvalue()


def covered(weight: int) -> set[int]:
    """The characters the subset has glyphs for."""
    from fontTools.ttLib import TTFont

    with TTFont(io.BytesIO(woff2(weight))) as font:
        return set(font.getBestCmap())


