"""Every story notebook in real JupyterLab: it opens, runs all cells without an error, renders every widget,
and each explorer redraws its chart when a reader changes a control.

Notebooks are discovered, so a new `notebooks/NN_*.py` (with its `.ipynb`) is covered without editing this file.
JupyterLab serves a scratch copy of `notebooks/`, so nothing it saves lands in the working tree.
"""

from __future__ import annotations

import json
import os
import shutil
import sys

import explorers
import pytest
from browser_harness import Server, free_port

from kit import paths

STORIES = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.py"))
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
RUN_ALL_TIMEOUT = 600  # seconds for all cells of one notebook
README_SHOTS = {"01_ai_vibrancy": "jupyterlab-explorer"}  # notebook -> docs/<name>.png (make screenshots)
SETTINGS = {  # user settings of the test server
    # render every cell (JupyterLab 4 otherwise leaves cells out of the page until they are scrolled to)
    "@jupyterlab/notebook-extension/tracker": {"windowingMode": "none"},
    # no news or update checks, and no toast asking about them
    "@jupyterlab/apputils-extension/notification": {"fetchNews": "false", "checkForUpdates": False},
}

OPENED = """name => {
  const panel = window.jupyterapp && window.jupyterapp.shell.currentWidget;
  return Boolean(panel && panel.context && panel.context.path === name && panel.sessionContext);
}"""
RUN_ALL = """async seconds => {
  const app = window.jupyterapp, panel = app.shell.currentWidget;
  const run = async () => {
    await panel.context.ready;
    await panel.sessionContext.ready;
    if (!panel.sessionContext.session?.kernel) return 'no kernel started (does the notebook name its kernelspec?)';
    await app.commands.execute('notebook:clear-all-cell-outputs');
    return await app.commands.execute('notebook:run-all-cells');
  };
  const late = new Promise(resolve => setTimeout(() => resolve(`not finished after ${seconds} s`), seconds * 1000));
  return await Promise.race([run(), late]);
}"""
PROBLEMS = """() => {
  const problems = [];
  window.jupyterapp.shell.currentWidget.content.widgets.forEach((cell, index) => {
    if (cell.model.type !== 'code') return;
    if (!cell.model.executionCount) problems.push(`cell ${index + 1} did not run`);
    for (const output of cell.model.outputs.toJSON()) {
      if (output.output_type === 'error') problems.push(`cell ${index + 1}: ${output.ename}: ${output.evalue}`);
      if (output.output_type === 'stream' && output.name === 'stderr')
        problems.push(`cell ${index + 1} wrote to stderr: ${output.text}`);
    }
  });
  return problems;
}"""
WIDGET_OUTPUTS = f"""() => window.jupyterapp.shell.currentWidget.content.widgets
  .filter(cell => cell.model.type === 'code')
  .flatMap(cell => cell.model.outputs.toJSON())
  .filter(output => output.data && output.data['{WIDGET_VIEW}']).length"""
RENDERED_WIDGETS = """() => Array.from(document.querySelectorAll('.jp-NotebookPanel .jp-OutputArea-output'))
  .filter(area => area.querySelector(':scope > .jupyter-widgets, :scope > .lm-Widget.jupyter-widgets')).length"""


@pytest.fixture(scope="module")
def lab(browser, tmp_path_factory):
    """JupyterLab on 127.0.0.1 (free port, no token, no browser) from this environment, on a copy of the notebooks."""
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(paths.NOTEBOOKS, root / "notebooks", ignore=shutil.ignore_patterns(".*", "__pycache__"))
    for plugin, values in SETTINGS.items():
        target = root / "settings" / f"{plugin}.jupyterlab-settings"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values))
    port = free_port()
    command = [
        *(sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}"),
        *("--ServerApp.port_retries=0", "--IdentityProvider.token=", "--ServerApp.password="),
        *(f"--ServerApp.root_dir={root / 'notebooks'}", "--LabApp.expose_app_in_browser=True"),
        *(["--allow-root"] if os.geteuid() == 0 else []),
    ]
    env = {
        **os.environ,
        "JUPYTERLAB_SETTINGS_DIR": str(root / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(root / "workspaces"),
    }
    server = Server("jupyterlab", command, port, env=env)
    try:
        server.wait_until_answering("/api/status")
        yield server
    finally:
        server.stop()


@pytest.mark.parametrize("story", STORIES, ids=[story.stem for story in STORIES])
def test_notebook_runs_in_jupyterlab_and_its_explorers_redraw(lab, browsing, story):
    page, notebook = browsing.page, f"{story.stem}.ipynb"
    page.goto(f"{lab.url}/lab/tree/{notebook}?reset", wait_until="domcontentloaded")  # no tabs of earlier tests
    page.wait_for_function(OPENED, arg=notebook)
    completed = page.evaluate(RUN_ALL, RUN_ALL_TIMEOUT)
    problems = page.evaluate(PROBLEMS)
    assert completed is True and not problems, f"{notebook} in JupyterLab ({completed}):\n" + "\n".join(problems)

    expected_widgets = page.evaluate(WIDGET_OUTPUTS)
    page.wait_for_function(f"() => ({RENDERED_WIDGETS})() >= {expected_widgets}", timeout=60_000)
    assert page.get_by_text(explorers.WIDGET_FAILURE).count() == 0

    found = explorers.find(page)
    if found:  # the notebook as a reader first sees it: the first explorer's cell at the top, no side panel
        page.evaluate("() => window.jupyterapp.shell.collapseLeft()")
        found[0].locator("xpath=ancestor::div[contains(@class, 'jp-Cell ')]").evaluate(
            "el => el.scrollIntoView({block: 'start'})"
        )
        browsing.screenshot(f"lab/{story.stem}/page", docs=README_SHOTS.get(story.stem))
    explorers.exercise_all(found, f"lab/{story.stem}", browsing)
    page.evaluate("() => window.jupyterapp.shell.currentWidget.sessionContext.shutdown()")  # free its memory
    assert not browsing.page_errors, browsing.page_errors
    assert not browsing.refused, f"the page asked for addresses outside 127.0.0.1: {browsing.refused}"
