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
# # 03 · Is any Russian company among the world's top 100 AI (or technology) firms?
#
# UNITED24 says that no Russian company is among the world's top 100 **AI firms**. Other outlets' reports of the
# same Times article (UNN, TSN) say the top 100 **technology firms by market capitalisation**: that reading is
# theirs, checked here too but attributed to them and not counted as the article's. No report names the list. This
# notebook checks both readings against the nearest lists the kit has: the world's 100 largest companies of all
# sectors (February 2026), the technology firms of the Forbes Global 2000 (2025) and the Forbes AI 50 (2025), says
# what each list can and cannot show, and compares the largest Russian internet firms' values (Forbes Russia,
# February 2026) with the lists' cut-offs.
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
from kit.stories.ai_companies import STORY, charts, explore
from kit.stories.ai_companies import compute as companies

# %% [markdown]
# ## 1. The claim, in both readings

# %%
for claim_id in (companies.AI_CLAIM, companies.TECH_CLAIM):
    figures = STORY.figures(claim_id)
    print(f"{claim_id} (said by {', '.join(articles.said_by(STORY.article, claim_id))}): {figures['statement'].iloc[0]}")
    for figure, row in figures.iterrows():
        print(f"    {figure}: {row['value']} ({row['unit']}, {row['qualifier']})")
print()
print(articles.article(STORY.article))

# %% [markdown]
# ## 2. The lists and where they come from

# %%
for source in STORY.sources:
    print(data.provenance(source), end="\n\n")

# %% [markdown]
# ## 3. Russian companies in each list, and each list's cut-off

# %%
for key, spec in companies.LISTS.items():
    line = companies.cutoff(key)
    print(
        f"{spec.title}: {companies.russian_in(key)} Russian of {len(companies.companies(key))}; "
        + (f"last place worth {companies.usd(line)}" if line else "no market values")
    )
    print(f"    can show {spec.shows}; cannot show {spec.cannot_show}")

# %% [markdown]
# Places per country in each list:

# %%
companies.by_country().pivot(index="country", columns="list", values="companies").fillna(0).astype(int).sort_values(
    "all-sector", ascending=False
)

# %% [markdown]
# The most valuable Russian internet companies in Forbes Russia's 2026 ranking (the places its reports give),
# valued from market data and analysts' estimates; internet firms count as technology firms:

# %%
companies.russian_candidates()[["edition", "rank", "company", "value_usd_bn", "reported_by", "report_date", "sector"]]

# %% [markdown]
# ## 4. Verdicts
# A list shorter than the article's 100 places can show that a Russian firm is in, but not that none is, so the
# "AI firms" reading cannot be settled with the Forbes AI 50 alone.

# %%
verdicts = STORY.record(companies.verdicts())
for verdict in verdicts:
    print(verdict, end="\n\n")

# %% [markdown]
# ## 5. The charts

# %%
by_country = charts.countries_chart()
by_country

# %%
print(by_country.alt_text)

# %%
market_value = charts.market_value_chart()
market_value

# %%
print(market_value.alt_text)

# %% [markdown]
# ## 6. Explore
# **Companies by country**: pick a list (or all three) and the countries; Russia is always shown.

# %%
# NBVAL_IGNORE_OUTPUT
explore.company_lists()

# %% [markdown]
# ## 7. Export
# The story's tidy dataset goes to `data/processed/ai_companies/`, its charts to `exports/`.

# %%
STORY.publish()
