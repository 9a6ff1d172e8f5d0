"""Country names and codes: one resolver for every story (pycountry for ISO 3166, Babel's CLDR for names).

What a reader or a source types ("Germany", "Federal Republic of Germany", "DEU", "DE", "UK", "S. Korea",
"Türkiye", "Turkey", or a CLDR name in any of the kit's languages) resolves to an ISO 3166-1 alpha-3 code the same way
everywhere; names shown in charts are CLDR's common English names ("South Korea", not "Korea, Republic of").
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Mapping
from difflib import get_close_matches

import pycountry
from babel import Locale

from kit import i18n
from kit.words import Formatted, PerLanguage
from kit.errors import SelectionError, UnknownCountryError

LANGUAGES = i18n.LANGUAGES  # CLDR names accepted in look-ups
# Short forms sources and newsrooms use that neither ISO 3166 nor CLDR lists as names
ABBREVIATIONS = {
    "uk": "GBR",
    "great britain": "GBR",
    "britain": "GBR",
    "us": "USA",
    "u.s.": "USA",
    "america": "USA",
    "uae": "ARE",
    "s. korea": "KOR",
    "s. arabia": "SAU",
    "turkey": "TUR",
    "macau": "MAC",
    "czech republic": "CZE",
    "holland": "NLD",
    "ivory coast": "CIV",
}
SAR_SUFFIX = " SAR China"  # CLDR's "Hong Kong SAR China": charts use the short form
SHORT_FORMS = {  # CLDR's uk and ru names that are long or official forms: charts and texts use the short ones
    "uk": {"HK": "Гонконг", "MO": "Макао", "US": "США", "AE": "ОАЕ", "ZA": "ПАР"},
    "ru": {"HK": "Гонконг", "MO": "Макао", "US": "США", "AE": "ОАЭ", "ZA": "ЮАР", "KR": "Южная Корея"},
}


def _fold(text: str) -> str:
    """Case, accents and spacing folded away ("Türkiye" -> "turkiye"); Cyrillic letters are kept."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.casefold().split())


@functools.cache
def _index() -> dict[str, str]:
    """Every accepted spelling (folded) -> ISO3: codes, ISO names, CLDR names in each language, abbreviations."""
    index: dict[str, str] = {}
    territories = {language: Locale.parse(language).territories for language in LANGUAGES}
    for country in pycountry.countries:
        spellings = [country.alpha_2, country.alpha_3, country.name]
        spellings += [getattr(country, key) for key in ("official_name", "common_name") if hasattr(country, key)]
        spellings += [territories[language].get(country.alpha_2, "") for language in LANGUAGES]
        spellings += [_display_name(country.alpha_3, language) for language in LANGUAGES]
        for spelling in filter(None, spellings):
            index.setdefault(_fold(spelling), country.alpha_3)
    for spelling, iso3 in ABBREVIATIONS.items():
        index[_fold(spelling)] = iso3
    return index


@functools.lru_cache(maxsize=4096)
def code_of(name: str) -> str | None:
    """The ISO3 code of a country name or code as written anywhere ('USA', 'S. Korea', 'Німеччина'); None if the
    text names no country (such as 'Unknown')."""
    if not isinstance(name, str):
        return None
    return _index().get(_fold(name))


def display_name(iso3: str) -> str:
    """A country's short, common name (CLDR), rendered where it is written: 'South Korea', 'Hong Kong', 'Czechia';
    'Південна Корея', 'Гонконг', 'Чехія' in Ukrainian."""
    _display_name(iso3, i18n.SOURCE)  # an unknown code is refused here, where it is given
    return Formatted(_name_in, iso3)


def _name_in(iso3: str, *, language: str) -> str:
    return _display_name(iso3, language)


@functools.cache
def _display_name(iso3: str, language: str) -> str:
    country = pycountry.countries.get(alpha_3=iso3) if isinstance(iso3, str) and len(iso3) == 3 else None
    if country is None:
        raise UnknownCountryError(f"{iso3!r} is not an ISO 3166-1 alpha-3 code.", fix="use a code such as GBR.")
    cldr = Locale.parse(language).territories.get(country.alpha_2)
    if cldr:
        return SHORT_FORMS.get(language, {}).get(country.alpha_2, cldr.removesuffix(SAR_SUFFIX))
    return getattr(country, "common_name", country.name)


def shown_name(iso3: str, english: str) -> str:
    """A country's name as a story shows it: its source's English name in English, CLDR's in other languages."""
    return PerLanguage({i18n.SOURCE: english}, display_name(iso3))


def resolve(query: str, known: Mapping[str, str], *, among: str, outside: Mapping[str, str] | None = None) -> str:
    """The ISO3 code in `known` (ISO3 -> name) that `query` names: a name in any language, an ISO2/ISO3 code,
    an abbreviation. `among` describes the set for messages ("the 36 ranked countries"); `outside` maps ISO3
    codes of real countries that the set leaves out to the reason, so the message can say why."""
    if not isinstance(query, str) or not query.strip():
        raise UnknownCountryError(f"{query!r} is not a country name or code.", fix=f"use a name or ISO code of {among}.")
    outside = outside or {}
    folded = _fold(query)
    for iso3, name in known.items():
        if folded in (_fold(iso3), _fold(name)):
            return iso3
    iso3 = code_of(query)
    if iso3 in known:
        return iso3
    if iso3 is not None:  # a real country, not in this set: say so rather than suggest a look-alike name
        reason = outside.get(iso3, "the data does not cover it.")
        raise UnknownCountryError(
            f"{query!r} ({display_name(iso3)}, {iso3}) is not among {among}: {reason}", fix=f"choose one of {among}."
        )
    suggestions = []
    if query.strip().isalpha() and len(query.strip()) == 3:  # looks like a mistyped ISO3 code
        suggestions = get_close_matches(query.strip().upper(), list(known), n=2, cutoff=0.6)
    by_name = {_fold(name): code for code, name in known.items()}
    suggestions += [by_name[m] for m in get_close_matches(folded, by_name, n=3, cutoff=0.6)]
    suggestions = list(dict.fromkeys(suggestions))[:4]
    hint = " Did you mean " + " or ".join(f"{known[s]} ({s})" for s in suggestions) + "?" if suggestions else ""
    raise UnknownCountryError(f"{query!r} is not among {among}.{hint}", fix=f"use a name or ISO code of {among}.")


def resolve_many(
    queries: Iterable[str],
    known: Mapping[str, str],
    *,
    among: str,
    least: int,
    most: int,
    outside: Mapping[str, str] | None = None,
) -> list[str]:
    """Resolve a selection of countries, keeping its order and dropping repeats; checks its size."""
    codes = list(dict.fromkeys(resolve(q, known, among=among, outside=outside) for q in queries))
    if not least <= len(codes) <= most:
        raise SelectionError(
            f"{len(codes)} {'country' if len(codes) == 1 else 'countries'} chosen; choose between {least} and {most}.",
            fix=f"select {'more' if len(codes) < least else 'fewer'} countries.",
        )
    return codes
