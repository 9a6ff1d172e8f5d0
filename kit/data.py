"""Raw data with provenance: the catalogue `data/datapackage.json`, checksums, schema checks, loading.

Every raw file is a Frictionless resource in the catalogue, with its schema, publisher, source URLs,
publication and retrieval dates, caveats and sha256. `load(name)` refuses a file whose bytes or schema
do not match the catalogue, and says how to restore it.
"""

from __future__ import annotations

import copy
import functools
import hashlib
import json
from dataclasses import dataclass
from difflib import get_close_matches
from pathlib import Path

import pandas as pd

from kit import files, paths
from kit.errors import ChecksumError, DataError, MissingDataError, SchemaError

PANDAS_TYPES = {"string": "str", "integer": "int64", "number": "float64", "boolean": "bool"}
MAX_REPORTED_ERRORS = 5


@dataclass(frozen=True)
class Provenance:
    """Who published a resource, where, when, when we retrieved it, and what to keep in mind."""

    name: str
    title: str
    citation: str  # short form for a chart's source line
    publisher: str
    sources: tuple[tuple[str, str], ...]  # (title, URL) pairs, the original publication first
    published: str
    retrieved: str
    caveats: tuple[str, ...]
    licence: str
    path: str
    sha256: str

    @property
    def url(self) -> str:
        return self.sources[0][1]

    def __str__(self) -> str:
        lines = [
            f"{self.title}  [{self.name}]",
            f"  Published by {self.publisher}, {self.published}; "
            f"retrieved {self.retrieved}; file {self.path}, sha256 {self.sha256[:12]}…",
        ]
        lines += [f"  Source: {title}\n          {url}" for title, url in self.sources]
        lines += [f"  Licence: {self.licence}"]
        lines += [f"  Caveat: {caveat}" for caveat in self.caveats]
        return "\n".join(lines)


def catalogue() -> dict:
    """The parsed catalogue (re-read when the file changes)."""
    try:
        stat = paths.CATALOGUE.stat()
    except FileNotFoundError:
        raise MissingDataError(
            "The data catalogue is missing.",
            where=paths.shown(paths.CATALOGUE),
            fix="restore it with `git checkout -- data/datapackage.json`.",
        ) from None
    return _read_catalogue(paths.CATALOGUE, stat.st_mtime_ns, stat.st_size)


@functools.lru_cache(maxsize=4)
def _read_catalogue(path: Path, _mtime_ns: int, _size: int) -> dict:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DataError(
            f"The data catalogue is not valid JSON ({exc}).",
            where=paths.shown(paths.CATALOGUE),
            fix="restore it with `git checkout -- data/datapackage.json`, then redo your edit.",
        ) from None


def names() -> list[str]:
    """Names of every catalogued resource."""
    return [res["name"] for res in catalogue()["resources"]]


def resource(name: str) -> dict:
    """The catalogue entry of one resource (a copy)."""
    for res in catalogue()["resources"]:
        if res["name"] == name:
            return copy.deepcopy(res)
    close = get_close_matches(name, names(), n=3)
    raise MissingDataError(
        f"No resource named {name!r} in the data catalogue.",
        where=paths.shown(paths.CATALOGUE),
        fix=f"use one of {close or names()}." if close or names() else "add the resource to the catalogue.",
    )


def path_of(name: str) -> Path:
    return paths.DATA / resource(name)["path"]


def provenance(name: str) -> Provenance:
    res = resource(name)
    return Provenance(
        name=name,
        title=res["title"],
        citation=res["citation"],
        publisher=res["publisher"],
        sources=tuple((src["title"], src["path"]) for src in res["sources"]),
        published=res["published"],
        retrieved=res["retrieved"],
        caveats=tuple(res.get("caveats", ())),
        licence=res.get("licence", "not stated"),
        path=res["path"],
        sha256=res["hash"].removeprefix("sha256:"),
    )


def sha256_of(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def verify(name: str) -> Path:
    """The resource's file, after checking it exists and its bytes match the recorded sha256."""
    res = resource(name)
    path = paths.DATA / res["path"]
    shown = paths.shown(path)
    if not path.is_file():
        raise MissingDataError(
            f"The raw file of {name!r} is missing.",
            where=shown,
            fix=f"restore it with `git checkout -- {shown}`.",
        )
    expected = res["hash"].removeprefix("sha256:")
    actual = sha256_of(path)
    if actual != expected:
        raise ChecksumError(
            f"The raw file of {name!r} has changed since it was catalogued: its sha256 is "
            f"{actual[:12]}…, the catalogue records {expected[:12]}….",
            where=shown,
            fix=f"if the change was not intended, restore the file with `git checkout -- {shown}`; "
            f"if you updated the data on purpose, check and record it with `.venv/bin/python -m kit rehash {name}`.",
        )
    return path


def fingerprint(res: dict) -> str:
    """What a schema check vouches for: these exact bytes (their sha256) under this exact schema."""
    basis = json.dumps({"hash": res["hash"], "schema": res["schema"]}, sort_keys=True)
    return "sha256:" + hashlib.sha256(basis.encode("utf-8")).hexdigest()


def is_vouched_for(name: str) -> bool:
    """True when the recorded schema check covers the current checksum and schema (see `rehash`)."""
    res = resource(name)
    return res.get("validated") == fingerprint(res)


def schema_errors(name: str, basepath: Path | None = None) -> list[str]:
    """What is wrong with the resource's file under its Table Schema (types, constraints, primary key),
    checked with frictionless; `basepath` holds a candidate file at the resource's path (default data/)."""
    from frictionless import Resource  # imported here: with jsonschema it costs about a second

    descriptor = resource(name)
    descriptor.pop("hash", None)  # the checksum is checked by `verify`, with a clearer message
    descriptor.pop("bytes", None)
    report = Resource(descriptor, basepath=str(basepath or paths.DATA)).validate()
    problems = [err.message for task in report.tasks for err in task.errors] + [err.message for err in report.errors]
    if report.valid and not report.tasks[0].stats.get("rows"):
        problems.append("The file has no data rows.")
    return problems


def listed(errors: list[str]) -> str:
    """The first few schema errors as an indented list, and how many more there are."""
    more = len(errors) - MAX_REPORTED_ERRORS
    lines = "\n".join(f"  - {message}" for message in errors[:MAX_REPORTED_ERRORS])
    return lines + (f"\n  … and {more} more" if more > 0 else "")


def validate_schema(name: str) -> None:
    """Check the file against its Table Schema with frictionless; a SchemaError naming the problems."""
    errors = schema_errors(name)
    if not errors:
        return
    shown = paths.shown(path_of(name))
    raise SchemaError(
        f"The raw file of {name!r} does not match its schema in the catalogue:\n{listed(errors)}",
        where=shown,
        fix=f"restore the file with `git checkout -- {shown}`, or correct it (and its schema in "
        "data/datapackage.json) so both agree.",
    )


def load(name: str) -> pd.DataFrame:
    """A validated DataFrame of one catalogued resource; refuses changed or malformed files.

    The bytes are always checked against the catalogued sha256. The schema check runs with frictionless
    unless the catalogue records that these exact bytes already passed this exact schema (`rehash`
    records it after checking), which spares every notebook a second of start-up.
    """
    path = verify(name)
    stat = path.stat()
    return _load_verified(name, path, stat.st_mtime_ns, stat.st_size, fingerprint(resource(name))).copy()


@functools.lru_cache(maxsize=64)
def _load_verified(name: str, path: Path, _mtime_ns: int, _size: int, _fingerprint: str) -> pd.DataFrame:
    if not is_vouched_for(name):
        validate_schema(name)
    fields = resource(name)["schema"]["fields"]
    return pd.read_csv(
        path,
        dtype={field["name"]: PANDAS_TYPES[field.get("type", "string")] for field in fields},
        keep_default_na=False,  # text such as "NA" or "None" stays text; only empty cells are missing
        na_values=[""],
        encoding="utf-8",
    )


def check_all(thorough: bool = True) -> list[DataError]:
    """Every problem in the raw data (empty when all is well). `thorough=False` re-runs the schema
    check only where the catalogue does not vouch for the file, as `load` does."""
    problems = []
    for name in names():
        try:
            verify(name)
            if thorough or not is_vouched_for(name):
                validate_schema(name)
        except DataError as problem:
            problems.append(problem)
    return problems


def rehash(name: str) -> str:
    """Record a deliberately changed file's sha256 and size, and that it passed its schema check."""
    path = path_of(name)
    if not path.is_file():
        verify(name)  # raises the missing-file message
    validate_schema(name)
    digest = sha256_of(path)
    record_checksums({name: path.read_bytes()})
    return digest


def record_checksums(checked: dict[str, bytes], **changes: str) -> None:
    """Write into the catalogue, in one atomic write, the sha256 and size of each resource's checked bytes,
    that they passed the schema check, and any other `changes` (such as `retrieved`)."""
    package = json.loads(paths.CATALOGUE.read_text(encoding="utf-8"))
    for res in package["resources"]:
        if res["name"] in checked:
            payload = checked[res["name"]]
            res["hash"] = "sha256:" + hashlib.sha256(payload).hexdigest()
            res["bytes"] = len(payload)
            res["validated"] = fingerprint(res)
            res.update(changes)
    files.write_text(paths.CATALOGUE, json.dumps(package, indent=2, ensure_ascii=False) + "\n")
