"""The GPU gap: Sberbank's reported 9,000 GPUs since February 2022 against the chips the largest buyers bought
in one year (Omdia's estimates for 2024, and 2023 for context).

Sberbank's figure covers about three years, Omdia's one year each, so the kit also compares them per year
(Sberbank's yearly average is derived). Everything here is a pure function of the described data.
"""

from __future__ import annotations

import dataclasses

from collections.abc import Sequence

import pandas as pd


from kit import articles, claims, data, fmt, i18n, words
from kit.errors import SelectionError
from kit.i18n import t

ARTICLE = "united24_2026"
OMDIA = {2024: "omdia_gpu_2024", 2023: "omdia_gpu_2023"}
SBERBANK = "rferl_sberbank_gpus"
CLAIM = "gpu-gap"
SUBJECT = "Sberbank"
RIVAL = "Microsoft"  # the buyer the article compares with
AMD = "AMD MI300"
WITH_H20 = "Nvidia (incl. H20)"
NVIDIA_2024 = ("Nvidia Hopper", WITH_H20)  # the chips Omdia's 2024 league table counts
# the pages the claim cites, read from the sources' descriptions; their publisher and title in each language are
# `gpu-page-<key>-publisher` and `-title` in the catalogs (the English a copy of the description, kept equal by a test)
PAGES = {(SBERBANK, 1): "ft-repost", (OMDIA[2024], 0): "up2info", (OMDIA[2024], 1): "benzinga"}
DAYS_PER_YEAR = 365.25
MOST_BUYERS = 13


# -- data ---------------------------------------------------------------------------------------------


def sberbank() -> pd.Series:
    """Sberbank's reported GPUs, with the years the figure covers and its yearly average (both derived)."""
    row = data.load(SBERBANK).iloc[0]
    days = (pd.Timestamp(row["period_end_latest"]) - pd.Timestamp(row["period_start"])).days
    years = days / DAYS_PER_YEAR
    return pd.Series({**row.to_dict(), "years": years, "per_year": row["units"] / years})


def purchases(year: int = 2024) -> pd.DataFrame:
    """Omdia's Nvidia data-centre GPU estimates per buyer for one year (`buyer`, `units`, `chips`, `approx`),
    largest first; for 2024, the Hopper-class chips of Omdia's league table (AMD and in-house chips apart)."""
    if year not in OMDIA:
        raise SelectionError(f"There are no GPU estimates for {year!r}.", fix=f"choose one of {sorted(OMDIA)}.")
    raw = data.load(OMDIA[year])
    if year == 2024:
        raw = raw[raw["chip_family"].isin(NVIDIA_2024)]
        frame = pd.DataFrame(
            {"buyer": raw["buyer"], "units": raw["units"], "chips": raw["chip_family"], "approx": raw["approx"]}
        )
    else:
        frame = pd.DataFrame({"buyer": raw["buyer"], "units": raw["units"], "chips": raw["chip"], "approx": False})
    return frame.sort_values(["units", "buyer"], ascending=[False, True], ignore_index=True)


def period(sber: pd.Series) -> str:
    """'2022-02 to 2025-04 at the latest': the span Sberbank's figure covers."""
    return f"{sber['period_start'][:7]} to {sber['period_end_latest'][:7]} at the latest"


def month_year(day: str) -> str:
    """'2022-02-24' -> 'February 2022' (in Ukrainian and Russian the form after 'from', 'to': 'лютого 2022')."""
    return fmt.date(day, "month-full-after")


def buyer_name(buyer: str) -> str:
    """A buyer's name: 'Sberbank' ('Сбербанк'), 'xAI + Tesla (combined)' ('xAI + Tesla (разом)'); other companies
    keep their Latin names."""
    if buyer == SUBJECT:
        return t("gpu-sberbank")
    before, combined, after = buyer.partition("(combined)")
    return words.join([before, t("gpu-combined"), after]) if combined else buyer


def chips_name(chips: str) -> str:
    """Omdia's chip family as readers of each edition read it: 'Nvidia (incl. H20)' ('Nvidia (разом із H20)')."""
    return t("gpu-chips-with-h20") if chips == WITH_H20 else chips


def period_in_words(sber: pd.Series) -> str:
    """The span of Sberbank's figure in words: 'February 2022 to February 2025 at the latest'."""
    return t("gpu-period", start=month_year(sber["period_start"]), end=month_year(sber["period_end_latest"]))


def buyers(year: int = 2024) -> list[str]:
    return purchases(year)["buyer"].tolist()


# -- the statistic ------------------------------------------------------------------------------------


def comparison(selection: Sequence[str] | None = None, year: int = 2024, per_year: bool = False) -> pd.DataFrame:
    """Sberbank beside the chosen buyers of one year: what is plotted, each value labelled estimate or derived."""
    table = purchases(year)
    chosen = list(selection) if selection is not None else table["buyer"].tolist()
    unknown = [b for b in chosen if b not in set(table["buyer"])]
    if unknown:
        raise SelectionError(
            f"No {year} estimate for {fmt.names(unknown)}.", fix=f"choose among {fmt.names(table['buyer'])}."
        )
    if not 1 <= len(chosen) <= MOST_BUYERS:
        raise SelectionError(f"{len(chosen)} buyers chosen.", fix=f"choose between 1 and {MOST_BUYERS} buyers.")
    rows = table[table["buyer"].isin(chosen)].assign(
        period=str(year), qualifier="estimate", source_id=OMDIA[year], derived=False
    )
    sber = sberbank()
    since = period(sber)
    if per_year:
        subject = {"units": sber["per_year"], "period": f"yearly average, {since}", "qualifier": "derived"}
    else:
        subject = {"units": float(sber["units"]), "period": since, "qualifier": "as reported"}
    subject_row = pd.DataFrame(
        [{"buyer": SUBJECT, "chips": "GPUs (type not given)", "approx": False, "source_id": SBERBANK, **subject}]
    ).assign(derived=per_year)
    frame = pd.concat([rows, subject_row], ignore_index=True)
    frame["units"] = frame["units"].astype("float64")
    return frame[["buyer", "units", "chips", "approx", "period", "qualifier", "derived", "source_id"]]


def ratios() -> dict[str, float]:
    """Microsoft's 2024 chips over Sberbank's reported total, and over Sberbank's derived yearly average."""
    rival = purchases(2024).set_index("buyer").loc[RIVAL, "units"]
    sber = sberbank()
    return {"as stated": rival / sber["units"], "per year": rival / sber["per_year"]}


def tidy() -> pd.DataFrame:
    """The story's tidy dataset: Omdia's estimates for both years, Sberbank's figure and its derived average."""
    parts = [comparison(year=year) for year in sorted(OMDIA)]
    per_year = comparison(year=2024, per_year=True)
    parts.append(per_year[per_year["buyer"] == SUBJECT])
    frame = pd.concat(parts, ignore_index=True).drop_duplicates(["buyer", "period", "qualifier"], ignore_index=True)
    return pd.DataFrame(
        {
            "entity": frame["buyer"],
            "entity_type": "company",
            "iso3": "",
            "measure": "AI chips acquired: " + frame["chips"],
            "period": frame["period"],
            "value": frame["units"].round(1),
            "unit": "chips",
            "qualifier": frame["qualifier"],
            "source_id": frame["source_id"],
        }
    )


# -- claims -------------------------------------------------------------------------------------------


def verdicts() -> list[claims.Claim]:
    """The article's 9,000 and 'nearly 500,000' checked against the reported and estimated figures."""
    article = articles.figures(ARTICLE, CLAIM)
    sber = sberbank()
    rival = purchases(2024).set_index("buyer").loc[RIVAL]
    sber_fit = claims.fits(
        article.loc["sberbank_gpus", "qualifier"], float(article.loc["sberbank_gpus", "value"]), sber["units"]
    )
    rival_fit = claims.fits(
        article.loc["microsoft_gpus", "qualifier"], float(article.loc["microsoft_gpus", "value"]), rival["units"]
    )
    ratio = ratios()
    rival_chips = data.load(OMDIA[2024]).query("buyer == @RIVAL").set_index("chip_family")["units"]
    chips = rival["chips"].removeprefix("Nvidia ")
    stated, yearly = fmt.rounded(ratio["as stated"]), fmt.rounded(ratio["per year"], -1)
    caveats = [
        t(
            "gpu-caveat-period",
            years=int(fmt.rounded(sber["years"])),
            period=period_in_words(sber),
            chips=chips,
            times=int(stated),
            shown=fmt.count(stated),
            average=fmt.count(round(sber["per_year"], -2)),
            per_year=int(yearly),
            per_year_shown=fmt.count(yearly),
        ),
        t("gpu-caveat-estimate", units=fmt.count(rival_chips[rival["chips"]] + rival_chips[AMD])),
    ]
    aside = [
        claims.set_aside(SBERBANK, "Cumulative from 24 Feb 2022", "gpu-aside-cumulative"),
        claims.set_aside(SBERBANK, "undated in the copies read", "gpu-aside-undated"),
        claims.set_aside(OMDIA[2024], "analyst's estimate", "gpu-aside-estimate"),
        *(
            claims.set_aside(OMDIA[2024], text, "gpu-aside-rival", subject=buyer_name(SUBJECT), rival=RIVAL)
            for text in ("ByteDance's and Tencent's", "In-house chips", "Oracle and CoreWeave")
        ),
    ]
    sources = (SBERBANK, OMDIA[2024])
    caveats = claims.source_caveats(sources, aside) + caveats
    return [
        claims.Claim(
            claim_id=CLAIM,
            article_value=t(
                "gpu-article-value",
                subject=buyer_name(SUBJECT),
                subject_figure=_qualified(*article.loc["sberbank_gpus", ["qualifier", "value"]]),
                rival=RIVAL,
                rival_figure=_qualified(*article.loc["microsoft_gpus", ["qualifier", "value"]]),
            ),
            computed_value=t(
                "gpu-computed-value",
                subject=buyer_name(SUBJECT),
                units=fmt.count(sber["units"]),
                rival=RIVAL,
                rival_units=t("gpu-about", approx=int(rival["approx"]), units=fmt.count(rival["units"])),
                chips=chips,
                times=int(stated),
                shown=fmt.count(stated),
                per_year=int(yearly),
                per_year_shown=fmt.count(yearly),
            ),
            verdict=claims.judge(sber_fit and rival_fit, caveats),
            caveats=tuple(caveats),
            source_ids=sources,
            set_aside=tuple(aside),
            citations=citations(),
        )
    ]


def citations() -> tuple[claims.Citation, ...]:
    """Sberbank's figure as read in the FT opinion piece, with RFE/RL (its date inferred) as the originator;
    Microsoft's as Omdia's estimate in the two reports of the Financial Times' story read."""
    omdia = [
        dataclasses.replace(_page(OMDIA[2024], number), originator=t("gpu-omdia-originator"), originator_url="")
        for number in (0, 1)
    ]
    return (dataclasses.replace(_page(SBERBANK, 1, originator=0), originator=t("gpu-rferl")), *omdia)


def _page(source_id: str, number: int, originator: int | None = None) -> claims.Citation:
    """A page a source's description lists, its publisher and title in each edition's words."""
    cited = claims.page(source_id, number, originator=originator)
    key = f"gpu-page-{PAGES[(source_id, number)]}"
    return dataclasses.replace(
        cited,
        publisher=i18n.translated(f"{key}-publisher", cited.publisher),
        title=i18n.translated(f"{key}-title", cited.title),
    )


def _qualified(qualifier: str, value) -> str:
    """An article's figure with its qualifier: 'only 9,000', 'nearly 500,000'."""
    return t("gpu-qualified", qualifier=qualifier, figure=fmt.count(int(value)))
