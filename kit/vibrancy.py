"""Stanford HAI's Global AI Vibrancy Tool, 2025 edition (2024 data): the ranking, rebuilt and checked.

The tool scores 36 countries on seven pillars (0-100 each); the overall score is the weighted mean of the
pillar scores with the tool's default weights. Everything here is a pure function of the catalogued data.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from difflib import get_close_matches
from numbers import Real

import pandas as pd

from kit import charts, claims, countries, data, fmt, style
from kit.charts import Bar, Chart
from kit.errors import WeightsError

PILLAR_SCORES = "gvt_2025_pillar_scores"
DEFAULT_WEIGHTS = "gvt_2025_default_weights"
PUBLISHED = "gvt_2025_overall_ranking"
CROSSCHECK = "gvt_2025_overall_ranking_tca"
UNRANKED = "gvt_2025_unranked_countries"
NOTEBOOK = "01_ai_vibrancy"
FOCUS = "RUS"  # the country the article is about
RANK_CLAIM, AHEAD_CLAIM = "vibrancy-rank", "vibrancy-ahead"
RANKING_CHART, PILLARS_CHART = "ai-vibrancy-ranking", "ai-vibrancy-pillars"  # slugs of the default charts
COMPARE_SIZE = (2, 8)  # how many countries the comparison shows
SENSITIVITY_STEP = 0.1  # weight change used to test how fragile a rank is


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
    article_rank, article_total = int(article.loc["rank", "value"]), int(article.loc["countries_ranked", "value"])
    moves = sensitivity()[["rank_lower", "rank_higher"]]
    best, worst = int(moves.min().min()), int(moves.max().max())
    rank_caveats = [f"{names[FOCUS]} scores {fmt.score(subject['score'])}: {_margin_text(subject, above, below)}."]
    if best != worst:
        rank_caveats.append(
            f"Moving any one pillar weight by {SENSITIVITY_STEP} from its default puts {names[FOCUS]} anywhere "
            f"from {fmt.ordinal(best)} to {fmt.ordinal(worst)}."
        )
    rank_matches = int(subject["rank"]) == article_rank and len(ranking) == article_total
    rank_claim = claims.Claim(
        claim_id=RANK_CLAIM,
        statement=article["statement"].iloc[0],
        article_value=f"{fmt.ordinal(article_rank)} of {article_total}",
        computed_value=f"{fmt.ordinal(int(subject['rank']))} of {len(ranking)} (score {fmt.score(subject['score'])})",
        verdict=claims.judge(rank_matches, rank_caveats + source_caveats),
        caveats=tuple(rank_caveats + source_caveats),
        source_ids=(PILLAR_SCORES, DEFAULT_WEIGHTS, PUBLISHED),
        notebook=NOTEBOOK,
        charts=(RANKING_CHART,),
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
