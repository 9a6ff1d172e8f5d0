"""Censorship's charts: the budget in dollars at the week's rates, growth by category, VPN services blocked."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from kit import articles, charts, claims, data, fmt, style
from kit.charts import Chart, Dot, Point
from kit.errors import SelectionError
from kit.stories.censorship import compute
from kit.stories.censorship.compute import (
    BUDGET,
    BUDGET_CLAIM,
    CATEGORIES,
    CIRCUMVENTION,
    RATES,
    STATED_USD,
    STOCK,
    TOTAL,
    VPN_SERVICES,
    category_label,
    millions,
)

BUDGET_IN_DOLLARS = "rkn-ai-budget-in-dollars"
BLOCKED_CATEGORIES = "rkn-blocked-categories"  # slug of the chart of every category
VPN_BLOCKED = "vpn-services-blocked"


def budget_chart() -> Chart:
    """The budget converted at each rate of the week, beside the dollar figures stated, and the article's line."""
    article = articles.figures(compute.ARTICLE, BUDGET_CLAIM)
    stated = float(article.loc["budget_usd", "value"])
    converted = compute.conversions()
    statements = data.load(STATED_USD)
    rub = compute.budget()["value"]
    dots = [
        Dot(
            label=f"{pd.Timestamp(row.effective_date):%d %b}: {row.rub_per_usd:.2f} roubles",
            low=row.usd,
            high=row.usd,
            colour=style.HIGHLIGHT,
            label_colour=style.TEXT,
            value_label=millions(row.usd),
            hollow=True,
        )
        for row in converted.itertuples()
    ] + [
        Dot(
            label=f"stated: {row.speaker.split(' (')[0]}",
            low=row.value,
            high=row.value,
            colour=style.NAMED,
            label_colour=style.MUTED,
            value_label=("over " if row.qualifier == "more than" else "") + millions(row.value, stated=True),
        )
        for row in statements.itertuples()
    ]
    low, high = converted["usd"].min(), converted["usd"].max()
    holds = all(claims.fits(article.loc["budget_usd", "qualifier"], stated, usd) for usd in converted["usd"])
    title = f"At every official rate of that week, {rub / 1e9:.2f} billion roubles is " + (
        f"over ${stated / 1e6:g} million" if holds else f"${low / 1e6:.2f}-{high / 1e6:.2f} million"
    )
    ticks = [28.5e6, 29e6, 29.5e6, 30e6]
    data_frame = pd.concat(
        [
            converted.assign(kind="derived: budget divided by the rate", speaker="kit"),
            statements.rename(columns={"value": "usd"}).assign(kind="stated")[["speaker", "usd", "kind"]],
        ],
        ignore_index=True,
    )
    return Chart(
        slug=BUDGET_IN_DOLLARS,
        title=title,
        subtitle=f"Roskomnadzor's planned {compute.budget()['year']} budget for machine-learning traffic filtering, "
        "in millions of US dollars",
        note=f"Open red markers: {rub / 1e9:.2f} billion roubles divided by the Bank of Russia's official rate of "
        f"each day (derived by the kit). Grey: dollar figures as two Ukrainian bodies stated them, without a rate. "
        "A plan, not spending. The axis does not start at zero.",
        source=f"Source: {data.provenance(BUDGET).citation}; {data.provenance(RATES).citation}; "
        f"{data.provenance(STATED_USD).citation}; kit analysis",
        alt_text=f"Dot chart: {rub / 1e9:.2f} billion roubles converted at four official rates, "
        + "; ".join(f"{d.label}: {d.value_label}" for d in dots)
        + f". A dashed line marks the article's figure of over {millions(stated, stated=True)}.",
        data=data_frame,
        body_height=lambda width: charts.dots_height([d.label for d in dots], width, reference=True),
        draw=lambda fig, rect: charts.dot_rows(
            fig,
            rect,
            dots,
            xlim=(28.4e6, 30.4e6),
            ticks=ticks,
            tick_labels=[f"${t / 1e6:g}m" for t in ticks],
            reference=(stated, f"article: over {millions(stated, stated=True)}"),
        ),
    )


def categories_chart(selection: Sequence[str] | None = None) -> Chart:
    """Change from 2024 to 2025 per category, circumvention tools highlighted, largest growth at the top."""
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

    def colour(category: str) -> str:
        return style.HIGHLIGHT if category == CIRCUMVENTION else style.NAMED if category == TOTAL else style.NEUTRAL

    dots = [
        Dot(
            label=category_label(row.category_en, row.category_id),
            low=row.pct_change_vs_2024,
            high=row.pct_change_vs_2024,
            colour=colour(row.category_id),
            label_colour=style.HIGHLIGHT if row.category_id == CIRCUMVENTION else style.TEXT,
            value_label=f"{fmt.change(row.pct_change_vs_2024)} to {'over ' if row.count_qualifier == 'more than' else ''}"
            f"{fmt.count(row.count_2025)}",
            bold=row.category_id in (CIRCUMVENTION, TOTAL),
        )
        for row in shown.itertuples()
    ]
    top = shown.iloc[0]
    others = shown[shown["category_id"] != top["category_id"]]
    if len(others):
        runner = others.iloc[0]
        title = (
            f"{category_label(top['category_en'], top['category_id'])}: {fmt.change(top['pct_change_vs_2024'])} in 2025, "
            f"{top['pct_change_vs_2024'] / runner['pct_change_vs_2024']:.0f} times the growth of the next category"
            if runner["pct_change_vs_2024"] > 0
            else f"{category_label(top['category_en'], top['category_id'])} grew most in 2025: "
            f"{fmt.change(top['pct_change_vs_2024'])}"
        )
    else:
        title = (
            f"{category_label(top['category_en'], top['category_id'])}: {fmt.change(top['pct_change_vs_2024'])} in 2025"
        )
    xmax = max(100.0, float(shown["pct_change_vs_2024"].max()))
    room = xmax * (1.8 if xmax > 600 else 1.45)  # the largest value's label fits right of its dot
    step = 500 if xmax > 600 else 50
    ticks = list(range(0, int(room) + 1, step))
    circ = frame.set_index("category_id").loc[CIRCUMVENTION]
    return Chart(
        slug=BLOCKED_CATEGORIES if selection is None else f"{BLOCKED_CATEGORIES}-" + "-".join(chosen),
        title=title,
        subtitle="Change from 2024 in materials removed or restricted on Roskomnadzor's demand, by category; "
        "labels give the change and the 2025 count",
        note=f"Counts posts and materials on {compute.platforms()}, not websites. "
        "'Circumvention tools' covers every way round blocks, not only VPNs. The 2024 counts were not published "
        f"except the total; the kit derives them (circumvention tools: about {fmt.count(circ['base_2024'])}, "
        "derived).",
        source=f"Source: {data.provenance(CATEGORIES).citation}; kit analysis",
        alt_text="Dot chart of the change from 2024 to 2025 in materials removed on Roskomnadzor's demand: "
        + "; ".join(f"{d.label} {d.value_label}" for d in dots)
        + ".",
        data=shown[
            [
                "category_id",
                "category_en",
                "count_2025",
                "count_qualifier",
                "pct_change_vs_2024",
                "base_2024",
                "base_2024_derived",
            ]
        ],
        body_height=lambda width: charts.dots_height([d.label for d in dots], width, reference=True),
        draw=lambda fig, rect: charts.dot_rows(
            fig,
            rect,
            dots,
            xlim=(min(-50.0, float(shown["pct_change_vs_2024"].min()) - 20), room),
            ticks=ticks,
            tick_labels=[fmt.change(t) if t else "0" for t in ticks],
            reference=(0, "no change"),
        ),
    )


def vpn_chart() -> Chart:
    """VPN services blocked over time, as officially reported."""
    series = compute.vpn_services()
    first, last = series.iloc[0], series.iloc[-1]
    points = [
        Point(row.x, row.vpn_services_blocked, fmt.count(row.vpn_services_blocked), style.HIGHLIGHT)
        for row in series.itertuples()
    ]
    events = data.load(VPN_SERVICES).query("series != @STOCK")
    ymax = float(series["vpn_services_blocked"].max()) * 1.2
    return Chart(
        slug=VPN_BLOCKED,
        title=f"Russia reported {fmt.count(last['vpn_services_blocked'])} VPN services blocked by "
        f"{_when(last['as_of'])}, up from {fmt.count(first['vpn_services_blocked'])} in {_when(first['as_of'])}",
        subtitle="VPN services blocked at each date, as Roskomnadzor reported them",
        note="Counts of services blocked at the date, from Roskomnadzor's yearly October forum and, for "
        f"{_when(last['as_of'])}, a later statement. Earlier single actions are not totals and are left out: "
        + "; ".join(
            f"{'more than ' if row.qualifier == 'more than' else ''}{row.vpn_services_blocked} ({_when(row.as_of)})"
            for row in events.itertuples()
        )
        + ".",
        source=f"Source: {data.provenance(VPN_SERVICES).citation}; kit analysis",
        alt_text="Line chart of VPN services blocked in Russia: "
        + "; ".join(f"{_when(row.as_of)}: {row.vpn_services_blocked}" for row in series.itertuples())
        + ".",
        data=series[["as_of", "vpn_services_blocked", "qualifier", "type", "publisher", "source_date"]],
        body_height=lambda width: 2.2,
        draw=lambda fig, rect: charts.timeline(
            fig, rect, points, xlim=(int(first["x"]), last["x"] + 0.35), ylim=(0, ymax)
        ),
    )


def _when(as_of: str) -> str:
    """'2025-10-23' -> 'October 2025'; '2026-02 (late)' -> 'late February 2026'."""
    stamp = pd.Timestamp(as_of[:7])
    late = "late " if "(late)" in as_of else ""
    return f"{late}{stamp:%B %Y}"
