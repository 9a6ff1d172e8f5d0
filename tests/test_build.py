"""The build: refuses damaged data before running anything, orders its work from the stories' declarations
(every story, then the ledger notebook, then the gallery; each chart in the other languages once its story
has run), names the notebook and cell that fail, and redoes only what changed since it last ran (a step whose
inputs are unchanged and whose outputs are all there, unchanged, is skipped). Every story, chart and resource is
found by discovery."""

from __future__ import annotations

import contextlib
import dataclasses
import shutil
import threading
import time
from pathlib import Path

import jupytext
import pytest
from tqdm import tqdm

from kit import __main__ as cli
from kit import build, data, gallery, ledger, paths, steps, story
from kit.errors import BuildError, DataError

EVERY = story.stories()
FIRST = EVERY[0]
TRANSLATED = next((each for each in EVERY if len(each.languages) > 1), None)  # by the build


def own_sources() -> dict[str, str]:
    """Each resource only one story reads -> that story's name."""
    readers: dict[str, list[str]] = {}
    for each in EVERY:
        for name in each.sources:
            readers.setdefault(name, []).append(each.name)
    return {name: names[0] for name, names in readers.items() if len(names) == 1}


def changed_on_purpose(name: str) -> None:
    """Change a raw file's bytes but none of its values (Windows line endings), and record its new checksum."""
    path = data.path_of(name)
    path.write_bytes(path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    data.rehash(name)


def test_damaged_raw_data_stops_the_build_before_any_notebook_runs(data_copy, monkeypatch, capsys):
    name = FIRST.sources[0]
    path = data.path_of(name)
    path.write_bytes(path.read_bytes() + b"\n")
    monkeypatch.setattr(build, "execute", lambda *a, **k: pytest.fail("a notebook ran on damaged data"))
    assert cli.main(["build"]) == 1
    message = capsys.readouterr().err
    assert "1 problem(s) in the data or the stories' declarations; nothing was built" in message
    assert path.name in message and "git checkout --" in message


def test_check_reports_healthy_data_and_stories(capsys):
    assert cli.main(["check"]) == 0
    out = capsys.readouterr().out
    assert f"All {len(data.names())} raw files match" in out and f"{len(EVERY)} stories" in out


def test_a_stale_translation_stops_the_build_before_any_notebook_runs(tmp_path, monkeypatch, capsys, out_dirs):
    """A story that publishes uk and ru: its English edited since the translations were stamped."""
    from kit import i18n

    each = next(each for each in EVERY if {"uk", "ru"} <= set(each.languages))
    own = each.folder / "locales"
    shutil.copytree(own, tmp_path / "locales")
    english = tmp_path / "locales" / "en.ftl"
    text = english.read_text(encoding="utf-8")
    key = next(line.split(" = ")[0] for line in text.splitlines() if line[:1].isalpha() and " = " in line)
    english.write_text(text.replace(f"{key} = ", f"{key} = Edited: ", 1), encoding="utf-8")
    catalogs = i18n.catalog_files
    monkeypatch.setattr(i18n, "catalog_files", lambda language: [
        tmp_path / "locales" / path.name if path.parent == own else path for path in catalogs(language)
    ])
    monkeypatch.setattr(build, "execute", lambda *a, **k: pytest.fail("a notebook ran with a stale translation"))
    i18n.forget()
    try:
        assert cli.main(["build", each.name]) == 1
        assert cli.main(["check"]) == 1
    finally:
        i18n.forget()
    message = capsys.readouterr().err
    for language in ("uk", "ru"):
        assert f"({language}) text {key!r} is stale" in message and f"--stamp {language} -- {key}" in message


def test_kit_test_names_what_to_fix_a_failing_test_or_a_failed_build(tmp_path, monkeypatch, capsys):
    """`kit test <story>`: the story's build (stubbed here), then its tests; what fails is named with the command
    that shows the details."""
    tests = f"test_{FIRST.name}.py"
    (tmp_path / "tests" / "stories").mkdir(parents=True)
    (tmp_path / "tests" / "stories" / tests).write_text(
        "def test_sound():\n    assert 1 + 1 == 2\n\n\ndef test_broken():\n    assert 2 + 2 == 5\n"
    )
    monkeypatch.setattr(paths, "ROOT", tmp_path)
    monkeypatch.setattr(paths, "NOTEBOOKS", tmp_path)  # no stored notebook: nbval has nothing to run here
    built = []
    monkeypatch.setattr(build, "build", lambda names, jobs, gather: built.append((names, gather)))
    found = build.test(FIRST.notebook[:2])
    assert built == [([FIRST.name], False)]  # the story alone: no ledger notebook, no gallery
    assert len(found) == 1 and "1 test(s) failed" in found[0] and f"{tests}::test_broken" in found[0]
    assert f"pytest -q tests/stories/{tests}" in found[0]

    def failing(names, jobs, gather):
        raise BuildError(f"{FIRST.notebook}.py failed in cell 3", where=f"notebooks/{FIRST.notebook}.py", fix="correct it")

    monkeypatch.setattr(build, "build", failing)
    assert cli.main(["test", FIRST.name]) == 1
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
    notebooks_copy(tmp_path, monkeypatch, **{FIRST.notebook: broken})
    with pytest.raises(BuildError) as error:
        build.build([FIRST.name])
    message = str(error.value)
    assert f"{FIRST.notebook}.py failed in cell 3" in message and "ZeroDivisionError" in message


def test_unknown_stories_are_refused_with_the_choices():
    with pytest.raises(BuildError, match="No story matches '99'") as error:
        build.chosen(["99"])
    assert all(each.name in error.value.fix for each in EVERY)


def test_stories_are_chosen_by_name_notebook_or_prefix():
    last = EVERY[-1]
    prefix = next(last.notebook[:n] for n in range(1, len(last.notebook)) if
                  [each for each in EVERY if each.notebook.startswith(last.notebook[:n])] == [last])
    assert build.chosen([last.name]) == build.chosen([prefix]) == build.chosen([last.notebook]) == [last]
    assert build.chosen() == EVERY


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


def test_the_progress_counts_the_code_cells_jupytext_reads():
    for path in [each.notebook_path for each in EVERY] + [paths.NOTEBOOKS / f"{ledger.NOTEBOOK}.py"]:
        cells = jupytext.read(path).cells
        assert len(build.CODE_CELL.findall(path.read_text(encoding="utf-8"))) == sum(
            cell.cell_type == "code" for cell in cells
        ), path.name


def test_data_errors_and_build_errors_share_the_kit_base_class():
    assert issubclass(DataError, cli.KitError) and issubclass(BuildError, cli.KitError)


def fake_stories(tmp_path, monkeypatch, sources: dict[str, str]) -> None:
    """Stories whose notebooks are these sources (notebook name -> code), declaring nothing to publish, and a
    ledger notebook `00_gather`."""
    for name, source in sources.items():
        (tmp_path / f"{name}.py").write_text(f"# %%\nfrom pathlib import Path\n\n# %%\n{source}\n")
    fakes = [
        dataclasses.replace(FIRST, package=f"kit.stories.{name}", notebook=name, claims={}, charts={}, tables={},
                            readers={}, readme_figure=None)
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
def test_the_summary_names_each_articles_folder_every_verdict_and_how_to_publish(claims_recorded, out_dirs):
    shutil.copytree(claims_recorded, out_dirs[1], dirs_exist_ok=True)
    text = build.summary([FIRST.notebook_path], 12.34)
    assert text.startswith(f"Built 1 notebook(s) in 12.3 s: {FIRST.notebook}")
    assert f"\n{FIRST.article}: " in text and "Preview: the JSON-LD is marked a draft" in text
    assert "make publish" in text and "Drafts" not in text
    entries = ledger.entries()
    for entry in entries:  # each claim with its verdict, another outlet's wording attributed to it
        line = next(line for line in text.splitlines() if line.split()[:1] == [entry.claim_id])
        assert str(entry.verdict) in line and (entry.own or f"said by {', '.join(entry.speakers)}" in line)
    assert len(text.splitlines()) < 10 + len(entries)  # one screen


def test_a_publishing_build_refuses_an_incomplete_record_before_running_anything(data_copy, monkeypatch, out_dirs, capsys):
    from articles_helper import set_record

    set_record(FIRST.article, {"reviewed": "PLACEHOLDER"})
    monkeypatch.setattr(build, "execute", lambda *a, **k: pytest.fail("a notebook ran for an unpublishable article"))
    assert cli.main(["build", "--publish"]) == 1
    message = capsys.readouterr().err
    assert f"The article {FIRST.article!r} cannot be published: `publishing.publisher.name` is missing" in message
    assert f"data/articles/{FIRST.article}/datapackage.json, publishing.reviewed" in message


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
    plan += [build.Job(f"a.{n}", timed_step(log, lock, f"a.{n}"), ["a"], "exports") for n in range(4)]
    build.run_jobs(plan, tqdm(disable=True), {"notebooks": 2, "exports": 2})
    at = {(kind, name): index for index, (kind, name) in enumerate(log)}
    assert at["start", "gather"] > max(at["end", name] for name in "abc")
    assert all(at["start", f"a.{n}"] > at["end", "a"] for n in range(4))
    assert at["start", "a.0"] < at["end", "c"]  # an export runs beside the notebooks still running
    running, most = {"notebooks": 0, "exports": 0}, {"notebooks": 0, "exports": 0}
    for kind, name in log:
        lane = "exports" if "." in name else "notebooks"
        running[lane] += 1 if kind == "start" else -1
        most[lane] = max(most[lane], running[lane])
    assert most == {"notebooks": 2, "exports": 2}


def test_after_a_failing_step_nothing_new_starts_and_the_first_failure_is_raised():
    log, lock = [], threading.Lock()
    plan = [build.Job("a", timed_step(log, lock, "a", seconds=0.3))]
    plan.append(build.Job("b", timed_step(log, lock, "b", fails=True, seconds=0)))
    plan += [build.Job("c", timed_step(log, lock, "c")), build.Job("d", timed_step(log, lock, "d"), after=["a"])]
    with pytest.raises(ValueError, match="b"):
        build.run_jobs(plan, tqdm(disable=True), {"notebooks": 2})
    assert {name for kind, name in log if kind == "start"} == {"a", "b"}


@pytest.mark.integration  # a build
@pytest.mark.skipif(TRANSLATED is None, reason="no story is built in more than one language")
def test_the_build_exports_every_language_itself_as_one_publish_would(tmp_path, monkeypatch, out_dirs):
    for each in EVERY:
        each.record(each.verdicts())  # the ledger notebook gathers every story's claims
    build.build([TRANSLATED.name])
    slug = next(iter(TRANSLATED.charts))
    built = {path.name: path.read_bytes() for path in TRANSLATED.chart_folder(slug).iterdir()}
    assert {f"{slug}.web.png", f"{slug}.uk.web.png", f"{slug}.ru.two-column.pdf"} <= set(built)
    monkeypatch.setenv("KIT_EXPORTS_DIR", str(tmp_path / "published"))
    TRANSLATED.publish()  # in one process, every language at once, as in JupyterLab
    assert {path.name: path.read_bytes() for path in TRANSLATED.chart_folder(slug).iterdir()} == built


@pytest.mark.integration  # a spawned export worker
def test_export_workers_are_spawned_not_forked_while_another_thread_runs(out_dirs):
    each = next(each for each in EVERY if len(each.languages) > 1)
    slug = next(iter(each.charts))
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        with build.exporters(1) as pool:
            assert pool._mp_context.get_start_method() == "spawn"  # a fork could copy a lock another thread holds
            pool.submit(build.publish_chart, each.name, slug, each.languages[1]).result()
    finally:
        stop.set()
        other.join()
    assert (each.chart_folder(slug) / f"{slug}.{each.languages[1]}.web.png").is_file()


def test_an_export_worker_computes_a_chart_once_for_every_language_it_exports(monkeypatch, out_dirs):
    each = next(each for each in EVERY if each.facts and len(each.languages) > 1)
    slug = next(iter(each.charts))
    computed, chart = [], story.Story.chart
    monkeypatch.setattr(story.Story, "chart", lambda self, name: computed.append(name) or chart(self, name))
    build._ready()  # as a worker starts
    for language in each.languages:
        build.publish_chart(each.name, slug, language)
    assert computed == [slug]
    assert {path.name for path in each.chart_folder(slug).glob("*.json")} == {
        f"{slug}.json", *(f"{slug}.{language}.json" for language in each.languages[1:])
    }
    build._ready()  # the next build's worker computes it again
    build.publish_chart(each.name, slug, each.languages[0])
    assert computed == [slug, slug]


# -- a build redoes only what changed ---------------------------------------------------------------------


def test_a_steps_inputs_are_named_relative_to_their_folders_so_a_record_holds_wherever_they_are(tmp_path, monkeypatch):
    named = []
    for place in ("here", "there"):
        monkeypatch.setenv("KIT_PROCESSED_DIR", str(tmp_path / place / "processed"))
        monkeypatch.setenv("KIT_EXPORTS_DIR", str(tmp_path / place / "exports"))
        (tmp_path / place / "processed" / "a-story").mkdir(parents=True)
        (tmp_path / place / "processed" / "a-story" / "claims.csv").write_text("claim_id\n")
        inputs = steps.Inputs().folder(paths.processed_dir()).folder(paths.exports_dir())
        named.append(inputs.parts)
        assert not [name for name in inputs.parts if str(tmp_path) in name or str(paths.ROOT) in name]
    assert named[0] == named[1]


def test_a_storys_inputs_are_the_machinery_its_own_code_catalogs_notebook_and_data_and_no_other_storys():
    from kit import i18n

    for each in EVERY:
        parts = build.story_inputs(build.declaration(each), i18n.languages()).parts
        own = f"kit/stories/{each.name}/"
        theirs = [name for name in parts if name.startswith("kit/stories/") and name.count("/") > 2]
        assert theirs and all(name.startswith(own) for name in theirs), each.name
        assert {f"{own}__init__.py", f"{own}locales/en.ftl", "kit/story.py", f"notebooks:{each.notebook}.py"} <= set(parts)
        assert {steps.label(data.path_of(name)) for name in each.sources} <= set(parts)


@dataclasses.dataclass
class Ran:
    """What a build ran, observed: notebooks executed, charts exported in each language, pages written."""

    notebooks: list[str] = dataclasses.field(default_factory=list)
    exports: list[str] = dataclasses.field(default_factory=list)
    pages: list[str] = dataclasses.field(default_factory=list)

    def steps(self) -> set[str]:
        return {*self.notebooks, *self.pages}


@pytest.fixture
def rebuilt(full_build, tmp_path, monkeypatch):
    """A copy of a complete build's outputs and records to build again, with the notebooks folder copied beside
    it; running a notebook, exporting a chart in another language and writing the pages are observed (and stubbed:
    what is tested is what runs, the outputs are the complete build's)."""
    from kit.reader import page

    root = tmp_path / "outputs"
    shutil.copytree(full_build, root, symlinks=True)
    monkeypatch.setenv("KIT_EXPORTS_DIR", str(root / "exports"))
    monkeypatch.setenv("KIT_PROCESSED_DIR", str(root / "processed"))
    notebooks = tmp_path / "notebooks"
    shutil.copytree(paths.NOTEBOOKS, notebooks)
    monkeypatch.setattr(paths, "NOTEBOOKS", notebooks)
    ran = Ran()

    def executed(path, *args, **kwargs):
        ran.notebooks.append(Path(path).stem)
        return jupytext.read(path.with_suffix(".ipynb"))  # as stored by the complete build

    def exported(pool, progress, name, slug, language):
        return lambda: ran.exports.append(f"{slug}.{language}")

    @contextlib.contextmanager
    def no_workers(count):
        yield object() if count else None

    monkeypatch.setattr(build, "execute", executed)
    monkeypatch.setattr(build, "export_step", exported)
    monkeypatch.setattr(build, "exporters", no_workers)
    monkeypatch.setattr(gallery, "write", lambda publish=False: ran.pages.append("galleries"))
    monkeypatch.setattr(page, "write", lambda folder, article: ran.pages.append(f"reader page of {article}") or [])
    return ran


def build_again(**options) -> build.Built:
    return build.build([each.name for each in EVERY], **options)  # as the complete build was: by name


@pytest.mark.integration  # a complete build, shared
def test_a_build_with_nothing_changed_runs_nothing_and_changes_no_file(rebuilt, tmp_path, capsys):
    before = {path: path.stat().st_mtime_ns for path in (tmp_path / "outputs").rglob("*") if path.is_file()}
    built = build_again()
    assert rebuilt == Ran() and list(built) == []
    assert set(built.skipped) >= {each.notebook for each in EVERY} | {ledger.NOTEBOOK, "galleries"}
    said = capsys.readouterr().out.splitlines()
    assert all(f"{name}: {build.UP_TO_DATE}" in said for name in built.skipped)  # each with why
    after = {path: path.stat().st_mtime_ns for path in (tmp_path / "outputs").rglob("*") if path.is_file()}
    assert after == before


@pytest.mark.integration  # a complete build, shared
def test_force_runs_every_step_again(rebuilt):
    built = build_again(force=True)
    assert rebuilt.notebooks == [each.notebook for each in EVERY] + [ledger.NOTEBOOK]
    assert "galleries" in rebuilt.pages and not built.skipped
    expected = [f"{slug}.{language}" for each in EVERY for language in each.languages for slug in each.charts]
    assert sorted(rebuilt.exports) == sorted(expected)


@pytest.mark.integration  # a complete build, shared
def test_a_raw_file_changed_on_purpose_reruns_its_story_and_its_articles_pages_only(rebuilt, data_copy):
    name, owner = next(iter(own_sources().items()))
    changed_on_purpose(name)
    built = build_again()
    (each,) = [each for each in EVERY if each.name == owner]
    readers = {f"reader page of {other.article}" for other in EVERY if other.readers and other.article == each.article}
    assert rebuilt.steps() == {each.notebook, ledger.NOTEBOOK, "galleries", *readers}
    assert set(built.skipped) == {other.notebook for other in EVERY if other is not each}
    again = Ran()
    rebuilt.__dict__.update(again.__dict__)
    build_again()
    assert rebuilt == again  # and then it is up to date


@pytest.mark.integration  # a complete build, shared
def test_a_raw_file_changed_without_its_checksum_recorded_is_refused_even_when_all_is_up_to_date(rebuilt, data_copy):
    name = next(iter(own_sources()))
    path = data.path_of(name)
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    with pytest.raises(DataError, match="has changed since it was described"):
        build_again()
    assert rebuilt == Ran()


@pytest.mark.integration  # a complete build, shared
def test_an_output_deleted_or_edited_reruns_the_step_that_wrote_it(rebuilt):
    first, last = EVERY[0], EVERY[-1]
    chart = first.chart_folder(next(iter(first.charts)))
    next(chart.iterdir()).unlink()
    claims = last.output_dir() / "claims.csv"
    claims.write_bytes(claims.read_bytes() + b"\n")
    gallery_page = paths.exports_dir() / gallery.PAGE_NAME
    gallery_page.write_text(gallery_page.read_text(encoding="utf-8") + " ", encoding="utf-8")
    build_again()
    assert {first.notebook, last.notebook} <= set(rebuilt.notebooks)
    assert not {each.notebook for each in EVERY[1:-1]} & set(rebuilt.notebooks)
    assert "galleries" in rebuilt.pages


def test_a_build_into_other_folders_leaves_the_stored_notebooks_alone(tmp_path, monkeypatch):
    """A scratch build (a test's, with other exports) once rewrote the ledger notebook's stored outputs in the
    project with what its scratch folders gave."""
    script = tmp_path / "99_example.py"
    script.write_text("# %%\nprint(1)\n", encoding="utf-8")
    monkeypatch.setattr(build, "execute", lambda path, *args, **kwargs: jupytext.read(path))
    monkeypatch.setenv("KIT_EXPORTS_DIR", str(tmp_path / "exports"))
    build.notebook_step(script, progress=None)()
    assert not script.with_suffix(".ipynb").exists()
    monkeypatch.delenv("KIT_EXPORTS_DIR")
    monkeypatch.delenv("KIT_PROCESSED_DIR", raising=False)
    build.notebook_step(script, progress=None)()
    assert script.with_suffix(".ipynb").is_file()
