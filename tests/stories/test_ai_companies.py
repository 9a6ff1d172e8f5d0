"""The top-100 AI and technology firms: both readings of the statement, checked against the lists the kit has."""

from __future__ import annotations

import pytest

import re

import pandas as pd

from kit import articles, export, style
from kit import charts as kcharts
from kit.claims import Verdict
from kit.errors import SelectionError, UnknownCountryError
from kit.stories.ai_companies import charts, explore
from kit.stories.ai_companies import compute as companies
from kit.i18n import t
from kit.words import render


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
    assert "Yandex, valued at $24.3bn (Forbes Russia, 2026), below the $28.1bn" in tech.computed_value
    assert any("16% more" in c and "reported 26 Feb 2026" in c for c in tech.caveats)


def test_each_list_says_what_it_can_and_cannot_show():
    ai, tech = companies.verdicts()
    assert all(spec.shows and spec.cannot_show for spec in companies.LISTS.values())
    (lists,) = [c for c in tech.caveats if c.startswith("No list of the world's top 100 technology firms")]
    assert "leaves Russian firms out, so it cannot show whether a Russian firm would rank" in lists
    assert "so none is worth $182.5bn or more" in lists
    assert any(companies.LISTS["ai50"].cannot_show in c for c in ai.caveats)


def test_the_tech_reading_is_attributed_to_the_outlets_that_worded_it():
    assert articles.said_by(companies.ARTICLE, companies.TECH_CLAIM) == ("UNN (Ukrainian National News)", "TSN")
    assert articles.said_by(companies.ARTICLE, companies.AI_CLAIM) == ("UNITED24 Media",)
    ai, _ = companies.verdicts()
    (departs,) = [c for c in ai.caveats if c.startswith("The article's wording departs from its source")]
    assert "as UNN (Ukrainian National News) and TSN report it" in departs and "checked separately" in departs
    assert companies.TECH_CLAIM not in departs  # no internal id in what readers read


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
    with pytest.raises(SelectionError, match="not one of the story's company lists"):
        companies.companies("fortune500")
    with pytest.raises(SelectionError, match="No list chosen"):
        charts.countries_chart([])
    with pytest.raises(UnknownCountryError, match="Did you mean"):
        charts.countries_chart(selection=["Japn"])


def test_the_countries_chart_shows_russia_in_every_panel_and_not_eligible_where_a_list_excludes_it():
    chart = charts.countries_chart()
    assert chart.title == "No Russian company in the two lists open to Russian firms"
    russia = chart.data[chart.data["iso3"] == "RUS"].set_index("list")
    assert russia.loc["all-sector", "companies"] == 0 and russia.loc["ai50", "companies"] == 0
    assert pd.isna(russia.loc["tech", "companies"]) and russia.loc["tech", "remark"] == "not eligible"
    (tech,) = [bars for title, bars in _panels(chart).items() if "Global 2000" in title]
    assert tech[-1].missing and tech[-1].value_label == "not eligible"  # no zero drawn for an excluded country
    assert "leaves Russian firms out" in chart.note and "Russia not eligible" in chart.description
    table = export.datawrapper_table(chart.data, chart.wide)
    assert table.columns[0] == "Country" and table.iloc[-1].tolist()[:2] == ["Russia", 0]
    assert table.iloc[-1].isna().sum() == 1  # the excluded list's cell is empty, not 0
    one = charts.countries_chart(["ai50"], ["France"])
    assert set(one.data["iso3"]) == {"FRA", "RUS"} and one.slug == "ai-companies-by-country-ai50-fra-rus"
    assert one.title == "No Russian company in the Forbes AI 50, 2025 (private firms)"
    assert charts.countries_chart(["tech"]).title.startswith("The Top 100 tech firms of the Forbes Global 2000")


def _panels(chart):
    return next(cell.cell_contents for cell in chart.draw.__closure__ if isinstance(cell.cell_contents, dict))


def test_the_market_value_chart_sets_yandex_beside_the_100th_tech_firm_in_one_money_style():
    values = charts.market_value_chart()
    assert values.title == "Yandex, valued at $24.3bn, is below the world's 100th tech firm"
    bars = next(cell.cell_contents for cell in values.draw.__closure__ if isinstance(cell.cell_contents, list))
    assert [bar.label for bar in bars[:2]] == ["100th tech firm, 2025", "Yandex"]  # a bar, not a line
    assert [bar.role for bar in bars].count(style.SUBJECT) == 1 and bars[1].role == style.SUBJECT
    assert all(bar.value_label.endswith("bn") and bar.value_label.startswith("$") for bar in bars)
    assert "$0.4bn" in values.description and not re.search(r"\d+m\b", values.description)  # never $m beside $bn
    assert "2026-02-26" not in values.note and "26 Feb 2026" in values.note  # a dated source, its date in words
    fig = values.figure(kcharts.WEB)
    assert not [line for ax in fig.axes for line in ax.lines if line.get_linestyle() == "--"]  # no dashed line
    table = export.datawrapper_table(values.data, values.wide)
    assert table.columns.tolist() == ["Company", "Market value, $bn", "What it is"]
    assert table.iloc[1].tolist()[:2] == ["Yandex", 24.3] and table.iloc[-1].tolist()[:2] == ["Banki.ru", 0.4]


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
def test_the_market_values_keep_half_the_one_column_width_for_their_bars(language):
    # row labels short enough that the bars are not squeezed; the note says the 100th firm is a lower bound
    fig = charts.market_value_chart().in_language(language).figure(kcharts.ONE_COLUMN)
    assert min(ax.get_position().width for ax in fig.axes) >= 0.5


@pytest.mark.parametrize("language", ["uk", "ru"])
def test_the_charts_and_claims_read_in_ukrainian_and_russian(language):
    values = charts.market_value_chart().in_language(language)
    assert values.title.startswith("Яндекс") and "млрд\u00a0$" in values.title and "$2" not in values.title
    assert "2026" in values.note and "-02-" not in values.note
    countries_chart = charts.countries_chart().in_language(language)
    assert "не допущена" in countries_chart.description.replace("\u00a0", " ")
    panels = " ".join(map(str, _panels(countries_chart)))
    assert "2026" in panels and not re.search(r"лют\.|февр\.", panels)  # a month in full: no "лют." left above "2026"
    ai, _ = companies.verdicts()
    (departs,) = [render(c, language) for c in ai.caveats if c.startswith("The article's wording")]
    assert "УНН" in departs and "ТСН" in departs and "Ukrainian" not in departs and "The Times" not in departs


@pytest.mark.parametrize(
    "language, lists, closed, expected",
    [
        ("uk", 2, 1, "з двох доступних їм списків"), ("uk", 5, 1, "з 5 доступних їм списків"), ("uk", 21, 1, "з 21 доступного їм списку"),
        ("uk", 22, 0, "з 22 списків"), ("uk", 11, 0, "з 11 списків"), ("uk", 1, 0, "у списку «"),
        ("uk", 3, 0, "з трьох списків"),
        ("ru", 2, 1, "из двух доступных им списков"), ("ru", 5, 1, "из 5 доступных им списков"), ("ru", 21, 1, "из 21 доступного им списка"),
        ("ru", 22, 0, "из 22 списков"), ("ru", 11, 0, "из 11 списков"), ("ru", 1, 0, "в списке «"),
        ("ru", 3, 1, "из трёх доступных им списков"),
        ("en", 21, 0, "any of these 21 lists"), ("en", 1, 0, "in the Forbes"), ("en", 2, 0, "either of these two"),
    ],
)
def test_the_countries_title_takes_the_plural_its_number_needs(language, lists, closed, expected):
    title = t("companies-countries-title-none", lists=lists, closed=closed, list="Forbes AI 50")
    assert expected in render(title, language).replace("\u00a0", " ")


@pytest.mark.parametrize(
    "language, expected",
    [
        ("en", "in these lists: Top 100 companies of all sectors by market value, Feb 2026; Forbes AI 50"),
        ("uk", "у цих списках: Топ-100 компаній усіх галузей за ринковою вартістю, лютий 2026; Forbes AI 50"),
        ("ru", "в этих списках: Топ-100 компаний всех отраслей по рыночной стоимости, февраль 2026; Forbes"),
    ],
)
def test_the_countries_alt_text_names_the_lists_in_full_apart_from_each_other(language, expected):
    alt = charts.countries_chart().in_language(language).alt_text.replace("\u00a0", " ")
    assert expected in alt and "лют." not in alt and "февр." not in alt
    one = charts.countries_chart(["ai50"], ["France"]).in_language(language).alt_text.replace("\u00a0", " ")
    assert any(word in one for word in ("this list:", "у цьому списку:", "в этом списке:"))


def test_the_widget_redraws_for_a_list_and_refuses_no_country():
    explorer = explore.company_lists()
    first = explorer.image.value
    explorer.controls["lists"].value = ("ai50",)
    assert explorer.image.value != first and "Forbes AI 50" in explorer.chart.title
    explorer.controls["countries"].value = ()
    assert "0 countries chosen" in explorer.status.value
