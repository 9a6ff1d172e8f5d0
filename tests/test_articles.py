"""Articles are data: each folder of data/articles/ describes one article and holds its statements."""

from __future__ import annotations

import hashlib
import json

import pytest

from kit import articles, data, paths
from kit.errors import DataError, MissingDataError

ARTICLE = "united24_2026"


def test_the_article_is_described_in_its_folder():
    article = articles.article(ARTICLE)
    assert article.publisher and article.headline and article.url.startswith("https://")
    assert article.published == "2026-01-31" and article.language == "en"
    assert ARTICLE in articles.names()


def test_every_statement_has_its_figures_and_a_known_qualifier():
    table = articles.statements(ARTICLE)
    assert not table.empty and (table.groupby("claim_id")["statement"].nunique() == 1).all()
    with_figures = table[table["figure"].notna()]
    assert set(with_figures["qualifier"]) <= {"as stated", "about", "more than", "nearly", "up to", "only"}
    unchecked = table[table["not_checked_because"].notna()]
    assert unchecked["figure"].isna().all()  # a statement no evidence can check asserts no figure
    assert set(articles.checkable(ARTICLE)).isdisjoint(articles.unchecked(ARTICLE)["claim_id"])


def test_each_statement_is_attributed_to_whoever_said_it():
    article = articles.article(ARTICLE)
    assert {r.publisher for r in article.reports} == {"UNN (Ukrainian National News)", "TSN"}
    own = [c for c in articles.checkable(ARTICLE) if articles.is_own(ARTICLE, articles.said_by(ARTICLE, c))]
    others = [c for c in articles.checkable(ARTICLE) if c not in own]
    assert others == ["companies-top100-tech"]
    assert all(article.report(name).url.startswith("https://") for name in articles.said_by(ARTICLE, others[0]))


def test_a_speaker_the_article_does_not_describe_is_refused(edit_raw):
    edit_raw("united24_2026_statements", "UNN (Ukrainian National News); TSN", "The Daily Planet")
    with pytest.raises(MissingDataError, match="'The Daily Planet' is neither the article's publisher") as error:
        articles.said_by(ARTICLE, "companies-top100-tech")
    assert "reports" in error.value.fix


def test_a_story_can_keep_its_statements_in_a_file_of_its_own(data_copy):
    folder = paths.articles_dir() / ARTICLE
    rows = (
        "claim_id,statement,said_by,figure,qualifier,value,unit,not_checked_because\n"
        "new-claim,A new statement.,UNITED24 Media,count,about,5,things,\n"
    )
    (folder / "new_story.csv").write_text(rows)
    base = data.resource("united24_2026_statements")
    entry = {
        **{
            key: base[key]
            for key in ("title", "citation", "publisher", "sources", "published", "retrieved", "schema", "encoding")
        },
        "dialect": base["dialect"],
        "name": "united24_2026_new_story",
        "path": "new_story.csv",
        "hash": "sha256:" + hashlib.sha256(rows.encode()).hexdigest(),
    }
    (folder / "new_story.resource.json").write_text(json.dumps(entry))
    assert articles.statement(ARTICLE, "new-claim") == "A new statement."
    assert articles.resource_of(ARTICLE, "new-claim") == "united24_2026_new_story"
    assert "gpu-gap" in set(articles.statements(ARTICLE)["claim_id"])  # the article's other statements stay


def test_an_unknown_statement_is_named_with_the_fix():
    with pytest.raises(MissingDataError, match="has no statement 'nope'") as error:
        articles.figures(ARTICLE, "nope")
    assert "rehash" in error.value.fix


def test_an_unknown_article_suggests_the_closest():
    with pytest.raises(MissingDataError, match="no article named 'united24_2025'") as error:
        articles.article("united24_2025")
    assert ARTICLE in error.value.fix


def test_an_article_description_without_its_headline_is_refused(data_copy):
    description = paths.articles_dir() / ARTICLE / data.PACKAGE
    package = json.loads(description.read_text())
    del package["article"]["headline"]
    description.write_text(json.dumps(package))
    with pytest.raises(DataError, match="headline"):
        articles.article(ARTICLE)
