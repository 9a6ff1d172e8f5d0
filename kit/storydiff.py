"""The story diff: what new versions of sources change in the stories, written for an editor.

`python -m kit refresh` (with `--dry-run` too) writes `exports/story-diff.md` and, beside it, `exports/story-diff/`
with the images it shows:

- per source: the rows added, removed and changed (keyed on the schema's primary key, with pandas);
- per claim of every story that reads a changed source: the article's figure, the computed value and the verdict
  before and after, and whether the verdict flips;
- per chart of those stories: whether its image changes, with the before and after images side by side.

Each side is computed in a process of its own (no cached data can leak from one into the other): "before" on
the current data, "after" on a scratch copy of `data/` holding the new files. A story or chart that fails on
either side is reported with its error, not hidden: that a story no longer computes is what an editor must know.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from kit import data, files, paths, story
from kit.errors import KitError, RefreshError

REPORT_NAME = "story-diff.md"
IMAGES = "story-diff"  # folder beside the report
SHOWN_ROWS = 30  # rows listed per table of added, removed or changed rows; the count says how many more


@dataclass(frozen=True)
class TableDiff:
    """Two versions of one resource compared row by row on its primary key."""

    name: str
    key: list[str]
    rows_before: int
    rows_after: int
    added: pd.DataFrame  # the new rows whose key was not there before
    removed: pd.DataFrame  # the old rows whose key is gone
    changed: pd.DataFrame  # key, field, old, new: one row per changed cell of a row present in both

    @property
    def added_keys(self) -> list[str]:
        return [label(tuple(row)) for row in self.added[self.key].itertuples(index=False)]

    @property
    def removed_keys(self) -> list[str]:
        return [label(tuple(row)) for row in self.removed[self.key].itertuples(index=False)]

    @property
    def changed_rows(self) -> int:
        return self.changed["key"].nunique()

    @property
    def unchanged(self) -> bool:
        return self.added.empty and self.removed.empty and self.changed.empty


def table_diff(name: str, old: bytes, new: bytes) -> TableDiff:
    """Compare two versions (bytes) of a resource's file, as text, row by row on its primary key."""
    key = data.primary_key(name)
    before, after = (data.as_text(name, payload).set_index(key) for payload in (old, new))
    common = before.index.intersection(after.index, sort=False)
    fields = [column for column in after.columns if column in before.columns]
    old_cells, new_cells = before.loc[common, fields], after.loc[common, fields]
    differs = old_cells.ne(new_cells)
    cells = [
        (label(index), column, old_cells.at[index, column], new_cells.at[index, column])
        for index, row in differs.iterrows()
        for column in fields
        if row[column]
    ]
    return TableDiff(
        name=name,
        key=key,
        rows_before=len(before),
        rows_after=len(after),
        added=after.loc[after.index.difference(before.index, sort=False)].reset_index(),
        removed=before.loc[before.index.difference(after.index, sort=False)].reset_index(),
        changed=pd.DataFrame(cells, columns=["key", "field", "old", "new"]),
    )


def label(index) -> str:
    """A row's key as text: 'XYZ / Research'."""
    return " / ".join(map(str, index)) if isinstance(index, tuple) else str(index)


# -- the stories on both sides -------------------------------------------------------------------------


@dataclass(frozen=True)
class Side:
    """The affected stories' claims and chart images computed on one version of the data."""

    claims: dict[str, dict]  # claim id -> story, article_value, computed_value, verdict, caveats
    images: dict[str, bytes]  # chart slug -> PNG (web width, 1x)
    errors: dict[str, str]  # story name or chart slug -> what failed


@dataclass(frozen=True)
class StoryDiff:
    """Everything the report shows."""

    tables: list[TableDiff]
    stories: list[str]
    before: Side
    after: Side
    checks: list[str] = field(default_factory=list)  # what the refresh refuses without --accept

    @property
    def flips(self) -> list[str]:
        """The claims whose verdict is not the same after as before."""
        return [
            claim_id
            for claim_id in self.claim_ids
            if _verdict(self.before, claim_id) != _verdict(self.after, claim_id)
        ]

    @property
    def claim_ids(self) -> list[str]:
        return list(dict.fromkeys([*self.before.claims, *self.after.claims]))

    @property
    def slugs(self) -> list[str]:
        return sorted({*self.before.images, *self.after.images, *self.before.errors, *self.after.errors} - set(
            self.stories
        ))

    def image_changes(self, slug: str) -> bool:
        return self.before.images.get(slug) != self.after.images.get(slug)


def _verdict(side: Side, claim_id: str) -> str:
    claim = side.claims.get(claim_id)
    return claim["verdict"] if claim else "(not computed)"


def compare(new_files: Mapping[str, bytes], checks: Sequence[str] = ()) -> StoryDiff:
    """The story diff for new versions of resources (name -> new bytes) against the current files."""
    tables = []
    for name, new in new_files.items():
        path = data.path_of(name)
        tables.append(table_diff(name, path.read_bytes() if path.is_file() else b"", new))
    changed = {table.name for table in tables if not table.unchanged}
    affected = [each.name for each in story.stories() if changed & set(each.sources)]
    if not affected:
        empty = Side({}, {}, {})
        return StoryDiff(tables, [], empty, empty, list(checks))
    with tempfile.TemporaryDirectory(prefix="kit-story-diff-") as scratch:
        scratch = Path(scratch)
        shutil.copytree(paths.DATA, scratch / "data", ignore=shutil.ignore_patterns("processed", ".*"))
        new_folder = scratch / "new"
        new_folder.mkdir()
        for name in changed:
            (new_folder / name).write_bytes(new_files[name])
        workers = {
            "before": _start(scratch / "before", paths.DATA, affected),
            "after": _start(scratch / "after", scratch / "data", affected, new_folder, sorted(changed)),
        }
        sides = {label: _finish(worker, scratch / label) for label, worker in workers.items()}
    return StoryDiff(tables, affected, sides["before"], sides["after"], list(checks))


def _start(
    out: Path, data_dir: Path, stories: Sequence[str], new_folder: Path | None = None, new: Sequence[str] = ()
) -> subprocess.Popen:
    out.mkdir()
    command = [sys.executable, "-m", "kit.storydiff", str(out), str(data_dir), *stories]
    if new_folder is not None:
        command += ["--new-files", str(new_folder), "--new", *new]
    environment = {**os.environ, "KIT_PROCESSED_DIR": str(out / "processed"), "KIT_EXPORTS_DIR": str(out / "exports")}
    return subprocess.Popen(
        command, cwd=paths.ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _finish(worker: subprocess.Popen, out: Path) -> Side:
    _, error = worker.communicate()
    result = out / "snapshot.json"
    if worker.returncode != 0 or not result.is_file():
        raise RefreshError(
            "The story diff could not be computed: " + (error.strip().splitlines() or ["no message"])[-1],
            where=paths.shown(paths.ROOT / "kit" / "storydiff.py"),
            fix="nothing was changed; run `python -m kit check` and `make test` to find what fails.",
        )
    found = json.loads(result.read_text(encoding="utf-8"))
    images = {slug: (out / f"{slug}.png").read_bytes() for slug in found["charts"]}
    return Side(found["claims"], images, found["errors"])


def snapshot(out: Path, stories: Sequence[str]) -> None:
    """Compute the stories' claims and chart images on the data this process reads; write them to `out`."""
    claims: dict[str, dict] = {}
    charts: list[str] = []
    errors: dict[str, str] = {}
    for name in stories:
        each = story.get(name)
        try:
            for claim in each.verdicts():
                claims[claim.claim_id] = {
                    "story": name,
                    "article_value": claim.article_value,
                    "computed_value": claim.computed_value,
                    "verdict": str(claim.verdict),
                    "caveats": list(claim.caveats),
                }
        except Exception as failure:  # the story no longer computes on this data: the report says so
            errors[name] = _failure(failure)
        for slug in each.charts:
            try:
                (out / f"{slug}.png").write_bytes(each.chart(slug).png(scale=1))
                charts.append(slug)
            except Exception as failure:
                errors[slug] = _failure(failure)
    report = {"claims": claims, "charts": charts, "errors": errors}
    (out / "snapshot.json").write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")


def _failure(failure: Exception) -> str:
    return failure.problem if isinstance(failure, KitError) else f"{type(failure).__name__}: {failure}"


# -- the report ---------------------------------------------------------------------------------------


def write(diff: StoryDiff, outcome: str) -> Path:
    """Write the report and its images to the exports folder (each replaced whole); returns the report's path."""
    folder = paths.exports_dir()
    images = {}
    for slug in diff.slugs:
        if diff.image_changes(slug):
            for label, side in (("before", diff.before), ("after", diff.after)):
                if slug in side.images:
                    images[f"{slug}.{label}.png"] = side.images[slug]
    files.replace_folder(folder / IMAGES, images)
    return files.write_text(folder / REPORT_NAME, markdown(diff, outcome))


def markdown(diff: StoryDiff, outcome: str) -> str:
    """The report: what the refresh did, what needs a decision, then sources, claims and charts."""
    lines = ["# What the new data changes in the stories", "", outcome, ""]
    if diff.checks:
        lines += ["## Needs an editor's decision", ""]
        lines += [f"- {_escape(check)}" for check in diff.checks]
        lines += ["", "A refresh refuses these unless run with `--accept`.", ""]
    lines += ["## Sources", ""]
    for table in diff.tables:
        lines += _table_section(table)
    lines += ["## Claims", ""]
    if not diff.stories:
        lines += ["No story reads a source that changed.", ""]
    else:
        lines += _claims_section(diff)
        lines += ["## Charts", ""]
        lines += _charts_section(diff)
    return "\n".join(lines).rstrip() + "\n"


def _table_section(table: TableDiff) -> list[str]:
    shown = (Path("data") / data.path_of(table.name).relative_to(paths.DATA)).as_posix()
    lines = [f"### `{table.name}` ({shown})", ""]
    if table.unchanged:
        return lines + ["Unchanged.", ""]
    lines += [
        f"{table.rows_before} rows before, {table.rows_after} after: {len(table.added)} added, "
        f"{len(table.removed)} removed, {table.changed_rows} changed (key: {' / '.join(table.key)}).",
        "",
    ]
    for title, frame in (("Added rows", table.added), ("Removed rows", table.removed)):
        if not frame.empty:
            lines += [f"{title}:", "", *_markdown_table(frame), ""]
    if not table.changed.empty:
        lines += ["Changed values:", "", *_markdown_table(table.changed.rename(columns={"old": "before", "new": "after"}))]
        lines.append("")
    return lines


def _claims_section(diff: StoryDiff) -> list[str]:
    rows = []
    for claim_id in diff.claim_ids:
        before, after = diff.before.claims.get(claim_id, {}), diff.after.claims.get(claim_id, {})
        flips = _verdict(diff.before, claim_id) != _verdict(diff.after, claim_id)
        rows.append(
            {
                "claim": claim_id,
                "the article says": (after or before).get("article_value", ""),
                "value before": before.get("computed_value", "(not computed)"),
                "value after": after.get("computed_value", "(not computed)"),
                "verdict before": _verdict(diff.before, claim_id),
                "verdict after": _verdict(diff.after, claim_id),
                "verdict flips": "**YES**" if flips else "no",
            }
        )
    flips = diff.flips
    lines = [
        f"**{len(flips)} verdict(s) flip: {', '.join(flips)}.**" if flips else "No verdict flips.",
        "",
        *_markdown_table(pd.DataFrame(rows)),
        "",
    ]
    for claim_id in diff.claim_ids:
        old = diff.before.claims.get(claim_id, {}).get("caveats", [])
        new = diff.after.claims.get(claim_id, {}).get("caveats", [])
        if old and new and old != new:
            lines += [f"Caveats of `{claim_id}` that change:", ""]
            lines += [f"- before: {_escape(text)}" for text in old if text not in new]
            lines += [f"- after: {_escape(text)}" for text in new if text not in old]
            lines.append("")
    for when, side in (("before", diff.before), ("after", diff.after)):
        lines += [
            f"- The story `{name}` cannot compute its claims {when} the refresh: {_escape(error)}"
            for name, error in side.errors.items()
            if name in diff.stories
        ]
    return lines + [""]


def _charts_section(diff: StoryDiff) -> list[str]:
    lines = []
    for slug in diff.slugs:
        errors = {label: side.errors.get(slug) for label, side in (("before", diff.before), ("after", diff.after))}
        if any(errors.values()):
            lines += [f"### `{slug}`: cannot be drawn " + " and ".join(
                f"{label} the refresh ({_escape(error)})" for label, error in errors.items() if error
            ), ""]
            continue
        if not diff.image_changes(slug):
            lines += [f"### `{slug}`: unchanged", ""]
            continue
        before, after = (f"![{label}]({IMAGES}/{slug}.{label}.png)" for label in ("before", "after"))
        lines += [f"### `{slug}`: changes", "", "| before | after |", "|---|---|", f"| {before} | {after} |", ""]
    return lines


def _markdown_table(frame: pd.DataFrame) -> list[str]:
    shown = frame.head(SHOWN_ROWS)
    lines = ["| " + " | ".join(_escape(str(column)) for column in shown.columns) + " |"]
    lines.append("|" + "---|" * len(shown.columns))
    lines += ["| " + " | ".join(_escape(str(value)) for value in row) + " |" for row in shown.itertuples(index=False)]
    if len(frame) > SHOWN_ROWS:
        lines.append(f"\n… and {len(frame) - SHOWN_ROWS} more.")
    return lines


def _escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


# -- the worker process ---------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> None:
    """`python -m kit.storydiff OUT DATA STORY... [--new-files FOLDER --new NAME...]`: one side of a story diff."""
    parser = argparse.ArgumentParser(prog="python -m kit.storydiff")
    parser.add_argument("out", type=Path)
    parser.add_argument("data", type=Path)
    parser.add_argument("stories", nargs="+")
    parser.add_argument("--new-files", type=Path)
    parser.add_argument("--new", nargs="*", default=())
    args = parser.parse_args(argv)
    paths.DATA = args.data
    for name in args.new:  # the new versions, recorded as a refresh records them (in the scratch copy only)
        files.write_bytes(data.path_of(name), (args.new_files / name).read_bytes())
    if args.new:
        data.record_checksums({name: (args.new_files / name).read_bytes() for name in args.new})
    snapshot(args.out, args.stories)


if __name__ == "__main__":
    main()
