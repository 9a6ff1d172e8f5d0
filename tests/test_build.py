"""The build command: refuses damaged data before running anything; names the notebook and cell that fail."""

from __future__ import annotations

import pytest

from kit import __main__ as cli
from kit import build, data, gallery, paths
from kit.errors import BuildError, DataError


def test_damaged_raw_data_stops_the_build_before_any_notebook_runs(data_copy, monkeypatch, capsys):
    path = data_copy / data.resource("gvt_2025_pillar_scores")["path"]
    path.write_text(path.read_text().replace("Russia,RUS,Talent,34.2154", "Russia,RUS,Talent,54.2154"))
    monkeypatch.setattr(build, "execute", lambda *a, **k: pytest.fail("a notebook ran on damaged data"))
    assert cli.main(["build"]) == 1
    message = capsys.readouterr().err
    assert "1 raw data problem(s); nothing was built" in message
    assert "pillar_scores.csv" in message and "git checkout --" in message


def test_check_reports_healthy_data(capsys):
    assert cli.main(["check"]) == 0
    assert f"All {len(data.names())} raw files match" in capsys.readouterr().out


def test_a_failing_notebook_is_named_with_its_cell(tmp_path, monkeypatch):
    (tmp_path / "01_broken.py").write_text("# %% [markdown]\n# A story\n\n# %%\nvalue = 1\n\n# %%\nvalue / 0\n")
    monkeypatch.setattr(paths, "NOTEBOOKS", tmp_path)
    with pytest.raises(BuildError) as error:
        build.build()
    message = str(error.value)
    assert "01_broken.py failed in cell 3" in message and "ZeroDivisionError" in message


def test_unknown_notebook_names_are_refused():
    with pytest.raises(BuildError, match="No notebook matches 99"):
        build.notebooks(["99"])


def test_notebooks_are_found_in_order():
    assert [p.stem for p in build.notebooks(["01"])] == ["01_ai_vibrancy"]


def test_stored_notebooks_get_stable_cell_ids(tmp_path):
    import jupytext

    script = tmp_path / "01_tiny.py"
    script.write_text("# %%\nprint('hello')\n")
    notebook = jupytext.read(script)
    first = build.store_outputs(script, notebook).read_bytes()
    second = build.store_outputs(script, jupytext.read(script)).read_bytes()
    assert first == second and b'"id": "cell-00-' in first


def test_data_errors_and_build_errors_share_the_kit_base_class():
    assert issubclass(DataError, cli.KitError) and issubclass(BuildError, cli.KitError)


def story(folder, name: str, source: str) -> None:
    (folder / f"{name}.py").write_text(f"# %%\nfrom pathlib import Path\n\n# %%\n{source}\n")


def test_the_ledger_notebook_runs_after_the_statistics_it_gathers(tmp_path, monkeypatch, out_dirs):
    marks = tmp_path / "marks"
    marks.mkdir()
    for name in ("01_first", "02_second", "03_third"):
        story(tmp_path, name, f"import time; time.sleep(0.3); Path({str(marks / name)!r}).touch()")
    story(tmp_path, "00_gather", f"print(sorted(p.name for p in Path({str(marks)!r}).iterdir()))")
    monkeypatch.setattr(paths, "NOTEBOOKS", tmp_path)
    seen = {}
    real_execute = build.execute

    def recording(path, progress=None):
        executed = real_execute(path, progress)
        seen[path.stem] = executed.cells[-1].outputs
        return executed

    monkeypatch.setattr(build, "execute", recording)
    built = build.build(jobs=2)
    assert [p.stem for p in built] == ["01_first", "02_second", "03_third", "00_gather"]
    assert seen["00_gather"][0]["text"] == "['01_first', '02_second', '03_third']\n"
    assert (out_dirs[0] / gallery.PAGE_NAME).is_file()  # the gallery is written after every build


def test_in_a_parallel_build_a_failure_is_named_and_the_ledger_notebook_does_not_run(tmp_path, monkeypatch, out_dirs):
    story(tmp_path, "01_fine", "value = 1")
    story(tmp_path, "02_broken", "{}['missing']")
    story(tmp_path, "00_gather", "raise SystemExit('the ledger notebook ran after a failure')")
    monkeypatch.setattr(paths, "NOTEBOOKS", tmp_path)
    with pytest.raises(BuildError) as error:
        build.build(jobs=2)
    message = str(error.value)
    assert "02_broken.py failed in cell 2" in message and "KeyError" in message and "ledger notebook" not in message


def test_the_summary_names_the_figures_the_gallery_and_every_verdict(out_dirs):
    from kit import claims, vibrancy

    claims.register(vibrancy.verdicts())
    text = build.summary([paths.NOTEBOOKS / "01_ai_vibrancy.py"], 12.34)
    assert text.startswith("Built 1 notebook(s) in 12.3 s: 01_ai_vibrancy")
    assert "vibrancy-rank            accurate with caveats" in text
    assert "2 accurate with caveats" in text and "set KIT_REVIEW_URL" in text
    assert len(text.splitlines()) < 25  # one screen
