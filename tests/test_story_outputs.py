"""Every story module's committed outputs: its tidy dataset is what the code produces and follows the kit's
conventions, and the committed ledger holds its verdicts. Add a story here as (module, tidy table name)."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from kit import censorship, companies, data, emigration, gpus, institutions, vibrancy

STORIES = [
    (vibrancy, "ai_vibrancy_2024"),
    (institutions, "ai_institutions_2023_24"),
    (companies, "ai_companies_2025_26"),
    (emigration, "it_emigration_2022"),
    (gpus, "gpu_purchases"),
    (censorship, "censorship_2025"),
]
IDS = [module.NOTEBOOK for module, _ in STORIES]
TIDY_COLUMNS = ["entity", "entity_type", "iso3", "measure", "period", "value", "unit", "qualifier", "source_id"]


def read(source) -> pd.DataFrame:
    return pd.read_csv(source, dtype={"period": str}, keep_default_na=False, na_values=[""])


@pytest.mark.parametrize("module, table", STORIES, ids=IDS)
def test_the_committed_tidy_dataset_is_what_the_code_produces(module, table):
    committed = read(data.paths.DATA / "processed" / f"{table}.csv")
    fresh = read(io.StringIO(module.tidy().to_csv(index=False)))
    pd.testing.assert_frame_equal(committed, fresh)


@pytest.mark.parametrize("module, table", STORIES, ids=IDS)
def test_the_tidy_dataset_follows_the_kit_conventions(module, table):
    frame = module.tidy()
    assert list(frame.columns) == TIDY_COLUMNS
    for source_ids in frame["source_id"].unique():
        for source_id in source_ids.split():
            data.resource(source_id)
    assert frame["qualifier"].fillna("").str.strip().astype(bool).all()  # each value says how it was obtained


@pytest.mark.parametrize("module, table", STORIES, ids=IDS)
def test_the_committed_ledger_holds_the_storys_verdicts(module, table):
    ledger = pd.read_csv(data.paths.DATA / "processed" / "claims.csv", dtype=str, keep_default_na=False)
    mine = ledger[ledger["notebook"] == module.NOTEBOOK].set_index("claim_id")
    for claim in module.verdicts():
        assert mine.loc[claim.claim_id].to_dict() == {k: v for k, v in claim.row().items() if k != "claim_id"}
