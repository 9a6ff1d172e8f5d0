"""The ledger step: gathers every story's claims file into one ledger per article for editors and fact-checkers:
each claim with its sources and charts, a table of the verdicts, and the ledger as schema.org `ClaimReview`
JSON-LD, CSV and Markdown, written into the article's published folder `exports/<article>/`.

Everything here reads the claims files the story notebooks wrote (`data/processed/<story>/claims.csv`),
the articles and the sources' descriptions; nothing is typed by hand. Claims that rest on example data
(drafts) are never published. Verdicts are counted over each article's own statements: a claim that checks
another outlet's wording of the same statement is listed, attributed to that outlet, but not counted as the
article's. Where, when and by whom the fact-check is published comes from the article's publishing record
(`articles.publishing`): a preview (the default) marks its JSON-LD as a draft and fills what the record lacks
with placeholders; a publishing build (`publish=True`) refuses a record with a missing or placeholder field.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

import pandas as pd

from kit import articles, claims, data, files, fmt, i18n, paths, story
from kit.articles import Article
from kit.claims import Verdict
from kit.data import Provenance
from kit.errors import DataError, KitError

NOTEBOOK = "00_claims"  # the ledger notebook: runs after every story notebook
DRAFT = "Draft"  # schema.org `creativeWorkStatus` of the reviews in a preview build
JSONLD_NAME, CSV_NAME, MARKDOWN_NAME = "claims-ledger.jsonld", "claims-ledger.csv", "claims-ledger.md"


def file_name(name: str, language: str | None = None) -> str:
    """A ledger file's name in a language (the current one by default): `claims-ledger.md` in English,
    `claims-ledger.uk.md` in Ukrainian."""
    language = i18n.check(language or i18n.current())
    if language == i18n.SOURCE:
        return name
    stem, ending = name.split(".", 1)
    return f"{stem}.{language}.{ending}"


def verdict_name(verdict: Verdict | str) -> str:
    """A verdict in words in the current language (the glossary's term; in English the vocabulary itself)."""
    return i18n.t(f"ledger-verdict-{files.slugify(str(verdict))}")


def rating_name(verdict: Verdict) -> str:
    """A verdict's `Rating.alternateName` in the current language."""
    return i18n.t(f"ledger-rating-{files.slugify(str(verdict))}")


def _and(items: Sequence[str]) -> str:
    """Speakers joined: 'A and B' (in English every one joined so, as the ledger always wrote them)."""
    return " and ".join(items) if i18n.current() == i18n.SOURCE else fmt.names(items)


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
    Verdict.UNSUPPORTED: Rating(None, "Unsupported"),  # the evidence cannot settle it
    Verdict.UNVERIFIED: Rating(None, "Unverified"),  # the research found no record that confirms or refutes it
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
    said_by: tuple[str, ...] = ()
    set_aside: tuple[str, ...] = ()  # source caveats that do not reach the claim, each with its reason
    citations: tuple[claims.Citation, ...] = ()  # the pages and records it rests on
    failing_parts: tuple[str, ...] = ()  # the parts of the statement that keep it from holding up
    method: tuple[str, ...] = ()  # how we checked

    @property
    def own(self) -> bool:
        """Whether the statement is the article's own (not another outlet's wording of it)."""
        return self.said_by == (self.article.publisher,)

    @property
    def speakers(self) -> tuple[str, ...]:
        return self.said_by or (self.article.publisher,)


def gathered(language: str | None = None) -> pd.DataFrame:
    """Every story's claims file in a language (the current one by default: `claims.csv` in English,
    `claims.<lang>.csv` in the others; English for a story not translated yet), in the stories' order; a story
    whose file is missing is named."""
    language = language or i18n.current()
    parts = []
    for each in story.stories():
        # a story not yet translated into this language (one new from `kit new`) is listed in English
        path = each.output_dir() / claims.file_name(language if language in each.built_languages else i18n.SOURCE)
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
    """The published claims (drafts too with `drafts=True`), from the stories' claims files in the current
    language by default."""
    ledger = gathered() if ledger is None else ledger
    result = []
    for row in ledger.itertuples(index=False):
        where = paths.shown(paths.processed_dir() / row.story / claims.file_name(i18n.current()))
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
                said_by=_parts(row.said_by) or (articles.article(row.article).publisher,),
                set_aside=_parts(row.set_aside),
                citations=claims.citations_from(row.citations)
                or claims.pages(row.source_ids.split()),  # a claims file written before citations
                failing_parts=_parts(row.failing_parts),
                method=_parts(row.method),
            )
        )
    return result


def _parts(text: str) -> tuple[str, ...]:
    return tuple(part for part in text.split(claims.SEPARATOR) if part)


def own_statements(ledger: Sequence[Entry]) -> list[Entry]:
    """The entries that check the article's own statements (what the verdicts are counted over)."""
    return [entry for entry in ledger if entry.own]


def other_readings(ledger: Sequence[Entry]) -> list[Entry]:
    """The entries that check other outlets' wordings of the article's statements (listed, not counted)."""
    return [entry for entry in ledger if not entry.own]


def by_article(ledger: Sequence[Entry]) -> dict[str, list[Entry]]:
    """The entries grouped by the article they check (article name -> its entries), in order of appearance."""
    grouped: dict[str, list[Entry]] = {}
    for entry in ledger:
        grouped.setdefault(entry.article.name, []).append(entry)
    return grouped


def counts(ledger: Sequence[Entry]) -> dict[Verdict, int]:
    """How many of the article's own statements have each verdict, in the vocabulary's order."""
    own = own_statements(ledger)
    return {verdict: sum(entry.verdict == verdict for entry in own) for verdict in Verdict}


def tally(ledger: Sequence[Entry]) -> str:
    """The verdicts on the article's own statements in words, e.g. '1 accurate, 2 accurate with caveats', then the
    other outlets' wordings checked beside them (not counted)."""
    text = ", ".join(
        i18n.t("ledger-tally-count", count=count, verdict=verdict_name(verdict))
        for verdict, count in counts(ledger).items()
        if count
    ) or i18n.t("ledger-tally-none")
    others = other_readings(ledger)
    if others:
        listed = "; ".join(
            i18n.t("ledger-tally-other", claim=e.claim_id, speakers=", ".join(e.speakers), verdict=verdict_name(e.verdict))
            for e in others
        )
        text += "; " + i18n.t("ledger-tally-others", listed=listed)
    return text


def overview(ledger: Sequence[Entry]) -> pd.DataFrame:
    """One line per claim: who said it, what they say, what the data gives, the verdict."""
    return pd.DataFrame(
        [(e.claim_id, ", ".join(e.speakers), e.article_value, e.computed_value, verdict_name(e.verdict)) for e in ledger],
        columns=[
            i18n.t(f"ledger-column-{key}")
            for key in ("claim", "said-by", "statement-gives", "data-gives", "verdict")
        ],
    ).set_index(i18n.t("ledger-column-claim"))


def _date(text: str, inferred: bool) -> str:
    return i18n.t("ledger-date-inferred", date=text) if inferred and text else text or i18n.t("ledger-date-unknown")


def citation_line(item: claims.Citation, markdown: bool = False) -> str:
    """A citation as the ledger gives it: the originator and its date, then the page read, its date, the day it
    was read and its address (inferred dates marked as such)."""
    title = _md_link(_md(item.title), item.url) if markdown else f"{item.title} {item.url}"
    read = i18n.t(
        "ledger-citation-page",
        publisher=_md(item.publisher) if markdown else item.publisher,
        title=title,
        published=_date(item.published, item.published_inferred),
        retrieved=item.retrieved,
    )
    if item.read_on_originators_page:
        return read
    return i18n.t(
        "ledger-citation",
        originator=_md(item.originator) if markdown else item.originator,
        originated=_date(item.originated, item.originated_inferred),
        page=read,
    )


def source_line(source: Provenance) -> str:
    """A source as the ledger cites it: publisher, title, dates and address."""
    return i18n.t(
        "ledger-source-line",
        publisher=source.publisher,
        title=source.title,
        published=source.published,
        retrieved=source.retrieved,
        url=source.url,
    )


# -- the verdict table ----------------------------------------------------------------------------------


def verdict_rows(ledger: Sequence[Entry]) -> list[tuple[Verdict, int, list[str]]]:
    """Each verdict, how many of the article's own statements have it, and their claim ids."""
    own = own_statements(ledger)
    return [(v, count, [e.claim_id for e in own if e.verdict == v]) for v, count in counts(own).items()]


def verdict_table(ledger: Sequence[Entry]) -> pd.DataFrame:
    """How many of the article's own statements have each verdict, and which: a few counts read better as a
    table than as a chart (other outlets' wordings are listed in the ledger, not counted). In the current
    language: its column names and verdicts in words."""
    rows = verdict_rows(ledger)
    return pd.DataFrame(
        {
            i18n.t("ledger-column-verdict"): [verdict_name(v) for v, _, _ in rows],
            i18n.t("ledger-column-statements"): [count for _, count, _ in rows],
            i18n.t("ledger-column-claims"): [", ".join(ids) for _, _, ids in rows],
        }
    )


def headline(ledger: Sequence[Entry]) -> str:
    """The verdicts in one sentence, e.g. '8 of the article's 9 checked statements hold up against the data'."""
    per_verdict = counts(ledger)
    holding = per_verdict[Verdict.ACCURATE] + per_verdict[Verdict.ACCURATE_WITH_CAVEATS]
    return _verdict_title(holding, len(own_statements(ledger)))


def _articles(ledger: Sequence[Entry]) -> list[Article]:
    """The articles of these entries, in order of first appearance."""
    return list({entry.article.name: entry.article for entry in ledger}.values())


def _verdict_title(holding: int, total: int) -> str:
    if total == 0:
        return i18n.t("ledger-headline-none")
    if total == 1:
        return i18n.t("ledger-headline-one-holds" if holding else "ledger-headline-one-fails")
    if holding == total:
        return i18n.t("ledger-headline-all", total=total)
    return i18n.t("ledger-headline-some", holding=holding, total=total)


# -- ClaimReview JSON-LD --------------------------------------------------------------------------------


def publishing_problems(names: Sequence[str], languages: Sequence[str] | None = None) -> list[KitError]:
    """Each field of these articles' publishing records that a publishing build refuses (missing or a
    placeholder), for the pages in `languages` (by default every language built)."""
    wanted = tuple(languages or i18n.languages())
    return [problem for name in names for problem in articles.publishing(name).problems(wanted)]


def check_publishable(names: Sequence[str], languages: Sequence[str] | None = None) -> None:
    """Refuse to publish articles whose publishing record lacks a field or still holds a placeholder."""
    problems = publishing_problems(names, languages)
    if problems:
        raise DataError(
            f"{len(problems)} field(s) of the publishing record are missing or placeholders; nothing was published."
            "\n\n" + "\n\n".join(str(problem) for problem in problems),
            fix="fill each field as its own Fix says (or build a preview with `make figures`), then publish again.",
        )


def _iso_date(text: str, resource: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise DataError(
            f"{resource!r} has the date {text!r}, which is not a full ISO date (YYYY-MM-DD).",
            where=f"the description of {resource!r}",
            fix="record the day in its description (published/retrieved) as YYYY-MM-DD.",
        ) from None


def review_date(entry: Entry) -> str | None:
    """The day the verdicts were last reviewed, from the article's publishing record (None while a placeholder).
    A review cannot predate the article or the retrieval of its evidence."""
    earliest = max(
        [_iso_date(entry.article.published, entry.article.name)]
        + [_iso_date(source.retrieved, source.name) for source in entry.sources]
    )
    return articles.publishing(entry.article.name).review_date(earliest)


def _organisation(name: str, url: str = "", logo: str = "") -> dict:
    found = {"@type": "Organization", "name": name}
    if articles.is_web_url(url):
        found["url"] = url
    if articles.is_web_url(logo):
        found["logo"] = logo
    return found


def claim_review(entry: Entry, publish: bool = False) -> dict:
    """One claim as a schema.org `ClaimReview`, the format search engines and fact-check archives read, in the
    current language: its page is the article's fact-check page in that language, its author the fact-check's
    publisher. A preview (`publish=False`) is marked a draft (`creativeWorkStatus`)."""
    article = entry.article
    record = articles.publishing(article.name)
    language = i18n.current()
    rating = RATINGS[entry.verdict]
    label = rating_name(entry.verdict)
    review_rating = {
        "@type": "Rating",
        "name": label,
        "alternateName": label,
        "bestRating": BEST,
        "worstRating": WORST,
    }
    if rating.value is not None:
        review_rating["ratingValue"] = rating.value
    values = {"article": entry.article_value, "data": entry.computed_value}
    body = (
        i18n.t("ledger-review-own", **values)
        if entry.own
        else i18n.t("ledger-review-others", speakers=_and(entry.speakers), **values)
    )
    appearances = [_appearance(article, speaker) for speaker in entry.speakers]
    first = min(appearances, key=lambda appearance: appearance["datePublished"])
    review = {
        "@type": "ClaimReview",
        "url": f"{record.page(language)}#{entry.claim_id}",
        "name": i18n.t("ledger-review-name", statement=entry.statement),
        "claimReviewed": entry.statement,
        "inLanguage": language,
        "author": _organisation(record.publisher_name, record.publisher_url, record.logo),
        "reviewRating": review_rating,
        "reviewBody": " ".join([body, *entry.caveats]),
        "itemReviewed": {
            "@type": "Claim",
            "author": _one_or_list([author for appearance in appearances for author in _listed(appearance["author"])]),
            "datePublished": first["datePublished"],
            "appearance": _one_or_list(appearances),
            "firstAppearance": first,
        },
        "isBasedOn": [_based_on(item) for item in entry.citations],
    }
    published = review_date(entry)
    if published is not None:
        review["datePublished"] = published
    if not publish:
        review["creativeWorkStatus"] = DRAFT
    return review


def _listed(item: dict | list[dict]) -> list[dict]:
    return item if isinstance(item, list) else [item]


def _based_on(item: claims.Citation) -> dict:
    """A citation as schema.org: the page read, its publisher and date, and who first published what it cites."""
    work = {
        "@type": "CreativeWork",
        "name": item.title,
        "url": item.url,
        "publisher": {"@type": "Organization", "name": item.publisher},
    }
    if item.published and not item.published_inferred:
        work["datePublished"] = item.published
    if not item.read_on_originators_page:
        original = {"@type": "CreativeWork", "author": {"@type": "Organization", "name": item.originator}}
        if item.originator_url:
            original["url"] = item.originator_url
        if item.originated and not item.originated_inferred:
            original["datePublished"] = item.originated
        work["isBasedOn"] = original
    return work


def _appearance(article: Article, speaker: str) -> dict:
    """Where a speaker's wording of the statement appeared: the article itself (by its author, if it names one),
    or that outlet's report."""
    if speaker == article.publisher:
        url, headline, published, language = article.url, article.headline, article.published, article.language
        author = {"@type": "Person", "name": article.author} if article.author else _organisation(speaker)
    else:
        report = article.report(speaker)
        url, headline, published, language = report.url, report.headline, report.published, report.language
        author = _organisation(speaker)
    return {
        "@type": "NewsArticle",
        "url": url,
        "headline": headline,
        "datePublished": _iso_date(published, article.name).isoformat(),
        "inLanguage": language,
        "author": author,
        "publisher": _organisation(speaker),
    }


def _one_or_list(items: list[dict]) -> dict | list[dict]:
    unique = [item for index, item in enumerate(items) if item not in items[:index]]
    return unique[0] if len(unique) == 1 else unique


def json_ld(ledger: Sequence[Entry], publish: bool = False) -> str:
    """The claims as one JSON-LD document (`@graph` of `ClaimReview`s) in the current language, safe to paste
    into `<script type="application/ld+json">` in an HTML page: `<`, `>` and `&` are written as JSON escapes, so
    no text can close the script or open a comment. Publishing (`publish=True`) refuses articles whose publishing
    record is not complete."""
    if publish:
        check_publishable([a.name for a in _articles(ledger)], (i18n.current(),))
    document = {"@context": "https://schema.org", "@graph": [claim_review(entry, publish) for entry in ledger]}
    return script_safe(json.dumps(document, indent=2, ensure_ascii=False)) + "\n"


def script_safe(text: str) -> str:
    """JSON text that can sit inside an HTML `<script>` element: the characters that could end it (`</script>`)
    or open a comment (`<!--`) are written as JSON escapes, which read back as the same characters."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# -- CSV and Markdown -----------------------------------------------------------------------------------


def table(ledger: Sequence[Entry]) -> pd.DataFrame:
    """The ledger with its sources spelled out (publisher, title, dates, address), one row per claim."""
    return pd.DataFrame(
        [
            {
                "claim_id": e.claim_id,
                "statement": e.statement,
                "said_by": claims.SEPARATOR.join(e.speakers),
                "article_value": e.article_value,
                "computed_value": e.computed_value,
                "verdict": str(e.verdict),
                "rating": RATINGS[e.verdict].value,
                "failing_parts": claims.SEPARATOR.join(e.failing_parts),
                "caveats": claims.SEPARATOR.join(e.caveats),
                "method": claims.SEPARATOR.join(e.method),
                "caveats_set_aside": claims.SEPARATOR.join(e.set_aside),
                "sources": claims.SEPARATOR.join(citation_line(item) for item in e.citations),
                "notebook": e.notebook,
                "charts": " ".join(e.charts),
            }
            for e in ledger
        ],
        columns=["claim_id", "statement", "said_by", "article_value", "computed_value", "verdict", "rating"]
        + ["failing_parts", "caveats", "method", "caveats_set_aside", "sources", "notebook", "charts"],
    ).astype({"rating": "Int64"})


def chart_file(slug: str, ending: str, language: str | None = None) -> str:
    """An exported chart's file name in a language (the current one by default): `<slug><ending>` in English,
    `<slug>.<lang><ending>` in the others (e.g. `<slug>.uk.web.png`)."""
    from kit import export  # drawing is only needed when exporting

    return export.stem(slug, i18n.check(language or i18n.current())) + ending


def markdown(ledger: Sequence[Entry], figures: str = "", notebooks: str | None = None) -> str:
    """The ledger as Markdown in the current language, every text escaped (no text can add a link, an image or
    HTML) and only http(s) addresses linked. Figure links start with `figures` (the path to the article's published
    folder; by default the links are relative to it); notebook names become links when `notebooks` (the path to
    the notebooks folder) is given."""
    t = i18n.t
    cited = ", ".join(
        _md_link(t("ledger-article", publisher=_md(a.publisher), headline=_md(a.headline)), a.url)
        + f" ({_md(a.published)})"
        for a in _articles(ledger)
    )
    own = own_statements(ledger)
    lines = [
        f"# {t('ledger-title')}",
        "",
        t("ledger-intro", cited=cited or t("ledger-checked-articles"), count=len(own), tally=_md(tally(ledger))),
        "",
        f"**{headline(ledger)}.**",
        "",
        f"| {t('ledger-heading-verdict')} | {t('ledger-heading-statements')} | {t('ledger-heading-claims')} |",
        "|---|---:|---|",
    ]
    lines += [
        f"| {verdict_name(verdict)} | {count} | {_md(', '.join(ids)) or '–'} |"
        for verdict, count, ids in verdict_rows(ledger)
    ]
    for e in ledger:
        notebook = (
            f"[{_md(e.notebook)}]({_md_url(f'{notebooks}{e.notebook}.ipynb')})"
            if notebooks is not None
            else f"`{e.notebook.replace('`', '')}`"
        )
        chart_links = ", ".join(
            f"[{_md(slug)}]({_md_url(figures + quote(slug) + '/' + quote(chart_file(slug, '.web.png')))})"
            for slug in e.charts
        ) or t("ledger-none")
        gives = t("ledger-article-gives") if e.own else t("ledger-others-give", speakers=_md(_and(e.speakers)))
        lines += [
            "",
            f"## {_md(e.claim_id)}: {verdict_name(e.verdict)}",
            "",
            f"**{t('ledger-label-statement')}** {_md(e.statement)}",
            "",
            f"**{t('ledger-label-said-by')}** {_md(', '.join(e.speakers))}"
            + ("" if e.own else " " + t("ledger-other-wording", publisher=_md(e.article.publisher))),
            "",
            "| | |",
            "|---|---|",
            f"| {gives} | {_md(e.article_value)} |",
            f"| {t('ledger-data-gives')} | {_md(e.computed_value)} |",
            f"| {t('ledger-heading-verdict')} | **{verdict_name(e.verdict)}** |",
            *[f"| {t('ledger-label-fails-on')} | {_md(part)} |" for part in e.failing_parts],
            f"| {t('ledger-label-notebook')} | {notebook} |",
            f"| {t('ledger-label-charts')} | {chart_links} |",
            "",
            t("ledger-caveats") if e.caveats else t("ledger-no-caveats"),
        ]
        lines += [f"- {_md(caveat)}" for caveat in e.caveats]
        if e.method:
            lines += ["", t("ledger-method")]
            lines += [f"- {_md(step)}" for step in e.method]
        lines += ["", t("ledger-sources")]
        lines += ["- " + citation_line(item, markdown=True) for item in e.citations]
        if e.set_aside:
            lines += ["", t("ledger-set-aside")]
            lines += [f"- {_md(item)}" for item in e.set_aside]
    unchecked = [(a, row) for a in _articles(ledger) for row in articles.unchecked(a.name).itertuples()]
    if unchecked:
        lines += ["", f"## {t('ledger-unchecked')}", ""]
        lines += [
            f"- {_md(i18n.translated(i18n.statement_id(row.claim_id), row.statement))} ({_md(row.said_by)}): "
            f"{_md(row.not_checked_because)}"
            for _, row in unchecked
        ]
    return "\n".join(lines) + "\n"


_MARKDOWN_ACTIVE = re.compile(r"([\\`*\[\]<>|])")  # what could start a link, an image, HTML, code or a table cell


def _md(text: str) -> str:
    """A text as Markdown that reads as itself: every character that could make a link, an image, HTML, code or
    a table cell is escaped, and a line break becomes a space."""
    return _MARKDOWN_ACTIVE.sub(r"\\\1", " ".join(str(text).splitlines()))


def _md_url(url: str) -> str:
    """An address as a Markdown link destination (spaces, brackets and angle brackets percent-encoded)."""
    return quote(url, safe="/:?#@!$&'*+,;=%~-._")


def _md_link(text: str, url: str) -> str:
    """`text` (already Markdown) linked to `url` when that is an http(s) address; otherwise the text, then the
    address as text (never a `javascript:` or other link)."""
    if articles.is_web_url(url):
        return f"[{text}]({_md_url(url)})"
    return f"{text} ({_md(url)})" if str(url).strip() else text


def write(ledger: Sequence[Entry], publish: bool = False) -> list[str]:
    """Write each article's ledger as JSON-LD, CSV and Markdown into its published folder `exports/<article>/`, in
    the current language (`claims-ledger.<lang>.md` etc. in other languages than English); returns the files
    written, relative to the project. `publish`: see `json_ld`."""
    return [name for article, entries in by_article(ledger).items() for name in write_article(article, entries, publish)]


def write_article(name: str, entries: Sequence[Entry], publish: bool = False) -> list[str]:
    """Write one article's ledger files (for these entries, none perhaps) into its published folder."""
    folder = articles.published_dir(name)
    buffer = io.StringIO()
    table(entries).to_csv(buffer, index=False, lineterminator="\n")
    payloads = {JSONLD_NAME: json_ld(entries, publish), CSV_NAME: buffer.getvalue(), MARKDOWN_NAME: markdown(entries)}
    written = []
    for base, text in payloads.items():
        files.write_text(folder / file_name(base), text)
        written.append(f"exports/{name}/{file_name(base)}")
    return written
