"""The reader app's page runs headless (the browser tests drive it in Chromium): two explorers, no export."""

from __future__ import annotations

from kit import build, paths

PAGE = paths.ROOT / "app" / "explore.py"


def test_the_app_page_runs_and_shows_two_explorers_without_export_buttons():
    executed = build.execute(PAGE)
    outputs = [output for cell in executed.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error"]
    shown = [output["data"]["text/plain"] for output in outputs if "text/plain" in output.get("data", {})]
    assert shown == ["<Explorer: compare countries>", "<Explorer: re-weight the index>"]
    state = executed.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    buttons = [m["state"] for m in state.values() if m["model_name"] == "ButtonModel"]
    export_layouts = [
        b["layout"].removeprefix("IPY_MODEL_") for b in buttons if b["description"] == "Export this chart"
    ]
    assert len(export_layouts) == 2
    assert all(state[layout]["state"]["display"] == "none" for layout in export_layouts)
