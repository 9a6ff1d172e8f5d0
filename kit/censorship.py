"""Roskomnadzor's AI-filter budget and the growth of blocked circumvention-tool content.

The budget is a rouble figure in a plan; the article's dollar figure is a conversion, which the kit redoes at
each official rate of the week it was reported. The 1,235% growth is Roskomnadzor's figure for materials about
circumvention tools removed on platforms; the 2024 bases of the categories were not published and are derived.
Everything here is a pure function of the catalogued data.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from kit import charts, claims, data, fmt, style
from kit.charts import Chart, Dot, Point
from kit.errors import SelectionError

BUDGET = "rkn_ai_filter_budget_2026"
RATES = "cbr_usd_rub_2026_01"
STATED_USD = "ukraine_budget_usd_statements"
CATEGORIES = "rkn_blocked_materials_2025"
VPN_SERVICES = "rkn_vpn_services_blocked"
BLOCKING = "rkn_blocking_series"
NOTEBOOK = "06_censorship"
BUDGET_CLAIM, GROWTH_CLAIM = "rkn-ai-budget", "vpn-bans-growth"
CIRCUMVENTION, TOTAL = "circumvention-tools", "total"
STOCK = "blocked at the date"  # the VPN rows that form a series
MONTHS = 12


# -- the budget ---------------------------------------------------------------------------------------


def budget() -> pd.Series:
    """The planned rouble amount, with its year and report date."""
    return data.load(BUDGET).iloc[0]


def conversions() -> pd.DataFrame:
    """The budget in US dollars at each official rate of the week (derived), oldest rate first."""
    rates = data.load(RATES).sort_values("effective_date", ignore_index=True)
    return rates.assign(usd=budget()["value"] / rates["rub_per_usd"])[
        ["effective_date", "rub_per_usd", "usd", "reported_by"]
    ]


def budget_chart() -> Chart:
    """The budget converted at each rate of the week, beside the dollar figures stated, and the article's line."""
    article = claims.article_figures(BUDGET_CLAIM)
    stated = float(article.loc["budget_usd", "value"])
    converted = conversions()
    statements = data.load(STATED_USD)
    rub = budget()["value"]
    dots = [
        Dot(
            label=f"{pd.Timestamp(row.effective_date):%d %b}: {row.rub_per_usd:.2f} roubles",
            low=row.usd,
            high=row.usd,
            colour=style.HIGHLIGHT,
            label_colour=style.TEXT,
            value_label=_millions(row.usd),
            hollow=True,
        )
        for row in converted.itertuples()
    ] + [
        Dot(
            label=f"stated: {row.speaker.split(' (')[0]}",
            low=row.value,
            high=row.value,
            colour=style.NAMED,
            label_colour=style.MUTED,
            value_label=("over " if row.qualifier == "more than" else "") + _millions(row.value, stated=True),
        )
        for row in statements.itertuples()
    ]
    low, high = converted["usd"].min(), converted["usd"].max()
    holds = all(claims.fits(article.loc["budget_usd", "qualifier"], stated, usd) for usd in converted["usd"])
    title = f"At every official rate of that week, {rub / 1e9:.2f} billion roubles is " + (
        f"over ${stated / 1e6:g} million" if holds else f"${low / 1e6:.2f}-{high / 1e6:.2f} million"
    )
    ticks = [28.5e6, 29e6, 29.5e6, 30e6]
    data_frame = pd.concat(
        [
            converted.assign(kind="derived: budget divided by the rate", speaker="kit"),
            statements.rename(columns={"value": "usd"}).assign(kind="stated")[["speaker", "usd", "kind"]],
        ],
        ignore_index=True,
    )
    return Chart(
        slug="rkn-ai-budget-in-dollars",
        title=title,
        subtitle=f"Roskomnadzor's planned {budget()['year']} budget for machine-learning traffic filtering, "
        "in millions of US dollars",
        note=f"Open red markers: {rub / 1e9:.2f} billion roubles divided by the Bank of Russia's official rate of "
        f"each day (derived by the kit). Grey: dollar figures as two Ukrainian bodies stated them, without a rate. "
        "A plan, not spending. The axis does not start at zero.",
        source=f"Source: {data.provenance(BUDGET).citation}; {data.provenance(RATES).citation}; "
        f"{data.provenance(STATED_USD).citation}; kit analysis",
        alt_text=f"Dot chart: {rub / 1e9:.2f} billion roubles converted at four official rates, "
        + "; ".join(f"{d.label}: {d.value_label}" for d in dots)
        + f". A dashed line marks the article's figure of over {_millions(stated, stated=True)}.",
        data=data_frame,
        body_height=lambda width: charts.dots_height([d.label for d in dots], width, reference=True),
        draw=lambda fig, rect: charts.dot_rows(
            fig,
            rect,
            dots,
            xlim=(28.4e6, 30.4e6),
            ticks=ticks,
            tick_labels=[f"${t / 1e6:g}m" for t in ticks],
            reference=(stated, f"article: over {_millions(stated, stated=True)}"),
        ),
    )


def _millions(usd: float, stated: bool = False) -> str:
    """'$29.20m' for a computed amount; '$29m' or '$29.2m' for a stated one, as precise as it was given."""
    return f"${usd / 1e6:g}m" if stated else f"${usd / 1e6:.2f}m"


# -- categories of blocked materials ------------------------------------------------------------------


def categories() -> pd.DataFrame:
    """2025 counts and change per category, with the 2024 base derived where it was not published."""
    frame = data.load(CATEGORIES)
    derived_base = frame["count_2025"] / (1 + frame["pct_change_vs_2024"] / 100)
    frame["base_2024"] = frame["count_2024"].fillna(derived_base.round())
    frame["base_2024_derived"] = frame["count_2024"].isna()
    return frame.sort_values("pct_change_vs_2024", ascending=False, ignore_index=True)


def platforms() -> str:
    """The platforms Roskomnadzor's counts cover, as the report lists them (the total row's scope note)."""
    notes = data.load(CATEGORIES).set_index("category_id").loc[TOTAL, "notes"]
    return fmt.names(notes.removeprefix("Scope: ").split(", "))


def category_ids() -> list[str]:
    return categories()["category_id"].tolist()


def categories_chart(selection: Sequence[str] | None = None) -> Chart:
    """Change from 2024 to 2025 per category, circumvention tools highlighted, largest growth at the top."""
    frame = categories()
    chosen = list(selection) if selection is not None else frame["category_id"].tolist()
    unknown = [c for c in chosen if c not in set(frame["category_id"])]
    if unknown:
        raise SelectionError(f"No category {fmt.names(unknown)}.", fix=f"choose among {fmt.names(category_ids())}.")
    if not chosen:
        raise SelectionError("No category chosen.", fix="choose at least one category.")
    shown = frame[frame["category_id"].isin(chosen)].reset_index(drop=True)

    def colour(category: str) -> str:
        return style.HIGHLIGHT if category == CIRCUMVENTION else style.NAMED if category == TOTAL else style.NEUTRAL

    dots = [
        Dot(
            label=category_label(row.category_en, row.category_id),
            low=row.pct_change_vs_2024,
            high=row.pct_change_vs_2024,
            colour=colour(row.category_id),
            label_colour=style.HIGHLIGHT if row.category_id == CIRCUMVENTION else style.TEXT,
            value_label=f"{fmt.change(row.pct_change_vs_2024)} to {'over ' if row.count_qualifier == 'more than' else ''}"
            f"{fmt.count(row.count_2025)}",
            bold=row.category_id in (CIRCUMVENTION, TOTAL),
        )
        for row in shown.itertuples()
    ]
    top = shown.iloc[0]
    others = shown[shown["category_id"] != top["category_id"]]
    if len(others):
        runner = others.iloc[0]
        title = (
            f"{category_label(top['category_en'], top['category_id'])}: {fmt.change(top['pct_change_vs_2024'])} in 2025, "
            f"{top['pct_change_vs_2024'] / runner['pct_change_vs_2024']:.0f} times the growth of the next category"
            if runner["pct_change_vs_2024"] > 0
            else f"{category_label(top['category_en'], top['category_id'])} grew most in 2025: "
            f"{fmt.change(top['pct_change_vs_2024'])}"
        )
    else:
        title = (
            f"{category_label(top['category_en'], top['category_id'])}: {fmt.change(top['pct_change_vs_2024'])} in 2025"
        )
    xmax = max(100.0, float(shown["pct_change_vs_2024"].max()))
    room = xmax * (1.8 if xmax > 600 else 1.45)  # the largest value's label fits right of its dot
    step = 500 if xmax > 600 else 50
    ticks = list(range(0, int(room) + 1, step))
    circ = frame.set_index("category_id").loc[CIRCUMVENTION]
    return Chart(
        slug="rkn-blocked-categories" if selection is None else "rkn-blocked-categories-" + "-".join(chosen),
        title=title,
        subtitle="Change from 2024 in materials removed or restricted on Roskomnadzor's demand, by category; "
        "labels give the change and the 2025 count",
        note=f"Counts posts and materials on {platforms()}, not websites. "
        "'Circumvention tools' covers every way round blocks, not only VPNs. The 2024 counts were not published "
        f"except the total; the kit derives them (circumvention tools: about {fmt.count(circ['base_2024'])}, "
        "derived).",
        source=f"Source: {data.provenance(CATEGORIES).citation}; kit analysis",
        alt_text="Dot chart of the change from 2024 to 2025 in materials removed on Roskomnadzor's demand: "
        + "; ".join(f"{d.label} {d.value_label}" for d in dots)
        + ".",
        data=shown[
            [
                "category_id",
                "category_en",
                "count_2025",
                "count_qualifier",
                "pct_change_vs_2024",
                "base_2024",
                "base_2024_derived",
            ]
        ],
        body_height=lambda width: charts.dots_height([d.label for d in dots], width, reference=True),
        draw=lambda fig, rect: charts.dot_rows(
            fig,
            rect,
            dots,
            xlim=(min(-50.0, float(shown["pct_change_vs_2024"].min()) - 20), room),
            ticks=ticks,
            tick_labels=[fmt.change(t) if t else "0" for t in ticks],
            reference=(0, "no change"),
        ),
    )


def category_label(category: str, category_id: str = "") -> str:
    """The category name without its bracketed gloss: 'Circumvention tools (incl. ...)' -> 'Circumvention tools'."""
    return "All categories" if category_id == TOTAL else category.split(" (")[0]


# -- VPN services blocked -----------------------------------------------------------------------------


def decimal_year(as_of: str) -> float:
    """A reported date as a decimal year, from its year and month ('2025-10-23' -> 2025.79, mid-month)."""
    year, month = int(as_of[:4]), int(as_of[5:7])
    return year + (month - 0.5) / MONTHS


def vpn_services() -> pd.DataFrame:
    """The counts of VPN services blocked at a date (the series), oldest first, with a decimal-year position."""
    frame = data.load(VPN_SERVICES)
    series = frame[frame["series"] == STOCK].copy()
    series["x"] = series["as_of"].map(decimal_year)
    return series.sort_values("x", ignore_index=True)


def vpn_chart() -> Chart:
    """VPN services blocked over time, as officially reported."""
    series = vpn_services()
    first, last = series.iloc[0], series.iloc[-1]
    points = [
        Point(row.x, row.vpn_services_blocked, fmt.count(row.vpn_services_blocked), style.HIGHLIGHT)
        for row in series.itertuples()
    ]
    events = data.load(VPN_SERVICES).query("series != @STOCK")
    ymax = float(series["vpn_services_blocked"].max()) * 1.2
    return Chart(
        slug="vpn-services-blocked",
        title=f"Russia reported {fmt.count(last['vpn_services_blocked'])} VPN services blocked by "
        f"{_when(last['as_of'])}, up from {fmt.count(first['vpn_services_blocked'])} in {_when(first['as_of'])}",
        subtitle="VPN services blocked at each date, as Roskomnadzor reported them",
        note="Counts of services blocked at the date, from Roskomnadzor's yearly October forum and, for "
        f"{_when(last['as_of'])}, a later statement. Earlier single actions are not totals and are left out: "
        + "; ".join(
            f"{'more than ' if row.qualifier == 'more than' else ''}{row.vpn_services_blocked} ({_when(row.as_of)})"
            for row in events.itertuples()
        )
        + ".",
        source=f"Source: {data.provenance(VPN_SERVICES).citation}; kit analysis",
        alt_text="Line chart of VPN services blocked in Russia: "
        + "; ".join(f"{_when(row.as_of)}: {row.vpn_services_blocked}" for row in series.itertuples())
        + ".",
        data=series[["as_of", "vpn_services_blocked", "qualifier", "type", "publisher", "source_date"]],
        body_height=lambda width: 2.2,
        draw=lambda fig, rect: charts.timeline(
            fig, rect, points, xlim=(int(first["x"]), last["x"] + 0.35), ylim=(0, ymax)
        ),
    )


def _when(as_of: str) -> str:
    """'2025-10-23' -> 'October 2025'; '2026-02 (late)' -> 'late February 2026'."""
    stamp = pd.Timestamp(as_of[:7])
    late = "late " if "(late)" in as_of else ""
    return f"{late}{stamp:%B %Y}"


# -- claims -------------------------------------------------------------------------------------------


def verdicts() -> list[claims.Claim]:
    """'Over $29 million' for 2026, and 'over 1,200%' growth of VPN-related bans, checked against the data."""
    return [_budget_claim(), _growth_claim()]


def _budget_claim() -> claims.Claim:
    article = claims.article_figures(BUDGET_CLAIM)
    stated, qualifier = float(article.loc["budget_usd", "value"]), article.loc["budget_usd", "qualifier"]
    plan = budget()
    converted = conversions()
    holds = [claims.fits(qualifier, stated, usd) for usd in converted["usd"]]
    year_fit = int(article.loc["year", "value"]) == plan["year"]
    first, last = converted.iloc[0], converted.iloc[-1]
    caveats = [
        (
            f"A plan, not spending: {plan['value'] / 1e9:.2f} billion roubles earmarked in Roskomnadzor's {plan['year']} "
            f"digitalisation plan (reported {plan['reported_on']}) for machine-learning traffic filtering."
        ),
        (
            "The dollar figure is a conversion; the Ukrainian statements that give it in dollars state no rate. "
            f"At the Bank of Russia's official rates from {first['effective_date']} to {last['effective_date']} "
            f"({converted['rub_per_usd'].min():.2f}-{converted['rub_per_usd'].max():.2f} roubles per dollar) it is "
            f"{_millions(converted['usd'].min())}-{_millions(converted['usd'].max())} (derived); "
            f"it would fall below {_millions(stated, stated=True)} only at a rate above {plan['value'] / stated:.2f}."
        ),
        "That it is spent despite economic cuts is the article's framing, not something this data measures.",
    ]
    return claims.Claim(
        claim_id=BUDGET_CLAIM,
        statement=article["statement"].iloc[0],
        article_value=f"{qualifier} {_millions(stated, stated=True)} for {article.loc['year', 'value']}",
        computed_value=f"{plan['value'] / 1e9:.2f} billion roubles planned for {plan['year']} = "
        f"{_millions(converted['usd'].min())}-{_millions(converted['usd'].max())} at the official rates of "
        f"{first['effective_date']} to {last['effective_date']} (derived)",
        verdict=claims.judge(all(holds) and year_fit, caveats),
        caveats=tuple(caveats),
        source_ids=(BUDGET, RATES, STATED_USD, claims.ARTICLE),
        notebook=NOTEBOOK,
        charts=("rkn-ai-budget-in-dollars",),
    )


def _growth_claim() -> claims.Claim:
    article = claims.article_figures(GROWTH_CLAIM)
    stated, qualifier = float(article.loc["growth", "value"]), article.loc["growth", "qualifier"]
    table = categories().set_index("category_id")
    circ, total = table.loc[CIRCUMVENTION], table.loc[TOTAL]
    rank = int((table.drop(TOTAL)["pct_change_vs_2024"] > circ["pct_change_vs_2024"]).sum()) + 1
    place = "the fastest growth" if rank == 1 else f"the {fmt.ordinal(rank)} fastest growth"
    caveats = [
        "Roskomnadzor's category is circumvention tools, all ways round blocking, which is broader than VPNs.",
        f"It counts materials and posts removed or restricted on {platforms()}, not websites or VPN services blocked.",
        (
            f"The count rose to {circ['count_qualifier']} {fmt.count(circ['count_2025'])}; the 2024 base was not "
            f"published: about {fmt.count(circ['base_2024'])} (derived from the count and the change)."
        ),
        f"All categories together grew {fmt.change(total['pct_change_vs_2024'])}, to {fmt.count(total['count_2025'])}.",
    ]
    year_fit = int(article.loc["year", "value"]) == int(data.resource(CATEGORIES)["data_year"])
    return claims.Claim(
        claim_id=GROWTH_CLAIM,
        statement=article["statement"].iloc[0],
        article_value=f"{qualifier} {fmt.count(stated)}% in {article.loc['year', 'value']}",
        computed_value=f"{fmt.change(circ['pct_change_vs_2024'])} for circumvention-tool materials in "
        f"{data.resource(CATEGORIES)['data_year']}, {place} of "
        f"{len(table) - 1} categories",
        verdict=claims.judge(claims.fits(qualifier, stated, circ["pct_change_vs_2024"]) and year_fit, caveats),
        caveats=tuple(caveats),
        source_ids=(CATEGORIES, claims.ARTICLE),
        notebook=NOTEBOOK,
        charts=("rkn-blocked-categories", "vpn-services-blocked"),
    )


# -- tidy ---------------------------------------------------------------------------------------------


def tidy() -> pd.DataFrame:
    """The story's tidy dataset: budget and conversions, categories with derived bases, VPN services blocked."""
    plan = budget()
    rows = [
        (
            "Roskomnadzor",
            "agency",
            "planned budget, ML traffic filtering",
            str(plan["year"]),
            plan["value"],
            "roubles",
            "as reported",
            BUDGET,
        )
    ]
    for row in conversions().itertuples():
        rows.append(
            (
                "Roskomnadzor",
                "agency",
                f"planned budget at the official rate of {row.effective_date}",
                str(plan["year"]),
                round(row.usd, 2),
                "US dollars",
                "derived",
                f"{BUDGET} {RATES}",
            )
        )
        rows.append(
            (
                "Bank of Russia",
                "agency",
                "official rate",
                row.effective_date,
                row.rub_per_usd,
                "roubles per US dollar",
                "as reported",
                RATES,
            )
        )
    for row in categories().itertuples():
        what = f"materials removed on RKN demand: {category_label(row.category_en, row.category_id)}"
        rows.append(
            ("Russia", "country", what, "2025", float(row.count_2025), "materials", row.count_qualifier, CATEGORIES)
        )
        rows.append(
            (
                "Russia",
                "country",
                f"{what}, change from 2024",
                "2025",
                float(row.pct_change_vs_2024),
                "percent",
                "as reported",
                CATEGORIES,
            )
        )
        rows.append(
            (
                "Russia",
                "country",
                what,
                "2024",
                float(row.base_2024),
                "materials",
                "derived" if row.base_2024_derived else "as reported",
                CATEGORIES,
            )
        )
    for row in vpn_services().itertuples():
        rows.append(
            (
                "Russia",
                "country",
                "VPN services blocked",
                row.as_of,
                float(row.vpn_services_blocked),
                "services",
                row.qualifier,
                VPN_SERVICES,
            )
        )
    frame = pd.DataFrame(
        rows, columns=["entity", "entity_type", "measure", "period", "value", "unit", "qualifier", "source_id"]
    )
    frame.insert(2, "iso3", frame["entity"].map({"Russia": "RUS"}).fillna(""))
    return frame
