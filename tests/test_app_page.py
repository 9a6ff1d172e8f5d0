"""The reader app's page runs headless (the browser tests drive it in Chromium): two explorers, no export buttons,
a share link, and the sources linked."""

from __future__ import annotations

import pytest

from kit import build, paths
from kit.stories.ai_vibrancy import STORY
from kit.widgets import sources_note

PAGE = paths.ROOT / "app" / "explore.py"


@pytest.mark.integration  # a notebook run
def test_the_app_page_runs_and_shows_two_explorers_a_share_link_and_its_sources():
    executed = build.execute(PAGE)
    outputs = [output for cell in executed.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error"]
    shown = [output["data"]["text/plain"] for output in outputs if "text/plain" in output.get("data", {})]
    explorers = [text for text in shown if text.startswith("<Explorer")]
    assert len(explorers) == 2 and ["compare countries" in explorers[0], "re-weight the index" in explorers[1]] == [
        True,
        True,
    ]
    assert any(text.startswith("ShareLink(") for text in shown)
    notes = [output["data"]["text/markdown"] for output in outputs if "text/markdown" in output.get("data", {})]
    assert notes[0].startswith("# Where does Russia stand in AI? Check the ranking yourself\n")
    assert notes[-1] == sources_note(STORY.sources) and "](https://" in notes[-1]
    state = executed.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    buttons = [m["state"] for m in state.values() if m["model_name"] == "ButtonModel"]
    export_layouts = [
        b["layout"].removeprefix("IPY_MODEL_") for b in buttons if b["description"] == "Export this chart"
    ]
    assert len(export_layouts) == 2
    assert all(state[layout]["state"]["display"] == "none" for layout in export_layouts)
