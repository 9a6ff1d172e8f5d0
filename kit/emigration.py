"""IT specialists who left Russia in 2022: the published estimates, and what share of the workforce they are.

The estimates come from the ministry and industry associations at different dates and count different things
(left, forecast to leave, abroad and not returned); the workforce figures differ by year and definition, so a
share depends on the denominator. Everything here is a pure function of the catalogued data.
"""

from __future__ import annotations

from numbers import Real

import pandas as pd

from kit import charts, claims, data, fmt, style
from kit.charts import Bar, Chart, Dot
from kit.errors import SelectionError

ESTIMATES = "it_emigration_estimates"
WORKFORCE = "it_workforce_sizes"
NOTEBOOK = "04_it_emigration"
CLAIM = "it-emigration"
YEAR = 2022
REFERENCE = "ministry-december"  # the ministry's year-end figure, the one the article's 100,000 matches
COMPONENTS = ("bne-spring-not-returned", "bne-autumn-not-returned")  # summed by the kit (derived)
EMIGRANTS_RANGE = (5_000, 300_000)  # what the share widget accepts
WORDED_SHARES = ("two-thirds",)  # shares stated in words; the qualifier is the wording
OUTCOMES = ("left", "abroad and not returned", "not returned (component)")  # counts of people, not forecasts
SHORT_LABELS = {  # chart row labels: who, and what the figure counts
    "raec-first-wave": "RAEC: left by March",
    "raec-april-forecast": "RAEC: forecast for April",
    "russoft-first-half": "Russoft: left Jan-Jun",
    "ministry-december": "Ministry: abroad, not back",
    "bne-sum": "Ministry via bne: not back",
}


# -- data ---------------------------------------------------------------------------------------------


def estimates() -> pd.DataFrame:
    """Estimates of people (not shares), oldest first, with the bne components summed into one derived row."""
    raw = data.load(ESTIMATES)
    people = raw[raw["unit"] == "people"].copy()
    people["derived"] = False
    parts = people[people["estimate_id"].isin(COMPONENTS)]
    summed = parts.iloc[[0]].assign(
        estimate_id="bne-sum",
        kind="abroad and not returned",
        low=parts["low"].sum(),
        high=parts["high"].sum(),
        qualifier="derived",
        period_covered=YEAR,
        notes="Sum of the two components as summarised by bne (derived by the kit): "
        + " + ".join(_span(row.low, row.high) for row in parts.itertuples()),
        derived=True,
    )
    frame = pd.concat([people, summed], ignore_index=True)
    frame["period_covered"] = frame["period_covered"].astype(str)
    return frame.sort_values(["statement_date", "low"], ignore_index=True)


def stated_shares(kind: str) -> pd.DataFrame:
    """Shares as stated (not counts): `kind` 'returned share' or 'share of IT workforce'."""
    raw = data.load(ESTIMATES)
    return raw.loc[raw["kind"] == kind, ["estimate_id", "statement_date", "source_org", "low", "qualifier", "notes"]]


def workforce() -> pd.DataFrame:
    """The published sizes of Russia's IT workforce, by year and definition."""
    return data.load(WORKFORCE)


# -- the statistic ------------------------------------------------------------------------------------


def check_emigrants(emigrants: float) -> float:
    low, high = EMIGRANTS_RANGE
    if isinstance(emigrants, bool) or not isinstance(emigrants, Real) or not low <= emigrants <= high:
        raise SelectionError(
            f"{emigrants!r} is not a number of emigrants the kit can show.",
            fix=f"choose a number between {fmt.count(low)} and {fmt.count(high)}.",
        )
    return float(emigrants)


def shares(emigrants: float = 100_000, broad: bool = True) -> pd.DataFrame:
    """The share (percent, derived) that `emigrants` is of each published workforce figure, by year and size."""
    emigrants = check_emigrants(emigrants)
    frame = workforce()
    if not broad:
        frame = frame[frame["scope"] == "IT industry"]
    frame = frame.assign(emigrants=emigrants, share=100 * emigrants / frame["value"])
    columns = ["figure_id", "year", "value", "qualifier", "scope", "definition", "source_org", "emigrants", "share"]
    return frame.sort_values(["year", "value"], ignore_index=True)[columns]


def outcome_range() -> tuple[float, float]:
    """Lowest and highest published count of IT specialists who left or stayed abroad in 2022 (no forecasts)."""
    frame = estimates()
    outcomes = frame[frame["kind"].isin(OUTCOMES) & ~frame["estimate_id"].isin(COMPONENTS)]
    return float(outcomes["low"].min()), float(outcomes["high"].max())


def tidy() -> pd.DataFrame:
    """The story's tidy dataset: each estimate's low and high, the workforce figures, and the derived shares."""
    frame = estimates()
    rows = []
    for row in frame.itertuples():
        for end in ("low", "high"):
            rows.append(
                {
                    "measure": f"IT specialists, {row.kind} ({row.estimate_id}), {end} end",
                    "period": row.period_covered,
                    "value": getattr(row, end),
                    "unit": "people",
                    "qualifier": "derived" if row.derived else "estimate",
                }
            )
    for row in workforce().itertuples():
        rows.append(
            {
                "measure": f"IT workforce, {row.scope} ({row.figure_id})",
                "period": str(row.year),
                "value": row.value,
                "unit": "people",
                "qualifier": row.qualifier,
                "source_id": WORKFORCE,
            }
        )
    for row in shares().itertuples():
        rows.append(
            {
                "measure": f"share that the article's {fmt.count(row.emigrants)} is of the IT workforce "
                f"({row.figure_id})",
                "period": str(row.year),
                "value": round(row.share, 4),
                "unit": "percent",
                "qualifier": "derived",
                "source_id": f"{claims.ARTICLE} {WORKFORCE}",
            }
        )
    tidy = pd.DataFrame(rows)
    tidy["source_id"] = tidy["source_id"].fillna(ESTIMATES)
    tidy.insert(0, "entity", "Russia")
    tidy.insert(1, "entity_type", "country")
    tidy.insert(2, "iso3", "RUS")
    return tidy[["entity", "entity_type", "iso3", "measure", "period", "value", "unit", "qualifier", "source_id"]]


# -- claims -------------------------------------------------------------------------------------------


def verdicts() -> list[claims.Claim]:
    """The article's 100,000 and 10% checked against the ministry's estimate and every 2022 workforce figure."""
    article = claims.article_figures(CLAIM)
    stated_people, people_qualifier = (
        float(article.loc["people_left", "value"]),
        article.loc["people_left", "qualifier"],
    )
    stated_share, share_qualifier = (
        float(article.loc["share_of_workforce", "value"]),
        article.loc["share_of_workforce", "qualifier"],
    )
    reference = estimates().set_index("estimate_id").loc[REFERENCE]
    of_year = shares(reference["high"])
    of_year = of_year[(of_year["year"] == YEAR) & (of_year["scope"] == "IT industry")]
    people_fit = claims.fits(people_qualifier, stated_people, reference["high"])
    share_fit = any(claims.fits(share_qualifier, stated_share, share) for share in of_year["share"])
    low, high = outcome_range()
    minister = stated_shares("share of IT workforce").iloc[0]
    broad = shares(reference["high"]).query("scope == 'broad'")["share"]
    forecast = estimates().query("kind == 'forecast'").iloc[0]
    returned = stated_shares("returned share")
    caveats = [
        (
            f"The figure is the ministry's ({reference['statement_date']}): about {fmt.count(reference['high'])} IT "
            f"specialists abroad who had not come back, across both {YEAR} waves; the minister put the share at "
            f"'{minister['qualifier']} {minister['low']:g}%', which the article gives as 'about {stated_share:g}%'."
        ),
        (
            f"As a share of the {YEAR} IT-industry headcounts the government published "
            f"({fmt.names([fmt.count(v) for v in sorted(of_year['value'])])}), {fmt.count(reference['high'])} is "
            f"{of_year['share'].min():.1f}% to {of_year['share'].max():.1f}% (derived); broad counts of ICT occupations "
            f"would make it {broad.min():.1f}% to {broad.max():.1f}%."
        ),
        (
            f"Published estimates of those who left or stayed away in {YEAR} run from {fmt.count(low)} to "
            f"{fmt.count(high)} (the highest is the kit's sum of the ministry's figures as summarised by bne) and cover "
            f"different periods; RAEC's {_span(forecast['low'], forecast['high'])} for {forecast['period_covered']} was "
            "a forecast."
        ),
        "Many came back: official statements put the share of leavers who returned at "
        + fmt.names(
            [f"{_as_stated(row.low, row.qualifier)} ({_month(row.statement_date)})" for row in returned.itertuples()]
        )
        + ", partly from mobile operators' SIM-card data.",
    ]
    return [
        claims.Claim(
            claim_id=CLAIM,
            statement=article["statement"].iloc[0],
            article_value=f"about {fmt.count(stated_people)} people, about {stated_share:g}% of the IT workforce, "
            f"in {article.loc['year', 'value']}",
            computed_value=f"about {fmt.count(reference['high'])} abroad and not returned (ministry, "
            f"{reference['statement_date']}); {of_year['share'].min():.1f}-{of_year['share'].max():.1f}% of the "
            f"{YEAR} IT-industry headcounts (derived)",
            verdict=claims.judge(people_fit and share_fit, caveats),
            caveats=tuple(caveats),
            source_ids=(ESTIMATES, WORKFORCE, claims.ARTICLE),
            notebook=NOTEBOOK,
            charts=("it-emigration-estimates", "it-emigration-shares"),
        )
    ]


# -- charts -------------------------------------------------------------------------------------------


def _span(low: float, high: float) -> str:
    """'25,000' or '50,000-70,000'."""
    return fmt.count(low) if low == high else f"{fmt.count(low)}-{fmt.count(high)}"


def _as_stated(percent: float, qualifier: str) -> str:
    """A stated share in the source's words: 'about 80%', '85%', 'two-thirds'."""
    if qualifier == "as reported":
        return f"{percent:g}%"
    return qualifier if qualifier in WORDED_SHARES else f"{qualifier} {percent:g}%"


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
    frame = estimates()
    shown = frame[frame["estimate_id"].isin(SHORT_LABELS)].reset_index(drop=True)
    stated = float(claims.article_figures(CLAIM).loc["people_left", "value"])
    dots = [
        Dot(
            label=f"{_month(row.statement_date)} · {SHORT_LABELS[row.estimate_id]}",
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
    low, high = outcome_range()
    bne = frame.set_index("estimate_id").loc["bne-sum"]
    top = max(shown["high"].max(), stated) * 1.25
    ticks = [t for t in range(0, int(top) + 1, 25_000)]
    return Chart(
        slug="it-emigration-estimates",
        title=f"Estimates of the IT specialists who left Russia in {YEAR} range from {fmt.count(low)} to "
        f"{fmt.count(high)}",
        subtitle="IT specialists who left, were forecast to leave, or were abroad and had not returned, by who said "
        "it and when (month of the statement); ranges where the source gave one",
        note=f"Open markers: RAEC's forecast, and the kit's sum of the ministry's two components as summarised by bne "
        f"({bne['notes'].split(': ', 1)[1]}; derived). The estimates count different periods and different "
        "things; many who left came back.",
        source=_source_line(),
        alt_text="Dot and range chart of estimates of IT emigration from Russia in 2022, in date order: "
        + "; ".join(f"{d.label}: {_span(d.low, d.high)}" for d in dots)
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


def _month(statement_date: str) -> str:
    """'2022-12-20' -> 'Dec 2022'."""
    return pd.Timestamp(statement_date[:7]).strftime("%b %Y")


def shares_chart(emigrants: float = 100_000, broad: bool = True) -> Chart:
    """The share `emigrants` is of each workforce figure, so the denominator behind '10%' is visible."""
    frame = shares(emigrants, broad)
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
        slug="it-emigration-shares" if emigrants == 100_000 and broad else f"it-emigration-shares-{int(emigrants)}",
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
