"""House style: the registered open font (Source Sans Pro, with Cyrillic), colours, type sizes and the style sheet.

One highlight colour marks a chart's subject and nothing else; every other mark is one light grey; reference
lines and zero baselines are ink. The highlight differs from both in lightness, so it stays apart under every
common colour-vision deficiency (`kit.chartcheck` measures it). docs/house-style.md sets out the rules.
"""

from __future__ import annotations

import contextlib
import functools
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import font_source_sans_pro
import matplotlib as mpl
from matplotlib import font_manager

STYLE_SHEET = Path(__file__).parent / "styles" / "newsroom.mplstyle"
FONT_FILES = ("Regular", "It", "Semibold", "Bold")
FONT_FAMILY = "Source Sans Pro"
FONT_FALLBACKS = ("Source Sans 3", "Helvetica Neue", "Helvetica", "Arial", "sans-serif")  # for SVGs opened elsewhere

HIGHLIGHT = "#e3120b"  # the subject, alone (CIE L* 48: between the grey and the ink)
CONTEXT = "#c4c4c4"  # every other mark (L* 79)
INK = "#1a1a1a"  # titles, named entities' labels, reference lines, zero baselines (L* 9)
SUBTITLE = "#404040"
MUTED = "#666666"  # notes, source line, axis and context labels: lighter than the subtitle, 5.7:1 on white
GRID = "#e3e3e3"
BACKGROUND = "#ffffff"

# Roles of a mark: the subject (highlight), an entity the article names (bold ink label), context.
SUBJECT, NAMED, CONTEXT_ROLE = "subject", "named", "context"


@dataclass(frozen=True)
class Role:
    mark: str  # the mark's colour
    label: str  # its row label's and value label's colour
    weight: str  # its labels' weight


ROLES = {
    SUBJECT: Role(HIGHLIGHT, HIGHLIGHT, "semibold"),
    NAMED: Role(CONTEXT, INK, "semibold"),
    CONTEXT_ROLE: Role(CONTEXT, MUTED, "normal"),
}


@dataclass(frozen=True)
class Type:
    """Type sizes (points) and the pitch of a row (inches) at one kind of width."""

    title: float
    subtitle: float
    note: float
    label: float  # value labels, tick labels, annotations
    row: float  # row labels
    row_pitch: float


REGULAR = Type(title=14, subtitle=10, note=8.5, label=8.5, row=9, row_pitch=0.165)
COMPACT = Type(title=12, subtitle=9, note=8, label=7.5, row=7.5, row_pitch=0.125)  # one print column
COMPACT_BELOW = 4.5  # inches: pages (or plots) narrower than this are set compact


def type_at(width: float) -> Type:
    """The type sizes for a page or plot this wide (inches)."""
    return COMPACT if width < COMPACT_BELOW else REGULAR


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


# Matplotlib's settings are global to the process: while one thread draws in the house style, another must not
# swap settings in or out under it (explorers redraw in background threads while the kernel shows others).
DRAWING = threading.RLock()


@contextlib.contextmanager
def context() -> Iterator[None]:
    """The house style, applied only inside the `with` block (a user's own charts keep theirs); one thread at a
    time draws in it."""
    with DRAWING, mpl.rc_context(rc=settings()):
        yield
