"""The AI vibrancy ranking: the kit's computation reproduces the published one, its ranks hold up under random
weightings as the claim says, the verdicts follow the data, and the explorers redraw what the reader chooses."""

from __future__ import annotations

import io
import math

import numpy as np
import pandas as pd
import pytest
from PIL import Image

from kit import articles, claims, data, fmt
from kit.claims import Verdict
from kit.errors import SelectionError, UnknownCountryError, WeightsError
from kit.stories.ai_vibrancy import charts, explore
from kit.stories.ai_vibrancy import compute as vibrancy

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


def test_the_imputed_talent_score_and_its_effect_on_the_rank_reach_the_ledger():
    assert vibrancy.imputed_pillars() == ["Talent"]
    scores = vibrancy.pillar_scores()["Talent"]
    moved = vibrancy.placeholder_sensitivity("Talent").set_index("quantile")
    assert moved.loc[25, "pillar_score"] == pytest.approx(scores.quantile(0.25))
    for quantile in (25, 75):  # the rank with that score, recomputed by hand
        changed = vibrancy.pillar_scores()
        changed.loc["RUS", "Talent"] = moved.loc[quantile, "pillar_score"]
        weights = pd.Series(vibrancy.default_weights())
        totals = (changed * weights).sum(axis=1) / weights.sum()
        assert moved.loc[quantile, "rank"] == int((totals > totals["RUS"]).sum()) + 1
    assert moved["rank"].tolist() == [31, 20]
    assert vibrancy.pillar_contribution("Talent") == pytest.approx(5.70, abs=0.005)
    rank_claim, ahead_claim = vibrancy.verdicts()
    (talent,) = [c for c in rank_claim.caveats if "Talent score" in c]
    assert talent == "Russia's Talent score (34.22) is shared exactly by China, Japan and Malaysia, so it looks " \
        "imputed rather than measured."  # one sentence; its effect on the rank is under how we checked
    (effect,) = [step for step in rank_claim.method if "Talent score" in step]
    assert "shared exactly by China, Japan and Malaysia and is the median of the 36" in effect
    assert "supplies 5.70 of Russia's 10.67 points" in effect and "would rank 31st or 20th" in effect
    assert any("at the 75th percentile it would be ahead of Belgium" in c for c in ahead_claim.method)


def test_caveats_that_change_nothing_for_the_reader_are_gone():
    rank_claim, ahead_claim = vibrancy.verdicts()
    every = rank_claim.caveats + ahead_claim.caveats
    assert not any("smaller countries" in c for c in every)
    # tests of the tool's method (its weights) are how we checked, not caveats on how the article reported the rank
    assert not any("Dirichlet" in c or "pillar weight" in c for c in every)
    assert any("Dirichlet" in step for step in rank_claim.method)
    # the article's name for the ranking is not the tool's: the caveat says which it is
    (named,) = [c for c in rank_claim.caveats if "AI Index" in c]
    assert "Global AI Vibrancy Tool" in named and "annual AI Index report" in named
    assert not any("AI Index" in c for name in (vibrancy.PUBLISHED, vibrancy.PILLAR_SCORES)
                   for c in data.provenance(name).caveats)


def test_the_recomputations_are_named_as_the_publishers_of_the_files_not_stanford():
    for name in (vibrancy.PILLAR_SCORES, vibrancy.PUBLISHED, vibrancy.CROSSCHECK, vibrancy.DEFAULT_WEIGHTS):
        source = data.provenance(name)
        assert source.publisher.split(" (")[0] in {"AI-Governance-Map", "Tech Council of Australia"}
        assert "recomputed" in source.citation or "ported" in source.citation
        assert source.published > "2026"  # the recomputation's date, not the tool's release (November 2025)


def _edit_article(edit_raw, old: str, new: str) -> None:
    edit_raw(articles.resource_of(vibrancy.ARTICLE, vibrancy.RANK_CLAIM), old, new)


def test_a_wrong_rank_in_the_article_gets_an_inaccurate_verdict(edit_raw):
    _edit_article(edit_raw, "rank,as stated,28,", "rank,as stated,25,")
    rank_claim, _ = vibrancy.verdicts()
    assert rank_claim.verdict is Verdict.INACCURATE
    assert rank_claim.article_value == "25th of 36"


def test_a_country_wrongly_named_as_ahead_makes_the_claim_inaccurate(edit_raw):
    _edit_article(edit_raw, "USA CHN IND LUX BEL IRL", "USA CHN IND LUX BEL AUT")
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


def test_the_derived_overall_scores_and_ranks_are_labelled_derived():
    frame = vibrancy.tidy()
    assert set(frame.loc[frame["measure"].str.startswith("overall"), "qualifier"]) == {"derived"}


# -- robustness: ranks under random weightings (the engine's invariants are in tests/test_composite.py) --------


def test_the_default_weights_give_the_published_ranks():
    defaults = np.array([list(vibrancy.default_weights().values())])
    published = data.load(vibrancy.PUBLISHED).set_index("iso3")["rank"]
    assert vibrancy.ranks_under(defaults)[0].tolist() == published.loc[vibrancy.pillar_scores().index].tolist()


def test_the_best_and_worst_weightings_reproduce_russias_best_and_worst_ranks():
    simulation = vibrancy.simulate_ranks(draws=20_000)
    for rank, weights in (simulation.best, simulation.worst):
        assert sum(weights.values()) == pytest.approx(1)
        assert vibrancy.rank(weights).set_index("iso3").loc[vibrancy.FOCUS, "rank"] == rank
    ranks = simulation.counts[simulation.codes.index(vibrancy.FOCUS)].nonzero()[0] + 1
    assert (simulation.best[0], simulation.worst[0]) == (ranks.min(), ranks.max())


def test_a_high_concentration_stays_close_to_the_default_ranking():
    summary = vibrancy.summary(vibrancy.simulate_ranks(draws=5_000, concentration=10_000))
    assert (summary["median_rank"] - summary["default_rank"]).abs().max() <= 1
    uniform = vibrancy.summary(vibrancy.simulate_ranks(draws=5_000, concentration=None))
    spread = (uniform["rank_p95"] - uniform["rank_p5"]).mean()
    assert spread > (summary["rank_p95"] - summary["rank_p5"]).mean()


def test_the_summary_names_countries_as_the_ranking_does():
    summary = vibrancy.summary(vibrancy.simulate_ranks(draws=1_000))
    ranking = vibrancy.rank()
    assert list(summary.columns[:3]) == ["country", "iso3", "default_rank"]
    assert summary[["country", "iso3"]].equals(ranking[["country", "iso3"]])
    assert (summary["default_rank"] == ranking["rank"]).all()


def test_the_weightings_are_described_by_how_far_a_weight_strays_not_by_the_concentration():
    spread = [100 * change for change in vibrancy.typical_weight_change(vibrancy.CONCENTRATION).values()]
    low, high = round(min(spread)), round(max(spread))
    assert (low, high) == (16, 41)  # R&D's weight strays least (the largest), the three weights of 0.2 most
    assert vibrancy.describe(vibrancy.simulate_ranks(draws=1_000)) == (
        f"1,000 weightings centred on Stanford's weights (Dirichlet; each weight typically within {low}-{high}% of "
        "Stanford's)"
    )
    uniform = vibrancy.simulate_ranks(draws=1_000, concentration=None)
    assert vibrancy.describe(uniform) == "1,000 weightings drawn uniformly from all possible ones"
    for language in ("en", "uk", "ru"):  # the parameter's name is no word for readers
        chart = charts.robustness_chart(vibrancy.simulate_ranks(draws=1_000)).in_language(language)
        assert not any(word in text.lower() for word in ("concentration", "концентрац")
                       for text in (chart.title, chart.subtitle, chart.note, chart.alt_text, chart.description))


def test_the_robustness_chart_states_the_computed_share_and_marks_the_article_rank():
    simulation = vibrancy.simulate_ranks(draws=10_000, concentration=30.0)
    chart = charts.robustness_chart(simulation)
    share = simulation.share("RUS", vibrancy.article_rank())
    assert chart.title.startswith(f"Russia ranks 28th or better in {share:.0%} of 10,000")
    assert chart.slug == "ai-vibrancy-rank-robustness-c30-10000"
    assert len(chart.data) == 36 and chart.data["default_rank"].is_monotonic_increasing
    assert f"best rank, {fmt.ordinal(simulation.best[0])}" in chart.description
    assert chart.figure().axes  # it draws


def test_the_rank_claims_how_we_checked_reports_the_random_weightings():
    method = vibrancy.verdicts()[0].method
    share = vibrancy.simulate_ranks().share("RUS", 28)
    assert any(f"28th or better in {share:.0%}" in step for step in method)


def test_the_rank_cites_stanfords_november_2025_release_as_read_in_the_recomputations():
    for cited in vibrancy.verdicts()[0].citations:
        assert cited.originator.startswith("Stanford HAI") and cited.originated == "2025-11"
        assert cited.published > "2026" and "github.com" in cited.url  # where the figures were read


def test_an_unknown_country_in_the_robustness_chart_is_refused_with_a_suggestion():
    with pytest.raises(UnknownCountryError, match="Russland|Russia"):
        charts.robustness_chart(vibrancy.simulate_ranks(draws=1_000), ["Russland"])


# -- the explorers (generic Explorer behaviour is in tests/test_widgets.py) -------------------------------


def shown_size(explorer):
    with Image.open(io.BytesIO(explorer.shown_png())) as image:
        return image.size


@pytest.fixture
def compare():
    return explore.compare_countries()


@pytest.fixture
def reweight():
    return explore.reweight_index()


def test_compare_starts_with_russia_and_the_countries_the_article_names(compare):
    assert list(compare.controls["countries"].value) == ["RUS", "USA", "CHN", "IND", "LUX", "BEL", "IRL"]
    assert compare.chart.title == charts.comparison_chart().title and compare.status.value == ""
    assert shown_size(compare)[0] == 1280


def test_compare_redraws_for_a_new_selection(compare):
    first = compare.image.value
    compare.controls["countries"].value = ("RUS", "ITA", "AUT")
    assert compare.image.value != first
    assert "these 3 countries" in compare.chart.title
    assert compare.chart.data["iso3"].unique().tolist() == ["ITA", "RUS", "AUT"]


def test_reweighting_states_russias_new_rank(reweight):
    assert "ranks 28th of 36" in reweight.chart.title
    reweight.controls["Public Opinion"].value = 0.3
    expected = vibrancy.rank({"Public Opinion": 0.3}).set_index("iso3").loc["RUS", "rank"]
    assert f"ranks {expected}" in reweight.chart.title and expected != 28


def test_rank_robustness_reruns_for_new_weightings_and_filters_countries_without_rerunning():
    explorer = explore.rank_robustness()
    default = vibrancy.simulate_ranks()
    assert f"in {default.share('RUS', 28):.0%} of 100,000" in explorer.chart.title
    explorer.controls["weighting"].value = "uniform"
    uniform = vibrancy.simulate_ranks(concentration=None)
    assert f"in {uniform.share('RUS', 28):.0%} of 100,000" in explorer.chart.title
    assert explorer.chart.slug == "ai-vibrancy-rank-robustness-uniform-100000"
    before = explore._simulation.cache_info().misses
    explorer.controls["countries"].value = ("RUS", "ITA", "AUT")
    assert explore._simulation.cache_info().misses == before
    assert explorer.chart.data["iso3"].tolist() == ["ITA", "RUS", "AUT"]
    explorer.controls["countries"].value = ()
    assert "0 countries chosen" in explorer.status.value and explorer.image.layout.display == "none"
