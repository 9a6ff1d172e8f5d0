"""The world's top 100 AI (or technology) firms: which lists exist, how many Russian firms they hold, and how far
the largest Russian firms are from each list's cut-off.

The article names no list. UNITED24 speaks of AI firms; other outlets' reports of the same Times article (UNN,
TSN) speak of the top 100 technology firms by market capitalisation: the kit checks both, the second attributed
to those outlets. The nearest lists it has are the all-sector top 100 by market value (February 2026), the
technology firms of the Forbes Global 2000 (2025) and the Forbes AI 50 (2025); each can show some things and not
others (`CompanyList.shows`, `.cannot_show`), and a list that leaves a country's firms out by its own rules
(`CompanyList.excludes`) says nothing about them. The largest Russian internet firms' values come from Forbes
Russia's 2026 ranking.

Computations return facts: counts, values and message ids with their arguments (`kit.words`), rendered in each
language where a chart or a claims file is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from kit import articles, claims, countries, data, fmt, i18n, translations, words
from kit.errors import SelectionError, StoryError
from kit.i18n import t

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
OUTLETS = {  # the outlets that worded the tech reading, as readers of each language know them (text ids)
    "UNN (Ukrainian National News)": "companies-outlet-unn",
    "TSN": "companies-outlet-tsn",
}


@dataclass(frozen=True)
class CompanyList:
    """One published list, read the same way: rank, company, country, value; `excludes`: the countries (ISO3)
    whose firms the list leaves out by its own rules, so it cannot hold one (shown as not eligible, never as a
    zero)."""

    key: str
    resource: str
    size: int  # places the list has (the top `size` rows of the resource)
    rank: str | None  # rank column (None: the list is not ranked)
    company: str
    country: str
    value: str | None  # market value in US dollars (None: the list gives none)
    excludes: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        """The list's name (`companies-list-<key>`)."""
        return t(f"companies-list-{self.key}")

    @property
    def shows(self) -> str:
        """What the list can show about Russian firms, in our words."""
        return t(f"companies-list-{self.key}-shows")

    @property
    def cannot_show(self) -> str:
        """What it cannot."""
        return t(f"companies-list-{self.key}-cannot-show")

    def admits(self, iso3: str) -> bool:
        """Whether a firm of this country could be in the list at all."""
        return iso3 not in self.excludes


LISTS = {
    "all-sector": CompanyList(
        "all-sector",
        MARKET_CAP,
        100,
        "rank",
        "name_and_ticker_raw",
        "country_as_listed",
        "market_cap_usd",
    ),
    "tech": CompanyList(
        "tech",
        G2000_TECH,
        100,
        "tech_rank_by_market_value",
        "company",
        "headquarters",
        "market_value_usd",
        excludes=(FOCUS,),  # Forbes leaves Russian firms out of the Global 2000 (see its source caveats)
    ),
    "ai50": CompanyList(
        "ai50",
        AI50,
        50,
        None,
        "company",
        "hq_country",
        None,
    ),
}


def company_list(key: str) -> CompanyList:
    if key not in LISTS:
        raise SelectionError(f"{key!r} is not one of the story's company lists.", fix=f"use one of {list(LISTS)}.")
    return LISTS[key]


# -- data ---------------------------------------------------------------------------------------------


def companies(key: str) -> pd.DataFrame:
    """A list's companies, in its order: rank, company, country, iso3 and market value (US dollars, or empty).
    A list that holds a firm of a country it excludes is an error: its exclusion is wrong, or the data."""
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
    excluded = frame[frame["iso3"].isin(spec.excludes)]
    if len(excluded):
        raise StoryError(
            f"The list {key!r} is declared to leave out firms of {', '.join(spec.excludes)}, but holds "
            f"{excluded['company'].iloc[0]!r} ({excluded['iso3'].iloc[0]}).",
            where=f"kit/stories/ai_companies/compute.py, LISTS[{key!r}]",
            fix="check the list's rules and its data; drop the country from `excludes` if the list admits it.",
        )
    return frame


def russian_candidates() -> pd.DataFrame:
    """The largest Russian internet firms of Forbes Russia's ranking (the places its reports give), largest first,
    with their value in US dollars; internet firms count as technology firms (`is_tech`)."""
    frame = data.load(RUSSIAN_CAPS)
    frame["company"] = frame["company"].map(translations.column(RUSSIAN_CAPS, "company"))  # as readers know it (Яндекс)
    frame = frame[frame["edition"] == EDITION].sort_values("rank", ignore_index=True)
    return frame.assign(sector="internet", is_tech=True, value_usd=frame["value_usd_bn"] * BILLION)


# -- the statistic ------------------------------------------------------------------------------------


def cutoff(key: str) -> float | None:
    """Market value of the list's last place (None for a list without values)."""
    frame = companies(key)
    return None if frame["value_usd"].isna().all() else float(frame["value_usd"].iloc[-1])


def by_country(keys: Sequence[str] = tuple(LISTS)) -> pd.DataFrame:
    """Places per country in each list (one row per list and country), with Russia's zero where it has none;
    `eligible` is False where the list leaves the country's firms out by its own rules."""
    rows = []
    for key in keys:
        counts = companies(key).groupby("iso3").size()
        if FOCUS not in counts:
            counts[FOCUS] = 0
        rows += [
            {"list": key, "iso3": iso3, "companies": int(n), "eligible": LISTS[key].admits(iso3)}
            for iso3, n in counts.items()
        ]
    frame = pd.DataFrame(rows)
    frame["country"] = [countries.display_name(code) for code in frame["iso3"]]
    return frame[["list", "country", "iso3", "companies", "eligible"]]


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
    """A market value in billions of dollars, whatever its size (one money style): '$17bn', '$24.3bn', '$0.4bn'
    ('24,3 млрд $')."""
    return t("companies-usd", amount=fmt.trimmed(value / BILLION, 1))


def outlet(name: str) -> str:
    """An outlet as readers of each language know it ('UNN (Ukrainian National News)'; 'УНН')."""
    return t(OUTLETS[name]) if name in OUTLETS else name


def tidy() -> pd.DataFrame:
    """The story's tidy dataset: every listed company with its rank and value, places per country per list, and
    the Russian candidates' market values."""
    parts = []
    for key, spec in LISTS.items():
        frame = companies(key)
        title = i18n.message(f"companies-list-{key}", {}, i18n.SOURCE)  # the tidy data is in English
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
                        "measure": f"{measure}, {title}",
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
                    "entity": [str.__str__(name) for name in counts["country"]],
                    "entity_type": "country",
                    "iso3": counts["iso3"],
                    "measure": f"companies in the list, {title}",
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
                "entity": [str.__str__(name) for name in candidates["company"]],
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
        t("companies-ai-caveat-nearest", top=top, shows=spec.shows, cannot=spec.cannot_show),
        t("companies-ai-caveat-unnamed"),
        t("companies-ai-caveat-others", outlets=fmt.names([outlet(name) for name in others]), top=top),
    ]
    aside = [claims.set_aside(AI50, "50 privately held companies", "companies-ai-aside-private")]
    caveats += claims.source_caveats([AI50], aside)
    counts = by_country(["ai50"]).sort_values("companies", ascending=False, kind="stable")
    return claims.Claim(
        claim_id=AI_CLAIM,
        article_value=t("companies-ai-article-value", stated=stated, top=top),
        computed_value=t(
            "companies-ai-computed",
            found=found,
            size=spec.size,
            countries=words.join(
                (
                    t("companies-country-count", country=row.country, count=fmt.count(row.companies))
                    for row in counts[counts["companies"] > 0].itertuples()
                ),
                ", ",
            ),
        ),
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
    everything, tech = LISTS["all-sector"], LISTS["tech"]
    caveats = [
        t(
            "companies-tech-caveat-lists",
            top=top,
            size=everything.size,
            in_all=in_all,
            all=usd(all_line),
            shows=tech.shows,
            tech=usd(tech_line),
        ),
        t(
            "companies-tech-caveat-best",
            company=best["company"],
            edition=str(EDITION),
            date=fmt.date(best["report_date"]),
            value=usd(best["value_usd"]),
            percent=fmt.percentage(fmt.number(100 * (tech_line / best["value_usd"] - 1))),
        ),
    ]
    restated = "companies-tech-aside-restated"
    aside = [
        claims.set_aside(G2000_TECH, "holds no Russian company at all", restated),
        claims.set_aside(G2000_TECH, "lower bound for the cut-off", restated),
        claims.set_aside(MARKET_CAP, "All sectors, not technology firms", restated),
        claims.set_aside(
            MARKET_CAP,
            "Scraped between",
            "companies-tech-aside-scraped", place=fmt.ordinal(everything.size), value=usd(all_line),
        ),
    ]
    sources = (G2000_TECH, MARKET_CAP, RUSSIAN_CAPS)
    caveats += claims.source_caveats(sources, aside)
    return claims.Claim(
        claim_id=TECH_CLAIM,
        article_value=t("companies-tech-article-value", stated=stated, top=top),
        computed_value=t(
            "companies-tech-computed",
            company=best["company"],
            value=usd(best["value_usd"]),
            edition=str(EDITION),
            tech=usd(tech_line),
            place=fmt.ordinal(tech.size),
            in_all=in_all,
            size=everything.size,
        ),
        verdict=claims.judge(matches, caveats),
        caveats=tuple(caveats),
        source_ids=sources,
        set_aside=tuple(aside),
    )
