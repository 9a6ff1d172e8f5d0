"""Which fixtures a test shares with others, for the tiers (tests/conftest.py; tests/test_tiers.py checks it)."""

from __future__ import annotations


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
