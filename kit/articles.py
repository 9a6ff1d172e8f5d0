"""The articles the kit checks, as data: `data/articles/<article>/`.

Each article folder describes the article (headline, publisher, author, date, address, language) in its
`datapackage.json` under `article`, with other outlets' reports of the same story under `reports`, and holds
its statements, in our words, as described CSV files with the columns `STATEMENT_COLUMNS`: one row per figure
(a statement without figures has one row with the figure columns empty). `said_by` names who made the statement
as worded: the article's publisher, or the publishers of other reports (`; ` between them) when the kit checks
another outlet's wording of the same statement, which is not one of the article's own. `not_checked_because`
is empty for a statement a story checks, and says why for one no story can check (an opinion, a forecast).
A story may keep its statements in a file of its own beside the others (`python -m kit new` does), so adding a
story touches no shared file. Several articles can sit side by side; a story names the one it checks.

Everything published belongs to an article: its published folder `exports/<article>/` (`published_dir`) holds
its gallery, its ledger and its stories' charts. Its `publishing` record (`publishing`), beside `article` in the
same description, says who publishes the fact-check (name, address, logo), the page that carries it in each
language, and the day its verdicts were last reviewed. A value that is a placeholder (it contains `PLACEHOLDER`,
or is an address on a domain reserved for examples, such as example.org) makes a build a preview; a publishing
build refuses it.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass, field
from datetime import date
from difflib import get_close_matches
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd

from kit import data, paths
from kit.errors import DataError, KitError, MissingDataError

STATEMENT_COLUMNS = ["claim_id", "statement", "said_by", "figure", "qualifier", "value", "unit", "not_checked_because"]
SPEAKERS = ";"  # between the names in `said_by`
QUALIFIERS = ["as stated", "about", "more than", "nearly", "up to", "only"]  # as `claims.fits` reads them
# Each statement column's description and constraints: the one definition every statement file's schema follows.
STATEMENT_FIELDS = {
    "claim_id": ("Identifier of the claim in the kit's ledger.", {"required": True, "pattern": "[a-z0-9-]+"}),
    "statement": ("The article's statement, in our own words.", {"required": True}),
    "said_by": (
        "Who made the statement as worded here: the article's publisher, or the publishers of other reports of the "
        "same story (separated by '; '), as the article's description names them.",
        {"required": True},
    ),
    "figure": (
        "Which figure, or which part of a statement without figures, this row gives (empty for a statement not "
        "checked).",
        {},
    ),
    "qualifier": ("How the article qualifies the figure.", {"enum": QUALIFIERS}),
    "value": (
        "The figure as the statement gives it (a number, or codes separated by spaces), or what it asserts about "
        "that part, in our words; empty for a statement without parts.",
        {},
    ),
    "unit": ("Unit of the figure, or the kind of thing the part is (empty for a statement not checked).", {}),
    "not_checked_because": (
        "Empty for a statement a story checks; why no evidence can check it otherwise (an opinion, a forecast, a "
        "rhetorical framing).",
        None,
    ),
}


def statement_schema() -> dict:
    """The Table Schema of an article's statement files, made from `STATEMENT_FIELDS` (never copied by hand)."""
    fields = []
    for name in STATEMENT_COLUMNS:
        description, constraints = STATEMENT_FIELDS[name]
        field = {"name": name, "type": "string", "description": description}
        fields.append(field if constraints is None else field | {"constraints": dict(constraints)})
    return {"fields": fields, "primaryKey": ["claim_id", "figure"]}


@dataclass(frozen=True)
class Report:
    """Another outlet's report of the same story, whose wording a statement may follow."""

    publisher: str
    headline: str
    url: str
    published: str  # ISO date
    language: str


@dataclass(frozen=True)
class Article:
    """One checked article, as its folder describes it."""

    name: str
    headline: str
    publisher: str
    author: str
    published: str  # ISO date
    url: str
    language: str
    reporting: str  # what the article reports on, if it retells another outlet's story ("" if not)
    reports: tuple[Report, ...] = ()  # other outlets' reports of the same story

    def report(self, publisher: str) -> Report:
        """The report of the same story by this publisher."""
        for report in self.reports:
            if report.publisher == publisher:
                return report
        known = [self.publisher, *(r.publisher for r in self.reports)]
        raise MissingDataError(
            f"{publisher!r} is neither the article's publisher nor the publisher of a described report of it.",
            where=paths.shown(paths.articles_dir() / self.name / data.PACKAGE),
            fix=f"use one of {known} in `said_by`, or describe that outlet's report under `reports`.",
        )

    def __str__(self) -> str:
        by = f" ({self.author})" if self.author else ""
        lines = [f'{self.publisher}{by}, "{self.headline}", {self.published}', f"  {self.url}"]
        if self.reporting:
            lines.append(f"  Reporting: {self.reporting}")
        return "\n".join(lines)


def names() -> list[str]:
    """The articles in `data/articles/`."""
    folder = paths.articles_dir()
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.iterdir() if (p / data.PACKAGE).is_file() and p.name[0] not in "._")


def article(name: str) -> Article:
    """The article described in `data/articles/<name>/datapackage.json`."""
    description = paths.articles_dir() / name / data.PACKAGE
    if name[:1] in ("", ".", "_") or not description.is_file():  # `exports/_views/` is no article's folder
        close = get_close_matches(name, names(), n=3)
        raise MissingDataError(
            f"There is no article named {name!r}.",
            where=paths.shown(paths.articles_dir()),
            fix=f"use one of {close or names()}, or describe the article in {paths.shown(description)}.",
        )
    meta = json.loads(description.read_text(encoding="utf-8")).get("article")
    required = ("headline", "publisher", "published", "url", "language")
    if not isinstance(meta, dict) or any(not str(meta.get(key, "")).strip() for key in required):
        raise DataError(
            f"The article's description lacks one of {', '.join(required)} under `article`.",
            where=paths.shown(description),
            fix="give the article's headline, publisher, publication date, address and language.",
        )
    reports = meta.get("reports", [])
    keys = ("publisher", "headline", "url", "published", "language")
    if not isinstance(reports, list) or any(
        not isinstance(r, dict) or any(not str(r.get(key, "")).strip() for key in keys) for r in reports
    ):
        raise DataError(
            f"A report under `reports` lacks one of {', '.join(keys)}.",
            where=paths.shown(description),
            fix="give each other outlet's report its publisher, headline, address, publication date and language.",
        )
    return Article(
        name=name,
        headline=meta["headline"],
        publisher=meta["publisher"],
        author=meta.get("author", ""),
        published=meta["published"],
        url=meta["url"],
        language=meta["language"],
        reporting=meta.get("reporting", ""),
        reports=tuple(Report(**{key: r[key] for key in keys}) for r in reports),
    )


def statement_resources(name: str) -> list[str]:
    """The resources in an article's folder that hold its statements."""
    article(name)  # the article must exist
    folder = (paths.articles_dir() / name).resolve()
    return [
        resource
        for resource, described in sorted(data.catalogue().items())
        if described.description.parent.resolve() == folder
        and [field["name"] for field in described.entry["schema"]["fields"]] == STATEMENT_COLUMNS
    ]


def statements(name: str) -> pd.DataFrame:
    """Every figure of every statement of an article, with the resource that records it (gathered once per
    version of its files: every claim of every story asks)."""
    return _gathered(name).copy()


def _gathered(name: str) -> pd.DataFrame:
    """`statements`, not copied: for callers that only read it."""
    return _statements(tuple((resource, data.version(resource)) for resource in statement_resources(name)))


@functools.lru_cache(maxsize=16)
def _statements(versions: tuple[tuple[str, str], ...]) -> pd.DataFrame:
    parts = [data.load(resource).assign(resource=resource) for resource, _ in versions]
    if not parts:
        return pd.DataFrame(columns=[*STATEMENT_COLUMNS, "resource"])
    return pd.concat(parts, ignore_index=True)


def figures(name: str, claim_id: str) -> pd.DataFrame:
    """The figures an article gives for one statement (figure -> qualifier, value, unit), with the statement."""
    rows = _gathered(name)
    rows = rows[rows["claim_id"] == claim_id]  # a new frame: the gathered statements stay as they are
    if rows.empty:
        raise MissingDataError(
            f"The article {name!r} has no statement {claim_id!r}.",
            where=paths.shown(paths.articles_dir() / name),
            fix="add the statement's figures (in our words) to one of the article's statement files and record "
            "its checksum with `.venv/bin/python -m kit rehash <resource>`, or correct the claim id.",
        )
    return rows.set_index("figure")


def statement(name: str, claim_id: str) -> str:
    """One statement of an article, in our words."""
    return str(figures(name, claim_id)["statement"].iloc[0])


def resource_of(name: str, claim_id: str) -> str:
    """The resource that records a statement (its provenance is the article's)."""
    return str(figures(name, claim_id)["resource"].iloc[0])


def said_by(name: str, claim_id: str) -> tuple[str, ...]:
    """Who made a statement as worded: the article's publisher, or other outlets that reported the same story
    (each resolved: a name no description knows is an error)."""
    text = figures(name, claim_id)["said_by"].iloc[0]
    speakers = tuple(part.strip() for part in str(text).split(SPEAKERS) if part.strip())
    described = article(name)
    for speaker in speakers:
        if speaker != described.publisher:
            described.report(speaker)
    return speakers


def is_own(name: str, speakers: tuple[str, ...]) -> bool:
    """Whether a statement said by `speakers` is one of the article's own (not another outlet's wording)."""
    return speakers == (article(name).publisher,)


def unchecked(name: str) -> pd.DataFrame:
    """The article's statements no story can check, one row each, with the reason."""
    rows = statements(name)
    rows = rows[rows["not_checked_because"].fillna("").str.strip() != ""]
    return rows.drop_duplicates("claim_id")[["claim_id", "statement", "said_by", "not_checked_because"]].reset_index(
        drop=True
    )


def checkable(name: str) -> list[str]:
    """The claim ids of the article's statements a story must check (in the order of the statement files)."""
    rows = statements(name)
    rows = rows[rows["not_checked_because"].fillna("").str.strip() == ""]
    return list(dict.fromkeys(rows["claim_id"]))


# -- where and how an article's fact-check is published ------------------------------------------------

EXAMPLE_DOMAINS = ("example.org", "example.com", "example.net", "example")  # reserved: never a real page (RFC 2606)
PLACEHOLDER = "PLACEHOLDER"  # marks a value that must be replaced before publishing


def published_dir(name: str) -> Path:
    """An article's published folder, `exports/<article>/`: its gallery, its ledger and its stories' charts,
    self-contained (relative links only) so it can be copied to any web server."""
    return paths.exports_dir() / name


def is_web_url(text: str) -> bool:
    """Whether a text is an absolute http(s) address (the only kind the kit ever links)."""
    parsed = urlparse(str(text))
    return parsed.scheme in ("http", "https") and bool(parsed.netloc) and not any(c.isspace() for c in str(text))


def is_placeholder(value: str) -> bool:
    """Whether a publishing value still has to be replaced: empty, marked `PLACEHOLDER`, or an address on a
    domain reserved for examples."""
    text = str(value or "").strip()
    host = (urlparse(text).hostname or "") if is_web_url(text) else ""
    return not text or PLACEHOLDER in text or any(host == d or host.endswith("." + d) for d in EXAMPLE_DOMAINS)


@dataclass(frozen=True)
class Publishing:
    """Where, when and by whom an article's fact-check is published: its `publishing` record. Values may be
    placeholders (a preview build fills what is missing with placeholders too); `problems` names each one."""

    article: str
    publisher: str = ""  # the fact-check's publisher
    publisher_url: str = ""
    logo: str = ""  # the publisher's logo (an image address)
    pages: dict[str, str] = field(default_factory=dict)  # language -> the page that carries the fact-check
    reviewed: str = ""  # the day the verdicts were last reviewed, YYYY-MM-DD

    @property
    def where(self) -> str:
        return paths.shown(paths.articles_dir() / self.article / data.PACKAGE)

    def page(self, language: str) -> str:
        """The fact-check's page in a language, or a placeholder address on example.org."""
        url = self.pages.get(language, "")
        return url if is_web_url(url) else f"https://fact-check.example.org/{self.article}/{language}/"

    @property
    def publisher_name(self) -> str:
        return self.publisher.strip() or f"{PLACEHOLDER}: the fact-check's publisher"

    def review_date(self, earliest: date | None = None) -> str | None:
        """The review date (ISO), None while it is a placeholder; refused when it is no date, or before `earliest`
        (the article, or the retrieval of the evidence)."""
        text = self.reviewed.strip()
        if is_placeholder(text):
            return None
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise DataError(
                f"The publishing record of {self.article!r} has the review date {text!r}, which is not a date "
                "as YYYY-MM-DD.",
                where=f"{self.where}, publishing.reviewed",
                fix="give the day the verdicts were last reviewed, e.g. 2026-12-01.",
            ) from None
        if earliest is not None and day < earliest:
            raise DataError(
                f"The publishing record of {self.article!r} gives the review date {text}, before the article or the "
                f"retrieval of the evidence ({earliest.isoformat()}).",
                where=f"{self.where}, publishing.reviewed",
                fix=f"give the day the verdicts were last reviewed, on or after {earliest.isoformat()}.",
            )
        return day.isoformat()

    def problems(self, languages: tuple[str, ...]) -> list[KitError]:
        """Each field missing or still a placeholder (what a publishing build refuses), named with the fix."""
        fields = {
            "publishing.publisher.name": (self.publisher, "the name of the organisation that publishes the fact-check"),
            "publishing.publisher.url": (self.publisher_url, "its home page, an https:// address"),
            "publishing.publisher.logo": (self.logo, "the address of its logo (an image)"),
            **{
                f"publishing.pages.{language}": (self.pages.get(language, ""), f"the page that carries the fact-check "
                f"in {language!r}, an https:// address")
                for language in languages
            },
            "publishing.reviewed": (self.reviewed, "the day the verdicts were last reviewed, YYYY-MM-DD"),
        }
        found = []
        for name, (value, wanted) in fields.items():
            url_field = name != "publishing.publisher.name" and name != "publishing.reviewed"
            if is_placeholder(value) or (url_field and not is_web_url(value)):
                state = "is missing" if not str(value).strip() else f"is a placeholder ({value!r})"
                if url_field and str(value).strip() and not is_placeholder(value):
                    state = f"is not an http(s) address ({value!r})"
                found.append(
                    KitError(
                        f"The article {self.article!r} cannot be published: `{name}` {state}.",
                        where=f"{self.where}, {name}",
                        fix=f"set `{name}` to {wanted}; a preview (`make figures`) needs none of it.",
                    )
                )
        return found


def publishing(name: str) -> Publishing:
    """The publishing record of an article (`publishing` in its description); empty fields where it has none."""
    article(name)  # the article must exist
    description = paths.articles_dir() / name / data.PACKAGE
    record = json.loads(description.read_text(encoding="utf-8")).get("publishing") or {}
    publisher = record.get("publisher") or {} if isinstance(record, dict) else None
    pages = record.get("pages") or {} if isinstance(record, dict) else None
    if not isinstance(publisher, dict) or not isinstance(pages, dict):
        raise DataError(
            f"The publishing record of {name!r} is not laid out as the kit reads it.",
            where=f"{paths.shown(description)}, publishing",
            fix='give `publishing` as {"publisher": {"name", "url", "logo"}, "pages": {"<language>": "<address>"}, '
            '"reviewed": "YYYY-MM-DD"}.',
        )
    return Publishing(
        article=name,
        publisher=str(publisher.get("name", "")),
        publisher_url=str(publisher.get("url", "")),
        logo=str(publisher.get("logo", "")),
        pages={str(language): str(url) for language, url in pages.items()},
        reviewed=str(record.get("reviewed", "")),
    )
