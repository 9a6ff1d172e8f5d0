"""The test tiers (tests/conftest.py): a shared fixture's setup time counts against every test that uses it."""

from __future__ import annotations

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
