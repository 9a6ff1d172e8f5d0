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

from kit import charts, claims, countries, data, fmt, style
from kit.charts import Bar, Chart
from kit.errors import SelectionError

MARKET_CAP = "companiesmarketcap_top100_2026"
G2000_TECH = "forbes_g2000_2025_tech"
AI50 = "forbes_ai50_2025"
RUSSIAN_CAPS = "russian_company_market_caps"
NOTEBOOK = "03_ai_companies"
AI_CLAIM, TECH_CLAIM = "companies-top100-ai", "companies-top100-tech"
COUNTRIES_CHART, VALUE_CHART = "ai-companies-by-country", "ai-companies-russia-market-value"  # default slugs
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


def russian_candidates() -> pd.DataFrame:
    """The largest Russian listed companies with their market value (secondary figures), whether they count as
    technology firms, and the value in US dollars."""
    frame = data.load(RUSSIAN_CAPS)
    return frame.assign(is_tech=frame["sector"].isin(TECH_SECTORS), value_usd=frame["usd_bn_as_stated"] * BILLION)


def russian_in(key: str) -> int:
    return int((companies(key)["iso3"] == FOCUS).sum())


# -- claims -------------------------------------------------------------------------------------------


def verdicts() -> list[claims.Claim]:
    """Both readings of the article's company statement, each against the lists that can test it."""
    return [_ai_reading(), _tech_reading()]


def _ai_reading() -> claims.Claim:
    article = claims.article_figures(AI_CLAIM)
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
        statement=article["statement"].iloc[0],
        article_value=f"{stated} Russian firms in the top {top} AI firms",
        computed_value=f"{found} Russian firms in the Forbes AI 50 (2025), whose {spec.size} firms are in "
        + ", ".join(f"{row.country} {row.companies}" for row in counts[counts["companies"] > 0].itertuples()),
        verdict=claims.judge(matches, caveats),
        caveats=tuple(caveats),
        source_ids=(AI50,),
        notebook=NOTEBOOK,
        charts=(COUNTRIES_CHART,),
    )


def _tech_reading() -> claims.Claim:
    article = claims.article_figures(TECH_CLAIM)
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
        statement=article["statement"].iloc[0],
        article_value=f"{stated} Russian firms in the top {top} technology firms by market value",
        computed_value=f"largest Russian tech firm {best['company']}, about {usd(best['value_usd'])}, below the "
        f"{usd(tech_line)} that the {fmt.ordinal(LISTS['tech'].size)} tech firm is worth at least; "
        f"{in_all} Russian firms in the all-sector top {LISTS['all-sector'].size}",
        verdict=claims.judge(matches, caveats),
        caveats=tuple(caveats),
        source_ids=(G2000_TECH, MARKET_CAP, RUSSIAN_CAPS),
        notebook=NOTEBOOK,
        charts=(VALUE_CHART, COUNTRIES_CHART),
    )


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


# -- charts -------------------------------------------------------------------------------------------


def _source_line(keys: Sequence[str]) -> str:
    return "Source: " + "; ".join(data.provenance(LISTS[key].resource).citation for key in keys) + "; kit analysis"


def default_countries() -> list[str]:
    """The countries with the most places over all lists (ISO3), for the default chart."""
    totals = by_country().groupby("iso3")["companies"].sum().sort_values(ascending=False, kind="stable")
    return [code for code in totals.index if code != FOCUS][:SHOWN_COUNTRIES]


def countries_chart(keys: Sequence[str] = tuple(LISTS), selection: Sequence[str] | None = None) -> Chart:
    """Places per country in each chosen list, side by side, Russia's zeros shown."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        raise SelectionError("No list chosen.", fix="choose at least one of the lists.")
    for key in keys:
        company_list(key)
    counts = by_country(keys)
    known = {code: countries.display_name(code) for code in by_country()["iso3"]}
    if selection is None:
        chosen = default_countries()
    else:
        chosen = countries.resolve_many(
            selection, known, among="the countries with a listed company", least=1, most=len(known)
        )
    rows = [code for code in chosen if code != FOCUS] + [FOCUS]
    wide = counts.pivot(index="iso3", columns="list", values="companies").reindex(rows).fillna(0).astype(int)

    def bar(code: str, key: str) -> Bar:
        subject = code == FOCUS
        return Bar(
            label=known[code],
            value=int(wide.loc[code, key]),
            colour=style.HIGHLIGHT if subject else style.NEUTRAL,
            label_colour=style.HIGHLIGHT if subject else style.TEXT,
            value_label=str(int(wide.loc[code, key])),
            bold=subject,
        )

    panels = {LISTS[key].title: [bar(code, key) for code in rows] for key in keys}
    labels = [known[code] for code in rows]
    xmax = float(max(wide.to_numpy().max(), 1)) * 1.3
    russian = {key: int(wide.loc[FOCUS, key]) for key in keys}
    if not any(russian.values()):
        title = (
            f"Not one Russian company in any of these {len(keys)} lists of the world's leading firms"
            if len(keys) > 1
            else f"Not one Russian company in the {LISTS[keys[0]].title}"
        )
    else:
        title = "Russian companies in the lists: " + ", ".join(f"{LISTS[k].title} {n}" for k, n in russian.items())

    def draw(fig, rect):
        charts.bar_grid(fig, rect, panels, xmax=xmax, mark_zeros=True)

    shown = "the countries with the most places" if selection is None else "the countries chosen"
    data_frame = pd.DataFrame(
        [
            {
                "list": key,
                "list_title": LISTS[key].title,
                "country": known[code],
                "iso3": code,
                "companies": int(wide.loc[code, key]),
            }
            for key in keys
            for code in rows
        ]
    )
    return Chart(
        slug=COUNTRIES_CHART
        + ("" if keys == list(LISTS) else "-" + "-".join(keys))
        + ("" if selection is None else "-" + "-".join(c.lower() for c in rows)),
        title=title,
        subtitle=f"Companies per country in each list: {shown}, and Russia",
        note="Countries as each list gives the headquarters. The all-sector list is not a technology list; the Forbes "
        "Global 2000 holds no Russian company at all (Russia's firms are left out of it), so its zero shows the "
        "list's scope, not a ranking; the AI 50 has 50 places and only private firms.",
        source=_source_line(keys),
        alt_text="Small multiples of bar charts, one per list, of how many companies each country has. "
        + " ".join(
            f"{LISTS[key].title}: " + ", ".join(f"{known[code]} {int(wide.loc[code, key])}" for code in rows) + "."
            for key in keys
        ),
        data=data_frame,
        wide=charts.Wide(label="country", series="list_title", value="companies"),
        body_height=lambda width: charts.bar_grid_height(width, list(panels), labels),
        draw=draw,
    )


def market_value_chart() -> Chart:
    """The largest Russian firms' market values against the cut-offs of the lists that have values."""
    candidates = russian_candidates().sort_values("value_usd", ascending=False, ignore_index=True)
    tech_line, all_line = cutoff("tech"), cutoff("all-sector")
    best = candidates[candidates["is_tech"]].iloc[0]
    bars = [
        Bar(
            label=row.company,
            value=row.value_usd / BILLION,
            colour=style.HIGHLIGHT if row.is_tech else style.NEUTRAL,
            label_colour=style.HIGHLIGHT if row.is_tech else style.TEXT,
            value_label=usd(row.value_usd) + ("" if row.is_tech else f" ({row.sector})"),
            bold=bool(row.is_tech),
        )
        for row in candidates.itertuples()
    ] + [Bar(label="", value=0)] * 4  # empty last rows for the lines' two-line labels

    def draw(fig, rect):
        xmax, ticks = charts.value_scale(bars, rect[2], least=all_line / BILLION * 1.1)
        ax = charts.ranked_bars(fig, rect, bars, xmax=xmax, ticks=ticks)
        charts.reference_line(
            ax, tech_line / BILLION, f"100th tech firm, 2025:\nat least {usd(tech_line)}", row=len(bars) - 3.5
        )
        charts.reference_line(
            ax, all_line / BILLION, f"100th company of all\nsectors, Feb 2026: {usd(all_line)}", row=len(bars) - 1.5
        )

    data_frame = pd.concat(
        [
            candidates[["company", "sector", "value_usd"]].assign(kind="Russian company (secondary, undated)"),
            pd.DataFrame(
                {
                    "company": ["100th tech firm, Forbes Global 2000 (2025)", "100th company, all sectors (Feb 2026)"],
                    "sector": ["technology", "all"],
                    "value_usd": [tech_line, all_line],
                    "kind": ["cut-off (lower bound)", "cut-off"],
                }
            ),
        ],
        ignore_index=True,
    )
    return Chart(
        slug=VALUE_CHART,
        title=f"Russia's largest tech firm, {best['company']}, is worth about {usd(best['value_usd'])}: below what "
        "the world's 100th tech firm is worth",
        subtitle="Market value, billion US dollars. Red: Russian internet, technology and e-commerce firms; grey: "
        "a bank. Dashed: the value of the last place in two lists",
        note="Russian values as quoted, undated, from market-data sites in a forum comment. The 100th technology firm "
        "of the Forbes Global 2000 is a lower bound for a top-100 tech list: firms outside the Global 2000 can only "
        "raise it.",
        source=_source_line(["tech", "all-sector"]).replace("; kit analysis", "")
        + f"; {data.provenance(RUSSIAN_CAPS).citation}; kit analysis",
        alt_text="Horizontal bar chart of Russian companies' market values: "
        + ", ".join(f"{row.company} {usd(row.value_usd)}" for row in candidates.itertuples())
        + f". Dashed lines at {usd(tech_line)}, the 100th tech firm of the Forbes Global 2000 in 2025, and at "
        f"{usd(all_line)}, the 100th company of all sectors in February 2026.",
        data=data_frame,
        body_height=lambda width: charts.bars_height(len(bars)),
        draw=draw,
    )


def country_options() -> list[tuple[str, str]]:
    """(name, ISO3) choices for the widget: every country with a listed company, most places first."""
    totals = by_country().groupby("iso3")["companies"].sum().sort_values(ascending=False, kind="stable")
    return [(countries.display_name(code), code) for code in totals.index if code != FOCUS]
