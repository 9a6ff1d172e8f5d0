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

Every file is written in one language, given explicitly (`language=`): its texts are the claims files of that
language, the machinery's texts rendered in it with its typography, names as its readers know them (УНН),
dates by CLDR (`kit.fmt.date`) and verdicts in its fact-checkers' words; nothing in reader text is an internal id
(claims are numbered and named by their statement; their ids stay as anchors and keys). Titles of sources and
headlines of articles stay in the language they were published in.
"""

from __future__ import annotations

import functools
import io
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

import pandas as pd

from kit import articles, claims, data, files, fmt, i18n, paths, story, translations, typography, words
from kit.articles import Article
from kit.claims import Verdict
from kit.data import Provenance
from kit.errors import DataError, KitError

NOTEBOOK = "00_claims"  # the ledger notebook: runs after every story notebook
DRAFT = "Draft"  # schema.org `creativeWorkStatus` of the reviews in a preview build
JSONLD_NAME, CSV_NAME, MARKDOWN_NAME = "claims-ledger.jsonld", "claims-ledger.csv", "claims-ledger.md"


def file_name(name: str, language: str | None = None) -> str:
    """A ledger file's name in a language (the current one if not given): `claims-ledger.md` in English,
    `claims-ledger.uk.md` in Ukrainian."""
    language = i18n.check(language or i18n.current())
    if language == i18n.SOURCE:
        return name
    stem, ending = name.split(".", 1)
    return f"{stem}.{language}.{ending}"


def verdict_name(verdict: Verdict | str) -> words.Words:
    """A verdict in words as it reads in a sentence or a table (the glossary's term: "accurate with caveats";
    "правда із застереженнями"), rendered where it is written."""
    return i18n.t(f"ledger-verdict-{files.slugify(str(verdict))}")


def rating_name(verdict: Verdict) -> words.Words:
    """A verdict as a label on its own (a rating's `alternateName`: "Accurate with caveats"; "Правда із
    застереженнями"), rendered where it is written."""
    return i18n.t(f"ledger-rating-{files.slugify(str(verdict))}")


def say(language: str, message_id: str, **args: object) -> str:
    """A machinery text in a language, with its typography."""
    return words.render(i18n.t(message_id, **args), language)


def shown_name(name: str, language: str) -> str:
    """A name (a publisher, an outlet) as readers of a language know it."""
    return words.render(i18n.name(name), language)


def shown_names(names: Sequence[str], language: str) -> str:
    """Names as readers of a language know them, listed ('A and B'; 'A і B')."""
    return fmt.names([shown_name(name, language) for name in names], language=language)


def shown_date(text: str, language: str) -> str:
    """A date of the data ('2026-01-31', '2025-11' for a month, '2019' for a year) as readers of a language read it."""
    return fmt.as_given(text, language=language)


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
    """One ledger row with its sources resolved in the catalogue, its texts in `language`."""

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
    language: str = i18n.SOURCE  # the language its texts are in (that of the claims file it was read from)

    @property
    def own(self) -> bool:
        """Whether the statement is the article's own (not another outlet's wording of it)."""
        return self.said_by == (self.article.publisher,)

    @property
    def speakers(self) -> tuple[str, ...]:
        return self.said_by or (self.article.publisher,)


def gathered(language: str | None = None) -> pd.DataFrame:
    """Every story's claims file in a language (the current one if not given: `claims.csv` in English,
    `claims.<lang>.csv` in the others; English for a story not translated yet), in the stories' order; a story
    whose file is missing is named."""
    language = i18n.check(language or i18n.current())
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


def entries(ledger: pd.DataFrame | None = None, drafts: bool = False, language: str | None = None) -> list[Entry]:
    """The published claims (drafts too with `drafts=True`) with their texts in a language (the current one if
    not given): from the stories' claims files in that language, or from `ledger`, a table of claims written in
    it."""
    language = i18n.check(language or i18n.current())
    ledger = gathered(language) if ledger is None else ledger
    result = []
    for row in ledger.itertuples(index=False):
        where = paths.shown(paths.processed_dir() / row.story / claims.file_name(language))
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
                language=language,
            )
        )
    return result


def _parts(text: str) -> tuple[str, ...]:
    return tuple(part for part in text.split(claims.SEPARATOR) if part)


def _in(ledger: Sequence[Entry], language: str) -> str:
    """The language to write these entries in: theirs; entries read in another language are refused (their texts
    would be in one language and the file in another)."""
    language = i18n.check(language)
    other = next((entry for entry in ledger if entry.language != language), None)
    if other is not None:
        raise DataError(
            f"Claim {other.claim_id!r} was read in {i18n.NAMES[other.language]} ({other.language}) but is being "
            f"written in {i18n.NAMES[language]} ({language}).",
            where="kit.ledger",
            fix=f"read the claims in the language of the file: ledger.entries(language={language!r}).",
        )
    return language


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


def tally(ledger: Sequence[Entry]) -> words.Words:
    """The verdicts on the article's own statements in words, e.g. '1 accurate, 2 accurate with caveats', then the
    other outlets' wordings checked beside them (not counted, named by who worded them), rendered where it is
    written."""
    counted = [
        i18n.t("ledger-tally-count", count=count, verdict=verdict_name(verdict))
        for verdict, count in counts(ledger).items()
        if count
    ]
    text = words.join(counted, ", ") if counted else i18n.t("ledger-tally-none")
    others = other_readings(ledger)
    if others:
        listed = words.join(
            [
                i18n.t("ledger-tally-other", speakers=_names_words(e.speakers), verdict=verdict_name(e.verdict))
                for e in others
            ],
            "; ",
        )
        text = text + "; " + i18n.t("ledger-tally-others", listed=listed)
    return text


def _names_words(names: Sequence[str]) -> words.Words:
    """Names listed as readers of the language where they are written know them."""
    return fmt.names([i18n.name(name) for name in names])


def numbered(ledger: Sequence[Entry]) -> dict[str, int]:
    """Each claim's number in the ledger (1, 2, ...), by claim id: how reader text refers to a claim."""
    return {entry.claim_id: number for number, entry in enumerate(ledger, 1)}


def overview(ledger: Sequence[Entry], language: str) -> pd.DataFrame:
    """One line per claim, numbered: who said it, what they say, what the data gives, the verdict."""
    language = _in(ledger, language)
    return pd.DataFrame(
        [
            (number, shown_names(e.speakers, language), e.article_value, e.computed_value,
             say(language, f"ledger-verdict-{files.slugify(str(e.verdict))}"))
            for number, e in enumerate(ledger, 1)
        ],
        columns=[
            say(language, f"ledger-column-{key}")
            for key in ("claim", "said-by", "statement-gives", "data-gives", "verdict")
        ],
    ).set_index(say(language, "ledger-column-claim"))


def _date(text: str, inferred: bool, language: str) -> str:
    if not text:
        return say(language, "ledger-date-unknown")
    shown = shown_date(text, language)
    return say(language, "ledger-date-inferred", date=shown) if inferred else shown


def as_titled(title: str, language: str) -> str:
    """A cited title as a reader of another language reads it: one written in Latin letters only is kept as
    written, in quotation marks (« » in uk and ru), unless it is quoted already."""
    if language == i18n.SOURCE or not title or title[0] in "«“\"'" or re.search(r"[А-Яа-яЁёІіЇїЄєҐґ]", title):
        return title
    return f"«{title}»"


def citation_line(item: claims.Citation, language: str, markdown: bool = False) -> str:
    """A citation as a reader of a language reads it: who first published what it cites and when, then the page
    read (its publisher, its title in its own language, its date) and the day we read it (inferred dates marked as
    such); in Markdown the title links to the page."""
    titled = as_titled(item.title, language)
    title = _md_link(_md(titled), item.url) if markdown else f"{titled} {item.url}"
    publisher = shown_name(item.publisher, language)
    read = say(
        language,
        "ledger-citation-page",
        publisher=_md(publisher) if markdown else publisher,
        title=title,
        published=_date(item.published, item.published_inferred, language),
        retrieved=shown_date(item.retrieved, language) if item.retrieved else say(language, "ledger-date-unknown"),
    )
    if item.read_on_originators_page:
        return read
    originator = shown_name(item.originator, language)
    return say(
        language,
        "ledger-citation",
        originator=_md(originator) if markdown else originator,
        originated=_date(item.originated, item.originated_inferred, language),
        page=read,
    )


def source_line(source: Provenance, language: str) -> str:
    """A source as a reader of a language reads it: publisher, title, dates and address."""
    return say(
        language,
        "ledger-source-line",
        publisher=shown_name(source.publisher, language),
        title=as_titled(source.title, language),
        published=shown_date(source.published, language) if source.published else say(language, "ledger-date-unknown"),
        retrieved=shown_date(source.retrieved, language) if source.retrieved else say(language, "ledger-date-unknown"),
        url=source.url,
    )


# -- the verdict table ----------------------------------------------------------------------------------


def verdict_rows(ledger: Sequence[Entry]) -> list[tuple[Verdict, int, list[str]]]:
    """Each verdict, how many of the article's own statements have it, and their claim ids."""
    own = own_statements(ledger)
    return [(v, count, [e.claim_id for e in own if e.verdict == v]) for v, count in counts(own).items()]


def verdict_table(ledger: Sequence[Entry], language: str) -> pd.DataFrame:
    """How many of the article's own statements have each verdict, and which (by their number in the ledger): a
    few counts read better as a table than as a chart (other outlets' wordings are listed in the ledger, not
    counted). In a language: its column names and verdicts in words."""
    language = _in(ledger, language)
    number = numbered(ledger)
    rows = verdict_rows(ledger)
    return pd.DataFrame(
        {
            say(language, "ledger-column-verdict"): [words.render(verdict_name(v), language) for v, _, _ in rows],
            say(language, "ledger-column-statements"): [count for _, count, _ in rows],
            say(language, "ledger-column-claims"): [", ".join(str(number[i]) for i in ids) for _, _, ids in rows],
        }
    )


def headline(ledger: Sequence[Entry]) -> words.Words:
    """The verdicts in one sentence, e.g. '8 of the article's 9 checked statements hold up against the data',
    rendered where it is written."""
    per_verdict = counts(ledger)
    holding = per_verdict[Verdict.ACCURATE] + per_verdict[Verdict.ACCURATE_WITH_CAVEATS]
    return _verdict_title(holding, len(own_statements(ledger)))


def _articles(ledger: Sequence[Entry]) -> list[Article]:
    """The articles of these entries, in order of first appearance."""
    return list({entry.article.name: entry.article for entry in ledger}.values())


def _verdict_title(holding: int, total: int) -> words.Words:
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


def _text(text: str, language: str) -> str:
    """A text of a claims file as written in a language's file (with its typography)."""
    return typography.polish(text, language)


def claim_review(entry: Entry, language: str, publish: bool = False) -> dict:
    """One claim as a schema.org `ClaimReview`, the format search engines and fact-check archives read, in a
    language: its page is the article's fact-check page in that language, its author the fact-check's publisher,
    its rating the verdict as that language's fact-checkers word it. A preview (`publish=False`) is marked a
    draft (`creativeWorkStatus`)."""
    language = _in([entry], language)
    article = entry.article
    record = articles.publishing(article.name)
    rating = RATINGS[entry.verdict]
    label = words.render(rating_name(entry.verdict), language)
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
        say(language, "ledger-review-own", **values)
        if entry.own
        else say(language, "ledger-review-others", speakers=shown_names(entry.speakers, language), **values)
    )
    appearances = [_appearance(article, speaker, language) for speaker in entry.speakers]
    first = min(appearances, key=lambda appearance: appearance["datePublished"])
    review = {
        "@type": "ClaimReview",
        "url": f"{record.page(language)}#{entry.claim_id}",
        "name": say(language, "ledger-review-name", statement=entry.statement),
        "claimReviewed": _text(entry.statement, language),
        "inLanguage": language,
        "author": _organisation(record.publisher_name, record.publisher_url, record.logo),
        "reviewRating": review_rating,
        "reviewBody": " ".join([body, *(_text(caveat, language) for caveat in entry.caveats)]),
        "itemReviewed": {
            "@type": "Claim",
            "author": _one_or_list([author for appearance in appearances for author in _listed(appearance["author"])]),
            "datePublished": first["datePublished"],
            "appearance": _one_or_list(appearances),
            "firstAppearance": first,
        },
        "isBasedOn": [_based_on(item, language) for item in entry.citations],
    }
    published = review_date(entry)
    if published is not None:
        review["datePublished"] = published
    if not publish:
        review["creativeWorkStatus"] = DRAFT
    return review


def _listed(item: dict | list[dict]) -> list[dict]:
    return item if isinstance(item, list) else [item]


def _based_on(item: claims.Citation, language: str) -> dict:
    """A citation as schema.org: the page read (its title in its own language), its publisher as readers of the
    language know it and its date, and who first published what it cites."""
    work = {
        "@type": "CreativeWork",
        "name": item.title,
        "url": item.url,
        "publisher": {"@type": "Organization", "name": shown_name(item.publisher, language)},
    }
    if item.published and not item.published_inferred:
        work["datePublished"] = item.published
    if not item.read_on_originators_page:
        author = {"@type": "Organization", "name": shown_name(item.originator, language)}
        original = {"@type": "CreativeWork", "author": author}
        if item.originator_url:
            original["url"] = item.originator_url
        if item.originated and not item.originated_inferred:
            original["datePublished"] = item.originated
        work["isBasedOn"] = original
    return work


def _appearance(article: Article, speaker: str, language: str) -> dict:
    """Where a speaker's wording of the statement appeared: the article itself (by its author, if it names one),
    or that outlet's report (its headline in its own language; the outlet named as readers of `language` know
    it)."""
    if speaker == article.publisher:
        url, headline, published, written_in = article.url, article.headline, article.published, article.language
        author = {"@type": "Person", "name": article.author} if article.author else _organisation(speaker)
    else:
        report = article.report(speaker)
        url, headline, published, written_in = report.url, report.headline, report.published, report.language
        author = _organisation(shown_name(speaker, language))
    return {
        "@type": "NewsArticle",
        "url": url,
        "headline": headline,
        "datePublished": _iso_date(published, article.name).isoformat(),
        "inLanguage": written_in,
        "author": author,
        "publisher": _organisation(shown_name(speaker, language)),
    }


def _one_or_list(items: list[dict]) -> dict | list[dict]:
    unique = [item for index, item in enumerate(items) if item not in items[:index]]
    return unique[0] if len(unique) == 1 else unique


def json_ld(ledger: Sequence[Entry], language: str, publish: bool = False) -> str:
    """The claims as one JSON-LD document (`@graph` of `ClaimReview`s) in a language, safe to paste into
    `<script type="application/ld+json">` in an HTML page: `<`, `>` and `&` are written as JSON escapes, so no
    text can close the script or open a comment. Publishing (`publish=True`) refuses articles whose publishing
    record is not complete."""
    language = _in(ledger, language)
    if publish:
        check_publishable([a.name for a in _articles(ledger)], (language,))
    document = {"@context": "https://schema.org", "@graph": [claim_review(entry, language, publish) for entry in ledger]}
    return script_safe(json.dumps(document, indent=2, ensure_ascii=False)) + "\n"


def script_safe(text: str) -> str:
    """JSON text that can sit inside an HTML `<script>` element: the characters that could end it (`</script>`)
    or open a comment (`<!--`) are written as JSON escapes, which read back as the same characters."""
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# -- CSV and Markdown -----------------------------------------------------------------------------------

CSV_COLUMNS = (  # the ledger table's columns, each headed in the file's language (`ledger-csv-<column>`)
    "claim",
    "number",
    "statement",
    "said-by",
    "article-value",
    "computed-value",
    "verdict",
    "rating",
    "failing-parts",
    "caveats",
    "method",
    "caveats-set-aside",
    "sources",
    "notebook",
    "charts",
)
KEY_COLUMNS = ("claim", "number", "rating", "notebook", "charts")  # keys and codes, not reader text


def csv_header(column: str, language: str) -> str:
    """A column of the ledger table as headed in a language."""
    return say(language, f"ledger-csv-{column}")


def table(ledger: Sequence[Entry], language: str) -> pd.DataFrame:
    """The ledger as a table in a language, one row per claim, numbered: its texts, its verdict in words and as a
    rating, its sources spelled out as readers read them; headed in the language (`csv_header`). The claim's id,
    its notebook and its charts' folders stay as keys."""
    language = _in(ledger, language)
    rows = [
        {
            "claim": e.claim_id,
            "number": number,
            "statement": _text(e.statement, language),
            "said-by": claims.SEPARATOR.join(shown_name(name, language) for name in e.speakers),
            "article-value": _text(e.article_value, language),
            "computed-value": _text(e.computed_value, language),
            "verdict": words.render(verdict_name(e.verdict), language),
            "rating": RATINGS[e.verdict].value,
            "failing-parts": claims.SEPARATOR.join(_text(part, language) for part in e.failing_parts),
            "caveats": claims.SEPARATOR.join(_text(caveat, language) for caveat in e.caveats),
            "method": claims.SEPARATOR.join(_text(step, language) for step in e.method),
            "caveats-set-aside": claims.SEPARATOR.join(_text(item, language) for item in e.set_aside),
            "sources": claims.SEPARATOR.join(citation_line(item, language) for item in e.citations),
            "notebook": e.notebook,
            "charts": " ".join(e.charts),
        }
        for number, e in enumerate(ledger, 1)
    ]
    frame = pd.DataFrame(rows, columns=list(CSV_COLUMNS)).astype({"rating": "Int64"})
    return frame.rename(columns={column: csv_header(column, language) for column in CSV_COLUMNS})


def chart_file(slug: str, ending: str, language: str | None = None) -> str:
    """An exported chart's file name in a language (the current one if not given): `<slug><ending>` in English,
    `<slug>.<lang><ending>` in the others (e.g. `<slug>.uk.web.png`)."""
    from kit import export  # drawing is only needed when exporting

    return export.stem(slug, i18n.check(language or i18n.current())) + ending


def chart_title(slug: str, language: str) -> str:
    """A chart's title in a language: as exported (its texts file, beside the files the ledger links to), else as
    its story computes it (a chart not exported yet in that language), else its slug for a chart no story
    declares."""
    each = next((each for each in story.stories() if slug in each.charts), None)
    if each is None:
        return slug
    texts = each.chart_folder(slug) / chart_file(slug, ".json", language)
    try:
        title = json.loads(texts.read_text(encoding="utf-8"))["title"]
    except (OSError, ValueError, TypeError, KeyError):
        title = None
    return title if isinstance(title, str) else _computed_title(each, slug, language)


@functools.cache
def _computed_title(each: story.Story, slug: str, language: str) -> str:
    return each.translated(slug, language).title


def markdown(ledger: Sequence[Entry], language: str, figures: str = "", notebooks: str | None = None) -> str:
    """The ledger as Markdown in a language, every text escaped (no text can add a link, an image or HTML) and
    only http(s) addresses linked. Claims are numbered and headed by their statement. Figure links start with
    `figures` (the path to the article's published folder; by default the links are relative to it), each named by
    its chart's title; notebook names become links when `notebooks` (the path to the notebooks folder) is
    given."""
    language = _in(ledger, language)

    def t(message_id: str, **args: object) -> str:
        return say(language, message_id, **args)

    cited = ", ".join(
        _md_link(t("ledger-article", publisher=_md(shown_name(a.publisher, language)), headline=_md(a.headline)), a.url)
        + f" ({shown_date(a.published, language)})"
        for a in _articles(ledger)
    )
    own = own_statements(ledger)
    number = numbered(ledger)
    lines = [
        f"# {t('ledger-title')}",
        "",
        t("ledger-intro", cited=cited or t("ledger-checked-articles"), count=len(own), tally=_md(words.render(tally(ledger), language))),
        "",
        f"**{words.render(headline(ledger), language)}.**",
        "",
        f"| {t('ledger-heading-verdict')} | {t('ledger-heading-statements')} | {t('ledger-heading-claims')} |",
        "|---|---:|---|",
    ]
    lines += [
        f"| {words.render(verdict_name(verdict), language)} | {count} | {', '.join(str(number[i]) for i in ids) or '–'} |"
        for verdict, count, ids in verdict_rows(ledger)
    ]
    for e in ledger:
        notebook = (
            f"[{_md(e.notebook)}]({_md_url(f'{notebooks}{e.notebook}.ipynb')})"
            if notebooks is not None
            else f"`{e.notebook.replace('`', '')}`"
        )
        chart_links = ", ".join(
            _md_link_relative(
                _md(_text(chart_title(slug, language), language)),
                figures + quote(slug) + "/" + quote(chart_file(slug, ".web.png", language)),
            )
            for slug in e.charts
        ) or t("ledger-none")
        speakers = shown_names(e.speakers, language)
        gives = t("ledger-article-gives") if e.own else t("ledger-others-give", speakers=_md(speakers))
        lines += [
            "",
            f"## {number[e.claim_id]}. {_md(_text(e.statement, language))}",
            "",
            f"**{t('ledger-label-said-by')}** {_md(speakers)}"
            + ("" if e.own else " " + t("ledger-other-wording", publisher=_md(shown_name(e.article.publisher, language)))),
            "",
            "| | |",
            "|---|---|",
            f"| {gives} | {_md(_text(e.article_value, language))} |",
            f"| {t('ledger-data-gives')} | {_md(_text(e.computed_value, language))} |",
            f"| {t('ledger-heading-verdict')} | **{words.render(verdict_name(e.verdict), language)}** |",
            *[f"| {t('ledger-label-fails-on')} | {_md(_text(part, language))} |" for part in e.failing_parts],
            f"| {t('ledger-label-notebook')} | {notebook} |",
            f"| {t('ledger-label-charts')} | {chart_links} |",
            "",
            t("ledger-caveats") if e.caveats else t("ledger-no-caveats"),
        ]
        lines += [f"- {_md(_text(caveat, language))}" for caveat in e.caveats]
        if e.method:
            lines += ["", t("ledger-method")]
            lines += [f"- {_md(_text(step, language))}" for step in e.method]
        lines += ["", t("ledger-sources")]
        lines += ["- " + citation_line(item, language, markdown=True) for item in e.citations]
        if e.set_aside:
            lines += ["", t("ledger-set-aside")]
            lines += [f"- {_md(_text(item, language))}" for item in e.set_aside]
    unchecked = [(a, row) for a in _articles(ledger) for row in articles.unchecked(a.name).itertuples()]
    if unchecked:
        lines += ["", f"## {t('ledger-unchecked')}", ""]
        lines += [
            "- "
            + t(
                "ledger-unchecked-line",
                statement=_md(words.render(i18n.translated(translations.statement_id(row.claim_id), row.statement), language)),
                speakers=_md(shown_names(articles.said_by(a.name, row.claim_id), language)),
                reason=_md(words.render(i18n.translated(translations.not_checked_id(row.claim_id), row.not_checked_because), language)),
            )
            for a, row in unchecked
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


def _md_link_relative(text: str, path: str) -> str:
    """`text` (already Markdown) linked to a file of the published folder (a relative path the kit made)."""
    return f"[{text}]({_md_url(path)})"


def write(ledger: Sequence[Entry], publish: bool = False, *, language: str) -> list[str]:
    """Write each article's ledger as JSON-LD, CSV and Markdown into its published folder `exports/<article>/`, in
    a language (`claims-ledger.<lang>.md` etc. in other languages than English); returns the files written,
    relative to the project. `publish`: see `json_ld`."""
    return [
        name
        for article, entries in by_article(ledger).items()
        for name in write_article(article, entries, publish, language=language)
    ]


def write_article(name: str, entries: Sequence[Entry], publish: bool = False, *, language: str) -> list[str]:
    """Write one article's ledger files in a language (for these entries, none perhaps) into its published
    folder."""
    language = _in(entries, language)
    folder = articles.published_dir(name)
    buffer = io.StringIO()
    table(entries, language).to_csv(buffer, index=False, lineterminator="\n")
    payloads = {
        JSONLD_NAME: json_ld(entries, language, publish),
        CSV_NAME: buffer.getvalue(),
        MARKDOWN_NAME: markdown(entries, language),
    }
    written = []
    for base, text in payloads.items():
        files.write_text(folder / file_name(base, language), text)
        written.append(f"exports/{name}/{file_name(base, language)}")
    return written
