"""Claims and verdicts: a story's claims file, and how a figure the article qualifies is judged."""

from __future__ import annotations

import pytest

from kit import claims, data, i18n
from kit.claims import Claim, Verdict
from kit.errors import MissingDataError, StoryError


def make(claim_id: str, verdict: Verdict = Verdict.ACCURATE) -> Claim:
    return Claim(claim_id, "1", "1", verdict, ("one caveat", "another"), ("gvt_2025_pillar_scores",))


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


def test_a_source_caveat_is_set_aside_by_a_text_only_it_contains_and_with_a_reason_from_the_catalog():
    source = "omdia_gpu_2024"
    item = claims.set_aside(source, "In-house chips", "gpu-aside-estimate")
    assert item.caveat.startswith("In-house chips are deployed") and item.reason == i18n.t("gpu-aside-estimate")
    with i18n.use("uk"):
        assert claims.set_aside(source, "In-house chips", "gpu-aside-estimate").reason == i18n.t("gpu-aside-estimate")
    assert item.caveat not in claims.source_caveats([source], [item])
    assert len(claims.source_caveats([source], [item])) == len(data.provenance(source).caveats) - 1
    with pytest.raises(StoryError, match="0 caveats of 'omdia_gpu_2024' contain 'no such words'") as error:
        claims.set_aside(source, "no such words", "gpu-aside-estimate")
    assert "In-house chips" in error.value.fix
    with pytest.raises(StoryError, match="4 caveats of 'omdia_gpu_2024' contain 'not'"):
        claims.set_aside(source, "not", "gpu-aside-estimate")  # every caveat contains it: ambiguous
    for english in ("the statement compares Microsoft's purchases", "  "):  # prose would leak into translations
        with pytest.raises(StoryError, match="which is not the id of a text") as error:
            claims.set_aside(source, "In-house chips", english)
        assert "locales/en.ftl" in error.value.fix
    with pytest.raises(i18n.TranslationError, match="no text 'gpu-aside-no-such-reason'"):
        claims.set_aside(source, "In-house chips", "gpu-aside-no-such-reason")


def test_a_claim_accounts_for_every_caveat_of_its_sources():
    source = "omdia_gpu_2024"
    recorded = data.provenance(source).caveats
    silent = Claim("c", "1", "1", Verdict.ACCURATE, (), (source,))
    assert [caveat for _, caveat in silent.unaccounted()] == list(recorded)
    aside = claims.set_aside(source, "In-house chips", "gpu-aside-estimate")
    told = Claim("c", "1", "1", Verdict.ACCURATE, tuple(claims.source_caveats([source], [aside])), (source,), (aside,))
    assert told.unaccounted() == []
    with pytest.raises(StoryError, match="which it does not cite"):
        Claim("c", "1", "1", Verdict.ACCURATE, (), ("gvt_2025_pillar_scores",), (aside,))


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


def test_citations_round_trip_through_a_claims_file_and_must_name_the_claims_sources(tmp_path):
    cited = claims.page("rferl_sberbank_gpus", 1, originator=0)
    assert cited.originator == "RFE/RL" and cited.originated_inferred and not cited.published_inferred
    claim = Claim("c", "1", "1", Verdict.ACCURATE, (), ("rferl_sberbank_gpus",), citations=(cited,))
    claims.write([claim], tmp_path)
    assert claims.citations_from(claims.read(tmp_path / claims.FILE_NAME).loc[0, "citations"]) == (cited,)
    with pytest.raises(StoryError, match="not among its sources"):
        Claim("c", "1", "1", Verdict.ACCURATE, (), ("omdia_gpu_2024",), citations=(cited,))


def test_a_claim_without_citations_cites_every_page_its_sources_list_that_the_kit_read():
    claim = make("a")
    listed = [url for _, url in data.provenance("gvt_2025_pillar_scores").sources]
    assert [item.url for item in claim.cited] == listed[1:]  # Stanford's page names the originator; not read


def test_no_two_claims_of_the_ledger_share_one_source_record():
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
