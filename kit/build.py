"""The build: check the raw data and the stories' declarations, execute the notebooks headless, then gather
the ledger and write the gallery; report what was produced.

The work is ordered from the declarations, not from file names, and runs `JOBS` pieces at a time: every story's
notebook (stories are independent, each writes only its own folders), then the ledger notebook, which gathers
their claims files, then the gallery. A story notebook the build runs exports its charts in English; the build
exports each chart in the other languages (a job per chart and language, in worker processes) once the
story's notebook has run, filling the cores the notebooks leave free. Notebooks run from their jupytext `.py`
files (the reviewed source); a failing cell stops the build, naming the notebook, the cell and the error, and a
notebook that does not write what its story declares is named too.
"""

from __future__ import annotations

import asyncio
import contextlib
import graphlib
import hashlib
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from tqdm import tqdm

from kit import articles, data, files, gallery, i18n, ledger, paths, story, translations
from kit.errors import BuildError, DataError, KitError
from kit.story import Story

CELL_TIMEOUT = 600  # seconds
KERNEL = "python3"
# Notebooks run side by side, two at a time: measured on the 2-core machine, 2 at a time is faster than 1
# (see docs/measurements.md); more than the cores only adds contention.
JOBS = max(1, min(2, os.cpu_count() or 1))


def chosen(selected: Sequence[str] = ()) -> list[Story]:
    """The stories to build: all, or those named (a story's name, its notebook's name, or a prefix of it)."""
    every = story.stories()
    if not selected:
        return every
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


def execute(path: Path, progress: tqdm | None = None, env: Mapping[str, str] | None = None) -> nbformat.NotebookNode:
    """Run one notebook from its `.py` in a fresh kernel in the notebooks folder (`env`: variables added to the
    kernel's environment); returns it with outputs."""
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
            "chart's files in each language are replaced in one piece, so a chart this notebook exported before "
            "failing has its new English files beside its previous translations until a build completes, and the "
            "gallery and ledger are those of the last complete build.",
        ) from None
    return notebook


def store_outputs(path: Path, executed: nbformat.NotebookNode) -> Path:
    """Save an executed notebook as the paired `.ipynb` that nbval compares against.

    Live widget state is dropped (it holds random model ids and means nothing without a kernel), printed text
    is stored in one piece per stream, and cell ids are derived from each cell's position and source, so storing
    twice changes no byte.
    """
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


def build(selected: Sequence[str] = (), jobs: int = JOBS, gather: bool = True, publish: bool = False) -> list[Path]:
    """Execute the chosen stories' notebooks and export their charts in the other languages, then the ledger
    notebook, `jobs` at a time, storing each executed notebook as its `.ipynb` (the outputs nbval compares: stored
    deterministically, so an unchanged notebook changes no byte); then write each article's gallery and ledger, the
    index of articles and the reader pages. `gather=False` builds the stories alone (no ledger notebook, no gallery),
    as `python -m kit test` does. `publish`: a publishing build, refused before anything runs if an article's
    publishing record is not complete (by default a preview, whose JSON-LD is marked a draft). Returns the notebooks
    run."""
    preflight()
    if publish:
        ledger.check_publishable(gallery.published_articles())
    for done in recover_outputs():
        tqdm.write(f"Recovered: {done}")
    stories = chosen(selected)
    gatherer = paths.NOTEBOOKS / f"{ledger.NOTEBOOK}.py"
    gatherers = [gatherer] if gather else []
    translations = [
        (each, slug, lang) for each in stories if not each.facts for lang in each.translations for slug in each.charts
    ]
    scripts = [s.notebook_path for s in stories]
    cells = sum(cell.cell_type == "code" for path in [*scripts, *gatherers] for cell in jupytext.read(path).cells)
    with translators(jobs if translations else 0) as pool, tqdm(
        total=cells + len(translations), unit="step", desc="notebooks", dynamic_ncols=True
    ) as progress:
        env = {story.TRANSLATED_BY_BUILD: "1"} if pool else {}
        plan = [Job(s.notebook, notebook_step(s.notebook_path, progress, env, s)) for s in stories]
        plan += [Job(path.stem, notebook_step(path, progress), after=[s.notebook for s in stories]) for path in gatherers]
        plan += [
            Job(f"{slug}.{lang}", translation_step(pool, progress, each, slug, lang), [each.notebook], "translations")
            for each, slug, lang in translations
        ]
        run_jobs(plan, progress, {"notebooks": jobs, "translations": jobs})
    if gather:
        gallery.write(publish)
        write_reader_pages(stories)
    if not selected:
        refresh_readme_figures()
    return [*scripts, *gatherers]


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
    tqdm.write(f"Chart check: {len(each.charts)} chart(s) in {', '.join(each.built_languages)} at every width "
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
    tqdm.write(done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr.strip()[-2000:])
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


def write_reader_pages(built: Sequence[Story]) -> list[Path]:
    """The reader page (`kit.reader.page`) of each article one of the stories built offers readers explorers in,
    in the article's published folder."""
    from kit.reader import page

    chosen = sorted({each.article for each in built if each.readers})
    return [written for article in chosen for written in page.write(paths.exports_dir() / article, article)]


def recover_outputs() -> list[str]:
    """Put back or clean up what an interrupted earlier build left half-swapped in the output folders."""
    every = story.stories()
    exported = [paths.exports_dir(), *(articles.published_dir(name) for name in {s.article for s in every})]
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
    path: Path, progress: tqdm, env: Mapping[str, str] | None = None, of: Story | None = None
) -> Callable[[], None]:
    """Run a notebook and store its outputs (so nbval compares with what the code gives today); for a story's
    notebook, check it wrote what the story declares in English (the build's own steps write the other
    languages)."""

    def run() -> None:
        executed = execute(path, progress, env)
        store_outputs(path, executed)
        missing = [] if of is None else of.missing_outputs(None if of.facts else (i18n.SOURCE,))
        if missing:
            raise BuildError(
                f"{paths.shown(path)} ran, but did not write what its story declares: " + "; ".join(missing) + ".",
                where=paths.shown(path),
                fix="record the claims with STORY.record(...) and publish with STORY.publish() in the notebook.",
            )

    return run


def translation_step(
    pool: ProcessPoolExecutor, progress: tqdm, of: Story, slug: str, language: str
) -> Callable[[], None]:
    """Export a story's chart in another language in a worker process."""

    def run() -> None:
        pool.submit(translate, of.name, slug, language).result()
        progress.update(1)

    return run


def translate(name: str, slug: str, language: str) -> None:
    """In a worker: export one chart of a story in one other language."""
    story.get(name).publish_translation(slug, language)


@contextlib.contextmanager
def translators(workers: int) -> Iterator[ProcessPoolExecutor | None]:
    """Worker processes for the exports in other languages (none when `workers` is 0), started at once. They
    are forked, with the kit already imported, when this process runs no other thread (as the command line's
    build does: it forks before its first thread); otherwise, or where fork is missing, spawned (safe, about a
    second slower to start)."""
    if not workers:
        yield None
        return
    alone = threading.active_count() == 1 and "fork" in multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if alone else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        pool.submit(int).result()  # starts every worker now
        yield pool


def refresh_readme_figures() -> None:
    """Copy the charts the stories show in the README (web PNG) from the exports to `docs/`, in each language
    (`docs/<slug>.png`, `docs/<slug>.uk.png`, ...)."""
    from kit import export  # its file names

    for each in story.stories():
        for language in each.built_languages if each.readme_figure else ():
            stem = export.stem(each.readme_figure, language)
            exported = each.chart_folder(each.readme_figure) / f"{stem}.web.png"
            if exported.exists():
                files.write_bytes(paths.ROOT / "docs" / f"{stem}.png", exported.read_bytes())


def summary(built: Sequence[Path], seconds: float | None = None, publish: bool = False) -> str:
    """One screen: the notebooks run, then article by article its published folder (gallery, ledger files, charts),
    how many of its checked statements hold up and each claim's verdict; then the drafts, and whether this was a
    preview (and how to publish) or a publishing build."""
    everything = ledger.entries(drafts=True)
    grouped = ledger.by_article([entry for entry in everything if not entry.draft])
    drafts = [entry for entry in everything if entry.draft]
    took = f" in {seconds:.1f} s" if seconds is not None else ""
    top = paths.shown(paths.exports_dir())
    lines = [
        f"Built {len(built)} notebook(s){took}: {', '.join(p.stem for p in built)}",
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
