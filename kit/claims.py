"""Claims and verdicts: each statement of an article, the value it gives, the value the data gives, a verdict.

A story's computation returns `Claim`s (the check: both values, the verdict, the caveats, the sources);
its `Story.record` completes them (article, statement, who said it, notebook, charts, draft) and writes the
story's own claims file, `data/processed/<story>/claims.csv`. The ledger step gathers those files.

Every caveat recorded for a source a claim uses must reach the claim: either among its caveats, word for word,
or set aside for that claim with a stated reason (`set_aside`); `Story.record` refuses a claim that leaves one
out (`unaccounted`), so a caveat added to a source's description cannot silently miss the ledger.
"""

from __future__ import annotations

import dataclasses
import io
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pandas as pd

from kit import data, files, i18n, paths
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


@dataclass(frozen=True)
class SetAside:
    """A caveat recorded for a source that does not reach one claim, and why (a reason a fact-checker can read)."""

    source: str
    caveat: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.caveat} -- set aside: {self.reason}"


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
    return SetAside(source, matches[0], i18n.t(reason, **args).strip())


def source_caveats(source_ids: Sequence[str], aside: Sequence[SetAside] = ()) -> list[str]:
    """Every caveat recorded for these sources, in order and each once, except those set aside."""
    dropped = {(item.source, item.caveat) for item in aside}
    found = [
        i18n.translated(i18n.caveat_id(source, number), caveat)  # in the current language
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

    def __post_init__(self):
        for source_id in self.source_ids:
            data.resource(source_id)  # every source id must resolve in the catalogue
        for item in self.set_aside:
            if item.source not in self.source_ids:
                raise StoryError(
                    f"Claim {self.claim_id!r} sets aside a caveat of {item.source!r}, which it does not cite.",
                    where=f"the verdicts of {self.claim_id!r}",
                    fix=f"set aside only caveats of its sources {list(self.source_ids)}.",
                )

    def unaccounted(self) -> list[tuple[str, str]]:
        """(source, caveat) pairs recorded for its sources that neither reach it nor are set aside."""
        aside = {(item.source, item.caveat) for item in self.set_aside}
        return [
            (source, caveat)
            for source in self.source_ids
            for number, caveat in enumerate(data.provenance(source).caveats, 1)
            if i18n.translated(i18n.caveat_id(source, number), caveat) not in self.caveats
            and (source, caveat) not in aside
        ]

    def __str__(self) -> str:
        lines = [f"{self.claim_id}: {str(self.verdict).upper()}" + (" (DRAFT: example data)" if self.draft else "")]
        if self.statement:
            said = f" (said by {', '.join(self.said_by)})" if self.said_by else ""
            lines.append(f"  The statement (in our words){said}: {self.statement}")
        lines += [f"  Article's figure:   {self.article_value}", f"  Computed from data: {self.computed_value}"]
        lines += [f"  Caveat: {caveat}" for caveat in self.caveats]
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
            "caveats": SEPARATOR.join(self.caveats),
            "source_ids": " ".join(self.source_ids),
            "set_aside": SEPARATOR.join(str(item) for item in self.set_aside),
            "charts": " ".join(self.charts),
            "draft": "yes" if self.draft else "",
        }


COLUMNS = list(Claim("x", "", "", Verdict.UNSUPPORTED, (), ()).row())


def file_name(language: str = i18n.SOURCE) -> str:
    """A story's claims file in a language: `claims.csv` in English, `claims.<lang>.csv` in the others (same
    columns; the verdict column keeps its language-neutral value)."""
    return FILE_NAME if i18n.check(language) == i18n.SOURCE else f"claims.{language}.csv"


def write(claims: Sequence[Claim], folder: Path, language: str = i18n.SOURCE) -> Path:
    """Write a story's claims file in a language (replacing it whole), in the order given."""
    frame = pd.DataFrame([claim.row() for claim in claims], columns=COLUMNS)
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
