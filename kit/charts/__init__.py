"""Chart primitives in the house style.

- `page`: a `Chart` (its texts, data and drawing function) and its page at a named width (`WIDTHS`)
- `bars`: ranked bars from a zero baseline, small multiples, reference lines, round scales
- `dots`: dots and ranges on a linear or log axis; ranges of ranks
- `lines`: a line through dated observations

Marks take a role (`style.SUBJECT`, `style.NAMED`, `style.CONTEXT_ROLE`), not a colour: the house style
decides colours and weights. `kit.chartcheck` checks a chart at every width as a graphics editor would.
"""

from kit.charts.bars import (
    Bar,
    bar_grid,
    bar_grid_height,
    bars_height,
    gutter,
    nice_scale,
    note_rows,
    possible_ticks,
    ranked_bars,
    reference_lines,
    value_axis,
    value_scale,
    value_scales,
)
from kit.charts.dots import Dot, Span, dot_rows, dots_height, labels_above, span_rows, thin_ticks
from kit.charts.lines import Point, timeline, timeline_ticks
from kit.charts.page import (
    CSS_DPI,
    ONE_COLUMN,
    TWO_COLUMN,
    WEB,
    WIDTHS,
    Chart,
    Rect,
    Wide,
    Width,
    add_axes,
    compose,
    image_html,
    screen_text,
    text_width,
    wrap,
)

__all__ = [
    "CSS_DPI", "ONE_COLUMN", "TWO_COLUMN", "WEB", "WIDTHS", "Bar", "Chart", "Dot", "Point", "Rect", "Span",
    "Wide", "Width", "add_axes", "bar_grid", "bar_grid_height", "bars_height", "compose", "dot_rows",
    "dots_height", "gutter", "image_html", "labels_above", "nice_scale", "note_rows", "possible_ticks",
    "ranked_bars", "reference_lines", "screen_text", "span_rows", "text_width", "thin_ticks", "timeline",
    "timeline_ticks", "value_axis", "value_scale", "value_scales", "wrap",
]
