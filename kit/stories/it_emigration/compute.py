"""IT specialists who left Russia in 2022: the published estimates, and what share of the workforce they are.

The estimates come from the ministry and industry associations at different dates and count different things
(left, forecast to leave, abroad and not returned); the workforce figures differ by year and definition, so a
share depends on the denominator. Everything here is a pure function of the described data.
"""

from __future__ import annotations

from numbers import Real

import pandas as pd

from kit import articles, claims, data, fmt
from kit.errors import SelectionError

ARTICLE = "united24_2026"
ESTIMATES = "it_emigration_estimates"
WORKFORCE = "it_workforce_sizes"
CLAIM = "it-emigration"
YEAR = 2022
REFERENCE = "ministry-december"  # the ministry's year-end figure, the one the article's 100,000 matches
COMPONENTS = ("bne-spring-not-returned", "bne-autumn-not-returned")  # summed by the kit (derived)
EMIGRANTS_RANGE = (5_000, 300_000)  # what the share widget accepts
WORDED_SHARES = ("two-thirds",)  # shares stated in words; the qualifier is the wording
OUTCOMES = ("left", "abroad and not returned", "not returned (component)")  # counts of people, not forecasts


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
        + " + ".join(span(row.low, row.high) for row in parts.itertuples()),
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


def span(low: float, high: float) -> str:
    """'25,000' or '50,000-70,000'."""
    return fmt.count(low) if low == high else f"{fmt.count(low)}-{fmt.count(high)}"


def month(statement_date: str) -> str:
    """'2022-12-20' -> 'Dec 2022'."""
    return pd.Timestamp(statement_date[:7]).strftime("%b %Y")


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
                "source_id": f"{articles.resource_of(ARTICLE, CLAIM)} {WORKFORCE}",
            }
        )
    tidy = pd.DataFrame(rows)
    tidy["source_id"] = tidy["source_id"].fillna(ESTIMATES)
    tidy.insert(0, "entity", "Russia")
    tidy.insert(1, "entity_type", "country")
    tidy.insert(2, "iso3", "RUS")
    return tidy[["entity", "entity_type", "iso3", "measure", "period", "value", "unit", "qualifier", "source_id"]]


# -- claims -------------------------------------------------------------------------------------------


def _as_stated(percent: float, qualifier: str) -> str:
    """A stated share in the source's words: 'about 80%', '85%', 'two-thirds'."""
    if qualifier == "as reported":
        return f"{percent:g}%"
    return qualifier if qualifier in WORDED_SHARES else f"{qualifier} {percent:g}%"


def verdicts() -> list[claims.Claim]:
    """The article's 100,000 and 10% checked against the ministry's estimate and every 2022 workforce figure."""
    article = articles.figures(ARTICLE, CLAIM)
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
            f"different periods; RAEC's {span(forecast['low'], forecast['high'])} for {forecast['period_covered']} was "
            "a forecast."
        ),
        "Many came back: official statements put the share of leavers who returned at "
        + fmt.names(
            [f"{_as_stated(row.low, row.qualifier)} ({month(row.statement_date)})" for row in returned.itertuples()]
        )
        + ", partly from mobile operators' SIM-card data.",
    ]
    return [
        claims.Claim(
            claim_id=CLAIM,
            article_value=f"about {fmt.count(stated_people)} people, about {stated_share:g}% of the IT workforce, "
            f"in {article.loc['year', 'value']}",
            computed_value=f"about {fmt.count(reference['high'])} abroad and not returned (ministry, "
            f"{reference['statement_date']}); {of_year['share'].min():.1f}-{of_year['share'].max():.1f}% of the "
            f"{YEAR} IT-industry headcounts (derived)",
            verdict=claims.judge(people_fit and share_fit, caveats),
            caveats=tuple(caveats),
            source_ids=(ESTIMATES, WORKFORCE),
        )
    ]
