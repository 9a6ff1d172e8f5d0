"""The reader page as files (the browser tests drive it in Chromium): what the build writes beside the gallery,
its texts in every language from the catalogs, its vendored npm packages checked against the lockfile, the house
font subset that covers every character it shows, and explorer declarations that do not hold together refused."""

from __future__ import annotations

import html
import json
import re
import shutil
import urllib.parse
from html.parser import HTMLParser

import pandas as pd
import pytest
from fluent.syntax import FluentParser, ast

from kit import articles, build, charts, export, i18n, story
from kit.errors import StoryError
from kit.reader import Comparison, Reweighting, fonts, page, vendor
from kit.stories.ai_vibrancy import STORY as VIBRANCY
from kit.stories.ai_vibrancy import charts as vibrancy_charts
from kit.stories.ai_vibrancy import explore as vibrancy_explore

ARTICLE = VIBRANCY.article


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """The article's reader pages, written once for this module."""
    folder = tmp_path_factory.mktemp("published") / ARTICLE
    page.write(folder, ARTICLE)
    return folder


class Parts(HTMLParser):
    """What a page loads and links, and its visible text."""

    def __init__(self):
        super().__init__()
        self.loads, self.links, self.text, self.scripts = [], [], [], {}
        self._script = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script":
            self._script = attrs.get("id", "")
            if "src" in attrs:
                self.loads.append(attrs["src"])
        if tag in ("img", "source") and ("src" in attrs or "srcset" in attrs):
            self.loads.append(attrs.get("src") or attrs["srcset"])
        if tag == "link":
            self.loads.append(attrs["href"])
        if tag == "a":
            self.links.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            self.scripts[self._script] = self.scripts.get(self._script, "") + data
        else:
            self.text.append(data)


def parts(path) -> Parts:
    parser = Parts()
    parser.feed(path.read_text(encoding="utf-8"))
    return parser


def test_the_build_writes_a_reader_page_per_language_beside_the_gallery(published):
    languages = page.languages(page.declared(ARTICLE))
    assert languages == i18n.LANGUAGES
    names = {path.name for path in published.iterdir()}
    for language in languages:
        assert {page.page_name(language), page.embed_name(language)} <= names
        assert {page.page_name(language, explorer) for explorer in ("compare-countries", "re-weight-the-index")} <= names
    assets = {path.name for path in (published / page.ASSETS).iterdir()}
    assert {"reader.js", "fluent-bundle.js", "source-sans-pro-400.woff2", "compare-countries.csv"} <= assets
    assert {f"re-weight-the-index.{language}.web.png" for language in languages} <= assets


def test_a_page_loads_only_files_beside_it_and_links_nothing_but_sources_and_its_own_pages(published):
    for language in i18n.LANGUAGES:
        found = parts(published / page.page_name(language))
        loads = [address for address in found.loads if address != "data:,"]  # the empty icon: no request at all
        assert loads and all(not re.match(r"[a-z]+:|//", address) for address in loads), loads
        for address in loads:
            local = published / urllib.parse.urlsplit(address).path
            assert local.is_file(), address
        external = {address for address in found.links if re.match(r"https?:", address)}
        described = articles.article(ARTICLE)
        assert described.url in external and all(address.startswith("https://") for address in external)


def test_the_page_is_written_in_its_language_from_the_catalogs(published):
    for language in i18n.LANGUAGES:
        document = published / page.page_name(language)
        text = " ".join(parts(document).text)
        with i18n.use(language):
            for key in ("reader-page-title", "vibrancy-reader-compare-heading", "vibrancy-reader-reweight-heading"):
                assert i18n.t(key) in text
            assert vibrancy_charts.ranking_chart().title in text  # the default view, written before any script runs
            assert vibrancy_charts.comparison_chart().title in text
        assert f'<html lang="{language}"' in document.read_text(encoding="utf-8")


def test_the_browser_gets_every_text_it_renders_with_the_terms_they_use(published):
    for language in i18n.LANGUAGES:
        found = parts(published / page.page_name(language))
        resource = FluentParser().parse(found.scripts["kit-reader-messages"])
        assert not [entry for entry in resource.body if isinstance(entry, ast.Junk)]
        defined = {("-" if isinstance(e, ast.Term) else "") + e.id.name for e in resource.body}
        config = json.loads(found.scripts["kit-reader"])
        wanted = {
            message["id"]
            for explorer in config["explorers"]
            for message in [*explorer["messages"].values(), *(c["message"] for c in explorer.get("caveats", ()))]
            if isinstance(message, dict)
        }
        assert wanted | set(page.BROWSER_TEXTS) | {"-vibrancy"} <= defined


def test_the_data_beside_the_page_is_the_index_the_kit_computes_with(published):
    index = vibrancy_explore.reweight_reader().index
    tidy = pd.read_csv(published / page.ASSETS / "re-weight-the-index.csv")
    wide = tidy.pivot(index="entity", columns="measure", values="value").loc[index.scores.index, index.pillars]
    assert (wide.to_numpy() == index.scores.to_numpy()).all()  # every value read back exactly


def test_the_font_subset_has_a_glyph_for_every_character_the_pages_show(published):
    shown = set()
    for path in published.glob("*.html"):
        found = parts(path)
        shown |= set("".join(found.text)) | set(found.scripts.get("kit-reader-messages", ""))
        shown |= set(found.scripts.get("kit-reader", ""))
    wanted = {ord(char) for char in shown if char.isprintable() and not char.isspace()} - {0xE000}
    for weight in fonts.WEIGHTS:
        assert not sorted(chr(code) for code in wanted - fonts.covered(weight))


def test_the_vendored_npm_packages_are_the_tarballs_the_lockfile_pins():
    assert vendor.locked() and not vendor.problems()
    for name, entry in vendor.locked().items():
        assert vendor.integrity(vendor.tarball(name).read_bytes()) == entry["integrity"]


def test_a_vendored_tarball_that_differs_from_the_lockfile_is_refused(tmp_path, monkeypatch):
    copy = tmp_path / "vendor"
    shutil.copytree(vendor.VENDOR, copy)
    damaged = copy / vendor.tarball("@fluent/bundle").name
    payload = bytearray(damaged.read_bytes())
    payload[len(payload) // 2] ^= 0xFF
    damaged.write_bytes(bytes(payload))
    monkeypatch.setattr(vendor, "VENDOR", copy)
    vendor.file.cache_clear()
    try:
        assert [str(p.problem) for p in vendor.problems()] == [
            "The vendored @fluent/bundle 0.19.1 is not the tarball the lockfile pins."
        ]
        with pytest.raises(vendor.VendorError, match="make vendor"):
            vendor.file(*page.FLUENT)
    finally:
        vendor.file.cache_clear()


def test_explorers_for_readers_say_what_the_story_charts_say(published):
    """The texts the page starts from are the story's own chart texts for the same view (the browser tests
    compare what the browser renders with these)."""
    for language in i18n.LANGUAGES:
        with i18n.use(language):
            reweighting, comparison = vibrancy_explore.reweight_reader(), vibrancy_explore.compare_reader()
            for weights in (None, {"R&D": 0.0, "Talent": 2.0}, {"Economy": 1.55, "Public Opinion": 0.0}):
                chart = vibrancy_charts.ranking_chart(weights)
                texts = reweighting.texts(weights)
                assert (texts["title"], texts["subtitle"], texts["note"]) == (chart.title, chart.subtitle, chart.note)
            for chosen in (None, ["USA", "CHN"], ["ITA", "AUT", "RUS", "EST", "NOR"]):
                chart = vibrancy_charts.comparison_chart(chosen)
                texts = comparison.texts(chosen)
                assert (texts["title"], texts["note"], texts["alt"]) == (chart.title, chart.note, chart.alt_text)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"subject": "XXX"}, "names entities or pillars its index does not have"),
        ({"weights": (0.0, 2.0, 0.3)}, "is not a value its slider can take"),
    ],
)
def test_a_reweighting_that_does_not_hold_together_is_refused(change, problem):
    made = vibrancy_explore.reweight_reader()
    fields = {name: getattr(made, name) for name in made.__dataclass_fields__}
    with pytest.raises(StoryError, match=problem):
        Reweighting(**{**fields, **change})


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        ({"default": ["RUS"]}, "starts with 1 entities, outside its limits 2 to 8"),
        ({"default": ["RUS", "XXX"]}, "names entities or measures its table does not have"),
    ],
)
def test_a_comparison_that_does_not_hold_together_is_refused(change, problem):
    made = vibrancy_explore.compare_reader()
    fields = {name: getattr(made, name) for name in made.__dataclass_fields__}
    with pytest.raises(StoryError, match=problem):
        Comparison(**{**fields, **change})


def test_the_build_writes_reader_pages_only_for_articles_whose_built_stories_offer_them(out_dirs, monkeypatch):
    written = []
    monkeypatch.setattr(page, "write", lambda folder, article: written.append((folder.name, article)) or [])
    others = [each for each in story.stories() if not each.readers]
    build.write_reader_pages(others)
    assert written == []
    build.write_reader_pages(story.stories())
    assert written == [(ARTICLE, ARTICLE)]


def test_embed_codes_are_written_for_the_gallery(published):
    codes = json.loads((published / "embed.json").read_text(encoding="utf-8"))
    assert set(codes) == {"compare-countries", "re-weight-the-index"}
    for explorer, by_language in codes.items():
        assert set(by_language) == set(i18n.LANGUAGES)
        for language, embed in by_language.items():
            assert embed["page"] == page.page_name(language, explorer) and (published / embed["page"]).is_file()
            assert f'<iframe src="{embed["page"]}" title="{html.escape(embed["title"])}"' in embed["code"]
            assert "kitReaderHeight" in embed["code"]


def test_the_page_links_the_articles_own_gallery_when_it_has_one(tmp_path):
    folder = tmp_path / ARTICLE
    folder.mkdir()
    context = page.Context(ARTICLE, folder, tmp_path, i18n.LANGUAGES, "uk", {})
    with i18n.use("uk"):
        assert f'<a href="../index.uk.html">{i18n.t("reader-gallery-link")}</a>' in page._article_line(context)
        beside = page.Context(ARTICLE, folder, folder, i18n.LANGUAGES, "uk", {})
        assert '<a href="index.uk.html">' in page._article_line(beside)


def test_a_default_view_the_build_exported_is_read_not_drawn_again(out_dirs, tmp_path):
    """A reader page written outside the article's folder still takes the chart's exported pictures, from where the
    chart is exported (its article's folder for a declared chart)."""
    chart = vibrancy_charts.ranking_chart()
    exported = export.folder_of(chart.slug)
    assert exported.is_relative_to(out_dirs[0] / ARTICLE)  # a declared chart: in its article's folder
    exported.mkdir(parents=True)
    for width in (charts.WEB, charts.ONE_COLUMN):
        (exported / f"{chart.slug}.{width.name}.png").write_bytes(f"exported {width.name}".encode())
    pictures = page._pictures("re-weight", chart, i18n.SOURCE, tmp_path / "elsewhere")
    assert sorted(pictures.values()) == sorted(f"exported {w.name}".encode() for w in (charts.WEB, charts.ONE_COLUMN))
