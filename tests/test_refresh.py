"""`python -m kit refresh`: re-download a source, check it, show what changes, and replace the snapshot only
if every check passes. Served from 127.0.0.1: good, changed, corrupted, truncated, missing, hanging.

The source refreshed here is made up for the test (an example source in a private copy of data/, two resources
extracted from one JSON file by two extractors, as a story declares them); no story reads it, so its story diff
is quick to write. A real source's extractor and its story diff are tested with their story (tests/stories/).
"""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
import time
import urllib.request
from datetime import date

import pytest
from localserver import Reply

from kit import __main__ as cli
from kit import articles, data, paths, refresh
from kit.errors import ExportError, RefreshError

FOLDER = "example_refresh"  # the made-up source's folder in data/raw/ of the copy
SCORES, RANKS = "example_scores", "example_ranks"
SOURCE_PATH = "/example-indicators.json"
RECORDS = [  # code, name, score, rank
    ("AAA", "Alpha", "60", "1"),
    ("BBB", "Beta", "20.5", "2"),
    ("CCC", "Gamma", "12.25", "3"),
    ("DDD", "Delta", "10", "4"),
]
CODE = {"name": "code", "type": "string", "constraints": {"required": True, "pattern": "[A-Z]{3}"}}
SCORE = {"name": "score", "type": "number", "constraints": {"required": True, "minimum": 0, "maximum": 100}}
RANK = {"name": "rank", "type": "integer", "constraints": {"required": True, "minimum": 1}}
SCHEMAS = {SCORES: [CODE, SCORE], RANKS: [CODE, RANK]}


def records_from(payload: bytes) -> list[dict]:
    records = json.loads(payload)
    found = [record for record in records if isinstance(record, dict) and "code" in record]
    if not found:
        raise ValueError("no records with a code")
    return found


def extract_scores(payload: bytes, current) -> list[list[str]]:
    return [["code", "score"]] + [[r["code"], str(r["score"])] for r in records_from(payload)]


def extract_ranks(payload: bytes, current) -> list[list[str]]:
    return [["code", "rank"]] + [[r["code"], str(r["rank"])] for r in records_from(payload)]


EXTRACTORS = {"example/scores": extract_scores, "example/ranks": extract_ranks}


def source_file(records=RECORDS) -> bytes:
    """The source's JSON: one record per code (numbers written exactly as in the CSVs) and an unrelated one."""
    lines = ['{"id": "unrelated", "value": 1}']
    lines += [f'{{"code": "{c}", "name": "{n}", "score": {s}, "rank": {r}}}' for c, n, s, r in records]
    return ("[\n" + ",\n".join(lines) + "\n]\n").encode("utf-8")


def edited(code: str, score: str | None = None, drop: bool = False) -> bytes:
    """The source with one record's score changed, or without that record."""
    kept = [record for record in RECORDS if not (drop and record[0] == code)]
    return source_file([(c, n, score if c == code and score else s, r) for c, n, s, r in kept])


def describe(folder, url: str) -> None:
    """The made-up source's files and description, its checksums recorded as `kit rehash` records them."""
    folder.mkdir()
    for name, column in ((SCORES, 2), (RANKS, 3)):
        rows = [["code", SCHEMAS[name][1]["name"]]] + [[record[0], record[column]] for record in RECORDS]
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerows(rows)
        (folder / f"{name}.csv").write_text(buffer.getvalue(), encoding="utf-8")
    resources = [
        {
            "name": name,
            "path": f"{name}.csv",
            "title": f"Example {name.split('_')[1]} for the refresh tests",
            "citation": "Example Publisher",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": {"delimiter": ",", "quoteChar": '"'},
            "publisher": "Example Publisher",
            "sources": [{"title": "Example indicators", "path": "https://example.org/indicators"}],
            "download": {"url": url, "format": "json", "extract": f"example/{name.split('_')[1]}"},
            "published": "2026-01-01",
            "retrieved": "2026-01-02",
            "licence": "Made up for a test.",
            "caveats": [],
            "schema": {"fields": SCHEMAS[name], "primaryKey": ["code"]},
            "hash": "sha256:" + "0" * 64,
        }
        for name in (SCORES, RANKS)
    ]
    package = {"name": FOLDER.replace("_", "-"), "title": "Example source", "resources": resources}
    (folder / data.PACKAGE).write_text(json.dumps(package, indent=2) + "\n", encoding="utf-8")
    for name in (SCORES, RANKS):
        data.rehash(name)


@pytest.fixture
def source(data_copy, local_server, monkeypatch):
    """The made-up source, served unchanged by the local server, is the only downloadable one in the data copy
    (the real sources' download entries are taken out of the copy)."""
    for description in {data.description_of(name) for name in refresh.downloadable()}:
        package = json.loads(description.read_text())
        for res in package["resources"]:
            res.pop("download", None)
        description.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n")
    describe(data_copy / "raw" / FOLDER, local_server.url(SOURCE_PATH))
    real = refresh.extractors
    monkeypatch.setattr(refresh, "extractors", lambda: {**real(), **EXTRACTORS})
    local_server.replies[SOURCE_PATH] = Reply(source_file())
    return local_server


def snapshot(data_copy) -> dict[str, bytes]:
    return {p.relative_to(data_copy).as_posix(): p.read_bytes() for p in sorted(data_copy.rglob("*")) if p.is_file()}


def test_every_downloadable_resource_names_a_pinned_https_download_and_a_known_extractor():
    for name in refresh.downloadable():
        download = data.resource(name)["download"]
        assert download["url"].startswith("https://"), name
        assert re.search(r"/[0-9a-f]{40}/", download["url"]), f"{name}: pin the download to a commit"
        assert download["extract"] in refresh.extractors(), name


def test_an_unchanged_source_rebuilds_every_file_byte_for_byte_and_writes_nothing(source, data_copy, capsys):
    before = snapshot(data_copy)
    assert cli.main(["refresh"]) == 0
    output = capsys.readouterr().out
    assert output.count("unchanged.") == 2 and "Nothing changed; no file was written." in output
    assert snapshot(data_copy) == before
    assert source.requests == [SOURCE_PATH]  # one download serves both resources


def test_a_changed_source_shows_old_and_new_figures_and_replaces_file_and_checksum(source, data_copy, capsys):
    source.replies[SOURCE_PATH] = Reply(edited("BBB", score="21"))
    ranks_before = data.path_of(RANKS).read_bytes()
    assert cli.main(["refresh", FOLDER]) == 0
    output = capsys.readouterr().out
    assert f"{SCORES}: 1 figure(s) change:" in output
    assert ["BBB", "score", "20.5", "21"] in [line.split() for line in output.splitlines()]
    assert f"{RANKS}: unchanged." in output and "Replaced 1 file(s)" in output
    assert data.path_of(RANKS).read_bytes() == ranks_before
    frame = data.load(SCORES)  # passes the checksum: the catalogue records the new file
    assert frame.set_index("code").loc["BBB", "score"] == 21
    assert data.resource(SCORES)["retrieved"] == date.today().isoformat()
    assert data.is_vouched_for(SCORES)


def test_a_dry_run_shows_the_changes_and_writes_nothing(source, data_copy, capsys):
    source.replies[SOURCE_PATH] = Reply(edited("BBB", score="21"))
    before = snapshot(data_copy)
    assert cli.main(["refresh", "--dry-run"]) == 0
    assert "would change; nothing was written" in capsys.readouterr().out
    assert snapshot(data_copy) == before


BAD_SOURCES = {
    "corrupted": (Reply(b"\x89PNG\r\n\x1a\n\x00\x00garbage"), "not what the kit expects"),
    "not the expected records": (Reply(b'[{"id": "something-else"}]'), "no records with a code"),
    "truncated, announced length": (Reply(source_file()[:50], announce=len(source_file())), "cut short"),
    "truncated, no announcement": (Reply(source_file()[:50]), "corrupted or truncated"),
    "missing (404)": (None, "404"),
    "server error (500)": (Reply(b"oops", status=500), "500"),
    "fails its schema": (Reply(edited("BBB", score="250")), "maximum"),
    "hangs": (Reply(hang=True), "within 0.5 seconds"),
    "drips its answer": (Reply(source_file(), drip=0.05), "within 0.5 seconds"),
    "a Content-Length that is not a number": (Reply(source_file(), headers={"Content-Length": "lots"}), "'lots'"),
    "deeply nested JSON": (Reply(b"[" * 200_000 + b"]" * 200_000), "RecursionError"),
    "redirected to another host": (Reply(status=302, headers={"Location": "http://localhost:9/x.json"}), "another host"),
}


@pytest.mark.parametrize("case", list(BAD_SOURCES))
def test_a_bad_download_leaves_the_data_untouched_and_says_why(source, data_copy, case, capsys):
    reply, message = BAD_SOURCES[case]
    source.replies.pop(SOURCE_PATH)
    if reply is not None:
        source.replies[SOURCE_PATH] = reply
    before = snapshot(data_copy)
    assert cli.main(["refresh", "--timeout", "0.5"]) == 1
    error = capsys.readouterr().err
    assert message in error and "Where:" in error and "Fix:" in error
    assert snapshot(data_copy) == before  # no file, no checksum, no date changed; no temporary file left


def test_the_timeout_bounds_the_whole_download_not_each_read(source):
    source.replies[SOURCE_PATH] = Reply(source_file(), drip=0.2)  # one byte every 0.2 s: each read is quick
    start = time.monotonic()
    with pytest.raises(RefreshError, match="within 1 seconds"):
        refresh.refresh(timeout=1)
    assert time.monotonic() - start < 3  # the whole file would take minutes


def test_a_redirect_on_the_same_host_is_followed(source, data_copy):
    source.replies["/moved.json"] = source.replies.pop(SOURCE_PATH)
    source.replies[SOURCE_PATH] = Reply(status=301, headers={"Location": source.url("/moved.json")})
    before = snapshot(data_copy)
    assert all(not update.changed for update in refresh.refresh().updates)
    assert source.requests[:2] == [SOURCE_PATH, "/moved.json"] and snapshot(data_copy) == before


@pytest.mark.parametrize(
    "old, new, allowed",
    [
        ("https://a.org/x", "https://a.org/y", True),
        ("https://a.org/x", "https://b.org/x", False),
        ("https://a.org/x", "http://a.org/x", False),
        ("http://a.org/x", "https://a.org/x", True),
        ("https://a.org/x", "https://evil.a.org.example/x", False),
    ],
)
def test_redirects_stay_on_the_host_and_never_drop_https(old, new, allowed):
    request = urllib.request.Request(old)
    handler = refresh._SameHostRedirects()
    if allowed:
        assert handler.redirect_request(request, None, 302, "Found", {}, new).full_url == new
    else:
        with pytest.raises(RefreshError, match="redirected the download"):
            handler.redirect_request(request, None, 302, "Found", {}, new)


def test_an_oversized_download_is_refused(source):
    with pytest.raises(RefreshError, match="larger than the 100 bytes allowed"):
        refresh.refresh(max_bytes=100)


def test_a_failure_after_the_first_file_puts_everything_back(source, data_copy, monkeypatch):
    source.replies[SOURCE_PATH] = Reply(edited("BBB", score="21"))
    before = snapshot(data_copy)

    def full_disk(*args, **kwargs):
        raise ExportError("Could not write datapackage.json (No space left on device).", where="x", fix="y")

    monkeypatch.setattr(data, "record_checksums", full_disk)
    with pytest.raises(RefreshError, match="previous files were put back"):
        refresh.refresh()
    assert snapshot(data_copy) == before


def test_sources_that_cannot_be_refreshed_are_named(source):
    without_download = next(name for name in data.names() if "download" not in data.resource(name))
    article = articles.names()[0]  # an article's folder holds its statements, never downloaded
    cases = {
        without_download: "has no download URL",
        SCORES[:-1]: f"Did you mean '{SCORES}'",
        article: f"No resource in {article} has a download URL",
    }
    for name, message in cases.items():
        with pytest.raises(RefreshError, match=re.escape(message)):
            refresh.select([name])


def test_a_restored_file_has_nothing_to_drift_from(source, data_copy):
    """A missing file is restored by a refresh, with nothing to compare it with."""
    path = data.path_of(RANKS)
    expected = path.read_bytes()
    path.unlink()
    (update,) = refresh.refresh([RANKS]).updates
    assert path.read_bytes() == expected and set(update.changes["new"]) == {"added"}
    assert update.drift == ()


def test_refresh_never_runs_during_the_build_or_the_notebooks():
    modules = [p.stem for p in (paths.ROOT / "kit").glob("*.py") if p.stem not in {"refresh", "__main__"}]
    script = "import sys\n" + "".join(f"import kit.{m}\n" for m in modules) + "print('kit.refresh' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
    for notebook in paths.NOTEBOOKS.glob("*.py"):
        assert not re.search(r"kit\.refresh|import[^\n]*\brefresh\b", notebook.read_text()), notebook.name


# -- comparing new data with old, and the story diff ------------------------------------------------------


@pytest.mark.parametrize(
    "new_source, named",
    [
        (edited("CCC", drop=True), [f"{name}: 1 row(s) disappear (code: CCC)" for name in (SCORES, RANKS)]),
        (edited("BBB", score="85"), [f"{SCORES}: 1 value(s) of 'score' leave the previous range 10 to 60 (BBB: 85)"]),
    ],
    ids=["a record drops out", "a value leaves its range"],
)
def test_new_data_that_drifts_is_refused_unless_accepted(source, data_copy, capsys, new_source, named):
    source.replies[SOURCE_PATH] = Reply(new_source)
    before = snapshot(data_copy)
    assert cli.main(["refresh"]) == 1
    error = capsys.readouterr().err
    assert all(text in error for text in named) and "--accept" in error and "story-diff.md" in error
    assert snapshot(data_copy) == before
    report = (paths.exports_dir() / "story-diff.md").read_text()
    assert report.startswith("# What the new data changes in the stories\n\nRefused") and named[0] in report
    assert cli.main(["refresh", "--accept"]) == 0
    assert snapshot(data_copy) != before and "Accepted (--accept)" in (paths.exports_dir() / "story-diff.md").read_text()


def test_an_unchanged_source_gives_a_story_diff_that_says_so(source, data_copy):
    result = refresh.refresh()
    report = result.report_path.read_text()
    assert "Nothing changed; no file was written." in report and "No story reads a source that changed." in report
    assert report.count("Unchanged.") == 2 and result.story_diff.flips == []


def test_a_change_no_story_reads_is_applied_and_its_story_diff_says_no_story_reads_it(source, data_copy):
    source.replies[SOURCE_PATH] = Reply(edited("BBB", score="21"))
    result = refresh.refresh()
    report = result.report_path.read_text()
    assert result.applied and result.story_diff.flips == [] and "No story reads a source that changed." in report
    assert "Applied: 1 file(s) replaced." in report
