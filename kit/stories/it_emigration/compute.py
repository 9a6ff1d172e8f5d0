"""IT specialists who left Russia in 2022: the published estimates, and what share of the workforce they are.

The estimates come from the ministry and industry associations at different dates and count different things
(left, forecast to leave, abroad and not returned); the workforce figures differ by year and definition, so a
share depends on the denominator. Everything here is a pure function of the described data.
"""

from __future__ import annotations

import re
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
CONFIDENCE = ("high", "medium", "low")  # the research's confidence in a figure, best first


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


def reference_workforce(year: int = YEAR) -> pd.Series:
    """The year's IT-industry headcount the share is judged against: the figure the research trusts most (an
    official count before a remark), whatever share it gives."""
    frame = workforce()
    frame = frame[(frame["year"] == year) & (frame["scope"] == "IT industry")]
    order = frame["confidence"].map({level: position for position, level in enumerate(CONFIDENCE)})
    return frame.assign(_order=order).sort_values(["_order", "value"], kind="stable").iloc[0].drop("_order")


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
    """The article's 100,000 and 10% checked against the ministry's estimate and statement, with the share the
    ministry's own 2022 headcount gives beside every other denominator."""
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
    minister = stated_shares("share of IT workforce").iloc[0]
    counted = reference_workforce()
    share = 100 * reference["high"] / counted["value"]
    of_year = shares(reference["high"])
    of_year = of_year[(of_year["year"] == YEAR) & (of_year["scope"] == "IT industry")]
    others = of_year[of_year["figure_id"] != counted["figure_id"]].sort_values("share", ascending=False)
    people_fit = claims.fits(people_qualifier, stated_people, reference["high"])
    # The article's share is the minister's statement; the derived share says how far that statement is from the
    # ministry's own headcount (a caveat, not a second source of the figure).
    share_fit = claims.fits(share_qualifier, stated_share, minister["low"])
    broad = shares(reference["high"]).query("scope == 'broad'")
    forecast = estimates().query("kind == 'forecast'").iloc[0]
    others_left = estimates()[
        estimates()["kind"].isin(OUTCOMES)
        & (estimates()["estimate_id"] != REFERENCE)
        & ~estimates()["derived"]
        & (estimates()["source_org"] != "Bloomberg Opinion (Taipei Times reprint) citing RAEC")
    ]
    returned = stated_shares("returned share")
    understated = share > stated_share * (1 + claims.CLOSE)
    caveats = [
        (
            f"Both figures are the digital ministry's ({reference['statement_date']}): about "
            f"{fmt.count(reference['high'])} IT specialists abroad who had not come back, across both {YEAR} waves; "
            f"the minister put their share at '{minister['qualifier']} {minister['low']:g}%', which the article gives "
            f"as 'about {stated_share:g}%'."
        ),
        (
            f"Against the ministry's own count of the {YEAR} IT workforce ({fmt.count(counted['value'])}, "
            f"{counted['source_org'].split('(')[-1].rstrip(')')}, {month(counted['statement_date'])}), "
            f"{fmt.count(reference['high'])} is {share:.1f}% (derived)"
            + (f", so 'about {stated_share:g}%' understates the share" if understated else "")
            + "; "
            + "; ".join(
                f"{row.qualifier if row.qualifier != 'as reported' else ''} {fmt.count(row.value)} ({_who(row)}) "
                f"gives {row.share:.1f}%".strip()
                for row in others.itertuples()
            )
            + f". Broad counts of ICT occupations ({fmt.names([fmt.count(v) for v in sorted(broad['value'])])}) "
            f"would make it {broad['share'].min():.1f}% to {broad['share'].max():.1f}%."
        ),
        "Other estimates count other periods: "
        + "; ".join(_estimates_in_words(others_left))
        + f". RAEC's {span(forecast['low'], forecast['high'])} for {forecast['period_covered']} was a forecast.",
        "Many came back: official statements put the share of leavers who returned at "
        + fmt.names(
            [f"{_as_stated(row.low, row.qualifier)} ({month(row.statement_date)})" for row in returned.itertuples()]
        )
        + ", partly from mobile operators' SIM-card data.",
    ]
    aside = [
        claims.set_aside(ESTIMATES, "both 2022 waves", "restated in the claim's caveat on the ministry's figures"),
        claims.set_aside(ESTIMATES, "RAEC's April figure was a forecast", "restated in the claim's caveat on other estimates; the "
                         "Bloomberg row, which restates RAEC's, is left out"),
        claims.set_aside(ESTIMATES, "The bne row is split", "the claim gives the two components as summarised, "
                         "not their sum"),
        claims.set_aside(ESTIMATES, "SIM-card data", "restated in the claim's caveat on returns"),
        claims.set_aside(ESTIMATES, "year-by-year series", f"the statement is about {YEAR} only"),
        claims.set_aside(WORKFORCE, "Definitions differ", "restated in the claim's caveat on the denominators, per figure"),
        claims.set_aside(WORKFORCE, "disagree slightly", "restated in the claim's caveat on the denominators, per figure"),
        claims.set_aside(WORKFORCE, "Round figures", "the claim's caveat on the denominators names each figure's source"),
        claims.set_aside(WORKFORCE, "plain http", "it says where a figure was read, not what the figure is"),
    ]
    sources = (ESTIMATES, WORKFORCE)
    caveats += claims.source_caveats(sources, aside)
    return [
        claims.Claim(
            claim_id=CLAIM,
            article_value=f"about {fmt.count(stated_people)} people, about {stated_share:g}% of the IT workforce, "
            f"in {article.loc['year', 'value']}",
            computed_value=f"about {fmt.count(reference['high'])} abroad and not returned, '{minister['qualifier']} "
            f"{minister['low']:g}%' (ministry, {reference['statement_date']}); {share:.1f}% of the ministry's count "
            f"of the {YEAR} IT workforce, {fmt.count(counted['value'])} (derived)",
            verdict=claims.judge(people_fit and share_fit, caveats),
            caveats=tuple(caveats),
            source_ids=sources,
            set_aside=tuple(aside),
        )
    ]


VERBS = {"left": "left", "not returned (component)": "had not returned"}


def _estimates_in_words(rows: pd.DataFrame) -> list[str]:
    """Each source's estimates with the period they cover: 'RAEC (Mar 2022): 50,000-70,000 left (24 Feb - Mar 2022)'."""
    texts = []
    for (org, said), group in rows.groupby(["source_org", "statement_date"], sort=False):
        who = "the ministry as bne IntelliNews summarised it" if "as summarised" in org else org.split(" (")[0]
        day = said.split(" ")[0]
        when = month(day) if re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", day) else said
        parts = [
            f"{'about ' if row.qualifier == 'about' else ''}{span(row.low, row.high)} {VERBS[row.kind]} "
            f"({row.period_covered})"
            for row in group.itertuples()
        ]
        texts.append(f"{who} ({when}): {' and '.join(parts)}")
    return texts


def _who(row) -> str:
    """Who gave a workforce figure, briefly: 'Maksut Shadayev', 'a deputy interior minister's remark'."""
    if "remark" in row.definition:
        return "a deputy interior minister's remark"
    return row.source_org.split("(")[-1].rstrip(")") if "(" in row.source_org else row.source_org
