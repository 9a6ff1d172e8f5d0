"""The company lists' charts: places per country in each list with Russia's zeros, and the largest Russian firms'
market values against the lists' cut-offs."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from kit import charts, countries, fmt, style
from kit.charts import Bar, Chart
from kit.errors import SelectionError
from kit.stories.ai_companies import compute
from kit.stories.ai_companies.compute import BILLION, FOCUS, LISTS, RUSSIAN_CAPS

BY_COUNTRY, MARKET_VALUE = "ai-companies-by-country", "ai-companies-russia-market-value"  # default slugs
PANEL_TITLES = {  # short titles where panels are narrow
    "all-sector": "Top 100 of all sectors by value, Feb 2026",
    "tech": "Top 100 tech firms of the Forbes Global 2000, 2025",
    "ai50": "Forbes AI 50, 2025 (private firms)",
}
ORIGINATORS = {"all-sector": "companiesmarketcap.com (2026)", "tech": "Forbes Global 2000 (2025)",
               "ai50": "Forbes AI 50 (2025)"}
RUSSIAN_VALUES = "Forbes Russia (2026)"


def _source(keys: Sequence[str]) -> str:
    return ("Sources: " if len(keys) > 1 else "Source: ") + "; ".join(ORIGINATORS[key] for key in keys)


def countries_chart(keys: Sequence[str] = tuple(LISTS), selection: Sequence[str] | None = None) -> Chart:
    """Places per country in each chosen list, side by side, Russia's zeros shown."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        raise SelectionError("No list chosen.", fix="choose at least one of the lists.")
    for key in keys:
        compute.company_list(key)
    counts = compute.by_country(keys)
    known = {code: countries.display_name(code) for code in compute.by_country()["iso3"]}
    if selection is None:
        chosen = compute.default_countries()
    else:
        chosen = countries.resolve_many(
            selection, known, among="the countries with a listed company", least=1, most=len(known)
        )
    rows = [code for code in chosen if code != FOCUS] + [FOCUS]
    wide = counts.pivot(index="iso3", columns="list", values="companies").reindex(rows).fillna(0).astype(int)

    def bar(code: str, key: str) -> Bar:
        return Bar(
            label=known[code],
            value=int(wide.loc[code, key]),
            role=style.SUBJECT if code == FOCUS else style.CONTEXT_ROLE,
            value_label=str(int(wide.loc[code, key])),
        )

    panels = {PANEL_TITLES[key]: [bar(code, key) for code in rows] for key in keys}
    russian = {key: int(wide.loc[FOCUS, key]) for key in keys}
    if not any(russian.values()):
        title = (
            f"No Russian company in any of these {len(keys)} lists of leading firms"
            if len(keys) > 1
            else f"No Russian company in the {PANEL_TITLES[keys[0]]}"
        )
    else:
        title = "Russian companies in the lists: " + ", ".join(f"{PANEL_TITLES[k]} {n}" for k, n in russian.items())
    shown = "the countries with the most places" if selection is None else "the countries chosen"
    data_frame = pd.DataFrame(
        [
            {"country": known[code], "list_title": LISTS[key].title, "companies": int(wide.loc[code, key]),
             "list": key, "iso3": code}
            for key in keys
            for code in rows
        ]
    )
    leaders = wide.drop(index=FOCUS).sum(axis=1).sort_values(ascending=False)
    return Chart(
        slug=BY_COUNTRY
        + ("" if keys == list(LISTS) else "-" + "-".join(keys))
        + ("" if selection is None else "-" + "-".join(c.lower() for c in rows)),
        title=title,
        subtitle=f"Companies per country in each list: {shown}, and Russia",
        note="Headquarters as each list gives them. The all-sector list is not a tech list; the Forbes Global 2000 "
        "leaves out Russian firms, so its zero shows its scope.",
        source=_source(keys),
        alt_text=f"Russia has {' / '.join(str(n) for n in russian.values())} companies in the "
        f"{fmt.names([PANEL_TITLES[k] for k in keys])}; {known[leaders.index[0]]} has the most places.",
        description="Companies per country. "
        + " ".join(
            f"{LISTS[key].title}: " + ", ".join(f"{known[code]} {int(wide.loc[code, key])}" for code in rows) + "."
            for key in keys
        ),
        sources=tuple(LISTS[key].resource for key in keys),
        data=data_frame,
        wide=charts.Wide(label="country", series="list_title", value="companies"),
        body_height=lambda width: charts.bar_grid_height(width, list(panels), next(iter(panels.values()))),
        draw=lambda fig, rect: charts.bar_grid(fig, rect, panels, least=1),
    )


def market_value_chart() -> Chart:
    """Russia's most valuable internet firms (Forbes Russia's dated ranking) against the cut-offs of two lists."""
    candidates = compute.russian_candidates().sort_values("value_usd", ascending=False, ignore_index=True)
    tech_line, all_line = compute.cutoff("tech"), compute.cutoff("all-sector")
    best = candidates[candidates["is_tech"]].iloc[0]
    bars = [
        Bar(
            label=row.company,
            value=row.value_usd / BILLION,
            role=style.SUBJECT if row.is_tech else style.CONTEXT_ROLE,
            value_label=fmt.money(row.value_usd) + ("" if row.is_tech else f" ({row.sector})"),
        )
        for row in candidates.itertuples()
    ] + [Bar(label="", value=0)] * 4  # free rows for the lines' labels

    def draw(fig, rect):
        xmax, ticks = charts.value_scale(bars, rect[2], least=all_line / BILLION * 1.1)
        ax = charts.ranked_bars(fig, rect, bars, xmax=xmax, ticks=ticks)
        charts.reference_lines(ax, [
            (tech_line / BILLION, f"100th tech firm, 2025: at least {fmt.money(tech_line)}", len(bars) - 3.5),
            (all_line / BILLION, f"100th firm of all sectors, Feb 2026: {fmt.money(all_line)}", len(bars) - 1.5),
        ])

    data_frame = pd.concat(
        [
            candidates[["company", "value_usd", "sector"]].assign(kind=f"Russian company (Forbes Russia, {compute.EDITION})"),
            pd.DataFrame(
                {
                    "company": ["100th tech firm, Forbes Global 2000 (2025)", "100th company, all sectors (Feb 2026)"],
                    "value_usd": [tech_line, all_line],
                    "sector": ["technology", "all"],
                    "kind": ["cut-off (lower bound)", "cut-off"],
                }
            ),
        ],
        ignore_index=True,
    )
    return Chart(
        slug=MARKET_VALUE,
        title=f"{best['company']}, valued at {fmt.money(best['value_usd'])}, is below the world's 100th tech firm",
        subtitle=f"Market value, $bn: Russia's most valuable internet firms (Forbes Russia, {compute.EDITION}). "
        "Dashed: the last place in two top-100 lists",
        note=f"Russian values: Forbes Russia's ranking of internet firms (market data and analysts' estimates), as "
        f"reported on {best['report_date']}. The 100th tech firm of the Forbes Global 2000 is a lower bound.",
        source=f"Sources: {ORIGINATORS['tech']}; {ORIGINATORS['all-sector']}; {RUSSIAN_VALUES}",
        alt_text=f"Russia's most valuable internet firm, {best['company']}, valued at {fmt.money(best['value_usd'])} "
        f"by Forbes Russia in {compute.EDITION}, is below the {fmt.money(tech_line)} of the world's 100th tech firm "
        f"in 2025 and far below the {fmt.money(all_line)} of the 100th firm of all sectors.",
        description=f"Forbes Russia's {compute.EDITION} ranking of Russian internet companies, as reported by "
        f"{best['reported_by']} on {best['report_date']}: "
        + ", ".join(f"{row.company} {fmt.money(row.value_usd)}" for row in candidates.itertuples())
        + f". The 100th technology firm of the Forbes Global 2000 (2025) is worth {fmt.money(tech_line)}, a lower "
        "bound for a top-100 tech list (firms outside the Global 2000 can only raise it); the 100th company of all "
        f"sectors in February 2026, {fmt.money(all_line)}.",
        sources=(LISTS["tech"].resource, LISTS["all-sector"].resource, RUSSIAN_CAPS),
        data=data_frame,
        wide=charts.Wide(label="company", values=("value_usd", "kind")),
        body_height=lambda width: charts.bars_height(len(bars), width),
        draw=draw,
    )
