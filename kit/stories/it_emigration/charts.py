"""IT emigration's charts: the 2022 estimates in the order they were stated, and the share under each denominator."""

from __future__ import annotations

from kit import articles, charts, fmt, style
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
SOURCE = "Sources: Russia's Ministry of Digital Development, RAEC, Russoft, Rosstat and ministers (2022-25)"


def estimates_chart() -> Chart:
    """The 2022 estimates as points and ranges in date order, the ministry's highlighted, the article's 100,000 marked."""
    frame = compute.estimates()
    shown = frame[frame["estimate_id"].isin(SHORT_LABELS)].reset_index(drop=True)
    stated = float(articles.figures(compute.ARTICLE, CLAIM).loc["people_left", "value"])
    labels = [f"{compute.month(row.statement_date)}: {SHORT_LABELS[row.estimate_id]}" for row in shown.itertuples()]
    dots = [
        Dot(
            label=label,
            low=row.low,
            high=row.high,
            role=style.SUBJECT if row.estimate_id == REFERENCE else style.CONTEXT_ROLE,
            value_label=fmt.between(row.low, row.high),
            hollow=row.kind == "forecast" or row.derived,
        )
        for label, row in zip(labels, shown.itertuples(), strict=True)
    ]
    low, high = compute.outcome_range()
    ministry = float(frame.set_index("estimate_id").loc[REFERENCE, "high"])
    end, ticks = charts.nice_scale(max(shown["high"].max(), stated) * 1.05, steps=4)
    return Chart(
        slug=ESTIMATES_CHART,
        title=f"The article's {fmt.count(stated)} is the ministry's year-end count of IT workers abroad"
        if ministry == stated
        else f"The ministry counted {fmt.count(ministry)} IT workers abroad; the article says {fmt.count(stated)}",
        subtitle="IT specialists who left, were forecast to leave or were abroad and not back, by who said it "
        "and when",
        note="Open circles: RAEC's forecast, and the kit's sum of the ministry's two components as bne summarised "
        "them. The estimates count different periods; many who left came back.",
        source=SOURCE,
        alt_text=f"The article's {fmt.count(stated)} is the ministry's year-end figure for IT specialists abroad and "
        f"not back in {YEAR}; other estimates, from {fmt.count(low)} to {fmt.count(high)}, count other periods and "
        "other things.",
        description=f"Estimates of IT emigration from Russia in {YEAR}, in the order they were stated: "
        + "; ".join(f"{label}: {fmt.between(d.low, d.high)}" for label, d in zip(labels, dots, strict=True))
        + f". The article gives {fmt.count(stated)}.",
        sources=(ESTIMATES,),
        data=shown.assign(label=labels)[
            ["label", "low", "high", "statement_date", "estimate_id", "source_org", "kind", "derived", "period_covered"]
        ],
        wide=charts.Wide(label="label", values=("low", "high")),
        body_height=lambda width: charts.dots_height(dots, width, reference=True),
        draw=lambda fig, rect: charts.dot_rows(
            fig,
            rect,
            dots,
            xlim=(0, end),
            ticks=ticks,
            tick_labels=[fmt.count(t) for t in ticks],
            reference=(stated, f"Article: {fmt.count(stated)}"),
        ),
    )


def shares_chart(emigrants: float = 100_000, broad: bool = True) -> Chart:
    """The share `emigrants` is of each workforce figure, so the denominator behind '10%' is visible."""
    frame = compute.shares(emigrants, broad)
    of_year = frame[(frame["year"] == YEAR) & (frame["scope"] == "IT industry")]
    labels = [f"{row.year}: {fmt.count(row.value)}" for row in frame.itertuples()]
    bars = [
        Bar(
            label=label,
            value=row.share,
            role=style.SUBJECT if row.year == YEAR and row.scope == "IT industry" else style.CONTEXT_ROLE,
            value_label=f"{fmt.decimal(row.share)}%" + ("" if row.scope == "IT industry" else " (broad)"),
        )
        for label, row in zip(labels, frame.itertuples(), strict=True)
    ]
    people = fmt.count(emigrants)
    title = (
        f"{people} is {fmt.decimal(of_year['share'].min())}% to {fmt.decimal(of_year['share'].max())}% of "
        f"Russia's {YEAR} IT workforce"
        if len(of_year)
        else f"{people} as a share of Russia's IT workforce"
    )

    def draw(fig, rect):
        xmax, ticks = charts.value_scale(bars, rect[2], least=20)
        charts.ranked_bars(fig, rect, bars, xmax=xmax, ticks=ticks, tick_labels=[f"{t:g}%" for t in ticks])

    return Chart(
        slug=SHARES_CHART if emigrants == 100_000 and broad else f"{SHARES_CHART}-{int(emigrants)}",
        title=title,
        subtitle=f"{people} as a share of each published size of the IT workforce (year: headcount). Highlighted: "
        f"{YEAR}'s IT industry",
        note=f"Shares derived by the kit: {people} divided by each headcount. "
        + ("'Broad' rows count ICT occupations across the economy. " if broad else "")
        + "Definitions differ between sources.",
        source=SOURCE,
        alt_text=f"{people} is {fmt.decimal(of_year['share'].min())}% to {fmt.decimal(of_year['share'].max())}% of "
        f"Russia's {YEAR} IT-industry workforce, depending on whose headcount; against broad counts of ICT "
        "occupations it is less."
        if len(of_year)
        else f"{people} as a share of Russia's published IT workforce sizes.",
        description=f"{people} as a share of each published size of Russia's IT workforce: "
        + "; ".join(
            f"{row.year}, {fmt.count(row.value)} ({row.scope}, {row.source_org}): {fmt.decimal(row.share)}%"
            for row in frame.itertuples()
        )
        + ".",
        sources=(WORKFORCE, ESTIMATES),
        data=frame.assign(label=labels)[["label", "share", "year", "value", "scope", "definition", "source_org",
                                         "emigrants", "figure_id"]],
        wide=charts.Wide(label="label", values=("share", "value", "year")),
        body_height=lambda width: charts.bars_height(len(bars), width),
        draw=draw,
    )
