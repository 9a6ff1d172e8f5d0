"""Property-based tests (hypothesis): formats, safe file names and country look-ups hold for any input.
(A story's own properties, such as an index's maths, are tested with it in tests/stories/.)"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st
from hypothesis_settings import FAST

from kit import countries, fmt
from kit.errors import ExportError, UnknownCountryError
from kit.files import slugify

KNOWN = {  # ISO3 -> name, as a story's list of countries gives them
    code: countries.display_name(code)
    for code in ("USA", "CHN", "GBR", "IND", "DEU", "FRA", "KOR", "JPN", "RUS", "UKR", "TUR", "ARE", "LUX")
}


# -- formats, file names, countries -------------------------------------------------------------------


@FAST
@given(st.integers(min_value=0, max_value=10**6))
def test_ordinals(n):
    text = fmt.ordinal(n)
    assert text[:-2] == str(n) and text[-2:] in {"st", "nd", "rd", "th"}
    if n % 100 in (11, 12, 13):
        assert text.endswith("th")


@FAST
@given(st.floats(min_value=-1e6, max_value=1e6, allow_nan=False))
def test_points_and_scores_have_two_decimals(value):
    assert re.fullmatch(r"\d+\.\d{2} points?", fmt.points(value))
    assert fmt.points(value).endswith("point") == (fmt.points(value).startswith("1.00 "))
    assert re.fullmatch(r"-?\d+\.\d{2}", fmt.score(value))


@FAST
@given(st.lists(st.text(alphabet=st.characters(categories=["L"]), min_size=1, max_size=8), max_size=6))
def test_names_lists_every_item_once_with_one_and(items):
    text = fmt.names(items)
    assert text.count(" and ") == (1 if len(items) >= 2 else 0)
    if items:
        assert text.startswith(items[0]) and text.endswith(items[-1])


@FAST
@given(st.text(max_size=200), st.integers(min_value=1, max_value=120))
def test_slugify_never_gives_a_path_or_an_empty_name(text, max_length):
    try:
        slug = slugify(text, max_length=max_length)
    except ExportError as error:
        assert error.fix and not re.search(r"[a-zA-Z0-9]", text.encode("ascii", "ignore").decode())
        return
    assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug) and len(slug) <= max_length
    assert "/" not in slug and ".." not in slug and slug not in {".", ".."}
    assert slugify(slug, max_length=max_length) == slug  # idempotent


@FAST
@given(st.text(max_size=40))
def test_any_text_resolves_to_a_ranked_country_or_a_clear_error(text):
    try:
        assert countries.resolve(text, KNOWN, among="the listed countries") in KNOWN
    except UnknownCountryError as error:
        assert error.fix and "not" in error.problem


@FAST
@given(st.sampled_from(sorted(KNOWN.items())), st.sampled_from([str.upper, str.lower, str.title, lambda s: f"  {s} "]))
def test_every_listed_country_resolves_by_name_or_code_in_any_case(country, variant):
    iso3, name = country
    assert countries.resolve(variant(name), KNOWN, among="the listed countries") == iso3
    assert countries.resolve(variant(iso3), KNOWN, among="the listed countries") == iso3
