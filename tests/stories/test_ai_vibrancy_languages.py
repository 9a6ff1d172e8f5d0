"""The ai_vibrancy story in every language: its explorers draw in the language they were made in (or switched to),
and the reader page in the language of its address (moved here from tests/test_i18n_pages.py, which holds for any
story)."""

from __future__ import annotations

import pytest

from kit import build, i18n, paths
from kit.stories.ai_vibrancy import explore
from kit.widgets import Picker, ShareLink, language_of


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


def test_a_picker_and_a_share_link_keep_their_language(every_language):
    with i18n.use("uk"):
        picker = Picker("Країни", [("Україна", "UKR"), ("Польща", "POL")], ["UKR"], noun="країни")
        explorer = explore.compare_countries()
        share = ShareLink([explorer])
    picker.value = ("UKR", "POL")
    assert picker.summary.value == "країни: вибрано всі 2"
    assert "Посилання на цей вигляд" in share.value and 'href="?lang=uk' in share.value
    assert share.apply("lang=uk") == [] and language_of("lang=ru&x=1") == "ru" and language_of("lang=xx") == "en"


def test_the_reader_page_in_russian(every_language, monkeypatch):
    monkeypatch.setenv("QUERY_STRING", "lang=ru")
    executed = build.execute(paths.ROOT / "app" / "explore.py")
    outputs = [output for cell in executed.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error"]
    notes = [output["data"]["text/markdown"] for output in outputs if "text/markdown" in output.get("data", {})]
    assert notes[0].startswith("# Какое место у России в сфере ИИ?") and notes[1].startswith("## Сравните страны")
    assert notes[-1].startswith("*Данные:* ")
    pages = [output["data"]["text/html"] for output in outputs if "text/html" in output.get("data", {})]
    assert any('<b lang="ru" aria-current="page">Русский</b>' in page for page in pages)
    state = executed.metadata["widgets"]["application/vnd.jupyter.widget-state+json"]["state"]
    links = [m["state"]["value"] for m in state.values() if "kit-share" in m["state"].get("_dom_classes", [])]
    # the page shows the Russian explorers' link (a preheated page also holds the English ones, not shown)
    assert any('href="?lang=ru"' in link and "Ссылка" in link for link in links)
