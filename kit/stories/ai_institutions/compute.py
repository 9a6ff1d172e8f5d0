"""The world's top 200 AI research institutions: a ranking rebuilt from accepted papers, and Russia's place in it,
weighed against the published rankings that could stand behind the statement.

The article names no source for its top-200 list, so the story ranks every institution by its accepted papers at
nine editions of top AI conferences of 2023-24 (ICML, CVPR, ICCV, EMNLP, NAACL, IJCAI), in eight variants: main
tracks or all tracks, all institutions or universities and public research only, full or fractional counting. A
third party's NeurIPS counts and the published rankings the research found (QS, THE, Nature Index, CSRankings) are
the other evidence; the verdict follows every ranking strong enough to count, agreeing or not. Everything here is a
pure function of the described data; ranks are recomputed from the paper counts. The functions ending in `_from`
take what they need already computed (a ranking, the institutions), so an explorer computes it once per session.

Computations return facts: numbers, keys and message ids with their arguments (`kit.words`), rendered in each
language where a chart or a claims file is written.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from kit import articles, claims, countries, data, fmt, translations, words
from kit.errors import SelectionError
from kit.i18n import t

ARTICLE = "united24_2026"
RANKINGS = {"main_tracks": "ai_venues_ranking_main_tracks", "all_tracks": "ai_venues_ranking_all_tracks"}
RUSSIAN_PAPERS = "ai_venues_russian_papers"
INPUTS = "ai_venues_inputs"
PUBLISHED = "ai_venues_summary_rank200"  # the research step's own summary, a cross-check
NEURIPS_RUSSIAN = "neurips_russian_ranks"
NEURIPS_CUTOFFS = "neurips_rank200"
PUBLISHED_RANKINGS = "published_ai_institution_rankings"
COUNTS = "medium"  # published rankings of this strength (and about AI) count for the verdict; weaker ones are context
MISMAPPED = ("Skoltech", "HSE University", "AIRI")  # the third party maps some of their NeurIPS papers elsewhere
NEURIPS_KEYS = {  # the NeurIPS cross-check's labels of institutions that have a short name: their keys
    "Skoltech": "skoltech.ru",
    "HSE University": "hse.ru",
    "MIPT": "mipt.ru",
    "AIRI": "airi.net",
    "Yandex": "yandex",
    "Lomonosov MSU": "msu.ru",
    "Innopolis University": "innopolis.ru",
    "T-Bank (Tinkoff)": "tinkoff.ru",
    "ITMO University": "itmo.ru",
}
CLAIM = "institutions-top200"
FOCUS = "RUS"
COMPANY = "company"  # the type left out of the universities-and-public-research universe
SHOWN_RUSSIAN = 2  # Russian institutions with at least this many papers are shown by default
CHOOSE = (1, 15)  # how many institutions the comparison shows
POOLED = "pooled:RUS"  # the key of the row that counts all Russian institutions as one

TRACKS = {"main_tracks": "main tracks", "all_tracks": "all tracks"}
UNIVERSES = {"all_institutions": "all institutions", "academic_or_public_only": "universities and public research"}
METRICS = {"full": "full counting", "fractional": "fractional counting"}


@dataclass(frozen=True)
class Variant:
    """One way of ranking: which papers, which institutions, how a paper with several institutions counts."""

    tracks: str = "main_tracks"
    universe: str = "all_institutions"
    metric: str = "full"

    def __post_init__(self):
        for value, allowed, what in (
            (self.tracks, TRACKS, "track set"),
            (self.universe, UNIVERSES, "set of institutions"),
            (self.metric, METRICS, "counting"),
        ):
            if value not in allowed:
                raise SelectionError(f"{value!r} is not a {what} of the ranking.", fix=f"use one of {list(allowed)}.")

    @property
    def label(self) -> str:
        return f"{TRACKS[self.tracks]}, {UNIVERSES[self.universe]}, {METRICS[self.metric]}"

    def text(self) -> str:
        """The label, rendered in each language (the `label`, in English, names the variant in the tidy data)."""
        return t(
            "institutions-variant",
            tracks=t(f"institutions-tracks-{self.tracks}".replace("_", "-")),
            universe=t(f"institutions-universe-{self.universe}".replace("_", "-")),
            metric=t(f"institutions-metric-{self.metric}"),
        )

    @property
    def slug(self) -> str:
        return f"{self.tracks}-{self.universe}-{self.metric}".replace("_", "-")

    def papers(self, value: float) -> str:
        """A paper count as this variant counts it: whole papers, or fractions to one decimal."""
        return fmt.number(value, self.places, grouping=False)

    def counted(self, value: float) -> str:
        """A paper count with its noun, in the plural form its figure takes: '25 papers' ('25 статей')."""
        shown = fmt.rounded(value, self.places)
        return t("institutions-papers", papers=self.papers(value), n=int(shown) if self.places == 0 else shown)

    @property
    def places(self) -> int:
        return 0 if self.metric == "full" else 1


DEFAULT = Variant()
VARIANTS = tuple(Variant(t, u, m) for t in TRACKS for u in UNIVERSES for m in METRICS)

SHORT_NAMES = {  # the names charts use where space is short (and texts in Ukrainian and Russian), by key: text ids
    "skoltech.ru": "institutions-short-skoltech",
    "hse.ru": "institutions-short-hse",
    "mipt.ru": "institutions-short-mipt",
    "airi.net": "institutions-short-airi",
    "yandex": "institutions-short-yandex",
    "ras.ru": "institutions-short-ras",
    "msu.ru": "institutions-short-msu",
    "innopolis.ru": "institutions-short-innopolis",
    "tinkoff.ru": "institutions-short-tinkoff",
    "itmo.ru": "institutions-short-itmo",
}


def short_name(key: str, label: str) -> str:
    """The declared short name, else the label up to its first bracket or comma ('AIRI (Artificial ...)' -> 'AIRI')."""
    return t(SHORT_NAMES[key]) if key in SHORT_NAMES else re.split(r" \(|, ", label, maxsplit=1)[0]


# -- data ---------------------------------------------------------------------------------------------


def institutions(tracks: str = DEFAULT.tracks) -> pd.DataFrame:
    """Every institution with at least one paper: key, label, country, iso3, type and both paper counts."""
    Variant(tracks=tracks)  # checks the name
    frame = data.load(RANKINGS[tracks])
    codes = {name: countries.code_of(name) for name in frame["country"].unique()}  # once per country, not per row
    frame["iso3"] = frame["country"].map(codes)
    return frame


def top_n() -> int:
    """How many places the article's ranking has (from the article data)."""
    return int(articles.figures(ARTICLE, CLAIM).loc["top_n", "value"])


def venues() -> pd.DataFrame:
    """The conference-years behind the ranking with the papers kept for each track set."""
    return data.load(INPUTS)[["tracks", "conference", "year", "records", "kept_records", "kept_without_aff"]]


def neurips() -> pd.DataFrame:
    """The NeurIPS cross-check: each Russian affiliation's papers (aliases merged, an upper bound) and rank per
    period, beside the papers of the affiliation in 200th place."""
    rows = data.load(NEURIPS_RUSSIAN)
    rows = rows[rows["treatment"] == "russian_aliases_merged_upper_bound"].drop(columns="treatment")
    rows = rows.assign(reaches_cutoff=rows["papers"] >= rows["papers_at_rank_200"])
    pooled_last = rows["period"].str.contains("-")  # single years first, then the pooled years
    return (
        rows.assign(_pooled=pooled_last)
        .sort_values(["_pooled", "period", "papers"], ascending=[True, True, False], ignore_index=True)
        .drop(columns="_pooled")
    )


# -- the statistic ------------------------------------------------------------------------------------


def rank(variant: Variant = DEFAULT) -> pd.DataFrame:
    """The institutions of a variant, best first: key, label, country, iso3, type, papers and a competition
    rank (ties share the best place), recomputed from the paper counts (once per variant and version of the
    raw file: the verdicts, tables, charts and explorers ask for the same rankings many times)."""
    return _ranked(variant, data.version(RANKINGS[variant.tracks])).copy()


@functools.lru_cache(maxsize=len(VARIANTS) + 1)
def _ranked(variant: Variant, _version: str) -> pd.DataFrame:
    frame = institutions(variant.tracks)
    if variant.universe == "academic_or_public_only":
        frame = frame[frame["type"] != COMPANY]
    ranking = frame[["key", "label", "country", "iso3", "type"]].assign(papers=frame[f"papers_{variant.metric}"])
    ranking["rank"] = ranking["papers"].rank(ascending=False, method="min").astype("int64")
    return ranking.sort_values(["rank", "label"], ignore_index=True)


def cutoff(ranking: pd.DataFrame, top: int) -> float:
    """Papers of the institution in the `top`-th place (what it takes to be in the top `top`)."""
    return float(ranking["papers"].iloc[top - 1])


def russian(variant: Variant = DEFAULT) -> pd.DataFrame:
    """The Russian institutions of a variant with their papers, rank and shortfall from the cut-off."""
    return russian_from(rank(variant), top_n())


def russian_from(ranking: pd.DataFrame, top: int) -> pd.DataFrame:
    """`russian` of a ranking already computed."""
    line = cutoff(ranking, top)
    rows = ranking[ranking["iso3"] == FOCUS].reset_index(drop=True)
    return rows.assign(cutoff=line, short_of_cutoff=line - rows["papers"])


def pooled(variant: Variant = DEFAULT) -> dict:
    """Russia counted as one institution: its papers (full: distinct papers with at least one Russian
    institution of the variant; fractional: the sum of their shares) and the rank that would give."""
    ranking = rank(variant)
    keys = set(ranking.loc[ranking["iso3"] == FOCUS, "key"])
    rows = data.load(RUSSIAN_PAPERS)
    rows = rows[(rows["tracks"] == variant.tracks) & rows["key"].isin(keys)]
    if variant.metric == "full":
        papers = float(len(rows.drop_duplicates(["conference", "year", "record_index"])))
    else:
        papers = float(rows["fractional_weight"].sum())
    return {"papers": papers, "rank": int((ranking["papers"] > papers).sum()) + 1, "institutions": len(keys)}


def summary() -> pd.DataFrame:
    """One row per variant: the cut-off, how many Russian institutions make the top, the best of them, and
    the pooled counterfactual."""
    top = top_n()
    rows = []
    for variant in VARIANTS:
        ranking = rank(variant)
        ours = ranking[ranking["iso3"] == FOCUS]
        best = ours.iloc[0]
        together = pooled(variant)
        rows.append(
            {
                "tracks": variant.tracks,
                "universe": variant.universe,
                "metric": variant.metric,
                "institutions": len(ranking),
                "cutoff": cutoff(ranking, top),
                "within_top": int((ranking["rank"] <= top).sum()),
                "russian_in_top": int((ours["rank"] <= top).sum()),
                "best_russian": best["label"],
                "best_russian_rank": int(best["rank"]),
                "best_russian_papers": float(best["papers"]),
                "pooled_papers": together["papers"],
                "pooled_rank": together["rank"],
            }
        )
    return pd.DataFrame(rows)


def reproduction() -> pd.DataFrame:
    """The kit's summary beside the research step's own (suffix `_published`), for every variant."""
    theirs = data.load(PUBLISHED).rename(
        columns={
            "variant": "tracks",
            "n_institutions": "institutions",
            "value_at_rank_200": "cutoff",
            "n_with_rank_le_200": "within_top",
            "russian_in_top200": "russian_in_top",
            "best_russian_value": "best_russian_papers",
            "pooled_russia_papers": "pooled_papers",
        }
    )
    merged = summary().merge(
        theirs, on=["tracks", "universe", "metric"], how="outer", suffixes=("", "_published"), validate="one_to_one"
    )
    compared = ["institutions", "cutoff", "within_top", "russian_in_top", "best_russian_rank", "pooled_papers"]
    return merged[["tracks", "universe", "metric"] + [f"{c}{s}" for c in compared for s in ("", "_published")]]


def seats_by_country(variant: Variant = DEFAULT, selection: Sequence[str] | None = None) -> pd.DataFrame:
    """Places in the top N by country (most first), Russia always included, with 0 when it has none.

    `selection` limits the rows to those countries (names or codes) and Russia."""
    return seats_from(rank(variant), top_n(), selection)


def seats_from(ranking: pd.DataFrame, top: int, selection: Sequence[str] | None = None) -> pd.DataFrame:
    """`seats_by_country` of a ranking already computed."""
    inside = ranking[ranking["rank"] <= top]
    counts = inside.groupby(inside["iso3"].fillna(""), sort=False).size()
    if FOCUS not in counts:
        counts[FOCUS] = 0
    if selection is not None:
        known = {code: countries.display_name(code) for code in ranking["iso3"].dropna().unique()}
        chosen = countries.resolve_many(
            selection, known, among="the countries with a ranked institution", least=0, most=len(known)
        )
        counts = counts.reindex(list(dict.fromkeys([*chosen, FOCUS])), fill_value=0)
    frame = pd.DataFrame({"iso3": counts.index, "seats": counts.to_numpy()})
    unknown = t("institutions-country-unknown")
    frame["country"] = [countries.display_name(code) if code else unknown for code in frame["iso3"]]
    frame["subject"] = frame["iso3"] == FOCUS
    return frame.sort_values(["seats", "country"], ascending=[False, True], ignore_index=True)[
        ["country", "iso3", "seats", "subject"]
    ]


def default_keys() -> list[str]:
    """The Russian institutions with at least a few papers (main tracks, full counting): shown by default."""
    ours = russian(DEFAULT)
    return ours.loc[ours["papers"] >= SHOWN_RUSSIAN, "key"].tolist()


def placement(variant: Variant = DEFAULT, keys: Sequence[str] | None = None) -> pd.DataFrame:
    """Chosen institutions (default: the Russian ones with at least a few papers) with papers and rank under a
    variant, and Russia pooled as one (last, whatever its papers: it is no institution); an institution the
    variant leaves out (a company among universities) has no rank."""
    return placement_from(
        rank(variant),
        institutions(variant.tracks).set_index("key"),
        pooled(variant),
        default_keys() if keys is None else keys,
    )


def placement_from(ranking: pd.DataFrame, everyone: pd.DataFrame, together: dict, keys: Sequence[str]) -> pd.DataFrame:
    """`placement` of a ranking, the institutions (indexed by key) and Russia pooled, already computed."""
    keys = list(dict.fromkeys(keys))
    unknown = [key for key in keys if key not in everyone.index]
    if unknown:
        raise SelectionError(f"No institution with the key {unknown[0]!r}.", fix="choose institutions from the list.")
    if not CHOOSE[0] <= len(keys) <= CHOOSE[1]:
        raise SelectionError(
            f"{len(keys)} institutions chosen; choose between {CHOOSE[0]} and {CHOOSE[1]}.",
            fix=f"select {'more' if len(keys) < CHOOSE[0] else 'fewer'} institutions.",
        )
    placed = ranking.set_index("key").reindex(keys)
    placed["label"] = everyone.loc[keys, "label"]
    placed["iso3"] = everyone.loc[keys, "iso3"]
    placed = placed.reset_index()[["key", "label", "iso3", "papers", "rank"]]
    placed = placed.sort_values("papers", ascending=False, na_position="last", ignore_index=True)
    placed.loc[len(placed)] = {
        "key": POOLED,
        "label": t("institutions-pooled"),
        "iso3": FOCUS,
        "papers": together["papers"],
        "rank": together["rank"],
    }
    placed["rank"] = placed["rank"].astype("Int64")
    return placed


def institution_options(variant: Variant = DEFAULT, best: int = 300) -> list[tuple[str, str]]:
    """(label, key) choices for the comparison: the best `best` of a variant and every Russian institution."""
    ranking = rank(variant)
    chosen = ranking[(ranking["rank"] <= best) | (ranking["iso3"] == FOCUS)]
    return [
        (t("institutions-option", rank=int(row.rank), institution=row.label, country=_country(row)), row.key)
        for row in chosen.itertuples()
    ]


def _country(row) -> str:
    """An institution's country in the current language (the data's English name where it has no code)."""
    return countries.shown_name(row.iso3, row.country) if isinstance(row.iso3, str) else row.country


def tidy() -> pd.DataFrame:
    """The story's tidy dataset: for each variant, the papers and rank of every institution in the top N and
    of every Russian institution, the cut-off, the pooled counterfactual and the places by country."""
    top = top_n()
    parts = []
    for variant in VARIANTS:
        ranking = rank(variant)
        shown = ranking[(ranking["rank"] <= top) | (ranking["iso3"] == FOCUS)]
        period, source = "2023-2024", RANKINGS[variant.tracks]
        unit = "papers" if variant.metric == "full" else "papers (fractional)"
        for measure, column, qualifier, unit_of in (
            ("papers", "papers", "as published", unit),
            ("rank", "rank", "derived", f"rank of {len(ranking)}"),
        ):
            parts.append(
                pd.DataFrame(
                    {
                        "entity": shown["label"],
                        "entity_type": "institution",
                        "iso3": shown["iso3"],
                        "measure": f"{measure}, {variant.label}",
                        "period": period,
                        "value": shown[column].astype("float64"),
                        "unit": unit_of,
                        "qualifier": qualifier,
                        "source_id": source,
                    }
                )
            )
        together = pooled(variant)
        seats = seats_by_country(variant)
        extra = [
            ("rank-200 cut-off", "", f"papers at rank {top}, {variant.label}", cutoff(ranking, top), unit, source),
            (
                "Russia (all institutions pooled)",
                FOCUS,
                f"papers, {variant.label}",
                together["papers"],
                unit,
                f"{source} {RUSSIAN_PAPERS}",
            ),
            (
                "Russia (all institutions pooled)",
                FOCUS,
                f"rank if counted as one institution, {variant.label}",
                float(together["rank"]),
                "rank",
                f"{source} {RUSSIAN_PAPERS}",
            ),
        ] + [
            (
                row.country,
                row.iso3,
                f"institutions in the top {top}, {variant.label}",
                float(row.seats),
                "count",
                source,
            )
            for row in seats.itertuples()
        ]
        parts.append(
            pd.DataFrame(
                [
                    {
                        "entity": entity,
                        "entity_type": "country" if iso3 and not entity.startswith("Russia (") else "aggregate",
                        "iso3": iso3 or None,
                        "measure": measure,
                        "period": period,
                        "value": value,
                        "unit": unit_of,
                        "qualifier": "derived",
                        "source_id": src,
                    }
                    for entity, iso3, measure, value, unit_of, src in extra
                ]
            )
        )
    return pd.concat(parts, ignore_index=True)


# -- claims -------------------------------------------------------------------------------------------


def published_rankings() -> pd.DataFrame:
    """The published rankings the research found, with whether each counts for the verdict and what it says about
    a Russian institution in the top N of the article's statement (True, False, or None when it cannot tell: it
    lists fewer places, or the statement's N is not the 200 the rankings were read for)."""
    frame = data.load(PUBLISHED_RANKINGS)
    for column in ("short_name", "best_russian", "strength_reason"):  # the texts readers see, in their language
        frame[column] = frame[column].map(translations.column(PUBLISHED_RANKINGS, column)).where(frame[column].notna())
    read_for = 200  # the published rankings were read for a top 200 (`russian_within_200`)
    within = frame["russian_within_200"].map({"yes": True, "no": False, "unknown": None})
    if top_n() != read_for:
        within = pd.Series([None] * len(frame), index=frame.index, dtype="object")
    counts = (frame["strength"] == COUNTS) & (frame["subject"] == "AI") & within.notna()
    return frame.assign(russian_within_top=within, counts=counts)


def neurips_bounds() -> pd.DataFrame:
    """Per NeurIPS period: the cut-off, the best Russian affiliation's upper bound, and the papers of the bucket
    that mixes Skoltech with ISTA (so Skoltech cannot be bounded below it), with whether that bucket reaches the
    cut-off."""
    cutoffs = data.load(NEURIPS_CUTOFFS).set_index("period")
    best = neurips().drop_duplicates("period").set_index("period")
    frame = cutoffs.join(best[["label", "papers", "rank"]])
    return frame.assign(bucket_reaches=frame["ista_bucket_papers"] >= frame["papers_at_rank_200"]).reset_index()


def evidence(stated: int = 0) -> pd.DataFrame:
    """Every ranking the verdict weighs, with whether it agrees with a statement that `stated` Russian
    institutions are in the top N (True, False, or None when it cannot tell) and whether it counts for the
    verdict: the kit's rebuild (all its variants), the NeurIPS counts and the published rankings."""
    counted = summary()["russian_in_top"]
    rebuilt = True if (counted == stated).all() else False if (counted != stated).all() else None
    pooled_years = neurips_bounds().query("period.str.contains('-')", engine="python").iloc[0]
    if pooled_years["bucket_reaches"] or stated:
        neurips_agrees = None  # Skoltech cannot be bounded, and upper bounds cannot count institutions
    else:
        neurips_agrees = bool(pooled_years["papers"] < pooled_years["papers_at_rank_200"])
    rows = [
        {
            "ranking": t("institutions-ranking-kit", count=len(venues().query("tracks == @DEFAULT.tracks"))),
            "agrees": rebuilt,
            "counts": True,
        },
        {
            "ranking": t("institutions-ranking-neurips", period=pooled_years["period"]),
            "agrees": neurips_agrees,
            "counts": neurips_agrees is not None,
        },
    ]
    for row in published_rankings().itertuples():
        within = row.russian_within_top
        if within is None or (within and stated):
            agrees = None  # a Russian institution within the top cannot confirm how many there are
        else:
            agrees = within == (stated > 0)
        rows.append({"ranking": row.short_name, "agrees": agrees, "counts": bool(row.counts) and agrees is not None})
    return pd.DataFrame(rows).assign(top=top_n())


def verdict_from(weighed: pd.DataFrame) -> bool | None:
    """True when every ranking that counts agrees with the statement, False when every one disagrees, None when
    they differ or none counts."""
    says = weighed.loc[weighed["counts"], "agrees"].tolist()
    if not says or any(value is None for value in says):
        return None
    return True if all(says) else False if not any(says) else None


def place(text: str) -> str:
    """A published place in words: '74' -> '74th', '51-70' -> 'at 51-70' (in Ukrainian 'на місце № 74')."""
    single = str(text).isdigit()
    return t("institutions-place", place=fmt.ordinal(int(text)) if single else str(text), range=int(not single))


def verdicts() -> list[claims.Claim]:
    """The article's statement about the top 200 AI research institutions, weighed against every ranking found."""
    article = articles.figures(ARTICLE, CLAIM)
    stated, top = int(article.loc["russian_in_top", "value"]), int(article.loc["top_n", "value"])
    table = summary()
    default = table.iloc[0]
    together = pooled(DEFAULT)
    used = venues()
    main = used[used["tracks"] == DEFAULT.tracks]
    bounds = neurips_bounds()
    pooled_years = bounds[bounds["period"].str.contains("-")].iloc[0]
    borderline = neurips()[neurips()["reaches_cutoff"]]
    ours = rank(DEFAULT)
    best_key = ours.loc[ours["iso3"] == FOCUS, "key"].iloc[0]  # the key of `default["best_russian"]`
    published = published_rankings()
    weighed = evidence(stated)
    against = set(weighed.loc[weighed["counts"] & (weighed["agrees"] == False), "ranking"])  # noqa: E712
    contrary = published[published["short_name"].isin(against)]
    matches = verdict_from(weighed)
    unknown = rank(DEFAULT)
    unknown = int((unknown["iso3"].isna() & (unknown["rank"] <= top)).sum())
    with_affiliations = int((main["kept_records"] - main["kept_without_aff"]).sum())

    def published_text(row) -> str:
        said = (
            t("institutions-published-places", ranking=row.short_name, institution=row.best_russian,
              place=place(row.best_russian_place))
            if pd.notna(row.best_russian)
            else t("institutions-published-none", ranking=row.short_name, listed=int(row.top_listed))
        )
        return said if row.counts else t("institutions-published-context", text=said, reason=row.strength_reason)

    caveats = [
        t(
            "institutions-caveat-kit",
            count=len(main),
            venues=", ".join(f"{c} {y}" for c, y in zip(main["conference"], main["year"], strict=True)),
            papers_counted=t("institutions-papers", papers=fmt.count(with_affiliations), n=with_affiliations),
        ),
        t(
            "institutions-caveat-pooled",
            counted=DEFAULT.counted(together["papers"]),
            rank=fmt.ordinal(together["rank"]),
            top=top,
        ),
        t(
            "institutions-caveat-neurips",
            period=pooled_years["period"],
            institution=pooled_years["label"],
            short=short_name(NEURIPS_KEYS.get(pooled_years["label"], ""), pooled_years["label"]),
            counted=DEFAULT.counted(pooled_years["papers"]),
            cutoff=fmt.count(pooled_years["papers_at_rank_200"]),
            top=top,
            place=fmt.ordinal(top),
            alone=words.join(
                t(
                    "institutions-caveat-neurips-alone",
                    period=row.period,
                    counted=DEFAULT.counted(row.papers),
                    cutoff=fmt.count(row.papers_at_rank_200),
                    top=top,
                    place=fmt.ordinal(top),
                    rank=fmt.ordinal(row.rank),
                )
                for row in borderline.itertuples()
            ),
            mismapped=fmt.names(list(MISMAPPED)),
            mismapped_short=fmt.names([short_name(NEURIPS_KEYS[label], label) for label in MISMAPPED]),
            bucket_counted=DEFAULT.counted(pooled_years["ista_bucket_papers"]),
            reaches=int(bool(pooled_years["bucket_reaches"])),
        ),
        t(
            "institutions-caveat-published",
            rankings=words.join((published_text(row) for row in published.itertuples()), "; "),
        ),
    ]
    if len(contrary) and matches is None:
        caveats.append(t("institutions-caveat-unsettled", rankings=fmt.names(list(contrary["short_name"]))))
    if unknown:
        caveats.append(t("institutions-caveat-unknown", count=unknown, top=top))
    sources = (RANKINGS["main_tracks"], RANKINGS["all_tracks"], RUSSIAN_PAPERS, NEURIPS_RUSSIAN, NEURIPS_CUTOFFS,
               PUBLISHED_RANKINGS)
    aside = [
        *(
            claims.set_aside(source, "Nine conferences only", "institutions-aside-restated")
            for source in (RANKINGS["main_tracks"], RANKINGS["all_tracks"], RUSSIAN_PAPERS)
        ),
        *(
            claims.set_aside(
                source,
                "lowers the cut-off",
                "institutions-aside-cutoff",
            )
            for source in (RANKINGS["main_tracks"], RANKINGS["all_tracks"], RUSSIAN_PAPERS)
        ),
        *(
            claims.set_aside(
                source,
                "Samsung AI Center Moscow",
                "institutions-aside-samsung",
            )
            for source in (RANKINGS["main_tracks"], RANKINGS["all_tracks"])
        ),
        *(
            claims.set_aside(source, "not the one the article used", "institutions-aside-restated")
            for source in (RANKINGS["main_tracks"], RANKINGS["all_tracks"])
        ),
        claims.set_aside(
            RANKINGS["all_tracks"],
            "Sensitivity run",
            "institutions-aside-sensitivity", variants=len(table),
        ),
        *(
            claims.set_aside(source, "third party's mapping", "institutions-aside-neurips")
            for source in (NEURIPS_RUSSIAN, NEURIPS_CUTOFFS)
        ),
    ]
    caveats += claims.source_caveats(sources, aside)
    counts = sorted({int(n) for n in table["russian_in_top"]})
    computed = t(
        "institutions-computed",
        counts=fmt.names(sorted(str(n) for n in counts)),
        count=counts[-1],
        top=top,
        variants=len(table),
        institution=default["best_russian"],
        short=short_name(best_key, default["best_russian"]),
        rank=fmt.ordinal(int(default["best_russian_rank"])),
        counted=DEFAULT.counted(default["best_russian_papers"]),
        cutoff=DEFAULT.papers(default["cutoff"]),
        place=fmt.ordinal(top),
        contrary=words.join(
            t(
                "institutions-computed-contrary",
                ranking=row.short_name,
                institution=row.best_russian,
                place=place(row.best_russian_place),
            )
            for row in contrary.itertuples()
        ),
    )
    return [
        claims.Claim(
            claim_id=CLAIM,
            article_value=t("institutions-article-value", stated=stated, top=top),
            computed_value=computed,
            verdict=claims.judge(matches, caveats),
            caveats=tuple(caveats),
            source_ids=sources,
            set_aside=tuple(aside),
            citations=citations(sources),
        )
    ]


def citations(sources: Sequence[str]) -> tuple[claims.Citation, ...]:
    """The listed pages of the kit's own ranking's sources, and each published ranking as its publisher gave it and
    as the page the kit read reported it (the edition, and so the ranking's own date, is not always known)."""
    rankings = data.load(PUBLISHED_RANKINGS)
    return claims.pages([source for source in sources if source != PUBLISHED_RANKINGS]) + tuple(
        claims.record(PUBLISHED_RANKINGS, number, row.publisher)
        for number, row in enumerate(rankings.itertuples(), 1)
    )
