"""The build command: refuses damaged data before running anything; names the notebook and cell that fail."""

from __future__ import annotations

import pytest

from kit import __main__ as cli
from kit import build, data, paths
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
