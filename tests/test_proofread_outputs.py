"""What readers get, read as an editor of each edition reads it: every chart of every story that renders its facts in
each language (the texts drawn at two widths, the Datawrapper labels) and its claims files, in every language the
story is built in, with nothing an editor would correct (kit.proofread)."""

from __future__ import annotations

import pytest

from kit import proofread, story

RENDERED = [each for each in story.stories() if each.facts]


@pytest.mark.integration  # every chart drawn at two widths in every language
@pytest.mark.parametrize("each", RENDERED, ids=[each.name for each in RENDERED])
def test_what_readers_get_needs_no_correction(each, claims_recorded, monkeypatch):
    monkeypatch.setenv("KIT_LANGS", "")  # every language the story publishes
    found = proofread.story_findings(each)
    assert not found, f"{len(found)} to correct, first: " + "; ".join(f"{where}: {f}" for where, f in found[:5])
