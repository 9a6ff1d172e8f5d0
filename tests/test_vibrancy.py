"""The AI vibrancy ranking: the kit's computation reproduces the published one, and the verdicts follow the data."""

from __future__ import annotations

import io
import math

import pandas as pd
import pytest

from kit import claims, data, vibrancy
from kit.claims import Verdict
from kit.errors import SelectionError, UnknownCountryError, WeightsError

PILLARS = ["R&D", "Responsible AI", "Economy", "Talent", "Policy and Governance", "Public Opinion", "Infrastructure"]


def test_default_weights_reproduce_the_published_scores_and_ranks_of_all_36_countries():
    ours = vibrancy.rank().set_index("iso3")
    for source in (vibrancy.PUBLISHED, vibrancy.CROSSCHECK):
        published = data.load(source).set_index("iso3")
        assert set(ours.index) == set(published.index) and len(ours) == 36
        assert (ours["score"] - published["score"]).abs().max() <= 0.01
        assert (ours["rank"] == published["rank"]).all()


def test_rank_returns_one_row_per_country_best_first():
    ranking = vibrancy.rank()
    assert list(ranking.columns) == ["country", "iso3", "score", "rank"]
    assert ranking["iso3"].is_unique
    assert ranking["score"].is_monotonic_decreasing
    assert ranking["rank"].tolist() == list(range(1, 37))


def test_the_tool_uses_the_pillar_names_the_issue_spells_out():
    assert vibrancy.pillars() == PILLARS


def test_pillars_left_out_keep_their_default_weight():
    pd.testing.assert_frame_equal(vibrancy.rank({"Talent": 0.6}), vibrancy.rank())


def test_scaling_every_weight_keeps_every_rank():
    doubled = {pillar: 2 * weight for pillar, weight in vibrancy.default_weights().items()}
    assert vibrancy.rank(doubled)["iso3"].tolist() == vibrancy.rank()["iso3"].tolist()


@pytest.mark.parametrize("pillar", PILLARS)
def test_a_single_pillar_weighting_ranks_by_that_pillar(pillar):
    only = {p: (1.0 if p == pillar else 0.0) for p in PILLARS}
    ranking = vibrancy.rank(only).set_index("iso3")
    expected = vibrancy.pillar_scores()[pillar].rank(ascending=False, method="min").astype("int64")
    assert (ranking["rank"] == expected.loc[ranking.index]).all()


def test_a_score_is_the_weighted_mean_of_the_pillar_scores():
    weights = {"R&D": 3.0, "Talent": 1.0, "Economy": 0.0}
    merged = {**vibrancy.default_weights(), **weights}
    russia = vibrancy.pillar_scores().loc["RUS"]
    expected = sum(russia[p] * w for p, w in merged.items()) / sum(merged.values())
    assert vibrancy.rank(weights).set_index("iso3").loc["RUS", "score"] == pytest.approx(expected)


@pytest.mark.parametrize(
    "weights, message",
    [
        ({"R&D": -0.5}, "cannot be negative"),
        ({p: 0 for p in PILLARS}, "All pillar weights are zero"),
        ({"Talent": math.nan}, "not a finite number"),
        ({"Talent": math.inf}, "not a finite number"),
        ({"Talent": "high"}, "not a finite number"),
        ({"Talent": True}, "not a finite number"),
        ({"Research": 1.0}, "not a pillar"),
        ({"Infrastucture": 1.0}, "Did you mean 'Infrastructure'"),
        ([("R&D", 1.0)], "must map pillar names"),
    ],
)
def test_impossible_weights_raise_a_clear_value_error(weights, message):
    with pytest.raises(ValueError, match=message) as error:
        vibrancy.rank(weights)
    assert isinstance(error.value, WeightsError) and error.value.fix


def test_sensitivity_reports_the_rank_for_each_one_pillar_change():
    table = vibrancy.sensitivity()
    assert table["pillar"].tolist() == PILLARS
    row = table.set_index("pillar").loc["Public Opinion"]
    weights = {"Public Opinion": row["default_weight"] + vibrancy.SENSITIVITY_STEP}
    assert row["rank_higher"] == vibrancy.rank(weights).set_index("iso3").loc["RUS", "rank"]


def test_the_claims_are_judged_from_the_data():
    rank_claim, ahead_claim = vibrancy.verdicts()
    ranking = vibrancy.rank().set_index("iso3")
    assert rank_claim.computed_value.startswith(f"{ranking.loc['RUS', 'rank']}th of {len(ranking)}")
    assert rank_claim.verdict is Verdict.ACCURATE_WITH_CAVEATS
    assert any("Italy" in caveat and "Austria" in caveat for caveat in rank_claim.caveats)
    assert ahead_claim.verdict is Verdict.ACCURATE_WITH_CAVEATS
    assert vibrancy.named_ahead() == ["USA", "CHN", "IND", "LUX", "BEL", "IRL"]


def _edit_article(data_copy, old: str, new: str) -> None:
    path = data_copy / data.resource(claims.ARTICLE)["path"]
    path.write_text(path.read_text().replace(old, new))
    data.rehash(claims.ARTICLE)


def test_a_wrong_rank_in_the_article_gets_an_inaccurate_verdict(data_copy):
    _edit_article(data_copy, "rank,as stated,28,", "rank,as stated,25,")
    rank_claim, _ = vibrancy.verdicts()
    assert rank_claim.verdict is Verdict.INACCURATE
    assert rank_claim.article_value == "25th of 36"


def test_a_country_wrongly_named_as_ahead_makes_the_claim_inaccurate(data_copy):
    _edit_article(data_copy, "USA CHN IND LUX BEL IRL", "USA CHN IND LUX BEL AUT")
    _, ahead_claim = vibrancy.verdicts()
    assert ahead_claim.verdict is Verdict.INACCURATE
    assert "Austria 29th" in ahead_claim.computed_value


@pytest.mark.parametrize(
    "matches, caveats, verdict",
    [
        (True, [], Verdict.ACCURATE),
        (True, ["thin margin"], Verdict.ACCURATE_WITH_CAVEATS),
        (False, [], Verdict.INACCURATE),
        (None, ["no data"], Verdict.UNSUPPORTED),
    ],
)
def test_judge_maps_a_comparison_to_the_fixed_vocabulary(matches, caveats, verdict):
    assert claims.judge(matches, caveats) is verdict


def test_compare_takes_names_or_codes_and_orders_by_rank():
    frame = vibrancy.compare(["russia", "USA", "Türkiye"])
    assert list(dict.fromkeys(frame["iso3"])) == ["USA", "RUS", "TUR"]
    assert len(frame) == 3 * 7


@pytest.mark.parametrize(
    "selection, error, message",
    [
        (["Russia"], SelectionError, "choose between 2 and 8"),
        (["Russia", "RUS"], SelectionError, "1 country chosen"),
        (vibrancy.rank()["iso3"].head(9).tolist(), SelectionError, "9 countries"),
        (["Russia", "Rusia"], UnknownCountryError, "Did you mean Russia"),
        (["Russia", "Ukraine"], UnknownCountryError, "does not rank it"),
        (["Russia", "Narnia"], UnknownCountryError, "not among the 36"),
    ],
)
def test_bad_selections_are_refused_with_a_clear_message(selection, error, message):
    with pytest.raises(error, match=message):
        vibrancy.compare(selection)


def test_shared_scores_flag_the_identical_talent_values():
    shared = vibrancy.shared_scores()
    assert set(shared["pillar"]) == {"Talent"}
    assert set(shared["iso3"]) == {"CHN", "JPN", "MYS", "RUS"}


def test_the_committed_tidy_dataset_is_what_the_code_produces():
    committed = pd.read_csv(data.paths.DATA / "processed" / "ai_vibrancy_2024.csv", dtype={"period": str})
    fresh = pd.read_csv(io.StringIO(vibrancy.tidy().to_csv(index=False)), dtype={"period": str})
    pd.testing.assert_frame_equal(committed, fresh)


def test_the_tidy_dataset_follows_the_kit_conventions():
    frame = vibrancy.tidy()
    assert list(frame.columns) == [
        "entity",
        "entity_type",
        "iso3",
        "measure",
        "period",
        "value",
        "unit",
        "qualifier",
        "source_id",
    ]
    for source_ids in frame["source_id"].unique():
        for source_id in source_ids.split():
            data.resource(source_id)
    assert set(frame.loc[frame["measure"].str.startswith("overall"), "qualifier"]) == {"derived"}


def test_the_committed_ledger_holds_this_notebooks_verdicts():
    ledger = pd.read_csv(data.paths.DATA / "processed" / "claims.csv", dtype=str, keep_default_na=False)
    mine = ledger[ledger["notebook"] == vibrancy.NOTEBOOK].set_index("claim_id")
    for claim in vibrancy.verdicts():
        assert mine.loc[claim.claim_id].to_dict() == {k: v for k, v in claim.row().items() if k != "claim_id"}
