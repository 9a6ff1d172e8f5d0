"""The world's top 100 AI (or technology) firms: which lists exist, how many Russian firms they hold, and how far
the largest Russian firms are from each list's cut-off.

The article names no list. UNITED24 speaks of AI firms; other reports of the same Times article speak of the top
100 technology firms by market capitalisation. The kit checks both readings against the nearest lists it has: the
all-sector top 100 by market value (February 2026), the technology firms of the Forbes Global 2000 (2025) and the
Forbes AI 50 (2025).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from kit import articles, claims, countries, data, fmt
from kit.errors import SelectionError

ARTICLE = "united24_2026"
MARKET_CAP = "companiesmarketcap_top100_2026"
G2000_TECH = "forbes_g2000_2025_tech"
AI50 = "forbes_ai50_2025"
RUSSIAN_CAPS = "russian_company_market_caps"
AI_CLAIM, TECH_CLAIM = "companies-top100-ai", "companies-top100-tech"
FOCUS = "RUS"
TECH_SECTORS = ("internet and technology", "e-commerce")  # sectors of the Russian candidates that count as tech
SHOWN_COUNTRIES = 8  # countries shown by default: those with the most places over all lists, and Russia
BILLION = 1e9


@dataclass(frozen=True)
class CompanyList:
    """One published list, read the same way: rank, company, country, value."""

    key: str
    resource: str
    title: str  # short, for panel titles
    size: int  # places the list has (the top `size` rows of the resource)
    rank: str | None  # rank column (None: the list is not ranked)
    company: str
    country: str
    value: str | None  # market value in US dollars (None: the list gives none)


LISTS = {
    "all-sector": CompanyList(
        "all-sector",
        MARKET_CAP,
        "Top 100 companies of all sectors by market value, Feb 2026",
        100,
        "rank",
        "name_and_ticker_raw",
        "country_as_listed",
        "market_cap_usd",
    ),
    "tech": CompanyList(
        "tech",
        G2000_TECH,
        "Top 100 tech firms of the Forbes Global 2000 by market value, 2025",
        100,
        "tech_rank_by_market_value",
        "company",
        "headquarters",
        "market_value_usd",
    ),
    "ai50": CompanyList("ai50", AI50, "Forbes AI 50, 2025 (private AI firms)", 50, None, "company", "hq_country", None),
}


def company_list(key: str) -> CompanyList:
    if key not in LISTS:
        raise SelectionError(f"{key!r} is not one of the kit's company lists.", fix=f"use one of {list(LISTS)}.")
    return LISTS[key]


# -- data ---------------------------------------------------------------------------------------------


def companies(key: str) -> pd.DataFrame:
    """A list's companies, in its order: rank, company, country, iso3 and market value (US dollars, or empty)."""
    spec = company_list(key)
    raw = data.load(spec.resource)
    frame = pd.DataFrame(
        {
            "rank": raw[spec.rank] if spec.rank else pd.Series(range(1, len(raw) + 1)),
            "company": raw[spec.company],
            "country": raw[spec.country],
            "value_usd": raw[spec.value] if spec.value else float("nan"),
        }
    )
    frame = frame.sort_values("rank", kind="stable").head(spec.size).reset_index(drop=True)
    frame.insert(3, "iso3", [countries.code_of(name) for name in frame["country"]])
    return frame


def russian_candidates() -> pd.DataFrame:
    """The largest Russian listed companies with their market value (secondary figures), whether they count as
    technology firms, and the value in US dollars."""
    frame = data.load(RUSSIAN_CAPS)
    return frame.assign(is_tech=frame["sector"].isin(TECH_SECTORS), value_usd=frame["usd_bn_as_stated"] * BILLION)


# -- the statistic ------------------------------------------------------------------------------------


def cutoff(key: str) -> float | None:
    """Market value of the list's last place (None for a list without values)."""
    frame = companies(key)
    return None if frame["value_usd"].isna().all() else float(frame["value_usd"].iloc[-1])


def by_country(keys: Sequence[str] = tuple(LISTS)) -> pd.DataFrame:
    """Places per country in each list (one row per list and country), with Russia's zero where it has none."""
    rows = []
    for key in keys:
        counts = companies(key).groupby("iso3").size()
        if FOCUS not in counts:
            counts[FOCUS] = 0
        rows += [{"list": key, "iso3": iso3, "companies": int(n)} for iso3, n in counts.items()]
    frame = pd.DataFrame(rows)
    frame["country"] = [countries.display_name(code) for code in frame["iso3"]]
    return frame[["list", "country", "iso3", "companies"]]


def russian_in(key: str) -> int:
    return int((companies(key)["iso3"] == FOCUS).sum())


def default_countries() -> list[str]:
    """The countries with the most places over all lists (ISO3), for the default chart."""
    totals = by_country().groupby("iso3")["companies"].sum().sort_values(ascending=False, kind="stable")
    return [code for code in totals.index if code != FOCUS][:SHOWN_COUNTRIES]


def country_options() -> list[tuple[str, str]]:
    """(name, ISO3) choices for the explorer: every country with a listed company, most places first."""
    totals = by_country().groupby("iso3")["companies"].sum().sort_values(ascending=False, kind="stable")
    return [(countries.display_name(code), code) for code in totals.index if code != FOCUS]


def usd(value: float) -> str:
    """A market value in billions of dollars: '$17 bn', '$28.1 bn', '$182.5 bn'."""
    billions = value / BILLION
    return f"${billions:.0f} bn" if billions == round(billions) else f"${billions:.1f} bn"


def tidy() -> pd.DataFrame:
    """The story's tidy dataset: every listed company with its rank and value, places per country per list, and
    the Russian candidates' market values."""
    parts = []
    for key, spec in LISTS.items():
        frame = companies(key)
        period = "2026-02" if key == "all-sector" else "2025"
        measures = [("rank", frame["rank"].astype("float64"), f"rank of {spec.size}")] if spec.rank else []
        if spec.value:
            measures.append(("market value", frame["value_usd"], "US dollars"))
        if not measures:
            measures.append(("listed", pd.Series(1.0, index=frame.index), "count"))
        for measure, values, unit in measures:
            parts.append(
                pd.DataFrame(
                    {
                        "entity": frame["company"],
                        "entity_type": "company",
                        "iso3": frame["iso3"],
                        "measure": f"{measure}, {spec.title}",
                        "period": period,
                        "value": values,
                        "unit": unit,
                        "qualifier": "as published",
                        "source_id": spec.resource,
                    }
                )
            )
        counts = by_country([key])
        parts.append(
            pd.DataFrame(
                {
                    "entity": counts["country"],
                    "entity_type": "country",
                    "iso3": counts["iso3"],
                    "measure": f"companies in the list, {spec.title}",
                    "period": period,
                    "value": counts["companies"].astype("float64"),
                    "unit": "count",
                    "qualifier": "derived",
                    "source_id": spec.resource,
                }
            )
        )
    candidates = russian_candidates()
    parts.append(
        pd.DataFrame(
            {
                "entity": candidates["company"],
                "entity_type": "company",
                "iso3": FOCUS,
                "measure": "market value (" + candidates["sector"] + ")",
                "period": "undated",
                "value": candidates["value_usd"],
                "unit": "US dollars",
                "qualifier": "about",
                "source_id": RUSSIAN_CAPS,
            }
        )
    )
    return pd.concat(parts, ignore_index=True)


# -- claims -------------------------------------------------------------------------------------------


def verdicts() -> list[claims.Claim]:
    """Both readings of the article's company statement, each against the lists that can test it."""
    return [_ai_reading(), _tech_reading()]


def _ai_reading() -> claims.Claim:
    article = articles.figures(ARTICLE, AI_CLAIM)
    stated, top = int(article.loc["russian_in_top", "value"]), int(article.loc["top_n", "value"])
    spec = LISTS["ai50"]
    found = russian_in("ai50")
    # A shorter list can show a Russian firm is in (the statement is wrong) but not that none is in places it lacks.
    matches = None if found == stated and spec.size < top else found == stated
    caveats = [
        (
            f"No list of {top} AI firms was found; the nearest is the Forbes AI 50, which has {spec.size} places and "
            "covers privately held companies only."
        ),
        "The list the article meant is not named; CB Insights' AI 100 could not be obtained.",
        (
            "Other reports of the same Times article give the statement as the top 100 technology firms by market "
            f"value: see {TECH_CLAIM}."
        ),
    ]
    counts = by_country(["ai50"]).sort_values("companies", ascending=False)
    return claims.Claim(
        claim_id=AI_CLAIM,
        article_value=f"{stated} Russian firms in the top {top} AI firms",
        computed_value=f"{found} Russian firms in the Forbes AI 50 (2025), whose {spec.size} firms are in "
        + ", ".join(f"{row.country} {row.companies}" for row in counts[counts["companies"] > 0].itertuples()),
        verdict=claims.judge(matches, caveats),
        caveats=tuple(caveats),
        source_ids=(AI50,),
    )


def _tech_reading() -> claims.Claim:
    article = articles.figures(ARTICLE, TECH_CLAIM)
    stated, top = int(article.loc["russian_in_top", "value"]), int(article.loc["top_n", "value"])
    tech_line, all_line = cutoff("tech"), cutoff("all-sector")
    candidates = russian_candidates()
    tech = candidates[candidates["is_tech"]].sort_values("value_usd", ascending=False)
    best = tech.iloc[0]
    in_all = russian_in("all-sector")
    # The tech list's 100th value is a lower bound for any top-100 tech list: a Russian tech firm below it is
    # out of every such list; one above it may or may not be in.
    if in_all:
        found = None
    elif best["value_usd"] < tech_line:
        found = 0
    else:
        found = None
    matches = None if found is None else found == stated
    others = candidates[~candidates["is_tech"]].sort_values("value_usd", ascending=False)
    caveats = [
        (
            "No list of the top 100 technology firms by market value was found; the 100th tech firm of the Forbes Global "
            f"2000 (2025), worth {usd(tech_line)}, is a lower bound for such a list's cut-off (firms outside the Global "
            "2000 can only raise it), and the Forbes list holds no Russian company at all."
        ),
        (
            f"The Russian market values are secondary and undated (a forum comment quoting market-data sites); "
            f"{best['company']}'s {usd(best['value_usd'])} would have to rise by "
            f"{tech_line / best['value_usd'] - 1:.0%} to reach the lower bound."
        ),
    ]
    for row in others.itertuples():
        caveats.append(
            f"{row.company}, a {row.sector} worth {usd(row.value_usd)}, is not counted as a technology firm; "
            f"counted as one it would be {'above' if row.value_usd >= tech_line else 'below'} the "
            f"{usd(tech_line)} lower bound, and the real cut-off is not known."
        )
    caveats.append(
        f"In the all-sector top {LISTS['all-sector'].size} of February 2026, {in_all} firms are Russian; the "
        f"{fmt.ordinal(LISTS['all-sector'].size)} is worth {usd(all_line)}."
    )
    return claims.Claim(
        claim_id=TECH_CLAIM,
        article_value=f"{stated} Russian firms in the top {top} technology firms by market value",
        computed_value=f"largest Russian tech firm {best['company']}, about {usd(best['value_usd'])}, below the "
        f"{usd(tech_line)} that the {fmt.ordinal(LISTS['tech'].size)} tech firm is worth at least; "
        f"{in_all} Russian firms in the all-sector top {LISTS['all-sector'].size}",
        verdict=claims.judge(matches, caveats),
        caveats=tuple(caveats),
        source_ids=(G2000_TECH, MARKET_CAP, RUSSIAN_CAPS),
    )
