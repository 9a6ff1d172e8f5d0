"""Raw data with provenance: each source folder's own description, checksums, schema checks, loading.

Every folder in `data/raw/` (one per source) and in `data/articles/` (one per checked article) describes its
files itself, as a Frictionless data package (`datapackage.json`) or resource files (`<name>.resource.json`):
per file its schema, CSV dialect, publisher, source URLs, publication and retrieval dates, caveats and sha256.
The kit's catalogue is every description it finds, so adding a source touches no shared file. `load(name)`
refuses a file whose bytes or schema do not match its description, and says how to restore it. The schema check
(frictionless) and the loader (pandas) read a file the same way: with the declared dialect, and the check ends by
reading the file exactly as the loader does; what the loader would not honour is refused in the description.

What a description and a file say is checked too (`content_errors`, by `check_all`, `validate_schema` and so
`rehash`): every address is a web address (http or https), every date is a real date, and no text holds a
control character, a control that reorders text, or a word mixing look-alike alphabets ("Russiа" with a Cyrillic
"а"). Each problem names the file, the field (or the row and column) and the value.
"""

from __future__ import annotations

import copy
import csv
import functools
import hashlib
import io
import json
import math
import os
import re
import subprocess
from dataclasses import dataclass
from difflib import get_close_matches
from pathlib import Path

import pandas as pd

from kit import files, paths
from kit.errors import ChecksumError, DataError, KitError, MissingDataError, SchemaError

PACKAGE = "datapackage.json"
RESOURCE_SUFFIX = ".resource.json"
PANDAS_TYPES = {"string": "str", "integer": "int64", "number": "float64", "boolean": "bool"}
MAX_REPORTED_ERRORS = 5
HASH = re.compile(r"sha256:[0-9a-f]{64}")
ENCODING = "utf-8"  # every raw file; a byte-order mark is read past by the check and the loader alike
# What the loader honours, so the schema check (frictionless) and the loader (pandas) read a file the same way:
# the CSV dialect a description declares, and the field options it may use. Anything else is refused.
DIALECT_OPTIONS = {"delimiter", "quoteChar", "doubleQuote"}
CSV_DIALECT = {"delimiter": ",", "quoteChar": '"'}  # the kit's own files, and the usual one
FIELD_OPTIONS = {"name", "type", "title", "description", "unit", "constraints", "format", "example", "translatable"}
SCHEMA_OPTIONS = {"fields", "primaryKey", "missingValues"}
DELIMITERS = (",", ";", "\t", "|")  # the ones a misdeclared file is tried with, to say which it uses
# What a description and a file say: fields that hold a web address or a date (by name), and dates in any text.
ADDRESS_KEYS = {"url", "homepage", "href"}  # and keys ending in `_url`; `path` in an entry of `sources`
DATE_KEYS = {"published", "retrieved", "date", "created", "modified", "updated"}  # and keys ending in `_date`
DATE_VALUE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")  # a year, a month or a day (ISO 8601)
DAY_IN_TEXT = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")  # YYYY-MM-DD anywhere in a text
SUSPECT = re.compile(r"[^\x20-\x7e]|\d{4}-\d{2}-\d{2}")  # what `text_problem` can find something in
DATED = re.compile(r"\d{4}-\d{2}(?!\d)")  # a column is of dates when half its values begin so (YYYY-MM...)
DATE_START = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?!\d)")  # how each value of a date column begins
MAY_BE_EMPTY = "may_be_empty"  # a description's flag for a file that may hold no rows yet (a new article's statements)
TODO = "TODO"  # what `describe` writes where a person must fill in provenance; `check` refuses it


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
    path: str  # the file, relative to the project
    sha256: str
    example: bool = False  # example data made by `python -m kit new`: never published

    @property
    def url(self) -> str:
        return self.sources[0][1]

    def __str__(self) -> str:
        lines = [
            f"{self.title}  [{self.name}]",
            f"  Published by {self.publisher}, {self.published}; "
            f"retrieved {self.retrieved}; file {self.path}, sha256 {self.sha256[:12]}…",
        ]
        if self.example:
            lines.append("  EXAMPLE DATA: replace it with a real source before publishing.")
        lines += [f"  Source: {title}\n          {url}" for title, url in self.sources]
        lines += [f"  Licence: {self.licence}"]
        lines += [f"  Caveat: {caveat}" for caveat in self.caveats]
        return "\n".join(lines)


@dataclass(frozen=True)
class Described:
    """One catalogued resource: its entry and the description file that holds it."""

    entry: dict
    description: Path

    @property
    def file(self) -> Path:
        return self.description.parent / self.entry["path"]


# -- finding the descriptions ---------------------------------------------------------------------------


def source_folders() -> list[Path]:
    """Every folder that must describe its files: one per source in `data/raw/`, one per article."""
    return [Path(folder) for folder, _ in _folders(_stamp(str(paths.raw_dir())), _stamp(str(paths.articles_dir())))]


def descriptions(folder: Path) -> list[Path]:
    """The description files of one folder: its data package and its resource files."""
    return [Path(path) for path in _descriptions(_stamp(str(folder)))]


def catalogue() -> dict[str, Described]:
    """Every described resource by name (re-read when a description, or the set of descriptions, changes).

    Called on every load, so it only stats: the source folders (a folder's time changes when a file is added,
    removed or renamed in it) and the description files."""
    folders = _folders(_stamp(str(paths.raw_dir())), _stamp(str(paths.articles_dir())))
    key = tuple((path, *_size_and_time(path)) for folder in folders for path in _descriptions(_stamp(folder[0])))
    return _read_catalogue(key)


def _stamp(path: str) -> tuple[str, int]:
    try:
        return path, os.stat(path).st_mtime_ns
    except FileNotFoundError:
        return path, -1


def _size_and_time(path: str) -> tuple[int, int]:
    stat = os.stat(path)
    return stat.st_mtime_ns, stat.st_size


@functools.lru_cache(maxsize=8)
def _folders(*parents: tuple[str, int]) -> tuple[tuple[str, int], ...]:
    return tuple(
        _stamp(str(folder))
        for parent, _ in parents
        if Path(parent).is_dir()
        for folder in sorted(Path(parent).iterdir())
        if folder.is_dir() and not folder.name.startswith((".", "_"))
    )


@functools.lru_cache(maxsize=256)
def _descriptions(folder: tuple[str, int]) -> tuple[str, ...]:
    found = Path(folder[0]).iterdir() if Path(folder[0]).is_dir() else ()
    return tuple(
        sorted(str(p) for p in found if p.is_file() and (p.name == PACKAGE or p.name.endswith(RESOURCE_SUFFIX)))
    )


@functools.lru_cache(maxsize=8)
def _read_catalogue(key: tuple[tuple[str, int, int], ...]) -> dict[str, Described]:
    found: dict[str, Described] = {}
    for path_text, _, _ in key:
        path = Path(path_text)
        for entry in _entries(path):
            name = entry["name"]
            if name in found:
                raise DataError(
                    f"Two descriptions define a resource named {name!r}.",
                    where=f"{paths.shown(found[name].description)} and {paths.shown(path)}",
                    fix="give each resource a name of its own (names are unique across all sources).",
                )
            found[name] = Described(entry, path)
    return found


def _entries(path: Path) -> list[dict]:
    """The resource entries of one description file, after checking their structure."""
    shown = paths.shown(path)
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise DataError(
            f"The description is not valid JSON ({exc}).",
            where=shown,
            fix=f"restore it with `git checkout -- {shown}`, then redo your edit.",
        ) from None
    if path.name == PACKAGE:
        entries = document.get("resources") if isinstance(document, dict) else None
        if not isinstance(entries, list) or not entries:
            raise DataError(
                "The data package lists no resources (`resources` must be a list of file descriptions).",
                where=shown,
                fix="describe each file of the folder in `resources`, or restore the file from git.",
            )
    else:
        entries = [document]
    for position, entry in enumerate(entries, 1):
        _check_entry(entry, f"{shown}, resource {position}")
    return entries


def _check_entry(entry: object, where: str) -> None:
    if not isinstance(entry, dict):
        raise DataError("A resource description is not an object.", where=where, fix="describe the file as an object.")
    name = entry.get("name", "<name>")
    problems = []
    if not isinstance(entry.get("name"), str) or not re.fullmatch(r"[a-z0-9_.-]+", entry.get("name", "")):
        problems.append("`name` (lower-case letters, digits, _ . -)")
    file = entry.get("path")
    if not isinstance(file, str) or not file or "/" in file or "\\" in file or file.startswith("."):
        problems.append("`path` (the file's name, in the same folder)")
    if "hash" in entry and (not isinstance(entry["hash"], str) or not HASH.fullmatch(entry["hash"])):
        problems.append("`hash` (sha256:<64 hex digits>; leave it out for a new file: `rehash` records it)")
    fields = entry.get("schema", {}).get("fields") if isinstance(entry.get("schema"), dict) else None
    if not isinstance(fields, list) or not fields or not all(isinstance(f, dict) and "name" in f for f in fields):
        problems.append("`schema.fields` (a list of named fields)")
    dialect = entry.get("dialect")
    if not isinstance(dialect, dict) or not all(
        isinstance(dialect.get(key), str) and len(dialect[key]) == 1 for key in ("delimiter", "quoteChar")
    ):
        problems.append('`dialect` (the CSV dialect: {"delimiter": ",", "quoteChar": "\\""} or the file\'s own)')
    if entry.get("encoding") != ENCODING:
        problems.append(f"`encoding` ({ENCODING!r}; convert the file to UTF-8 if it is not)")
    if problems:
        raise DataError(
            f"The description of {name!r} lacks a valid " + ", ".join(problems) + ".",
            where=where,
            fix="complete it (see any other source folder's description), then record the checksum with "
            f"`.venv/bin/python -m kit rehash {name}`.",
        )
    unread = _unread_options(entry)
    if unread:
        raise DataError(
            f"The description of {name!r} uses what the kit's loader does not read, so the schema check and "
            "the loader would read the file differently: " + "; ".join(unread) + ".",
            where=where,
            fix="write the file plainly (numbers with '.' as the decimal point and no thousands separators, "
            "empty cells for missing values, a delimiter and a quote character) and describe only that; then "
            f"`.venv/bin/python -m kit rehash {name}`.",
        )


def _unread_options(entry: dict) -> list[str]:
    """Dialect and schema options the loader would not honour."""
    schema, unread = entry["schema"], []
    unread += [f"dialect option {key!r}" for key in sorted(set(entry["dialect"]) - DIALECT_OPTIONS)]
    unread += [f"schema option {key!r}" for key in sorted(set(schema) - SCHEMA_OPTIONS)]
    if schema.get("missingValues", [""]) != [""]:
        unread.append(f"missingValues {schema['missingValues']!r} (only empty cells are missing)")
    for field in schema["fields"]:
        kind = field.get("type", "string")
        if kind not in PANDAS_TYPES:
            unread.append(f"the field {field['name']!r} has type {kind!r} (the kit reads {sorted(PANDAS_TYPES)})")
        unread += [f"field option {key!r} of {field['name']!r}" for key in sorted(set(field) - FIELD_OPTIONS)]
    return unread


def structure_problems() -> list[DataError]:
    """Folders with no description, and files that no description covers."""
    problems = []
    described = {item.file for item in catalogue().values()}
    for folder in source_folders():
        if not descriptions(folder):
            problems.append(
                DataError(
                    "This source folder has no description, so its files have no provenance or checksum.",
                    where=paths.shown(folder),
                    fix=f"describe its files in {paths.shown(folder / PACKAGE)} (copy another source's), "
                    "then `.venv/bin/python -m kit rehash <resource>` for each.",
                )
            )
            continue
        for path in sorted(folder.iterdir()):
            if path.is_file() and path not in described and path not in descriptions(folder) and not _exempt(path):
                problems.append(
                    DataError(
                        "No description covers this file.",
                        where=paths.shown(path),
                        fix=f"describe it in {paths.shown(folder / PACKAGE)} and record its checksum with "
                        "`.venv/bin/python -m kit rehash <resource>`, or remove it.",
                    )
                )
    return problems


def _exempt(path: Path) -> bool:
    return path.name.startswith(".") or path.stem.upper() == "README"


# -- reading entries ------------------------------------------------------------------------------------


def names() -> list[str]:
    """Names of every catalogued resource."""
    return sorted(catalogue())


def _described(name: str) -> Described:
    found = catalogue()
    if name in found:
        return found[name]
    close = get_close_matches(name, list(found), n=3)
    raise MissingDataError(
        f"No resource named {name!r} in any source's description.",
        where=paths.shown(paths.DATA),
        fix=f"use one of {close}." if close else "describe the file in its source folder's datapackage.json.",
    )


def resource(name: str) -> dict:
    """The description of one resource (a copy)."""
    return copy.deepcopy(_described(name).entry)


def _entry(name: str) -> dict:
    """The description of one resource, shared: read it, never change it."""
    return _described(name).entry


def description_of(name: str) -> Path:
    """The description file that holds a resource."""
    return _described(name).description


def path_of(name: str) -> Path:
    return _described(name).file


def provenance(name: str) -> Provenance:
    res = _entry(name)
    return Provenance(
        name=name,
        title=res.get("title", name),
        citation=res.get("citation", ""),
        publisher=res.get("publisher", ""),
        sources=tuple((src["title"], src["path"]) for src in res.get("sources", ())),
        published=res.get("published", ""),
        retrieved=res.get("retrieved", ""),
        caveats=tuple(res.get("caveats", ())),
        licence=res.get("licence", "not stated"),
        path=paths.shown(path_of(name)),
        sha256=res.get("hash", "").removeprefix("sha256:"),
        example=bool(res.get("example", False)),
    )


def sha256_of(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def verify(name: str) -> Path:
    """The resource's file, after checking it exists and its bytes match the recorded sha256."""
    path = path_of(name)
    shown = paths.shown(path)
    if not path.is_file():
        raise MissingDataError(
            f"The raw file of {name!r} is missing.",
            where=shown,
            fix=f"restore it with `git checkout -- {shown}`.",
        )
    if "hash" not in _entry(name):
        raise ChecksumError(
            f"No checksum is recorded yet for the raw file of {name!r}.",
            where=paths.shown(description_of(name)),
            fix=f"check it and record its checksum with `.venv/bin/python -m kit rehash {name}`.",
        )
    expected = _entry(name)["hash"].removeprefix("sha256:")
    actual = sha256_of(path)
    if actual != expected:
        raise ChecksumError(
            f"The raw file of {name!r} has changed since it was described: its sha256 is "
            f"{actual[:12]}…, its description records {expected[:12]}….",
            where=shown,
            fix=f"if the change was not intended, restore the file with `git checkout -- {shown}`; "
            f"if you updated the data on purpose, check and record it with `.venv/bin/python -m kit rehash {name}`.",
        )
    return path


def version(name: str) -> str:
    """The recorded sha256 of a resource's raw file, once its bytes are checked against it: a key for results
    computed from the file (a changed file is refused, as `load` refuses it)."""
    verify(name)
    return _entry(name)["hash"]


def fingerprint(res: dict) -> str:
    """What a schema check vouches for: these exact bytes (their sha256) read with this dialect under this schema."""
    basis = json.dumps({"hash": res.get("hash"), "schema": res["schema"], "dialect": res["dialect"]}, sort_keys=True)
    return "sha256:" + hashlib.sha256(basis.encode("utf-8")).hexdigest()


def is_vouched_for(name: str) -> bool:
    """True when the recorded schema check covers the current checksum and schema (see `rehash`)."""
    res = _entry(name)
    return res.get("validated") == fingerprint(res)


def schema_errors(name: str, basepath: Path | None = None) -> list[str]:
    """What is wrong with the resource's file under its Table Schema (types, constraints, primary key),
    checked with frictionless, and then read as the loader reads it (with the declared dialect); `basepath`
    holds a candidate file (default: the resource's own folder)."""
    from frictionless import Resource  # imported here: with jsonschema it costs about a second

    descriptor = resource(name)
    for internal in ("hash", "bytes", "validated", "download", "example", MAY_BE_EMPTY):
        descriptor.pop(internal, None)  # the checksum is checked by `verify`, with a clearer message
    folder = basepath or description_of(name).parent
    report = Resource(descriptor, basepath=str(folder)).validate()
    problems = [err.message for task in report.tasks for err in task.errors] + [err.message for err in report.errors]
    if report.valid and not report.tasks[0].stats.get("rows") and not resource(name).get(MAY_BE_EMPTY):
        problems.append("The file has no data rows.")
    if problems:
        return _delimiter_hint(folder / descriptor["path"], descriptor) + problems
    try:
        read_csv(folder / descriptor["path"], descriptor)
    except SchemaError as problem:
        return [problem.problem]
    return []


def read_csv(path: Path, res: dict) -> pd.DataFrame:
    """A file as the loader reads it: the description's dialect, UTF-8, its schema's types, only empty cells
    missing; a SchemaError if it cannot be read so, its columns are not the schema's, or a number is not finite."""
    fields, dialect = res["schema"]["fields"], res["dialect"]
    try:
        frame = pd.read_csv(
            path,
            sep=dialect["delimiter"],
            quotechar=dialect["quoteChar"],
            doublequote=dialect.get("doubleQuote", True),
            dtype={field["name"]: PANDAS_TYPES[field.get("type", "string")] for field in fields},
            keep_default_na=False,  # text such as "NA" or "None" stays text; only empty cells are missing
            na_values=[""],
            encoding="utf-8-sig",  # as frictionless reads UTF-8: past a byte-order mark
        )
    except (ValueError, UnicodeDecodeError, pd.errors.ParserError) as exc:
        raise _unreadable(path, res, f"It cannot be read with the declared dialect and types ({exc}).") from None
    names = [field["name"] for field in fields]
    if list(frame.columns) != names:
        raise _unreadable(path, res, f"Its columns are {list(frame.columns)}, its schema's {names}.")
    for field in (f for f in fields if f.get("type") == "number"):
        values = frame[field["name"]].dropna()
        if not values.map(math.isfinite).all():
            raise _unreadable(path, res, f"The field {field['name']!r} holds numbers that are not finite "
                              f"({', '.join(map(str, values[~values.map(math.isfinite)].unique()[:3]))}).")
    return frame


def primary_key(name: str) -> list[str]:
    """The fields that identify a row of a resource: its schema's primary key, else its first field."""
    schema = _entry(name)["schema"]
    key = schema.get("primaryKey") or [schema["fields"][0]["name"]]
    return [key] if isinstance(key, str) else list(key)


def as_text(name: str, payload: bytes) -> pd.DataFrame:
    """A version of a resource's file (its bytes) as a table of text, read with the declared dialect; every
    cell as written, empty cells as empty strings (for comparing versions, not for computing)."""
    dialect = _entry(name)["dialect"]
    if not payload:
        return pd.DataFrame(columns=[field["name"] for field in _entry(name)["schema"]["fields"]], dtype="str")
    return pd.read_csv(
        io.BytesIO(payload),
        sep=dialect["delimiter"],
        quotechar=dialect["quoteChar"],
        doublequote=dialect.get("doubleQuote", True),
        dtype="str",
        keep_default_na=False,
        encoding="utf-8-sig",
    )


def _unreadable(path: Path, res: dict, problem: str) -> SchemaError:
    shown = paths.shown(path)
    return SchemaError(
        problem,
        where=shown,
        fix=f"correct the file, or its description's `dialect` and `schema`, so both agree; then "
        f"`.venv/bin/python -m kit rehash {res['name']}` (or `git checkout -- {shown}` to restore it).",
    )


def _delimiter_hint(path: Path, res: dict) -> list[str]:
    """When the file's first line splits into the schema's columns at another delimiter: say so, first."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as stream:
            first = stream.readline()
    except (OSError, UnicodeDecodeError):
        return []
    declared, names = res["dialect"]["delimiter"], [field["name"] for field in res["schema"]["fields"]]
    for other in DELIMITERS:
        if other != declared and next(csv.reader([first], delimiter=other), []) == names:
            return [f"The file is separated by {other!r}, but its description declares the delimiter {declared!r}."]
    return []


def listed(errors: list[str]) -> str:
    """The first few schema errors as an indented list, and how many more there are."""
    more = len(errors) - MAX_REPORTED_ERRORS
    lines = "\n".join(f"  - {message}" for message in errors[:MAX_REPORTED_ERRORS])
    return lines + (f"\n  … and {more} more" if more > 0 else "")


def validate_schema(name: str) -> None:
    """Check the file against its Table Schema with frictionless, then what its description and its cells say
    (`content_errors`); a SchemaError or DataError naming the problems."""
    errors = schema_errors(name)
    if not errors:
        problem = content_problem(name, read_csv(path_of(name), _entry(name)))
        if problem is not None:
            raise problem
        return
    shown = paths.shown(path_of(name))
    raise SchemaError(
        f"The raw file of {name!r} does not match its schema:\n{listed(errors)}",
        where=shown,
        fix=f"restore the file with `git checkout -- {shown}`, or correct it (and its schema in "
        f"{paths.shown(description_of(name))}) so both agree.",
    )


# -- what descriptions and files say: addresses, dates, text --------------------------------------------


def content_problem(name: str, frame: pd.DataFrame) -> DataError | None:
    """One DataError listing what the resource's description entry and its loaded cells say wrongly, or None."""
    described, cells = entry_errors(name), cell_errors(name, frame)
    if not described and not cells:
        return None
    where = paths.shown(description_of(name)) if described else paths.shown(path_of(name))
    if described and cells:
        where += f" and {paths.shown(path_of(name))}"
    return content_error(repr(name), where, described + cells, name)


def content_error(subject: str, where: str, errors: list[str], resource: str | None = None) -> DataError:
    """The error for what a description or file says wrongly (`errors`, each naming its field or row)."""
    return DataError(
        f"What {subject} says cannot be published as it is:\n{listed(errors)}",
        where=where,
        fix="correct each value named (addresses start with https:// or http://; dates are real YYYY-MM-DD, "
        "YYYY-MM or YYYY; a word is typed in one alphabet; no control characters)"
        + (f", then `.venv/bin/python -m kit rehash {resource}` if you changed the file." if resource else "."),
    )


def entry_errors(name: str) -> list[str]:
    """What a resource's description entry says wrongly, each naming the field."""
    return value_errors(_entry(name), (), skip={"hash", "validated", "path", "schema", "dialect"})


def package_errors(path: Path) -> list[str]:
    """What a description file says wrongly outside its resources (a data package's own fields: an article's
    address, date, reports), each naming the field."""
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []  # the structure check names it
    if not isinstance(document, dict) or path.name != PACKAGE:
        return []
    return value_errors({key: value for key, value in document.items() if key != "resources"}, ())


def value_errors(value: object, where: tuple, skip: set[str] = frozenset()) -> list[str]:
    """What a description's values say wrongly, walked through: web addresses, dates, text."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key not in skip:
                found += value_errors(item, (*where, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += value_errors(item, (*where, index))
    elif isinstance(value, str) and not value.strip().upper().startswith(TODO):  # to fill in: `unfilled` names it
        field = _field_name(where)
        key = next((part for part in reversed(where) if isinstance(part, str)), "")
        if key in ADDRESS_KEYS or key.endswith("_url") or (key == "path" and "sources" in where):
            problem = address_problem(value)
        elif key in DATE_KEYS or key.endswith("_date"):
            problem = date_problem(value)
        else:
            problem = text_problem(value)
        if problem:
            found.append(f"{field}: {problem}")
    return found


def _field_name(where: tuple) -> str:
    return "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in where).lstrip(".")


def address_problem(text: str) -> str | None:
    """Why a text is not a web address a reader can follow (http or https, with a host), or None."""
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(text)
    except ValueError:
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return f"{text[:80]!r} is not a web address (it must start with https:// or http://)"
    if any(character.isspace() or not character.isprintable() for character in text):
        return f"{text[:80]!r} holds a space or a control character (write it as %20 or leave it out)"
    return None


def date_problem(text: str) -> str | None:
    """Why a text is not a real date (YYYY-MM-DD, YYYY-MM or YYYY), or None (also for an empty one: not known)."""
    if text == "":
        return None
    match = DATE_VALUE.fullmatch(text)
    if match is None:
        return f"{text!r} is not a date (write YYYY-MM-DD, or YYYY-MM or YYYY when only that is known)"
    return _not_a_day(*match.groups(), text)


def _not_a_day(year: str, month: str | None, day: str | None, text: str) -> str | None:
    import calendar

    if month is not None and not 1 <= int(month) <= 12:
        return f"{text!r} is not a date: there is no month {month}"
    if day is not None and not 1 <= int(day) <= calendar.monthrange(int(year), int(month))[1]:
        return f"{text!r} is not a date: {calendar.month_name[int(month)]} {year} has no day {day}"
    return None


def text_problem(text: str) -> str | None:
    """Why a text cannot be published as it is (a control character or one that reorders text, a word mixing
    look-alike alphabets, a day that does not exist), or None."""
    from kit import text as texts  # drawing-side module: imported when checking only

    control = texts.FORBIDDEN.search(text)
    if control:
        return f"{texts.describe(control.group())} in {_short(text)} (a control character: remove it)"
    mixed = texts.mixed_script(text)
    if mixed:
        position, character, word = mixed
        return f"{texts.describe(character)} in {word!r} mixes alphabets in one word ({_short(text)})"
    for day in DAY_IN_TEXT.finditer(text):
        problem = _not_a_day(*day.groups(), day.group())
        if problem:
            return f"{problem} (in {_short(text)})"
    return None


def _short(text: str, width: int = 60) -> str:
    return repr(text if len(text) <= width else text[: width - 1] + "…")


def cell_errors(name: str, frame: pd.DataFrame) -> list[str]:
    """What a resource's text cells say wrongly, each naming the row and column: a web address column (its name
    ends in `url`) holds web addresses; a date column (at least half its values begin with YYYY-MM) begins every
    value with a real date, month or year; every text passes `text_problem`."""
    found = []
    keys = primary_key(name)
    for column in frame.columns:
        if frame[column].dtype.kind in "iufb":
            continue
        cells = [(index, str(text)) for index, text in enumerate(frame[column].tolist()) if isinstance(text, str)]
        address = str(column).lower().endswith("url")
        dated = bool(cells) and sum(bool(DATED.match(text)) for _, text in cells) >= len(cells) / 2
        if not (address or dated or SUSPECT.search("\n".join(text for _, text in cells))):
            continue  # printable ASCII without a day in it: nothing to find
        for index, text in cells:
            if address:
                problem = address_problem(text)
            elif dated:
                start = DATE_START.match(text)
                problem = (
                    _not_a_day(*start.groups(), start.group())
                    if start
                    else f"{_short(text)} does not begin with a date, as the column's other values do (YYYY-MM-DD, "
                    "YYYY-MM or YYYY)"
                ) or text_problem(text)
            else:
                problem = text_problem(text) if SUSPECT.search(text) else None
            if problem:
                row = ", ".join(f"{key} {frame[key].iat[index]!r}" for key in keys if key != column)
                found.append(f"row {index + 1}{f' ({row})' if row else ''}, column {column!r}: {problem}")
                if len(found) > MAX_REPORTED_ERRORS:
                    return found
    return found


def load(name: str) -> pd.DataFrame:
    """A validated DataFrame of one described resource; refuses changed or malformed files.

    The bytes are always checked against the recorded sha256. The schema check runs with frictionless
    unless the description records that these exact bytes already passed this exact schema (`rehash`
    records it after checking), which spares every notebook a second of start-up.
    """
    path = verify(name)
    stat = path.stat()
    return _load_verified(name, path, stat.st_mtime_ns, stat.st_size, fingerprint(_entry(name))).copy()


@functools.lru_cache(maxsize=64)
def _load_verified(name: str, path: Path, _mtime_ns: int, _size: int, _fingerprint: str) -> pd.DataFrame:
    if not is_vouched_for(name):
        validate_schema(name)
    return read_csv(path, _entry(name))


def check_all(thorough: bool = True) -> list[DataError]:
    """Every problem in the raw data (empty when all is well): folders and files without a description,
    missing or changed files, schema failures. `thorough=False` re-runs the schema check only where the
    description does not vouch for the file, as `load` does."""
    try:
        problems = structure_problems()
        resources = names()
    except DataError as problem:
        return [problem]
    for description in sorted({description_of(name) for name in resources}):
        errors = package_errors(description)
        if errors:
            problems.append(content_error(paths.shown(description), paths.shown(description), errors))
    for name in resources:
        try:
            verify(name)
            if thorough or not is_vouched_for(name):
                validate_schema(name)
            else:
                problem = content_problem(name, load(name))
                if problem is not None:
                    raise problem
        except DataError as problem:
            problems.append(problem)
    return problems + unfilled_problems()


def unfilled(entry: object, where: str = "") -> list[str]:
    """The places in a description still marked TODO (as `describe` writes them), such as `publisher` or
    `sources[0].path`."""
    if isinstance(entry, dict):
        return [found for key, value in entry.items() for found in unfilled(value, f"{where}.{key}" if where else key)]
    if isinstance(entry, list):
        return [found for index, value in enumerate(entry) for found in unfilled(value, f"{where}[{index}]")]
    return [where] if isinstance(entry, str) and entry.strip().upper().startswith(TODO) else []


def unfilled_problems() -> list[DataError]:
    """Descriptions whose provenance is still to fill in (a TODO left by `describe`)."""
    return [
        DataError(
            f"The description of {name!r} still has provenance to fill in: {', '.join(places)}.",
            where=paths.shown(described.description),
            fix="replace each TODO with what the source says (who published it, its title and address, when it was "
            "published and retrieved, its licence, its caveats; an empty list where it has none).",
        )
        for name, described in catalogue().items()
        if (places := unfilled(described.entry))
    ]


def rehash(name: str, accept: bool = False) -> str:
    """Check a deliberately changed (or new) file against its schema, then record its sha256 and size, and that it
    passed. As a refresh does, it compares the file with the version its description records (when git has that
    version): rows whose key vanishes or appears, or values outside the previous range (a figure in the wrong
    unit), are refused unless `accept`. A new file's first checksum is recorded as it is."""
    path = path_of(name)
    if not path.is_file():
        raise MissingDataError(
            f"The raw file of {name!r} is missing.",
            where=paths.shown(path),
            fix=f"put the file at {paths.shown(path)}, or correct the description's `path`.",
        )
    validate_schema(name)
    payload = path.read_bytes()
    previous = None if _entry(name).get("example") else recorded_version(name)  # example data: replaced whole
    if previous is not None and previous != payload and not accept:
        from kit import refresh  # its comparison (imported here: it imports the stories)

        changes = [*refresh.drift(name, previous, payload), *unit_changes(name, previous, payload)]
        if changes:
            raise DataError(
                "The file differs from the version its description records in ways that need an editor's decision:\n"
                + "\n".join(f"  - {text}" for text in changes),
                where=paths.shown(path),
                fix="nothing was recorded; if the change is right (not a figure in the wrong unit, not rows lost by "
                f"mistake), run `.venv/bin/python -m kit rehash {name} --accept`; else correct the file (or "
                f"`git checkout -- {paths.shown(path)}`).",
            )
    record_checksums({name: payload})
    return hashlib.sha256(payload).hexdigest()


UNIT_FACTOR = 100  # a figure this many times larger or smaller than before, on the same row, looks like a unit change


def unit_changes(name: str, old: bytes, new: bytes) -> list[str]:
    """The figures of a resource that became `UNIT_FACTOR` times larger or smaller on the same row (same key):
    a budget in roubles read as thousands, a share as a percentage."""
    key = primary_key(name)
    before, after = (as_text(name, payload).drop_duplicates(key).set_index(key) for payload in (old, new))
    common = before.index.intersection(after.index)
    found = []
    for field in _entry(name)["schema"]["fields"]:
        column = field["name"]
        if field.get("type") not in ("integer", "number") or column in key:
            continue
        was = pd.to_numeric(before.loc[common, column], errors="coerce")
        now = pd.to_numeric(after.loc[common, column], errors="coerce")
        ratio = (now / was).abs()
        jumped = ratio[(was != 0) & (now != 0) & ((ratio >= UNIT_FACTOR) | (ratio <= 1 / UNIT_FACTOR))]
        if len(jumped):
            rows = ", ".join(
                f"{' / '.join(map(str, k if isinstance(k, tuple) else (k,)))}: {was[k]:g} -> {now[k]:g}"
                for k in jumped.index[:5]
            )
            found.append(
                f"{name}: {len(jumped)} value(s) of {column!r} are {UNIT_FACTOR:,} or more times larger or smaller "
                f"than before, as if in another unit ({rows})"
            )
    return found


def recorded_version(name: str) -> bytes | None:
    """The bytes of the version of a resource's file its description records (its sha256), as git's last commit
    holds it; None when there is none to compare with (a new file, no git, another version committed)."""

    recorded = _entry(name).get("hash", "").removeprefix("sha256:")
    path = path_of(name)
    if not recorded:
        return None
    try:
        done = subprocess.run(
            ["git", "show", f"HEAD:./{path.name}"], cwd=path.parent, capture_output=True, timeout=30, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0 or hashlib.sha256(done.stdout).hexdigest() != recorded:
        return None
    return done.stdout


def record_checksums(checked: dict[str, bytes], **changes: str) -> None:
    """Write into each resource's own description, one atomic write per file, the sha256 and size of its
    checked bytes, that they passed the schema check, and any other `changes` (such as `retrieved`)."""
    by_file: dict[Path, list[str]] = {}
    for name in checked:
        by_file.setdefault(description_of(name), []).append(name)
    for description, members in by_file.items():
        files.recover(description.parent)  # temporary files a killed earlier write left in the source folder
        document = json.loads(description.read_text(encoding="utf-8"))
        entries = document["resources"] if description.name == PACKAGE else [document]
        for res in entries:
            if res["name"] in members:
                payload = checked[res["name"]]
                res["hash"] = "sha256:" + hashlib.sha256(payload).hexdigest()
                res["bytes"] = len(payload)
                res["validated"] = fingerprint(res)
                res.update(changes)
        files.write_text(description, json.dumps(document, indent=2, ensure_ascii=False) + "\n")


# -- describing a new file ------------------------------------------------------------------------------

PROVENANCE_TO_FILL = {
    "title": f"{TODO}: the data's title, as its publisher gives it",
    "citation": f"{TODO}: a short form for a chart's source line (the publisher and the year)",
    "publisher": f"{TODO}: who published the data",
    "sources": [{"title": f"{TODO}: the original publication's title", "path": f"{TODO}: https://its-address"}],
    "published": f"{TODO}: the publication date, YYYY-MM-DD (or YYYY-MM)",
    "retrieved": f"{TODO}: the date you downloaded or compiled it, YYYY-MM-DD",
    "licence": f"{TODO}: the publisher's licence or terms",
    "caveats": [f"{TODO}: what a reader must keep in mind (one line each; an empty list if nothing)"],
}


def describe(file: Path) -> tuple[str, Path]:
    """Describe a CSV of a source folder (`data/raw/<source>/<file>.csv`) in that folder's `datapackage.json`
    (added to it, or a new one): its fields and types, a primary key guess, its dialect, checksum and size, as
    inferred from the file, and the provenance to fill in marked TODO (`check` refuses it until filled). Returns
    the new resource's name and the description file."""
    path = Path(file).resolve()
    folder = path.parent
    shown = paths.shown(path)
    if not path.is_file() or path.suffix.lower() != ".csv" or folder.parent != paths.raw_dir().resolve():
        raise MissingDataError(
            f"{shown} is not a CSV file in a source folder.",
            where=shown,
            fix="put the file in its source's own folder, data/raw/<source>/<file>.csv, and name that path.",
        )
    described = {item.file.resolve(): name for name, item in catalogue().items()}
    if path in described:
        raise DataError(
            f"{shown} is already described, as {described[path]!r}.",
            where=paths.shown(description_of(described[path])),
            fix=f"edit that description; after changing the file, `.venv/bin/python -m kit rehash {described[path]}`.",
        )
    name = next(
        (candidate for candidate in (_resource_name(path.stem), _resource_name(f"{folder.name}_{path.stem}"))
         if candidate not in catalogue()),
        None,
    )
    if name is None:
        raise DataError(
            f"The names {path.stem!r} and {folder.name}_{path.stem!r} are both taken by other resources.",
            where=shown,
            fix="rename the file (resource names are unique across all sources).",
        )
    entry = {"name": name, "path": path.name, **copy.deepcopy(PROVENANCE_TO_FILL), **_inferred(path)}
    target = folder / PACKAGE
    before = target.read_text(encoding="utf-8") if target.is_file() else None
    package = json.loads(before) if before is not None else {"name": _resource_name(folder.name).replace("_", "-")}
    package.setdefault("resources", []).append(entry)
    files.write_text(target, json.dumps(package, indent=2, ensure_ascii=False) + "\n")
    try:
        rehash(name)
    except KitError:
        if before is None:
            target.unlink()
        else:
            files.write_text(target, before)
        raise
    return name, target


def _resource_name(text: str) -> str:
    return re.sub(r"[^a-z0-9_]+", "_", text.lower()).strip("_") or "data"


def _inferred(path: Path) -> dict:
    """What the file itself tells: its dialect, fields and their types (frictionless, over every row), which
    fields are never empty, and the first field or pair of fields whose values tell the rows apart; each field's
    description (and a number's unit) to fill in."""
    from frictionless import Detector
    from frictionless import describe as infer

    with open(path, encoding="utf-8-sig", newline="") as stream:
        sample = stream.read(64_000)
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters="".join(DELIMITERS)).delimiter
    except csv.Error:
        delimiter = ","
    dialect = {"delimiter": delimiter, "quoteChar": '"'}
    detector = Detector(sample_size=1_000_000, field_confidence=1.0)
    inferred = infer(str(path), type="resource", detector=detector, control=_control(delimiter))
    fields = []
    for field in inferred.schema.fields:
        kind = field.type if field.type in PANDAS_TYPES else "string"
        described = {"name": field.name, "type": kind, "description": f"{TODO}: what the column holds"}
        fields.append(described | ({"unit": f"{TODO}: its unit"} if kind in ("integer", "number") else {}))
    res = {"dialect": dialect, "schema": {"fields": fields}}
    frame = read_csv(path, res)
    for field in fields:
        if frame[field["name"]].notna().all():
            field["constraints"] = {"required": True}
    names = [field["name"] for field in fields]
    candidates = [[n] for n in names] + [[a, b] for i, a in enumerate(names) for b in names[i + 1 :]]
    key = next((c for c in candidates if frame[c].notna().all().all() and not frame.duplicated(c).any()), None)
    if key:
        res["schema"]["primaryKey"] = key
    return {"format": "csv", "mediatype": "text/csv", "encoding": ENCODING, **res}


def _control(delimiter: str):
    from frictionless.formats import CsvControl

    return CsvControl(delimiter=delimiter)
