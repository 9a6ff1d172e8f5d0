"""The top-200 institutions' charts: places by country with Russia's zero, and chosen institutions against the
cut-off."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

import pandas as pd

from kit import charts, fmt, style
from kit.charts import Bar, Chart
from kit.stories.ai_institutions import compute
from kit.stories.ai_institutions.compute import DEFAULT, FOCUS, INPUTS, POOLED, RANKINGS, Variant

SEATS, CUTOFF = "ai-institutions-top200-by-country", "ai-institutions-russia-vs-cutoff"  # default slugs
SHORT_NAMES = {  # the names charts use where space is short, by institution key
    POOLED: "All of Russia as one",
    "skoltech.ru": "Skoltech",
    "hse.ru": "HSE",
    "mipt.ru": "MIPT",
    "airi.net": "AIRI",
    "yandex": "Yandex",
    "ras.ru": "RAS Numerical Maths",
    "msu.ru": "Moscow State University",
    "innopolis.ru": "Innopolis University",
    "tinkoff.ru": "T-Bank",
    "itmo.ru": "ITMO University",
}


def short_name(key: str, label: str) -> str:
    """The declared short name, else the label up to its first bracket or comma ('AIRI (Artificial ...)' -> 'AIRI')."""
    return SHORT_NAMES.get(key) or re.split(r" \(|, ", label, maxsplit=1)[0]


@functools.cache
def _venues(tracks: str) -> pd.DataFrame:
    """The conference-years of a track set (read once per session)."""
    main = compute.venues()
    return main[main["tracks"] == tracks]


@functools.cache
def _top() -> int:
    """The N of the article's top N (read once per session)."""
    return compute.top_n()


@functools.cache
def _ranking(variant: Variant) -> pd.DataFrame:
    """A variant's ranking (computed once per session: redraws switch between variants)."""
    return compute.rank(variant)


def _source(variant: Variant = DEFAULT) -> str:
    main = _venues(variant.tracks)
    return f"Source: accepted papers of {', '.join(dict.fromkeys(main['conference']))} " \
        f"{main['year'].min()}-{str(main['year'].max())[-2:]}, via Paper Copilot"


def _coverage(variant: Variant = DEFAULT) -> str:
    main = _venues(variant.tracks)
    return f"{len(main)} AI conference-years, {main['year'].min()}-{str(main['year'].max())[-2:]}"


def seats_chart(variant: Variant = DEFAULT, selection: Sequence[str] | None = None) -> Chart:
    """Places in the top N by country, with Russia's zero shown and its best institution noted beside it."""
    top = _top()
    seats = compute.seats_by_country(variant, selection)
    ranking = _ranking(variant)
    best = compute.russian(variant).iloc[0]
    within = int((ranking["rank"] <= top).sum())
    bars = [
        Bar(
            label=row.country,
            value=row.seats,
            role=style.SUBJECT if row.subject else style.CONTEXT_ROLE,
            value_label=str(row.seats),
        )
        for row in seats.itertuples()
    ]
    focus_row = int(seats.index[seats["subject"]][0])
    russia_seats = int(seats.loc[focus_row, "seats"])
    best_name = short_name(best["key"], best["label"])
    beside = (
        f"Best: {best_name}, {variant.papers(best['papers'])} papers ({fmt.ordinal(int(best['rank']))}); "
        f"{fmt.ordinal(top)} place needs {variant.papers(best['cutoff'])}"
    )

    def scale(width):
        return charts.value_scale(bars, width, least=1)

    def rows(width):
        extra = charts.note_rows(bars, width, scale(width)[0], focus_row, beside) - (len(bars) - focus_row)
        return len(bars) + max(extra, 0)

    def draw(fig, rect):
        xmax, ticks = scale(rect[2])
        shown = bars + [Bar("", 0)] * (rows(rect[2]) - len(bars))  # free rows for the note beside Russia
        charts.ranked_bars(fig, rect, shown, xmax=xmax, ticks=ticks, note=(focus_row, beside))

    everyone = seats if selection is None else compute.seats_by_country(variant)
    leaders = everyone[~everyone["subject"]].head(2)
    lead = " and ".join(f"{row.country} {row.seats}" for row in leaders.itertuples())
    title = (
        f"No Russian institution makes the top {top} by AI conference papers"
        if russia_seats == 0
        else f"Russia has {russia_seats} of the top {top} institutions by AI conference papers"
    )
    published = compute.published_rankings()
    differing = published[published["counts"] & published["russian_within_top"].eq(True)]
    differ = " ".join(
        f"Other rankings differ: {row.short_name} reportedly places {row.best_russian} "
        f"{compute.place(row.best_russian_place)}."
        for row in differing.head(1).itertuples()
    )
    shown = "" if selection is None else "; countries chosen by the reader, and Russia"
    return Chart(
        slug=SEATS.replace("top200", f"top{top}")
        + ("" if variant == DEFAULT else f"-{variant.slug}")
        + ("" if selection is None else "-" + "-".join(sorted(c for c in seats["iso3"] if c)).lower()),
        title=title,
        subtitle=f"Institutions among the {top} with most papers at {_coverage(variant)}, by country. "
        f"{variant.label.capitalize()}{shown}",
        note=f"Ties share a place: {within} rank {fmt.ordinal(top)} or better. "
        + (differ or "The article names no ranking; the kit rebuilt this one."),
        source=_source(variant),
        alt_text=f"Russia has {russia_seats} of the top {top} AI research institutions, ranked by papers at "
        f"{_coverage(variant)}; {lead} have the most. {beside}.",
        description=f"Places in the top {top} by country ({variant.label}): "
        + ", ".join(f"{row.country} {row.seats}" for row in seats.itertuples())
        + f". The kit ranks {len(ranking):,} institutions by papers; ties share a place, so {within} rank "
        f"{fmt.ordinal(top)} or better. Russia's best institution, {best['label']}, has "
        f"{variant.papers(best['papers'])} papers and ranks {fmt.ordinal(int(best['rank']))}; {fmt.ordinal(top)} "
        f"place needs {variant.papers(best['cutoff'])}. Country: headquarters, else e-mail domain. {differ}",
        sources=(RANKINGS[variant.tracks], INPUTS, compute.PUBLISHED_RANKINGS),
        data=seats,
        wide=charts.Wide(label="country", values=("seats",)),
        body_height=lambda width: charts.bars_height(rows(width), width),
        draw=draw,
    )


def cutoff_chart(variant: Variant = DEFAULT, keys: Sequence[str] | None = None) -> Chart:
    """Chosen institutions' papers against the papers it takes to rank in the top N (default: Russia's)."""
    top = _top()
    ranking = _ranking(variant)
    line = compute.cutoff(ranking, top)
    placed = compute.placement(variant, keys)
    placed.insert(2, "short_name", [short_name(k, label) for k, label in zip(placed["key"], placed["label"], strict=True)])
    default = keys is None or list(dict.fromkeys(keys)) == compute.default_keys()

    def bar(row) -> Bar:
        rank_text = "not ranked here" if pd.isna(row.rank) else fmt.ordinal(int(row.rank))
        return Bar(
            label=row.short_name if pd.isna(row.rank) else f"{row.short_name} ({rank_text})",
            value=0.0 if pd.isna(row.papers) else float(row.papers),
            role=style.NAMED if row.key == POOLED else style.SUBJECT if row.iso3 == FOCUS else style.CONTEXT_ROLE,
            value_label=rank_text if pd.isna(row.papers) else variant.papers(row.papers),
        )

    bars = [bar(row) for row in placed.itertuples()] + [Bar(label="", value=0)]  # a free row for the line's label
    individual = placed[placed["key"] != POOLED].dropna(subset=["papers"])
    best_row = individual.iloc[0] if len(individual) else None
    pool = placed[placed["key"] == POOLED].iloc[0]
    together = compute.pooled(variant)

    def draw(fig, rect):
        xmax, ticks = charts.value_scale(bars, rect[2], least=line * 1.1)
        ax = charts.ranked_bars(fig, rect, bars, xmax=xmax, ticks=ticks)
        charts.reference_lines(ax, [(line, f"{fmt.ordinal(top)} place: {variant.papers(line)} papers", len(bars) - 1)])

    if best_row is not None and best_row["papers"] < line:
        title = (
            f"Russia's best, {best_row['short_name']}, is {variant.papers(line - best_row['papers'])} papers short "
            f"of the top {top}"
        )
    elif best_row is not None:
        title = f"{best_row['short_name']} has enough papers to rank in the top {top}"
    else:
        title = f"None of the chosen institutions is ranked; the top {top} takes {variant.papers(line)} papers"
    return Chart(
        slug=CUTOFF
        + ("" if variant == DEFAULT else f"-{variant.slug}")
        + ("" if default else "-" + "-".join(countries_or_keys(placed))),
        title=title,
        subtitle=f"Accepted papers at {_coverage(variant)} (rank in brackets). {variant.label.capitalize()}",
        note=f"Dashed line: the papers of the institution in {fmt.ordinal(top)} place. Counted as one, Russia's "
        f"{together['institutions']} institutions would rank {fmt.ordinal(int(pool['rank']))}.",
        source=_source(variant),
        alt_text=(
            f"Russia's best AI institution, {best_row['short_name']}, has {variant.papers(best_row['papers'])} papers "
            f"({fmt.ordinal(int(best_row['rank']))}); the top {top} takes {variant.papers(line)}. All Russian "
            f"institutions as one would rank {fmt.ordinal(int(pool['rank']))}."
            if best_row is not None
            else f"None of the chosen institutions is ranked; the top {top} takes {variant.papers(line)} papers."
        ),
        description=f"Papers at {_coverage(variant)} ({variant.label}); {fmt.ordinal(top)} place has "
        f"{variant.papers(line)} papers. "
        + "; ".join(
            f"{row.label}: {'not ranked in this variant' if pd.isna(row.papers) else variant.papers(row.papers) + ' papers'}"
            + ("" if pd.isna(row.rank) else f" ({fmt.ordinal(int(row.rank))})")
            for row in placed.itertuples()
        )
        + f". The pooled row counts each paper with at least one Russian affiliation once "
        + ("(full counting)." if variant.metric == "full" else "(adding Russia's shares)."),
        sources=(RANKINGS[variant.tracks], INPUTS),
        data=placed,
        wide=charts.Wide(label="short_name", values=("papers", "rank")),
        body_height=lambda width: charts.bars_height(len(bars), width),
        draw=draw,
    )


def countries_or_keys(placed: pd.DataFrame) -> list[str]:
    """Short file-name parts for a chosen set of institutions."""
    return [key.split(".")[0].replace("name:", "")[:12] for key in placed["key"] if key != POOLED]
