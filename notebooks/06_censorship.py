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
# # 06 · Roskomnadzor's AI-filter budget and the growth of blocked VPN content
#
# The article says that Roskomnadzor plans to launch an AI-based system for blocking online content in 2026, with
# over $29 million allocated, and that bans of VPN-related content rose by over 1,200% in 2025. The budget is a
# rouble figure in Roskomnadzor's plan; the dollar figure is a conversion, and the growth figure is Roskomnadzor's
# own, for a category broader than VPNs.
#
# This notebook redoes the conversion at the official rates of the week, sets the growth of circumvention-tool
# materials against the other categories, shows the VPN services blocked over time, and checks both figures. The
# same data check the article's broader statement that the Kremlin is tightening its control over digital
# platforms.
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
from kit.stories.censorship import STORY, charts, explore
from kit.stories.censorship import compute as censorship

# %% [markdown]
# ## 1. The claims

# %%
for claim_id in STORY.claims:
    figures = STORY.figures(claim_id)
    print(f"{claim_id}: {figures['statement'].iloc[0]}")
    for figure, row in figures[figures["value"].notna()].iterrows():  # a statement without figures has none
        print(f"    {figure}: {row['value']} ({row['unit']}, {row['qualifier']})")
print()
print(articles.article(STORY.article))

# %% [markdown]
# ## 2. The data and where it comes from

# %%
for source in STORY.sources:
    print(data.provenance(source), end="\n\n")

# %% [markdown]
# ## 3. The budget in dollars
# 2.27 billion roubles divided by the Bank of Russia's official rate of each day of that week (derived). No rate
# for 19 January, the day of the first report, is in the data. The four rates give nearly the same amount: one
# number, which the claim below states in a sentence rather than a chart.

# %%
censorship.conversions().round(2)

# %% [markdown]
# ## 4. Blocked materials by category
# Roskomnadzor published the 2025 counts and the change from 2024; the 2024 counts (except the total) are derived
# from those two.

# %%
censorship.categories()[
    ["category_en", "count_2025", "count_qualifier", "pct_change_vs_2024", "base_2024", "base_2024_derived"]
]

# %% [markdown]
# The other blocking volumes found count different things, so they are not joined into one series:

# %%
data.load(censorship.BLOCKING)[["metric_id", "metric", "period", "value", "unit", "comparability_note"]]

# %% [markdown]
# VPN services blocked, as officially reported (the rows that count services blocked at a date):

# %%
censorship.vpn_services()[["as_of", "vpn_services_blocked", "type", "publisher"]]

# %% [markdown]
# ## 5. Verdicts

# %%
verdicts = STORY.record(censorship.verdicts())
for verdict in verdicts:
    print(verdict, end="\n\n")

# %% [markdown]
# ## 6. The charts

# %%
categories = charts.categories_chart()
categories

# %%
vpn = charts.vpn_chart()
vpn

# %%
for chart in (categories, vpn):
    print(chart.alt_text, end="\n\n")

# %% [markdown]
# ## 7. Explore
# **Compare categories**: pick the categories of blocked material to compare; the chart and its title are redrawn.

# %%
# NBVAL_IGNORE_OUTPUT
explore.compare_blocked_categories()

# %% [markdown]
# ## 8. Export
# The story's tidy dataset goes to `data/processed/censorship/`, its charts to `exports/`.

# %%
STORY.publish()
