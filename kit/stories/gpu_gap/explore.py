"""The GPU gap's explorer: choose the buyers, the year of Omdia's estimates, and whether to compare per year."""

from __future__ import annotations

import ipywidgets as widgets

from kit.stories.gpu_gap import charts, compute
from kit.widgets import Explorer, choose_many


def compare_gpu_buyers() -> Explorer:
    """Choose the buyers to set beside Sberbank, the year of their estimates, and whether to compare per year."""
    every = sorted(set(compute.buyers(2024)) | set(compute.buyers(2023)))
    chooser = choose_many("Buyers", every, compute.buyers(2024), noun="buyers")
    year = widgets.Dropdown(options=sorted(compute.OMDIA, reverse=True), value=2024, description="Year")
    per_year = widgets.Checkbox(
        value=False, description="Sberbank per year (derived)", indent=False, layout=widgets.Layout(width="auto")
    )
    hint = widgets.HTML("Buyers without an estimate for the year are left out.")
    return Explorer(
        "compare GPU buyers",
        {"buyers": chooser, "year": year, "per_year": per_year},
        lambda state: charts.gap_chart(list(state["buyers"]), state["year"], state["per_year"]),
        extra=(hint,),
    )
