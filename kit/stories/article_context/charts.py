"""The records behind the article's statements that are not statistics, on a time line beside the article's date."""

from __future__ import annotations

import math

import pandas as pd

from kit import articles, charts, fmt, style
from kit.charts import Chart, Dot
from kit.i18n import t
from kit.stories.article_context import compute

RECORDS = "article-context-records"
# how each statement's rows begin on the chart: text `context-subject-<claim id>`; parts whose wording is too long
# for a row label in one print column: `context-short-<claim id>-<part>` (the others show what the article asserts)
SHORT = {("robot-fall", "fall"), ("alisa-luhansk", "luhansk-answer"), ("putin-offline", "landlines")}
ROLES = {  # no subject to highlight here: parts in doubt get bold labels, the rest stay context
    compute.CONFIRMED: style.CONTEXT_ROLE,
    compute.DISPUTED: style.NAMED,
    compute.CONTRADICTED: style.NAMED,
    compute.NOT_FOUND: style.NAMED,
}


def rows() -> pd.DataFrame:
    """One row per part of every checked statement: its label, finding, and the span of its records' dates."""
    frames = []
    for claim_id in compute.CHARTED:
        found = compute.findings(claim_id)
        records = compute.evidence(claim_id)
        records = records[records["finding"] != compute.CONTEXT]
        span = records.groupby("element")["year"].agg(["min", "max"])
        frames.append(
            found.assign(
                label=[
                    t("context-label", subject=t(f"context-subject-{claim_id}"), part=_part(claim_id, part, asserted))
                    for part, asserted in zip(found["part"], found["asserted"], strict=True)
                ],
                first=found["part"].map(span["min"]),
                last=found["part"].map(span["max"]),
            )
        )
    return pd.concat(frames, ignore_index=True)


def _part(claim_id: str, part: str, asserted: str) -> str:
    """A part's row label: its short wording, or what the article asserts."""
    if (claim_id, part) in SHORT:
        return t(f"context-short-{claim_id}-{part}")
    return compute.asserted(claim_id, part, asserted)


def _record(row: object) -> str:
    """One row of the description: its label, finding and the years of its records."""
    finding = compute.finding_name(row.finding)
    if row.finding == compute.NOT_FOUND:
        return t("context-records-row", label=row.label, finding=finding)
    if int(row.last) != int(row.first):
        return t(
            "context-records-row-years",
            label=row.label,
            finding=finding,
            first=str(int(row.first)),
            last=str(int(row.last)),
        )
    return t("context-records-row-year", label=row.label, finding=finding, first=str(int(row.first)))


def records_chart() -> Chart:
    """When each part of the article's other statements is on record, beside the article's own date."""
    table = rows()
    published = compute.article_year()
    start = math.floor(table["first"].min()) - 0.5
    end = published + 1.2  # room right of the article's line for its label
    unfound = start + 0.25  # where a part with no record sits: at the left edge, hollow
    dots = [
        Dot(
            label=row.label,
            low=row.first if row.finding != compute.NOT_FOUND else unfound,
            high=row.last if row.finding != compute.NOT_FOUND else unfound,
            role=ROLES[row.finding],
            value_label=compute.finding_name(row.finding),
            hollow=row.finding == compute.NOT_FOUND,
        )
        for row in table.itertuples()
    ]
    ticks = list(range(math.ceil(start), math.floor(end) + 1, 2))
    oldest = table.loc[table["first"].idxmin()]
    missing = table[table["finding"] == compute.NOT_FOUND]
    article = articles.article(compute.ARTICLE)
    age = published - oldest["first"]
    year = str(int(oldest["first"]))
    records = "; ".join(_record(row) for row in table.itertuples())
    return Chart(
        slug=RECORDS,
        title=t("context-records-title", year=year),
        subtitle=t("context-records-subtitle"),
        note=t("context-records-note"),
        source=t("context-records-source", publisher=article.publisher),
        alt_text=t(
            "context-records-alt", year=year, years=fmt.number(age), n=int(fmt.rounded(age)), missing=len(missing)
        ),
        description=t("context-records-description", records=records, date=article.published),
        sources=(compute.EVIDENCE,),
        data=table[["claim_id", "part", "label", "finding", "supports", "contradicts", "first", "last"]].round(3),
        body_height=lambda width: charts.dots_height(dots, width, reference=True),
        draw=lambda fig, rect: charts.dot_rows(
            fig,
            rect,
            dots,
            xlim=(start, end),
            ticks=ticks,
            tick_labels=[str(t) for t in ticks],
            reference=(published, t("context-records-reference")),
        ),
    )
