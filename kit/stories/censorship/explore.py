"""Censorship's explorer: pick categories of blocked materials and compare their growth."""

from __future__ import annotations

from kit.i18n import t
from kit.stories.censorship import charts, compute
from kit.widgets import Explorer, choose_many


def compare_blocked_categories() -> Explorer:
    """Pick categories of blocked materials and compare their growth in 2025."""
    table = compute.categories()
    chooser = choose_many(
        t("censorship-explore-categories"),
        [(compute.category_label(row.category_en, row.category_id), row.category_id) for row in table.itertuples()],
        tuple(table["category_id"]),
        noun=t("censorship-explore-noun"),
    )
    return Explorer(
        "compare categories",
        {"categories": chooser},
        lambda state: charts.categories_chart(list(state["categories"])),
    )
