"""A composite index: entities scored on several pillars, combined into one score by a weighted mean, and
how robust a rank is under other weightings (one at a time, or many random weightings at once).

Any index works: give `CompositeIndex` the pillar scores (one row per entity, one column per pillar), the
default weights and the entities' names. Ranks follow competition ranking: ties share the better rank.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from difflib import get_close_matches
from numbers import Real

import numpy as np
import pandas as pd

from kit.errors import SelectionError, WeightsError

DRAWS_RANGE = (1_000, 10_000_000)
CONCENTRATION_RANGE = (1.0, 10_000.0)
CHUNK = 1 << 14  # weightings per vectorised step: memory stays bounded whatever the number of draws
MAX_INDEX_BITS = 16  # at most 65,536 entities in one ranking


@dataclass(frozen=True, eq=False)
class CompositeIndex:
    """Entities scored on pillars; the index is the weighted mean of the pillar scores."""

    scores: pd.DataFrame  # entity code (index) x pillar (columns); finite numbers
    defaults: Mapping[str, float]  # the default weight of each pillar, in pillar order
    names: Mapping[str, str]  # entity code -> name

    def __post_init__(self):
        if list(self.scores.columns) != list(self.defaults):
            raise WeightsError(
                "The pillar scores and the default weights name different pillars.",
                fix=f"give one default weight per score column, in order: {list(self.scores.columns)}.",
            )
        if not np.isfinite(self.scores.to_numpy(dtype="float64")).all():
            raise WeightsError("Some pillar scores are missing or not finite.", fix="give every entity every score.")
        self.check_weights(None)

    @property
    def pillars(self) -> list[str]:
        return list(self.defaults)

    # -- weights and ranking ------------------------------------------------------------------------

    def check_weights(self, weights: Mapping[str, float] | None = None) -> pd.Series:
        """Full pillar weights: the defaults, overridden by `weights` (pillars left out keep their default)."""
        defaults = dict(self.defaults)
        if weights is not None and not isinstance(weights, Mapping):
            raise WeightsError(
                f"Weights must map pillar names to numbers, not {type(weights).__name__}.",
                fix=f"pass a dict such as {{{self.pillars[0]!r}: 0.5}}; pillars are {self.pillars}.",
            )
        merged = {**defaults, **(weights or {})}
        for pillar, weight in merged.items():
            if pillar not in defaults:
                close = get_close_matches(str(pillar), defaults, n=1)
                raise WeightsError(
                    f"{pillar!r} is not a pillar of the index." + (f" Did you mean {close[0]!r}?" if close else ""),
                    fix=f"use the index's pillar names: {self.pillars}.",
                )
            if isinstance(weight, bool) or not isinstance(weight, Real) or not math.isfinite(weight):
                raise WeightsError(
                    f"The weight of {pillar!r} is {weight!r}, which is not a finite number.",
                    fix="give every weight as a number of 0 or more.",
                )
            if weight < 0:
                raise WeightsError(
                    f"The weight of {pillar!r} is {weight}; weights cannot be negative.",
                    fix="use 0 to leave a pillar out, or a positive number to count it.",
                )
        if max(merged.values()) == 0:
            raise WeightsError(
                "All pillar weights are zero, so no score can be computed.",
                fix="give at least one pillar a weight above zero.",
            )
        return pd.Series({pillar: merged[pillar] for pillar in self.pillars}, dtype="float64")

    def proportions(self, weights: Mapping[str, float] | None = None) -> pd.Series:
        """Full pillar weights scaled so the largest is 1: a weighted mean depends only on the weights'
        proportions, and at this scale neither huge weights (1e308) overflow nor tiny ones (5e-324) lose digits."""
        w = self.check_weights(weights)
        return w / w.max()

    def rank(self, weights: Mapping[str, float] | None = None) -> pd.DataFrame:
        """One row per entity (`name`, `code`, `score`, `rank`), best first, for any weights."""
        w = self.proportions(weights)
        scores = self.scores[w.index].to_numpy() @ w.to_numpy() / w.sum()
        frame = pd.DataFrame({"name": [self.names[c] for c in self.scores.index], "code": self.scores.index})
        frame["score"] = scores
        frame["rank"] = frame["score"].rank(ascending=False, method="min").astype("int64")
        return frame.sort_values(["rank", "name"], ignore_index=True)

    def sensitivity(self, code: str, step: float) -> pd.DataFrame:
        """An entity's rank when each pillar weight alone moves down and up by `step` from its default."""
        rows = []
        for pillar, weight in self.defaults.items():
            row = {"pillar": pillar, "default_weight": weight}
            for label, new in (("lower", max(weight - step, 0.0)), ("higher", weight + step)):
                ranking = self.rank({pillar: new})
                row[f"rank_{label}"] = int(ranking.loc[ranking["code"] == code, "rank"].iloc[0])
            rows.append(row)
        return pd.DataFrame(rows)

    # -- many weightings at once --------------------------------------------------------------------

    def ranks_under(self, weights: np.ndarray) -> np.ndarray:
        """The rank of every entity (columns in `scores` order) under each row of pillar weights, as `rank()`
        gives them, for many weightings at once."""
        weights = np.asarray(weights, dtype="float64") + 0.0  # + 0.0 turns -0.0 into 0.0
        usable = weights.ndim == 2 and weights.shape[1] == len(self.pillars) and np.isfinite(weights).all()
        if not usable or (weights < 0).any() or (weights.max(axis=1, initial=0) == 0).any():
            raise WeightsError(
                "Each weighting must be a row of finite non-negative numbers, one per pillar, not all zero.",
                fix=f"pass an array of shape (weightings, {len(self.pillars)}) in the pillar order {self.pillars}.",
            )
        weights = weights / weights.max(axis=1, keepdims=True)
        columns, ranks = _sorted_ranks(weights @ self._shifted_scores().T)
        result = np.empty_like(columns)
        np.put_along_axis(result, columns, ranks + 1, axis=1)
        return result

    @functools.cached_property
    def _default_ranks(self) -> tuple[int, ...]:
        """Each entity's rank under the default weights, in `scores` order (a simulation states them each time)."""
        default = self.rank()
        ranks = dict(zip(default["code"], default["rank"], strict=True))
        return tuple(int(ranks[code]) for code in self.scores.index)

    def _shifted_scores(self) -> np.ndarray:
        """The scores moved up to start at zero (the fast ranking needs non-negative scores; a common shift
        changes no rank)."""
        table = self.scores.to_numpy(dtype="float64")
        return table - min(0.0, float(table.min()))

    def simulate(
        self, focus: str, draws: int, concentration: float | None, seed: int
    ) -> RankSimulation:
        """Every entity's rank under `draws` random weightings, and the best and worst for `focus`.

        `concentration=None` draws weightings uniformly from all possible ones (the simplex); a number draws them
        from a Dirichlet distribution centred on the default weights, closer to them the larger it is. Seeded and
        computed in fixed-size chunks: the same arguments give the same result in bounded memory.
        """
        check_simulation(draws, concentration)
        if focus not in self.names:
            raise SelectionError(f"{focus!r} is not ranked by this index.", fix=f"use one of {sorted(self.names)}.")
        scores_by_pillar = self._shifted_scores().T.copy()
        entities = len(self.scores)
        position = self.scores.index.get_loc(focus)
        counts = np.zeros(entities * entities, dtype="int64")
        best, worst = (entities, None), (-1, None)
        for weights in self.random_weightings(draws, concentration, seed):
            scores = weights @ scores_by_pillar  # ranks do not depend on the weights' total: no need to normalise
            focus_ranks = np.count_nonzero(scores > scores[:, [position]], axis=1)
            low, high = focus_ranks.argmin(), focus_ranks.argmax()
            if focus_ranks[low] < best[0]:
                best = (int(focus_ranks[low]), weights[low] / weights[low].sum())
            if focus_ranks[high] > worst[0]:
                worst = (int(focus_ranks[high]), weights[high] / weights[high].sum())
            order, ranks = _sorted_ranks(scores)
            counts += np.bincount((order * entities + ranks).ravel(), minlength=entities * entities)
        return RankSimulation(
            codes=tuple(self.scores.index),
            names=tuple(self.names[c] for c in self.scores.index),
            default_ranks=self._default_ranks,
            counts=counts.reshape(entities, entities),
            draws=draws,
            concentration=concentration,
            seed=seed,
            best=(best[0] + 1, dict(zip(self.pillars, best[1].tolist(), strict=True))),
            worst=(worst[0] + 1, dict(zip(self.pillars, worst[1].tolist(), strict=True))),
        )

    def random_weightings(self, draws: int, concentration: float | None, seed: int) -> Iterator[np.ndarray]:
        """The random weightings of a simulation, `CHUNK` rows at a time (rows need not sum to 1)."""
        defaults = np.array(list(self.defaults.values()), dtype="float64")
        alpha = None if concentration is None else concentration * defaults / defaults.sum()
        rng = np.random.default_rng(seed)
        for start in range(0, draws, CHUNK):
            shape = (min(CHUNK, draws - start), len(defaults))
            yield rng.standard_exponential(shape) if alpha is None else rng.standard_gamma(alpha, shape)

    def typical_weight_change(self, concentration: float) -> dict[str, float]:
        """Per pillar, the standard deviation of its Dirichlet weight relative to its default weight."""
        return typical_weight_change(self.defaults, concentration)


def typical_weight_change(defaults: Mapping[str, float], concentration: float) -> dict[str, float]:
    """Per pillar, the standard deviation of its Dirichlet weight relative to its default weight (`defaults`: the
    default weights; the scores play no part)."""
    weights = pd.Series(dict(defaults))
    share = weights / weights.sum()
    return ((1 - share) / (share * (concentration + 1))).pow(0.5).to_dict()


def check_simulation(draws: object, concentration: object) -> None:
    """Refuse a number of draws or a concentration the simulation cannot use."""
    low, high = DRAWS_RANGE
    if isinstance(draws, bool) or not isinstance(draws, int) or not low <= draws <= high:
        raise SelectionError(
            f"{draws!r} is not a usable number of random weightings.",
            fix=f"choose a whole number from {low:,} to {high:,}.",
        )
    low, high = CONCENTRATION_RANGE
    if concentration is not None and (
        isinstance(concentration, bool)
        or not isinstance(concentration, Real)
        or not math.isfinite(concentration)
        or not low <= concentration <= high
    ):
        raise WeightsError(
            f"The concentration {concentration!r} cannot be used.",
            fix=f"choose a number from {low:g} (weights vary widely) to {high:g} (close to the defaults), "
            "or None for weightings drawn uniformly from all possible ones.",
        )


@dataclass(frozen=True, eq=False)
class RankSimulation:
    """How every entity ranks across many random weightings of the pillars."""

    codes: tuple[str, ...]  # the entities, in the index's order
    names: tuple[str, ...]
    default_ranks: tuple[int, ...]  # each entity's rank under the default weights
    counts: np.ndarray  # counts[entity, rank - 1]: in how many weightings the entity had that rank
    draws: int
    concentration: float | None  # None: uniform over all weightings; else Dirichlet centred on the defaults
    seed: int
    best: tuple[int, dict[str, float]]  # the focus entity's best rank and a weighting (shares) that gives it
    worst: tuple[int, dict[str, float]]

    def share(self, code: str, at_or_better: int) -> float:
        """The share of weightings in which an entity ranks `at_or_better` or better."""
        return float(self.counts[self.codes.index(code), :at_or_better].sum() / self.draws)

    def quantile(self, q: float) -> np.ndarray:
        """Per entity, the rank at or better than which it lands in a share `q` of weightings."""
        return (self.counts.cumsum(axis=1) < q * self.draws).sum(axis=1) + 1

    def summary(self) -> pd.DataFrame:
        """One row per entity, in default-rank order: default rank and the spread of simulated ranks."""
        seen = self.counts > 0
        frame = pd.DataFrame(
            {
                "name": self.names,
                "code": self.codes,
                "default_rank": self.default_ranks,
                "best_rank": seen.argmax(axis=1) + 1,
                "rank_p5": self.quantile(0.05),
                "median_rank": self.quantile(0.5),
                "rank_p95": self.quantile(0.95),
                "worst_rank": seen.shape[1] - seen[:, ::-1].argmax(axis=1),
            }
        )
        return frame.sort_values(["default_rank", "name"], ignore_index=True)

    def describe(self) -> str:
        """The kind of weightings, in words."""
        if self.concentration is None:
            return f"{self.draws:,} weightings drawn uniformly from all possible ones"
        return (
            f"{self.draws:,} weightings centred on the default weights "
            f"(Dirichlet, concentration {self.concentration:g})"
        )


def _sorted_ranks(scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For rows of non-negative scores: the columns sorted worst first, and their 0-based ranks (0 is best,
    ties share the better rank). Overwrites `scores`.

    Sorting one integer per score is about 3x faster than argsort. A non-negative float's bits, read as an
    integer, sort like the float; the lowest bits of its 52-bit mantissa are swapped for the entity's column
    (6 bits for up to 64 entities), so scores closer than about 1e-14 of their size count as a tie."""
    columns = scores.shape[1]
    bits = max(1, (columns - 1).bit_length())
    if bits > MAX_INDEX_BITS:
        raise ValueError(f"At most {1 << MAX_INDEX_BITS} entities can be ranked at once, not {columns}.")
    keys = np.ascontiguousarray(scores).view("int64")
    keys &= ~((1 << bits) - 1)
    keys |= np.arange(columns)
    keys.sort(axis=1)
    order = keys & ((1 << bits) - 1)
    values = keys >> bits
    ties = values[:, 1:] == values[:, :-1]
    positions = np.arange(columns)
    if not ties.any():
        return order, np.broadcast_to(columns - 1 - positions, order.shape)
    # A tie group takes the rank of its last (best) position: carry each group's end leftwards.
    ends = np.where(np.pad(ties, ((0, 0), (0, 1))), columns, positions)
    ends = np.minimum.accumulate(ends[:, ::-1], axis=1)[:, ::-1]
    return order, columns - 1 - ends
