"""Claims and verdicts: each statement of an article, the value it gives, the value the data gives, a verdict.

A story's computation returns `Claim`s (the check: both values, the verdict, the caveats, the sources);
its `Story.record` completes them (article, statement, notebook, charts, draft) and writes the story's own
claims file, `data/processed/<story>/claims.csv`. The ledger step gathers those files.
"""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pandas as pd

from kit import data, files

FILE_NAME = "claims.csv"
SEPARATOR = " | "


class Verdict(StrEnum):
    """The fixed verdict vocabulary."""

    ACCURATE = "accurate"
    ACCURATE_WITH_CAVEATS = "accurate with caveats"
    INACCURATE = "inaccurate"
    UNSUPPORTED = "unsupported"


def judge(matches: bool | None, caveats: Sequence[str]) -> Verdict:
    """The verdict for a comparison: None means the data cannot settle it."""
    if matches is None:
        return Verdict.UNSUPPORTED
    if not matches:
        return Verdict.INACCURATE
    return Verdict.ACCURATE_WITH_CAVEATS if caveats else Verdict.ACCURATE


@dataclass(frozen=True)
class Claim:
    """One checked statement. A story computes the first six fields; `Story.record` fills in the rest."""

    claim_id: str
    article_value: str
    computed_value: str
    verdict: Verdict
    caveats: tuple[str, ...]
    source_ids: tuple[str, ...]
    article: str = ""
    statement: str = ""  # the article's statement in our words (from the article's data)
    story: str = ""
    notebook: str = ""
    charts: tuple[str, ...] = ()  # slugs of the exported charts that show this claim's evidence
    draft: bool = False  # rests on example data: never published

    def __post_init__(self):
        for source_id in self.source_ids:
            data.resource(source_id)  # every source id must resolve in the catalogue

    def __str__(self) -> str:
        lines = [f"{self.claim_id}: {str(self.verdict).upper()}" + (" (DRAFT: example data)" if self.draft else "")]
        if self.statement:
            lines.append(f"  The article (in our words): {self.statement}")
        lines += [f"  Article's figure:   {self.article_value}", f"  Computed from data: {self.computed_value}"]
        lines += [f"  Caveat: {caveat}" for caveat in self.caveats]
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
            "article_value": self.article_value,
            "computed_value": self.computed_value,
            "verdict": str(self.verdict),
            "caveats": SEPARATOR.join(self.caveats),
            "source_ids": " ".join(self.source_ids),
            "charts": " ".join(self.charts),
            "draft": "yes" if self.draft else "",
        }


COLUMNS = list(Claim("x", "", "", Verdict.UNSUPPORTED, (), ()).row())


def write(claims: Sequence[Claim], folder: Path) -> Path:
    """Write a story's claims file (replacing it whole), in the order given."""
    frame = pd.DataFrame([claim.row() for claim in claims], columns=COLUMNS)
    buffer = io.StringIO()
    frame.to_csv(buffer, index=False, lineterminator="\n")
    return files.write_text(Path(folder) / FILE_NAME, buffer.getvalue())


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
