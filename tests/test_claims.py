"""The claims ledger."""

from __future__ import annotations

import pytest

from kit import claims
from kit.claims import Claim, Verdict
from kit.errors import MissingDataError


def make(claim_id: str, notebook: str, verdict: Verdict = Verdict.ACCURATE) -> Claim:
    return Claim(
        claim_id, "A statement.", "1", "1", verdict, ("one caveat", "another"), ("gvt_2025_pillar_scores",), notebook
    )


def test_register_replaces_a_notebooks_rows_and_keeps_the_others(out_dirs):
    claims.register([make("a-1", "01_a"), make("a-2", "01_a")])
    claims.register([make("b-1", "02_b")])
    claims.register([make("a-1", "01_a", Verdict.INACCURATE)])
    ledger = claims.ledger()
    assert ledger["claim_id"].tolist() == ["a-1", "b-1"]
    assert ledger.set_index("claim_id").loc["a-1", "verdict"] == "inaccurate"
    assert ledger.set_index("claim_id").loc["a-1", "caveats"] == "one caveat | another"
    assert list(ledger.columns) == claims.COLUMNS
    assert [path.name for path in out_dirs[1].iterdir()] == [claims.LEDGER_NAME]  # no lock or temp files


def test_registering_the_same_claims_twice_changes_no_byte(out_dirs):
    _, processed = out_dirs
    claims.register([make("a-1", "01_a")])
    first = (processed / claims.LEDGER_NAME).read_bytes()
    claims.register([make("a-1", "01_a")])
    assert (processed / claims.LEDGER_NAME).read_bytes() == first


def test_a_claim_must_cite_catalogued_sources():
    with pytest.raises(MissingDataError, match="No resource named"):
        Claim("x", "s", "1", "1", Verdict.ACCURATE, (), ("nowhere",), "01_a")


def test_an_unknown_claim_id_in_the_article_data_is_reported():
    with pytest.raises(MissingDataError, match="no figures for claim 'nope'"):
        claims.article_figures("nope")


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
