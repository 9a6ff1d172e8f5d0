"""IT emigration's explorer: move the number of emigrants and see its share of each workforce figure."""

from __future__ import annotations

import ipywidgets as widgets

from kit import fmt, words
from kit.i18n import t
from kit.stories.it_emigration import charts, compute
from kit.widgets import Explorer, full_width


def emigration_shares() -> Explorer:
    """Move the number of emigrants and see what share it is of each published size of the IT workforce. The
    slider's number is written in the explorer's language (its own readout would group digits the English way)."""
    low, high = compute.EMIGRANTS_RANGE
    emigrants = widgets.IntSlider(
        value=100_000,
        min=low,
        max=high,
        step=5_000,
        continuous_update=False,
        readout=False,
        style={"description_width": "180px"},
        layout=full_width(max_width="520px"),
    )
    broad = widgets.Checkbox(
        value=True,
        description=t("emigration-explore-broad"),
        indent=False,
        layout=widgets.Layout(width="auto"),
    )
    explorer = Explorer(
        "share of the IT workforce",
        {"emigrants": emigrants, "broad": broad},
        lambda state: charts.shares_chart(state["emigrants"], state["broad"]),
    )

    def describe(_change=None) -> None:
        language = explorer.language.value
        people = t("emigration-explore-emigrants", people=fmt.count(emigrants.value), n=emigrants.value)
        emigrants.description = words.render(people, language)
        broad.description = words.render(t("emigration-explore-broad"), language)

    emigrants.observe(describe, names="value")
    explorer.language.observe(describe, names="value")
    describe()
    return explorer
