"""Determinism: two builds, each in its own processes, write byte-identical exports/ and data/processed/ that
hold no machine path, memory address or timestamp, and the tidy data they write is exactly what is committed.
(`make determinism` runs nbval ten times in a row.)"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

from kit import paths, story

# What would make a file differ between machines or runs: machine paths, memory addresses, timestamps.
UNSTABLE = re.compile(
    rb"/(?:work|tmp|home|root|Users|private/var)/|0x[0-9a-f]{8,}|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}"
    rb"|CreationDate|ModDate|<dc:date>"
)


def tree(folder: Path) -> dict[str, str]:
    """Every file under a folder (relative path -> sha256)."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def start_build(target: Path) -> subprocess.Popen:
    """`python -m kit build` of every story by name (so docs/ in the working tree is not touched)."""
    env = {**os.environ, "KIT_EXPORTS_DIR": str(target / "exports"), "KIT_PROCESSED_DIR": str(target / "processed")}
    names = [each.name for each in story.stories()]
    return subprocess.Popen(
        [sys.executable, "-m", "kit", "build", *names],
        cwd=paths.ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


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


def test_two_builds_are_byte_identical_and_match_the_committed_tidy_data(tmp_path):
    runs = {name: start_build(tmp_path / name) for name in ("first", "second")}  # side by side, to save time
    for name, process in runs.items():
        _, errors = process.communicate(timeout=1200)
        assert process.returncode == 0, f"{name} build failed:\n{errors[-3000:]}"
    for folder in ("exports", "processed"):
        first, second = tree(tmp_path / "first" / folder), tree(tmp_path / "second" / folder)
        assert first, f"the build wrote nothing to {folder}/"
        differing = sorted(name for name in first.keys() | second.keys() if first.get(name) != second.get(name))
        assert not differing, f"{folder}/ differs between two builds: {differing}"
    assert not unstable(tmp_path / "first"), unstable(tmp_path / "first")
    committed = tree(paths.DATA / "processed")
    built = tree(tmp_path / "first" / "processed")
    stale = sorted(name for name in built if committed.get(name) != built[name])
    assert not stale, f"data/processed/ is not what the notebooks write: {stale}; run `make notebooks`"


def test_the_check_for_unstable_output_finds_paths_addresses_and_timestamps(tmp_path):
    (tmp_path / "clean.csv").write_text("country,score\nRussia,10.67\n")
    (tmp_path / "path.txt").write_text("saved to /home/ana/exports/chart.png")
    (tmp_path / "address.txt").write_text("<Figure at 0x7f3a9c2b1d90>")
    (tmp_path / "date.svg").write_text("<dc:date>2026-11-25T16:42:44</dc:date>")
    (tmp_path / "stamp.png").write_bytes(b"\x89PNG\r\n\x1a\n" + (7).to_bytes(4, "big") + b"tIME" + bytes(11))
    assert [line.split(":")[0] for line in unstable(tmp_path)] == ["address.txt", "date.svg", "path.txt", "stamp.png"]
