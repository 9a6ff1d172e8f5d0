"""IT specialists who left Russia in 2022: the published estimates, and what share of the workforce they are.

The estimates come from the ministry and industry associations at different dates and count different things
(left, forecast to leave, abroad and not returned); the workforce figures differ by year and definition, so a
share depends on the denominator. Everything here is a pure function of the described data; every text a reader
sees is a message of the story's catalogs, rendered in the language it is written in.
"""

from __future__ import annotations

from numbers import Real

import pandas as pd


from kit import articles, claims, data, fmt, words
from kit.errors import SelectionError
from kit.i18n import t

ARTICLE = "united24_2026"
ESTIMATES = "it_emigration_estimates"
WORKFORCE = "it_workforce_sizes"
CLAIM = "it-emigration"
YEAR = 2022
REFERENCE = "ministry-december"  # the ministry's year-end figure, the one the article's 100,000 matches
COMPONENTS = ("bne-spring-not-returned", "bne-autumn-not-returned")  # summed by us (derived)
EMIGRANTS_RANGE = (5_000, 300_000)  # what the share widget accepts
WORDED_SHARES = ("two-thirds",)  # shares stated in words; the qualifier is the wording
OUTCOMES = ("left", "abroad and not returned", "not returned (component)")  # counts of people, not forecasts
CONFIDENCE = ("high", "medium", "low")  # the research's confidence in a figure, best first
RESTATED = "bloomberg-raec"  # Bloomberg's row restates RAEC's figures: never counted as an estimate of its own
WHO = {  # who gave the other estimates of people who left (the texts `emigration-who-<key>`)
    "raec-first-wave": "raec",
    "russoft-first-half": "russoft",
    "bne-spring-not-returned": "bne",
    "bne-autumn-not-returned": "bne",
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
        notes="Sum of the two components as summarised by bne (derived)",
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
    """'25,000' or '50,000–70,000'."""
    return fmt.between(low, high)


def month(statement_date: str) -> str:
    """'2022-12-20' (or '2023-02 (report)') -> 'Dec 2022' ('груд. 2022', 'дек. 2022'): for labels."""
    return fmt.date(statement_date[:7], "month")


def month_in_words(statement_date: str) -> str:
    """'2023-04-17' -> 'April 2023' ('квітень 2023', 'апрель 2023'): for sentences."""
    return fmt.date(statement_date[:7], "month-full")


def day(statement_date: str) -> str:
    """'2022-12-20' -> '20 Dec 2022' ('20 грудня 2022', '20 декабря 2022')."""
    return fmt.date(statement_date, "day-year")


def headcount(value: float) -> str:
    """A workforce figure in the story's one number style: '761,000', '1m', '1.7m' ('1 млн', '1,7 млн')."""
    return fmt.large(value)


def who_gave(figure_id: str) -> str:
    """Who gave a workforce figure, briefly: 'Deputy Minister Maxim Parshin', 'a deputy interior minister's remark'."""
    return t(f"emigration-who-{figure_id}")


def scope(row) -> str:
    """What a workforce figure counts: the IT industry, or ICT occupations across the economy (broad)."""
    return t("emigration-scope", broad=int(row.scope != "IT industry"))


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
                "measure": f"share that the article's {row.emigrants:,.0f} is of the IT workforce ({row.figure_id})",
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


def share_shown(value: float) -> str:
    """A derived share, to one decimal: '13.1%' ('13,1 %')."""
    return fmt.percentage(fmt.decimal(value))


def share_range(low: float, high: float) -> str:
    """Derived shares from the least to the most, the unit once: '10.0–13.5%' ('10,0–13,5 %'); one share alone
    when they are the same."""
    if fmt.rounded(low, 1) == fmt.rounded(high, 1):
        return share_shown(low)
    return t("emigration-share-range", least=fmt.decimal(low), most=fmt.decimal(high))


def _as_stated(value: float, qualifier: str) -> str:
    """A stated share in the source's words: 'about 80%', '85%', 'two-thirds'."""
    if qualifier in WORDED_SHARES:
        return t(f"emigration-qualifier-{qualifier}")
    figure = fmt.percentage(fmt.trimmed(value, 6))
    return figure if qualifier == "as reported" else _qualified(qualifier, figure)


def _qualified(qualifier: str, figure: str) -> str:
    """A figure with the data's qualifier ('about', 'almost', 'up to'): 'up to 10%'."""
    return t("emigration-qualified", qualifier=qualifier.replace(" ", "-"), figure=figure)


def _qualified_count(qualifier: str, value: float) -> str:
    """'about 1m', '761,000' (a figure as reported has no qualifier)."""
    return headcount(value) if qualifier == "as reported" else _qualified(qualifier, headcount(value))


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
    every = estimates()
    reference = every.set_index("estimate_id").loc[REFERENCE]
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
    forecast = every.query("kind == 'forecast'").iloc[0]
    others_left = every[
        every["kind"].isin(OUTCOMES)
        & (every["estimate_id"] != REFERENCE)
        & ~every["derived"]
        & (every["estimate_id"] != RESTATED)
    ]
    returned = stated_shares("returned share")
    understated = share > stated_share * (1 + claims.CLOSE)
    minister_share = _as_stated(minister["low"], minister["qualifier"])
    article_share = fmt.percentage(fmt.trimmed(stated_share, 6))
    people = int(reference["high"])
    caveats = [
        t(
            "emigration-caveat-figures",
            date=day(reference["statement_date"]),
            people=fmt.count(people),
            n=people,
            year=str(YEAR),
            minister=minister_share,
            article=article_share,
        ),
        t(
            "emigration-caveat-denominators",
            year=str(YEAR),
            headcount=headcount(counted["value"]),
            who=who_gave(counted["figure_id"]),
            month=month_in_words(counted["statement_date"]),
            people=fmt.count(people),
            share=share_shown(share),
            article=article_share,
            understated=int(understated),
            others=words.join(
                (
                    t(
                        "emigration-caveat-other-headcount",
                        headcount=_qualified_count(row.qualifier, row.value),
                        who=who_gave(row.figure_id),
                        share=share_shown(row.share),
                    )
                    for row in others.itertuples()
                ),
                "; ",
            ),
            broad=fmt.names([headcount(v) for v in sorted(broad["value"])]),
            shares=share_range(broad["share"].min(), broad["share"].max()),
        ),
        t(
            "emigration-caveat-periods",
            estimates=words.join(_estimates_in_words(others_left), "; "),
            forecast=span(forecast["low"], forecast["high"]),
            period=t(f"emigration-period-{forecast['estimate_id']}"),
        ),
        t(
            "emigration-caveat-returns",
            shares=fmt.names(
                [
                    t(
                        "emigration-dated",
                        text=_as_stated(row.low, row.qualifier),
                        month=month_in_words(row.statement_date),
                    )
                    for row in returned.itertuples()
                ]
            ),
        ),
    ]
    aside = [
        claims.set_aside(ESTIMATES, "both 2022 waves", "emigration-aside-waves"),
        claims.set_aside(ESTIMATES, "RAEC's April figure was a forecast", "emigration-aside-forecast"),
        claims.set_aside(ESTIMATES, "The bne row is split", "emigration-aside-bne"),
        claims.set_aside(ESTIMATES, "SIM-card data", "emigration-aside-sim"),
        claims.set_aside(ESTIMATES, "year-by-year series", "emigration-aside-series", year=str(YEAR)),
        claims.set_aside(WORKFORCE, "Definitions differ", "emigration-aside-definitions"),
        claims.set_aside(WORKFORCE, "disagree slightly", "emigration-aside-definitions"),
        claims.set_aside(WORKFORCE, "Round figures", "emigration-aside-round"),
        claims.set_aside(WORKFORCE, "plain http", "emigration-aside-http"),
    ]
    sources = (ESTIMATES, WORKFORCE)
    caveats += claims.source_caveats(sources, aside)
    return [
        claims.Claim(
            claim_id=CLAIM,
            article_value=t(
                "emigration-article-value",
                people=fmt.count(stated_people),
                n=stated_people,
                share=article_share,
                year=str(article.loc["year", "value"]),
            ),
            computed_value=t(
                "emigration-computed-value",
                people=fmt.count(people),
                n=people,
                minister=minister_share,
                date=day(reference["statement_date"]),
                share=share_shown(share),
                year=str(YEAR),
                headcount=headcount(counted["value"]),
            ),
            verdict=claims.judge(people_fit and share_fit, caveats),
            caveats=tuple(caveats),
            source_ids=sources,
            set_aside=tuple(aside),
        )
    ]


VERBS = {"left": "left", "not returned (component)": "not-returned"}  # the variants of `emigration-estimate-in-words`


def _estimates_in_words(rows: pd.DataFrame) -> list[str]:
    """Each source's estimates with the period they cover: 'RAEC (March 2022): 50,000–70,000 left (24 February to
    March 2022)'."""
    texts = []
    for (who, said), group in rows.groupby([rows["estimate_id"].map(WHO), "statement_date"], sort=False):
        parts = [
            t(
                "emigration-estimate-in-words",
                about=int(row.qualifier == "about"),
                span=span(row.low, row.high),
                verb=VERBS[row.kind],
                period=t(f"emigration-period-{row.estimate_id}"),
            )
            for row in group.itertuples()
        ]
        texts.append(t("emigration-estimates-by", who=t(f"emigration-who-{who}"), month=month_in_words(said),
                       estimates=fmt.names(parts)))
    return texts
