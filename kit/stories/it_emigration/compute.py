"""IT specialists who left Russia in 2022: the published estimates, and what share of the workforce they are.

The estimates come from the ministry and industry associations at different dates and count different things
(left, forecast to leave, abroad and not returned); the workforce figures differ by year and definition, so a
share depends on the denominator. Everything here is a pure function of the described data.
"""

from __future__ import annotations

import re
from numbers import Real

import pandas as pd


from kit import articles, claims, data, fmt, i18n
from kit.errors import SelectionError
from kit.i18n import t

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
    return fmt.between(low, high)


def month(statement_date: str) -> str:
    """'2022-12-20' -> 'Dec 2022' ('груд. 2022' in Ukrainian, 'дек. 2022' in Russian)."""
    return fmt.date(statement_date[:7], "month")




def shown(text: str, key: str) -> str:
    """A text of the data (English) in the current language: the English itself, or the story's translation of it
    by id."""
    return text if i18n.current() == i18n.SOURCE else t(key)


def organisation(row) -> str:
    """Who published a workforce figure, as the data names them (in the current language)."""
    return shown(row.source_org, f"emigration-org-{row.figure_id}")


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


def _as_stated(value: float, qualifier: str) -> str:
    """A stated share in the source's words: 'about 80%', '85%', 'two-thirds'."""
    figure = fmt.percentage(fmt.trimmed(value, 6))
    if qualifier == "as reported":
        return figure
    return t("emigration-qualified", qualifier=_qualifier(qualifier), figure=figure) if qualifier not in WORDED_SHARES \
        else _qualifier(qualifier)


def _qualifier(qualifier: str) -> str:
    """A data qualifier ('about', 'up to', 'two-thirds') in the current language."""
    return shown(qualifier, "emigration-qualifier-" + qualifier.replace(" ", "-"))


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
    minister_share = t(
        "emigration-qualified",
        qualifier=_qualifier(minister["qualifier"]),
        figure=fmt.percentage(fmt.trimmed(minister["low"], 6)),
    )
    article_share = fmt.percentage(fmt.trimmed(stated_share, 6))
    derived_share = fmt.percentage(fmt.decimal(share))
    caveats = [
        t(
            "emigration-caveat-figures",
            date=reference["statement_date"],
            people=fmt.count(reference["high"]),
            year=str(YEAR),
            minister=minister_share,
            article=article_share,
        ),
        t(
            "emigration-caveat-denominators",
            year=str(YEAR),
            headcount=fmt.count(counted["value"]),
            who=_counted_by(counted),
            month=month(counted["statement_date"]),
            people=fmt.count(reference["high"]),
            share=derived_share,
            article=article_share,
            understated=int(understated),
            others="; ".join(
                t(
                    "emigration-caveat-other-headcount",
                    headcount=_qualified_count(row.qualifier, row.value),
                    who=_who(row),
                    share=fmt.percentage(fmt.decimal(row.share)),
                )
                for row in others.itertuples()
            ),
            broad=fmt.names([fmt.count(v) for v in sorted(broad["value"])]),
            least=fmt.percentage(fmt.decimal(broad["share"].min())),
            most=fmt.percentage(fmt.decimal(broad["share"].max())),
        ),
        t(
            "emigration-caveat-periods",
            estimates="; ".join(_estimates_in_words(others_left)),
            forecast=span(forecast["low"], forecast["high"]),
            period=_period(forecast),
        ),
        t(
            "emigration-caveat-returns",
            shares=fmt.names(
                [f"{_as_stated(row.low, row.qualifier)} ({month(row.statement_date)})" for row in returned.itertuples()]
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
                share=article_share,
                year=str(article.loc["year", "value"]),
            ),
            computed_value=t(
                "emigration-computed-value",
                people=fmt.count(reference["high"]),
                minister=minister_share,
                date=reference["statement_date"],
                share=derived_share,
                year=str(YEAR),
                headcount=fmt.count(counted["value"]),
            ),
            verdict=claims.judge(people_fit and share_fit, caveats),
            caveats=tuple(caveats),
            source_ids=sources,
            set_aside=tuple(aside),
        )
    ]


VERBS = {"left": "left", "not returned (component)": "not-returned"}  # the texts `emigration-verb-<verb>`


def _estimates_in_words(rows: pd.DataFrame) -> list[str]:
    """Each source's estimates with the period they cover: 'RAEC (Mar 2022): 50,000-70,000 left (24 Feb - Mar 2022)'."""
    texts = []
    for (org, said), group in rows.groupby(["source_org", "statement_date"], sort=False):
        who = t("emigration-who-bne") if "as summarised" in org else shown(org.split(" (")[0], _org_key(org))
        day = said.split(" ")[0]
        when = month(day) if re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", day) else said
        parts = [
            t(
                "emigration-estimate-in-words",
                about=int(row.qualifier == "about"),
                span=span(row.low, row.high),
                verb=VERBS[row.kind],
                period=_period(row),
            )
            for row in group.itertuples()
        ]
        texts.append(f"{who} ({when}): {fmt.names(parts)}")
    return texts


def _org_key(org: str) -> str:
    """The text id of an organisation's short name: 'RAEC (Russian ...)' -> 'emigration-who-raec'."""
    return "emigration-who-" + org.split(" (")[0].lower().replace(" ", "-")


def _period(row) -> str:
    """The period an estimate covers, as the data words it (in the current language)."""
    return shown(str(row["period_covered"] if isinstance(row, pd.Series) else row.period_covered),
                 f"emigration-period-{row['estimate_id'] if isinstance(row, pd.Series) else row.estimate_id}")


def _qualified_count(qualifier: str, value: float) -> str:
    """'about 1,000,000', '761,000' (a figure as reported has no qualifier)."""
    if qualifier == "as reported":
        return fmt.count(value)
    return t("emigration-qualified", qualifier=_qualifier(qualifier), figure=fmt.count(value))


def _counted_by(row) -> str:
    """Who gave the headcount the share is judged against: 'Deputy Minister Maxim Parshin'."""
    return shown(row["source_org"].split("(")[-1].rstrip(")"), f"emigration-who-{row['figure_id']}")


def _who(row) -> str:
    """Who gave a workforce figure, briefly: 'Maksut Shadayev', 'a deputy interior minister's remark'."""
    if i18n.current() != i18n.SOURCE:
        return t(f"emigration-who-{row.figure_id}")
    if "remark" in row.definition:
        return "a deputy interior minister's remark"
    return row.source_org.split("(")[-1].rstrip(")") if "(" in row.source_org else row.source_org
