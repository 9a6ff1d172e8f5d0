"""The reader app's page runs headless (the browser tests drive it in Chromium): two explorers, no export buttons,
a share link, and the sources linked."""

from __future__ import annotations

from kit import build, paths
from kit.stories.ai_vibrancy import STORY
from kit.widgets import sources_note

PAGE = paths.ROOT / "app" / "explore.py"


def test_the_app_page_runs_and_shows_two_explorers_a_share_link_and_its_sources():
    executed = build.execute(PAGE)
    outputs = [output for cell in executed.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error"]
    shown = [output["data"]["text/plain"] for output in outputs if "text/plain" in output.get("data", {})]
    assert [text.split(":")[0] for text in shown if text.startswith("<Explorer")] == [
        "<Explorer",
        "<Explorer",
    ] and ["compare countries" in shown[0], "re-weight the index" in shown[1]] == [True, True]
    assert any(text.startswith("ShareLink(") for text in shown)
    notes = [output["data"]["text/markdown"] for output in outputs if "text/markdown" in output.get("data", {})]
    assert notes == [sources_note(STORY.sources)] and "](https://" in notes[0]
    state = executed.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    buttons = [m["state"] for m in state.values() if m["model_name"] == "ButtonModel"]
    export_layouts = [
        b["layout"].removeprefix("IPY_MODEL_") for b in buttons if b["description"] == "Export this chart"
    ]
    assert len(export_layouts) == 2
    assert all(state[layout]["state"]["display"] == "none" for layout in export_layouts)
