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
# # 01 · Where Stanford's AI vibrancy ranking puts Russia
#
# The article says that Stanford's AI index ranks Russia near the bottom of the countries it covers, behind the
# three leaders and behind three much smaller European countries. The index is Stanford HAI's **Global AI
# Vibrancy Tool**, 2025 edition (released November 2025, 2024 data): seven pillar scores per country, combined
# with default weights into one overall score.
#
# This notebook rebuilds that ranking from the published pillar scores, checks the article's figures against it,
# draws the publication chart and lets you compare countries or re-weight the index yourself.
# Every number below is computed from the files in `data/raw/`; nothing is typed in.

# %% [markdown]
# > **How to use this notebook.** Read it from top to bottom: the outputs below are those of the last build.
# > To explore, run it: **Run ▸ Run All Cells**. The explorers under **Explore** then answer your choices (type
# > in a list to find a name, × to remove one; a slow chart dims and says "Computing…"); until the notebook runs,
# > each shows its first chart as a picture. **Export this chart** writes the publication files to `exports/` and
# > links them here. Saving keeps your code in the `.py`; the stored outputs in the `.ipynb` are refreshed by
# > `make notebooks`, so running the notebook changes no committed file.

# %%
from kit import articles, data, fmt
from kit.stories.ai_vibrancy import STORY, charts, explore
from kit.stories.ai_vibrancy import compute as vibrancy

# %% [markdown]
# ## 1. The claim
# The article's statements and figures, in our words, from `data/articles/united24_2026/statements.csv`:

# %%
for claim_id in (vibrancy.RANK_CLAIM, vibrancy.AHEAD_CLAIM):
    figures = STORY.figures(claim_id)
    print(f"{claim_id}: {figures['statement'].iloc[0]}")
    for figure, row in figures.iterrows():
        print(f"    {figure}: {row['value']} ({row['unit']}, {row['qualifier']})")
print()
print(articles.article(STORY.article))

# %% [markdown]
# ## 2. The data and where it comes from
# Stanford publishes the tool's inputs as CSV files; the pillar scores here are a recomputation from those files,
# cross-checked against a second, independent one. Each file's checksum is verified on loading.

# %%
for source in (vibrancy.PILLAR_SCORES, vibrancy.DEFAULT_WEIGHTS, vibrancy.PUBLISHED, vibrancy.CROSSCHECK):
    print(data.provenance(source), end="\n\n")

# %%
scores = vibrancy.pillar_scores()
scores.loc[[vibrancy.FOCUS, *vibrancy.named_ahead()]].round(2)

# %%
vibrancy.default_weights()

# %% [markdown]
# ## 3. Rebuilding the ranking
# The overall score is the weighted mean of the seven pillar scores. Recomputed with the tool's default weights,
# it should give back the published scores and ranks of all 36 countries.

# %%
check = vibrancy.reproduction()
print(f"Countries ranked: {len(check)}")
print(f"Largest difference from the published scores: {check['score_difference'].abs().max():.4f} points")
print(f"Ranks that differ from the published ranking: {(check['rank'] != check['published_rank']).sum()}")
print(f"Ranks that differ from the independent cross-check: {(check['rank'] != check['crosscheck_rank']).sum()}")

# %% [markdown]
# Russia's neighbourhood in the ranking:

# %%
ranking = vibrancy.rank()
subject = ranking.index[ranking["iso3"] == vibrancy.FOCUS][0]
ranking.iloc[subject - 3 : subject + 4].round(4)

# %% [markdown]
# How fragile is that place? Moving one pillar weight at a time by 0.1 from the tool's default:

# %%
vibrancy.sensitivity()

# %% [markdown]
# Stanford's tool lets a reader move one weight at a time. What about every plausible weighting at once? The kit
# draws 100,000 random sets of the seven weights, centred on the tool's defaults (a Dirichlet distribution; the
# concentration says how far a draw may stray), ranks all 36 countries under each, and counts. A second run draws
# weightings uniformly from all possible ones. Both are seeded, so the numbers below are the same on every run.

# %%
centred = vibrancy.simulate_ranks()
uniform = vibrancy.simulate_ranks(concentration=None)
article_rank = vibrancy.article_rank()
for simulation in (centred, uniform):
    print(f"{vibrancy.describe(simulation)}:")
    print(f"    Russia {fmt.ordinal(article_rank)} or better in {simulation.share(vibrancy.FOCUS, article_rank):.1%} of them")
    print(f"    best rank {simulation.best[0]}, worst rank {simulation.worst[0]}")
vibrancy.summary(centred).set_index("iso3").loc[[vibrancy.FOCUS, *vibrancy.named_ahead()]]

# %%
robustness = charts.robustness_chart(centred)
robustness

# %% [markdown]
# ## 4. Verdict

# %%
verdicts = STORY.record(vibrancy.verdicts())
for verdict in verdicts:
    print(verdict, end="\n\n")

# %% [markdown]
# ## 5. The chart

# %%
chart = charts.ranking_chart()
chart

# %%
print(chart.alt_text)

# %% [markdown]
# ## 6. Explore
# **Compare countries**: pick 2 to 8 countries to see their seven pillar scores side by side. If the widget
# does not show (for example in a static viewer), the chart below it is the default comparison.

# %%
# NBVAL_IGNORE_OUTPUT
explore.compare_countries()

# %%
comparison = charts.comparison_chart()
comparison

# %% [markdown]
# **Re-weight the index**: move the pillar weights; the ranking is redrawn and the line above it says where
# Russia lands. "Export this chart" writes the chart you see to `exports/`.

# %%
# NBVAL_IGNORE_OUTPUT
explore.reweight_index()

# %% [markdown]
# **Random weightings**: choose weightings centred on the tool's (and how tightly, with the concentration) or
# any weightings at all, how many to draw, and which countries to show.

# %%
# NBVAL_IGNORE_OUTPUT
explore.rank_robustness()

# %% [markdown]
# ## 7. Export
# The story's tidy dataset goes to `data/processed/ai_vibrancy/`, its charts to `exports/` (PNG at 2x, SVG, PDF
# at web, one-column and two-column widths, with their data as CSV and their alt text).

# %%
STORY.publish()
