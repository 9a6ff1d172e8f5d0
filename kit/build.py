"""The build: check the raw data and the stories' declarations, execute the notebooks headless, then gather
the ledger and write the galleries and reader pages; report what was produced.

The build is made of steps with declared inputs (`kit.steps`): the check of the data and the declarations; per story
its computation (its notebook, which computes its claims and tables, and its charts exported in each language by the
build); the ledger notebook; the galleries; each article's reader page; the README's figures. A step whose inputs are
unchanged since its last successful run and whose outputs are all there, unchanged, is skipped (`force` reruns
everything): a changed raw file or story module reruns that story and the article's pages, nothing else. The check
that refuses a changed raw file runs whenever any file of the data or the kit changed.

The work is ordered from the declarations, not from file names, and runs `JOBS` pieces at a time: every story's
notebook (stories are independent, each writes only its own folders), then the ledger notebook, which gathers
their claims files (and the English charts' titles), then the galleries. A story notebook the build runs writes
its claims and tables; the build exports each of its charts in each language (a job per chart and language, in
worker processes, each computing the chart from the story's code and data and rendering it in its language) from
the start, beside the notebooks, filling the cores they leave free. Notebooks run from their jupytext `.py` files
(the reviewed source); a failing cell stops the build, naming the notebook, the cell and the error, and a notebook
that does not write what its story declares is named too.
"""

from __future__ import annotations

import contextlib
import functools
import graphlib
import hashlib
import json
import multiprocessing
import os
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from kit import files, paths, steps
from kit.errors import BuildError, DataError, KitError
from kit.steps import Declared, Inputs

CELL_TIMEOUT = 600  # seconds
KERNEL = "python3"
# Notebooks run side by side, two at a time: measured on the 2-core machine, 2 at a time is faster than 1
# (see docs/measurements.md); more than the cores only adds contention.
JOBS = max(1, min(2, os.cpu_count() or 1))
# The steps' names in their records (exports/.build/<step>.json)
CHECK, LEDGER, GALLERY, README = "check", "ledger", "gallery", "readme"
KIT = paths.STORIES.parent
UP_TO_DATE = "up to date, not run (its inputs are those of its last run and its outputs are all there, unchanged)"
CODE_CELL = re.compile(r"^# %%(?!.*\[(?:markdown|md|raw)\])", re.MULTILINE)  # a jupytext percent code cell


def say(text: str) -> None:
    """A line of the build's log, above its progress bar if one is shown."""
    from tqdm import tqdm  # only once there is something to say

    tqdm.write(text)


def to_run(step: str, inputs: Inputs, force: bool, shown: str) -> bool:
    """Whether a step runs (`force`, or an input or output changed since its last successful run), said with why."""
    found = ["--force"] if force else steps.changes(step, inputs)
    if found:
        say(f"{shown}: runs ({steps.reasons(found)})")
    return bool(found)


def story_step(name: str) -> str:
    return f"story-{name}"


def reader_step(article: str) -> str:
    return f"reader-{article}"


def chosen(selected: Sequence[str] = (), every: Sequence | None = None) -> list:
    """The stories to build: all, or those named (a story's name, its notebook's name, or a prefix of it); of
    `every` (the stories' declarations), by default the stories themselves."""
    if every is None:
        from kit import story

        every = story.stories()
    if not selected:
        return list(every)
    picked = []
    for wanted in selected:
        matches = [s for s in every if wanted in (s.name, s.notebook) or s.notebook.startswith(wanted)]
        if not matches:
            raise BuildError(
                f"No story matches {wanted!r}.",
                where=paths.shown(paths.STORIES),
                fix=f"name one of {[s.name for s in every]} (or its notebook, or a prefix such as 01).",
            )
        picked += [s for s in matches if s not in picked]
    return picked


def preflight() -> None:
    """Refuse to build on raw data that fails its checksum or schema, on stories that do not hold together, or on a
    text missing or stale in a language a story publishes."""
    from kit import data, story, translations

    problems: list[KitError] = [*data.check_all(thorough=False), *story.problems(), *stray_notebooks()]
    if not problems:  # the texts are read from the data and the stories: only once those hold together
        try:
            problems += translations.problems()
        except KitError as problem:
            problems.append(problem)
    if problems:
        raise DataError(
            f"{len(problems)} problem(s) in the data or the stories' declarations; nothing was built.\n\n"
            + "\n\n".join(str(problem) for problem in problems),
            fix="deal with each problem as its own Fix says, then build again.",
        )


def stray_notebooks() -> list[BuildError]:
    """Notebooks that no story declares (they would never be built or checked)."""
    from kit import ledger, story

    declared = {s.notebook for s in story.stories()} | {ledger.NOTEBOOK}
    return [
        BuildError(
            f"The notebook {path.name} belongs to no story.",
            where=paths.shown(path),
            fix="declare it as a story's `notebook` in kit/stories/<story>/__init__.py, or remove it.",
        )
        for path in sorted(paths.NOTEBOOKS.glob("*.py"))
        if path.stem not in declared
    ]


def execute(path: Path, progress: tqdm | None = None, env: Mapping[str, str] | None = None):
    """Run one notebook from its `.py` in a fresh kernel in the notebooks folder (`env`: variables added to the
    kernel's environment); returns it with outputs (an `nbformat.NotebookNode`)."""
    import asyncio

    import jupytext
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError

    notebook = jupytext.read(path)
    current = {"index": 0}

    def started(cell_index: int, **_) -> None:
        current["index"] = cell_index

    client = NotebookClient(
        notebook,
        timeout=CELL_TIMEOUT,
        kernel_name=KERNEL,
        extra_arguments=["--IPKernelApp.log_level=ERROR"],  # no start-up chatter in the build log
        resources={"metadata": {"path": str(paths.NOTEBOOKS)}},
        on_cell_start=started,
        on_cell_executed=(lambda **_: progress.update(1)) if progress else None,
    )
    try:
        kernel = {"env": {**os.environ, **env}} if env else {}
        # an event loop of its own, closed after: notebooks may run in threads
        asyncio.run(client.async_execute(**kernel))
    except CellExecutionError as failure:
        index = current["index"]
        first_line = (notebook.cells[index].source.strip().splitlines() or [""])[0]
        raise BuildError(
            f"{paths.shown(path)} failed in cell {index + 1} ({first_line!r}):\n{failure.ename}: {failure.evalue}",
            where=paths.shown(path),
            fix="correct what the error names and build again. Nothing published was lost: each table and each "
            "chart's files in each language are replaced in one piece (a chart's files written before the failure "
            "are what its code and data give now, beside its files in the languages not written yet), and the "
            "gallery and ledger are those of the last complete build.",
        ) from None
    return notebook


def store_outputs(path: Path, executed) -> Path:
    """Save an executed notebook as the paired `.ipynb` that nbval compares against.

    Live widget state is dropped (it holds random model ids and means nothing without a kernel), printed text
    is stored in one piece per stream, and cell ids are derived from each cell's position and source, so storing
    twice changes no byte.
    """
    import jupytext

    executed.metadata.pop("widgets", None)
    for index, cell in enumerate(executed.cells):
        digest = hashlib.sha256(f"{index}:{cell.source}".encode()).hexdigest()[:8]
        cell["id"] = f"cell-{index:02d}-{digest}"
        cell.get("metadata", {}).pop("execution", None)
        if "outputs" in cell:
            cell["outputs"] = coalesced(cell["outputs"])
        for output in cell.get("outputs", ()):
            output.get("data", {}).pop("application/vnd.jupyter.widget-view+json", None)
    target = path.with_suffix(".ipynb")
    text = jupytext.writes(executed, fmt="ipynb").rstrip("\n") + "\n"  # as jupytext.write lays it out
    if not target.is_file() or target.read_text(encoding="utf-8") != text:  # unchanged: not even its time
        files.write_text(target, text)
    return target


def coalesced(outputs: list) -> list:
    """A cell's outputs with consecutive pieces of the same stream joined: how a kernel cuts printed text into
    messages depends on timing (a busy machine sends more pieces), the text does not."""
    joined: list = []
    for output in outputs:
        previous = joined[-1] if joined else None
        if (
            output.get("output_type") == "stream"
            and previous is not None
            and previous.get("output_type") == "stream"
            and previous.get("name") == output.get("name")
        ):
            previous["text"] = "".join(previous["text"]) + "".join(output["text"])
        else:
            joined.append(output)
    return joined


class Built(list):
    """The notebooks a build ran (a list of their paths), and the steps it found up to date and skipped."""

    def __init__(self, ran: Sequence[Path] = (), skipped: Sequence[str] = ()):
        super().__init__(ran)
        self.skipped = list(skipped)


def build(
    selected: Sequence[str] = (), jobs: int = JOBS, gather: bool = True, publish: bool = False, force: bool = False
) -> Built:
    """Run the steps of the chosen stories whose inputs changed since their last successful run (or whose outputs
    are missing or were changed since): execute each one's notebook and export its charts in the other languages;
    then the ledger notebook, `jobs` at a time, storing each executed notebook as its `.ipynb` (the outputs nbval
    compares: stored deterministically, so an unchanged notebook changes no byte); then write each article's
    gallery and ledger, the index of articles and the reader pages, each when what it reads changed. `force`: run
    every step. `gather=False` builds the stories alone (no ledger notebook, no gallery), as `python -m kit test`
    does. `publish`: a publishing build, refused before anything runs if an article's publishing record is not
    complete (by default a preview, whose JSON-LD is marked a draft). Returns the notebooks run and the steps
    skipped."""
    declared, gatherer = checked(force)
    if publish:
        from kit import gallery, ledger

        ledger.check_publishable(gallery.published_articles())
    for done in recover_outputs(declared):
        say(f"Recovered: {done}")
    languages = built_languages()
    stories = chosen(selected, declared)
    planned = {each.name: story_inputs(each, languages) for each in stories}
    stale = {name: ["--force"] if force else steps.changes(story_step(name), inputs) for name, inputs in planned.items()}
    running = [each for each in stories if stale[each.name]]
    skipped = [each.notebook for each in stories if not stale[each.name]]
    for name in skipped:
        say(f"{name}: {UP_TO_DATE}")
    told = len(skipped)
    gatherer_path = paths.NOTEBOOKS / f"{gatherer}.py"
    ran = [each.notebook_path for each in running]
    if running or (gather and (force or steps.changes(LEDGER, ledger_inputs(gatherer_path, languages, declared)))):
        ledger_notebook = gatherer_path if gather else None
        gathered = run_stories(running, planned, stale, ledger_notebook, jobs, languages, force, declared)
        ran += [gatherer_path] if gathered else []
        skipped += [] if gathered or not gather else [gatherer]
    elif gather:
        skipped.append(gatherer)
    if gather:
        skipped += [] if write_galleries(declared, languages, publish, force) else ["galleries"]
        skipped += [f"reader page of {name}" for name in write_reader_pages(stories, declared, languages, force)]
    if not selected:
        skipped += [] if refresh_readme_figures(declared, languages, force) else ["README figures"]
    for name in skipped[told:]:
        say(f"{name}: {UP_TO_DATE}")
    return Built(ran, skipped)


def checked(force: bool = False) -> tuple[list[Declared], str]:
    """The stories' declarations and the ledger notebook's name, after the check of the data and the declarations
    (`preflight`), which is skipped when no file of the kit, the data or the notebooks' names changed since it last
    passed: then the declarations come from its record and no story is imported."""
    inputs = Inputs().folder(KIT).folder(paths.raw_dir()).folder(paths.articles_dir())
    inputs.value("notebooks", sorted(path.name for path in paths.NOTEBOOKS.glob("*.py"))).environment(())
    record = steps.recorded(CHECK)
    if not force and record is not None and not steps.changes(CHECK, inputs):
        return [Declared.from_json(each) for each in record["declared"]], record["gatherer"]
    from kit import ledger, story

    steps.forget(CHECK)
    preflight()
    declared = [declaration(each) for each in story.stories()]
    steps.record(CHECK, inputs, [], declared=[each.as_json() for each in declared], gatherer=ledger.NOTEBOOK)
    return declared, ledger.NOTEBOOK


def declaration(each) -> Declared:
    """What the build needs to know of a story (a `kit.story.Story`), as data."""
    from kit import data

    sources = []
    for name in dict.fromkeys(each.sources):
        folder = data.description_of(name).parent
        entry = steps.of_text(json.dumps(data.resource(name), sort_keys=True))
        sources.append((name, _in_data(data.path_of(name)), _in_data(folder / "locales"), entry))
    return Declared(
        name=each.name,
        notebook=each.notebook,
        article=each.article,
        languages=tuple(each.languages),
        charts=tuple(each.charts),
        sources=tuple(sources),
        readers=bool(each.readers),
        readme_figure=each.readme_figure,
        facts=each.facts,
    )


def _in_data(path: Path) -> str:
    return Path(path).relative_to(paths.DATA).as_posix()


def built_languages() -> tuple[str, ...]:
    from kit import i18n

    return i18n.languages()


# -- the steps' inputs and outputs ----------------------------------------------------------------------


def machinery(own: str | None = None) -> list[Path]:
    """The kit's files a story's computation depends on: everything in kit/ but the other stories' folders."""
    stories = os.path.join(str(paths.STORIES), "")
    mine = os.path.join(stories, own or "", "")
    return [
        path
        for path in steps.tree(KIT)
        if not str(path).startswith(stories) or str(path).startswith(mine) or os.sep not in str(path)[len(stories):]
    ]


def story_inputs(each: Declared, languages: Sequence[str]) -> Inputs:
    """What a story's computation reads: the machinery, its own package, its notebook, each raw file it reads and
    its description, its sources' and its article's texts, the pinned environment and the languages built."""
    inputs = Inputs().files(machinery(each.name)).file(each.notebook_path)
    for name, file, locales, entry in each.sources:
        inputs.file(paths.DATA / file).value(f"the description of {name}", entry).folder(paths.DATA / locales)
    inputs.folder(paths.articles_dir() / each.article)
    return inputs.environment(each.built_languages(languages))


def story_outputs(each: Declared) -> list[Path]:
    return [each.output_dir(), *(each.chart_folder(slug) for slug in each.charts), each.notebook_path.with_suffix(".ipynb")]


def published_inputs(languages: Sequence[str]) -> Inputs:
    """What every page of an article reads besides its stories' outputs: the kit, the data, the environment."""
    return Inputs().folder(KIT).folder(paths.raw_dir()).folder(paths.articles_dir()).environment(languages)


def ledger_inputs(notebook: Path, languages: Sequence[str], declared: Sequence[Declared]) -> Inputs:
    """The ledger notebook reads every story's claims files and each chart's title as exported in English."""
    inputs = published_inputs(languages).file(notebook).folder(paths.processed_dir())
    for each in declared:
        for slug in each.charts:
            inputs.file(each.chart_folder(slug) / f"{slug}.json")
    return inputs


def chart_folders(declared: Sequence[Declared], article: str | None = None) -> list[Path]:
    return [each.chart_folder(slug) for each in declared if article in (None, each.article) for slug in each.charts]


def run_stories(
    running: Sequence[Declared],
    planned: Mapping[str, Inputs],
    stale: Mapping[str, Sequence[str]],
    gatherer: Path | None,
    jobs: int,
    languages: Sequence[str],
    force: bool,
    declared: Sequence[Declared] = (),
) -> bool:
    """Run the stories' steps (their notebooks, and their charts in every language in worker processes), each
    recorded once all its parts succeeded, then the ledger notebook unless it is up to date; returns whether the
    ledger notebook ran."""
    import jupytext  # noqa: F401  (imported once here rather than in each thread)
    from tqdm import tqdm

    from kit import i18n, story

    charts = [
        (each, slug, language)
        for each in running
        for language in each.built_languages(languages)
        for slug in each.charts
    ]
    scripts = [each.notebook_path for each in running] + ([gatherer] if gatherer else [])
    cells = sum(len(CODE_CELL.findall(path.read_text(encoding="utf-8"))) for path in scripts)
    gathered = {"ran": False}
    for each in running:
        say(f"{each.notebook}: runs ({steps.reasons(stale[each.name])})")
        steps.forget(story_step(each.name))
    with exporters(jobs if charts else 0) as pool, tqdm(
        total=cells + len(charts), unit="step", desc="notebooks", dynamic_ncols=True
    ) as progress:
        env = {story.EXPORTED_BY_BUILD: "1"} if pool else {}
        plan = [Job(each.notebook, notebook_step(each.notebook_path, progress, env, each.name)) for each in running]
        plan += [
            Job(f"{slug}.{lang}", export_step(pool, progress, each.name, slug, lang), lane="exports")
            for each, slug, lang in charts
        ]
        for each in running:
            parts = [each.notebook] + [f"{slug}.{lang}" for of, slug, lang in charts if of.name == each.name]
            recording = (lambda each: lambda: steps.record(story_step(each.name), planned[each.name], story_outputs(each)))(each)
            plan.append(Job(f"{each.notebook} recorded", recording, parts, "records"))
        if gatherer is not None:  # after the stories' claims and their charts' English texts (titles) are written
            english = [f"{slug}.{lang}" for _, slug, lang in charts if lang == i18n.SOURCE]
            after = [each.notebook for each in running] + english

            def gather() -> None:
                inputs = ledger_inputs(gatherer, languages, declared)
                if not to_run(LEDGER, inputs, force, gatherer.stem):
                    progress.update(len(CODE_CELL.findall(gatherer.read_text(encoding="utf-8"))))
                    return
                steps.forget(LEDGER)
                notebook_step(gatherer, progress)()
                steps.record(LEDGER, inputs, [gatherer.with_suffix(".ipynb")])
                gathered["ran"] = True

            plan.append(Job(gatherer.stem, gather, after=after))
        run_jobs(plan, progress, {"notebooks": jobs, "exports": jobs, "records": 1})
    return gathered["ran"]


def write_galleries(declared: Sequence[Declared], languages: Sequence[str], publish: bool, force: bool) -> bool:
    """Each article's gallery and ledger files and the index of articles (`kit.gallery.write`), unless what they
    read is unchanged (the stories' claims files and charts, the kit, the data, the languages, publishing or not);
    returns whether they were written."""
    inputs = published_inputs(languages).folder(paths.processed_dir()).value("publish", publish)
    for folder in chart_folders(declared):
        inputs.folder(folder)
    if not to_run(GALLERY, inputs, force, "galleries"):
        return False
    from kit import gallery, ledger

    steps.forget(GALLERY)
    gallery.write(publish)
    written = [paths.exports_dir() / gallery.page_name(language) for language in languages]
    for name in gallery.published_articles():
        folder = paths.exports_dir() / name
        written += [folder / gallery.page_name(language) for language in languages]
        written += [
            folder / ledger.file_name(base, language)
            for base in (ledger.JSONLD_NAME, ledger.CSV_NAME, ledger.MARKDOWN_NAME)
            for language in languages
        ]
    steps.record(GALLERY, inputs, written)
    return True


def write_reader_page(article: str, declared: Sequence[Declared], languages: Sequence[str], force: bool) -> bool:
    """An article's reader page (`kit.reader.page`), unless what it reads is unchanged (the kit, the data, its
    stories' charts, whether its gallery is there); returns whether it was written."""
    folder = paths.exports_dir() / article
    inputs = published_inputs(languages).value("gallery page", (folder / "index.html").is_file())
    for chart in chart_folders(declared, article):
        inputs.folder(chart)
    if not to_run(reader_step(article), inputs, force, f"reader page of {article}"):
        return False
    from kit.reader import page

    steps.forget(reader_step(article))
    written = page.write(folder, article)
    written += [folder / "embed.json", folder / page.ASSETS]  # written beside the pages it returns
    steps.record(reader_step(article), inputs, written)
    return True


def test(name: str, jobs: int = JOBS) -> list[str]:
    """The check of one story a journalist runs (`python -m kit test <story>`): build it (its notebook, stored for
    nbval, and its charts in every language it publishes, each passing the chart check at every width), then run
    its tests and nbval on its notebook. Returns what to fix (empty when all is good)."""
    import subprocess
    import sys

    (each,) = chosen([name])
    try:
        build([each.name], jobs=jobs, gather=False)
    except KitError as failure:
        return [f"The build failed (nothing else was run):\n{failure}"]
    checked = len(each.charts) * len(each.built_languages) * len(charts_widths())
    say(f"Chart check: {len(each.charts)} chart(s) in {', '.join(each.built_languages)} at every width "
               f"({checked} pages) passed.")
    tests = paths.ROOT / "tests" / "stories" / f"test_{each.name}.py"
    found = [] if tests.is_file() else [f"The story has no tests: write {paths.shown(tests)} (see another story's)."]
    notebook = each.notebook_path.with_suffix(".ipynb")
    targets = [str(path) for path in (tests, notebook) if path.is_file()]
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-rf", "-p", "no:cacheprovider", *targets],
        cwd=paths.ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    say(done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr.strip()[-2000:])
    if done.returncode != 0:
        failed = [line for line in done.stdout.splitlines() if line.startswith(("FAILED", "ERROR"))]
        found.append(
            f"{len(failed) or 'Some'} test(s) failed:\n"
            + "\n".join(f"  {line}" for line in failed or done.stdout.strip().splitlines()[-20:])
            + f"\n  Details: .venv/bin/python -m pytest -q {' '.join(paths.shown(Path(t)) for t in targets)}"
        )
    return found


def charts_widths() -> tuple:
    """The widths every chart is exported at (and checked at)."""
    from kit import charts  # drawing is only needed here

    return tuple(charts.WIDTHS)


def write_reader_pages(
    built: Sequence, declared: Sequence[Declared] | None = None, languages: Sequence[str] | None = None,
    force: bool = False,
) -> list[str]:
    """The reader page (`kit.reader.page`) of each article one of the stories built (or their declarations) offers
    readers explorers in, in the article's published folder, unless it is up to date (`write_reader_page`); returns
    the articles whose page was up to date. `declared`: every story's declaration, by default read from the
    stories."""
    if declared is None:
        from kit import story

        declared = [declaration(each) for each in story.stories()]
    languages = built_languages() if languages is None else languages
    chosen = sorted({each.article for each in built if each.readers})
    return [article for article in chosen if not write_reader_page(article, declared, languages, force)]


def recover_outputs(every: Sequence | None = None) -> list[str]:
    """Put back or clean up what an interrupted earlier build left half-swapped in the output folders (of every
    story, or of these stories' declarations)."""
    if every is None:
        from kit import story

        every = story.stories()
    exported = [paths.exports_dir(), *(paths.exports_dir() / name for name in {s.article for s in every})]
    folders = [*exported, paths.processed_dir(), *(s.output_dir() for s in every)]
    return [done for folder in folders for done in files.recover(folder)]


@dataclass(frozen=True)
class Job:
    """One step of the build, run once the steps it comes after (their names) have finished, in a lane (each
    lane runs its own number of steps at a time)."""

    name: str
    run: Callable[[], None]
    after: Sequence[str] = ()
    lane: str = "notebooks"


def run_jobs(plan: Sequence[Job], progress: tqdm, lanes: Mapping[str, int]) -> None:
    """Run the steps, in each lane as many at a time as `lanes` says, each once those it comes after have
    finished, the first in the plan's order first; after a failure no further step starts, and the first failure
    (in the plan's order) is raised once the running ones have finished."""
    order = {job.name: index for index, job in enumerate(plan)}
    named = {job.name: job for job in plan}
    sorter = graphlib.TopologicalSorter({job.name: job.after for job in plan})
    sorter.prepare()
    ready: list[str] = []
    running: dict[Future, str] = {}
    failures: dict[str, BaseException] = {}

    def free(lane: str) -> bool:
        return sum(named[name].lane == lane for name in running.values()) < max(1, lanes.get(lane, 1))

    with ThreadPoolExecutor(max_workers=sum(max(1, count) for count in lanes.values()) or 1) as threads:
        while True:
            ready = sorted([*ready, *sorter.get_ready()], key=order.__getitem__)
            for name in [name for name in ready if not failures]:
                if free(named[name].lane):
                    ready.remove(name)
                    running[threads.submit(named[name].run)] = name
            if not running:
                break
            progress.set_description(", ".join(sorted(running.values(), key=order.__getitem__)))
            finished, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in finished:
                name = running.pop(future)
                if future.exception() is not None:
                    failures[name] = future.exception()
                else:
                    sorter.done(name)
    if failures:
        raise failures[min(failures, key=order.__getitem__)]


def notebook_step(
    path: Path, progress: tqdm, env: Mapping[str, str] | None = None, of: str | None = None
) -> Callable[[], None]:
    """Run a notebook and store its outputs (so nbval compares with what the code gives today), unless the build
    writes into other folders than the project's (`paths.redirected`: a test's scratch build); for a story's
    notebook (`of`: the story's name), check it wrote what the story declares (its claims and tables; its charts
    too when it exported them itself, without the build's exporters: `env` without `EXPORTED_BY_BUILD`)."""

    def run() -> None:
        from kit import story

        executed = execute(path, progress, env)
        if not paths.redirected():  # stored outputs are what the project's own outputs give, never a scratch build's
            store_outputs(path, executed)
        exported_by_build = (env or {}).get(story.EXPORTED_BY_BUILD) == "1"
        its_story = next((each for each in story.stories() if each.name == of), None)
        missing = [] if its_story is None else its_story.missing_outputs(() if exported_by_build else None)
        if missing:
            raise BuildError(
                f"{paths.shown(path)} ran, but did not write what its story declares: " + "; ".join(missing) + ".",
                where=paths.shown(path),
                fix="record the claims with STORY.record(...) and publish with STORY.publish() in the notebook.",
            )

    return run


def export_step(pool: ProcessPoolExecutor, progress: tqdm, name: str, slug: str, language: str) -> Callable[[], None]:
    """Export a story's chart in one language in a worker process."""

    def run() -> None:
        pool.submit(publish_chart, name, slug, language).result()
        progress.update(1)

    return run


def publish_chart(name: str, slug: str, language: str) -> None:
    """In a worker: export one chart of a story in one language (a story rendering its facts has each chart
    computed once in the worker, then rendered in each language the worker exports it in)."""
    from kit import story

    each = story.get(name)
    each.publish_chart(slug, language, _computed(name, slug) if each.facts else None)


@functools.lru_cache(maxsize=None)
def _computed(name: str, slug: str):
    """A story's chart as computed in this worker, for the build it serves (its workers start with the build)."""
    from kit import story

    return story.get(name).chart(slug)


def _ready() -> None:
    """In a worker, as it starts: forget any chart computed before this build, and import what exporting a chart
    needs while the first notebooks run (a story that cannot be imported is named by the export that needs it)."""
    _computed.cache_clear()  # a forked worker starts with its parent's
    with contextlib.suppress(Exception):
        from kit import export, story  # noqa: F401  (drawing and fonts)

        story.stories()


@contextlib.contextmanager
def exporters(workers: int) -> Iterator[ProcessPoolExecutor | None]:
    """Worker processes for the charts' exports (none when `workers` is 0), started at once, each importing what
    an export needs while the first notebooks run. They are forked when this process runs no other thread (as the
    command line's build does: it forks before its first thread); otherwise, or where fork is missing, spawned
    (safe, about a second slower to start)."""
    if not workers:
        yield None
        return
    alone = threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if alone else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_ready) as pool:
        for _ in range(workers):
            pool.submit(int)  # starts the workers now, not at the first export
        yield pool


def refresh_readme_figures(declared: Sequence[Declared], languages: Sequence[str], force: bool = False) -> bool:
    """Copy the charts the stories show in the README (web PNG) from the exports to `docs/`, in each language
    (`docs/<slug>.png`, `docs/<slug>.uk.png`, ...), unless those charts are unchanged; returns whether it ran."""
    shown = [each for each in declared if each.readme_figure]
    inputs = Inputs().environment(languages)
    for each in shown:
        inputs.folder(each.chart_folder(each.readme_figure))
    if not to_run(README, inputs, force, "README figures"):
        return False
    from kit import export  # its file names

    steps.forget(README)
    written = []
    for each in shown:
        for language in each.built_languages(languages):
            stem = export.stem(each.readme_figure, language)
            exported = each.chart_folder(each.readme_figure) / f"{stem}.web.png"
            target = paths.ROOT / "docs" / f"{stem}.png"
            if exported.exists():
                if steps.sha256(target) != steps.sha256(exported):  # unchanged: not even its time
                    files.write_bytes(target, exported.read_bytes())
                written.append(target)
    steps.record(README, inputs, written)
    return True


def summary(built: Sequence[Path], seconds: float | None = None, publish: bool = False) -> str:
    """One screen: the notebooks run and the steps skipped as up to date, then article by article its published
    folder (gallery, ledger files, charts), how many of its checked statements hold up and each claim's verdict;
    then the drafts, and whether this was a preview (and how to publish) or a publishing build."""
    took = f" in {seconds:.1f} s" if seconds is not None else ""
    lines = [f"Built {len(built)} notebook(s){took}: {', '.join(p.stem for p in built)}"]
    skipped = getattr(built, "skipped", [])
    if skipped:
        lines.append(f"Up to date, so not run again: {', '.join(skipped)}")
    return "\n".join([*lines, published(publish)])


def published(publish: bool = False) -> str:
    """What is published, article by article (see `summary`); read back from the last build's record when nothing
    it is made from changed since (the kit, the data, the claims files, the articles' folders), so a build with
    nothing to redo imports no story to say so."""
    check = steps.recorded(CHECK)
    if check is None:
        return _published(publish)
    inputs = Inputs().value("check", check.get("inputs")).folder(paths.processed_dir()).value("publish", publish)
    for name in dict.fromkeys(each["article"] for each in check["declared"]):
        inputs.folder(paths.exports_dir() / name)
    inputs.environment(built_languages())
    top, kept = paths.shown(paths.exports_dir()), "<the exports folder>"  # no machine path in a record
    record = steps.recorded("summary")
    if record is not None and "text" in record and not steps.changes("summary", inputs):
        return record["text"].replace(kept, top)
    text = _published(publish)
    steps.record("summary", inputs, [], text=text.replace(top, kept))
    return text


def _published(publish: bool) -> str:
    from kit import articles, gallery, ledger

    everything = ledger.entries(drafts=True)
    grouped = ledger.by_article([entry for entry in everything if not entry.draft])
    drafts = [entry for entry in everything if entry.draft]
    top = paths.shown(paths.exports_dir())
    lines = [
        f"Published per article in {top}/<article>/ (its gallery {gallery.PAGE_NAME}, its claims ledger and its "
        f"charts); the articles listed in {top}/{gallery.PAGE_NAME}",
    ]
    names = gallery.published_articles()
    for name in names:
        folder = articles.published_dir(name)
        exported = gallery.figures(folder, gallery.declared_charts(name))
        shared = [
            each
            for each in (gallery.PAGE_NAME, ledger.MARKDOWN_NAME, ledger.CSV_NAME, ledger.JSONLD_NAME)
            if (folder / each).is_file()
        ]
        entries = grouped.get(name, [])
        reader = ["reader.html (static, computed in the reader's browser)"] if (folder / "reader.html").is_file() else []
        lines += [
            f"{name}: {', '.join([*shared, *reader]) or 'nothing written'}; {len(exported)} chart(s) "
            f"({sum(len(figure.files) for figure in exported)} files)",
            f"  {ledger.headline(entries)}: {ledger.tally(entries)}",
        ]
        lines += [
            f"  {entry.claim_id:<24} {entry.verdict}"
            + ("" if entry.own else f"  (said by {', '.join(entry.speakers)}: not counted as the article's)")
            for entry in entries
        ]
    if drafts:
        lines.append("Drafts on example data (never published): " + ", ".join(e.claim_id for e in drafts))
    if publish:
        lines.append("Published: the JSON-LD carries each article's publishing record (no placeholder left).")
    else:
        pending = ledger.publishing_problems([name for name in names if name in grouped])
        unfinished = sorted({problem.where.split(", ")[0] for problem in pending})
        lines.append(
            "Preview: the JSON-LD is marked a draft (creativeWorkStatus \"Draft\")"
            + (f"; placeholders or gaps remain in the publishing record of {', '.join(unfinished)}" if pending else "")
            + ". To publish: complete `publishing` in data/articles/<article>/datapackage.json, then `make publish`."
        )
    return "\n".join(lines)
