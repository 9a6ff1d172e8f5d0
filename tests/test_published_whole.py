"""A build that fails or dies leaves what was published whole: every chart folder keeps every file of every language
it had, and every link of every page under the exports folder still resolves; the next build recovers."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from linkcheck import broken_links

from kit import build, paths, steps, story
from kit.errors import BuildError
from kit.stories.gpu_gap import STORY as GPUS

WAIT = 600  # seconds: an upper bound for a notebook to reach its last cell on a busy machine, never a pace


def chart_folders(exports: Path) -> dict[str, set[str]]:
    """Every chart folder under the exports folder, wherever it sits (one holding `<its name>.json`, the chart's
    texts), by its path in the exports folder, with the names of its files."""
    return {
        folder.relative_to(exports).as_posix(): {path.name for path in folder.iterdir()}
        for folder in sorted(path.parent for path in exports.rglob("*.json") if path.stem == path.parent.name)
        if not any(part.startswith(".") for part in folder.relative_to(exports).parts)
    }


def chart_folder(exports: Path, slug: str) -> Path:
    (found,) = [exports / name for name in chart_folders(exports) if Path(name).name == slug]
    return found


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """Exports and processed data after a complete build of one story (with every story's claims, which the
    ledger gathers): what a failed or killed build must leave whole."""
    root = tmp_path_factory.mktemp("published")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KIT_EXPORTS_DIR", str(root / "exports"))
        patch.setenv("KIT_PROCESSED_DIR", str(root / "processed"))
        for each in story.stories():
            each.record(each.verdicts())
        build.build([GPUS.name])
    return root


@pytest.fixture
def copy_of(published, tmp_path, monkeypatch) -> Path:
    """A private copy of the complete build's outputs, which the kit writes to."""
    root = tmp_path / "outputs"
    shutil.copytree(published, root, symlinks=True)
    monkeypatch.setenv("KIT_EXPORTS_DIR", str(root / "exports"))
    monkeypatch.setenv("KIT_PROCESSED_DIR", str(root / "processed"))
    return root


def notebooks_with(folder: Path, last_cell: str) -> Path:
    """The notebooks copied to `folder`, the story's notebook given one more cell after its own."""
    folder.mkdir()
    for path in paths.NOTEBOOKS.glob("*.py"):
        extra = f"\n# %%\n{last_cell}\n" if path.stem == GPUS.notebook else ""
        (folder / path.name).write_text(path.read_text(encoding="utf-8") + extra, encoding="utf-8")
    return folder


def assert_whole(exports: Path, before: dict[str, set[str]]) -> None:
    after = chart_folders(exports)
    assert after.keys() == before.keys()
    for name, names in before.items():
        assert after[name] >= names, f"{name}/ lost {sorted(names - after[name])}"
    assert broken_links(exports) == []


def test_the_complete_build_links_every_file_it_names(published):
    exports = published / "exports"
    assert sorted(exports.glob("*.html")) and broken_links(exports) == []
    languages = {name.split(".")[1] for names in chart_folders(exports).values() for name in names}
    assert {"uk", "ru"} <= languages and set(GPUS.charts) <= {Path(name).name for name in chart_folders(exports)}


def test_a_notebook_failing_after_publishing_leaves_every_language_of_every_chart(copy_of, tmp_path, monkeypatch):
    exports = copy_of / "exports"
    before = chart_folders(exports)
    folder = chart_folder(exports, next(iter(GPUS.charts)))
    inode = folder.stat().st_ino
    fail_once_exported = (  # the build exports the story's charts beside its notebook: fail once one was replaced
        f"import os, time\nwhile (os.stat({str(folder)!r}).st_ino if os.path.isdir({str(folder)!r}) else {inode}) "
        f"== {inode}:\n    time.sleep(0.05)\nraise RuntimeError('after publish')"
    )
    monkeypatch.setattr(paths, "NOTEBOOKS", notebooks_with(tmp_path / "notebooks", fail_once_exported))
    with pytest.raises(BuildError) as error:
        build.build([GPUS.name])
    assert "RuntimeError: after publish" in error.value.problem and "Nothing published was lost" in error.value.fix
    assert folder.stat().st_ino != inode  # rewritten by the build before the notebook failed
    assert_whole(exports, before)


KILLED_BUILD = """
import sys
from pathlib import Path
from kit import build, paths
paths.NOTEBOOKS = Path(sys.argv[1])
build.build([sys.argv[2]])
"""


def test_a_build_killed_after_a_notebook_published_leaves_every_language_and_the_next_build_recovers(
    copy_of, tmp_path
):
    exports = copy_of / "exports"
    before = chart_folders(exports)
    marker = tmp_path / "published"
    stall = f"import os, pathlib, time\npathlib.Path({str(marker)!r}).write_text(str(os.getpid()))\ntime.sleep({WAIT})"
    notebooks = notebooks_with(tmp_path / "notebooks", stall)
    log = tmp_path / "build.log"
    with log.open("wb") as stderr:
        building = subprocess.Popen(
            [sys.executable, "-c", KILLED_BUILD, str(notebooks), GPUS.name],
            env={**os.environ, "KIT_EXPORTS_DIR": str(exports), "KIT_PROCESSED_DIR": str(copy_of / "processed")},
            start_new_session=True,  # its notebook's kernel is a session of its own: killed by its id below
            stdout=subprocess.DEVNULL,
            stderr=stderr,
        )
    try:
        deadline = time.monotonic() + WAIT
        while not (marker.exists() and marker.read_text()) and building.poll() is None:
            assert time.monotonic() < deadline, "the notebook never reached its last cell"
            time.sleep(0.1)
        assert building.poll() is None, log.read_text()
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(building.pid, signal.SIGKILL)  # the build and its export workers
        with contextlib.suppress(ProcessLookupError, ValueError, OSError):
            os.kill(int(marker.read_text()), signal.SIGKILL)  # the kernel
        building.wait()
    assert_whole(exports, before)
    recovered = build.recover_outputs()  # what the next build does first
    assert not [path for path in exports.rglob(".*") if path.name != steps.STATE], recovered  # no staging left
    assert_whole(exports, before)


def test_the_link_checker_finds_every_broken_relative_link_in_any_layout(tmp_path):
    pages = tmp_path / "exports" / "an-article" / "uk"
    pages.mkdir(parents=True)
    (tmp_path / "exports" / "an-article" / "chart.png").write_bytes(b"")
    (pages / "index.html").write_text(
        '<a href="../chart.png#top">ok</a> <img src="../missing.png"> <a href="https://example.org/x">out</a>\n'
        '<picture><source srcset="../chart.png 1x, ../gone%20away.png 2x"></picture> <a href="#claims">here</a>\n'
        '<a href="../../../secret.txt">up</a> <a href="mailto:desk@example.org">mail</a>',
        encoding="utf-8",
    )
    (tmp_path / "secret.txt").write_text("outside the exports folder")
    assert broken_links(tmp_path / "exports") == [
        "an-article/uk/index.html:1: ../missing.png",
        "an-article/uk/index.html:2: ../gone%20away.png",
        "an-article/uk/index.html:3: ../../../secret.txt (outside the folder)",
    ]
