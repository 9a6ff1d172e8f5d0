"""Widgets: the controls drive the pure chart functions; a bad choice is a message, not a traceback."""

from __future__ import annotations

import pytest

from kit import widgets
from kit.stories.ai_vibrancy import compute as vibrancy
from kit.stories.ai_vibrancy import explore as vibrancy_explore

# Any story's explorers would do: these use the AI vibrancy story's (its own explorer tests are in tests/stories/).


@pytest.fixture
def compare():
    return vibrancy_explore.compare_countries()


@pytest.fixture
def reweight():
    return vibrancy_explore.reweight_index()


@pytest.mark.parametrize(
    "selection, message",
    [
        (("RUS",), "choose between 2 and 8"),
        ((), "0 countries chosen"),
        (tuple(vibrancy.rank()["iso3"][:9]), "9 countries chosen"),
    ],
)
def test_a_bad_selection_shows_a_message_and_hides_the_stale_chart(compare, selection, message):
    compare.controls["countries"].value = selection
    assert message in compare.status.value and "&#9888;" in compare.status.value
    assert compare.image.layout.display == "none" and compare.export_button.disabled
    compare.controls["countries"].value = ("RUS", "USA")
    assert compare.image.layout.display is None and "these 2 countries" in compare.status.value


def test_all_weights_at_zero_is_a_message(reweight):
    reweight.set_state({pillar: 0.0 for pillar in reweight.controls})
    assert "All pillar weights are zero" in reweight.status.value
    reweight.set_state(vibrancy.default_weights())
    assert "ranks 28th of 36" in reweight.status.value


def test_set_state_redraws_once(reweight, monkeypatch):
    calls = []
    real = reweight.render
    monkeypatch.setattr(reweight, "render", lambda state: calls.append(state) or real(state))
    reweight.set_state({pillar: 1.0 for pillar in reweight.controls})
    assert len(calls) == 1


def test_the_export_button_writes_the_chart_on_screen(compare, out_dirs):
    compare.controls["countries"].value = ("RUS", "USA")
    compare.export()
    assert "Exported:" in compare.status.value
    assert (out_dirs[0] / "ai-vibrancy-pillars-usa-rus" / "ai-vibrancy-pillars-usa-rus.csv").exists()


def test_an_unwritable_export_folder_is_a_message(compare, monkeypatch, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("KIT_EXPORTS_DIR", str(blocker / "exports"))
    compare.export()
    assert "Cannot create the folder" in compare.status.value


def test_every_part_carries_the_css_hooks_the_browser_tests_use(reweight):
    assert {"kit-explorer", "kit-explorer-re-weight-the-index"} <= set(reweight._dom_classes)
    assert "kit-status" in reweight.status._dom_classes and "kit-chart" in reweight.image._dom_classes
    assert "kit-export" in reweight.export_button._dom_classes
    assert set(reweight.controls["Public Opinion"]._dom_classes) == {"kit-control", "kit-control-public-opinion"}
