"""Publication files: PNG (2x), SVG (text kept as text) and PDF at each named width, the plotted data as
CSV (as plotted, and wide for Datawrapper: what Datawrapper or a desk cannot read, a Python value or a year
with a fraction, is refused), the alt text, and the chart's texts, longer description and full
source chains as JSON; and the story's tidy tables in `data/processed/`.

Output is byte-for-byte deterministic (no dates, no software stamps, SVG ids made from the chart's slug and
width) and written atomically: a chart's files are all rendered in memory first, then its folder is replaced
whole, from one complete set of files to another: the languages written get their new files, the files of the
languages not written this time stay as they were (a build exports English first and the other languages after
it: one that fails or is killed in between leaves every language's files in place). SVGs name a list of
fallback fonts and carry the house font itself (a WOFF2 subset of the glyphs they use, in an @font-face), so they
render the same on a machine without it, and set every id apart per chart and width, so several can sit in one page.
Two charts never share a folder: a chart whose folder name another chart's folder already has is refused, naming
both.
"""

from __future__ import annotations

import base64
import contextlib
import csv
import functools
import hashlib
import html
import importlib.metadata
import io
import json
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import font_source_sans_pro
import matplotlib as mpl
import matplotlib.text as mtext
import numpy as np
import pandas as pd
from fontTools import subset
from fontTools.ttLib import TTFont
from matplotlib.backends import _backend_pdf_ps
from matplotlib.backends.backend_mixed import MixedModeRenderer
from matplotlib.font_manager import weight_dict

from kit import charts, data, files, fmt, i18n, paths, style, words
from kit.errors import ExportError, KitError
from kit.charts import Chart, Wide, Width

FORMATS = ("png", "svg", "pdf")
METADATA = {"png": {"Software": None}, "svg": {"Date": None}, "pdf": {"CreationDate": None, "Producer": None}}
PNG_COMPRESSION = 3  # zlib level: a third of the default's time, files about 10% larger


@dataclass(frozen=True)
class Exported:
    """The files written for one chart, relative to the exports folder (so output never shows a machine's path)."""

    folder: Path
    names: tuple[str, ...]

    def __repr__(self) -> str:
        try:
            where = self.folder.resolve().relative_to(paths.exports_dir().resolve()).as_posix()
        except ValueError:  # written elsewhere: its folder's name alone
            where = self.folder.name
        return "\n".join(f"exports/{where}/{name}" for name in self.names)


def render(chart: Chart, width: Width, formats: Sequence[str] = FORMATS) -> dict[str, bytes]:
    """A chart at one width in each format, as bytes (the page is laid out once for all of them)."""
    rendered = {}
    language = "" if chart.language == i18n.SOURCE else f"-{chart.language}"
    prefix = f"{files.slugify(chart.slug)}-{width.name}{language}"
    with style.context(), mpl.rc_context({"svg.hashsalt": prefix}), _subsets_reused():
        figure = chart.figure(width)
        for fmt in formats:
            metadata = dict(METADATA[fmt])
            options = {}
            if fmt == "pdf":
                metadata.update(Title=chart.title, Subject=chart.alt_text, Creator="kit")
            elif fmt == "png":
                metadata.update(Title=chart.title, Description=chart.alt_text)
                options["pil_kwargs"] = {"compress_level": PNG_COMPRESSION}
            buffer = io.BytesIO()
            figure.savefig(buffer, format=fmt, dpi=charts.CSS_DPI * 2, metadata=metadata, **options)
            rendered[fmt] = _accessible_svg(buffer.getvalue(), chart, prefix) if fmt == "svg" else buffer.getvalue()
    return rendered


def _accessible_svg(svg: bytes, chart: Chart, prefix: str) -> bytes:
    """Give the SVG a role, a <title> and a <desc> (the alt text) for screen readers, ids of its own (every id
    and reference prefixed with the chart's slug and width), the house font's glyphs it uses and a list of
    fallback fonts."""
    text = svg.decode("utf-8")
    ids = set(re.findall(r' id="([^"]+)"', text))
    text = re.sub(r' id="([^"]+)"', lambda m: f' id="{prefix}-{m[1]}"', text)
    text = re.sub(r"url\(#([^)]+)\)", lambda m: f"url(#{prefix}-{m[1]})" if m[1] in ids else m[0], text)
    text = re.sub(r'href="#([^"]+)"', lambda m: f'href="#{prefix}-{m[1]}"' if m[1] in ids else m[0], text)
    fallbacks = ", ".join(f"'{name}'" if " " in name else name for name in style.FONT_FALLBACKS)
    text = text.replace(f"font-family: '{style.FONT_FAMILY}'", f"font-family: '{style.FONT_FAMILY}', {fallbacks}")
    text = text.replace("</style>", font_faces(text) + "</style>", 1)
    start = text.index("<svg ")
    end = text.index(">", start) + 1
    opening = text[start:end].replace(
        "<svg ", f'<svg role="img" lang="{chart.language}" aria-labelledby="{prefix}-title {prefix}-desc" ', 1
    )
    labels = (
        f'\n <title id="{prefix}-title">{html.escape(chart.title)}</title>'
        f'\n <desc id="{prefix}-desc">{html.escape(chart.alt_text)}</desc>'
    )
    return (text[:start] + opening + labels + text[end:]).encode("utf-8")


# -- the house font in SVGs: the glyphs each uses, as WOFF2 ------------------------------------------------

SVG_TEXT = re.compile(r'<text style="([^"]*)"[^>]*>([^<]*)</text>')
SVG_WEIGHT = re.compile(r"font-weight: ?(\w+)")
FONT_FILES = {400: "Regular", 600: "Semibold", 700: "Bold"}  # weight -> the house font's file (kit.style)


def font_faces(svg: str) -> str:
    """CSS @font-face rules that carry the house font into an SVG: per weight its text uses, a WOFF2 subset of
    the characters it draws at that weight, as a data URI (a browser then draws the SVG as the kit laid it out,
    whether or not the font is installed)."""
    used: dict[int, set[str]] = {}
    for css, content in SVG_TEXT.findall(svg):
        found = SVG_WEIGHT.search(css)
        weight = (int(found[1]) if found[1].isdigit() else weight_dict.get(found[1], 400)) if found else 400
        used.setdefault(min(FONT_FILES, key=lambda w: abs(w - weight)), set()).update(html.unescape(content))
    return "".join(
        f"@font-face{{font-family:'{style.FONT_FAMILY}';font-weight:{weight};src:url(data:font/woff2;base64,"
        f"{base64.b64encode(font_subset(weight, ''.join(sorted(characters)))).decode('ascii')}) format('woff2')}}"
        for weight, characters in sorted(used.items())
    )


@functools.lru_cache(maxsize=256)
def font_subset(weight: int, characters: str) -> bytes:
    """The house font at a weight as a WOFF2 subset of these characters (kerning and ligatures kept, as the chart's
    layout used them); made once per machine and set of characters (about half a second), then read from the cache
    folder (`KIT_CACHE_DIR`, else the user's), from a file only this user can write."""
    source = Path(font_source_sans_pro.font_directory) / f"SourceSansPro-{FONT_FILES[weight]}.ttf"
    recipe = "|".join([importlib.metadata.version("fonttools"), importlib.metadata.version("brotli"),
                       hashlib.sha256(source.read_bytes()).hexdigest(), characters])
    cached = paths.cache_dir() / "svg-fonts" / (
        hashlib.sha256(recipe.encode("utf-8")).hexdigest()[:24] + ".woff2"
    )
    with contextlib.suppress(OSError):
        if cached.stat().st_uid == os.getuid() and not cached.stat().st_mode & 0o022:
            payload = cached.read_bytes()
            if payload.startswith(b"wOF2"):
                return payload
    options = subset.Options(flavor="woff2", layout_features=["kern", "liga"], hinting=False, name_IDs=[0, 1, 2])
    buffer = io.BytesIO()
    with subset.load_font(io.BytesIO(source.read_bytes()), options) as font:
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=[ord(character) for character in characters])
        subsetter.subset(font)
        subset.save_font(font, buffer, options)
    with contextlib.suppress(KitError):
        files.write_bytes(cached, buffer.getvalue())
    return buffer.getvalue()


# -- fonts in PDFs: small subsets, each made once per process -------------------------------------------

LAYOUT_TABLES = ("GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "kern")  # shaping: done before a PDF is written


@functools.lru_cache(maxsize=128)
def _subset_bytes(fontfile, glyphs: frozenset) -> tuple[bytes, tuple]:
    """A TrueType subset of the glyphs a PDF uses, without the layout tables a PDF never reads (matplotlib
    places every glyph itself; reading those tables was most of a subset's time)."""
    options = subset.Options(glyph_names=True, recommended_glyphs=True, layout_features=[])
    options.drop_tables += [*LAYOUT_TABLES, "FFTM", "PfEd", "meta"]
    options.font_number = getattr(fontfile, "face_index", 0)
    font = subset.load_font(fontfile, options)
    for tag in options.drop_tables:  # before subsetting, which would otherwise read the layout tables first
        if tag in font:
            del font[tag]
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(gids=sorted(glyphs))
    subsetter.subset(font)
    with font:
        return _backend_pdf_ps.font_as_file(font).getvalue(), tuple(subsetter.glyph_index_map.items())


def _reused_subset(fontfile, glyphs):
    """The font subset for a PDF, made once per font and set of glyphs (a chart's three widths use the same)."""
    try:
        font_bytes, index_map = _subset_bytes(fontfile, frozenset(glyphs))
    except TypeError:  # an unhashable font path: matplotlib's own subset
        return _ORIGINAL_SUBSET(fontfile, glyphs)
    font = TTFont(io.BytesIO(font_bytes), recalcTimestamp=False, recalcBBoxes=False)  # as fontTools subsets it
    return _backend_pdf_ps.SubsetResults(font, dict(index_map))._as_cm()


_ORIGINAL_SUBSET = getattr(_backend_pdf_ps, "get_glyphs_subset", None)


class _subsets_reused:
    """Within the block, PDFs embed the kit's font subsets (when this matplotlib has the internals it needs;
    else its own): `missing_internals()` names what an upgrade removed (a test fails on it)."""

    usable = _ORIGINAL_SUBSET is not None and hasattr(getattr(_backend_pdf_ps, "SubsetResults", None), "_as_cm")

    def __enter__(self):
        if self.usable:
            _backend_pdf_ps.get_glyphs_subset = _reused_subset

    def __exit__(self, *exc):
        if self.usable:
            _backend_pdf_ps.get_glyphs_subset = _ORIGINAL_SUBSET


# -- text measured once per chart and language -------------------------------------------------------


_ORIGINAL_MEASURE = getattr(mtext, "_get_text_metrics_function", None)


class _text_measured_once:
    """Within the block, a text measured by one renderer is not measured again by another of the same kind at
    the same resolution: a chart's three widths and their formats repeat most of their texts, and matplotlib
    keeps its measurements per renderer (a new one for every file). About a tenth of an export's time."""

    usable = _ORIGINAL_MEASURE is not None

    def __enter__(self):
        if self.usable:
            mtext._get_text_metrics_function = functools.partial(self._shared, {})

    def __exit__(self, *exc):
        if self.usable:
            mtext._get_text_metrics_function = _ORIGINAL_MEASURE

    @staticmethod
    def _shared(measured: dict, renderer):
        own = _ORIGINAL_MEASURE(renderer)  # matplotlib's measurement (and cache) for this renderer
        drawing = renderer._renderer if isinstance(renderer, MixedModeRenderer) else renderer  # PDF, SVG
        kind = measured.setdefault(type(drawing), {})

        def metrics(text, fontprop, ismath, dpi):
            key = (text, fontprop, ismath, dpi)  # what a renderer's measurement depends on, besides its kind
            if key not in kind:
                kind[key] = own(text, fontprop, ismath, dpi)
            return kind[key]

        return metrics


def missing_internals() -> list[str]:
    """The matplotlib internals the PDF subsets and the shared text measurements rely on that this matplotlib
    lacks (empty when all are there)."""
    names = ("get_glyphs_subset", "SubsetResults", "font_as_file")
    missing = [f"matplotlib.backends._backend_pdf_ps.{name}" for name in names if not hasattr(_backend_pdf_ps, name)]
    return missing + ([] if _text_measured_once.usable else ["matplotlib.text._get_text_metrics_function"])


def export(
    chart: Chart,
    widths: Sequence[Width] = charts.WIDTHS,
    folder: Path | None = None,
    translations: Mapping[str, Chart] | None = None,
    languages: Sequence[str] = (),
) -> Exported:
    """Write every format of a chart at every width, with its data, alt text and texts, as one folder
    (by default `folder_of(slug)`) that is replaced whole: no stale or half-written files. `languages`: the chart
    rendered in each of them from its one computation; `translations`: the same chart drawn in other languages
    (language -> chart). Files in other languages than English sit beside the English ones, named
    `<slug>.<lang>.<width>.<format>`, `<slug>.<lang>.json` and so on. The files of languages not given stay
    until an export in those languages replaces them."""
    drawn = {language: chart.in_language(language) for language in languages} or {chart.language: chart}
    return _write({**drawn, **(translations or {})}, widths, folder)


def export_translations(
    translations: Mapping[str, Chart], widths: Sequence[Width] = charts.WIDTHS, folder: Path | None = None
) -> Exported:
    """Write a chart's files in other languages (language -> the chart drawn in it) into its folder, replacing
    those languages' files and keeping the others' (the English that `export` wrote): all of them, or none."""
    if i18n.SOURCE in translations:
        raise ExportError(
            f"The English chart was given as a translation of {translations[i18n.SOURCE].slug!r}.",
            fix="export the English with `export`, and only the other languages with `export_translations`.",
        )
    return _write(translations, widths, folder)


def _write(drawn: Mapping[str, Chart], widths: Sequence[Width], folder: Path | None) -> Exported:
    """The files of one chart in these languages (language -> chart), written into its folder: those languages'
    files replaced, the other languages' kept."""
    first = next(iter(drawn.values()))
    slug = files.slugify(first.slug)
    target = Path(folder) if folder is not None else folder_of(slug)
    files.writable_folder(target.parent)  # fail before spending time on rendering
    contents: dict[str, bytes] = {}
    for language, chart in drawn.items():
        if chart.slug != first.slug or chart.language != language:
            raise ExportError(
                f"The {language!r} chart given with {first.slug!r} is {chart.slug!r} in {chart.language!r}.",
                fix="draw each translation with the same function inside `i18n.use(language)`.",
            )
        contents.update(_files(chart, widths, stem(slug, language)))
    files.replace_folder(
        target,
        contents,
        keep=lambda name: language_of(slug, name) not in drawn,
        check=None if folder is not None else lambda existing: _refuse_another_chart(existing, first.slug),
    )
    return Exported(target, tuple(contents))


VIEWS = "_views"  # exports/_views/: charts no story declares (an explorer's view), in no article's folder


def folder_of(slug: str) -> Path:
    """Where a chart's files go: a chart a story declares into its article's published folder,
    `exports/<article>/<slug>/`; any other (a view chosen in an explorer) into `exports/_views/<slug>/`, which no
    gallery lists and no article's folder holds."""
    from kit import story  # the stories declare which charts are published, and for which article

    for each in story.stories():
        if slug in each.charts:
            return each.chart_folder(slug)
    return paths.exports_dir() / VIEWS / slug


def stem(slug: str, language: str) -> str:
    """The start of a chart's file names in a language: `<slug>` in English, `<slug>.<lang>` in the others."""
    return slug if language == i18n.SOURCE else f"{slug}.{language}"


def language_of(slug: str, name: str) -> str:
    """The language of a file in a chart's folder, from its name (`<slug>.<lang>....`; English has none)."""
    others = (language for language in i18n.LANGUAGES if language != i18n.SOURCE)
    return next((language for language in others if name.startswith(f"{stem(slug, language)}.")), i18n.SOURCE)


def _refuse_another_chart(folder: Path, name: str) -> None:
    """An ExportError if the chart's own folder holds the files of a chart of another name (folder names keep
    only part of a name: two charts whose names differ only in case, punctuation or after 80 characters would
    share one). A folder the caller names is the caller's choice."""
    for texts in sorted(folder.glob("*.json")) if folder.is_dir() else ():
        try:
            other = json.loads(texts.read_text(encoding="utf-8")).get("chart")
        except (OSError, ValueError, AttributeError):
            continue
        if isinstance(other, str) and other != name:
            raise ExportError(
                f"The charts {other!r} and {name!r} would share the folder {paths.shown(folder)}: a folder's name "
                "keeps only the lower-case letters, digits and hyphens of a chart's name, and its first 80 of them.",
                where=paths.shown(folder),
                fix=f"give one of them a name that differs within its first 80 characters in letters or digits (or, "
                f"if the chart {other!r} is gone, remove {paths.shown(folder)}).",
            )


def _files(chart: Chart, widths: Sequence[Width], stem: str) -> dict[str, bytes]:
    """One chart's files, named from `stem`."""
    contents: dict[str, bytes] = {}
    with _text_measured_once():
        for width in widths:
            for fmt, payload in render(chart, width).items():
                contents[f"{stem}.{width.name}.{fmt}"] = payload
    contents[f"{stem}.csv"] = _csv_bytes(chart.data)
    contents[f"{stem}.datawrapper.csv"] = datawrapper_csv(chart).encode("utf-8")
    contents[f"{stem}.alt.txt"] = (chart.alt_text + "\n").encode("utf-8")
    texts = {
        "chart": chart.slug,
        "title": chart.title,
        "subtitle": chart.subtitle,
        "note": chart.note,
        "source": chart.source,
        "alt_text": chart.alt_text,
        "description": chart.description,
        "sources": [source_chain(name, chart.language) for name in chart.sources],
        "resources": list(chart.sources),  # their names: a page in another language words each source itself
        "widths": {w.name: w.description for w in widths},
    }
    if chart.language != i18n.SOURCE:
        texts["language"] = chart.language
    contents[f"{stem}.json"] = (json.dumps(texts, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    return contents


def source_chain(resource: str, language: str = i18n.SOURCE) -> str:
    """A resource's full provenance in one line, in a language: who published it, what, when, and through whom it
    came, with its dates as readers write them ('4 Jun 2026', '4 червня 2026'), never as ISO dates."""
    source = data.provenance(resource)
    chain = i18n.t(
        "export-source-chain",
        citation=source.citation,
        publisher=source.publisher,
        published=plain_date(source.published),
        retrieved=plain_date(source.retrieved),
    )
    return words.render(chain, language)


def plain_date(day: str) -> str:
    """An ISO date of a record ('2026-06-04', '2025-11' for a month, '2025' for a year) as readers write it; an
    empty one stays empty."""
    if len(day) == 10:
        return fmt.date(day, "day-year")
    if len(day) == 7:
        return fmt.date(day, "month-full")
    return day


def datawrapper_table(frame: pd.DataFrame, wide: Wide | None = None, where: str = "a chart's data") -> pd.DataFrame:
    """The data in Datawrapper's conventions: readable labels in the first column, the plotted value right
    after them, one column per series, raw numbers (whole numbers without a decimal point), dates as ISO
    `YYYY-MM-DD`, missing values empty.

    A `Wide` layout may name the columns as readers read them and round each numeric column to the decimals the
    chart shows. Without a `Wide` layout the label column is the first text column whose values are all different
    and not written as keys are ("luhansk-answer"; else the first column), followed by the numeric and date
    columns in their order.

    What Datawrapper or a desk cannot read is refused (an ExportError naming the column, `where` it comes from and
    the fix): a Python literal in any cell (True, False, None, nan, inf: a yes/no column is given as words or left
    out), and years with a fraction (2018.966: Datawrapper reads no date in them; give dates as dates).
    """
    if wide is not None and wide.series is not None:
        table = frame.pivot(index=wide.label, columns=wide.series, values=wide.value)
        table = table.loc[frame[wide.label].unique(), frame[wide.series].unique()]
        table.columns.name = None
        table = table.reset_index()
    else:
        label = wide.label if wide is not None else _label_column(frame)
        kept = list(wide.values) if wide is not None and wide.values else [
            c for c in frame.columns if c != label and _is_number_or_date(frame[c])
        ]
        table = frame[[label, *kept]].reset_index(drop=True)
    for column in table.columns:
        _refuse_unreadable(table[column], column, where)
    for column in table.columns[1:]:
        places = wide.places.get(column) if wide is not None else None
        shown = table[column] if places is None else table[column].map(lambda v: v if pd.isna(v) else float(fmt.rounded(v, places)))
        table[column] = _raw(shown)
    if wide is not None and wide.names:
        table = table.rename(columns=dict(wide.names))
    return table


PYTHON_LITERALS = ("True", "False", "None", "nan", "NaN", "NaT", "inf", "-inf")
YEARS = (1800, 2200)  # numbers in this range with a fraction are years written as decimals


def _refuse_unreadable(column: pd.Series, name: object, where: str) -> None:
    """An ExportError for a column Datawrapper or a desk would misread: Python literals, decimal years."""
    values = column.dropna().tolist()
    literal = next((v for v in values if isinstance(v, bool | np.bool_) or str(v) in PYTHON_LITERALS
                    or (isinstance(v, float) and not np.isfinite(v))), None)
    if literal is not None:
        raise ExportError(
            f"The Datawrapper table of {where} has {literal!r} in its column {str(name)!r}: a Python value, which "
            "a desk reads as code, not as a word or a number.",
            where=f"{where}, column {str(name)!r}",
            fix="give a yes/no column as words readers read (a catalog text per value) or leave it out of the table "
            "(`Wide.values`); give a missing value as an empty cell (None or NaN in a number column).",
        )
    numbers = [float(v) for v in values if isinstance(v, int | float | np.number) and not isinstance(v, bool)]
    fractions = [v for v in numbers if not float(v).is_integer()]
    if fractions and all(YEARS[0] <= v <= YEARS[1] for v in numbers):
        raise ExportError(
            f"The Datawrapper table of {where} has years with a fraction in its column {str(name)!r} "
            f"({fractions[0]}): Datawrapper reads no date in them.",
            where=f"{where}, column {str(name)!r}",
            fix="give the dates as dates (a datetime column: written YYYY-MM-DD, or YYYY-MM where only the month is "
            "known) or the years as whole numbers.",
        )


KEY = re.compile(r"(?=.*[a-z])[a-z0-9]+(?:[-_][a-z0-9]+)*")  # how an internal key looks ("luhansk-answer", "it_2022")


def looks_like_keys(values) -> bool:
    """Whether every value is written as an internal key is (lower-case letters and digits joined by - or _)."""
    values = [str(value) for value in values]
    return bool(values) and all(KEY.fullmatch(value) for value in values)


DW_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")  # a number as Datawrapper reads it: no grouping, a decimal point
DW_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?")  # YYYY, YYYY-MM, YYYY-MM-DD
MOST_DECIMALS = 3  # more is precision no chart shows: round the column to what the chart shows (`Wide.places`)


def datawrapper_reading(text: str) -> list[str]:
    """What a desk finds reading a Datawrapper CSV as Datawrapper does: the first column the row labels (every
    one there, all different, not internal keys); the next the plotted value, all numbers; each other column all
    numbers, all ISO dates (a date column) or all text; no Python value, no year with a fraction, no more than
    `MOST_DECIMALS` decimals. The layout only: `datawrapper_texts` gives the headers and texts to proofread."""
    rows = list(csv.reader(io.StringIO(text)))
    if len(rows) < 2:
        return ["no rows under the header"]
    header, body = rows[0], rows[1:]
    found = []
    labels = [row[0] for row in body]
    if not all(labels) or len(set(labels)) < len(labels):
        found.append(f"labels missing or repeated in the first column: {labels[:6]}")
    if looks_like_keys(labels):
        found.append(f"labels written as internal keys: {labels[:3]}")
    for index, name in enumerate(header[1:], start=1):
        cells = [row[index] for row in body if row[index] != ""]
        numbers = all(DW_NUMBER.fullmatch(cell) for cell in cells)
        if index == 1 and not numbers:
            found.append(f"the column {name!r}, the plotted value, is not all numbers: {cells[:3]}")
        if numbers:
            values = [float(cell) for cell in cells]
            if any(not v.is_integer() for v in values) and all(YEARS[0] <= v <= YEARS[1] for v in values):
                found.append(f"the column {name!r} holds years with a fraction: {cells[:3]}")
            longest = max(cells, key=lambda cell: len(cell.partition(".")[2]), default="")
            if len(longest.partition(".")[2]) > MOST_DECIMALS:
                found.append(f"the column {name!r} has {len(longest.partition('.')[2])} decimals ({longest}): "
                             "round it to what the chart shows (`Wide.places`)")
        elif not all(DW_DATE.fullmatch(cell) for cell in cells):
            if any(DW_NUMBER.fullmatch(cell) or DW_DATE.fullmatch(cell) for cell in cells):
                found.append(f"the column {name!r} mixes numbers or dates with text: {cells[:3]}")
    python = sorted({cell for row in body for cell in row if cell in PYTHON_LITERALS})
    found += [f"a Python value {cell!r}" for cell in python]
    return found


def datawrapper_texts(text: str) -> list[str]:
    """The texts readers read in a Datawrapper CSV: its headers, its labels (unless all are dates) and the cells
    of its text columns; numbers and ISO dates are data, not text."""
    rows = list(csv.reader(io.StringIO(text)))
    header, body = rows[0], rows[1:]
    texts = list(header)
    for index in range(len(header)):
        cells = [row[index] for row in body if row[index] != ""]
        if not all(DW_NUMBER.fullmatch(cell) or DW_DATE.fullmatch(cell) for cell in cells):
            texts += [cell for cell in cells if not (DW_NUMBER.fullmatch(cell) or DW_DATE.fullmatch(cell))]
    return list(dict.fromkeys(texts))


def datawrapper_csv(chart: Chart) -> str:
    """The chart's Datawrapper CSV, as the export writes it (an ExportError for what Datawrapper cannot read)."""
    return _csv_bytes(datawrapper_table(chart.data, chart.wide, f"the chart {chart.slug!r}")).decode("utf-8")


def _label_column(frame: pd.DataFrame) -> str:
    """The first text column whose values are all different and read as labels, not keys (else the first such
    column with keys, else the first column)."""
    unique = [c for c in frame.columns if not _is_number_or_date(frame[c]) and frame[c].is_unique]
    readable = [c for c in unique if not looks_like_keys(frame[c].dropna())]
    return (readable or unique or list(frame.columns))[0]


def _is_number_or_date(column: pd.Series) -> bool:
    kind = column.dtype.kind
    return kind in "iuf" or kind == "M"


def _raw(column: pd.Series) -> pd.Series:
    """Whole numbers as integers (also beside fractions), datetimes as ISO dates (with the time only when
    there is one)."""
    if column.dtype.kind == "M":
        with_time = (column.dropna() != column.dropna().dt.normalize()).any()
        return column.dt.strftime("%Y-%m-%dT%H:%M:%S" if with_time else "%Y-%m-%d")
    if column.dtype.kind == "f":
        if column.dropna().apply(float.is_integer).all():
            return column.astype("Int64")
        values = [v if pd.isna(v) or not float(v).is_integer() else int(v) for v in column]
        return pd.Series(values, index=column.index, dtype=object)
    return column


def write_table(frame: pd.DataFrame, name: str) -> str:
    """Write a tidy table to the processed-data folder as CSV; returns its name for the notebook to show."""
    file_name = f"{files.slugify(name).replace('-', '_')}.csv"
    files.write_bytes(paths.processed_dir() / file_name, _csv_bytes(frame))
    return f"data/processed/{file_name}"


def _csv_bytes(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
