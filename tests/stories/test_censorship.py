"""Censorship: the budget conversion at the week's rates, the growth by category, the VPN series."""

from __future__ import annotations

import pytest

from kit import articles
from kit.claims import Verdict
from kit.errors import SelectionError
from kit.stories.censorship import charts, explore
from kit.stories.censorship import compute as censorship


def test_the_conversion_divides_the_budget_by_each_days_rate():
    table = censorship.conversions().set_index("effective_date")
    assert table.loc["2026-01-20", "usd"] == pytest.approx(2_270_000_000 / 77.75)
    assert list(table.index) == sorted(table.index)


def test_the_2024_bases_are_derived_except_the_published_total():
    table = censorship.categories().set_index("category_id")
    assert table.loc["circumvention-tools", "base_2024"] == round(93_000 / 13.35)
    assert table.loc["total", "base_2024"] == 810_500 and not table.loc["total", "base_2024_derived"]
    assert table.drop("total")["base_2024_derived"].all()


def test_decimal_years_place_a_date_mid_month():
    assert censorship.decimal_year("2025-10-23") == pytest.approx(2025 + 9.5 / 12)
    assert censorship.decimal_year("2026-02 (late)") == pytest.approx(2026 + 1.5 / 12)


def test_the_vpn_series_keeps_only_counts_at_a_date():
    series = censorship.vpn_services()
    assert series["vpn_services_blocked"].tolist() == [167, 197, 258, 469]
    assert series["x"].is_monotonic_increasing


def test_every_claim_is_accurate_with_caveats():
    budget, growth, control = censorship.verdicts()
    assert control.verdict is Verdict.ACCURATE_WITH_CAVEATS
    assert "+59% on the year before (810,500)" in control.computed_value and "+31% on Oct 2024 (197)" in control.computed_value
    assert budget.verdict is growth.verdict is Verdict.ACCURATE_WITH_CAVEATS
    assert "$29.17m-$29.85m" in budget.computed_value
    assert growth.computed_value.startswith("+1,235%")
    assert any("Likee and Telegram, not websites" in caveat for caveat in growth.caveats)


def test_fewer_removals_than_the_year_before_would_not_be_tightening(edit_raw):
    edit_raw(censorship.CATEGORIES, "1289000,as reported,59,810500", "1289000,as reported,-5,810500")
    assert censorship.verdicts()[2].verdict is Verdict.INACCURATE


def test_a_weaker_rouble_that_week_would_break_over_29_million(edit_raw):
    edit_raw(censorship.RATES, "2026-01-21,77.82,", "2026-01-21,79.10,")
    assert censorship.verdicts()[0].verdict is Verdict.INACCURATE


def test_an_article_claiming_more_growth_than_reported_is_inaccurate(edit_raw):
    statements = articles.resource_of(censorship.ARTICLE, censorship.GROWTH_CLAIM)
    edit_raw(statements, "growth,more than,1200,", "growth,more than,1300,")
    assert censorship.verdicts()[1].verdict is Verdict.INACCURATE


def test_the_category_chart_highlights_circumvention_and_takes_a_selection():
    chart = charts.categories_chart()
    assert chart.title == "Circumvention tools grew 1,235% in 2025, over 4 times the next-fastest category"
    picked = charts.categories_chart(["drugs", "lgbt"])
    assert picked.data["category_id"].tolist() == ["lgbt", "drugs"]
    with pytest.raises(SelectionError, match="No category chosen"):
        charts.categories_chart([])
    with pytest.raises(SelectionError, match="No category vpn"):
        charts.categories_chart(["vpn"])


def test_the_budget_and_vpn_charts_state_their_findings():
    assert charts.budget_chart().title.endswith("is over $29m")
    vpn = charts.vpn_chart()
    assert vpn.title == "Russia's count of blocked VPN services rose from 167 to 469"
    assert "more than 20 (April 2022)" in vpn.description and "late February 2026" in vpn.alt_text


def test_the_dollar_amounts_are_labelled_derived():
    tidy = censorship.tidy()
    assert set(tidy.loc[tidy["unit"] == "US dollars", "qualifier"]) == {"derived"}


def test_the_category_explorer_compares_the_chosen_categories():
    explorer = explore.compare_blocked_categories()
    explorer.controls["categories"].value = ("drugs", "extremism")
    assert explorer.chart.data["category_id"].tolist() == ["drugs", "extremism"]
    explorer.controls["categories"].value = ()
    assert "No category chosen" in explorer.status.value
