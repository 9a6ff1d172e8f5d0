"""The article's checkable statements that are not statistics, checked part by part against dated records."""

from kit.stories.article_context import charts, compute
from kit.story import Story

STORY = Story(
    package=__name__,
    title="The article's other checkable statements: dated and sourced",
    article=compute.ARTICLE,
    notebook="07_article_context",
    sources=(compute.EVIDENCE, compute.SEARCHES),
    claims={claim_id: (charts.RECORDS,) if claim_id in compute.CHARTED else () for claim_id in compute.CLAIMS},
    verdicts=compute.verdicts,
    charts={charts.RECORDS: charts.records_chart},
    tables={"article_context": compute.tidy},  # data/processed/article_context/article_context.csv
    languages=("en", "uk", "ru"),
)
