"""Articles are data: each folder of data/articles/ describes one article, holds its statements, and says where,
when and by whom its fact-check is published (its publishing record). For every article found, and for small
synthetic ones in a private data copy."""

from __future__ import annotations

import hashlib
import json
from datetime import date

import pytest

from articles_helper import complete_record, set_record, write_article
from kit import articles, data, i18n, paths
from kit.errors import DataError, MissingDataError

ARTICLES = articles.names()
FIRST = ARTICLES[0]


def test_there_is_an_article_and_none_hides_in_a_folder_of_the_kits_own():
    assert ARTICLES and all(name[0] not in "._" for name in ARTICLES)


@pytest.mark.parametrize("name", ARTICLES)
def test_each_article_is_described_in_its_folder(name):
    article = articles.article(name)
    assert article.publisher and article.headline and article.url.startswith("https://")
    assert date.fromisoformat(article.published).isoformat() == article.published
    assert article.language in i18n.LANGUAGES or len(article.language) == 2


@pytest.mark.parametrize("name", ARTICLES)
def test_every_statement_has_its_figures_and_a_known_qualifier(name):
    table = articles.statements(name)
    assert not table.empty and (table.groupby("claim_id")["statement"].nunique() == 1).all()
    with_figures = table[table["figure"].notna()]
    assert set(with_figures["qualifier"]) <= {"as stated", "about", "more than", "nearly", "up to", "only"}
    unchecked = table[table["not_checked_because"].notna()]
    assert unchecked["figure"].isna().all()  # a statement no evidence can check asserts no figure
    assert set(articles.checkable(name)).isdisjoint(articles.unchecked(name)["claim_id"])


@pytest.mark.parametrize("name", ARTICLES)
def test_each_statement_is_attributed_to_whoever_said_it(name):
    article = articles.article(name)
    for claim_id in articles.checkable(name):
        speakers = articles.said_by(name, claim_id)  # each name resolves, or this raises
        if not articles.is_own(name, speakers):
            assert all(article.report(speaker).url.startswith("https://") for speaker in speakers)


def test_a_speaker_the_article_does_not_describe_is_refused(data_copy):
    write_article("planet", {"a-claim": "A statement."}, publisher="The Gazette")
    path = paths.articles_dir() / "planet" / "statements.csv"
    path.write_text(path.read_text().replace(",The Gazette,", ",The Daily Planet,"))
    data.rehash("planet_statements")
    with pytest.raises(MissingDataError, match="'The Daily Planet' is neither the article's publisher") as error:
        articles.said_by("planet", "a-claim")
    assert "reports" in error.value.fix


def test_a_story_can_keep_its_statements_in_a_file_of_its_own(data_copy):
    folder = paths.articles_dir() / FIRST
    publisher = articles.article(FIRST).publisher
    rows = (
        "claim_id,statement,said_by,figure,qualifier,value,unit,not_checked_because\n"
        f'new-claim,A new statement.,"{publisher}",count,about,5,things,\n'
    )
    (folder / "new_story.csv").write_text(rows)
    before = set(articles.statements(FIRST)["claim_id"])
    base = data.resource(articles.statement_resources(FIRST)[0])
    entry = {
        **{key: base[key] for key in ("title", "citation", "publisher", "sources", "published", "retrieved", "schema")},
        "dialect": base["dialect"],
        "encoding": base.get("encoding", "utf-8"),
        "name": f"{FIRST}_new_story",
        "path": "new_story.csv",
        "hash": "sha256:" + hashlib.sha256(rows.encode()).hexdigest(),
    }
    (folder / "new_story.resource.json").write_text(json.dumps(entry))
    assert articles.statement(FIRST, "new-claim") == "A new statement."
    assert articles.resource_of(FIRST, "new-claim") == f"{FIRST}_new_story"
    assert before < set(articles.statements(FIRST)["claim_id"])  # the article's other statements stay


def test_an_unknown_statement_is_named_with_the_fix():
    with pytest.raises(MissingDataError, match="has no statement 'nope'") as error:
        articles.figures(FIRST, "nope")
    assert "rehash" in error.value.fix


def test_an_unknown_article_suggests_the_closest():
    with pytest.raises(MissingDataError, match=f"no article named '{FIRST}x'") as error:
        articles.article(FIRST + "x")
    assert FIRST in error.value.fix


def test_an_article_description_without_its_headline_is_refused(data_copy):
    description = paths.articles_dir() / FIRST / data.PACKAGE
    package = json.loads(description.read_text())
    del package["article"]["headline"]
    description.write_text(json.dumps(package))
    with pytest.raises(DataError, match="headline"):
        articles.article(FIRST)


# -- the publishing record ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value, placeholder",
    [
        ("", True),
        ("PLACEHOLDER: the publisher", True),
        ("https://publisher.example.org/check", True),
        ("https://example.com/", True),
        ("https://news.example/", True),
        ("https://factcheck.newsroom.test.ua/en/check", False),
        ("Newsroom", False),
        ("2026-12-01", False),
    ],
)
def test_a_placeholder_is_marked_or_on_a_domain_reserved_for_examples(value, placeholder):
    assert articles.is_placeholder(value) is placeholder


@pytest.mark.parametrize("name", ARTICLES)
def test_each_article_has_a_publishing_record_that_either_publishes_or_previews(name):
    record = articles.publishing(name)
    languages = i18n.LANGUAGES
    problems = record.problems(languages)
    for problem in problems:  # each names the field, the article, its file and the fix
        assert name in problem.problem and f"data/articles/{name}/datapackage.json, publishing." in problem.where
        assert problem.fix.startswith("set `publishing.")
    for language in languages:
        assert articles.is_web_url(record.page(language))  # a preview fills a missing page with a placeholder


def test_a_complete_record_is_read_and_has_no_problem(data_copy):
    complete = complete_record(FIRST)
    set_record(FIRST, complete)
    record = articles.publishing(FIRST)
    assert record.problems(i18n.LANGUAGES) == []
    assert record.page("uk").endswith(f"/uk/{FIRST}") and record.review_date() == complete["reviewed"]


def test_a_missing_record_names_every_field_and_a_preview_fills_placeholders(data_copy):
    set_record(FIRST, {})
    record = articles.publishing(FIRST)
    fields = [problem.where.split(", ")[1] for problem in record.problems(("en", "uk"))]
    assert fields == [
        "publishing.publisher.name",
        "publishing.publisher.url",
        "publishing.publisher.logo",
        "publishing.pages.en",
        "publishing.pages.uk",
        "publishing.reviewed",
    ]
    assert articles.is_placeholder(record.page("en")) and articles.is_placeholder(record.publisher_name)
    assert record.review_date() is None


def test_an_address_that_is_not_http_is_refused_as_a_page(data_copy):
    record = complete_record(FIRST)
    record["pages"]["en"] = "javascript:alert(1)"
    set_record(FIRST, record)
    problems = articles.publishing(FIRST).problems(("en",))
    assert len(problems) == 1 and "is not an http(s) address" in problems[0].problem
    assert not articles.is_web_url(articles.publishing(FIRST).page("en").replace("https", "javascript"))


def test_a_record_not_laid_out_as_the_kit_reads_it_is_refused(data_copy):
    set_record(FIRST, {"publisher": "just a name", "pages": []})
    with pytest.raises(DataError, match="not laid out as the kit reads it"):
        articles.publishing(FIRST)


def test_an_articles_published_folder_is_its_own_in_the_exports(out_dirs):
    assert articles.published_dir(FIRST) == out_dirs[0] / FIRST
    with pytest.raises(MissingDataError):
        articles.article("_views")  # the explorers' views are no article's
