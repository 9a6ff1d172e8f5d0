"""Is the build faster with notebooks side by side? Times the statistic notebooks run one at a time and
`--jobs 2` at a time (`.venv/bin/python benchmarks/build_jobs.py [COPIES]`); prints a table.

While few statistic notebooks exist, each is run COPIES times (default 4) as stand-ins for the stories to
come; every copy writes to its own scratch folders, so copies do not share files. Serial and parallel runs
alternate, so a change in the machine's load hits both alike.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import jupytext
import nbformat

from tqdm import tqdm

from kit import build, paths, story

ROUNDS = 4


def stand_ins(folder: Path, copies: int) -> list[Path]:
    """Copies of the statistic notebooks, each first redirecting its outputs to a folder of its own."""
    stories = [each.notebook_path for each in story.stories()]
    made = []
    for index in range(copies):
        source = stories[index % len(stories)]
        notebook = jupytext.read(source)
        redirect = (
            "import os\n"
            f"for name in ('KIT_EXPORTS_DIR', 'KIT_PROCESSED_DIR'):\n"
            f"    os.environ[name] = os.path.join(os.environ[name], 'copy-{index}')"
        )
        notebook.cells.insert(0, nbformat.v4.new_code_cell(redirect))
        target = folder / f"{index + 1:02d}_{source.stem}.py"
        jupytext.write(notebook, target, fmt="py:percent")
        made.append(target)
    return made


def main(copies: int) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        os.environ["KIT_EXPORTS_DIR"] = str(folder / "exports")
        os.environ["KIT_PROCESSED_DIR"] = str(folder / "processed")
        scripts = stand_ins(folder, copies)
        paths.NOTEBOOKS = folder  # run from here; imports still come from the installed kit
        times: dict[int, list[float]] = {1: [], 2: []}
        for _ in range(ROUNDS):
            for jobs, seconds in times.items():
                with open(os.devnull, "w") as quiet:
                    progress = tqdm(total=0, file=quiet)
                    start = time.perf_counter()
                    plan = [build.Job(path.stem, build.notebook_step(path, progress)) for path in scripts]
                    build.run_jobs(plan, progress, {"notebooks": jobs})
                    seconds.append(time.perf_counter() - start)
    print(f"{copies} notebooks, {ROUNDS} rounds, {os.cpu_count()} cores, load at the end {os.getloadavg()[0]:.1f}")
    print("| notebooks at a time | median | runs |\n|---|---|---|")
    for jobs, seconds in times.items():
        print(f"| {jobs} | {statistics.median(seconds):.1f} s | {', '.join(f'{s:.1f}' for s in seconds)} |")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 4)
