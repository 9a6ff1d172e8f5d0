"""The composite index engine (`kit.composite`) on a small synthetic index, independent of any story: one
weighting or many at once give the same ranks, ties share the better rank, a negative score or huge weights
change nothing, and the Monte-Carlo over random weightings is seeded, chunk-independent and complete."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest

from kit import composite
from kit.composite import CompositeIndex
from kit.errors import SelectionError, WeightsError

PILLARS = ["Research", "Money", "People"]
# Ties within each pillar (AAA and BBB on Research, BBB and CCC on Money, AAA, BBB and FFF on People), a negative
# score (DDD) and a zero row (EEE); no two entities tie on every pillar, so random weightings break every tie.
SCORES = pd.DataFrame(
    {
        "Research": [10.0, 10.0, 5.0, -2.0, 0.0, 7.0],
        "Money": [1.0, 3.0, 3.0, 8.0, 0.0, 2.0],
        "People": [4.0, 4.0, 9.0, 1.0, 6.0, 4.0],
    },
    index=["AAA", "BBB", "CCC", "DDD", "EEE", "FFF"],
)
DEFAULTS = {"Research": 1.0, "Money": 0.5, "People": 0.25}
NAMES = {"AAA": "Alpha", "BBB": "Bravo", "CCC": "Charlie", "DDD": "Delta", "EEE": "Echo", "FFF": "Foxtrot"}
FOCUS = "DDD"


@pytest.fixture(scope="module")
def index():
    return CompositeIndex(SCORES, DEFAULTS, NAMES)


def ranks_by_rank(index, weights) -> list[int]:
    """Every entity's rank from `rank()`, in the index's entity order."""
    ranking = index.rank(dict(zip(PILLARS, weights, strict=True))).set_index("code")["rank"]
    return ranking.loc[SCORES.index].tolist()


def test_rank_gives_every_entity_best_first_with_ties_sharing_the_better_rank(index):
    ranking = index.rank()
    assert list(ranking.columns) == ["name", "code", "score", "rank"]
    assert sorted(ranking["code"]) == sorted(NAMES) and ranking["score"].is_monotonic_decreasing
    expected = (SCORES @ pd.Series(DEFAULTS)) / sum(DEFAULTS.values())
    assert ranking.set_index("code")["score"].to_dict() == pytest.approx(expected.to_dict())
    tied = index.rank({"Money": 0.0, "People": 0.0}).set_index("code")["rank"]
    assert tied["AAA"] == tied["BBB"] == 1 and tied["FFF"] == 3


def test_ranks_under_agree_with_rank_for_random_weights(index):
    weights = np.random.default_rng(7).random((40, 3)) * (np.random.default_rng(8).random((40, 3)) > 0.3)
    weights[weights.max(axis=1) == 0, 0] = 1.0
    for row, ranks in zip(weights, index.ranks_under(weights), strict=True):
        assert ranks.tolist() == ranks_by_rank(index, row.tolist())


def test_a_single_pillar_weighting_equals_the_ranking_by_that_pillar_ties_included(index):
    ranks = index.ranks_under(np.eye(3))
    for row, pillar in enumerate(PILLARS):
        expected = SCORES[pillar].rank(ascending=False, method="min").astype("int64")
        assert ranks[row].tolist() == expected.tolist() == ranks_by_rank(index, np.eye(3)[row].tolist()), pillar
    assert all(SCORES[p].duplicated().any() for p in PILLARS), "the check needs ties in every pillar"


def test_scaling_all_weights_keeps_every_rank(index):
    weights = np.random.default_rng(1).random((500, 3))
    ranks = index.ranks_under(weights)
    for factor in (1e-300, 1e-3, 0.5, 7.0, 1e6, 1e300):
        assert (index.ranks_under(weights * factor) == ranks).all()
    defaults = index.rank()
    for factor in (1e-300, 2.0, 1e300):
        scaled = index.rank({p: w * factor for p, w in DEFAULTS.items()})
        assert scaled["code"].tolist() == defaults["code"].tolist()
        assert scaled["score"].to_numpy() == pytest.approx(defaults["score"].to_numpy(), rel=1e-12)


@pytest.mark.parametrize(
    "huge, like",
    [
        ({"Research": 1e308}, [1.0, 0.0, 0.0]),
        ({"Research": 1e308, "Money": 1e308}, [1.0, 1.0, 0.0]),
        ({p: 1e308 for p in PILLARS}, [1.0, 1.0, 1.0]),
        ({p: 5e-324 for p in PILLARS}, [1.0, 1.0, 1.0]),
        ({"Research": 1e-310, "Money": 0.0, "People": 0.0}, [1.0, 0.0, 0.0]),
    ],
    ids=["one pillar", "two pillars", "every pillar", "tiniest on every pillar", "subnormal on one pillar"],
)
def test_huge_or_tiny_finite_weights_neither_overflow_nor_lose_precision(index, huge, like):
    with warnings.catch_warnings(), np.errstate(over="raise", invalid="raise", divide="raise"):
        warnings.simplefilter("error")
        ranking = index.rank(huge)
        rows = index.ranks_under(np.array([[huge.get(p, DEFAULTS[p]) for p in PILLARS]]))
    assert np.isfinite(ranking["score"]).all()
    assert ranking.set_index("code")["rank"].loc[SCORES.index].tolist() == rows[0].tolist()
    assert rows[0].tolist() == index.ranks_under(np.array([like]))[0].tolist()
    alike = index.rank(dict(zip(PILLARS, like, strict=True)))
    pd.testing.assert_frame_equal(ranking, alike)  # the same scores, to the last digit: only proportions count


def test_sensitivity_moves_one_weight_at_a_time(index):
    table = index.sensitivity(FOCUS, 0.5)
    assert table["pillar"].tolist() == PILLARS and table["default_weight"].tolist() == list(DEFAULTS.values())
    for row in table.itertuples():
        lower = index.rank({row.pillar: max(row.default_weight - 0.5, 0.0)}).set_index("code").loc[FOCUS, "rank"]
        higher = index.rank({row.pillar: row.default_weight + 0.5}).set_index("code").loc[FOCUS, "rank"]
        assert (row.rank_lower, row.rank_higher) == (lower, higher)


@pytest.mark.parametrize("concentration", [None, 100.0])
def test_every_weighting_gives_every_rank_once(index, concentration):
    simulation = index.simulate(FOCUS, 5_000, concentration, seed=1)
    assert (simulation.counts.sum(axis=0) == 5_000).all()  # each rank is taken in every weighting
    assert (simulation.counts.sum(axis=1) == 5_000).all()  # each entity has one rank per weighting


def test_the_simulation_is_seeded_and_independent_of_the_chunk_size(index, monkeypatch):
    first = index.simulate(FOCUS, 20_000, 100.0, seed=3)
    monkeypatch.setattr(composite, "CHUNK", 999)
    second = index.simulate(FOCUS, 20_000, 100.0, seed=3)
    assert (first.counts == second.counts).all() and first.best == second.best and first.worst == second.worst
    assert not (index.simulate(FOCUS, 20_000, 100.0, seed=4).counts == first.counts).all()


def test_the_best_and_worst_weightings_reproduce_the_focus_best_and_worst_ranks(index):
    simulation = index.simulate(FOCUS, 20_000, None, seed=5)
    for rank, weights in (simulation.best, simulation.worst):
        assert sum(weights.values()) == pytest.approx(1)
        assert index.rank(weights).set_index("code").loc[FOCUS, "rank"] == rank
    ranks = simulation.counts[simulation.codes.index(FOCUS)].nonzero()[0] + 1
    assert (simulation.best[0], simulation.worst[0]) == (ranks.min(), ranks.max())
    assert simulation.best[0] < simulation.worst[0]  # the negative score does not pin the focus to one place


def test_summary_quantiles_are_ordered_and_share_matches_counts(index):
    simulation = index.simulate(FOCUS, 5_000, 100.0, seed=2)
    summary = simulation.summary()
    assert list(summary.columns[:3]) == ["name", "code", "default_rank"]
    assert summary["code"].tolist() == index.rank()["code"].tolist()
    columns = ["best_rank", "rank_p5", "median_rank", "rank_p95", "worst_rank"]
    assert (summary[columns].diff(axis=1).iloc[:, 1:] >= 0).all().all()
    focus = simulation.counts[simulation.codes.index(FOCUS)]
    assert simulation.share(FOCUS, 3) == focus[:3].sum() / 5_000
    assert simulation.describe() == "5,000 weightings centred on the default weights (Dirichlet, concentration 100)"


def test_random_weightings_come_in_chunks_and_match_the_typical_change(index):
    chunks = list(index.random_weightings(composite.CHUNK + 10, 50.0, seed=1))
    assert [len(chunk) for chunk in chunks] == [composite.CHUNK, 10]
    shares = np.vstack(chunks) / np.vstack(chunks).sum(axis=1, keepdims=True)
    default = np.array(list(DEFAULTS.values())) / sum(DEFAULTS.values())
    relative = (shares / default).std(axis=0)
    assert relative == pytest.approx(list(index.typical_weight_change(50.0).values()), rel=0.05)


@pytest.mark.parametrize("draws", [0, 999, 10_000_001, 2.5, True, "many"])
def test_an_impossible_number_of_draws_is_refused(index, draws):
    with pytest.raises(SelectionError, match="number of random weightings"):
        index.simulate(FOCUS, draws, 100.0, seed=1)


@pytest.mark.parametrize("concentration", [0, -5, 0.5, 20_000, float("nan"), float("inf"), "high", True])
def test_an_impossible_concentration_is_refused(index, concentration):
    with pytest.raises(WeightsError, match="concentration"):
        index.simulate(FOCUS, 1_000, concentration, seed=1)


def test_an_unknown_focus_is_refused(index):
    with pytest.raises(SelectionError, match="not ranked by this index"):
        index.simulate("ZZZ", 1_000, None, seed=1)


@pytest.mark.parametrize(
    "weights",
    [np.ones(3), np.zeros((1, 3)), -np.ones((1, 3)), np.full((1, 3), np.nan), np.full((1, 3), np.inf), np.ones((1, 2))],
)
def test_impossible_weight_rows_are_refused(index, weights):
    with pytest.raises(WeightsError):
        index.ranks_under(weights)


@pytest.mark.parametrize(
    "weights, message",
    [
        ({"Money": -0.5}, "cannot be negative"),
        ({p: 0 for p in PILLARS}, "All pillar weights are zero"),
        ({"Money": float("nan")}, "not a finite number"),
        ({"Money": float("inf")}, "not a finite number"),
        ({"Money": "high"}, "not a finite number"),
        ({"Money": True}, "not a finite number"),
        ({"Mony": 1.0}, "Did you mean 'Money'"),
        ([("Money", 1.0)], "must map pillar names"),
    ],
)
def test_impossible_weights_are_refused_with_a_fix(index, weights, message):
    with pytest.raises(WeightsError, match=message) as error:
        index.rank(weights)
    assert error.value.fix


@pytest.mark.parametrize(
    "scores, defaults, message",
    [
        (SCORES, {"Research": 1.0, "Money": 1.0}, "name different pillars"),
        (SCORES.assign(Money=[1.0, np.nan, 3.0, 8.0, 0.0, 2.0]), DEFAULTS, "not finite"),
        (SCORES, {"Research": 0.0, "Money": 0.0, "People": 0.0}, "All pillar weights are zero"),
    ],
)
def test_an_index_that_cannot_be_ranked_is_refused(scores, defaults, message):
    with pytest.raises(WeightsError, match=message):
        CompositeIndex(scores, defaults, NAMES)
