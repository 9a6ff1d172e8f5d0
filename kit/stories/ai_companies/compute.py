"""The world's top 100 AI (or technology) firms: which lists exist, how many Russian firms they hold, and how far
the largest Russian firms are from each list's cut-off.

The article names no list. UNITED24 speaks of AI firms; other outlets' reports of the same Times article (UNN,
TSN) speak of the top 100 technology firms by market capitalisation: the kit checks both, the second attributed
to those outlets. The nearest lists it has are the all-sector top 100 by market value (February 2026), the
technology firms of the Forbes Global 2000 (2025) and the Forbes AI 50 (2025); each can show some things and not
others (`CompanyList.shows`, `.cannot_show`). The largest Russian internet firms' values come from Forbes Russia's
2026 ranking.
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
RUSSIAN_CAPS = "forbes_russia_runet_2026"  # the largest Russian internet firms' valuations
EDITION = 2026  # the edition of Forbes Russia's ranking used
AI_CLAIM, TECH_CLAIM = "companies-top100-ai", "companies-top100-tech"
FOCUS = "RUS"
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
    shows: str = ""  # what the list can show about Russian firms, in our words
    cannot_show: str = ""  # what it cannot


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
        shows="whether any Russian firm of any sector is worth as much as its 100th company",
        cannot_show="anything about technology firms worth less than that",
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
        shows="a lower bound for what the 100th technology firm of the world is worth",
        cannot_show="whether a Russian firm would rank: the Global 2000 of 2025 holds no Russian company at all",
    ),
    "ai50": CompanyList(
        "ai50",
        AI50,
        "Forbes AI 50, 2025 (private AI firms)",
        50,
        None,
        "company",
        "hq_country",
        None,
        shows="a Russian firm among 50 leading privately held AI firms, if there were one",
        cannot_show="that no Russian firm is among 100 leading AI firms: it has 50 places and leaves out listed firms",
    ),
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
    """The largest Russian internet firms of Forbes Russia's ranking (the places its reports give), largest first,
    with their value in US dollars; internet firms count as technology firms (`is_tech`)."""
    frame = data.load(RUSSIAN_CAPS)
    frame = frame[frame["edition"] == EDITION].sort_values("rank", ignore_index=True)
    return frame.assign(sector="internet", is_tech=True, value_usd=frame["value_usd_bn"] * BILLION)


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
                "measure": "value, Forbes Russia's ranking of Russian internet companies (place "
                + candidates["rank"].astype(str)
                + ")",
                "period": candidates["report_date"].str[:7],
                "value": candidates["value_usd"],
                "unit": "US dollars",
                "qualifier": "estimate",
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
    others = articles.said_by(ARTICLE, TECH_CLAIM)
    caveats = [
        f"No list of {top} leading AI firms was found; the nearest, the Forbes AI 50, can show {spec.shows}, but not "
        f"{spec.cannot_show}.",
        "The list the article meant is not named; CB Insights' AI 100 could not be obtained.",
        f"{fmt.names(list(others))} word the same statement as the top {top} technology firms by market value: see "
        f"{TECH_CLAIM}.",
    ]
    aside = [claims.set_aside(AI50, "50 privately held companies", "restated in the claim's caveats on the nearest list")]
    caveats += claims.source_caveats([AI50], aside)
    counts = by_country(["ai50"]).sort_values("companies", ascending=False)
    return claims.Claim(
        claim_id=AI_CLAIM,
        article_value=f"{stated} Russian firms in the top {top} AI firms",
        computed_value=f"{found} Russian firms in the Forbes AI 50 (2025), whose {spec.size} firms are in "
        + ", ".join(f"{row.country} {row.companies}" for row in counts[counts["companies"] > 0].itertuples()),
        verdict=claims.judge(matches, caveats),
        caveats=tuple(caveats),
        source_ids=(AI50,),
        set_aside=tuple(aside),
    )


def _tech_reading() -> claims.Claim:
    article = articles.figures(ARTICLE, TECH_CLAIM)
    stated, top = int(article.loc["russian_in_top", "value"]), int(article.loc["top_n", "value"])
    tech_line, all_line = cutoff("tech"), cutoff("all-sector")
    candidates = russian_candidates()
    best = candidates[candidates["is_tech"]].sort_values("value_usd", ascending=False).iloc[0]
    in_all, in_tech = russian_in("all-sector"), russian_in("tech")
    # The tech list's 100th value is a lower bound for any top-100 tech list: a Russian tech firm below it is
    # out of every such list; one above it may or may not be in.
    if in_all:
        found = None
    elif best["value_usd"] < tech_line:
        found = 0
    else:
        found = None
    matches = None if found is None else found == stated
    everything, tech = LISTS["all-sector"], LISTS["tech"]
    caveats = [
        (
            f"No list of the world's top {top} technology firms by market value was found. The all-sector top "
            f"{everything.size} of February 2026 holds {in_all} Russian firms, so none is worth {usd(all_line)} or "
            f"more; the Forbes Global 2000 (2025) holds {in_tech}, so it cannot show whether a Russian firm would "
            f"rank, and gives only {tech.shows}: {usd(tech_line)} (firms outside the Global 2000 can only raise it)."
        ),
        (
            f"{best['company']}, the largest Russian internet firm in Forbes Russia's {EDITION} ranking (reported "
            f"{best['report_date']}), is valued at {usd(best['value_usd'])}; it would have to be worth "
            f"{tech_line / best['value_usd'] - 1:.0%} more to reach that lower bound."
        ),
    ]
    aside = [
        claims.set_aside(G2000_TECH, "holds no Russian company at all", "restated in the claim's caveat on what each list can show"),
        claims.set_aside(G2000_TECH, "lower bound for the cut-off", "restated in the claim's caveat on what each list can show"),
        claims.set_aside(MARKET_CAP, "All sectors, not technology firms", "restated in the claim's caveat on what each list can show"),
        claims.set_aside(
            MARKET_CAP,
            "Scraped between",
            f"the list is within about two weeks of the article either way, and its {fmt.ordinal(everything.size)} "
            f"company ({usd(all_line)}) is worth several times any Russian internet firm",
        ),
    ]
    sources = (G2000_TECH, MARKET_CAP, RUSSIAN_CAPS)
    caveats += claims.source_caveats(sources, aside)
    return claims.Claim(
        claim_id=TECH_CLAIM,
        article_value=f"{stated} Russian firms in the top {top} technology firms by market value",
        computed_value=f"largest Russian internet firm {best['company']}, valued at {usd(best['value_usd'])} "
        f"(Forbes Russia, {EDITION}), below the {usd(tech_line)} that the {fmt.ordinal(tech.size)} tech firm is worth "
        f"at least; {in_all} Russian firms in the all-sector top {everything.size}",
        verdict=claims.judge(matches, caveats),
        caveats=tuple(caveats),
        source_ids=sources,
        set_aside=tuple(aside),
    )
