"""IT emigration: the estimates, the shares under each denominator, and verdicts that follow the data."""

from __future__ import annotations

import pytest

from kit import articles, fmt, style, words
from kit.claims import Verdict
from kit.errors import SelectionError
from kit.stories.it_emigration import charts, explore
from kit.stories.it_emigration import compute as emigration
from kit.i18n import t


def test_the_bne_components_are_summed_into_one_derived_row():
    rows = emigration.estimates().set_index("estimate_id")
    parts = rows.loc[list(emigration.COMPONENTS)]
    assert rows.loc["bne-sum", ["low", "high"]].tolist() == [parts["low"].sum(), parts["high"].sum()]
    assert rows.loc["bne-sum", "derived"] and not parts["derived"].any()


def test_the_share_is_the_emigrants_over_each_headcount():
    table = emigration.shares(50_000).set_index("figure_id")
    assert table.loc["parshin-2022", "share"] == pytest.approx(100 * 50_000 / 761_000)
    assert len(table) == len(emigration.workforce())
    assert set(emigration.shares(broad=False)["scope"]) == {"IT industry"}


@pytest.mark.parametrize("emigrants", [0, -5, 10_000_000, "many", True])
def test_an_impossible_number_of_emigrants_is_refused(emigrants):
    with pytest.raises(SelectionError, match="number of emigrants"):
        emigration.shares(emigrants)


def test_the_outcome_range_leaves_out_forecasts_and_components():
    assert emigration.outcome_range() == (25_000, 115_000)


def test_the_claim_is_accurate_with_caveats_and_names_the_denominators():
    (claim,) = emigration.verdicts()
    assert claim.verdict is Verdict.ACCURATE_WITH_CAVEATS
    assert "13.1% of the ministry's count of the 2022 IT workforce, 761,000" in claim.computed_value
    assert "'up to 10%'" in claim.computed_value
    (shares,) = [caveat for caveat in claim.caveats if caveat.startswith("Against the ministry's own count")]
    assert "so 'about 10%' understates the share" in shares
    assert "about 1m (a deputy interior minister's remark) gives 10.0%" in shares  # one number style: 1m, 761,000


def test_the_share_is_judged_against_the_most_trusted_headcount_not_the_one_that_fits(edit_raw):
    assert emigration.reference_workforce()["figure_id"] == "parshin-2022"
    edit_raw(emigration.WORKFORCE, "tass.com/economy/1605473,high,", "tass.com/economy/1605473,low,")
    assert emigration.reference_workforce()["figure_id"] == "shadayev-2022"


def test_estimates_of_different_periods_are_not_set_side_by_side_as_one_range():
    (claim,) = emigration.verdicts()
    (others,) = [caveat for caveat in claim.caveats if caveat.startswith("Other estimates count other periods")]
    assert "about 25,000 left (the first half of 2022)" in others and "25,000 to 115,000" not in others
    assert "115,000" not in " ".join(claim.caveats)  # the kit's sum of bne's components is not published


def test_an_article_figure_far_from_the_ministrys_is_inaccurate(edit_raw):
    statements = articles.resource_of(emigration.ARTICLE, emigration.CLAIM)
    edit_raw(statements, "people_left,about,100000,", "people_left,about,200000,")
    assert emigration.verdicts()[0].verdict is Verdict.INACCURATE


def test_a_share_no_denominator_supports_is_inaccurate(edit_raw):
    statements = articles.resource_of(emigration.ARTICLE, emigration.CLAIM)
    edit_raw(statements, "share_of_workforce,about,10,", "share_of_workforce,about,20,")
    assert emigration.verdicts()[0].verdict is Verdict.INACCURATE


def test_a_smaller_official_headcount_changes_the_computed_share(edit_raw):
    edit_raw(emigration.WORKFORCE, "parshin-2022,2022,761000,", "parshin-2022,2022,500000,")
    assert "20.0% of the ministry's count of the 2022 IT workforce, 500,000" in emigration.verdicts()[0].computed_value


def test_the_charts_state_their_findings_from_the_data():
    timeline = charts.estimates_chart()
    assert timeline.title == "The article's 100,000 is the ministry's year-end count of IT workers abroad"
    assert "from 25,000 to 115,000, count other periods" in timeline.alt_text
    assert "bne-sum" in set(timeline.data["estimate_id"]) and "bloomberg-raec" not in set(timeline.data["estimate_id"])
    shares = charts.shares_chart()
    assert shares.title.startswith("100,000 is 10.0–13.5%")  # a range: an en dash, the unit once
    assert charts.shares_chart(50_000, broad=False).slug == "it-emigration-shares-50000"


def test_the_derived_shares_are_labelled_derived():
    tidy = emigration.tidy()
    assert set(tidy.loc[tidy["measure"].str.startswith("share"), "qualifier"]) == {"derived"}


def test_the_emigration_slider_redraws_the_shares():
    explorer = explore.emigration_shares()
    assert "100,000 is 10.0–13.5%" in explorer.chart.title
    explorer.controls["emigrants"].value = 50_000
    assert "50,000 is 5.0–6.8%" in explorer.chart.title


def test_the_estimates_are_labelled_by_who_when_and_what_not_by_internal_keys():
    chart = charts.estimates_chart()
    labels = chart.data["label"].tolist()
    assert labels[3] == "Digital ministry (Dec 2022): abroad, not returned"
    assert all(label.count(":") == 1 for label in labels)  # never 'Dec 2022: Ministry: abroad, not back'
    ukrainian = chart.in_language("uk")
    assert plain(ukrainian.data["label"][3]) == "Мінцифри РФ (груд. 2022): за кордоном, не повернулися"
    assert "Мінцифри " not in ukrainian.title.replace("російського Мінцифри", "")  # never Ukraine's own ministry
    assert "True" not in ukrainian.data.to_csv() and set(ukrainian.data["status"]) >= {"прогноз"}


def test_the_shares_are_derived_so_none_is_the_highlight_and_the_articles_share_is_a_reference():
    chart = charts.shares_chart()
    bars = next(cell.cell_contents for cell in chart.draw.__closure__ if isinstance(cell.cell_contents, list))
    assert style.SUBJECT not in {bar.role for bar in bars}
    assert {bar.label for bar in bars if bar.role == style.NAMED} == {
        "2022: 740,000 (Shadayev)", "2022: 761,000 (Parshin)", "2022: 1m (Zubov)"
    }  # the year's IT-industry counts, in one number style: 761,000 and 1m, never 1,000,000
    figure = chart.in_language("ru").figure()
    drawn = [plain(text.get_text()) for text in figure.findobj(lambda artist: hasattr(artist, "get_text"))]
    assert "В статье: около 10 %" in " ".join(drawn).replace("\n", " ")
    assert "5 %" in drawn and "5%" not in drawn  # the axis in the edition's number format


def test_the_datawrapper_tables_read_in_their_language_at_the_precision_shown():
    from kit import export

    chart = charts.shares_chart().in_language("uk")
    table = export.datawrapper_table(chart.data, chart.wide)
    assert [plain(name) for name in table.columns] == ["Чисельність ІТ-кадрів", "100 000 як частка, %", "Чисельність", "Рік"]
    assert [plain(table.iloc[2, 0]), *table.iloc[2, 1:]] == ["2022: 761 000 (Паршин)", 13.1, 761000, 2022]


@pytest.mark.parametrize(
    "language, forms",
    [
        ("en", {"article": ["people", "person", "people", "people", "people", "people", "people", "people"]}),
        (
            "uk",
            {
                "article": ["осіб", "особи", "осіб", "осіб", "осіб", "особи", "осіб", "особи"],
                "explore": ["осіб", "особа", "особи", "осіб", "осіб", "особа", "особи", "особи"],
                "caveat": ["ІТ-фахівців", "ІТ-фахівця", "ІТ-фахівців", "ІТ-фахівців", "ІТ-фахівців", "ІТ-фахівця",
                           "ІТ-фахівців", "ІТ-фахівця"],
            },
        ),
        (
            "ru",
            {
                "article": ["человек", "человека", "человек", "человек", "человек", "человека", "человек", "человека"],
                "explore": ["человек", "человек", "человека", "человек", "человек", "человек", "человека", "человека"],
                "caveat": ["IT-специалистов", "IT-специалиста", "IT-специалистов", "IT-специалистов", "IT-специалистов",
                           "IT-специалиста", "IT-специалистов", "IT-специалиста"],
            },
        ),
    ],
)
def test_nouns_after_a_number_take_the_form_that_number_asks_for(language, forms):
    numbers = [0, 1, 2, 5, 11, 21, 22, 1.5]
    texts = {
        "article": lambda n: t("emigration-article-value", people=fmt.decimal(n), n=n, share="10%", year="2022"),
        "explore": lambda n: t("emigration-explore-emigrants", people=fmt.decimal(n), n=n),
        "caveat": lambda n: t("emigration-caveat-figures", date="", people=fmt.decimal(n), n=n, year="2022",
                              minister="", article=""),
    }
    for name, expected in forms.items():
        for n, noun in zip(numbers, expected, strict=True):
            rendered = plain(words.render(texts[name](n), language))
            shown = plain(fmt.decimal(n, language=language))
            assert f"{shown} {noun}" in rendered, (name, n, rendered)


def plain(text: str) -> str:
    """A rendered text with its no-break spaces as spaces (typography is tested apart)."""
    return text.replace("\u00a0", " ")


def test_the_sliders_number_is_written_in_the_explorers_language():
    from kit import i18n

    with i18n.use("uk"):
        explorer = explore.emigration_shares()
    slider = explorer.controls["emigrants"]
    assert not slider.readout  # its own readout would write 100,000 in every language
    assert plain(slider.description) == "Виїхали: 100 000 осіб"
    slider.value = 25_000
    assert plain(slider.description) == "Виїхали: 25 000 осіб"
    explorer.language.value = "ru"
    assert plain(slider.description) == "Уехали: 25 000 человек"
