"""ipywidgets that wire controls to the pure chart functions; nothing here computes a statistic.

An `Explorer` reads its controls into a state dict, calls a pure `state -> Chart` function, and shows
the chart's image under a status line that states the finding. A bad choice (too few countries, all
weights at zero) shows a message in the status line, never a traceback. "Export" writes the chart
currently shown to the exports folder.
"""

from __future__ import annotations

import functools
import html
from collections.abc import Callable, Mapping

import ipywidgets as widgets

from kit import censorship, companies, countries, emigration, export, files, gpus, institutions, vibrancy
from kit.charts import CSS_DPI, WEB, Chart
from kit.errors import KitError

WEB_PIXELS = f"{round(WEB.inches * CSS_DPI)}px"


class Explorer(widgets.VBox):
    """Controls, a status line, the chart and an export button, redrawn on every change."""

    def __init__(
        self,
        name: str,
        controls: Mapping[str, widgets.ValueWidget],
        render: Callable[[dict], Chart],
        extra: tuple[widgets.Widget, ...] = (),
    ):
        self.name, self.controls, self.render = name, dict(controls), render
        self.status = widgets.HTML()
        self.image = widgets.Image(format="png", layout=widgets.Layout(width=WEB_PIXELS))
        self.export_button = widgets.Button(description="Export this chart", icon="download")
        self.export_button.on_click(lambda _: self.export())
        self.chart: Chart | None = None
        self._paused = False
        for control in self.controls.values():
            control.observe(self.update, names="value")
        super().__init__([*self.controls.values(), *extra, self.export_button, self.status, self.image])
        self.add_class("kit-explorer").add_class(css_class("kit-explorer", name))
        self.status.add_class("kit-status")
        self.image.add_class("kit-chart")
        self.export_button.add_class("kit-export")
        for control_name, control in self.controls.items():
            control.add_class("kit-control").add_class(css_class("kit-control", control_name))
        self.update()

    def state(self) -> dict:
        return {name: control.value for name, control in self.controls.items()}

    def set_state(self, values: Mapping[str, object]) -> None:
        """Set several controls at once and redraw once."""
        self._paused = True
        try:
            for name, value in values.items():
                self.controls[name].value = value
        finally:
            self._paused = False
        self.update()

    def update(self, _change=None) -> None:
        """Redraw from the controls' current values; a bad choice becomes a message."""
        if self._paused:
            return
        try:
            chart = self.render(self.state())
        except KitError as problem:
            self._show_problem(problem)
            return
        self.chart = chart
        self.image.value = chart.png(preview=True)
        self.image.layout.display = None
        self.export_button.disabled = False
        self.status.value = f"<b>{html.escape(chart.title)}</b>"

    def export(self) -> None:
        """Write the chart on screen to the exports folder and list the files."""
        if self.chart is None:
            return
        try:
            written = export.export(self.chart)
        except KitError as problem:
            self._show_problem(problem)
            return
        self.status.value = f"<b>{html.escape(self.chart.title)}</b><br>Exported: " + ", ".join(
            html.escape(name) for name in written.names
        )

    def _show_problem(self, problem: KitError) -> None:
        self.chart = None
        self.image.layout.display = "none"
        self.export_button.disabled = True
        self.status.value = f'<span style="color:#c8102e">&#9888; {html.escape(problem.problem)}</span>' + (
            f"<br>{html.escape(problem.fix[0].upper() + problem.fix[1:])}" if problem.fix else ""
        )

    def __repr__(self) -> str:
        return f"<Explorer: {self.name}>"


def css_class(prefix: str, name: str) -> str:
    """A CSS class for a named part, e.g. `kit-control-public-opinion` for the control "Public Opinion"."""
    return f"{prefix}-{files.slugify(name)}"


def compare_countries(selection: list[str] | None = None) -> Explorer:
    """Choose 2-8 of the 36 ranked countries and see their seven pillar scores side by side."""
    ranking = vibrancy.rank()
    default = selection or vibrancy.default_comparison()
    chooser = widgets.SelectMultiple(
        options=[(f"{row.rank}. {row.country}", row.iso3) for row in ranking.itertuples()],
        value=[vibrancy.resolve_country(country) for country in default],
        rows=12,
        description="Countries",
        layout=widgets.Layout(width="340px"),
    )
    hint = widgets.HTML(
        f"Choose {vibrancy.COMPARE_SIZE[0]} to {vibrancy.COMPARE_SIZE[1]} countries (Ctrl- or Cmd-click to add one)."
    )
    return Explorer(
        "compare countries",
        {"countries": chooser},
        lambda state: vibrancy.comparison_chart(list(state["countries"])),
        extra=(hint,),
    )


def _choose_many(
    description: str, options: list, value, rows: int = 10, width: str = "340px"
) -> widgets.SelectMultiple:
    return widgets.SelectMultiple(
        options=options, value=value, rows=rows, description=description, layout=widgets.Layout(width=width)
    )


def _variant_chooser() -> widgets.Dropdown:
    return widgets.Dropdown(
        options=[(variant.label, variant) for variant in institutions.VARIANTS],
        value=institutions.DEFAULT,
        description="Ranking",
        layout=widgets.Layout(width="520px"),
    )


def institution_seats() -> Explorer:
    """Choose the counting variant and the countries; see each country's places in the top 200, Russia's zero
    and its best institution against the cut-off."""
    ranking = institutions.rank()
    codes = ranking.loc[ranking["rank"] <= 2 * institutions.top_n(), "iso3"].dropna().unique()
    chooser = _choose_many(
        "Countries", sorted((countries.display_name(code), code) for code in codes if code != institutions.FOCUS), ()
    )
    hint = widgets.HTML("Leave the countries empty to see every country with a place; Russia is always shown.")
    return Explorer(
        "top-200 places by country",
        {"variant": _variant_chooser(), "countries": chooser},
        lambda state: institutions.seats_chart(state["variant"], list(state["countries"]) or None),
        extra=(hint,),
    )


def institution_cutoff() -> Explorer:
    """Choose the counting variant and up to 15 institutions; see their papers against the rank-200 cut-off."""
    chooser = _choose_many(
        "Institutions", institutions.institution_options(), institutions.default_keys(), rows=12, width="520px"
    )
    low, high = institutions.CHOOSE
    hint = widgets.HTML(f"Choose {low} to {high} institutions (Ctrl- or Cmd-click to add one).")
    return Explorer(
        "institutions against the cut-off",
        {"variant": _variant_chooser(), "institutions": chooser},
        lambda state: institutions.cutoff_chart(state["variant"], list(state["institutions"])),
        extra=(hint,),
    )


def company_lists() -> Explorer:
    """Choose a list (or all of them) and the countries; see how many companies each country has, Russia included."""
    lists = widgets.Dropdown(
        options=[("All three lists", tuple(companies.LISTS))]
        + [(spec.title, (key,)) for key, spec in companies.LISTS.items()],
        value=tuple(companies.LISTS),
        description="List",
        layout=widgets.Layout(width="520px"),
    )
    chooser = _choose_many("Countries", companies.country_options(), companies.default_countries())
    hint = widgets.HTML("Choose at least one country (Ctrl- or Cmd-click to add one); Russia is always shown.")
    return Explorer(
        "companies by country",
        {"lists": lists, "countries": chooser},
        lambda state: companies.countries_chart(list(state["lists"]), list(state["countries"])),
        extra=(hint,),
    )


def reweight_index() -> Explorer:
    """Move the seven pillar weights and see the ranking, and Russia's place in it, redrawn."""
    defaults = vibrancy.default_weights()
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
    explorer = Explorer("re-weight the index", sliders, vibrancy.ranking_chart, extra=(reset,))
    reset.on_click(lambda _: explorer.set_state(defaults))
    return explorer


@functools.lru_cache(maxsize=16)
def _simulation(draws: int, concentration: float | None) -> vibrancy.RankSimulation:
    """Simulations already run in this session: changing only the countries shown does not rerun one."""
    return vibrancy.simulate_ranks(draws=draws, concentration=concentration)


def rank_robustness() -> Explorer:
    """Random weightings of the index: choose how close to the tool's weights, how many, and which countries."""
    ranking = vibrancy.rank()
    weighting = widgets.ToggleButtons(
        options=[("Centred on the tool's weights", "centred"), ("Any weights", "uniform")],
        value="centred",
        description="Weightings",
    )
    concentration = widgets.FloatLogSlider(
        value=vibrancy.CONCENTRATION,
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
        options=[(f"{n:,}", n) for n in (10_000, vibrancy.SIMULATION_DRAWS, 1_000_000)],
        value=vibrancy.SIMULATION_DRAWS,
        description="Draws",
    )
    shown = widgets.SelectMultiple(
        options=[(f"{row.rank}. {row.country}", row.iso3) for row in ranking.itertuples()],
        value=list(ranking["iso3"]),
        rows=10,
        description="Countries",
        layout=widgets.Layout(width="340px"),
    )
    hint = widgets.HTML(
        "Concentration applies to centred weightings: 1 lets weights vary widely, 10,000 keeps them close to "
        "the tool's. Ctrl- or Cmd-click to add or remove countries."
    )

    def render(state: dict) -> Chart:
        centred = state["weighting"] == "centred"
        simulation = _simulation(state["draws"], round(state["concentration"], 6) if centred else None)
        everyone = len(state["countries"]) == len(ranking)
        return vibrancy.robustness_chart(simulation, None if everyone else list(state["countries"]))

    controls = {"weighting": weighting, "concentration": concentration, "draws": draws, "countries": shown}
    return Explorer("rank robustness", controls, render, extra=(hint,))


def emigration_shares() -> Explorer:
    """Move the number of emigrants and see what share it is of each published size of the IT workforce."""
    low, high = emigration.EMIGRANTS_RANGE
    emigrants = widgets.IntSlider(
        value=100_000,
        min=low,
        max=high,
        step=5_000,
        description="People who left",
        continuous_update=False,
        style={"description_width": "120px"},
        layout=widgets.Layout(width="480px"),
    )
    broad = widgets.Checkbox(value=True, description="Include broad counts of ICT occupations")
    return Explorer(
        "share of the IT workforce",
        {"emigrants": emigrants, "broad": broad},
        lambda state: emigration.shares_chart(state["emigrants"], state["broad"]),
    )


def compare_gpu_buyers() -> Explorer:
    """Choose the buyers to set beside Sberbank, the year of their estimates, and whether to compare per year."""
    every = sorted(set(gpus.buyers(2024)) | set(gpus.buyers(2023)))
    chooser = widgets.SelectMultiple(
        options=every, value=gpus.buyers(2024), rows=10, description="Buyers", layout=widgets.Layout(width="340px")
    )
    year = widgets.Dropdown(options=sorted(gpus.OMDIA, reverse=True), value=2024, description="Year")
    per_year = widgets.Checkbox(value=False, description="Sberbank per year (derived)")
    hint = widgets.HTML("Ctrl- or Cmd-click to add a buyer; buyers without an estimate for the year are left out.")
    return Explorer(
        "compare GPU buyers",
        {"buyers": chooser, "year": year, "per_year": per_year},
        lambda state: gpus.gap_chart(list(state["buyers"]), state["year"], state["per_year"]),
        extra=(hint,),
    )


def compare_blocked_categories() -> Explorer:
    """Pick categories of blocked materials and compare their growth in 2025."""
    table = censorship.categories()
    chooser = widgets.SelectMultiple(
        options=[
            (censorship.category_label(row.category_en, row.category_id), row.category_id) for row in table.itertuples()
        ],
        value=tuple(table["category_id"]),
        rows=10,
        description="Categories",
        layout=widgets.Layout(width="420px"),
    )
    return Explorer(
        "compare categories",
        {"categories": chooser},
        lambda state: censorship.categories_chart(list(state["categories"])),
    )
