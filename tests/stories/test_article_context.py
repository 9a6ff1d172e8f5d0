"""The article's non-statistical statements: each part is judged by the records on either side, and a statement
with a part no record shows is unverified, never dropped."""

from __future__ import annotations

import csv

import pytest

from kit import articles, data, i18n, ledger, proofread, translations, words
from kit.claims import Verdict
from kit.i18n import t
from kit.stories.article_context import STORY, compute

ARTICLE = compute.ARTICLE


def records(claim_id: str, element: str) -> list[dict]:
    with open(data.path_of(compute.EVIDENCE), encoding="utf-8") as stream:
        return [row for row in csv.DictReader(stream) if (row["claim_id"], row["element"]) == (claim_id, element)]


def verdict(claim_id: str):
    return {claim.claim_id: claim for claim in compute.verdicts()}[claim_id]


@pytest.mark.parametrize(
    "claim_id, element, expected",
    [
        ("putin-offline", "internet", compute.DISPUTED),
        ("putin-offline", "smartphone", compute.CONFIRMED),
        ("alisa-luhansk", "luhansk-answer", compute.NOT_FOUND),
        ("cia-project", "remark", compute.CONFIRMED),
    ],
)
def test_each_part_is_judged_by_the_records_on_either_side(claim_id, element, expected):
    rows = records(claim_id, element)
    sides = {row["finding"] for row in rows} - {compute.CONTEXT}
    found = compute.findings(claim_id).set_index("part").loc[element, "finding"]
    assert found == expected
    assert (found == compute.DISPUTED) == (sides == {compute.SUPPORTS, compute.CONTRADICTS})
    assert (found == compute.NOT_FOUND) == (not sides)


def test_every_part_of_a_statement_is_judged_even_without_records():
    for claim_id in compute.CLAIMS:
        assert compute.findings(claim_id)["part"].tolist() == articles.figures(ARTICLE, claim_id).index.tolist()


def test_the_luhansk_exchange_nobody_recorded_is_unverified_not_dropped():
    claim = verdict("alisa-luhansk")
    assert claim.verdict is Verdict.UNVERIFIED
    assert any(caveat.startswith("Not found:") and "Luhansk" in caveat for caveat in claim.caveats)
    assert ledger.RATINGS[Verdict.UNVERIFIED].value is None  # not a point between true and false


def test_the_cia_remark_is_dated_although_the_article_gives_no_date():
    claim = verdict("cia-project")
    assert "24 Apr 2014" in claim.computed_value
    assert any("about 12 years before the article" in caveat for caveat in claim.caveats)


def test_a_record_found_for_the_luhansk_exchange_changes_the_verdict(edit_raw):
    edit_raw(
        compute.EVIDENCE,
        "alisa-luhansk,luhansk-answer,context,",
        "alisa-luhansk,luhansk-answer,supports,",
    )
    assert verdict("alisa-luhansk").verdict is Verdict.ACCURATE_WITH_CAVEATS


def test_a_part_only_contradicted_makes_the_statement_inaccurate(edit_raw):
    edit_raw(compute.EVIDENCE, "cia-project,remark,supports,", "cia-project,remark,contradicts,")  # every such row
    assert verdict("cia-project").verdict is Verdict.INACCURATE


def test_the_disputed_internet_use_names_both_sides_and_the_times_renderings():
    (caveat,) = [c for c in verdict("putin-offline").caveats if c.startswith("Disputed:")]
    against, support = caveat.split("For it:")
    assert "Dmitry Peskov" in against and "as UNN reports it" in against and "as TSN reports it" in against
    assert "The Wall Street Journal" in support and "by 23 Dec 2022" in support  # the December 2022 report
    assert "as RBC-Ukraine reports it" in support and "a Russian intelligence officer" in support


def test_a_disputed_part_keeps_the_statement_from_holding_up_and_the_claim_names_it():
    claim = verdict("putin-offline")
    assert claim.verdict is Verdict.UNSUPPORTED  # was 'accurate with caveats' while only contradicted parts counted
    assert claim.failing_parts == ("'avoids the internet entirely': disputed",)
    assert verdict("alisa-luhansk").failing_parts == (
        "'named Luhansk as part of Ukraine, then corrected itself and refused': not found",
    )
    assert verdict("cia-project").failing_parts == ()


def test_each_claim_cites_its_own_records_with_originator_page_and_dates():
    every = compute.verdicts()
    for claim in every:
        rows = compute.evidence(claim.claim_id)["row"].tolist()
        assert [item.row for item in claim.citations] == rows and rows
    robot = verdict("robot-fall").citations
    assert all("CIA" not in item.title and "alarabiya" not in item.url for item in robot)
    assert {item.publisher for item in robot} >= {"EPA photo caption (via bonplansfrench.com)"}
    wsj = [item for item in verdict("putin-offline").citations if "Wall Street Journal" in item.originator]
    assert wsj[0].originated == "2022-12-23" and wsj[0].originated_inferred and wsj[0].published == "2022-12-24"
    rbc = [item for item in verdict("leaders-messaging").citations if item.publisher == "RBC-Ukraine"]
    assert rbc[0].published_inferred  # read from the timestamp in its address, not on the page


def test_a_claim_citing_another_claims_record_is_refused():
    from kit import claims
    from kit.errors import StoryError

    (cia_row,) = compute.evidence("cia-project").query("finding == 'supports'").head(1)["row"]
    stolen = claims.Citation(compute.EVIDENCE, "Vladimir Putin", "2014-04-24", row=int(cia_row))
    with pytest.raises(StoryError, match="evidence about 'cia-project'"):
        claims.Claim("robot-fall", "", "", Verdict.ACCURATE, (), (compute.EVIDENCE,), citations=(stolen,))


def test_the_leaders_contrast_is_disputed_by_the_renderings_of_the_times():
    claim = verdict("leaders-messaging")
    assert claim.verdict is Verdict.UNSUPPORTED
    assert "British ministers in Whitehall" in claim.caveats[0]


def test_the_times_date_is_unverified_with_the_searches_recorded():
    claim = verdict("times-date")
    assert claim.verdict is Verdict.UNVERIFIED and compute.SEARCHES in claim.source_ids
    assert any(c.startswith("Searched for") and "3 queries" in c for c in claim.caveats)
    assert any("30 January" in c for c in claim.caveats)


def test_the_economic_cuts_rest_on_ukrainian_intelligence_and_say_so():
    claim = verdict("economic-cuts")
    assert claim.verdict is Verdict.ACCURATE_WITH_CAVEATS
    assert any("Ukraine's intelligence services, a party to the war" in c for c in claim.caveats)


def test_the_evidence_is_a_table_per_claim_not_a_series_on_a_time_axis():
    """Records about events are cited claim by claim (the ledger's table), not plotted as a series."""
    assert STORY.charts == {} and all(slugs == () for slugs in STORY.claims.values())
    cited = {item.row for claim in compute.verdicts() for item in claim.citations}
    assert cited == set(compute.evidence()["row"])  # every record reaches the ledger through its claim


def test_the_statements_no_evidence_can_check_say_why():
    unchecked = articles.unchecked(ARTICLE)
    assert {"inozemtsev-view", "sovereignty-concern", "aversion-causes-lag"} <= set(unchecked["claim_id"])
    assert unchecked["not_checked_because"].str.len().gt(20).all()
    assert not set(unchecked["claim_id"]) & set(STORY.claims)


def test_claims_on_real_data_are_not_drafts(out_dirs):
    assert not any(claim.draft for claim in STORY.record(compute.verdicts()))


def test_the_catalogs_copy_of_the_data_texts_is_the_data():
    """The English of the parts' and records' texts in en.ftl is a copy of the data, so their translations follow it."""
    from kit import i18n

    for claim_id in compute.CLAIMS:
        for part in compute.parts(claim_id).itertuples():
            assert i18n.t(f"context-part-{claim_id}-{part.part}") == part.asserted
    for row in compute.evidence().itertuples():
        for field, name in (("who", "who"), ("note", "note"), ("reported_by", "outlet")):
            assert i18n.t(f"context-record-{row.row}-{name}") == getattr(row, field)


@pytest.mark.parametrize("language", ["uk", "ru"])
def test_the_verdicts_in_ukrainian_and_russian_are_rendered_from_one_computation(language):
    claims = {claim.claim_id: words.rendered(claim, language) for claim in compute.verdicts()}
    assert "ЦРУ" in claims["cia-project"].article_value
    not_found = {"uk": "Не знайдено: «", "ru": "Не найдено: «"}[language]
    assert any(caveat.replace("\u00a0", " ").startswith(not_found) for caveat in claims["alisa-luhansk"].caveats)
    assert all(isinstance(item.originator, str) and not isinstance(item.originator, words.Words)
               for claim in claims.values() for item in claim.citations)


@pytest.mark.parametrize(
    "language, changed, corrected",
    [("uk", "змінила відповідь", "виправилася"), ("ru", "изменила ответ", "поправилась")],
)
def test_alisa_changed_its_answer_without_calling_luhansk_ukraine_the_mistake(language, changed, corrected):
    statement = i18n.translated(translations.statement_id("alisa-luhansk"), "").in_language(language)
    part = words.render(compute.asserted("alisa-luhansk", "luhansk-answer", ""), language)
    assert changed in statement and changed in part and corrected not in statement + part


@pytest.mark.parametrize(
    "language, expected",
    [
        ("en", ["10 and 11 Nov 2025", "19–28 May 2024", "20 Dec 2018 to 23 Jun 2019", "Apr 2025", "by 30 Jan 2026"]),
        ("uk", ["10 і 11 листопада 2025", "19–28 травня 2024", "20 грудня 2018 – 23 червня 2019", "квітень 2025",
                "не пізніше 30 січня 2026"]),
        ("ru", ["10 и 11 ноября 2025", "19–28 мая 2024", "20 декабря 2018 – 23 июня 2019", "апрель 2025",
                "не позднее 30 января 2026"]),
    ],
)
def test_dates_in_sentences_are_written_as_each_edition_writes_them(language, expected):
    import pandas as pd

    robot = pd.DataFrame({"event_date": ["2025-11-11", "2025-11-10", "2025-11-10"], "event_date_inferred": False})
    texts = [
        compute.dates_in_words(robot),
        compute.span("2024-05-19", "2024-05-28"),
        compute.span("2018-12-20", "2019-06-23"),
        compute.when("2025-04"),
        compute.when("2026-01-30", inferred=True),
    ]
    assert [words.render(text, language).replace("\u00a0", " ") for text in texts] == expected
    assert not [found for text in texts for found in proofread.findings(words.render(text, language), language)]


NUMBERS = (0, 1, 2, 5, 11, 21, 22, 1.5)


@pytest.mark.parametrize(
    "language, queries, years",
    [
        ("en", "queries query queries queries queries queries queries queries", "years year years years years years years years"),
        ("uk", "запитів запит запити запитів запитів запит запити запиту", "років рік роки років років рік роки року"),
        ("ru", "запросов запрос запроса запросов запросов запрос запроса запроса", "лет год года лет лет год года года"),
    ],
)
def test_counted_words_agree_with_every_kind_of_number(language, queries, years):
    for n, query, year in zip(NUMBERS, queries.split(), years.split(), strict=True):
        shown = words.render(fmt_number(n), language)
        searched = words.render(t("context-caveat-searched", part="x", n=n, date="y"), language)
        assert f"{shown} {query} " in searched.replace("\u00a0", " "), (n, searched)
        old = words.render(t("context-caveat-old-part", part="x", span="y", years=fmt_number(n), n=n), language)
        assert f"{shown} {year} " in old.replace("\u00a0", " "), (n, old)


def fmt_number(n):
    from kit import fmt

    return fmt.number(n, 1 if n % 1 else 0)
