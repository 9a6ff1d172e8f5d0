"""The reader app (`make app`) in a real browser: a standalone page with no code, no request outside its own
server, both explorers redrawing, and the kernel behind a closed page culled."""

from __future__ import annotations

import re
import sys
import time

import explorers
import pytest
from browser_harness import Server, free_port

from kit import paths

CULL_AFTER = 4  # seconds; `make app` uses 600
EXPLORERS = {"compare-countries", "re-weight-the-index"}
EXTERNAL = re.compile(r"""(?:href|src)=["']https?://|import\(["']https?://|url\(["']?https?://""")


@pytest.fixture(scope="module")
def app(browser):
    port = free_port()
    command = [sys.executable, str(paths.ROOT / "app" / "serve.py"), f"--port={port}", f"--cull-after={CULL_AFTER}"]
    server = Server("voila", command, port)
    try:
        server.wait_until_answering("/voila/static/voila.js")  # not "/": every visit there starts a kernel
        yield server
    finally:
        server.stop()


def open_app(browsing, server) -> tuple[str, list]:
    """The page's HTML as served, and its explorers once drawn."""
    response = browsing.page.goto(server.url, wait_until="domcontentloaded")
    browsing.page.wait_for_function(f"() => document.querySelectorAll('.kit-explorer').length >= {len(EXPLORERS)}")
    return response.text(), explorers.find(browsing.page)


def test_the_app_shows_no_code_and_its_explorers_redraw(app, browsing):
    page = browsing.page
    served, found = open_app(browsing, app)
    assert not EXTERNAL.findall(served), "the page links to another server (a CDN?)"
    assert {explorers.name(explorer) for explorer in found} == EXPLORERS
    assert page.locator(".jp-CodeCell .jp-InputArea, .jp-InputArea-editor, .cm-editor").count() == 0
    assert "import" not in page.locator("body").inner_text()
    assert all(explorer.locator(".kit-export").is_hidden() for explorer in found)
    page.locator("h1").first.evaluate("el => el.scrollIntoView({block: 'start'})")
    browsing.screenshot("app/page", docs="reader-app")
    explorers.exercise_all(found, "app", browsing)
    assert page.get_by_text(explorers.WIDGET_FAILURE).count() == 0
    assert not browsing.page_errors, browsing.page_errors
    assert not browsing.refused, f"the app asked for addresses outside 127.0.0.1: {browsing.refused}"


def test_the_kernel_behind_a_closed_page_is_culled(app, browser, browsing):
    open_app(browsing, app)
    assert app.kernels(), "a visit should start a kernel"
    browsing.page.context.close()
    deadline = time.monotonic() + CULL_AFTER * 5 + 10
    while app.kernels() and time.monotonic() < deadline:
        time.sleep(0.5)
    assert not app.kernels(), f"kernels still running {CULL_AFTER * 5 + 10} s after their pages closed"
