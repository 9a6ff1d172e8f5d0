"""The build: check the raw data, execute the notebooks headless, write the gallery, report what was produced.

Each statistic notebook writes its own tidy data to `data/processed/`, registers its claims in the ledger
and exports its figures; they are independent, so they run side by side (`JOBS` at a time). The ledger
notebooks (`00_*`) gather what the others produce, so they run after them. Notebooks run from their jupytext
`.py` files (the reviewed source); a failing cell stops the build, naming the notebook, the cell and the error.
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

from kit import claims, data, files, gallery, ledger, paths
from kit.errors import BuildError, DataError

CELL_TIMEOUT = 600  # seconds
KERNEL = "python3"
README_FIGURES = ("ai-vibrancy-ranking",)  # web PNGs copied to docs/ for the README
GATHERER_PREFIX = "00_"  # notebooks that read what the others produce (the claims ledger) run last
# Notebooks run side by side, two at a time: measured on the 2-core machine, 2 at a time is faster than 1
# (see README, "Tests and speed"); more than the cores only adds contention.
JOBS = max(1, min(2, os.cpu_count() or 1))


def notebooks(selected: Sequence[str] = ()) -> list[Path]:
    """The story notebooks (`notebooks/NN_*.py`) in order, or those whose names start with `selected`."""
    found = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.py"))
    if not selected:
        return found
    chosen = [path for path in found if any(path.stem.startswith(s) for s in selected)]
    if len(chosen) < len(set(selected)) or not chosen:
        raise BuildError(
            f"No notebook matches {', '.join(selected)}.",
            where=paths.shown(paths.NOTEBOOKS),
            fix=f"name one of {[path.stem for path in found]} (a prefix such as 01 is enough).",
        )
    return chosen


def preflight() -> None:
    """Refuse to build on raw data that fails its checksum or schema."""
    problems = data.check_all(thorough=False)
    if problems:
        raise DataError(
            f"{len(problems)} raw data problem(s); nothing was built.\n\n"
            + "\n\n".join(str(problem) for problem in problems),
            fix="deal with each problem as its own Fix says, then build again.",
        )


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
    """Execute the notebooks (statistics `jobs` at a time, then the ledger notebooks), storing their outputs
    in the `.ipynb` when `store`; then write the gallery. Returns the notebooks run, in order."""
    preflight()
    chosen = notebooks(selected)
    stories = [path for path in chosen if not path.stem.startswith(GATHERER_PREFIX)]
    gatherers = [path for path in chosen if path.stem.startswith(GATHERER_PREFIX)]
    total = sum(cell.cell_type == "code" for path in chosen for cell in jupytext.read(path).cells)
    with tqdm(total=total, unit="cell", desc="notebooks", dynamic_ncols=True) as progress:
        run_all(stories, progress, store, jobs)
        run_all(gatherers, progress, store, 1)
    gallery.write()
    if not selected:
        refresh_readme_figures()
    return stories + gatherers


def run_all(scripts: Sequence[Path], progress: tqdm, store: bool, jobs: int) -> None:
    """Run notebooks `jobs` at a time; after a failure no further notebook starts, and the first failure
    (in notebook order) is raised once the running ones have finished."""
    running: list[str] = []

    def run(path: Path) -> None:
        running.append(path.stem)
        progress.set_description(", ".join(running))
        try:
            executed = execute(path, progress)
            if store:
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
    """Copy the README's showcase charts (web PNG) from the exports to `docs/`."""
    for slug in README_FIGURES:
        exported = paths.exports_dir() / slug / f"{slug}.web.png"
        if exported.exists():
            files.write_bytes(paths.ROOT / "docs" / f"{slug}.png", exported.read_bytes())


def summary(built: Sequence[Path], seconds: float | None = None) -> str:
    """One screen: the notebooks run, the figures exported, the gallery and ledger files, each claim's verdict."""
    exports = sorted(p for p in paths.exports_dir().glob("*/*") if p.is_file())
    charts = sorted({p.parent.name for p in exports})
    entries = ledger.entries()
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
        f"Claims ledger {paths.shown(paths.processed_dir() / claims.LEDGER_NAME)}: {ledger.tally(entries)}",
    ]
    lines += [f"  {entry.claim_id:<24} {entry.verdict}" for entry in entries]
    if ledger.review_url() == ledger.PLACEHOLDER_URL:
        lines.append("Note: the JSON-LD names a placeholder page; set KIT_REVIEW_URL before publishing it.")
    return "\n".join(lines)
