"""The build: refuses damaged data before running anything, orders its work from the stories' declarations
(every story, then the ledger notebook, then the gallery; each chart in the other languages once its story
has run), and names the notebook and cell that fail."""

from __future__ import annotations

import dataclasses
import threading
import time

import jupytext
import pytest
from tqdm import tqdm

from kit import __main__ as cli
from kit import build, data, gallery, ledger, paths, story
from kit.errors import BuildError, DataError
from kit.stories.gpu_gap import STORY as GPUS


def test_damaged_raw_data_stops_the_build_before_any_notebook_runs(data_copy, monkeypatch, capsys):
    path = data.path_of("gvt_2025_pillar_scores")
    path.write_text(path.read_text().replace("Russia,RUS,Talent,34.2154", "Russia,RUS,Talent,54.2154"))
    monkeypatch.setattr(build, "execute", lambda *a, **k: pytest.fail("a notebook ran on damaged data"))
    assert cli.main(["build"]) == 1
    message = capsys.readouterr().err
    assert "1 problem(s) in the data or the stories' declarations; nothing was built" in message
    assert "pillar_scores.csv" in message and "git checkout --" in message


def test_check_reports_healthy_data_and_stories(capsys):
    assert cli.main(["check"]) == 0
    out = capsys.readouterr().out
    assert f"All {len(data.names())} raw files match" in out and f"{len(story.stories())} stories" in out


def test_a_stale_translation_stops_the_build_before_any_notebook_runs(tmp_path, monkeypatch, capsys):
    """A story that publishes uk and ru: its English edited since the translations were stamped."""
    import shutil

    from kit import i18n

    own = GPUS.folder / "locales"
    shutil.copytree(own, tmp_path / "locales")
    english = tmp_path / "locales" / "en.ftl"
    text = english.read_text(encoding="utf-8")
    key = next(line.split(" = ")[0] for line in text.splitlines() if line.startswith("gpu-") and " = " in line)
    english.write_text(text.replace(f"{key} = ", f"{key} = Edited: ", 1), encoding="utf-8")
    catalogs = i18n.catalog_files
    monkeypatch.setattr(i18n, "catalog_files", lambda language: [
        tmp_path / "locales" / path.name if path.parent == own else path for path in catalogs(language)
    ])
    monkeypatch.setattr(build, "execute", lambda *a, **k: pytest.fail("a notebook ran with a stale translation"))
    i18n.forget()
    try:
        assert cli.main(["build", "gpu_gap"]) == 1
        assert cli.main(["check"]) == 1
    finally:
        i18n.forget()
    message = capsys.readouterr().err
    for language in ("uk", "ru"):
        assert f"({language}) text {key!r} is stale" in message and f"--stamp {language} -- {key}" in message


def test_kit_test_names_what_to_fix_a_failing_test_or_a_failed_build(tmp_path, monkeypatch, capsys):
    """`kit test <story>`: the story's build (stubbed here), then its tests; what fails is named with the command
    that shows the details."""
    (tmp_path / "tests" / "stories").mkdir(parents=True)
    (tmp_path / "tests" / "stories" / "test_gpu_gap.py").write_text(
        "def test_sound():\n    assert 1 + 1 == 2\n\n\ndef test_broken():\n    assert 2 + 2 == 5\n"
    )
    monkeypatch.setattr(paths, "ROOT", tmp_path)
    monkeypatch.setattr(paths, "NOTEBOOKS", tmp_path)  # no stored notebook: nbval has nothing to run here
    built = []
    monkeypatch.setattr(build, "build", lambda names, jobs, gather: built.append((names, gather)))
    found = build.test("05")
    assert built == [(["gpu_gap"], False)]  # the story alone: no ledger notebook, no gallery
    assert len(found) == 1 and "1 test(s) failed" in found[0] and "test_gpu_gap.py::test_broken" in found[0]
    assert "pytest -q tests/stories/test_gpu_gap.py" in found[0]

    def failing(names, jobs, gather):
        raise BuildError("05_gpu_gap.py failed in cell 3", where="notebooks/05_gpu_gap.py", fix="correct it")

    monkeypatch.setattr(build, "build", failing)
    assert cli.main(["test", "gpu_gap"]) == 1
    err = capsys.readouterr().err
    assert "The build failed (nothing else was run)" in err and "failed in cell 3" in err and "Fix: correct it" in err


def notebooks_copy(tmp_path, monkeypatch, **replaced: str):
    """The notebooks folder copied to a scratch folder, some notebooks replaced by the given sources."""
    for path in paths.NOTEBOOKS.glob("*.py"):
        (tmp_path / path.name).write_text(replaced.get(path.stem, path.read_text()))
    monkeypatch.setattr(paths, "NOTEBOOKS", tmp_path)


@pytest.mark.integration  # a build
def test_a_failing_notebook_is_named_with_its_cell(tmp_path, monkeypatch, out_dirs):
    broken = "# %% [markdown]\n# A story\n\n# %%\nvalue = 1\n\n# %%\nvalue / 0\n"
    notebooks_copy(tmp_path, monkeypatch, **{GPUS.notebook: broken})
    with pytest.raises(BuildError) as error:
        build.build(["gpu_gap"])
    message = str(error.value)
    assert "05_gpu_gap.py failed in cell 3" in message and "ZeroDivisionError" in message


def test_unknown_stories_are_refused_with_the_choices():
    with pytest.raises(BuildError, match="No story matches '99'") as error:
        build.chosen(["99"])
    assert "gpu_gap" in error.value.fix


def test_stories_are_chosen_by_name_notebook_or_prefix():
    assert build.chosen(["gpu_gap"]) == build.chosen(["05"]) == build.chosen(["05_gpu_gap"]) == [GPUS]
    assert build.chosen() == story.stories()


def test_stored_notebooks_get_stable_cell_ids(tmp_path):
    script = tmp_path / "01_tiny.py"
    script.write_text("# %%\nprint('hello')\n")
    first = build.store_outputs(script, jupytext.read(script)).read_bytes()
    second = build.store_outputs(script, jupytext.read(script)).read_bytes()
    assert first == second and b'"id": "cell-00-' in first


def test_printed_text_is_stored_in_one_piece_however_the_kernel_sent_it(tmp_path):
    """A busy machine's kernel sends printed lines in more messages: the stored notebook must not change."""
    import nbformat

    script = tmp_path / "01_tiny.py"
    script.write_text("# %%\nprint('a')\nprint('b')\n")

    def executed(*pieces):
        notebook = jupytext.read(script)
        notebook.cells[0].outputs = [nbformat.v4.new_output("stream", name="stdout", text=text) for text in pieces]
        return notebook

    whole = build.store_outputs(script, executed("a\nb\n")).read_bytes()
    assert build.store_outputs(script, executed("a\n", "b\n")).read_bytes() == whole


def test_data_errors_and_build_errors_share_the_kit_base_class():
    assert issubclass(DataError, cli.KitError) and issubclass(BuildError, cli.KitError)


def fake_stories(tmp_path, monkeypatch, sources: dict[str, str]) -> None:
    """Stories whose notebooks are these sources (notebook name -> code), declaring nothing to publish, and a
    ledger notebook `00_gather`."""
    for name, source in sources.items():
        (tmp_path / f"{name}.py").write_text(f"# %%\nfrom pathlib import Path\n\n# %%\n{source}\n")
    fakes = [
        dataclasses.replace(GPUS, package=f"kit.stories.{name}", notebook=name, claims={}, charts={}, tables={})
        for name in sources
        if name != "00_gather"
    ]
    monkeypatch.setattr(paths, "NOTEBOOKS", tmp_path)
    monkeypatch.setattr(story, "stories", lambda: fakes)
    monkeypatch.setattr(ledger, "NOTEBOOK", "00_gather")


@pytest.mark.integration  # a build
def test_the_ledger_notebook_runs_after_every_story_whatever_the_names(tmp_path, monkeypatch, out_dirs):
    marks = tmp_path / "marks"
    marks.mkdir()
    sources = {name: f"import time; time.sleep(0.3); Path({str(marks / name)!r}).touch()" for name in ("zz_first", "b_second")}
    sources["00_gather"] = f"print(sorted(p.name for p in Path({str(marks)!r}).iterdir()))"
    fake_stories(tmp_path, monkeypatch, sources)
    seen = {}
    real_execute = build.execute

    def recording(path, *args):
        executed = real_execute(path, *args)
        seen[path.stem] = executed.cells[-1].outputs
        return executed

    monkeypatch.setattr(build, "execute", recording)
    built = build.build(jobs=2)
    assert [p.stem for p in built] == ["zz_first", "b_second", "00_gather"]  # the declarations' order, not names'
    assert seen["00_gather"][0]["text"] == "['b_second', 'zz_first']\n"
    assert (out_dirs[0] / gallery.PAGE_NAME).is_file()  # the gallery is written after every build


@pytest.mark.integration  # a build
def test_in_a_parallel_build_a_failure_is_named_and_the_ledger_notebook_does_not_run(tmp_path, monkeypatch, out_dirs):
    sources = {"01_fine": "value = 1", "02_broken": "{}['missing']"}
    sources["00_gather"] = "raise SystemExit('the ledger notebook ran after a failure')"
    fake_stories(tmp_path, monkeypatch, sources)
    with pytest.raises(BuildError) as error:
        build.build(jobs=2)
    message = str(error.value)
    assert "02_broken.py failed in cell 2" in message and "KeyError" in message and "ledger notebook" not in message


@pytest.mark.integration  # every story's claims recorded
def test_the_summary_names_each_articles_folder_every_verdict_and_how_to_publish(out_dirs):
    for each in story.stories():
        each.record(each.verdicts())
    text = build.summary([GPUS.notebook_path], 12.34)
    assert text.startswith("Built 1 notebook(s) in 12.3 s: 05_gpu_gap")
    assert f"\n{GPUS.article}: " in text and "gpu-gap                  accurate with caveats" in text
    assert "Preview: the JSON-LD is marked a draft" in text and "make publish" in text and "Drafts" not in text
    assert "companies-top100-tech    accurate with caveats  (said by UNN (Ukrainian National News), TSN" in text
    assert len(text.splitlines()) < 25  # one screen


def test_a_publishing_build_refuses_an_incomplete_record_before_running_anything(data_copy, monkeypatch, out_dirs, capsys):
    from articles_helper import set_record

    set_record(GPUS.article, {"reviewed": "PLACEHOLDER"})
    monkeypatch.setattr(build, "execute", lambda *a, **k: pytest.fail("a notebook ran for an unpublishable article"))
    assert cli.main(["build", "--publish"]) == 1
    message = capsys.readouterr().err
    assert f"The article {GPUS.article!r} cannot be published: `publishing.publisher.name` is missing" in message
    assert f"data/articles/{GPUS.article}/datapackage.json, publishing.reviewed" in message


def timed_step(log: list, lock: threading.Lock, name: str, fails: bool = False, seconds: float = 0.05):
    def run() -> None:
        with lock:
            log.append(("start", name))
        time.sleep(seconds)
        with lock:
            log.append(("end", name))
        if fails:
            raise ValueError(name)

    return run


def test_steps_run_after_what_they_follow_each_lane_at_its_own_pace():
    log, lock = [], threading.Lock()
    plan = [build.Job(name, timed_step(log, lock, name)) for name in ("a", "b")]
    plan.append(build.Job("c", timed_step(log, lock, "c", seconds=0.3)))
    plan.append(build.Job("gather", timed_step(log, lock, "gather"), after=["a", "b", "c"]))
    plan += [build.Job(f"a.{n}", timed_step(log, lock, f"a.{n}"), ["a"], "translations") for n in range(4)]
    build.run_jobs(plan, tqdm(disable=True), {"notebooks": 2, "translations": 2})
    at = {(kind, name): index for index, (kind, name) in enumerate(log)}
    assert at["start", "gather"] > max(at["end", name] for name in "abc")
    assert all(at["start", f"a.{n}"] > at["end", "a"] for n in range(4))
    assert at["start", "a.0"] < at["end", "c"]  # a translation runs beside the notebooks still running
    running, most = {"notebooks": 0, "translations": 0}, {"notebooks": 0, "translations": 0}
    for kind, name in log:
        lane = "translations" if "." in name else "notebooks"
        running[lane] += 1 if kind == "start" else -1
        most[lane] = max(most[lane], running[lane])
    assert most == {"notebooks": 2, "translations": 2}


def test_after_a_failing_step_nothing_new_starts_and_the_first_failure_is_raised():
    log, lock = [], threading.Lock()
    plan = [build.Job("a", timed_step(log, lock, "a", seconds=0.3))]
    plan.append(build.Job("b", timed_step(log, lock, "b", fails=True, seconds=0)))
    plan += [build.Job("c", timed_step(log, lock, "c")), build.Job("d", timed_step(log, lock, "d"), after=["a"])]
    with pytest.raises(ValueError, match="b"):
        build.run_jobs(plan, tqdm(disable=True), {"notebooks": 2})
    assert {name for kind, name in log if kind == "start"} == {"a", "b"}


@pytest.mark.integration  # a build
def test_the_build_exports_the_other_languages_itself_as_one_publish_would(tmp_path, monkeypatch, out_dirs):
    for each in story.stories():
        each.record(each.verdicts())  # the ledger notebook gathers every story's claims
    build.build(["gpu_gap"])
    built = {path.name: path.read_bytes() for path in GPUS.chart_folder("gpu-gap").iterdir()}
    assert {"gpu-gap.web.png", "gpu-gap.uk.web.png", "gpu-gap.ru.two-column.pdf"} <= set(built)
    monkeypatch.setenv("KIT_EXPORTS_DIR", str(tmp_path / "published"))
    GPUS.publish()  # in one process, every language at once, as in JupyterLab
    assert {path.name: path.read_bytes() for path in GPUS.chart_folder("gpu-gap").iterdir()} == built


@pytest.mark.integration  # a spawned export worker
def test_export_workers_are_spawned_not_forked_while_another_thread_runs(out_dirs):
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with build.translators(1) as pool:
            assert pool._mp_context.get_start_method() == "spawn"  # a fork could copy a lock another thread holds
            pool.submit(build.translate, "gpu_gap", "gpu-gap", "uk").result()
    finally:
        stop.set()
        other.join()
    assert (GPUS.chart_folder("gpu-gap") / "gpu-gap.uk.web.png").is_file()
