"""Resolving what a reader types to a country code."""

from __future__ import annotations

import pytest

from kit import countries
from kit.errors import SelectionError, UnknownCountryError

KNOWN = {"RUS": "Russia", "USA": "United States", "KOR": "South Korea", "TUR": "Turkey", "GBR": "United Kingdom"}


@pytest.mark.parametrize(
    "query, code",
    [
        ("Russia", "RUS"),
        ("  russia ", "RUS"),
        ("RUS", "RUS"),
        ("ru", "RUS"),
        ("Russian Federation", "RUS"),
        ("us", "USA"),
        ("United States of America", "USA"),
        ("Korea, Republic of", "KOR"),
        ("Türkiye", "TUR"),
        ("turkey", "TUR"),
        ("GB", "GBR"),
        ("UK", "GBR"),
        ("Россия", "RUS"),
        ("Росія", "RUS"),
        ("росія", "RUS"),
        ("Сполучені Штати", "USA"),
        ("Великобритания", "GBR"),
        ("Туреччина", "TUR"),
    ],
)
def test_names_in_every_language_codes_and_official_names_resolve(query, code):
    assert countries.resolve(query, KNOWN, among="the test set") == code


@pytest.mark.parametrize(
    "query, message",
    [
        ("Rusia", "Did you mean Russia (RUS)"),
        ("Narnia", "not among the test set"),
        ("", "not a country"),
        ("Korea", "Did you mean South Korea (KOR)"),
    ],
)
def test_unknown_names_get_suggestions(query, message):
    with pytest.raises(UnknownCountryError, match=message.replace("(", r"\(").replace(")", r"\)")) as error:
        countries.resolve(query, KNOWN, among="the test set")
    assert isinstance(error.value, ValueError) and error.value.fix


@pytest.mark.parametrize("query, named", [("Iran", "Iran, IRN"), ("Ireland", "Ireland, IRL"), ("Іран", "Iran, IRN")])
def test_a_real_country_outside_the_set_is_named_not_mistaken_for_a_look_alike(query, named):
    known = {**KNOWN, "IRL": "Ireland"} if query != "Ireland" else {**KNOWN, "IRN": "Iran"}
    with pytest.raises(UnknownCountryError, match=f"is not among the test set") as error:
        countries.resolve(query, known, among="the test set")
    assert named in str(error.value) and "Did you mean" not in str(error.value)


def test_every_lookup_agrees_with_the_resolver():
    """One resolver for the whole kit: what `code_of` reads, `resolve` accepts, and the other way round."""
    for spelling in ("UK", "Turkey", "Türkiye", "S. Korea", "Росія", "Russian Federation", "Czech Republic"):
        code = countries.code_of(spelling)
        assert code and countries.resolve(spelling, {code: countries.display_name(code)}, among="x") == code


def test_a_real_country_outside_the_set_says_why():
    with pytest.raises(UnknownCountryError, match="UKR.*not ranked here"):
        countries.resolve("Ukraine", KNOWN, among="the test set", outside={"UKR": "not ranked here"})


def test_a_selection_keeps_order_drops_repeats_and_checks_its_size():
    assert countries.resolve_many(["USA", "Russia", "RUS"], KNOWN, among="x", least=2, most=3) == ["USA", "RUS"]
    with pytest.raises(SelectionError, match="choose between 2 and 3"):
        countries.resolve_many(["USA"], KNOWN, among="x", least=2, most=3)


@pytest.mark.parametrize(
    "name, code",
    [
        ("USA", "USA"),
        ("UK", "GBR"),
        ("S. Korea", "KOR"),
        ("UAE", "ARE"),
        ("Russia", "RUS"),
        ("Macau", "MAC"),
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("United States", "USA"),
        ("Unknown", None),
    ],
)
def test_code_of_reads_the_spellings_sources_use(name, code):
    assert countries.code_of(name) == code


def test_display_names_are_short_and_common():
    assert [countries.display_name(c) for c in ("RUS", "KOR", "TWN", "GBR", "MAC")] == [
        "Russia",
        "South Korea",
        "Taiwan",
        "United Kingdom",
        "Macao",
    ]
    assert countries.display_name("HKG") == "Hong Kong"  # CLDR's "Hong Kong SAR China", shortened
    with pytest.raises(UnknownCountryError):
        countries.display_name("XXX")
