"""The catalogue and the loader: provenance is complete, and damaged files are refused with a clear fix."""

from __future__ import annotations

import json
import re
from datetime import date

import pandas as pd
import pytest
from frictionless import Package

from kit import data, paths
from kit.errors import ChecksumError, DataError, MissingDataError, SchemaError

PILLARS = "gvt_2025_pillar_scores"


def test_catalogue_is_a_valid_frictionless_package_whose_files_match_it():
    report = Package(str(paths.CATALOGUE)).validate()
    assert report.valid, report.flatten(["type", "message"])


@pytest.mark.parametrize("name", data.names())
def test_every_resource_carries_its_provenance(name):
    res = data.resource(name)
    for key in ("title", "citation", "publisher", "published", "retrieved", "licence", "description"):
        assert res[key].strip(), f"{name} has no {key}"
    assert res["sources"] and all(re.match(r"https://\S+$", src["path"]) for src in res["sources"])
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", res["hash"])
    assert date.fromisoformat(res["retrieved"]) <= date.today()
    assert re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", res["published"])
    assert isinstance(res["caveats"], list) and all(c.strip() for c in res["caveats"])
    for field in res["schema"]["fields"]:
        assert field["description"].strip(), f"{name}.{field['name']} has no description"
        if field["type"] in ("number", "integer"):
            assert field.get("unit"), f"{name}.{field['name']} has no unit"


@pytest.mark.parametrize("name", data.names())
def test_every_resource_loads_with_its_schema_types(name):
    frame = data.load(name)
    fields = data.resource(name)["schema"]["fields"]
    assert list(frame.columns) == [field["name"] for field in fields]
    assert len(frame) > 0
    for field in fields:
        if field["type"] == "number":
            assert pd.api.types.is_float_dtype(frame[field["name"]])


def test_load_returns_a_copy_the_caller_may_change():
    first = data.load(PILLARS)
    first.loc[0, "score"] = -1
    assert data.load(PILLARS).loc[0, "score"] >= 0


def test_a_changed_file_is_refused_with_the_file_and_the_fix_named(data_copy):
    path = data_copy / data.resource(PILLARS)["path"]
    path.write_text(path.read_text().replace("Russia,RUS,R&D,2.127", "Russia,RUS,R&D,21.27"))
    with pytest.raises(ChecksumError) as error:
        data.load(PILLARS)
    message = str(error.value)
    assert "pillar_scores.csv" in message and "git checkout --" in message and "rehash" in message


def test_a_missing_file_is_refused(data_copy):
    (data_copy / data.resource(PILLARS)["path"]).unlink()
    with pytest.raises(MissingDataError, match="missing"):
        data.load(PILLARS)


def test_an_unknown_resource_suggests_the_closest_name():
    with pytest.raises(MissingDataError, match="gvt_2025_pillar_scores"):
        data.load("gvt_2025_pillar_score")


def test_a_broken_catalogue_is_reported(data_copy):
    (data_copy / "datapackage.json").write_text("{ not json")
    with pytest.raises(DataError, match="not valid JSON"):
        data.load(PILLARS)


@pytest.mark.parametrize(
    "damage, expected",
    [
        (lambda text: text.replace("Russia,RUS,R&D,2.127", "Russia,RUS,R&D,lots"), "lots"),
        (lambda text: text.replace("country,iso3,pillar,score", "country,iso3,pillar,value"), "value"),
        (lambda text: text + "Russia,RUS,R&D,3.5\n", "primary key"),
        (lambda text: text.replace("Russia,RUS,R&D,2.127", "Russia,RUS,R&D,250"), "maximum"),
        (lambda text: text.replace("Russia,RUS,R&D,2.127", "Russia,,R&D,2.127"), "required"),
    ],
    ids=["wrong type", "renamed column", "duplicate key", "out of range", "missing value"],
)
def test_schema_problems_are_refused_even_after_a_rehash_attempt(data_copy, damage, expected):
    path = data_copy / data.resource(PILLARS)["path"]
    catalogue_before = (data_copy / "datapackage.json").read_bytes()
    path.write_text(damage(path.read_text()))
    with pytest.raises(SchemaError) as error:
        data.rehash(PILLARS)
    assert expected in str(error.value) and "pillar_scores.csv" in str(error.value)
    assert (data_copy / "datapackage.json").read_bytes() == catalogue_before


def test_rehash_records_a_deliberate_valid_change(data_copy):
    path = data_copy / data.resource(PILLARS)["path"]
    path.write_text(path.read_text().replace("Russia,RUS,R&D,2.127", "Russia,RUS,R&D,2.5"))
    digest = data.rehash(PILLARS)
    assert json.loads((data_copy / "datapackage.json").read_text())["resources"][0]["hash"] == f"sha256:{digest}"
    frame = data.load(PILLARS)
    assert frame.loc[(frame["iso3"] == "RUS") & (frame["pillar"] == "R&D"), "score"].item() == 2.5


def test_check_all_lists_every_problem(data_copy):
    for name in (PILLARS, "gvt_2025_default_weights"):
        path = data_copy / data.resource(name)["path"]
        path.write_text(path.read_text() + "\n")
    problems = data.check_all()
    assert {type(p) for p in problems} == {ChecksumError}
    assert len(problems) == 2


def test_text_that_looks_like_a_missing_value_stays_text(data_copy):
    path = data_copy / data.resource("united24_article_claims")["path"]
    path.write_text(path.read_text() + "test-claim,A statement.,count,as stated,None,things\n")
    data.rehash("united24_article_claims")
    frame = data.load("united24_article_claims")
    assert frame.loc[frame["claim_id"] == "test-claim", "value"].item() == "None"


def test_the_catalogue_vouches_for_every_file_it_ships():
    assert all(data.is_vouched_for(name) for name in data.names())


def test_a_schema_edited_without_a_fresh_check_is_enforced_on_load(data_copy):
    catalogue = data_copy / "datapackage.json"
    package = json.loads(catalogue.read_text())
    package["resources"][0]["schema"]["fields"][3]["constraints"]["maximum"] = 50  # US scores reach 100
    catalogue.write_text(json.dumps(package))
    assert not data.is_vouched_for(PILLARS)
    with pytest.raises(SchemaError, match="maximum"):
        data.load(PILLARS)
