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
# # 02 · Is any Russian institution among the world's top 200 in AI research?
#
# The article says that no Russian university is among the world's 200 leading AI research institutions. It does
# not say which ranking it means, and none of the reports of the same Times article names one. So this notebook
# rebuilds the nearest reproducible ranking: every institution ranked by its **accepted papers at nine top AI
# conference-years of 2023-24** (ICML, CVPR, ICCV, EMNLP, NAACL, IJCAI), in eight variants, and checks the
# statement under each. It then weighs that ranking against the other evidence: a third party's NeurIPS counts
# and the published rankings the research found (QS, THE, Nature Index, CSRankings), each judged for how much a
# verdict can rest on it. Every number below is computed from the files in `data/raw/`; nothing is typed in.

# %% [markdown]
# > **How to use this notebook.** Read it from top to bottom: the outputs below are those of the last build.
# > To explore, run it: **Run ▸ Run All Cells**. The explorers under **Explore** then answer your choices (type
# > in a list to find a name, × to remove one; a slow chart dims and says "Computing…"); until the notebook runs,
# > each shows its first chart as a picture. **Export this chart** writes the publication files to `exports/` and
# > links them here. Saving keeps your code in the `.py`; the stored outputs in the `.ipynb` are refreshed by
# > `make notebooks`, so running the notebook changes no committed file.

# %%
from kit import articles, data
from kit.stories.ai_institutions import STORY, charts, explore
from kit.stories.ai_institutions import compute as institutions

# %% [markdown]
# ## 1. The claim

# %%
figures = STORY.figures(institutions.CLAIM)
print(f"{institutions.CLAIM}: {figures['statement'].iloc[0]}")
for figure, row in figures.iterrows():
    print(f"    {figure}: {row['value']} ({row['unit']}, {row['qualifier']})")
print()
print(articles.article(STORY.article))

# %% [markdown]
# ## 2. The data and where it comes from
# The paper counts were compiled from Paper Copilot's `paperlists` (accepted papers with author affiliations),
# one pinned file per conference-year; each affiliation was resolved to one institution with a country and a
# type (company, or university and public research).

# %%
for source in (
    *institutions.RANKINGS.values(),
    institutions.RUSSIAN_PAPERS,
    institutions.NEURIPS_RUSSIAN,
    institutions.PUBLISHED_RANKINGS,
):
    print(data.provenance(source), end="\n\n")

# %%
institutions.venues()

# %% [markdown]
# The top of the main-track ranking, and every Russian institution in it:

# %%
ranking = institutions.rank()
ranking.head(10)

# %%
institutions.russian()

# %% [markdown]
# ## 3. The cut-off, the best Russian institution and Russia as one, under every variant
# Ranks are competition ranks (ties share the better place), recomputed by the kit from the paper counts.
# *Full* counting gives a paper to every institution on it; *fractional* counting splits it among the authors.
# "Universities and public research" leaves companies out, the closer reading of "university".
# "Russia pooled" counts the distinct papers with at least one Russian institution of the variant, as if
# Russia were one institution.

# %%
summary = institutions.summary()
summary[["tracks", "universe", "metric", "cutoff", "russian_in_top", "best_russian", "best_russian_rank", "pooled_rank"]]

# %% [markdown]
# The research step that compiled the data computed the same summary independently; the kit's figures agree
# with it (pooled Russia differs only where the kit leaves Russian companies out of the universities-only
# variants, which the research step did not):

# %%
check = institutions.reproduction()
compared = ["institutions", "cutoff", "within_top", "russian_in_top", "best_russian_rank"]
print(f"Variants compared: {len(check)}")
for column in compared:
    print(f"  {column}: {(check[column] != check[f'{column}_published']).sum()} differences")
print(f"  pooled_papers: {(check['pooled_papers'].round(3) != check['pooled_papers_published']).sum()} differences")

# %% [markdown]
# Places in the top 200 by country (main tracks, all institutions, full counting):

# %%
institutions.seats_by_country()

# %% [markdown]
# The NeurIPS cross-check: a third party's per-affiliation NeurIPS counts, with Russian aliases merged (an upper
# bound). Pooled over 2023-2025 MIPT stays below the 200th place, and in 2024 alone it touches it. But the third
# party files some papers of Skoltech, HSE and AIRI under other institutions (their counts are lower bounds) and
# merges Skoltech with ISTA, whose bucket reaches the cut-off in every period: these counts cannot show that no
# Russian institution makes NeurIPS's top 200.

# %%
institutions.neurips()

# %%
institutions.neurips_bounds()[["period", "papers_at_rank_200", "label", "papers", "ista_bucket_papers", "bucket_reaches"]]

# %% [markdown]
# ## 3b. Every ranking the verdict weighs
# The published rankings the research found, with the best Russian institution's place as reported and how much a
# verdict can rest on each (medium: an AI ranking read reliably enough to count; weak: context only). The verdict
# follows every ranking that counts: it holds only if they all agree with the article.

# %%
institutions.published_rankings()[["short_name", "edition", "ranks", "best_russian", "best_russian_place", "strength"]]

# %%
institutions.evidence()

# %% [markdown]
# ## 4. Verdict

# %%
verdicts = STORY.record(institutions.verdicts())
for verdict in verdicts:
    print(verdict, end="\n\n")

# %% [markdown]
# ## 5. The charts

# %%
seats = charts.seats_chart()
seats

# %%
print(seats.alt_text)

# %%
cutoff = charts.cutoff_chart()
cutoff

# %%
print(cutoff.alt_text)

# %% [markdown]
# ## 6. Explore
# **Places by country**: choose a ranking variant and the countries to compare; Russia is always shown, with its
# best institution beside its bar.

# %%
# NBVAL_IGNORE_OUTPUT
explore.institution_seats()

# %% [markdown]
# **Against the cut-off**: choose a ranking variant and up to 15 institutions; the dashed line is what it takes to
# be 200th in that variant. "Export this chart" writes the chart you see to `exports/`.

# %%
# NBVAL_IGNORE_OUTPUT
explore.institution_cutoff()

# %% [markdown]
# ## 7. Export
# The story's tidy dataset goes to `data/processed/ai_institutions/`, its charts to `exports/`.

# %%
STORY.publish()
