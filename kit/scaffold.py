"""`python -m kit new-article <article> ...` and `python -m kit new <story> --title "..."`: a new article's folder,
and a working story on clearly marked example data.

`new_article` writes `data/articles/<article>/`: the article's description and an empty statements file, both made
from the kit's one definition of a statement (`articles.STATEMENT_COLUMNS`, `articles.statement_schema()`).
`create` writes a source folder with an example CSV and its description (`"example": true`), the story's example
statement in the article's folder (a file of its own, also marked example), the story package (compute, charts,
explore and its declaration) with one claim, one chart and one explorer, its notebook and its test. Both check every
input before writing anything, never overwrite a file, and write nothing on failure. The story builds at once and
its claim stays a draft (never published) until the example data and statement are replaced. The columns the
story reads are named once, at the top of its compute.py.
"""

from __future__ import annotations

import csv
import datetime
import hashlib
import importlib
import io
import json
import keyword
import re
import unicodedata
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from string import Template

from babel import Locale, UnknownLocaleError

from kit import articles, data, files, fmt, i18n, paths, story
from kit.articles import STATEMENT_COLUMNS
from kit.errors import KitError, StoryError

TEMPLATES = Path(__file__).parent / "templates" / "story"
NAME = re.compile(r"[a-z][a-z0-9_]{1,39}")
COLUMNS = ("entity", "year", "value")  # the example data's columns (named again only in the story's compute.py)
EXAMPLE_ROWS = [
    ("Example A", 2025, 48),
    ("Example B", 2025, 61),
    ("Example C", 2025, 35),
    ("Example D", 2025, 57),
    ("Example E", 2025, 42),
]
EXAMPLE_RANK = 3  # Example A's rank in the rows above: the example statement's figure
EXAMPLE_TITLE = "EXAMPLE DATA: made-up values of five example entities (replace before publishing)"
EXAMPLE_CAVEAT = "Example data made up by `python -m kit new`: replace it with the real source before publishing."
EXAMPLE_STATEMENT = (
    f"EXAMPLE: Example A ranks {fmt.ordinal(EXAMPLE_RANK)} of {len(EXAMPLE_ROWS)}. Replace this with the article's "
    "statement, in your own words."
)
STATEMENTS_FILE = "statements.csv"  # a new article's statements
LICENCE = "Figures cited for fact-checking; no sentence of the article is reproduced."


@dataclass(frozen=True)
class Scaffold:
    """The names a new story gets."""

    story: str
    title: str
    article: str
    number: str

    @property
    def source(self) -> str:
        return f"{self.story}_example"

    @property
    def claim(self) -> str:
        return self.story.replace("_", "-")

    @property
    def slug(self) -> str:
        return f"{self.claim}-ranking"

    @property
    def statements(self) -> str:
        """The resource holding the story's statement."""
        return f"{self.article}_{self.story}_statements"

    @property
    def notebook(self) -> str:
        return f"{self.number}_{self.story}"

    def files(self) -> dict[Path, str]:
        """Every file to write (path -> text), descriptions included."""
        values = {
            "story": self.story,
            "title": self.title,
            "title_literal": json.dumps(self.title, ensure_ascii=False),  # a Python string literal, escaped
            "doc": self.title.replace("\\", "\\\\").replace('"', '\\"'),  # inside a docstring
            "article": self.article,
            "source": self.source,
            "claim": self.claim,
            "slug": self.slug,
            "notebook": self.notebook,
            "number": self.number,
            "prefix": self.claim,  # its texts' ids start with the story's name
            "entity": COLUMNS[0],
            "period": COLUMNS[1],
            "value": COLUMNS[2],
            "focus": EXAMPLE_ROWS[0][0],
        }

        def render(template: str) -> str:
            return Template((TEMPLATES / template).read_text(encoding="utf-8")).substitute(values)

        example = _csv(list(COLUMNS), EXAMPLE_ROWS)
        described = articles.article(self.article)
        statement = _csv(
            STATEMENT_COLUMNS,
            [(self.claim, EXAMPLE_STATEMENT, described.publisher, "rank", "as stated", EXAMPLE_RANK, "rank (1 = largest)", "")],
        )
        raw = paths.raw_dir() / self.source
        in_article = paths.articles_dir() / self.article
        package = paths.STORIES / self.story
        return {
            raw / "example.csv": example,
            raw / data.PACKAGE: _json(
                {"name": self.source.replace("_", "-"), "title": EXAMPLE_TITLE, "resources": [self._example(example)]}
            ),
            in_article / f"{self.story}.csv": statement,
            in_article / f"{self.story}.resource.json": _json(
                statement_resource(
                    described,
                    self.statements,
                    f"{self.story}.csv",
                    statement,
                    title=f"EXAMPLE statement for the story {self.story}: replace it with the article's, in your words",
                    caveats=["EXAMPLE statement made up by `python -m kit new`: replace it with the article's."],
                    example=True,
                )
            ),
            package / "__init__.py": render("__init__.py.tmpl"),
            package / "compute.py": render("compute.py.tmpl"),
            package / "charts.py": render("charts.py.tmpl"),
            package / "explore.py": render("explore.py.tmpl"),
            package / "locales" / "en.ftl": render("locales.en.ftl.tmpl"),
            paths.NOTEBOOKS / f"{self.notebook}.py": render("notebook.py.tmpl"),
            paths.ROOT / "tests" / "stories" / f"test_{self.story}.py": render("test.py.tmpl"),
        }

    def _example(self, text: str) -> dict:
        """The example source's description: clearly marked, with every field a real source needs."""
        today = datetime.date.today().isoformat()
        return {
            "name": self.source,
            "path": "example.csv",
            "title": EXAMPLE_TITLE,
            "citation": "EXAMPLE DATA (replace with the source)",
            "description": "Made-up values that show the story's shape; replace the file and this description "
            "with the real source's.",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": dict(data.CSV_DIALECT),
            "publisher": "Example publisher (replace with who published the data)",
            "sources": [{"title": "Replace with the source's title", "path": "https://example.org/replace-me"}],
            "published": today[:7],
            "retrieved": today,
            "licence": "Example data made up by `python -m kit new`; not for publication.",
            "caveats": [EXAMPLE_CAVEAT],
            "example": True,
            "schema": {
                "fields": [
                    _field(COLUMNS[0], "string", "Who the value is about."),
                    _field(COLUMNS[1], "integer", "The year of the value.", "calendar year"),
                    _field(COLUMNS[2], "number", "The value.", "points"),
                ],
                "primaryKey": [COLUMNS[0], COLUMNS[1]],
            },
            "hash": _sha256(text),
        }


def statement_resource(
    article: articles.Article,
    name: str,
    path: str,
    text: str,
    *,
    title: str,
    caveats: list[str],
    example: bool = False,
    may_be_empty: bool = False,
) -> dict:
    """The description of a file of an article's statements: the article's provenance, the kit's statement schema."""
    by = f" ({article.author})" if article.author else ""
    return {
        "name": name,
        "path": path,
        "title": title,
        "citation": f"{article.publisher}, {fmt.date(article.published)}",
        "description": "The article's statements the stories check, in our words, with the figures the article gives "
        "and who made each as worded.",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "dialect": dict(data.CSV_DIALECT),
        "publisher": article.publisher,
        "sources": [{"title": f'{article.publisher}{by}, "{article.headline}"', "path": article.url}],
        "published": article.published,
        "retrieved": datetime.date.today().isoformat(),
        "licence": LICENCE,
        "caveats": caveats,
        **({"example": True} if example else {}),
        **({data.MAY_BE_EMPTY: True} if may_be_empty else {}),
        "schema": articles.statement_schema(),
        "hash": _sha256(text),
    }


def _field(name: str, kind: str, description: str, unit: str | None = None) -> dict:
    described = {"name": name, "type": kind, "description": description, "constraints": {"required": True}}
    return described | ({"unit": unit} if unit else {})


def _csv(header: list[str], rows: list[tuple]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def _json(document: dict) -> str:
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def _sha256(text: str) -> str:
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def _one_line(text: str | None, what: str, option: str, example: str) -> str:
    """A one-line text given on the command line, stripped; a StoryError if it is empty or holds a line break or
    another control character."""
    text = (text or "").strip()
    controls = [char for char in text if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp")]
    if not text or controls:
        raise StoryError(
            f"{text!r} cannot be {what}: "
            + (f"it holds the control character {controls[0]!r}." if controls else "it is empty."),
            where=option,
            fix=f"give one line of text, e.g. {option} {example}.",
        )
    return text


def _write_all(written: dict[Path, str]) -> list[Path]:
    """Write every file, each atomically; if one fails, remove what was written (nothing is left half-done).
    Returns the folders it created (for `_remove`)."""
    created = sorted({parent for path in written for parent in path.parents if not parent.exists()})
    try:
        for path, text in written.items():
            files.write_text(path, text)
    except BaseException:
        _remove(written, created)
        raise
    return created


def _remove(written: dict[Path, str], created: list[Path]) -> None:
    """Remove files just written, and the folders created for them."""
    for path in written:
        path.unlink(missing_ok=True)
    for folder in sorted(created, key=lambda p: -len(p.parts)):
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()


def _taken(paths_to_write: list[Path]) -> list[Path]:
    return [path for path in paths_to_write if path.exists()]


# -- a new article --------------------------------------------------------------------------------------


def plan_article(
    name: str,
    *,
    headline: str,
    publisher: str,
    url: str,
    published: str,
    author: str = "",
    language: str = "en",
) -> dict[Path, str]:
    """Check a new article's id and description (id a free folder name, URL http(s), date a real date, language
    known); the files to write."""
    folder = paths.articles_dir() / (name or "")
    if not NAME.fullmatch(name or "") or keyword.iskeyword(name):
        raise StoryError(
            f"{name!r} cannot name an article's folder.",
            where=paths.shown(paths.articles_dir()),
            fix="use 2-40 lower-case letters, digits and underscores, starting with a letter: the outlet and the "
            "year, e.g. daily_planet_2025.",
        )
    if folder.exists() or name in articles.names():
        raise StoryError(
            f"There is already an article folder {paths.shown(folder)}.",
            where=paths.shown(folder),
            fix=f"choose another id (taken: {', '.join(articles.names())}).",
        )
    headline = _one_line(headline, "the article's headline", "--headline", '"The headline, as published"')
    publisher = _one_line(publisher, "the article's publisher", "--publisher", '"The Daily Planet"')
    author = (author or "").strip() and _one_line(author, "the article's author", "--author", '"A. Writer"')
    address = urllib.parse.urlsplit((url or "").strip())
    if address.scheme not in ("http", "https") or not address.netloc or any(c.isspace() for c in url.strip()):
        raise StoryError(
            f"{url!r} is not the article's web address.",
            where="--url",
            fix="give its full http(s) address, e.g. --url https://www.example.com/2025/12/story.html.",
        )
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published or ""):
            raise ValueError
        day = datetime.date.fromisoformat(published)
    except ValueError:
        raise StoryError(
            f"{published!r} is not a date.",
            where="--published",
            fix="give the day the article was published as YYYY-MM-DD, e.g. --published 2025-12-18.",
        ) from None
    if day > datetime.date.today():
        raise StoryError(f"{published} is in the future.", where="--published", fix="give the publication date.")
    try:
        Locale.parse(language)
    except (ValueError, TypeError, LookupError, UnknownLocaleError):
        raise StoryError(
            f"{language!r} is not a language code.",
            where="--language",
            fix="give the article's language as a code, e.g. --language en (or hi, uk, ru).",
        ) from None
    if f"{name}_statements" in data.names():
        raise StoryError(
            f"A resource named {name}_statements is already described.",
            where=paths.shown(data.description_of(f"{name}_statements")),
            fix="choose another article id.",
        )
    meta = {
        "headline": headline,
        "publisher": publisher,
        **({"author": author} if author else {}),
        "published": published,
        "url": url.strip(),
        "language": language,
        "reports": [],
    }
    described = articles.Article(name, headline, publisher, author, published, url.strip(), language, "")
    empty = _csv(STATEMENT_COLUMNS, [])
    resource = statement_resource(
        described,
        f"{name}_statements",
        STATEMENTS_FILE,
        empty,
        title="The article's checkable statements, one row per figure, each in our own words",
        caveats=[],
        may_be_empty=True,
    )
    package = {"name": name.replace("_", "-"), "title": f"The statements of {publisher}'s article, in our words"}
    package |= {"article": meta, "resources": [resource]}
    return {folder / data.PACKAGE: _json(package), folder / STATEMENTS_FILE: empty}


def new_article(name: str, **described: str) -> list[Path]:
    """Write a new article's folder (its description and an empty statements file); returns the files written."""
    planned = plan_article(name, **described)
    created = _write_all(planned)
    try:
        data.rehash(f"{name}_statements")  # checks the file against its schema and records that it passed
    except KitError:
        _remove(planned, created)
        raise
    return sorted(planned)


def article_next_steps(name: str) -> str:
    """What to do after `new-article`, for the command's output."""
    return "\n".join(
        [
            "Next: scaffold a story for each statistic you check (its statement goes into this article's folder):",
            f'      .venv/bin/python -m kit new <story> --title "..." --article {name}',
            f"      Then write the article's statement in your own words in data/articles/{name}/<story>.csv",
            "      (replacing the example row) and record it: .venv/bin/python -m kit rehash "
            f"{name}_<story>_statements",
            f"Statements no story checks (opinions, forecasts) go in data/articles/{name}/{STATEMENTS_FILE}, with "
            "`not_checked_because` saying why; then .venv/bin/python -m kit rehash " + f"{name}_statements",
        ]
    )


# -- a new story ----------------------------------------------------------------------------------------


def plan(name: str, title: str, article: str | None = None) -> Scaffold:
    """Check the new story's name, title and article, and that none of its names (claim id, chart slug, text ids,
    source, files) is taken; choose its notebook's number (the next free one)."""
    where = paths.shown(paths.STORIES)
    if not NAME.fullmatch(name or "") or keyword.iskeyword(name):
        raise StoryError(
            f"{name!r} cannot name a story.",
            where=where,
            fix="use 2-40 lower-case letters, digits and underscores, starting with a letter (e.g. ai_patents).",
        )
    if name in story.names() or (paths.STORIES / name).exists():
        raise StoryError(f"There is already a story named {name!r}.", where=where, fix="choose another name.")
    title = _one_line(title, "the story's title", "--title", '"AI patents per country"')
    known = articles.names()
    if article is None:
        if len(known) != 1:
            raise StoryError(
                f"There are {len(known)} articles; say which one the story checks."
                if known
                else "No article is described yet.",
                where=paths.shown(paths.articles_dir()),
                fix=f"add --article with one of: {', '.join(known)}."
                if known
                else 'describe it first: .venv/bin/python -m kit new-article <id> --headline "..." --publisher "..." '
                "--url URL --published YYYY-MM-DD.",
            )
        article = known[0]
    articles.article(article)  # a clear error for an unknown article
    numbers = [int(p.name[:2]) for p in paths.NOTEBOOKS.glob("[0-9][0-9]_*.py")]
    scaffold = Scaffold(story=name, title=title, article=article, number=f"{max(numbers, default=0) + 1:02d}")
    _refuse_names_in_use(scaffold)
    taken = _taken([*scaffold.files(), paths.raw_dir() / scaffold.source])
    if taken:
        raise StoryError(
            f"Scaffolding {name!r} would overwrite {', '.join(paths.shown(p) for p in taken)}.",
            where=where,
            fix="choose another story name, or move those files away.",
        )
    return scaffold


def _refuse_names_in_use(scaffold: Scaffold) -> None:
    """A claim id, chart slug, text id or resource name another story or source already has."""
    clashes = []
    for other in story.stories():
        if scaffold.claim in other.claims:
            clashes.append(f"the claim id {scaffold.claim!r} (story {other.name!r})")
        if scaffold.slug in other.charts:
            clashes.append(f"the chart slug {scaffold.slug!r} (story {other.name!r})")
    if scaffold.claim in set(articles.statements(scaffold.article)["claim_id"]):
        clashes.append(f"the claim id {scaffold.claim!r} (a statement of the article {scaffold.article!r})")
    texts = sorted(key for key in i18n.entries(i18n.SOURCE) if key.startswith(f"{scaffold.claim}-"))
    if texts:
        clashes.append(f"text ids starting {scaffold.claim}- ({', '.join(texts[:3])})")
    clashes += [f"the resource name {res!r}" for res in (scaffold.source, scaffold.statements) if res in data.names()]
    if clashes:
        raise StoryError(
            f"The story {scaffold.story!r} would take names already in use: {'; '.join(clashes)}.",
            where=paths.shown(paths.STORIES),
            fix="choose another story name (its claim id, chart slug and text ids are made from it).",
        )


def create(name: str, title: str, article: str | None = None) -> list[Path]:
    """Write the new story's files (all checked first: nothing existing is overwritten, nothing is left on a failure)
    and record that its example files pass their schemas; returns the files written."""
    scaffold = plan(name, title, article)
    written = scaffold.files()
    created = _write_all(written)
    try:
        for resource in (scaffold.source, scaffold.statements):
            data.rehash(resource)  # checks each file against its schema and records that it passed
    except KitError:
        _remove(written, created)
        raise
    importlib.invalidate_caches()  # the new package is importable in this process too
    return sorted(written)


def next_steps(name: str) -> str:
    """What to run after scaffolding, for the command's output."""
    scaffold_story = story.get(name)
    return "\n".join(
        [
            f"Next: .venv/bin/python -m kit test {name}     (builds it: runs {scaffold_story.notebook}, its charts, "
            "its tests, nbval and the chart check)",
            f"Then replace the example data (data/raw/{name}_example/; the columns are named at the top of "
            f"kit/stories/{name}/compute.py) and the statement in data/articles/{scaffold_story.article}/{name}.csv "
            "(docs/new-story.md: \"Replacing the example data\"); until then its claim is a draft, never published.",
        ]
    )
