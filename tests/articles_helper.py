"""Synthetic articles and stories for the tests of publishing: an article described in a private data copy (its
description, publishing record and statements file), and a story that checks one of its statements with a chart
of its own, built from a real story's claim and chart (so its sources and caveats are real ones)."""

from __future__ import annotations

import dataclasses
import hashlib
import datetime
import json

from kit import articles, data, i18n, paths, story, translations
from kit.story import Story

COMPLETE = "https://factcheck.newsroom.test.ua"  # a publisher's site in a complete record (not an example domain)


def complete_record(name: str, languages=("en", "uk", "ru"), reviewed: str | None = None) -> dict:
    """A publishing record with every field filled, for the article `name` (reviewed today unless given: after the
    article and the retrieval of any of its evidence)."""
    reviewed = reviewed or datetime.date.today().isoformat()
    return {
        "publisher": {"name": f"Newsroom of {name}", "url": f"{COMPLETE}/", "logo": f"{COMPLETE}/logo.png"},
        "pages": {language: f"{COMPLETE}/{language}/{name}" for language in languages},
        "reviewed": reviewed,
    }


def set_record(name: str, record: dict) -> None:
    """Replace an article's publishing record in the (copied) data."""
    description = paths.articles_dir() / name / data.PACKAGE
    package = json.loads(description.read_text(encoding="utf-8"))
    package["publishing"] = record
    description.write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_article(
    name: str,
    statements: dict[str, str],
    publisher: str = "The Second Gazette",
    record: dict | None = None,
    headline: str = "A second article with figures",
    url: str | None = None,
    translated: dict[str, dict[str, str]] | None = None,
) -> None:
    """Describe an article in the (copied) data: its description, publishing record and statements (claim id ->
    statement, each said by its publisher with one figure), laid out as the first article's statements file; and
    the statements' translations (language -> claim id -> text), in the article's own catalogs."""
    folder = paths.articles_dir() / name
    folder.mkdir(parents=True)
    rows = "claim_id,statement,said_by,figure,qualifier,value,unit,not_checked_because\n" + "".join(
        f'{claim_id},"{text.replace(chr(34), chr(34) * 2)}",{publisher},count,as stated,5,things,\n'
        for claim_id, text in statements.items()
    )
    (folder / "statements.csv").write_text(rows, encoding="utf-8")
    base = data.resource(articles.statement_resources(articles.names()[0])[0])
    resource = {key: base[key] for key in ("schema", "dialect", "encoding", "format", "mediatype") if key in base}
    resource |= {
        "name": f"{name}_statements",
        "path": "statements.csv",
        "title": f"The statements of {headline}",
        "citation": publisher,
        "publisher": publisher,
        "sources": [{"title": headline, "path": url or f"https://second-gazette.test.ua/{name}"}],
        "published": "2026-02-02",
        "retrieved": "2026-11-30",
        "hash": "sha256:" + hashlib.sha256(rows.encode()).hexdigest(),
    }
    package = {
        "name": name.replace("_", "-"),
        "article": {
            "headline": headline,
            "publisher": publisher,
            "author": "A. Reporter",
            "published": "2026-02-02",
            "url": url or f"https://second-gazette.test.ua/{name}",
            "language": "en",
        },
        "publishing": record if record is not None else complete_record(name),
        "resources": [resource],
    }
    (folder / data.PACKAGE).write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for language, statements_in_it in (translated or {}).items():
        (folder / "locales").mkdir(exist_ok=True)
        catalog = "".join(f"{translations.statement_id(key)} = {value}\n" for key, value in statements_in_it.items())
        (folder / "locales" / f"{language}.ftl").write_text(catalog, encoding="utf-8")
    i18n.forget()


def smallest_story() -> Story:
    """The real story with the fewest charts (and at least one), whose claim and chart the synthetic story reuses."""
    return min((each for each in story.stories() if each.charts and each.claims), key=lambda each: len(each.charts))


def checking_story(article: str, claim_id: str, slug: str, base: Story | None = None) -> Story:
    """A story of `article` that checks its statement `claim_id` with one chart `slug`: a real story's first claim
    and chart under new names (real sources, caveats and drawing)."""
    base = base or smallest_story()
    first_slug = next(iter(base.charts))

    def verdicts():
        return [dataclasses.replace(base.verdicts()[0], claim_id=claim_id)]

    def chart():
        return dataclasses.replace(base.chart(first_slug), slug=slug)

    return dataclasses.replace(
        base,
        package=f"kit.stories.{slug.replace('-', '_')}",
        title=f"Checks {claim_id}",
        article=article,
        notebook=f"99_{slug.replace('-', '_')}",
        claims={claim_id: (slug,)},
        verdicts=verdicts,
        charts={slug: chart},
        explorers={},
        tables={},
        readme_figure=None,
    )
