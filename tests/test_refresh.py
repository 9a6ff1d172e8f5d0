"""`python -m kit refresh`: re-download a source, check it, show what changes, and replace the snapshot only
if every check passes. Served from 127.0.0.1: good, changed, corrupted, truncated, missing, hanging."""

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
from kit import data, paths, refresh
from kit.errors import ExportError, RefreshError
from kit.stories.ai_vibrancy import extract

PILLARS, RANKING, UNRANKED = "gvt_2025_pillar_scores", "gvt_2025_overall_ranking", "gvt_2025_unranked_countries"
SOURCE_PATH = "/ai-atlas-indicators.json"


def rows(name: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(data.path_of(name).read_text(encoding="utf-8"))))


def source_file(edit=None) -> bytes:
    """The source's JSON (AI-Governance-Map's indicators file, its Stanford records and one unrelated record),
    built from the current snapshot, with numbers written exactly as in the CSVs; `edit(pillars)` may change it."""
    pillars: dict[str, dict[str, str]] = {}
    for row in rows(PILLARS):
        pillars.setdefault(row["iso3"], {})[row["pillar"]] = row["score"]
    if edit:
        edit(pillars)
    unrelated = '{"id": "oxford-2025-rus", "sourceId": "oxford-gov-ai-readiness-2025", "countryIso3": "RUS", "rank": 1}'
    records = [unrelated]
    for row in rows(RANKING):
        scores = ", ".join(f'"{pillar}": {score}' for pillar, score in pillars.pop(row["iso3"]).items())
        records.append(
            f'{{"id": "stanford-vibrancy-2024-{row["iso3"].lower()}", "sourceId": "{extract.AIGM_SOURCE_ID}", '
            f'"countryIso3": "{row["iso3"]}", "year": 2024, "rank": {row["rank"]}, "score": {row["score"]}, '
            f'"pillars": {{{scores}}}}}'
        )
    for position, row in enumerate(rows(UNRANKED), start=37):
        records.append(
            f'{{"id": "stanford-vibrancy-2024-{row["iso3"].lower()}", "sourceId": "{extract.AIGM_SOURCE_ID}", '
            f'"countryIso3": "{row["iso3"]}", "year": 2024, "rank": {position}, "score": 0, "pillars": {{"R&D": 0}}}}'
        )
    return ("[\n" + ",\n".join(records) + "\n]\n").encode("utf-8")


@pytest.fixture
def source(data_copy, local_server):
    """The descriptions' download URLs pointed at the local server, which serves the unchanged source."""
    for description in {data.description_of(name) for name in refresh.downloadable()}:
        package = json.loads(description.read_text())
        for res in package["resources"]:
            if "download" in res:
                res["download"]["url"] = local_server.url(SOURCE_PATH)
        description.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n")
    local_server.replies[SOURCE_PATH] = Reply(source_file())
    return local_server


def snapshot(data_copy) -> dict[str, bytes]:
    return {p.relative_to(data_copy).as_posix(): p.read_bytes() for p in sorted(data_copy.rglob("*")) if p.is_file()}


def test_the_catalogue_names_a_pinned_https_download_and_a_known_extractor_for_refreshable_resources():
    assert refresh.downloadable() == sorted([PILLARS, RANKING, UNRANKED])
    for name in refresh.downloadable():
        download = data.resource(name)["download"]
        assert download["url"].startswith("https://raw.githubusercontent.com/")
        assert re.search(r"/[0-9a-f]{40}/", download["url"]), "pin the download to a commit"
        assert download["extract"] in refresh.extractors()


def test_an_unchanged_source_rebuilds_every_file_byte_for_byte_and_writes_nothing(source, data_copy, capsys):
    before = snapshot(data_copy)
    assert cli.main(["refresh"]) == 0
    output = capsys.readouterr().out
    assert output.count("unchanged.") == 3 and "Nothing changed; no file was written." in output
    assert snapshot(data_copy) == before
    assert source.requests == [SOURCE_PATH]  # one download serves the three resources


def change_russia(pillars):
    pillars["RUS"]["R&D"] = "3.5"
    pillars["RUS"]["Talent"] = "30.1"


def test_a_changed_source_shows_old_and_new_figures_and_replaces_file_and_checksum(source, data_copy, capsys):
    source.replies[SOURCE_PATH] = Reply(source_file(change_russia))
    ranking_before = data.path_of(RANKING).read_bytes()
    assert cli.main(["refresh", "stanford_gvt_2025"]) == 0
    output = capsys.readouterr().out
    assert f"{PILLARS}: 2 figure(s) change:" in output
    table = [line.split() for line in output.splitlines() if "RUS /" in line]
    assert ["RUS", "/", "R&D", "score", "2.127", "3.5"] in table
    assert ["RUS", "/", "Talent", "score", "34.2154", "30.1"] in table
    assert f"{RANKING}: unchanged." in output and "Replaced 1 file(s)" in output
    assert data.path_of(RANKING).read_bytes() == ranking_before
    frame = data.load(PILLARS)  # passes the checksum: the catalogue records the new file
    assert frame.loc[(frame["iso3"] == "RUS") & (frame["pillar"] == "R&D"), "score"].item() == 3.5
    assert data.resource(PILLARS)["retrieved"] == date.today().isoformat()
    assert data.is_vouched_for(PILLARS)


def test_a_dry_run_shows_the_changes_and_writes_nothing(source, data_copy, capsys):
    source.replies[SOURCE_PATH] = Reply(source_file(change_russia))
    before = snapshot(data_copy)
    assert cli.main(["refresh", "--dry-run"]) == 0
    assert "would change; nothing was written" in capsys.readouterr().out
    assert snapshot(data_copy) == before


def out_of_range(pillars):
    pillars["RUS"]["R&D"] = "250"


BAD_SOURCES = {
    "corrupted": (Reply(b"\x89PNG\r\n\x1a\n\x00\x00garbage"), "not what the kit expects"),
    "not the expected records": (Reply(b'[{"id": "something-else"}]'), "no records with sourceId"),
    "truncated, announced length": (Reply(source_file()[:5000], announce=len(source_file())), "cut short"),
    "truncated, no announcement": (Reply(source_file()[:5000]), "corrupted or truncated"),
    "missing (404)": (None, "404"),
    "server error (500)": (Reply(b"oops", status=500), "500"),
    "fails its schema": (Reply(source_file(out_of_range)), "maximum"),
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
    assert time.monotonic() - start < 3  # the whole file would take hours


def test_a_redirect_on_the_same_host_is_followed(source, data_copy):
    source.replies["/moved.json"] = source.replies.pop(SOURCE_PATH)
    source.replies[SOURCE_PATH] = Reply(status=301, headers={"Location": source.url("/moved.json")})
    before = snapshot(data_copy)
    assert all(not update.changed for update in refresh.refresh())
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
    with pytest.raises(RefreshError, match="larger than the 1,000 bytes allowed"):
        refresh.refresh(max_bytes=1000)


def test_a_failure_after_the_first_file_puts_everything_back(source, data_copy, monkeypatch):
    source.replies[SOURCE_PATH] = Reply(source_file(change_russia))
    before = snapshot(data_copy)

    def full_disk(*args, **kwargs):
        raise ExportError("Could not write datapackage.json (No space left on device).", where="x", fix="y")

    monkeypatch.setattr(data, "record_checksums", full_disk)
    with pytest.raises(RefreshError, match="previous files were put back"):
        refresh.refresh()
    assert snapshot(data_copy) == before


@pytest.mark.parametrize(
    "source_name, message",
    [
        ("united24_2026_statements", "has no download URL"),
        ("gvt_2025_pillar_score", "Did you mean 'gvt_2025_pillar_scores'"),
        ("united24_2026", "No resource in united24_2026 has a download URL"),
    ],
)
def test_sources_that_cannot_be_refreshed_are_named(source_name, message):
    with pytest.raises(RefreshError, match=message):
        refresh.select([source_name])


def test_a_missing_file_can_be_restored_by_a_refresh(source, data_copy):
    path = data.path_of(UNRANKED)
    expected = path.read_bytes()
    path.unlink()
    (update,) = refresh.refresh([UNRANKED])
    assert path.read_bytes() == expected and set(update.changes["new"]) == {"added"}


def test_refresh_never_runs_during_the_build_or_the_notebooks():
    modules = [p.stem for p in (paths.ROOT / "kit").glob("*.py") if p.stem not in {"refresh", "__main__"}]
    script = "import sys\n" + "".join(f"import kit.{m}\n" for m in modules) + "print('kit.refresh' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
    for notebook in paths.NOTEBOOKS.glob("*.py"):
        assert not re.search(r"kit\.refresh|import[^\n]*\brefresh\b", notebook.read_text()), notebook.name
