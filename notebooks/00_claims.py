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
# # 00 · The claims ledger: every statement, its verdict and its evidence, article by article
#
# Each checked article makes several checkable statements, with numbers in them or not. Each story
# (`kit/stories/<story>/`, with its notebook here) checks some statements of one article against sourced evidence
# and writes its verdicts into its own claims file, `data/processed/<story>/claims.csv`. This notebook gathers those
# files into one ledger per article: what the article says, what the data gives, the verdict, the caveats, the
# sources with their dates, and the notebook and chart behind each claim. Nothing here is typed by hand: it reads
# the claims files, so `make figures` runs this notebook after every story's notebook. Claims that still rest on
# example data (drafts) are never published.
#
# Verdicts come from a fixed vocabulary: **accurate**, **accurate with caveats** (the figure matches, with limits
# spelled out), **inaccurate**, **unsupported** (the evidence found cannot settle it), **unverified** (the research
# found no record that confirms or refutes it); the Ukrainian and Russian editions word them as their fact-checkers
# do (docs/editions.md). Each statement says who made it: the verdicts are counted over each article's own
# statements; another outlet's wording of one (checked beside it) is listed but not counted. This notebook shows the
# ledger in English; the build writes it in every language.

# %% [markdown]
# > **How to use this notebook.** Read it from top to bottom: the outputs below are those of the last build. Each
# > claim links its notebook and its charts' files in `exports/<article>/` (written by `make figures`). To gather
# > the claims again, run it: **Run ▸ Run All Cells**. Saving keeps your code in the `.py`; the stored outputs in
# > the `.ipynb` are refreshed by `make notebooks`, so running the notebook changes no committed file.

# %%
from IPython.display import Markdown, display

from kit import articles, ledger, words

LANGUAGE = "en"  # the language this notebook shows the ledger in

# %% [markdown]
# ## 1. The verdicts at a glance
# Each article's verdicts are counted over its own statements only.

# %%
by_article = ledger.by_article(ledger.entries(language=LANGUAGE))
for name, entries in by_article.items():
    print(f"{articles.article(name)}\n{words.render(ledger.headline(entries), LANGUAGE)}")
    display(ledger.verdict_table(entries, LANGUAGE))

# %%
for name, entries in by_article.items():
    print(name)
    display(ledger.overview(entries, LANGUAGE))

# %% [markdown]
# ## 2. The sources and their dates
# Every claim cites described sources (each folder of `data/raw/` describes its own files): who published them,
# when, and when we retrieved them.

# %%
every = [entry for entries in by_article.values() for entry in entries]
sources = {source.name: source for entry in every for source in entry.sources}
for name, source in sorted(sources.items()):
    cited_by = ", ".join(entry.claim_id for entry in every if source in entry.sources)
    print(f"{ledger.source_line(source, LANGUAGE)}\n    cited by: {cited_by}\n")

# %% [markdown]
# ## 3. The ledger, claim by claim
# Links lead to each claim's notebook and to its charts in `exports/<article>/` (written by `make figures`).

# %%
for name, entries in by_article.items():
    display(Markdown(ledger.markdown(entries, LANGUAGE, figures=f"../exports/{name}/", notebooks="")))

# %% [markdown]
# ## 4. Export
# Each article's ledger goes to its published folder `exports/<article>/` as schema.org `ClaimReview` JSON-LD (the
# fact-checking community's format, read by search engines), as CSV and as Markdown (which opens with the verdict
# table). `make figures` then writes each article's gallery `exports/<article>/index.html` with the verdict table,
# every chart and its verdicts, and `exports/index.html`, which lists the articles.

# %%
for name in ledger.write(every, language=LANGUAGE):
    print(name)
