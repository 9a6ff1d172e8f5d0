"""The build's steps and what each was last run on, so a build redoes only what changed (as OWID's etl does).

A step (a story's computation, the ledger notebook, the galleries, an article's reader page, the README's
figures) has inputs: named parts, each with the sha256 of what it is (a file's bytes, every file of a folder, a
setting such as the languages built). After a step succeeds, the build records its inputs and the sha256 of every
file it wrote (`exports/.build/<step>.json`). Next time, a step whose inputs are the recorded ones and whose
recorded outputs are all there, byte for byte, is skipped; any other step runs, and its record is removed before it
starts, so a step that fails or is interrupted runs again. The record names the inputs that changed, which the build
reports as the reason a step runs.

Only the standard library and `kit.paths`/`kit.files` are imported here: a build with nothing to redo reads files
and records, and never imports pandas, matplotlib or a story.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kit import files, paths

STATE = ".build"  # in the exports folder: exports/.build/<step>.json (the dot keeps it out of every listing)
FORMAT = 1  # of the records; another format is a record of nothing (every step runs once)
SKIPPED_FOLDERS = {"__pycache__", "node_modules", ".ipynb_checkpoints"}  # made by tools, never an input


def state_dir() -> Path:
    """Where the records are: beside the outputs they describe, so redirected exports have records of their own."""
    return paths.exports_dir() / STATE


# -- digests --------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=8192)
def _sha256(path: str, _identity: tuple[int, int, int]) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def sha256(path: Path) -> str | None:
    """The sha256 of a file's bytes (None when it is missing), read once per version of the file in a process."""
    try:
        stat = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return None
    return _sha256(str(path), (stat.st_ino, stat.st_mtime_ns, stat.st_size))


def of_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def tree(folder: Path) -> list[Path]:
    """Every file under a folder (none if it is missing), in a stable order; hidden files and folders (an atomic
    write's staging files) and tools' caches are left out."""
    found = []
    for root, folders, names in os.walk(folder):
        folders[:] = sorted(name for name in folders if not name.startswith(".") and name not in SKIPPED_FOLDERS)
        found += [Path(root, name) for name in sorted(names) if not name.startswith(".")]
    return found


def _roots() -> tuple[tuple[str, str], ...]:
    """The folders files are named relative to in a record, the most specific first (the processed folder is in the
    data folder by default, the notebooks folder in the project)."""
    places = (
        ("exports", paths.exports_dir()),
        ("processed", paths.processed_dir()),
        ("data", paths.DATA),
        ("notebooks", paths.NOTEBOOKS),
        ("", paths.ROOT),
    )
    return tuple((f"{prefix}:" if prefix else "", os.path.join(str(root), "")) for prefix, root in places)


def label(path: Path, roots: tuple[tuple[str, str], ...] | None = None) -> str:
    """A file's name in a record: relative to the folder it is in (`exports:`, `processed:`, `data:`,
    `notebooks:`, else the project), so a record holds wherever those folders are."""
    text = os.fspath(path)
    for prefix, root in roots or _roots():
        if os.path.join(text, "") == root:  # the folder itself
            return f"{prefix}."
        if text.startswith(root):
            return prefix + Path(text[len(root):]).as_posix()
    return Path(text).as_posix()


@dataclass
class Inputs:
    """The named parts a step depends on, each with its digest."""

    parts: dict[str, str] = field(default_factory=dict)
    roots: tuple[tuple[str, str], ...] = field(default_factory=_roots, repr=False, compare=False)

    def file(self, path: Path, name: str | None = None) -> Inputs:
        self.parts[name or label(path, self.roots)] = sha256(path) or "missing"
        return self

    def files(self, paths_: Iterable[Path]) -> Inputs:
        for path in paths_:
            self.file(path)
        return self

    def folder(self, folder: Path) -> Inputs:
        """Every file under a folder; an empty or missing folder is a part too (so a folder emptied is a change)."""
        found = tree(folder)
        self.parts[label(folder, self.roots) + "/"] = of_text("\n".join(path.name for path in found)) if found else "empty"
        return self.files(found)

    def value(self, name: str, value: object) -> Inputs:
        self.parts[name] = of_text(json.dumps(value, sort_keys=True, default=str))
        return self

    def environment(self, languages: Sequence[str]) -> Inputs:
        """The pinned environment and the languages built: every step depends on them."""
        self.file(paths.ROOT / "requirements.lock")
        self.value("python", sys.version)
        return self.value("languages built", list(languages))


def outputs(locations: Iterable[Path]) -> dict[str, str]:
    """The sha256 of every file at these places (a file, or every file of a folder), by label."""
    found: dict[str, str] = {}
    roots = _roots()
    for place in locations:
        for path in tree(place) if Path(place).is_dir() else [Path(place)]:
            digest = sha256(path)
            if digest is not None:
                found[label(path, roots)] = digest
    return found


# -- records --------------------------------------------------------------------------------------------


def _record_path(step: str) -> Path:
    return state_dir() / f"{files.slugify(step, max_length=120)}.json"


def recorded(step: str) -> dict | None:
    """The record of a step's last successful run, or None (never run here, or unreadable: then it runs)."""
    try:
        record = json.loads(_record_path(step).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return record if isinstance(record, dict) and record.get("format") == FORMAT else None


def changes(step: str, inputs: Inputs) -> list[str]:
    """Why a step must run: the inputs that changed since its last successful run and the outputs that are missing
    or were changed since (empty when it is up to date)."""
    record = recorded(step)
    if record is None:
        return ["never built here"]
    before, now = record.get("inputs", {}), inputs.parts
    found = [name for name in sorted({*before, *now}) if before.get(name) != now.get(name)]
    for name, digest in record.get("outputs", {}).items():
        current = sha256(_unlabelled(name))
        if current != digest:
            found.append(f"{name} ({'missing' if current is None else 'changed since it was written'})")
    return found


def _unlabelled(name: str) -> Path:
    prefix, _, rest = name.partition(":")
    folders = {"exports": paths.exports_dir, "processed": paths.processed_dir, "data": lambda: paths.DATA,
               "notebooks": lambda: paths.NOTEBOOKS}
    return folders[prefix]() / rest if prefix in folders and rest else paths.ROOT / name


def forget(step: str) -> None:
    """Remove a step's record before it runs: if it fails or is interrupted, it runs again next time."""
    _record_path(step).unlink(missing_ok=True)


def record(step: str, inputs: Inputs, written: Iterable[Path], **extra: object) -> None:
    """Record a successful run: its inputs and the sha256 of every file it wrote (and any `extra` to keep)."""
    payload = {"format": FORMAT, "step": step, "inputs": inputs.parts, "outputs": outputs(written), **extra}
    files.write_text(_record_path(step), json.dumps(payload, indent=1, sort_keys=True) + "\n")


def reasons(found: Sequence[str], most: int = 3) -> str:
    """A short list of why a step runs, for the build's log."""
    shown = ", ".join(found[:most])
    return shown + (f" and {len(found) - most} more" if len(found) > most else "")


# -- the stories' declarations, as data ---------------------------------------------------------------------


@dataclass(frozen=True)
class Declared:
    """What the build needs to know of a story to plan its steps, kept in the check's record so a build with
    nothing to redo imports no story. `sources`: each resource it reads as (name, its file and its locales folder
    relative to the data folder, the digest of its description)."""

    name: str
    notebook: str
    article: str
    languages: tuple[str, ...]
    charts: tuple[str, ...]
    sources: tuple[tuple[str, str, str, str], ...]
    readers: bool = False
    readme_figure: str | None = None
    facts: bool = False

    @property
    def notebook_path(self) -> Path:
        return paths.NOTEBOOKS / f"{self.notebook}.py"

    def output_dir(self) -> Path:
        return paths.processed_dir() / self.name

    def chart_folder(self, slug: str) -> Path:
        return paths.exports_dir() / self.article / slug

    def built_languages(self, languages: Sequence[str]) -> tuple[str, ...]:
        return tuple(language for language in languages if language in self.languages)

    def as_json(self) -> dict:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}

    @classmethod
    def from_json(cls, fields: Mapping) -> Declared:
        tuples = {"languages", "charts"}
        return cls(**{
            name: tuple(value) if name in tuples else tuple(map(tuple, value)) if name == "sources" else value
            for name, value in fields.items()
        })
