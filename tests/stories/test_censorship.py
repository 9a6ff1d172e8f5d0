"""Censorship: the budget conversion at the week's rates, the growth by category, the VPN series."""

from __future__ import annotations

import pytest

from kit import articles, fmt, style, words
from kit.charts import Dot
from kit.claims import Verdict
from kit.i18n import t
from kit.errors import SelectionError
from kit.stories.censorship import STORY, charts, explore
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
    assert "+59% on the year before (810,500)" in control.computed_value
    assert "+31% on October 2024 (197)" in control.computed_value
    assert budget.verdict is growth.verdict is Verdict.ACCURATE_WITH_CAVEATS
    assert "= $29.17–29.85m at the official rates of 20 to 23 Jan 2026" in budget.computed_value  # no ISO dates
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


def test_the_budget_is_a_sentence_not_a_chart_and_the_vpn_chart_states_its_finding():
    assert STORY.claims[censorship.BUDGET_CLAIM] == () and not any("budget" in slug for slug in STORY.charts)
    vpn = charts.vpn_chart()
    assert vpn.title == "Russia's count of blocked VPN services rose from 167 to 469"
    assert "more than 20 (April 2022)" in vpn.description and "late February 2026" in vpn.alt_text


def test_red_marks_only_what_the_finding_names():
    dots = charts.categories_chart().draw.__closure__
    rows = next(cell.cell_contents for cell in dots if isinstance(cell.cell_contents, list) and
                isinstance(cell.cell_contents[0], Dot))
    highlighted = [dot for dot in rows if dot.role == style.SUBJECT]
    assert [dot.label for dot in highlighted] == ["Circumvention tools"]
    assert highlighted[0].derived_role == style.NAMED  # its 2024 base is derived: an open grey marker, not red
    points = next(cell.cell_contents for cell in charts.vpn_chart().draw.__closure__
                  if isinstance(cell.cell_contents, list))
    assert style.SUBJECT not in {point.role for point in points}  # every mark Russian, none the article's figure


def test_the_editions_axes_and_tables_read_in_their_language():
    from kit import export

    chart = charts.categories_chart().in_language("uk")
    ticks = next(cell.cell_contents for cell in chart.draw.__closure__
                 if isinstance(cell.cell_contents, list) and isinstance(cell.cell_contents[0], str))
    assert [plain(tick) for tick in ticks] == ["10 000", "100 000", "1 млн", "10 млн"]
    table = export.datawrapper_table(chart.data, chart.wide)
    assert plain(table.columns[0]) == "Категорія" and "True" not in chart.data.to_csv()
    vpn = charts.vpn_chart().in_language("ru")
    assert list(export.datawrapper_table(vpn.data, vpn.wide).iloc[:, 0]) == ["2023-10", "2024-10", "2025-10", "2026-02"]


def test_the_dollar_amounts_are_labelled_derived():
    tidy = censorship.tidy()
    assert set(tidy.loc[tidy["unit"] == "US dollars", "qualifier"]) == {"derived"}


def test_the_category_explorer_compares_the_chosen_categories():
    explorer = explore.compare_blocked_categories()
    explorer.controls["categories"].value = ("drugs", "extremism")
    assert explorer.chart.data["category_id"].tolist() == ["drugs", "extremism"]
    explorer.controls["categories"].value = ()
    assert "No category chosen" in explorer.status.value


def test_the_picker_names_its_categories_in_the_nominative():
    explorer = explore.compare_blocked_categories()
    assert explorer.controls["categories"].noun == "categories"
    assert plain(words.render(t("censorship-explore-noun"), "uk")) == "категорії"  # 'категорії: вибрано 3 з 10'
    assert plain(words.render(t("censorship-explore-noun"), "ru")) == "категории"


NUMBERS = [0, 1, 2, 5, 11, 21, 22, 1.5]


@pytest.mark.parametrize(
    "language, forms",
    [
        (
            "en",
            {
                "vpn": ["services", "service", "services", "services", "services", "services", "services", "services"],
                "categories": ["categories", "category", "categories", "categories", "categories", "categories",
                               "categories", "categories"],
                "rates": ["rates", "rate", "rates", "rates", "rates", "rates", "rates", "rates"],
            },
        ),
        (
            "uk",
            {
                "vpn": ["VPN-сервісів", "VPN-сервіс", "VPN-сервіси", "VPN-сервісів", "VPN-сервісів", "VPN-сервіс",
                        "VPN-сервіси", "VPN-сервісу"],
                "categories": ["категорій", "категорії", "категорій", "категорій", "категорій", "категорії",
                               "категорій", "категорії"],
                "rates": ["курсів", "курсу", "курсів", "курсів", "курсів", "курсу", "курсів", "курсу"],
                "fell": ["спаду немає", "категорії", "категоріях", "категоріях", "категоріях", "категорії",
                         "категоріях", "категорії"],
            },
        ),
        (
            "ru",
            {
                "vpn": ["VPN-сервисов", "VPN-сервис", "VPN-сервиса", "VPN-сервисов", "VPN-сервисов", "VPN-сервис",
                        "VPN-сервиса", "VPN-сервиса"],
                "categories": ["категорий", "категории", "категорий", "категорий", "категорий", "категории",
                               "категорий", "категории"],
                "rates": ["курсов", "курса", "курсов", "курсов", "курсов", "курса", "курсов", "курса"],
                "fell": ["спада нет", "категории", "категориях", "категориях", "категориях", "категории",
                         "категориях", "категории"],
            },
        ),
    ],
)
def test_nouns_after_a_number_take_the_form_that_number_asks_for(language, forms):
    texts = {
        "vpn": lambda n, shown: t("censorship-vpn-alt", last=shown, n=n, when_last="", first="", when_first=""),
        "categories": lambda n, shown: t("censorship-growth-computed-value", change="", year="", rank=1,
                                         ordinal="", total=n),
        "rates": lambda n, shown: t("censorship-budget-every-rate", n=n, low="", threshold="", stated=""),
        "fell": lambda n, shown: t("censorship-categories-alt", growth="", count="", base="", next="", fell=n),
    }  # where a message shows the number itself, Fluent writes it by CLDR (1,5 in uk and ru)
    for name, expected in forms.items():
        for n, noun in zip(NUMBERS, expected, strict=True):
            shown = plain(fmt.decimal(n, language=language))
            rendered = plain(words.render(texts[name](n, shown), language))
            written = shown if name == "vpn" or n != int(n) else plain(fmt.count(n, language=language))
            number = f" {written} "
            after = rendered.split(number, 1)[1].split()[:3] if number in rendered else rendered.split()
            assert noun in " ".join(after), (name, n, rendered)


def plain(text: str) -> str:
    """A rendered text with its no-break spaces as spaces (typography is tested apart)."""
    return text.replace("\u00a0", " ")
