"""The published pages: for each article, its gallery `exports/<article>/index.html`: an index of thumbnails at
the top, then every chart its stories declare once (its image, which carries its title, subtitle, note and source
line: the page does not repeat them), its alt text, the verdicts of the claims it shows (from the ledger), its data
("get the data"), an embed snippet (a responsive image: the web PNG on wide screens, the one-column PNG on narrow
ones, with alt text), its sources linked, and links to its files; and the article's claims. It fits a phone: the
claims table becomes one card per claim, and the charts keep their labels at the size they are set. Then
`exports/index.html`, the articles listed with their tallies.

Static pages with relative links and inline styles only: no script (a Content-Security-Policy forbids any) and
nothing fetched from the network, so an article's folder can be opened from disk, zipped or copied to any web
server as it is. Every text is escaped for where it stands (text, attribute, address), and only http(s)
addresses become links. A gallery lists only the chart folders its article's stories declare: a folder someone
else wrote into `exports/` is never published.
"""

from __future__ import annotations

import dataclasses
import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from kit import articles, claims, data, files, i18n, ledger, paths, story, words
from kit.ledger import Entry
from kit.typography import NBSP

PAGE_NAME = "index.html"
# No script, nothing from another origin: images from the page's own folder, its inline styles; no forms, no base.
CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
FILE_KINDS = (  # file-name endings, in the order the page lists them (what each is: `gallery-file-<ending>`)
    ".web.png",
    ".web.svg",
    ".web.pdf",
    ".one-column.png",
    ".one-column.svg",
    ".one-column.pdf",
    ".two-column.png",
    ".two-column.svg",
    ".two-column.pdf",
    ".datawrapper.csv",
    ".csv",
    ".alt.txt",
    ".json",
)
VERDICT_COLOURS = {  # background, text: distinguishable without colour too, since the verdict is written out
    claims.Verdict.ACCURATE: ("#d9eedb", "#1d4d22"),
    claims.Verdict.ACCURATE_WITH_CAVEATS: ("#fbeccb", "#5c4200"),
    claims.Verdict.INACCURATE: ("#f6d3d3", "#6b0f0f"),
    claims.Verdict.UNSUPPORTED: ("#e4e4e4", "#333333"),
    claims.Verdict.UNVERIFIED: ("#dde6f3", "#1f3a5f"),
}
STYLE = """
body{font-family:"Source Sans Pro","Source Sans 3",Helvetica,Arial,sans-serif;color:#1a1a1a;max-width:760px;
margin:2rem auto;padding:0 1rem;line-height:1.4}
h1{font-size:1.7rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin:.2rem 0}.muted{color:#666}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{text-align:left;vertical-align:top;
padding:.35rem .4rem;border-bottom:1px solid #ddd}
.verdict{display:inline-block;padding:0 .45rem;border-radius:.3rem;font-weight:600;white-space:nowrap}
figure{margin:2.5rem 0 0;padding-top:1rem;border-top:2px solid #1a1a1a}figure img{max-width:100%;height:auto;
border:1px solid #eee}figcaption p{margin:.35rem 0}.files{font-size:.9rem;padding-left:1.1rem}
.alt{background:#f6f6f6;padding:.4rem .6rem;font-size:.9rem}table.verdicts{width:auto;margin:.6rem 0}
caption{text-align:left;font-weight:600;padding-bottom:.3rem}
a,code{overflow-wrap:anywhere}.data a{font-weight:600}
.embed textarea{width:100%;box-sizing:border-box;font:.8rem/1.3 monospace;height:7.5em}
nav.contents ul{display:grid;grid-template-columns:repeat(auto-fill,minmax(9.5rem,1fr));gap:.9rem .8rem;
list-style:none;padding:0;margin:1rem 0}nav.contents a{display:block;font-size:.85rem;line-height:1.25;
color:inherit;text-decoration:none}nav.contents img{display:block;width:100%;height:auto;border:1px solid #eee;
margin-bottom:.25rem}
.shown-in-image{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (max-width:600px){body{margin:1rem auto;padding:0 .5rem}figure img{border:0}
#claims table,#claims thead,#claims tbody,#claims tr,#claims td{display:block;width:auto}
#claims thead{position:absolute;left:-9999px}#claims tr{border-bottom:2px solid #1a1a1a;padding:.4rem 0}
#claims td{border:0;padding:.15rem 0}
#claims td:nth-of-type(2)::before{content:"ARTICLE: ";font-weight:600}
#claims td:nth-of-type(3)::before{content:"DATA: ";font-weight:600}
#claims td:nth-of-type(5)::before{content:"CHARTS: ";font-weight:600}}
"""
LANGUAGES_STYLE = "nav.languages{font-size:.92rem;margin-bottom:.6rem}nav.languages a,nav.languages b{margin-right:.8rem}\n"


def style() -> str:
    """The page's style sheet, its labels for phone-width claim cards in the current language."""
    labels = {"ARTICLE": "ledger-article-gives", "DATA": "ledger-data-gives", "CHARTS": "ledger-label-charts"}
    text = STYLE
    for placeholder, key in labels.items():
        text = text.replace(f'"{placeholder}: "', f'"{_css_string(i18n.t(key))}: "')
    return text + (LANGUAGES_STYLE if len(i18n.languages()) > 1 else "")


def page_name(language: str | None = None) -> str:
    """The gallery page in a language (the current one by default): `index.html` in English, `index.<lang>.html`."""
    language = i18n.check(language or i18n.current())
    return PAGE_NAME if language == i18n.SOURCE else f"index.{language}.html"


def language_switch() -> list[str]:
    """Links between the pages in every language built (none when only one is)."""
    built = i18n.languages()
    if len(built) < 2:
        return []
    links = [
        f'<b lang="{code}" aria-current="page">{_text(i18n.NAMES[code])}</b>'
        if code == i18n.current()
        else f'<a href="{page_name(code)}" hreflang="{code}" lang="{code}">{_text(i18n.NAMES[code])}</a>'
        for code in built
    ]
    return [f'<nav class="languages" aria-label="{_attr(i18n.t("gallery-languages"))}">{"".join(links)}</nav>']


def _css_string(text: str) -> str:
    """A text inside a CSS string in a `<style>` element: quotes, backslashes and anything that could end the
    element (`<`, `>`, `&`) written as CSS escapes."""
    return "".join(f"\\{ord(char):x} " if char in '"\\<>&\'' or ord(char) < 32 else char for char in text)


NARROW = "(max-width: 600px)"  # below this width, the embed snippet and the gallery show the one-column PNG
# On a phone the page leaves the one-column PNG at least its own width (0.5rem padding, no border: 344 CSS pixels
# on a 360-pixel phone, the PNG is 336), so its labels are no smaller than they are set (10 px).


@dataclass(frozen=True)
class Figure:
    """One exported chart in one language: its folder name, its texts (from `<slug>.json`, `<slug>.<lang>.json`)
    and its files in that language."""

    slug: str
    texts: dict
    files: tuple[str, ...]
    language: str = i18n.SOURCE

    def name(self, ending: str) -> str:
        """The name of its file with this ending (e.g. `.web.png`) in its language."""
        return ledger.chart_file(self.slug, ending, self.language)

    def link(self, name: str) -> str:
        return f"{quote(self.slug)}/{quote(name)}"

    @property
    def image(self) -> str | None:
        pngs = [name for name in self.files if name.endswith(".png")]
        preferred = [name for name in pngs if name.endswith(".web.png")]
        return (preferred or pngs or [None])[0]

    @property
    def narrow_image(self) -> str | None:
        return next((name for name in self.files if name.endswith(".one-column.png")), None)

    def picture(self, base: str = "", described: str | None = None) -> str:
        """A responsive image: the one-column PNG on narrow screens, the web PNG (640 CSS pixels) on wide ones;
        `described` is the id of the element that describes it in words, on the same page."""
        alt = _attr(self.texts.get("alt_text", ""))
        describedby = f' aria-describedby="{_attr(described)}"' if described else ""
        img = (
            f'<img src="{_attr(base + self.link(self.image))}" alt="{alt}" width="640"{describedby} '
            'style="max-width:100%;height:auto">'
        )
        if not self.narrow_image:
            return img
        source = f'<source media="{NARROW}" srcset="{_attr(base + self.link(self.narrow_image))}">'
        return f"<picture>{source}{img}</picture>"


def figures(folder: Path, slugs: Sequence[str], language: str = i18n.SOURCE) -> list[Figure]:
    """The charts among `slugs` (those an article's stories declare) exported in a folder, with their files in a
    language (English files are named `<slug>.<kind>`, the others `<slug>.<lang>.<kind>`); a chart not yet
    exported in that language is given in English. Any other folder is ignored: only declared charts are shown."""
    found = []
    for slug in dict.fromkeys(slugs):
        sidecar = Path(folder) / slug / f"{slug}.json"
        if files.slugify(slug) != slug or not sidecar.is_file():
            continue
        every = sorted(p.name for p in sidecar.parent.iterdir() if p.is_file() and not p.name.startswith("."))
        translated = tuple(name for name in every if name.startswith(f"{slug}.{language}."))
        shown = language if language != i18n.SOURCE and f"{slug}.{language}.json" in translated else i18n.SOURCE
        if shown != i18n.SOURCE:
            names = translated
        else:
            others = tuple(f"{slug}.{code}." for code in i18n.LANGUAGES if code != i18n.SOURCE)
            names = tuple(name for name in every if not name.startswith(others))
        texts = json.loads((sidecar.parent / ledger.chart_file(slug, ".json", shown)).read_text(encoding="utf-8"))
        found.append(Figure(slug, texts, names, shown))
    return found


def ordered(found: Sequence[Figure], entries: Sequence[Entry]) -> list[Figure]:
    """Charts in the order the ledger names them (story by story), then the others by name."""
    rank = {}
    for entry in entries:
        for slug in entry.charts:
            rank.setdefault(slug, len(rank))
    return sorted(found, key=lambda f: (rank.get(f.slug, len(rank)), f.slug))


def _head(title: str) -> list[str]:
    """The start of a page in the current language: no script may run, nothing may load from elsewhere."""
    return [
        "<!DOCTYPE html>",
        f'<html lang="{_attr(i18n.current())}">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{_attr(CSP)}">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(title)}</title>",
        f"<style>{style()}</style>",
        "</head>",
    ]


def _link(url: str, label_html: str) -> str:
    """`label_html` linked to an outside address when it is http(s); otherwise the label, then the address as text."""
    if articles.is_web_url(url):
        return f'<a href="{_attr(url)}">{label_html}</a>'
    return f'{label_html} <span class="muted">({_text(url)})</span>' if str(url).strip() else label_html


def _ledger_links(folder: Path, base: str = "") -> list[str]:
    """Links to the ledger's files in the current language that exist in an article's folder (`base`: the path
    to that folder from the page)."""
    return [
        f'<a href="{_attr(base + quote(ledger.file_name(name)))}">{label}</a>'
        for name, label in (
            (ledger.MARKDOWN_NAME, "Markdown"),
            (ledger.CSV_NAME, "CSV"),
            (ledger.JSONLD_NAME, "ClaimReview JSON-LD"),
        )
        if (Path(folder) / ledger.file_name(name)).is_file()
    ]


def page(folder: Path, entries: Sequence[Entry], charts: Sequence[str], drafts: Sequence[str] = ()) -> str:
    """One article's gallery in the current language: the charts among `charts` (those its stories declare)
    exported in its published `folder` and the claims in `entries` (in that language); charts whose slug is in
    `drafts` (they show only claims on example data) are left out."""
    t = i18n.t
    shown = ordered([f for f in figures(folder, charts, i18n.current()) if f.slug not in set(drafts)], entries)
    checked = ", ".join(
        _link(a.url, t("gallery-article", publisher=_text(a.publisher), headline=_text(a.headline)))
        + f" ({_text(ledger.shown_date(a.published, i18n.current()))})"
        for a in {entry.article.name: entry.article for entry in entries}.values()
    )
    ledger_files = _ledger_links(folder)
    intro = t(
        "gallery-intro",
        checked=checked or _text(t("ledger-checked-articles")),
        charts=len(shown),
        claims=len(entries),
        tally=_text(ledger.tally(entries)),
    )
    parts = [
        *_head(t("gallery-title")),
        "<body>",
        "<header>",
        *language_switch(),
        f"<h1>{_text(t('gallery-title'))}</h1>",
        f'<p class="muted">{intro}</p>',
    ]
    if ledger_files:
        parts.append(f"<p>{t('gallery-ledger-files', links=', '.join(ledger_files))}</p>")
    parts += _contents(shown)
    if entries:
        parts += _verdict_table(entries)
    parts += ["</header>", "<main>", '<section id="claims">', f"<h2>{_text(t('gallery-claims'))}</h2>"]
    titles = {figure.slug: figure.texts.get("title") or figure.slug for figure in shown}
    parts += _claims_table(entries, titles) if entries else [f"<p>{_text(t('gallery-no-claims'))}</p>"]
    parts += ["</section>", '<section id="charts">']
    number = ledger.numbered(entries)
    parts += [_figure(figure, entries, number) for figure in shown] or [f"<p>{_text(t('gallery-no-charts'))}</p>"]
    parts += ["</section>", "</main>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


@dataclass(frozen=True)
class Listed:
    """An article as the index of articles lists it: its description, its published claims, its folder."""

    article: articles.Article
    entries: tuple[Entry, ...]
    folder: Path


def index_page(listed: Sequence[Listed]) -> str:
    """The index of the published articles in the current language (`exports/index.html`): each article's
    headline, publisher and date, how many of its checked statements hold up, and links to its gallery, its
    ledger's files and the article itself: every text in that language, with its typography (the publisher as its
    readers know it, the date as they write it), the headline in its own language (marked with `lang`)."""
    language = i18n.current()

    def t(message_id: str, **args: object) -> str:
        return ledger.say(language, message_id, **args)

    parts = [
        *_head(t("gallery-index-title")),
        "<body>",
        "<header>",
        *language_switch(),
        f"<h1>{_text(t('gallery-index-title'))}</h1>",
        f'<p class="muted">{_text(t("gallery-index-intro"))}</p>',
        "</header>",
        "<main>",
    ]
    for item in listed:
        a = item.article
        base = quote(a.name) + "/"
        lang = f' lang="{_attr(a.language)}"' if a.language != i18n.current() else ""  # the headline's own language
        gallery_link = f'<a href="{_attr(base + quote(page_name()))}"{lang}>{_text(a.headline)}</a>'
        ledger_files = _ledger_links(item.folder, base)
        parts += [
            f'<section class="article" id="{_attr(a.name)}">',
            f"<h2>{gallery_link}</h2>",
            f'<p class="muted">{_text(ledger.shown_name(a.publisher, language))}, '
            f"{_text(ledger.shown_date(a.published, language))} &middot; "
            f"{_link(a.url, _text(t('gallery-index-original')))}</p>",
            f"<p><b>{_text(words.render(ledger.headline(item.entries), language))}.</b> "
            f"{_text(t('gallery-index-verdicts', tally=ledger.tally(item.entries)))}</p>",
        ]
        if ledger_files:
            parts.append(f"<p>{_with_html(t('gallery-ledger-files', links=_MARK), ', '.join(ledger_files))}</p>")
        parts.append("</section>")
    if not listed:
        parts.append(f"<p>{_text(t('gallery-index-none'))}</p>")
    parts += ["</main>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


_MARK = "\ue000"  # where HTML goes into a text rendered with its typography (which must not touch the HTML)


def _with_html(text: str, markup: str) -> str:
    """A rendered text (with its typography) escaped for HTML, with `markup` put where it had `_MARK`."""
    return _text(text).replace(_MARK, markup)


def _verdict_table(entries: Sequence[Entry]) -> list[str]:
    """The verdicts counted: a table, not a chart (a few counts read better as numbers)."""
    rows = [
        f"<table class=\"verdicts\"><caption>{_text(ledger.headline(entries))}</caption>",
        "<thead><tr>"
        + "".join(f"<th>{_text(i18n.t(key))}</th>" for key in _VERDICT_HEADINGS)
        + "</tr></thead>",
        "<tbody>",
    ]
    number = ledger.numbered(entries)  # each claim named by its number in the ledger, as everywhere on the page
    claim = _text(i18n.t("ledger-column-claim"))
    rows += [
        f"<tr><td>{_badge(verdict)}</td><td>{count}</td><td>"
        + (", ".join(f'<a href="#claim-{_attr(c)}">{claim}{NBSP}{number[c]}</a>' for c in ids) if ids else "–")
        + "</td></tr>"
        for verdict, count, ids in ledger.verdict_rows(entries)
    ]
    return [*rows, "</tbody>", "</table>"]


_VERDICT_HEADINGS = ("ledger-heading-verdict", "ledger-heading-statements", "ledger-heading-claims")
_CLAIM_HEADINGS = ("gallery-claim", "ledger-article-gives", "ledger-data-gives", "ledger-heading-verdict")


def _claims_table(entries: Sequence[Entry], titles: dict[str, str]) -> list[str]:
    """The claims, numbered as in the ledger and headed by their statement; each chart named by its title (`titles`:
    the shown charts' titles by slug)."""
    rows = [
        "<table>",
        "<thead><tr>"
        + "".join(f"<th>{_text(i18n.t(key))}</th>" for key in (*_CLAIM_HEADINGS, "ledger-label-charts")),
        "</tr></thead>",
        "<tbody>",
    ]
    number = ledger.numbered(entries)
    for entry in entries:
        chart_links = ", ".join(
            f'<a href="#{_attr(slug)}">{_text(titles[slug])}</a>'
            if slug in titles
            else _text(i18n.t("gallery-not-exported", slug=slug))
            for slug in entry.charts
        )
        rows.append(
            f'<tr id="claim-{_attr(entry.claim_id)}"><td><b>{number[entry.claim_id]}.</b><br>{_text(entry.statement)}'
            f"</td><td>{_text(entry.article_value)}</td><td>{_text(entry.computed_value)}</td>"
            f"<td>{_badge(entry.verdict)}</td><td>{chart_links or '–'}</td></tr>"
        )
    return [*rows, "</tbody>", "</table>"]


def _contents(shown: Sequence[Figure]) -> list[str]:
    """An index at the top of the page: each chart's thumbnail (its one-column PNG) and title, linked to it."""
    items = [
        f'<li><a href="#{_attr(figure.slug)}"><img src="{_attr(figure.link(figure.narrow_image or figure.image))}" '
        f'alt="" width="152"><span>{_text(figure.texts.get("title", figure.slug))}</span></a></li>'
        for figure in shown
        if figure.image
    ]
    if not items:
        return []
    return [f'<nav class="contents" aria-label="{_attr(i18n.t("ledger-label-charts"))}"><ul>', *items, "</ul></nav>"]


def _figure(figure: Figure, entries: Sequence[Entry], number: dict[str, int]) -> str:
    """A chart with its texts, sources, files and the verdicts of the claims it shows (each named by its number in
    the ledger, `number`)."""
    t = i18n.t
    texts = figure.texts
    shown_claims = [entry for entry in entries if figure.slug in entry.charts]
    verdicts = (
        "; ".join(
            f'<a href="#claim-{_attr(e.claim_id)}">{_text(t("ledger-column-claim"))}{NBSP}{number[e.claim_id]}</a> '
            f"{_badge(e.verdict)}" for e in shown_claims
        )
        if shown_claims
        else _text(t("gallery-no-verdicts"))
    )
    described = f"{figure.slug}-description" if texts.get("description") else None
    image = figure.picture(described=described) if figure.image else f"<p>{_text(t('gallery-no-png'))}</p>"
    data = [
        f'<a href="{_attr(figure.link(figure.name(ending)))}">{_text(t(label))}</a>'
        for ending, label in ((".csv", "gallery-data-csv"), (".datawrapper.csv", "gallery-data-datawrapper"))
        if figure.name(ending) in figure.files
    ]
    sources = {
        url: _link(url, _text(title))
        for entry in shown_claims
        for provenance in entry.sources
        for title, url in provenance.sources
    }
    embed = (
        f'<p class="embed"><label>{t("gallery-embed", folder=_text(figure.slug) + "/")}<br>'
        f'<textarea readonly rows="5">{_text(figure.picture())}</textarea></label></p>'
        if figure.image
        else ""
    )
    chains = _source_chains(texts, figure.language)
    links = "".join(
        f'<li><a href="{_attr(figure.link(name))}">{_text(_kind(name)[1])}</a> '
        f'<code class="muted">{_text(name)}</code></li>'
        for name in sorted(figure.files, key=lambda name: (_kind(name), name))
    )
    # the image carries its title, subtitle, note and source: the page says them again only without an image
    # (the title as a heading screen readers and the page's outline find, hidden from the eye)
    in_words = not figure.image
    heading = "<h2>" if in_words else '<h2 class="shown-in-image">'
    return "\n".join(
        [
            f'<figure id="{_attr(figure.slug)}"'
            + (f' lang="{figure.language}">' if figure.language != i18n.current() else ">"),
            f"{heading}{_text(texts.get('title', figure.slug))}</h2>",
            f'<p class="muted">{_text(texts.get("subtitle", ""))}</p>' if in_words else "",
            image,
            "<figcaption>",
            f"<p>{_text(texts.get('note', ''))}</p>" if in_words else "",
            f'<p class="muted">{_text(texts.get("source", ""))}</p>' if in_words else "",
            f'<p class="data"><b>{_text(t("gallery-get-data"))}</b> '
            f'{", ".join(data) or _text(t("gallery-data-not-exported"))}</p>',
            f"<p><b>{_text(t('ledger-sources'))}</b> {'; '.join(sources.values())}</p>" if sources else "",
            f"<p><b>{_text(t('gallery-verdicts'))}</b> {verdicts}</p>",
            # the image's alt text already reaches screen readers: the copy for the CMS is hidden from them
            f'<p class="alt" aria-hidden="true">{t("gallery-alt-text")} {_text(texts.get("alt_text", ""))}</p>',
            (
                f'<details><summary>{_text(t("gallery-in-words"))}</summary><p id="{_attr(described)}">'
                f"{_text(texts['description'])}</p></details>"
                if texts.get("description")
                else ""
            ),
            (
                f'<p class="muted"><b>{_text(t("gallery-sources-full"))}</b> '
                + "; ".join(chains)
                + "</p>"
                if chains
                else ""
            ),
            embed,
            f"<p>{t('gallery-files', folder=_text(figure.slug) + '/')}</p>",
            f'<ul class="files">{links}</ul>',
            "</figcaption>",
            "</figure>",
        ]
    )


def _kind(name: str) -> tuple[int, str]:
    """Where a file is listed and what it is called (in the current language), from its name's ending."""
    for order, ending in enumerate(FILE_KINDS):
        if name.endswith(ending):
            return order, i18n.t(f"gallery-file-{files.slugify(ending)}")
    return len(FILE_KINDS), name


TITLE_MARK = "\ue000"  # where a source's title goes in its line, before the line is escaped


def _source_chains(texts: dict, language: str) -> list[str]:
    """A chart's sources in full in its language, as HTML (publisher as readers know it, the data's title marked as
    English, dates in words), from the names of the resources its texts file lists; else the chains as the file
    gives them."""
    names = [name for name in texts.get("resources") or [] if name in data.names()]
    if not names:
        return [_text(chain) for chain in texts.get("sources") or []]
    shown = []
    for name in names:
        source = data.provenance(name)
        line = _text(ledger.source_line(dataclasses.replace(source, title=TITLE_MARK), language))
        title = _text(source.title)  # written in English in the data: marked so where the page is not
        marked = title if language == i18n.SOURCE else f'<span lang="{i18n.SOURCE}">{title}</span>'
        shown.append(line.replace(TITLE_MARK, marked))
    return shown


def _badge(verdict: claims.Verdict) -> str:
    background, colour = VERDICT_COLOURS[verdict]
    return f'<span class="verdict" style="background:{background};color:{colour}">{_text(ledger.verdict_name(verdict))}</span>'


def _text(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def published_articles() -> list[str]:
    """The articles some story checks, in the stories' order: each gets a published folder."""
    return list(dict.fromkeys(each.article for each in story.stories()))


def declared_charts(name: str) -> list[str]:
    """The chart slugs an article's stories declare, in the stories' order."""
    return [slug for each in story.stories() if each.article == name for slug in each.charts]


def write(publish: bool = False) -> Path:
    """Write everything published, in every language of `i18n.languages()`: for each article its ledger files and
    its gallery in its folder `exports/<article>/` (`index.html`, `index.uk.html`, ...), then the index of articles
    `exports/index.html` (and per language); returns the index's English path. `publish`: a publishing build,
    which refuses an article whose publishing record is not complete (else the JSON-LD is marked a preview)."""
    names = published_articles()
    if publish:  # every article with published claims, before anything is written
        ledger.check_publishable([name for name in names if name in ledger.by_article(ledger.entries())])
    index = None
    for language in i18n.languages():
        with i18n.use(language):
            grouped = ledger.by_article(ledger.entries(drafts=True, language=language))
            listed = []
            for name in names:
                everything = grouped.get(name, [])
                entries = [entry for entry in everything if not entry.draft]
                folder = articles.published_dir(name)
                ledger.write_article(name, entries, publish, language=language)
                write_article(folder, everything, declared_charts(name))
                listed.append(Listed(articles.article(name), tuple(entries), folder))
            path = files.write_text(files.writable_folder(paths.exports_dir()) / page_name(), index_page(listed))
            index = index or path
    return index


def write_article(folder: Path, everything: Sequence[Entry], charts: Sequence[str]) -> Path:
    """Write an article's gallery in the current language into its folder for its claims (drafts among them are
    left out, with the charts only they name); returns the page's path."""
    entries = [entry for entry in everything if not entry.draft]
    published = {slug for entry in entries for slug in entry.charts}
    drafts = {slug for entry in everything if entry.draft for slug in entry.charts} - published
    return files.write_text(files.writable_folder(folder) / page_name(), page(folder, entries, charts, sorted(drafts)))
