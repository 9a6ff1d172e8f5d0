"""Roskomnadzor's AI-filter budget and the growth of blocked circumvention-tool content.

The budget is a rouble figure in a plan; the article's dollar figure is a conversion, which we redo at each
official rate of the week it was reported. The 1,235% growth is Roskomnadzor's figure for materials about
circumvention tools removed on platforms; the 2024 bases of the categories were not published and are derived.
Everything here is a pure function of the described data; every text a reader sees is a message of the story's
catalogs (or the data's own English, `words.PerLanguage`), rendered in the language it is written in.
"""

from __future__ import annotations

import pandas as pd

from kit import articles, claims, data, fmt, words
from kit.i18n import t

ARTICLE = "united24_2026"
BUDGET = "rkn_ai_filter_budget_2026"
RATES = "cbr_usd_rub_2026_01"
STATED_USD = "ukraine_budget_usd_statements"
CATEGORIES = "rkn_blocked_materials_2025"
VPN_SERVICES = "rkn_vpn_services_blocked"
BLOCKING = "rkn_blocking_series"
BUDGET_CLAIM, GROWTH_CLAIM = "rkn-ai-budget", "vpn-bans-growth"
CONTROL_CLAIM = "digital-control"  # a statement without figures: tightening control, censorship, social media
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


def millions(usd: float, stated: bool = False) -> str:
    """'$29.20m' for a computed amount (two decimals: the check turns on them); '$29m' or '$29.2m' for a stated
    one, as precise as it was given ('29,20 млн $' in Ukrainian and Russian)."""
    amount = fmt.trimmed(usd / 1e6, 6) if stated else fmt.number(usd / 1e6, 2)
    return t("censorship-usd-millions", amount=amount)


def millions_range(low: float, high: float) -> str:
    """Two computed amounts as a range, the unit once: '$29.17–29.85m' ('29,17–29,85 млн $')."""
    return t("censorship-usd-millions-range", low=fmt.number(low / 1e6, 2), high=fmt.number(high / 1e6, 2))


def billion_roubles(value: float) -> str:
    """A rouble amount in billions to two decimals: '2.27 billion roubles' ('2,27 млрд ₽')."""
    return t("censorship-billion-roubles", amount=fmt.number(value / 1e9, 2))


def days(first: str, last: str) -> str:
    """Two dates as a span: '20 to 23 Jan 2026' ('з 20 до 23 січня 2026'); the first with its month when the
    months differ."""
    same_month = first[:7] == last[:7]
    return t(
        "censorship-days",
        first=str(int(first[8:10])) if same_month else fmt.date(first, "day"),
        last=fmt.date(last, "day-year"),
    )


def month_year(day: str, late: bool = False) -> str:
    """'2025-10' -> 'October 2025' ('жовтень 2025'; after 'late', the form 'лютого 2026')."""
    return fmt.date(day, "month-full-after" if late else "month-full")


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
    return words.PerLanguage({"en": fmt.names(notes.removeprefix("Scope: ").split(", "))}, t("censorship-platforms"))


def category_ids() -> list[str]:
    return categories()["category_id"].tolist()


def category_label(category: str, category_id: str) -> str:
    """The category's name, without its bracketed gloss: 'Circumvention tools (incl. ...)' -> 'Circumvention tools'
    (its translation by id in the other languages)."""
    english = "All categories" if category_id == TOTAL else category.split(" (")[0]
    return words.PerLanguage({"en": english}, t(f"censorship-category-{category_id}"))


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


# -- claims -------------------------------------------------------------------------------------------


def verdicts() -> list[claims.Claim]:
    """'Over $29 million' for 2026, 'over 1,200%' growth of VPN-related bans, and the tightening control over
    digital platforms, checked against the data."""
    return [_budget_claim(), _growth_claim(), _control_claim()]


def _control_claim() -> claims.Claim:
    """'Tightening control over digital platforms': the year-on-year change of everything Roskomnadzor had removed
    on platforms, and of the VPN services it reported blocked at its yearly October forum."""
    total = categories().set_index("category_id").loc[TOTAL]
    series = vpn_services()
    october = series[series["as_of"].str[5:7] == "10"].tail(2)
    before, after = october.iloc[0], october.iloc[1]
    vpn_change = 100 * (after["vpn_services_blocked"] / before["vpn_services_blocked"] - 1)
    tightening = total["pct_change_vs_2024"] > 0 and vpn_change > 0
    caveats = [t("censorship-control-caveat")]
    months = {"before": month_year(before["as_of"][:7]), "after": month_year(after["as_of"][:7])}
    aside = [
        claims.set_aside(CATEGORIES, "broader than VPNs", "censorship-aside-total"),
        claims.set_aside(CATEGORIES, "was not published", "censorship-aside-total-published"),
        claims.set_aside(CATEGORIES, "'more than' figures", "censorship-aside-total-not-more"),
        claims.set_aside(VPN_SERVICES, "single actions", "censorship-aside-series"),
        claims.set_aside(VPN_SERVICES, "secondary mention", "censorship-aside-compares", **months),
        claims.set_aside(VPN_SERVICES, "'access restricted'", "censorship-aside-compares", **months),
    ]
    sources = (CATEGORIES, VPN_SERVICES)
    caveats += claims.source_caveats(sources, aside)
    return claims.Claim(
        claim_id=CONTROL_CLAIM,
        article_value=t("censorship-control-article-value"),
        computed_value=t(
            "censorship-control-computed-value",
            count=fmt.count(total["count_2025"]),
            year=str(data.resource(CATEGORIES)["data_year"]),
            change=fmt.change(total["pct_change_vs_2024"]),
            before_count=fmt.count(total["count_2024"]),
            vpn=fmt.count(after["vpn_services_blocked"]),
            n=int(after["vpn_services_blocked"]),
            after=month_year(after["as_of"][:7]),
            vpn_change=fmt.change(vpn_change),
            before=month_year(before["as_of"][:7]),
            vpn_before=fmt.count(before["vpn_services_blocked"]),
        ),
        verdict=claims.judge(bool(tightening), caveats),
        caveats=tuple(caveats),
        source_ids=sources,
        set_aside=tuple(aside),
        citations=(
            _cited(CATEGORIES, "category_id", TOTAL, "source_date"),
            _cited(VPN_SERVICES, "as_of", before["as_of"], "source_date"),
            _cited(VPN_SERVICES, "as_of", after["as_of"], "source_date"),
        ),
    )


def _budget_claim() -> claims.Claim:
    article = articles.figures(ARTICLE, BUDGET_CLAIM)
    stated, qualifier = float(article.loc["budget_usd", "value"]), article.loc["budget_usd", "qualifier"]
    plan = budget()
    converted = conversions()
    holds = [claims.fits(qualifier, stated, usd) for usd in converted["usd"]]
    year_fit = int(article.loc["year", "value"]) == plan["year"]
    first, last = converted.iloc[0], converted.iloc[-1]
    threshold = fmt.number(plan["value"] / stated, 2)
    caveats = [
        t(
            "censorship-budget-caveat-plan",
            amount=billion_roubles(plan["value"]),
            year=str(plan["year"]),
            reported=fmt.date(plan["reported_on"], "day-year"),
        ),
        t(
            "censorship-budget-caveat-conversion",
            days=days(first["effective_date"], last["effective_date"]),
            lowest_rate=fmt.number(converted["rub_per_usd"].min(), 2),
            highest_rate=fmt.number(converted["rub_per_usd"].max(), 2),
            range=millions_range(converted["usd"].min(), converted["usd"].max()),
            stated=millions(stated, stated=True),
            threshold=threshold,
        ),
    ]
    rates = {
        "n": len(converted),
        "low": millions(converted["usd"].min()),
        "threshold": threshold,
        "stated": millions(stated, stated=True),
    }
    every_rate = t("censorship-budget-every-rate", **rates)
    aside = [
        claims.set_aside(BUDGET, "money earmarked, not spent", "censorship-aside-plan"),
        claims.set_aside(STATED_USD, "which exchange rate", "censorship-aside-conversion"),
        claims.set_aside(
            STATED_USD, "inference of the researchers", "censorship-aside-inference", every_rate=every_rate
        ),
        claims.set_aside(RATES, "Read in press reports", "censorship-budget-every-rate", **rates),
    ]
    sources = (BUDGET, RATES, STATED_USD)
    caveats += claims.source_caveats(sources, aside)
    return claims.Claim(
        claim_id=BUDGET_CLAIM,
        article_value=t(
            "censorship-budget-article-value",
            qualified=_qualified(qualifier, millions(stated, stated=True)),
            year=str(article.loc["year", "value"]),
        ),
        computed_value=t(
            "censorship-budget-computed-value",
            amount=billion_roubles(plan["value"]),
            year=str(plan["year"]),
            range=millions_range(converted["usd"].min(), converted["usd"].max()),
            days=days(first["effective_date"], last["effective_date"]),
        ),
        verdict=claims.judge(all(holds) and year_fit, caveats),
        caveats=tuple(caveats),
        source_ids=sources,
        set_aside=tuple(aside),
    )


def _growth_claim() -> claims.Claim:
    article = articles.figures(ARTICLE, GROWTH_CLAIM)
    stated, qualifier = float(article.loc["growth", "value"]), article.loc["growth", "qualifier"]
    table = categories().set_index("category_id")
    circ = table.loc[CIRCUMVENTION]
    rank = int((table.drop(TOTAL)["pct_change_vs_2024"] > circ["pct_change_vs_2024"]).sum()) + 1
    caveats = [
        t("censorship-growth-caveat-category"),
        t("censorship-growth-caveat-counted", platforms=platforms()),
        t(
            "censorship-growth-caveat-count",
            count=_qualified(circ["count_qualifier"], fmt.count(circ["count_2025"])),
            base=fmt.count(circ["base_2024"]),
        ),
        t("censorship-growth-caveat-no-ai"),
    ]
    aside = [
        claims.set_aside(CATEGORIES, "not websites", "censorship-aside-counted"),
        claims.set_aside(CATEGORIES, "broader than VPNs", "censorship-aside-category"),
        claims.set_aside(CATEGORIES, "was not published", "censorship-aside-count"),
        claims.set_aside(CATEGORIES, "'more than' figures", "censorship-aside-count"),
    ]
    caveats += claims.source_caveats([CATEGORIES], aside)
    year_fit = int(article.loc["year", "value"]) == int(data.resource(CATEGORIES)["data_year"])
    return claims.Claim(
        claim_id=GROWTH_CLAIM,
        article_value=t(
            "censorship-growth-article-value",
            qualified=_qualified(qualifier, fmt.percentage(fmt.count(stated))),
            year=str(article.loc["year", "value"]),
        ),
        computed_value=t(
            "censorship-growth-computed-value",
            change=fmt.change(circ["pct_change_vs_2024"]),
            year=str(data.resource(CATEGORIES)["data_year"]),
            rank=rank,
            ordinal=fmt.ordinal(rank),
            total=len(table) - 1,
        ),
        verdict=claims.judge(claims.fits(qualifier, stated, circ["pct_change_vs_2024"]) and year_fit, caveats),
        caveats=tuple(caveats),
        source_ids=(CATEGORIES,),
        set_aside=tuple(aside),
        citations=(_cited(CATEGORIES, "category_id", CIRCUMVENTION, "source_date"),),
    )


def _cited(source: str, column: str, value: str, date_column: str) -> claims.Citation:
    """The record of a source whose `column` is `value`, as Roskomnadzor gave it and the press reported it."""
    frame = data.load(source)
    row = frame.index[frame[column] == value][0]
    return claims.record(source, int(row) + 1, t("censorship-originator"), str(frame.loc[row, date_column]))


def _qualified(qualifier: str, figure: str) -> str:
    """A figure with the data's qualifier: 'more than $29m' ('понад 29 млн $'); 'as reported' adds nothing."""
    return t("censorship-qualified", qualifier=qualifier.replace(" ", "-"), figure=figure)


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
