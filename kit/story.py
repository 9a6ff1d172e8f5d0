"""Stories: each statistic of an article is a package in `kit/stories/<story>/` that declares itself once.

A story's `__init__.py` holds `STORY = Story(...)`: the article it checks, the sources it reads, its claims
(each with the charts that show its evidence), the function that computes its verdicts, its charts (slug ->
function), its explorers (for JupyterLab; and, as `readers`, those the article's static reader page runs in the
reader's browser, see kit.reader), its tidy tables and its notebook. The machinery finds stories by discovery (every
package in `kit/stories/` with a `STORY`), checks that every declaration holds together before a build, and
checks after each notebook that the story wrote what it declares. Nothing here names any one story.

In a story notebook: `STORY.record(compute.verdicts())` writes the story's claims file,
`STORY.publish()` its tidy tables and every declared chart.
"""

from __future__ import annotations

import functools
import importlib
import io
import os
import pkgutil
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from difflib import get_close_matches
from pathlib import Path

import pandas as pd

from kit import articles, claims, data, files, i18n, paths, translations, words
from kit.claims import Claim
from kit.errors import KitError, StoryError

PACKAGE = "kit.stories"
EXPORTED_BY_BUILD = "KIT_EXPORTED_BY_BUILD"  # set by the build for its notebooks: see `Story.publish`


@dataclass(frozen=True)
class Later:
    """A function of a story's module, imported when first called: a story declares its explorers this way (see
    `deferred`), so importing the story to draw a chart or build does not load the widget libraries."""

    module: str
    name: str

    def resolve(self) -> Callable:
        return getattr(importlib.import_module(self.module), self.name)

    def __call__(self, *args, **kwargs):
        return self.resolve()(*args, **kwargs)


class DeferredModule:
    """A module imported when one of its functions is first called: its attributes are `Later`s."""

    def __init__(self, module: str) -> None:
        self._module = module

    def __getattr__(self, name: str) -> Later:
        if name.startswith("__"):
            raise AttributeError(name)
        return Later(self._module, name)


def deferred(module: str) -> DeferredModule:
    """A story's module to import only when one of its functions is called: `_explore =
    deferred(f"{__name__}.explore")`, then `explorers={"compare": _explore.compare_countries}`."""
    return DeferredModule(module)


@dataclass(frozen=True)
class Published:
    """What `Story.publish` wrote, relative to the project and exports folders (no machine paths)."""

    tables: tuple[str, ...]
    charts: tuple[str, ...]
    article: str = ""  # the charts' folder in exports/: the article's published folder

    def __repr__(self) -> str:
        lines = [f"data/processed/{name}" for name in self.tables]
        folder = f"exports/{self.article}/" if self.article else "exports/"
        lines += [f"{folder}{slug}/ (PNG, SVG and PDF at 3 widths, CSV, alt text, texts)" for slug in self.charts]
        return "\n".join(lines)


@dataclass(frozen=True, eq=False)
class Story:
    """One statistic of an article: everything the machinery needs to know about it, declared once."""

    package: str  # the story's package, `__name__` in its `__init__.py`; its last part is the story's name
    title: str
    article: str  # the folder in data/articles/ holding the statements it checks
    notebook: str  # notebooks/<notebook>.py
    sources: Sequence[str]  # the resources it reads (names in the sources' descriptions)
    claims: Mapping[str, Sequence[str]]  # claim id -> slugs of the charts that show its evidence
    verdicts: Callable[[], Sequence[Claim]]  # computes the declared claims
    charts: Mapping[str, Callable[[], object]]  # slug -> function returning that chart (a kit.charts.Chart)
    explorers: Mapping[str, Callable[[], object]] = field(default_factory=dict)  # name -> explorer factory
    # name -> factory of an explorer for readers (kit.reader: a Reweighting or a Comparison), built in the current
    # language; the article's reader page runs them in the reader's browser
    readers: Mapping[str, Callable[[], object]] = field(default_factory=dict)
    tables: Mapping[str, Callable[[], pd.DataFrame]] = field(default_factory=dict)  # name -> tidy table
    extractors: Mapping[str, Callable] = field(default_factory=dict)  # refresh extractors for its sources
    readme_figure: str | None = None  # a chart whose web PNG the build copies to docs/ for the README
    # The languages it publishes, English first; every text of it must be translated into each (the build refuses
    # a missing or stale one). `python -m kit new` declares English only.
    languages: Sequence[str] = (i18n.SOURCE,)
    # its charts and claims are computed once and rendered in each language (kit.words); False: computed again inside
    # `i18n.use(language)` for each (stories not yet converted)
    facts: bool = False

    @property
    def name(self) -> str:
        return self.package.rsplit(".", 1)[-1]

    @property
    def folder(self) -> Path:
        return paths.STORIES / self.name

    @property
    def notebook_path(self) -> Path:
        return paths.NOTEBOOKS / f"{self.notebook}.py"

    @property
    def built_languages(self) -> tuple[str, ...]:
        """The languages this story is built in now: those it publishes (`languages`) that `KIT_LANGS` asks for."""
        return tuple(language for language in i18n.languages() if language in self.languages)

    def output_dir(self) -> Path:
        """The story's tidy tables and claims file: `data/processed/<story>/`."""
        return paths.processed_dir() / self.name

    def chart_folder(self, slug: str) -> Path:
        """Where a chart of the story is exported: in its article's published folder, `exports/<article>/<slug>/`."""
        return articles.published_dir(self.article) / slug

    def __repr__(self) -> str:
        return f"<Story {self.name}: {self.title}>"

    # -- checks ---------------------------------------------------------------------------------------

    def problems(self) -> list[StoryError]:
        """What does not hold together in this declaration (empty when all is well)."""
        where = paths.shown(self.folder / "__init__.py")
        found = []

        def problem(text: str, fix: str) -> None:
            found.append(StoryError(f"Story {self.name!r}: {text}", where=where, fix=fix))

        try:
            known = set(articles.checkable(self.article))
        except KitError as error:
            problem(error.problem, error.fix or "correct `article`.")
            known = None
        for claim_id, slugs in self.claims.items():
            if known is not None and claim_id not in known:
                close = get_close_matches(claim_id, sorted(known), n=1)
                problem(
                    f"the claim {claim_id!r} is not a checkable statement of the article {self.article!r}."
                    + (f" Did you mean {close[0]!r}?" if close else ""),
                    "use the claim id of the article's statement, or add the statement to the article's data "
                    "(with `not_checked_because` empty).",
                )
            elif known is not None:
                try:
                    articles.said_by(self.article, claim_id)
                except KitError as error:
                    problem(f"the claim {claim_id!r}: {error.problem}", error.fix or "correct `said_by`.")
            for slug in [slugs] if isinstance(slugs, str) else slugs:
                if slug not in self.charts:
                    close = get_close_matches(slug, list(self.charts), n=1)
                    problem(
                        f"the claim {claim_id!r} names the chart {slug!r}, which the story does not declare."
                        + (f" Did you mean {close[0]!r}?" if close else ""),
                        f"name one of its charts {sorted(self.charts)}, or declare the chart in `charts`.",
                    )
        for slug in self.charts:
            if files.slugify(slug) != slug:
                problem(f"the chart slug {slug!r} is not a file-name stem.", f"use {files.slugify(slug)!r}.")
        for source in self.sources:
            try:
                data.resource(source)
            except KitError as error:
                close = get_close_matches(source, data.names(), n=3)
                problem(
                    f"it reads {source!r}: No resource named {source!r} in any source's description.",
                    f"correct the name in `sources` (for a story from `kit new`: `SOURCE` at the top of "
                    f"{paths.shown(self.folder / 'compute.py')})"
                    + (f", e.g. to {' or '.join(map(repr, close))}" if close else "")
                    + "; or describe the file: `.venv/bin/python -m kit describe data/raw/<source>/<file>.csv`."
                    if "No resource named" in error.problem
                    else error.fix or "correct `sources`.",
                )
        if not self.notebook_path.is_file():
            problem(
                f"its notebook {paths.shown(self.notebook_path)} does not exist.",
                "correct `notebook` (the file name without .py), or create the notebook.",
            )
        declared = list(self.languages)
        if not declared or declared[0] != i18n.SOURCE or len(set(declared)) != len(declared) or any(
            language not in i18n.LANGUAGES for language in declared
        ):
            problem(
                f"its languages {tuple(declared)} are not English first, then other languages of the kit, each once.",
                f"declare languages=({', '.join(repr(code) for code in i18n.LANGUAGES)}) or a part of it that "
                f"starts with {i18n.SOURCE!r}.",
            )
        for kind, declared_factories in (("explorer", self.explorers), ("reader explorer", self.readers)):
            for name, factory in declared_factories.items():
                try:
                    resolved = factory.resolve() if isinstance(factory, Later) else factory
                except Exception as error:  # the module's own code failed, or names no such function
                    problem(f"its {kind} {name!r} cannot be loaded: {type(error).__name__}: {error}.",
                            "correct the function's name or its module's code (kit/stories/<story>/explore.py).")
                    continue
                if not callable(resolved):
                    problem(f"its {kind} {name!r} is not a function.", "declare the function that builds it.")
        if self.readme_figure is not None and self.readme_figure not in self.charts:
            problem(f"the README figure {self.readme_figure!r} is not one of its charts.", "name a declared chart.")
        return found

    def _claims_check(self, computed: Sequence[Claim]) -> None:
        got = [claim.claim_id for claim in computed]
        declared = list(self.claims)
        unknown = [claim_id for claim_id in got if claim_id not in self.claims]
        missing = [claim_id for claim_id in declared if claim_id not in got]
        if unknown or missing or len(set(got)) != len(got):
            raise StoryError(
                f"Story {self.name!r}: its verdicts are {got}, but it declares {declared}.",
                where=paths.shown(self.folder / "__init__.py"),
                fix="make the verdicts function return exactly one claim per declared claim id, or correct `claims`.",
            )

    # -- writing --------------------------------------------------------------------------------------

    def _caveats_check(self, computed: Sequence[Claim]) -> None:
        for claim in computed:
            missing = claim.unaccounted()
            if missing:
                source, caveat = missing[0]
                raise StoryError(
                    f"Story {self.name!r}: the claim {claim.claim_id!r} cites {source!r}, whose caveat {caveat!r} "
                    f"neither reaches the claim nor is set aside" + (f" ({len(missing) - 1} more)." if len(missing) > 1 else "."),
                    where=paths.shown(self.folder / "compute.py"),
                    fix="add the caveat to the claim's caveats (`claims.source_caveats`), or set it aside for this "
                    "claim with the reason it does not change how a reader reads it (`claims.set_aside`).",
                )

    def record(self, computed: Sequence[Claim]) -> list[Claim]:
        """Complete the story's computed claims (article, statement, who said it, notebook, charts, draft), write
        them to its claims file and return them. Every caveat of a claim's sources must reach it or be set aside.
        Then the same in each other language the story is built in: the verdicts computed again in that language,
        the statement in it, written to `claims.<lang>.csv` beside the English file."""
        complete = self._completed(computed)
        claims.write(complete, self.output_dir())
        for language in self.translations:
            if self.facts:
                claims.write(complete, self.output_dir(), language)
                continue
            with i18n.use(language):
                claims.write(self._completed(self.verdicts()), self.output_dir(), language)
        return complete

    def _completed(self, computed: Sequence[Claim]) -> list[Claim]:
        """The computed claims checked and completed, the statement in the current language."""
        self._claims_check(computed)
        self._caveats_check(computed)
        complete = []
        for claim in computed:
            statement_resource = articles.resource_of(self.article, claim.claim_id)
            draft = any(data.provenance(name).example for name in (*claim.source_ids, statement_resource))
            slugs = self.claims[claim.claim_id]
            english = articles.statement(self.article, claim.claim_id)
            complete.append(
                claim.completed(
                    article=self.article,
                    statement=i18n.translated(translations.statement_id(claim.claim_id), english),
                    said_by=articles.said_by(self.article, claim.claim_id),
                    story=self.name,
                    notebook=self.notebook,
                    charts=tuple([slugs] if isinstance(slugs, str) else slugs),
                    draft=draft,
                )
            )
        return complete

    def figures(self, claim_id: str) -> pd.DataFrame:
        """The figures the article gives for one of this story's claims."""
        return articles.figures(self.article, claim_id)

    def chart(self, slug: str):
        """The declared chart with this slug, drawn by its function (whose slug must match)."""
        if slug not in self.charts:
            close = get_close_matches(slug, list(self.charts), n=1)
            raise StoryError(
                f"Story {self.name!r} has no chart {slug!r}." + (f" Did you mean {close[0]!r}?" if close else ""),
                where=paths.shown(self.folder / "__init__.py"),
                fix=f"use one of {sorted(self.charts)}.",
            )
        chart = self.charts[slug]()
        if getattr(chart, "slug", None) != slug:
            raise StoryError(
                f"Story {self.name!r}: the function declared for the chart {slug!r} returned the chart "
                f"{getattr(chart, 'slug', chart)!r}.",
                where=paths.shown(self.folder / "__init__.py"),
                fix="declare each chart under the slug its function gives it (use the chart module's constant).",
            )
        return chart

    def publish(self) -> Published:
        """Write the story's tidy tables to `data/processed/<story>/` and export every declared chart in every
        language the story is built in, into its article's published folder (`exports/<article>/<slug>/`); in a
        notebook the build runs (`EXPORTED_BY_BUILD` set), the tables only: the build exports each chart in each
        language itself (`publish_chart`), on the cores the notebooks leave free. Each chart passes the chart check
        in every language first: one that fails is not exported (its previous files stay) and, once the others are
        written, a StoryError names each broken rule."""
        from kit import export  # drawing is only needed when publishing

        written = []
        for name, make in self.tables.items():
            file_name = f"{files.slugify(name).replace('-', '_')}.csv"
            buffer = io.StringIO()
            make().to_csv(buffer, index=False, lineterminator="\n")
            files.write_text(self.output_dir() / file_name, buffer.getvalue())
            written.append(f"{self.name}/{file_name}")
        broken = []
        for slug in self.charts if os.environ.get(EXPORTED_BY_BUILD) != "1" else ():
            computed = self.chart(slug) if self.facts else None
            drawn = {language: self.translated(slug, language, computed) for language in self.built_languages}
            found = [line for chart in drawn.values() for line in chart_problems(chart)]
            if found:
                broken += found
                continue
            english = drawn.pop(i18n.SOURCE)
            export.export(english, folder=self.chart_folder(slug), translations=drawn)
        if broken:
            raise self._failed_check(broken)
        return Published(tuple(written), tuple(self.charts), self.article)

    def _failed_check(self, broken: Sequence[str]) -> StoryError:
        return StoryError(
            f"Story {self.name!r}: {len(broken)} problem(s) in the chart check, so these charts were not exported "
            "(their previous files stay):\n" + "\n".join(f"  - {line}" for line in broken),
            where=paths.shown(self.folder / "charts.py"),
            fix="correct each chart (its drawing in charts.py, or its texts in locales/<language>.ftl) so it keeps "
            "the rule named (docs/house-style.md; `kit.chartcheck.check(chart)` lists what breaks a rule), then "
            "build again.",
        )

    @property
    def translations(self) -> tuple[str, ...]:
        """The languages the story is built in now other than English."""
        return tuple(language for language in self.built_languages if language != i18n.SOURCE)

    def translated(self, slug: str, language: str, computed=None):
        """A declared chart as the story publishes it in a language: computed once and rendered in it (a facts
        story; `computed`: the chart as computed already, rendered without computing it again), or drawn in it."""
        if self.facts:
            return (computed if computed is not None else self.chart(slug)).in_language(language)
        with i18n.use(language):
            return self.chart(slug)

    def publish_chart(self, slug: str, language: str, computed=None) -> None:
        """Export one declared chart in one language beside its files in the other languages, if it passes the
        chart check (else a StoryError names the broken rules and its previous files stay). `computed`: the chart
        as a story rendering its facts computed it already (see `translated`)."""
        from kit import export  # drawing is only needed when publishing

        chart = self.translated(slug, language, computed)
        broken = chart_problems(chart)
        if broken:
            raise self._failed_check(broken)
        if language == i18n.SOURCE:
            export.export(chart, folder=self.chart_folder(slug))
        else:
            export.export_translations({language: chart}, folder=self.chart_folder(slug))

    def missing_outputs(self, languages: Sequence[str] | None = None) -> list[str]:
        """What the story declares but its last run did not write (claims, tables, charts in `languages`, by
        default every language it is built in now)."""
        from kit import export  # its file names

        missing = []
        claims_file = self.output_dir() / claims.FILE_NAME
        if not self.claims:
            pass
        elif not claims_file.is_file():
            missing.append(f"its claims file {paths.shown(claims_file)} (call STORY.record(...))")
        else:
            written = set(claims.read(claims_file)["claim_id"])
            missing += [f"the claim {claim_id!r}" for claim_id in self.claims if claim_id not in written]
        for name in self.tables:
            table = self.output_dir() / f"{files.slugify(name).replace('-', '_')}.csv"
            if not table.is_file():
                missing.append(f"the table {paths.shown(table)} (call STORY.publish())")
        for slug in self.charts:
            for language in self.built_languages if languages is None else languages:
                if not (self.chart_folder(slug) / f"{export.stem(slug, language)}.json").is_file():
                    in_language = "" if language == i18n.SOURCE else f" in {language!r}"
                    missing.append(f"the chart {slug!r}{in_language} (call STORY.publish())")
        return missing


def chart_problems(chart) -> list[str]:
    """What the chart check finds wrong with a chart at every width, each line naming the chart, the language,
    the width and the problem."""
    from kit import chartcheck  # drawing is only needed when publishing

    return [
        f"the chart {chart.slug!r} in {chart.language!r}, "
        + (f"at the {problem.width} width" if problem.width else "at every width")
        + f": {problem.rule}: {problem.detail}"
        for problem in chartcheck.check(chart)
    ]


# -- the registry ---------------------------------------------------------------------------------------


def names() -> list[str]:
    """The story packages in `kit/stories/`, found by discovery."""
    return sorted(
        module.name
        for module in pkgutil.iter_modules([str(paths.STORIES)])
        if module.ispkg and not module.name.startswith("_")
    )


@functools.cache
def _load(name: str) -> Story:
    try:
        module = importlib.import_module(f"{PACKAGE}.{name}")
    except Exception as exc:  # a story's own code failed: say which story, keep the cause
        last = traceback.extract_tb(exc.__traceback__)[-1]
        raise StoryError(
            f"The story {name!r} cannot be imported: {type(exc).__name__}: {exc}",
            where=f"{paths.shown(Path(last.filename))}, line {last.lineno}",
            fix="correct the error in the story's code.",
        ) from exc
    story = getattr(module, "STORY", None)
    if not isinstance(story, Story):
        raise StoryError(
            f"The package kit/stories/{name}/ declares no story.",
            where=paths.shown(paths.STORIES / name / "__init__.py"),
            fix="define `STORY = Story(package=__name__, ...)` in its __init__.py (see any other story, or "
            "`python -m kit new`).",
        )
    return story


def stories() -> list[Story]:
    """Every story, in the order of their notebooks."""
    return sorted((_load(name) for name in names()), key=lambda story: story.notebook)


def get(name: str) -> Story:
    """One story by its name (its package's name)."""
    if name in names():
        return _load(name)
    close = get_close_matches(name, names(), n=3)
    raise StoryError(
        f"There is no story named {name!r}.",
        where=paths.shown(paths.STORIES),
        fix=f"use one of {close or names()}, or create it with `python -m kit new {name}`.",
    )


def problems() -> list[KitError]:
    """Everything that does not hold together across the stories: each story's declaration, and slugs,
    claims and notebooks that two stories both claim."""
    found: list[KitError] = []
    owners: dict[tuple[str, str], str] = {}
    try:
        every = stories()
    except StoryError as error:
        return [error]
    found += unchecked_statements(every)
    for story in every:
        found += story.problems()
        for kind, keys in (
            ("chart", story.charts),
            ("claim", [f"{story.article}/{claim_id}" for claim_id in story.claims]),
            ("notebook", [story.notebook]),
        ):
            for key in keys:
                other = owners.setdefault((kind, key), story.name)
                if other != story.name:
                    found.append(
                        StoryError(
                            f"The stories {other!r} and {story.name!r} both declare the {kind} {key!r}.",
                            where=paths.shown(story.folder / "__init__.py"),
                            fix=f"give one of them another {kind} name.",
                        )
                    )
    return found


def unchecked_statements(every: Sequence[Story]) -> list[StoryError]:
    """The checkable statements of the stories' articles that no story checks: the ledger must list every one of an
    article whose statements the stories check."""
    found = []
    for article in sorted({story.article for story in every}):
        try:
            wanted = articles.checkable(article)
        except KitError:
            continue  # the story's own check names a missing article
        declared = {claim_id for story in every if story.article == article for claim_id in story.claims}
        if not declared:
            continue  # no story checks this article's statements yet (stories that only publish charts)
        for claim_id in wanted:
            if claim_id not in declared:
                found.append(
                    StoryError(
                        f"The statement {claim_id!r} of the article {article!r} is checkable, but no story checks it.",
                        where=paths.shown(data.path_of(articles.resource_of(article, claim_id))),
                        fix="declare it in a story's `claims` (`python -m kit new` scaffolds one), or say in the "
                        "statement's `not_checked_because` why no data can check it.",
                    )
                )
    return found
