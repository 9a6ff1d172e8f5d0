"""Every story's committed outputs, for every story found (a new story is covered without editing this file):
its declaration holds together, its tidy tables are what its code produces and follow the kit's conventions,
and its committed claims file holds its verdicts."""

from __future__ import annotations

import io

import pandas as pd
import pytest

from kit import claims, data, paths, story

STORIES = story.stories()
TABLES = [(each, name) for each in STORIES for name in each.tables]
TIDY_COLUMNS = ["entity", "entity_type", "iso3", "measure", "period", "value", "unit", "qualifier", "source_id"]
COMMITTED = paths.DATA / "processed"


def read(source) -> pd.DataFrame:
    return pd.read_csv(source, dtype={"period": str}, keep_default_na=False, na_values=[""])


def committed_table(each: story.Story, name: str):
    path = COMMITTED / each.name / f"{name}.csv"
    assert path.is_file(), f"{path} is missing: build the story (`python -m kit build {each.name}`)"
    return path


def test_stories_are_found_by_discovery_in_notebook_order():
    folders = {p.name for p in paths.STORIES.iterdir() if (p / "__init__.py").is_file() and not p.name.startswith("_")}
    assert STORIES and {each.name for each in STORIES} == folders
    assert all(each.package == f"kit.stories.{each.name}" for each in STORIES)
    assert [each.notebook for each in STORIES] == sorted(each.notebook for each in STORIES)


@pytest.mark.parametrize("each", STORIES, ids=[each.name for each in STORIES])
def test_every_declaration_holds_together(each):
    assert each.problems() == []


def test_no_two_stories_declare_the_same_chart_claim_or_notebook():
    assert story.problems() == []


@pytest.mark.parametrize("each, name", TABLES, ids=[f"{each.name}/{name}" for each, name in TABLES])
def test_the_committed_tidy_dataset_is_what_the_code_produces(each, name):
    committed = read(committed_table(each, name))
    fresh = read(io.StringIO(each.tables[name]().to_csv(index=False)))
    pd.testing.assert_frame_equal(committed, fresh)


@pytest.mark.parametrize("each, name", TABLES, ids=[f"{each.name}/{name}" for each, name in TABLES])
def test_the_tidy_dataset_follows_the_kit_conventions(each, name):
    frame = each.tables[name]()
    assert list(frame.columns) == TIDY_COLUMNS
    for source_ids in frame["source_id"].unique():
        for source_id in source_ids.split():
            data.resource(source_id)
    assert frame["qualifier"].fillna("").str.strip().astype(bool).all()  # each value says how it was obtained


@pytest.mark.parametrize("each", STORIES, ids=[each.name for each in STORIES])
def test_the_committed_claims_files_hold_the_storys_verdicts_in_every_language(each, claims_recorded):
    """`claims_recorded`: every story's claims computed from its code (once per session) as its notebook
    records them."""
    names = [claims.file_name(language) for language in each.languages]
    for name in names:
        path = COMMITTED / each.name / name
        assert path.is_file(), f"{path} is missing: build the story (`python -m kit build {each.name}`)"
        assert (claims_recorded / each.name / name).read_bytes() == path.read_bytes(), f"{each.name}/{name} is stale"


@pytest.mark.parametrize("each", STORIES, ids=[each.name for each in STORIES])
def test_every_caveat_of_a_claims_sources_reaches_it_or_is_set_aside_with_a_reason(each):
    for claim in each.verdicts():
        assert claim.unaccounted() == [], f"{claim.claim_id}: {claim.unaccounted()}"
        for item in claim.set_aside:
            assert item.reason.strip() and item.caveat in data.provenance(item.source).caveats
            assert item.caveat not in claim.caveats  # set aside means it does not also reach the claim
