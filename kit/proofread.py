"""A proofreader for what readers receive: the texts a chart's renderer drew, and the text of published pages and
files, read as an editor of each edition reads them.

It finds, in a text of a given language:
- `english`: English left in a text of another language (uk, ru: a word of the kit's English texts that no text of
  those languages keeps, or an English function word; proper names kept in Latin pass, "The Times" included);
- `number-format`: English digit grouping or decimal point in a uk or ru text ("10,000", "1.5"), a
  percent sign without its no-break space there, a Python literal ("True", "nan") anywhere;
- `iso-date`: an ISO date inside a sentence ("from 2026-01-20"), in any language;
- `line-end`: a one- or two-letter word left at the end of a line (uk and ru; only in text already
  broken into lines);
- `quotes`: typewriter quotation marks or apostrophes;
- `range`: a hyphen between the figures of a range;
- `internal`: the kit's inner words in reader text (the word "kit", file names, identifiers with underscores, and
  the ids the stories give their charts, claims, sources and explorers, such as "gpu-gap").

`findings(text, language)` returns them; tests and the chart check run it on everything readers see: a story's
charts and claims files (`story_findings`), an article's published ledger and the index of articles
(`published_findings`), and any published HTML page (`html_findings`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from html.parser import HTMLParser

from kit import i18n

TRANSLATED = ("uk", "ru")
FUNCTION_WORDS = frozenset(
    "a an the of and or in on at to for from by with as than is are was were be been not no its it this that these "
    "those which who whose their there has have had but into per only all any each over under about since".split()
)
TITLE_ARTICLE = re.compile(r"(?<![\w'’-])The(?=[ \u00a0][A-Z])")  # a name's own "The": The Times, The Moscow Times
LATIN_WORD = re.compile(r"(?<![\w'’-])[A-Za-z]+(?:['’][a-z]+)?(?![\w'’-])")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
ENGLISH_GROUPING = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,])")
DECIMAL_POINT = re.compile(r"(?<![\d.\w/])\d+\.\d+(?![\d.]|\w)")
PERCENT_WITHOUT_SPACE = re.compile(r"\d%")
PYTHON_LITERAL = re.compile(r"(?<![\w-])(True|False|None|nan|NaN|NaT|inf)(?![\w-])")
ISO_DATE = re.compile(r"(?<![\w-])\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?(?![\w-])")
TYPEWRITER = re.compile(r"[\"']")
HYPHEN_RANGE = re.compile(r"(?<![\w.,-])\d[\d\u00a0\u202f.,]*-\d")
QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”")  # a quotation or a title in its own language, as written
INTERNAL = re.compile(r"(?i)(?<![\w-])kit(?:'s|’s)?(?![\w-])|\b\w+\.(?:csv|json|py|ftl|png|svg|pdf)\b|\b[a-z]+_[a-z0-9_]+\b")
URL = re.compile(r"https?://\S+")
SHORT_WORD_AT_END = re.compile(r"(?:^|\s)([^\W\d_]{1,2})$")


@dataclass(frozen=True)
class Finding:
    """One thing an editor would mark in a text."""

    kind: str
    found: str
    text: str

    def __str__(self) -> str:
        shown = self.text if len(self.text) <= 120 else self.text[:117] + "..."
        return f"{self.kind}: {self.found!r} in {shown!r}"


def findings(text: str, language: str, *, lines: bool = False, allowed: tuple[str, ...] = ()) -> list[Finding]:
    """What an editor of this language would mark in a text (`lines`: the text is broken into lines as drawn, so a
    short word at a line's end counts; `allowed`: names or phrases to pass over, such as a source's own title)."""
    original = text
    for name in allowed:
        text = text.replace(name, " ")
    text = URL.sub(" ", text)
    found: list[Finding] = []

    def mark(kind: str, pattern: re.Pattern, group: int = 0) -> None:
        found.extend(Finding(kind, match[group], original) for match in pattern.finditer(text))

    if language in TRANSLATED:
        english = english_vocabulary()
        read = QUOTED.sub(" ", text)  # quoted titles keep their own language
        found += [
            Finding("english", word, original)
            for word in LATIN_WORD.findall(TITLE_ARTICLE.sub(" ", read))
            if word.lower() in FUNCTION_WORDS or word.lower().replace("’", "'") in english
        ]
        mark("number-format", ENGLISH_GROUPING)
        mark("number-format", DECIMAL_POINT)
        mark("number-format", PERCENT_WITHOUT_SPACE)
        if lines:
            for line in text.split("\n")[:-1]:
                if end := SHORT_WORD_AT_END.search(line.rstrip()):
                    found.append(Finding("line-end", end[1], original))
    mark("number-format", PYTHON_LITERAL)
    mark("iso-date", ISO_DATE)
    mark("quotes", TYPEWRITER)
    dates = [match.span() for match in ISO_DATE.finditer(text)]
    found += [
        Finding("range", match[0], original)
        for match in HYPHEN_RANGE.finditer(text)
        if not any(start <= match.start() < end for start, end in dates)
    ]
    mark("internal", INTERNAL)
    if ids := internal_ids():
        mark("internal", ids)
    return found


@functools.cache
def internal_ids() -> re.Pattern | None:
    """The ids the stories name their charts, claims, sources, explorers and themselves by (those with a hyphen or an
    underscore: a one-word id may be a word), which a reader never reads."""
    from kit import story

    ids = set()
    for each in story.stories():
        ids |= {each.name, *each.charts, *each.claims, *each.sources, *each.explorers, *each.readers}
    named = sorted((i for i in ids if isinstance(i, str) and ("-" in i or "_" in i) and " " not in i), key=len,
                   reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, named)) + r")(?![\w-])") if named else None


@functools.cache
def english_vocabulary() -> frozenset[str]:
    """The words of the kit's English texts (catalogs) that no uk or ru text keeps as they are: a Latin word of
    these in a uk or ru text is English left in it."""
    english = _catalog_words(i18n.SOURCE)
    kept = set().union(*(_catalog_words(language) for language in TRANSLATED))
    return frozenset(english - kept)


def _catalog_words(language: str) -> set[str]:
    """The Latin words of a language's texts (names left out: a name kept in Latin is no word of the language)."""
    words: set[str] = set()
    for key, entry in i18n.entries(language).items():
        if key.startswith(i18n.NAME_PREFIX):
            continue
        for element in _text_elements(entry.node):
            words |= {word.lower().replace("’", "'") for word in LATIN_WORD.findall(element.value)}
    return words


def _text_elements(node):
    from fluent.syntax import ast

    if isinstance(node, ast.TextElement):
        yield node
    elif isinstance(node, ast.BaseNode):
        for value in vars(node).values():
            for child in value if isinstance(value, list) else [value]:
                yield from _text_elements(child)


# -- what a story publishes ---------------------------------------------------------------------------------

CLAIM_TEXTS = ("statement", "article_value", "computed_value", "caveats", "set_aside", "failing_parts", "method")


def story_findings(each) -> list[tuple[str, Finding]]:
    """(where, finding) for everything a story publishes, in every language it is built in: each chart's texts and
    every text its renderer drew (at the web and one-column widths, lines as drawn), its Datawrapper file's headers,
    labels and text cells (or why the export refuses it), and the texts of its claims files."""
    from matplotlib.text import Text

    from kit import charts, claims, export
    from kit.errors import ExportError

    found: list[tuple[str, Finding]] = []
    for slug in each.charts:
        computed = each.chart(slug) if each.facts else None
        for language in each.built_languages:
            if computed is not None:
                chart = computed.in_language(language)
            else:
                with i18n.use(language):
                    chart = each.chart(slug)
            where = f"{slug} ({language})"
            for name in ("title", "subtitle", "note", "source", "alt_text", "description"):
                found += [(f"{where}, {name}", f) for f in findings(getattr(chart, name), language)]
            for width in (charts.WEB, charts.ONE_COLUMN):
                figure = chart.figure(width)
                for text in figure.findobj(Text):
                    if text.get_visible() and text.get_text().strip():
                        drawn = findings(text.get_text(), language, lines=True)
                        found += [(f"{where}, drawn at {width.name}", f) for f in drawn]
            try:
                table = export.datawrapper_texts(export.datawrapper_csv(chart))
            except ExportError as refused:  # a file the export refuses: said, and the rest still read
                table = []
                found.append((f"{where}, Datawrapper table", Finding("datawrapper", "", refused.problem)))
            for text in table:
                found += [(f"{where}, Datawrapper table", f) for f in findings(text, language)]
    for language in each.built_languages:
        path = each.output_dir() / claims.file_name(language)
        if not path.is_file():
            continue
        for row in claims.read(path).itertuples():
            for name in CLAIM_TEXTS:
                text = getattr(row, name)
                found += [(f"claim {row.claim_id} ({language}), {name}", f) for f in findings(text, language)]
    return _unique(found)


def _unique(found: list[tuple[str, Finding]]) -> list[tuple[str, Finding]]:
    """Each finding once per place (a text drawn at two widths is read twice)."""
    seen, kept = set(), []
    for where, finding in found:
        key = (where.split(", drawn at")[0], finding.kind, finding.found, finding.text)
        if key not in seen:
            seen.add(key)
            kept.append((where, finding))
    return kept


# -- what an article publishes: its ledger files and the index of articles ---------------------------------


@dataclass(frozen=True)
class Place:
    """Where a published text is: the file, the claim it belongs to (its id; None for the file's own texts), and
    what part of the file."""

    file: str
    claim: str | None = None
    part: str = ""

    def __str__(self) -> str:
        return ", ".join(filter(None, [self.file, f"claim {self.claim}" if self.claim else "", self.part]))


def published_findings(article: str, languages: tuple[str, ...] | None = None) -> list[tuple[Place, Finding]]:
    """(where, finding) for what an article publishes beside its charts, as written in its folder by the last build,
    in each language: its claims ledger (the Markdown, every cell of the CSV that is reader text, the text fields
    of the ClaimReview JSON-LD), its gallery and the index of articles. Titles of sources and headlines of articles, which stay
    in the language they were published in, and names written as readers know them, pass."""
    from kit import articles, ledger, paths

    found: list[tuple[Place, Finding]] = []
    folder = articles.published_dir(article)
    for language in languages or i18n.languages():
        allowed = kept_as_published(language)
        numbers = _claim_numbers(folder / ledger.file_name(ledger.CSV_NAME, language), language)
        readers = (
            (folder / ledger.file_name(ledger.MARKDOWN_NAME, language), lambda p: markdown_findings(p, language, allowed, numbers)),
            (folder / ledger.file_name(ledger.CSV_NAME, language), lambda p: ledger_csv_findings(p, language, allowed)),
            (folder / ledger.file_name(ledger.JSONLD_NAME, language), lambda p: json_ld_findings(p, language, allowed)),
            (folder / _index_name(language), lambda p: html_findings(p.read_text(encoding="utf-8"), language, allowed, f"{article}/{p.name}")),
            (paths.exports_dir() / _index_name(language), lambda p: html_findings(p.read_text(encoding="utf-8"), language, allowed, p.name)),
        )
        for path, read in readers:
            if path.is_file():
                found += read(path)
    return _unique_places(found)


def _index_name(language: str) -> str:
    from kit import gallery

    return gallery.page_name(language)


@functools.cache
def kept_as_published(language: str) -> tuple[str, ...]:
    """Texts a file in a language may keep as they were published (longest first): every source page's title, every
    checked article's and report's headline (each as written and with the language's typography), and every name
    written as readers of the language know it (`name-...` in its catalogs)."""
    from kit import articles, data, typography

    texts = set()
    for name in data.names():
        texts |= {page.get("title", "") for page in data.resource(name).get("sources", [])}
    for name in articles.names():
        article = articles.article(name)
        texts |= {article.headline, *(report.headline for report in article.reports)}
    texts = {text for text in texts if text.strip()}
    texts |= {typography.polish(text, language) for text in texts}
    texts |= {
        typography.polish(i18n.message(key, {}, language), language)
        for key in i18n.entries(language)
        if key.startswith(i18n.NAME_PREFIX)
    }
    return tuple(sorted(texts, key=len, reverse=True))


def _claim_numbers(csv_path, language: str) -> dict[int, str]:
    """Each claim's number in an article's ledger, from its CSV in that language (number -> claim id)."""
    import pandas as pd

    from kit import ledger

    if not csv_path.is_file():
        return {}
    table = pd.read_csv(csv_path, dtype=str, keep_default_na=False)
    ids, numbers = ledger.csv_header("claim", language), ledger.csv_header("number", language)
    if ids not in table or numbers not in table:
        return {}
    return {int(number): claim for claim, number in zip(table[ids], table[numbers], strict=True) if number.isdigit()}


MARKDOWN_LINK = re.compile(r"!?\[((?:\\.|[^\]\\])*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
MARKDOWN_CODE = re.compile(r"`[^`]*`")
MARKDOWN_ESCAPE = re.compile(r"\\([\\`*\[\]<>|_#])")
CLAIM_HEADING = re.compile(r"^##\s+(\d+)\.\s")


def markdown_text(line: str) -> str:
    """A line of Markdown as a reader sees it: links as their text, code left out, escapes and markup removed."""
    line = MARKDOWN_CODE.sub(" ", line)
    line = MARKDOWN_LINK.sub(lambda match: match[1], line)
    line = MARKDOWN_ESCAPE.sub(r"\1", line).replace("**", "")
    return re.sub(r"^\s*(?:#+|-|\|)\s*", "", line)


def markdown_findings(path, language: str, allowed: tuple[str, ...] = (), numbers: dict[int, str] | None = None):
    """(where, finding) in a Markdown file as readers see it, each line (each table cell) read on its own; texts in
    a section headed `## <n>. ...` belong to claim n (`numbers` gives its id)."""
    found = []
    claim = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            heading = CLAIM_HEADING.match(line)
            claim = (numbers or {}).get(int(heading[1]), heading[1]) if heading else None
        if set(line.strip()) <= set("|-: "):
            continue  # a table's rule
        cells = [markdown_text(cell) for cell in re.split(r"(?<!\\)\|", line)] if line.lstrip().startswith("|") else [markdown_text(line)]
        for cell in cells:
            if cell.strip():
                found += [(Place(path.name, claim), f) for f in findings(cell, language, allowed=allowed)]
    return found


def ledger_csv_findings(path, language: str, allowed: tuple[str, ...] = ()):
    """(where, finding) in a ledger's CSV: its column headings, and each cell of its columns of reader text (the
    claim's id, number and rating, its notebook and its charts' folders are keys)."""
    import pandas as pd

    from kit import ledger

    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    keys = {ledger.csv_header(column, language) for column in ledger.KEY_COLUMNS}
    ids = ledger.csv_header("claim", language)
    found = [(Place(path.name, None, "headings"), f) for name in table.columns for f in findings(name, language)]
    for _, row in table.iterrows():
        claim = row.get(ids) or None
        for name in table.columns:
            if name not in keys and row[name]:
                found += [(Place(path.name, claim, name), f) for f in findings(row[name], language, allowed=allowed)]
    return found


JSON_LD_TEXTS = ("name", "alternateName", "claimReviewed", "reviewBody", "headline")


def json_ld_findings(path, language: str, allowed: tuple[str, ...] = ()):
    """(where, finding) in the text fields of a ClaimReview JSON-LD file (the fact-check's own publisher, from the
    publishing record, is not ours to proofread)."""
    import json

    found = []

    def walk(node, claim: str | None, field: str) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key != "author" or node.get("@type") != "ClaimReview":
                    walk(value, claim, key)
        elif isinstance(node, list):
            for item in node:
                walk(item, claim, field)
        elif isinstance(node, str) and field in JSON_LD_TEXTS:
            found.extend((Place(path.name, claim, field), f) for f in findings(node, language, allowed=allowed))

    for review in json.loads(path.read_text(encoding="utf-8")).get("@graph", []):
        claim = str(review.get("url", "")).rpartition("#")[2] or None
        walk(review, claim, "")
    return found


def html_findings(page: str, language: str, allowed: tuple[str, ...] = (), name: str = "page"):
    """(where, finding) in an HTML page as readers see it: the text of each block (paragraph, heading, cell, list
    item, caption, title) and the alt text and labels, leaving out what is marked with another language (`lang`),
    code, style and script; a text inside an element whose id is `claim-<id>` belongs to that claim. For any page
    published (the index of articles, a gallery)."""
    reader = _PageText(language)
    reader.feed(page)
    reader.close()
    return [
        (Place(name, claim, part), f)
        for part, text, claim in reader.blocks
        for f in findings(text, language, allowed=allowed)
    ]


class _PageText(HTMLParser):
    """The texts of a page as readers see them, block by block."""

    BLOCKS = {"p", "h1", "h2", "h3", "h4", "li", "td", "th", "caption", "figcaption", "summary", "title", "label",
              "nav", "dt", "dd", "button", "option"}
    SKIPPED = {"style", "script", "code", "textarea"}
    VOID = {"img", "br", "meta", "link", "input", "source", "hr", "wbr"}
    LABELS = ("alt", "aria-label", "title", "placeholder")

    def __init__(self, language: str):
        super().__init__(convert_charrefs=True)
        self.language = language
        self.stack: list[tuple[str, bool, str | None]] = []  # open elements: (tag, skipped, the claim they hold)
        self.current: list[str] = []
        self.blocks: list[tuple[str, str, str | None]] = []  # (where, text, claim)

    @property
    def skipping(self) -> bool:
        return any(skipped for _, skipped, _ in self.stack)

    @property
    def claim(self) -> str | None:
        return next((claim for _, _, claim in reversed(self.stack) if claim), None)

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        other = attributes.get("lang") not in (None, self.language) if tag != "html" else False
        if tag in self.BLOCKS:
            self._flush(tag)
        elif tag == "br" and not self.skipping:
            self.current.append("\n")  # a line break parts the words on either side of it
        if not self.skipping and not other:
            for label in self.LABELS:
                if attributes.get(label):
                    self.blocks.append((f"{tag} {label}", attributes[label], self.claim))
        if tag not in self.VOID:
            anchor = attributes.get("id") or ""
            claim = anchor.removeprefix("claim-") if anchor.startswith("claim-") else None
            self.stack.append((tag, tag in self.SKIPPED or other, claim))

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self._flush(tag)
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if not self.skipping:
            self.current.append(data)

    def close(self):
        super().close()
        self._flush("end")

    def _flush(self, tag: str) -> None:
        text = " ".join("".join(self.current).split())
        if text:
            self.blocks.append((tag, text, self.claim))
        self.current = []


def _unique_places(found: list) -> list:
    seen, kept = set(), []
    for where, finding in found:
        key = (str(where), finding.kind, finding.found, finding.text)
        if key not in seen:
            seen.add(key)
            kept.append((where, finding))
    return kept
