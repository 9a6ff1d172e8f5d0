"""Does a build redo only what changed? Times `python -m kit build` of every story three ways, in a copy of the
project (`.venv/bin/python benchmarks/rebuild.py [FOLDER]`, in a scratch folder or FOLDER, kept); prints a table.
Timings, not tests.

- cold: into empty exports and processed folders (every step runs);
- no change: the same build again, nothing changed (every step skipped), RUNS times;
- one story's raw file changed: a raw file only one story reads re-saved with Windows line endings (its values
  unchanged) and its checksum recorded with `python -m kit rehash`, as a deliberate change would be; then that
  story, the ledger notebook and the article's pages run again.

The copy holds the kit, the notebooks and the data, so nothing in the project is touched; the build is run by the
stories' names (as the tests' complete build is), so `docs/` is not refreshed. After the last build the outputs
are compared with the cold build's: only what the raw file's bytes reach (its checksum) may differ.

Its figures, and those of `make bench`'s `build_ratios`, which uses these helpers: docs/measurements.md.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from kit import data, paths, story

RUNS = 3
COPIED = ("kit", "notebooks", "data", "requirements.lock", "pyproject.toml")


def copy_of_the_project(folder: Path) -> Path:
    root = folder / "project"
    for name in COPIED:
        source = paths.ROOT / name
        if source.is_dir():
            shutil.copytree(source, root / name, ignore=shutil.ignore_patterns("processed", "__pycache__", ".*"))
        elif source.exists():
            shutil.copy2(source, root / name)
    return root


def kit(root: Path, *args: str, languages: str = "") -> float:
    """Run `python -m kit ARGS` in the copy (its kit is the one imported), in `languages` (`KIT_LANGS`: all by
    default); returns the seconds it took."""
    env = {
        **os.environ,
        "PYTHONPATH": str(root),
        "KIT_EXPORTS_DIR": str(root / "exports"),
        "KIT_PROCESSED_DIR": str(root / "processed"),
        "KIT_LANGS": languages,
    }
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "kit", *args], cwd=root, env=env, capture_output=True, text=True)
    took = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"python -m kit {' '.join(args)} failed:\n{done.stderr[-3000:]}")
    said = [line for line in done.stdout.splitlines() if line.startswith(("Built", "Up to date"))]
    print(f"# python -m kit {' '.join(args)[:40]}: {took:.1f} s; {' / '.join(said)[:300]}", file=sys.stderr)
    return took


def outputs(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for folder in ("exports", "processed")
        for path in sorted((root / folder).rglob("*"))
        if path.is_file() and ".build" not in path.parts
    }


def one_storys_own_resource() -> tuple[str, str]:
    readers: dict[str, list[str]] = {}
    for each in story.stories():
        for name in each.sources:
            readers.setdefault(name, []).append(each.name)
    return next((name, names[0]) for name, names in sorted(readers.items()) if len(names) == 1)


def change_the_raw_file(root: Path, resource: str, windows: bool = True) -> None:
    """Re-save a raw file of the copy with Windows line endings (or, `windows=False`, Unix ones: its values
    unchanged either way) and record its checksum."""
    raw = root / data.path_of(resource).relative_to(paths.ROOT)
    unix = raw.read_bytes().replace(b"\r\n", b"\n")
    raw.write_bytes(unix.replace(b"\n", b"\r\n") if windows else unix)
    kit(root, "rehash", resource)


def stale_committed(root: Path) -> list[str]:
    """The committed tidy data (data/processed/) that the cold build wrote differently."""
    committed = paths.DATA / "processed"
    return sorted(
        path.relative_to(root / "processed").as_posix()
        for path in (root / "processed").rglob("*")
        if path.is_file() and (committed / path.relative_to(root / "processed")).read_bytes() != path.read_bytes()
    )


def main(kept: str | None = None) -> None:
    names = [each.name for each in story.stories()]
    resource, owner = one_storys_own_resource()
    with tempfile.TemporaryDirectory() as scratch:
        root = copy_of_the_project(Path(kept or scratch))
        cold = kit(root, "build", *names)
        built = outputs(root)
        stale = stale_committed(root)
        unchanged = [kit(root, "build", *names) for _ in range(RUNS)]
        assert outputs(root) == built, "a build with nothing changed changed an output"
        change_the_raw_file(root, resource)
        one = kit(root, "build", *names)
        again = outputs(root)
    differing = sorted(name for name in built.keys() | again.keys() if built.get(name) != again.get(name))
    print("| measurement | runs | median | ratio to cold |\n|---|---|---|---|")
    print(f"| cold build of {len(names)} stories | 1 | {cold:.1f} s | 1.00 |")
    print(f"| no change | {RUNS} | {statistics.median(unchanged):.1f} s | {statistics.median(unchanged) / cold:.3f} |")
    print(f"| one story's raw file changed ({resource}, read by {owner}) | 1 | {one:.1f} s | {one / cold:.2f} |")
    print(f"\nOutputs that differ from the cold build's after the one-story change: {differing or 'none'}")
    print(f"Committed data/processed/ files the cold build wrote differently: {stale or 'none'}")


if __name__ == "__main__":
    main(*sys.argv[1:2])  # a folder to build in and keep, if given
