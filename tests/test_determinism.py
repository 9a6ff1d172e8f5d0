"""Determinism: a build writes exports/ and data/processed/ that hold no machine path, memory address or
timestamp; the tidy data and claims it writes are exactly what is committed (an earlier build's); every chart,
table and claims file is byte for byte what other processes wrote (the notebooks nbval ran in the same test run,
or, when they did not run, the stories' code alone in processes of its own); and the gallery, ledger and reader pages are
what another process writes from the build's charts and claims. So one build is enough. (`make determinism` runs
nbval ten times in a row.)"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kit import paths, story

# What would make a file differ between machines or runs: machine paths, memory addresses, timestamps.
UNSTABLE = re.compile(
    rb"/(?:work|tmp|home|root|Users|private/var)/|0x[0-9a-f]{8,}|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}"
    rb"|CreationDate|ModDate|<dc:date>"
)
# A story's claims and its charts in every language, written from its code alone (as a notebook in JupyterLab
# writes them); and the ledger's files, the gallery and the reader pages from the charts and claims there are.
PUBLISH = """
import sys
from kit import story
for name in sys.argv[1:]:
    each = story.get(name)
    each.record(each.verdicts())
    each.publish()
"""
GATHER = "from kit import build, gallery, story; gallery.write(); build.write_reader_pages(story.stories())"


def tree(folder: Path) -> dict[str, str]:
    """Every file under a folder (relative path -> sha256)."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def run(code: str, *args: str, into: Path, reading: Path | None = None) -> subprocess.Popen:
    """Python code in a process of its own, writing exports/ and processed/ into `into` (reading claims and
    tables from `reading`'s processed/ instead, if given)."""
    env = {
        **os.environ,
        "KIT_EXPORTS_DIR": str(into / "exports"),
        "KIT_PROCESSED_DIR": str((reading or into) / "processed"),
    }
    return subprocess.Popen(
        [sys.executable, "-c", code, *args], cwd=paths.ROOT, env=env, stderr=subprocess.PIPE, text=True
    )


def finished(process: subprocess.Popen, what: str) -> None:
    _, errors = process.communicate(timeout=1200)
    assert process.returncode == 0, f"{what} failed:\n{errors[-3000:]}"


def published_from_the_code(target: Path) -> Path:
    """Every story's claims and charts written from its code alone, in two processes side by side."""
    names = [each.name for each in story.stories()]
    for process in [run(PUBLISH, *names[start::2], into=target) for start in (0, 1)]:
        finished(process, "publishing the stories from their code")
    return target


def story_files(folder: Path) -> dict[str, str]:
    """What the stories write (each declared chart's files, each story's tables and claims files) under a folder
    holding exports/ and processed/: relative path -> sha256."""
    parts = [Path("processed") / each.name for each in story.stories()]
    parts += [Path("exports") / each.article / slug for each in story.stories() for slug in each.charts]
    return {f"{part}/{name}": digest for part in parts for name, digest in tree(folder / part).items()}


def pages(exports: Path) -> dict[str, str]:
    """The gallery and ledger files: the files at the top of an exports folder and of each article's folder in it."""
    found = sorted([*exports.glob("*"), *exports.glob("*/*")])
    shown = [p for p in found if p.is_file() and not p.relative_to(exports).parts[0].startswith(".")]  # not .build/
    return {p.relative_to(exports).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in shown}


def differences(first: dict[str, str], second: dict[str, str]) -> list[str]:
    return sorted(name for name in first.keys() | second.keys() if first.get(name) != second.get(name))


def unstable(folder: Path) -> list[str]:
    """Files under `folder` holding a machine path, a memory address or a timestamp, with what was found."""
    found = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        payload = path.read_bytes()
        match = UNSTABLE.search(payload)
        if match:
            found.append(f"{path.relative_to(folder)}: {match[0][:40]!r}")
        if path.suffix == ".png" and b"tIME" in png_chunks(payload):
            found.append(f"{path.relative_to(folder)}: a tIME (timestamp) chunk")
    return found


def png_chunks(payload: bytes) -> list[bytes]:
    """The chunk types of a PNG file, in order."""
    types, position = [], 8
    while position + 8 <= len(payload):
        length = int.from_bytes(payload[position : position + 4], "big")
        types.append(payload[position + 4 : position + 8])
        position += 12 + length
    return types


@pytest.mark.integration
def test_one_build_writes_what_other_processes_write_and_what_is_committed_with_no_machine_detail(
    full_build, notebook_outputs, tmp_path
):
    assert not unstable(full_build), unstable(full_build)
    committed = tree(paths.DATA / "processed")
    built = tree(full_build / "processed")
    assert built, "the build wrote nothing to processed/"
    stale = sorted(name for name in built if committed.get(name) != built[name])
    assert not stale, f"data/processed/ is not what the build writes: {stale}; run `make notebooks`"

    others = notebook_outputs or published_from_the_code(tmp_path / "published")
    by_build, by_others = story_files(full_build), story_files(others)
    assert by_build and len(by_build) > len(built), "the build wrote no charts"
    differing = differences(by_build, by_others)
    others_were = "the notebooks nbval ran" if notebook_outputs else "the stories' code alone"
    assert not differing, f"the build and {others_were} wrote these differently: {differing}"

    again = tmp_path / "gathered"
    for each in story.stories():
        for slug in each.charts:
            shutil.copytree(full_build / "exports" / each.article / slug, again / "exports" / each.article / slug)
    finished(run(GATHER, into=again, reading=full_build), "writing the ledger and the gallery")
    assert pages(full_build / "exports"), "the build wrote no gallery or ledger"
    differing = differences(pages(full_build / "exports"), pages(again / "exports"))
    assert not differing, f"the gallery and ledger files differ when written again: {differing}"


def test_the_check_for_unstable_output_finds_paths_addresses_and_timestamps(tmp_path):
    (tmp_path / "clean.csv").write_text("country,score\nRussia,10.67\n")
    (tmp_path / "path.txt").write_text("saved to /home/ana/exports/chart.png")
    (tmp_path / "address.txt").write_text("<Figure at 0x7f3a9c2b1d90>")
    (tmp_path / "date.svg").write_text("<dc:date>2026-11-25T16:42:44</dc:date>")
    (tmp_path / "stamp.png").write_bytes(b"\x89PNG\r\n\x1a\n" + (7).to_bytes(4, "big") + b"tIME" + bytes(11))
    assert [line.split(":")[0] for line in unstable(tmp_path)] == ["address.txt", "date.svg", "path.txt", "stamp.png"]
