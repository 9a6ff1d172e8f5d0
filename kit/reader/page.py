"""The reader page of an article: static files that any web server or CDN serves, no server work per reader.

`write(folder, article)` writes, into the article's published folder:

- `reader.html` (`reader.uk.html`, `reader.ru.html`): every explorer the article's stories declare for readers
  (`Story.readers`), the default views already written in (texts, controls, the data as a table), computed
  further in the reader's browser by `web/reader.js`;
- `reader-<explorer>.html` (and per language): one explorer alone, for embedding in an iframe that follows its
  height; `embed.html` (per language) shows each one's embed code and a live preview, `embed.json` has the codes
  for the gallery;
- `reader/`: what the pages load: the scripts (ours and @fluent/bundle, from the vendored npm tarball), the house
  font as WOFF2 subsets, each explorer's tidy data (`<explorer>.csv`), and each default view as the story draws it
  (PNG, web and one column, per language) for readers without scripts.

Every text comes from the Fluent catalogs in the page's language: the fixed ones are written into the page here,
the ones that follow the reader's choices are shipped with the page (`#kit-reader-messages`) and rendered by the
browser from the same catalog entries.
"""

from __future__ import annotations

import html
import io
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from fluent.syntax import FluentSerializer, ast, visitor

from kit import articles, charts, data, export, files, i18n, paths, story, style
from kit.errors import StoryError
from kit.reader import fonts, vendor
from kit.reader.kinds import Comparison, Message, Reweighting

ASSETS = "reader"  # the folder beside the pages with what they load
WEB = Path(__file__).resolve().parent / "web"
FLUENT = ("@fluent/bundle", "index.js")  # the vendored package and its browser build (UMD)
SCRIPTS = {"fluent-bundle.js": FLUENT, "reader.js": None}
# Texts the browser renders besides each explorer's own (problems with an address, the chooser's messages)
BROWSER_TEXTS = (
    "reader-problems", "reader-problem-unknown", "reader-problem-number", "reader-problem-range",
    "reader-problem-choice", "reader-problem-count", "reader-problem-zero", "reader-remove", "reader-not-found",
    "reader-too-few", "reader-too-many", "reader-all-zero",
)
EMBED_HEIGHT = 760  # px: the iframe's height until its page says how tall it is


@dataclass(frozen=True)
class Declared:
    """One explorer a story offers readers: its id in the page (and its address), its story and its factory."""

    id: str
    story: story.Story
    make: Callable[[], Reweighting | Comparison]


def declared(article: str) -> list[Declared]:
    """The explorers for readers of an article's stories, in the stories' order."""
    found = []
    for each in story.stories():
        if each.article != article:
            continue
        for name, make in each.readers.items():
            found.append(Declared(files.slugify(name), each, make))
    ids = [entry.id for entry in found]
    doubled = sorted({i for i in ids if ids.count(i) > 1})
    if doubled:
        raise StoryError(
            f"Two explorers for readers of the article {article!r} are both called {doubled[0]!r}.",
            where=paths.shown(paths.STORIES),
            fix="give each story's readers' explorers names of their own.",
        )
    return found


def languages(entries: Sequence[Declared]) -> tuple[str, ...]:
    """The languages every story on the page is built in."""
    return tuple(code for code in i18n.languages() if all(code in e.story.languages for e in entries))


def page_name(language: str, explorer: str | None = None) -> str:
    """`reader.html`, `reader.uk.html`; one explorer alone: `reader-<explorer>.html`, `reader-<explorer>.uk.html`."""
    stem = "reader" if explorer is None else f"reader-{explorer}"
    return f"{stem}.html" if language == i18n.SOURCE else f"{stem}.{language}.html"


def embed_name(language: str) -> str:
    return "embed.html" if language == i18n.SOURCE else f"embed.{language}.html"


def write(folder: Path, article: str, gallery: Path | None = None) -> list[Path]:
    """Write the article's reader pages and what they load into `folder` (the article's published folder); returns
    the pages written (none when no story of the article declares explorers for readers). `gallery`: the folder of
    the gallery page the pages link to (default: the article's folder when it has one, else the exports folder)."""
    entries = declared(article)
    if not entries:
        return []
    folder = files.writable_folder(Path(folder))
    built = languages(entries)
    specs = {}
    for language in built:
        with i18n.use(language):
            specs[language] = [entry.make() for entry in entries]
    assets = {name: vendor.file(*source) if source else (WEB / name).read_bytes() for name, source in SCRIPTS.items()}
    for weight in fonts.WEIGHTS:
        assets[fonts.file_name(weight)] = fonts.woff2(weight)
    for entry, spec in zip(entries, specs[i18n.SOURCE], strict=True):
        buffer = io.StringIO()
        spec.data().to_csv(buffer, index=False, lineterminator="\n", float_format=lambda value: repr(float(value)))
        assets[f"{entry.id}.csv"] = buffer.getvalue().encode("utf-8")
    drawn = {}  # (language, explorer) -> the default view as the story draws it
    for language in built:
        with i18n.use(language):
            for entry, spec in zip(entries, specs[language], strict=True):
                if spec.picture is not None:
                    drawn[language, entry.id] = spec.picture()
                    assets.update(_pictures(entry.id, drawn[language, entry.id], language, folder))
    files.replace_folder(folder / ASSETS, assets)
    from kit import gallery as galleries

    if gallery is not None:
        gallery_folder = Path(gallery)
    else:  # the article's own gallery beside the page, else the exports folder's
        own = (folder / galleries.page_name(i18n.SOURCE)).is_file()
        gallery_folder = folder if own else paths.exports_dir()
    written = []
    codes: dict[str, dict] = {entry.id: {} for entry in entries}
    for language in built:
        with i18n.use(language):
            chosen = list(zip(entries, specs[language], strict=True))
            context = Context(article, folder, gallery_folder, built, language, drawn)
            written.append(files.write_text(folder / page_name(language), _page(context, chosen)))
            for entry, spec in chosen:
                name = page_name(language, entry.id)
                written.append(files.write_text(folder / name, _page(context, [(entry, spec)], alone=True)))
                codes[entry.id][language] = {"title": spec.heading, "page": name, "code": embed_code(name, spec.heading)}
            written.append(files.write_text(folder / embed_name(language), _embed_page(context, chosen, codes)))
    files.write_text(folder / "embed.json", json.dumps(codes, indent=1, ensure_ascii=False) + "\n")
    return written


@dataclass(frozen=True)
class Context:
    article: str
    folder: Path
    gallery: Path
    languages: tuple[str, ...]
    language: str
    drawn: dict  # (language, explorer) -> the story's chart of its default view


def _pictures(explorer: str, chart, language: str, folder: Path) -> dict[str, bytes]:
    """The default view as the story draws it, for readers without scripts: web and one-column PNGs (the chart's
    exported files when the build has exported them, in the article's folder being written or where the chart is
    exported, `export.folder_of`; else drawn now)."""
    with i18n.use(language):
        pictures = {}
        for width in (charts.WEB, charts.ONE_COLUMN):
            name = f"{export.stem(chart.slug, language)}.{width.name}.png"
            exported = [folder / chart.slug / name, export.folder_of(chart.slug) / name]
            found = next((path for path in exported if path.is_file()), None)
            pictures[f"{explorer}.{language}.{width.name}.png"] = (
                found.read_bytes() if found else export.render(chart, width, ("png",))["png"]
            )
        return pictures


# -- texts -------------------------------------------------------------------------------------------------------


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def t(key: str, **args) -> str:
    """A catalog text, escaped for HTML."""
    return _e(i18n.t(key, **args))


def messages(ids: Sequence[str], language: str) -> str:
    """The catalog entries with these ids in a language, and every term and message they refer to, as Fluent
    text for the browser (comments left out)."""
    entries = i18n.entries(language)
    wanted, queue = {}, list(dict.fromkeys(ids))
    while queue:
        key = queue.pop(0)
        if key in wanted:
            continue
        node = entries[key].node.clone()
        node.comment = None
        wanted[key] = node
        queue += [ref for ref in _references(node) if ref not in wanted]
    return FluentSerializer().serialize(ast.Resource(list(wanted.values())))


def _references(node) -> list[str]:
    found = []

    class Finder(visitor.Visitor):
        def visit_MessageReference(self, reference):
            found.append(reference.id.name)

        def visit_TermReference(self, reference):
            found.append("-" + reference.id.name)

    Finder().visit(node)
    return found


def _used(spec) -> list[str]:
    return [m.id for m in spec.messages() if isinstance(m, Message)]


# -- pages --------------------------------------------------------------------------------------------------------


def _page(context: Context, chosen: Sequence[tuple[Declared, object]], alone: bool = False) -> str:
    """A reader page in the current language: every chosen explorer, or one alone (`alone`: for an iframe)."""
    language = context.language
    first_entry, first = chosen[0]
    title = first.heading if alone else i18n.t("reader-page-title")
    default = first.texts()
    config = {
        "language": language,
        "pages": {code: page_name(code, first_entry.id if alone else None) for code in context.languages},
        "explorers": [
            {"id": entry.id, "data": f"{ASSETS}/{entry.id}.csv", **spec.config()} for entry, spec in chosen
        ],
    }
    ids = [*BROWSER_TEXTS, *(key for _, spec in chosen for key in _used(spec))]
    head = [
        '<!doctype html>',
        f'<html lang="{language}" class="no-js">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="icon" href="data:,">',
        f"<title>{_e(title)}</title>",
        f'<meta name="description" content="{_e(default["title"] + ". " + default["alt"])}">',
        f'<meta property="og:title" content="{_e(title)}">',
        f'<meta property="og:description" content="{_e(default["title"] + ". " + default["alt"])}">',
        *(
            f'<link rel="alternate" hreflang="{code}" href="{page_name(code, first_entry.id if alone else None)}">'
            for code in context.languages
        ),
        *(
            f'<link rel="preload" href="{ASSETS}/{fonts.file_name(weight)}" as="font" type="font/woff2" crossorigin>'
            for weight in fonts.WEIGHTS
        ),
        *(f'<link rel="preload" href="{ASSETS}/{entry.id}.csv" as="fetch" crossorigin>' for entry, _ in chosen),
        f"<style>{_style()}</style>",
        '<script>document.documentElement.className = "js";</script>',
        *(f'<script defer src="{ASSETS}/{name}"></script>' for name in SCRIPTS),
        f'<script type="application/json" id="kit-reader">{_script_text(json.dumps(config, ensure_ascii=False))}</script>',
        f'<script type="text/plain" id="kit-reader-messages">{_script_text(messages(ids, language))}</script>',
        "</head>",
    ]
    body = [f'<body class="{"kit-embedded" if alone else "kit-reader-page"}">']
    if not alone:
        body += [
            "<header>",
            *_language_links(context, None),
            f"<h1>{_e(title)}</h1>",
            f'<p class="kit-article">{_article_line(context)}</p>',
            "</header>",
        ]
    body.append("<main>")
    for entry, spec in chosen:
        body.append(_section(entry, spec, context, alone))
    if not alone:
        body += [
            '<section class="kit-share" aria-label="' + t("reader-share") + '">',
            f'<p><a href="{page_name(language)}">{t("reader-share")}</a> {t("reader-share-hint")}</p>',
            '<p class="kit-link-problems" role="alert" hidden></p>',
            "</section>",
        ]
    else:
        body.append('<p class="kit-link-problems" role="alert" hidden></p>')
    body.append("</main>")
    if not alone:
        body += [
            "<footer>",
            f'<p class="kit-sources"><a href="{embed_name(language)}">{t("reader-embed-link")}</a></p>',
            "</footer>",
        ]
    body += ["</body>", "</html>", ""]
    return "\n".join(head + body)


def _style() -> str:
    faces = "".join(
        f'@font-face{{font-family:"{style.FONT_FAMILY}";font-style:normal;font-weight:{weight};'
        f'font-display:swap;src:url({ASSETS}/{fonts.file_name(weight)}) format("woff2")}}'
        for weight in fonts.WEIGHTS
    )
    return faces + (WEB / "reader.css").read_text(encoding="utf-8")


def _script_text(text: str) -> str:
    """Text safe inside a <script> element (nothing in it can close the element)."""
    return text.replace("</", "<\\/") if "</" in text else text


def _language_links(context: Context, explorer: str | None) -> list[str]:
    if len(context.languages) < 2:
        return []
    links = " ".join(
        f'<b lang="{code}" aria-current="page">{_e(i18n.NAMES[code])}</b>'
        if code == context.language
        else f'<a href="{page_name(code, explorer)}" hreflang="{code}" lang="{code}">{_e(i18n.NAMES[code])}</a>'
        for code in context.languages
    )
    return [f'<nav class="kit-languages" aria-label="{t("reader-languages")}">{links}</nav>']


def _article_line(context: Context) -> str:
    from kit import gallery

    described = articles.article(context.article)
    gallery_page = Path(os.path.relpath(context.gallery / gallery.page_name(context.language), context.folder))
    marker = "\ue000"
    line = t("reader-page-article", publisher=described.publisher, headline=marker)
    return line.replace(marker, f'<a href="{_e(described.url)}">{_e(described.headline)}</a>') + (
        f' <a href="{_e(gallery_page.as_posix())}">{t("reader-gallery-link")}</a>'
    )


def _sources(of: story.Story) -> str:
    seen: dict[str, str] = {}
    for name in of.sources:
        for title, url in data.provenance(name).sources:
            seen.setdefault(url, f'<a href="{_e(url)}">{_e(title)}</a>')
    marker = "\ue000"
    return t("reader-sources", sources=marker).replace(marker, "; ".join(seen.values()))


def _section(entry: Declared, spec, context: Context, alone: bool) -> str:
    heading = "h1" if alone else "h2"
    parts = [
        f'<section class="kit-explorer kit-{spec.KIND}" id="{entry.id}" aria-labelledby="{entry.id}-heading">',
        f'<{heading} id="{entry.id}-heading">{_e(spec.heading)}</{heading}>',
        f"<p>{_e(spec.text)}</p>",
        _reweighting_controls(entry.id, spec) if isinstance(spec, Reweighting) else _comparison_controls(entry.id, spec),
        _figure(entry.id, spec, context.language, context.drawn.get((context.language, entry.id))),
        f'<p class="kit-sources">{_sources(entry.story)}</p>',
        "</section>",
    ]
    return "\n".join(parts)


def _reweighting_controls(explorer: str, spec: Reweighting) -> str:
    from kit import fmt

    low, high, step = spec.weights
    rows = []
    for pillar, key in spec.keys().items():
        weight = spec.index.defaults[pillar]
        control = f"{explorer}-{key}"
        rows.append(
            f'<div class="kit-weight"><label for="{control}">{_e(spec.measure_names[pillar])}</label>'
            f'<input type="range" id="{control}" data-key="{key}" min="{low:g}" max="{high:g}" step="{step:g}" '
            f'value="{weight:g}"><output for="{control}">{_e(fmt.number(weight, 2))}</output></div>'
        )
    return (
        '<div class="kit-controls"><fieldset class="kit-weights">'
        f'<legend>{t("reader-weights")}</legend>{"".join(rows)}</fieldset>'
        f'<p class="kit-chooser-status kit-weights-status" role="status"></p>'
        f'<button type="button" class="kit-reset">{_e(spec.reset)}</button></div>'
    )


def _comparison_controls(explorer: str, spec: Comparison) -> str:
    chosen = list(spec.default)
    chips = "".join(
        f'<li><span>{_e(spec.entity_names[code])}</span><button type="button" data-code="{_e(code)}" '
        f'aria-label="{t("reader-remove", name=spec.entity_names[code])}">×</button></li>'
        for code in chosen
    )
    options = "".join(
        f'<option value="{_e(spec.entity_names[code])}"></option>' for code in spec.table.index if code not in chosen
    )
    count = spec.chosen.render({"chosen": len(chosen), "every": len(spec.table.index)})
    return (
        '<div class="kit-controls kit-chooser">'
        f'<p class="kit-chooser-label" id="{explorer}-chosen-label">{_e(spec.control)}</p>'
        f'<ul class="kit-chips" aria-labelledby="{explorer}-chosen-label">{chips}</ul>'
        f'<form class="kit-add"><label for="{explorer}-add">{_e(spec.add)}</label>'
        f'<input id="{explorer}-add" list="{explorer}-options" autocomplete="off" enterkeyhint="done">'
        f'<datalist id="{explorer}-options">{options}</datalist>'
        f'<button type="submit">{t("reader-add")}</button></form>'
        f'<p class="kit-chosen">{_e(count)}</p>'
        '<p class="kit-chooser-status" role="status"></p>'
        f'<button type="button" class="kit-reset">{t("reader-reset")}</button></div>'
    )


def _figure(explorer: str, spec, language: str, chart) -> str:
    from kit.widgets import screen_text

    texts = spec.texts()
    picture = ""
    if chart is not None:
        web = f"{ASSETS}/{explorer}.{language}.web.png"
        narrow = f"{ASSETS}/{explorer}.{language}.one-column.png"
        picture = (
            f'<noscript><picture><source media="(max-width: 600px)" srcset="{narrow}">'
            f'<img src="{web}" alt="{_e(screen_text(chart))}"></picture></noscript>'
        )
    reserve = f' style="--rows: {len(spec.index.scores)}"' if isinstance(spec, Reweighting) else ""
    return "\n".join([
        f'<figure class="kit-figure" aria-labelledby="{explorer}-title">',
        f'<p class="kit-chart-title kit-chart-texts" id="{explorer}-title">{_e(texts["title"])}</p>',
        f'<p class="kit-chart-subtitle kit-chart-texts">{_e(texts["subtitle"])}</p>',
        f'<div class="kit-plot"{reserve}>{picture}</div>',
        f'<p class="kit-chart-note kit-chart-texts">{_e(texts["note"])}</p>',
        f'<p class="kit-chart-source kit-chart-texts">{_e(spec.source)}</p>',
        f'<p class="kit-noscript-note">{t("reader-noscript")}</p>',
        _table(spec),
        "</figure>",
    ])


def _table(spec) -> str:
    from kit import fmt

    if isinstance(spec, Reweighting):
        head = [t("reader-column-rank"), t("reader-column-name"), t("reader-column-score")]
        rows = [
            f'<tr data-code="{_e(row.code)}"><td>{_e(fmt.count(row.rank))}</td><th scope="row">'
            f'{_e(spec.entity_names[row.code])}</th><td>{_e(fmt.decimal(row.score))}</td></tr>'
            for row in spec.ranking().itertuples()
        ]
    else:
        head = [t("reader-column-name"), *(_e(spec.measure_names[m]) for m in spec.measures)]
        rows = [
            f'<tr data-code="{_e(code)}"><th scope="row">{_e(spec.entity_names[code])}</th>'
            + "".join(f"<td>{_e(fmt.decimal(spec.table.loc[code, m]))}</td>" for m in spec.measures)
            + "</tr>"
            for code in spec.ordered(spec.default)
        ]
    header = "".join(f'<th scope="col">{text}</th>' for text in head)
    return (
        f'<details class="kit-data"><summary>{t("reader-data")}</summary>'
        f'<div class="kit-data-wide" tabindex="0" role="region" aria-label="{t("reader-data")}"><table>'
        f"<thead><tr>{header}</tr></thead><tbody>{''.join(rows)}</tbody></table></div></details>"
    )


# -- embedding ------------------------------------------------------------------------------------------------------


def embed_code(page: str, title: str) -> str:
    """The HTML a host page pastes to embed one explorer: an iframe that follows the height of its content (the
    page inside posts it, as pym.js does) and the few lines that listen for it (once per host page)."""
    host = (WEB / "embed.js").read_text(encoding="utf-8").strip()
    return (
        f'<iframe src="{_e(page)}" title="{_e(title)}" data-kit-reader loading="lazy" '
        f'style="display:block;width:100%;height:{EMBED_HEIGHT}px;border:0"></iframe>\n<script>{host}</script>'
    )


def _embed_page(context: Context, chosen, codes: dict) -> str:
    language = context.language
    parts = [
        "<!doctype html>",
        f'<html lang="{language}">',
        '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{t('reader-embed-title')}</title>",
        f"<style>{_style()}textarea{{width:100%;height:7em;font:0.8rem/1.3 monospace}}</style></head>",
        '<body class="kit-reader-page">',
        *_embed_links(context),
        f"<main><h1>{t('reader-embed-title')}</h1><p>{t('reader-embed-intro', folder=ASSETS)}</p>",
    ]
    for entry, spec in chosen:
        code = codes[entry.id][language]["code"]
        parts += [
            f'<section class="kit-embed" id="embed-{entry.id}"><h2>{_e(spec.heading)}</h2>',
            f'<label for="code-{entry.id}">{t("reader-embed-code")}</label>',
            f'<textarea id="code-{entry.id}" readonly>{_e(code)}</textarea>',
            f'<div class="kit-embed-preview">{code}</div></section>',
        ]
    parts += ["</main></body></html>", ""]
    return "\n".join(parts)


def _embed_links(context: Context) -> list[str]:
    if len(context.languages) < 2:
        return []
    links = " ".join(
        f'<b lang="{code}" aria-current="page">{_e(i18n.NAMES[code])}</b>'
        if code == context.language
        else f'<a href="{embed_name(code)}" hreflang="{code}" lang="{code}">{_e(i18n.NAMES[code])}</a>'
        for code in context.languages
    )
    return [f'<nav class="kit-languages" aria-label="{t("reader-languages")}">{links}</nav>']
