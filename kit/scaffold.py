"""`python -m kit new <story> --title "..."`: scaffold a working story on clearly marked example data.

It writes a source folder with an example CSV and its description (`"example": true`), the statement in the
article's folder (a file of its own, also marked example), the story package (compute, charts, explore and
its declaration) with one claim, one chart and one explorer, its notebook and its test. Nothing existing is
changed: `python -m kit build <story>` then builds it, and its claim stays a draft (never published) until
the example data and statement are replaced.
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
from dataclasses import dataclass
from pathlib import Path
from string import Template

from kit import articles, data, files, fmt, paths, story
from kit.articles import STATEMENT_COLUMNS
from kit.errors import StoryError

TEMPLATES = Path(__file__).parent / "templates" / "story"
NAME = re.compile(r"[a-z][a-z0-9_]{1,39}")
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
    def notebook(self) -> str:
        return f"{self.number}_{self.story}"

    def files(self) -> dict[Path, str]:
        """Every file to write (path -> text), descriptions included."""
        values = {
            "story": self.story,
            "title": self.title,
            "article": self.article,
            "source": self.source,
            "claim": self.claim,
            "slug": f"{self.claim}-ranking",
            "notebook": self.notebook,
            "number": self.number,
            "prefix": self.claim,  # its texts' ids start with the story's name
        }

        def render(template: str) -> str:
            return Template((TEMPLATES / template).read_text(encoding="utf-8")).substitute(values)

        example = _csv(["entity", "year", "value"], EXAMPLE_ROWS)
        statement = _csv(
            STATEMENT_COLUMNS,
            [
                (
                    self.claim,
                    EXAMPLE_STATEMENT,
                    articles.article(self.article).publisher,
                    "rank",
                    "as stated",
                    EXAMPLE_RANK,
                    "rank (1 = largest)",
                    "",
                )
            ],
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
            in_article / f"{self.story}.resource.json": _json(self._statement(statement)),
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
                    _field("entity", "string", "Who the value is about."),
                    _field("year", "integer", "The year of the value.", "calendar year"),
                    _field("value", "number", "The value.", "points"),
                ],
                "primaryKey": ["entity", "year"],
            },
            "hash": _sha256(text),
        }

    def _statement(self, text: str) -> dict:
        """The example statement's description, with the article's provenance."""
        existing = articles.statement_resources(self.article)[0]
        base = data.provenance(existing)
        return {
            "name": f"{self.article}_{self.story}_statements",
            "path": f"{self.story}.csv",
            "title": f"EXAMPLE statement for the story {self.story}: replace it with the article's, in your words",
            "citation": base.citation,
            "description": "The statement the story checks, in our words, with the figures the article gives.",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "dialect": dict(data.CSV_DIALECT),
            "publisher": base.publisher,
            "sources": [{"title": title, "path": url} for title, url in base.sources[:1]],
            "published": base.published,
            "retrieved": datetime.date.today().isoformat(),
            "licence": base.licence,
            "caveats": ["EXAMPLE statement made up by `python -m kit new`: replace it with the article's."],
            "example": True,
            "schema": data.resource(existing)["schema"],
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


def plan(name: str, title: str, article: str | None = None) -> Scaffold:
    """Check the new story's name, title and article; choose its notebook's number."""
    where = paths.shown(paths.STORIES)
    if not NAME.fullmatch(name or "") or keyword.iskeyword(name):
        raise StoryError(
            f"{name!r} cannot name a story.",
            where=where,
            fix="use 2-40 lower-case letters, digits and underscores, starting with a letter (e.g. ai_patents).",
        )
    if name in story.names() or (paths.STORIES / name).exists():
        raise StoryError(f"There is already a story named {name!r}.", where=where, fix="choose another name.")
    if not title or not title.strip() or "\n" in title or '"' in title:
        raise StoryError(
            f"{title!r} cannot be the story's title.",
            where="--title",
            fix='give a one-line title without double quotes, e.g. --title "AI patents per country".',
        )
    known = articles.names()
    if article is None:
        if len(known) != 1:
            raise StoryError(
                "Several articles are described; say which one the story checks."
                if known
                else "No article is described yet.",
                where=paths.shown(paths.articles_dir()),
                fix=f"add --article with one of {known}."
                if known
                else "describe the article in data/articles/<article>/datapackage.json (see the README).",
            )
        article = known[0]
    articles.article(article)  # a clear error for an unknown article
    numbers = [int(p.name[:2]) for p in paths.NOTEBOOKS.glob("[0-9][0-9]_*.py")]
    scaffold = Scaffold(story=name, title=title.strip(), article=article, number=f"{max(numbers, default=0) + 1:02d}")
    taken = [path for path in scaffold.files() if path.exists()] + (
        [paths.raw_dir() / scaffold.source] if (paths.raw_dir() / scaffold.source).exists() else []
    )
    if taken:
        raise StoryError(
            f"Scaffolding {name!r} would overwrite {', '.join(paths.shown(p) for p in taken)}.",
            where=where,
            fix="choose another story name, or move those files away.",
        )
    return scaffold


def create(name: str, title: str, article: str | None = None) -> list[Path]:
    """Write the new story's files (all checked first: nothing existing is overwritten) and record that its
    example files pass their schemas; returns the files written."""
    scaffold = plan(name, title, article)
    written = scaffold.files()
    for path, text in written.items():
        files.write_text(path, text)
    for resource in (scaffold.source, f"{scaffold.article}_{name}_statements"):
        data.rehash(resource)  # checks each file against its schema and records that it passed
    importlib.invalidate_caches()  # the new package is importable in this process too
    return sorted(written)


def next_steps(name: str) -> str:
    """What to run after scaffolding, for the command's output."""
    scaffold_story = story.get(name)
    return "\n".join(
        [
            f"Next: .venv/bin/python -m kit build {name}     (runs {scaffold_story.notebook}, writes its outputs)",
            f"      .venv/bin/python -m pytest tests/stories/test_{name}.py notebooks/{scaffold_story.notebook}.ipynb",
            f"Then replace the example data in data/raw/{name}_example/ and the statement in "
            f"data/articles/{scaffold_story.article}/{name}.csv; until then its claim is a draft, never published.",
        ]
    )
