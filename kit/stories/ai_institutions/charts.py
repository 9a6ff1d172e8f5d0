"""The top-200 institutions' charts: places by country with Russia's zero, and chosen institutions against the
cut-off."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import pandas as pd

from kit import charts, fmt, style
from kit.charts import Bar, Chart
from kit.i18n import t
from kit.stories.ai_institutions import compute
from kit.stories.ai_institutions.compute import (  # noqa: F401 (SHORT_NAMES: where the charts' short names are)
    DEFAULT,
    FOCUS,
    INPUTS,
    POOLED,
    RANKINGS,
    SHORT_NAMES,
    Variant,
    short_name,
)

SEATS, CUTOFF = "ai-institutions-top200-by-country", "ai-institutions-russia-vs-cutoff"  # default slugs
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
    return t(
        "institutions-source",
        conferences=", ".join(dict.fromkeys(main["conference"])),
        first=str(main["year"].min()),
        last=str(main["year"].max())[-2:],
    )


def _coverage(variant: Variant = DEFAULT) -> str:
    main = _venues(variant.tracks)
    return t("institutions-coverage", count=len(main), first=str(main["year"].min()), last=str(main["year"].max())[-2:])


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
            value_label=fmt.count(row.seats),
        )
        for row in seats.itertuples()
    ]
    focus_row = int(seats.index[seats["subject"]][0])
    russia_seats = int(seats.loc[focus_row, "seats"])
    best_name = short_name(best["key"], best["label"])
    beside = t(
        "institutions-seats-beside",
        institution=best_name,
        papers=variant.papers(best["papers"]),
        counted=variant.counted(best["papers"]),
        rank=fmt.ordinal(int(best["rank"])),
        place=fmt.ordinal(top),
        cutoff=variant.papers(best["cutoff"]),
        cutoff_counted=variant.counted(best["cutoff"]),
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
    lead = fmt.names([f"{row.country} {fmt.count(row.seats)}" for row in leaders.itertuples()])
    title = t("institutions-seats-title", seats=russia_seats, top=top)
    published = compute.published_rankings()
    differing = published[published["counts"] & published["russian_within_top"].eq(True)]
    differ = " ".join(
        t(
            "institutions-seats-differ",
            ranking=row.short_name,
            institution=row.best_russian,
            place=compute.place(row.best_russian_place),
        )
        for row in differing.head(1).itertuples()
    )
    shown = "" if selection is None else t("institutions-seats-chosen")
    return Chart(
        slug=SEATS.replace("top200", f"top{top}")
        + ("" if variant == DEFAULT else f"-{variant.slug}")
        + ("" if selection is None else "-" + "-".join(sorted(c for c in seats["iso3"] if c)).lower()),
        title=title,
        subtitle=t(
            "institutions-seats-subtitle",
            top=top,
            coverage=_coverage(variant),
            variant=variant.text().capitalize(),
            chosen=shown,
        ),
        note=t(
            "institutions-seats-note",
            within=within,
            place=fmt.ordinal(top),
            top=top,
            differ=differ or t("institutions-seats-rebuilt"),
        ),
        source=_source(variant),
        alt_text=t(
            "institutions-seats-alt",
            seats=russia_seats,
            top=top,
            coverage=_coverage(variant),
            lead=lead,
            beside=beside,
        ),
        description=t(
            "institutions-seats-description",
            top=top,
            variant=variant.text(),
            places=", ".join(f"{row.country} {fmt.count(row.seats)}" for row in seats.itertuples()),
            total=fmt.count(len(ranking)),
            within=within,
            place=fmt.ordinal(top),
            institution=best["label"],
            short=best_name,
            papers=variant.papers(best["papers"]),
            papers_counted=variant.counted(best["papers"]),
            rank=fmt.ordinal(int(best["rank"])),
            cutoff=variant.papers(best["cutoff"]),
            cutoff_counted=variant.counted(best["cutoff"]),
            differ=differ,
        ),
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
        rank_text = t("institutions-cutoff-unranked") if pd.isna(row.rank) else fmt.ordinal(int(row.rank))
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
        label = t("institutions-cutoff-line", place=fmt.ordinal(top), papers=variant.papers(line),
                  counted=variant.counted(line))
        charts.reference_lines(ax, [(line, label, len(bars) - 1)])

    if best_row is not None and best_row["papers"] < line:
        short = line - best_row["papers"]
        title = t(
            "institutions-cutoff-title-short",
            institution=best_row["short_name"],
            short=variant.papers(short),
            counted=variant.counted(short),
            top=top,
        )
    elif best_row is not None:
        title = t("institutions-cutoff-title-enough", institution=best_row["short_name"], top=top)
    else:
        title = t("institutions-cutoff-title-none", top=top, cutoff=variant.papers(line), counted=variant.counted(line))
    return Chart(
        slug=CUTOFF
        + ("" if variant == DEFAULT else f"-{variant.slug}")
        + ("" if default else "-" + "-".join(countries_or_keys(placed))),
        title=title,
        subtitle=t("institutions-cutoff-subtitle", coverage=_coverage(variant), variant=variant.text().capitalize()),
        note=t(
            "institutions-cutoff-note",
            place=fmt.ordinal(top),
            top=top,
            institutions=together["institutions"],
            pooled=fmt.ordinal(int(pool["rank"])),
            pooled_rank=int(pool["rank"]),
        ),
        source=_source(variant),
        alt_text=(
            t(
                "institutions-cutoff-alt",
                institution=best_row["short_name"],
                papers=variant.papers(best_row["papers"]),
                counted=variant.counted(best_row["papers"]),
                rank=fmt.ordinal(int(best_row["rank"])),
                top=top,
                cutoff=variant.papers(line),
                cutoff_counted=variant.counted(line),
                pooled=fmt.ordinal(int(pool["rank"])),
            )
            if best_row is not None
            else t("institutions-cutoff-alt-none", top=top, cutoff=variant.papers(line), counted=variant.counted(line))
        ),
        description=t(
            "institutions-cutoff-description",
            coverage=_coverage(variant),
            variant=variant.text(),
            place=fmt.ordinal(top),
            top=top,
            cutoff=variant.papers(line),
            counted=variant.counted(line),
            rows="; ".join(
                (
                    t("institutions-cutoff-description-row-unranked", institution=row.label, short=row.short_name)
                    if pd.isna(row.papers)
                    else t(
                        "institutions-cutoff-description-row",
                        institution=row.label,
                        short=row.short_name,
                        papers=variant.papers(row.papers),
                        counted=variant.counted(row.papers),
                    )
                )
                + ("" if pd.isna(row.rank) else f" ({fmt.ordinal(int(row.rank))})")
                for row in placed.itertuples()
            ),
            metric=variant.metric,
        ),
        sources=(RANKINGS[variant.tracks], INPUTS),
        data=placed,
        wide=charts.Wide(label="short_name", values=("papers", "rank")),
        body_height=lambda width: charts.bars_height(len(bars), width),
        draw=draw,
    )


def countries_or_keys(placed: pd.DataFrame) -> list[str]:
    """Short file-name parts for a chosen set of institutions."""
    return [key.split(".")[0].replace("name:", "")[:12] for key in placed["key"] if key != POOLED]
