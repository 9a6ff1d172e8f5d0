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


def source_file(edit=None, edit_ranking=None) -> bytes:
    """The source's JSON (AI-Governance-Map's indicators file, its Stanford records and one unrelated record),
    built from the current snapshot, with numbers written exactly as in the CSVs; `edit(pillars)` and
    `edit_ranking(rows)` may change it."""
    pillars: dict[str, dict[str, str]] = {}
    for row in rows(PILLARS):
        pillars.setdefault(row["iso3"], {})[row["pillar"]] = row["score"]
    if edit:
        edit(pillars)
    ranking = rows(RANKING)
    if edit_ranking:
        edit_ranking(ranking)
    unrelated = '{"id": "oxford-2025-rus", "sourceId": "oxford-gov-ai-readiness-2025", "countryIso3": "RUS", "rank": 1}'
    records = [unrelated]
    for row in ranking:
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


def russia_scores(score: str):
    def edit(ranking):
        next(row for row in ranking if row["iso3"] == "RUS")["score"] = score

    return edit


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
    "a score that is not a number": (Reply(source_file(edit_ranking=russia_scores("NaN"))), "RUS has the score nan"),
    "a negative score": (Reply(source_file(edit_ranking=russia_scores("-1"))), "RUS has the score '-1'"),
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


def test_new_data_is_checked_as_kit_check_checks_it_not_only_against_its_schema(data_copy):
    current = data.path_of(RANKING).read_bytes()
    planted = current.replace(b"Russia,RUS", "Russiа,RUS".encode())  # a Cyrillic "а", which the schema allows
    assert planted != current
    with pytest.raises(RefreshError) as error:
        refresh.check(RANKING, planted)
    assert "U+0430 а (CYRILLIC SMALL LETTER A) in 'Russiа'" in error.value.problem and error.value.fix
    assert data.path_of(RANKING).read_bytes() == current


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
    (update,) = refresh.refresh([UNRANKED]).updates
    assert path.read_bytes() == expected and set(update.changes["new"]) == {"added"}


def test_refresh_never_runs_during_the_build_or_the_notebooks():
    modules = [p.stem for p in (paths.ROOT / "kit").glob("*.py") if p.stem not in {"refresh", "__main__"}]
    script = "import sys\n" + "".join(f"import kit.{m}\n" for m in modules) + "print('kit.refresh' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
    for notebook in paths.NOTEBOOKS.glob("*.py"):
        assert not re.search(r"kit\.refresh|import[^\n]*\brefresh\b", notebook.read_text()), notebook.name


# -- comparing new data with old, and the story diff ------------------------------------------------------


def russia_unranked(ranking):
    """A record whose score is missing from the tool's output: 0, which the source uses for "not ranked"."""
    next(row for row in ranking if row["iso3"] == "RUS")["score"] = "0"


def us_score_85(ranking):
    next(row for row in ranking if row["iso3"] == "USA")["score"] = "85"


@pytest.mark.parametrize(
    "edit_ranking, named",
    [
        (russia_unranked, ["7 row(s) disappear (iso3 / pillar: RUS / ", "1 row(s) disappear (iso3: RUS)",
                           f"{UNRANKED}: 1 row(s) appear (iso3: RUS)"]),
        (us_score_85, ["1 value(s) of 'score' leave the previous range 6.65 to 78.6 (USA: 85)"]),
    ],
    ids=["a country drops out of the ranking", "a value leaves its range"],
)
def test_new_data_that_drifts_is_refused_unless_accepted(source, data_copy, capsys, edit_ranking, named):
    source.replies[SOURCE_PATH] = Reply(source_file(edit_ranking=edit_ranking))
    before = snapshot(data_copy)
    assert cli.main(["refresh"]) == 1
    error = capsys.readouterr().err
    assert all(text in error for text in named) and "--accept" in error and "story-diff.md" in error
    assert snapshot(data_copy) == before
    report = (paths.exports_dir() / "story-diff.md").read_text()
    assert report.startswith("# What the new data changes in the stories\n\nRefused") and named[0] in report
    assert cli.main(["refresh", "--accept"]) == 0
    assert snapshot(data_copy) != before and "Accepted (--accept)" in (paths.exports_dir() / "story-diff.md").read_text()


def test_a_restored_file_has_nothing_to_drift_from(source, data_copy):
    data.path_of(UNRANKED).unlink()
    assert refresh.refresh([UNRANKED]).updates[0].drift == ()


def flip_russia(pillars):
    pillars["RUS"]["Talent"] = "35"  # within the old range of scores (no drift), and Russia passes Italy


def test_the_story_diff_shows_changed_rows_a_flipped_verdict_and_both_images(source, data_copy, capsys):
    source.replies[SOURCE_PATH] = Reply(source_file(flip_russia))
    before = snapshot(data_copy)
    assert cli.main(["refresh", "--dry-run"]) == 0
    assert "Story diff for editors: " in capsys.readouterr().out and snapshot(data_copy) == before
    report = (paths.exports_dir() / "story-diff.md").read_text()
    sources, claims, charts = (report.split(heading)[1] for heading in ("## Sources", "## Claims", "## Charts"))
    assert "Dry run: nothing was written." in report and "## Needs an editor's decision" not in report
    pillars = sources.split(f"### `{PILLARS}`")[1].split("###")[0]
    assert "252 rows before, 252 after: 0 added, 0 removed, 1 changed" in pillars
    assert "| RUS / Talent | score | 34.2154 | 35 |" in pillars
    assert f"### `{RANKING}` (data/raw/stanford_gvt_2025/overall_ranking.csv)\n\nUnchanged." in sources
    rank_row = next(line for line in claims.splitlines() if line.startswith("| vibrancy-rank |"))
    cells = [cell.strip() for cell in rank_row.strip("|").split("|")]
    assert cells[1] == "28th of 36" and cells[2].startswith("28th of 36 (") and cells[3].startswith("27th of 36 (")
    assert cells[4:] == ["accurate with caveats", "inaccurate", "**YES**"]
    assert "**1 verdict(s) flip: vibrancy-rank.**" in claims
    images = paths.exports_dir() / "story-diff"
    line = "| ![before](story-diff/ai-vibrancy-ranking.before.png) | ![after](story-diff/ai-vibrancy-ranking.after.png) |"
    assert "### `ai-vibrancy-ranking`: changes" in charts and line in charts
    pictures = [(images / f"ai-vibrancy-ranking.{side}.png").read_bytes() for side in ("before", "after")]
    assert all(p.startswith(b"\x89PNG") for p in pictures) and pictures[0] != pictures[1]


def test_a_real_refresh_writes_the_story_diff_too(source, data_copy, capsys):
    source.replies[SOURCE_PATH] = Reply(source_file(flip_russia))
    assert cli.main(["refresh"]) == 0
    output = capsys.readouterr().out
    assert "(1 verdict(s) flip: vibrancy-rank)" in output and "Replaced 1 file(s)" in output
    assert "Applied: 1 file(s) replaced." in (paths.exports_dir() / "story-diff.md").read_text()


def test_an_unchanged_source_gives_a_story_diff_that_says_so(source, data_copy):
    result = refresh.refresh()
    report = result.report_path.read_text()
    assert "Nothing changed; no file was written." in report and "No story reads a source that changed." in report
    assert report.count("Unchanged.") == 3 and result.story_diff.flips == []
