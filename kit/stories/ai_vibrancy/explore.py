"""The AI vibrancy explorers: compare countries pillar by pillar, re-weight the index, draw random weightings."""

from __future__ import annotations

import functools
from collections.abc import Iterator

import ipywidgets as widgets

from kit import fmt, reader
from kit.charts import Chart, text_width
from kit.composite import RankSimulation
from kit.errors import SelectionError
from kit.i18n import t
from kit.stories.ai_vibrancy import charts, compute
from kit.widgets import Explorer, choose_many, full_width

# The kinds of random weighting: centred on the tool's weights (Dirichlet) or drawn uniformly from all of them;
# each with the id of its label.
WEIGHTINGS = {"centred": "vibrancy-control-centred", "uniform": "vibrancy-control-uniform"}
AT_ONCE = 10_000  # a simulation of at most this many draws (about 15 ms) is shown when it is done;
FIRST_LOOK = 5_000  # a larger one first shows the result of its first draws (the same draws: a prefix), on screen
# in under a tenth of a second; the whole follows (100,000 draws: about a third of a second)


def _country_options() -> list[tuple[str, str]]:
    """Each ranked country as a choice: its name and its rank, 'Russia (28th)'."""
    names = charts._names()
    return [
        (t("vibrancy-option", country=names[row.iso3], ordinal=fmt.ordinal(row.rank)), row.iso3)
        for row in charts._default_ranking().itertuples()
    ]


def _label_width(labels: list[str]) -> str:
    """Room for the sliders' labels: the longest, measured in the house font at the controls' size (13 px), with a
    margin for the font the notebook shows them in."""
    return f"{round(max(text_width(label, 10) for label in labels) * 96 * 1.15) + 12}px"


def compare_countries(selection: list[str] | None = None) -> Explorer:
    """Choose 2-8 of the 36 ranked countries and see their seven pillar scores side by side."""
    default = selection or compute.default_comparison()
    chooser = choose_many(
        t("vibrancy-control-countries"),
        _country_options(),
        [compute.resolve_country(c) for c in default],
        noun=t("vibrancy-noun-countries"),
    )
    low, high = compute.COMPARE_SIZE
    hint = widgets.HTML(t("vibrancy-compare-hint", low=low, high=high))
    return Explorer(
        "compare countries",
        {"countries": chooser},
        lambda state: charts.comparison_chart(list(state["countries"])),
        extra=(hint,),
    )


def reweight_index() -> Explorer:
    """Move the seven pillar weights and see the ranking, and Russia's place in it, redrawn."""
    defaults = compute.default_weights()
    names = {pillar: compute.pillar_name(pillar) for pillar in defaults}
    width = _label_width(list(names.values()))
    sliders = {
        pillar: widgets.FloatSlider(
            value=weight,
            min=0,
            max=2,
            step=0.05,
            description=names[pillar],
            continuous_update=False,
            readout_format=".2f",
            style={"description_width": width},
            layout=full_width(max_width="480px"),
        )
        for pillar, weight in defaults.items()
    }
    reset = widgets.Button(
        description=t("vibrancy-control-reset"), icon="undo", layout=widgets.Layout(width="max-content")
    )
    explorer = Explorer("re-weight the index", sliders, charts.ranking_chart, extra=(reset,))
    reset.on_click(lambda _: explorer.set_state(defaults))
    return explorer


@functools.lru_cache(maxsize=16)
def _simulation(draws: int, concentration: float | None) -> RankSimulation:
    """Simulations already run in this session: changing only the countries shown does not rerun one. They rank
    the index the explorers build once per session (`compute.simulate_ranks` builds it from the data each time)."""
    return charts._index().simulate(compute.FOCUS, draws, concentration, compute.SIMULATION_SEED)


_SEEN: set = set()  # (draws, concentration) of the simulations run in this session


def robustness_charts(state: dict, every_country: int) -> Iterator[Chart]:
    """The rank-range chart for an explorer state; a simulation of more than `AT_ONCE` draws not run yet first shows
    the result of its first `FIRST_LOOK` draws (the very same draws), then the whole."""
    kind = state["weighting"]
    if kind not in WEIGHTINGS:
        raise SelectionError(
            f"{kind!r} is not a kind of weighting the simulation knows.", fix=f"choose one of {list(WEIGHTINGS)}."
        )
    concentration = round(state["concentration"], 6) if kind == "centred" else None
    shown = None if len(state["countries"]) == every_country else list(state["countries"])
    draws = state["draws"]
    if draws > AT_ONCE and (draws, concentration) not in _SEEN:
        yield charts.robustness_chart(_simulation(FIRST_LOOK, concentration), shown)
    simulation = _simulation(draws, concentration)
    _SEEN.add((draws, concentration))
    yield charts.robustness_chart(simulation, shown)


def rank_robustness() -> Explorer:
    """Random weightings of the index: choose how close to Stanford's weights, how many, and which countries."""
    ranking = charts._default_ranking()
    weighting = widgets.ToggleButtons(
        options=[(t(label), kind) for kind, label in WEIGHTINGS.items()],
        value="centred",
        description=t("vibrancy-control-weightings"),
        style={"button_width": "auto"},
    )
    concentration = widgets.FloatLogSlider(
        value=compute.CONCENTRATION,
        base=10,
        min=0,
        max=4,
        step=0.1,
        description=t("vibrancy-control-concentration"),
        continuous_update=False,
        readout_format=",.3r",
        style={"description_width": "100px"},
        layout=full_width(max_width="480px"),
    )
    draws = widgets.Dropdown(
        options=[(fmt.count(n), n) for n in (10_000, compute.SIMULATION_DRAWS, 1_000_000)],
        value=compute.SIMULATION_DRAWS,
        description=t("vibrancy-control-draws"),
    )
    shown = choose_many(
        t("vibrancy-control-countries-shown"),
        _country_options(),
        list(ranking["iso3"]),
        noun=t("vibrancy-noun-countries"),
    )
    hint = widgets.HTML(t("vibrancy-robustness-hint", widely=fmt.count(1), close=fmt.count(10_000)))
    controls = {"weighting": weighting, "concentration": concentration, "draws": draws, "countries": shown}
    return Explorer(
        "rank robustness", controls, lambda state: robustness_charts(state, len(ranking)), extra=(hint,)
    )


# -- explorers for readers: the article's reader page runs these in the reader's browser (kit.reader) ----------


def _reader_names() -> dict[str, str]:
    """The ranked countries' names in the current language."""
    return dict(charts._names())


def compare_reader() -> reader.Comparison:
    """Readers choose 2-8 of the 36 countries and see their seven pillar scores side by side (the pillar chart)."""
    ranking = compute.rank()
    pillars = compute.pillars()
    weights = compute.default_weights()
    shared = compute.shared_scores()
    country = {"country": "subject"}
    return reader.Comparison(
        table=compute.pillar_scores().loc[list(ranking["iso3"]), pillars],
        subject=compute.FOCUS,
        default=compute.default_comparison(),
        heading=t("vibrancy-reader-compare-heading"),
        text=t("vibrancy-reader-compare-text"),
        control=t("vibrancy-control-countries"),
        add=t("vibrancy-reader-add"),
        entity_names=_reader_names(),
        measure_names={p: compute.pillar_name(p) for p in pillars},
        panel_titles={p: charts.panel_title(p, weights[p]) for p in pillars},
        title=reader.Message("vibrancy-pillars-title", country),
        title_none=reader.Message("vibrancy-pillars-title-none", country),
        subtitle=t("vibrancy-pillars-subtitle"),
        note=reader.Message("vibrancy-pillars-note", country),
        alt=reader.Message("vibrancy-pillars-alt", {**country, "countries": "entities"}),
        chosen=reader.Message("vibrancy-reader-chosen"),
        source=t("vibrancy-source"),
        caveats=[
            reader.Caveat(
                reader.Message("vibrancy-pillars-imputed", {"countries": "entities", "pillar": "measure"}),
                pillar,
                list(group["iso3"]),
            )
            for pillar, group in shared.groupby("pillar")
        ],
        limits=compute.COMPARE_SIZE,
        least=100,
        key="countries",
        picture=charts.comparison_chart,
    )


def reweight_reader() -> reader.Reweighting:
    """Readers move the seven pillar weights and see the ranking, and Russia's place in it, redrawn."""
    country = {"country": "subject"}
    return reader.Reweighting(
        index=compute.index(),
        subject=compute.FOCUS,
        named=compute.named_ahead(),
        heading=t("vibrancy-reader-reweight-heading"),
        text=t("vibrancy-reader-reweight-text", button=t("vibrancy-control-reset")),
        measure_names={p: compute.pillar_name(p) for p in compute.pillars()},
        entity_names=_reader_names(),
        title=reader.Message("vibrancy-ranking-title", country),
        title_reweighted=reader.Message("vibrancy-ranking-reweighted-title", country),
        subtitle=reader.Message("vibrancy-ranking-subtitle", country),
        subtitle_reweighted=reader.Message("vibrancy-ranking-reweighted-subtitle"),
        note=t("vibrancy-ranking-note", reproduced=int(charts._reproduced())),
        note_reweighted=reader.Message("vibrancy-ranking-reweighted-note"),
        alt=reader.Message("vibrancy-reader-ranking-alt", country),
        source=t("vibrancy-source"),
        reset=t("vibrancy-control-reset"),
        picture=charts.ranking_chart,
    )
