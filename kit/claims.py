"""Claims and verdicts: each statement of an article, the value it gives, the value the data gives, a verdict.

A story's computation returns `Claim`s (the check: both values, the verdict, the caveats, the sources);
its `Story.record` completes them (article, statement, who said it, notebook, charts, draft) and writes the
story's own claims file, `data/processed/<story>/claims.csv`. The ledger step gathers those files.

A claim cites the pages it rests on (`Citation`): who first published what it cites and when (the originator), the
page the kit read it on, that page's date and the day it was read, each date marked when it is inferred rather than
read; a citation of one record of a source (a row of its file) belongs to that record's claim only. A statement
checked part by part holds up only when every part is confirmed (`judge_parts`); the claim names the parts that fail.

Every caveat recorded for a source a claim uses must reach the claim: either among its caveats, word for word,
or set aside for that claim with a stated reason (`set_aside`); `Story.record` refuses a claim that leaves one
out (`unaccounted`), so a caveat added to a source's description cannot silently miss the ledger.
"""

from __future__ import annotations

import dataclasses
import io
import json
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pandas as pd

from kit import data, files, i18n, paths, translations
from kit import words
from kit.errors import StoryError

FILE_NAME = "claims.csv"
SEPARATOR = " | "


class Verdict(StrEnum):
    """The fixed verdict vocabulary."""

    ACCURATE = "accurate"
    ACCURATE_WITH_CAVEATS = "accurate with caveats"
    INACCURATE = "inaccurate"
    UNSUPPORTED = "unsupported"  # the evidence found cannot settle the statement (it is partial or conflicting)
    UNVERIFIED = "unverified"  # the research found no record that confirms or refutes the statement


def judge(matches: bool | None, caveats: Sequence[str], *, found: bool = True) -> Verdict:
    """The verdict for a comparison: None means the evidence cannot settle it; `found=False` means the research
    found no record of what the statement reports at all (nothing to compare with)."""
    if not found:
        return Verdict.UNVERIFIED
    if matches is None:
        return Verdict.UNSUPPORTED
    if not matches:
        return Verdict.INACCURATE
    return Verdict.ACCURATE_WITH_CAVEATS if caveats else Verdict.ACCURATE


class Finding(StrEnum):
    """What the records show about one part of a statement."""

    CONFIRMED = "confirmed"  # records support it and none contradicts it
    CONTRADICTED = "contradicted"  # records contradict it and none supports it
    DISPUTED = "disputed"  # records on both sides
    NOT_FOUND = "not found"  # no record supports or contradicts it


HOLDING = (Verdict.ACCURATE, Verdict.ACCURATE_WITH_CAVEATS)  # the verdicts that say a statement holds up


def judge_parts(findings: Sequence[tuple[str, Finding]], caveats: Sequence[str]) -> tuple[Verdict, tuple[str, ...]]:
    """The verdict for a statement checked part by part, and the parts that keep it from holding up. A statement
    holds up only when every part is confirmed: a part contradicted makes it inaccurate; else a part disputed makes
    it unsupported (the evidence conflicts); else a part no record shows makes it unverified."""
    failing = tuple(part for part, finding in findings if finding != Finding.CONFIRMED)
    kinds = {Finding(finding) for _, finding in findings}
    if Finding.CONTRADICTED in kinds:
        return Verdict.INACCURATE, failing
    if Finding.DISPUTED in kinds:
        return Verdict.UNSUPPORTED, failing
    if Finding.NOT_FOUND in kinds:
        return Verdict.UNVERIFIED, failing
    return judge(True, caveats), failing


@dataclass(frozen=True)
class Citation:
    """One page a claim rests on: who first published what it cites, and when (the originator), and the page the
    kit read it on, with that page's date and the day the kit read it. A date the source does not give, which the
    kit inferred (a latest possible date, a date read from an address), is marked as inferred. `row` is the record
    of the source it stands for (the line of its file after the header), or None for the source as a whole."""

    source_id: str
    originator: str
    originated: str = ""  # the originator's date: YYYY-MM-DD or YYYY-MM; empty when not known
    originated_inferred: bool = False
    originator_url: str = ""  # the originator's own page, when the kit has its address
    publisher: str = ""  # the page read: who published it
    title: str = ""
    url: str = ""
    published: str = ""  # that page's date: YYYY-MM-DD or YYYY-MM
    published_inferred: bool = False
    retrieved: str = ""  # the day the kit read it
    row: int | None = None

    def as_dict(self) -> dict:
        return dataclasses.asdict(self)

    @property
    def read_on_originators_page(self) -> bool:
        """Whether the page read is the originator's own (no intermediary)."""
        return self.url == self.originator_url or (not self.originator_url and self.originator == self.publisher)


def page(source_id: str, number: int = 0, originator: int | None = None) -> Citation:
    """A citation of one page a source's description lists (`sources[number]`: its title and address, and its own
    `publisher`, `published`, `published_inferred` and `retrieved` where given, else the source's); `originator`
    names the listed page of whoever first published the figures, when the kit read them elsewhere."""
    entry = data.resource(source_id)
    listed = entry.get("sources", [])
    for index in (number, originator):
        if index is not None and not 0 <= index < len(listed):
            raise StoryError(
                f"{source_id!r} lists {len(listed)} pages; there is no page {index}.",
                where=paths.shown(data.description_of(source_id)),
                fix="cite a page its description lists (counting from 0), or list the page in its `sources`.",
            )
    read = listed[number]
    first = listed[number if originator is None else originator]
    publisher = read.get("publisher", entry.get("publisher", ""))
    return Citation(
        source_id=source_id,
        originator=first.get("publisher", entry.get("publisher", "")),
        originated=first.get("published", entry.get("published", "")),
        originated_inferred=bool(first.get("published_inferred", False)),
        originator_url=first["path"],
        publisher=publisher,
        title=read["title"],
        url=read["path"],
        published=read.get("published", entry.get("published", "")),
        published_inferred=bool(read.get("published_inferred", False)),
        retrieved=read.get("retrieved", entry.get("retrieved", "")),
    )


def record(source_id: str, row: int, originator: str, originated: str = "", inferred: bool = False) -> Citation:
    """A citation of one record of a source (`row`: its line after the header), read on the page its `source_url`
    names, as the description lists that page (title, publisher, dates); `originator` first published the figure."""
    records = data.load(source_id)
    url = records.iloc[row - 1]["source_url"]
    listed = [src["path"] for src in data.resource(source_id).get("sources", [])]
    if url not in listed:
        raise StoryError(
            f"Record {row} of {source_id!r} was read on {url}, a page its description does not list.",
            where=paths.shown(data.description_of(source_id)),
            fix="list the page in the description's `sources`, with its title, publisher and dates.",
        )
    read = page(source_id, listed.index(url))
    return dataclasses.replace(
        read, originator=originator, originated=originated, originated_inferred=inferred, originator_url="", row=row
    )


def pages(source_ids: Sequence[str]) -> tuple[Citation, ...]:
    """Every page the sources' descriptions list that the kit read (a page listed with an empty `retrieved` only
    names an originator whose figures were read elsewhere), each cited as read on itself: what a claim cites when
    it names no pages or records of its own."""
    cited = (page(source_id, number) for source_id in source_ids for number in range(len(_listed(source_id))))
    return tuple(item for item in cited if item.retrieved)


def _listed(source_id: str) -> list[dict]:
    return data.resource(source_id).get("sources", [])


def citations_text(citations: Sequence[Citation]) -> str:
    """Citations as one cell of a claims file (JSON)."""
    return json.dumps([item.as_dict() for item in citations], ensure_ascii=False, sort_keys=True)


def citations_from(text: str) -> tuple[Citation, ...]:
    """The citations a claims file's cell holds."""
    return tuple(Citation(**item) for item in json.loads(text)) if text.strip() else ()


@dataclass(frozen=True)
class SetAside:
    """A caveat recorded for a source that does not reach one claim, and why (a reason a fact-checker can read)."""

    source: str
    caveat: str
    reason: str

    def __str__(self) -> str:
        return str(self.shown())

    def shown(self) -> str:
        """The caveat and why it is set aside, as the ledger gives it (in the language it is written in)."""
        number = data.provenance(self.source).caveats.index(self.caveat) + 1
        caveat = i18n.translated(translations.caveat_id(self.source, number), self.caveat)
        return i18n.t("claims-set-aside", caveat=caveat, reason=self.reason)


MESSAGE_ID = re.compile(r"[a-zA-Z][a-zA-Z0-9_-]*")  # a Fluent message id


def set_aside(source: str, containing: str, reason: str, **args: object) -> SetAside:
    """The one caveat of `source` that contains `containing`, set aside for a claim with a reason a reader can
    read: `reason` is the id of a text in the story's catalog (`locales/<lang>.ftl`, filled from `args` as `t`
    does), so it is given in the language the claim is written in and never leaks English into a translation.
    A caveat that no longer matches (reworded, removed) is an error, so a changed caveat is looked at again."""
    recorded = data.provenance(source).caveats
    matches = [caveat for caveat in recorded if containing in caveat]
    where = paths.shown(data.description_of(source))
    if len(matches) != 1:
        raise StoryError(
            f"{len(matches)} caveats of {source!r} contain {containing!r}; a caveat is set aside by a text only it "
            "contains.",
            where=where,
            fix=f"quote a part of one of its caveats: {list(recorded)}.",
        )
    if not MESSAGE_ID.fullmatch(reason or ""):
        raise StoryError(
            f"The caveat of {source!r} containing {containing!r} is set aside with {reason!r}, which is not the id "
            "of a text.",
            where=where,
            fix="write the reason (why the caveat does not change how a reader reads this claim) in the story's "
            "locales/en.ftl under an id such as `<story>-aside-<why>`, and pass that id: "
            "claims.set_aside(source, containing, \"<story>-aside-<why>\").",
        )
    return SetAside(source, matches[0], i18n.t(reason, **args))


def source_caveats(source_ids: Sequence[str], aside: Sequence[SetAside] = ()) -> list[str]:
    """Every caveat recorded for these sources, in order and each once, except those set aside."""
    dropped = {(item.source, item.caveat) for item in aside}
    found = [
        i18n.translated(translations.caveat_id(source, number), caveat)  # in the current language
        for source in source_ids
        for number, caveat in enumerate(data.provenance(source).caveats, 1)
        if (source, caveat) not in dropped
    ]
    return list(dict.fromkeys(found))


@dataclass(frozen=True)
class Claim:
    """One checked statement. A story computes the first six fields; `Story.record` fills in the rest."""

    claim_id: str
    article_value: str
    computed_value: str
    verdict: Verdict
    caveats: tuple[str, ...]
    source_ids: tuple[str, ...]
    set_aside: tuple[SetAside, ...] = ()  # caveats of its sources that do not reach it, each with its reason
    article: str = ""
    statement: str = ""  # the article's statement in our words (from the article's data)
    said_by: tuple[str, ...] = ()  # who made the statement as worded (from the article's data)
    story: str = ""
    notebook: str = ""
    charts: tuple[str, ...] = ()  # slugs of the exported charts that show this claim's evidence
    draft: bool = False  # rests on example data: never published
    citations: tuple[Citation, ...] = ()  # the pages and records it rests on (default: its sources' listed pages)
    failing_parts: tuple[str, ...] = ()  # the parts of the statement that keep it from holding up, in words
    method: tuple[str, ...] = ()  # how we checked: tests of the source's method that do not change the verdict

    def __post_init__(self):
        for source_id in self.source_ids:
            data.resource(source_id)  # every source id must resolve in the catalogue
        where = f"the verdicts of {self.claim_id!r}"
        if self.verdict in HOLDING and self.failing_parts:
            raise StoryError(
                f"Claim {self.claim_id!r} is rated {str(self.verdict)!r} although parts of it fail: "
                f"{'; '.join(self.failing_parts)}.",
                where=where,
                fix="judge a statement checked part by part with `claims.judge_parts`: it holds up only when every "
                "part is confirmed.",
            )
        for item in self.citations:
            self._check_citation(item, where)
        for item in self.set_aside:
            if item.source not in self.source_ids:
                raise StoryError(
                    f"Claim {self.claim_id!r} sets aside a caveat of {item.source!r}, which it does not cite.",
                    where=f"the verdicts of {self.claim_id!r}",
                    fix=f"set aside only caveats of its sources {list(self.source_ids)}.",
                )

    def _check_citation(self, item: Citation, where: str) -> None:
        if item.source_id not in self.source_ids:
            raise StoryError(
                f"Claim {self.claim_id!r} cites a page of {item.source_id!r}, which is not among its sources.",
                where=where,
                fix=f"cite pages of its sources {list(self.source_ids)}, or add the source to them.",
            )
        if item.row is None:
            return
        records = data.load(item.source_id)
        if not 1 <= item.row <= len(records):
            raise StoryError(
                f"Claim {self.claim_id!r} cites record {item.row} of {item.source_id!r}, which has "
                f"{len(records)} records.",
                where=where,
                fix="cite a record by its line in the file (1 = the first line after the header).",
            )
        owner = records.iloc[item.row - 1].get("claim_id")
        if isinstance(owner, str) and owner != self.claim_id:
            raise StoryError(
                f"Claim {self.claim_id!r} cites record {item.row} of {item.source_id!r}, which is evidence about "
                f"{owner!r}: a claim never inherits another claim's source.",
                where=where,
                fix="cite only the records of this claim, or correct the record's claim_id.",
            )

    @property
    def cited(self) -> tuple[Citation, ...]:
        """What the claim rests on: its own citations, else every page its sources list."""
        return self.citations or pages(self.source_ids)

    def unaccounted(self) -> list[tuple[str, str]]:
        """(source, caveat) pairs recorded for its sources that neither reach it nor are set aside."""
        aside = {(item.source, item.caveat) for item in self.set_aside}
        return [
            (source, caveat)
            for source in self.source_ids
            for number, caveat in enumerate(data.provenance(source).caveats, 1)
            if i18n.translated(translations.caveat_id(source, number), caveat) not in self.caveats
            and (source, caveat) not in aside
        ]

    def __str__(self) -> str:
        lines = [f"{self.claim_id}: {str(self.verdict).upper()}" + (" (DRAFT: example data)" if self.draft else "")]
        if self.statement:
            said = f" (said by {', '.join(self.said_by)})" if self.said_by else ""
            lines.append(f"  The statement (in our words){said}: {self.statement}")
        lines += [f"  Article's figure:   {self.article_value}", f"  Computed from data: {self.computed_value}"]
        lines += [f"  Fails on: {part}" for part in self.failing_parts]
        lines += [f"  Caveat: {caveat}" for caveat in self.caveats]
        lines += [f"  How we checked: {step}" for step in self.method]
        lines += [
            f"  Set aside ({item.source}): {item.reason} [{textwrap.shorten(item.caveat, 60, placeholder='...')}]"
            for item in self.set_aside
        ]
        lines.append(f"  Sources: {', '.join(self.source_ids)}")
        if self.charts:
            lines.append(f"  Charts: {', '.join(self.charts)}")
        return "\n".join(lines)

    def completed(self, **fields) -> Claim:
        return dataclasses.replace(self, **fields)

    def row(self) -> dict[str, str]:
        """The claim as a row of its claims file (its texts rendered where the file is written)."""
        return {
            "article": self.article,
            "claim_id": self.claim_id,
            "story": self.story,
            "notebook": self.notebook,
            "statement": self.statement,
            "said_by": SEPARATOR.join(self.said_by),
            "article_value": self.article_value,
            "computed_value": self.computed_value,
            "verdict": str(self.verdict),
            "caveats": words.join(self.caveats, SEPARATOR),
            "source_ids": " ".join(self.source_ids),
            "set_aside": words.join([item.shown() for item in self.set_aside], SEPARATOR),
            "charts": " ".join(self.charts),
            "draft": "yes" if self.draft else "",
            "failing_parts": words.join(self.failing_parts, SEPARATOR),
            "method": words.join(self.method, SEPARATOR),
            "citations": citations_text(self.cited),
        }


COLUMNS = list(Claim("x", "", "", Verdict.UNSUPPORTED, (), ()).row())


def file_name(language: str = i18n.SOURCE) -> str:
    """A story's claims file in a language: `claims.csv` in English, `claims.<lang>.csv` in the others (same
    columns; the verdict column keeps its language-neutral value)."""
    return FILE_NAME if i18n.check(language) == i18n.SOURCE else f"claims.{language}.csv"


def write(claims: Sequence[Claim], folder: Path, language: str = i18n.SOURCE) -> Path:
    """Write a story's claims file in a language (replacing it whole), in the order given: every text rendered in
    that language."""
    rows = [words.rendered(words.rendered(claim, language).row(), language) for claim in claims]  # citations too
    frame = pd.DataFrame(rows, columns=COLUMNS)
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n")
    return files.write_text(Path(folder) / file_name(language), buffer.getvalue())


def read(path: Path) -> pd.DataFrame:
    """A claims file as text columns; columns an older file lacks are read as empty."""
    return pd.read_csv(path, dtype="str", keep_default_na=False).reindex(columns=COLUMNS, fill_value="")


CLOSE = 0.1  # how far "about" and "nearly" may be from the stated figure, as a share of it


def fits(qualifier: str, stated: float, computed: float, close: float = CLOSE) -> bool:
    """Whether a computed value bears out a figure the article gives with this qualifier ("more than 1,200%",
    "nearly 500,000", "about 10%", ...); "about" and "nearly" allow `close` (a share of the stated figure)."""
    if qualifier == "more than":
        return computed > stated
    if qualifier == "up to":
        return computed <= stated
    if qualifier == "nearly":
        return stated * (1 - close) <= computed <= stated
    if qualifier == "about":
        return abs(computed - stated) <= close * abs(stated)
    if qualifier in ("as stated", "only"):
        return computed == stated
    raise ValueError(f"No rule for the qualifier {qualifier!r}.")
