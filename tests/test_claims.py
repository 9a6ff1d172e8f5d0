"""Claims and verdicts: a story's claims file, and how a figure the article qualifies is judged."""

from __future__ import annotations

import dataclasses

import pytest

from kit import claims, data, i18n
from kit.claims import Claim, Verdict
from kit.errors import MissingDataError, StoryError

# Any described sources would do: found in the catalogue. CAVEATED has caveats to set aside: FIRST is a text only
# its first caveat contains, EVERY one that all of them contain.
OTHER = data.names()[0]
CAVEATED = next(name for name in data.names() if len(data.provenance(name).caveats) >= 2 and name != OTHER)
CAVEATS = data.provenance(CAVEATED).caveats
FIRST = next(
    text
    for words in [CAVEATS[0].split()]
    for text in (" ".join(words[:n]) for n in range(1, len(words) + 1))
    if sum(text in caveat for caveat in CAVEATS) == 1
)
EVERY = next(letter for letter in "etaoinsrhl" if all(letter in caveat for caveat in CAVEATS))


def make(claim_id: str, verdict: Verdict = Verdict.ACCURATE) -> Claim:
    return Claim(claim_id, "1", "1", verdict, ("one caveat", "another"), (OTHER,))


def test_a_claims_file_is_replaced_whole_and_reads_back(tmp_path):
    claims.write([make("a-1"), make("a-2")], tmp_path)
    claims.write([make("a-1", Verdict.INACCURATE)], tmp_path)
    table = claims.read(tmp_path / claims.FILE_NAME)
    assert table["claim_id"].tolist() == ["a-1"] and table.loc[0, "verdict"] == "inaccurate"
    assert table.loc[0, "caveats"] == "one caveat | another" and list(table.columns) == claims.COLUMNS
    assert [path.name for path in tmp_path.iterdir()] == [claims.FILE_NAME]  # no lock or temporary files


def test_writing_the_same_claims_twice_changes_no_byte(tmp_path):
    claims.write([make("a-1")], tmp_path)
    first = (tmp_path / claims.FILE_NAME).read_bytes()
    claims.write([make("a-1")], tmp_path)
    assert (tmp_path / claims.FILE_NAME).read_bytes() == first


def test_a_claim_must_cite_described_sources():
    with pytest.raises(MissingDataError, match="No resource named"):
        Claim("x", "1", "1", Verdict.ACCURATE, (), ("nowhere",))


def test_a_draft_says_so_when_printed():
    assert "DRAFT" in str(make("a").completed(draft=True)) and "DRAFT" not in str(make("a"))


@pytest.mark.parametrize(
    "qualifier, stated, computed, fits",
    [
        ("more than", 1200, 1235, True),
        ("more than", 1200, 1200, False),
        ("nearly", 500_000, 485_000, True),
        ("nearly", 500_000, 520_000, False),
        ("nearly", 500_000, 400_000, False),
        ("about", 10, 10.9, True),
        ("about", 10, 13.5, False),
        ("up to", 10, 9, True),
        ("up to", 10, 11, False),
        ("only", 9000, 9000, True),
        ("as stated", 28, 27, False),
    ],
)
def test_fits_reads_the_articles_qualifier(qualifier, stated, computed, fits):
    assert claims.fits(qualifier, stated, computed) is fits


def test_fits_refuses_a_qualifier_it_has_no_rule_for():
    with pytest.raises(ValueError, match="No rule"):
        claims.fits("roughly", 1, 1)


def test_a_statement_nobody_has_a_record_of_is_unverified_whatever_the_comparison():
    assert claims.judge(None, (), found=False) is Verdict.UNVERIFIED
    assert claims.judge(True, ("a caveat",), found=False) is Verdict.UNVERIFIED
    assert claims.judge(None, ()) is Verdict.UNSUPPORTED  # found but cannot settle it: a different verdict


REASON = "ledger-caveats"  # any text id of the catalogs stands for a reason here


def test_a_source_caveat_is_set_aside_by_a_text_only_it_contains_and_with_a_reason_from_the_catalog():
    source = CAVEATED
    item = claims.set_aside(source, FIRST, REASON)
    assert item.caveat == CAVEATS[0] and item.reason == i18n.t(REASON)
    with i18n.use("uk"):
        assert claims.set_aside(source, FIRST, REASON).reason == i18n.t(REASON)
    assert item.caveat not in claims.source_caveats([source], [item])
    assert len(claims.source_caveats([source], [item])) == len(CAVEATS) - 1
    with pytest.raises(StoryError, match=f"0 caveats of '{source}' contain 'no such words'") as error:
        claims.set_aside(source, "no such words", REASON)
    assert CAVEATS[0] in error.value.fix
    with pytest.raises(StoryError, match=f"{len(CAVEATS)} caveats of '{source}' contain '{EVERY}'"):
        claims.set_aside(source, EVERY, REASON)  # every caveat contains it: ambiguous
    for english in ("the statement compares two other things", "  "):  # prose would leak into translations
        with pytest.raises(StoryError, match="which is not the id of a text") as error:
            claims.set_aside(source, FIRST, english)
        assert "locales/en.ftl" in error.value.fix
    with pytest.raises(i18n.TranslationError, match="no text 'no-such-reason-anywhere'"):
        claims.set_aside(source, FIRST, "no-such-reason-anywhere")


def test_a_claim_accounts_for_every_caveat_of_its_sources():
    source = CAVEATED
    silent = Claim("c", "1", "1", Verdict.ACCURATE, (), (source,))
    assert [caveat for _, caveat in silent.unaccounted()] == list(CAVEATS)
    aside = claims.set_aside(source, FIRST, REASON)
    told = Claim("c", "1", "1", Verdict.ACCURATE, tuple(claims.source_caveats([source], [aside])), (source,), (aside,))
    assert told.unaccounted() == []
    with pytest.raises(StoryError, match="which it does not cite"):
        Claim("c", "1", "1", Verdict.ACCURATE, (), (OTHER,), (aside,))


@pytest.mark.parametrize(
    "findings, verdict",
    [
        ([claims.Finding.CONFIRMED, claims.Finding.CONFIRMED], Verdict.ACCURATE),
        ([claims.Finding.CONFIRMED, claims.Finding.DISPUTED], Verdict.UNSUPPORTED),
        ([claims.Finding.CONFIRMED, claims.Finding.NOT_FOUND], Verdict.UNVERIFIED),
        ([claims.Finding.DISPUTED, claims.Finding.NOT_FOUND], Verdict.UNSUPPORTED),
        ([claims.Finding.CONTRADICTED, claims.Finding.DISPUTED], Verdict.INACCURATE),
    ],
)
def test_a_statement_holds_up_only_when_every_part_is_confirmed(findings, verdict):
    parts = [(f"part-{n}", finding) for n, finding in enumerate(findings)]
    judged, failing = claims.judge_parts(parts, ())
    assert judged is verdict
    assert failing == tuple(part for part, finding in parts if finding != claims.Finding.CONFIRMED)


def test_a_claim_rated_as_holding_up_cannot_have_a_failing_part():
    with pytest.raises(StoryError, match="although parts of it fail"):
        Claim("c", "1", "1", Verdict.ACCURATE_WITH_CAVEATS, ("a caveat",), (), failing_parts=("'x': disputed",))
    assert Claim("c", "1", "1", Verdict.UNSUPPORTED, (), (), failing_parts=("'x': disputed",)).failing_parts


LISTING_TWO = next(name for name in data.names() if len(claims._listed(name)) >= 2)  # a source naming two pages


def test_citations_round_trip_through_a_claims_file_and_must_name_the_claims_sources(tmp_path):
    cited = claims.page(LISTING_TWO, 1, originator=0)  # read on its second page, first published on its first
    assert cited.originator and cited.source_id == LISTING_TWO
    claim = Claim("c", "1", "1", Verdict.ACCURATE, (), (LISTING_TWO,), citations=(cited,))
    claims.write([claim], tmp_path)
    assert claims.citations_from(claims.read(tmp_path / claims.FILE_NAME).loc[0, "citations"]) == (cited,)
    other = next(name for name in data.names() if name != LISTING_TWO)
    with pytest.raises(StoryError, match="not among its sources"):
        Claim("c", "1", "1", Verdict.ACCURATE, (), (other,), citations=(cited,))


def test_each_claims_file_gives_the_citations_texts_in_its_language(tmp_path):
    from kit.i18n import t

    cited = dataclasses.replace(claims.page(LISTING_TWO, 1, originator=0), originator=t("ledger-verdict-accurate"))
    claim = Claim("c", "1", "1", Verdict.ACCURATE, (), (LISTING_TWO,), citations=(cited,))
    claims.write([claim], tmp_path, "uk")
    (written,) = claims.citations_from(claims.read(tmp_path / claims.file_name("uk")).loc[0, "citations"])
    assert written.originator == t("ledger-verdict-accurate").in_language("uk") != cited.originator.in_language("en")


@pytest.mark.parametrize("source", data.names())
def test_a_claim_without_citations_cites_every_page_its_sources_list_that_the_kit_read(source):
    claim = Claim("c", "1", "1", Verdict.ACCURATE, (), (source,))
    described = data.resource(source)
    read = [entry["path"] for entry in claims._listed(source) if entry.get("retrieved", described.get("retrieved"))]
    assert [item.url for item in claim.cited] == read  # a page with an empty `retrieved` only names an originator


def test_no_two_claims_of_the_ledger_share_one_source_record(claims_recorded):
    """A record (a row of a source's file) is evidence about one event: two claims citing it is one claim
    inheriting another's source."""
    from kit import ledger

    citing: dict[tuple[str, int], set[str]] = {}
    for row in ledger.gathered("en").itertuples():
        for item in claims.citations_from(row.citations):
            if item.row is not None:
                citing.setdefault((item.source_id, item.row), set()).add(row.claim_id)
    assert citing, "no claim cites a record of its sources"
    shared = {record: ids for record, ids in citing.items() if len(ids) > 1}
    assert shared == {}
