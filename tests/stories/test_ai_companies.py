"""The top-100 AI and technology firms: both readings of the statement, checked against the lists the kit has."""

from __future__ import annotations

import pytest

from kit import articles
from kit.claims import Verdict
from kit.errors import SelectionError, UnknownCountryError
from kit.stories.ai_companies import charts, explore
from kit.stories.ai_companies import compute as companies


def test_each_list_has_its_places_cut_off_and_no_russian_company():
    assert {key: len(companies.companies(key)) for key in companies.LISTS} == {
        "all-sector": 100,
        "tech": 100,
        "ai50": 50,
    }
    assert companies.cutoff("all-sector") == 182.49e9 and companies.cutoff("tech") == 28.11e9
    assert companies.cutoff("ai50") is None
    assert all(companies.russian_in(key) == 0 for key in companies.LISTS)
    assert all(companies.companies(key)["iso3"].notna().all() for key in companies.LISTS)


def test_places_by_country_match_the_published_counts_and_include_russias_zero():
    counts = companies.by_country().set_index(["list", "iso3"])["companies"]
    assert counts[("all-sector", "USA")] == 59 and counts[("tech", "USA")] == 57 and counts[("ai50", "USA")] == 42
    assert counts[("all-sector", "CHN")] == 11 and counts[("tech", "JPN")] == 8 and counts[("ai50", "GBR")] == 3
    assert all(counts[(key, "RUS")] == 0 for key in companies.LISTS)
    assert counts.groupby(level="list").sum().to_dict() == {"ai50": 50, "all-sector": 100, "tech": 100}


def test_the_ai_reading_cannot_be_settled_by_a_list_of_50():
    ai, _ = companies.verdicts()
    assert ai.verdict is Verdict.UNSUPPORTED
    assert ai.computed_value.startswith("0 Russian firms in the Forbes AI 50")


def test_the_tech_reading_holds_because_the_largest_russian_tech_firm_is_below_the_lower_bound():
    _, tech = companies.verdicts()
    assert tech.verdict is Verdict.ACCURATE_WITH_CAVEATS
    assert "Yandex, valued at $24.3 bn (Forbes Russia, 2026), below the $28.1 bn" in tech.computed_value
    assert any("16% more" in c and "reported 2026-02-26" in c for c in tech.caveats)


def test_each_list_says_what_it_can_and_cannot_show():
    ai, tech = companies.verdicts()
    assert all(spec.shows and spec.cannot_show for spec in companies.LISTS.values())
    (lists,) = [c for c in tech.caveats if c.startswith("No list of the world's top 100 technology firms")]
    assert "holds 0, so it cannot show whether a Russian firm would rank" in lists
    assert "so none is worth $182.5 bn or more" in lists
    assert any(companies.LISTS["ai50"].cannot_show in c for c in ai.caveats)


def test_the_tech_reading_is_attributed_to_the_outlets_that_worded_it():
    assert articles.said_by(companies.ARTICLE, companies.TECH_CLAIM) == ("UNN (Ukrainian National News)", "TSN")
    assert articles.said_by(companies.ARTICLE, companies.AI_CLAIM) == ("UNITED24 Media",)
    ai, _ = companies.verdicts()
    (departs,) = [c for c in ai.caveats if c.startswith("The article's wording departs from its source")]
    assert "as UNN (Ukrainian National News) and TSN report it" in departs and companies.TECH_CLAIM in departs


def test_the_russian_values_are_dated_and_published():
    candidates = companies.russian_candidates()
    assert candidates["report_date"].eq("2026-02-26").all() and candidates["edition"].eq(2026).all()
    assert candidates.iloc[0]["company"] == "Yandex" and candidates["value_usd"].is_monotonic_decreasing


def test_a_russian_firm_in_the_ai_list_makes_the_ai_reading_inaccurate(edit_raw):
    edit_raw(companies.AI50, "Cologne,Germany", "Moscow,Russia")
    ai, _ = companies.verdicts()
    assert ai.verdict is Verdict.INACCURATE and "Russia 1" in ai.computed_value


def test_an_ai_list_as_long_as_the_articles_settles_the_ai_reading(edit_raw):
    edit_raw(
        articles.resource_of(companies.ARTICLE, companies.AI_CLAIM),
        "UNITED24 Media,top_n,as stated,100,places in the list,",
        "UNITED24 Media,top_n,as stated,50,places in the list,",
    )
    ai, _ = companies.verdicts()
    assert ai.verdict is Verdict.ACCURATE_WITH_CAVEATS


def test_a_russian_tech_firm_above_the_lower_bound_leaves_the_tech_reading_open(edit_raw):
    edit_raw(companies.RUSSIAN_CAPS, "2026,1,Yandex,24.3,", "2026,1,Yandex,30,")
    _, tech = companies.verdicts()
    assert tech.verdict is Verdict.UNSUPPORTED


def test_an_unknown_list_or_country_is_refused():
    with pytest.raises(SelectionError, match="not one of the kit's company lists"):
        companies.companies("fortune500")
    with pytest.raises(SelectionError, match="No list chosen"):
        charts.countries_chart([])
    with pytest.raises(UnknownCountryError, match="Did you mean"):
        charts.countries_chart(selection=["Japn"])


def test_the_charts_show_russia_in_every_panel_and_the_cut_offs():
    chart = charts.countries_chart()
    assert chart.title == "No Russian company in any of these 3 lists of leading firms"
    russia = chart.data[chart.data["iso3"] == "RUS"]
    assert len(russia) == 3 and (russia["companies"] == 0).all()
    one = charts.countries_chart(["ai50"], ["France"])
    assert set(one.data["iso3"]) == {"FRA", "RUS"} and one.slug == "ai-companies-by-country-ai50-fra-rus"
    values = charts.market_value_chart()
    assert set(values.data["kind"]) == {"Russian company (Forbes Russia, 2026)", "cut-off (lower bound)", "cut-off"}
    assert values.title == "Yandex, valued at $24.3bn, is below the world's 100th tech firm"
    assert "forum" not in values.note and "2026-02-26" in values.note  # a dated source, said in the chart


def test_the_widget_redraws_for_a_list_and_refuses_no_country():
    explorer = explore.company_lists()
    first = explorer.image.value
    explorer.controls["lists"].value = ("ai50",)
    assert explorer.image.value != first and "Forbes AI 50" in explorer.chart.title
    explorer.controls["countries"].value = ()
    assert "0 countries chosen" in explorer.status.value
