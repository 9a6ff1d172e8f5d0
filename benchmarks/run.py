"""Speed measurements for the kit (run with `make bench`); prints a table. Timings, not tests.

- widget redraw: for every explorer of every story (found by discovery), each control changed in turn to a view
  not seen before -> the new chart on screen, as the image the widget shows (2x preview, web width; and one-column
  width, as a phone gets it), and, where a simulation not run yet shows a first look of it first, -> the whole
  result; and a 1,000,000-draw simulation not run yet -> its first result on screen
- Monte-Carlo ranks (the composite-index engine on the AI vibrancy index): 100,000 and 1,000,000 random
  weightings x 36 countries, peak memory, and a plain Python loop over the same 100,000 weightings
- export: every declared chart to every format and width
- cold start: a fresh process importing the kit and drawing its first chart
- catalogs: each language's Fluent catalogs parsed, against read back from the parse cache; and a fresh process
  loading every language's catalogs, with an empty cache and with the cache filled
- build, as ratios to a full build in the same run (in a copy of the project, benchmarks/rebuild.py): a rebuild with
  nothing changed, a rebuild after one story's raw file changed, the full build in English only (`KIT_LANGS=en`)
  against all three languages, and the naive way (`jupyter nbconvert --execute` on each notebook in turn)
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

import ipywidgets as widgets
import numpy as np
from fluent.syntax import FluentParser

import rebuild  # benchmarks/rebuild.py, beside this file
from kit import composite, export, i18n, ledger, story
from kit.stories.ai_vibrancy import compute as vibrancy
from kit.stories.ai_vibrancy import explore as vibrancy_explore
from kit.widgets import Picker

CHANGES = 20  # per control
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


def variations(control: widgets.ValueWidget, count: int) -> list:
    """`count` values a reader could give this control, each different from the one before."""
    if isinstance(control, widgets.Checkbox):
        return [i % 2 == 0 for i in range(count)]
    if isinstance(control, widgets.FloatLogSlider):
        exponents = np.linspace(control.min, control.max, count)
        return [float(control.base**e) for e in exponents]
    if isinstance(control, widgets.IntSlider | widgets.FloatSlider):
        values = np.linspace(control.min, control.max, count)
        return [type(control.value)(round(v / control.step) * control.step) for v in values]
    options = [o[1] if isinstance(o, tuple) else o for o in control.options]
    if isinstance(control, widgets.SelectMultiple | Picker):
        size = lambda i: 2 + i % min(7, max(1, len(options) - 1))  # noqa: E731
        return [tuple(options[(i + j) % len(options)] for j in range(size(i))) for i in range(count)]
    return [options[i % len(options)] for i in range(count)]


def widget_latency() -> list[str]:
    """Each control's change until the new chart is on screen (a simulation not run yet first shows the result of
    its first draws: then also until the whole result is)."""
    lines = []
    for each in story.stories():
        for name, factory in each.explorers.items():
            for control_name in factory().controls:
                explorer = factory()  # every control from the explorer's first state
                control = explorer.controls[control_name]
                shown, show = [], explorer._show
                explorer._show = lambda chart, picture: shown.append(time.perf_counter()) or show(chart, picture)
                first, whole, looks = [], [], 0
                for value in variations(control, CHANGES):
                    shown.clear()
                    start = time.perf_counter()
                    new_view(explorer, control, value)
                    whole.append(time.perf_counter() - start)
                    first.append((shown[0] if shown else time.perf_counter()) - start)
                    looks += len(shown) > 1
                where = f"widget {each.name} / {name}: {control_name}"
                lines.append(row(f"{where} -> new chart on screen (2x)", first, "median < 100 ms"))
                if looks:
                    lines.append(row(f"{where} -> its whole result ({looks} of {CHANGES} after a first look)", whole))
    return lines + [narrow_latency(), revisit_latency(), first_look()]


def new_view(explorer, control, value) -> None:
    """A change to `value`, drawn as a view never seen (the explorer's cache of seen views emptied first)."""
    explorer.forget()
    control.value = value


def revisit_latency() -> str:
    """Going back to a view seen before (a control put back, a checkbox toggled twice): from the explorer's cache."""
    explorer = vibrancy_explore.reweight_index()
    control = next(iter(explorer.controls.values()))
    values = [control.value + 0.5, control.value] * (CHANGES // 2)
    control.value = values[0]
    return row("widget, back to a view seen before (from the explorer's cache)", timings(lambda v: setattr(control, "value", v), values))


def narrow_latency() -> str:
    """A phone's one-column chart: every explorer's first control, changed in turn."""
    seconds = []
    for each in story.stories():
        for factory in each.explorers.values():
            explorer = factory()
            explorer.narrow.value = True
            control = next(iter(explorer.controls.values()))
            seconds += timings(lambda v: new_view(explorer, control, v), variations(control, CHANGES // 2))
    return row("widget, any explorer's first control -> new one-column chart (2x), as on a phone", seconds, "median < 100 ms")


def first_look() -> str:
    """A change that starts a 1,000,000-draw simulation: until its first result is on screen."""
    seconds = []
    for run in range(3):
        explorer = vibrancy_explore.rank_robustness()
        shown, show = [], explorer._show
        explorer._show = lambda chart, picture: shown.append(time.perf_counter()) or show(chart, picture)
        start = time.perf_counter()
        explorer.set_state({"draws": 1_000_000, "concentration": 3.0 + run})  # a simulation not run yet
        seconds.append(shown[0] - start)
    return row("robustness: 1,000,000 draws, not run yet -> first result on screen", seconds, "< 1 s")


def python_loop_counts(draws: int, concentration: float | None, seed: int) -> np.ndarray:
    """The simulation's rank counts, one weighting at a time in plain Python (the baseline)."""
    index = vibrancy.index()
    table = index.scores.to_numpy().tolist()
    n = len(table)
    counts = [[0] * n for _ in range(n)]
    for chunk in index.random_weightings(draws, concentration, seed):
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
        f"| Monte-Carlo peak memory, 1,000,000 weightings (chunks of {composite.CHUNK:,}) | 1 | "
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
    every = [each.chart(slug) for each in story.stories() for slug in each.charts]
    with tempfile.TemporaryDirectory() as folder:
        export_times = timings(lambda i: export.export(every[i], folder=os.path.join(folder, str(i))), range(len(every)))
    first = story.stories()[0]

    def fresh(code: str) -> list[float]:
        return timings(lambda _: subprocess.run([sys.executable, "-c", code], check=True), range(5))

    cold = fresh(f"from kit import story; story.get({first.name!r}).chart({next(iter(first.charts))!r}).png()")
    floor = fresh("import pandas, matplotlib.figure, matplotlib.backends.backend_agg")
    return [
        row(f"export one chart: 3 widths x PNG/SVG/PDF + CSV + alt text (each of the {len(every)} charts)", export_times,
            "median < 1 s"),
        row("cold start: import kit + first chart (2x PNG), fresh process", cold,
            f"< 1 s; the kit's own share: {statistics.median(cold) - statistics.median(floor):.2f} s"),
        row("of which pandas and matplotlib: importing them alone, fresh process", floor),
    ]


def catalogs() -> list[str]:
    """Parsing each language's catalogs against reading the parse back from the cache, and a fresh process that
    loads every language, with the cache empty (parses, then writes the cache) and filled."""
    lines = []
    with tempfile.TemporaryDirectory() as folder:
        os.environ["KIT_CACHE_DIR"] = folder
        for language in i18n.LANGUAGES:
            texts = [path.read_text(encoding="utf-8") for path in i18n.catalog_files(language)]
            parse = timings(lambda _: [FluentParser(with_spans=False).parse(text) for text in texts], range(5))
            [i18n._parsed(text) for text in texts]  # fills the cache
            cached = timings(lambda _: [i18n._parsed(text) for text in texts], range(5))
            lines.append(row(f"catalogs in {language} ({len(texts)} files): parsed", parse))
            lines.append(row(f"catalogs in {language}: read back from the cache", cached))
        del os.environ["KIT_CACHE_DIR"]
        code = "from kit import i18n; [i18n._bundle(language) for language in i18n.LANGUAGES]"
        runs = {"empty": [], "filled": []}
        for run in range(5):
            for cache in runs:
                where = os.path.join(folder, f"empty-{run}") if cache == "empty" else os.path.join(folder, "filled")
                env = {**os.environ, "KIT_CACHE_DIR": where}
                start = time.perf_counter()
                subprocess.run([sys.executable, "-c", code], check=True, env=env)
                runs[cache].append(time.perf_counter() - start)
    lines.append(row("fresh process loading every language's catalogs, cache empty", runs["empty"]))
    lines.append(row("fresh process loading every language's catalogs, cache filled", runs["filled"]))
    return lines


def build_ratios() -> list[str]:
    """In a copy of the project (see benchmarks/rebuild.py): a full build of every story in every language, then
    what a rebuild costs against it (nothing changed; one story's raw file changed), the full build in English only
    against all three languages (`--force` both, alternating), and the notebooks executed one by one with `jupyter
    nbconvert --execute`, the naive way."""
    names = [each.name for each in story.stories()]
    resource, owner = rebuild.one_storys_own_resource()
    english, every = [], []
    with tempfile.TemporaryDirectory() as scratch:
        root = rebuild.copy_of_the_project(Path(scratch))
        every.append(rebuild.kit(root, "build", *names))  # into empty folders: every step runs
        unchanged = [rebuild.kit(root, "build", *names) for _ in range(3)]
        one = []
        for windows in (True, False, True):  # each time a change to its bytes
            rebuild.change_the_raw_file(root, resource, windows)
            one.append(rebuild.kit(root, "build", *names))
        for _ in range(2):
            english.append(rebuild.kit(root, "build", "--force", *names, languages="en"))
            every.append(rebuild.kit(root, "build", "--force", *names))
        naive = naive_build(root)
    full = statistics.median(every)
    return [
        row(f"full build: {len(names)} stories, 3 languages, every step run", every),
        row("no-op rebuild: nothing changed, every step skipped", unchanged, f"{statistics.median(unchanged) / full:.1%} of "
            "a full build; target < 5%"),
        row(f"rebuild after one story's raw file changed ({resource}, read by {owner})", one,
            f"{statistics.median(one) / full:.0%} of a full build; target < 35%"),
        row("full build, English only (KIT_LANGS=en)", english,
            f"3 languages / English only: {full / statistics.median(english):.2f}x; target <= 1.3x"),
        row(f"naive: jupyter nbconvert --execute, {len(names) + 1} notebooks one by one", [naive],
            f"full build / naive: {full / naive:.2f}; target <= 0.6"),
    ]


def naive_build(root: Path) -> float:
    """Every notebook of the copy executed with `jupyter nbconvert --execute`, one after the other."""
    jupyter = Path(sys.executable).with_name("jupyter")
    notebooks = [root / "notebooks" / f"{each.notebook}.ipynb" for each in story.stories()]
    notebooks.append(root / "notebooks" / f"{ledger.NOTEBOOK}.ipynb")
    env = {**os.environ, "PYTHONPATH": str(root), "KIT_EXPORTS_DIR": str(root / "exports"),
           "KIT_PROCESSED_DIR": str(root / "processed")}
    start = time.perf_counter()
    for notebook in notebooks:
        subprocess.run([str(jupyter), "nbconvert", "--to", "notebook", "--execute", "--output-dir", str(root / "naive"),
                        str(notebook)], check=True, env=env, capture_output=True)
    return time.perf_counter() - start


SECTIONS = (widget_latency, monte_carlo, export_and_cold_start, catalogs, build_ratios)


def main(chosen: list[str]) -> None:
    """Every section, or those named (`benchmarks/run.py build_ratios`)."""
    unknown = set(chosen) - {section.__name__ for section in SECTIONS}
    if unknown:
        raise SystemExit(f"No section {sorted(unknown)}; the sections: {[section.__name__ for section in SECTIONS]}")
    print("| measurement | runs | median | p95 | target or note |\n|---|---|---|---|---|")
    for section in SECTIONS:
        if not chosen or section.__name__ in chosen:
            for line in section():
                print(line, flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
