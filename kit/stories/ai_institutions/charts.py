"""The top-200 institutions' charts: places by country with Russia's zero, and chosen institutions against the
cut-off."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from kit import charts, data, fmt, style
from kit.charts import Bar, Chart
from kit.stories.ai_institutions import compute
from kit.stories.ai_institutions.compute import DEFAULT, FOCUS, POOLED, RANKINGS, Variant

SEATS, CUTOFF = "ai-institutions-top200-by-country", "ai-institutions-russia-vs-cutoff"  # default slugs


def _source_line() -> str:
    return f"Source: {data.provenance(RANKINGS['main_tracks']).citation}; kit analysis"


def _coverage() -> str:
    main = compute.venues()
    main = main[main["tracks"] == DEFAULT.tracks]
    years = f"{main['year'].min()}-{str(main['year'].max())[-2:]}"
    return f"{len(main)} AI conference-years, {years} ({', '.join(dict.fromkeys(main['conference']))})"


def seats_chart(variant: Variant = DEFAULT, selection: Sequence[str] | None = None) -> Chart:
    """Places in the top N by country, with Russia's zero shown and its best institution named beside it."""
    top = compute.top_n()
    seats = compute.seats_by_country(variant, selection)
    ranking = compute.rank(variant)
    best = compute.russian(variant).iloc[0]
    within = int((ranking["rank"] <= top).sum())
    bars = [
        Bar(
            label=row.country,
            value=row.seats,
            colour=style.HIGHLIGHT if row.subject else style.NEUTRAL,
            label_colour=style.HIGHLIGHT if row.subject else style.TEXT,
            value_label=str(row.seats),
            bold=bool(row.subject),
        )
        for row in seats.itertuples()
    ] + [Bar(label="", value=0)]  # a last row, so a note beside Russia's bar can wrap
    focus_row = int(seats.index[seats["subject"]][0])
    russia_seats = int(seats.loc[focus_row, "seats"])
    beside = (
        f"best: {best['label']}, {fmt.ordinal(int(best['rank']))} with {variant.papers(best['papers'])} papers "
        f"(rank {top} needs {variant.papers(best['cutoff'])})"
    )
    everyone = seats if selection is None else compute.seats_by_country(variant)
    leaders = everyone[~everyone["subject"]].head(2)

    def draw(fig, rect):
        xmax, ticks = charts.value_scale(bars, rect[2], least=1)
        ax = charts.ranked_bars(fig, rect, bars, xmax=xmax, ticks=ticks)
        charts.zero_marks(ax, bars)
        charts.note_beside_bar(fig, ax, bars, focus_row, beside)

    lead = ", ".join(f"{row.country} {row.seats}" for row in leaders.itertuples())
    title = (
        f"No Russian institution makes the top {top} in AI research. Most places: {lead}"
        if russia_seats == 0
        else f"Russia has {russia_seats} of the top {top} AI research institutions"
    )
    shown = "" if selection is None else " Countries chosen by the reader, and Russia."
    return Chart(
        slug=SEATS.replace("top200", f"top{top}")
        + ("" if variant == DEFAULT else f"-{variant.slug}")
        + ("" if selection is None else "-" + "-".join(sorted(c for c in seats["iso3"] if c)).lower()),
        title=title,
        subtitle=f"Institutions among the {top} with the most accepted papers at {_coverage()}, by country. "
        f"{variant.label.capitalize()}.{shown}",
        note=f"The kit ranks {len(ranking):,} institutions by papers; ties share a place, so {within} institutions "
        f"rank {fmt.ordinal(top)} or better. Country: company headquarters, else the e-mail domain. The article's "
        "own ranking is not named; this one is rebuilt from conference data.",
        source=_source_line(),
        alt_text=f"Horizontal bar chart of how many of the top {top} AI research institutions each country has, "
        f"ranked by papers at {_coverage()}. "
        + ", ".join(f"{row.country} {row.seats}" for row in seats.itertuples())
        + f". Russia's {beside}.",
        data=seats,
        body_height=lambda width: charts.bars_height(len(bars)),
        draw=draw,
    )


def cutoff_chart(variant: Variant = DEFAULT, keys: Sequence[str] | None = None) -> Chart:
    """Chosen institutions' papers against the papers it takes to rank in the top N (default: Russia's)."""
    top = compute.top_n()
    ranking = compute.rank(variant)
    line = compute.cutoff(ranking, top)
    placed = compute.placement(variant, keys)
    default = keys is None or list(dict.fromkeys(keys)) == compute.default_keys()

    def bar(row) -> Bar:
        is_pool = row.key == POOLED
        russian_row = row.iso3 == FOCUS and not is_pool
        rank_text = "not ranked here" if pd.isna(row.rank) else fmt.ordinal(int(row.rank))
        return Bar(
            label=row.label,
            value=0.0 if pd.isna(row.papers) else float(row.papers),
            colour=style.HIGHLIGHT if russian_row else style.NAMED if is_pool else style.NEUTRAL,
            label_colour=style.HIGHLIGHT if russian_row else style.TEXT,
            value_label=rank_text if pd.isna(row.papers) else f"{variant.papers(row.papers)}, {rank_text}",
            bold=russian_row or is_pool,
        )

    bars = [bar(row) for row in placed.itertuples()] + [Bar(label="", value=0)]  # a last row for the line's label
    individual = placed[placed["key"] != POOLED].dropna(subset=["papers"])
    best_row = individual.iloc[0] if len(individual) else None
    pool = placed[placed["key"] == POOLED].iloc[0]
    together = compute.pooled(variant)

    def draw(fig, rect):
        fitted = charts.fit_labels(bars, rect[2])
        xmax, ticks = charts.value_scale(fitted, rect[2], least=line * 1.1)
        ax = charts.ranked_bars(fig, rect, fitted, xmax=xmax, ticks=ticks)
        charts.reference_line(ax, line, f"{fmt.ordinal(top)} place: {variant.papers(line)} papers", row=len(bars) - 1)

    if best_row is not None and best_row["papers"] < line:
        title = (
            f"{best_row['label']}, with {variant.papers(best_row['papers'])} papers, falls "
            f"{variant.papers(line - best_row['papers'])} short of the {variant.papers(line)} it takes to rank "
            f"in the top {top}"
        )
    elif best_row is not None:
        title = (
            f"{best_row['label']} has {variant.papers(best_row['papers'])} papers, enough to rank in the top {top} "
            f"({variant.papers(line)} needed)"
        )
    else:
        title = (
            f"None of the chosen institutions is ranked here; it takes {variant.papers(line)} papers for the top {top}"
        )
    return Chart(
        slug=CUTOFF
        + ("" if variant == DEFAULT else f"-{variant.slug}")
        + ("" if default else "-" + "-".join(countries_or_keys(placed))),
        title=title,
        subtitle=f"Accepted papers at {_coverage()}, with rank. {variant.label.capitalize()}. Red: Russian "
        "institutions; dark grey: all Russian institutions counted as one",
        note=f"Dashed line: the papers of the institution in {fmt.ordinal(top)} place. Counted as one, Russia's "
        f"{together['institutions']} institutions have {variant.papers(pool['papers'])} papers and would rank "
        f"{fmt.ordinal(int(pool['rank']))}: derived by the kit from the papers with at least one Russian "
        + (
            "affiliation, each paper counted once."
            if variant.metric == "full"
            else "affiliation, adding Russia's shares."
        ),
        source=_source_line(),
        alt_text=f"Horizontal bar chart of papers at {_coverage()}, {variant.label}, with a line at "
        f"{variant.papers(line)} papers, the {fmt.ordinal(top)} place. "
        + "; ".join(
            f"{row.label}: {'not ranked in this variant' if pd.isna(row.papers) else variant.papers(row.papers)}"
            + ("" if pd.isna(row.rank) else f", {fmt.ordinal(int(row.rank))}")
            for row in placed.itertuples()
        )
        + ".",
        data=placed,
        wide=charts.Wide(label="label"),
        body_height=lambda width: charts.bars_height(len(bars)),
        draw=draw,
    )


def countries_or_keys(placed: pd.DataFrame) -> list[str]:
    """Short file-name parts for a chosen set of institutions."""
    return [key.split(".")[0].replace("name:", "")[:12] for key in placed["key"] if key != POOLED]
