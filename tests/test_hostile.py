"""Every hostile string (`hostile.STRINGS`) through every output the kit writes, in every language: carried
safely (read back the same in the output's own format, with nothing active in it) or refused with a clear error.

Outputs are registered with `@output(name)`; add the gallery, the ledger's JSON-LD or the reader page the same way."""

from __future__ import annotations

import dataclasses
import io
import json
import warnings
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from hostile import STRINGS, Refused, assert_no_active_markup, csv_cells, pdf_info, refused_clearly
from PIL import Image

from kit import chartcheck, charts, claims, data, export, i18n, text, words
from kit.charts import Bar, Chart
from kit.errors import KitError

OUTPUTS: dict[str, Callable[[str, str, Path], None]] = {}  # name -> check(text, language, scratch folder)
READ_AN_EXPORT: set[str] = set()  # the outputs whose check reads the hostile chart's exported files


def output(name: str, reads_an_export: bool = False):
    """Register an output: a function (text, language, scratch folder) that writes what the kit writes from the
    text and checks it, or raises `Refused` (see `hostile.refused_clearly`). `reads_an_export`: it reads the files
    of the hostile chart exported in that text and language (`exported`, made once for the outputs that read it)."""

    def register(check):
        OUTPUTS[name] = check
        if reads_an_export:
            READ_AN_EXPORT.add(name)
        return check

    return register


def hostile_chart(written: str, language: str) -> Chart:
    """A chart whose every text and first bar's label is the hostile text, drawn in a language."""
    bars = [Bar(label=written, value=1.0, value_label="1"), Bar(label="Other", value=2.0, value_label="2")]

    def draw(fig, rect):
        charts.ranked_bars(fig, rect, bars, xmax=2, ticks=[0, 1, 2])

    with i18n.use(language):
        return Chart(
            slug="hostile",
            title=written,
            subtitle="Share, %",
            note=written,
            source=f"Source: {written}",
            alt_text=written,
            description=written,
            data=pd.DataFrame({"label": [written, "Other"], "value": [1.0, 2.0]}),
            body_height=lambda width: charts.bars_height(len(bars), width),
            draw=draw,
        )


_EXPORTED: dict[tuple[str, str], tuple[Chart, dict[str, bytes]] | Refused] = {}


def exported(written: str, language: str, scratch: Path) -> tuple[Chart, dict[str, bytes]]:
    """The hostile chart's files at the web width (made once per text and language), by file ending."""
    key = (written, language)
    if key not in _EXPORTED:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", text.TextWarning)  # line breaks become spaces: checked below
                chart = hostile_chart(written, language)
                folder = export.export(chart, widths=[charts.WEB], folder=scratch / f"chart-{len(_EXPORTED)}").folder
            assert chart.title == text.SPACE_LIKE.sub(" ", written.replace("\r\n", "\n"))  # only line breaks changed
            _EXPORTED[key] = chart, {path.name.split(".", 2 if language != "en" else 1)[-1]: path.read_bytes()
                                     for path in folder.iterdir()}
        except KitError as error:
            _EXPORTED[key] = refused_clearly(error)
    if isinstance(_EXPORTED[key], Refused):
        raise _EXPORTED[key]
    return _EXPORTED[key]


@output("chart SVG", reads_an_export=True)
def svg_is_inert(written, language, scratch):
    chart, files = exported(written, language, scratch)
    tree = assert_no_active_markup(files["web.svg"])
    titles = {element.tag.rsplit("}", 1)[-1]: "".join(element.itertext()) for element in tree}
    assert titles["title"] == chart.title and titles["desc"] == chart.alt_text and tree.get("lang") == language


@output("chart PDF metadata", reads_an_export=True)
def pdf_metadata_reads_back(written, language, scratch):
    chart, files = exported(written, language, scratch)
    info = pdf_info(files["web.pdf"])
    assert info == {"Title": chart.title, "Subject": chart.alt_text, "Creator": "kit"}


@output("chart PNG metadata", reads_an_export=True)
def png_metadata_reads_back(written, language, scratch):
    chart, files = exported(written, language, scratch)
    with Image.open(io.BytesIO(files["web.png"])) as image:
        assert image.text == {"Title": chart.title, "Description": chart.alt_text}


@output("alt text file", reads_an_export=True)
def alt_text_file_is_the_alt_text(written, language, scratch):
    chart, files = exported(written, language, scratch)
    assert files["alt.txt"] == (chart.alt_text + "\n").encode("utf-8")


@output("chart texts JSON", reads_an_export=True)
def texts_json_reads_back(written, language, scratch):
    chart, files = exported(written, language, scratch)
    texts = json.loads(files["json"])
    assert [texts[name] for name in ("title", "note", "source", "alt_text", "description")] == [
        chart.title, chart.note, chart.source, chart.alt_text, chart.description
    ]


@output("chart CSV", reads_an_export=True)
def csv_reads_back(written, language, scratch):
    chart, files = exported(written, language, scratch)
    for name in ("csv", "datawrapper.csv"):
        assert csv_cells(files[name]) == [["label", "value"], [written, "1.0" if name == "csv" else "1"],
                                          ["Other", "2.0" if name == "csv" else "2"]]


@output("claims file")
def claims_file_reads_back(written, language, scratch):
    problem = data.text_problem(written)  # statements and caveats come from the data, which `kit check` gates
    if problem:
        raise refused_clearly(KitError(problem, fix="the data check's fix"))
    claim = claims.Claim(written, written, written, claims.Verdict.UNSUPPORTED, (written, written), (),
                         statement=written, said_by=(written,))
    path = claims.write([claim], scratch, language)
    (row,) = claims.read(path).to_dict("records")
    assert [row[name] for name in ("claim_id", "statement", "said_by", "article_value", "computed_value")] == [written] * 5
    joined = words.render(words.join([written, written], claims.SEPARATOR), language)  # the language's typography
    assert row["caveats"] == joined


@output("data description at kit check")
def description_text_is_refused_or_kept(written, language, scratch):
    fields = {"title": written, "caveats": [written], "sources": [{"title": written, "path": written}]}
    found = data.value_errors(fields, ())  # what `kit check` finds in a description
    assert found[-1].startswith("sources[0].path: ")  # no hostile text is a web address
    if found[:-1]:
        assert [line.split(":", 1)[0] for line in found[:-1]] == ["title", "caveats[0]", "sources[0].title"]
        raise refused_clearly(data.content_error("a description", "its file", found))


MUST_REFUSE = {"right-to-left override", "left-to-right isolate", "homoglyph", "control characters"}  # not escapable
# Each text is exported once per language, whichever output reads it first (about 0.1 s: 10 s in all), so the
# outputs that read an export are `slow` together: marked by duration, only the first would be, and the export's
# cost would move to the next in `make test-fast`.
CASES = [
    pytest.param(
        name, key, language, id=f"{name}-{key}-{language}", marks=[pytest.mark.slow] if name in READ_AN_EXPORT else []
    )
    for name in OUTPUTS
    for key in STRINGS
    for language in (i18n.LANGUAGES if name != "data description at kit check" else [i18n.SOURCE])
]


@pytest.mark.parametrize("name, key, language", CASES)
def test_hostile_text_is_carried_safely_or_refused_clearly(name, key, language, tmp_path_factory):
    scratch = tmp_path_factory.getbasetemp() / "hostile"
    scratch.mkdir(exist_ok=True)
    try:
        OUTPUTS[name](STRINGS[key], language, scratch)
    except Refused:
        pass  # clearly: `refused_clearly` checked it
    else:
        assert key not in MUST_REFUSE, f"{name} took {key!r}, which it must refuse"


def test_a_very_long_source_line_is_refused_by_the_chart_check_not_exported_at_any_height():
    long = "Source: " + ("Example Institute, " * 300)[:5626]  # 5,634 characters, as pasted by mistake
    found = chartcheck.check(dataclasses.replace(hostile_chart("Russia ranks 28th", i18n.SOURCE), source=long))
    source = [problem for problem in found if problem.rule == "source"]
    assert source and str(source[0]).startswith(f"source: {len(long)} characters, at most ")
    assert len(str(source[0])) < 200  # says what is wrong without repeating the whole line
    assert "height" in {problem.rule for problem in found}  # and the page it makes is too tall to print
