"""The records behind the article's statements that are not statistics, on a time line beside the article's date."""

from __future__ import annotations

import math

import pandas as pd

from kit import articles, charts, data, style
from kit.charts import Chart, Dot
from kit.stories.article_context import compute

RECORDS = "article-context-records"
SUBJECTS = {  # how each statement's rows begin on the chart
    "putin-offline": "Putin",
    "cia-project": "Putin",
    "robot-fall": "Robot",
    "alisa-luhansk": "Alisa",
}
COLOURS = {
    compute.CONFIRMED: style.NAMED,
    compute.DISPUTED: style.HIGHLIGHT,
    compute.CONTRADICTED: style.HIGHLIGHT,
    compute.NOT_FOUND: style.MUTED,
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
                label=SUBJECTS[claim_id] + ": " + found["asserted"],
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
            colour=COLOURS[row.finding],
            label_colour=style.TEXT,
            value_label=row.finding,
            hollow=row.finding == compute.NOT_FOUND,
            bold=row.finding != compute.CONFIRMED,
        )
        for row in table.itertuples()
    ]
    ticks = list(range(math.ceil(start), math.floor(end) + 1, 2))
    oldest = table.loc[table["first"].idxmin()]
    missing = table[table["finding"] == compute.NOT_FOUND]
    article = articles.article(compute.ARTICLE)
    title = (
        f"The oldest record behind the article's undated statements is from {int(oldest['first'])}, "
        f"{published - oldest['first']:.0f} years before it"
        + (f"; {len(missing)} part{'s' if len(missing) > 1 else ''} found in no record" if len(missing) else "")
    )
    return Chart(
        slug=RECORDS,
        title=title,
        subtitle="Each part of the statements, with the dates of the records that support or contradict it "
        "(a line spans several records)",
        note="Grey: confirmed; red: disputed or contradicted; hollow at the left: no record found. Dashed: the "
        "article's date. Records are dated by when the remark or event happened.",
        source=f"Source: {data.provenance(compute.EVIDENCE).citation}; {article.publisher}, {article.published}; "
        "kit analysis",
        alt_text="Dot chart of when each part of the article's non-statistical statements is on record: "
        + "; ".join(
            f"{row.label}: {row.finding}"
            + (
                ""
                if row.finding == compute.NOT_FOUND
                else f", {int(row.first)}" + (f" to {int(row.last)}" if int(row.last) != int(row.first) else "")
            )
            for row in table.itertuples()
        )
        + f". The article is dated {article.published}.",
        data=table[["claim_id", "part", "label", "finding", "supports", "contradicts", "first", "last"]].round(3),
        body_height=lambda width: charts.dots_height([dot.label for dot in dots], width, reference=True),
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
