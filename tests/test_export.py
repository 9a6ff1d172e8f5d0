"""Charts and publication exports: house style, sizes, accessibility, determinism, atomic writes. Any declared
chart would do: these use the first story's first chart (found by discovery); what one chart shows is tested
with its story (tests/stories/)."""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import html
import io
import json
import os
import re
import subprocess
import sys
import warnings

import numpy as np
import pandas as pd
import pytest
from PIL import Image

from fontTools.ttLib import TTFont
from matplotlib import font_manager

from kit import charts, export, files, fmt, i18n, paths, story, style
from kit.errors import ExportError

STORY = story.stories()[0]
SLUG, DRAW = next(iter(STORY.charts.items()))


@pytest.fixture(scope="module")
def chart():
    return DRAW()


def changed(chart):
    """The same chart (same slug) with another title: what a second export of it would write."""
    return dataclasses.replace(chart, title=f"{chart.title} (changed)")


WEB_ONLY = [charts.WEB]  # enough to test the file mechanics, and three times faster


def digests(folder):
    return {path.name: hashlib.sha256(path.read_bytes()).hexdigest() for path in sorted(folder.iterdir())}


def test_charts_render_at_the_named_widths(chart):
    for width in charts.WIDTHS:
        assert chart.figure(width).get_size_inches()[0] == pytest.approx(width.inches)
    assert charts.WEB.inches * 96 == pytest.approx(640)
    assert charts.ONE_COLUMN.inches * 25.4 == pytest.approx(89)


def test_rendering_uses_the_house_font_without_warnings(chart):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        svg = export.render(chart, charts.WEB, ["svg"])["svg"].decode()
    assert "Source Sans Pro" in svg and "DejaVu" not in svg


def test_export_writes_every_format_width_data_and_alt_text(chart, out_dirs):
    written = export.export(chart)
    names = set(written.names)
    for width in ("web", "one-column", "two-column"):
        for fmt in ("png", "svg", "pdf"):
            assert f"{SLUG}.{width}.{fmt}" in names
    assert {f"{SLUG}.csv", f"{SLUG}.alt.txt", f"{SLUG}.json"} <= names
    folder = export.folder_of(SLUG)
    with Image.open(folder / f"{SLUG}.web.png") as png:
        assert png.size[0] == 1280  # 2x of 640 CSS pixels
    svg = (folder / f"{SLUG}.web.svg").read_text()
    title = re.search(rf'<title id="{SLUG}-web-title">([^<]*)</title>', svg)
    assert "<text" in svg and title and html.unescape(title[1]).startswith(chart.title) and "<desc" in svg
    pdf = (folder / f"{SLUG}.web.pdf").read_bytes()
    assert b"CreationDate" not in pdf and b"FontFile2" in pdf  # embedded TrueType, no timestamp
    assert (folder / f"{SLUG}.csv").read_text().splitlines()[0] == ",".join(chart.data.columns)
    assert (folder / f"{SLUG}.alt.txt").read_text().strip() == chart.alt_text
    where = folder.relative_to(out_dirs[0]).as_posix()  # the article's published folder, then the chart's
    assert "/" not in repr(written).replace(f"exports/{where}/", "")  # no machine paths


@pytest.mark.integration  # two processes exporting a chart in full
def test_exports_are_byte_identical_across_processes(tmp_path):
    script = (
        "import sys; from kit import export, story; "
        "export.export(story.stories()[0].charts[sys.argv[2]](), folder=sys.argv[1])"
    )
    for run in ("a", "b"):
        subprocess.run([sys.executable, "-c", script, str(tmp_path / run), SLUG], check=True)
    assert digests(tmp_path / "a") == digests(tmp_path / "b")


def test_an_unwritable_export_folder_is_reported_and_nothing_is_written(chart, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(ExportError, match="Cannot create the folder") as error:
        export.export(chart, folder=blocker / "charts")
    assert "KIT_EXPORTS_DIR" in str(error.value)


def test_a_failure_midway_leaves_the_previous_export_intact(chart, out_dirs, monkeypatch):
    export.export(chart, widths=WEB_ONLY)
    folder = export.folder_of(SLUG)
    before = digests(folder)
    real_open = open
    opened = []

    def failing_open(path, mode="r", *args, **kwargs):
        if "w" in mode and ".new-" in str(path):
            opened.append(path)
            if len(opened) == 4:
                raise OSError(28, "No space left on device")
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", failing_open)
    with pytest.raises(ExportError, match="No space left.*previous files are unchanged"):
        export.export(changed(chart), widths=WEB_ONLY, folder=folder)
    monkeypatch.undo()
    assert digests(folder) == before
    assert [p.name for p in folder.parent.iterdir()] == [SLUG]  # no staging left behind


def test_a_failed_swap_puts_the_previous_export_back(chart, out_dirs, monkeypatch):
    export.export(chart, widths=WEB_ONLY)
    folder = export.folder_of(SLUG)
    before = digests(folder)
    real_replace = os.replace

    def failing_replace(source, target):
        if ".new-" in str(source):
            raise OSError(5, "Input/output error")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(ExportError, match="Input/output error"):
        export.export(changed(chart), widths=WEB_ONLY, folder=folder)
    monkeypatch.undo()
    assert digests(folder) == before
    assert [p.name for p in folder.parent.iterdir()] == [SLUG]


def test_a_second_export_removes_files_the_first_had_and_the_second_does_not(chart, out_dirs):
    folder = export.folder_of(SLUG)
    export.export(chart, widths=[charts.WEB, charts.ONE_COLUMN])
    export.export(chart, widths=WEB_ONLY)
    assert list(folder.glob("*web*")) and not list(folder.glob("*one-column*"))


def test_a_render_failure_writes_nothing(chart, out_dirs, monkeypatch):
    export.export(chart, widths=WEB_ONLY)
    folder = export.folder_of(SLUG)
    before = digests(folder)

    def broken(*args):
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(export, "render", broken)
    with pytest.raises(RuntimeError):
        export.export(changed(chart), widths=WEB_ONLY)
    assert digests(folder) == before


@pytest.mark.parametrize(
    "title, slug",
    [
        ("Russia ranks 28th / of 36", "russia-ranks-28th-of-36"),
        ("../../etc/passwd", "etc-passwd"),
        ("Россия: 28-е место", "28"),
        ("Zürich's  AI", "zurich-s-ai"),
    ],
)
def test_titles_become_safe_file_names(title, slug):
    assert files.slugify(title) == slug


def test_a_title_with_no_usable_characters_is_refused():
    with pytest.raises(ExportError, match="no usable file name"):
        files.slugify("///")


LONG = "russia-" * 12  # 84 characters: a folder name keeps the first 80


@pytest.mark.parametrize(
    "first, second",
    [(LONG + "in-2024", LONG + "in-2025"), ("GPU gap", "gpu-gap"), ("Russia: 28th", "russia-28th")],
    ids=["differing after 80 characters", "differing in case and spaces", "differing in punctuation"],
)
def test_two_charts_never_share_a_folder_the_second_is_refused_naming_both(chart, out_dirs, first, second):
    folder = export.export(dataclasses.replace(chart, slug=first), widths=WEB_ONLY).folder
    assert folder.name == files.slugify(first)
    before = digests(folder)
    with pytest.raises(ExportError) as error:
        export.export(dataclasses.replace(chart, slug=second), widths=WEB_ONLY)
    assert repr(first) in error.value.problem and repr(second) in error.value.problem and error.value.fix
    assert digests(folder) == before  # the first chart's files are untouched
    export.export(dataclasses.replace(chart, slug=first, title="Its title, changed"), widths=WEB_ONLY)
    assert digests(folder) != before  # the same chart replaces its own files


def test_the_web_png_shown_in_notebooks_is_2x_and_declares_its_css_width_and_alt_text(chart):
    shown = chart._repr_mimebundle_()["text/html"]
    source = re.search(r'src="data:image/png;base64,([^"]+)"', shown)[1]
    with Image.open(io.BytesIO(base64.b64decode(source))) as image:
        assert image.size[0] == 1280 and 'width="640"' in shown
    assert f'alt="{html.escape(chart.title, quote=True)}' in shown


README_FIGURES = [(each, language) for each in story.stories() if each.readme_figure for language in each.languages]


@pytest.mark.parametrize(
    "each, language", README_FIGURES, ids=[f"{each.name}-{language}" for each, language in README_FIGURES]
)
def test_the_readme_figure_is_the_current_chart_in_each_language(each, language):
    if each.facts:  # computed once, rendered in the language, as the build publishes it
        chart = each.chart(each.readme_figure).in_language(language)
    else:
        with i18n.use(language):
            chart = each.charts[each.readme_figure]()
    name = f"{export.stem(each.readme_figure, language)}.png"
    committed = (paths.ROOT / "docs" / name).read_bytes()
    assert committed == export.render(chart, charts.WEB, ["png"])["png"], f"docs/{name} is stale: make figures"


def test_a_failed_table_write_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "table.csv"
    files.write_text(target, "old\n")

    def failing_replace(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(ExportError, match="previous version of the file is intact"):
        files.write_text(target, "new\n")
    monkeypatch.undo()
    assert target.read_text() == "old\n" and [p.name for p in tmp_path.iterdir()] == ["table.csv"]


def test_a_widget_preview_matches_the_published_png_to_the_eye(chart):
    with Image.open(io.BytesIO(chart.png())) as published, Image.open(io.BytesIO(chart.png(preview=True))) as preview:
        assert preview.size == published.size
        difference = np.abs(np.asarray(published.convert("L"), "int16") - np.asarray(preview.convert("L"), "int16"))
    assert difference.mean() < 3  # text placed at whole pixels: edges differ, nothing moves


def test_wrapped_lines_fit_their_width_measured_whole():
    text = " ".join(chart.note for each in story.stories() if each.charts for chart in [next(iter(each.charts.values()))()])
    for width in (2.0, 3.5, 6.4):
        lines = charts.wrap(text, width, 8.5).split("\n")
        assert len(lines) > 1 and " ".join(lines) == " ".join(text.split())
        assert all(charts.text_width(line, 8.5) <= width for line in lines)
        assert all(
            charts.text_width(f"{line} {following.split()[0]}", 8.5) > width
            for line, following in zip(lines, lines[1:])
        )


def test_the_datawrapper_csv_has_a_label_column_first_then_the_plotted_numbers_unrounded(chart, out_dirs):
    export.export(chart, widths=WEB_ONLY)
    written = pd.read_csv(export.folder_of(SLUG) / f"{SLUG}.datawrapper.csv")
    assert written.iloc[:, 0].is_unique  # one row per label
    numbers = chart.data.select_dtypes("number")
    for column in written.columns[1:]:
        if column in numbers:  # a column plotted as it is (not pivoted): every number as it is in the data
            assert sorted(written[column].dropna()) == sorted(numbers[column].dropna())


def test_datawrapper_table_pivots_long_data_to_one_column_per_series_in_the_datas_order():
    long = pd.DataFrame(
        {
            "country": ["B", "B", "A", "A"],
            "pillar": ["Talent", "R&D", "Talent", "R&D"],
            "score": [2.5, 1.0, 0.125, 3.0],
        }
    )
    table = export.datawrapper_table(long, charts.Wide(label="country", series="pillar", value="score"))
    assert table.columns.tolist() == ["country", "Talent", "R&D"]
    assert table.to_dict("records") == [
        {"country": "B", "Talent": 2.5, "R&D": 1.0},
        {"country": "A", "Talent": 0.125, "R&D": 3.0},
    ]


def test_datawrapper_table_writes_iso_dates_and_leaves_missing_values_empty():
    frame = pd.DataFrame(
        {
            "day": pd.to_datetime(["2025-01-31", "2025-02-28"]),
            "country": ["Russia", "Ukraine"],
            "blocked": [1200.0, None],
            "share": [0.125, 0.5],
        }
    )
    text = export.datawrapper_table(frame).to_csv(index=False, lineterminator="\n")
    assert text == "country,day,blocked,share\nRussia,2025-01-31,1200,0.125\nUkraine,2025-02-28,,0.5\n"
    dated = export.datawrapper_table(frame, charts.Wide(label="day")).to_csv(index=False, lineterminator="\n")
    assert dated.splitlines()[:2] == ["day,blocked,share", "2025-01-31,1200,0.125"]


def test_svgs_name_fallback_fonts_keep_ids_apart_and_repeat_no_clip_path(chart):
    svgs = {width.name: export.render(chart, width, ["svg"])["svg"].decode() for width in charts.WIDTHS}
    for name, svg in svgs.items():
        assert "font-family: 'Source Sans Pro', 'Source Sans 3', 'Helvetica Neue', Helvetica, Arial, sans-serif" in svg
        assert "font-family: 'Source Sans Pro';" not in svg
        ids = re.findall(r' id="([^"]+)"', svg)
        assert len(ids) == len(set(ids)) and all(i.startswith(f"{SLUG}-{name}-") for i in ids)
        assert svg.count("clip-path=") <= 1
    web, one = (set(re.findall(r' id="([^"]+)"', svgs[n])) for n in ("web", "one-column"))
    assert not web & one  # two sizes of one chart can sit in one page


def test_pdf_font_subsets_keep_text_as_embedded_truetype_and_the_same_bytes_warm_or_cold(chart):
    assert not export.missing_internals(), "matplotlib changed: PDFs fall back to its own (slower) font subsets"
    export._subset_bytes.cache_clear()
    cold = export.render(chart, charts.ONE_COLUMN, ["pdf"])["pdf"]
    warm = export.render(chart, charts.ONE_COLUMN, ["pdf"])["pdf"]
    assert cold == warm and b"FontFile2" in cold and b"ToUnicode" in cold
    assert export._subset_bytes.cache_info().hits >= 1
    house_font = font_manager.findfont(font_manager.FontProperties(family=style.FONT_FAMILY))
    font_bytes, index_map = export._subset_bytes(house_font, frozenset({0, 36, 37}))
    subset = TTFont(io.BytesIO(font_bytes))
    assert "glyf" in subset and not any(table in subset for table in export.LAYOUT_TABLES)
    assert len(subset.getGlyphOrder()) < 10 and dict(index_map)[36] < 10


def test_the_texts_file_carries_the_description_and_the_full_source_chains(chart, out_dirs):
    from kit import data

    export.export(chart, widths=WEB_ONLY)
    texts = json.loads((export.folder_of(SLUG) / f"{SLUG}.json").read_text())
    assert texts["description"] == chart.description and texts["title"] == chart.title
    assert len(texts["sources"]) == len(chart.sources) and all("retrieved" in chain for chain in texts["sources"])
    for source, chain in zip(chart.sources, texts["sources"], strict=True):
        assert data.provenance(source).publisher.replace("'", "\u2019") in chain  # with the house's typography
        assert not re.search(r"\d{4}-\d{2}", chain), chain  # dates as readers write them (issue 27)


def test_a_source_chain_gives_its_dates_as_readers_of_its_language_write_them():
    """Issue 27: the gallery's sources in full read 'published 2026-06-04; retrieved 2026-11-25', in English
    whatever the page's language."""
    from kit import data

    name = next(name for each in story.stories() for slug in each.charts for name in each.chart(slug).sources
                if len(data.provenance(name).published) == 10 and data.provenance(name).retrieved)
    source = data.provenance(name)
    english, ukrainian = export.source_chain(name), export.source_chain(name, "uk")
    assert f"published {fmt.date(source.published, language='en')}; retrieved " in english
    assert f"опубліковано: {fmt.date(source.published, language='uk')}; отримано: " in ukrainian
    assert not re.search(r"\d{4}-\d{2}", english + ukrainian)
    assert [export.plain_date(day) for day in ("2025-11", "2025", "")] == ["November 2025", "2025", ""]


def test_datawrapper_tables_write_whole_numbers_as_integers_beside_fractions():
    frame = pd.DataFrame({"buyer": ["Microsoft", "Sberbank, yearly average"], "units": [485000.0, 2893.6]})
    assert export.datawrapper_table(frame).to_csv(index=False, lineterminator="\n") == (
        "buyer,units\nMicrosoft,485000\n\"Sberbank, yearly average\",2893.6\n"
    )


def test_texts_measured_once_per_chart_give_the_same_bytes_as_measured_by_every_renderer(monkeypatch):
    """The export shares text measurements between the renderers of a chart's widths and formats (a matplotlib
    internal): when an upgrade changes what a measurement depends on, the files differ and this fails."""
    assert "matplotlib.text._get_text_metrics_function" not in export.missing_internals()
    with i18n.use("uk"):
        chart = DRAW()
    shared = export._files(chart, charts.WIDTHS, "chart")
    monkeypatch.setattr(export._text_measured_once, "usable", False)
    assert export._files(chart, charts.WIDTHS, "chart") == shared


def test_a_datawrapper_table_takes_headers_readers_read_and_the_precision_the_chart_shows():
    from kit import words
    from kit.charts import Wide
    from kit.i18n import t

    frame = pd.DataFrame({"code": ["a", "b"], "score": [78.60069444444444, 10.665]})
    header = t("fmt-times", times=2, shown="2")  # any text of the catalogs stands for a header
    wide = Wide(label="code", values=("score",), names={"score": header}, places={"score": 2})
    table = export.datawrapper_table(frame, words.rendered(wide, "uk"))
    assert table.columns.tolist() == ["code", words.render(header, "uk")]
    assert table.iloc[:, 1].tolist() == [78.6, 10.67]  # rounded half up to what the chart shows


def test_svgs_carry_the_house_font_the_glyphs_each_weight_draws_as_woff2(chart, tmp_path, monkeypatch):
    """Issue 27: on a machine without Source Sans the fallback font pushed text past the edge; each SVG now carries
    the glyphs it draws, per weight (tests/browser/test_svg_portable.py renders them without the font installed)."""
    svg = export.render(chart, charts.ONE_COLUMN, ["svg"])["svg"].decode()
    faces = dict(re.findall(r"@font-face\{font-family:'Source Sans Pro';font-weight:(\d+);src:url\(data:font/woff2;"
                            r"base64,([^)]+)\) format\('woff2'\)\}", svg))
    drawn: dict[str, set[str]] = {}
    for css, content in re.findall(r'<text style="([^"]*)"[^>]*>([^<]*)</text>', svg):
        drawn.setdefault("600" if "font-weight: 600" in css else "400", set()).update(html.unescape(content))
    assert set(faces) == set(drawn) == {"400", "600"}
    for weight, encoded in faces.items():
        font = TTFont(io.BytesIO(base64.b64decode(encoded)))
        assert font.flavor == "woff2" and {ord(c) for c in drawn[weight]} <= set(font.getBestCmap())
        assert len(font.getBestCmap()) <= len(drawn[weight]) + 2 and "GPOS" in font  # the glyphs used, kerned
    assert svg.index("@font-face") < svg.index("<text")
    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path))  # made afresh, not read from the cache: the same bytes
    assert export.font_subset.__wrapped__(400, "".join(sorted(drawn["400"]))) == base64.b64decode(faces["400"])
    assert list(tmp_path.glob("svg-fonts/*.woff2"))


# -- Datawrapper CSVs as a graphics desk receives them ------------------------------------------------------

def datawrapper_problems(text: str, language: str) -> list[str]:
    """What a desk finds reading a Datawrapper CSV as Datawrapper does (the layout: `export.datawrapper_reading`)
    and as an editor of the file's language does (its headers, labels and text cells proofread: no English in a
    Ukrainian or Russian file, none of the kit's inner words)."""
    from kit import proofread

    found = export.datawrapper_reading(text)
    for cell in export.datawrapper_texts(text):
        found += [f"{cell!r}: {f.kind} {f.found!r}" for f in proofread.findings(cell, language)]
    return found


RENDERED = [(each.name, slug, language) for each in story.stories() if each.facts for slug in each.charts
            for language in each.built_languages]


@pytest.mark.parametrize("name, slug, language", RENDERED, ids=[f"{s}-{lang}" for _, s, lang in RENDERED])
def test_each_datawrapper_file_of_a_story_rendering_its_facts_reads_as_a_desk_reads_it(name, slug, language):
    """As tests/test_proofread_outputs.py: every story that renders its facts in each language (FACTS.md); the
    others are held to it when they are converted."""
    chart = story.get(name).chart(slug).in_language(language)
    problems = datawrapper_problems(export.datawrapper_csv(chart), language)
    assert not problems, "\n".join(problems)


def test_the_datawrapper_reading_catches_what_a_desk_found():
    """Issue 27's Datawrapper files, as a desk received them: each defect is found."""
    found = "\n".join(datawrapper_problems(
        "part,supports,first\nlandlines,1,2018.966\nluhansk-answer,0,\n", "en"))
    assert "years with a fraction" in found and "labels written as internal keys" in found
    assert "'supports': internal" not in found and "'first': internal" not in found  # words, not keys
    found = "\n".join(datawrapper_problems("country,score,rank\nUnited States,78.60069444444444,1\n", "en"))
    assert "14 decimals" in found
    found = "\n".join(datawrapper_problems("country,median_rank\nСША,1\n", "uk"))
    assert "'country': english 'country'" in found and "'median_rank': internal 'median_rank'" in found
    found = "\n".join(datawrapper_problems("label,value,derived\nA,1,True\nB,2,False\n", "en"))
    assert "a Python value 'True'" in found and "a Python value 'False'" in found
    found = "\n".join(datawrapper_problems("label,value\nA,high\nA,2\n", "en"))
    assert "labels missing or repeated" in found and "the plotted value, is not all numbers" in found
    found = "\n".join(datawrapper_problems("label,value,when\nA,1,reported 2026-01-19\nB,2,2026-01-20\n", "en"))
    assert "mixes numbers or dates with text" in found and "iso-date" in found
    assert datawrapper_problems("country,value,date\nUnited States,1.5,2026-01-20\nChina,2,2026-01\n", "en") == []


def test_a_datawrapper_table_refuses_python_values_and_years_with_a_fraction():
    flagged = pd.DataFrame({"label": ["a", "b"], "value": [1, 2], "derived": [True, False]})
    with pytest.raises(ExportError, match=r"'derived'.*Python value") as error:
        export.datawrapper_table(flagged, charts.Wide(label="label", values=("value", "derived")), "the chart 'x'")
    assert error.value.fix and "words" in error.value.fix and "the chart 'x'" in error.value.where
    dated = pd.DataFrame({"part": ["a", "b"], "records": [1, 2], "first": [2018.966, 2014.309]})
    with pytest.raises(ExportError, match=r"years with a fraction in its column 'first' \(2018.966\)"):
        export.datawrapper_table(dated)
    whole = dated.assign(first=[2018, 2014])
    assert export.datawrapper_table(whole)["first"].tolist() == [2018, 2014]
    days = dated.assign(first=pd.to_datetime(["2018-12-18", "2014-04-23"]))
    assert export.datawrapper_table(days)["first"].tolist() == ["2018-12-18", "2014-04-23"]


def test_proofreading_a_story_whose_datawrapper_file_the_export_refuses_says_so_and_reads_the_rest():
    """`python -m kit proofread` stopped at the first chart whose Datawrapper table the export refuses."""
    from kit import proofread

    base = next(each for each in story.stories() if each.facts)
    slug = next(iter(base.charts))

    def refused():
        years = pd.DataFrame({"label": ["a", "b"], "value": [1, 2], "first": [2018.966, 2014.309]})
        return dataclasses.replace(base.chart(slug), data=years, wide=None)

    found = proofread.story_findings(dataclasses.replace(base, charts={slug: refused}))
    said = [(where, f) for where, f in found if f.kind == "datawrapper"]
    assert len(said) == len(base.built_languages) and "years with a fraction" in said[0][1].text
    assert all(where.startswith(f"{slug} (") for where, _ in said)


def test_a_datawrapper_table_takes_readable_labels_before_keys():
    """Issue 27: the records chart's Datawrapper file labelled its rows 'landlines', 'luhansk-answer'."""
    frame = pd.DataFrame({"claim_id": ["a", "a"], "part": ["landlines", "luhansk-answer"],
                          "label": ["Putin: governs by landline", "Alisa: called Luhansk Ukraine"], "records": [1, 0]})
    assert export.datawrapper_table(frame).columns.tolist() == ["label", "records"]
    assert export.datawrapper_table(frame.drop(columns="label")).columns.tolist() == ["part", "records"]
