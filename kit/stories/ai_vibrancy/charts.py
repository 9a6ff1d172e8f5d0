"""The AI vibrancy charts: the ranking (re-weightable), the pillar scores of chosen countries side by side,
and each country's range of ranks across random weightings."""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

import pandas as pd

from kit import charts, countries, fmt, style
from kit.charts import Bar, Chart
from kit.i18n import t
from kit.composite import CompositeIndex, RankSimulation
from kit.stories.ai_vibrancy import compute
from kit.stories.ai_vibrancy.compute import (
    CONCENTRATION,
    DEFAULT_WEIGHTS,
    FOCUS,
    PILLAR_SCORES,
    PUBLISHED,
    SIMULATION_DRAWS,
    SIMULATION_SEED,
)

RANKING, PILLARS, ROBUSTNESS = "ai-vibrancy-ranking", "ai-vibrancy-pillars", "ai-vibrancy-rank-robustness"
# The originator and the recomputation the scores come from (`vibrancy-source`; the full chain goes with the exports)
SOURCES = (PILLAR_SCORES, DEFAULT_WEIGHTS, PUBLISHED)


@functools.cache
def _index() -> CompositeIndex:
    """The index, built once per session: a widget's redraw re-ranks it, it does not reload and re-check the data."""
    return compute.index()


@functools.cache
def _named() -> tuple[str, ...]:
    """The countries the article names as ahead (read once per session)."""
    return tuple(compute.named_ahead())


@functools.cache
def _article_rank() -> int:
    return compute.article_rank()


def _rank(weights: Mapping[str, float] | None = None) -> pd.DataFrame:
    """`compute.rank` on the index built once."""
    return _index().rank(weights).rename(columns=compute.COLUMNS)


@functools.cache
def _default_ranking() -> pd.DataFrame:
    """The ranking with the tool's weights (computed once)."""
    return _rank()


@functools.cache
def _reproduced() -> bool:
    """Whether the kit's scores with the tool's weights round to every published score's two decimals."""
    return bool((compute.reproduction()["score_difference"].abs() <= 0.005 + 1e-9).all())


def closeness(subject: pd.Series, above: pd.Series | None, below: pd.Series | None) -> str:
    """How close a country is to its neighbours, to one decimal: 'less than 0.1 points behind Italy (27th) and
    ahead of Austria (29th)'."""

    def gap(points: float) -> str:
        return t("vibrancy-gap-tiny") if points < 0.05 else t("vibrancy-gap", points=fmt.decimal(points))

    parts = []
    if above is not None:
        parts.append((gap(above["score"] - subject["score"]), "behind", above))
    if below is not None:
        parts.append((gap(subject["score"] - below["score"]), "ahead", below))
    same = len(parts) == 2 and parts[0][0] == parts[1][0]  # the same distance on both sides: say it once
    words = [
        t(
            f"vibrancy-{side}",
            distance="" if same and index else distance,
            country=_name(row),
            rank=fmt.ordinal(int(row["rank"])),
        ).strip()
        for index, (distance, side, row) in enumerate(parts)
    ]
    return t("vibrancy-and", first=words[0], second=words[1]) if len(words) == 2 else "".join(words)


def _name(row) -> str:
    """A ranked country's name in the current language."""
    return countries.shown_name(row["iso3"], row["country"])


pillar_name, percent, general = compute.pillar_name, compute.percent, compute.general  # as the verdicts say them


def ranking_chart(weights: Mapping[str, float] | None = None) -> Chart:
    """The 36 countries ranked, Russia highlighted, the countries the article names labelled in bold."""
    w = _index().check_weights(weights)
    reweighted = not w.equals(_index().check_weights())
    ranking = _rank(w.to_dict()) if reweighted else _default_ranking()
    named = set(_named())
    above, subject, below = compute.neighbours(ranking)
    subject_rank, total = int(subject["rank"]), len(ranking)
    roles = {FOCUS: style.SUBJECT, **{code: style.NAMED for code in named}}
    plotted = ranking.assign(
        role=[roles.get(code, style.CONTEXT_ROLE) for code in ranking["iso3"]],
        country=[countries.shown_name(code, name) for code, name in zip(ranking["iso3"], ranking["country"])],
    )
    bars = [
        Bar(
            label=row.country,
            value=row.score,
            role=row.role,
            value_label=(
                f"{fmt.decimal(row.score)} ({fmt.ordinal(row.rank)})"
                if row.role == style.SUBJECT
                else fmt.decimal(row.score)
                if row.role == style.NAMED
                else ""
            ),
        )
        for row in plotted.itertuples()
    ]
    near = closeness(subject, above, below)
    position = int(subject.name)

    def draw(fig, rect):
        charts.ranked_bars(fig, rect, bars, xmax=100, ticks=range(0, 101, 20), note=(position, near[0].upper() + near[1:]))

    pillar_list = ", ".join(f"{pillar_name(p)} {fmt.trimmed(w[p], 2)}" for p in w.index)
    country = _name(subject)
    place = {"country": country, "rank": subject_rank, "ordinal": fmt.ordinal(subject_rank), "total": total}
    if reweighted:
        change = int(_default_ranking().set_index("iso3").loc[FOCUS, "rank"]) - subject_rank
        title = t(
            "vibrancy-ranking-reweighted-title",
            **place,
            change=abs(change),
            direction="unchanged" if change == 0 else "higher" if change > 0 else "lower",
        )
        subtitle = t("vibrancy-ranking-reweighted-subtitle")
        note = t("vibrancy-ranking-reweighted-note", weights=pillar_list)
    else:
        title = t("vibrancy-ranking-title", **place)
        subtitle = t("vibrancy-ranking-subtitle", country=country)
        note = t("vibrancy-ranking-note", reproduced=int(_reproduced()))
    top = plotted.iloc[0]
    named_rows = plotted[plotted["role"] == style.NAMED]
    alt = t(
        "vibrancy-ranking-alt",
        **place,
        score=fmt.decimal(subject["score"]),
        near=near,
        leader=top["country"],
        leader_score=fmt.decimal(top["score"]),
        named=", ".join(f"{row.country} {fmt.ordinal(row.rank)}" for row in named_rows.itertuples()),
    )
    description = t(
        "vibrancy-ranking-description",
        total=total,
        weights=pillar_list,
        ranks="; ".join(f"{fmt.ordinal(row.rank)} {row.country} {fmt.decimal(row.score)}" for row in plotted.itertuples()),
        country=country,
        near=near,
    )
    return Chart(
        slug=(f"{RANKING}-weights-" + "-".join(f"{round(100 * share)}" for share in w / w.max()))  # any scale
        if reweighted
        else RANKING,
        title=title,
        subtitle=subtitle,
        note=note,
        source=t("vibrancy-source"),
        alt_text=alt,
        description=description,
        sources=SOURCES,
        data=plotted[["country", "score", "rank", "iso3", "role"]],
        wide=charts.Wide(label="country", values=("score", "rank")),
        body_height=lambda width: charts.bars_height(len(bars), width),
        draw=draw,
    )


def comparison_chart(selection: Sequence[str] | None = None) -> Chart:
    """The seven pillar scores of 2-8 countries side by side (default: Russia and the countries named)."""
    selection = list(selection) if selection is not None else compute.default_comparison()
    frame = compute.compare(selection)
    codes = list(dict.fromkeys(frame["iso3"]))
    names = {code: countries.shown_name(code, name) for code, name in compute.country_names().items()}
    pillars = compute.pillars()
    shown = {p: pillar_name(p) for p in pillars}
    focus = FOCUS if FOCUS in codes else codes[0]
    wide = frame.pivot(index="iso3", columns="pillar", values="score").loc[codes, pillars]
    lowest = [p for p in pillars if wide.loc[focus, p] == wide[p].min()]
    highest = [p for p in pillars if wide.loc[focus, p] == wide[p].max()]
    weights = compute.default_weights()

    def bar(code: str, pillar: str) -> Bar:
        return Bar(
            label=names[code],
            value=wide.loc[code, pillar],
            role=style.SUBJECT if code == focus else style.CONTEXT_ROLE,
            value_label=fmt.decimal(wide.loc[code, pillar]),
        )

    panels = {f"{shown[p]} ({general(weights[p])})": [bar(code, p) for code in codes] for p in pillars}
    labels = [names[c] for c in codes]
    n = len(codes)
    extremes = dict(
        country=names[focus],
        lowest=fmt.names([shown[p] for p in lowest]),
        lowest_count=len(lowest),
        highest=fmt.names([shown[p] for p in highest]),
        highest_count=len(highest),
        total=len(pillars),
    )
    title = t("vibrancy-pillars-title" if lowest else "vibrancy-pillars-title-none", n=n, **extremes)
    shared = compute.shared_scores()
    shown_shared = shared[shared["iso3"].isin(codes)]
    imputed = [
        t(
            "vibrancy-pillars-imputed",
            countries=fmt.names([names[i] for i in group["iso3"] if i in codes]),
            pillar=shown[pillar],
        )
        for pillar, group in shared.groupby("pillar")
        if pillar in set(shown_shared["pillar"])
    ]
    note = " ".join([t("vibrancy-pillars-note", **extremes), *imputed])
    default = set(codes) == set(compute.default_comparison())
    return Chart(
        slug=PILLARS if default else f"{PILLARS}-" + "-".join(c.lower() for c in codes),
        title=title,
        subtitle=t("vibrancy-pillars-subtitle"),
        note=note,
        source=t("vibrancy-source"),
        alt_text=t("vibrancy-pillars-alt", countries=fmt.names(labels), **extremes),
        description=t(
            "vibrancy-pillars-description",
            scores=" ".join(
                f"{names[c]}: " + ", ".join(f"{shown[p]} {fmt.decimal(wide.loc[c, p])}" for p in pillars) + "."
                for c in codes
            ),
        ),
        sources=(PILLAR_SCORES, DEFAULT_WEIGHTS),
        data=frame.assign(country=[names[c] for c in frame["iso3"]], pillar=[shown[p] for p in frame["pillar"]]),
        body_height=lambda width: charts.bar_grid_height(width, list(panels), next(iter(panels.values()))),
        draw=lambda fig, rect: charts.bar_grid(fig, rect, panels, least=100),
        wide=charts.Wide(label="country", series="pillar", value="score"),
    )


def robustness_chart(simulation: RankSimulation | None = None, selection: Sequence[str] | None = None) -> Chart:
    """Each country's range of ranks across random weightings, Russia highlighted, the article's rank marked."""
    simulation = simulation or compute.simulate_ranks()
    names = _index().names
    summary = compute.summary(simulation)
    everyone = selection is None
    if not everyone:
        codes = countries.resolve_many(
            selection,
            names,
            among="the 36 countries the tool ranks",
            least=1,
            most=len(names),
            outside=compute.unranked(),
        )
        summary = summary[summary["iso3"].isin(codes)].reset_index(drop=True)
    summary["country"] = [countries.shown_name(code, name) for code, name in zip(summary["iso3"], summary["country"])]
    article = _article_rank()
    share = simulation.share(FOCUS, article)
    summary[f"share_rank_{article}_or_better"] = [simulation.share(i, article) for i in summary["iso3"]]
    named = set(_named())
    roles = {FOCUS: style.SUBJECT, **{code: style.NAMED for code in named}}
    spans = [
        charts.Span(
            label=f"{row.country} ({fmt.ordinal(row.default_rank)})",
            low=row.best_rank,
            high=row.worst_rank,
            band=(row.rank_p5, row.rank_p95),
            centre=row.median_rank,
            reference=row.default_rank,
            role=roles.get(row.iso3, style.CONTEXT_ROLE),
        )
        for row in summary.itertuples()
    ]
    total = len(names)
    country = countries.shown_name(FOCUS, names[FOCUS])
    focus_row = summary.set_index("iso3").loc[FOCUS] if FOCUS in set(summary["iso3"]) else None

    def draw(fig, rect):
        charts.span_rows(fig, rect, spans, xlim=(1, total), ticks=[1, 10, 20, article, total])

    best, worst = simulation.best, simulation.worst
    kind = "uniform" if simulation.concentration is None else f"c{simulation.concentration:g}"
    default_run = (simulation.draws, simulation.concentration, simulation.seed) == (
        SIMULATION_DRAWS,
        CONCENTRATION,
        SIMULATION_SEED,
    )
    slug = ROBUSTNESS
    if not default_run:
        slug += f"-{kind}-{simulation.draws}"
    if not everyone:
        slug += "-" + "-".join(code.lower() for code in summary["iso3"])
    named_rows = summary[summary["iso3"].isin(named | {FOCUS})]
    how = dict(
        kind="uniform" if simulation.concentration is None else "centred",
        concentration="" if simulation.concentration is None else general(simulation.concentration),
        draws=fmt.count(simulation.draws),
        n=simulation.draws,  # the plural form
    )
    if focus_row is not None:
        title = t("vibrancy-robustness-title", country=country, rank=article, ordinal=fmt.ordinal(article),
                  share=percent(share), **how)
        alt = t(
            "vibrancy-robustness-alt",
            country=country,
            rank=article,
            ordinal=fmt.ordinal(article),
            share=percent(share),
            best=fmt.ordinal(best[0]),
            worst=fmt.ordinal(worst[0]),
            median=fmt.ordinal(focus_row["median_rank"]),
            **how,
        )
        extremes = t(
            "vibrancy-robustness-description-extremes",
            country=country,
            best=fmt.ordinal(best[0]),
            best_weights=_weights_text(best[1]),
            worst=fmt.ordinal(worst[0]),
            worst_weights=_weights_text(worst[1]),
        ) + " "
    else:
        title = t("vibrancy-robustness-title-countries", countries=len(summary), **how)
        alt = t("vibrancy-robustness-alt-countries", countries=len(summary), **how) + " " + "; ".join(
            t(
                "vibrancy-robustness-alt-range",
                country=r.country,
                best=fmt.ordinal(r.best_rank),
                worst=fmt.ordinal(r.worst_rank),
                low=int(r.best_rank),
                high=int(r.worst_rank),
            )
            for r in summary.itertuples()
        )[:200]
        extremes = ""
    return Chart(
        slug=slug,
        title=title,
        subtitle=t("vibrancy-robustness-subtitle", total=total, **how),
        note=t("vibrancy-robustness-note"),
        source=t("vibrancy-source"),
        alt_text=alt,
        description=t("vibrancy-robustness-description", seed=str(simulation.seed), **how)
        + " "
        + extremes
        + " ".join(
            t(
                "vibrancy-robustness-description-row",
                country=row.country,
                default=fmt.ordinal(row.default_rank),
                median=fmt.ordinal(row.median_rank),
                p5=fmt.ordinal(row.rank_p5),
                p95=fmt.ordinal(row.rank_p95),
                best=fmt.ordinal(row.best_rank),
                worst=fmt.ordinal(row.worst_rank),
            )
            for row in (named_rows if everyone else summary).itertuples()
        ),
        sources=(PILLAR_SCORES, DEFAULT_WEIGHTS),
        data=summary,
        wide=charts.Wide(label="country", values=("median_rank", "rank_p5", "rank_p95", "best_rank", "worst_rank",
                                                  "default_rank")),
        body_height=lambda width: charts.bars_height(len(spans), width),
        draw=draw,
    )


def _weights_text(shares: Mapping[str, float]) -> str:
    return ", ".join(f"{pillar_name(pillar)} {percent(share)}" for pillar, share in shares.items())
