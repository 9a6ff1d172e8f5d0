"""The ledger's exports: schema.org ClaimReview JSON-LD, CSV, Markdown, and the verdict chart."""

from __future__ import annotations

import json
from datetime import date
from urllib.parse import urlparse

import pandas as pd
import pytest

from kit import articles, claims, data, ledger
from kit.claims import Claim, Verdict
from kit.errors import DataError, KitError

SOURCES = ("gvt_2025_pillar_scores", "omdia_gpu_2024")
ARTICLE = "united24_2026"


OWN = ("UNITED24 Media",)
OUTLETS = ("UNN (Ukrainian National News)", "TSN")


def claim(
    claim_id: str, verdict: Verdict, statement: str = "A statement | with a pipe.", draft=False, said_by=OWN
) -> Claim:
    return Claim(claim_id, "28th", "28th", verdict, ("a caveat",), SOURCES).completed(
        article=ARTICLE, statement=statement, said_by=said_by, story="a", notebook="01_a", charts=("chart-a",), draft=draft
    )


def entries(*claimed: Claim, drafts: bool = False) -> list[ledger.Entry]:
    return ledger.entries(pd.DataFrame([c.row() for c in claimed], columns=claims.COLUMNS), drafts=drafts)


@pytest.fixture
def every_verdict() -> list[ledger.Entry]:
    return entries(*[claim(f"c-{i}", verdict) for i, verdict in enumerate(Verdict)])


def is_iso_date(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def is_absolute_url(text: str) -> bool:
    parsed = urlparse(text)
    return parsed.scheme in {"http", "https"} and "." in parsed.netloc


def test_every_verdict_has_a_rating_ordered_from_worst_to_best():
    assert set(ledger.RATINGS) == set(Verdict)
    scale = [ledger.RATINGS[v].value for v in (Verdict.INACCURATE, Verdict.ACCURATE_WITH_CAVEATS, Verdict.ACCURATE)]
    assert scale == sorted(scale) and scale[0] == ledger.WORST and scale[-1] == ledger.BEST
    assert ledger.RATINGS[Verdict.UNSUPPORTED].value is None  # not a point on the true-false scale
    assert ledger.RATINGS[Verdict.UNVERIFIED].value is None  # nothing found is not a point either
    assert ledger.RATINGS[Verdict.UNVERIFIED].name.startswith("Unverified")
    assert len({rating.name for rating in ledger.RATINGS.values()}) == len(Verdict)


def test_json_ld_has_one_claim_review_per_claim_with_the_required_fields(every_verdict):
    document = json.loads(ledger.json_ld(every_verdict))
    assert document["@context"] == "https://schema.org"
    reviews = document["@graph"]
    assert [r["url"].rsplit("#", 1)[1] for r in reviews] == [e.claim_id for e in every_verdict]
    article = articles.article(ARTICLE)
    for review, entry in zip(reviews, every_verdict, strict=True):
        assert review["@type"] == "ClaimReview"
        assert review["claimReviewed"] == entry.statement
        assert is_absolute_url(review["url"]) and review["author"]["name"]
        assert "datePublished" not in review  # until the publisher sets KIT_REVIEW_DATE
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"] == ledger.RATINGS[entry.verdict].name
        assert rating["worstRating"] <= rating.get("ratingValue", rating["worstRating"]) <= rating["bestRating"]
        item = review["itemReviewed"]
        assert item["@type"] == "Claim" and item["author"]["name"] == article.publisher
        assert is_iso_date(item["datePublished"]) and item["appearance"]["url"] == article.url
        assert [s["url"] for s in review["isBasedOn"]] == [data.provenance(name).url for name in SOURCES]
        assert all(is_absolute_url(s["url"]) for s in review["isBasedOn"])
        assert "a caveat" in review["reviewBody"]


def test_the_rating_follows_the_computed_verdict():
    assert json.loads(ledger.json_ld(entries(claim("c", claims.judge(True, ())))))["@graph"][0]["reviewRating"][
        "ratingValue"
    ] == 3
    rating = json.loads(ledger.json_ld(entries(claim("c", claims.judge(False, ())))))["@graph"][0]["reviewRating"]
    assert rating["ratingValue"] == 1 and rating["alternateName"] == "Inaccurate"
    unsettled = json.loads(ledger.json_ld(entries(claim("c", claims.judge(None, ())))))
    assert "ratingValue" not in unsettled["@graph"][0]["reviewRating"]


def test_drafts_on_example_data_are_never_published():
    both = (claim("real", Verdict.ACCURATE), claim("example", Verdict.ACCURATE, draft=True))
    assert [e.claim_id for e in entries(*both)] == ["real"]
    assert [e.claim_id for e in entries(*both, drafts=True)] == ["real", "example"]


@pytest.mark.integration  # every story's claims recorded
def test_the_ledger_gathers_every_storys_claims_file_and_names_a_missing_one(out_dirs):
    from kit import story

    with pytest.raises(DataError, match="has no claims file yet") as error:
        ledger.gathered()
    assert "python -m kit build" in error.value.fix
    for each in story.stories():
        each.record(each.verdicts())
    gathered = ledger.gathered()
    assert set(gathered["story"]) == {each.name for each in story.stories()}


def test_the_review_date_is_the_day_the_publisher_sets(every_verdict, monkeypatch):
    assert ledger.review_date(every_verdict[0]) is None
    monkeypatch.setenv("KIT_REVIEW_DATE", "2026-12-03")
    review = ledger.claim_review(every_verdict[0])
    assert review["datePublished"] == "2026-12-03"
    assert review["itemReviewed"]["datePublished"] == articles.article(ARTICLE).published


@pytest.mark.parametrize(
    "day, message",
    [("3 Dec 2026", "must be a date as YYYY-MM-DD"), ("2026-01-15", "before the article or the retrieval")],
)
def test_a_review_date_that_cannot_be_right_is_refused(every_verdict, monkeypatch, day, message):
    monkeypatch.setenv("KIT_REVIEW_DATE", day)
    with pytest.raises(KitError, match=message) as error:
        ledger.claim_review(every_verdict[0])
    assert error.value.fix


def test_the_publication_page_comes_from_the_environment(every_verdict, monkeypatch):
    monkeypatch.setenv("KIT_REVIEW_URL", "https://news.example.com/checks/russia-ai")
    monkeypatch.setenv("KIT_REVIEW_PUBLISHER", "Example News")
    review = ledger.claim_review(every_verdict[0])
    assert review["url"] == "https://news.example.com/checks/russia-ai#c-0"
    assert review["author"]["name"] == "Example News"
    monkeypatch.setenv("KIT_REVIEW_URL", "checks/russia-ai")
    with pytest.raises(KitError, match="KIT_REVIEW_URL must be an absolute"):
        ledger.claim_review(every_verdict[0])


def test_a_verdict_outside_the_vocabulary_is_refused():
    row = claim("c", Verdict.ACCURATE).row() | {"verdict": "mostly true"}
    with pytest.raises(DataError, match="'mostly true', which is not in the vocabulary"):
        ledger.entries(pd.DataFrame([row]))


def test_a_source_date_that_is_not_a_full_iso_date_is_reported(data_copy, monkeypatch):
    monkeypatch.setenv("KIT_REVIEW_DATE", "2026-12-03")
    description = data.description_of(SOURCES[0])
    package = json.loads(description.read_text())
    for resource in package["resources"]:
        resource["retrieved"] = "25 Nov 2026"
    description.write_text(json.dumps(package))
    with pytest.raises(DataError, match="'25 Nov 2026', which is not a full ISO date"):
        ledger.json_ld(entries(claim("c", Verdict.ACCURATE)))


def test_csv_and_markdown_carry_every_claim_with_its_sources_and_charts(every_verdict, out_dirs):
    written = ledger.write(every_verdict)
    assert written == ["exports/claims-ledger.jsonld", "exports/claims-ledger.csv", "exports/claims-ledger.md"]
    table = pd.read_csv(out_dirs[0] / ledger.CSV_NAME, keep_default_na=False, dtype=str)
    assert table["claim_id"].tolist() == [e.claim_id for e in every_verdict]
    assert table["rating"].tolist() == ["3", "2", "1", "", ""]
    assert table["said_by"].tolist() == ["UNITED24 Media"] * len(every_verdict)
    assert "published 2026-06-04, retrieved 2026-11-25" in table.loc[0, "sources"]
    text = (out_dirs[0] / ledger.MARKDOWN_NAME).read_text()
    assert text.count("\n## c-") == len(every_verdict)
    assert "A statement \\| with a pipe." in text  # a pipe would break the Markdown table
    assert "[chart-a](chart-a/chart-a.web.png)" in text and "`01_a`" in text
    linked = ledger.markdown(every_verdict, figures="../exports/", notebooks="")
    assert "[chart-a](../exports/chart-a/chart-a.web.png)" in linked and "[01_a](01_a.ipynb)" in linked


def test_the_verdict_table_counts_the_ledger_and_names_the_claims():
    table = ledger.verdict_table(entries(claim("a", Verdict.ACCURATE), claim("b", Verdict.ACCURATE_WITH_CAVEATS)))
    assert table.set_index("verdict")["statements"].to_dict() == {
        "accurate": 1,
        "accurate with caveats": 1,
        "inaccurate": 0,
        "unsupported": 0,
        "unverified": 0,
    }
    assert table.set_index("verdict").loc["accurate", "claims"] == "a"
    mixed = entries(claim("a", Verdict.ACCURATE), claim("b", Verdict.INACCURATE), claim("c", Verdict.UNSUPPORTED))
    assert ledger.headline(mixed) == "1 of the article's 3 checked statements holds up against the data"
    assert ledger.headline(mixed[:1]) == "The article's one checked statement holds up against the data"
    assert ledger.headline([]) == "No statement of the article has been checked yet"
    text = ledger.markdown(mixed)
    assert "| inaccurate | 1 | b |" in text and "| accurate with caveats | 0 | – |" in text


def test_another_outlets_wording_is_listed_and_attributed_but_not_counted_as_the_articles():
    ledger_entries = entries(
        claim("a", Verdict.ACCURATE),
        claim("b", Verdict.UNVERIFIED),
        claim("reading", Verdict.ACCURATE_WITH_CAVEATS, said_by=OUTLETS),
    )
    assert [e.claim_id for e in ledger.own_statements(ledger_entries)] == ["a", "b"]
    assert ledger.counts(ledger_entries)[Verdict.ACCURATE_WITH_CAVEATS] == 0
    assert ledger.tally(ledger_entries).startswith("1 accurate, 1 unverified; other outlets' wordings, not counted: ")
    assert ledger.headline(ledger_entries) == "1 of the article's 2 checked statements holds up against the data"
    assert ledger.verdict_table(ledger_entries)["statements"].sum() == 2  # the other outlet's wording is not counted
    review = json.loads(ledger.json_ld(ledger_entries))["@graph"][2]
    item = review["itemReviewed"]
    assert [author["name"] for author in item["author"]] == list(OUTLETS)
    article = articles.article(ARTICLE)
    assert [appearance["url"] for appearance in item["appearance"]] == [article.report(o).url for o in OUTLETS]
    assert article.publisher not in json.dumps(item)
    assert review["reviewBody"].startswith("UNN (Ukrainian National News) and TSN give 28th")
    own = json.loads(ledger.json_ld(ledger_entries))["@graph"][0]["itemReviewed"]
    assert own["author"] == {"@type": "Organization", "name": article.publisher}
    text = ledger.markdown(ledger_entries)
    assert "**Said by:** UNN (Ukrainian National News), TSN (another outlet's wording" in text


def test_the_markdown_lists_the_statements_no_evidence_can_check(every_verdict):
    text = ledger.markdown(every_verdict)
    assert "## Statements not checked" in text
    for row in articles.unchecked(ARTICLE).itertuples():
        assert row.not_checked_because in text


@pytest.mark.integration  # every story's claims recorded
def test_every_checkable_statement_of_the_article_is_in_the_ledger(out_dirs):
    from kit import story

    for each in story.stories():
        each.record(each.verdicts())
    listed = {entry.claim_id for entry in ledger.entries()}
    assert listed == set(articles.checkable(ARTICLE))
