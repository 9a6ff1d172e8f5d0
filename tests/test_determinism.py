"""Determinism: two builds, each in its own processes, write byte-identical exports/ and data/processed/, and
the tidy data they write is exactly what is committed. (`make determinism` also runs nbval ten times.)"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

from kit import build, paths


def tree(folder: Path) -> dict[str, str]:
    """Every file under a folder (relative path -> sha256)."""
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def start_build(target: Path) -> subprocess.Popen:
    """`python -m kit build` of every notebook by name (so docs/ in the working tree is not touched)."""
    env = {**os.environ, "KIT_EXPORTS_DIR": str(target / "exports"), "KIT_PROCESSED_DIR": str(target / "processed")}
    stems = [path.stem for path in build.notebooks()]
    return subprocess.Popen(
        [sys.executable, "-m", "kit", "build", *stems],
        cwd=paths.ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


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
    committed = tree(paths.DATA / "processed")
    built = tree(tmp_path / "first" / "processed")
    stale = sorted(name for name in built if committed.get(name) != built[name])
    assert not stale, f"data/processed/ is not what the notebooks write: {stale}; run `make notebooks`"
