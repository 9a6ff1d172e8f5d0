"""Stanford HAI's Global AI Vibrancy Tool, 2025 edition (2024 data): the ranking, rebuilt and checked.

The tool scores 36 countries on seven pillars (0-100 each); the overall score is the weighted mean of the
pillar scores with the tool's default weights. The rank maths is the generic composite index's
(`kit.composite`); this module feeds it the tool's data and names its columns as the story does. Everything
here is a pure function of the described data.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence

import numpy as np
import pandas as pd

from kit import articles, claims, composite, countries, data, files, fmt, words
from kit.composite import CompositeIndex, RankSimulation
from kit.i18n import t

ARTICLE = "united24_2026"
PILLAR_SCORES = "gvt_2025_pillar_scores"
DEFAULT_WEIGHTS = "gvt_2025_default_weights"
PUBLISHED = "gvt_2025_overall_ranking"
CROSSCHECK = "gvt_2025_overall_ranking_tca"
UNRANKED = "gvt_2025_unranked_countries"
FOCUS = "RUS"  # the country the article is about
RANK_CLAIM, AHEAD_CLAIM = "vibrancy-rank", "vibrancy-ahead"
COMPARE_SIZE = (2, 8)  # how many countries the comparison shows
SENSITIVITY_STEP = 0.1  # weight change used to test how fragile a rank is
SIMULATION_SEED = 2025  # random weightings are seeded: the same arguments give the same ranks
SIMULATION_DRAWS = 100_000
CONCENTRATION = 100.0  # default Dirichlet concentration of weightings centred on the tool's defaults
IMPUTED_PILLAR_QUANTILES = (25, 75)  # a placeholder score replaced by these percentiles of its pillar
COLUMNS = {"name": "country", "code": "iso3"}  # the engine's columns -> the story's
AMONG = "the 36 countries the tool ranks"  # the set a chosen country must belong to, for messages


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


def pillar_name(pillar: str) -> str:
    """A pillar's name in the current language (the tool's English name is the data's key)."""
    return t("vibrancy-pillar-" + files.slugify(pillar))


def country_names() -> dict[str, str]:
    """ISO3 -> the source's country name, for the 36 ranked countries."""
    frame = data.load(PILLAR_SCORES).drop_duplicates("iso3")
    return dict(zip(frame["iso3"], frame["country"], strict=True))


def shown_name(iso3: str) -> str:
    """A ranked country's name in the current language (the source's English name in English)."""
    return countries.shown_name(iso3, country_names()[iso3])


def resolve_country(query: str) -> str:
    """The ISO3 code of a ranked country from a name or code; a clear error for anything else."""
    return countries.resolve(query, country_names(), among=AMONG, outside=unranked())


def unranked() -> dict[str, str]:
    """ISO3 -> why the tool does not rank it, for the countries its public data covers but leaves out."""
    reason = "the tool's public data covers it, but the 2025 edition does not rank it."
    return {iso3: reason for iso3 in data.load(UNRANKED)["iso3"]}


# -- the index ----------------------------------------------------------------------------------------


def index() -> CompositeIndex:
    """The tool's index: the pillar scores, its default weights and the source's country names."""
    return CompositeIndex(pillar_scores(), default_weights(), country_names())


def check_weights(weights: Mapping[str, float] | None = None) -> pd.Series:
    """Full pillar weights: the defaults, overridden by `weights` (pillars left out keep their default)."""
    return index().check_weights(weights)


def rank(weights: Mapping[str, float] | None = None) -> pd.DataFrame:
    """One row per country (`country`, `iso3`, `score`, `rank`), best first, for any pillar weights.

    `weights` maps the tool's pillar names to weights; pillars left out keep the tool's default weight.
    The score is the weighted mean of the seven pillar scores; ties share the better rank.
    """
    return index().rank(weights).rename(columns=COLUMNS)


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
    return index().sensitivity(iso3, step)


# -- robustness: ranks under random weightings ----------------------------------------------------------


def ranks_under(weights: np.ndarray) -> np.ndarray:
    """The rank of every country (columns in `pillar_scores()` order) under each row of pillar weights."""
    return index().ranks_under(weights)


def simulate_ranks(
    draws: int = SIMULATION_DRAWS, concentration: float | None = CONCENTRATION, seed: int = SIMULATION_SEED
) -> RankSimulation:
    """Every country's rank under `draws` random weightings of the seven pillars, and Russia's best and worst.

    `concentration=None` draws weightings uniformly from all possible ones; a number draws them from a
    Dirichlet distribution centred on the tool's default weights, closer to them the larger it is.
    """
    return index().simulate(FOCUS, draws, concentration, seed)


def random_weightings(draws: int, concentration: float | None, seed: int) -> Iterator[np.ndarray]:
    """The random pillar weightings of a simulation, a chunk of rows at a time (rows need not sum to 1)."""
    return index().random_weightings(draws, concentration, seed)


def typical_weight_change(concentration: float) -> dict[str, float]:
    """Per pillar, the standard deviation of its Dirichlet weight relative to its default weight."""
    return composite.typical_weight_change(default_weights(), concentration)  # the weights alone: no index to build


def summary(simulation: RankSimulation) -> pd.DataFrame:
    """One row per country, in default-rank order: default rank and the spread of simulated ranks."""
    return simulation.summary().rename(columns=COLUMNS)


def weight_spread(concentration: float) -> tuple[int, int]:
    """How far a random weight typically strays from Stanford's, in per cent of it: the least and greatest over the
    pillars of the Dirichlet weight's standard deviation relative to its default (rounded half up)."""
    spread = typical_weight_change(concentration).values()
    return int(fmt.rounded(100 * min(spread))), int(fmt.rounded(100 * max(spread)))


def weightings(simulation: RankSimulation) -> dict[str, object]:
    """The facts that say what kind of random weightings a simulation drew: `kind` (`uniform` or `centred`),
    `draws` (the number, written), `n` (the number, for plural forms) and, centred, how far a weight typically
    strays from Stanford's (`low`, `high`: per cent)."""
    low, high = (0, 0) if simulation.concentration is None else weight_spread(simulation.concentration)
    return {
        "kind": "uniform" if simulation.concentration is None else "centred",
        "draws": fmt.count(simulation.draws),
        "n": simulation.draws,
        "low": fmt.count(low),
        "high": fmt.count(high),
    }


def describe(simulation: RankSimulation) -> str:
    """The kind of weightings, in words."""
    return t("vibrancy-weightings", **weightings(simulation))


def percent(share: float) -> str:
    """A share as a whole percentage, rounded half up: '56%' in English, '56 %' in Ukrainian and Russian."""
    return fmt.percentage(fmt.count(100 * share))


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


# -- comparing countries ------------------------------------------------------------------------------


def choose(
    selection: Sequence[str], known: Mapping[str, str] | None = None, outside: Mapping[str, str] | None = None
) -> list[str]:
    """2-8 of the ranked countries (names or codes) as ISO3 codes, in the order given, repeats dropped; `known` and
    `outside` (the ranked countries' names, the unranked ones' reasons) when already read."""
    return countries.resolve_many(
        selection,
        country_names() if known is None else known,
        among=AMONG,
        least=COMPARE_SIZE[0],
        most=COMPARE_SIZE[1],
        outside=unranked() if outside is None else outside,
    )


def compare(selection: Sequence[str]) -> pd.DataFrame:
    """Tidy pillar scores of 2-8 countries (names or codes), in order of overall rank."""
    codes = choose(selection)
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


def imputed_pillars(iso3: str = FOCUS) -> list[str]:
    """The pillars whose score for a country looks imputed (see `shared_scores`)."""
    shared = shared_scores()
    return shared.loc[shared["iso3"] == iso3, "pillar"].tolist()


def placeholder_sensitivity(pillar: str, iso3: str = FOCUS, quantiles=IMPUTED_PILLAR_QUANTILES) -> pd.DataFrame:
    """A country's rank if its score on one pillar were each given percentile of that pillar over all ranked
    countries (numpy's linear interpolation) instead of the value it has: one row per percentile with the pillar
    score, the country's overall score and rank, and the other countries' ranks in that ranking."""
    scores = pillar_scores()
    rows = []
    for quantile in quantiles:
        changed = scores.copy()
        changed.loc[iso3, pillar] = float(np.percentile(scores[pillar], quantile))
        ranking = CompositeIndex(changed, default_weights(), country_names()).rank().rename(columns=COLUMNS)
        subject = ranking.set_index("iso3").loc[iso3]
        rows.append(
            {
                "quantile": quantile,
                "pillar_score": changed.loc[iso3, pillar],
                "score": subject["score"],
                "rank": int(subject["rank"]),
                "ranks": ranking.set_index("iso3")["rank"].to_dict(),
            }
        )
    return pd.DataFrame(rows)


def pillar_contribution(pillar: str, iso3: str = FOCUS) -> float:
    """Points of a country's overall score that one pillar supplies with the default weights."""
    weights = default_weights()
    return float(pillar_scores().loc[iso3, pillar] * weights[pillar] / sum(weights.values()))


# -- claims -------------------------------------------------------------------------------------------


def default_comparison() -> list[str]:
    """Russia and the countries the article names as ahead of it: the comparison shown by default."""
    return [FOCUS, *named_ahead()]


def article_rank() -> int:
    """The rank the article gives Russia (from the article data)."""
    return int(articles.figures(ARTICLE, RANK_CLAIM).loc["rank", "value"])


def named_ahead() -> list[str]:
    """ISO3 codes of the countries the article names as ranking above Russia (from the article data)."""
    return articles.figures(ARTICLE, AHEAD_CLAIM).loc["countries_ahead", "value"].split()


def set_aside_for_ranks() -> list[claims.SetAside]:
    """The sources' caveats that do not change how a reader reads a rank in this ranking, each with its reason."""
    reproduced = reproduction()
    agrees = int((reproduced["rank"] == reproduced["published_rank"]).sum())
    within = reproduced["score_difference"].abs().max()
    recomputation = "vibrancy-aside-recomputation"
    return [
        claims.set_aside(PILLAR_SCORES, "Not Stanford's own file", recomputation),
        claims.set_aside(PUBLISHED, "Not Stanford's own file", recomputation),
        claims.set_aside(PILLAR_SCORES, "Talent pillar score", "vibrancy-aside-talent"),
        claims.set_aside(
            DEFAULT_WEIGHTS,
            "port of the tool's front-end code",
            "vibrancy-aside-weights",
            agrees=agrees,
            total=len(reproduced),
            reproduced=int(within <= 0.005 + 1e-9),  # every score rounds to the published two decimals
            within=fmt.number(within, 3),
        ),
        *(
            claims.set_aside(source, "not comparable", "vibrancy-aside-edition")
            for source in (PILLAR_SCORES, PUBLISHED)
        ),
        *(
            claims.set_aside(source, "min-max normalised", "vibrancy-aside-method")
            for source in (PILLAR_SCORES, PUBLISHED)
        ),
    ]


def placeholder_effects(stated_rank: int, named: Sequence[str] = ()) -> list[str]:
    """What a pillar score that looks imputed does to a country's rank (and to the named countries' places): how we
    checked, not a caveat."""
    either = " " + t("vibrancy-or") + " "
    texts = []
    for pillar in imputed_pillars():
        value = pillar_scores().loc[FOCUS, pillar]
        others = shared_scores().query("pillar == @pillar and iso3 != @FOCUS")["iso3"]
        median = float(np.median(pillar_scores()[pillar]))
        moved = placeholder_sensitivity(pillar)
        total = float(rank().set_index("iso3").loc[FOCUS, "score"])
        text = t(
            "vibrancy-placeholder",
            country=shown_name(FOCUS),
            pillar=pillar_name(pillar),
            value=fmt.score(value),
            others=fmt.names([shown_name(c) for c in others]),
            median=int(value == median),
            contribution=fmt.score(pillar_contribution(pillar)),
            total=fmt.score(total),
            percentiles=words.join((fmt.ordinal(int(row.quantile)) for row in moved.itertuples()), either),
            percentile_numbers=words.join((fmt.count(int(row.quantile)) for row in moved.itertuples()), either),
            scores=words.join((fmt.score(row.pillar_score) for row in moved.itertuples()), either),
            ranks=words.join((fmt.ordinal(row.rank) for row in moved.itertuples()), either),
            stated=fmt.ordinal(stated_rank),
        )
        passed = [
            (row.quantile, code)
            for row in moved.itertuples()
            for code in named
            if row.ranks[code] > row.rank
        ]
        passes = [
            t(
                "vibrancy-placeholder-passes",
                percentile=fmt.ordinal(int(quantile)),
                number=fmt.count(int(quantile)),
                country=shown_name(code),
            )
            for quantile, code in passed
        ]
        texts.append(words.join([text, *passes], "; ") + ".")
    return texts


def verdicts() -> list[claims.Claim]:
    """The article's statements about this index, checked against the kit's ranking."""
    ranking = rank()
    above, subject, below = neighbours(ranking)
    sources = (PILLAR_SCORES, DEFAULT_WEIGHTS, PUBLISHED)
    aside = set_aside_for_ranks()
    source_caveats = claims.source_caveats(sources, aside)

    article = articles.figures(ARTICLE, RANK_CLAIM)
    stated_rank, article_total = int(article.loc["rank", "value"]), int(article.loc["countries_ranked", "value"])
    moves = sensitivity()[["rank_lower", "rank_higher"]]
    best, worst = int(moves.min().min()), int(moves.max().max())
    country = shown_name(FOCUS)
    rank_caveats = [
        t("vibrancy-index-name"),
        t("vibrancy-rank-margin", country=country, score=fmt.score(subject["score"]),
          margin=margin_text(subject, above, below)),
        *imputed_caveats(),
    ]
    # how we checked: tests of the tool's method (its weights, a pillar score it seems to impute), which cannot
    # change whether the article reported the tool's rank right
    rank_method = []
    if best != worst:
        rank_method.append(
            t(
                "vibrancy-rank-sensitivity",
                step=fmt.trimmed(SENSITIVITY_STEP, 2),
                country=country,
                best=fmt.ordinal(best),
                worst=fmt.ordinal(worst),
            )
        )
    rank_method.append(_robustness_text(stated_rank))
    rank_method += placeholder_effects(stated_rank)
    rank_matches = int(subject["rank"]) == stated_rank and len(ranking) == article_total
    rank_claim = claims.Claim(
        claim_id=RANK_CLAIM,
        article_value=t("vibrancy-rank-value", ordinal=fmt.ordinal(stated_rank), rank=stated_rank, total=article_total),
        computed_value=t(
            "vibrancy-rank-computed",
            ordinal=fmt.ordinal(int(subject["rank"])),
            rank=int(subject["rank"]),
            total=len(ranking),
            score=fmt.score(subject["score"]),
        ),
        verdict=claims.judge(rank_matches, rank_caveats + source_caveats),
        caveats=tuple(rank_caveats + source_caveats),
        source_ids=sources,
        set_aside=tuple(aside),
        citations=citations(sources),
        method=tuple(rank_method),
    )

    named = named_ahead()
    placed = ranking.set_index("iso3").loc[named]
    ahead = placed["rank"] < subject["rank"]
    closest = placed.loc[placed["score"].idxmin()]
    ahead_caveats = [
        t(
            "vibrancy-ahead-closest",
            closest=shown_name(closest.name),
            points=fmt.points(closest["score"] - subject["score"]),
            country=country,
        ),
        *imputed_caveats(),
    ]
    ahead_claim = claims.Claim(
        claim_id=AHEAD_CLAIM,
        article_value=t("vibrancy-ahead-value", countries=fmt.names([shown_name(i) for i in named]), country=country),
        computed_value=words.join(
            [
                *(t("vibrancy-placed", country=shown_name(i), ordinal=fmt.ordinal(int(placed.loc[i, "rank"])))
                  for i in named),
                t("vibrancy-placed", country=country, ordinal=fmt.ordinal(int(subject["rank"]))),
            ],
            "; ",
        ),
        verdict=claims.judge(bool(ahead.all()), ahead_caveats + source_caveats),
        caveats=tuple(ahead_caveats + source_caveats),
        source_ids=sources,
        set_aside=tuple(aside),
        citations=citations(sources),
        method=tuple(placeholder_effects(int(subject["rank"]), named)),
    )
    return [rank_claim, ahead_claim]


def citations(sources: Sequence[str]) -> tuple[claims.Citation, ...]:
    """Each source as read in its third-party recomputation (its second listed page), with Stanford HAI's release
    (its first) as the originator."""
    return tuple(claims.page(source, 1, originator=0) for source in sources)


def imputed_caveats() -> list[str]:
    """The pillar scores of the country that look imputed, in one sentence each (their effect on the rank is under
    how we checked)."""
    return [
        t(
            "vibrancy-imputed",
            country=shown_name(FOCUS),
            pillar=pillar_name(pillar),
            value=fmt.score(pillar_scores().loc[FOCUS, pillar]),
            others=fmt.names(
                [shown_name(c) for c in shared_scores().query("pillar == @pillar and iso3 != @FOCUS")["iso3"]]
            ),
        )
        for pillar in imputed_pillars()
    ]


def margin_text(
    subject: pd.Series, above: pd.Series | None, below: pd.Series | None, joiner: str | None = None
) -> str:
    """How far a country's score is from its neighbours', e.g. '0.01 points behind Italy (27th, 10.68)' (the two
    sides joined by `joiner`, by default the language's 'and')."""
    parts = []
    for side, row, points in (
        ("behind", above, None if above is None else above["score"] - subject["score"]),
        ("ahead", below, None if below is None else subject["score"] - below["score"]),
    ):
        if row is not None:
            parts.append(
                t(
                    f"vibrancy-margin-{side}",
                    points=fmt.points(points),
                    country=countries.shown_name(row["iso3"], row["country"]),
                    ordinal=fmt.ordinal(int(row["rank"])),
                    score=fmt.score(row["score"]),
                )
            )
    if joiner is None and len(parts) == 2:
        return t("vibrancy-and", first=parts[0], second=parts[1])
    return words.join(parts, joiner or "")


def _robustness_text(stated_rank: int) -> str:
    """What random weightings say about a rank, for how we checked it."""
    centred, uniform = simulate_ranks(), simulate_ranks(concentration=None)
    spread = summary(centred).set_index("iso3").loc[FOCUS]
    low, high = weight_spread(centred.concentration)
    return t(
        "vibrancy-rank-robustness",
        draws=fmt.count(centred.draws),
        n=centred.draws,
        low=fmt.count(low),
        high=fmt.count(high),
        country=shown_name(FOCUS),
        ordinal=fmt.ordinal(stated_rank),
        rank=stated_rank,
        share=percent(centred.share(FOCUS, stated_rank)),
        p5=fmt.ordinal(spread["rank_p5"]),
        p95=fmt.ordinal(spread["rank_p95"]),
        uniform_draws=fmt.count(uniform.draws),
        uniform_n=uniform.draws,
        uniform_share=percent(uniform.share(FOCUS, stated_rank)),
    )
