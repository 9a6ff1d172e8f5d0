"""IT emigration's charts: the 2022 estimates on a timeline of statements, and the share under each denominator."""

from __future__ import annotations

from kit import articles, charts, data, fmt, style
from kit.charts import Bar, Chart, Dot
from kit.stories.it_emigration import compute
from kit.stories.it_emigration.compute import CLAIM, ESTIMATES, REFERENCE, WORKFORCE, YEAR

ESTIMATES_CHART = "it-emigration-estimates"
SHARES_CHART = "it-emigration-shares"  # slug of the default shares chart (100,000, broad counts included)
SHORT_LABELS = {  # chart row labels: who, and what the figure counts
    "raec-first-wave": "RAEC: left by March",
    "raec-april-forecast": "RAEC: forecast for April",
    "russoft-first-half": "Russoft: left Jan-Jun",
    "ministry-december": "Ministry: abroad, not back",
    "bne-sum": "Ministry via bne: not back",
}


def _thousands(low: float, high: float) -> str:
    """'25k' or '50-70k' for a chart label."""
    return f"{low / 1000:g}k" if low == high else f"{low / 1000:g}-{high / 1000:g}k"


def _source_line() -> str:
    return (
        f"Source: {data.provenance(ESTIMATES).citation}; {data.provenance(WORKFORCE).citation}; "
        f"UNITED24 Media; kit analysis"
    )


def estimates_chart() -> Chart:
    """The 2022 estimates as points and ranges in date order, the ministry's highlighted, the article's 100,000 marked."""
    frame = compute.estimates()
    shown = frame[frame["estimate_id"].isin(SHORT_LABELS)].reset_index(drop=True)
    stated = float(articles.figures(compute.ARTICLE, CLAIM).loc["people_left", "value"])
    dots = [
        Dot(
            label=f"{compute.month(row.statement_date)} · {SHORT_LABELS[row.estimate_id]}",
            low=row.low,
            high=row.high,
            colour=style.HIGHLIGHT if row.estimate_id == REFERENCE else style.NAMED,
            label_colour=style.HIGHLIGHT if row.estimate_id == REFERENCE else style.TEXT,
            value_label=_thousands(row.low, row.high),
            hollow=row.kind == "forecast" or row.derived,
            bold=row.estimate_id == REFERENCE,
        )
        for row in shown.itertuples()
    ]
    low, high = compute.outcome_range()
    bne = frame.set_index("estimate_id").loc["bne-sum"]
    top = max(shown["high"].max(), stated) * 1.25
    ticks = [t for t in range(0, int(top) + 1, 25_000)]
    return Chart(
        slug=ESTIMATES_CHART,
        title=f"Estimates of the IT specialists who left Russia in {YEAR} range from {fmt.count(low)} to "
        f"{fmt.count(high)}",
        subtitle="IT specialists who left, were forecast to leave, or were abroad and had not returned, by who said "
        "it and when (month of the statement); ranges where the source gave one",
        note=f"Open markers: RAEC's forecast, and the kit's sum of the ministry's two components as summarised by bne "
        f"({bne['notes'].split(': ', 1)[1]}; derived). The estimates count different periods and different "
        "things; many who left came back.",
        source=_source_line(),
        alt_text="Dot and range chart of estimates of IT emigration from Russia in 2022, in date order: "
        + "; ".join(f"{d.label}: {compute.span(d.low, d.high)}" for d in dots)
        + f". A dashed line marks the article's figure of {fmt.count(stated)}.",
        data=shown[["statement_date", "estimate_id", "source_org", "kind", "low", "high", "derived", "period_covered"]],
        body_height=lambda width: charts.dots_height([d.label for d in dots], width, reference=True),
        draw=lambda fig, rect: charts.dot_rows(
            fig,
            rect,
            dots,
            xlim=(0, top),
            ticks=ticks,
            tick_labels=[f"{t // 1000}k" if t else "0" for t in ticks],
            reference=(stated, f"article: {fmt.count(stated)}"),
        ),
    )


def shares_chart(emigrants: float = 100_000, broad: bool = True) -> Chart:
    """The share `emigrants` is of each workforce figure, so the denominator behind '10%' is visible."""
    frame = compute.shares(emigrants, broad)
    of_year = frame[(frame["year"] == YEAR) & (frame["scope"] == "IT industry")]
    bars = [
        Bar(
            label=f"{row.year} · {fmt.count(row.value)}",
            value=row.share,
            colour=style.HIGHLIGHT if row.year == YEAR and row.scope == "IT industry" else style.NEUTRAL,
            label_colour=style.TEXT if row.scope == "IT industry" else style.MUTED,
            value_label=f"{row.share:.1f}%" + ("" if row.scope == "IT industry" else " (broad)"),
            bold=row.year == YEAR and row.scope == "IT industry",
        )
        for row in frame.itertuples()
    ]
    xmax = max(20.0, float(frame["share"].max()) * 1.2)
    step = 5 if xmax <= 40 else 10 if xmax <= 80 else 20
    people = fmt.count(emigrants)
    title = (
        f"{people} is {of_year['share'].min():.1f}% to {of_year['share'].max():.1f}% of Russia's {YEAR} IT "
        "workforce, depending on whose count"
        if len(of_year)
        else f"{people} as a share of Russia's IT workforce"
    )
    return Chart(
        slug=SHARES_CHART if emigrants == 100_000 and broad else f"{SHARES_CHART}-{int(emigrants)}",
        title=title,
        subtitle=f"{people} as a percentage of each published size of the IT workforce (year · headcount). "
        f"Red: the {YEAR} IT-industry headcounts",
        note="Shares derived by the kit: the number of emigrants divided by each headcount. "
        + ("Grey rows count all ICT occupations across the economy, a much broader definition. " if broad else "")
        + "The headcounts come from the ministry, Rosstat and ministers' remarks, and their definitions differ.",
        source=_source_line(),
        alt_text=f"Bar chart of {people} as a share of each published size of Russia's IT workforce: "
        + "; ".join(f"{row.year}, {fmt.count(row.value)} ({row.scope}): {row.share:.1f}%" for row in frame.itertuples())
        + ".",
        data=frame,
        body_height=lambda width: charts.bars_height(len(bars)),
        draw=lambda fig, rect: charts.ranked_bars(fig, rect, bars, xmax=xmax, ticks=range(0, int(xmax) + 1, step)),
    )
