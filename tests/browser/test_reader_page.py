"""The reader page in Chromium, served as static files from 127.0.0.1: it shows what the kit computes (50 random
weightings and 50 random choices of countries, each checked against kit.composite and the story's own charts),
writes numbers as Babel does, works by keyboard, passes axe-core in every language on a desktop and a 360 px
phone with nothing overlapping, keeps its view in the address, explains a bad link in its own language, shows its
charts without scripts, and embeds in another page in an iframe that follows its content's height."""

from __future__ import annotations

import threading
import urllib.parse

import numpy as np
import pytest
from browser_harness import DOCS, LOCAL, OUTPUT, REFRESH_DOCS

from kit import fmt, i18n
from kit.reader import page, serve, vendor
from kit.stories.ai_vibrancy import charts as vibrancy_charts
from kit.stories.ai_vibrancy import compute as vibrancy
from kit.stories.ai_vibrancy import explore as vibrancy_explore

ARTICLE = vibrancy.ARTICLE
REWEIGHT, COMPARE = "re-weight-the-index", "compare-countries"
STATES = 50  # random views of each explorer, checked against the kit's own computation
PHONE, DESKTOP = (360, 740), (1280, 900)
AXE = vendor.file("axe-core", "axe.min.js").decode("utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The published folder with the article's reader pages, served by a plain static server on 127.0.0.1."""
    root = tmp_path_factory.mktemp("site")
    page.write(root / ARTICLE, ARTICLE)
    httpd = serve.server(root)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{httpd.server_address[1]}/{ARTICLE}"
    httpd.shutdown()
    httpd.server_close()


class Tab:
    """A tab that may only talk to 127.0.0.1 and records what went wrong in the page."""

    def __init__(self, browser, size=DESKTOP, scripts=True):
        self.context = browser.new_context(
            viewport={"width": size[0], "height": size[1]}, java_script_enabled=scripts, device_scale_factor=1
        )
        self.context.set_default_timeout(60_000)
        self.refused, self.errors = [], []
        self.context.route("**/*", self._only_local)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    def _only_local(self, route):
        if route.request.url.startswith(LOCAL):
            route.continue_()
        else:
            self.refused.append(route.request.url)
            route.abort()

    def open(self, address: str):
        self.page.goto(address)
        self.page.wait_for_selector("html[data-ready]")
        return self.page

    def close(self):
        assert not self.refused, f"the page asked for addresses outside 127.0.0.1: {self.refused}"
        assert not self.errors, self.errors
        self.context.close()


@pytest.fixture
def tab(browser):
    opened = Tab(browser)
    yield opened
    opened.close()


def address(base: str, language: str, parts: dict[str, str] | None = None) -> str:
    query = "&".join(f"{key}={urllib.parse.quote(value, safe=',')}" for key, value in (parts or {}).items())
    return f"{base}/{page.page_name(language)}" + (f"?{query}" if query else "")


def shown_ranking(tab_page) -> list[tuple[str, int, str]]:
    return tab_page.eval_on_selector_all(
        f"#{REWEIGHT} .kit-data tbody tr",
        "rows => rows.map(r => [r.dataset.code, Number(r.dataset.rank), r.cells[2].textContent])",
    )


def chart_text(tab_page, explorer: str, part: str) -> str:
    return tab_page.text_content(f"#{explorer} .kit-chart-{part}")


def random_weights(rng, keys) -> dict[str, float]:
    """Weights on the sliders' grid (0 to 2 in steps of 0.05), not all zero; some pillars left at zero."""
    while True:
        steps = rng.integers(0, 41, size=len(keys)) * (rng.random(len(keys)) > 0.15)
        if steps.any():
            return {key: round(int(step) * 0.05, 2) for key, step in zip(keys, steps, strict=True)}


def test_fifty_random_weightings_rank_and_read_as_the_kit_computes_them(site, tab):
    _, base = site
    rng = np.random.default_rng(2026)
    made_in = {}
    for language in i18n.LANGUAGES:
        with i18n.use(language):
            made_in[language] = vibrancy_explore.reweight_reader()
    keys = made_in["en"].keys()  # pillar -> key in the address
    for number in range(STATES):
        language = i18n.LANGUAGES[number % len(i18n.LANGUAGES)]
        made = made_in[language]
        by_key = random_weights(rng, list(keys.values()))
        weights = {pillar: by_key[key] for pillar, key in keys.items()}
        tab_page = tab.open(address(base, language, {f"{REWEIGHT}.{k}": repr(v) for k, v in by_key.items()}))
        with i18n.use(language):
            expected = made.ranking(weights)
            assert shown_ranking(tab_page) == [
                [row.code, int(row.rank), fmt.decimal(row.score)] for row in expected.itertuples()
            ], weights
            scores = tab_page.eval_on_selector_all(f"#{REWEIGHT} .kit-data tbody tr", "rows => rows.map(r => Number(r.dataset.score))")
            assert np.allclose(scores, expected["score"], rtol=0, atol=1e-9)
            chart = vibrancy_charts.ranking_chart(weights)
            assert chart_text(tab_page, REWEIGHT, "title") == chart.title
            assert chart_text(tab_page, REWEIGHT, "note") == chart.note
            assert tab_page.get_attribute(f"#{REWEIGHT} .kit-plot svg", "aria-label") == made.texts(weights)["alt"]


def test_fifty_random_choices_of_countries_compare_as_the_kit_computes_them(site, tab):
    _, base = site
    rng = np.random.default_rng(2027)
    codes = list(vibrancy.country_names())
    low, high = vibrancy.COMPARE_SIZE
    for number in range(STATES):
        language = i18n.LANGUAGES[number % len(i18n.LANGUAGES)]
        chosen = [str(code) for code in rng.choice(codes, size=int(rng.integers(low, high + 1)), replace=False)]
        tab_page = tab.open(address(base, language, {f"{COMPARE}.countries": ",".join(chosen)}))
        with i18n.use(language):
            expected = vibrancy.compare(chosen)
            order = list(dict.fromkeys(expected["iso3"]))
            rows = tab_page.eval_on_selector_all(
                f"#{COMPARE} .kit-data tbody tr", "rows => rows.map(r => [r.dataset.code, ...[...r.cells].slice(1).map(c => c.textContent)])"
            )
            wide = expected.pivot(index="iso3", columns="pillar", values="score").loc[order, vibrancy.pillars()]
            assert rows == [[code, *(fmt.decimal(v) for v in wide.loc[code])] for code in order]
            chart = vibrancy_charts.comparison_chart(chosen)
            assert chart_text(tab_page, COMPARE, "title") == chart.title
            assert chart_text(tab_page, COMPARE, "note") == chart.note
            assert tab_page.get_attribute(f"#{COMPARE} .kit-plot svg", "aria-label") == chart.alt_text
            chips = tab_page.eval_on_selector_all(f"#{COMPARE} .kit-chips button", "b => b.map(x => x.dataset.code)")
            assert chips == list(dict.fromkeys(chosen))


def test_the_browser_writes_numbers_lists_and_ranks_as_babel_does_for_the_kit(site, tab):
    _, base = site
    values = [0, 0.05, 0.25, 0.35, 1.25, 2.675, 10.65, 10.75, 28.049999, 99.95, 1234.5, 9000, 485000, 1e-7]
    for language in i18n.LANGUAGES:
        tab_page = tab.open(address(base, language))
        shown = tab_page.evaluate(
            """values => ({
              decimal: values.map(v => kitReader.fmt.decimal(v)),
              count: values.map(v => kitReader.fmt.count(v)),
              trimmed: values.map(v => kitReader.fmt.trimmed(v, 2)),
              two: values.map(v => kitReader.fmt.number(v, 2)),
              ordinal: [1, 2, 3, 4, 11, 12, 13, 21, 22, 28, 101, 111].map(n => kitReader.fmt.ordinal(n)),
              names: [["A"], ["A", "B"], ["A", "B", "C"], ["Росія", "Китай", "Індія", "США"]].map(n => kitReader.fmt.names(n)),
            })""",
            values,
        )
        with i18n.use(language):
            assert shown == {
                "decimal": [fmt.decimal(v) for v in values],
                "count": [fmt.count(v) for v in values],
                "trimmed": [fmt.trimmed(v, 2) for v in values],
                "two": [fmt.number(v, 2) for v in values],
                "ordinal": [fmt.ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 28, 101, 111)],
                "names": [fmt.names(n) for n in (["A"], ["A", "B"], ["A", "B", "C"], ["Росія", "Китай", "Індія", "США"])],
            }, language


def serious_violations(tab_page) -> list[str]:
    tab_page.add_script_tag(content=AXE)
    found = tab_page.evaluate(
        "async () => (await axe.run(document)).violations.map(v => [v.id, v.impact, v.nodes.length, v.help])"
    )
    return [f"{id_}: {impact}, {nodes} nodes: {text}" for id_, impact, nodes, text in found if impact in ("serious", "critical")]


@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_nothing_serious_in_any_language_and_nothing_overlaps(site, browser, size):
    _, base = site
    opened = Tab(browser, size)
    try:
        for language in i18n.LANGUAGES:
            for name in (page.page_name(language), page.page_name(language, COMPARE), page.page_name(language, REWEIGHT)):
                tab_page = opened.open(f"{base}/{name}")
                tab_page.click(f"summary")  # the data tables too
                assert serious_violations(tab_page) == [], (language, name)
                assert tab_page.evaluate("document.documentElement.scrollWidth <= innerWidth"), "scrolls sideways"
                assert overlaps(tab_page) == [], (language, name, size)
        opened.page.goto(f"{base}/{page.page_name('uk')}")
        opened.page.wait_for_selector("html[data-ready]")
        opened.page.screenshot(path=str(OUTPUT / f"reader/page-{size[0]}.png"), full_page=True)
        if REFRESH_DOCS and size == DESKTOP:  # the README's picture (make screenshots)
            opened.page.locator(f"#{REWEIGHT}").screenshot(path=str(DOCS / "reader-page.png"), animations="disabled")
    finally:
        opened.close()


def overlaps(tab_page) -> list[str]:
    """Pairs of controls and labels whose boxes intersect (neither inside the other)."""
    return tab_page.evaluate(
        """() => {
          const parts = [...document.querySelectorAll(
            '.kit-controls label, .kit-controls input, .kit-controls output, .kit-controls button, .kit-controls legend,' +
            '.kit-chips li, .kit-chosen, .kit-chooser-label, .kit-chart-title, .kit-chart-subtitle, .kit-plot svg,' +
            '.kit-chart-note, .kit-chart-source, .kit-languages a, .kit-languages b')]
            .filter(e => e.getClientRects().length);
          const found = [];
          for (let i = 0; i < parts.length; i++) for (let j = i + 1; j < parts.length; j++) {
            const [a, b] = [parts[i], parts[j]];
            if (a.contains(b) || b.contains(a)) continue;
            const [r, s] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
            const x = Math.min(r.right, s.right) - Math.max(r.left, s.left);
            const y = Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top);
            if (x > 0.5 && y > 0.5) found.push(`${a.outerHTML.slice(0, 60)} | ${b.outerHTML.slice(0, 60)}`);
          }
          return found;
        }"""
    )


def test_every_control_works_by_keyboard(site, tab):
    _, base = site
    tab_page = tab.open(address(base, "en"))
    names = vibrancy_explore.compare_reader().entity_names
    # remove a chosen country: Tab to its × and press Enter; the keyboard stays in the list
    first = tab_page.locator(f"#{COMPARE} .kit-chips button").first
    removed = first.get_attribute("data-code")
    first.focus()
    tab_page.keyboard.press("Enter")
    chips = tab_page.eval_on_selector_all(f"#{COMPARE} .kit-chips button", "b => b.map(x => x.dataset.code)")
    assert removed not in chips and len(chips) == len(vibrancy.default_comparison()) - 1
    assert tab_page.evaluate("document.activeElement.dataset.code") == chips[0]
    # add one by typing its name and Enter; Backspace in the empty field removes the last chosen
    tab_page.focus(f"#{COMPARE}-add")
    tab_page.keyboard.type("Italy")
    tab_page.keyboard.press("Enter")
    assert tab_page.eval_on_selector_all(f"#{COMPARE} .kit-chips button", "b => b.map(x => x.dataset.code)")[-1] == "ITA"
    tab_page.keyboard.press("Backspace")
    assert "ITA" not in tab_page.eval_on_selector_all(f"#{COMPARE} .kit-chips button", "b => b.map(x => x.dataset.code)")
    assert names["ITA"] not in tab_page.text_content(f"#{COMPARE} .kit-chart-title")
    # a slider: Tab to it, arrow keys move it, the ranking follows; the reset button by keyboard
    slider = tab_page.locator(f"#{REWEIGHT}-r-d")
    slider.focus()
    for _ in range(4):
        tab_page.keyboard.press("ArrowLeft")
    assert slider.input_value() == "0.8"
    with i18n.use("en"):
        assert chart_text(tab_page, REWEIGHT, "title") == vibrancy_charts.ranking_chart({"R&D": 0.8}).title
    tab_page.keyboard.press("Tab")
    assert tab_page.evaluate("document.activeElement.id") == f"{REWEIGHT}-responsible-ai"
    tab_page.focus(f"#{REWEIGHT} .kit-reset")
    tab_page.keyboard.press("Enter")
    assert slider.input_value() == "1" and chart_text(tab_page, REWEIGHT, "title") == vibrancy_charts.ranking_chart().title
    # every slider has a name a screen reader reads
    labelled = tab_page.eval_on_selector_all("input[type=range]", "s => s.map(x => x.labels.length && x.labels[0].textContent)")
    assert all(labelled) and len(labelled) == len(vibrancy.pillars())


def test_the_view_goes_into_the_address_and_a_shared_address_shows_it(site, browser, tab):
    _, base = site
    tab_page = tab.open(address(base, "ru"))
    tab_page.focus(f"#{REWEIGHT}-talent")
    tab_page.keyboard.press("ArrowRight")
    tab_page.locator(f"#{COMPARE} .kit-chips button").last.click()
    shared = tab_page.url
    assert f"{REWEIGHT}.talent=0.65" in shared and f"{COMPARE}.countries=" in shared
    assert tab_page.get_attribute(".kit-share a", "href") == "?" + shared.split("?", 1)[1]
    other = Tab(browser, PHONE)
    try:
        again = other.open(shared)
        for explorer in (REWEIGHT, COMPARE):
            for part in ("title", "note"):
                assert chart_text(again, explorer, part) == chart_text(tab_page, explorer, part)
        assert shown_ranking(again) == shown_ranking(tab_page)
    finally:
        other.close()


def test_a_bad_link_says_what_is_wrong_in_the_pages_language_and_shows_the_first_view(site, tab):
    _, base = site
    bad = {f"{REWEIGHT}.r-d": "lots", f"{COMPARE}.countries": "RUS,XXX", "nonsense": "1"}
    tab_page = tab.open(address(base, "uk", bad))
    problems = tab_page.text_content(".kit-link-problems")
    with i18n.use("uk"):
        assert problems.startswith(i18n.t("reader-problems", problems="").strip()[:40])
        assert i18n.t("reader-problem-number", key=f"{REWEIGHT}.r-d", value="lots") in problems
        assert i18n.t("reader-problem-choice", key=f"{COMPARE}.countries", value="XXX") in problems
        assert i18n.t("reader-problem-unknown", key="nonsense") in problems
        assert chart_text(tab_page, REWEIGHT, "title") == vibrancy_charts.ranking_chart().title
        assert chart_text(tab_page, COMPARE, "title") == vibrancy_charts.comparison_chart().title
    assert tab_page.is_visible(".kit-link-problems")


def test_an_old_link_to_another_language_opens_that_languages_page(site, tab):
    _, base = site
    tab_page = tab.open(f"{base}/{page.page_name('en')}?lang=ru&{REWEIGHT}.economy=1.5")
    assert tab_page.url.endswith(f"{page.page_name('ru')}?{REWEIGHT}.economy=1.5")
    assert tab_page.evaluate("document.documentElement.lang") == "ru"


def test_without_scripts_the_page_shows_its_default_charts_as_pictures_with_alt_text(site, browser):
    _, base = site
    for size in (DESKTOP, PHONE):
        opened = Tab(browser, size, scripts=False)
        try:
            tab_page = opened.page
            tab_page.goto(address(base, "uk"))
            tab_page.wait_for_load_state("load")
            pictures = tab_page.eval_on_selector_all(
                ".kit-plot img", "images => images.map(i => [i.currentSrc.split('/').pop(), i.naturalWidth, i.alt])"
            )
            width = "one-column" if size == PHONE else "web"
            assert [name for name, _, _ in pictures] == [f"{COMPARE}.uk.{width}.png", f"{REWEIGHT}.uk.{width}.png"]
            with i18n.use("uk"):
                from kit.widgets import screen_text

                wanted = [screen_text(vibrancy_charts.comparison_chart()), screen_text(vibrancy_charts.ranking_chart())]
            assert [alt for _, _, alt in pictures] == wanted and all(loaded for _, loaded, _ in pictures)
            assert not tab_page.is_visible(".kit-controls")
        finally:
            opened.close()


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["360px", "1280px"])
def test_an_embedded_explorer_takes_the_height_of_its_content(site, browser, size):
    import json

    root, base = site
    codes = json.loads((root / ARTICLE / "embed.json").read_text(encoding="utf-8"))
    host = root / ARTICLE / "host.html"
    host.write_text(
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title></head>'
        "<body style='margin:8px'><p>An article that embeds two explorers.</p>"
        + "".join(f"{codes[e]['en']['code']}<p>Text between.</p>" for e in (COMPARE, REWEIGHT))
        + "</body></html>",
        encoding="utf-8",
    )
    opened = Tab(browser, size)
    try:
        tab_page = opened.page
        tab_page.goto(f"{base}/host.html")
        for index, explorer in enumerate((COMPARE, REWEIGHT)):
            frame = tab_page.frame_locator("iframe[data-kit-reader]").nth(index)
            frame.locator("html[data-ready]").wait_for(state="attached")
            settled(tab_page, index)
        assert tab_page.evaluate("document.documentElement.scrollWidth <= innerWidth")
        # fewer countries chosen: the frame's content is shorter, and the frame follows
        before = frame_height(tab_page, 0)
        compare = tab_page.frame_locator("iframe[data-kit-reader]").nth(0)
        for _ in range(4):
            compare.locator(".kit-chips button").first.click()
        settled(tab_page, 0)
        assert frame_height(tab_page, 0) < before
    finally:
        opened.close()


def frame_height(tab_page, index: int) -> float:
    return tab_page.evaluate("i => document.querySelectorAll('iframe[data-kit-reader]')[i].getBoundingClientRect().height", index)


def settled(tab_page, index: int) -> None:
    """Until the iframe is as tall as its content: no scrollbar, nothing cut."""
    tab_page.wait_for_function(
        """i => {
          const frame = document.querySelectorAll('iframe[data-kit-reader]')[i];
          const inner = frame.contentDocument && frame.contentDocument.documentElement;
          if (!inner || !inner.dataset.ready) return false;
          const content = Math.ceil(inner.getBoundingClientRect().height);
          return Math.abs(frame.clientHeight - content) <= 1 && inner.scrollHeight <= frame.clientHeight + 1
            && inner.scrollWidth <= frame.clientWidth;
        }""",
        arg=index,
    )


def test_every_weight_at_zero_says_why_there_is_no_ranking_instead_of_drawing_one(site, tab):
    _, base = site
    tab_page = tab.open(address(base, "ru"))
    sliders = tab_page.locator(f"#{REWEIGHT} input[type=range]")
    for index in range(sliders.count()):
        sliders.nth(index).focus()
        tab_page.keyboard.press("Home")
    with i18n.use("ru"):
        assert tab_page.text_content(f"#{REWEIGHT} .kit-weights-status") == i18n.t("reader-all-zero")
    assert tab_page.locator(f"#{REWEIGHT} .kit-plot svg").count() == 0
    assert tab_page.locator(f"#{REWEIGHT} .kit-data tbody tr").count() == 0
    tab_page.keyboard.press("ArrowRight")  # the last slider, Infrastructure, to 0.05: a ranking again
    with i18n.use("ru"):
        only = {pillar: 0.0 for pillar in vibrancy.pillars()} | {"Infrastructure": 0.05}
        assert chart_text(tab_page, REWEIGHT, "title") == vibrancy_charts.ranking_chart(only).title
    assert tab_page.text_content(f"#{REWEIGHT} .kit-weights-status") == ""
    zeros = {f"{REWEIGHT}.{key}": "0" for key in vibrancy_explore.reweight_reader().keys().values()}
    again = tab.open(address(base, "en", zeros))
    assert i18n.t("reader-problem-zero", key=REWEIGHT) in again.text_content(".kit-link-problems")
    assert chart_text(again, REWEIGHT, "title") == vibrancy_charts.ranking_chart().title
