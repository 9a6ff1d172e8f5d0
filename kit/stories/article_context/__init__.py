"""The article's checkable statements that are not statistics, checked part by part against dated records.

No chart: the evidence about events is a table (each claim's records, with their originators, dates and pages, in the
claims ledger and the notebook), not a series on a time axis."""

from kit.stories.article_context import compute
from kit.story import Story

STORY = Story(
    package=__name__,
    title="The article's other checkable statements: dated and sourced",
    article=compute.ARTICLE,
    notebook="07_article_context",
    sources=(compute.EVIDENCE, compute.SEARCHES),
    claims={claim_id: () for claim_id in compute.CLAIMS},
    verdicts=compute.verdicts,
    charts={},
    tables={"article_context": compute.tidy},  # data/processed/article_context/article_context.csv
    languages=("en", "uk", "ru"),
    facts=True,
)
