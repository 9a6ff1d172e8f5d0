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
# # 04 · How many IT specialists left Russia in 2022, and what share of the workforce that is
#
# The article says that about 100,000 IT specialists, about a tenth of Russia's digital workforce, left the
# country in 2022. The figure is the Ministry of Digital Development's, given in December 2022; industry
# associations gave other estimates during the year, and the government has published several sizes of the IT
# workforce, by different definitions.
#
# This notebook sets the estimates side by side, computes the share that 100,000 is of each workforce figure
# (so you can see that "10%" depends on the denominator: the ministry's own count of 761,000 gives 13.1%, and only
# a deputy interior minister's round "about a million" gives 10%), checks the article's figures, and draws the
# charts.
# Every number below is computed from the files in `data/raw/`; nothing is typed in.

# %% [markdown]
# > **How to use this notebook.** Read it from top to bottom: the outputs below are those of the last build.
# > To explore, run it: **Run ▸ Run All Cells**. The explorers under **Explore** then answer your choices (type
# > in a list to find a name, × to remove one; a slow chart dims and says "Computing…"); until the notebook runs,
# > each shows its first chart as a picture. **Export this chart** writes the publication files to `exports/` and
# > links them here. Saving keeps your code in the `.py`; the stored outputs in the `.ipynb` are refreshed by
# > `make notebooks`, so running the notebook changes no committed file.

# %%
from kit import articles, data
from kit.stories.it_emigration import STORY, charts, explore
from kit.stories.it_emigration import compute as emigration

# %% [markdown]
# ## 1. The claim
# The article's statement and figures, in our words, from `data/articles/united24_2026/statements.csv`:

# %%
figures = STORY.figures(emigration.CLAIM)
print(f"{emigration.CLAIM}: {figures['statement'].iloc[0]}")
for figure, row in figures.iterrows():
    print(f"    {figure}: {row['value']} ({row['unit']}, {row['qualifier']})")
print()
print(articles.article(STORY.article))

# %% [markdown]
# ## 2. The data and where it comes from
# Estimates of the people who left (or were forecast to leave, or stayed abroad) and the official sizes of the
# IT workforce, each compiled from the press reports that carried them. Each file's checksum is verified on loading.

# %%
for source in STORY.sources:
    print(data.provenance(source), end="\n\n")

# %% [markdown]
# The estimates of people, oldest first. The ministry's figures as summarised by bne come in two parts; we add
# them up (the row marked `derived`).

# %%
emigration.estimates()[["statement_date", "estimate_id", "kind", "low", "high", "qualifier", "derived"]]

# %% [markdown]
# Shares rather than counts: the minister's own share, and the shares of leavers said to have come back.

# %%
emigration.stated_shares("share of IT workforce")[["statement_date", "source_org", "low", "qualifier"]]

# %%
emigration.stated_shares("returned share")[["statement_date", "source_org", "low", "qualifier"]]

# %% [markdown]
# ## 3. The computation
# The share that 100,000 is of each published workforce figure (derived: 100,000 divided by the headcount).

# %%
emigration.shares()[["year", "value", "scope", "source_org", "share"]].round(1)

# %% [markdown]
# The share is judged against the headcount the research trusts most, whatever share it gives:

# %%
emigration.reference_workforce()[["figure_id", "value", "source_org", "confidence"]]

# %% [markdown]
# ## 4. Verdict

# %%
verdicts = STORY.record(emigration.verdicts())
for verdict in verdicts:
    print(verdict, end="\n\n")

# %% [markdown]
# ## 5. The charts
# The estimates on a timeline of statements, the ministry's highlighted and the article's figure marked:

# %%
timeline = charts.estimates_chart()
timeline

# %% [markdown]
# The share under each denominator:

# %%
shares = charts.shares_chart()
shares

# %%
print(timeline.alt_text)
print()
print(shares.alt_text)

# %% [markdown]
# ## 6. Explore
# **Share of the workforce**: move the number of people who left (for example to Russoft's 25,000 for the first
# half of 2022) and leave out the broad ICT counts; the chart and the line above it are redrawn.
# "Export this chart" writes the chart you see to `exports/`.

# %%
# NBVAL_IGNORE_OUTPUT
explore.emigration_shares()

# %% [markdown]
# ## 7. Export
# The story's tidy dataset goes to `data/processed/it_emigration/`, its charts to `exports/`.

# %%
STORY.publish()
