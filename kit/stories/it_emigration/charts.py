"""IT emigration's charts: the 2022 estimates in the order they were stated, and the share under each denominator."""

from __future__ import annotations

from kit import articles, charts, fmt, style, words
from kit.charts import Bar, Chart, Dot
from kit.i18n import t
from kit.stories.it_emigration import compute
from kit.stories.it_emigration.compute import CLAIM, ESTIMATES, REFERENCE, WORKFORCE, YEAR

ESTIMATES_CHART = "it-emigration-estimates"
SHARES_CHART = "it-emigration-shares"  # slug of the default shares chart (100,000, broad counts included)
ROWS = ("raec-first-wave", "raec-april-forecast", "russoft-first-half", "ministry-december", "bne-sum")
# chart row labels (who, when, and what the figure counts): the texts `emigration-label-<estimate id>`
SHARE_TICKS = sorted({tick for end in range(20, 251) for tick in charts.nice_scale(end)[1]})  # every tick the
# shares' scale can take (from 20%, the least it shows, on): their labels are written before the chart is drawn


def _status(row) -> str:
    """What an estimate is: a figure as reported, a forecast, or our sum (derived)."""
    status = "derived" if row.derived else "forecast" if row.kind == "forecast" else "reported"
    return t("emigration-status", status=status)


def estimates_chart() -> Chart:
    """The 2022 estimates as points and ranges in date order, the ministry's highlighted, the article's 100,000
    marked."""
    frame = compute.estimates()
    shown = frame[frame["estimate_id"].isin(ROWS)].reset_index(drop=True)
    stated = float(articles.figures(compute.ARTICLE, CLAIM).loc["people_left", "value"])
    labels = [
        t(f"emigration-label-{row.estimate_id}", when=compute.month(row.statement_date)) for row in shown.itertuples()
    ]
    dots = [
        Dot(
            label=label,
            low=row.low,
            high=row.high,
            role=style.SUBJECT if row.estimate_id == REFERENCE else style.CONTEXT_ROLE,
            value_label=compute.span(row.low, row.high),
            hollow=row.kind == "forecast" or row.derived,
        )
        for label, row in zip(labels, shown.itertuples(), strict=True)
    ]
    low, high = compute.outcome_range()
    ministry = float(frame.set_index("estimate_id").loc[REFERENCE, "high"])
    end, ticks = charts.nice_scale(max(shown["high"].max(), stated) * 1.05, steps=4)
    tick_labels = [fmt.count(tick) for tick in ticks]
    reference = (stated, t("emigration-estimates-reference", stated=fmt.count(stated)))
    table = shown.assign(
        statement_date=shown["statement_date"].str.split(" ").str[0],  # '2023-02 (report)': the month of the report
        label=labels,
        period=[t(f"emigration-period-{row.estimate_id}") for row in shown.itertuples()],
        status=[_status(row) for row in shown.itertuples()],
    )
    return Chart(
        slug=ESTIMATES_CHART,
        title=t("emigration-estimates-title", stated=fmt.count(stated))
        if ministry == stated
        else t(
            "emigration-estimates-title-differs", ministry=fmt.count(ministry), n=ministry, stated=fmt.count(stated)
        ),
        subtitle=t("emigration-estimates-subtitle"),
        note=t("emigration-estimates-note"),
        source=t("emigration-source"),
        alt_text=t(
            "emigration-estimates-alt",
            stated=fmt.count(stated),
            year=str(YEAR),
            low=fmt.count(low),
            high=fmt.count(high),
        ),
        description=t(
            "emigration-estimates-description",
            year=str(YEAR),
            estimates=words.join(
                (
                    t("emigration-estimates-description-row", label=label, span=compute.span(d.low, d.high))
                    for label, d in zip(labels, dots, strict=True)
                ),
                "; ",
            ),
            stated=fmt.count(stated),
        ),
        sources=(ESTIMATES,),
        data=table[["label", "low", "high", "statement_date", "period", "status", "estimate_id"]],
        wide=charts.Wide(
            label="label",
            values=("low", "high"),
            names={
                "label": t("emigration-column-estimate"),
                "low": t("emigration-column-low"),
                "high": t("emigration-column-high"),
            },
        ),
        body_height=lambda width: charts.dots_height(dots, width, reference=True),
        draw=lambda fig, rect: charts.dot_rows(
            fig, rect, dots, xlim=(0, end), ticks=ticks, tick_labels=tick_labels, reference=reference
        ),
    )


def shares_chart(emigrants: float = 100_000, broad: bool = True) -> Chart:
    """The share `emigrants` is of each workforce figure, so the denominator behind '10%' is visible: every share is
    derived, so none is the highlight; the year's IT-industry counts are named (bold), the article's share is a
    reference line."""
    frame = compute.shares(emigrants, broad)
    of_year = frame[(frame["year"] == YEAR) & (frame["scope"] == "IT industry")]
    article = articles.figures(compute.ARTICLE, CLAIM).loc["share_of_workforce"]
    labels = [
        t("emigration-shares-label", year=str(row.year), headcount=compute.headcount(row.value),
          who=t(f"emigration-short-{row.figure_id}"))
        for row in frame.itertuples()
    ]
    bars = [
        Bar(
            label=label,
            value=row.share,
            role=style.NAMED if row.year == YEAR and row.scope == "IT industry" else style.CONTEXT_ROLE,
            value_label=t(
                "emigration-shares-value", share=compute.share_shown(row.share), broad=int(row.scope != "IT industry")
            ),
        )
        for label, row in zip(labels, frame.itertuples(), strict=True)
    ]
    people = fmt.count(emigrants)
    year_shares = compute.share_range(of_year["share"].min(), of_year["share"].max()) if len(of_year) else ""
    title = (
        t("emigration-shares-title", people=people, shares=year_shares, year=str(YEAR))
        if len(of_year)
        else t("emigration-shares-title-none", people=people)
    )
    tick_labels = {tick: fmt.percentage(fmt.trimmed(tick, 1)) for tick in SHARE_TICKS}
    stated = float(article["value"])
    reference = t(
        "emigration-shares-reference",
        share=t("emigration-qualified", qualifier=article["qualifier"], figure=fmt.percentage(fmt.trimmed(stated, 1))),
    )
    rows = [*bars, Bar("", 0), Bar("", 0)]  # free rows under the bars for the reference line's label (two lines)

    def draw(fig, rect):
        xmax, ticks = charts.value_scale(bars, rect[2], least=20)
        shown = [tick_labels[tick] for tick in ticks]
        ax = charts.ranked_bars(fig, rect, rows, xmax=xmax, ticks=ticks, tick_labels=shown)
        charts.reference_lines(ax, [(stated, reference, len(bars) + 0.5)])

    return Chart(
        slug=SHARES_CHART if emigrants == 100_000 and broad else f"{SHARES_CHART}-{int(emigrants)}",
        title=title,
        subtitle=t("emigration-shares-subtitle", people=people, year=str(YEAR)),
        note=t("emigration-shares-note", people=people, broad=int(broad)),
        source=t("emigration-source"),
        alt_text=t("emigration-shares-alt", people=people, shares=year_shares, year=str(YEAR))
        if len(of_year)
        else t("emigration-shares-alt-none", people=people),
        description=t(
            "emigration-shares-description",
            people=people,
            shares=words.join(
                (
                    t(
                        "emigration-shares-description-row",
                        year=str(row.year),
                        headcount=compute.headcount(row.value),
                        scope=compute.scope(row),
                        who=compute.who_gave(row.figure_id),
                        share=compute.share_shown(row.share),
                    )
                    for row in frame.itertuples()
                ),
                "; ",
            ),
        ),
        sources=(WORKFORCE, ESTIMATES),
        data=frame.assign(
            label=labels,
            scope=[compute.scope(row) for row in frame.itertuples()],
            who=[compute.who_gave(row.figure_id) for row in frame.itertuples()],
        )[["label", "share", "year", "value", "scope", "who", "emigrants", "figure_id"]],
        wide=charts.Wide(
            label="label",
            values=("share", "value", "year"),
            names={
                "label": t("emigration-column-headcount"),
                "share": t("emigration-column-share", people=people),
                "value": t("emigration-column-value"),
                "year": t("emigration-column-year"),
            },
            places={"share": 1},
        ),
        body_height=lambda width: charts.bars_height(len(rows), width),
        draw=draw,
    )
