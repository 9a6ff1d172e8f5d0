"""Censorship's charts: each category's change from its 2024 base, and VPN services blocked over time.

The budget in dollars is not a chart: one amount converted at four nearly equal rates is one number, which a
sentence (the claim, the ledger) states better than six dots in a row."""

from __future__ import annotations

from collections.abc import Sequence

from kit import charts, data, fmt, style, words
from kit.charts import Chart, Dot, Point
from kit.errors import SelectionError
from kit.i18n import t
from kit.stories.censorship import compute
from kit.stories.censorship.compute import (
    CATEGORIES,
    CIRCUMVENTION,
    STOCK,
    TOTAL,
    VPN_SERVICES,
    category_label,
    month_year,
)

BLOCKED_CATEGORIES = "rkn-blocked-categories"  # slug of the chart of every category
VPN_BLOCKED = "vpn-services-blocked"
LOG_TICKS = (1_000, 10_000, 100_000, 1_000_000, 10_000_000)


def categories_chart(selection: Sequence[str] | None = None) -> Chart:
    """Each category's 2024 base and 2025 count on a log scale, circumvention tools highlighted: growth runs
    right, decline left, and a decline of a few per cent is as visible as its size allows."""
    frame = compute.categories()
    chosen = list(selection) if selection is not None else frame["category_id"].tolist()
    unknown = [c for c in chosen if c not in set(frame["category_id"])]
    if unknown:
        raise SelectionError(
            f"No category {fmt.names(unknown)}.", fix=f"choose among {fmt.names(compute.category_ids())}."
        )
    if not chosen:
        raise SelectionError("No category chosen.", fix="choose at least one category.")
    shown = frame[frame["category_id"].isin(chosen)].reset_index(drop=True)
    roles = {CIRCUMVENTION: style.SUBJECT, TOTAL: style.NAMED}
    labels = [category_label(row.category_en, row.category_id) for row in shown.itertuples()]
    dots = [
        Dot(
            label=label,
            low=row.count_2025,
            high=row.count_2025,
            role=roles.get(row.category_id, style.CONTEXT_ROLE),
            value_label=fmt.change(row.pct_change_vs_2024),
            derived=row.base_2024,
            derived_role=style.NAMED if row.category_id == CIRCUMVENTION else None,  # a derived base is no highlight
        )
        for label, row in zip(labels, shown.itertuples(), strict=True)
    ]
    top = shown.iloc[0]
    others = shown[shown["category_id"] != top["category_id"]]
    name = labels[0]
    if len(others) and others.iloc[0]["pct_change_vs_2024"] > 0:
        times = fmt.multiple(top["pct_change_vs_2024"] / others.iloc[0]["pct_change_vs_2024"])
        title = t(
            "censorship-categories-title",
            name=name,
            growth=fmt.percentage(fmt.count(top["pct_change_vs_2024"])),
            change=fmt.change(top["pct_change_vs_2024"]),
            times=times,
        )
    else:
        title = t("censorship-categories-title-change", name=name, change=fmt.change(top["pct_change_vs_2024"]))
    low = min(shown["count_2025"].min(), shown["base_2024"].min())
    high = max(shown["count_2025"].max(), shown["base_2024"].max())
    lower = low / 1.4
    ticks = [tick for tick in LOG_TICKS if lower <= tick <= high * 10]
    tick_labels = [fmt.large(tick) for tick in ticks]
    circ = frame.set_index("category_id").loc[CIRCUMVENTION]
    fell = int((frame.drop(frame.index[frame["category_id"] == TOTAL])["pct_change_vs_2024"] < 0).sum())
    table = shown.assign(
        category=labels,
        count_qualifier=[t("censorship-count-status", qualifier=q.replace(" ", "-")) for q in shown["count_qualifier"]],
        base_2024_status=[t("censorship-base-status", derived=int(d)) for d in shown["base_2024_derived"]],
    )
    return Chart(
        slug=BLOCKED_CATEGORIES if selection is None else f"{BLOCKED_CATEGORIES}-" + "-".join(chosen),
        title=title,
        subtitle=t("censorship-categories-subtitle"),
        note=t("censorship-categories-note"),
        source=t("censorship-categories-source"),
        alt_text=t(
            "censorship-categories-alt",
            growth=fmt.percentage(fmt.count(circ["pct_change_vs_2024"])),
            count=fmt.large(circ["count_2025"]),
            base=fmt.large(circ["base_2024"]),
            next=fmt.change(frame.iloc[1]["pct_change_vs_2024"]),
            fell=fell,
        ),
        description=t(
            "censorship-categories-description",
            platforms=compute.platforms(),
            categories=words.join(
                (
                    t(
                        "censorship-categories-row",
                        name=label,
                        change=fmt.change(row.pct_change_vs_2024),
                        about=int(bool(row.base_2024_derived)),
                        base=fmt.large(row.base_2024),
                        over=int(row.count_qualifier == "more than"),
                        count=fmt.large(row.count_2025),
                    )
                    for label, row in zip(labels, shown.itertuples(), strict=True)
                ),
                "; ",
            ),
        ),
        sources=(CATEGORIES,),
        data=table[
            ["category", "pct_change_vs_2024", "base_2024", "count_2025", "count_qualifier", "base_2024_status",
             "category_id"]
        ],
        wide=charts.Wide(
            label="category",
            values=("pct_change_vs_2024", "base_2024", "count_2025"),
            names={
                "category": t("censorship-column-category"),
                "pct_change_vs_2024": t("censorship-column-change"),
                "base_2024": t("censorship-column-base"),
                "count_2025": t("censorship-column-count"),
            },
        ),
        body_height=lambda width: charts.dots_height(dots, width),
        draw=lambda fig, rect: charts.dot_rows(
            fig, rect, dots, xlim=(lower, high * 1.3), ticks=ticks, tick_labels=tick_labels, log=True
        ),
    )


def vpn_chart() -> Chart:
    """VPN services blocked over time, as officially reported. Every mark is Russian and the article states no
    figure of its own for them, so no point is the highlight: the line is context, its labels named (bold)."""
    series = compute.vpn_services()
    first, last = series.iloc[0], series.iloc[-1]
    points = [
        Point(row.x, row.vpn_services_blocked, fmt.count(row.vpn_services_blocked), role=style.NAMED)
        for row in series.itertuples()
    ]
    events = data.load(VPN_SERVICES).query("series != @STOCK")
    ymax = float(series["vpn_services_blocked"].max()) * 1.15
    when = [_when(as_of) for as_of in series["as_of"]]
    return Chart(
        slug=VPN_BLOCKED,
        title=t(
            "censorship-vpn-title",
            first=fmt.count(first["vpn_services_blocked"]),
            last=fmt.count(last["vpn_services_blocked"]),
        ),
        subtitle=t("censorship-vpn-subtitle"),
        note=t("censorship-vpn-note", when=when[-1]),
        source=t("censorship-vpn-source"),
        alt_text=t(
            "censorship-vpn-alt",
            last=fmt.count(last["vpn_services_blocked"]),
            n=int(last["vpn_services_blocked"]),
            when_last=when[-1],
            first=fmt.count(first["vpn_services_blocked"]),
            when_first=when[0],
        ),
        description=t(
            "censorship-vpn-description",
            counts=words.join(
                (
                    t("censorship-vpn-count", when=shown, count=fmt.count(row.vpn_services_blocked))
                    for shown, row in zip(when, series.itertuples(), strict=True)
                ),
                "; ",
            ),
            actions=words.join(
                (
                    t(
                        "censorship-vpn-action",
                        more=int(row.qualifier == "more than"),
                        n=fmt.count(row.vpn_services_blocked),
                        when=_when(row.as_of),
                    )
                    for row in events.itertuples()
                ),
                "; ",
            ),
        ),
        sources=(VPN_SERVICES,),
        data=series.assign(date=series["as_of"].str[:7], when=when)[
            ["date", "vpn_services_blocked", "when", "source_date"]
        ],
        wide=charts.Wide(
            label="date",
            values=("vpn_services_blocked",),
            names={"date": t("censorship-column-date"), "vpn_services_blocked": t("censorship-column-vpn")},
        ),
        body_height=lambda width: 2.0 if width > 4 else 1.7,
        draw=lambda fig, rect: charts.timeline(
            fig, rect, points, xlim=(first["x"] - 0.3, last["x"] + 0.3), ylim=(0, ymax)
        ),
    )


def _when(as_of: str) -> str:
    """'2025-10-23' -> 'October 2025'; '2026-02 (late)' -> 'late February 2026' (in Ukrainian and Russian
    'жовтень 2025', 'кінець лютого 2026'); '2022-04 (approx.)' -> 'April 2022'."""
    late = "(late)" in as_of
    month = month_year(as_of[:7], late=late)
    return t("censorship-late", month=month) if late else month
