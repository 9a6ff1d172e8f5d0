"""Explorers: ipywidgets that wire controls to a story's pure chart functions; nothing here computes a statistic.

Each story builds its explorers (`kit/stories/<story>/explore.py`) from these parts. An `Explorer` reads its controls into a state dict, calls a pure `state -> Chart` function, and shows
the chart's image under a status line that states the finding. A bad choice (too few countries, all
weights at zero) shows a message in the status line, never a traceback. "Export" writes the chart
currently shown to the exports folder.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

import ipywidgets as widgets

from kit import export, files
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


def choose_many(description: str, options: list, value, rows: int = 10, width: str = "340px") -> widgets.SelectMultiple:
    """A multiple-choice list of `(label, value)` options."""
    return widgets.SelectMultiple(
        options=options, value=value, rows=rows, description=description, layout=widgets.Layout(width=width)
    )
