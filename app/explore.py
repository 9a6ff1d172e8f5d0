# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: tags,-all
#     formats: py:percent
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
# # Where does Russia stand in AI? Check the ranking yourself
#
# Stanford HAI's **Global AI Vibrancy Tool** (2025 edition, 2024 data) scores countries on seven pillars,
# from research and talent to infrastructure and public opinion, and combines them into one ranking.
# A news article cited Russia's place in it. Here you can look behind that place.

# %%
from IPython.display import Markdown, display
from voila.utils import get_query_string

from kit.stories.ai_vibrancy import STORY, explore
from kit.widgets import ShareLink, sources_note

comparison, reweighting = explore.compare_countries(), explore.reweight_index()
for explorer in (comparison, reweighting):
    explorer.export_button.layout.display = "none"  # exports are for the newsroom, not for readers
share = ShareLink([comparison, reweighting])

# %% [markdown]
# ## Compare countries
# Russia and the countries the article names as ahead of it, pillar by pillar. Type a country's name to add
# it, or ✕ to remove one.

# %%
display(comparison)

# %% [markdown]
# ## Change what counts
# The ranking depends on how much each pillar counts. Move the weights and see where Russia lands;
# "Tool's default weights" puts Stanford's choice back.

# %%
display(reweighting)

# %%
display(share)
display(Markdown(sources_note(STORY.sources)))

# %%
# the view a shared link asks for (a preheated page waits here for the reader's request)
problems = share.apply(get_query_string())
