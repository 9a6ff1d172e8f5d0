"""IT emigration's charts: the 2022 estimates in the order they were stated, and the share under each denominator."""

from __future__ import annotations

from kit import articles, charts, fmt, style
from kit.charts import Bar, Chart, Dot
from kit.i18n import t
from kit.stories.it_emigration import compute
from kit.stories.it_emigration.compute import CLAIM, ESTIMATES, REFERENCE, WORKFORCE, YEAR

ESTIMATES_CHART = "it-emigration-estimates"
SHARES_CHART = "it-emigration-shares"  # slug of the default shares chart (100,000, broad counts included)
SHORT_LABELS = ("raec-first-wave", "raec-april-forecast", "russoft-first-half", "ministry-december", "bne-sum")
# chart row labels (who, and what the figure counts): the texts `emigration-label-<estimate id>`


def estimates_chart() -> Chart:
    """The 2022 estimates as points and ranges in date order, the ministry's highlighted, the article's 100,000 marked."""
    frame = compute.estimates()
    shown = frame[frame["estimate_id"].isin(SHORT_LABELS)].reset_index(drop=True)
    stated = float(articles.figures(compute.ARTICLE, CLAIM).loc["people_left", "value"])
    labels = [
        f"{compute.month(row.statement_date)}: {t('emigration-label-' + row.estimate_id)}" for row in shown.itertuples()
    ]
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
        title=t("emigration-estimates-title", stated=fmt.count(stated))
        if ministry == stated
        else t("emigration-estimates-title-differs", ministry=fmt.count(ministry), stated=fmt.count(stated)),
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
            estimates="; ".join(
                f"{label}: {fmt.between(d.low, d.high)}" for label, d in zip(labels, dots, strict=True)
            ),
            stated=fmt.count(stated),
        ),
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
            tick_labels=[fmt.count(tick) for tick in ticks],
            reference=(stated, t("emigration-estimates-reference", stated=fmt.count(stated))),
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
            value_label=t(
                "emigration-shares-value", share=fmt.percentage(fmt.decimal(row.share)), broad=int(row.scope != "IT industry")
            ),
        )
        for label, row in zip(labels, frame.itertuples(), strict=True)
    ]
    people = fmt.count(emigrants)
    least = fmt.percentage(fmt.decimal(of_year["share"].min())) if len(of_year) else ""
    most = fmt.percentage(fmt.decimal(of_year["share"].max())) if len(of_year) else ""
    title = (
        t("emigration-shares-title", people=people, least=least, most=most, year=str(YEAR))
        if len(of_year)
        else t("emigration-shares-title-none", people=people)
    )

    def draw(fig, rect):
        xmax, ticks = charts.value_scale(bars, rect[2], least=20)
        charts.ranked_bars(
            fig, rect, bars, xmax=xmax, ticks=ticks, tick_labels=[fmt.percentage(fmt.trimmed(tick, 6)) for tick in ticks]
        )

    return Chart(
        slug=SHARES_CHART if emigrants == 100_000 and broad else f"{SHARES_CHART}-{int(emigrants)}",
        title=title,
        subtitle=t("emigration-shares-subtitle", people=people, year=str(YEAR)),
        note=t("emigration-shares-note", people=people, broad=int(broad)),
        source=t("emigration-source"),
        alt_text=t("emigration-shares-alt", people=people, least=least, most=most, year=str(YEAR))
        if len(of_year)
        else t("emigration-shares-alt-none", people=people),
        description=t(
            "emigration-shares-description",
            people=people,
            shares="; ".join(
                t(
                    "emigration-shares-description-row",
                    year=str(row.year),
                    headcount=fmt.count(row.value),
                    scope=t("emigration-scope-" + ("it-industry" if row.scope == "IT industry" else "broad")),
                    who=compute.organisation(row),
                    share=fmt.percentage(fmt.decimal(row.share)),
                )
                for row in frame.itertuples()
            ),
        ),
        sources=(WORKFORCE, ESTIMATES),
        data=frame.assign(label=labels)[["label", "share", "year", "value", "scope", "definition", "source_org",
                                         "emigrants", "figure_id"]],
        wide=charts.Wide(label="label", values=("share", "value", "year")),
        body_height=lambda width: charts.bars_height(len(bars), width),
        draw=draw,
    )
