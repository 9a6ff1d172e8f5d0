"""Speed measurements for the kit (run with `make bench`); prints a table. Timings, not tests.

- widget redraw: a change of selection or of one weight -> new chart as the PNG the widget shows
- export: one chart to every format and width
- cold start: a fresh process importing the kit and drawing its first chart
- build: `python -m kit build`, all notebooks, as `make figures` runs it
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

from kit import censorship, export, vibrancy, widgets

CHANGES = 50


def timings(action, values) -> list[float]:
    result = []
    for value in values:
        start = time.perf_counter()
        action(value)
        result.append(time.perf_counter() - start)
    return result


def row(name: str, seconds: list[float]) -> str:
    ordered = sorted(seconds)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"| {name} | {len(seconds)} | {statistics.median(seconds) * 1000:.0f} ms | {p95 * 1000:.0f} ms |"


def story_widget_timings() -> dict[str, list[float]]:
    """Redraw times of the explorers of notebooks 04-06."""
    shares = widgets.emigration_shares()
    buyers = widgets.compare_gpu_buyers()
    categories = widgets.compare_blocked_categories()
    ids = censorship.category_ids()
    return {
        "widget: number of emigrants -> new shares PNG": timings(
            lambda v: setattr(shares.controls["emigrants"], "value", v), [30_000 + 5_000 * i for i in range(CHANGES)]
        ),
        "widget: GPU per-year switch -> new log-scale PNG": timings(
            lambda v: setattr(buyers.controls["per_year"], "value", v), [i % 2 == 0 for i in range(CHANGES)]
        ),
        "widget: category selection -> new growth PNG": timings(
            lambda s: setattr(categories.controls["categories"], "value", s),
            [tuple(ids[i % 8 : i % 8 + 2 + i % 3]) for i in range(CHANGES)],
        ),
    }


def main() -> None:
    ranking = vibrancy.rank()["iso3"].tolist()
    compare = widgets.compare_countries()
    selections = [tuple(ranking[i % 30 : i % 30 + 2 + i % 7]) for i in range(CHANGES)]
    compare_times = timings(lambda s: setattr(compare.controls["countries"], "value", s), selections)

    reweight = widgets.reweight_index()
    pillars = list(reweight.controls)
    weight_changes = [(pillars[i % 7], round(0.05 * (i % 20), 2)) for i in range(CHANGES)]
    reweight_times = timings(lambda c: setattr(reweight.controls[c[0]], "value", c[1]), weight_changes)

    story_times = story_widget_timings()

    chart = vibrancy.ranking_chart()
    with tempfile.TemporaryDirectory() as folder:
        export_times = timings(lambda i: export.export(chart, folder=os.path.join(folder, str(i))), range(5))

    cold = []
    for _ in range(3):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "from kit import vibrancy; vibrancy.ranking_chart().png()"], check=True)
        cold.append(time.perf_counter() - start)

    build = []
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "KIT_EXPORTS_DIR": os.path.join(folder, "exports"),
            "KIT_PROCESSED_DIR": os.path.join(folder, "processed"),
        }
        for _ in range(2):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "kit", "build"], check=True, env=env, capture_output=True)
            build.append(time.perf_counter() - start)

    print("| measurement | runs | median | p95 |\n|---|---|---|---|")
    print(row("widget: change of country selection -> new chart PNG", compare_times))
    print(row("widget: change of one weight -> new ranking PNG", reweight_times))
    for name, seconds in story_times.items():
        print(row(name, seconds))
    print(row("export one chart: 3 widths x PNG/SVG/PDF + CSV + alt text", export_times))
    print(row("cold start: import kit + first chart, fresh process", cold))
    print(row("full build: python -m kit build (all notebooks)", build))


if __name__ == "__main__":
    main()
