"""The figure gallery `exports/index.html`: every exported chart with its title, alt text, source line, the
verdicts of the claims it shows (from the ledger), its data ("get the data"), an embed snippet (a responsive image:
the web PNG on wide screens, the one-column PNG on narrow ones, with alt text), its sources linked, and links to
its files; and the ledger's claims. It fits a phone: the claims table becomes one card per claim.

A static page with relative links and inline styles only (no script, no network), so the exports folder
can be opened from disk, zipped or copied to any web server as it is. It lists whatever chart folders
are in the exports folder when it is written: `exports/<slug>/<slug>.json` marks a chart.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from kit import claims, files, ledger, paths
from kit.ledger import Entry

PAGE_NAME = "index.html"
FILE_KINDS = (  # (file-name ending, what it is), in the order the page lists them
    (".web.png", "PNG, web (2x)"),
    (".web.svg", "SVG, web"),
    (".web.pdf", "PDF, web"),
    (".one-column.png", "PNG, one column"),
    (".one-column.svg", "SVG, one column"),
    (".one-column.pdf", "PDF, one column (89 mm)"),
    (".two-column.png", "PNG, two columns"),
    (".two-column.svg", "SVG, two columns"),
    (".two-column.pdf", "PDF, two columns (183 mm)"),
    (".datawrapper.csv", "CSV for Datawrapper"),
    (".csv", "CSV, data as plotted"),
    (".alt.txt", "alt text"),
    (".json", "texts (JSON)"),
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
@media (max-width:600px){body{margin:1rem auto;padding:0 .75rem}
#claims table,#claims thead,#claims tbody,#claims tr,#claims td{display:block;width:auto}
#claims thead{position:absolute;left:-9999px}#claims tr{border-bottom:2px solid #1a1a1a;padding:.4rem 0}
#claims td{border:0;padding:.15rem 0}
#claims td:nth-of-type(2)::before{content:"The article gives: ";font-weight:600}
#claims td:nth-of-type(3)::before{content:"The data gives: ";font-weight:600}
#claims td:nth-of-type(5)::before{content:"Charts: ";font-weight:600}}
"""
NARROW = "(max-width: 600px)"  # below this width, the embed snippet and the gallery show the one-column PNG


@dataclass(frozen=True)
class Figure:
    """One exported chart: its folder name, its texts (from `<slug>.json`) and its files."""

    slug: str
    texts: dict
    files: tuple[str, ...]

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


def figures(folder: Path) -> list[Figure]:
    """The charts in an exports folder, by folder name."""
    found = []
    for sidecar in sorted(Path(folder).glob("*/*.json")):
        if sidecar.stem != sidecar.parent.name:
            continue
        texts = json.loads(sidecar.read_text(encoding="utf-8"))
        names = tuple(sorted(p.name for p in sidecar.parent.iterdir() if p.is_file() and not p.name.startswith(".")))
        found.append(Figure(sidecar.parent.name, texts, names))
    return found


def ordered(found: Sequence[Figure], entries: Sequence[Entry]) -> list[Figure]:
    """Charts in the order the ledger names them (story by story), then the others by name."""
    rank = {}
    for entry in entries:
        for slug in entry.charts:
            rank.setdefault(slug, len(rank))
    return sorted(found, key=lambda f: (rank.get(f.slug, len(rank)), f.slug))


def page(folder: Path, entries: Sequence[Entry], drafts: Sequence[str] = ()) -> str:
    """The gallery's HTML for the charts in `folder` and the claims in `entries`; charts whose slug is in
    `drafts` (they show only claims on example data) are left out."""
    shown = ordered([f for f in figures(folder) if f.slug not in set(drafts)], entries)
    present = {figure.slug for figure in shown}
    checked = ", ".join(
        f'<a href="{_attr(a.url)}">{_text(a.publisher)}, &ldquo;{_text(a.headline)}&rdquo;</a> ({_text(a.published)})'
        for a in {entry.article.name: entry.article for entry in entries}.values()
    )
    ledger_files = [
        f'<a href="{quote(name)}">{label}</a>'
        for name, label in (
            (ledger.MARKDOWN_NAME, "Markdown"),
            (ledger.CSV_NAME, "CSV"),
            (ledger.JSONLD_NAME, "ClaimReview JSON-LD"),
        )
        if (Path(folder) / name).is_file()
    ]
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Figures and fact-checks</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        "<h1>Figures and fact-checks</h1>",
        (
            f'<p class="muted">Every statement with a figure in {checked or "the checked articles"}, checked '
            "against sourced data; every chart with its files. "
            f"{len(shown)} chart(s), {len(entries)} claim(s): {_text(ledger.tally(entries))}.</p>"
        ),
    ]
    if ledger_files:
        parts.append(f"<p>The claims ledger: {', '.join(ledger_files)}.</p>")
    if entries:
        parts += _verdict_table(entries)
    parts += ["</header>", "<main>", '<section id="claims">', "<h2>Claims</h2>"]
    parts += _claims_table(entries, present) if entries else ["<p>No claim in the ledger yet.</p>"]
    parts += ["</section>", '<section id="charts">']
    parts += [_figure(figure, entries) for figure in shown] or ["<p>No chart has been exported yet.</p>"]
    parts += ["</section>", "</main>", "</body>", "</html>"]
    return "\n".join(parts) + "\n"


def _verdict_table(entries: Sequence[Entry]) -> list[str]:
    """The verdicts counted: a table, not a chart (a few counts read better as numbers)."""
    rows = [
        f"<table class=\"verdicts\"><caption>{_text(ledger.headline(entries))}</caption>",
        "<thead><tr><th>Verdict</th><th>Statements</th><th>Claims</th></tr></thead>",
        "<tbody>",
    ]
    rows += [
        f"<tr><td>{_badge(claims.Verdict(row.verdict))}</td><td>{row.statements}</td><td>"
        + (", ".join(f'<a href="#claim-{_attr(c)}">{_text(c)}</a>' for c in row.claims.split(", ")) if row.claims else "–")
        + "</td></tr>"
        for row in ledger.verdict_table(entries).itertuples()
    ]
    return [*rows, "</tbody>", "</table>"]


def _claims_table(entries: Sequence[Entry], present: set[str]) -> list[str]:
    rows = [
        "<table>",
        "<thead><tr><th>Claim</th><th>The article gives</th><th>The data gives</th><th>Verdict</th><th>Charts</th>",
        "</tr></thead>",
        "<tbody>",
    ]
    for entry in entries:
        chart_links = ", ".join(
            f'<a href="#{_attr(slug)}">{_text(slug)}</a>' if slug in present else f"{_text(slug)} (not exported)"
            for slug in entry.charts
        )
        rows.append(
            f'<tr id="claim-{_attr(entry.claim_id)}"><td><b>{_text(entry.claim_id)}</b><br>{_text(entry.statement)}'
            f"</td><td>{_text(entry.article_value)}</td><td>{_text(entry.computed_value)}</td>"
            f"<td>{_badge(entry.verdict)}</td><td>{chart_links or '–'}</td></tr>"
        )
    return [*rows, "</tbody>", "</table>"]


def _figure(figure: Figure, entries: Sequence[Entry]) -> str:
    texts = figure.texts
    shown_claims = [entry for entry in entries if figure.slug in entry.charts]
    verdicts = (
        "; ".join(
            f'<a href="#claim-{_attr(e.claim_id)}">{_text(e.claim_id)}</a> {_badge(e.verdict)}' for e in shown_claims
        )
        if shown_claims
        else "none: this chart is not linked to a claim in the ledger"
    )
    described = f"{figure.slug}-description" if texts.get("description") else None
    image = figure.picture(described=described) if figure.image else "<p>(no PNG exported)</p>"
    data = [
        f'<a href="{_attr(figure.link(figure.slug + ending))}">{label}</a>'
        for ending, label in ((".csv", "CSV, as plotted"), (".datawrapper.csv", "CSV for Datawrapper"))
        if figure.slug + ending in figure.files
    ]
    sources = {
        url: f'<a href="{_attr(url)}">{_text(title)}</a>'
        for entry in shown_claims
        for provenance in entry.sources
        for title, url in provenance.sources
    }
    embed = (
        f'<p class="embed"><label><b>Embed</b> (a responsive image with its alt text; upload the folder '
        f"<code>{_text(figure.slug)}/</code> beside your page, or change the paths):<br>"
        f'<textarea readonly rows="5">{_text(figure.picture())}</textarea></label></p>'
        if figure.image
        else ""
    )
    chains = texts.get("sources") or []
    links = "".join(
        f'<li><a href="{_attr(figure.link(name))}">{_text(_kind(name)[1])}</a> <span class="muted">{_text(name)}</span></li>'
        for name in sorted(figure.files, key=lambda name: (_kind(name), name))
    )
    return "\n".join(
        [
            f'<figure id="{_attr(figure.slug)}">',
            f"<h2>{_text(texts.get('title', figure.slug))}</h2>",
            f'<p class="muted">{_text(texts.get("subtitle", ""))}</p>',
            image,
            "<figcaption>",
            f"<p>{_text(texts.get('note', ''))}</p>",
            f'<p class="muted">{_text(texts.get("source", ""))}</p>',
            f'<p class="data"><b>Get the data:</b> {", ".join(data) or "not exported"}</p>',
            f"<p><b>Sources:</b> {'; '.join(sources.values())}</p>" if sources else "",
            f"<p><b>Verdicts:</b> {verdicts}</p>",
            # the image's alt text already reaches screen readers: the copy for the CMS is hidden from them
            f'<p class="alt" aria-hidden="true"><b>Alt text</b> (for the CMS): {_text(texts.get("alt_text", ""))}</p>',
            (
                f'<details><summary>The data in words</summary><p id="{_attr(described)}">'
                f"{_text(texts['description'])}</p></details>"
                if texts.get("description")
                else ""
            ),
            (
                '<p class="muted"><b>Sources in full:</b> ' + "; ".join(_text(chain) for chain in chains) + "</p>"
                if chains
                else ""
            ),
            embed,
            f"<p><b>Files</b> (folder <code>{_text(figure.slug)}/</code>):</p>",
            f'<ul class="files">{links}</ul>',
            "</figcaption>",
            "</figure>",
        ]
    )


def _kind(name: str) -> tuple[int, str]:
    """Where a file is listed and what it is called, from its name's ending."""
    for order, (ending, what) in enumerate(FILE_KINDS):
        if name.endswith(ending):
            return order, what
    return len(FILE_KINDS), name


def _badge(verdict: claims.Verdict) -> str:
    background, colour = VERDICT_COLOURS[verdict]
    return f'<span class="verdict" style="background:{background};color:{colour}">{_text(str(verdict))}</span>'


def _text(text: str) -> str:
    return html.escape(text, quote=False)


def _attr(text: str) -> str:
    return html.escape(text, quote=True)


def write(folder: Path | None = None, entries: Sequence[Entry] | None = None) -> Path:
    """Write the gallery page into the exports folder (by default) for the ledger's claims; returns its path."""
    folder = Path(folder) if folder is not None else paths.exports_dir()
    everything = ledger.entries(drafts=True) if entries is None else entries
    entries = [entry for entry in everything if not entry.draft]
    published = {slug for entry in entries for slug in entry.charts}
    drafts = {slug for entry in everything if entry.draft for slug in entry.charts} - published
    return files.write_text(files.writable_folder(folder) / PAGE_NAME, page(folder, entries, sorted(drafts)))
