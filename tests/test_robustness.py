"""Ranks under random weightings: the vectorised Monte-Carlo obeys the index's invariants."""

from __future__ import annotations

import numpy as np
import pytest

from kit import data, fmt, vibrancy
from kit.errors import SelectionError, UnknownCountryError, WeightsError


@pytest.fixture(scope="module")
def scores():
    return vibrancy.pillar_scores()


def test_the_default_weights_give_the_published_ranks(scores):
    defaults = np.array([list(vibrancy.default_weights().values())])
    published = data.load(vibrancy.PUBLISHED).set_index("iso3")["rank"]
    assert vibrancy.ranks_under(defaults)[0].tolist() == published.loc[scores.index].tolist()


def test_scaling_all_weights_keeps_every_rank():
    weights = np.random.default_rng(1).random((500, 7))
    ranks = vibrancy.ranks_under(weights)
    for factor in (1e-3, 0.5, 7.0, 1e6):
        assert (vibrancy.ranks_under(weights * factor) == ranks).all()


def test_a_single_pillar_weighting_equals_the_ranking_by_that_pillar_ties_included(scores):
    ranks = vibrancy.ranks_under(np.eye(7))
    for row, pillar in enumerate(scores.columns):
        expected = scores[pillar].rank(ascending=False, method="min").astype("int64")
        assert ranks[row].tolist() == expected.tolist(), pillar
    assert any(scores[p].duplicated().any() for p in scores.columns), "the check needs a pillar with ties"


def test_ranks_agree_with_the_one_weighting_ranking_for_random_weights(scores):
    weights = np.random.default_rng(7).random((25, 7)) * (np.random.default_rng(8).random((25, 7)) > 0.3)
    weights[weights.sum(axis=1) == 0, 0] = 1.0
    for row, ranks in zip(weights, vibrancy.ranks_under(weights), strict=True):
        ranking = vibrancy.rank(dict(zip(scores.columns, row.tolist(), strict=True))).set_index("iso3")["rank"]
        assert ranks.tolist() == ranking.loc[scores.index].tolist()


@pytest.mark.parametrize("concentration", [None, 100.0])
def test_every_weighting_gives_every_rank_once(concentration):
    simulation = vibrancy.simulate_ranks(draws=5_000, concentration=concentration)
    assert (simulation.counts.sum(axis=0) == 5_000).all()  # each rank is taken in every weighting
    assert (simulation.counts.sum(axis=1) == 5_000).all()  # each country has one rank per weighting


def test_the_simulation_is_seeded_and_independent_of_the_chunk_size(monkeypatch):
    first = vibrancy.simulate_ranks(draws=20_000, seed=3)
    monkeypatch.setattr(vibrancy, "CHUNK", 999)
    second = vibrancy.simulate_ranks(draws=20_000, seed=3)
    assert (first.counts == second.counts).all() and first.best == second.best and first.worst == second.worst
    assert not (vibrancy.simulate_ranks(draws=20_000, seed=4).counts == first.counts).all()


def test_the_best_and_worst_weightings_reproduce_russias_best_and_worst_ranks():
    simulation = vibrancy.simulate_ranks(draws=20_000)
    for rank, weights in (simulation.best, simulation.worst):
        assert sum(weights.values()) == pytest.approx(1)
        assert vibrancy.rank(weights).set_index("iso3").loc[vibrancy.FOCUS, "rank"] == rank
    ranks = simulation.counts[simulation.iso3.index(vibrancy.FOCUS)].nonzero()[0] + 1
    assert (simulation.best[0], simulation.worst[0]) == (ranks.min(), ranks.max())


def test_a_high_concentration_stays_close_to_the_default_ranking():
    summary = vibrancy.simulate_ranks(draws=5_000, concentration=10_000).summary()
    assert (summary["median_rank"] - summary["default_rank"]).abs().max() <= 1
    uniform = vibrancy.simulate_ranks(draws=5_000, concentration=None).summary()
    spread = (uniform["rank_p95"] - uniform["rank_p5"]).mean()
    assert spread > (summary["rank_p95"] - summary["rank_p5"]).mean()


def test_summary_quantiles_are_ordered_and_share_matches_counts():
    simulation = vibrancy.simulate_ranks(draws=5_000)
    summary = simulation.summary()
    columns = ["best_rank", "rank_p5", "median_rank", "rank_p95", "worst_rank"]
    assert (summary[columns].diff(axis=1).iloc[:, 1:] >= 0).all().all()
    russia = simulation.counts[simulation.iso3.index("RUS")]
    assert simulation.share("RUS", 28) == russia[:28].sum() / 5_000


@pytest.mark.parametrize("draws", [0, 999, 10_000_001, 2.5, True, "many"])
def test_an_impossible_number_of_draws_is_refused(draws):
    with pytest.raises(SelectionError, match="number of random weightings"):
        vibrancy.simulate_ranks(draws=draws)


@pytest.mark.parametrize("concentration", [0, -5, 0.5, 20_000, float("nan"), float("inf"), "high"])
def test_an_impossible_concentration_is_refused(concentration):
    with pytest.raises(WeightsError, match="concentration"):
        vibrancy.simulate_ranks(draws=1_000, concentration=concentration)


@pytest.mark.parametrize(
    "weights", [np.ones(7), np.zeros((1, 7)), -np.ones((1, 7)), np.full((1, 7), np.nan), np.ones((1, 6))]
)
def test_impossible_weight_rows_are_refused(weights):
    with pytest.raises(WeightsError):
        vibrancy.ranks_under(weights)


def test_the_robustness_chart_states_the_computed_share_and_marks_the_article_rank():
    simulation = vibrancy.simulate_ranks(draws=10_000, concentration=30.0)
    chart = vibrancy.robustness_chart(simulation)
    share = simulation.share("RUS", vibrancy.article_rank())
    assert chart.title.startswith(f"Russia ranks 28th or better in {share:.0%} of 10,000")
    assert chart.slug == "ai-vibrancy-rank-robustness-c30-10000"
    assert len(chart.data) == 36 and chart.data["default_rank"].is_monotonic_increasing
    assert f"best rank, {fmt.ordinal(simulation.best[0])}" in chart.note
    assert chart.figure().axes  # it draws


def test_the_rank_claim_caveats_report_the_random_weightings():
    caveats = vibrancy.verdicts()[0].caveats
    share = vibrancy.simulate_ranks().share("RUS", 28)
    assert any(f"28th or better in {share:.0%}" in caveat for caveat in caveats)


def test_an_unknown_country_in_the_robustness_chart_is_refused_with_a_suggestion():
    with pytest.raises(UnknownCountryError, match="Russland|Russia"):
        vibrancy.robustness_chart(vibrancy.simulate_ranks(draws=1_000), ["Russland"])
