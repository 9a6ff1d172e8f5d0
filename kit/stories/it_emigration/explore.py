"""IT emigration's explorer: move the number of emigrants and see its share of each workforce figure."""

from __future__ import annotations

import ipywidgets as widgets

from kit.i18n import t
from kit.stories.it_emigration import charts, compute
from kit.widgets import Explorer, full_width


def emigration_shares() -> Explorer:
    """Move the number of emigrants and see what share it is of each published size of the IT workforce."""
    low, high = compute.EMIGRANTS_RANGE
    emigrants = widgets.IntSlider(
        value=100_000,
        min=low,
        max=high,
        step=5_000,
        description=t("emigration-explore-emigrants"),
        continuous_update=False,
        readout_format=",d",
        style={"description_width": "120px"},
        layout=full_width(max_width="480px"),
    )
    broad = widgets.Checkbox(
        value=True,
        description=t("emigration-explore-broad"),
        indent=False,
        layout=widgets.Layout(width="auto"),
    )
    return Explorer(
        "share of the IT workforce",
        {"emigrants": emigrants, "broad": broad},
        lambda state: charts.shares_chart(state["emigrants"], state["broad"]),
    )
