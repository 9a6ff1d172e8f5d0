"""Stanford HAI's Global AI Vibrancy Tool, 2025 edition (2024 data): the ranking, rebuilt and checked.

The tool scores 36 countries on seven pillars (0-100 each); the overall score is the weighted mean of the
pillar scores with the tool's default weights. Everything here is a pure function of the catalogued data.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from difflib import get_close_matches
from numbers import Real

import numpy as np
import pandas as pd

from kit import charts, claims, countries, data, fmt, style
from kit.charts import Bar, Chart
from kit.errors import SelectionError, WeightsError

PILLAR_SCORES = "gvt_2025_pillar_scores"
DEFAULT_WEIGHTS = "gvt_2025_default_weights"
PUBLISHED = "gvt_2025_overall_ranking"
CROSSCHECK = "gvt_2025_overall_ranking_tca"
UNRANKED = "gvt_2025_unranked_countries"
NOTEBOOK = "01_ai_vibrancy"
FOCUS = "RUS"  # the country the article is about
RANK_CLAIM, AHEAD_CLAIM = "vibrancy-rank", "vibrancy-ahead"
RANKING_CHART, PILLARS_CHART = "ai-vibrancy-ranking", "ai-vibrancy-pillars"  # slugs of the default charts
ROBUSTNESS_CHART = "ai-vibrancy-rank-robustness"
COMPARE_SIZE = (2, 8)  # how many countries the comparison shows
SENSITIVITY_STEP = 0.1  # weight change used to test how fragile a rank is
SIMULATION_SEED = 2025  # random weightings are seeded: the same arguments give the same ranks
SIMULATION_DRAWS = 100_000
CONCENTRATION = 100.0  # default Dirichlet concentration of weightings centred on the tool's defaults
DRAWS_RANGE = (1_000, 10_000_000)
CONCENTRATION_RANGE = (1.0, 10_000.0)
CHUNK = 1 << 14  # weightings per vectorised step: memory stays near 15 MB whatever the number of draws


# -- data ---------------------------------------------------------------------------------------------


def pillar_scores() -> pd.DataFrame:
    """Pillar scores, one row per country (ISO3 index, in the source's order), one column per pillar."""
    long = data.load(PILLAR_SCORES)
    wide = long.pivot(index="iso3", columns="pillar", values="score")
    return wide.loc[long["iso3"].unique(), pillars()]


def default_weights() -> dict[str, float]:
    """The tool's default pillar weights, in the tool's pillar order."""
    frame = data.load(DEFAULT_WEIGHTS)
    return dict(zip(frame["pillar"], frame["weight"], strict=True))


def pillars() -> list[str]:
    return list(default_weights())


def country_names() -> dict[str, str]:
    """ISO3 -> the source's country name, for the 36 ranked countries."""
    frame = data.load(PILLAR_SCORES).drop_duplicates("iso3")
    return dict(zip(frame["iso3"], frame["country"], strict=True))


def resolve_country(query: str) -> str:
    """The ISO3 code of a ranked country from a name or code; a clear error for anything else."""
    return countries.resolve(query, country_names(), among="the 36 countries the tool ranks", outside=_unranked())


def _unranked() -> dict[str, str]:
    reason = "the tool's public data covers it, but the 2025 edition does not rank it."
    return {iso3: reason for iso3 in data.load(UNRANKED)["iso3"]}


# -- the index ----------------------------------------------------------------------------------------


def check_weights(weights: Mapping[str, float] | None = None) -> pd.Series:
    """Full pillar weights: the defaults, overridden by `weights` (pillars left out keep their default)."""
    defaults = default_weights()
    if weights is None:
        return pd.Series(defaults, dtype="float64")
    if not isinstance(weights, Mapping):
        raise WeightsError(
            f"Weights must map pillar names to numbers, not {type(weights).__name__}.",
            fix=f"pass a dict such as {{'Talent': 0.6}}; pillars are {list(defaults)}.",
        )
    for pillar, weight in weights.items():
        if pillar not in defaults:
            close = get_close_matches(str(pillar), defaults, n=1)
            raise WeightsError(
                f"{pillar!r} is not a pillar of the index." + (f" Did you mean {close[0]!r}?" if close else ""),
                fix=f"use the tool's pillar names: {list(defaults)}.",
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
    merged = pd.Series({**defaults, **weights}, dtype="float64")
    if merged.sum() == 0:
        raise WeightsError(
            "All pillar weights are zero, so no score can be computed.",
            fix="give at least one pillar a weight above zero.",
        )
    return merged


def rank(weights: Mapping[str, float] | None = None) -> pd.DataFrame:
    """One row per country (`country`, `iso3`, `score`, `rank`), best first, for any pillar weights.

    `weights` maps the tool's pillar names to weights; pillars left out keep the tool's default weight.
    The score is the weighted mean of the seven pillar scores; ties share the better rank.
    """
    w = check_weights(weights)
    table = pillar_scores()
    scores = table[w.index].to_numpy() @ w.to_numpy() / w.sum()
    names = country_names()
    frame = pd.DataFrame({"country": [names[i] for i in table.index], "iso3": table.index, "score": scores})
    frame["rank"] = frame["score"].rank(ascending=False, method="min").astype("int64")
    return frame.sort_values(["rank", "country"], ignore_index=True)


def reproduction() -> pd.DataFrame:
    """The kit's default ranking beside the two published recomputations, with the differences."""
    ours = rank().set_index("iso3")
    published = data.load(PUBLISHED).set_index("iso3")
    crosscheck = data.load(CROSSCHECK).set_index("iso3")
    frame = pd.DataFrame(
        {
            "country": ours["country"],
            "score": ours["score"],
            "rank": ours["rank"],
            "published_score": published["score"],
            "published_rank": published["rank"],
            "crosscheck_score": crosscheck["score"],
            "crosscheck_rank": crosscheck["rank"],
        }
    )
    frame["score_difference"] = frame["score"] - frame["published_score"]
    return frame.reset_index()


def neighbours(ranking: pd.DataFrame, iso3: str = FOCUS) -> tuple[pd.Series | None, pd.Series, pd.Series | None]:
    """The rows ranked just above, at, and just below a country (None at either end)."""
    position = ranking.index[ranking["iso3"] == iso3][0]
    above = ranking.loc[position - 1] if position > 0 else None
    below = ranking.loc[position + 1] if position + 1 < len(ranking) else None
    return above, ranking.loc[position], below


def sensitivity(iso3: str = FOCUS, step: float = SENSITIVITY_STEP) -> pd.DataFrame:
    """A country's rank when each pillar weight alone moves down and up by `step` from its default."""
    defaults = default_weights()
    rows = []
    for pillar, weight in defaults.items():
        row = {"pillar": pillar, "default_weight": weight}
        for label, new in (("lower", max(weight - step, 0.0)), ("higher", weight + step)):
            ranking = rank({pillar: new})
            row[f"rank_{label}"] = int(ranking.loc[ranking["iso3"] == iso3, "rank"].iloc[0])
        rows.append(row)
    return pd.DataFrame(rows)


# -- robustness: ranks under random weightings ----------------------------------------------------------


def ranks_under(weights: np.ndarray) -> np.ndarray:
    """The rank of every country (columns in `pillar_scores()` order) under each row of pillar weights.

    Ranks as `rank()` gives them (1 is best, ties share the better rank), for many weightings at once.
    """
    weights = np.asarray(weights, dtype="float64") + 0.0  # + 0.0 turns -0.0 into 0.0
    usable = weights.ndim == 2 and weights.shape[1] == len(pillars()) and np.isfinite(weights).all()
    if not usable or (weights < 0).any() or (weights.sum(axis=1) == 0).any():
        raise WeightsError(
            "Each weighting must be a row of non-negative numbers, one per pillar, not all zero.",
            fix=f"pass an array of shape (weightings, {len(pillars())}) in the pillar order {pillars()}.",
        )
    columns, ranks = _sorted_ranks(weights @ pillar_scores().to_numpy().T)
    result = np.empty_like(columns)
    np.put_along_axis(result, columns, ranks + 1, axis=1)
    return result


# Sorting one integer per score is about 3x faster than argsort. A non-negative float's bits, read as an
# integer, sort like the float; the lowest 6 of its 52 mantissa bits are swapped for the country's column,
# so scores closer than about 1e-14 of their size count as a tie (well below any meaningful difference).
_INDEX_BITS = 6


def _sorted_ranks(scores: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For rows of non-negative scores: the columns sorted worst first, and their 0-based ranks (0 is best,
    ties share the better rank). Overwrites `scores`."""
    columns = scores.shape[1]
    if columns > 1 << _INDEX_BITS:
        raise ValueError(f"At most {1 << _INDEX_BITS} entities can be ranked at once, not {columns}.")
    keys = np.ascontiguousarray(scores).view("int64")
    keys &= ~((1 << _INDEX_BITS) - 1)
    keys |= np.arange(columns)
    keys.sort(axis=1)
    order = keys & ((1 << _INDEX_BITS) - 1)
    values = keys >> _INDEX_BITS
    ties = values[:, 1:] == values[:, :-1]
    positions = np.arange(columns)
    if not ties.any():
        return order, np.broadcast_to(columns - 1 - positions, order.shape)
    # A tie group takes the rank of its last (best) position: carry each group's end leftwards.
    ends = np.where(np.pad(ties, ((0, 0), (0, 1))), columns, positions)
    ends = np.minimum.accumulate(ends[:, ::-1], axis=1)[:, ::-1]
    return order, columns - 1 - ends


@dataclass(frozen=True, eq=False)
class RankSimulation:
    """How every country ranks across many random weightings of the seven pillars."""

    iso3: tuple[str, ...]  # the countries, in `pillar_scores()` order
    counts: np.ndarray  # counts[country, rank - 1]: in how many weightings the country had that rank
    draws: int
    concentration: float | None  # None: uniform over all weightings; else Dirichlet centred on the defaults
    seed: int
    best: tuple[int, dict[str, float]]  # the focus country's best rank and a weighting (shares) that gives it
    worst: tuple[int, dict[str, float]]

    def share(self, iso3: str, at_or_better: int) -> float:
        """The share of weightings in which a country ranks `at_or_better` or better."""
        return float(self.counts[self.iso3.index(iso3), :at_or_better].sum() / self.draws)

    def quantile(self, q: float) -> np.ndarray:
        """Per country, the rank at or better than which it lands in a share `q` of weightings."""
        return (self.counts.cumsum(axis=1) < q * self.draws).sum(axis=1) + 1

    def summary(self) -> pd.DataFrame:
        """One row per country, in default-rank order: default rank and the spread of simulated ranks."""
        seen = self.counts > 0
        frame = pd.DataFrame(
            {
                "iso3": self.iso3,
                "best_rank": seen.argmax(axis=1) + 1,
                "rank_p5": self.quantile(0.05),
                "median_rank": self.quantile(0.5),
                "rank_p95": self.quantile(0.95),
                "worst_rank": seen.shape[1] - seen[:, ::-1].argmax(axis=1),
            }
        )
        ranking = rank()[["country", "iso3", "rank"]].rename(columns={"rank": "default_rank"})
        return ranking.merge(frame, on="iso3")

    def describe(self) -> str:
        """The kind of weightings, in words."""
        if self.concentration is None:
            return f"{self.draws:,} weightings drawn uniformly from all possible ones"
        return (
            f"{self.draws:,} weightings centred on the tool's defaults "
            f"(Dirichlet, concentration {self.concentration:g})"
        )


def simulate_ranks(
    draws: int = SIMULATION_DRAWS, concentration: float | None = CONCENTRATION, seed: int = SIMULATION_SEED
) -> RankSimulation:
    """Every country's rank under `draws` random weightings of the seven pillars.

    `concentration=None` draws weightings uniformly from all possible ones (the simplex); a number draws them
    from a Dirichlet distribution centred on the tool's default weights, closer to them the larger it is.
    Seeded and computed in fixed-size chunks: the same arguments give the same result in bounded memory.
    """
    _check_simulation(draws, concentration)
    table = pillar_scores()
    scores_by_pillar = table.to_numpy().T.copy()
    countries_n, pillar_names = len(table), list(table.columns)
    focus = table.index.get_loc(FOCUS)
    counts = np.zeros(countries_n * countries_n, dtype="int64")
    best, worst = (countries_n, None), (-1, None)
    for weights in random_weightings(draws, concentration, seed):
        scores = weights @ scores_by_pillar  # ranks do not depend on the weights' total: no need to normalise
        focus_ranks = np.count_nonzero(scores > scores[:, [focus]], axis=1)
        low, high = focus_ranks.argmin(), focus_ranks.argmax()
        if focus_ranks[low] < best[0]:
            best = (int(focus_ranks[low]), weights[low] / weights[low].sum())
        if focus_ranks[high] > worst[0]:
            worst = (int(focus_ranks[high]), weights[high] / weights[high].sum())
        order, ranks = _sorted_ranks(scores)
        counts += np.bincount((order * countries_n + ranks).ravel(), minlength=countries_n * countries_n)
    return RankSimulation(
        iso3=tuple(table.index),
        counts=counts.reshape(countries_n, countries_n),
        draws=draws,
        concentration=concentration,
        seed=seed,
        best=(best[0] + 1, dict(zip(pillar_names, best[1].tolist(), strict=True))),
        worst=(worst[0] + 1, dict(zip(pillar_names, worst[1].tolist(), strict=True))),
    )


def random_weightings(draws: int, concentration: float | None, seed: int) -> Iterator[np.ndarray]:
    """The random pillar weightings of a simulation, `CHUNK` rows at a time (rows need not sum to 1)."""
    defaults = np.array(list(default_weights().values()))
    alpha = None if concentration is None else concentration * defaults / defaults.sum()
    rng = np.random.default_rng(seed)
    for start in range(0, draws, CHUNK):
        shape = (min(CHUNK, draws - start), len(defaults))
        yield rng.standard_exponential(shape) if alpha is None else rng.standard_gamma(alpha, shape)


def _check_simulation(draws: object, concentration: object) -> None:
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


def typical_weight_change(concentration: float) -> dict[str, float]:
    """Per pillar, the standard deviation of its Dirichlet weight relative to its default weight."""
    defaults = pd.Series(default_weights())
    share = defaults / defaults.sum()
    return ((1 - share) / (share * (concentration + 1))).pow(0.5).to_dict()


def tidy() -> pd.DataFrame:
    """The story's tidy dataset: published pillar scores and the kit's derived overall scores and ranks."""
    scores = data.load(PILLAR_SCORES)
    ranking = rank()
    derived = f"{PILLAR_SCORES} {DEFAULT_WEIGHTS}"
    parts = [
        pd.DataFrame(
            {
                "entity": scores["country"],
                "iso3": scores["iso3"],
                "measure": scores["pillar"] + " pillar score",
                "value": scores["score"],
                "unit": "points (0-100)",
                "qualifier": "as published",
                "source_id": PILLAR_SCORES,
            }
        ),
        pd.DataFrame(
            {
                "entity": ranking["country"],
                "iso3": ranking["iso3"],
                "measure": "overall score, default weights",
                "value": ranking["score"],
                "unit": "points (0-100)",
                "qualifier": "derived",
                "source_id": derived,
            }
        ),
        pd.DataFrame(
            {
                "entity": ranking["country"],
                "iso3": ranking["iso3"],
                "measure": "overall rank, default weights",
                "value": ranking["rank"].astype("float64"),
                "unit": f"rank of {len(ranking)}",
                "qualifier": "derived",
                "source_id": derived,
            }
        ),
    ]
    frame = pd.concat(parts, ignore_index=True)
    frame.insert(1, "entity_type", "country")
    frame.insert(4, "period", "2024")
    return frame


# -- claims -------------------------------------------------------------------------------------------


def default_comparison() -> list[str]:
    """Russia and the countries the article names as ahead of it: the comparison shown by default."""
    return [FOCUS, *named_ahead()]


def article_rank() -> int:
    """The rank the article gives Russia (from the article data)."""
    return int(claims.article_figures(RANK_CLAIM).loc["rank", "value"])


def named_ahead() -> list[str]:
    """ISO3 codes of the countries the article names as ranking above Russia (from the article data)."""
    return claims.article_figures(AHEAD_CLAIM).loc["countries_ahead", "value"].split()


def verdicts() -> list[claims.Claim]:
    """The article's statements about this index, checked against the kit's ranking."""
    ranking = rank()
    names = country_names()
    above, subject, below = neighbours(ranking)
    source_caveats = list(data.provenance(PUBLISHED).caveats)

    article = claims.article_figures(RANK_CLAIM)
    stated_rank, article_total = int(article.loc["rank", "value"]), int(article.loc["countries_ranked", "value"])
    moves = sensitivity()[["rank_lower", "rank_higher"]]
    best, worst = int(moves.min().min()), int(moves.max().max())
    rank_caveats = [f"{names[FOCUS]} scores {fmt.score(subject['score'])}: {_margin_text(subject, above, below)}."]
    if best != worst:
        rank_caveats.append(
            f"Moving any one pillar weight by {SENSITIVITY_STEP} from its default puts {names[FOCUS]} anywhere "
            f"from {fmt.ordinal(best)} to {fmt.ordinal(worst)}."
        )
    rank_caveats.append(_robustness_text(stated_rank))
    rank_matches = int(subject["rank"]) == stated_rank and len(ranking) == article_total
    rank_claim = claims.Claim(
        claim_id=RANK_CLAIM,
        statement=article["statement"].iloc[0],
        article_value=f"{fmt.ordinal(stated_rank)} of {article_total}",
        computed_value=f"{fmt.ordinal(int(subject['rank']))} of {len(ranking)} (score {fmt.score(subject['score'])})",
        verdict=claims.judge(rank_matches, rank_caveats + source_caveats),
        caveats=tuple(rank_caveats + source_caveats),
        source_ids=(PILLAR_SCORES, DEFAULT_WEIGHTS, PUBLISHED),
        notebook=NOTEBOOK,
        charts=(RANKING_CHART, ROBUSTNESS_CHART),
    )

    named = named_ahead()
    placed = ranking.set_index("iso3").loc[named]
    ahead = placed["rank"] < subject["rank"]
    closest = placed.loc[placed["score"].idxmin()]
    ahead_caveats = [
        f"The closest of them, {closest['country']}, is {fmt.points(closest['score'] - subject['score'])} ahead "
        f"of {names[FOCUS]}.",
        "Only ranks were checked; the article's description of some of them as smaller countries is not "
        "something this data measures.",
    ]
    ahead_claim = claims.Claim(
        claim_id=AHEAD_CLAIM,
        statement=claims.article_figures(AHEAD_CLAIM)["statement"].iloc[0],
        article_value=f"{fmt.names([names[i] for i in named])} rank above {names[FOCUS]}",
        computed_value="; ".join(f"{names[i]} {fmt.ordinal(int(placed.loc[i, 'rank']))}" for i in named)
        + f"; {names[FOCUS]} {fmt.ordinal(int(subject['rank']))}",
        verdict=claims.judge(bool(ahead.all()), ahead_caveats + source_caveats),
        caveats=tuple(ahead_caveats + source_caveats),
        source_ids=(PILLAR_SCORES, DEFAULT_WEIGHTS, PUBLISHED),
        notebook=NOTEBOOK,
        charts=(RANKING_CHART, PILLARS_CHART),
    )
    return [rank_claim, ahead_claim]


# -- charts -------------------------------------------------------------------------------------------


def ranking_chart(weights: Mapping[str, float] | None = None) -> Chart:
    """The 36 countries ranked, Russia highlighted, the countries the article names labelled."""
    w = check_weights(weights)
    defaults = pd.Series(default_weights())
    reweighted = not w.equals(defaults)
    ranking = rank(w.to_dict())
    names = country_names()
    named = set(named_ahead())
    above, subject, below = neighbours(ranking)
    subject_rank, total = int(subject["rank"]), len(ranking)

    def role(iso3: str) -> str:
        return "subject" if iso3 == FOCUS else "named in the article" if iso3 in named else "other"

    plotted = ranking.assign(role=[role(i) for i in ranking["iso3"]])
    bars = [
        Bar(
            label=row.country,
            value=row.score,
            colour={"subject": style.HIGHLIGHT, "named in the article": style.NAMED}.get(row.role, style.NEUTRAL),
            label_colour=style.HIGHLIGHT
            if row.role == "subject"
            else style.TEXT
            if row.role != "other"
            else style.MUTED,
            value_label=(
                f"{fmt.score(row.score)}, {fmt.ordinal(row.rank)}"
                if row.role == "subject"
                else fmt.score(row.score)
                if row.role != "other"
                else ""
            ),
            bold=row.role != "other",
        )
        for row in plotted.itertuples()
    ]
    margin = _margin_text(subject, above, below)

    def draw(fig, rect):
        ax = charts.ranked_bars(fig, rect, bars, xmax=100, ticks=range(0, 101, 20))
        charts.note_beside_bar(fig, ax, bars, int(subject.name), _margin_text(subject, above, below, "\nand "))

    pillar_list = ", ".join(f"{p} {w[p]:g}" for p in w.index)
    legend = f"Dark grey: the countries the article names as ahead of {names[FOCUS]}"
    if reweighted:
        default_rank = int(rank().set_index("iso3").loc[FOCUS, "rank"])
        change = default_rank - subject_rank
        movement = (
            "the same place as"
            if change == 0
            else f"{abs(change)} place{'s' if abs(change) != 1 else ''} {'higher' if change > 0 else 'lower'} than"
        )
        title = (
            f"With these weights, {names[FOCUS]} ranks {fmt.ordinal(subject_rank)} of {total}: "
            f"{movement} with the tool's own"
        )
        subtitle = f"Overall AI vibrancy score, 0-100, with pillar weights {pillar_list}. 2024 data. {legend}"
    else:
        title = (
            f"{names[FOCUS]} ranks {fmt.ordinal(subject_rank)} of {total} countries in Stanford's AI vibrancy ranking"
        )
        subtitle = f"Overall AI vibrancy score, 0-100, with the tool's default pillar weights. 2024 data. {legend}"
    note = (
        f"The overall score is the weighted mean of the seven pillar scores ({pillar_list}), computed by "
        f"the kit from the published pillar scores; with the tool's weights it matches the published scores "
        f"to within {reproduction()['score_difference'].abs().max():.3f} points."
    )
    top = ranking.iloc[0]
    alt = (
        f"Horizontal bar chart of the overall AI vibrancy scores of {total} countries in 2024. "
        f"{top['country']} leads with {fmt.score(top['score'])}. {names[FOCUS]} is "
        f"{fmt.ordinal(subject_rank)} with {fmt.score(subject['score'])}: {margin}. "
        + "Countries the article names: "
        + ", ".join(
            f"{names[i]} {fmt.ordinal(int(r))} ({fmt.score(s)})"
            for i, r, s in plotted.loc[plotted["role"] == "named in the article", ["iso3", "rank", "score"]].itertuples(
                index=False
            )
        )
        + f". {ranking.iloc[-1]['country']} is last with {fmt.score(ranking.iloc[-1]['score'])}."
    )
    return Chart(
        slug=(f"{RANKING_CHART}-weights-" + "-".join(f"{round(100 * w[p])}" for p in w.index))
        if reweighted
        else RANKING_CHART,
        title=title,
        subtitle=subtitle,
        note=note,
        source=_source_line(),
        alt_text=alt,
        data=plotted[["rank", "country", "iso3", "score", "role"]],
        body_height=lambda width: charts.bars_height(len(bars)),
        draw=draw,
    )


def _margin_text(subject: pd.Series, above: pd.Series | None, below: pd.Series | None, joiner: str = " and ") -> str:
    """How far a country's score is from its neighbours', e.g. '0.01 points behind Italy (27th, 10.68)'."""
    parts = []
    if above is not None:
        parts.append(
            f"{fmt.points(above['score'] - subject['score'])} behind {above['country']} "
            f"({fmt.ordinal(int(above['rank']))}, {fmt.score(above['score'])})"
        )
    if below is not None:
        parts.append(
            f"{fmt.points(subject['score'] - below['score'])} ahead of {below['country']} "
            f"({fmt.ordinal(int(below['rank']))}, {fmt.score(below['score'])})"
        )
    return joiner.join(parts)


def _source_line() -> str:
    return f"Source: {data.provenance(PILLAR_SCORES).citation}; kit analysis"


def compare(selection: Sequence[str]) -> pd.DataFrame:
    """Tidy pillar scores of 2-8 countries (names or codes), in order of overall rank."""
    codes = countries.resolve_many(
        selection,
        country_names(),
        among="the 36 countries the tool ranks",
        least=COMPARE_SIZE[0],
        most=COMPARE_SIZE[1],
        outside=_unranked(),
    )
    ranking = rank().set_index("iso3")
    ordered = sorted(codes, key=lambda code: ranking.loc[code, "rank"])
    table = pillar_scores()
    weights = default_weights()
    names = country_names()
    rows = [
        {
            "country": names[code],
            "iso3": code,
            "pillar": pillar,
            "score": table.loc[code, pillar],
            "overall_rank": int(ranking.loc[code, "rank"]),
            "pillar_weight": weights[pillar],
        }
        for pillar in weights
        for code in ordered
    ]
    return pd.DataFrame(rows)


def comparison_chart(selection: Sequence[str] | None = None) -> Chart:
    """The seven pillar scores of 2-8 countries side by side (default: Russia and the countries named)."""
    selection = list(selection) if selection is not None else default_comparison()
    frame = compare(selection)
    codes = list(dict.fromkeys(frame["iso3"]))
    names = country_names()
    focus = FOCUS if FOCUS in codes else codes[0]
    wide = frame.pivot(index="iso3", columns="pillar", values="score").loc[codes, pillars()]
    lowest = [p for p in pillars() if wide.loc[focus, p] == wide[p].min()]
    highest = [p for p in pillars() if wide.loc[focus, p] == wide[p].max()]
    weights = default_weights()

    def bar(code: str, pillar: str) -> Bar:
        is_focus = code == focus
        return Bar(
            label=names[code],
            value=wide.loc[code, pillar],
            colour=style.HIGHLIGHT if is_focus else style.NAMED,
            label_colour=style.HIGHLIGHT if is_focus else style.TEXT,
            value_label=f"{wide.loc[code, pillar]:.1f}",
            bold=is_focus,
        )

    panels = {f"{p} ({weights[p]:g})": [bar(code, p) for code in codes] for p in pillars()}
    labels = [names[c] for c in codes]
    n = len(codes)
    if lowest:
        title = (
            f"{names[focus]} has the lowest score of these {n} countries on {len(lowest)} of the "
            f"{len(pillars())} pillars"
        )
    else:
        title = f"{names[focus]} is not the lowest of these {n} countries on any of the {len(pillars())} pillars"
    shared = shared_scores()
    shown_shared = shared[shared["iso3"].isin(codes)]
    note_parts = [
        f"{names[focus]} is lowest on {fmt.names(lowest) or 'no pillar'}"
        + (f" and highest on {fmt.names(highest)}." if highest else ".")
    ]
    for (pillar, value), _ in shown_shared.groupby(["pillar", "score"]):
        everyone = fmt.names(
            [names[i] for i in shared.loc[(shared["pillar"] == pillar) & (shared["score"] == value), "iso3"]]
        )
        note_parts.append(
            f"{everyone} all score exactly {value:g} on {pillar}, which looks imputed rather than measured."
        )
    alt = f"Small multiples of bar charts, one per pillar, comparing {fmt.names(labels)}. " + " ".join(
        f"{names[c]}: " + ", ".join(f"{p} {wide.loc[c, p]:.1f}" for p in pillars()) + "." for c in codes
    )
    default = set(codes) == set(default_comparison())
    return Chart(
        slug=PILLARS_CHART if default else f"{PILLARS_CHART}-" + "-".join(c.lower() for c in codes),
        title=title,
        subtitle="Pillar scores, 0-100 (default weight in brackets), countries in order of overall rank. 2024 data",
        note=" ".join(note_parts),
        source=_source_line(),
        alt_text=alt,
        data=frame,
        body_height=lambda width: charts.bar_grid_height(width, list(panels), labels),
        draw=lambda fig, rect: charts.bar_grid(fig, rect, panels, xmax=100),
        wide=charts.Wide(label="country", series="pillar", value="score"),
    )


def shared_scores(least: int = 3) -> pd.DataFrame:
    """Pillar scores that look imputed: one non-zero value shared exactly by `least` or more countries
    in a pillar whose other values are all distinct. (Pillars built from counts tie often; a block of
    identical values in an otherwise continuous pillar is what a placeholder looks like.)"""
    long = data.load(PILLAR_SCORES)
    repeated = long[(long["score"] > 0) & long.duplicated(["pillar", "score"], keep=False)]
    groups = repeated.groupby("pillar")["score"].nunique()
    single = repeated[repeated["pillar"].isin(groups[groups == 1].index)]
    sizes = single.groupby("pillar")["iso3"].transform("size")
    return single.loc[sizes >= least, ["iso3", "pillar", "score"]].reset_index(drop=True)


def robustness_chart(simulation: RankSimulation | None = None, selection: Sequence[str] | None = None) -> Chart:
    """Each country's range of ranks across random weightings, Russia highlighted, the article's rank marked."""
    simulation = simulation or simulate_ranks()
    names = country_names()
    summary = simulation.summary()
    everyone = selection is None
    if not everyone:
        codes = countries.resolve_many(
            selection, names, among="the 36 countries the tool ranks", least=1, most=len(names), outside=_unranked()
        )
        summary = summary[summary["iso3"].isin(codes)].reset_index(drop=True)
    article = article_rank()
    share = simulation.share(FOCUS, article)
    summary[f"share_rank_{article}_or_better"] = [simulation.share(i, article) for i in summary["iso3"]]
    named = set(named_ahead())

    def span(row) -> charts.Span:
        colour, label_colour = (
            (style.HIGHLIGHT, style.HIGHLIGHT)
            if row.iso3 == FOCUS
            else (style.NAMED, style.TEXT)
            if row.iso3 in named
            else (style.NEUTRAL, style.MUTED)
        )
        return charts.Span(
            label=f"{row.country} ({fmt.ordinal(row.default_rank)})",
            low=row.best_rank,
            high=row.worst_rank,
            band=(row.rank_p5, row.rank_p95),
            centre=row.median_rank,
            reference=row.default_rank,
            colour=colour,
            label_colour=label_colour,
            bold=row.iso3 == FOCUS or row.iso3 in named,
        )

    spans = [span(row) for row in summary.itertuples()]
    total = len(names)

    def draw(fig, rect):
        ax = charts.span_rows(fig, rect, spans, xlim=(0.5, total + 0.5), ticks=[1, 10, 20, article, total])
        ax.axvline(article, color=style.HIGHLIGHT, linewidth=0.8, linestyle=(0, (2, 2)), zorder=1)

    focus_row = summary.set_index("iso3").loc[FOCUS] if FOCUS in set(summary["iso3"]) else None
    how = (
        "drawn uniformly from all possible weightings"
        if simulation.concentration is None
        else f"from a Dirichlet distribution centred on the tool's default weights (concentration "
        f"{simulation.concentration:g}: a typical draw moves each weight by "
        f"{_percent_range(typical_weight_change(simulation.concentration).values())} of its default)"
    )
    best, worst = simulation.best, simulation.worst
    note = (
        f"{simulation.draws:,} weightings of the seven pillars, {how}; seed {simulation.seed}. Ranks recomputed "
        f"by the kit from the published pillar scores. {names[FOCUS]}'s best rank, {fmt.ordinal(best[0])}, "
        f"comes with weights {_weights_text(best[1])}; its worst, {fmt.ordinal(worst[0])}, with "
        f"{_weights_text(worst[1])}. Dashed line: the rank the article gives."
    )
    alt = f"Range chart of the ranks of {len(summary)} countries across {simulation.describe()}. " + " ".join(
        f"{row.country}: {fmt.ordinal(row.default_rank)} with the tool's weights, median "
        f"{fmt.ordinal(row.median_rank)}, middle 90% {fmt.ordinal(row.rank_p5)} to {fmt.ordinal(row.rank_p95)}."
        for row in summary.itertuples()
        if row.iso3 == FOCUS or row.iso3 in named
    )
    kind = "uniform" if simulation.concentration is None else f"c{simulation.concentration:g}"
    default_run = (simulation.draws, simulation.concentration, simulation.seed) == (
        SIMULATION_DRAWS,
        CONCENTRATION,
        SIMULATION_SEED,
    )
    slug = ROBUSTNESS_CHART
    if not default_run:
        slug += f"-{kind}-{simulation.draws}"
    if not everyone:
        slug += "-" + "-".join(code.lower() for code in summary["iso3"])
    return Chart(
        slug=slug,
        title=(
            f"{names[FOCUS]} ranks {fmt.ordinal(article)} or better in {share:.0%} of "
            f"{simulation.draws:,} random weightings of Stanford's AI vibrancy index"
            if focus_row is not None
            else f"How {len(summary)} countries rank across {simulation.draws:,} random weightings of the index"
        ),
        subtitle=(
            "Rank among 36 countries (1 = best) under random pillar weights; countries in the tool's order "
            "(its rank in brackets). Thin line: every rank seen; thick: the middle 90%; dot: median; "
            "ring: rank with the tool's own weights"
        ),
        note=note,
        source=_source_line(),
        alt_text=alt,
        data=summary,
        body_height=lambda width: charts.bars_height(len(spans)),
        draw=draw,
    )


def _robustness_text(stated_rank: int) -> str:
    """What random weightings say about a rank, for the claim's caveats."""
    centred, uniform = simulate_ranks(), simulate_ranks(concentration=None)
    summary = centred.summary().set_index("iso3").loc[FOCUS]
    name = country_names()[FOCUS]
    return (
        f"Across {centred.describe()}, {name} ranks {fmt.ordinal(stated_rank)} or better in "
        f"{centred.share(FOCUS, stated_rank):.0%} of them (middle 90%: {fmt.ordinal(summary['rank_p5'])} to "
        f"{fmt.ordinal(summary['rank_p95'])}); across {uniform.describe()}, in {uniform.share(FOCUS, stated_rank):.0%}."
    )


def _weights_text(shares: Mapping[str, float]) -> str:
    return ", ".join(f"{pillar} {share:.0%}" for pillar, share in shares.items())


def _percent_range(values) -> str:
    values = sorted(values)
    return f"{values[0]:.0%}-{values[-1]:.0%}"
