"""A data-journalism kit: sourced data -> tidy data -> statistic and verdict -> annotated chart -> export.

Machinery shared by every story: `data` (catalogue, provenance, validated loading), `countries`,
`claims` (the ledger), `ledger` (its ClaimReview JSON-LD, CSV and Markdown), `style` and `charts` (house style,
chart primitives), `export` (publication files), `gallery` (exports/index.html), `widgets` (ipywidgets over pure
functions), `build` (executes the notebooks), `errors`.
One module per statistic holds its pure computations and charts: `vibrancy` (Stanford's AI vibrancy ranking).
"""

__version__ = "0.1.0"
