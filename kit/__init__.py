"""A data-journalism kit: sourced data -> tidy data -> statistic and verdict -> annotated chart -> export.

The machinery, which names no article, country or source: `data` (each source's description, provenance, validated
loading), `articles` (the checked articles as data, and where each is published), `story` (stories declared once,
found by discovery), `claims` (claims and verdicts), `ledger` (gathers every story's claims; per article
ClaimReview JSON-LD, CSV, Markdown), `composite` (ranking by a weighted composite index and its robustness),
`countries`, `fmt`, `style` and `charts` (house style, chart primitives), `preview`, `export` (publication files),
`gallery` (each article's gallery exports/<article>/index.html; exports/index.html lists the articles), `widgets`
(explorers), `build` (runs the notebooks), `refresh` and `storydiff` (re-download sources; what new data changes in
the stories), `text` (chart text is text), `scaffold` (`python -m kit new`), `files` (atomic, crash-safe writes),
`paths`, `errors`.

The stories, one package per statistic with its computation, charts and explorers: `kit/stories/<story>/`.
"""

__version__ = "0.1.0"


def _table_in_a_region(frame) -> str | None:
    """A data frame as a notebook shows it, inside a region a keyboard reaches (Tab) and a screen reader names: a
    table wider than the notebook scrolls there, not in an output area no key can scroll."""
    from html import escape

    from kit import i18n

    table = frame._repr_html_()
    if table is None:
        return None
    label = escape(str(i18n.t("widgets-table-region")), quote=True)
    return f'<div class="kit-table" role="region" tabindex="0" aria-label="{label}" style="overflow-x: auto">{table}</div>'


def _tables_reachable_by_keyboard() -> None:
    """In a notebook's kernel (IPython already running: nothing is imported for it), show data frames in a region
    a keyboard reaches."""
    import sys

    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None or getattr(shell, "kernel", None) is None:
        return
    import pandas as pd

    shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, _table_in_a_region)


_tables_reachable_by_keyboard()

