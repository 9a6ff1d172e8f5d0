"""The GPU gap's explorer: choose the buyers, the year of Omdia's estimates, and whether to compare per year."""

from __future__ import annotations

import ipywidgets as widgets

from kit.i18n import t
from kit.stories.gpu_gap import charts, compute
from kit.widgets import Explorer, choose_many


def compare_gpu_buyers() -> Explorer:
    """Choose the buyers to set beside Sberbank, the year of their estimates, and whether to compare per year."""
    every = sorted(set(compute.buyers(2024)) | set(compute.buyers(2023)))
    chooser = choose_many(
        t("gpu-explore-buyers"),
        [(compute.buyer_name(b), b) for b in every],
        compute.buyers(2024),
        noun=t("gpu-explore-noun"),
    )
    year = widgets.Dropdown(options=sorted(compute.OMDIA, reverse=True), value=2024, description=t("gpu-explore-year"))
    per_year = widgets.Checkbox(
        value=False, description=t("gpu-explore-per-year"), indent=False, layout=widgets.Layout(width="auto")
    )
    hint = widgets.HTML(t("gpu-explore-hint"))
    return Explorer(
        "compare GPU buyers",
        {"buyers": chooser, "year": year, "per_year": per_year},
        lambda state: charts.gap_chart(list(state["buyers"]), state["year"], state["per_year"]),
        extra=(hint,),
    )
