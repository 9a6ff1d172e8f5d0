"""Typography per language where texts are rendered, and the proofreader that reads what readers receive."""

from __future__ import annotations

import pytest

from kit import proofread, words
from kit.typography import NBSP, polish


@pytest.mark.parametrize(
    "language, text, expected",
    [
        ("uk", "Сбербанк і в 2022 році", f"Сбербанк і{NBSP}в{NBSP}2022 році"),
        ("ru", "за рубежом и с 5 %", f"за{NBSP}рубежом и{NBSP}с{NBSP}5{NBSP}%"),
        ("uk", "від 50 000 до 70 000 осіб", f"від{NBSP}50 000 до{NBSP}70 000 осіб"),
        ("ru", "29,2 млн $", f"29,2{NBSP}млн{NBSP}$"),
        ("uk", "№ 28", f"№{NBSP}28"),
        ("uk", "слово — слово", f"слово{NBSP}— слово"),
        ("uk", 'так званий "фейк" і зв\'язок', f"так званий «фейк» і{NBSP}зв’язок"),
        ("ru", 'категория "Фейки"', "категория «Фейки»"),
        ("en", "Russia's 'Fakes' and \"VPN\"", "Russia’s ‘Fakes’ and “VPN”"),
        ("en", "Not found: 'it'; the regions' budgets.", "Not found: ‘it’; the regions’ budgets."),
        ("ru", "оценки в Tom's Hardware", f"оценки в{NBSP}Tom’s Hardware"),
        ("en", "50,000-70,000 in 2023-24", "50,000–70,000 in 2023–24"),
        ("en", "reported 2026-02-26", "reported 2026-02-26"),
        ("en", "see https://example.org/a'b-1-2", "see https://example.org/a'b-1-2"),
        ("en", "other outlets' wordings; The Times' text", "other outlets’ wordings; The Times’ text"),
        ("uk", "текст The Times' і 'Talents'", f"текст The Times’ і{NBSP}'Talents'"),
    ],
)
def test_each_edition_gets_its_typography(language, text, expected):
    assert polish(text, language) == expected
    assert polish(expected, language) == expected, "polishing twice changes nothing"


def possessive(*, language: str) -> str:
    return {"en": "the index's 'pillars'", "uk": 'так звані "складові" і зв\'язок'}.get(language, "")


def test_rendered_texts_get_their_language_typography():
    text = words.Formatted(possessive)
    assert words.render(text, "en") == "the index’s ‘pillars’" and words.render(text, "uk") == "так звані «складові» і\u00a0зв’язок"


@pytest.mark.parametrize(
    "language, text, kind, found",
    [
        ("uk", "Article: over $29m", "english", "Article"),
        ("uk", "The article: the Times", "english", "The"),
        ("ru", "200th place: 29 papers", "english", "place"),
        ("uk", "10,000", "number-format", "10,000"),
        ("ru", "зросло на 5%", "number-format", "5%"),
        ("uk", "з 2026-01-20 до 2026-01-23", "iso-date", "2026-01-20"),
        ("en", "as reported on 2026-02-26", "iso-date", "2026-02-26"),
        ("en", "Python's True", "number-format", "True"),
        ("en", "Russia's lag", "quotes", "'"),
        ("en", "50,000-70,000", "range", "50,000-7"),
        ("en", "the kit's sum", "internal", "kit's"),
        ("en", "see a_source_2025_scores", "internal", "a_source_2025_scores"),
        ("uk", "ми залишилися за\nкордоном", "line-end", "за"),
    ],
)
def test_the_proofreader_marks_what_an_editor_would(language, text, kind, found):
    marked = proofread.findings(text, language, lines=True)
    assert (kind, found) in [(f.kind, f.found) for f in marked], marked


@pytest.mark.parametrize(
    "language, text",
    [
        ("uk", f"Microsoft купила 485{NBSP}000 чипів Nvidia Hopper у{NBSP}2024 році"),
        ("ru", f"Сбербанк, с{NBSP}февраля 2022, 9{NBSP}000 GPU; 5,6{NBSP}%"),
        ("en", "Russia’s 9,000 GPUs, 50,000–70,000, 12 Jan 2026"),
        ("uk", f"The Times у{NBSP}переказі The Moscow Times і{NBSP}The Wall Street Journal"),
    ],
)
def test_the_proofreader_passes_what_an_editor_would(language, text):
    assert proofread.findings(text, language, lines=True) == []


def test_a_datawrapper_date_column_is_read_as_dates_and_labels_as_text():
    from kit import export

    dated = "Дата,Заблоковані VPN-сервіси\n2023-10,167\n2024-10-24,197\n"
    assert export.datawrapper_texts(dated) == ["Дата", "Заблоковані VPN-сервіси"]  # a date axis: no sentence
    texts = export.datawrapper_texts("label,value\nDec 2022: Ministry,1\nfrom 2026-01-20,2\n")
    assert "from 2026-01-20" in texts  # an ISO date inside a label is still read (and marked)
    assert [f.kind for f in proofread.findings(texts[-1], "en")] == ["iso-date"]


def test_the_proofreader_reads_a_published_page_as_its_readers_see_it():
    page = (
        '<html lang="uk"><head><title>Перевірені статті</title><style>p{content:"the kit"}</style></head><body>'
        '<h2><a href="a.html" lang="en">The Kit\'s Headline</a></h2><p>Вердикти: правда — 1; from 2026-01-20</p>'
        '<img alt="the chart" src="x.png"><code>gvt_2025</code></body></html>'
    )
    found = {(where.part, f.kind, f.found) for where, f in proofread.html_findings(page, "uk", name="index.uk.html")}
    assert found == {("p", "english", "from"), ("p", "iso-date", "2026-01-20"), ("img alt", "english", "the"),
                     ("img alt", "english", "chart")}
    # the headline in its own language, the style and the code are not reader text of this edition


def test_a_markdown_line_is_read_as_its_readers_see_it():
    line = "- Example Institute, [A \\<title\\>](https://a.example/x_y), `09_made_up`, **правда**"
    assert proofread.markdown_text(line) == "Example Institute, A <title>,  , правда"


def test_a_text_in_a_claims_row_of_a_page_is_that_claims():
    page = '<table><tr id="claim-x-1"><td>from the chart</td></tr></table><p>з 2026-01-20</p>'
    found = {(where.claim, f.found) for where, f in proofread.html_findings(page, "uk")}
    assert found == {("x-1", "from"), ("x-1", "the"), ("x-1", "chart"), (None, "2026-01-20")}


def test_a_line_break_in_a_page_parts_the_words_around_it():
    page = '<table><tr id="claim-x"><td><b>8.</b><br>2026 року</td></tr></table>'  # a claim's number, its statement
    assert [f.found for _, f in proofread.html_findings(page, "uk", name="index.uk.html")] == []


def test_a_title_kept_in_its_own_language_is_not_english_left_in_a_translation():
    from kit import ledger

    titled = ledger.as_titled("Microsoft acquires twice as many Nvidia AI chips as tech rivals", "uk")
    assert titled.startswith("«") and ledger.as_titled(titled, "uk") == titled
    assert proofread.findings(f"За даними {titled}, прочитано 1 грудня", "uk") == []
    assert "the" in [f.found for f in proofread.findings("За даними the report", "uk")]  # unquoted: English left
