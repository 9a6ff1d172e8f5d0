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
# # 05 · Sberbank's GPUs against Microsoft's
#
# The article, citing Radio Free Europe/Radio Liberty, says that Sberbank obtained only 9,000 GPUs after the
# full-scale invasion began, while Microsoft bought nearly 500,000 in 2024 alone. Microsoft's figure is an estimate
# by the analysts Omdia for one calendar year; Sberbank's covers about three years and does not say which chips.
#
# This notebook sets the two figures side by side with the other large buyers Omdia estimated, compares them as
# stated and per year (so the different periods are visible), checks the article's figures, and draws the chart.
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
from kit.stories.gpu_gap import STORY, charts, explore
from kit.stories.gpu_gap import compute as gpus

# %% [markdown]
# ## 1. The claim

# %%
figures = STORY.figures(gpus.CLAIM)
print(f"{gpus.CLAIM}: {figures['statement'].iloc[0]}")
for figure, row in figures.iterrows():
    print(f"    {figure}: {row['value']} ({row['unit']}, {row['qualifier']})")
print()
print(articles.article(STORY.article))

# %% [markdown]
# ## 2. The data and where it comes from

# %%
for source in STORY.sources:
    print(data.provenance(source), end="\n\n")

# %% [markdown]
# Omdia's 2024 estimates, all chip families (the comparison uses the Nvidia rows, the league table's measure):

# %%
data.load(gpus.OMDIA[2024])[["buyer", "chip_family", "units", "approx", "metric"]]

# %% [markdown]
# ## 3. The computation
# Sberbank's figure covers the time from the invasion to RFE/RL's report (undated in the copies read: at the latest
# 8 February 2025, the date of a summary of it); its
# yearly average is derived from that span.

# %%
sberbank = gpus.sberbank()
print(
    f"Sberbank: {sberbank['units']:,} GPUs over {sberbank['years']:.2f} years "
    f"= {sberbank['per_year']:,.0f} a year (derived)"
)
for basis, ratio in gpus.ratios().items():
    print(f"Microsoft's 2024 estimate over Sberbank's, {basis}: {ratio:.1f} times")

# %%
gpus.comparison(per_year=True).round(1)

# %% [markdown]
# ## 4. Verdict

# %%
verdicts = STORY.record(gpus.verdicts())
for verdict in verdicts:
    print(verdict, end="\n\n")

# %% [markdown]
# ## 5. The chart
# Bars from zero on a linear axis: a gap of fifty times looks like one (a log scale would shrink it to a short
# step). Sberbank's bar is its total as reported; its label gives the yearly average too (derived), so the
# different periods stay in view; the Datawrapper file has both rows.

# %%
chart = charts.gap_chart()
chart

# %%
print(chart.alt_text)

# %% [markdown]
# ## 6. Explore
# **Compare GPU buyers**: choose the buyers to set beside Sberbank, the year of Omdia's estimates (2024, or 2023 for
# context) and whether to state the gap against Sberbank's yearly average instead of its three-year total.

# %%
# NBVAL_IGNORE_OUTPUT
explore.compare_gpu_buyers()

# %% [markdown]
# ## 7. Export
# The story's tidy dataset goes to `data/processed/gpu_gap/`, its charts to `exports/`.

# %%
STORY.publish()
