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

# %%
# The page in the language its address asks for (`?lang=uk`, English by default): its texts are the kit's
# `reader-` messages, its explorers are created in that language. A preheated page draws the English explorers,
# then waits here for the reader's request; a page asked for in another language draws its own then.
import ipywidgets as widgets
from IPython.display import HTML, Markdown, display
from voila.utils import get_query_string

from kit import i18n
from kit.stories.ai_vibrancy import STORY, explore
from kit.widgets import ShareLink, language_links, language_of, sources_note


def explorers(language: str) -> tuple:
    """The page's two explorers and its share link, in a language."""
    with i18n.use(language):
        comparison, reweighting = explore.compare_countries(), explore.reweight_index()
        for explorer in (comparison, reweighting):
            explorer.export_button.layout.display = "none"  # exports are for the newsroom, not for readers
            explorer.language.layout.display = "none"  # the page's language switch chooses the language
        return comparison, reweighting, ShareLink([comparison, reweighting])


english = explorers(i18n.SOURCE)
query = get_query_string()
language = language_of(query)
comparison, reweighting, share = english if language == i18n.SOURCE else explorers(language)


def t(key: str, **args) -> str:
    """A text of the page in its language."""
    with i18n.use(language):
        return i18n.t(key, **args)


default_weights = next(w for w in reweighting.children if isinstance(w, widgets.Button) and w.icon == "undo")

if language_links(language):
    display(HTML(language_links(language)))
display(Markdown(f"# {t('reader-title')}\n\n{t('reader-intro')}"))

# %%
display(Markdown(f"## {t('reader-compare-heading')}\n{t('reader-compare-text')}"))
display(comparison)

# %%
display(Markdown(f"## {t('reader-reweight-heading')}\n{t('reader-reweight-text', button=default_weights.description)}"))
display(reweighting)

# %%
display(share)
with i18n.use(language):
    display(Markdown(sources_note(STORY.sources)))

# %%
# the view the address asks for
problems = share.apply(query)
