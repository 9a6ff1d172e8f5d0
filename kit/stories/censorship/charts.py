"""Censorship's charts: the budget in dollars at the week's rates (from zero), each category's change from its
2024 base, and VPN services blocked over time."""

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
)

BUDGET_IN_DOLLARS = "rkn-ai-budget-in-dollars"
BLOCKED_CATEGORIES = "rkn-blocked-categories"  # slug of the chart of every category
VPN_BLOCKED = "vpn-services-blocked"
SPEAKERS = {"ccd": "Ukraine's CCD", "szru": "Ukraine's foreign intelligence"}  # short names for row labels


def budget_chart() -> Chart:
    """The budget converted at each rate of the week, beside the dollar figures stated, on an axis from zero
    (so a 2% spread between rates looks as small as it is), and the article's figure."""
    article = articles.figures(compute.ARTICLE, BUDGET_CLAIM)
    stated = float(article.loc["budget_usd", "value"])
    converted = compute.conversions()
    statements = data.load(STATED_USD)
    plan = compute.budget()
    rub = plan["value"]
    dots = [
        Dot(
            label=f"{pd.Timestamp(row.effective_date):%-d %b} rate, {fmt.decimal(row.rub_per_usd)}",
            low=row.usd,
            high=row.usd,
            role=style.SUBJECT,
            value_label=fmt.money(row.usd),
            hollow=True,
        )
        for row in converted.itertuples()
    ] + [
        Dot(
            label=f"Stated: {SPEAKERS.get(row.statement_id, row.speaker)}",
            low=row.value,
            high=row.value,
            value_label=("over " if row.qualifier == "more than" else "") + fmt.money(row.value),
        )
        for row in statements.itertuples()
    ]
    low, high = converted["usd"].min(), converted["usd"].max()
    holds = all(claims.fits(article.loc["budget_usd", "qualifier"], stated, usd) for usd in converted["usd"])
    roubles = f"{fmt.large(rub)} roubles"
    title = f"At every official rate that week, {roubles} is " + (
        f"over {fmt.money(stated)}" if holds else f"{fmt.money(low)}-{fmt.money(high)}"
    )
    end, ticks = charts.nice_scale(high * 1.05, steps=3)
    data_frame = pd.concat(
        [
            converted.assign(label=[d.label for d in dots[: len(converted)]], kind="derived: budget divided by the rate"),
            statements.rename(columns={"value": "usd"}).assign(
                label=[d.label for d in dots[len(converted) :]], kind="stated"
            )[["label", "usd", "speaker", "kind"]],
        ],
        ignore_index=True,
    )[["label", "usd", "rub_per_usd", "effective_date", "speaker", "kind"]]
    return Chart(
        slug=BUDGET_IN_DOLLARS,
        title=title,
        subtitle=f"Roskomnadzor's planned {plan['year']} budget for machine-learning traffic filtering, $m",
        note=f"Open circles: {roubles} divided by the Bank of Russia's rate of each day (derived). Grey: dollar "
        "figures Ukrainian bodies stated without a rate. A plan, not spending.",
        source="Sources: Roskomnadzor plan, in Forbes Russia (2026); Bank of Russia; Ukraine's CCD and foreign "
        "intelligence",
        alt_text=f"At the Bank of Russia's rates of 20-23 January 2026, Roskomnadzor's planned {roubles} for "
        f"AI traffic filtering is {fmt.money(low)}-{fmt.money(high)}: over the article's {fmt.money(stated)} at "
        "every rate.",
        description=f"{roubles} ({fmt.count(rub)} roubles) planned for {plan['year']}, reported "
        f"{plan['reported_on']}, divided by each official rate: "
        + "; ".join(f"{row.effective_date}: {fmt.decimal(row.rub_per_usd)} roubles per dollar, {fmt.money(row.usd)}"
                    for row in converted.itertuples())
        + ". Stated in dollars, without a rate: "
        + "; ".join(f"{row.speaker} {'over ' if row.qualifier == 'more than' else ''}{fmt.money(row.value)}"
                    for row in statements.itertuples())
        + f". The article: over {fmt.money(stated)}.",
        sources=(BUDGET, RATES, STATED_USD),
        data=data_frame,
        wide=charts.Wide(label="label", values=("usd", "rub_per_usd", "effective_date")),
        body_height=lambda width: charts.dots_height(dots, width, reference=True),
        draw=lambda fig, rect: charts.dot_rows(
            fig,
            rect,
            dots,
            xlim=(0, end),
            ticks=ticks,
            tick_labels=[f"{t / 1e6:g}" for t in ticks],
            reference=(stated, f"Article: over {fmt.money(stated)}"),
        ),
    )


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
    dots = [
        Dot(
            label=category_label(row.category_en, row.category_id),
            low=row.count_2025,
            high=row.count_2025,
            role=roles.get(row.category_id, style.CONTEXT_ROLE),
            value_label=fmt.change(row.pct_change_vs_2024),
            derived=row.base_2024,
        )
        for row in shown.itertuples()
    ]
    top = shown.iloc[0]
    others = shown[shown["category_id"] != top["category_id"]]
    name = category_label(top["category_en"], top["category_id"])
    growth = fmt.change(top["pct_change_vs_2024"]).lstrip("+")
    if len(others) and others.iloc[0]["pct_change_vs_2024"] > 0:
        times = fmt.multiple(top["pct_change_vs_2024"] / others.iloc[0]["pct_change_vs_2024"])
        title = f"{name} grew {growth} in 2025, {times} the next-fastest category"
    else:
        title = f"{name} changed most in 2025: {fmt.change(top['pct_change_vs_2024'])}"
    low = min(shown["count_2025"].min(), shown["base_2024"].min())
    high = max(shown["count_2025"].max(), shown["base_2024"].max())
    lower = low / 1.4
    ticks = [t for t in (1_000, 10_000, 100_000, 1_000_000, 10_000_000) if lower <= t <= high * 10]
    circ = frame.set_index("category_id").loc[CIRCUMVENTION]
    return Chart(
        slug=BLOCKED_CATEGORIES if selection is None else f"{BLOCKED_CATEGORIES}-" + "-".join(chosen),
        title=title,
        subtitle="Materials removed or restricted on Roskomnadzor's demand, by category, log scale: open circle "
        "2024, dot 2025; labels: the change",
        note="Counts posts on platforms, not websites. 'Circumvention tools' covers every way round blocks, not only "
        "VPNs. 2024 counts except the total are derived.",
        source="Source: Roskomnadzor, in Vedomosti and RIA Novosti (2026)",
        alt_text=f"Materials about circumvention tools removed on Roskomnadzor's demand rose "
        f"{fmt.change(circ['pct_change_vs_2024'])} in 2025, to over {fmt.count(circ['count_2025'])} from about "
        f"{fmt.count(circ['base_2024'])}; the next-fastest category grew "
        f"{fmt.change(frame.iloc[1]['pct_change_vs_2024'])}, and three fell.",
        description=f"Materials removed or restricted on Roskomnadzor's demand on {compute.platforms()}, 2024 and "
        "2025 (2024 derived from the published change, except the total): "
        + "; ".join(
            f"{category_label(row.category_en, row.category_id)} {fmt.change(row.pct_change_vs_2024)}, from "
            f"{'about ' if row.base_2024_derived else ''}{fmt.count(row.base_2024)} to "
            f"{'over ' if row.count_qualifier == 'more than' else ''}{fmt.count(row.count_2025)}"
            for row in shown.itertuples()
        )
        + ".",
        sources=(CATEGORIES,),
        data=shown.assign(category=[d.label for d in dots])[
            ["category", "pct_change_vs_2024", "base_2024", "count_2025", "count_qualifier", "base_2024_derived",
             "category_id"]
        ],
        wide=charts.Wide(label="category", values=("pct_change_vs_2024", "base_2024", "count_2025")),
        body_height=lambda width: charts.dots_height(dots, width),
        draw=lambda fig, rect: charts.dot_rows(
            fig, rect, dots, xlim=(lower, high * 1.3), ticks=ticks, tick_labels=[fmt.large(t) for t in ticks], log=True
        ),
    )


def vpn_chart() -> Chart:
    """VPN services blocked over time, as officially reported."""
    series = compute.vpn_services()
    first, last = series.iloc[0], series.iloc[-1]
    points = [Point(row.x, row.vpn_services_blocked, fmt.count(row.vpn_services_blocked)) for row in series.itertuples()]
    events = data.load(VPN_SERVICES).query("series != @STOCK")
    ymax = float(series["vpn_services_blocked"].max()) * 1.15
    return Chart(
        slug=VPN_BLOCKED,
        title=f"Russia's count of blocked VPN services rose from {fmt.count(first['vpn_services_blocked'])} to "
        f"{fmt.count(last['vpn_services_blocked'])}",
        subtitle="VPN services blocked at each date, as Roskomnadzor reported them",
        note="Counts at each date from Roskomnadzor's yearly October forum and, for "
        f"{_when(last['as_of'])}, a later statement; single blocking actions are left out.",
        source="Source: Roskomnadzor, in Interfax and Xakep.ru (2023-26)",
        alt_text=f"Russia reported {fmt.count(last['vpn_services_blocked'])} VPN services blocked by "
        f"{_when(last['as_of'])}, up from {fmt.count(first['vpn_services_blocked'])} in {_when(first['as_of'])}.",
        description="VPN services blocked, as Roskomnadzor reported them: "
        + "; ".join(f"{_when(row.as_of)}: {fmt.count(row.vpn_services_blocked)}" for row in series.itertuples())
        + ". Single blocking actions, not totals, are left out: "
        + "; ".join(
            f"{'more than ' if row.qualifier == 'more than' else ''}{row.vpn_services_blocked} ({_when(row.as_of)})"
            for row in events.itertuples()
        )
        + ".",
        sources=(VPN_SERVICES,),
        data=series.assign(date=series["as_of"].str[:7])[
            ["date", "vpn_services_blocked", "qualifier", "type", "publisher", "source_date"]
        ],
        wide=charts.Wide(label="date", values=("vpn_services_blocked",)),
        body_height=lambda width: 2.0 if width > 4 else 1.7,
        draw=lambda fig, rect: charts.timeline(
            fig, rect, points, xlim=(first["x"] - 0.3, last["x"] + 0.3), ylim=(0, ymax)
        ),
    )


def _when(as_of: str) -> str:
    """'2025-10-23' -> 'October 2025'; '2026-02 (late)' -> 'late February 2026'."""
    stamp = pd.Timestamp(as_of[:7])
    late = "late " if "(late)" in as_of else ""
    return f"{late}{stamp:%B %Y}"
