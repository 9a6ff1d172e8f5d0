"""The build: check the raw data, execute every notebook headless in order, report what was produced.

Each notebook writes its own tidy data to `data/processed/`, registers its claims in the ledger and
exports its figures; the build runs them from their jupytext `.py` files (the reviewed source) and stops
at the first failing cell, naming the notebook, the cell and the error.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from pathlib import Path

import jupytext
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
from tqdm import tqdm

from kit import claims, data, files, paths
from kit.errors import BuildError, DataError

CELL_TIMEOUT = 600  # seconds
KERNEL = "python3"
README_FIGURES = ("ai-vibrancy-ranking",)  # web PNGs copied to docs/ for the README


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
        client.execute()
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


def build(selected: Sequence[str] = (), store: bool = False) -> list[Path]:
    """Execute the notebooks in order (storing their outputs in the `.ipynb` when `store`)."""
    preflight()
    chosen = notebooks(selected)
    total = sum(cell.cell_type == "code" for path in chosen for cell in jupytext.read(path).cells)
    with tqdm(total=total, unit="cell", desc="notebooks", dynamic_ncols=True) as progress:
        for path in chosen:
            progress.set_description(path.stem)
            executed = execute(path, progress)
            if store:
                store_outputs(path, executed)
    if not selected:
        refresh_readme_figures()
    return chosen


def refresh_readme_figures() -> None:
    """Copy the README's showcase charts (web PNG) from the exports to `docs/`."""
    for slug in README_FIGURES:
        exported = paths.exports_dir() / slug / f"{slug}.web.png"
        if exported.exists():
            files.write_bytes(paths.ROOT / "docs" / f"{slug}.png", exported.read_bytes())


def summary(built: Sequence[Path]) -> str:
    """One screen: the notebooks run, the figures exported, and each claim's verdict."""
    exports = sorted(p for p in paths.exports_dir().glob("*/*") if p.is_file())
    charts = sorted({p.parent.name for p in exports})
    ledger = claims.ledger()
    lines = [
        f"Built {len(built)} notebook(s): {', '.join(p.stem for p in built)}",
        f"Exported {len(exports)} files for {len(charts)} chart(s) to {paths.shown(paths.exports_dir())}/: "
        + ", ".join(charts),
        f"Claims ledger {paths.shown(paths.processed_dir() / claims.LEDGER_NAME)}:",
    ]
    lines += [f"  {row.claim_id:<24} {row.verdict}" for row in ledger.itertuples()]
    return "\n".join(lines)
