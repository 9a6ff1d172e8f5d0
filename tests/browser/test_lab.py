"""Every notebook in real JupyterLab, configured as `make lab` configures it (lab/jupyter_server_config.py): before
anything runs it says what to do and shows each explorer's first chart; it runs all cells without an error, renders
every widget, and each explorer redraws its chart when a reader changes a control, by keyboard alone for pickers and
sliders; axe-core finds nothing serious in what it shows, before it runs and after; saving it leaves the committed
`.py` and `.ipynb` byte for byte as they were; exported files and the ledger's links open.

Notebooks are discovered, so a new `notebooks/NN_*.py` (with its `.ipynb`) is covered without editing this file.
JupyterLab serves a scratch copy of the project's notebooks beside a scratch `exports/`, so nothing lands in the
working tree.
"""

from __future__ import annotations

import json
import os
from urllib.parse import urlparse
import shutil
import sys

import explorers
import pytest
from browser_harness import Server, free_port, scaled

from kit import paths
from kit.reader import vendor
from kit.story import stories

EXPLORERS_OF = {each.notebook: list(each.explorers) for each in stories()}

STORIES = sorted(paths.NOTEBOOKS.glob("[0-9][0-9]_*.py"))
WIDGET_VIEW = "application/vnd.jupyter.widget-view+json"
RUN_ALL_TIMEOUT = 600  # seconds for all cells of one notebook on a quiet machine
# notebook -> docs/<name>.png (make screenshots): the notebook of the story whose figure the README shows
README_SHOTS = {each.notebook: "jupyterlab-explorer" for each in stories() if each.readme_figure}
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
SAVE = """async () => {
  await window.jupyterapp.commands.execute('docmanager:save');
  return !window.jupyterapp.shell.currentWidget.context.model.dirty;
}"""
EXPLORER_PICTURES = """() => window.jupyterapp.shell.currentWidget.content.widgets
  .filter(cell => cell.model.type === 'code')
  .filter(cell => cell.model.outputs.toJSON().some(o => String((o.data || {})['text/plain']).startsWith('<Explorer')))
  .map(cell => Boolean(cell.node.querySelector('.jp-OutputArea-output img')))"""
AXE = vendor.file("axe-core", "axe.min.js").decode("utf-8")
# axe-core on what the notebook shows: its cells' outputs (charts, tables, explorers). JupyterLab's own editor,
# toolbars and panels are JupyterLab's to answer for.
AXE_OUTPUTS = """async () => {
  const outputs = document.querySelectorAll('.jp-NotebookPanel .jp-OutputArea');
  const found = await axe.run(outputs, {resultTypes: ['violations']});
  return found.violations.filter(v => ['serious', 'critical'].includes(v.impact))
    .map(v => `${v.id} (${v.impact}, ${v.nodes.length}): ${v.help}: ${v.nodes[0].target.join(' ')}`);
}"""
RENDERED_WIDGETS = """() => Array.from(document.querySelectorAll('.jp-NotebookPanel .jp-OutputArea-output'))
  .filter(area => area.querySelector(':scope > .jupyter-widgets, :scope > .lm-Widget.jupyter-widgets')).length"""


@pytest.fixture(scope="module")
def lab(browser, tmp_path_factory, claims_recorded):
    """JupyterLab on 127.0.0.1 (free port, no token, no browser) with `make lab`'s configuration, on a scratch
    project: a copy of the notebooks and an exports folder the kernels write to; the kernels read and write the
    session's processed folder, where every story's claims are recorded for the ledger notebook."""
    root = tmp_path_factory.mktemp("lab")
    shutil.copytree(paths.NOTEBOOKS, root / "notebooks", ignore=shutil.ignore_patterns(".*", "__pycache__"))
    (root / "exports").mkdir()
    for plugin, values in SETTINGS.items():
        target = root / "settings" / f"{plugin}.jupyterlab-settings"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(json.dumps(values))
    port = free_port()
    command = [
        *(sys.executable, "-m", "jupyterlab", "--no-browser", "--ip=127.0.0.1", f"--port={port}"),
        *("--ServerApp.port_retries=0", "--IdentityProvider.token=", "--ServerApp.password="),
        f"--config={paths.ROOT / 'lab' / 'jupyter_server_config.py'}",
        *(f"--ServerApp.root_dir={root}", "--LabApp.expose_app_in_browser=True"),
        *(["--allow-root"] if os.geteuid() == 0 else []),
    ]
    env = {
        **os.environ,
        "JUPYTERLAB_SETTINGS_DIR": str(root / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(root / "workspaces"),
        "KIT_EXPORTS_DIR": str(root / "exports"),  # "Export this chart" and STORY.publish() write beside notebooks/
    }
    server = Server("jupyterlab", command, port, env=env)
    server.root = root
    try:
        server.wait_until_answering("/api/status")
        yield server
    finally:
        server.stop()


@pytest.mark.parametrize("story", STORIES, ids=[story.stem for story in STORIES])
def test_notebook_runs_in_jupyterlab_and_its_explorers_redraw(lab, browsing, story):
    page, notebook = browsing.page, f"notebooks/{story.stem}.ipynb"
    committed = {path: (lab.root / "notebooks" / path.name).read_bytes() for path in (story, story.with_suffix(".ipynb"))}
    page.goto(f"{lab.url}/lab/tree/{notebook}?reset", wait_until="domcontentloaded")  # no tabs of earlier tests
    page.wait_for_function(OPENED, arg=notebook)
    before_running(page, story)

    completed = page.evaluate(RUN_ALL, scaled(RUN_ALL_TIMEOUT * 1000) / 1000)
    problems = page.evaluate(PROBLEMS)
    assert completed is True and not problems, f"{notebook} in JupyterLab ({completed}):\n" + "\n".join(problems)

    expected_widgets = page.evaluate(WIDGET_OUTPUTS)
    page.wait_for_function(f"() => ({RENDERED_WIDGETS})() >= {expected_widgets}", timeout=scaled(60_000))
    assert page.get_by_text(explorers.WIDGET_FAILURE).count() == 0

    found = explorers.find(page)
    if found:  # the notebook as a reader first sees it: the first explorer's cell at the top, no side panel
        page.evaluate("() => window.jupyterapp.shell.collapseLeft()")
        found[0].locator("xpath=ancestor::div[contains(@class, 'jp-Cell ')]").evaluate(
            "el => el.scrollIntoView({block: 'start'})"
        )
        browsing.screenshot(f"lab/{story.stem}/page", docs=README_SHOTS.get(story.stem))
    explorers.exercise_all(found, f"lab/{story.stem}", browsing)
    assert serious_violations(page) == [], f"{story.stem} run, its explorers used"
    if found:
        exported_files_open(page, found[0], lab)

    assert page.evaluate(SAVE) is True
    for path, content in committed.items():  # saving wrote the .py (unchanged) and left the nbval .ipynb alone
        assert (lab.root / "notebooks" / path.name).read_bytes() == content, f"saving in Lab changed {path.name}"
    page.evaluate("() => window.jupyterapp.shell.currentWidget.sessionContext.shutdown()")  # free its memory
    assert not browsing.page_errors, browsing.page_errors
    assert not browsing.refused, f"the page asked for addresses outside 127.0.0.1: {browsing.refused}"


def before_running(page, story) -> None:
    """Opened, not run: the notebook says what to do first, and each explorer shows its first chart as a picture."""
    guidance = page.locator(".jp-MarkdownCell .jp-RenderedMarkdown", has_text="How to use this notebook").first
    guidance.wait_for(timeout=scaled(30_000))
    assert "Run All Cells" in guidance.inner_text()
    position = guidance.evaluate("el => Array.from(document.querySelectorAll('.jp-MarkdownCell')).indexOf(el.closest('.jp-MarkdownCell'))")
    assert position <= 1, f"{story.stem}: the guidance comes after {position} other texts"
    declared = EXPLORERS_OF.get(story.stem, [])
    page.wait_for_function(f"() => ({EXPLORER_PICTURES})().filter(Boolean).length >= {len(declared)}", timeout=scaled(30_000))
    pictures = page.evaluate(EXPLORER_PICTURES)
    assert pictures == [True] * len(declared), f"{story.stem}: explorers shown before running: {pictures}"
    assert serious_violations(page) == [], f"{story.stem} before running"


def serious_violations(page) -> list[str]:
    """What axe-core finds serious or critical in the notebook's outputs (pictures without alt text, controls
    without a name, ...)."""
    if not page.evaluate("() => Boolean(window.axe)"):
        page.add_script_tag(content=AXE)
    return page.evaluate(AXE_OUTPUTS)


def exported_files_open(page, explorer, lab) -> None:
    """"Export this chart" lists the files it wrote as links, and each link opens (the files are served)."""
    explorer.locator(".kit-export").click()
    links = explorer.locator(".kit-exported a")
    links.first.wait_for(timeout=scaled(60_000))
    hrefs = links.evaluate_all("links => links.map(a => a.href)")
    assert len(hrefs) >= 10 and all("/files/exports/" in href for href in hrefs), hrefs
    for href in hrefs:
        response = page.request.get(href)
        assert response.ok, f"{href}: {response.status}"
    paths_linked = [urlparse(href).path for href in hrefs]
    png = next(i for i, path in enumerate(paths_linked) if path.endswith(".web.png"))
    links.nth(png).click()  # opens in JupyterLab, beside the notebook
    name = paths_linked[png].rsplit("/", 1)[1]
    page.wait_for_function(
        "name => window.jupyterapp.shell.currentWidget?.context?.path?.endsWith(name)", arg=name, timeout=scaled(30_000)
    )
    page.evaluate("() => window.jupyterapp.shell.currentWidget.close()")
    page.wait_for_function("() => window.jupyterapp.shell.currentWidget?.context?.path?.endsWith('.ipynb')")


def test_every_link_of_the_ledger_notebook_opens(lab, browsing):
    """Runs after the story notebooks, whose runs exported their charts: the ledger's links to them must open."""
    page, notebook = browsing.page, "notebooks/00_claims.ipynb"
    page.goto(f"{lab.url}/lab/tree/{notebook}?reset", wait_until="domcontentloaded")
    page.wait_for_function(OPENED, arg=notebook)
    page.wait_for_function(  # the stored outputs rendered, their links resolved to the files
        "() => document.querySelectorAll('.jp-OutputArea a[href*=\"/files/exports/\"]').length >= 10", timeout=scaled(60_000)
    )
    hrefs = page.locator(".jp-OutputArea a, .jp-RenderedMarkdown a").evaluate_all(
        "links => links.map(a => a.href).filter(h => h.startsWith(location.origin))"
    )
    exported = [href for href in hrefs if "/files/exports/" in href]
    assert len(exported) >= 10, hrefs
    for href in hrefs:
        response = page.request.get(href)
        assert response.ok, f"{href}: {response.status}"
