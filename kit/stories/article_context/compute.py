"""The article's checkable statements that are not statistics (Putin's 'CIA project' remark, his use of the internet
and smartphones, the humanoid robot that fell, Yandex's Alisa and Luhansk), checked part by part against dated records.

Each statement is split into the parts the article asserts (its "figures" in the article's data); each record the
research found supports a part, contradicts it, or only gives context. A part is confirmed when records support it
and none contradicts it, contradicted when records contradict it and none supports it, disputed when both, and not
found when no record does either. The verdict follows: a part not found leaves the statement unverified; a part
contradicted makes it inaccurate; disputed parts, old records and context are its caveats. Everything here is a
pure function of the described data.
"""

from __future__ import annotations

import datetime

import pandas as pd

from kit import articles, claims, data, fmt

ARTICLE = "united24_2026"
EVIDENCE = "article_context_evidence"
CLAIMS = ("putin-offline", "cia-project", "robot-fall", "alisa-luhansk")
SUPPORTS, CONTRADICTS, CONTEXT = "supports", "contradicts", "context"
CONFIRMED, CONTRADICTED, DISPUTED, NOT_FOUND = "confirmed", "contradicted", "disputed", "not found"
OLD = 1.0  # records older than this many years before the article are named as such
DAYS_PER_YEAR = 365.25


# -- data ---------------------------------------------------------------------------------------------


def evidence(claim_id: str | None = None) -> pd.DataFrame:
    """The dated records, oldest first (all, or one statement's), with each event's date as a decimal year."""
    frame = data.load(EVIDENCE)
    if claim_id is not None:
        frame = frame[frame["claim_id"] == claim_id]
    frame = frame.assign(year=frame["event_date"].map(decimal_year))
    return frame.sort_values(["year", "reported_by"], ignore_index=True)


def parts(claim_id: str) -> pd.DataFrame:
    """The parts of a statement the article asserts (`part`, `asserted`), in the article's data order."""
    rows = articles.figures(ARTICLE, claim_id).reset_index()
    return pd.DataFrame({"part": rows["figure"], "asserted": rows["value"]})


def decimal_year(text: str) -> float:
    """'2014-04-24' -> 2014.31; '2025-04' -> 2025.29 (mid-month when the day is not known)."""
    year, month = int(text[:4]), int(text[5:7])
    day = int(text[8:10]) if len(text) >= 10 else None
    start = datetime.date(year, 1, 1)
    if day is None:
        middle = datetime.date(year, month, 15)
        return year + (middle - start).days / DAYS_PER_YEAR
    return year + (datetime.date(year, month, day) - start).days / DAYS_PER_YEAR


def article_year() -> float:
    return decimal_year(articles.article(ARTICLE).published)


def when(text: str) -> str:
    """'2014-04-24' -> '24 Apr 2014'; '2025-04' -> 'Apr 2025'."""
    if len(text) >= 10:
        day = datetime.date.fromisoformat(text[:10])
        return f"{day.day} {day:%b %Y}"
    return f"{datetime.date(int(text[:4]), int(text[5:7]), 1):%b %Y}"


# -- the statistic: findings per part ---------------------------------------------------------------------


def findings(claim_id: str) -> pd.DataFrame:
    """One row per part of a statement: what the article asserts, how many records support and contradict it,
    and the finding (confirmed, contradicted, disputed or not found)."""
    records = evidence(claim_id)
    rows = []
    for part in parts(claim_id).itertuples():
        mine = records[records["element"] == part.part]
        supports = int((mine["finding"] == SUPPORTS).sum())
        contradicts = int((mine["finding"] == CONTRADICTS).sum())
        if supports and contradicts:
            finding = DISPUTED
        elif supports:
            finding = CONFIRMED
        elif contradicts:
            finding = CONTRADICTED
        else:
            finding = NOT_FOUND
        rows.append(
            {
                "claim_id": claim_id,
                "part": part.part,
                "asserted": part.asserted,
                "supports": supports,
                "contradicts": contradicts,
                "finding": finding,
            }
        )
    return pd.DataFrame(rows)


def tidy() -> pd.DataFrame:
    """The story's tidy dataset: every record's date (as a decimal year), per statement and part, with what it does."""
    frame = evidence()
    return pd.DataFrame(
        {
            "entity": frame["claim_id"] + ": " + frame["element"],
            "entity_type": "statement part",
            "iso3": "RUS",
            "measure": "date of a record that " + frame["finding"].map(
                {SUPPORTS: "supports it", CONTRADICTS: "contradicts it", CONTEXT: "frames it"}
            ) + " (" + frame["reported_by"] + ")",
            "period": frame["event_date"],
            "value": frame["year"].round(3),
            "unit": "year (decimal)",
            "qualifier": "as reported",
            "source_id": EVIDENCE,
        }
    )


# -- claims -------------------------------------------------------------------------------------------


def _cite(rows: pd.DataFrame) -> str:
    """'The Moscow Times, 28 May 2024; Holod, 19 May 2024' (each record: who reported it, when it happened)."""
    return "; ".join(f"{row.reported_by}, {when(row.event_date)}" for row in rows.itertuples())


def _caveats(claim_id: str) -> list[str]:
    """A statement's caveats: its disputed and unfound parts with the records on each side, context records, and
    the age of the records when the newest is more than a year older than the article."""
    records = evidence(claim_id)
    texts = []
    for part in findings(claim_id).itertuples():
        mine = records[records["element"] == part.part]
        support, against, context = (mine[mine["finding"] == kind] for kind in (SUPPORTS, CONTRADICTS, CONTEXT))
        framed = "; ".join(f"{row.who} ({when(row.report_date)}): {row.note}" for row in context.itertuples())
        if part.finding == DISPUTED:
            texts.append(
                f"Disputed: '{part.asserted}'. Against it: "
                + "; ".join(f"{row.who}, {when(row.event_date)}: {row.note}" for row in against.itertuples())
                + ". For it: "
                + "; ".join(f"{row.who}, {when(row.event_date)}: {row.note}" for row in support.itertuples())
                + (f". Other reports of the same Times article: {framed}" if framed else "")
                + "."
            )
        elif part.finding == NOT_FOUND:
            texts.append(
                f"Not found: '{part.asserted}'; the research found no record of it"
                + (f"; the nearest is {framed}" if framed else "")
                + "."
            )
        elif part.finding == CONTRADICTED:
            texts.append(f"Contradicted: '{part.asserted}': {_cite(against)}.")
        elif framed:
            texts.append(f"{framed[0].upper()}{framed[1:]}.")
    old = []
    for part in findings(claim_id).itertuples():
        support = records[(records["element"] == part.part) & (records["finding"] == SUPPORTS)]
        if part.finding != CONFIRMED or article_year() - support["year"].max() <= OLD:
            continue
        first, last = support.iloc[0], support.iloc[-1]
        span = when(first["event_date"]) if first["event_date"] == last["event_date"] else (
            f"{when(first['event_date'])} to {when(last['event_date'])}"
        )
        old.append(f"'{part.asserted}' ({span}, about {article_year() - last['year']:.0f} years before the article)")
    if old:
        texts.append("The records that confirm it are old: " + "; ".join(old) + "; the article gives no date.")
    return texts


def _computed(claim_id: str) -> str:
    """Each part's finding in words, with where and when its supporting records come from."""
    records = evidence(claim_id)
    texts = []
    for part in findings(claim_id).itertuples():
        mine = records[(records["element"] == part.part) & (records["finding"] != CONTEXT)]
        if part.finding == NOT_FOUND:
            texts.append(f"{part.asserted}: no record found")
        else:
            dates = list(dict.fromkeys(when(d) for d in sorted(mine["event_date"])))
            texts.append(f"{part.asserted}: {part.finding} ({fmt.names(dates)})")
    return "; ".join(texts)


def set_aside_for(claim_id: str) -> list[claims.SetAside]:
    """The evidence's caveats that do not concern a statement, with the reason."""
    aside = []
    if claim_id != "putin-offline":
        aside.append(claims.set_aside(EVIDENCE, "Putin's habits", "the statement is not about Putin's habits"))
    if claim_id == "robot-fall":
        aside.append(
            claims.set_aside(EVIDENCE, "The Times' own text", "the fall is on record, filmed, independently of The Times")
        )
    return aside


def verdicts() -> list[claims.Claim]:
    """Each statement, part by part, against the dated records."""
    result = []
    for claim_id in CLAIMS:
        found = findings(claim_id)
        aside = set_aside_for(claim_id)
        caveats = _caveats(claim_id) + claims.source_caveats([EVIDENCE], aside)
        result.append(
            claims.Claim(
                claim_id=claim_id,
                article_value="; ".join(found["asserted"]),
                computed_value=_computed(claim_id),
                verdict=claims.judge(
                    not (found["finding"] == CONTRADICTED).any(),
                    caveats,
                    found=not (found["finding"] == NOT_FOUND).any(),
                ),
                caveats=tuple(caveats),
                source_ids=(EVIDENCE,),
                set_aside=tuple(aside),
            )
        )
    return result
