"""The records behind the article's statements that are not statistics, on a time line beside the article's date."""

from __future__ import annotations

import math

import pandas as pd

from kit import articles, charts, style
from kit.charts import Chart, Dot
from kit.stories.article_context import compute

RECORDS = "article-context-records"
SUBJECTS = {  # how each statement's rows begin on the chart
    "putin-offline": "Putin",
    "cia-project": "Putin",
    "robot-fall": "Robot",
    "alisa-luhansk": "Alisa",
}
SHORT = {  # parts whose wording is too long for a row label in one print column
    ("robot-fall", "fall"): "fell on stage in Moscow",
    ("alisa-luhansk", "luhansk-answer"): "called Luhansk Ukraine, then refused",
    ("putin-offline", "landlines"): "governs by encrypted landlines",
}
ROLES = {  # no subject to highlight here: parts in doubt get bold labels, the rest stay context
    compute.CONFIRMED: style.CONTEXT_ROLE,
    compute.DISPUTED: style.NAMED,
    compute.CONTRADICTED: style.NAMED,
    compute.NOT_FOUND: style.NAMED,
}


def rows() -> pd.DataFrame:
    """One row per part of every checked statement: its label, finding, and the span of its records' dates."""
    frames = []
    for claim_id in compute.CLAIMS:
        found = compute.findings(claim_id)
        records = compute.evidence(claim_id)
        records = records[records["finding"] != compute.CONTEXT]
        span = records.groupby("element")["year"].agg(["min", "max"])
        frames.append(
            found.assign(
                label=[
                    f"{SUBJECTS[claim_id]}: {SHORT.get((claim_id, part), asserted)}"
                    for part, asserted in zip(found["part"], found["asserted"], strict=True)
                ],
                first=found["part"].map(span["min"]),
                last=found["part"].map(span["max"]),
            )
        )
    return pd.concat(frames, ignore_index=True)


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
            value_label=row.finding,
            hollow=row.finding == compute.NOT_FOUND,
        )
        for row in table.itertuples()
    ]
    ticks = list(range(math.ceil(start), math.floor(end) + 1, 2))
    oldest = table.loc[table["first"].idxmin()]
    missing = table[table["finding"] == compute.NOT_FOUND]
    article = articles.article(compute.ARTICLE)
    years = f"{published - oldest['first']:.0f} years"
    title = f"The oldest record behind the article's undated statements is from {int(oldest['first'])}"
    records = "; ".join(
        f"{row.label}: {row.finding}"
        + (
            ""
            if row.finding == compute.NOT_FOUND
            else f", {int(row.first)}" + (f" to {int(row.last)}" if int(row.last) != int(row.first) else "")
        )
        for row in table.itertuples()
    )
    return Chart(
        slug=RECORDS,
        title=title,
        subtitle="Each part of the statements, by the years of the records that support or contradict it",
        note="Bold: disputed, contradicted or found in no record (open, at the left). Dashed: the article's date. "
        "Records are dated by when the remark or event happened.",
        source=f"Sources: press records compiled by the kit (AP, TASS, EPA and others); {article.publisher}",
        alt_text=f"The oldest record behind the article's undated statements is from {int(oldest['first'])}, "
        f"{years} before the article; "
        + (f"{len(missing)} part{'s' if len(missing) > 1 else ''} found in no record." if len(missing) else "every part is on record."),
        description=f"When each part of the article's non-statistical statements is on record: {records}. "
        f"The article is dated {article.published}.",
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
            reference=(published, "the article"),
        ),
    )
