"""Each source's description and the loader: provenance is complete, every file is described, and damaged files
or descriptions are refused with a clear fix."""

from __future__ import annotations

import json
import re
import subprocess
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from frictionless import Package, Resource

from kit import articles, data, paths
from kit.errors import ChecksumError, DataError, MissingDataError, SchemaError

PILLARS = "gvt_2025_pillar_scores"
DESCRIPTIONS = [path for folder in data.source_folders() for path in data.descriptions(folder)]


@pytest.mark.parametrize("description", DESCRIPTIONS, ids=[paths.shown(p) for p in DESCRIPTIONS])
def test_each_description_is_valid_frictionless_and_its_files_match_it(description):
    kind = Package if description.name == data.PACKAGE else Resource
    report = kind(str(description)).validate()
    assert report.valid, report.flatten(["type", "message"])


def test_every_source_folder_describes_itself_and_every_file_in_it():
    assert data.source_folders() and data.structure_problems() == []


def description(name: str) -> tuple[Path, dict]:
    path = data.description_of(name)
    return path, json.loads(path.read_text())


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
    assert len(frame) > 0 or data.resource(name).get(data.MAY_BE_EMPTY)  # a new article's statements, before any
    for field in fields:
        if field["type"] == "number":
            assert pd.api.types.is_float_dtype(frame[field["name"]])


def test_load_returns_a_copy_the_caller_may_change():
    first = data.load(PILLARS)
    first.loc[0, "score"] = -1
    assert data.load(PILLARS).loc[0, "score"] >= 0


def test_a_changed_file_is_refused_with_the_file_and_the_fix_named(data_copy):
    path = data.path_of(PILLARS)
    path.write_text(path.read_text().replace("Russia,RUS,R&D,2.127", "Russia,RUS,R&D,21.27"))
    with pytest.raises(ChecksumError) as error:
        data.load(PILLARS)
    message = str(error.value)
    assert "pillar_scores.csv" in message and "git checkout --" in message and "rehash" in message


def test_a_missing_file_is_refused(data_copy):
    data.path_of(PILLARS).unlink()
    with pytest.raises(MissingDataError, match="missing"):
        data.load(PILLARS)


def test_an_unknown_resource_suggests_the_closest_name():
    with pytest.raises(MissingDataError, match="gvt_2025_pillar_scores"):
        data.load("gvt_2025_pillar_score")


def test_a_broken_description_is_reported(data_copy):
    path, _ = description(PILLARS)
    path.write_text("{ not json")
    with pytest.raises(DataError, match="not valid JSON") as error:
        data.load(PILLARS)
    assert "stanford_gvt_2025/datapackage.json" in str(error.value) and "git checkout" in str(error.value)


@pytest.mark.parametrize(
    "damage, expected",
    [
        (lambda package: package.update(resources=None), "lists no resources"),
        (lambda package: package["resources"][0].update(hash="sha256:" + "0" * 12), "`hash`"),
        (lambda package: package["resources"][0].pop("path"), "`path`"),
        (lambda package: package["resources"][0].update(schema={}), "`schema.fields`"),
        (lambda package: package["resources"].append(package["resources"][0]), "Two descriptions define"),
    ],
    ids=["resources null", "broken hash", "no path", "no schema", "duplicated entry"],
)
def test_a_description_with_a_broken_structure_is_refused_by_name(data_copy, damage, expected):
    path, package = description(PILLARS)
    damage(package)
    path.write_text(json.dumps(package))
    with pytest.raises(DataError) as error:
        data.load("gvt_2025_default_weights")
    assert expected in str(error.value) and "stanford_gvt_2025" in str(error.value) and error.value.fix


def test_a_folder_without_a_description_and_an_undescribed_file_are_problems(data_copy):
    (paths.raw_dir() / "new_source").mkdir()
    (paths.raw_dir() / "new_source" / "figures.csv").write_text("a,b\n1,2\n")
    (paths.raw_dir() / "omdia_gpu" / "stray.csv").write_text("a,b\n1,2\n")
    problems = {paths.shown(Path(p.where)): p for p in data.check_all(thorough=False) if p.where}
    assert "data/raw/new_source" in str(sorted(problems)) and "has no description" in str(problems)
    assert any("stray.csv" in where for where in problems) and "No description covers" in str(problems)


def test_a_described_file_that_was_deleted_is_a_problem(data_copy):
    data.path_of("omdia_gpu_2023").unlink()
    assert any("missing" in str(p) and "gpu_purchases_2023.csv" in str(p) for p in data.check_all(thorough=False))


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
    path = data.path_of(PILLARS)
    described, _ = description(PILLARS)
    before = described.read_bytes()
    path.write_text(damage(path.read_text()))
    with pytest.raises(SchemaError) as error:
        data.rehash(PILLARS)
    assert expected in str(error.value) and "pillar_scores.csv" in str(error.value)
    assert described.read_bytes() == before


def test_a_resources_version_names_its_checked_bytes_and_refuses_a_changed_file(data_copy):
    first = data.version(PILLARS)
    assert data.version(PILLARS) == first == f"sha256:{data.sha256_of(data.path_of(PILLARS))}"
    path = data.path_of(PILLARS)
    path.write_text(path.read_text().replace("Russia,RUS,R&D,2.127", "Russia,RUS,R&D,2.5"))
    with pytest.raises(ChecksumError):
        data.version(PILLARS)  # results computed from the file before cannot be reused
    data.rehash(PILLARS)
    assert data.version(PILLARS) not in {first, ""}


def test_rehash_records_a_deliberate_valid_change(data_copy):
    path = data.path_of(PILLARS)
    path.write_text(path.read_text().replace("Russia,RUS,R&D,2.127", "Russia,RUS,R&D,2.5"))
    digest = data.rehash(PILLARS)
    assert description(PILLARS)[1]["resources"][0]["hash"] == f"sha256:{digest}"
    frame = data.load(PILLARS)
    assert frame.loc[(frame["iso3"] == "RUS") & (frame["pillar"] == "R&D"), "score"].item() == 2.5


def test_rehash_records_the_first_checksum_of_a_new_file_no_placeholder_needed(data_copy):
    path, package = description(PILLARS)
    for key in ("hash", "bytes", "validated"):
        package["resources"][0].pop(key)
    path.write_text(json.dumps(package))
    with pytest.raises(ChecksumError, match="No checksum is recorded yet") as error:
        data.load(PILLARS)
    assert f"kit rehash {PILLARS}" in error.value.fix
    assert any("No checksum is recorded yet" in str(p) for p in data.check_all(thorough=False))
    digest = data.rehash(PILLARS)
    assert description(PILLARS)[1]["resources"][0]["hash"] == f"sha256:{digest}" and not data.load(PILLARS).empty


def committed(folder: Path) -> None:
    """The folder as a git repository with everything in it committed (the version descriptions record)."""
    git = ["git", "-c", "user.name=kit", "-c", "user.email=kit@example.org"]
    for args in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "data"]):
        subprocess.run([*git, *args], cwd=folder, check=True, capture_output=True)


def test_rehash_refuses_a_value_in_the_wrong_unit_or_a_changed_key_set_unless_accepted(data_copy):
    committed(data_copy)
    path = data.path_of(PILLARS)
    original = path.read_text()
    recorded = description(PILLARS)[0].read_bytes()
    path.write_text(original.replace("Russia,RUS,R&D,2.127", "Russia,RUS,R&D,0.002127"))  # 1,000 times smaller
    with pytest.raises(DataError, match="need an editor's decision") as error:
        data.rehash(PILLARS)
    assert "RUS / R&D: 2.127 -> 0.002127" in str(error.value) and "--accept" in error.value.fix
    assert description(PILLARS)[0].read_bytes() == recorded  # nothing recorded
    lines = original.splitlines(keepends=True)
    path.write_text("".join(line for line in lines if not line.startswith("Russia,")))  # rows vanish
    with pytest.raises(DataError, match=r"row\(s\) disappear \(country / iso3 / pillar|row\(s\) disappear"):
        data.rehash(PILLARS)
    digest = data.rehash(PILLARS, accept=True)
    assert description(PILLARS)[1]["resources"][0]["hash"] == f"sha256:{digest}"
    path.write_text(original)  # back to the committed version: nothing to decide
    data.rehash(PILLARS)


def test_describe_infers_a_description_and_check_refuses_it_until_its_provenance_is_filled_in(data_copy):
    folder = paths.raw_dir() / "press_reports"
    folder.mkdir()
    (folder / "ranks.csv").write_text("country;rank;score\nUnited States;1;70.06\nChina;2;40.17\nIndia;3;21.59\n")
    name, written = data.describe(folder / "ranks.csv")
    entry = data.resource(name)
    assert name == "ranks" and written == folder / data.PACKAGE and entry["dialect"]["delimiter"] == ";"
    assert [(f["name"], f["type"]) for f in entry["schema"]["fields"]] == [
        ("country", "string"), ("rank", "integer"), ("score", "number")
    ]
    assert entry["schema"]["primaryKey"] == ["country"] and entry["bytes"] == (folder / "ranks.csv").stat().st_size
    assert data.load(name)["score"].tolist() == [70.06, 40.17, 21.59]  # loads while the provenance is filled in
    (unfilled,) = [p for p in data.check_all(thorough=False) if "provenance to fill in" in str(p)]
    assert "publisher" in unfilled.problem and "sources[0].path" in unfilled.problem and "caveats[0]" in unfilled.problem
    assert "schema.fields[2].description" in unfilled.problem and "schema.fields[2].unit" in unfilled.problem
    package = json.loads(written.read_text())
    for field, (text, unit) in zip(package["resources"][0]["schema"]["fields"], [("Country", None), ("Rank", "rank"),
                                                                             ("Score", "index points")]):
        field.update(description=text, **({"unit": unit} if unit else {}))
    filled = {"title": "Ranks", "citation": "Press, 2025", "publisher": "Press", "published": "2025-12-01",
              "retrieved": "2026-01-02", "licence": "Quoted for fact-checking", "caveats": [],
              "sources": [{"title": "Ranks", "path": "https://example.org/ranks"}]}
    package["resources"][0].update(filled)
    written.write_text(json.dumps(package))
    assert not [p for p in data.check_all(thorough=False) if "provenance to fill in" in str(p)]
    with pytest.raises(DataError, match="already described, as 'ranks'"):
        data.describe(folder / "ranks.csv")
    (folder / "notes.txt").write_text("x")
    with pytest.raises(MissingDataError, match="not a CSV file in a source folder"):
        data.describe(folder / "notes.txt")


def test_check_all_lists_every_problem(data_copy):
    for name in (PILLARS, "gvt_2025_default_weights"):
        path = data.path_of(name)
        path.write_text(path.read_text() + "\n")
    problems = data.check_all()
    assert {type(p) for p in problems} == {ChecksumError}
    assert len(problems) == 2


def test_text_that_looks_like_a_missing_value_stays_text(data_copy):
    statements = articles.statement_resources(articles.names()[0])[0]  # the first article's, found by discovery
    path = data.path_of(statements)
    path.write_text(path.read_text() + "test-claim,A statement.,A Publisher,count,as stated,None,things,\n")
    data.rehash(statements)
    frame = data.load(statements)
    assert frame.loc[frame["claim_id"] == "test-claim", "value"].item() == "None"


def test_the_catalogue_vouches_for_every_file_it_ships():
    assert all(data.is_vouched_for(name) for name in data.names())


def test_a_schema_edited_without_a_fresh_check_is_enforced_on_load(data_copy):
    path, package = description(PILLARS)
    package["resources"][0]["schema"]["fields"][3]["constraints"]["maximum"] = 50  # US scores reach 100
    path.write_text(json.dumps(package))
    assert not data.is_vouched_for(PILLARS)
    with pytest.raises(SchemaError, match="maximum"):
        data.load(PILLARS)


# -- the CSV dialect: the check and the loader read a file the same way ----------------------------------


def test_every_description_declares_the_csv_dialect_the_kit_reads_it_with():
    for name in data.names():
        dialect = data.resource(name)["dialect"]
        assert len(dialect["delimiter"]) == 1 and len(dialect["quoteChar"]) == 1, name


def test_a_semicolon_separated_file_is_refused_by_rehash_check_and_load_naming_the_delimiter(data_copy):
    path = data.path_of(PILLARS)
    path.write_text(path.read_text().replace(",", ";"))
    with pytest.raises(SchemaError) as error:
        data.rehash(PILLARS)
    message = str(error.value)
    assert "pillar_scores.csv" in message and "';'" in message and "delimiter ','" in message
    assert any("pillar_scores.csv" in str(problem) for problem in data.check_all(thorough=False))
    package_path, package = description(PILLARS)
    package["resources"][0]["validated"] = data.fingerprint(
        {**package["resources"][0], "hash": "sha256:" + data.sha256_of(path)}
    )  # even a description that claims the file was checked: the loader reads with the declared dialect
    package["resources"][0]["hash"] = "sha256:" + data.sha256_of(path)
    package_path.write_text(json.dumps(package))
    with pytest.raises(SchemaError, match="pillar_scores.csv"):
        data.load(PILLARS)


def test_a_declared_semicolon_dialect_is_honoured_by_check_and_load(data_copy):
    before = data.load(PILLARS)
    path = data.path_of(PILLARS)
    path.write_text(path.read_text().replace(",", ";"))
    package_path, package = description(PILLARS)
    package["resources"][0]["dialect"]["delimiter"] = ";"
    package_path.write_text(json.dumps(package))
    data.rehash(PILLARS)
    pd.testing.assert_frame_equal(data.load(PILLARS), before)


def test_a_byte_order_mark_is_read_alike_by_check_and_load(data_copy):
    path = data.path_of(PILLARS)
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    data.rehash(PILLARS)
    assert list(data.load(PILLARS).columns) == ["country", "iso3", "pillar", "score"]


def test_a_dialect_changed_after_the_check_is_not_vouched_for(data_copy):
    package_path, package = description(PILLARS)
    package["resources"][0]["dialect"]["delimiter"] = "\t"
    package_path.write_text(json.dumps(package))
    assert not data.is_vouched_for(PILLARS)
    with pytest.raises(SchemaError, match="pillar_scores.csv"):
        data.load(PILLARS)


def test_a_non_finite_number_is_refused_by_the_check_not_only_by_the_loader(data_copy):
    package_path, package = description(PILLARS)
    package["resources"][0]["schema"]["fields"][3]["constraints"] = {"required": True}  # no range to catch it
    package_path.write_text(json.dumps(package))
    for written in ("NaN", "inf"):
        path = data.path_of(PILLARS)
        path.write_text(re.sub(r"Russia,RUS,R&D,[^\n]+", f"Russia,RUS,R&D,{written}", path.read_text()))
        with pytest.raises(SchemaError, match="finite") as error:
            data.rehash(PILLARS)
        assert "score" in str(error.value) and "pillar_scores.csv" in str(error.value)


@pytest.mark.parametrize(
    "damage, expected",
    [
        (lambda entry: entry.pop("dialect"), "`dialect`"),
        (lambda entry: entry["dialect"].update(delimiter=";;"), "`dialect`"),
        (lambda entry: entry["dialect"].update(commentChar="#"), "commentChar"),
        (lambda entry: entry.update(encoding="latin-1"), "`encoding`"),
        (lambda entry: entry["schema"]["fields"][3].update(type="date"), "type 'date'"),
        (lambda entry: entry["schema"]["fields"][3].update(decimalChar=","), "decimalChar"),
        (lambda entry: entry["schema"].update(missingValues=["", "NA"]), "missingValues"),
    ],
    ids=["no dialect", "two-character delimiter", "unread dialect option", "not UTF-8", "unread type",
         "unread field option", "unread missing values"],
)
def test_a_description_the_loader_would_read_differently_from_the_check_is_refused(data_copy, damage, expected):
    path, package = description(PILLARS)
    damage(package["resources"][0])
    path.write_text(json.dumps(package))
    with pytest.raises(DataError) as error:
        data.load(PILLARS)
    assert expected in str(error.value) and "stanford_gvt_2025/datapackage.json" in str(error.value)
    assert error.value.fix
