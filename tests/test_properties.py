"""Property-based tests (hypothesis): formats, safe file names and country look-ups hold for any input.
(A story's own properties, such as an index's maths, are tested with it in tests/stories/.)"""

from __future__ import annotations

import datetime
import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st
from hypothesis_settings import FAST

from kit import countries, data, fmt
from kit.errors import ExportError, UnknownCountryError
from kit.files import slugify
from kit.text import mixed_script

KNOWN = {  # ISO3 -> name, as a story's list of countries gives them
    code: countries.display_name(code)
    for code in ("USA", "CHN", "GBR", "IND", "DEU", "FRA", "KOR", "JPN", "RUS", "UKR", "TUR", "ARE", "LUX")
}


# -- formats, file names, countries -------------------------------------------------------------------


@FAST
@given(st.integers(min_value=0, max_value=10**6))
def test_ordinals(n):
    text = fmt.ordinal(n)
    assert text[:-2] == f"{n:,}" and text[-2:] in {"st", "nd", "rd", "th"}  # grouped as every number: 1,038th
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
@given(st.dates(), st.integers(min_value=1, max_value=31), st.integers(min_value=1, max_value=12))
def test_a_date_is_accepted_exactly_when_the_calendar_has_it(real, day, month):
    assert data.date_problem(real.isoformat()) is None and data.date_problem(real.isoformat()[:7]) is None
    written = f"{real.year:04d}-{month:02d}-{day:02d}"
    try:
        datetime.date(real.year, month, day)
    except ValueError:
        assert written in (data.date_problem(written) or "") and "no day" in data.date_problem(written)
    else:
        assert data.date_problem(written) is None and data.text_problem(f"on {written}, said") is None


@FAST
@given(st.text(alphabet=st.characters(categories=["L", "Zs", "Pd"]), max_size=40))
def test_a_mixed_word_is_named_by_a_letter_of_it_and_one_alphabet_per_word_passes(written):
    found = mixed_script(written)
    alphabets = [{name.split(" ", 1)[0] for name in (unicodedata.name(c, "") for c in word) if name.split(" ", 1)[0] in
                  ("LATIN", "CYRILLIC", "GREEK")} for word in re.findall(r"[^\W\d_]+", written.replace("\u03bc", " "))]
    if found is None:
        assert all(len(scripts) <= 1 for scripts in alphabets)
    else:
        position, letter, word = found
        assert written[position] == letter and letter in word and word in written


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
