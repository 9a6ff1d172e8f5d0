"""The figure gallery `exports/index.html`: what the page says, and a real browser loading it from a local server
(Debian's chromium driven by Playwright): every image loads, every link resolves, nothing is fetched from outside."""

from __future__ import annotations

import functools
import html
import http.server
import threading
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
import pytest

from kit import articles, claims, export, gallery, i18n, ledger
from kit.stories.ai_vibrancy import STORY
from kit.stories.ai_vibrancy import charts as vibrancy_charts
from kit.stories.ai_vibrancy import compute as vibrancy
from kit.claims import Verdict


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> Path:
    """The two vibrancy charts exported in full, with the ledger files, in a scratch exports folder."""
    folder = tmp_path_factory.mktemp("gallery") / "exports"
    for chart in (vibrancy_charts.ranking_chart(), vibrancy_charts.comparison_chart()):
        export.export(chart, folder=folder / chart.slug)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KIT_EXPORTS_DIR", str(folder))
        ledger.write(vibrancy_entries())
    return folder


def vibrancy_entries(replaced: dict[str, Verdict] | None = None) -> list[ledger.Entry]:
    """The vibrancy claims as the ledger holds them, with some verdicts replaced (claim id -> verdict)."""
    rows = [claim.row() for claim in STORY.record(vibrancy.verdicts())]
    for row in rows:
        row["verdict"] = str((replaced or {}).get(row["claim_id"], row["verdict"]))
    return ledger.entries(pd.DataFrame(rows, columns=claims.COLUMNS))


@pytest.fixture(scope="module")
def page(exports) -> str:
    """The English page, written with its Ukrainian and Russian pages beside it (its language switch links them)."""
    for language in ("uk", "ru"):
        with i18n.use(language):
            gallery.write(exports, vibrancy_entries())
    return gallery.write(exports, vibrancy_entries()).read_text()


def test_every_exported_chart_is_shown_with_its_texts_and_files(exports, page):
    for folder in sorted(p for p in exports.iterdir() if p.is_dir()):
        texts = pd.read_json(folder / f"{folder.name}.json", typ="series")
        assert f'<figure id="{folder.name}">' in page
        for key in ("title", "alt_text", "source"):
            assert html.escape(texts[key], quote=False) in page
        for file in folder.iterdir():
            assert f'href="{folder.name}/{file.name}"' in page
    assert page.count("<figure ") == 2 and page.count("<img ") == 2


def test_verdicts_come_from_the_ledger_through_each_claims_charts(exports):
    before = gallery.page(exports, vibrancy_entries())
    pillars = before[before.index('<figure id="ai-vibrancy-pillars">') :]
    assert "vibrancy-ahead</a>" in pillars and "vibrancy-rank</a>" not in pillars  # only the claim naming it
    assert "accurate with caveats</span>" in pillars and ">inaccurate</span>" not in pillars
    after = gallery.page(exports, vibrancy_entries({vibrancy.AHEAD_CLAIM: Verdict.INACCURATE}))
    assert ">inaccurate</span>" in after[after.index('<figure id="ai-vibrancy-pillars">') :]


def test_charts_and_claims_without_a_counterpart_are_said_so(exports, tmp_path):
    entries = vibrancy_entries()
    unlinked = gallery.page(exports, [e for e in entries if e.claim_id != vibrancy.AHEAD_CLAIM])
    pillars = unlinked[unlinked.index('<figure id="ai-vibrancy-pillars">') :]
    assert "not linked to a claim in the ledger" in pillars
    empty = gallery.page(tmp_path, entries)
    assert "ai-vibrancy-ranking (not exported)" in empty and "No chart has been exported yet" in empty


def test_the_page_is_self_contained(page):
    assert "<script" not in page and "<link" not in page and "@import" not in page
    sources = [part.split('"')[0] for part in page.split(' src="')[1:]]
    assert sources and all(not urlparse(src).scheme for src in sources)  # images are relative
    external = {urlparse(href).geturl() for href in _hrefs(page) if urlparse(href).scheme}
    assert external == outside_links()  # the article and the sources: links, never fetches


def outside_links() -> set[str]:
    """The pages the gallery may link to outside itself: the article checked, and the sources of its claims."""
    sources = {url for entry in vibrancy_entries() for p in entry.sources for _, url in p.sources}
    return {articles.article(STORY.article).url} | sources


def test_each_chart_has_its_data_its_sources_and_an_embed_snippet(exports, page):
    ranking = page[page.index('<figure id="ai-vibrancy-ranking">') :].split("</figure>")[0]
    assert 'href="ai-vibrancy-ranking/ai-vibrancy-ranking.csv">CSV, as plotted</a>' in ranking
    assert 'href="ai-vibrancy-ranking/ai-vibrancy-ranking.datawrapper.csv">CSV for Datawrapper</a>' in ranking
    assert '<a href="https://hai.stanford.edu/ai-index/global-vibrancy-tool">' in ranking
    snippet = html.unescape(ranking.split('<textarea readonly rows="5">')[1].split("</textarea>")[0])
    alt = (exports / "ai-vibrancy-ranking" / "ai-vibrancy-ranking.alt.txt").read_text().strip()
    assert snippet == (
        '<picture><source media="(max-width: 600px)" srcset="ai-vibrancy-ranking/ai-vibrancy-ranking.one-column.png">'
        f'<img src="ai-vibrancy-ranking/ai-vibrancy-ranking.web.png" alt="{html.escape(alt)}" width="640" '
        'style="max-width:100%;height:auto"></picture>'
    )


def test_writing_the_gallery_twice_changes_no_byte(exports, page):
    assert gallery.write(exports, vibrancy_entries()).read_text() == page


def _hrefs(page: str) -> list[str]:
    return [html.unescape(part.split('"')[0]) for part in page.split(' href="')[1:]]


@pytest.fixture(scope="module")
def server(exports):
    """The exports folder served on 127.0.0.1 (a free port), as a web server would publish it."""
    handler = functools.partial(_QuietHandler, directory=str(exports))
    with http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler) as httpd:
        thread = threading.Thread(target=httpd.serve_forever, daemon=True)
        thread.start()
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
        httpd.shutdown()
        thread.join()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def test_in_a_browser_every_image_loads_and_every_link_resolves(browser, server, page):
    tab = browser.new_page(viewport={"width": 1000, "height": 800})
    outside = []

    def local_only(route):
        if route.request.url.startswith(server):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    tab.route("**/*", local_only)
    assert tab.goto(server + gallery.PAGE_NAME, wait_until="load").status == 200
    images = tab.eval_on_selector_all("img", "els => els.map(e => [e.getAttribute('src'), e.naturalWidth])")
    assert len(images) == page.count("<img ") and all(width > 0 for _, width in images), images
    assert not outside, f"the page fetched from outside: {outside}"

    links = tab.eval_on_selector_all("a", "els => els.map(e => e.href)")
    assert len(links) == len(_hrefs(page))
    checked = 0
    for link in links:
        if link.startswith(server):
            target, _, anchor = link.partition("#")
            if anchor:
                assert tab.locator(f"[id='{anchor}']").count() == 1, f"no element for {link}"
            else:
                response = tab.request.get(target)
                assert response.status == 200 and response.body(), link
            checked += 1
        else:
            assert link in outside_links()  # the article checked and the sources: links, not fetches
    assert checked == len([link for link in links if link.startswith(server)]) > 20
    tab.close()


@pytest.mark.parametrize("width", [390, 360])
def test_on_a_phone_the_gallery_fits_and_shows_one_column_charts(browser, server, width):
    tab = browser.new_page(viewport={"width": width, "height": 800}, device_scale_factor=2)
    tab.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server) else route.abort())
    tab.goto(server + gallery.PAGE_NAME, wait_until="load")
    assert tab.evaluate("() => document.scrollingElement.scrollWidth") <= width, "the gallery scrolls sideways"
    widest = tab.evaluate("() => Math.max(...Array.from(document.querySelectorAll('body *'), e => e.getBoundingClientRect().right))")
    assert widest <= width + 0.5
    shown = tab.eval_on_selector_all("img", "els => els.map(e => e.currentSrc)")
    assert shown and all(src.endswith(".one-column.png") for src in shown), shown
    assert tab.locator("#claims thead").evaluate("e => e.getBoundingClientRect().right") <= 0  # cards, no header row
    tab.close()


def test_the_verdicts_are_counted_in_a_table_and_each_alt_text_is_heard_once(exports, page):
    assert '<table class="verdicts"><caption>Both of the article' in page
    for folder in sorted(p for p in exports.iterdir() if p.is_dir()):
        texts = pd.read_json(folder / f"{folder.name}.json", typ="series")
        alt = html.escape(texts["alt_text"], quote=False)
        lines = [part for part in page.split("\n") if "<textarea" not in part]  # the embed snippet is code to copy
        shown = [part for part in lines if alt in part or html.escape(texts["alt_text"]) in part]
        hidden = [part for part in shown if 'aria-hidden="true"' in part]
        assert len(shown) == 2 and len(hidden) == 1  # the image's alt, and a copy for the CMS screen readers skip
        assert f'aria-describedby="{folder.name}-description"' in page and f'id="{folder.name}-description"' in page
        assert "Sources in full:" in page and "AI-Governance-Map" in page
