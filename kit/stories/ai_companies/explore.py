"""The company lists' explorer: choose a list (or all three) and the countries; Russia is always shown."""

from __future__ import annotations

import ipywidgets as widgets

from kit.i18n import t
from kit.stories.ai_companies import charts, compute
from kit.widgets import Explorer, choose_many, full_width


def company_lists() -> Explorer:
    """Choose a list (or all of them) and the countries; see how many companies each country has, Russia included."""
    lists = widgets.Dropdown(
        options=[(t("companies-explore-all-lists"), tuple(compute.LISTS))]
        + [(spec.title, (key,)) for key, spec in compute.LISTS.items()],
        value=tuple(compute.LISTS),
        description=t("companies-explore-list"),
        layout=full_width(max_width="520px"),
    )
    chooser = choose_many(
        t("companies-explore-countries"),
        compute.country_options(),
        compute.default_countries(),
        noun=t("companies-explore-countries-noun"),
    )
    hint = widgets.HTML(t("companies-explore-hint"))
    return Explorer(
        "companies by country",
        {"lists": lists, "countries": chooser},
        lambda state: charts.countries_chart(list(state["lists"]), list(state["countries"])),
        extra=(hint,),
    )
