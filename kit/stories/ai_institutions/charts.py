"""The top-200 institutions' charts: places by country with Russia's zero, and chosen institutions against the
cut-off, with Russia pooled as one shown apart from its institutions.

Every text is computed here, with the chart, as facts rendered in each language where the chart is written. What
does not change between redraws (the rankings, the institutions, Russia pooled) is computed once per session, so
an explorer's redraw only arranges it."""

from __future__ import annotations

import functools
from collections.abc import Sequence

import pandas as pd

from kit import charts, fmt, style, words
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


# -- what a redraw reuses (computed once per session) ------------------------------------------------------------


@functools.cache
def _venues(tracks: str) -> pd.DataFrame:
    """The conferences of a track set."""
    main = compute.venues()
    return main[main["tracks"] == tracks]


@functools.cache
def _top() -> int:
    """The N of the article's top N."""
    return compute.top_n()


@functools.cache
def _ranking(variant: Variant) -> pd.DataFrame:
    """A variant's ranking (redraws switch between variants)."""
    return compute.rank(variant)


@functools.cache
def _everyone(tracks: str) -> pd.DataFrame:
    """Every institution of a track set, by key."""
    return compute.institutions(tracks).set_index("key")


@functools.cache
def _pooled(variant: Variant) -> dict:
    return compute.pooled(variant)


@functools.cache
def _default_keys() -> tuple[str, ...]:
    return tuple(compute.russian_from(_ranking(DEFAULT), _top()).query(f"papers >= {compute.SHOWN_RUSSIAN}")["key"])


@functools.cache
def _differ() -> str:
    """What the first published ranking strong enough to count says against ours, if it does ('' if none)."""
    published = compute.published_rankings()
    differing = published[published["counts"] & published["russian_within_top"].eq(True)]
    return words.join(
        (
            t("institutions-seats-differ", ranking=row.short_name, institution=row.best_russian,
              place=compute.place(row.best_russian_place))
            for row in differing.head(1).itertuples()
        ),
        " ",
    )


# -- texts both charts share -----------------------------------------------------------------------------------


def _source(variant: Variant = DEFAULT) -> str:
    main = _venues(variant.tracks)
    return t(
        "institutions-source",
        conferences=", ".join(dict.fromkeys(main["conference"])),
        first=str(main["year"].min()),
        last=str(main["year"].max()),
        last_short=str(main["year"].max())[-2:],
    )


def _coverage(variant: Variant = DEFAULT) -> str:
    main = _venues(variant.tracks)
    return t(
        "institutions-coverage",
        count=len(main),
        first=str(main["year"].min()),
        last=str(main["year"].max()),
        last_short=str(main["year"].max())[-2:],
    )


# -- places in the top N by country ----------------------------------------------------------------------------


def seats_chart(variant: Variant = DEFAULT, selection: Sequence[str] | None = None) -> Chart:
    """Places in the top N by country, with Russia's zero shown and its best institution noted beside it."""
    top = _top()
    ranking = _ranking(variant)
    seats = compute.seats_from(ranking, top, selection)
    best = compute.russian_from(ranking, top).iloc[0]
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
        counted=variant.counted(best["papers"]),
        rank=fmt.ordinal(int(best["rank"])),
        place=fmt.ordinal(top),
        cutoff_counted=variant.counted(best["cutoff"]),
    )
    axis = charts.value_axis(bars, least=1)

    def rows(width):
        extra = charts.note_rows(bars, width, axis(width)[0], focus_row, beside) - (len(bars) - focus_row)
        return len(bars) + max(extra, 0)

    def draw(fig, rect):
        xmax, ticks, tick_labels = axis(rect[2])
        shown = bars + [Bar("", 0)] * (rows(rect[2]) - len(bars))  # free rows for the note beside Russia
        charts.ranked_bars(fig, rect, shown, xmax=xmax, ticks=ticks, tick_labels=tick_labels, note=(focus_row, beside))

    everyone = seats if selection is None else compute.seats_from(ranking, top)
    leaders = everyone[~everyone["subject"]].head(2)
    lead = fmt.names([words.join([row.country, " ", fmt.count(row.seats)]) for row in leaders.itertuples()])
    differ = _differ()
    return Chart(
        slug=SEATS.replace("top200", f"top{top}")
        + ("" if variant == DEFAULT else f"-{variant.slug}")
        + ("" if selection is None else "-" + "-".join(sorted(c for c in seats["iso3"] if c)).lower()),
        title=t("institutions-seats-title", seats=russia_seats, top=top),
        subtitle=t(
            "institutions-seats-subtitle",
            top=top,
            coverage=_coverage(variant),
            variant=variant.text(),
            chosen=int(selection is not None),
        ),
        note=t(
            "institutions-seats-note",
            within=within,
            place=fmt.ordinal(top),
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
            places=words.join((words.join([row.country, " ", fmt.count(row.seats)]) for row in seats.itertuples()),
                              ", "),
            total=fmt.count(len(ranking)),
            within=within,
            place=fmt.ordinal(top),
            institution=best["label"],
            short=best_name,
            papers_counted=variant.counted(best["papers"]),
            rank=fmt.ordinal(int(best["rank"])),
            cutoff_counted=variant.counted(best["cutoff"]),
            differ=differ,
        ),
        sources=(RANKINGS[variant.tracks], INPUTS, compute.PUBLISHED_RANKINGS),
        data=seats,
        wide=charts.Wide(
            label="country",
            values=("seats",),
            names={"country": t("institutions-header-country"), "seats": t("institutions-header-seats", top=top)},
        ),
        body_height=lambda width: charts.bars_height(rows(width), width),
        draw=draw,
    )


# -- chosen institutions against the cut-off -------------------------------------------------------------------


def cutoff_chart(variant: Variant = DEFAULT, keys: Sequence[str] | None = None) -> Chart:
    """Chosen institutions' papers against the papers it takes to rank in the top N (default: Russia's), and
    below them, apart, Russia's institutions pooled as one (a paper they share counted once): the red bar is the
    best Russian institution, the one the title names."""
    top = _top()
    ranking = _ranking(variant)
    line = compute.cutoff(ranking, top)
    together = _pooled(variant)
    chosen = _default_keys() if keys is None else keys
    placed = compute.placement_from(ranking, _everyone(variant.tracks), together, chosen)
    placed.insert(2, "short_name", [
        row.label if row.key == POOLED else short_name(row.key, row.label) for row in placed.itertuples()
    ])
    default = keys is None or tuple(dict.fromkeys(keys)) == _default_keys()
    individual = placed[(placed["key"] != POOLED) & placed["papers"].notna()]
    russian = individual[individual["iso3"] == FOCUS]
    best = russian.iloc[0] if len(russian) else None
    pool = placed.iloc[-1]

    def bar(row) -> Bar:
        ranked = not pd.isna(row.rank)
        rank_text = fmt.ordinal(int(row.rank)) if ranked else t("institutions-cutoff-unranked")
        return Bar(
            label=t("institutions-cutoff-row", institution=row.short_name, rank=rank_text) if ranked else row.short_name,
            value=float(row.papers) if ranked else 0.0,
            role=(
                style.NAMED if row.key == POOLED
                else style.SUBJECT if best is not None and row.key == best["key"]
                else style.CONTEXT_ROLE
            ),
            value_label=variant.papers(row.papers) if ranked else rank_text,
        )

    free = Bar(label="", value=0)
    rows = [bar(row) for row in placed.iloc[:-1].itertuples()]
    # Russia pooled apart from its institutions, then two free rows for the line's label (two lines where narrow)
    bars = rows + [free, bar(next(placed.iloc[-1:].itertuples())), free, free]
    axis = charts.value_axis(bars, least=line * 1.1)
    line_label = t("institutions-cutoff-line", place=fmt.ordinal(top), counted=variant.counted(line))

    def draw(fig, rect):
        xmax, ticks, tick_labels = axis(rect[2])
        ax = charts.ranked_bars(fig, rect, bars, xmax=xmax, ticks=ticks, tick_labels=tick_labels)
        charts.reference_lines(ax, [(line, line_label, len(bars) - 1.5)])

    counted_line = variant.counted(line)
    if best is not None and best["papers"] < line:
        title = t("institutions-cutoff-title-short", institution=best["short_name"],
                  counted=variant.counted(line - best["papers"]), top=top)
    elif best is not None:
        title = t("institutions-cutoff-title-enough", institution=best["short_name"], top=top)
    elif len(individual):
        title = t("institutions-cutoff-title-others", within=int((individual["rank"] <= top).sum()),
                  chosen=len(individual), top=top)
    else:
        title = t("institutions-cutoff-title-none", top=top, cutoff_counted=counted_line)
    if best is not None:
        alt = t(
            "institutions-cutoff-alt",
            institution=best["short_name"],
            counted=variant.counted(best["papers"]),
            rank=fmt.ordinal(int(best["rank"])),
            top=top,
            cutoff_counted=counted_line,
            pooled=fmt.ordinal(int(pool["rank"])),
        )
    else:
        alt = t("institutions-cutoff-alt-none", top=top, cutoff_counted=counted_line, pooled=fmt.ordinal(int(pool["rank"])))
    description_rows = words.join(
        (
            t("institutions-cutoff-description-row-unranked", institution=row.label, short=row.short_name)
            if pd.isna(row.rank)
            else t(
                "institutions-cutoff-description-row",
                institution=row.label,
                short=row.short_name,
                counted=variant.counted(row.papers),
                rank=fmt.ordinal(int(row.rank)),
            )
            for row in placed.itertuples()
        ),
        "; ",
    )
    return Chart(
        slug=CUTOFF
        + ("" if variant == DEFAULT else f"-{variant.slug}")
        + ("" if default else "-" + "-".join(countries_or_keys(placed))),
        title=title,
        subtitle=t("institutions-cutoff-subtitle", coverage=_coverage(variant), variant=variant.text()),
        note=t("institutions-cutoff-note", place=fmt.ordinal(top), metric=variant.metric),
        source=_source(variant),
        alt_text=alt,
        description=t(
            "institutions-cutoff-description",
            coverage=_coverage(variant),
            variant=variant.text(),
            place=fmt.ordinal(top),
            counted=counted_line,
            rows=description_rows,
            metric=variant.metric,
        ),
        sources=(RANKINGS[variant.tracks], INPUTS),
        data=placed,
        wide=charts.Wide(
            label="short_name",
            values=("papers", "rank"),
            names={
                "short_name": t("institutions-header-institution"),
                "papers": t("institutions-header-papers"),
                "rank": t("institutions-header-rank"),
            },
            places={"papers": variant.places},
        ),
        body_height=lambda width: charts.bars_height(len(bars), width),
        draw=draw,
    )


def countries_or_keys(placed: pd.DataFrame) -> list[str]:
    """Short file-name parts for a chosen set of institutions."""
    return [key.split(".")[0].replace("name:", "")[:12] for key in placed["key"] if key != POOLED]
