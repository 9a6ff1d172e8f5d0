"""The ai_vibrancy story in every language: its explorers draw in the language they were made in (or switched to)
(moved here from tests/test_i18n_pages.py, which holds for any story); the static reader page in every
language: tests/browser/test_reader_page.py."""

from __future__ import annotations

import pytest

from kit import i18n
from kit.stories.ai_vibrancy import explore
from kit.widgets import Picker


@pytest.fixture
def every_language(monkeypatch):
    monkeypatch.setenv(i18n.ENV, "en,uk,ru")


def test_an_explorer_draws_in_the_language_it_was_made_in_and_switches(every_language):
    with i18n.use("ru"):
        explorer = explore.compare_countries()
    assert explorer.chart.language == "ru" and explorer.export_button.description == "Экспортировать график"
    explorer.language.value = "uk"  # outside any `with`: the explorer keeps its own language
    assert explorer.chart.language == "uk" and explorer.export_button.description == "Експортувати графік"
    assert "Обчислення" in explorer.style.value or "\\41e" in explorer.style.value
    explorer.language.value = "en"
    assert explorer.chart.language == "en" and explorer.export_button.description == "Export this chart"


def test_a_background_redraw_keeps_the_explorers_language(every_language):
    with i18n.use("uk"):
        explorer = explore.reweight_index()
    explorer.background = True  # as in a kernel: redraws in another thread, where `i18n.use` does not reach
    name = next(iter(explorer.controls))
    explorer.set_state({name: 0.5})
    explorer.wait()
    assert explorer.state()[name] == 0.5 and explorer.chart.language == "uk"


def test_a_picker_keeps_its_language(every_language):
    with i18n.use("uk"):
        picker = Picker("Країни", [("Україна", "UKR"), ("Польща", "POL")], ["UKR"], noun="країни")
    picker.value = ("UKR", "POL")
    assert picker.summary.value == "країни: вибрано всі 2"
