"""Property-based tests (hypothesis) of the AI vibrancy index: its maths, its tidy transform, its comparisons and
its country look-ups hold for any weights and any scores, not just the published data."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st
from hypothesis_settings import FAST, SLOW

from kit import data
from kit.stories.ai_vibrancy import compute as vibrancy

PILLARS = vibrancy.pillars()
RANKED = vibrancy.country_names()

weight = st.floats(min_value=0, max_value=10, allow_nan=False, allow_infinity=False)
weights = st.dictionaries(st.sampled_from(PILLARS), weight, min_size=1).filter(
    lambda w: sum({**vibrancy.default_weights(), **w}.values()) > 0
)


# -- the index ----------------------------------------------------------------------------------------


@FAST
@given(weights)
def test_ranks_follow_the_scores_for_any_weights(w):
    ranking = vibrancy.rank(w)
    assert sorted(ranking["iso3"]) == sorted(RANKED)
    assert ranking["score"].is_monotonic_decreasing
    scores = ranking["score"].to_numpy()
    for score, rank in zip(scores, ranking["rank"], strict=True):
        assert rank == 1 + (scores > score).sum()  # ties share the better rank
    if ranking["score"].is_unique:
        assert ranking["rank"].tolist() == list(range(1, len(ranking) + 1))  # a permutation of 1..n


@FAST
@given(weights)
def test_a_score_lies_between_the_countrys_lowest_and_highest_pillar(w):
    table = vibrancy.pillar_scores()
    used = [p for p, value in {**vibrancy.default_weights(), **w}.items() if value > 0]
    scores = vibrancy.rank(w).set_index("iso3")["score"]
    lowest, highest = table[used].min(axis=1).loc[scores.index], table[used].max(axis=1).loc[scores.index]
    assert (scores >= lowest - 1e-9).all() and (scores <= highest + 1e-9).all()


@FAST
@given(weights, st.integers(min_value=-10, max_value=10), st.floats(min_value=0.01, max_value=100))
def test_scaling_every_weight_keeps_every_rank(w, power, factor):
    full = {**vibrancy.default_weights(), **w}
    base = vibrancy.rank(full)
    exact = vibrancy.rank({p: value * 2.0**power for p, value in full.items()})  # exact in floating point
    pd.testing.assert_frame_equal(exact, base)
    scaled = vibrancy.rank({p: value * factor for p, value in full.items()})
    merged = base.merge(scaled, on="iso3", suffixes=("", "_scaled"))
    assert merged["score"].to_numpy() == pytest.approx(merged["score_scaled"].to_numpy(), rel=1e-9, abs=1e-12)


@SLOW
@given(weights, st.randoms(use_true_random=False))
def test_the_order_of_countries_in_the_source_does_not_matter(w, random):
    base = vibrancy.rank(w)
    table = vibrancy.pillar_scores()
    shuffled = table.loc[random.sample(list(table.index), len(table))]
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(vibrancy, "pillar_scores", lambda: shuffled)
        permuted = vibrancy.rank(w)
    pd.testing.assert_frame_equal(permuted, base)


@FAST
@given(weights, st.sampled_from(PILLARS), st.floats(min_value=0.01, max_value=5))
def test_more_weight_on_a_pillar_pulls_each_score_towards_that_pillar(w, pillar, extra):
    full = {**vibrancy.default_weights(), **w}
    before = vibrancy.rank(full).set_index("iso3")["score"]
    after = vibrancy.rank({**full, pillar: full[pillar] + extra}).set_index("iso3")["score"]
    target = vibrancy.pillar_scores()[pillar]
    assert ((after - target).abs() <= (before - target).abs() + 1e-9).all()


# -- the tidy transforms ------------------------------------------------------------------------------

score = st.floats(min_value=0, max_value=100, allow_nan=False).map(lambda x: round(x, 4))


@st.composite
def pillar_tables(draw):
    """A pillar-scores file as the loader returns it, for 2-10 of the ranked countries, any valid scores."""
    chosen = draw(st.lists(st.sampled_from(sorted(RANKED)), min_size=2, max_size=10, unique=True))
    rows = [(RANKED[iso3], iso3, pillar, draw(score)) for iso3 in chosen for pillar in PILLARS]
    return pd.DataFrame(rows, columns=["country", "iso3", "pillar", "score"]).astype({"score": "float64"})


@SLOW
@given(pillar_tables())
def test_the_tidy_dataset_has_one_row_per_observation_for_any_scores(table):
    real_load = data.load
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(data, "load", lambda name: table.copy() if name == vibrancy.PILLAR_SCORES else real_load(name))
        tidy = vibrancy.tidy()
        ranking = vibrancy.rank()
    n = table["iso3"].nunique()
    assert len(tidy) == n * len(PILLARS) + 2 * n
    assert not tidy.duplicated(["iso3", "measure", "period"]).any()
    assert tidy.notna().all().all()
    published = tidy[tidy["qualifier"] == "as published"]
    assert sorted(published["value"]) == sorted(table["score"])
    ranks = tidy[tidy["measure"] == "overall rank, default weights"].set_index("iso3")["value"]
    assert ranks.to_dict() == ranking.set_index("iso3")["rank"].astype("float64").to_dict()
    assert set(tidy.loc[tidy["qualifier"] == "derived", "source_id"]) == {
        f"{vibrancy.PILLAR_SCORES} {vibrancy.DEFAULT_WEIGHTS}"
    }


@SLOW
@given(st.lists(st.sampled_from(sorted(RANKED)), min_size=2, max_size=8, unique=True))
def test_a_comparison_holds_every_pillar_of_every_chosen_country_in_rank_order(codes):
    frame = vibrancy.compare(codes)
    assert len(frame) == len(codes) * len(PILLARS)
    order = list(dict.fromkeys(frame["iso3"]))
    assert sorted(order) == sorted(codes)
    ranks = [int(frame.loc[frame["iso3"] == code, "overall_rank"].iloc[0]) for code in order]
    assert ranks == sorted(ranks)


known_country = st.sampled_from(sorted(RANKED.items()))


@FAST
@given(known_country, st.sampled_from([str.upper, str.lower, str.title, lambda s: f"  {s} "]))
def test_every_ranked_country_resolves_by_name_or_code_in_any_case(country, variant):
    iso3, name = country
    assert vibrancy.resolve_country(variant(name)) == iso3
    assert vibrancy.resolve_country(variant(iso3)) == iso3
