"""The AI vibrancy story's sources refreshed from their real format (AI-Governance-Map's indicators file, served
from 127.0.0.1): the three resources are rebuilt byte for byte from it, its extractor refuses what it cannot
trust, and the story diff shows a verdict that flips and the ranking chart before and after. (The refresh
machinery on any source: tests/test_refresh.py.)"""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date

import pytest
from localserver import Reply

from kit import __main__ as cli
from kit import data, paths, refresh
from kit.errors import RefreshError
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


@pytest.mark.integration  # a story diff: the story computed on the old and the new data
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


def out_of_range(pillars):
    pillars["RUS"]["R&D"] = "250"


def russia_scores(score: str):
    def edit(ranking):
        next(row for row in ranking if row["iso3"] == "RUS")["score"] = score

    return edit


EXTRACTOR_REFUSES = {
    "not the expected records": (Reply(b'[{"id": "something-else"}]'), "no records with sourceId"),
    "deeply nested JSON": (Reply(b"[" * 200_000 + b"]" * 200_000), "RecursionError"),
    "a score that is not a number": (Reply(source_file(edit_ranking=russia_scores("NaN"))), "RUS has the score nan"),
    "a negative score": (Reply(source_file(edit_ranking=russia_scores("-1"))), "RUS has the score '-1'"),
    "out of its schema's range": (Reply(source_file(out_of_range)), "maximum"),
}


@pytest.mark.parametrize("case", list(EXTRACTOR_REFUSES))
def test_what_the_extractor_cannot_trust_leaves_the_data_untouched_and_says_why(source, data_copy, case, capsys):
    reply, message = EXTRACTOR_REFUSES[case]
    source.replies[SOURCE_PATH] = reply
    before = snapshot(data_copy)
    assert cli.main(["refresh", "--timeout", "5"]) == 1
    error = capsys.readouterr().err
    assert message in error and "Where:" in error and "Fix:" in error
    assert snapshot(data_copy) == before


def russia_unranked(ranking):
    """A record whose score is missing from the tool's output: 0, which the source uses for "not ranked"."""
    next(row for row in ranking if row["iso3"] == "RUS")["score"] = "0"


@pytest.mark.integration  # a story diff: the story and its charts computed on the old and the new data
def test_a_country_that_drops_out_of_the_ranking_is_refused_naming_the_rows_of_all_three_files(source, data_copy, capsys):
    """(Accepting drift, and drift in a value's range, are tested on any source in tests/test_refresh.py.)"""
    source.replies[SOURCE_PATH] = Reply(source_file(edit_ranking=russia_unranked))
    before = snapshot(data_copy)
    assert cli.main(["refresh"]) == 1
    error = capsys.readouterr().err
    named = ["7 row(s) disappear (iso3 / pillar: RUS / ", "1 row(s) disappear (iso3: RUS)", f"{UNRANKED}: 1 row(s) appear (iso3: RUS)"]
    assert all(text in error for text in named) and "--accept" in error and "story-diff.md" in error
    assert snapshot(data_copy) == before
    report = (paths.exports_dir() / "story-diff.md").read_text()
    assert report.startswith("# What the new data changes in the stories\n\nRefused") and named[0] in report


def flip_russia(pillars):
    pillars["RUS"]["Talent"] = "35"  # within the old range of scores (no drift), and Russia passes Italy


@pytest.mark.integration  # the story and its charts computed on the old and the new data
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


@pytest.mark.integration
def test_a_real_refresh_writes_the_story_diff_too(source, data_copy, capsys):
    source.replies[SOURCE_PATH] = Reply(source_file(flip_russia))
    assert cli.main(["refresh"]) == 0
    output = capsys.readouterr().out
    assert "(1 verdict(s) flip: vibrancy-rank)" in output and "Replaced 1 file(s)" in output
    assert "Applied: 1 file(s) replaced." in (paths.exports_dir() / "story-diff.md").read_text()


def test_new_data_is_checked_as_kit_check_checks_it_not_only_against_its_schema(data_copy):
    current = data.path_of(RANKING).read_bytes()
    planted = current.replace(b"Russia,RUS", "Russiа,RUS".encode())  # a Cyrillic "а", which the schema allows
    assert planted != current
    with pytest.raises(RefreshError) as error:
        refresh.check(RANKING, planted)
    assert "U+0430 а (CYRILLIC SMALL LETTER A) in 'Russiа'" in error.value.problem and error.value.fix
    assert data.path_of(RANKING).read_bytes() == current
