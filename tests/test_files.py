"""Crash-safe writes: an export's folder swap survives an interrupt or a kill at any point; the next run puts
the previous files back or cleans up, and nothing half-done is counted as a chart."""

from __future__ import annotations

import dataclasses
import fcntl
import hashlib
import os
import shutil
import signal
import subprocess
import sys

import pytest

from kit import build, charts, export, files, i18n, story
from kit.errors import ExportError

STORY = story.stories()[0]  # any story's chart would do: its first
SLUG, DRAW = next(iter(STORY.charts.items()))
WEB_ONLY = [charts.WEB]


@pytest.fixture(scope="module")
def chart():
    return DRAW()


def changed(chart):
    """The same chart (same slug) with another title: what a second export of it would write."""
    return dataclasses.replace(chart, title=f"{chart.title} (changed)")


@pytest.fixture
def summary(claims_recorded, out_dirs):
    """A function giving the build's closing summary; it reads the stories' claims files, copied first from the
    session's (computed once) into the test's processed folder."""

    def summarised() -> str:
        shutil.copytree(claims_recorded, out_dirs[1], dirs_exist_ok=True)
        return build.summary([])

    return summarised


def digests(folder):
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


def names(folder):
    return sorted(path.name for path in folder.iterdir())


def test_an_interrupt_between_the_two_renames_keeps_the_previous_export(chart, out_dirs, monkeypatch):
    export.export(chart, widths=WEB_ONLY)
    folder = export.folder_of(SLUG)
    before = digests(folder)
    real_replace = os.replace

    def interrupted(source, target):
        if ".new-" in str(source):
            raise KeyboardInterrupt  # Ctrl-C after the old folder was moved aside, before the new one moved in
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        export.export(changed(chart), widths=WEB_ONLY, folder=folder)
    monkeypatch.undo()
    assert digests(folder) == before and names(folder.parent) == [SLUG]


KILLED_EXPORT = """
import dataclasses, os, signal, sys
from kit import charts, export, story
chart = story.stories()[0].charts[sys.argv[3]]()
chart = dataclasses.replace(chart, title=chart.title + " (changed)")
real_replace = os.replace
calls = []

def replace(source, target):
    calls.append(source)
    if len(calls) == int(sys.argv[2]):  # 1: the old folder moved aside; 2: the new one moved in
        os.kill(os.getpid(), signal.SIGKILL)
    real_replace(source, target)

os.replace = replace
export.export(chart, widths=[charts.WEB], folder=sys.argv[1])
"""


def killed_export(folder, at_rename: int) -> None:
    command = [sys.executable, "-c", KILLED_EXPORT, str(folder), str(at_rename), SLUG]
    result = subprocess.run(command, capture_output=True)
    assert result.returncode == -signal.SIGKILL, result.stderr.decode()


@pytest.mark.parametrize("at_rename", [1, 2], ids=["before moving the old folder aside", "between the renames"])
def test_a_kill_during_the_swap_is_recovered_by_the_next_run(chart, summary, out_dirs, at_rename):
    exports = export.folder_of(SLUG).parent  # the article's published folder
    export.export(chart, widths=WEB_ONLY)
    before = digests(exports / SLUG)
    killed_export(exports / SLUG, at_rename)
    assert any(name.startswith(f".{SLUG}.") for name in names(exports))  # the kill left hidden folders behind
    shown = summary()
    charts_line = "0 chart(s) (0 files)" if at_rename == 2 else f"1 chart(s) ({len(before)} files)"
    assert charts_line in shown and ".new-" not in shown and ".old-" not in shown
    done = files.recover(exports)
    assert names(exports) == [SLUG] and digests(exports / SLUG) == before
    assert done and all(SLUG in line for line in done)


def test_the_next_export_recovers_first_and_leaves_nothing_behind(chart, out_dirs):
    exports = export.folder_of(SLUG).parent  # the article's published folder
    export.export(chart, widths=WEB_ONLY)
    killed_export(exports / SLUG, 2)
    export.export(chart, widths=WEB_ONLY)
    assert names(exports) == [SLUG]


def test_a_kill_after_the_swap_leaves_only_the_old_copy_which_is_cleaned_up(chart, out_dirs):
    exports = export.folder_of(SLUG).parent  # the article's published folder
    export.export(chart, widths=WEB_ONLY)
    before = digests(exports / SLUG)
    shutil.copytree(exports / SLUG, exports / f".{SLUG}.old-x1y2z3")  # the new folder is in, the old one stayed
    (exports / f".{SLUG}.old-x1y2z3" / "stale.txt").write_text("old")
    assert files.recover(exports) == [f"removed {exports}/.{SLUG}.old-x1y2z3, left by an interrupted write"]
    assert names(exports) == [SLUG] and digests(exports / SLUG) == before


def test_recovery_leaves_alone_what_another_export_is_still_writing(out_dirs):
    exports = export.folder_of(SLUG).parent  # the article's published folder
    exports.mkdir(parents=True)
    staging = exports / f".{SLUG}.new-a1b2c3"
    staging.mkdir()
    handle = os.open(staging, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)  # as a running export holds its staging folder
        assert files.recover(exports) == [] and staging.is_dir()
    finally:
        os.close(handle)
    assert files.recover(exports) and not staging.exists()


def test_stale_temporary_files_of_a_killed_write_are_removed(out_dirs):
    processed = out_dirs[1]
    processed.mkdir(parents=True)
    files.write_text(processed / "table.csv", "a\n1\n")
    (processed / ".table.csv.abc123.tmp").write_text("half")
    files.recover(processed)
    assert names(processed) == ["table.csv"]


def test_the_build_summary_counts_only_chart_folders(chart, summary, out_dirs):
    exports = export.folder_of(SLUG).parent  # the article's published folder
    export.export(chart, widths=WEB_ONLY)
    (exports / f".{SLUG}.new-q1w2e3").mkdir()
    (exports / f".{SLUG}.new-q1w2e3" / f"{SLUG}.json").write_text("{}")
    (exports / "story-diff").mkdir()
    (exports / "story-diff" / f"{SLUG}.before.png").write_bytes(b"png")
    shown = summary()
    assert f" 1 chart(s) ({len(names(exports / SLUG))} files)" in shown  # the staging folder is not counted


def test_a_build_first_recovers_every_output_folder(chart, out_dirs):
    exports, processed = export.folder_of(SLUG).parent, out_dirs[1]
    export.export(chart, widths=WEB_ONLY)
    (exports / SLUG).rename(exports / f".{SLUG}.old-k9k9k9")
    last = story.stories()[-1].name  # every story's processed folder is recovered
    (processed / last).mkdir(parents=True)
    (processed / last / ".claims.csv.qwerty.tmp").write_text("half")
    done = build.recover_outputs()
    assert len(done) == 2 and names(exports) == [SLUG] and names(processed / last) == []


def test_recording_a_checksum_removes_what_a_killed_write_left_in_the_source_folder(data_copy):
    from kit import data

    source = STORY.sources[0]
    folder = data.path_of(source).parent
    (folder / ".datapackage.json.k1l2e3.tmp").write_text("{half")
    data.rehash(source)
    assert not [path.name for path in folder.iterdir() if path.name.startswith(".")]


def test_a_translation_replaces_its_own_files_and_keeps_the_others_whatever_the_order(chart, out_dirs):
    with i18n.use("uk"):
        ukrainian = DRAW()
    with i18n.use("ru"):
        russian = DRAW()
    folder = export.folder_of(SLUG)
    export.export(chart, widths=WEB_ONLY, translations={"uk": ukrainian, "ru": russian})
    whole = digests(folder)
    translated = {name: digest for name, digest in whole.items() if ".uk." in name or ".ru." in name}
    export.export(dataclasses.replace(chart, title="A new title"), widths=WEB_ONLY)  # the English alone, as a notebook in the build writes it
    after = digests(folder)
    assert {name: after[name] for name in translated} == translated  # the translations stay until replaced
    assert after[f"{SLUG}.json"] != whole[f"{SLUG}.json"] and set(after) == set(whole)
    export.export(chart, widths=WEB_ONLY)
    (folder / f"{SLUG}.uk.stale.txt").write_text("a file of an earlier Ukrainian export")
    export.export_translations({"ru": russian}, widths=WEB_ONLY)
    export.export_translations({"uk": ukrainian}, widths=WEB_ONLY)
    assert digests(folder) == whole  # the same files as one export of all three, the stale one gone
    with pytest.raises(ExportError, match="English chart was given as a translation"):
        export.export_translations({"en": chart}, widths=WEB_ONLY)


def test_a_kept_file_is_the_one_in_the_folder_when_the_swap_happens(tmp_path):
    folder = tmp_path / "chart"
    files.replace_folder(folder, {"a.en": b"1", "a.uk": b"1"})
    files.replace_folder(folder, {"a.uk": b"2", "a.ru": b"2"}, keep=lambda name: name.endswith(".en"))
    assert {path.name: path.read_bytes() for path in folder.iterdir()} == {"a.en": b"1", "a.uk": b"2", "a.ru": b"2"}
    assert not [path for path in tmp_path.iterdir() if path.name.startswith(".")]  # no staging left
