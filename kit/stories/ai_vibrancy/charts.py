"""The AI vibrancy charts: the ranking (re-weightable), the pillar scores of chosen countries side by side,
and each country's range of ranks across random weightings.

Each chart is computed once, as facts (numbers, country codes, message ids and their arguments), and rendered in
the language of each file or picture (`Chart.in_language`): every label is made here, where the chart is computed,
and the drawing functions only place them.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence

import pandas as pd

from kit import charts, countries, fmt, i18n, style, words
from kit.charts import Bar, Chart
from kit.composite import CompositeIndex, RankSimulation
from kit.i18n import t
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
SCORE_TICKS = range(0, 101, 20)
ALT_COUNTRIES = 6  # countries named one by one in the alt text of a chosen set's ranges (it stays short)


# -- what a redraw does not recompute: the index, its default ranking, the article's facts -------------------


@functools.cache
def _index() -> CompositeIndex:
    """The index, built once per session: a widget's redraw re-ranks it, it does not reload and re-check the data."""
    return compute.index()


@functools.cache
def _default_weights() -> pd.Series:
    return _index().check_weights()


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


@functools.cache
def _texts(language: str) -> dict:
    """Texts that no control changes, made once per language (a `Words` keeps the language it was made in as its
    plain text, which an explorer draws): each ranked country's name and each pillar's."""
    with i18n.use(language):
        names = {code: countries.shown_name(code, name) for code, name in _index().names.items()}
        pillars = {pillar: compute.pillar_name(pillar) for pillar in _index().pillars}
        return {"names": names, "pillars": pillars}


def _names() -> dict[str, str]:
    """ISO3 -> the ranked country's name (a text rendered in each language)."""
    return _texts(i18n.current())["names"]


def _pillar_names() -> dict[str, str]:
    return _texts(i18n.current())["pillars"]


def _capitalised(text: str, *, language: str) -> str:
    """A text with its first letter capitalised (it opens a sentence)."""
    return text[:1].upper() + text[1:]


def capitalised(text: str) -> str:
    """A text opening a sentence, rendered in each language."""
    return words.Formatted(_capitalised, text)


# -- the ranking ----------------------------------------------------------------------------------------------


def closeness(subject: pd.Series, above: pd.Series | None, below: pd.Series | None) -> str:
    """How close a country is to its neighbours, to one decimal: 'less than 0.1 points behind Italy (27th) and
    ahead of Austria (29th)' (a distance the same on both sides is said once)."""
    names = _names()

    def gap(points: float) -> str:
        return t("vibrancy-gap-tiny") if points < 0.05 else t("vibrancy-gap", points=fmt.decimal(points))

    def distance(points: float) -> tuple:  # what the reader reads: the same words give the same distance
        return ("tiny",) if points < 0.05 else ("points", str(fmt.rounded(points, 1)))

    parts = []
    if above is not None:
        points = above["score"] - subject["score"]
        parts.append(("behind", points, above))
    if below is not None:
        points = subject["score"] - below["score"]
        parts.append(("ahead", points, below))
    same = len(parts) == 2 and distance(parts[0][1]) == distance(parts[1][1])
    said = [
        t(
            f"vibrancy-{side}-again" if same and number else f"vibrancy-{side}",
            distance=gap(points),
            country=names[row["iso3"]],
            rank=fmt.ordinal(int(row["rank"])),
        )
        for number, (side, points, row) in enumerate(parts)
    ]
    return t("vibrancy-and", first=said[0], second=said[1]) if len(said) == 2 else said[0]


def ranking_chart(weights: Mapping[str, float] | None = None) -> Chart:
    """The 36 countries ranked, Russia highlighted, the countries the article names labelled in bold."""
    index = _index()
    w = index.check_weights(weights)
    reweighted = not w.equals(_default_weights())
    ranking = _rank(w.to_dict()) if reweighted else _default_ranking()
    names, pillar_names = _names(), _pillar_names()
    named = set(_named())
    above, subject, below = compute.neighbours(ranking)
    subject_rank, total = int(subject["rank"]), len(ranking)
    roles = {FOCUS: style.SUBJECT, **{code: style.NAMED for code in named}}
    plotted = ranking.assign(
        role=[roles.get(code, style.CONTEXT_ROLE) for code in ranking["iso3"]],
        country=[names[code] for code in ranking["iso3"]],
    )
    bars = [
        Bar(
            label=row.country,
            value=row.score,
            role=row.role,
            value_label=(
                t("vibrancy-value-rank", score=fmt.decimal(row.score), ordinal=fmt.ordinal(row.rank))
                if row.role == style.SUBJECT
                else fmt.decimal(row.score)
                if row.role == style.NAMED
                else ""
            ),
        )
        for row in plotted.itertuples()
    ]
    near = closeness(subject, above, below)
    note_beside = (int(subject.name), capitalised(near))
    pillar_list = words.join((pillar_names[p] + " " + fmt.trimmed(w[p], 2) for p in w.index), ", ")
    country = names[FOCUS]
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
        named=words.join(
            (t("vibrancy-placed", country=row.country, ordinal=fmt.ordinal(row.rank)) for row in named_rows.itertuples()),
            ", ",
        ),
    )
    description = t(
        "vibrancy-ranking-description",
        total=total,
        weights=pillar_list,
        ranks=words.join(
            (
                t("vibrancy-ranking-row", ordinal=fmt.ordinal(row.rank), country=row.country, score=fmt.decimal(row.score))
                for row in plotted.itertuples()
            ),
            "; ",
        ),
        country=country,
        near=near,
    )
    tick_labels = [fmt.count(tick) for tick in SCORE_TICKS]
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
        wide=charts.Wide(
            label="country",
            values=("score", "rank"),
            names={
                "country": t("vibrancy-column-country"),
                "score": t("vibrancy-column-score"),
                "rank": t("vibrancy-column-rank"),
            },
            places={"score": 1},
        ),
        body_height=lambda width: charts.bars_height(len(bars), width),
        draw=lambda fig, rect: charts.ranked_bars(
            fig, rect, bars, xmax=100, ticks=SCORE_TICKS, tick_labels=tick_labels, note=note_beside
        ),
    )


# -- the pillars side by side ---------------------------------------------------------------------------------


def panel_title(pillar: str, weight: float) -> str:
    """A pillar's panel title: its name and Stanford's weight, 'R&D (1.0)'."""
    return t("vibrancy-panel", pillar=_pillar_names()[pillar], weight=fmt.decimal(weight))


def comparison_chart(selection: Sequence[str] | None = None) -> Chart:
    """The seven pillar scores of 2-8 countries side by side (default: Russia and the countries named)."""
    codes = _chosen(tuple(selection) if selection is not None else (FOCUS, *_named()))
    names, shown = _names(), _pillar_names()
    index = _index()
    pillars = index.pillars
    weights = index.defaults
    focus = FOCUS if FOCUS in codes else codes[0]
    wide = index.scores.loc[list(codes), pillars]
    lowest = [p for p in pillars if wide.loc[focus, p] == wide[p].min()]
    highest = [p for p in pillars if wide.loc[focus, p] == wide[p].max()]

    def bar(code: str, pillar: str) -> Bar:
        return Bar(
            label=names[code],
            value=wide.loc[code, pillar],
            role=style.SUBJECT if code == focus else style.CONTEXT_ROLE,
            value_label=fmt.decimal(wide.loc[code, pillar]),
        )

    panels = {panel_title(p, weights[p]): [bar(code, p) for code in codes] for p in pillars}
    others = [p for p in pillars if p not in lowest]  # named instead when shorter: "every pillar but Talent"
    extremes = dict(
        country=names[focus],
        lowest=fmt.names([shown[p] for p in lowest]),
        lowest_count=len(lowest),
        others=fmt.names([shown[p] for p in others]),
        most=int(len(others) < len(lowest)),
        highest=fmt.names([shown[p] for p in highest]),
        highest_count=len(highest),
        total=len(pillars),
    )
    title = t("vibrancy-pillars-title" if lowest else "vibrancy-pillars-title-none", n=len(codes), **extremes)
    imputed = [
        t("vibrancy-pillars-imputed", countries=fmt.names([names[c] for c in group if c in codes]), pillar=shown[pillar])
        for pillar, group in _shared_groups()
        if any(code in codes for code in group)
    ]
    note = words.join([t("vibrancy-pillars-note", **extremes), *imputed], " ")
    ranking = _default_ranking().set_index("iso3")
    frame = pd.DataFrame(
        [
            {
                "country": names[code],
                "iso3": code,
                "pillar": shown[pillar],
                "score": wide.loc[code, pillar],
                "overall_rank": int(ranking.loc[code, "rank"]),
                "pillar_weight": weights[pillar],
            }
            for pillar in pillars
            for code in codes
        ]
    )
    grid_titles, first_panel = list(panels), next(iter(panels.values()))
    return Chart(
        slug=PILLARS if set(codes) == {FOCUS, *_named()} else f"{PILLARS}-" + "-".join(c.lower() for c in codes),
        title=title,
        subtitle=t("vibrancy-pillars-subtitle"),
        note=note,
        source=t("vibrancy-source"),
        alt_text=t("vibrancy-pillars-alt", countries=fmt.names([names[c] for c in codes]), **extremes),
        description=t(
            "vibrancy-pillars-description",
            scores=words.join(
                (
                    t(
                        "vibrancy-pillars-country",
                        country=names[c],
                        scores=words.join((shown[p] + " " + fmt.decimal(wide.loc[c, p]) for p in pillars), ", "),
                    )
                    for c in codes
                ),
                " ",
            ),
        ),
        sources=(PILLAR_SCORES, DEFAULT_WEIGHTS),
        data=frame,
        body_height=lambda width: charts.bar_grid_height(width, grid_titles, first_panel),
        draw=lambda fig, rect: charts.bar_grid(fig, rect, panels, least=100),
        wide=charts.Wide(
            label="country",
            series="pillar",
            value="score",
            names={"country": t("vibrancy-column-country")},
            places={shown[p]: 1 for p in pillars},
        ),
    )


def _chosen(selection: tuple[str, ...]) -> list[str]:
    """A selection of 2-8 countries (names or codes) as codes, in order of overall rank."""
    ranks = _default_ranking().set_index("iso3")["rank"]
    return sorted(compute.choose(selection, _index().names, _unranked()), key=ranks.__getitem__)


@functools.cache
def _unranked() -> dict[str, str]:
    return compute.unranked()


@functools.cache
def _shared_groups() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(pillar, the countries sharing one score that looks imputed), read once."""
    shared = compute.shared_scores()
    return tuple((pillar, tuple(group["iso3"])) for pillar, group in shared.groupby("pillar"))


# -- ranks across random weightings ---------------------------------------------------------------------------


def robustness_chart(simulation: RankSimulation | None = None, selection: Sequence[str] | None = None) -> Chart:
    """Each country's range of ranks across random weightings, Russia highlighted, Stanford's rank marked."""
    simulation = simulation or compute.simulate_ranks()
    index = _index()
    names = _names()
    summary = compute.summary(simulation)
    everyone = selection is None
    if not everyone:
        codes = countries.resolve_many(
            selection,
            index.names,
            among=compute.AMONG,
            least=1,
            most=len(index.names),
            outside=_unranked(),
        )
        summary = summary[summary["iso3"].isin(codes)].reset_index(drop=True)
    summary["country"] = [names[code] for code in summary["iso3"]]
    article = _article_rank()
    share = simulation.share(FOCUS, article)
    named = set(_named())
    roles = {FOCUS: style.SUBJECT, **{code: style.NAMED for code in named}}
    spans = [
        charts.Span(
            label=t("vibrancy-robustness-label", country=row.country, ordinal=fmt.ordinal(row.default_rank)),
            low=row.best_rank,
            high=row.worst_rank,
            band=(row.rank_p5, row.rank_p95),
            centre=row.median_rank,
            reference=row.default_rank,
            role=roles.get(row.iso3, style.CONTEXT_ROLE),
        )
        for row in summary.itertuples()
    ]
    total = len(index.names)
    ticks = sorted({1, 10, 20, article, total})
    tick_labels = [fmt.count(tick) for tick in ticks]
    country = names[FOCUS]
    focus_row = summary.set_index("iso3").loc[FOCUS] if FOCUS in set(summary["iso3"]) else None
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
    how = compute.weightings(simulation)
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
        extremes = [
            t(
                "vibrancy-robustness-description-extremes",
                country=country,
                best=fmt.ordinal(best[0]),
                best_weights=_weights_text(best[1]),
                worst=fmt.ordinal(worst[0]),
                worst_weights=_weights_text(worst[1]),
            )
        ]
    else:
        title = t("vibrancy-robustness-title-countries", countries=len(summary), **how)
        listed = summary.head(ALT_COUNTRIES)
        alt = t(
            "vibrancy-robustness-alt-countries",
            countries=len(summary),
            ranges=words.join(
                (
                    t(
                        "vibrancy-robustness-alt-range",
                        country=r.country,
                        best=fmt.ordinal(r.best_rank),
                        worst=fmt.ordinal(r.worst_rank),
                        same=int(r.best_rank == r.worst_rank),
                    )
                    for r in listed.itertuples()
                ),
                "; ",
            ),
            more=len(summary) - len(listed),
            **how,
        )
        extremes = []
    rows = [
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
    ]
    columns = ("median_rank", "rank_p5", "rank_p95", "best_rank", "worst_rank", "default_rank")
    return Chart(
        slug=slug,
        title=title,
        subtitle=t("vibrancy-robustness-subtitle", total=total, **how),
        note=t("vibrancy-robustness-note", **how),
        source=t("vibrancy-source"),
        alt_text=alt,
        description=words.join(
            [t("vibrancy-robustness-description", seed=str(simulation.seed), **how), *extremes, *rows], " "
        ),
        sources=(PILLAR_SCORES, DEFAULT_WEIGHTS),
        data=summary.assign(**{f"share_rank_{article}_or_better": [simulation.share(i, article) for i in summary["iso3"]]}),
        wide=charts.Wide(
            label="country",
            values=columns,
            names={"country": t("vibrancy-column-country"), **{c: t(f"vibrancy-column-{c.replace('_', '-')}") for c in columns}},
        ),
        body_height=lambda width: charts.bars_height(len(spans), width),
        draw=lambda fig, rect: charts.span_rows(fig, rect, spans, xlim=(1, total), ticks=ticks, tick_labels=tick_labels),
    )


def percent(share: float) -> str:
    return compute.percent(share)


def _weights_text(shares: Mapping[str, float]) -> str:
    """Pillar weights as shares of the whole: 'R&D 28%, Responsible AI 3%, ...'."""
    pillar_names = _pillar_names()
    return words.join((pillar_names[pillar] + " " + percent(share) for pillar, share in shares.items()), ", ")
