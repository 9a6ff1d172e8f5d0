"""Text is text: what a chart draws is checked where it enters the chart (its texts, its rows' labels) and again
when the chart is laid out (every text drawn).

- No mathematics unless asked: the house style sets `text.parse_math: False`, so "$29 million to $40 million"
  stays as written; pass `parse_math=True` to one text to typeset it as mathematics.
- Line-break-like control characters (a tab, a soft line break pasted from a word processor, a form feed, a
  line or paragraph separator) become a space, with a `TextWarning` naming them: the kit wraps text itself.
  Any other control character is refused: it would make the SVG ill-formed XML.
- Half a character (a lone surrogate, from text decoded the wrong way) is refused, and so are the controls that
  reorder text (a right-to-left override shows "gpj.exe" as "exe.jpg"), in every text, drawn or not.
- A word that mixes Latin, Cyrillic or Greek letters ("Russiа" with a Cyrillic "а") is refused, naming the odd
  letter: a look-alike letter makes a name that reads right but is not (search, sorting, screen readers and
  joins on names all miss it). Texts that mix scripts word by word ("Яндекс (Yandex)", "ІТ-фахівці") are fine.
- A character the house font has no glyph for is refused, naming it: it would print as an empty box.
"""

from __future__ import annotations

import functools
import os
import re
import unicodedata
import warnings
from pathlib import Path

from fontTools.ttLib import TTFont
from matplotlib import font_manager
from matplotlib.figure import Figure
from matplotlib.text import Text

from kit import style
from kit.words import Words
from kit.errors import TextError

SPACE_LIKE = re.compile("[\t\v\f\r\x1c-\x1f\x85\u2028\u2029]")  # control characters that only break a line
FORBIDDEN = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff\ud800-\udfff]")
WORD = re.compile(r"[^\W\d_]+")  # a run of letters
LOOK_ALIKE_SCRIPTS = ("LATIN", "CYRILLIC", "GREEK")  # alphabets with letters that look the same
NAMES = {"\v": "VERTICAL TAB: a soft line break", "\t": "TAB", "\f": "FORM FEED", "\r": "CARRIAGE RETURN",
         "\n": "LINE FEED: a line break"}


class TextWarning(UserWarning):
    """Chart text was changed to be drawable (control characters replaced by spaces)."""


def describe(character: str) -> str:
    """A character named for a message: 'U+4E2D 中 (CJK UNIFIED IDEOGRAPH-4E2D)'."""
    code = f"U+{ord(character):04X}"
    if "\ud800" <= character <= "\udfff":
        return f"{code} (half of a character: a lone surrogate)"
    name = NAMES.get(character) or unicodedata.name(character, "") or "a control character"
    shown = f" {character}" if character.isprintable() else ""
    return f"{code}{shown} ({name})"


def clean(text: str, where: str, *, drawn: bool = True, one_line: bool = False) -> str:
    """Chart text ready to draw: line-break-like control characters replaced by spaces (with a warning), and line
    breaks too in a text drawn on `one_line` (a row or value label); a TextError for any other control character,
    a lone surrogate, or (if `drawn`) a glyph the house font lacks."""
    if not isinstance(text, str):
        return text
    if isinstance(text, Words):  # checked as it reads now; kept as words, to be rendered in each language
        cleaned = clean(str.__str__(text), where, drawn=drawn, one_line=one_line)
        return text if cleaned == text else cleaned
    text = text.replace("\r\n", "\n")  # a Windows line break is a line break
    breaks = re.compile(f"{SPACE_LIKE.pattern[:-1]}\n]") if one_line else SPACE_LIKE
    replaced = sorted(set(breaks.findall(text)))
    if replaced:
        text = breaks.sub(" ", text)
        warnings.warn(
            f"{where}: replaced {', '.join(map(describe, replaced))} with a space ("
            + ("a label is drawn on one line)." if one_line else "the kit wraps text itself)."),
            TextWarning,
            stacklevel=3,
        )
    check(text, where, drawn=drawn)
    return text


def check(text: str, where: str = "a chart text", *, drawn: bool = True, font: str | None = None) -> None:
    """A TextError naming the first character that cannot be drawn: a control character (but a line break), a
    lone surrogate, or (if `drawn`) a character missing from the font file `font` (default: the house font)."""
    found = _problem(text, drawn, font)
    if found is None:
        return
    position, character, kind = found
    at = f"{describe(character)}, character {position + 1} of {_excerpt(text)}"
    if kind == "mixed":
        word = WORD.match(text, _word_start(text, position)).group()
        raise TextError(
            f"The word {word!r} mixes alphabets: {describe(character)} in {word!r} (character {position + 1} of "
            f"{_excerpt(text)}) only looks like a letter of the others.",
            where=where,
            fix="retype the word in one alphabet (a look-alike letter from another one is usually pasted in by "
            "mistake, or planted).",
        )
    if kind == "glyph":
        raise TextError(
            f"The house font {_face(font)} has no glyph for {at}: it would print as an empty box.",
            where=where,
            fix="write it another way (a word for a symbol, a Latin or Cyrillic spelling) or leave it out.",
        )
    raise TextError(
        f"Chart text cannot hold {at}.",
        where=where,
        fix="replace it, e.g. with a space, or remove it (re-copy the text from its source if it came out garbled).",
    )


@functools.lru_cache(maxsize=8192)
def _problem(text: str, drawn: bool, font: str | None) -> tuple[int, str, str] | None:
    """The first character of a text that cannot be drawn as written: (position, character, kind), the kind being
    "control", "mixed" (a look-alike letter in a word of another alphabet) or "glyph" (missing), or None."""
    found = FORBIDDEN.search(text) or SPACE_LIKE.search(text)
    if found:
        return found.start(), found.group(), "control"
    mixed = mixed_script(text)
    if mixed is not None:
        return mixed[0], mixed[1], "mixed"
    if drawn:
        coverage = glyphs(font)
        for position, character in enumerate(text):
            if ord(character) not in coverage and character != "\n":
                return position, character, "glyph"
    return None


def mixed_script(text: str) -> tuple[int, str, str] | None:
    """The first word mixing Latin, Cyrillic or Greek letters: (position, the odd letter, the word), the odd letter
    being the first of the alphabet with fewer letters in the word (on a tie, of the alphabet that comes second)."""
    if text.isascii():
        return None
    for word in WORD.finditer(text):
        if max(word.group()) < "\u0250":
            continue  # Latin letters only (ASCII, Latin-1, Latin Extended-A and -B)
        scripts = [_script(character) for character in word.group()]
        found = [script for script in dict.fromkeys(scripts) if script is not None]
        if len(found) > 1:
            odd = min(reversed(found), key=scripts.count)
            offset = scripts.index(odd)
            return word.start() + offset, word.group()[offset], word.group()
    return None


def _script(character: str) -> str | None:
    """The look-alike alphabet a letter belongs to (its Unicode name starts with it), else None (also for μ, the
    micro prefix of units such as μm and μs)."""
    if character == "\u03bc":
        return None
    script = unicodedata.name(character, "").split(" ", 1)[0]
    return script if script in LOOK_ALIKE_SCRIPTS else None


def _word_start(text: str, position: int) -> int:
    return next(word.start() for word in WORD.finditer(text) if word.start() <= position < word.end())


def _excerpt(text: str, width: int = 60) -> str:
    return repr(text if len(text) <= width else text[: width - 1] + "…")


@functools.cache
def glyphs(font: str | None = None) -> frozenset[int]:
    """The characters a font file (default: the house font's regular face) can draw."""
    with TTFont(os.fspath(font or _house_font()), lazy=True) as face:
        return frozenset(face["cmap"].getBestCmap())


@functools.cache
def _house_font() -> str:
    return font_manager.findfont(font_manager.FontProperties(family=style.FONT_FAMILY))


def _face(font: str | None) -> str:
    return f"{style.FONT_FAMILY} ({Path(os.fspath(font or _house_font())).stem})"


@functools.lru_cache(maxsize=64)
def _font_file(family: tuple[str, ...], font_style: str, weight: str | int) -> str:
    properties = font_manager.FontProperties(family=list(family), style=font_style, weight=weight)
    return font_manager.findfont(properties, fallback_to_default=False)


def clean_fields(item: object, *names: str) -> None:
    """Clean the named text fields of a frozen dataclass in place (its `__post_init__`): labels, drawn on one
    line."""
    kind = type(item).__name__.lower()
    for name in names:
        value = getattr(item, name)
        where = f"a {kind}'s {name.replace('_', ' ')} {_excerpt(value)}" if isinstance(value, str) else kind
        object.__setattr__(item, name, clean(value, where, one_line=True))


def check_figure(figure: Figure, where: str) -> None:
    """Check every text a laid-out figure draws (those a chart's drawing code placed itself included)."""
    for artist in figure.findobj(Text):
        properties = artist.get_fontproperties()
        face = _font_file(tuple(properties.get_family()), properties.get_style(), properties.get_weight())
        check(artist.get_text(), where, font=face)
