"""Test configuration: outputs go to a scratch folder, never into the working tree, and the network is blocked
(only 127.0.0.1 and Unix sockets), in this process and in every Python process the tests start."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir

from kit import data, paths, story

SCRATCH = Path(tempfile.mkdtemp(prefix="kit-tests-"))
OFFLINE = Path(__file__).parent / "offline"  # the network guard and the sitecustomize that installs it

# Property tests: the same examples on every run (reproducible failures), no example database in the tree.
settings.register_profile("kit", database=None, derandomize=True, deadline=None, print_blob=True)
settings.load_profile("kit")
set_hypothesis_home_dir(SCRATCH / "hypothesis")  # its caches too stay out of the working tree


def pytest_configure(config):
    # Set before any kernel starts, so notebooks run by nbval write here too.
    os.environ["KIT_EXPORTS_DIR"] = str(SCRATCH / "exports")
    os.environ["KIT_PROCESSED_DIR"] = str(SCRATCH / "processed")
    os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")
    os.environ["KIT_OFFLINE"] = "1"
    os.environ["KIT_LANGS"] = ""  # every language, whatever the shell says
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(OFFLINE), os.environ.get("PYTHONPATH")]))
    sys.path.insert(0, str(OFFLINE))
    import offline_guard

    offline_guard.install()
    # The ledger notebook gathers every story's claims file, whatever order nbval runs the notebooks in:
    # each story's claims are computed here from the code, as the story's notebook records them.
    for each in story.stories():
        each.record(each.verdicts())


def pytest_unconfigure(config):
    shutil.rmtree(SCRATCH, ignore_errors=True)


@pytest.fixture
def data_copy(tmp_path, monkeypatch) -> Path:
    """A private copy of data/ that a test may damage; the kit reads it instead of the real one."""
    copy = tmp_path / "data"
    shutil.copytree(paths.DATA, copy, ignore=shutil.ignore_patterns("processed"))
    monkeypatch.setattr(paths, "DATA", copy)
    return copy


@pytest.fixture
def out_dirs(tmp_path, monkeypatch) -> tuple[Path, Path]:
    """Fresh export and processed-data folders for one test."""
    exports, processed = tmp_path / "exports", tmp_path / "processed"
    monkeypatch.setenv("KIT_EXPORTS_DIR", str(exports))
    monkeypatch.setenv("KIT_PROCESSED_DIR", str(processed))
    return exports, processed


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright (skips, saying why, without it). One per test module: Playwright's
    event loop must be gone before other tests run `asyncio.run` (the build does)."""
    from browser_harness import CHROMIUM_ARGS, chromium

    executable = chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        launched = driver.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture
def local_server():
    """An HTTP server on 127.0.0.1 (see tests/localserver.py); set `.replies[path] = Reply(...)`."""
    from localserver import LocalServer

    server = LocalServer()
    yield server
    server.close()


@pytest.fixture
def edit_raw(data_copy):
    """A function that replaces text in a raw file of the private data copy and records the new checksum,
    as a deliberate change would be: `edit_raw(resource_name, old, new)`."""

    def edit(name: str, old: str, new: str) -> None:
        path = data.path_of(name)
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} is not in {name}"
        path.write_text(text.replace(old, new), encoding="utf-8")
        data.rehash(name)

    return edit
