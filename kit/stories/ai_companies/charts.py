"""The company lists' charts: places per country in each list with Russia's zeros, and the largest Russian firms'
market values against the lists' cut-offs."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from kit import charts, countries, fmt, style
from kit.charts import Bar, Chart
from kit.errors import SelectionError
from kit.i18n import t
from kit.stories.ai_companies import compute
from kit.stories.ai_companies.compute import BILLION, FOCUS, LISTS, RUSSIAN_CAPS

BY_COUNTRY, MARKET_VALUE = "ai-companies-by-country", "ai-companies-russia-market-value"  # default slugs
ORIGINATORS = {"all-sector": "companiesmarketcap.com (2026)", "tech": "Forbes Global 2000 (2025)",
               "ai50": "Forbes AI 50 (2025)"}
RUSSIAN_VALUES = "Forbes Russia (2026)"


def _source(keys: Sequence[str]) -> str:
    return t("chart-sources" if len(keys) > 1 else "chart-source") + " " + "; ".join(ORIGINATORS[key] for key in keys)


def panel_title(key: str) -> str:
    """A list's short title, where panels are narrow."""
    return t(f"companies-panel-{key}")


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
            value_label=fmt.count(int(wide.loc[code, key])),
        )

    panels = {panel_title(key): [bar(code, key) for code in rows] for key in keys}
    russian = {key: int(wide.loc[FOCUS, key]) for key in keys}
    if not any(russian.values()):
        title = t("companies-countries-title-none", lists=len(keys), list=panel_title(keys[0]))
    else:
        title = t(
            "companies-countries-title-some",
            counts=", ".join(f"{panel_title(k)} {fmt.count(n)}" for k, n in russian.items()),
        )
    shown = t("companies-countries-shown-most" if selection is None else "companies-countries-shown-chosen")
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
        subtitle=t("companies-countries-subtitle", shown=shown),
        note=t("companies-countries-note"),
        source=_source(keys),
        alt_text=t(
            "companies-countries-alt",
            counts=" / ".join(fmt.count(n) for n in russian.values()),
            lists=fmt.names([panel_title(k) for k in keys]),
            leader=known[leaders.index[0]],
        ),
        description=t(
            "companies-countries-description",
            lists=" ".join(
                f"{LISTS[key].title}: "
                + ", ".join(f"{known[code]} {fmt.count(int(wide.loc[code, key]))}" for code in rows)
                + "."
                for key in keys
            ),
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
            (tech_line / BILLION, t("companies-value-line-tech", value=fmt.money(tech_line)), len(bars) - 3.5),
            (all_line / BILLION, t("companies-value-line-all", value=fmt.money(all_line)), len(bars) - 1.5),
        ])

    data_frame = pd.concat(
        [
            candidates[["company", "value_usd", "sector"]].assign(
                kind=t("companies-value-kind-russian", edition=str(compute.EDITION))
            ),
            pd.DataFrame(
                {
                    "company": [t("companies-value-row-tech"), t("companies-value-row-all")],
                    "value_usd": [tech_line, all_line],
                    "sector": ["technology", "all"],
                    "kind": [t("companies-value-kind-lower-bound"), t("companies-value-kind-cutoff")],
                }
            ),
        ],
        ignore_index=True,
    )
    return Chart(
        slug=MARKET_VALUE,
        title=t("companies-value-title", company=best["company"], value=fmt.money(best["value_usd"])),
        subtitle=t("companies-value-subtitle", edition=str(compute.EDITION)),
        note=t("companies-value-note", date=best["report_date"]),
        source=f"{t('chart-sources')} {ORIGINATORS['tech']}; {ORIGINATORS['all-sector']}; {RUSSIAN_VALUES}",
        alt_text=t(
            "companies-value-alt",
            company=best["company"],
            value=fmt.money(best["value_usd"]),
            edition=str(compute.EDITION),
            tech=fmt.money(tech_line),
            all=fmt.money(all_line),
        ),
        description=t(
            "companies-value-description",
            edition=str(compute.EDITION),
            reporter=best["reported_by"],
            date=best["report_date"],
            values=", ".join(f"{row.company} {fmt.money(row.value_usd)}" for row in candidates.itertuples()),
            tech=fmt.money(tech_line),
            all=fmt.money(all_line),
        ),
        sources=(LISTS["tech"].resource, LISTS["all-sector"].resource, RUSSIAN_CAPS),
        data=data_frame,
        wide=charts.Wide(label="company", values=("value_usd", "kind")),
        body_height=lambda width: charts.bars_height(len(bars), width),
        draw=draw,
    )
