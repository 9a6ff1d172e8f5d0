"""Refresh extractors for the tool's data: AI-Governance-Map's indicators file (JSON) -> the story's CSVs.

Used only by `python -m kit refresh`, which names them in the sources' descriptions (`download.extract`).
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pandas as pd

from kit import countries, i18n

AIGM_SOURCE_ID = "stanford-ai-vibrancy-tool-2024"  # the Stanford records in AI-Governance-Map's indicators


def _aigm_records(payload: bytes) -> tuple[list[dict], list[dict]]:
    """AI-Governance-Map's Stanford records, ranked (score above 0) and unranked, in the source's order.

    Numbers are kept as the source writes them (`100`, `2.127`), so an unchanged source gives unchanged bytes.
    """
    records = json.loads(payload.decode("utf-8"), parse_float=str, parse_int=str)
    stanford = [r for r in records if isinstance(r, dict) and r.get("sourceId") == AIGM_SOURCE_ID]
    if not stanford:
        raise ValueError(f"no records with sourceId {AIGM_SOURCE_ID!r}")
    stanford.sort(key=lambda r: int(r["rank"]))
    for record in stanford:  # a country must be ranked (score above 0) or unranked (0), never silently neither
        if not float(record["score"]) >= 0:
            raise ValueError(f"the record of {record.get('countryIso3')} has the score {record['score']!r}")
    ranked = [r for r in stanford if float(r["score"]) > 0]
    return ranked, [r for r in stanford if float(r["score"]) == 0]


def _names(current: pd.DataFrame | None) -> Callable[[str], str]:
    """Country names: the JSON has codes only, so names are kept from the current file; a code new to the
    file takes its common English name (`kit.countries.display_name`, in English: the data's language)."""
    usable = current is not None and {"iso3", "country"} <= set(current.columns)
    known = dict(zip(current["iso3"], current["country"], strict=True)) if usable else {}

    def name(iso3: str) -> str:
        return known[iso3] if iso3 in known else countries.display_name(iso3).in_language(i18n.SOURCE)

    return name


def pillar_scores(payload: bytes, current: pd.DataFrame | None) -> list[list[str]]:
    ranked, _ = _aigm_records(payload)
    name = _names(current.drop_duplicates("iso3") if current is not None and "iso3" in current else None)
    rows = [["country", "iso3", "pillar", "score"]]
    for record in ranked:
        iso3 = record["countryIso3"]
        rows += [[name(iso3), iso3, pillar, score] for pillar, score in record["pillars"].items()]
    return rows


def overall_ranking(payload: bytes, current: pd.DataFrame | None) -> list[list[str]]:
    ranked, _ = _aigm_records(payload)
    name = _names(current)
    rows = [["country", "iso3", "score", "rank"]]
    return rows + [[name(r["countryIso3"]), r["countryIso3"], r["score"], r["rank"]] for r in ranked]


def unranked(payload: bytes, current: pd.DataFrame | None) -> list[list[str]]:
    _, unranked_records = _aigm_records(payload)
    return [["iso3"]] + [[r["countryIso3"]] for r in unranked_records]


EXTRACTORS: dict[str, Callable[[bytes, pd.DataFrame | None], list[list[str]]]] = {
    "ai-governance-map/stanford-pillar-scores": pillar_scores,
    "ai-governance-map/stanford-overall-ranking": overall_ranking,
    "ai-governance-map/stanford-unranked": unranked,
}
