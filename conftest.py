"""Pytest plugins loaded only when a run needs them (pyproject.toml turns off loading every installed plugin).

nbval, which runs the notebooks and compares their outputs, is loaded when the run collects notebooks (`make test`,
`pytest notebooks/05_gpu_gap.ipynb`, `pytest .`) and then checks every notebook it collects, in the tests' own
Python environment: importing it costs seconds (its JSON-schema validator builds dozens of grammars), which a run
of one test file should not pay. The tests' own configuration is tests/conftest.py.
"""

from __future__ import annotations

from pathlib import Path

NOTEBOOKS = Path(__file__).resolve().parent / "notebooks"
NOTEBOOK_CHECKER = "nbval.plugin"


def collects_notebooks(args: list[str]) -> bool:
    """Whether pytest run on these paths (node ids allowed) reaches a notebook."""
    for arg in args:
        path = Path(arg.split("::")[0]).resolve()
        if path.suffix == ".ipynb" or path.is_relative_to(NOTEBOOKS) or NOTEBOOKS.is_relative_to(path):
            return True
    return False


def pytest_addoption(parser, pluginmanager):
    config = pluginmanager.get_plugin("pytestconfig")
    args = config.known_args_namespace.file_or_dir or config.getini("testpaths")
    if collects_notebooks(args):
        pluginmanager.import_plugin(NOTEBOOK_CHECKER)


def pytest_configure(config):
    if config.pluginmanager.has_plugin(NOTEBOOK_CHECKER):
        config.option.nbval = not config.option.nbval_lax  # as `--nbval`, unless `--nbval-lax` was asked for
        config.option.nbval_current_env = True  # the kernel runs this environment's Python
