"""The article's non-statistical statements: each part is judged by the records on either side, and a statement
with a part no record shows is unverified, never dropped."""

from __future__ import annotations

import csv

import pytest

from kit import articles, data, ledger
from kit.claims import Verdict
from kit.stories.article_context import STORY, charts, compute

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


def test_the_disputed_internet_use_names_both_sides_and_the_other_reports():
    (caveat,) = [c for c in verdict("putin-offline").caveats if c.startswith("Disputed:")]
    assert "Against it: Dmitry Peskov" in caveat and "For it: a Russian intelligence officer" in caveat
    assert "as UNN reports it" in caveat and "as TSN reports it" in caveat


def test_the_chart_shows_every_part_and_dates_the_oldest_record():
    chart = charts.records_chart()
    parts = sum(len(compute.findings(c)) for c in compute.CLAIMS)
    assert len(chart.data) == parts
    assert chart.title.startswith("The oldest record behind the article's undated statements is from 2014")
    assert "1 part found in no record" in chart.alt_text


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
def test_the_chart_and_verdicts_in_ukrainian_and_russian(language):
    from kit import chartcheck, i18n

    with i18n.use(language):
        assert chartcheck.check(charts.records_chart()) == []
        claims = {claim.claim_id: claim for claim in compute.verdicts()}
    assert "ЦРУ" in claims["cia-project"].article_value
    not_found = {"uk": "Не знайдено: «", "ru": "Не найдено: «"}[language]
    assert any(caveat.startswith(not_found) for caveat in claims["alisa-luhansk"].caveats)
