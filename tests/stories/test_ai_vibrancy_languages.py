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
    assert picker.summary.value == "Вибрано всі 2"


# -- each edition as an editor reads it ------------------------------------------------------------------------

NUMBERS = (0, 1, 2, 5, 11, 21, 22, 1.5)  # every plural form of uk and ru, and a fraction
FACTS = {  # arguments the story's messages take, but for the number tried
    "country": "X", "rank": 28, "ordinal": "28", "total": 36, "change": 1, "direction": "higher", "n": 7,
    "lowest_count": 2, "lowest": "A", "highest_count": 0, "highest": "", "share": "56", "draws": "D",
    "kind": "centred", "low": "16", "high": "41", "chosen": 2, "every": 36, "countries": 3, "ranges": "R",
    "more": 0, "score": "1", "leader": "L", "leader_score": "2", "near": "N", "named": "M", "uniform_draws": "U",
    "uniform_n": 5, "uniform_share": "S", "p5": "P", "p95": "Q",
}
# (message, the number that chooses the form, what the text must say for each of NUMBERS (`#`: the number))
PLURALS = {
    "uk": [
        ("vibrancy-ranking-title", "total", ["з # країн", "з # країни", "з # країн", "з # країн", "з # країн",
                                             "з # країни", "з # країн", "з # країни"]),
        ("vibrancy-ranking-reweighted-title", "change", ["на # місць", "на # місце", "на # місця", "на # місць",
                                                         "на # місць", "на # місце", "на # місця", "на # місця"]),
        ("vibrancy-pillars-title", "n", ["цих # країн", "цієї # країни", "цих # країн", "цих # країн",
                                         "цих # країн", "цієї # країни", "цих # країн", "цих # країни"]),
        ("vibrancy-pillars-title", "total", ["із # складових", "із # складової", "із # складових",
                                             "із # складових", "із # складових", "із # складової", "із # складових",
                                             "із # складової"]),
        ("vibrancy-robustness-title", "n", ["випадкових наборів", "випадкового набору", "випадкових наборів",
                                            "випадкових наборів", "випадкових наборів", "випадкового набору",
                                            "випадкових наборів", "випадкового набору"]),
        ("vibrancy-robustness-subtitle", "n", ["у D випадкових наборах", "у D випадковому наборі",
                                               "у D випадкових наборах", "у D випадкових наборах",
                                               "у D випадкових наборах", "у D випадковому наборі",
                                               "у D випадкових наборах", "у D випадкового набору"]),
        ("vibrancy-robustness-title-countries", "countries", ["Місця # країн", "Місця # країни", "Місця # країн",
                                                              "Місця # країн", "Місця # країн", "Місця # країни",
                                                              "Місця # країн", "Місця # країни"]),
        ("vibrancy-robustness-alt-countries", "more", [".", "і ще # країна", "і ще # країни", "і ще # країн",
                                                       "і ще # країн", "і ще # країна", "і ще # країни",
                                                       "і ще # країни"]),
        ("vibrancy-weightings", "n", ["D наборів", "D набір", "D набори", "D наборів", "D наборів", "D набір",
                                      "D набори", "D набору"]),
        ("vibrancy-reader-chosen", "chosen", ["Вибрано # країн", "Вибрано # країну", "Вибрано # країни",
                                              "Вибрано # країн", "Вибрано # країн", "Вибрано # країну",
                                              "Вибрано # країни", "Вибрано # країни"]),
        ("vibrancy-reader-ranking-alt", "total", ["з # країн", "з # країни", "з # країн", "з # країн", "з # країн",
                                                  "з # країни", "з # країн", "з # країни"]),
    ],
    "ru": [
        ("vibrancy-ranking-title", "total", ["из # стран", "из # страны", "из # стран", "из # стран", "из # стран",
                                             "из # страны", "из # стран", "из # страны"]),
        ("vibrancy-ranking-reweighted-title", "change", ["на # мест", "на # место", "на # места", "на # мест",
                                                         "на # мест", "на # место", "на # места", "на # места"]),
        ("vibrancy-pillars-title", "n", ["этих # стран", "этой # страны", "этих # стран", "этих # стран",
                                         "этих # стран", "этой # страны", "этих # стран", "этих # страны"]),
        ("vibrancy-pillars-title", "total", ["из # компонентов", "из # компонента", "из # компонентов",
                                             "из # компонентов", "из # компонентов", "из # компонента",
                                             "из # компонентов", "из # компонента"]),
        ("vibrancy-robustness-title", "n", ["случайных наборов", "случайного набора", "случайных наборов",
                                            "случайных наборов", "случайных наборов", "случайного набора",
                                            "случайных наборов", "случайного набора"]),
        ("vibrancy-robustness-subtitle", "n", ["в D случайных наборах", "в D случайном наборе",
                                               "в D случайных наборах", "в D случайных наборах",
                                               "в D случайных наборах", "в D случайном наборе",
                                               "в D случайных наборах", "в D случайного набора"]),
        ("vibrancy-robustness-title-countries", "countries", ["Места # стран", "Места # страны", "Места # стран",
                                                              "Места # стран", "Места # стран", "Места # страны",
                                                              "Места # стран", "Места # страны"]),
        ("vibrancy-robustness-alt-countries", "more", [".", "и ещё # страна", "и ещё # страны", "и ещё # стран",
                                                       "и ещё # стран", "и ещё # страна", "и ещё # страны",
                                                       "и ещё # страны"]),
        ("vibrancy-weightings", "n", ["D наборов", "D набор", "D набора", "D наборов", "D наборов", "D набор",
                                      "D набора", "D набора"]),
        ("vibrancy-reader-chosen", "chosen", ["Выбрано # стран", "Выбрана # страна", "Выбраны # страны",
                                              "Выбрано # стран", "Выбрано # стран", "Выбрана # страна",
                                              "Выбраны # страны", "Выбрано # страны"]),
        ("vibrancy-reader-ranking-alt", "total", ["из # стран", "из # страны", "из # стран", "из # стран",
                                                  "из # стран", "из # страны", "из # стран", "из # страны"]),
    ],
    "en": [
        ("vibrancy-ranking-title", "total", ["of # countries", "of # country", *["of # countries"] * 6]),
        ("vibrancy-ranking-reweighted-title", "change", ["# places", "# place", *["# places"] * 6]),
        ("vibrancy-pillars-title", "n", ["these # countries", "this # country", *["these # countries"] * 6]),
        ("vibrancy-robustness-title", "n", ["random pillar weightings", "random pillar weighting",
                                            *["random pillar weightings"] * 6]),
        ("vibrancy-robustness-title-countries", "countries", ["# countries rank", "# country ranks",
                                                              *["# countries rank"] * 6]),
        ("vibrancy-weightings", "n", ["D weightings", "D weighting", *["D weightings"] * 6]),
    ],
}


@pytest.mark.parametrize("language", list(PLURALS))
def test_every_choice_by_number_gives_the_right_form_for_0_1_2_5_11_21_22_and_a_fraction(language):
    wrong = []
    for message, variable, forms in PLURALS[language]:
        for number, form in zip(NUMBERS, forms, strict=True):
            written = format_number(number, language)
            text = i18n.message(message, {**FACTS, variable: number}, language)
            wanted = form.replace("#", written)
            if wanted not in text:
                wrong.append(f"{message} with {variable}={number}: {wanted!r} not in {text!r}")
    assert not wrong, "\n".join(wrong)


def format_number(number: float, language: str) -> str:
    """A number as Fluent writes it in a language (the decimal comma in uk and ru)."""
    return str(number).replace(".", "," if language != "en" else ".")
