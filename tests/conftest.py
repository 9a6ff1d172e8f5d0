"""Test configuration: outputs go to a scratch folder, never into the working tree, and the network is blocked
(only 127.0.0.1 and Unix sockets), in this process and in every Python process the tests start.

Tiers (markers registered in pyproject.toml; `make test` runs them all, `make test-fast` the first two without
the slow ones):
- unit: no marker; quick tests of the machinery, on synthetic data or on whatever stories are found;
- `story`: one story's data, computation and verdicts (every test under tests/stories/);
- `integration`: builds, notebooks (nbval: every `.ipynb` item), refresh's story diff, scaffolding, determinism,
  and every test that reads a full build (`full_build`, `notebook_outputs`);
- `browser`: a real Chromium (every test under tests/browser/, and any test that uses the `browser` fixture);
- `slow`, across the others: a test that took over `SLOW` seconds when durations were last recorded
  (tests/durations.json, `make durations`), or that uses a fixture shared beyond one test whose setup took
  over `SLOW` seconds (tests/fixture_durations.json, recorded with them: a shared fixture's setup is paid by
  the first test that uses it, and would move to the next one's time once the first is left out: every story's
  claims, `claims_recorded`, for one).
A tier is given by where a test lives, which fixture it uses or how long it took; elsewhere a test names its tier
with a marker.

Nothing is computed at start-up: a fixture computes what its tests need when they first need it (the claims of
every story: `claims_recorded`; one full build shared by the tests that only read its outputs: `full_build`).
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import tiers  # tests/tiers.py
from kit import paths

TESTS = Path(__file__).parent
SCRATCH = Path(tempfile.mkdtemp(prefix="kit-tests-"))
OFFLINE = TESTS / "offline"  # the network guard and the sitecustomize that installs it
TIER_OF_FOLDER = {TESTS / "browser": "browser", TESTS / "stories": "story"}
TIER_OF_FIXTURE = {
    "browser": "browser",
    "full_build": "integration",
    "notebook_outputs": "integration",
}
DURATIONS = TESTS / "durations.json"  # seconds per test id, as pytest-split records them (`make durations`)
FIXTURE_DURATIONS = TESTS / "fixture_durations.json"  # seconds per shared fixture's setup (`make durations`)
SLOW = 0.15  # seconds: a test that took longer, or whose shared fixtures did, is left out of `make test-fast`


def pytest_addoption(parser):
    parser.addoption(
        "--store-fixture-durations",
        action="store_true",
        help=f"record the setup time of each fixture shared beyond one test in {FIXTURE_DURATIONS.name}",
    )


def pytest_configure(config):
    # Set before any kernel starts, so notebooks run by nbval write here too.
    os.environ["KIT_EXPORTS_DIR"] = str(SCRATCH / "exports")
    os.environ["KIT_PROCESSED_DIR"] = str(SCRATCH / "processed")
    os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")
    os.environ["KIT_OFFLINE"] = "1"
    os.environ["KIT_LANGS"] = ""  # every language, whatever the shell says
    # No .hypothesis/ in the tree; Hypothesis keeps only its Unicode tables there (no example database: see
    # hypothesis_settings.py), which take about 3 s to make: kept between sessions, with the kit's other caches.
    os.environ["HYPOTHESIS_STORAGE_DIRECTORY"] = str(paths.cache_dir() / "hypothesis")
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(OFFLINE), os.environ.get("PYTHONPATH")]))
    sys.path.insert(0, str(OFFLINE))
    import offline_guard

    offline_guard.install()
    config.pluginmanager.register(NotebookRuns(), "kit-notebook-runs")
    if config.getoption("--store-fixture-durations"):
        config.pluginmanager.register(tiers.FixtureTimes(FIXTURE_DURATIONS), "kit-fixture-times")


def pytest_unconfigure(config):
    shutil.rmtree(SCRATCH, ignore_errors=True)


@pytest.hookimpl(tryfirst=True)  # before `-m` selects by marker
def pytest_collection_modifyitems(config, items):
    """Each test's tier from where it lives or what it uses (see the module's docstring); and the tests that
    compare with what the notebooks wrote (`notebook_outputs`) after the notebooks."""
    durations = json.loads(DURATIONS.read_text(encoding="utf-8")) if DURATIONS.is_file() else {}
    fixtures = json.loads(FIXTURE_DURATIONS.read_text(encoding="utf-8")) if FIXTURE_DURATIONS.is_file() else {}
    slow_fixtures = {name for name, seconds in fixtures.items() if seconds > SLOW}
    for item in items:
        path = Path(item.path)
        for folder, tier in TIER_OF_FOLDER.items():
            if path.is_relative_to(folder):
                item.add_marker(tier)
        for fixture in set(getattr(item, "fixturenames", ())) & TIER_OF_FIXTURE.keys():
            item.add_marker(TIER_OF_FIXTURE[fixture])
        if durations.get(item.nodeid, 0.0) > SLOW or tiers.shared_fixtures(item) & slow_fixtures:
            item.add_marker("slow")
        if path.suffix == ".ipynb":
            item.add_marker("integration")
    after = [item for item in items if "notebook_outputs" in getattr(item, "fixturenames", ())]
    items[:] = [item for item in items if item not in after] + after


# -- what tests need, computed when first needed ------------------------------------------------------


@functools.cache
def record_every_storys_claims() -> Path:
    """Every story's claims files (in each language it is built in) in the session's processed folder, computed
    from the code as each story's notebook records them. Once per session; returns the folder."""
    from kit import story

    folder = SCRATCH / "processed"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KIT_PROCESSED_DIR", str(folder))
        for each in story.stories():
            each.record(each.verdicts())
    return folder


@pytest.fixture(scope="session")
def claims_recorded() -> Path:
    """The session's processed folder holding every story's claims (as the ledger gathers them)."""
    return record_every_storys_claims()


class NotebookRuns:
    """What nbval does with the notebooks, as a plugin of its own (a hook in this file would not be called for
    items outside tests/, such as notebooks/): the ledger notebook gathers every story's claims files, whatever
    order nbval runs the notebooks in, so they are recorded before its first cell runs (a story notebook run later
    writes the same files again); and which notebooks ran with every cell passing (see `notebook_outputs`)."""

    passed: dict[str, bool] = {}  # notebook -> every cell run so far passed

    @staticmethod
    def pytest_runtest_setup(item):
        if Path(item.path).suffix == ".ipynb":
            from kit import ledger

            if Path(item.path).stem == ledger.NOTEBOOK:
                record_every_storys_claims()

    @classmethod
    def pytest_runtest_logreport(cls, report):
        notebook = Path(report.fspath)
        if notebook.suffix == ".ipynb":
            cls.passed[notebook.stem] = cls.passed.get(notebook.stem, True) and not report.failed


@pytest.fixture(scope="session")
def notebook_outputs() -> Path | None:
    """The folder holding the exports/ and processed/ that the notebooks nbval ran in this session wrote, if every
    story's notebook and the ledger's ran with every cell passing; else None. Tests that use it run after the
    notebooks (see `pytest_collection_modifyitems`)."""
    from kit import ledger, story

    wanted = {each.notebook for each in story.stories()} | {ledger.NOTEBOOK}
    return SCRATCH if all(NotebookRuns.passed.get(notebook) for notebook in wanted) else None


@pytest.fixture(scope="session")
def full_build(tmp_path_factory) -> Path:
    """One `python -m kit build` of every story (by name, so docs/ is not touched), in its own processes, into
    a scratch folder holding `exports/` and `processed/`; shared by the tests that only read what a build
    writes. Fails the tests that use it, with the build's error, if the build fails."""
    from kit import story

    target = tmp_path_factory.mktemp("full-build")
    env = {**os.environ, "KIT_EXPORTS_DIR": str(target / "exports"), "KIT_PROCESSED_DIR": str(target / "processed")}
    names = [each.name for each in story.stories()]
    result = subprocess.run(
        [sys.executable, "-m", "kit", "build", *names],
        cwd=paths.ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"the build failed:\n{result.stderr[-3000:]}"
    return target


# -- scratch copies and folders -------------------------------------------------------------------------


@pytest.fixture
def data_copy(tmp_path, monkeypatch) -> Iterator[Path]:
    """A private copy of data/ that a test may damage; the kit reads it instead of the real one (its catalogs
    read afresh, and the real ones again after the test)."""
    from kit import i18n

    copy = tmp_path / "data"
    shutil.copytree(paths.DATA, copy, ignore=shutil.ignore_patterns("processed"))
    monkeypatch.setattr(paths, "DATA", copy)
    i18n.forget()
    yield copy
    monkeypatch.undo()
    i18n.forget()


@pytest.fixture
def out_dirs(tmp_path, monkeypatch) -> tuple[Path, Path]:
    """Fresh export and processed-data folders for one test."""
    exports, processed = tmp_path / "exports", tmp_path / "processed"
    monkeypatch.setenv("KIT_EXPORTS_DIR", str(exports))
    monkeypatch.setenv("KIT_PROCESSED_DIR", str(processed))
    return exports, processed


@pytest.fixture
def edit_raw(data_copy):
    """A function that replaces text in a raw file of the private data copy and records the new checksum,
    as a deliberate change would be: `edit_raw(resource_name, old, new)`."""
    from kit import data

    def edit(name: str, old: str, new: str) -> None:
        path = data.path_of(name)
        text = path.read_text(encoding="utf-8")
        assert old in text, f"{old!r} is not in {name}"
        path.write_text(text.replace(old, new), encoding="utf-8")
        data.rehash(name)

    return edit


# -- servers and browsers -------------------------------------------------------------------------------


@pytest.fixture
def local_server():
    """An HTTP server on 127.0.0.1 (see tests/localserver.py); set `.replies[path] = Reply(...)`."""
    from localserver import LocalServer

    server = LocalServer()
    yield server
    server.close()


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium driven by Playwright (skips, saying why, without it), relaunched if it dies: one per
    test module (Playwright's event loop must be gone before other tests run `asyncio.run`; the build does)."""
    from browser_harness import Relaunching

    with Relaunching() as launched:
        yield launched
