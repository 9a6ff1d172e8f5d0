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
