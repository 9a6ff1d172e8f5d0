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

`findings(text, language)` returns them; tests and the chart check run it on everything readers see.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

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
        found += [
            Finding("english", word, original)
            for word in LATIN_WORD.findall(TITLE_ARTICLE.sub(" ", text))
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
    words: set[str] = set()
    for entry in i18n.entries(language).values():
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
