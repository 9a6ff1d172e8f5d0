"""Publication files: PNG (2x), SVG (text kept as text) and PDF at each named width, the plotted data as
CSV (as plotted, and wide for Datawrapper), the alt text and the chart's texts as JSON, and the story's tidy
tables in `data/processed/`.

Output is byte-for-byte deterministic (no dates, fixed SVG ids, no software stamps) and written
atomically: a chart's files are all rendered in memory first, then its folder is replaced whole.
"""

from __future__ import annotations

import html
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from kit import charts, files, paths, style
from kit.charts import Chart, Wide, Width

FORMATS = ("png", "svg", "pdf")
METADATA = {"png": {"Software": None}, "svg": {"Date": None}, "pdf": {"CreationDate": None, "Producer": None}}


@dataclass(frozen=True)
class Exported:
    """The files written for one chart, relative to the exports folder (so output never shows a machine's path)."""

    folder: Path
    names: tuple[str, ...]

    def __repr__(self) -> str:
        return "\n".join(f"exports/{self.folder.name}/{name}" for name in self.names)


def render(chart: Chart, width: Width, formats: Sequence[str] = FORMATS) -> dict[str, bytes]:
    """A chart at one width in each format, as bytes (the page is laid out once for all of them)."""
    rendered = {}
    with style.context():
        figure = chart.figure(width)
        for fmt in formats:
            metadata = dict(METADATA[fmt])
            if fmt == "pdf":
                metadata.update(Title=chart.title, Subject=chart.alt_text, Creator="kit")
            elif fmt == "png":
                metadata.update(Title=chart.title, Description=chart.alt_text)
            buffer = io.BytesIO()
            figure.savefig(buffer, format=fmt, dpi=charts.CSS_DPI * 2, metadata=metadata)
            rendered[fmt] = _accessible_svg(buffer.getvalue(), chart) if fmt == "svg" else buffer.getvalue()
    return rendered


def _accessible_svg(svg: bytes, chart: Chart) -> bytes:
    """Give the SVG a role, a <title> and a <desc> (the alt text) for screen readers."""
    text = svg.decode("utf-8")
    start = text.index("<svg ")
    end = text.index(">", start) + 1
    opening = text[start:end].replace("<svg ", '<svg role="img" aria-labelledby="chart-title chart-desc" ', 1)
    labels = (
        f'\n <title id="chart-title">{html.escape(chart.title)}</title>'
        f'\n <desc id="chart-desc">{html.escape(chart.alt_text)}</desc>'
    )
    return (text[:start] + opening + labels + text[end:]).encode("utf-8")


def export(chart: Chart, widths: Sequence[Width] = charts.WIDTHS, folder: Path | None = None) -> Exported:
    """Write every format of a chart at every width, with its data, alt text and texts, as one folder
    (by default `exports/<slug>/`) that is replaced whole: no stale or half-written files."""
    slug = files.slugify(chart.slug)
    target = Path(folder) if folder is not None else paths.exports_dir() / slug
    files.writable_folder(target.parent)  # fail before spending time on rendering
    contents: dict[str, bytes] = {}
    for width in widths:
        for fmt, payload in render(chart, width).items():
            contents[f"{slug}.{width.name}.{fmt}"] = payload
    contents[f"{slug}.csv"] = _csv_bytes(chart.data)
    contents[f"{slug}.datawrapper.csv"] = _csv_bytes(datawrapper_table(chart.data, chart.wide))
    contents[f"{slug}.alt.txt"] = (chart.alt_text + "\n").encode("utf-8")
    texts = {
        "title": chart.title,
        "subtitle": chart.subtitle,
        "note": chart.note,
        "source": chart.source,
        "alt_text": chart.alt_text,
        "widths": {w.name: w.description for w in widths},
    }
    contents[f"{slug}.json"] = (json.dumps(texts, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    files.replace_folder(target, contents)
    return Exported(target, tuple(contents))


def datawrapper_table(frame: pd.DataFrame, wide: Wide | None = None) -> pd.DataFrame:
    """The data in Datawrapper's conventions: labels in the first column, one column per series, raw numbers
    (whole numbers without a decimal point), dates as ISO `YYYY-MM-DD`, missing values empty.

    Without a `Wide` layout the label column is the first text column whose values are all different
    (else the first column), followed by the numeric and date columns in their order.
    """
    if wide is not None and wide.series is not None:
        table = frame.pivot(index=wide.label, columns=wide.series, values=wide.value)
        table = table.loc[frame[wide.label].unique(), frame[wide.series].unique()]
        table.columns.name = None
        table = table.reset_index()
    else:
        label = wide.label if wide is not None else _label_column(frame)
        kept = [c for c in frame.columns if c != label and _is_number_or_date(frame[c])]
        table = frame[[label, *kept]].reset_index(drop=True)
    for column in table.columns[1:]:
        table[column] = _raw(table[column])
    return table


def _label_column(frame: pd.DataFrame) -> str:
    for column in frame.columns:
        if not _is_number_or_date(frame[column]) and frame[column].is_unique:
            return column
    return frame.columns[0]


def _is_number_or_date(column: pd.Series) -> bool:
    kind = column.dtype.kind
    return kind in "iuf" or kind == "M"


def _raw(column: pd.Series) -> pd.Series:
    """Whole floats as integers, datetimes as ISO dates (with the time only when there is one)."""
    if column.dtype.kind == "M":
        with_time = (column.dropna() != column.dropna().dt.normalize()).any()
        return column.dt.strftime("%Y-%m-%dT%H:%M:%S" if with_time else "%Y-%m-%d")
    if column.dtype.kind == "f" and column.dropna().apply(float.is_integer).all():
        return column.astype("Int64")
    return column


def write_table(frame: pd.DataFrame, name: str) -> str:
    """Write a tidy table to the processed-data folder as CSV; returns its name for the notebook to show."""
    file_name = f"{files.slugify(name).replace('-', '_')}.csv"
    files.write_bytes(paths.processed_dir() / file_name, _csv_bytes(frame))
    return f"data/processed/{file_name}"


def _csv_bytes(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False, lineterminator="\n").encode("utf-8")
