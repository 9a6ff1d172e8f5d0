"""IT emigration: the estimates, the shares under each denominator, and verdicts that follow the data."""

from __future__ import annotations

import pytest

from kit import articles
from kit.claims import Verdict
from kit.errors import SelectionError
from kit.stories.it_emigration import charts, explore
from kit.stories.it_emigration import compute as emigration


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
    assert "about 1,000,000 (a deputy interior minister's remark) gives 10.0%" in shares


def test_the_share_is_judged_against_the_most_trusted_headcount_not_the_one_that_fits(edit_raw):
    assert emigration.reference_workforce()["figure_id"] == "parshin-2022"
    edit_raw(emigration.WORKFORCE, "tass.com/economy/1605473,high,", "tass.com/economy/1605473,low,")
    assert emigration.reference_workforce()["figure_id"] == "shadayev-2022"


def test_estimates_of_different_periods_are_not_set_side_by_side_as_one_range():
    (claim,) = emigration.verdicts()
    (others,) = [caveat for caveat in claim.caveats if caveat.startswith("Other estimates count other periods")]
    assert "about 25,000 left (H1 2022)" in others and "25,000 to 115,000" not in others
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
    assert shares.title.startswith("100,000 is 10.0% to 13.5%")
    assert charts.shares_chart(50_000, broad=False).slug == "it-emigration-shares-50000"


def test_the_derived_shares_are_labelled_derived():
    tidy = emigration.tidy()
    assert set(tidy.loc[tidy["measure"].str.startswith("share"), "qualifier"]) == {"derived"}


def test_the_emigration_slider_redraws_the_shares():
    explorer = explore.emigration_shares()
    assert "100,000 is 10.0% to 13.5%" in explorer.chart.title
    explorer.controls["emigrants"].value = 50_000
    assert "50,000 is 5.0% to 6.8%" in explorer.chart.title
