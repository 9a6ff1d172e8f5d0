"""The machinery in every language: the claims files, the ledger and the gallery per language, explorers that draw
in the language they were made in (or switched to), and the reader page in the language of its address."""

from __future__ import annotations

import json
import os

import pandas as pd
import pytest

from kit import articles, build, claims, data, gallery, i18n, ledger, paths, story
from kit.stories.ai_vibrancy import STORY, compute, explore
from kit.widgets import Picker, ShareLink, language_of

@pytest.fixture
def every_language(monkeypatch):
    monkeypatch.setenv(i18n.ENV, "en,uk,ru")


@pytest.fixture
def translated(out_dirs, every_language, monkeypatch):
    """The vibrancy story alone in the ledger, built in every language."""
    monkeypatch.setattr(story, "stories", lambda: [STORY])
    return out_dirs


def statement(language: str, claim_id: str) -> str:
    with i18n.use(language):
        return i18n.translated(i18n.statement_id(claim_id), articles.statement(compute.ARTICLE, claim_id))


def test_record_writes_the_claims_in_every_language(translated):
    english = STORY.record(compute.verdicts())
    folder = STORY.output_dir()
    assert sorted(p.name for p in folder.glob("claims*.csv")) == ["claims.csv", "claims.ru.csv", "claims.uk.csv"]
    for language in ("uk", "ru"):
        table = claims.read(folder / claims.file_name(language))
        assert list(table.columns) == claims.COLUMNS
        assert list(table["statement"]) == [statement(language, c.claim_id) for c in english]
        assert all(text != c.statement for text, c in zip(table["statement"], english, strict=True))
        assert list(table["verdict"]) == [str(c.verdict) for c in english]  # the vocabulary, not its translation
    assert list(claims.read(folder / "claims.csv")["statement"]) == [c.statement for c in english]


def test_record_in_english_only_when_the_languages_are_limited(out_dirs, monkeypatch):
    monkeypatch.setenv(i18n.ENV, "en")
    STORY.record(compute.verdicts())
    assert [p.name for p in STORY.output_dir().glob("claims*.csv")] == ["claims.csv"]


def test_an_untranslated_text_stops_record_in_that_language(data_copy, out_dirs, every_language):
    catalog = paths.articles_dir() / compute.ARTICLE / "locales" / "uk.ftl"
    missing = i18n.statement_id(compute.RANK_CLAIM)
    kept = [line for line in catalog.read_text(encoding="utf-8").splitlines(keepends=True) if not line.startswith(f"{missing} =")]
    catalog.write_text("".join(kept), encoding="utf-8")
    i18n.forget()
    try:
        with pytest.raises(i18n.TranslationError, match=rf"no text '{missing}' in Українська \(uk\)"):
            STORY.record(compute.verdicts())
    finally:
        i18n.forget()
    assert [p.name for p in STORY.output_dir().glob("claims*.csv")] == ["claims.csv"]


def test_the_ledger_in_ukrainian_gathers_its_claims_and_names_its_verdicts(translated):
    STORY.record(compute.verdicts())
    with i18n.use("uk"):
        entries = ledger.entries()
        assert entries[0].statement == statement("uk", entries[0].claim_id)
        document = json.loads(ledger.json_ld(entries))
        assert ledger.tally(entries) == "точно із застереженнями: 2"
        markdown = ledger.markdown(entries)
        assert markdown.startswith("# Реєстр тверджень\n") and "| Вердикт | Кількість | Твердження |" in markdown
        assert ledger.file_name(ledger.JSONLD_NAME) == "claims-ledger.uk.jsonld"
    assert {review["inLanguage"] for review in document["@graph"]} == {"uk"}
    assert document["@graph"][0]["name"].startswith("Фактчек: ")
    assert document["@graph"][0]["reviewRating"]["alternateName"] == "Точно із застереженнями"
    english = json.loads(ledger.json_ld(ledger.entries()))
    assert {review["inLanguage"] for review in english["@graph"]} == {"en"}


def _fake_export(folder, slug, languages):
    """A chart's files as the export names them: English as `<slug>.<kind>`, the others `<slug>.<lang>.<kind>`."""
    target = folder / slug
    target.mkdir(parents=True, exist_ok=True)
    for language in languages:
        stem = slug if language == "en" else f"{slug}.{language}"
        texts = {"title": f"{language} title", "alt_text": f"{language} alt", "source": f"{language} source"}
        (target / f"{stem}.json").write_text(json.dumps(texts), encoding="utf-8")
        (target / f"{stem}.web.png").write_bytes(b"png")
        (target / f"{stem}.csv").write_text("a\n1\n", encoding="utf-8")


def test_the_gallery_has_a_page_in_each_language_with_its_figures_verdicts_and_a_switch(translated):
    exports, _ = translated
    STORY.record(compute.verdicts())
    _fake_export(exports, "ai-vibrancy-ranking", ["en", "uk"])
    _fake_export(exports, "ai-vibrancy-pillars", ["en", "uk", "ru"])
    gallery.write()
    english, ukrainian, russian = (exports / name for name in ("index.html", "index.uk.html", "index.ru.html"))
    uk = ukrainian.read_text()
    assert '<html lang="uk">' in uk and "<title>Графіки та фактчеки</title>" in uk
    assert ">точно із застереженнями</span>" in uk and ">accurate with caveats<" not in uk
    assert 'src="ai-vibrancy-ranking/ai-vibrancy-ranking.uk.web.png"' in uk and "uk title" in uk
    assert 'href="ai-vibrancy-ranking/ai-vibrancy-ranking.uk.csv"' in uk and ".ranking.web.png" not in uk
    assert 'href="claims-ledger.uk.md"' in uk and (exports / "claims-ledger.uk.jsonld").is_file()
    assert 'href="index.html" hreflang="en"' in uk and 'href="index.ru.html" hreflang="ru"' in uk
    assert '<b lang="uk" aria-current="page">Українська</b>' in uk
    en = english.read_text()
    assert '<html lang="en">' in en and "ranking.uk." not in en and "en title" in en and 'href="index.uk.html"' in en
    ru = russian.read_text()
    assert '<figure id="ai-vibrancy-ranking" lang="en">' in ru  # not exported in Russian yet: shown in English
    assert 'src="ai-vibrancy-pillars/ai-vibrancy-pillars.ru.web.png"' in ru and ">верно с оговорками</span>" in ru


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


@pytest.mark.integration  # a notebook run
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
