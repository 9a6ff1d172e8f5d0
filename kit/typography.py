"""Typography per language, applied where a text is rendered (`kit.words.render`): the house rules of each edition,
written once so that catalogs stay plain text for translators.

- uk and ru: a no-break space after a one- or two-letter word (prepositions, conjunctions, particles:
  "в", "з", "і", "на", "до"...) and after the common three-letter prepositions, so none is left at a line's end;
  before a dash; between a number and the unit or currency after it; after "№". Quotation marks « »; in Ukrainian the
  apostrophe ’ (U+2019).
- English: curly quotation marks and apostrophes (“ ” ‘ ’), the plural possessive's too ("outlets’ wordings",
  "The Times’ report").
- uk and ru: the apostrophe ’ in Ukrainian words and in Latin names ("Tom’s Hardware").
- Every language: an en dash between the figures of a range (1990–2000, 50 000–70 000) and no space around it.

Addresses (http...) are left exactly as written.
"""

from __future__ import annotations

import functools
import re

NBSP = "\u00a0"
SHORT_PREPOSITIONS = {  # three-letter words kept with the next word, beside every one- and two-letter word
    "uk": "без від для між над під при про через".split(),
    "ru": "без для меж над под при про из-за".split(),
}
URL = re.compile(r"https?://\S+")
CYRILLIC_SHORT = re.compile(r"(?<![\w\u0301-])([А-Яа-яЁёІіЇїЄєҐґ]{1,2})[ ](?=\S)")
DASH = re.compile(r"[ ]([—–])[ ]")
NUMBER_UNIT = re.compile(r"(?<=\d)[ ](?=(?:%|\$|₽|€|£|млн|млрд|тис|тыс|трлн|GPU|ГП|р\.|рр\.|гг?\.)(?!\w))")
CURRENCY_AFTER = re.compile(r"[ ](?=[$₽€£](?:\s|$|[.,;:)]))")  # "29,2 млн $": the sign stays with its amount
NUMERO = re.compile(r"№[ ]")
RANGE = re.compile(r"(?<![\d.,-])(\d[\d\u00a0\u202f.,]*)\s*-\s*(\d)")
DOUBLE_QUOTED = re.compile(r'"([^"\n]+)"')
SINGLE_QUOTED = re.compile(r"(?<![\w])'([^'\n]+)'(?!\w)")
APOSTROPHE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")
PLURAL_POSSESSIVE = re.compile(r"(?<=[^\W\d_]s)'(?=[\s,.;:!?)]|$)")  # "outlets' wordings", "The Times' text"
LATIN_POSSESSIVE = re.compile(r"(?<![\w'])([A-Za-z]+s)'(?=[\s,.;:!?)]|$)")  # a Latin name's, not a quote's end
ISO_DATE = re.compile(r"\b\d{4}-(?:0[1-9]|1[0-2])(?:-\d{2})?\b")


@functools.lru_cache(maxsize=1 << 14)
def polish(text: str, language: str) -> str:
    """A rendered text with its language's typography (idempotent: polishing twice changes nothing). Remembered:
    a chart's labels are polished in every language each time it is computed, an explorer's on every change."""
    if not text:
        return ""
    parts = URL.split(text)
    links = URL.findall(text)
    polished = [_polish(part, language) for part in parts]
    return "".join(part + (links[index] if index < len(links) else "") for index, part in enumerate(polished))


def _polish(text: str, language: str) -> str:
    text = _ranges(text)
    if language == "en":
        text = APOSTROPHE.sub("’", text)
        text = DOUBLE_QUOTED.sub(r"“\1”", text)
        text = SINGLE_QUOTED.sub(r"‘\1’", text)
        return PLURAL_POSSESSIVE.sub("’", text)
    text = APOSTROPHE.sub("’", text)  # in Ukrainian words; in Latin names everywhere ("Tom’s Hardware")
    text = LATIN_POSSESSIVE.sub(r"\1’", text)  # an English name's possessive kept in a translation ("The Times' text")
    text = DOUBLE_QUOTED.sub(r"«\1»", text)
    text = CYRILLIC_SHORT.sub(lambda m: m[1] + NBSP, text)
    short = SHORT_PREPOSITIONS.get(language, [])
    if short:
        text = re.sub(r"(?<![\w-])(" + "|".join(map(re.escape, short)) + r")[ ](?=\S)", r"\1" + NBSP, text, flags=re.I)
    text = DASH.sub(NBSP + r"\1 ", text)
    text = NUMBER_UNIT.sub(NBSP, text)
    text = CURRENCY_AFTER.sub(NBSP, text)
    return NUMERO.sub("№" + NBSP, text)


def _ranges(text: str) -> str:
    """'50,000-70,000' -> '50,000–70,000'; ISO dates are left alone (they are no range)."""
    dates = {match.span() for match in ISO_DATE.finditer(text)}

    def dash(match: re.Match) -> str:
        if any(start <= match.start() < end for start, end in dates):
            return match[0]
        return f"{match[1]}–{match[2]}"

    return RANGE.sub(dash, text)
