"""Notebook hygiene: every .py has its .ipynb with the same cells and stored outputs free of machine detail."""

from __future__ import annotations

import re

import jupytext
import pytest

from kit import paths

STORIES = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.py"))
UNSTABLE = re.compile(r"/(?:work|tmp|home|root|Users)/|0x[0-9a-f]{8,}|\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}")


def test_there_are_notebooks():
    assert STORIES


@pytest.mark.parametrize("script", STORIES, ids=[p.stem for p in STORIES])
def test_each_py_and_ipynb_pair_holds_the_same_cells(script):
    paired = script.with_suffix(".ipynb")
    assert paired.exists(), f"{paired.name} is missing: run `make notebooks`"
    text, stored = jupytext.read(script), jupytext.read(paired)
    assert [(c.cell_type, c.source) for c in text.cells] == [(c.cell_type, c.source) for c in stored.cells], (
        f"{script.name} and {paired.name} differ: run `make notebooks` to re-execute and sync them"
    )
    assert text.metadata["jupytext"]["formats"] == "ipynb,py:percent"


@pytest.mark.parametrize("script", STORIES, ids=[p.stem for p in STORIES])
def test_stored_outputs_exist_and_hold_no_paths_addresses_or_timestamps(script):
    stored = jupytext.read(script.with_suffix(".ipynb"))
    code = [cell for cell in stored.cells if cell.cell_type == "code"]
    assert all(cell.execution_count for cell in code), "outputs are not stored: run `make notebooks`"
    for cell in code:
        for output in cell.outputs:
            texts = [output.get("text", "")] + [v for k, v in output.get("data", {}).items() if k.startswith("text/")]
            for text in texts:
                assert not UNSTABLE.search(text), f"unstable output in {script.name}: {UNSTABLE.search(text)[0]}"
    assert "widgets" not in stored.metadata  # live widget state is not stored


@pytest.mark.parametrize("script", STORIES, ids=[p.stem for p in STORIES])
def test_widget_cells_are_excluded_from_output_comparison(script):
    for cell in jupytext.read(script).cells:
        if cell.cell_type == "code" and "explore." in cell.source and "(" in cell.source:
            assert cell.source.startswith("# NBVAL_IGNORE_OUTPUT\n"), cell.source
