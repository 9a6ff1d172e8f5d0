"""The published pages, for any article and story: each article's gallery `exports/<article>/index.html` (what it
says, what it refuses to show, how it escapes), the index of articles `exports/index.html`, two articles published
side by side, and a real browser loading them from a local server (Debian's chromium driven by Playwright): every
image loads, every link resolves, nothing is fetched from outside, no injected script runs."""

from __future__ import annotations

import dataclasses
import functools
import html
import http.server
import json
import re
import threading
from pathlib import Path
from urllib.parse import unquote, urlparse

import pandas as pd
import pytest

from articles_helper import checking_story, set_record, smallest_story, write_article
from kit import articles, build, charts, claims, data, export, fmt, gallery, i18n, ledger, paths, story
from kit.claims import Verdict
from kit.errors import DataError

STORY = smallest_story()  # a real story, whichever has the fewest charts
HOSTILE = "</script><img src=x onerror=\"window.__xss=1;alert(1)\"><script>window.__xss=2</script>"


@pytest.fixture(scope="module")
def exports(tmp_path_factory) -> Path:
    """The story's charts exported in full into its article's folder, with its ledger files, in a scratch exports
    folder (English only)."""
    root = tmp_path_factory.mktemp("gallery")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("KIT_EXPORTS_DIR", str(root / "exports"))
        patch.setenv("KIT_PROCESSED_DIR", str(root / "processed"))
        patch.setenv(i18n.ENV, "en")
        for slug in STORY.charts:
            export.export(STORY.chart(slug), folder=STORY.chart_folder(slug))
        ledger.write(story_entries(), language="en")
        yield articles.published_dir(STORY.article)


def story_entries(replaced: dict[str, Verdict] | None = None) -> list[ledger.Entry]:
    """The story's claims as the ledger holds them, with some verdicts replaced (claim id -> verdict)."""
    rows = [claim.row() for claim in STORY.record(STORY.verdicts())]
    for row in rows:
        row["verdict"] = str((replaced or {}).get(row["claim_id"], row["verdict"]))
    return ledger.entries(pd.DataFrame(rows, columns=claims.COLUMNS))


def article_page(folder: Path, entries=None) -> str:
    return gallery.page(folder, story_entries() if entries is None else entries, list(STORY.charts))


@pytest.fixture(scope="module")
def page(exports) -> str:
    return gallery.write_article(exports, story_entries(), list(STORY.charts)).read_text()


def test_every_declared_chart_is_shown_once_with_its_files_and_the_words_its_image_does_not_carry(exports, page):
    """Issue 27: each chart's title, subtitle, note and source were printed twice, in the page and in the image."""
    for slug in STORY.charts:
        folder = exports / slug
        texts = json.loads((folder / f"{slug}.json").read_text())
        figure = page[page.index(f'<figure id="{slug}">') :].split("</figure>")[0]
        assert f'<h2 class="shown-in-image">{html.escape(texts["title"], quote=False)}</h2>' in figure
        assert html.escape(texts["alt_text"], quote=False) in figure
        for key in ("subtitle", "note", "source"):  # in the image, not said again
            assert html.escape(texts[key], quote=False) not in page
        for file in folder.iterdir():
            assert f'href="{slug}/{file.name}"' in page
    assert page.count("<figure ") == len(STORY.charts) == page.count("<picture>")


def test_an_index_of_thumbnails_at_the_top_links_to_each_chart(exports, page):
    index = page[page.index('<nav class="contents"') : page.index("</nav>", page.index('<nav class="contents"'))]
    assert page.index('<nav class="contents"') < page.index('<section id="claims">')
    for slug in STORY.charts:
        title = json.loads((exports / slug / f"{slug}.json").read_text())["title"]
        assert (f'<a href="#{slug}"><img src="{slug}/{slug}.one-column.png" alt="" width="152">'
                f"<span>{html.escape(title, quote=False)}</span></a>") in index
    assert index.count("<img ") == len(STORY.charts) == page.count("<img ") - len(STORY.charts)


def test_a_folder_no_story_declares_is_never_published(exports, tmp_path):
    """Issue 25: a stray folder written into the exports made a '15th chart' appear in the gallery."""
    stray = tmp_path / "published"
    for slug in STORY.charts:
        (stray / slug).mkdir(parents=True)
        for file in (exports / slug).iterdir():
            (stray / slug / file.name).write_bytes(file.read_bytes())
    (stray / "planted").mkdir()
    (stray / "planted" / "planted.json").write_text(json.dumps({"title": "A planted chart", "alt_text": "x"}))
    (stray / "planted" / "planted.web.png").write_bytes((exports / next(iter(STORY.charts))).joinpath(
        f"{next(iter(STORY.charts))}.web.png").read_bytes())
    shown = article_page(stray)
    assert "planted" not in shown and "A planted chart" not in shown
    assert shown.count("<figure ") == len(STORY.charts)


def test_verdicts_come_from_the_ledger_through_each_claims_charts(exports):
    entries = story_entries()
    claim = next(entry for entry in entries if entry.charts)
    slug = claim.charts[0]
    figure = article_page(exports)[article_page(exports).index(f'<figure id="{slug}">') :].split("</figure>")[0]
    number = ledger.numbered(entries)
    assert f'href="#claim-{claim.claim_id}">no.\u00a0{number[claim.claim_id]}</a>' in figure  # named as in the ledger
    assert f">{ledger.verdict_name(claim.verdict)}</span>" in figure and f"{claim.claim_id}</a>" not in figure
    others = [entry.claim_id for entry in entries if slug not in entry.charts]
    assert all(f'href="#claim-{other}"' not in figure for other in others)  # only the claims naming the chart
    flipped = Verdict.INACCURATE if claim.verdict != Verdict.INACCURATE else Verdict.ACCURATE
    after = article_page(exports, story_entries({claim.claim_id: flipped}))
    assert f">{ledger.verdict_name(flipped)}</span>" in after[after.index(f'<figure id="{slug}">') :].split("</figure>")[0]


def test_claims_are_numbered_and_charts_named_by_title_as_the_ledger_names_them(exports):
    entries = story_entries()
    page = article_page(exports)
    table = page[page.index('<section id="claims">') : page.index('<section id="charts">')]
    for number, entry in enumerate(entries, 1):
        row = table[table.index(f'<tr id="claim-{entry.claim_id}">') :].split("</tr>")[0]
        assert f"<td><b>{number}.</b><br>" in row and f"<b>{entry.claim_id}</b>" not in row  # no id shown
        for slug in entry.charts:
            title = json.loads((exports / slug / f"{slug}.json").read_text())["title"]
            assert f'<a href="#{slug}">{html.escape(title, quote=False)}</a>' in row
    published = articles.article(STORY.article).published
    assert f"({published})" not in page and f"({ledger.shown_date(published, 'en')})" in page  # a date in words
    assert '<code class="muted">' in page and '<span class="muted">' not in page  # file names as code


def test_a_charts_sources_in_full_are_worded_in_its_language_with_dates_in_words(exports):
    page = article_page(exports)
    for slug in STORY.charts:
        texts = json.loads((exports / slug / f"{slug}.json").read_text())
        figure = page[page.index(f'<figure id="{slug}">') :].split("</figure>")[0]
        full = figure[figure.index("Sources in full:") :].split("</p>")[0]
        assert texts["resources"] and "retrieved" not in full and not re.search(r"\d{4}-\d{2}-\d{2}", full)
        for name in texts["resources"]:
            source = data.provenance(name)
            assert f"read on {fmt.as_given(source.retrieved, language='en')}" in full


def test_in_another_language_a_sources_title_written_in_english_is_marked_so(exports):
    slug = next(iter(STORY.charts))
    name = json.loads((exports / slug / f"{slug}.json").read_text())["resources"][0]
    source = data.provenance(name)
    (shown,) = gallery._source_chains({"resources": [name]}, "uk")
    assert f'<span lang="en">{html.escape(source.title, quote=False)}</span>' in shown
    assert f"прочитано {fmt.as_given(source.retrieved, language='uk')}" in shown.replace("\u00a0", " ")
    (english,) = gallery._source_chains({"resources": [name]}, "en")
    assert "<span" not in english and html.escape(source.title, quote=False) in english


def test_charts_and_claims_without_a_counterpart_are_said_so(exports, tmp_path):
    entries = story_entries()
    slug = next(iter(STORY.charts))
    unlinked = article_page(exports, [e for e in entries if slug not in e.charts])
    figure = unlinked[unlinked.index(f'<figure id="{slug}">') :]
    assert "this chart is not linked to a claim in the claims ledger" in figure
    empty = article_page(tmp_path, entries)
    assert f"{slug} (not exported)" in empty and "No chart has been exported yet" in empty


def test_the_page_is_self_contained_and_may_run_no_script(page):
    assert "<script" not in page and "<link" not in page and "@import" not in page
    policy = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', page)
    assert policy and "default-src &#x27;none&#x27;" in policy[1] and "script" not in policy[1]
    sources = [part.split('"')[0] for part in page.split(' src="')[1:]]
    assert sources and all(not urlparse(src).scheme for src in sources)  # images are relative
    external = {urlparse(href).geturl() for href in _hrefs(page) if urlparse(href).scheme}
    assert external == outside_links()  # the article and the sources: links, never fetches
    assert not [href for href in _hrefs(page) if href.startswith("..")]  # nothing outside the article's folder


def outside_links() -> set[str]:
    """The pages the gallery may link to outside itself: the article checked, and the sources of its claims."""
    sources = {url for entry in story_entries() for p in entry.sources for _, url in p.sources}
    return {articles.article(STORY.article).url} | sources


def test_each_chart_has_its_data_and_an_embed_snippet(exports, page):
    slug = next(iter(STORY.charts))
    figure = page[page.index(f'<figure id="{slug}">') :].split("</figure>")[0]
    assert f'href="{slug}/{slug}.csv">CSV, as plotted</a>' in figure
    assert f'href="{slug}/{slug}.datawrapper.csv">CSV for Datawrapper</a>' in figure
    snippet = html.unescape(figure.split('<textarea readonly rows="5">')[1].split("</textarea>")[0])
    alt = (exports / slug / f"{slug}.alt.txt").read_text().strip()
    assert snippet == (
        f'<picture><source media="(max-width: 600px)" srcset="{slug}/{slug}.one-column.png">'
        f'<img src="{slug}/{slug}.web.png" alt="{html.escape(alt)}" width="640" '
        'style="max-width:100%;height:auto"></picture>'
    )


def test_writing_the_gallery_twice_changes_no_byte(exports, page):
    assert gallery.write_article(exports, story_entries(), list(STORY.charts)).read_text() == page


def _hrefs(page: str) -> list[str]:
    return [html.unescape(part.split('"')[0]) for part in page.split(' href="')[1:]]


def _local_targets(page: str) -> list[str]:
    """Every relative address of a page (links and images), without its anchor."""
    found = _hrefs(page) + [html.unescape(p.split('"')[0]) for p in re.split(r' (?:src|srcset)="', page)[1:]]
    return [unquote(url.split("#")[0]) for url in found if url.split("#")[0] and not urlparse(url).scheme]


def test_the_verdicts_are_counted_in_a_table_and_each_alt_text_is_heard_once(exports, page):
    assert f'<table class="verdicts"><caption>{html.escape(ledger.headline(story_entries()), quote=False)}' in page
    for slug in STORY.charts:
        texts = json.loads((exports / slug / f"{slug}.json").read_text())
        alt = html.escape(texts["alt_text"], quote=False)
        lines = [part for part in page.split("\n") if "<textarea" not in part]  # the embed snippet is code to copy
        shown = [part for part in lines if alt in part or html.escape(texts["alt_text"]) in part]
        hidden = [part for part in shown if 'aria-hidden="true"' in part]
        assert len(shown) == 2 and len(hidden) == 1  # the image's alt, and a copy for the CMS screen readers skip


# -- hostile text -------------------------------------------------------------------------------------


@pytest.fixture
def hostile(data_copy, out_dirs, monkeypatch):
    """The story's article with a hostile headline and publisher, a `javascript:` address for it and for a source,
    and a chart whose texts are hostile; returns its published folder, written."""
    monkeypatch.setenv(i18n.ENV, "en")
    description = paths.articles_dir() / STORY.article / data.PACKAGE
    package = json.loads(description.read_text())
    package["article"].update(headline=HOSTILE, url="javascript:alert(document.cookie)")
    description.write_text(json.dumps(package))
    source = data.description_of(STORY.sources[0])
    described = json.loads(source.read_text())
    for resource in described.get("resources", [described]):
        resource["title"] = HOSTILE
        for each in resource.get("sources", []):
            each["path"] = "javascript:alert(1)"
    source.write_text(json.dumps(described))
    monkeypatch.setattr(story, "stories", lambda: [STORY])
    STORY.record(STORY.verdicts())
    for slug in STORY.charts:
        folder = STORY.chart_folder(slug)
        folder.mkdir(parents=True)
        texts = {key: HOSTILE for key in ("title", "subtitle", "note", "source", "alt_text", "description")}
        (folder / f"{slug}.json").write_text(json.dumps(texts | {"sources": [HOSTILE]}))
        (folder / f"{slug}.web.png").write_bytes(b"\x89PNG\r\n")
    gallery.write()
    return articles.published_dir(STORY.article)


def test_hostile_text_is_escaped_for_its_place_and_a_javascript_address_is_never_linked(hostile):
    for path in [hostile / gallery.PAGE_NAME, hostile.parent / gallery.PAGE_NAME]:
        page = path.read_text()
        assert "<script" not in page and "<img src=x" not in page and "&lt;/script&gt;&lt;img src=x" in page
        assert 'href="javascript:' not in page.lower() and "javascript:alert" in page  # shown, as text
        assert all(not href.lower().startswith("javascript:") for href in _hrefs(page))
    jsonld = (hostile / ledger.JSONLD_NAME).read_text()
    assert "<" not in jsonld and ">" not in jsonld


def test_in_a_browser_no_injected_script_runs(browser, hostile):
    with _served(hostile.parent) as server:
        tab = browser.new_page()
        dialogs = []
        tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        tab.route("**/*", lambda route: route.continue_() if route.request.url.startswith(server) else route.abort())
        for name in (f"{STORY.article}/{gallery.PAGE_NAME}", gallery.PAGE_NAME):
            assert tab.goto(server + name, wait_until="load").status == 200
            assert tab.evaluate("() => window.__xss === undefined && document.scripts.length === 0")
            assert HOSTILE in tab.inner_text("body")  # the text, shown as text
        assert not dialogs
        tab.close()


# -- two articles side by side ------------------------------------------------------------------------


SECOND, SECOND_CLAIM, SECOND_CHART = "second_gazette_2026", "second-figure", "second-figure-chart"


@pytest.fixture
def two_articles(data_copy, out_dirs, monkeypatch):
    """A second article (its description, a statements file, a story checking one of its statements) beside the
    real story's article, both built in English and Ukrainian: charts exported, claims recorded, pages written."""
    monkeypatch.setenv(i18n.ENV, "en,uk")
    write_article(
        SECOND,
        {SECOND_CLAIM: "The second article's figure.", "second-other": "Another figure."},
        translated={"uk": {SECOND_CLAIM: "Показник другої статті.", "second-other": "Інший показник."}},
    )
    one = checking_story(SECOND, SECOND_CLAIM, SECOND_CHART)

    def both():
        first = one.verdicts()[0]
        return [first, dataclasses.replace(first, claim_id="second-other", verdict=Verdict.INACCURATE)]

    second = dataclasses.replace(one, claims={SECOND_CLAIM: (SECOND_CHART,), "second-other": ()}, verdicts=both)
    monkeypatch.setattr(story, "stories", lambda: [STORY, second])
    for each in story.stories():
        each.record(each.verdicts())
        for slug in each.charts:
            export.export(each.chart(slug), folder=each.chart_folder(slug))
    gallery.write()
    return STORY.article, SECOND


def test_two_articles_are_published_each_in_its_own_folder_with_its_own_counts_and_reviews(two_articles):
    first, second = two_articles
    exports = articles.published_dir(first).parent
    for name in two_articles:
        folder = articles.published_dir(name)
        assert {gallery.PAGE_NAME, "index.uk.html", ledger.MARKDOWN_NAME, "claims-ledger.uk.jsonld"} <= {
            p.name for p in folder.iterdir()
        }
        own = [e for e in ledger.entries() if e.article.name == name]
        table = pd.read_csv(folder / ledger.CSV_NAME, keep_default_na=False, dtype=str)
        assert set(table[ledger.csv_header("claim", "en")]) == {e.claim_id for e in own}  # its own claims, no other article's
        page = (folder / gallery.PAGE_NAME).read_text()
        assert html.escape(ledger.headline(own), quote=False) in page
        record = articles.publishing(name)
        for language in ("en", "uk"):
            reviews = json.loads((folder / ledger.file_name(ledger.JSONLD_NAME, language)).read_text())["@graph"]
            assert {review["url"] for review in reviews} == {f"{record.page(language)}#{e.claim_id}" for e in own}
            assert {review["inLanguage"] for review in reviews} == {language}
        charts = {p.name for p in folder.iterdir() if p.is_dir()}
        assert charts == set(gallery.declared_charts(name))  # its stories' charts, no other's
    second_page = (articles.published_dir(second) / gallery.PAGE_NAME).read_text()
    assert "1 of the article's 2 checked statements" in second_page
    assert articles.publishing(first).page("en") != articles.publishing(second).page("en")
    index = (exports / gallery.PAGE_NAME).read_text()
    for name in two_articles:
        assert f'href="{name}/index.html"' in index and html.escape(articles.article(name).headline, quote=False) in index
        assert f'href="{name}/claims-ledger.md"' in index
    assert f'href="{first}/index.uk.html"' not in index  # the English index links the English pages
    assert f'href="{second}/index.uk.html"' in (exports / "index.uk.html").read_text()


def test_with_two_articles_no_page_links_to_a_missing_file(two_articles):
    exports = articles.published_dir(two_articles[0]).parent
    pages = [exports / name for name in (gallery.PAGE_NAME, "index.uk.html")]
    pages += [articles.published_dir(name) / page for name in two_articles for page in (gallery.PAGE_NAME, "index.uk.html")]
    for page in pages:
        for target in _local_targets(page.read_text()):
            assert (page.parent / target).resolve().is_file(), f"{page.relative_to(exports)} links {target}"
            assert (page.parent / target).resolve().is_relative_to(page.parent.resolve())  # within its own folder


def test_with_two_articles_the_summary_groups_the_claims_by_article(two_articles):
    text = build.summary([])
    first, second = two_articles
    at = {name: text.index(f"\n{name}: ") for name in two_articles}
    assert at[first] < at[second]
    first_part, second_part = text[at[first] : at[second]], text[at[second] :]
    assert f"  {SECOND_CLAIM}" in second_part and f"  {SECOND_CLAIM}" not in first_part
    assert "1 of the article's 2 checked statements" in second_part
    own_first = [e for e in ledger.entries() if e.article.name == first]
    assert ledger.headline(own_first) in first_part
    assert "Preview: the JSON-LD is marked a draft" in text and "make publish" in text


def test_a_publishing_build_refuses_the_article_whose_record_is_incomplete(two_articles):
    first, second = two_articles
    set_record(second, {})
    with pytest.raises(DataError) as error:
        gallery.write(publish=True)
    assert f"The article {second!r} cannot be published: `publishing.publisher.name` is missing" in str(error.value)


# -- in a browser -------------------------------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class _served:
    """A folder served on 127.0.0.1 (a free port), as a web server would publish it."""

    def __init__(self, folder: Path):
        self.httpd = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(folder))
        )

    def __enter__(self) -> str:
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/"

    def __exit__(self, *exc):
        self.httpd.shutdown()
        self.thread.join()
        self.httpd.server_close()


@pytest.fixture(scope="module")
def server(exports, page):
    with _served(exports) as url:
        yield url


def test_in_a_browser_every_image_loads_and_every_link_resolves(browser, server, page):
    tab = browser.new_page(viewport={"width": 1000, "height": 800})
    outside, refused = [], []
    tab.on("console", lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None)

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
    assert not refused, f"the page's own policy refused something it needs: {refused}"

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
    assert checked == len([link for link in links if link.startswith(server)]) > 5
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
    # labels no smaller than they are set (10 px in one column, issue 27): each chart at least its own width
    drawn = tab.eval_on_selector_all("figure img", "els => els.map(e => e.getBoundingClientRect().width)")
    assert drawn and min(drawn) >= charts.ONE_COLUMN.inches * charts.CSS_DPI, drawn
    assert tab.locator("#claims thead").evaluate("e => e.getBoundingClientRect().right") <= 0  # cards, no header row
    tab.close()
