"""The article's checkable statements that are not statistics (Putin's 'CIA project' remark, his use of the internet
and smartphones, the leaders The Times contrasts him with, the humanoid robot that fell, Yandex's Alisa and Luhansk,
the date of The Times' report, the economic cuts the article mentions), checked part by part against dated records.

Each statement is split into the parts the article asserts (its "figures" in the article's data); each record the
research found supports a part, contradicts it, or only gives context. A part is confirmed when records support it
and none contradicts it, contradicted when records contradict it and none supports it, disputed when both, and not
found when no record does either. The verdict follows the kit's rule for parts (`claims.judge_parts`): the statement
holds up only when every part is confirmed, and the claim names the parts that fail. Each claim cites the records
it rests on, each with its originator and the page it was read on. Everything here is a pure function of the
described data.
"""

from __future__ import annotations

import datetime

import pandas as pd


from kit import articles, claims, data, fmt, i18n, words
from kit.i18n import t

ARTICLE = "united24_2026"
EVIDENCE = "article_context_evidence"
SEARCHES = "article_context_searches"  # where the research looked for the parts no record shows
CLAIMS = (
    "times-date",
    "putin-offline",
    "cia-project",
    "leaders-messaging",
    "robot-fall",
    "alisa-luhansk",
    "economic-cuts",
)
SUPPORTS, CONTRADICTS, CONTEXT = "supports", "contradicts", "context"
CONFIRMED, CONTRADICTED, DISPUTED, NOT_FOUND = (
    claims.Finding.CONFIRMED,
    claims.Finding.CONTRADICTED,
    claims.Finding.DISPUTED,
    claims.Finding.NOT_FOUND,
)
OLD = 1.0  # records older than this many years before the article are named as such
DAYS_PER_YEAR = 365.25


# -- data ---------------------------------------------------------------------------------------------


def evidence(claim_id: str | None = None) -> pd.DataFrame:
    """The dated records, oldest first (all, or one statement's), with each event's date as a decimal year."""
    frame = data.load(EVIDENCE)
    frame = frame.assign(row=frame.index + 1)  # the record's line in the file: its texts' ids in the catalogs
    if claim_id is not None:
        frame = frame[frame["claim_id"] == claim_id]
    frame = frame.assign(year=frame["event_date"].map(decimal_year))
    return frame.sort_values(["year", "reported_by"], ignore_index=True)


def searches(claim_id: str) -> pd.DataFrame:
    """The searches for the parts of a statement that no record shows (day, where, terms, what was found)."""
    frame = data.load(SEARCHES)
    return frame[frame["claim_id"] == claim_id].reset_index(drop=True)


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


def when(text: str, inferred: bool = False) -> str:
    """'2014-04-24' -> '24 Apr 2014' ('24 квітня 2014'); '2025-04' -> 'Apr 2025' ('квітень 2025'); a date inferred
    as the latest possible -> 'by 30 Jan 2026' ('не пізніше 30 січня 2026')."""
    shown = fmt.date(text, "day-year") if _has_day(text) else month(text, "month-full")
    return t("context-date-by", date=shown) if inferred else shown


def month(text: str, form: str) -> str:
    """A month and its year: 'Apr 2025' in English (the house style), else the month written out in `form`
    ('month-full': 'квітень 2025' standing alone; 'month-full-after': 'квітня 2025' after a day)."""
    return words.PerLanguage({i18n.SOURCE: fmt.date(text, "month")}, fmt.date(text, form))


def span(first: str, last: str) -> str:
    """The dates of two records: '19–28 May 2024' ('19–28 травня 2024') within a month, else
    '20 Dec 2018 – 23 Jun 2019'; one date when they are the same."""
    if first == last:
        return when(first)
    if _has_day(first) and _has_day(last) and first[:7] == last[:7]:
        return t("context-span-days", first=str(int(first[8:10])), last=when(last))
    return t("context-span", first=when(first), last=when(last))


def dates_in_words(rows: pd.DataFrame) -> str:
    """The dates of records, oldest first and each once, days of one month together: '20 Dec 2018, 10 and 11 Nov
    2025 and by 30 Jan 2026' ('20 грудня 2018, 10 і 11 листопада 2025 і не пізніше 30 січня 2026')."""
    dated = sorted(dict.fromkeys(zip(rows["event_date"], rows["event_date_inferred"].astype(bool), strict=True)))
    groups: list[list[tuple[str, bool]]] = []  # days read (not inferred) of one month together, other dates alone
    for day, inferred in dated:
        last = groups[-1][-1] if groups else None
        if last and _day_read(day, inferred) and _day_read(*last) and last[0][:7] == day[:7]:
            groups[-1].append((day, inferred))
        else:
            groups.append([(day, inferred)])
    return fmt.names([_in_words(group) for group in groups])


def _in_words(group: list[tuple[str, bool]]) -> str:
    if len(group) == 1:
        return when(*group[0])
    days = fmt.names([str(int(day[8:10])) for day, _ in group])
    return t("context-days", days=days, month=month(group[0][0], "month-full-after"))


def _day_read(day: str, inferred: bool) -> bool:
    return _has_day(day) and not inferred


def _has_day(text: str) -> bool:
    return len(text) >= 10


def event_when(row: object) -> str:
    """When a record's originator said or published it, marked when the date is inferred."""
    return when(row.event_date, bool(row.event_date_inferred))


# -- texts from the data, rendered in each language ---------------------------------------------------------


def asserted(claim_id: str, part: str, english: str) -> str:
    """What the article asserts about a part, in our words (the English is the article's data)."""
    return i18n.translated(f"context-part-{claim_id}-{part}", english)


def record_text(row: object, field: str) -> str:
    """A record's `who`, `note` or `reported_by` (ids `context-record-<line>-who`, `-note`, `-outlet`)."""
    name = {"who": "who", "note": "note", "reported_by": "outlet"}[field]
    return i18n.translated(f"context-record-{row.row}-{name}", getattr(row, field))


def finding_name(finding: str) -> str:
    """A finding in words: confirmed, contradicted, disputed, not found."""
    return t("context-finding-" + finding.replace(" ", "-"))


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
    return words.join(
        (t("context-cite", outlet=record_text(row, "reported_by"), date=event_when(row)) for row in rows.itertuples()),
        "; ",
    )


def _event(rows: pd.DataFrame) -> str:
    """Each record: who, when it happened, what it says."""
    return words.join(
        (
            t("context-record-event", who=record_text(row, "who"), date=event_when(row), note=record_text(row, "note"))
            for row in rows.itertuples()
        ),
        "; ",
    )


def _caveats(claim_id: str) -> list[str]:
    """A statement's caveats: its disputed and unfound parts with the records on each side, context records, and
    the age of the records when the newest is more than a year older than the article."""
    records = evidence(claim_id)
    texts = []
    for part in findings(claim_id).itertuples():
        mine = records[records["element"] == part.part]
        support, against, context = (mine[mine["finding"] == kind] for kind in (SUPPORTS, CONTRADICTS, CONTEXT))
        said = asserted(claim_id, part.part, part.asserted)
        framed = words.join(
            (
                t("context-record-report", who=record_text(row, "who"), date=when(row.report_date),
                  note=record_text(row, "note"))
                for row in context.itertuples()
            ),
            "; ",
        ) if len(context) else ""
        if part.finding == DISPUTED:
            sides = {"part": said, "against": _event(against), "support": _event(support)}
            texts.append(
                t("context-caveat-disputed-others", **sides, others=framed)
                if framed
                else t("context-caveat-disputed", **sides)
            )
        elif part.finding == NOT_FOUND:
            texts.append(
                t("context-caveat-not-found-nearest", part=said, nearest=framed)
                if framed
                else t("context-caveat-not-found", part=said)
            )
            looked = searches(claim_id)
            looked = looked[looked["element"] == part.part]
            if len(looked):
                texts.append(
                    t("context-caveat-searched", part=said, n=len(looked), date=when(looked["searched_on"].max()))
                )
        elif part.finding == CONTRADICTED:
            texts.append(t("context-caveat-contradicted", part=said, records=_cite(against)))
        elif framed:
            texts.append(t("context-caveat-context", records=words.capitalized(framed)))
    old = []
    for part in findings(claim_id).itertuples():
        support = records[(records["element"] == part.part) & (records["finding"] == SUPPORTS)]
        if part.finding != CONFIRMED or article_year() - support["year"].max() <= OLD:
            continue
        first, last = support.iloc[0], support.iloc[-1]
        age = article_year() - last["year"]
        old.append(
            t(
                "context-caveat-old-part",
                part=asserted(claim_id, part.part, part.asserted),
                span=span(first["event_date"], last["event_date"]),
                years=fmt.number(age),
                n=int(fmt.rounded(age)),
            )
        )
    if old:
        texts.append(t("context-caveat-old", parts=words.join(old, "; ")))
    return texts


def _computed(claim_id: str) -> str:
    """Each part's finding in words, with where and when its supporting records come from."""
    records = evidence(claim_id)
    texts = []
    for part in findings(claim_id).itertuples():
        mine = records[(records["element"] == part.part) & (records["finding"] != CONTEXT)]
        said = asserted(claim_id, part.part, part.asserted)
        if part.finding == NOT_FOUND:
            texts.append(t("context-computed-not-found", part=said))
        else:
            texts.append(t("context-computed", part=said, finding=finding_name(part.finding), dates=dates_in_words(mine)))
    return words.join(texts, "; ")


def set_aside_for(claim_id: str) -> list[claims.SetAside]:
    """The evidence's caveats that do not concern a statement, with the reason."""
    aside = []
    if claim_id != "putin-offline":
        aside.append(claims.set_aside(EVIDENCE, "Putin's habits", "context-aside-habits"))
    if claim_id == "robot-fall":
        aside.append(claims.set_aside(EVIDENCE, "The Times' own text", "context-aside-times"))
    if claim_id == "economic-cuts":
        aside.append(claims.set_aside(EVIDENCE, "The Times' own text", "context-aside-times-cuts"))
    else:
        aside.append(claims.set_aside(EVIDENCE, "economic cuts", "context-aside-economy"))
    return aside


def sources_of(claim_id: str) -> tuple[str, ...]:
    """The evidence, and the search log where the research looked for a part no record shows."""
    return (EVIDENCE, SEARCHES) if len(searches(claim_id)) else (EVIDENCE,)


def citations(claim_id: str) -> tuple[claims.Citation, ...]:
    """Each record of a statement, oldest first: its originator and date, and the page it was read on."""
    return tuple(
        claims.Citation(
            source_id=EVIDENCE,
            originator=record_text(row, "who"),
            originated=row.event_date,
            originated_inferred=bool(row.event_date_inferred),
            publisher=record_text(row, "reported_by"),
            title=record_text(row, "note"),
            url=row.source_url,
            published=row.report_date,
            published_inferred=bool(row.report_date_inferred),
            retrieved=row.retrieved,
            row=int(row.row),
        )
        for row in evidence(claim_id).itertuples()
    )


def verdicts() -> list[claims.Claim]:
    """Each statement, part by part, against the dated records: it holds up only when every part is confirmed."""
    result = []
    for claim_id in CLAIMS:
        found = findings(claim_id)
        aside = set_aside_for(claim_id)
        sources = sources_of(claim_id)
        caveats = _caveats(claim_id) + claims.source_caveats(sources, aside)
        verdict, failing = claims.judge_parts(list(zip(found["part"], found["finding"], strict=True)), caveats)
        by_part = found.set_index("part")
        result.append(
            claims.Claim(
                claim_id=claim_id,
                article_value=words.join(
                    (asserted(claim_id, part, said) for part, said in zip(found["part"], found["asserted"], strict=True)),
                    "; ",
                ),
                computed_value=_computed(claim_id),
                verdict=verdict,
                caveats=tuple(caveats),
                source_ids=sources,
                set_aside=tuple(aside),
                citations=citations(claim_id),
                failing_parts=tuple(
                    t(
                        "context-failing",
                        part=asserted(claim_id, part, by_part.loc[part, "asserted"]),
                        finding=finding_name(by_part.loc[part, "finding"]),
                    )
                    for part in failing
                ),
            )
        )
    return result
