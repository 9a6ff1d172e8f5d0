"""The claims ledger: each statement of the article, the value it gives, the value the data gives, a verdict.

Notebooks build `Claim`s from computed values and `register` them; the ledger is
`data/processed/claims.csv`, one row per claim, sorted by notebook and claim id.
"""

from __future__ import annotations

import fcntl
import hashlib
import io
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import pandas as pd

from kit import data, files, paths
from kit.errors import MissingDataError

ARTICLE = "united24_article_claims"
LEDGER_NAME = "claims.csv"
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
    """One checked statement. `statement` is the article's claim in our words."""

    claim_id: str
    statement: str
    article_value: str
    computed_value: str
    verdict: Verdict
    caveats: tuple[str, ...]
    source_ids: tuple[str, ...]
    notebook: str
    charts: tuple[str, ...] = ()  # slugs of the exported charts that show this claim's evidence

    def __post_init__(self):
        for source_id in self.source_ids:
            data.resource(source_id)  # every source id must resolve in the catalogue

    def __str__(self) -> str:
        lines = [
            f"{self.claim_id}: {str(self.verdict).upper()}",
            f"  The article (in our words): {self.statement}",
            f"  Article's figure:   {self.article_value}",
            f"  Computed from data: {self.computed_value}",
        ]
        lines += [f"  Caveat: {caveat}" for caveat in self.caveats]
        lines.append(f"  Sources: {', '.join(self.source_ids)}")
        if self.charts:
            lines.append(f"  Charts: {', '.join(self.charts)}")
        return "\n".join(lines)

    def row(self) -> dict[str, str]:
        return {
            "claim_id": self.claim_id,
            "notebook": self.notebook,
            "statement": self.statement,
            "article_value": self.article_value,
            "computed_value": self.computed_value,
            "verdict": str(self.verdict),
            "caveats": SEPARATOR.join(self.caveats),
            "source_ids": " ".join(self.source_ids),
            "charts": " ".join(self.charts),
        }


COLUMNS = list(Claim("x", "", "", "", Verdict.UNSUPPORTED, (), (), "").row())


def article_figures(claim_id: str) -> pd.DataFrame:
    """The figures the article gives for one claim (figure, qualifier, value, unit), and its statement."""
    rows = data.load(ARTICLE)
    rows = rows[rows["claim_id"] == claim_id]
    if rows.empty:
        raise MissingDataError(
            f"The article catalogue has no figures for claim {claim_id!r}.",
            where=data.resource(ARTICLE)["path"],
            fix="add the claim's figures to that file and record its checksum with `.venv/bin/python -m kit rehash "
            f"{ARTICLE}`.",
        )
    return rows.set_index("figure")


def register(claims: Sequence[Claim]) -> pd.DataFrame:
    """Write these claims into the ledger, replacing earlier rows of the same notebooks; returns them."""
    new = pd.DataFrame([claim.row() for claim in claims], columns=COLUMNS)
    ledger_path = paths.processed_dir() / LEDGER_NAME
    key = hashlib.sha256(str(ledger_path.resolve()).encode()).hexdigest()[:16]
    lock_path = Path(tempfile.gettempdir()) / f"kit-ledger-{key}.lock"  # outside the project: nothing to commit
    with open(lock_path, "w") as lock:  # notebooks may run in parallel
        fcntl.flock(lock, fcntl.LOCK_EX)
        old = ledger()
        kept = old[~old["notebook"].isin(new["notebook"]) & ~old["claim_id"].isin(new["claim_id"])]
        merged = pd.concat([kept, new]).sort_values(["notebook", "claim_id"], ignore_index=True)
        buffer = io.StringIO()
        merged.to_csv(buffer, index=False, lineterminator="\n")
        files.write_text(ledger_path, buffer.getvalue())
    return new


def ledger() -> pd.DataFrame:
    """The claims ledger as written by the notebooks (empty if none has run); columns an older ledger
    lacks are read as empty."""
    path = paths.processed_dir() / LEDGER_NAME
    if not path.exists():
        return pd.DataFrame(columns=COLUMNS, dtype="str")
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
