# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: tags,-all
#     formats: ipynb,py:percent
#     notebook_metadata_filter: -jupytext.text_representation.jupytext_version
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# # 07 · The article's other checkable statements: dated and sourced
#
# Besides its statistics, the article makes statements a reader can check: that Putin governs without the internet
# or a smartphone, that he considers the internet a CIA project, that other leaders coordinate policy through
# encrypted messaging (as The Times contrasts them with him), that a Russian humanoid robot fell on stage in Moscow,
# that Yandex's assistant Alisa once called Luhansk part of Ukraine before refusing to answer, that The Times
# reported all this on 31 January, and that Russia funds its AI censorship despite economic cuts.
#
# This notebook splits each statement into the parts it asserts and sets every part against the dated records the
# research found: a part is confirmed, contradicted, disputed (records on both sides) or not found. A statement
# holds up only when every part is confirmed: a disputed part makes it **unsupported**, a part not found
# **unverified** (never dropped), and the verdict names the part that fails. Each record names its originator, the
# page it was read on, that page's date and the day it was read, with dates the research inferred marked as such.
# The article's opinions, forecasts and framings are listed at the end with the reason no evidence can check them.
# Every number below is computed from the files in `data/raw/`.

# %% [markdown]
# > **How to use this notebook.** Read it from top to bottom: the outputs below are those of the last build; this
# > story has no explorer and no chart: evidence about events is a table, claim by claim, not a series on a time
# > axis. To recompute, run it: **Run ▸ Run All Cells**. The last cell writes the story's tidy table. Saving keeps
# > your code in the `.py`; the stored outputs in the `.ipynb` are refreshed by `make notebooks`, so running the
# > notebook changes no committed file.

# %%
import pandas as pd

from kit import articles, data
from kit.stories.article_context import STORY, compute

# %% [markdown]
# ## 1. The statements

# %%
for claim_id in compute.CLAIMS:
    print(f"{claim_id} (said by {', '.join(articles.said_by(STORY.article, claim_id))}):")
    print(f"    {articles.statement(STORY.article, claim_id)}")
    for part in compute.parts(claim_id).itertuples():
        print(f"    part '{part.part}': {part.asserted}")
print()
print(articles.article(STORY.article))

# %% [markdown]
# ## 2. The records and where they come from

# %%
for source in STORY.sources:
    print(data.provenance(source), end="\n\n")

# %%
compute.evidence()[
    ["claim_id", "element", "finding", "event_date", "event_date_inferred", "reported_by", "report_date", "note"]
]

# %% [markdown]
# ## 3. The findings, part by part

# %%
pd.concat([compute.findings(claim_id) for claim_id in compute.CLAIMS], ignore_index=True)

# %% [markdown]
# ## 4. Verdicts

# %%
recorded = STORY.record(compute.verdicts())
for verdict in recorded:
    print(verdict, end="\n\n")

# %% [markdown]
# ## 5. The evidence behind each verdict
# Each claim cites its own records, oldest first: who said or did it and when, and the page it was read on (a date
# marked "inferred" is the latest it can be). This is the table the claims ledger gives for each claim; the dates
# show that much of what the article tells in the present tense is years old.

# %%
pd.DataFrame(
    [
        {
            "claim": claim.claim_id,
            "originator": item.originator,
            "when": item.originated + (" (inferred)" if item.originated_inferred else ""),
            "what it says": item.title,
            "read on": item.publisher,
            "page dated": item.published + (" (inferred)" if item.published_inferred else ""),
        }
        for claim in recorded
        for item in claim.citations
    ]
)

# %% [markdown]
# ## 6. The statements no evidence can check
# Opinions, forecasts and framings are listed with the reason; they are not rated.

# %%
articles.unchecked(STORY.article)

# %% [markdown]
# ## 7. Export
# The story's tidy dataset goes to `data/processed/article_context/`; the story has no chart (see section 5).

# %%
STORY.publish()
