"""Country names and codes: resolve what a reader types to an ISO 3166-1 alpha-3 code (pycountry)."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Mapping
from difflib import get_close_matches

import pycountry

from kit.errors import SelectionError, UnknownCountryError


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").casefold().strip()


def resolve(query: str, known: Mapping[str, str], *, among: str, outside: Mapping[str, str] | None = None) -> str:
    """The ISO3 code in `known` (ISO3 -> name) that `query` names: a name, an ISO2/ISO3 code, or close.

    `among` describes the set for messages ("the 36 ranked countries"); `outside` maps ISO3 codes of
    real countries that the set leaves out to the reason, so the message can say why.
    """
    if not isinstance(query, str) or not query.strip():
        raise UnknownCountryError(
            f"{query!r} is not a country name or code.", fix=f"use a name or ISO code of {among}."
        )
    outside = outside or {}
    folded = _fold(query)
    for iso3, name in known.items():
        if folded in (_fold(iso3), _fold(name)):
            return iso3
    candidates = _pycountry_candidates(query)
    if len(candidates) == 1 and candidates[0] in known:
        return candidates[0]
    if len(candidates) == 1 and candidates[0] in outside:
        iso3 = candidates[0]
        raise UnknownCountryError(
            f"{query!r} ({iso3}) is not among {among}: {outside[iso3]}",
            fix=f"choose one of {among}.",
        )
    suggestions = [iso3 for iso3 in candidates if iso3 in known]
    if query.strip().isalpha() and len(query.strip()) == 3:  # looks like a mistyped ISO3 code
        suggestions = get_close_matches(query.strip().upper(), list(known), n=2, cutoff=0.6) + suggestions
    by_name = {_fold(name): iso3 for iso3, name in known.items()}
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


# Spellings that sources use and pycountry does not resolve on its own
ALIASES = {
    "uk": "GBR",
    "uae": "ARE",
    "s. korea": "KOR",
    "s. arabia": "SAU",
    "russia": "RUS",
    "turkey": "TUR",
    "macau": "MAC",
}
# Display names where pycountry's own is formal ("Russian Federation") or spelled otherwise ("Macao")
DISPLAY = {"RUS": "Russia", "MAC": "Macau"}


@functools.lru_cache(maxsize=1024)
def code_of(name: str) -> str | None:
    """The ISO3 code of a country name or code as a source writes it ('USA', 'S. Korea', 'Russia'); None if
    the text names no country (such as 'Unknown')."""
    folded = _fold(name)
    if folded in ALIASES:
        return ALIASES[folded]
    try:
        return pycountry.countries.lookup(name.strip()).alpha_3
    except LookupError:
        return None


def display_name(iso3: str) -> str:
    """A short, common English name for a country code: 'South Korea', not 'Korea, Republic of'."""
    if iso3 in DISPLAY:
        return DISPLAY[iso3]
    country = pycountry.countries.get(alpha_3=iso3)
    if country is None:
        raise UnknownCountryError(f"{iso3!r} is not an ISO 3166-1 alpha-3 code.", fix="use a code such as RUS.")
    return getattr(country, "common_name", country.name)


def _pycountry_candidates(query: str) -> list[str]:
    try:
        return [pycountry.countries.lookup(query.strip()).alpha_3]
    except LookupError:
        pass
    try:
        return [country.alpha_3 for country in pycountry.countries.search_fuzzy(query.strip())]
    except LookupError:
        return []
