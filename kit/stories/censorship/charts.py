"""Censorship's charts: the budget in dollars at the week's rates (from zero), each category's change from its
2024 base, and VPN services blocked over time."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from kit import articles, charts, claims, data, fmt, style
from kit.charts import Chart, Dot, Point
from kit.errors import SelectionError
from kit.i18n import t
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
    day_month,
    month_year,
    roubles,
    speaker,
)

BUDGET_IN_DOLLARS = "rkn-ai-budget-in-dollars"
BLOCKED_CATEGORIES = "rkn-blocked-categories"  # slug of the chart of every category
VPN_BLOCKED = "vpn-services-blocked"
# short names of the speakers for row labels: the texts `censorship-speaker-<statement id>`


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
            label=t("censorship-rate-label", day=day_month(row.effective_date), rate=fmt.decimal(row.rub_per_usd)),
            low=row.usd,
            high=row.usd,
            role=style.SUBJECT,
            value_label=fmt.money(row.usd),
            hollow=True,
        )
        for row in converted.itertuples()
    ] + [
        Dot(
            label=t("censorship-stated", speaker=t(f"censorship-speaker-{row.statement_id}")),
            low=row.value,
            high=row.value,
            value_label=t("censorship-over", over=int(row.qualifier == "more than"), figure=fmt.money(row.value)),
        )
        for row in statements.itertuples()
    ]
    low, high = converted["usd"].min(), converted["usd"].max()
    holds = all(claims.fits(article.loc["budget_usd", "qualifier"], stated, usd) for usd in converted["usd"])
    planned = roubles(rub)
    title = (
        t("censorship-budget-title", roubles=planned, stated=fmt.money(stated))
        if holds
        else t("censorship-budget-title-range", roubles=planned, low=fmt.money(low), high=fmt.money(high))
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
        subtitle=t("censorship-budget-subtitle", year=str(plan["year"])),
        note=t("censorship-budget-note", roubles=planned),
        source=t("censorship-budget-source"),
        alt_text=t(
            "censorship-budget-alt", roubles=planned, low=fmt.money(low), high=fmt.money(high), stated=fmt.money(stated)
        ),
        description=t(
            "censorship-budget-description",
            roubles=planned,
            exact=fmt.count(rub),
            year=str(plan["year"]),
            reported=plan["reported_on"],
            conversions="; ".join(
                t("censorship-budget-conversion", date=row.effective_date, rate=fmt.decimal(row.rub_per_usd),
                  usd=fmt.money(row.usd))
                for row in converted.itertuples()
            ),
            statements="; ".join(
                f"{speaker(row.statement_id, row.speaker)} "
                + t("censorship-over", over=int(row.qualifier == "more than"), figure=fmt.money(row.value))
                for row in statements.itertuples()
            ),
            stated=fmt.money(stated),
        ),
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
            tick_labels=[fmt.trimmed(tick / 1e6, 6) for tick in ticks],
            reference=(
                stated,
                t("censorship-budget-reference", stated=fmt.money(stated), millions=fmt.trimmed(stated / 1e6, 1)),
            ),
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
        title = t("censorship-categories-title", name=name, growth=growth, times=times)
    else:
        title = t("censorship-categories-title-change", name=name, change=fmt.change(top["pct_change_vs_2024"]))
    low = min(shown["count_2025"].min(), shown["base_2024"].min())
    high = max(shown["count_2025"].max(), shown["base_2024"].max())
    lower = low / 1.4
    ticks = [t for t in (1_000, 10_000, 100_000, 1_000_000, 10_000_000) if lower <= t <= high * 10]
    circ = frame.set_index("category_id").loc[CIRCUMVENTION]
    return Chart(
        slug=BLOCKED_CATEGORIES if selection is None else f"{BLOCKED_CATEGORIES}-" + "-".join(chosen),
        title=title,
        subtitle=t("censorship-categories-subtitle"),
        note=t("censorship-categories-note"),
        source=t("censorship-categories-source"),
        alt_text=t(
            "censorship-categories-alt",
            change=fmt.change(circ["pct_change_vs_2024"]),
            count=fmt.count(circ["count_2025"]),
            base=fmt.count(circ["base_2024"]),
            next=fmt.change(frame.iloc[1]["pct_change_vs_2024"]),
        ),
        description=t(
            "censorship-categories-description",
            platforms=compute.platforms(),
            categories="; ".join(
                t(
                    "censorship-categories-row",
                    name=category_label(row.category_en, row.category_id),
                    change=fmt.change(row.pct_change_vs_2024),
                    about=int(bool(row.base_2024_derived)),
                    base=fmt.count(row.base_2024),
                    over=int(row.count_qualifier == "more than"),
                    count=fmt.count(row.count_2025),
                )
                for row in shown.itertuples()
            ),
        ),
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
        title=t(
            "censorship-vpn-title",
            first=fmt.count(first["vpn_services_blocked"]),
            last=fmt.count(last["vpn_services_blocked"]),
        ),
        subtitle=t("censorship-vpn-subtitle"),
        note=t("censorship-vpn-note", when=_when(last["as_of"])),
        source=t("censorship-vpn-source"),
        alt_text=t(
            "censorship-vpn-alt",
            last=fmt.count(last["vpn_services_blocked"]),
            n=int(last["vpn_services_blocked"]),
            when_last=_when(last["as_of"]),
            first=fmt.count(first["vpn_services_blocked"]),
            when_first=_when(first["as_of"]),
        ),
        description=t(
            "censorship-vpn-description",
            counts="; ".join(
                f"{_when(row.as_of)}: {fmt.count(row.vpn_services_blocked)}" for row in series.itertuples()
            ),
            actions="; ".join(
                t(
                    "censorship-vpn-action",
                    more=int(row.qualifier == "more than"),
                    n=str(row.vpn_services_blocked),
                    when=_when(row.as_of),
                )
                for row in events.itertuples()
            ),
        ),
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
    """'2025-10-23' -> 'October 2025'; '2026-02 (late)' -> 'late February 2026' (in Ukrainian and Russian
    'жовтень 2025', 'кінець лютого 2026')."""
    month = month_year(as_of[:7], late="(late)" in as_of)
    return t("censorship-late", month=month) if "(late)" in as_of else month
