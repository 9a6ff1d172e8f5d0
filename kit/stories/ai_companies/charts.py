"""The company lists' charts: places per country in each list with Russia's zeros, and the largest Russian firms'
market values against the lists' cut-offs."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from kit import charts, countries, data, style
from kit.charts import Bar, Chart
from kit.errors import SelectionError
from kit.stories.ai_companies import compute
from kit.stories.ai_companies.compute import BILLION, FOCUS, LISTS, RUSSIAN_CAPS, usd

BY_COUNTRY, MARKET_VALUE = "ai-companies-by-country", "ai-companies-russia-market-value"  # default slugs


def _source_line(keys: Sequence[str]) -> str:
    return "Source: " + "; ".join(data.provenance(LISTS[key].resource).citation for key in keys) + "; kit analysis"


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
        slug=BY_COUNTRY
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
    candidates = compute.russian_candidates().sort_values("value_usd", ascending=False, ignore_index=True)
    tech_line, all_line = compute.cutoff("tech"), compute.cutoff("all-sector")
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
            candidates[["company", "sector", "value_usd"]].assign(kind=f"Russian company (Forbes Russia, {compute.EDITION})"),
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
        slug=MARKET_VALUE,
        title=f"Russia's largest internet firm, {best['company']}, is worth about {usd(best['value_usd'])}: below what "
        "the world's 100th tech firm is worth",
        subtitle="Value, billion US dollars. Red: Russia's most valuable internet firms. Dashed: the value of the "
        "last place in two lists",
        note=f"Russian values: Forbes Russia's {compute.EDITION} ranking of internet companies (market data and "
        f"analysts' estimates), reported {best['report_date']}. The 100th technology firm of the Forbes Global 2000 "
        "is a lower bound for a top-100 tech list: firms outside the Global 2000 can only raise it.",
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
