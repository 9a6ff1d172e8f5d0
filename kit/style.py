"""House style: the registered open font (Source Sans Pro, with Cyrillic), colours and the style sheet."""

from __future__ import annotations

import contextlib
import functools
from pathlib import Path

import font_source_sans_pro
import matplotlib as mpl
from matplotlib import font_manager

STYLE_SHEET = Path(__file__).parent / "styles" / "newsroom.mplstyle"
FONT_FILES = ("Regular", "It", "Semibold", "Bold")
FONT_FAMILY = "Source Sans Pro"

HIGHLIGHT = "#c8102e"  # the story's subject
NAMED = "#4d4d4d"  # entities the article names
NEUTRAL = "#c4c4c4"  # everything else
TEXT = "#1a1a1a"
MUTED = "#666666"

TITLE_SIZE = 14
SUBTITLE_SIZE = 10
NOTE_SIZE = 8.5
LABEL_SIZE = 8.5


def _register_fonts() -> None:
    """Make the shipped font known to matplotlib on every machine (it comes from PyPI, OFL licence)."""
    folder = Path(font_source_sans_pro.font_directory)
    for style in FONT_FILES:
        font_manager.fontManager.addfont(str(folder / f"SourceSansPro-{style}.ttf"))


_register_fonts()


@functools.cache
def settings() -> dict:
    """The house style sheet's settings."""
    return dict(mpl.rc_params_from_file(str(STYLE_SHEET), use_default_template=False))


def context() -> contextlib.AbstractContextManager:
    """The house style, applied only inside the `with` block (a user's own charts keep theirs)."""
    return mpl.rc_context(rc=settings())
