"""The top-200 institutions' explorers: places by country, and chosen institutions against the cut-off, each
under any of the eight ranking variants."""

from __future__ import annotations

import ipywidgets as widgets

from kit import countries
from kit.i18n import t
from kit.stories.ai_institutions import charts, compute
from kit.widgets import Explorer, choose_many, full_width


def _variant_chooser() -> widgets.Dropdown:
    return widgets.Dropdown(
        options=[(variant.text(), variant) for variant in compute.VARIANTS],
        value=compute.DEFAULT,
        description=t("institutions-explore-ranking"),
        layout=full_width(max_width="520px"),
    )


def institution_seats() -> Explorer:
    """Choose the counting variant and the countries; see each country's places in the top 200, Russia's zero
    and its best institution against the cut-off."""
    ranking = compute.rank()
    codes = ranking.loc[ranking["rank"] <= 2 * compute.top_n(), "iso3"].dropna().unique()
    chooser = choose_many(
        t("institutions-explore-countries"),
        sorted((countries.display_name(code), code) for code in codes if code != compute.FOCUS),
        (),
        noun=t("institutions-explore-countries-noun"),
    )
    hint = widgets.HTML(t("institutions-explore-countries-hint"))
    return Explorer(
        "top-200 places by country",
        {"variant": _variant_chooser(), "countries": chooser},
        lambda state: charts.seats_chart(state["variant"], list(state["countries"]) or None),
        extra=(hint,),
    )


def institution_cutoff() -> Explorer:
    """Choose the counting variant and up to 15 institutions; see their papers against the rank-200 cut-off."""
    chooser = choose_many(
        t("institutions-explore-institutions"),
        compute.institution_options(),
        compute.default_keys(),
        noun=t("institutions-explore-institutions-noun"),
    )
    low, high = compute.CHOOSE
    hint = widgets.HTML(t("institutions-explore-institutions-hint", low=low, high=high))
    return Explorer(
        "institutions against the cut-off",
        {"variant": _variant_chooser(), "institutions": chooser},
        lambda state: charts.cutoff_chart(state["variant"], list(state["institutions"])),
        extra=(hint,),
    )
