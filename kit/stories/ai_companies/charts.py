"""The company lists' charts: places per country in each list with Russia's zeros (and where a list leaves Russian
firms out, Russia shown as not eligible), and Russia's most valuable internet firms against the world's 100th
tech firm.

Every text is computed here, with the chart, as facts rendered in each language where the chart is written."""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from kit import charts, countries, fmt, style, words
from kit.charts import Bar, Chart
from kit.errors import SelectionError
from kit.i18n import t
from kit.stories.ai_companies import compute
from kit.stories.ai_companies.compute import BILLION, FOCUS, LISTS, RUSSIAN_CAPS

BY_COUNTRY, MARKET_VALUE = "ai-companies-by-country", "ai-companies-russia-market-value"  # default slugs
ORIGINATORS = {"all-sector": "companiesmarketcap.com (2026)", "tech": "Forbes Global 2000 (2025)",
               "ai50": "Forbes AI 50 (2025)"}
RUSSIAN_VALUES = "Forbes Russia (2026)"


def _source(names: Sequence[str]) -> str:
    return words.join([t("chart-sources" if len(names) > 1 else "chart-source"), " ", words.join(names, "; ")])


def panel_title(key: str) -> str:
    """A list's short title, where panels are narrow."""
    return t(f"companies-panel-{key}")


def countries_chart(keys: Sequence[str] = tuple(LISTS), selection: Sequence[str] | None = None) -> Chart:
    """Places per country in each chosen list, side by side: Russia's zeros shown, and Russia shown as not eligible
    in a list that leaves Russian firms out by its own rules (its zero would say nothing)."""
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
    open_to = [key for key in keys if LISTS[key].admits(FOCUS)]
    closed = [key for key in keys if not LISTS[key].admits(FOCUS)]
    not_eligible = t("companies-countries-not-eligible")

    def bar(code: str, key: str) -> Bar:
        role = style.SUBJECT if code == FOCUS else style.CONTEXT_ROLE
        if not LISTS[key].admits(code):
            return Bar(label=known[code], value=0, role=role, value_label=not_eligible, missing=True)
        return Bar(label=known[code], value=int(wide.loc[code, key]), role=role,
                   value_label=fmt.count(int(wide.loc[code, key])))

    panels = {panel_title(key): [bar(code, key) for code in rows] for key in keys}
    russian = {key: int(wide.loc[FOCUS, key]) for key in open_to}
    if not open_to:
        title = t("companies-countries-title-closed", list=panel_title(closed[0]))
    elif not any(russian.values()):
        title = t("companies-countries-title-none", lists=len(open_to), list=panel_title(open_to[0]),
                  closed=len(closed))
    else:
        title = t(
            "companies-countries-title-some",
            counts=words.join((words.join([panel_title(k), " ", fmt.count(n)]) for k, n in russian.items()), ", "),
        )
    shown = t("companies-countries-shown-most" if selection is None else "companies-countries-shown-chosen")
    data_frame = pd.DataFrame(
        [
            {
                "country": known[code],
                "list_title": LISTS[key].title,
                "companies": float(wide.loc[code, key]) if LISTS[key].admits(code) else float("nan"),
                "remark": "" if LISTS[key].admits(code) else not_eligible,
                "list": key,
                "iso3": code,
            }
            for key in keys
            for code in rows
        ]
    )
    leaders = wide.drop(index=FOCUS).sum(axis=1).sort_values(ascending=False, kind="stable")
    note = [t("companies-countries-note")]
    if "all-sector" in keys:
        note.append(t("companies-countries-note-all-sector"))
    note += [t(f"companies-countries-note-closed-{key}") for key in closed]
    alt = [
        t(
            "companies-countries-alt",
            none=int(not any(russian.values())),
            count=len(open_to),
            counts=words.join([fmt.count(n) for n in russian.values()], " / "),
            lists=words.join([LISTS[k].title for k in open_to], "; "),  # full names: they hold commas
            leader=known[leaders.index[0]],
        )
        if open_to
        else t("companies-countries-alt-leader", leader=known[leaders.index[0]])
    ]
    alt += [t(f"companies-countries-note-closed-{key}") for key in closed]

    def places(key: str) -> str:
        return words.join(
            (
                t("companies-country-count", country=known[code], count=fmt.count(int(wide.loc[code, key])))
                if LISTS[key].admits(code)
                else t("companies-country-not-eligible", country=known[code])
                for code in rows
            ),
            ", ",
        )

    return Chart(
        slug=BY_COUNTRY
        + ("" if keys == list(LISTS) else "-" + "-".join(keys))
        + ("" if selection is None else "-" + "-".join(c.lower() for c in rows)),
        title=title,
        subtitle=t("companies-countries-subtitle", shown=shown),
        note=words.join(note, " "),
        source=_source([ORIGINATORS[key] for key in keys]),
        alt_text=words.join(alt, " "),
        description=t(
            "companies-countries-description",
            lists=words.join(
                (t("companies-countries-description-list", list=LISTS[key].title, places=places(key)) for key in keys),
                " ",
            ),
        ),
        sources=tuple(LISTS[key].resource for key in keys),
        data=data_frame,
        wide=charts.Wide(
            label="country", series="list_title", value="companies", names={"country": t("companies-header-country")}
        ),
        body_height=lambda width: charts.bar_grid_height(width, list(panels), next(iter(panels.values()))),
        draw=lambda fig, rect: charts.bar_grid(fig, rect, panels, least=1),
    )


def market_value_chart() -> Chart:
    """Russia's most valuable internet firms (Forbes Russia's dated ranking) beside the world's 100th tech firm of
    the Forbes Global 2000 (a lower bound for any top-100 tech list), one bar each, all in $bn; the largest Russian
    firm, the one the finding names, in the highlight."""
    candidates = compute.russian_candidates().sort_values("value_usd", ascending=False, ignore_index=True)
    tech_line = compute.cutoff("tech")
    best = candidates[candidates["is_tech"]].iloc[0]
    russian_kind = t("companies-value-kind-russian", edition=str(compute.EDITION))
    rows = [
        {"label": row.company, "value_usd": row.value_usd, "kind": russian_kind,
         "role": style.SUBJECT if row.company == best["company"] else style.CONTEXT_ROLE}
        for row in candidates.itertuples()
    ] + [
        {"label": t("companies-value-row-tech"), "value_usd": tech_line, "kind": t("companies-value-kind-lower-bound"),
         "role": style.NAMED}
    ]
    rows.sort(key=lambda row: -row["value_usd"])
    bars = [
        Bar(label=row["label"], value=row["value_usd"] / BILLION, role=row["role"],
            value_label=compute.usd(row["value_usd"]))
        for row in rows
    ]
    axis = charts.value_axis(bars)  # one axis for every language, its tick labels written in each

    def draw(fig, rect):
        xmax, ticks, tick_labels = axis(rect[2])
        charts.ranked_bars(fig, rect, bars, xmax=xmax, ticks=ticks, tick_labels=tick_labels)

    data_frame = pd.DataFrame(
        {
            "label": [row["label"] for row in rows],
            "value_usd_bn": [row["value_usd"] / BILLION for row in rows],
            "kind": [row["kind"] for row in rows],
        }
    )
    reported = fmt.date(best["report_date"])
    return Chart(
        slug=MARKET_VALUE,
        title=t("companies-value-title", company=best["company"], value=compute.usd(best["value_usd"])),
        subtitle=t("companies-value-subtitle", edition=str(compute.EDITION)),
        note=t("companies-value-note", date=reported),
        source=_source([ORIGINATORS["tech"], RUSSIAN_VALUES]),
        alt_text=t(
            "companies-value-alt",
            company=best["company"],
            value=compute.usd(best["value_usd"]),
            edition=str(compute.EDITION),
            tech=compute.usd(tech_line),
        ),
        description=t(
            "companies-value-description",
            edition=str(compute.EDITION),
            reporter=best["reported_by"],
            date=reported,
            values=words.join(
                (words.join([row.company, " ", compute.usd(row.value_usd)]) for row in candidates.itertuples()), ", "
            ),
            tech=compute.usd(tech_line),
        ),
        sources=(LISTS["tech"].resource, RUSSIAN_CAPS),
        data=data_frame,
        wide=charts.Wide(
            label="label",
            values=("value_usd_bn", "kind"),
            names={
                "label": t("companies-value-header-company"),
                "value_usd_bn": t("companies-value-header-value"),
                "kind": t("companies-value-header-kind"),
            },
            places={"value_usd_bn": 1},
        ),
        body_height=lambda width: charts.bars_height(len(bars), width),
        draw=draw,
    )
