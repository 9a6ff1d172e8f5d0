"""The machinery in every language, for any story: the claims files, each article's ledger and gallery per language,
and the index of articles per language. (One story's explorers and the reader page in other languages:
tests/stories/test_ai_vibrancy_languages.py.)"""

from __future__ import annotations

import json

import pytest

from kit import articles, claims, gallery, i18n, ledger, paths, story, translations, words

TRANSLATED = [each for each in story.stories() if each.claims and set(each.languages) >= {"en", "uk", "ru"}]
# a story built in every language (whichever), with two charts or more if one has them
STORY = min(TRANSLATED, key=lambda each: (len(each.charts) < 2, len(each.charts)))


@pytest.fixture
def every_language(monkeypatch):
    monkeypatch.setenv(i18n.ENV, "en,uk,ru")


@pytest.fixture
def translated(out_dirs, every_language, monkeypatch):
    """The story alone in the ledger, built in every language."""
    monkeypatch.setattr(story, "stories", lambda: [STORY])
    return out_dirs


def statement(language: str, claim_id: str) -> str:
    """A statement as a file in a language gives it (with the language's typography)."""
    english = articles.statement(STORY.article, claim_id)
    return words.render(i18n.translated(translations.statement_id(claim_id), english), language)


def test_record_writes_the_claims_in_every_language(translated):
    english = STORY.record(STORY.verdicts())
    folder = STORY.output_dir()
    assert sorted(p.name for p in folder.glob("claims*.csv")) == ["claims.csv", "claims.ru.csv", "claims.uk.csv"]
    for language in ("uk", "ru"):
        table = claims.read(folder / claims.file_name(language))
        assert list(table.columns) == claims.COLUMNS
        assert list(table["statement"]) == [statement(language, c.claim_id) for c in english]
        assert all(text != c.statement for text, c in zip(table["statement"], english, strict=True))
        assert list(table["verdict"]) == [str(c.verdict) for c in english]  # the vocabulary, not its translation
    assert list(claims.read(folder / "claims.csv")["statement"]) == [words.render(c.statement, "en") for c in english]


def test_record_in_english_only_when_the_languages_are_limited(out_dirs, monkeypatch):
    monkeypatch.setenv(i18n.ENV, "en")
    STORY.record(STORY.verdicts())
    assert [p.name for p in STORY.output_dir().glob("claims*.csv")] == ["claims.csv"]


def test_an_untranslated_text_stops_record_in_that_language(data_copy, out_dirs, every_language):
    catalog = paths.articles_dir() / STORY.article / "locales" / "uk.ftl"
    missing = translations.statement_id(next(iter(STORY.claims)))
    kept = [line for line in catalog.read_text(encoding="utf-8").splitlines(keepends=True) if not line.startswith(f"{missing} =")]
    catalog.write_text("".join(kept), encoding="utf-8")
    i18n.forget()
    try:
        with pytest.raises(i18n.TranslationError, match=rf"no text '{missing}' in Українська \(uk\)"):
            STORY.record(STORY.verdicts())
    finally:
        i18n.forget()
    assert [p.name for p in STORY.output_dir().glob("claims*.csv")] == ["claims.csv"]


def test_the_ledger_in_ukrainian_gathers_its_claims_and_names_its_verdicts(translated):
    STORY.record(STORY.verdicts())
    record = articles.publishing(STORY.article)
    entries = ledger.entries(language="uk")
    assert [e.statement for e in entries] == [statement("uk", e.claim_id) for e in entries]
    document = json.loads(ledger.json_ld(entries, "uk"))
    verdicts = {e.claim_id: words.render(ledger.rating_name(e.verdict), "uk") for e in entries}
    markdown = ledger.markdown(entries, "uk")
    assert markdown.startswith("# Реєстр тверджень\n") and "| Вердикт | Кількість | Які саме (номери) |" in markdown
    assert ledger.file_name(ledger.JSONLD_NAME, "uk") == "claims-ledger.uk.jsonld"
    assert {review["inLanguage"] for review in document["@graph"]} == {"uk"}
    assert {review["url"].split("#")[0] for review in document["@graph"]} == {record.page("uk")}
    assert all(review["name"].startswith("Фактчек: ") for review in document["@graph"])
    assert {r["url"].split("#")[1]: r["reviewRating"]["alternateName"] for r in document["@graph"]} == verdicts
    shown = {verdict.replace("\u00a0", " ") for verdict in verdicts.values()}
    assert shown <= {"Правда", "Правда із застереженнями", "Неправда", "Неоднозначно", "Немає доказів"}
    english = json.loads(ledger.json_ld(ledger.entries(language="en"), "en"))
    assert {review["inLanguage"] for review in english["@graph"]} == {"en"}
    assert {review["url"].split("#")[0] for review in english["@graph"]} == {record.page("en")}


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


def test_each_article_has_a_gallery_in_each_language_with_its_figures_verdicts_and_a_switch(translated):
    STORY.record(STORY.verdicts())
    folder = articles.published_dir(STORY.article)
    slugs = list(STORY.charts)
    _fake_export(folder, slugs[0], ["en", "uk"])  # not exported in Russian yet
    for slug in slugs[1:]:
        _fake_export(folder, slug, ["en", "uk", "ru"])
    gallery.write()
    english, ukrainian, russian = (folder / name for name in ("index.html", "index.uk.html", "index.ru.html"))
    with i18n.use("uk"):  # the gallery's badges give a verdict's words without the edition's typography
        uk_verdicts = {ledger.verdict_name(e.verdict) for e in ledger.entries()}
    uk = ukrainian.read_text()
    assert '<html lang="uk">' in uk and "<title>Графіки та фактчеки</title>" in uk
    assert all(f">{name}</span>" in uk for name in uk_verdicts)
    assert f'src="{slugs[0]}/{slugs[0]}.uk.web.png"' in uk and "uk title" in uk
    assert f'href="{slugs[0]}/{slugs[0]}.uk.csv"' in uk and f"{slugs[0]}.web.png" not in uk
    assert 'href="claims-ledger.uk.md"' in uk and (folder / "claims-ledger.uk.jsonld").is_file()
    assert 'href="index.html" hreflang="en"' in uk and 'href="index.ru.html" hreflang="ru"' in uk
    assert '<b lang="uk" aria-current="page">Українська</b>' in uk
    en = english.read_text()
    assert '<html lang="en">' in en and f"{slugs[0]}.uk." not in en and "en title" in en and 'href="index.uk.html"' in en
    ru = russian.read_text()
    assert f'<figure id="{slugs[0]}" lang="en">' in ru  # not exported in Russian yet: shown in English
    for slug in slugs[1:]:
        assert f'src="{slug}/{slug}.ru.web.png"' in ru


def test_the_index_of_articles_in_each_language_links_that_languages_pages(translated):
    STORY.record(STORY.verdicts())
    gallery.write()
    exports = articles.published_dir(STORY.article).parent
    titles = {"en": "Fact-checked articles", "uk": "Перевірені статті", "ru": "Проверенные статьи"}
    for language, title in titles.items():
        page = (exports / gallery.page_name(language)).read_text()
        assert f'<html lang="{language}">' in page and f"<h1>{title}</h1>" in page
        assert f'href="{STORY.article}/{gallery.page_name(language)}"' in page
        assert f'href="{STORY.article}/{ledger.file_name(ledger.MARKDOWN_NAME, language)}"' in page
        headline = words.render(ledger.headline(ledger.entries(language=language)), language)
        assert headline in page.replace("&#x27;", "'")
