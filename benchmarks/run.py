"""Speed measurements for the kit (run with `make bench`); prints a table. Timings, not tests.

- widget redraw: a change of selection or of one weight -> the new chart as the PNG the widget shows
- Monte-Carlo ranks: 100,000 and 1,000,000 random weightings x 36 countries, peak memory, and a plain Python
  loop over the same 100,000 weightings for comparison
- export: one chart to every format and width
- cold start: a fresh process importing the kit and drawing its first chart
- build: `python -m kit build` (as `make figures` runs it) against executing the same notebooks one by one
  with `jupyter nbconvert --execute`, in the same run
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

from kit import build, censorship, export, vibrancy, widgets

CHANGES = 50
SIMULATION_RUNS = 5


def timings(action, values) -> list[float]:
    result = []
    for value in values:
        start = time.perf_counter()
        action(value)
        result.append(time.perf_counter() - start)
    return result


def row(name: str, seconds: list[float], target: str = "") -> str:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"| {name} | {len(seconds)} | {_duration(statistics.median(seconds))} | {_duration(p95)} | {target} |"


def _duration(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


def widget_latency() -> list[str]:
    ranking = vibrancy.rank()["iso3"].tolist()
    compare = widgets.compare_countries()
    selections = [tuple(ranking[i % 30 : i % 30 + 2 + i % 7]) for i in range(CHANGES)]
    compare_times = timings(lambda s: setattr(compare.controls["countries"], "value", s), selections)

    reweight = widgets.reweight_index()
    pillars = list(reweight.controls)
    weight_changes = [(pillars[i % 7], round(0.05 * (1 + i % 39), 2)) for i in range(CHANGES)]
    reweight_times = timings(lambda c: setattr(reweight.controls[c[0]], "value", c[1]), weight_changes)
    robustness = widgets.rank_robustness()
    shown = [tuple(ranking[: 36 - i % 30]) for i in range(CHANGES)]
    robustness_times = timings(lambda s: setattr(robustness.controls["countries"], "value", s), shown)
    target = "median < 100 ms"
    return [
        row("widget: change of country selection -> new chart PNG (2x)", compare_times, target),
        row("widget: change of one weight -> new ranking PNG (2x)", reweight_times, target),
        row("widget: countries shown -> new rank-range PNG (2x)", robustness_times, target),
        *(row(name, seconds, target) for name, seconds in story_widget_timings().items()),
    ]


def story_widget_timings() -> dict[str, list[float]]:
    """Redraw times of the explorers of notebooks 02-06."""
    seats, cutoff, lists = widgets.institution_seats(), widgets.institution_cutoff(), widgets.company_lists()
    variants = [value for _, value in seats.controls["variant"].options]
    choices = [value for _, value in lists.controls["lists"].options]
    shares = widgets.emigration_shares()
    buyers = widgets.compare_gpu_buyers()
    categories = widgets.compare_blocked_categories()
    ids = censorship.category_ids()
    return {
        "widget: counting variant -> new top-200 places PNG (2x)": timings(
            lambda v: setattr(seats.controls["variant"], "value", v),
            [variants[i % len(variants)] for i in range(CHANGES)],
        ),
        "widget: counting variant -> new cut-off PNG (2x)": timings(
            lambda v: setattr(cutoff.controls["variant"], "value", v),
            [variants[i % len(variants)] for i in range(CHANGES)],
        ),
        "widget: company list -> new companies-by-country PNG (2x)": timings(
            lambda v: setattr(lists.controls["lists"], "value", v), [choices[i % len(choices)] for i in range(CHANGES)]
        ),
        "widget: number of emigrants -> new shares PNG (2x)": timings(
            lambda v: setattr(shares.controls["emigrants"], "value", v), [30_000 + 5_000 * i for i in range(CHANGES)]
        ),
        "widget: GPU per-year switch -> new log-scale PNG (2x)": timings(
            lambda v: setattr(buyers.controls["per_year"], "value", v), [i % 2 == 0 for i in range(CHANGES)]
        ),
        "widget: category selection -> new growth PNG (2x)": timings(
            lambda s: setattr(categories.controls["categories"], "value", s),
            [tuple(ids[i % 8 : i % 8 + 2 + i % 3]) for i in range(CHANGES)],
        ),
    }


def python_loop_counts(draws: int, concentration: float | None, seed: int) -> np.ndarray:
    """The simulation's rank counts, one weighting at a time in plain Python (the baseline)."""
    table = vibrancy.pillar_scores().to_numpy().tolist()
    n = len(table)
    counts = [[0] * n for _ in range(n)]
    for chunk in vibrancy.random_weightings(draws, concentration, seed):
        for weights in chunk.tolist():
            scores = [sum(score * weight for score, weight in zip(row, weights, strict=True)) for row in table]
            order = sorted(range(n), key=scores.__getitem__, reverse=True)
            rank = 0
            for position, country in enumerate(order):
                if position and scores[country] != scores[order[position - 1]]:
                    rank = position
                counts[country][rank] += 1
    return np.array(counts)


def monte_carlo() -> list[str]:
    lines = []
    vibrancy.simulate_ranks(draws=1_000)  # data loaded, code warm
    for draws, target in ((100_000, "< 0.1 s"), (1_000_000, "< 1 s")):
        for concentration, kind in ((vibrancy.CONCENTRATION, "centred"), (None, "uniform")):
            times = timings(lambda _: vibrancy.simulate_ranks(draws, concentration), range(SIMULATION_RUNS))
            lines.append(row(f"Monte-Carlo ranks: {draws:,} {kind} weightings x 36 countries", times, target))
    tracemalloc.start()
    vibrancy.simulate_ranks(1_000_000)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    whole = 1_000_000 * 36 * 8
    lines.append(
        f"| Monte-Carlo peak memory, 1,000,000 weightings (chunks of {vibrancy.CHUNK:,}) | 1 | "
        f"{peak / 2**20:.1f} MiB | | one unchunked score matrix alone: {whole / 2**20:.0f} MiB |"
    )
    seed = vibrancy.SIMULATION_SEED
    start = time.perf_counter()
    looped = python_loop_counts(100_000, vibrancy.CONCENTRATION, seed)
    loop_time = time.perf_counter() - start
    vectorised = timings(lambda _: vibrancy.simulate_ranks(100_000, vibrancy.CONCENTRATION, seed), range(5))
    same = (looped == vibrancy.simulate_ranks(100_000, vibrancy.CONCENTRATION, seed).counts).all()
    lines.append(row("plain Python loop, the same 100,000 centred weightings", [loop_time]))
    lines.append(
        f"| speed-up of the vectorised simulation over the loop | | "
        f"{loop_time / statistics.median(vectorised):.0f}x | | >= 50x; rank counts identical: "
        f"{'yes' if same else 'NO'} |"
    )
    return lines


def export_and_cold_start() -> list[str]:
    chart = vibrancy.ranking_chart()
    with tempfile.TemporaryDirectory() as folder:
        export_times = timings(lambda i: export.export(chart, folder=os.path.join(folder, str(i))), range(5))
    cold = timings(
        lambda _: subprocess.run(
            [sys.executable, "-c", "from kit import vibrancy; vibrancy.ranking_chart().png()"], check=True
        ),
        range(3),
    )
    return [
        row("export one chart: 3 widths x PNG/SVG/PDF + CSV + alt text", export_times),
        row("cold start: import kit + first chart, fresh process", cold),
    ]


def build_against_naive() -> list[str]:
    """The kit's build against `jupyter nbconvert --execute` on each notebook in turn, alternating runs."""
    jupyter = Path(sys.executable).with_name("jupyter")
    kit_times, naive_times = [], []
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "KIT_EXPORTS_DIR": os.path.join(folder, "exports"),
            "KIT_PROCESSED_DIR": os.path.join(folder, "processed"),
        }
        for _ in range(2):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "kit", "build"], check=True, env=env, capture_output=True)
            kit_times.append(time.perf_counter() - start)
            start = time.perf_counter()
            for notebook in build.notebooks():
                subprocess.run(
                    [
                        str(jupyter),
                        "nbconvert",
                        "--to",
                        "notebook",
                        "--execute",
                        "--output-dir",
                        folder,
                        str(notebook.with_suffix(".ipynb")),
                    ],
                    check=True,
                    env=env,
                    capture_output=True,
                )
            naive_times.append(time.perf_counter() - start)
    ratio = min(kit_times) / min(naive_times)
    count = len(build.notebooks())
    return [
        row(f"full build: python -m kit build ({count} notebooks)", kit_times),
        row(f"naive: jupyter nbconvert --execute, {count} notebooks one by one", naive_times),
        f"| build time / naive time | | {ratio:.2f} | | <= 0.6 |",
    ]


def main() -> None:
    print("| measurement | runs | median | p95 | target or note |\n|---|---|---|---|---|")
    for section in (widget_latency, monte_carlo, export_and_cold_start, build_against_naive):
        for line in section():
            print(line, flush=True)


if __name__ == "__main__":
    main()
