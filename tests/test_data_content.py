"""What descriptions and raw files say is checked before anything is built: every address is a web address, every
date a real date, and no text holds a control character or a word mixing look-alike alphabets. Each problem names
the file, the field (or the row and column) and the value, at `kit check`, in the build's preflight and at `rehash`."""

from __future__ import annotations

import json

import pytest

from kit import __main__ as cli
from kit import articles, build, data
from kit.errors import DataError

SOURCE = "rferl_sberbank_gpus"  # a resource in a data package of several entries
RATES = "cbr_usd_rub_2026_01"  # a file with date and address columns


def edit_description(name: str, change) -> None:
    """Change a resource's description entry in place (`change(entry)`), as a hand edit would."""
    path = data.description_of(name)
    document = json.loads(path.read_text(encoding="utf-8"))
    entries = document["resources"] if "resources" in document else [document]
    change(next(entry for entry in entries if entry["name"] == name))
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def vouched_edit(name: str, old: str, new: str) -> None:
    """Change a raw file and record its checksum as vouched for, as a kit without these checks would have: the
    check must still find what it says."""
    path = data.path_of(name)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    data.record_checksums({name: path.read_bytes()})


def only_problem() -> DataError:
    (problem,) = data.check_all(thorough=False)
    return problem


@pytest.mark.parametrize(
    "address",
    ["javascript:alert(document.cookie)", "JaVaScRiPt:alert(1)", "data:text/html,<script>alert(1)</script>",
     "//evil.example/x", "sources.html", "https://", "https://example.org/a b"],
)
def test_a_source_address_that_is_not_a_web_address_is_refused_naming_file_and_field(data_copy, capsys, address):
    edit_description(SOURCE, lambda entry: entry["sources"][1].update(path=address))
    problem = only_problem()
    assert "sources[1].path" in problem.problem and repr(address)[:40] in problem.problem
    assert problem.where.endswith("data/raw/rferl_2025/datapackage.json") and "https://" in problem.fix
    assert cli.main(["check"]) == 1
    assert "sources[1].path" in capsys.readouterr().err
    with pytest.raises(DataError, match=r"sources\[1\]\.path"):
        build.preflight()


def test_an_article_address_and_its_reports_addresses_must_be_web_addresses(data_copy):
    name = articles.names()[0]  # the first article (with reports of other outlets), found by discovery
    path = data_copy / "articles" / name / "datapackage.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    document["article"]["url"] = "javascript:alert(1)"
    document["article"]["reports"][1]["url"] = "vbscript:msgbox(1)"
    path.write_text(json.dumps(document, indent=2, ensure_ascii=False), encoding="utf-8")
    problem = only_problem()
    assert "article.url: 'javascript:alert(1)'" in problem.problem
    assert "article.reports[1].url: 'vbscript:msgbox(1)'" in problem.problem
    assert problem.where.endswith(f"data/articles/{name}/datapackage.json")


@pytest.mark.parametrize(
    "field, date, says",
    [("published", "2026-02-30", "February 2026 has no day 30"), ("retrieved", "2026-13", "no month 13"),
     ("published", "30 Feb 2026", "not a date"), ("retrieved", "2025-02-29", "February 2025 has no day 29")],
)
def test_a_description_date_that_is_not_a_real_date_is_refused(data_copy, field, date, says):
    edit_description(SOURCE, lambda entry: entry.update({field: date}))
    problem = only_problem()
    assert f"{field}: {date!r}" in problem.problem and says in problem.problem


def test_a_date_left_empty_is_not_known_not_wrong(data_copy):
    edit_description(SOURCE, lambda entry: entry["sources"][0].update(published="", retrieved=""))
    assert data.check_all(thorough=False) == []


def test_a_day_that_does_not_exist_in_a_date_column_is_refused_naming_row_and_column(data_copy):
    vouched_edit(RATES, "2026-01-22,77.52", "2026-02-30,77.52")
    problem = only_problem()
    assert "row 3" in problem.problem and "column 'effective_date'" in problem.problem
    assert "'2026-02-30' is not a date: February 2026 has no day 30" in problem.problem
    assert problem.where.endswith("data/raw/cbr_rates/usd_rub_2026_01.csv")
    with pytest.raises(DataError, match="February 2026 has no day 30"):
        data.rehash(RATES)  # records no checksum for it


def test_an_address_column_holds_web_addresses(data_copy):
    vouched_edit(RATES, "https://lenta.ru/news/", "javascript:alert(1)//lenta.ru/news/")
    assert "column 'source_url': 'javascript:alert(1)//lenta.ru" in only_problem().problem


def test_a_day_that_does_not_exist_is_refused_in_any_text(data_copy):
    edit_description(SOURCE, lambda entry: entry["caveats"].append("Reported on 2025-02-31 by one outlet."))
    problem = only_problem()
    assert "caveats[" in problem.problem and "February 2025 has no day 31" in problem.problem


@pytest.mark.parametrize(
    "planted, named",
    [("Russiа", "U+0430 а (CYRILLIC SMALL LETTER A) in 'Russiа'"), ("Rambler Finаnce", "U+0430 а (CYRILLIC")],
)
def test_a_word_mixing_alphabets_in_a_data_text_column_is_refused_naming_the_letter(data_copy, planted, named):
    vouched_edit(RATES, "2026-01-20,77.75,2026-01-20,Rambler Finance", f"2026-01-20,77.75,2026-01-20,{planted}")
    problem = only_problem()
    assert named in problem.problem and "row 1" in problem.problem and "column 'reported_by'" in problem.problem


@pytest.mark.parametrize("control", ["\u202e", "\x1b", "\x00"])
def test_controls_in_a_description_text_are_refused(data_copy, control):
    edit_description(SOURCE, lambda entry: entry.update(title=f"A title{control}txt.exe"))
    problem = only_problem()
    assert f"title: U+{ord(control):04X}" in problem.problem


def test_text_mixing_alphabets_word_by_word_passes(data_copy):
    edit_description(SOURCE, lambda entry: entry["caveats"].append("Яндекс (Yandex) and ІТ-фахівці, 2025-02-28."))
    vouched_edit(RATES, "Rambler Finance", "Рамблер (Rambler) Finance")
    assert data.check_all(thorough=False) == []
