"""The AI vibrancy charts: the ranking (re-weightable), the pillar scores of chosen countries side by side,
and each country's range of ranks across random weightings."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

from kit import charts, countries, data, fmt, style
from kit.charts import Bar, Chart
from kit.composite import RankSimulation
from kit.stories.ai_vibrancy import compute
from kit.stories.ai_vibrancy.compute import CONCENTRATION, FOCUS, PILLAR_SCORES, SIMULATION_DRAWS, SIMULATION_SEED

RANKING, PILLARS, ROBUSTNESS = "ai-vibrancy-ranking", "ai-vibrancy-pillars", "ai-vibrancy-rank-robustness"


def ranking_chart(weights: Mapping[str, float] | None = None) -> Chart:
    """The 36 countries ranked, Russia highlighted, the countries the article names labelled."""
    w = compute.check_weights(weights)
    defaults = pd.Series(compute.default_weights())
    reweighted = not w.equals(defaults)
    ranking = compute.rank(w.to_dict())
    names = compute.country_names()
    named = set(compute.named_ahead())
    above, subject, below = compute.neighbours(ranking)
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
    margin = compute.margin_text(subject, above, below)

    def draw(fig, rect):
        ax = charts.ranked_bars(fig, rect, bars, xmax=100, ticks=range(0, 101, 20))
        charts.note_beside_bar(fig, ax, bars, int(subject.name), compute.margin_text(subject, above, below, "\nand "))

    pillar_list = ", ".join(f"{p} {w[p]:g}" for p in w.index)
    legend = f"Dark grey: the countries the article names as ahead of {names[FOCUS]}"
    if reweighted:
        default_rank = int(compute.rank().set_index("iso3").loc[FOCUS, "rank"])
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
        f"to within {compute.reproduction()['score_difference'].abs().max():.3f} points."
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
        slug=(f"{RANKING}-weights-" + "-".join(f"{round(100 * share)}" for share in w / w.max()))  # any scale
        if reweighted
        else RANKING,
        title=title,
        subtitle=subtitle,
        note=note,
        source=_source_line(),
        alt_text=alt,
        data=plotted[["rank", "country", "iso3", "score", "role"]],
        body_height=lambda width: charts.bars_height(len(bars)),
        draw=draw,
    )


def _source_line() -> str:
    return f"Source: {data.provenance(PILLAR_SCORES).citation}; kit analysis"


def comparison_chart(selection: Sequence[str] | None = None) -> Chart:
    """The seven pillar scores of 2-8 countries side by side (default: Russia and the countries named)."""
    selection = list(selection) if selection is not None else compute.default_comparison()
    frame = compute.compare(selection)
    codes = list(dict.fromkeys(frame["iso3"]))
    names = compute.country_names()
    pillars = compute.pillars()
    focus = FOCUS if FOCUS in codes else codes[0]
    wide = frame.pivot(index="iso3", columns="pillar", values="score").loc[codes, pillars]
    lowest = [p for p in pillars if wide.loc[focus, p] == wide[p].min()]
    highest = [p for p in pillars if wide.loc[focus, p] == wide[p].max()]
    weights = compute.default_weights()

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

    panels = {f"{p} ({weights[p]:g})": [bar(code, p) for code in codes] for p in pillars}
    labels = [names[c] for c in codes]
    n = len(codes)
    if lowest:
        title = (
            f"{names[focus]} has the lowest score of these {n} countries on {len(lowest)} of the "
            f"{len(pillars)} pillars"
        )
    else:
        title = f"{names[focus]} is not the lowest of these {n} countries on any of the {len(pillars)} pillars"
    shared = compute.shared_scores()
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
        f"{names[c]}: " + ", ".join(f"{p} {wide.loc[c, p]:.1f}" for p in pillars) + "." for c in codes
    )
    default = set(codes) == set(compute.default_comparison())
    return Chart(
        slug=PILLARS if default else f"{PILLARS}-" + "-".join(c.lower() for c in codes),
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


def robustness_chart(simulation: RankSimulation | None = None, selection: Sequence[str] | None = None) -> Chart:
    """Each country's range of ranks across random weightings, Russia highlighted, the article's rank marked."""
    simulation = simulation or compute.simulate_ranks()
    names = compute.country_names()
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
    article = compute.article_rank()
    share = simulation.share(FOCUS, article)
    summary[f"share_rank_{article}_or_better"] = [simulation.share(i, article) for i in summary["iso3"]]
    named = set(compute.named_ahead())

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
        f"{_percent_range(compute.typical_weight_change(simulation.concentration).values())} of its default)"
    )
    best, worst = simulation.best, simulation.worst
    note = (
        f"{simulation.draws:,} weightings of the seven pillars, {how}; seed {simulation.seed}. Ranks recomputed "
        f"by the kit from the published pillar scores. {names[FOCUS]}'s best rank, {fmt.ordinal(best[0])}, "
        f"comes with weights {_weights_text(best[1])}; its worst, {fmt.ordinal(worst[0])}, with "
        f"{_weights_text(worst[1])}. Dashed line: the rank the article gives."
    )
    alt = f"Range chart of the ranks of {len(summary)} countries across {compute.describe(simulation)}. " + " ".join(
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
    slug = ROBUSTNESS
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


def _weights_text(shares: Mapping[str, float]) -> str:
    return ", ".join(f"{pillar} {share:.0%}" for pillar, share in shares.items())


def _percent_range(values) -> str:
    values = sorted(values)
    return f"{values[0]:.0%}-{values[-1]:.0%}"
