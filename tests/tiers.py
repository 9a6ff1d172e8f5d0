"""Which fixtures a test shares with others, and how long each took to set up, for the tiers (tests/conftest.py;
tests/test_tiers.py checks both)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest


class FixtureTimes:
    """A plugin (registered for the whole session, so it sees the session's fixtures too, which a conftest's own
    hooks do not) that records the setup time of each fixture shared beyond one test and writes them, after a run
    that collected and ran its tests, to `path`."""

    def __init__(self, path: Path):
        self.path, self.seconds = path, {}

    @pytest.hookimpl(hookwrapper=True)
    def pytest_fixture_setup(self, fixturedef, request):
        start = time.perf_counter()  # the fixture's own setup: the fixtures it uses are set up before
        yield
        if fixturedef.scope != "function":
            self.seconds[fixture_id(fixturedef)] = time.perf_counter() - start

    def pytest_sessionfinish(self, session, exitstatus):
        if exitstatus in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED):
            self.path.write_text(json.dumps(dict(sorted(self.seconds.items())), indent=2) + "\n")


def fixture_id(fixturedef) -> str:
    """A fixture's name with where it is defined: `tests/test_gallery.py::exports`, `tests::full_build`."""
    return f"{fixturedef.baseid}::{fixturedef.argname}"


def shared_fixtures(item) -> set[str]:
    """The ids of the fixtures a test uses (those they use too) that are shared beyond one test."""
    info = getattr(item, "_fixtureinfo", None)  # pytest's own record of them
    return {
        fixture_id(definitions[-1])
        for definitions in (info.name2fixturedefs.values() if info else ())
        if definitions and definitions[-1].scope != "function"
    }
