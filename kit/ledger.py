"""The ledger step: gathers every story's claims file into one ledger for editors and fact-checkers: each
claim with its sources and charts, a table of the verdicts, and the ledger as schema.org `ClaimReview`
JSON-LD, CSV and Markdown.

Everything here reads the claims files the story notebooks wrote (`data/processed/<story>/claims.csv`),
the articles and the sources' descriptions; nothing is typed by hand. Claims that rest on example data
(drafts) are never published. The JSON-LD needs to know where the fact-check is published and by whom:
set `KIT_REVIEW_URL` and `KIT_REVIEW_PUBLISHER` (the defaults are placeholders on example.org).
"""

from __future__ import annotations

import io
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import urlparse

import pandas as pd

from kit import articles, claims, data, files, paths, story
from kit.articles import Article
from kit.claims import Verdict
from kit.data import Provenance
from kit.errors import DataError, KitError

NOTEBOOK = "00_claims"  # the ledger notebook: runs after every story notebook
PLACEHOLDER_URL = "https://example.org/fact-check/"
PLACEHOLDER_PUBLISHER = "Fact-check kit (set KIT_REVIEW_PUBLISHER)"
JSONLD_NAME, CSV_NAME, MARKDOWN_NAME = "claims-ledger.jsonld", "claims-ledger.csv", "claims-ledger.md"


@dataclass(frozen=True)
class Rating:
    """A verdict on schema.org's `Rating` scale; `value` is None where the data cannot settle the claim."""

    value: int | None
    name: str


WORST, BEST = 1, 3
RATINGS = {
    Verdict.ACCURATE: Rating(3, "Accurate"),
    Verdict.ACCURATE_WITH_CAVEATS: Rating(2, "Accurate with caveats"),
    Verdict.INACCURATE: Rating(1, "Inaccurate"),
    Verdict.UNSUPPORTED: Rating(None, "Unsupported: the data cannot settle it"),
}


@dataclass(frozen=True)
class Entry:
    """One ledger row with its sources resolved in the catalogue."""

    claim_id: str
    article: Article
    story: str
    notebook: str
    statement: str
    article_value: str
    computed_value: str
    verdict: Verdict
    caveats: tuple[str, ...]
    sources: tuple[Provenance, ...]
    charts: tuple[str, ...]
    draft: bool


def gathered() -> pd.DataFrame:
    """Every story's claims file, in the stories' order; a story whose file is missing is named."""
    parts = []
    for each in story.stories():
        path = each.output_dir() / claims.FILE_NAME
        if not each.claims:
            continue
        if not path.is_file():
            raise DataError(
                f"The story {each.name!r} has no claims file yet.",
                where=paths.shown(path),
                fix=f"build it first: `.venv/bin/python -m kit build {each.name}`.",
            )
        parts.append(claims.read(path))
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=claims.COLUMNS, dtype="str")


def entries(ledger: pd.DataFrame | None = None, drafts: bool = False) -> list[Entry]:
    """The published claims (drafts too with `drafts=True`), from the stories' claims files by default."""
    ledger = gathered() if ledger is None else ledger
    result = []
    for row in ledger.itertuples(index=False):
        where = paths.shown(paths.processed_dir() / row.story / claims.FILE_NAME)
        if row.verdict not in set(Verdict):
            raise DataError(
                f"Claim {row.claim_id!r} has the verdict {row.verdict!r}, which is not in the vocabulary "
                f"({', '.join(Verdict)}).",
                where=where,
                fix=f"rebuild it by running its notebook ({row.notebook}); verdicts are computed, not typed.",
            )
        if row.draft and not drafts:
            continue
        result.append(
            Entry(
                claim_id=row.claim_id,
                article=articles.article(row.article),
                story=row.story,
                notebook=row.notebook,
                statement=row.statement,
                article_value=row.article_value,
                computed_value=row.computed_value,
                verdict=Verdict(row.verdict),
                caveats=tuple(c for c in row.caveats.split(claims.SEPARATOR) if c),
                sources=tuple(data.provenance(name) for name in row.source_ids.split()),
                charts=tuple(row.charts.split()),
                draft=bool(row.draft),
            )
        )
    return result


def counts(ledger: Sequence[Entry]) -> dict[Verdict, int]:
    """How many claims have each verdict, in the vocabulary's order."""
    return {verdict: sum(entry.verdict == verdict for entry in ledger) for verdict in Verdict}


def tally(ledger: Sequence[Entry]) -> str:
    """The verdicts in words, e.g. '1 accurate, 2 accurate with caveats'."""
    return ", ".join(f"{count} {verdict}" for verdict, count in counts(ledger).items() if count) or "none"


def overview(ledger: Sequence[Entry]) -> pd.DataFrame:
    """One line per claim: what the article says, what the data gives, the verdict."""
    return pd.DataFrame(
        [(e.claim_id, e.article_value, e.computed_value, str(e.verdict)) for e in ledger],
        columns=["claim", "the article gives", "the data gives", "verdict"],
    ).set_index("claim")


def source_line(source: Provenance) -> str:
    """A source as the ledger cites it: publisher, title, dates and address."""
    return (
        f"{source.publisher}: {source.title} (published {source.published}, retrieved {source.retrieved}) {source.url}"
    )


# -- the verdict table ----------------------------------------------------------------------------------


def verdict_table(ledger: Sequence[Entry]) -> pd.DataFrame:
    """How many of the checked statements have each verdict, and which: a few counts read better as a table
    than as a chart."""
    per_verdict = counts(ledger)
    return pd.DataFrame(
        {
            "verdict": [str(v) for v in per_verdict],
            "statements": list(per_verdict.values()),
            "claims": [", ".join(e.claim_id for e in ledger if e.verdict == v) for v in per_verdict],
        }
    )


def headline(ledger: Sequence[Entry]) -> str:
    """The verdicts in one sentence, e.g. '8 of the article's 9 checked statements hold up against the data'."""
    per_verdict = counts(ledger)
    return _verdict_title(per_verdict[Verdict.ACCURATE] + per_verdict[Verdict.ACCURATE_WITH_CAVEATS], len(ledger))


def _articles(ledger: Sequence[Entry]) -> list[Article]:
    """The articles of these entries, in order of first appearance."""
    return list({entry.article.name: entry.article for entry in ledger}.values())


def _verdict_title(holding: int, total: int) -> str:
    if total == 0:
        return "No statement of the article has been checked yet"
    if total == 1:
        return f"The article's one checked statement {'holds' if holding else 'does not hold'} up against the data"
    if holding == total:
        return (
            f"{'Both' if total == 2 else f'All {total}'} of the article's checked statements hold up against the data"
        )
    verb = "holds" if holding <= 1 else "hold"
    return f"{holding or 'None'} of the article's {total} checked statements {verb} up against the data"


# -- ClaimReview JSON-LD --------------------------------------------------------------------------------


def review_url() -> str:
    """Where the fact-check is published (`KIT_REVIEW_URL`); each claim is an anchor on that page."""
    url = os.environ.get("KIT_REVIEW_URL") or PLACEHOLDER_URL
    if not is_web_url(url):
        raise KitError(
            f"KIT_REVIEW_URL must be an absolute http(s) address, not {url!r}.",
            where="the KIT_REVIEW_URL environment variable",
            fix="set it to the page where you publish the ledger, e.g. https://news.example.com/fact-check/ai-claims",
        )
    return url


def review_publisher() -> str:
    return os.environ.get("KIT_REVIEW_PUBLISHER") or PLACEHOLDER_PUBLISHER


def is_web_url(text: str) -> bool:
    parsed = urlparse(text)
    return parsed.scheme in ("http", "https") and bool(parsed.netloc) and " " not in text


def review_date(entry: Entry) -> str:
    """The review's date: the latest retrieval date of its sources (the evidence's date), as ISO 8601."""
    return max(_iso_date(source.retrieved, source.name) for source in entry.sources).isoformat()


def _iso_date(text: str, resource: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DataError(
            f"{resource!r} has the date {text!r}, which is not a full ISO date (YYYY-MM-DD).",
            where=f"the description of {resource!r}",
            fix="record the day in its description (published/retrieved) as YYYY-MM-DD.",
        ) from None


def claim_review(entry: Entry) -> dict:
    """One claim as a schema.org `ClaimReview`, the format search engines and fact-check archives read."""
    article = entry.article
    rating = RATINGS[entry.verdict]
    review_rating = {"@type": "Rating", "alternateName": rating.name, "bestRating": BEST, "worstRating": WORST}
    if rating.value is not None:
        review_rating["ratingValue"] = rating.value
    body = f"The article gives {entry.article_value}; the data gives {entry.computed_value}."
    return {
        "@type": "ClaimReview",
        "url": f"{review_url()}#{entry.claim_id}",
        "name": f"Fact-check: {entry.statement}",
        "claimReviewed": entry.statement,
        "datePublished": review_date(entry),
        "author": {"@type": "Organization", "name": review_publisher()},
        "reviewRating": review_rating,
        "reviewBody": " ".join([body, *entry.caveats]),
        "itemReviewed": {
            "@type": "Claim",
            "author": {"@type": "Organization", "name": article.publisher},
            "datePublished": _iso_date(article.published, article.name).isoformat(),
            "appearance": {
                "@type": "NewsArticle",
                "url": article.url,
                "headline": article.headline,
                "datePublished": _iso_date(article.published, article.name).isoformat(),
                "publisher": {"@type": "Organization", "name": article.publisher},
            },
        },
        "isBasedOn": [
            {
                "@type": "Dataset",
                "name": source.title,
                "url": source.url,
                "publisher": {"@type": "Organization", "name": source.publisher},
            }
            for source in entry.sources
        ],
    }


def json_ld(ledger: Sequence[Entry]) -> str:
    """All claims as one JSON-LD document (`@graph` of `ClaimReview`s)."""
    document = {"@context": "https://schema.org", "@graph": [claim_review(entry) for entry in ledger]}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


# -- CSV and Markdown -----------------------------------------------------------------------------------


def table(ledger: Sequence[Entry]) -> pd.DataFrame:
    """The ledger with its sources spelled out (publisher, title, dates, address), one row per claim."""
    return pd.DataFrame(
        [
            {
                "claim_id": e.claim_id,
                "statement": e.statement,
                "article_value": e.article_value,
                "computed_value": e.computed_value,
                "verdict": str(e.verdict),
                "rating": RATINGS[e.verdict].value,
                "caveats": claims.SEPARATOR.join(e.caveats),
                "sources": claims.SEPARATOR.join(source_line(s) for s in e.sources),
                "notebook": e.notebook,
                "charts": " ".join(e.charts),
            }
            for e in ledger
        ],
        columns=["claim_id", "statement", "article_value", "computed_value", "verdict", "rating", "caveats"]
        + ["sources", "notebook", "charts"],
    ).astype({"rating": "Int64"})


def markdown(ledger: Sequence[Entry], figures: str = "", notebooks: str | None = None) -> str:
    """The ledger as Markdown. Figure links start with `figures` (the path to the exports folder); notebook
    names become links when `notebooks` (the path to the notebooks folder) is given."""
    cited = ", ".join(f"[{_md(a.publisher)}, \"{_md(a.headline)}\"]({a.url}) ({a.published})" for a in _articles(ledger))
    lines = [
        "# Claims ledger",
        "",
        (
            f"The statements with figures in {cited or 'the checked articles'}, each in our own words, "
            f"checked against sourced data. {len(ledger)} claim(s): {tally(ledger)}."
        ),
        "",
        f"**{headline(ledger)}.**",
        "",
        "| Verdict | Statements | Claims |",
        "|---|---:|---|",
    ]
    lines += [f"| {row.verdict} | {row.statements} | {_md(row.claims) or '–'} |" for row in verdict_table(ledger).itertuples()]
    for e in ledger:
        notebook = f"[{e.notebook}]({notebooks}{e.notebook}.ipynb)" if notebooks is not None else f"`{e.notebook}`"
        chart_links = ", ".join(f"[{slug}]({figures}{slug}/{slug}.web.png)" for slug in e.charts) or "none"
        lines += [
            "",
            f"## {e.claim_id}: {e.verdict}",
            "",
            f"**Statement (our words):** {_md(e.statement)}",
            "",
            "| | |",
            "|---|---|",
            f"| The article gives | {_md(e.article_value)} |",
            f"| The data gives | {_md(e.computed_value)} |",
            f"| Verdict | **{e.verdict}** |",
            f"| Notebook | {notebook} |",
            f"| Charts | {chart_links} |",
            "",
            "Caveats:" if e.caveats else "Caveats: none.",
        ]
        lines += [f"- {_md(caveat)}" for caveat in e.caveats]
        lines += ["", "Sources:"]
        lines += [
            f"- {_md(s.publisher)}, [{_md(s.title)}]({s.url}), published {s.published}, retrieved {s.retrieved}"
            for s in e.sources
        ]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|")


def write(ledger: Sequence[Entry]) -> list[str]:
    """Write the ledger as JSON-LD, CSV and Markdown into the exports folder; returns the names written."""
    folder = paths.exports_dir()
    buffer = io.StringIO()
    table(ledger).to_csv(buffer, index=False, lineterminator="\n")
    payloads = {JSONLD_NAME: json_ld(ledger), CSV_NAME: buffer.getvalue(), MARKDOWN_NAME: markdown(ledger)}
    for name, text in payloads.items():
        files.write_text(folder / name, text)
    return [f"exports/{name}" for name in payloads]
