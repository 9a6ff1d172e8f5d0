"""The chart check: every chart at every width, read as a graphics editor reads it before publishing.

Layout rules are measured on the rendered page, from the renderer's own bounding boxes: no text overlaps
another text, runs into a mark or leaves the canvas; no mark is cut at the edge of its plot; no label is
truncated; no page is taller than `MAX_HEIGHT_MM`; value labels sit on one side of their marks; text has
4.5:1 contrast against what is behind it; the highlight has 3:1 against the background, differs in lightness
from every other mark colour and stays apart from each (CIEDE2000 >= `MIN_CVD_DELTA_E`) under simulated
protanopia, deuteranopia (Machado et al. 2009, full severity) and tritanopia (Brettel et al. 1997), computed
with coloraide; no mark has a second accent colour. Labels sit nearer the mark or row they name than any other
(the primitives record which: `kit.charts.page.names`) and clear of every line and marker; the accent marks only
what the finding names (`Chart.finding`, else the subject's rows), never a derived value, never every mark; no
title leaves a word alone on its last line. Text rules read the chart's texts: the title's and note's lengths,
one short source line naming originators, alt text that leads with the finding, a longer description, one
number style, and what the proofreader (`kit.proofread`) marks in every text, drawn or not: typewriter quotes,
hyphens in ranges, ISO dates, the kit's inner words, English or English number formats in a chart in
another language (uk, ru), a short word at a line's end; and the chart's Datawrapper file as a desk reads it (readable labels,
the plotted value as numbers at the precision shown, ISO dates, no Python value). docs/house-style.md states the
same rules for people.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from coloraide import Color
from matplotlib.collections import LineCollection, PolyCollection
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.path import Path
from matplotlib.text import Text
from matplotlib.transforms import Bbox

from kit import export, i18n, proofread, style
from kit.charts import page
from kit.charts.page import Chart, Shown, Width

MAX_HEIGHT_MM = 200
TITLE_WORDS, SUBTITLE_WORDS, NOTE_WORDS = 12, 25, 30
SOURCE_CHARACTERS, ALT_CHARACTERS = 120, 300
MIN_TEXT_CONTRAST, MIN_HIGHLIGHT_CONTRAST = 4.5, 3.0
MIN_CVD_DELTA_E = 20  # CIEDE2000 between the highlight and any other mark colour, under each simulation
MIN_LIGHTNESS_GAP = 15  # CIE L* between the highlight and any other mark colour
MAX_GREY_CHROMA = 10  # CIE LCh chroma above which a mark colour counts as a colour, not a grey
SIMULATIONS = {"protanopia": ("protan", "machado"), "deuteranopia": ("deutan", "machado"), "tritanopia": ("tritan", "brettel")}
TOLERANCE = 1.0  # pixels at 96 dpi a box may overlap another or the canvas edge before it counts
MIN_CLEARANCE = 2.0  # pixels at 96 dpi (1.5 pt) between a text and any line or marker
PROXIMITY_MARGIN = 1.0  # pixels: a label sits at least this much nearer its own mark or row than any other

RULES = {
    "overlap": "no text overlaps another text",
    "off-canvas": "no text leaves the canvas",
    "crossing": "no text runs into a mark (bar, line, marker) unless it has a backing",
    "clipped": "no mark is cut at the edge of its plot or of the canvas",
    "truncated": "no label is cut short with an ellipsis; declare a short name instead",
    "height": f"no page taller than {MAX_HEIGHT_MM} mm",
    "value-sides": "value labels sit on one side of their marks",
    "text-contrast": f"text contrast at least {MIN_TEXT_CONTRAST}:1 against what is behind it",
    "note-lighter": "the note is set lighter than the subtitle",
    "highlight-contrast": f"the highlight has at least {MIN_HIGHLIGHT_CONTRAST}:1 against the background",
    "highlight-lightness": f"the highlight differs by at least {MIN_LIGHTNESS_GAP} in CIE L* from every other mark",
    "highlight-cvd": f"the highlight stays apart (CIEDE2000 >= {MIN_CVD_DELTA_E}) from every other mark colour "
    "under simulated protanopia, deuteranopia and tritanopia",
    "one-accent": "no mark colour besides the highlight is a colour: context is grey",
    "title": f"a title of at most {TITLE_WORDS} words",
    "subtitle": f"a subtitle of at most {SUBTITLE_WORDS} words",
    "note": f"a note of at most {NOTE_WORDS} words",
    "source": f"one source line, 'Source: ...', at most {SOURCE_CHARACTERS} characters, naming originators "
    "(no 'kit analysis', no repository users, no forum)",
    "alt-text": f"alt text that leads with the finding (not the chart type) and a number, at most {ALT_CHARACTERS} "
    "characters",
    "description": "a longer description (the data in words) for the gallery",
    "numbers": "one number style: '$29m', '$182bn', '9,000', '50,000-70,000', '1m'; at most one decimal; "
    "multiples to two figures; no '16, 295th'",
    "number-styles": "numbers written one way in a chart: one digit grouping ('50,000' or '50 000', not both), "
    "millions as '1m' or '1 млн', never '1,000,000'",
    "proximity": "a label sits nearer the mark or row it names than any other mark or row",
    "touching": f"no text touches a line or marker: at least {MIN_CLEARANCE:g} px clear of it, backing or not",
    "accent": "the accent marks only what the finding names: not a derived value, not every mark",
    "orphan": "no word alone on the last line of a title",
    "quotes": "typographic quotation marks and apostrophes, not typewriter ones",
    "range": "an en dash between the figures of a range, not a hyphen",
    "iso-date": "no ISO date (2026-02-26) in a text readers read: the date as readers write it",
    "internal": "none of the kit's inner words in a text readers read: 'kit', file names, ids and slugs",
    "english": "no English left in a chart in another language (uk, ru)",
    "number-format": "numbers in the chart's language (no '10,000' or '1.5' in uk or ru), no Python "
    "literal ('True', 'nan')",
    "line-end": "no one- or two-letter word left at the end of a line (uk, ru)",
    "datawrapper": "a Datawrapper file a desk reads as it is: readable labels first, all different; the plotted "
    f"value next, as numbers; numbers at the precision shown (at most {export.MOST_DECIMALS} decimals); dates as ISO dates "
    "(no year with a fraction); no Python value",
}
PROOFREAD = ("quotes", "range", "iso-date", "internal", "english", "number-format", "line-end")  # proofreader kinds
PAGE_TEXTS = (page.TITLE, page.SUBTITLE, page.NOTE, page.SOURCE)
CHART_TYPE_OPENING = re.compile(
    r"^\s*(?:a\s+)?(?:horizontal\s+|vertical\s+|log(?:arithmic)?\s+)?(?:bar|dot|line|range|column|area|scatter|"
    r"small multiples|chart|graph|plot|map|table)\b",
    re.IGNORECASE,
)
SOURCE_CHAINS = re.compile(r"kit analysis|github|forum", re.IGNORECASE)
NUMBER_STYLE = (  # (pattern, what is wrong)
    (re.compile(r"\d, \d+(?:st|nd|rd|th)\b"), "a number and a rank that read as one number (write '16 papers (295th)')"),
    (re.compile(r"\d\s+(?:bn|mn|m|k)\b"), "a space between a number and its unit ('$17bn', not '$17 bn')"),
    (re.compile(r"\d[kK]\b"), "thousands as 'k' (write '50,000-70,000')"),
    (re.compile(r"\d\s+(?:million|billion|thousand)\b", re.IGNORECASE), "a unit in words ('1m', '$2.3bn')"),
    (re.compile(r"\d\.\d{2,}"), "more than one decimal (false precision)"),
)
MULTIPLE = re.compile(r"\b(\d[\d,]*) times\b")
DECIMAL_COMMA = re.compile(r"\d,\d{2,}")


@dataclass(frozen=True)
class Problem:
    """One broken rule: which, at which width ('' for the chart's texts), and what exactly."""

    rule: str  # a key of RULES
    width: str
    detail: str

    def __post_init__(self):
        if self.rule not in RULES:
            raise ValueError(f"{self.rule!r} is not one of the chart check's rules: {sorted(RULES)}")

    def __str__(self) -> str:
        return f"{self.rule}{f' at {self.width}' if self.width else ''}: {self.detail}"


def check(chart: Chart, widths: Sequence[Width] = page.WIDTHS) -> list[Problem]:
    """Every rule on a chart: its texts once, its layout at each width."""
    problems = text_problems(chart)
    for width in widths:
        problems += layout_problems(chart, width)
    return _unique(problems)


# -- the texts ------------------------------------------------------------------------------------------


def text_problems(chart: Chart) -> list[Problem]:
    """The rules about a chart's texts, whatever its width."""
    found = []

    def problem(rule: str, detail: str) -> None:
        found.append(Problem(rule, "", detail))

    for rule, text, most in (("title", chart.title, TITLE_WORDS), ("subtitle", chart.subtitle, SUBTITLE_WORDS),
                             ("note", chart.note, NOTE_WORDS)):
        if len(words(text)) > most:
            problem(rule, f"{len(words(text))} words: {text!r}")
    with i18n.use(chart.language):
        openings = (i18n.t("chart-source"), i18n.t("chart-sources"))
    if not any(chart.source.startswith(f"{opening} ") for opening in openings) or "\n" in chart.source:
        problem("source", f"not one line starting {openings[0]!r}: {chart.source!r}")
    if len(chart.source) > SOURCE_CHARACTERS:
        shown = chart.source if len(chart.source) <= 80 else chart.source[:79] + "…"
        problem("source", f"{len(chart.source)} characters, at most {SOURCE_CHARACTERS}: {shown!r}")
    if chain := SOURCE_CHAINS.search(chart.source):
        problem("source", f"names {chain[0]!r}, which belongs in the note or the gallery: {chart.source!r}")
    alt = chart.alt_text
    if len(alt) > ALT_CHARACTERS:
        problem("alt-text", f"{len(alt)} characters")
    if CHART_TYPE_OPENING.match(alt):
        problem("alt-text", f"opens with the chart type, not the finding: {alt[:60]!r}")
    if not re.search(r"\d", alt):
        problem("alt-text", f"gives no number: {alt!r}")
    if not chart.description.strip():
        problem("description", "missing")
    for name, text in (("title", chart.title), ("subtitle", chart.subtitle), ("note", chart.note),
                       ("source", chart.source), ("alt text", alt), ("description", chart.description)):
        found += [
            Problem("numbers", "", f"{what} in the {name}: {hit!r}") for hit, what in number_style(text, chart.language)
        ]
        found += [
            Problem(f.kind, "", f"{f.found!r} in the {name}: {_shown(text)}") for f in proofreading(text, chart.language)
        ]
    return found + datawrapper_problems(chart)


def datawrapper_problems(chart: Chart) -> list[Problem]:
    """What a desk finds in the chart's Datawrapper file: its layout read as Datawrapper reads it, and what the
    proofreader marks in its headers, labels and text cells."""
    from kit.errors import ExportError

    try:
        text = export.datawrapper_csv(chart)
    except ExportError as refused:
        return [Problem("datawrapper", "", refused.problem)]
    found = [Problem("datawrapper", "", detail) for detail in export.datawrapper_reading(text)]
    return found + [
        Problem(f.kind, "", f"{f.found!r} in the Datawrapper file: {_shown(cell)}")
        for cell in export.datawrapper_texts(text)
        for f in proofreading(cell, chart.language)
    ]


def proofreading(text: str, language: str, lines: bool = False) -> list[proofread.Finding]:
    """What the proofreader marks in a text of the chart (`lines`: as drawn, broken into lines)."""
    return [f for f in proofread.findings(text, language, lines=lines) if f.kind in PROOFREAD]


GROUPED = re.compile(r"(?<![\d.,\w])\d{1,3}(?:([,\u00a0\u202f ])\d{3})+(?![\d\w])")
UNGROUPED = re.compile(r"(?<![\d.,\u00a0\u202f\w])\d{5,}(?![\d\w])")
ABBREVIATED = re.compile(
    r"\d(?:[.,]\d+)?[\u00a0\u202f ]?(?:m|bn|million|billion|млн|млрд)(?![^\W\d_])", re.IGNORECASE
)
GROUPING_NAMES = {",": "a comma", " ": "a space"}


def number_styles(texts: Iterable[str]) -> list[str]:
    """How the numbers of one chart's texts are written in more than one way: two digit groupings ('50,000' beside
    '50 000' or '50000'), or a million and more in full ('1,000,000', the house style writes '1m'; CLDR '1 млн')."""
    groupings: dict[str, str] = {}
    full, short = [], []
    for text in texts:
        for match in GROUPED.finditer(text):
            groupings.setdefault(" " if match[1] in "\u00a0\u202f " else match[1], match[0])
            if len(match[0].replace(match[1], "")) > 6:
                full.append(match[0])
        for match in UNGROUPED.finditer(text):
            groupings.setdefault("", match[0])
            if len(match[0]) > 6:
                full.append(match[0])
        short += [match[0] for match in ABBREVIATED.finditer(text)]
    found = []
    if len(groupings) > 1:
        shown = " and ".join(
            f"{example!r} ({GROUPING_NAMES.get(sep, 'no separator')})" for sep, example in groupings.items()
        )
        found.append(f"two digit groupings: {shown}")
    if full:
        beside = f", beside {short[0]!r}" if short else ""
        found.append(f"a million or more written in full: {full[0]!r}{beside}: write it short ('1.8m', '1,8 млн')")
    return found


def _shown(text: str) -> str:
    flat = " ".join(text.split())
    return repr(flat if len(flat) <= 80 else flat[:79] + "…")


def words(text: str) -> list[str]:
    """The words of a text (a dash or other punctuation standing alone is not a word)."""
    return [word for word in text.split() if any(c.isalnum() for c in word)]


def number_style(text: str, language: str = i18n.SOURCE) -> list[tuple[str, str]]:
    """The places where a text breaks the house number style: (the text found, what is wrong).
    Texts in uk and ru follow CLDR (a decimal comma, '29,2 млн'): only false precision is checked."""
    if language != i18n.SOURCE:
        return [(match[0], "more than one decimal (false precision)") for match in DECIMAL_COMMA.finditer(text)]
    found = [(match[0], what) for pattern, what in NUMBER_STYLE for match in pattern.finditer(text)]
    return found + [
        (match[0], "a multiple to more than two figures")
        for match in MULTIPLE.finditer(text)
        if len(match[1].replace(",", "").rstrip("0")) > 2
    ]


# -- the layout -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Mark:
    """A drawn mark in display pixels: an area (bar), a line or a marker, its colour and where it must stay."""

    kind: str  # "area", "line" or "marker"
    colour: str
    box: Bbox
    path: Path | None  # lines: the path, to test crossings exactly
    zorder: float
    within: Bbox  # the plot (or canvas) it must stay inside
    half: float = 0  # lines: half the line's width
    shows: tuple[Shown, ...] = ()  # what it shows, as the chart primitives record it (`kit.charts.page.shows`)

    @property
    def rows(self) -> set[str]:
        return {shown.row for shown in self.shows}

    @functools.cached_property
    def span(self) -> tuple[float, float, float, float]:
        """Its extent as (x0, y0, x1, y1), read once: the check compares it with every text."""
        return tuple(self.box.extents)

    def near(self, span: Sequence[float], limit: float) -> bool:
        """Whether the mark may be within `limit` pixels of a box given as (x0, y0, x1, y1): a quick test on the
        mark's extent, which holds all it draws, so a mark it rules out is farther than `limit` (`distance`
        measures the rest)."""
        return _spans_distance(span, self.span) <= limit

    def distance(self, box: Bbox) -> float:
        """Pixels between a box and the mark's drawn edge (0 where they meet or overlap)."""
        if self.kind == "marker":
            centre = self.box.get_points().mean(axis=0)
            return max(_point_distance(box, centre) - self.box.width / 2, 0.0)
        if self.path is not None:
            return max(_path_distance(box, self.path) - self.half, 0.0)
        return _spans_distance(box.extents, self.span)


def layout_problems(chart: Chart, width: Width) -> list[Problem]:
    """The rules about a chart's page at one width, measured on the page the renderer lays out."""
    with style.context():
        fig = chart.figure(width)
        fig.draw_without_rendering()  # lays the page out as drawing would, without rasterising it
        renderer = fig.canvas.get_renderer()
        texts = [(text, text.get_window_extent(renderer)) for text in drawn_texts(fig)]
    marks = drawn_marks(fig)
    canvas = fig.bbox
    found = []

    def problem(rule: str, detail: str) -> None:
        found.append(Problem(rule, width.name, detail))

    height_mm = fig.get_size_inches()[1] * 25.4
    if height_mm > MAX_HEIGHT_MM:
        problem("height", f"{height_mm:.0f} mm tall")
    spans = [tuple(box.extents) for _, box in texts]  # read once: every pair of texts is compared
    for index, (text, box) in enumerate(texts):
        name = _quote(text)
        if "…" in text.get_text() or text.get_text().rstrip().endswith("..."):
            problem("truncated", name)
        if not _inside(box, canvas):
            problem("off-canvas", name)
        for other_index in range(index + 1, len(texts)):
            if _spans_overlap(spans[index], spans[other_index]):
                problem("overlap", f"{name} and {_quote(texts[other_index][0])}")
        backed = _backing(text)
        for mark in marks:
            if backed is not None and text.get_zorder() > mark.zorder:
                continue
            if _runs_into(box, spans[index], mark):
                problem("crossing", f"{name} runs into a {mark.kind} ({mark.colour})")
        behind = backed or _colour_behind(box, marks) or to_hex(fig.get_facecolor())
        ratio = contrast(to_hex(text.get_color()), behind)
        if ratio < MIN_TEXT_CONTRAST:
            problem("text-contrast", f"{name}: {ratio:.1f}:1 against {behind}")
    for mark in marks:
        if not _inside(mark.box, mark.within, TOLERANCE + 1):
            problem("clipped", f"a {mark.kind} ({mark.colour}) reaches past the edge of its plot")
    by_label = {text.get_label(): text for text, _ in texts}
    note, subtitle = by_label.get(page.NOTE), by_label.get(page.SUBTITLE)
    if note is not None and subtitle is not None:
        if luminance(to_hex(note.get_color())) <= luminance(to_hex(subtitle.get_color())):
            problem("note-lighter", f"note {to_hex(note.get_color())}, subtitle {to_hex(subtitle.get_color())}")
    sides = {}
    for text, _ in texts:
        if text.get_label() == page.VALUE:
            sides.setdefault(id(text.axes), set()).add(text.get_horizontalalignment())
    if any(len(found_sides) > 1 for found_sides in sides.values()):
        problem("value-sides", "value labels on both sides of their marks")
    crossed = {(p.detail.split(" runs into")[0]) for p in found if p.rule == "crossing"}
    for (text, box), span in zip(texts, spans, strict=True):
        if _quote(text) in crossed:
            continue
        for mark in marks:
            if mark.kind in ("line", "marker") and mark.near(span, MIN_CLEARANCE):
                distance = mark.distance(box)
                if distance < MIN_CLEARANCE:
                    problem("touching", f"{_quote(text)} touches a {mark.kind} ({mark.colour}): {distance:.1f} px from it")
                    break
    found += [Problem("proximity", width.name, detail) for detail in proximity_problems(texts, marks)]
    title = by_label.get(page.TITLE)
    if title is not None:
        lines = title.get_text().split("\n")
        if len(lines) > 1 and len(words(lines[-1])) == 1:
            problem("orphan", f"{lines[-1]!r} alone on the last line of the title")
    for text, _ in texts:
        drawn = text.get_text()
        kinds = ("line-end",) if text.get_label() in PAGE_TEXTS else PROOFREAD  # the page texts are read whole too
        for finding in proofreading(drawn, chart.language, lines=True):
            if finding.kind in kinds:
                where = width.name if finding.kind == "line-end" else ""
                found.append(Problem(finding.kind, where, f"{finding.found!r} in the drawn text {_quote(text)}"))
    every_text = [chart.title, chart.subtitle, chart.note, chart.source, chart.alt_text, chart.description]
    found += [Problem("number-styles", "", detail)
              for detail in number_styles(every_text + [text.get_text() for text, _ in texts])]
    found += [Problem("accent", "", detail) for detail in accent_problems(marks, chart.finding)]
    found += [Problem(p.rule, width.name, p.detail) for p in colour_problems({m.colour for m in marks},
                                                                             to_hex(fig.get_facecolor()))]
    return _unique(found)


def proximity_problems(texts: Sequence[tuple[Text, Bbox]], marks: Sequence[Mark]) -> list[str]:
    """Labels that sit as near another mark or row as the one they name (`kit.charts.page.names`): a row's label
    is measured against the rows' centre lines, a mark's label against the marks of other rows (in the direction it
    is set from its mark: beside it, above or below it, or diagonally)."""
    found = []
    anchored = [(text, box, getattr(text, page.ANCHOR)) for text, box in texts if hasattr(text, page.ANCHOR)]
    rows: dict[int, list[float]] = {}
    for _, _, (transform, x, y) in anchored:
        if x is None:
            rows.setdefault(id(transform), []).append(transform.transform((0, y))[1])
    for text, box, (transform, x, y) in anchored:
        if x is None:
            own = transform.transform((0, y))[1]
            others = [other for other in rows[id(transform)] if abs(other - own) > TOLERANCE]
            gap = _gap(box.y0, box.y1, own)
            nearest = min((_gap(box.y0, box.y1, other) for other in others), default=None)
            if nearest is not None and nearest < gap + PROXIMITY_MARGIN:
                found.append(f"{_quote(text)}: {gap:.1f} px from its own row, {nearest:.1f} px from another")
            continue
        point = transform.transform((x, y))
        at = Bbox([point, point])
        own_marks = [mark for mark in marks
                     if mark.near((*point, *point), TOLERANCE + 0.5) and mark.distance(at) <= TOLERANCE + 0.5]
        own_rows = set().union(*(mark.rows for mark in own_marks)) if own_marks else set()
        neighbours = [mark for mark in marks if mark.shows and not mark.rows & own_rows and mark not in own_marks]
        if box.y0 - TOLERANCE <= point[1] <= box.y1 + TOLERANCE:  # beside its mark: the marks level with it
            neighbours = [m for m in neighbours if min(box.y1, m.box.y1) - max(box.y0, m.box.y0) > TOLERANCE]
        elif box.x0 - TOLERANCE <= point[0] <= box.x1 + TOLERANCE:  # above or below: the marks over or under it
            neighbours = [m for m in neighbours if min(box.x1, m.box.x1) - max(box.x0, m.box.x0) > TOLERANCE]
        own = min((mark.distance(box) for mark in own_marks), default=_point_distance(box, point))
        limit = own + PROXIMITY_MARGIN  # a neighbour farther than this is not measured
        span = tuple(box.extents)
        measured = [(mark.distance(box), mark) for mark in neighbours if mark.near(span, limit)]
        distance, nearest = min(measured, key=lambda pair: pair[0], default=(None, None))
        if nearest is not None and distance < limit:
            other = ", ".join(sorted(nearest.rows)) or "another"
            found.append(f"{_quote(text)}: {own:.1f} px from its own mark, {distance:.1f} px from the "
                         f"{nearest.kind} of {other!r}")
    return found


def accent_problems(marks: Sequence[Mark], finding: Sequence[str] = ()) -> list[str]:
    """The accent on more than the finding names: on a derived value, on a row or point the chart's `finding` does
    not name (when it names some), or on every mark (it then sets nothing apart)."""
    found = []
    accented = [mark for mark in marks if mark.colour == style.HIGHLIGHT]
    named = set(finding)
    for mark in accented:
        derived = sorted({shown.row for shown in mark.shows if shown.derived})
        if derived:
            found.append(f"a derived value of {', '.join(map(repr, derived))} is in the accent ({mark.kind})")
        if named and (mark.rows - named or not mark.shows):
            what = ", ".join(map(repr, sorted(mark.rows - named))) or "a mark that shows no row"
            found.append(f"the accent marks {what}, which the finding does not name (it names "
                         f"{', '.join(map(repr, sorted(named)))})")
    shown = [mark for mark in marks if mark.shows]
    every = all(mark.colour == style.HIGHLIGHT for mark in shown)
    if accented and every and len(set().union(*(mark.rows for mark in shown))) > 1:
        found.append("every mark is in the accent: it sets nothing apart (highlight the figure the finding names)")
    return list(dict.fromkeys(found))


def colour_problems(colours: Iterable[str], background: str = style.BACKGROUND) -> list[Problem]:
    """The highlight against the background and against every other mark colour; no second accent colour."""
    colours = {c for c in colours if c not in (background, style.HIGHLIGHT)}
    found = [Problem("one-accent", "", f"{c} is a colour (chroma {chroma(c):.0f})") for c in sorted(colours)
             if chroma(c) > MAX_GREY_CHROMA]
    if not style.HIGHLIGHT:
        return found
    ratio = contrast(style.HIGHLIGHT, background)
    if ratio < MIN_HIGHLIGHT_CONTRAST:
        found.append(Problem("highlight-contrast", "", f"{ratio:.1f}:1 against {background}"))
    for other in sorted(colours):
        gap = abs(lightness(style.HIGHLIGHT) - lightness(other))
        if gap < MIN_LIGHTNESS_GAP:
            found.append(Problem("highlight-lightness", "", f"L* differs by {gap:.0f} from {other}"))
        for name, delta in cvd_differences(style.HIGHLIGHT, other).items():
            if delta < MIN_CVD_DELTA_E:
                found.append(Problem("highlight-cvd", "", f"CIEDE2000 {delta:.1f} from {other} under {name}"))
    return found


@functools.cache
def cvd_differences(first: str, second: str) -> dict[str, float]:
    """CIEDE2000 between two colours as seen under each simulated colour-vision deficiency."""
    differences = {}
    for name, (kind, method) in SIMULATIONS.items():
        a = Color(first).filter(kind, method=method).clip()
        b = Color(second).filter(kind, method=method).clip()
        differences[name] = a.delta_e(b, method="2000")
    return differences


@functools.cache
def contrast(first: str, second: str) -> float:
    """WCAG 2.1 contrast ratio of two colours."""
    return Color(first).contrast(Color(second), method="wcag21")


@functools.cache
def luminance(colour: str) -> float:
    return Color(colour).luminance()


@functools.cache
def lightness(colour: str) -> float:
    """CIE L* (D65)."""
    return Color(colour).convert("lab-d65")["lightness"]


@functools.cache
def chroma(colour: str) -> float:
    """CIE LCh chroma (D65)."""
    return Color(colour).convert("lch-d65")["chroma"]


def drawn_texts(fig: Figure) -> list[Text]:
    """Every text on the page with something in it: the page's texts, the plots' texts and annotations, and
    the tick labels the axes draw."""
    found = list(fig.texts)
    for ax in fig.axes:
        found += ax.texts
        for axis in (ax.xaxis, ax.yaxis):
            low, high = sorted(axis.get_view_interval())
            slack = (high - low) * 1e-9
            for tick in axis.get_major_ticks():
                if low - slack <= tick.get_loc() <= high + slack:
                    found += [label for label in (tick.label1, tick.label2) if label.get_visible()]
    return [text for text in found if text.get_visible() and text.get_text().strip()]


def drawn_marks(fig: Figure) -> list[Mark]:
    """Every mark on the page in display pixels: bars and other areas, lines, markers."""
    marks = []
    for ax in [None, *fig.axes]:
        within = fig.bbox if ax is None else ax.bbox
        artists = fig.artists if ax is None else [*ax.collections, *ax.lines, *ax.patches]
        for artist in artists:
            if not artist.get_visible():
                continue
            clip = within if ax is None or not artist.get_clip_on() else ax.bbox
            marks += _marks_of(artist, clip, fig.dpi)
    return marks


def _marks_of(artist, within: Bbox, dpi: float) -> list[Mark]:
    z = artist.get_zorder()
    shown = getattr(artist, page.SHOWS, ())

    def of(i: int) -> tuple[Shown, ...]:  # what its i-th element shows
        return (shown[i],) if i < len(shown) else ()

    if isinstance(artist, PolyCollection):
        transform = artist.get_transform()
        colours = [to_hex(c) for c in artist.get_facecolors()] or ["none"]
        return [
            Mark("area", colours[i % len(colours)], Bbox(transform.transform_path(path).get_extents().get_points()),
                 None, z, within, shows=of(i))
            for i, path in enumerate(artist.get_paths())
        ]
    if isinstance(artist, LineCollection):
        transform = artist.get_transform()
        colours = [to_hex(c) for c in artist.get_colors()] or ["none"]
        widths = artist.get_linewidths()
        marks = []
        for i, segment in enumerate(artist.get_segments()):
            points = transform.transform(segment)
            half = widths[i % len(widths)] * dpi / 144
            marks.append(Mark("line", colours[i % len(colours)], _padded(points, half), Path(points), z, within, half,
                              of(i)))
        return marks
    if isinstance(artist, Patch):
        extents = artist.get_transform().transform_path(artist.get_path()).get_extents()
        return [Mark("area", to_hex(artist.get_facecolor()), Bbox(extents.get_points()), None, z, within, shows=of(0))]
    if isinstance(artist, Line2D):
        points = artist.get_transform().transform(artist.get_xydata())
        marks = []
        if artist.get_linestyle() not in ("None", "", " ") and artist.get_linewidth() > 0 and len(points) > 1:
            half = artist.get_linewidth() * dpi / 144
            marks.append(Mark("line", to_hex(artist.get_color()), _padded(points, half), Path(points), z, within, half,
                              tuple(shown)))
        if artist.get_marker() not in (None, "", " ", "None", "none"):
            radius = (artist.get_markersize() + artist.get_markeredgewidth()) * dpi / 144
            colours = {to_hex(artist.get_markeredgecolor())}
            if artist.get_markerfacecolor() not in ("none", None):
                colours.add(to_hex(artist.get_markerfacecolor()))
            for colour in colours:
                marks += [Mark("marker", colour, _padded(np.array([p]), radius), None, z, within, shows=of(i))
                          for i, p in enumerate(points)]
        return marks
    return []


def _padded(points: np.ndarray, pad: float) -> Bbox:
    low, high = points.min(axis=0) - pad, points.max(axis=0) + pad
    return Bbox([low, high])


def _gap(low: float, high: float, at: float) -> float:
    """Pixels from a span (low to high) to a position (0 inside it)."""
    return max(low - at, at - high, 0.0)


def _spans_distance(a: Sequence[float], b: Sequence[float]) -> float:
    """Pixels between two boxes given as (x0, y0, x1, y1) (0 where they meet or overlap)."""
    return math.hypot(max(a[0] - b[2], b[0] - a[2], 0), max(a[1] - b[3], b[1] - a[3], 0))


def _point_distance(box: Bbox, point) -> float:
    return float(np.hypot(_gap(box.x0, box.x1, point[0]), _gap(box.y0, box.y1, point[1])))


def _path_distance(box: Bbox, path: Path) -> float:
    """Pixels from a box to a polyline (0 where it crosses the box): the nearest of its vertices to the box, and of
    its segments to the box's corners."""
    if path.intersects_bbox(box, filled=False):
        return 0.0
    vertices = path.vertices
    x0, y0, x1, y1 = box.extents
    gaps = np.maximum(np.maximum([x0, y0] - vertices, vertices - [x1, y1]), 0)
    best = float(np.min(np.hypot(gaps[:, 0], gaps[:, 1])))
    starts, along = vertices[:-1], np.diff(vertices, axis=0)
    lengths = np.einsum("ij,ij->i", along, along)
    starts, along, lengths = starts[lengths > 0], along[lengths > 0], lengths[lengths > 0]
    if len(starts):
        corners = np.array([[x0, y0], [x0, y1], [x1, y0], [x1, y1]])
        offsets = corners[None, :, :] - starts[:, None, :]  # segment x corner x (x, y)
        share = np.clip(np.einsum("ijk,ik->ij", offsets, along) / lengths[:, None], 0, 1)
        nearest = offsets - share[:, :, None] * along[:, None, :]
        best = min(best, float(np.min(np.hypot(nearest[..., 0], nearest[..., 1]))))
    return best


def _inside(box: Bbox, frame: Bbox, tolerance: float = TOLERANCE) -> bool:
    return (box.x0 >= frame.x0 - tolerance and box.y0 >= frame.y0 - tolerance and box.x1 <= frame.x1 + tolerance
            and box.y1 <= frame.y1 + tolerance)


def _spans_overlap(a: Sequence[float], b: Sequence[float], tolerance: float = TOLERANCE) -> bool:
    """Whether two boxes given as (x0, y0, x1, y1) overlap by more than `tolerance` both ways."""
    return min(a[2], b[2]) - max(a[0], b[0]) > tolerance and min(a[3], b[3]) - max(a[1], b[1]) > tolerance


def _runs_into(box: Bbox, span: Sequence[float], mark: Mark) -> bool:
    """Whether a text's box (`span`: its extents) runs into what the mark draws."""
    if not _spans_overlap(span, mark.span):
        return False
    if mark.path is None:
        return True
    half = mark.half - TOLERANCE
    grown = Bbox.from_extents(box.x0 - half, box.y0 - half, box.x1 + half, box.y1 + half)
    return mark.path.intersects_bbox(grown, filled=False)


def _backing(text: Text) -> str | None:
    """The colour of the box drawn behind a text, if it has an opaque one."""
    patch = text.get_bbox_patch()
    if patch is None or not patch.get_fill() or patch.get_facecolor()[3] < 1:
        return None
    return to_hex(patch.get_facecolor())


def _colour_behind(box: Bbox, marks: Sequence[Mark]) -> str | None:
    """The colour of the topmost area under the middle of a text, if any."""
    x, y = box.get_points().mean(axis=0)
    under = [m for m in marks if m.kind == "area" and m.box.x0 <= x <= m.box.x1 and m.box.y0 <= y <= m.box.y1]
    return max(under, key=lambda m: m.zorder).colour if under else None


def _quote(text: Text) -> str:
    words = " ".join(text.get_text().split())
    return repr(words if len(words) <= 40 else words[:39] + "~")


def _unique(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))
