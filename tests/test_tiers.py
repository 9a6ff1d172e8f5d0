"""The test tiers (tests/conftest.py): a shared fixture's setup time counts against every test that uses it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tiers import shared_fixtures


@pytest.fixture(scope="module")
def shared_setup() -> str:
    return "set up once for this module"


@pytest.fixture(scope="module")
def built_on_shared(shared_setup) -> str:
    return shared_setup.upper()


@pytest.fixture
def own_setup() -> str:
    return "set up for each test"


def test_a_tests_shared_fixtures_are_named_with_where_they_are_defined_and_those_they_use(
    request, built_on_shared, own_setup
):
    """Fails if pytest no longer says which fixtures a test uses (`Item._fixtureinfo`): tiers would then miss the
    tests whose shared fixtures are slow, and their setup would move into `make test-fast`."""
    found = shared_fixtures(request.node)
    here = "tests/test_tiers.py"
    assert {f"{here}::built_on_shared", f"{here}::shared_setup"} <= found
    assert not any(name.endswith("::own_setup") or name.endswith("::request") for name in found)
    assert all("::" in name for name in found)


def test_every_shared_fixtures_setup_is_recorded_wherever_it_is_defined(tmp_path):
    """A session's fixtures are set up by the session, which a conftest's own hooks do not see: the recorder is a
    plugin of the whole run. Run in a pytest of its own, with fixtures of each scope in a conftest and a module."""
    (tmp_path / "conftest.py").write_text(
        "import time, pytest, tiers\n"
        "def pytest_configure(config):\n"
        "    config.pluginmanager.register(tiers.FixtureTimes(config.rootpath / 'times.json'), 'times')\n"
        "@pytest.fixture(scope='session')\n"
        "def slow_session():\n"
        "    time.sleep(0.2)\n"
        "@pytest.fixture\n"
        "def per_test():\n"
        "    time.sleep(0.2)\n"
    )
    (tmp_path / "test_one.py").write_text(
        "import time, pytest\n"
        "@pytest.fixture(scope='module')\n"
        "def quick_module(slow_session):\n"
        "    pass\n"
        "def test_it(quick_module, per_test):\n"
        "    pass\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent), os.environ.get("PYTHONPATH", "")])}
    command = [sys.executable, "-m", "pytest", "-q", "--disable-plugin-autoload", "-p", "no:cacheprovider"]
    done = subprocess.run(
        [*command, "--rootdir", str(tmp_path), str(tmp_path)], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr
    times = json.loads((tmp_path / "times.json").read_text())
    assert set(times) == {"::slow_session", "test_one.py::quick_module"}  # not the test's own fixture
    assert times["::slow_session"] >= 0.2 > times["test_one.py::quick_module"]  # each its own setup only
