"""The build: check the raw data and the stories' declarations, execute the notebooks headless, then gather
the ledger and write the gallery; report what was produced.

The work is ordered from the declarations, not from file names: every story's notebook first (stories are
independent, each writes only its own folder, so they run side by side, `JOBS` at a time), then the ledger
notebook, which gathers their claims files, then the gallery. Notebooks run from their jupytext `.py` files
(the reviewed source); a failing cell stops the build, naming the notebook, the cell and the error, and a
notebook that does not write what its story declares is named too.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
from collections.abc import Sequence
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from tqdm import tqdm

from kit import data, files, gallery, ledger, paths, story
from kit.errors import BuildError, DataError, KitError
from kit.story import Story

CELL_TIMEOUT = 600  # seconds
KERNEL = "python3"
# Notebooks run side by side, two at a time: measured on the 2-core machine, 2 at a time is faster than 1
# (see README, "Tests and speed"); more than the cores only adds contention.
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
    """Refuse to build on raw data that fails its checksum or schema, or on stories that do not hold together."""
    problems: list[KitError] = [*data.check_all(thorough=False), *story.problems(), *stray_notebooks()]
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


def execute(path: Path, progress: tqdm | None = None) -> nbformat.NotebookNode:
    """Run one notebook from its `.py` in a fresh kernel in the notebooks folder; returns it with outputs."""
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
        asyncio.run(client.async_execute())  # an event loop of its own, closed after: notebooks may run in threads
    except CellExecutionError as failure:
        index = current["index"]
        first_line = (notebook.cells[index].source.strip().splitlines() or [""])[0]
        raise BuildError(
            f"{paths.shown(path)} failed in cell {index + 1} ({first_line!r}):\n{failure.ename}: {failure.evalue}",
            where=paths.shown(path),
            fix="correct what the error names and build again; files already written are whole (each chart's "
            "folder and each table is replaced in one piece).",
        ) from None
    return notebook


def store_outputs(path: Path, executed: nbformat.NotebookNode) -> Path:
    """Save an executed notebook as the paired `.ipynb` that nbval compares against.

    Live widget state is dropped (it holds random model ids and means nothing without a kernel), and
    cell ids are derived from each cell's position and source, so storing twice changes no byte.
    """
    executed.metadata.pop("widgets", None)
    for index, cell in enumerate(executed.cells):
        digest = hashlib.sha256(f"{index}:{cell.source}".encode()).hexdigest()[:8]
        cell["id"] = f"cell-{index:02d}-{digest}"
        cell.get("metadata", {}).pop("execution", None)
        for output in cell.get("outputs", ()):
            output.get("data", {}).pop("application/vnd.jupyter.widget-view+json", None)
    target = path.with_suffix(".ipynb")
    jupytext.write(executed, target, fmt="ipynb")
    return target


def build(selected: Sequence[str] = (), store: bool = False, jobs: int = JOBS) -> list[Path]:
    """Execute the chosen stories' notebooks (`jobs` at a time), then the ledger notebook, storing their outputs
    in the `.ipynb` when `store` (a notebook that has no `.ipynb` yet always gets one); then write the gallery.
    Returns the notebooks run, in order."""
    preflight()
    for done in recover_outputs():
        tqdm.write(f"Recovered: {done}")
    stories = chosen(selected)
    scripts = [s.notebook_path for s in stories]
    gatherer = paths.NOTEBOOKS / f"{ledger.NOTEBOOK}.py"
    total = sum(cell.cell_type == "code" for path in [*scripts, gatherer] for cell in jupytext.read(path).cells)
    with tqdm(total=total, unit="cell", desc="notebooks", dynamic_ncols=True) as progress:
        run_all(scripts, progress, store, jobs)
        for each in stories:
            missing = each.missing_outputs()
            if missing:
                raise BuildError(
                    f"{paths.shown(each.notebook_path)} ran, but did not write what its story declares: "
                    + "; ".join(missing) + ".",
                    where=paths.shown(each.notebook_path),
                    fix="record the claims with STORY.record(...) and publish with STORY.publish() in the notebook.",
                )
        run_all([gatherer], progress, store, 1)
    gallery.write()
    if not selected:
        refresh_readme_figures()
    return [*scripts, gatherer]


def recover_outputs() -> list[str]:
    """Put back or clean up what an interrupted earlier build left half-swapped in the output folders."""
    folders = [paths.exports_dir(), paths.processed_dir(), *(s.output_dir() for s in story.stories())]
    return [done for folder in folders for done in files.recover(folder)]


def run_all(scripts: Sequence[Path], progress: tqdm, store: bool, jobs: int) -> None:
    """Run notebooks `jobs` at a time; after a failure no further notebook starts, and the first failure
    (in the given order) is raised once the running ones have finished."""
    running: list[str] = []

    def run(path: Path) -> None:
        running.append(path.stem)
        progress.set_description(", ".join(running))
        try:
            executed = execute(path, progress)
            if store or not path.with_suffix(".ipynb").exists():
                store_outputs(path, executed)
        finally:
            running.remove(path.stem)

    with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
        futures = [pool.submit(run, path) for path in scripts]
        wait(futures, return_when=FIRST_EXCEPTION)
        for future in futures:
            future.cancel()  # only those not yet started
    for future in futures:
        if not future.cancelled() and future.exception() is not None:
            raise future.exception()


def refresh_readme_figures() -> None:
    """Copy the charts the stories show in the README (web PNG) from the exports to `docs/`, in each language
    (`docs/<slug>.png`, `docs/<slug>.uk.png`, ...)."""
    from kit import export  # its file names

    for each in story.stories():
        for language in each.languages if each.readme_figure else ():
            stem = export.stem(each.readme_figure, language)
            exported = paths.exports_dir() / each.readme_figure / f"{stem}.web.png"
            if exported.exists():
                files.write_bytes(paths.ROOT / "docs" / f"{stem}.png", exported.read_bytes())


def summary(built: Sequence[Path], seconds: float | None = None) -> str:
    """One screen: the notebooks run, the figures exported, the gallery and ledger files, each claim's verdict."""
    exported = gallery.figures(paths.exports_dir())  # chart folders only: no hidden staging, no story diff
    charts, exports = [figure.slug for figure in exported], [name for figure in exported for name in figure.files]
    everything = ledger.entries(drafts=True)
    entries = [entry for entry in everything if not entry.draft]
    drafts = [entry for entry in everything if entry.draft]
    took = f" in {seconds:.1f} s" if seconds is not None else ""
    shared = [
        name
        for name in (gallery.PAGE_NAME, ledger.MARKDOWN_NAME, ledger.CSV_NAME, ledger.JSONLD_NAME)
        if (paths.exports_dir() / name).is_file()
    ]
    folder = paths.shown(paths.exports_dir())
    lines = [
        f"Built {len(built)} notebook(s){took}: {', '.join(p.stem for p in built)}",
        f"Exported {len(exports)} files for {len(charts)} chart(s) to {folder}/: " + ", ".join(charts),
        f"Gallery and ledger in {folder}/: {', '.join(shared) or 'none'}",
        f"Claims ledger (gathered from data/processed/<story>/claims.csv): {ledger.tally(entries)}",
    ]
    lines += [
        f"  {entry.claim_id:<24} {entry.verdict}"
        + ("" if entry.own else f"  (said by {', '.join(entry.speakers)}: not counted as the article's)")
        for entry in entries
    ]
    if drafts:
        lines.append("Drafts on example data (never published): " + ", ".join(e.claim_id for e in drafts))
    if ledger.review_url() == ledger.PLACEHOLDER_URL:
        lines.append("Note: the JSON-LD names a placeholder page; set KIT_REVIEW_URL before publishing it.")
    if not os.environ.get(ledger.REVIEW_DATE, "").strip():
        lines.append(
            f"Note: the JSON-LD reviews have no publication date yet; set {ledger.REVIEW_DATE}=YYYY-MM-DD (the day "
            "you publish them) before publishing."
        )
    return "\n".join(lines)
