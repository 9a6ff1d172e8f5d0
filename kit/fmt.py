"""Number and text formatting shared by charts, claims and notebooks, so every place says it the same way.

Each formatter returns a text rendered where it is written (`kit.words.Formatted`: the figure is kept, the words
are made in the language of the chart or file); given `language=...` it returns the text in that language now.

The house rounding, stated once: a figure is rounded half up (2.25 -> 2.3, 0.5 -> 1) to the places it is shown
with, then written by CLDR's rules for the language through Babel (English "9,000" and "78.6"; uk and ru
"9 000" with a no-break space and "78,6"). The house style's own forms ("28th", "$29.2m") are kept in English;
uk and ru use CLDR's ("29,2 млн $").
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Sequence
from decimal import ROUND_HALF_UP, Decimal, localcontext

import datetime

from babel import Locale, dates, lists, numbers

from kit import i18n
from kit.words import Formatted


def rounded(value: float, places: int = 0) -> Decimal:
    """The house rounding: half up, to `places` decimals (from the number as written, so 2.675 -> 2.68)."""
    exact = Decimal(repr(float(value)))
    with _room_for(exact, places):
        return exact.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def _lazy(formatter: Callable[..., str]) -> Callable[..., str]:
    """`formatter(*args, language=...)` as a formatter whose text is rendered where it is written (or now, in the
    language given)."""

    @functools.wraps(formatter)
    def text(*args, language: str | None = None, **options) -> str:
        if language is not None:
            return formatter(*args, language=language, **options)
        return Formatted(functools.partial(formatter, **options) if options else formatter, *args)

    formatter.__qualname__ = f"{formatter.__qualname__}.formatter"  # where pickle finds it: `fmt.count.formatter`
    text.formatter = formatter
    return text


@_lazy
def number(value: float, places: int = 0, grouping: bool = True, *, language: str) -> str:
    """A number rounded half up to `places` decimals, in the language's digits and separators."""
    value = float(value)
    return _number(value, math.copysign(1.0, value), places, grouping, language)


@functools.lru_cache(maxsize=1 << 16)
def _number(value: float, sign: float, places: int, grouping: bool, language: str) -> str:
    """`number`, remembered: CLDR's formatting costs about 0.1 ms a figure, and a chart labels every tick it might
    show (hundreds) on each redraw of an explorer. `sign` keeps -0.0 apart from 0.0, which it equals."""
    pattern = ("#,##0" if grouping else "0") + ("." + "0" * places if places else "")
    shown = rounded(value, places)
    with _room_for(shown, places):
        return numbers.format_decimal(shown, format=pattern, locale=_locale(language))


@functools.cache
def _locale(language: str) -> Locale:
    """A language's CLDR data (Babel parses a locale's name anew on every call given the name)."""
    return Locale.parse(language)


def _room_for(exact: Decimal, places: int):
    """A decimal context with room for every digit (1e308 has 309 before the point; the default keeps 28)."""
    return localcontext(prec=max(28, exact.adjusted() + places + 2))


@_lazy
def ordinal(n: int, *, language: str) -> str:
    """A rank: 1 -> '1st', 22 -> '22nd', 28 -> '28th', 1038 -> '1,038th' in English; '№ 28', '№ 1 038' in uk and ru
    (whose ordinal endings follow the noun; catalogs word a place in a sentence themselves)."""
    grouped = number(n, language=language)
    if language == i18n.SOURCE:
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{grouped}{suffix}"
    return f"№\u00a0{grouped}"


@_lazy
def score(value: float, *, language: str) -> str:
    """A 0-100 index score as the tool shows it: two decimals, no grouping."""
    return number(value, 2, grouping=False, language=language)


@_lazy
def points(value: float, *, language: str) -> str:
    """A difference in index points, e.g. '0.01 points', '1.00 point'."""
    shown = rounded(abs(value), 2)
    # `n` selects the plural form; `one` keeps English's "1.00 point"
    points = number(abs(value), 2, grouping=False, language=language)
    return i18n.message("fmt-points", {"points": points, "one": int(shown == 1), "n": shown}, language)


@_lazy
def names(items: Sequence[str], *, language: str) -> str:
    """'A', 'A and B', 'A, B and C' (in Ukrainian 'A, B і C', by CLDR's list patterns)."""
    items = list(items)
    if not items:
        return ""
    if language == i18n.SOURCE:  # the house style: no serial comma
        return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]
    return lists.format_list(items, locale=language)


@_lazy
def count(value: float, *, language: str) -> str:
    """A whole number with thousands separators: 9000 -> '9,000' ('9 000' in Ukrainian)."""
    return number(value, language=language)


@_lazy
def change(percent: float, *, language: str) -> str:
    """A signed percentage change: 1235 -> '+1,235%', -22 -> '−22%' (typographic minus)."""
    sign = "+" if percent > 0 else "−" if percent < 0 else ""
    return sign + percentage(number(abs(percent), language=language), language=language)


@_lazy
def percentage(figure: str, *, language: str) -> str:
    """A formatted figure as a percentage: '10.0%' in English; with a no-break space before the sign in
    uk and ru ('10,0 %')."""
    return f"{figure}%" if language == i18n.SOURCE else f"{figure}\u00a0%"


# -- the house number style for charts (docs/house-style.md) ---------------------------------------------


@_lazy
def decimal(value: float, *, language: str) -> str:
    """One decimal, no more: 78.6, 10.7 (charts never show false precision)."""
    return number(value, 1, language=language)


@_lazy
def trimmed(value: float, places: int, *, language: str) -> str:
    """Up to `places` decimals, trailing zeros dropped: 17.0 -> '17', 29.25 -> '29.3'."""
    shown = rounded(value, places).normalize()
    return number(shown, max(0, -shown.as_tuple().exponent), language=language)


@_lazy
def large(value: float, currency: str = "", *, language: str) -> str:
    """A large amount in the house style: '9,000', '485,000', '1m', '$29.2m', '$182.5bn' (one decimal at most,
    none when it is zero; m = million, bn = billion, no space); in uk and ru '29,2 млн $'."""
    sign = "−" if value < 0 else ""
    value = abs(value)
    for scale, key in ((1e9, "billion"), (1e6, "million")):
        if value >= scale:
            amount = i18n.message(f"fmt-{key}", {"amount": trimmed(value / scale, 1, language=language)}, language)
            break
    else:
        amount = count(value, language=language)
    if not currency:
        return sign + amount
    return f"{sign}{currency}{amount}" if language == i18n.SOURCE else f"{sign}{amount}\u00a0{currency}"


@_lazy
def money(usd: float, *, language: str) -> str:
    """US dollars in the house style: '$29.2m', '$17bn', '$182.5bn'."""
    return large(usd, "$", language=language)


@_lazy
def between(low: float, high: float, *, language: str) -> str:
    """A range of counts: '25,000', '50,000-70,000'."""
    return count(low, language=language) if low == high else f"{count(low, language=language)}-{count(high, language=language)}"


NICE_STEPS = (1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9, 10)


@_lazy
def multiple(ratio: float, *, language: str) -> str:
    """A ratio in two figures at most, never overstated: 53.9 -> 'over 50 times', 167.4 -> 'over 150 times',
    2.0 -> '2 times'."""
    if ratio < 1:
        raise ValueError(f"a multiple is at least 1, not {ratio}")
    if float(ratio).is_integer() and ratio < 100:
        shown = count(ratio, language=language)
        return i18n.message("fmt-times", {"times": int(ratio), "shown": shown}, language)  # `times`: plural form
    magnitude = 10 ** (len(str(int(ratio))) - 1)
    floor = max(step * magnitude for step in NICE_STEPS if step * magnitude <= ratio)
    key = "fmt-times" if floor == ratio else "fmt-over-times"
    shown = number(floor, 0 if float(floor).is_integer() else 1, language=language)
    return i18n.message(key, {"times": floor, "shown": shown}, language)


# -- dates ---------------------------------------------------------------------------------------------------

DATE_FORMS = {  # form -> (English, house style; CLDR pattern for the other languages)
    "day": (lambda d: f"{d.day} {d:%b}", "d MMM"),  # 20 Jan; 20 січ.
    "day-year": (lambda d: f"{d.day} {d:%b %Y}", "d MMMM y"),  # 24 Apr 2014; 24 квітня 2014
    "month": (lambda d: f"{d:%b %Y}", "LLL y"),  # Dec 2022; груд. 2022
    "month-full": (lambda d: f"{d:%B %Y}", "LLLL y"),  # October 2025; жовтень 2025 (standing alone)
    "month-full-after": (lambda d: f"{d:%B %Y}", "MMMM y"),  # February 2022; лютого 2022 (after "from", "to")
    "year": (lambda d: f"{d.year}", "y"),  # 2019
}
PRECISION_FORMS = {4: "year", 7: "month-full", 10: "day-year"}  # the form that shows a date as precisely as it is given
GIVEN_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


@_lazy
def date(day: str | datetime.date, form: str = "day-year", *, language: str) -> str:
    """A date ('2022-02-24', '2022-02' for a month, '2022' for a year) in one of `DATE_FORMS`."""
    if isinstance(day, str):
        day = datetime.date.fromisoformat(day[:10] if len(day) >= 10 else f"{day[:7]}-01" if len(day) >= 7 else f"{day[:4]}-01-01")
    english, pattern = DATE_FORMS[form]
    return english(day) if language == i18n.SOURCE else dates.format_date(day, pattern, locale=language)


@_lazy
def as_given(day: str, *, language: str) -> str:
    """A date of the data as precisely as it is given: '2026-01-31' as a day, '2025-11' as a month (standing alone),
    '2019' as a year."""
    if not GIVEN_DATE.fullmatch(day.strip()):
        raise ValueError(f"{day!r} is not a date as YYYY-MM-DD, YYYY-MM or YYYY")
    return date(day.strip(), PRECISION_FORMS[len(day.strip())], language=language)
