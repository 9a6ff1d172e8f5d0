"""The AI vibrancy explorers: compare countries pillar by pillar, re-weight the index, draw random weightings."""

from __future__ import annotations

import functools

import ipywidgets as widgets

from kit.charts import Chart
from kit.composite import RankSimulation
from kit.stories.ai_vibrancy import charts, compute
from kit.widgets import Explorer, choose_many


def compare_countries(selection: list[str] | None = None) -> Explorer:
    """Choose 2-8 of the 36 ranked countries and see their seven pillar scores side by side."""
    ranking = compute.rank()
    default = selection or compute.default_comparison()
    chooser = choose_many(
        "Countries",
        [(f"{row.rank}. {row.country}", row.iso3) for row in ranking.itertuples()],
        [compute.resolve_country(country) for country in default],
        rows=12,
    )
    low, high = compute.COMPARE_SIZE
    hint = widgets.HTML(f"Choose {low} to {high} countries (Ctrl- or Cmd-click to add one).")
    return Explorer(
        "compare countries",
        {"countries": chooser},
        lambda state: charts.comparison_chart(list(state["countries"])),
        extra=(hint,),
    )


def reweight_index() -> Explorer:
    """Move the seven pillar weights and see the ranking, and Russia's place in it, redrawn."""
    defaults = compute.default_weights()
    sliders = {
        pillar: widgets.FloatSlider(
            value=weight,
            min=0,
            max=2,
            step=0.05,
            description=pillar,
            continuous_update=False,
            readout_format=".2f",
            style={"description_width": "150px"},
            layout=widgets.Layout(width="480px"),
        )
        for pillar, weight in defaults.items()
    }
    reset = widgets.Button(
        description="Tool's default weights", icon="undo", layout=widgets.Layout(width="max-content")
    )
    explorer = Explorer("re-weight the index", sliders, charts.ranking_chart, extra=(reset,))
    reset.on_click(lambda _: explorer.set_state(defaults))
    return explorer


@functools.lru_cache(maxsize=16)
def _simulation(draws: int, concentration: float | None) -> RankSimulation:
    """Simulations already run in this session: changing only the countries shown does not rerun one."""
    return compute.simulate_ranks(draws=draws, concentration=concentration)


def rank_robustness() -> Explorer:
    """Random weightings of the index: choose how close to the tool's weights, how many, and which countries."""
    ranking = compute.rank()
    weighting = widgets.ToggleButtons(
        options=[("Centred on the tool's weights", "centred"), ("Any weights", "uniform")],
        value="centred",
        description="Weightings",
    )
    concentration = widgets.FloatLogSlider(
        value=compute.CONCENTRATION,
        base=10,
        min=0,
        max=4,
        step=0.1,
        description="Concentration",
        continuous_update=False,
        readout_format=".3g",
        style={"description_width": "100px"},
        layout=widgets.Layout(width="480px"),
    )
    draws = widgets.Dropdown(
        options=[(f"{n:,}", n) for n in (10_000, compute.SIMULATION_DRAWS, 1_000_000)],
        value=compute.SIMULATION_DRAWS,
        description="Draws",
    )
    shown = choose_many(
        "Countries",
        [(f"{row.rank}. {row.country}", row.iso3) for row in ranking.itertuples()],
        list(ranking["iso3"]),
    )
    hint = widgets.HTML(
        "Concentration applies to centred weightings: 1 lets weights vary widely, 10,000 keeps them close to "
        "the tool's. Ctrl- or Cmd-click to add or remove countries."
    )

    def render(state: dict) -> Chart:
        centred = state["weighting"] == "centred"
        simulation = _simulation(state["draws"], round(state["concentration"], 6) if centred else None)
        everyone = len(state["countries"]) == len(ranking)
        return charts.robustness_chart(simulation, None if everyone else list(state["countries"]))

    controls = {"weighting": weighting, "concentration": concentration, "draws": draws, "countries": shown}
    return Explorer("rank robustness", controls, render, extra=(hint,))
