"""Refresh raw data from its source: download, check, compare, show what changes in the stories, and replace
only if all is well.

A resource can be refreshed when its catalogue entry has a `download`: a direct URL to a machine-readable
file and the name of the extractor (declared by the story that reads the source) that turns that file into the
resource's CSV. `refresh()` downloads each source once (within a time-out for the whole download, a size limit,
redirects only on the same host), extracts every resource, checks each new file against its schema, compares it
with the current file (the figures that change; rows whose key vanishes or appears, values outside the previous
range: "drift") and writes the story diff for editors (`kit.storydiff`). Only if every step passes for every
resource asked for, and there is no drift or it is accepted, are the files and their checksums replaced, each
atomically; on any failure nothing is changed and the error says why. Nothing here runs unless asked
(`python -m kit refresh`): the build and the notebooks never import this module.
"""

from __future__ import annotations

import contextlib
import csv
import http.client
import io
import socket
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from difflib import get_close_matches
from pathlib import Path

import pandas as pd

from kit import data, files, paths, story, storydiff
from kit.errors import KitError, RefreshError

TIMEOUT = 30.0  # seconds without an answer (and in all, per download) before giving up
MAX_BYTES = 50_000_000  # a source file larger than this is refused
CHUNK = 1 << 16
USER_AGENT = "newsroom-kit-refresh/0.1 (data-journalism kit; python urllib)"


@dataclass(frozen=True)
class Update:
    """One resource's current and freshly downloaded bytes, the figures that differ, and what in the difference
    a refresh refuses without `accept` (keys that vanish or appear, values outside their previous range)."""

    name: str
    old: bytes
    new: bytes
    changes: pd.DataFrame  # key, field, old, new
    drift: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return self.old != self.new


@dataclass(frozen=True)
class Refresh:
    """What a refresh found and did: each resource's update, and the story diff written for editors."""

    updates: list[Update]
    applied: bool
    story_diff: storydiff.StoryDiff
    report_path: Path


# -- which resources ----------------------------------------------------------------------------------


def downloadable() -> list[str]:
    """The resources whose catalogue entry says where to download them."""
    return [name for name in data.names() if "download" in data.resource(name)]


def select(sources: Sequence[str] = ()) -> list[str]:
    """Resources to refresh: all downloadable ones, or those named (a resource or a data/raw/ folder)."""
    available = downloadable()
    if not sources:
        return available
    chosen = []
    for source in sources:
        folder = [n for n in data.names() if data.description_of(n).parent.name == source]
        matches = [source] if source in data.names() else folder
        if not matches:
            close = get_close_matches(source, data.names() + sorted(_folders()), n=3)
            raise RefreshError(
                f"{source!r} is neither a resource nor a source folder in the catalogue."
                + (f" Did you mean {' or '.join(map(repr, close))}?" if close else ""),
                where=paths.shown(paths.raw_dir()),
                fix=f"name one of the downloadable resources {available} or their folders {sorted(_folders())}.",
            )
        missing = [n for n in matches if n not in available]
        if missing and source in data.names():
            raise RefreshError(
                f"{source!r} has no download URL in the catalogue, so it cannot be refreshed automatically.",
                where=paths.shown(paths.raw_dir()),
                fix="update its file by hand and record it with `.venv/bin/python -m kit rehash "
                f"{source}`, or add a `download` entry (url and extractor) to its description if the source offers "
                "a direct file.",
            )
        chosen += [n for n in matches if n in available and n not in chosen]
    if not chosen:
        raise RefreshError(
            f"No resource in {', '.join(sources)} has a download URL.",
            where=paths.shown(paths.raw_dir()),
            fix=f"refresh one of {available}, or update the files by hand and `rehash` them.",
        )
    return chosen


def _folders() -> set[str]:
    return {data.description_of(n).parent.name for n in downloadable()}


# -- downloading --------------------------------------------------------------------------------------


def fetch(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES) -> bytes:
    """The bytes at `url` (http or https), whole, within `timeout` seconds in all (connecting, waiting, reading:
    a server that drips its answer is cut off too); a RefreshError if they cannot be had so. Redirects are
    followed only on the same host and never from https to http."""
    if not url.startswith(("https://", "http://")):
        raise RefreshError(f"{url!r} is not an http(s) URL.", where=url, fix="give the download an https URL.")
    download = _Download(url, timeout)
    try:
        with download.open() as response:
            declared = _declared_length(response, url)
            if declared is not None and declared > max_bytes:
                raise _too_big(url, declared, max_bytes)
            chunks, size = [], 0
            while chunk := response.read1(CHUNK):
                size += len(chunk)
                if size > max_bytes:
                    raise _too_big(url, size, max_bytes)
                chunks.append(chunk)
                download.check_time()
            download.check_time()  # a socket shut at the deadline reads as the end of the file
            if declared is not None and size < declared:
                raise http.client.IncompleteRead(b"".join(chunks), declared - size)
    except urllib.error.HTTPError as exc:
        raise RefreshError(
            f"The server answered {exc.code} {exc.reason} for the download.",
            where=url,
            fix="check that the file still exists at this URL (a moved file needs a new `download.url` in the "
            "source's description).",
        ) from None
    except (TimeoutError, urllib.error.URLError, OSError, http.client.HTTPException, ValueError) as exc:
        if download.late():
            problem = f"The server did not deliver the file within {timeout:g} seconds."
        elif isinstance(exc, http.client.IncompleteRead):
            problem = f"The download was cut short: {len(exc.partial)} bytes arrived of the {declared} announced."
        else:
            problem = f"The download failed ({getattr(exc, 'reason', None) or exc or type(exc).__name__})."
        raise RefreshError(problem, where=url, fix="check your connection and try again later.") from None
    finally:
        download.close()
    return b"".join(chunks)


class _Download:
    """One download's connections, with a deadline: a timer shuts every socket it opened when time is up, so
    no read, however slow the server, outlasts it."""

    def __init__(self, url: str, timeout: float):
        self.url, self.timeout = url, timeout
        self.deadline = time.monotonic() + timeout
        self.sockets: list[socket.socket] = []
        self.expired = threading.Event()
        self.timer = threading.Timer(timeout, self._expire)
        self.timer.daemon = True

    def open(self):
        track = self._track

        def connection(base: type[http.client.HTTPConnection]) -> type[http.client.HTTPConnection]:
            class Tracked(base):
                def connect(self):
                    super().connect()
                    track(self.sock)

            return Tracked

        class Plain(urllib.request.HTTPHandler):
            def http_open(self, request):
                return self.do_open(connection(http.client.HTTPConnection), request)

        class Secure(urllib.request.HTTPSHandler):
            def https_open(self, request):
                return self.do_open(connection(http.client.HTTPSConnection), request, context=self._context)

        opener = urllib.request.build_opener(Plain, Secure, _SameHostRedirects)
        self.timer.start()
        request = urllib.request.Request(self.url, headers={"User-Agent": USER_AGENT})
        return opener.open(request, timeout=self.timeout)

    def _track(self, sock: socket.socket) -> None:
        self.sockets.append(sock)
        if self.expired.is_set():  # connected just as time ran out
            self._shut(sock)

    def _expire(self) -> None:
        self.expired.set()
        for sock in self.sockets:
            self._shut(sock)

    @staticmethod
    def _shut(sock: socket.socket) -> None:
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)  # wakes up a read blocked on it

    def check_time(self) -> None:
        if self.late():
            raise TimeoutError

    def late(self) -> bool:
        return self.expired.is_set() or time.monotonic() >= self.deadline

    def close(self) -> None:
        self.timer.cancel()


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to the same host, and never from https to http."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        old, new = urllib.parse.urlsplit(req.full_url), urllib.parse.urlsplit(newurl)
        if new.hostname != old.hostname or (old.scheme == "https" and new.scheme != "https"):
            raise RefreshError(
                f"The server redirected the download to another {'host' if new.hostname != old.hostname else 'scheme'}"
                f": {newurl}. The kit follows redirects only on the source's own host, over https if it began so.",
                where=req.full_url,
                fix="check the new address; if the source really moved there, put it in `download.url` in the "
                "source's description.",
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _declared_length(response, url: str) -> int | None:
    """The Content-Length the server announced (None if it announced none); a RefreshError if it is not a number."""
    declared = response.headers.get("Content-Length")
    if declared is None:
        return None
    if not declared.strip().isdigit():
        raise RefreshError(
            f"The server announced a length that is not a number (Content-Length: {declared[:40]!r}).",
            where=url,
            fix="try again later; if it persists, the server (or a proxy in between) is broken.",
        )
    return int(declared)


def _too_big(url: str, size: int, limit: int) -> RefreshError:
    return RefreshError(
        f"The download is larger than the {limit:,} bytes allowed ({size:,} bytes or more).",
        where=url,
        fix="check that the URL points at the data file, not at a page or an archive.",
    )


# -- extractors: a downloaded file -> the resource's CSV ------------------------------------------------

def _as_is(payload: bytes, current: pd.DataFrame | None) -> list[list[str]]:
    """A CSV served directly: its rows, unchanged."""
    return list(csv.reader(io.StringIO(payload.decode("utf-8"))))


def extractors() -> dict[str, Callable[[bytes, pd.DataFrame | None], list[list[str]]]]:
    """Every extractor a description may name: the plain CSV one, and those the stories declare for their sources."""
    found = {"csv": _as_is}
    for each in story.stories():
        found.update(each.extractors)
    return found


def extract(name: str, payload: bytes) -> bytes:
    """The resource's new CSV bytes from a downloaded file (a RefreshError if the file is not what was expected)."""
    download = data.resource(name)["download"]
    available = extractors()
    extractor = available.get(download.get("extract", "csv"))
    if extractor is None:
        raise RefreshError(
            f"The description names an unknown extractor {download.get('extract')!r} for {name!r}.",
            where=paths.shown(data.description_of(name)),
            fix=f"use one of {sorted(available)}, or declare the extractor in the story that reads the source.",
        )
    try:
        rows = extractor(payload, _current(name))
    except Exception as exc:  # whatever the file makes an extractor fail with (nesting too deep included)
        raise RefreshError(
            f"The downloaded file for {name!r} is not what the kit expects ({type(exc).__name__}: "
            f"{str(exc)[:200]}); it may be corrupted or truncated, or the source changed its format.",
            where=download["url"],
            fix="try again later; if the source's format changed, update its extractor "
            f"{extractor.__module__}.{extractor.__name__} (declared by the story that reads the source).",
        ) from None
    dialect = data.resource(name)["dialect"]
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=dialect["delimiter"], quotechar=dialect["quoteChar"], lineterminator="\n").writerows(
        rows
    )
    return buffer.getvalue().encode("utf-8")


def _current(name: str) -> pd.DataFrame | None:
    """The current file as text, if it can be read (a damaged or missing file can still be refreshed)."""
    try:
        return data.as_text(name, data.path_of(name).read_bytes())
    except (OSError, ValueError):
        return None


# -- checking and comparing ---------------------------------------------------------------------------


def check(name: str, candidate: bytes) -> None:
    """Check new bytes against the resource's schema, then what their cells say (addresses, dates, text: as
    `kit check` does), in a scratch folder; the data is not touched."""
    with tempfile.TemporaryDirectory(prefix="kit-refresh-") as scratch:
        path = Path(scratch) / data.resource(name)["path"]
        path.write_bytes(candidate)
        errors = data.schema_errors(name, basepath=Path(scratch))
        if not errors:
            errors = data.cell_errors(name, data.read_csv(path, data.resource(name)))
    if errors:
        raise RefreshError(
            f"The new file for {name!r} does not pass its checks:\n{data.listed(errors)}",
            where=data.resource(name)["download"]["url"],
            fix=f"nothing was changed; check the source, or if it changed on purpose, update the schema in "
            f"{paths.shown(data.description_of(name))} first.",
        )


def changes(name: str, old: bytes, new: bytes) -> pd.DataFrame:
    """The figures that differ between two versions of a resource: one row per key and field, old vs new."""
    diff = storydiff.table_diff(name, old, new)
    rows = [(key, "(row)", "present", "removed") for key in diff.removed_keys]
    rows += [(key, "(row)", "absent", "added") for key in diff.added_keys]
    return pd.concat([pd.DataFrame(rows, columns=["key", "field", "old", "new"]), diff.changed], ignore_index=True)


def drift(name: str, old: bytes, new: bytes) -> tuple[str, ...]:
    """What a new version changes in a resource's shape, which a refresh accepts only when told to: rows whose
    key disappears or appears (so the row count changes), and numbers outside the range of the old file's."""
    if not old:
        return ()  # a missing file being restored: nothing to compare with
    key = data.primary_key(name)
    before, after = (data.as_text(name, payload).set_index(key) for payload in (old, new))
    found = []
    for keys, verb in ((before.index.difference(after.index), "disappear"), (after.index.difference(before.index), "appear")):
        if len(keys):
            found.append(
                f"{len(keys)} row(s) {verb} ({' / '.join(key)}: {_some(map(storydiff.label, keys))}); "
                f"{len(before)} rows before, {len(after)} after"
            )
    numeric = [f["name"] for f in data.resource(name)["schema"]["fields"] if f.get("type") in ("integer", "number")]
    common = after.index.intersection(before.index)
    for column in (c for c in numeric if c not in key):
        previous = pd.to_numeric(before[column], errors="coerce").dropna()
        values = pd.to_numeric(after.loc[common, column], errors="coerce").dropna()
        outside = values[(values < previous.min()) | (values > previous.max())]
        if len(outside):
            found.append(
                f"{len(outside)} value(s) of {column!r} leave the previous range {previous.min():g} to "
                f"{previous.max():g} ({_some(f'{storydiff.label(k)}: {v:g}' for k, v in outside.items())})"
            )
    return tuple(f"{name}: {text}" for text in found)


def _some(items, shown: int = 5) -> str:
    items = list(items)
    return ", ".join(items[:shown]) + (f" and {len(items) - shown} more" if len(items) > shown else "")


# -- the refresh --------------------------------------------------------------------------------------


def refresh(
    sources: Sequence[str] = (),
    *,
    timeout: float = TIMEOUT,
    max_bytes: int = MAX_BYTES,
    apply: bool = True,
    accept: bool = False,
) -> Refresh:
    """Download, extract and check the chosen resources, compare them with the current files and write the story
    diff (`exports/story-diff.md`); then, if `apply`, replace the changed files and their checksums, only if every
    one passed and (unless `accept`) none drifted: no key vanished or appeared, no value left its previous range.
    Raises RefreshError, leaving the data untouched, otherwise."""
    chosen = select(sources)
    downloads: dict[str, bytes] = {}
    updates = []
    for name in chosen:
        url = data.resource(name)["download"]["url"]
        if url not in downloads:
            downloads[url] = fetch(url, timeout=timeout, max_bytes=max_bytes)
        new = extract(name, downloads[url])
        check(name, new)
        path = data.path_of(name)
        old = path.read_bytes() if path.is_file() else b""
        updates.append(Update(name, old, new, changes(name, old, new), drift(name, old, new)))
    changed = [u for u in updates if u.changed]
    checks = [text for update in changed for text in update.drift]
    diff = storydiff.compare({u.name: u.new for u in updates}, checks)
    if not apply:
        return Refresh(updates, False, diff, storydiff.write(diff, "Dry run: nothing was written."))
    if checks and not accept:
        shown = storydiff.write(diff, "Refused: the new data needs an editor's decision (below); nothing was written.")
        raise RefreshError(
            "The new data differs from the current in ways that need an editor's decision:\n"
            + "\n".join(f"  - {text}" for text in checks),
            where=", ".join(u.name for u in changed if u.drift),
            fix=f"nothing was changed; read {paths.shown(shown)} (what it changes in the stories), and if the new "
            "data is right, run the refresh again with --accept.",
        )
    try:
        replace(changed)
    except RefreshError as failure:
        storydiff.write(diff, f"Failed: {failure.problem}")
        raise
    done = f"Applied: {len(changed)} file(s) replaced." if changed else "Nothing changed; no file was written."
    if changed and checks:
        done += " Accepted (--accept) although the data needs an editor's decision (below)."
    return Refresh(updates, True, diff, storydiff.write(diff, done))


def replace(updates: Sequence[Update]) -> None:
    """Write the new files and record their checksums and today's retrieval date; all or nothing."""
    if not updates:
        return
    written = []
    try:
        for update in updates:
            files.write_bytes(data.path_of(update.name), update.new)
            written.append(update)
        data.record_checksums({u.name: u.new for u in updates}, retrieved=date.today().isoformat())
    except KitError as problem:
        for update in written:  # put back what was already replaced, so data and catalogue stay in step
            if update.old:
                files.write_bytes(data.path_of(update.name), update.old)
            else:
                data.path_of(update.name).unlink(missing_ok=True)
        raise RefreshError(
            f"The refreshed data could not be written ({problem.problem}); the previous files were put back.",
            where=problem.where,
            fix=problem.fix,
        ) from None


def report(result: Refresh) -> str:
    """What a refresh found, resource by resource, with the changed figures as an old-vs-new table, and where
    the story diff is."""
    lines = []
    for update in result.updates:
        if not update.changed:
            lines.append(f"{update.name}: unchanged.")
            continue
        count = len(update.changes)
        lines.append(f"{update.name}: {count} figure(s) change" + (" (formatting only)." if not count else ":"))
        if count:
            lines += ["  " + line for line in update.changes.to_string(index=False).splitlines()]
    changed = [u for u in result.updates if u.changed]
    checks = [text for update in changed for text in update.drift]
    if checks:
        lines.append("Needs an editor's decision (a refresh refuses it without --accept):")
        lines += [f"  - {text}" for text in checks]
    flips = result.story_diff.flips
    lines.append(
        f"Story diff for editors: {paths.shown(result.report_path)} "
        + (f"({len(flips)} verdict(s) flip: {', '.join(flips)})." if flips else "(no verdict flips).")
    )
    if not changed:
        lines.append("Nothing changed; no file was written.")
    elif result.applied:
        lines.append(
            f"Replaced {len(changed)} file(s) and recorded their checksums in their sources' descriptions. "
            "Run `make notebooks` to rebuild the figures from the new data, then review the verdicts."
        )
    else:
        lines.append(f"{len(changed)} file(s) would change; nothing was written (dry run).")
    return "\n".join(lines)
