"""Explorers: ipywidgets that wire controls to a story's pure chart functions; nothing here computes a statistic.

Each story builds its explorers (`kit/stories/<story>/explore.py`) from these parts. An `Explorer` reads its
controls into a state dict, calls a pure `state -> Chart` function (or a generator of charts, first a quick one,
then the full one) and shows the chart as an image with its alt text. In a kernel, redraws run in a background
thread: the page stays responsive, the old chart is dimmed with "Computing…" while a slow one is drawn, and
changes made meanwhile are coalesced so that only the latest runs. A bad choice (too few countries, all weights at
zero) shows a message, never a traceback. "Export" writes the chart on screen to the exports folder and links the
files. A `Picker` is a searchable multiple choice (type to find and add or remove, × or Backspace to remove) with a
summary of the choice.

Readers reach every control by keyboard and screen reader: where ipywidgets' own view falls short (a slider's
handle has no name; a tag's × cannot be reached with Tab), the explorer shows the control through a small view of
its own (anywidget: an ES module in `kit/widget_views/`, no build step): a native range input named by its label,
and chosen items whose remove buttons Tab reaches. The control itself keeps the value, so a story's explorer, its
`state()` and `set_state()` are those of the ipywidgets it was given.

Languages: an explorer is made in a language (the current one where it is created: `with i18n.use("uk"):
explorer = ...`) and its language control (English, Українська, Русский) switches the chart's language; every
part keeps its language and gives its texts in it explicitly (widgets' events arrive outside the `with` block, and
redraws run in another thread). A story that computes facts (`Story(facts=True)`) has each state's chart computed
once and rendered in the explorer's language (`Chart.in_language`); one not converted yet computes its chart again
inside `i18n.use(language)`.
"""

from __future__ import annotations

import base64
import collections
import contextlib
import functools
import html
import math
import os
import re
import sys
import threading
import traceback
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path

import anywidget
import ipywidgets as widgets
import numpy as np
import traitlets
from babel import numbers as babel_numbers
from IPython.display import Markdown, display

from kit import export, files, fmt, i18n, paths, story, style, words
from kit.charts import CSS_DPI, ONE_COLUMN, WEB, Chart, Width, compose, image_html, screen_text
from kit.errors import KitError, SelectionError
from kit.preview import canvas_class, fast_png

WEB_PIXELS = f"{round(WEB.inches * CSS_DPI)}px"
PREVIEW_SCALE = 2  # previews are drawn at 2x for high-density screens
CACHED_VIEWS = 32  # charts kept per explorer, so going back to a view is instant
VIEWS = Path(__file__).resolve().parent / "widget_views"  # the controls' own views (anywidget ES modules)
SLIDERS = (widgets.FloatSlider, widgets.IntSlider, widgets.FloatLogSlider)  # shown through `Slider`

# Styles every explorer carries in JupyterLab: controls that fit a phone, full labels, and the
# busy state. The dimming and "Computing…" appear only after 150 ms, so quick redraws do not flicker.
STYLE = """<style>
.kit-explorer { max-width: 100%; }
.kit-explorer .widget-inline-hbox, .kit-explorer .widget-hslider, .kit-explorer .widget-dropdown,
.kit-explorer .widget-toggle-buttons { max-width: 100%; flex-wrap: wrap; }
.kit-explorer .widget-label { max-width: 100%; overflow: visible; white-space: normal; }
.kit-explorer .widget-checkbox .widget-label-basic { white-space: normal; }
.kit-explorer .widget-toggle-button { width: auto; padding: 0 10px; }
.kit-explorer .widget-dropdown > select, .kit-explorer input { min-width: 0; max-width: 100%; box-sizing: border-box; }
.kit-picker-summary { color: #555; font-size: 0.92em; }
.kit-chart { position: relative; max-width: 100%; }
.kit-chart img { display: block; max-width: 100%; height: auto; transition: opacity 0.1s; }
.kit-busy .kit-chart img { opacity: 0.35; transition: opacity 0.2s 0.15s; }
.kit-chart::after { content: "Computing\\2026"; position: absolute; top: 40%; left: 50%; transform: translate(-50%, 0);
  padding: 4px 12px; border-radius: 12px; background: #1a1a1a; color: #fff; font-size: 14px; visibility: hidden; }
.kit-busy .kit-chart::after { visibility: visible; transition: visibility 0s 0.15s; }
@media (max-width: 600px) {
  .kit-explorer .widget-inline-hbox .widget-label { width: 100% !important; text-align: left; }
  .kit-explorer .kit-control, .kit-explorer .widget-dropdown, .kit-explorer .widget-toggle-buttons,
  .kit-picker { width: 100% !important; }
}
</style>"""


def _t(language: str, message_id: str, **args: object) -> str:
    """A machinery text in a given language (widgets' events arrive outside the `with i18n.use` that built them)."""
    return i18n.t(message_id, **args).in_language(language)


def _css_string(text: str) -> str:
    """Text for a CSS `content` string: characters beyond ASCII escaped (`…` -> `\\2026`)."""
    escaped = []
    for index, char in enumerate(text):
        if ord(char) < 128 and char not in '"\\':
            escaped.append(char)
            continue
        following = text[index + 1 : index + 2]
        escaped.append(f"\\{ord(char):x}" + (" " if following and following in "0123456789abcdefABCDEF " else ""))
    return "".join(escaped)


def style_sheet(language: str) -> str:
    """The explorers' styles, the busy message ("Computing…") in a language."""
    return STYLE.replace('"Computing\\2026"', f'"{_css_string(_t(language, "widgets-computing"))}"')


class Explorer(widgets.VBox):
    """Controls, the chart (with its alt text) and an export button; redrawn when a control changes."""

    def __init__(
        self,
        name: str,
        controls: Mapping[str, traitlets.HasTraits],
        render: Callable[[dict], Chart | Iterable[Chart]],
        extra: tuple[widgets.Widget, ...] = (),
        background: bool | None = None,
        facts: bool | None = None,
    ):
        self.name, self.controls, self.render = name, dict(controls), render
        self.background = _in_kernel() if background is None else background
        self.facts = computes_facts(render) if facts is None else facts  # each state's chart computed once
        built = i18n.languages()
        language = i18n.current() if i18n.current() in built else i18n.SOURCE
        self.language = widgets.Dropdown(  # the chart's language: the one the explorer was created in, at first
            options=[(i18n.NAMES[code], code) for code in built],
            value=language,
            description=_t(language, "widgets-language"),
            layout=widgets.Layout(width="auto", display=None if len(built) > 1 else "none"),
        )
        # what readers see of each control: the control itself, or a view of it that keyboards and screen readers reach
        self.views = {control_name: shown(control, language) for control_name, control in self.controls.items()}
        self.status = widgets.HTML()  # problems, export results; empty while all is well
        self.image = widgets.HTML()  # the chart: an <img> with its alt text
        self.narrow = widgets.Checkbox(value=False, layout=widgets.Layout(display="none"))  # one-column charts when set
        self.export_button = widgets.Button(description=_t(language, "widgets-export"), icon="download")
        self.export_button.on_click(lambda _: self.export())
        self.exported = widgets.Output()  # links to the exported files
        self.chart: Chart | None = None
        self.renders = 0  # charts shown so far (the reader page shows it as data-render)
        self._first = None
        self._paused = False
        self._cache: collections.OrderedDict = collections.OrderedDict()  # (width, language, state) -> chart, picture
        self._computed: collections.OrderedDict = collections.OrderedDict()  # state -> its chart's facts
        self._wanted = 0  # bumped by every change; a redraw for an older change is dropped
        self._condition = threading.Condition()
        self._worker: threading.Thread | None = None
        for control in self.controls.values():
            control.observe(self._changed, names="value")
        self.narrow.observe(self._changed, names="value")
        self.language.observe(self._language_changed, names="value")
        parts = [*self.views.values(), *extra, self.language, self.export_button, self.status, self.image]
        self.style = widgets.HTML(style_sheet(language))
        super().__init__([self.style, *parts, self.exported, self.narrow])
        self.add_class("kit-explorer").add_class(css_class("kit-explorer", name))
        self.status.add_class("kit-status")
        self.image.add_class("kit-chart")
        self.narrow.add_class("kit-narrow")
        self.export_button.add_class("kit-export")
        self.language.add_class("kit-language")
        self.exported.add_class("kit-exported")
        for control_name, view in self.views.items():
            view.add_class("kit-control").add_class(css_class("kit-control", control_name))
        self.update()
        self.default_state = self.state()

    def state(self) -> dict:
        return {name: control.value for name, control in self.controls.items()}

    def set_state(self, values: Mapping[str, object]) -> None:
        """Set several controls at once and redraw once; an unknown control or value is a `SelectionError`
        and changes nothing."""
        unknown = [name for name in values if name not in self.controls]
        if unknown:
            raise SelectionError(
                f"The explorer {self.name!r} has no control named {unknown[0]!r}.",
                where=f"explorer {self.name!r}",
                fix=f"use one of {list(self.controls)}.",
            )
        before = self.state()
        self._paused = True
        try:
            for name, value in values.items():
                try:
                    self.controls[name].value = value
                except (traitlets.TraitError, ValueError, TypeError) as problem:
                    for earlier, old in before.items():
                        self.controls[earlier].value = old
                    raise SelectionError(
                        f"{value!r} is not a possible value of {name!r} in the explorer {self.name!r}.",
                        where=f"explorer {self.name!r}, control {name!r}",
                        fix=_choices_hint(self.controls[name], problem),
                    ) from None
        finally:
            self._paused = False
        self._changed()

    def _language_changed(self, change) -> None:
        """Another language chosen: the explorer's own texts in it, and the chart drawn again in it."""
        language = change["new"]
        self.language.description = _t(language, "widgets-language")
        self.export_button.description = _t(language, "widgets-export")
        self.style.value = style_sheet(language)
        self._changed()

    def _changed(self, _change=None) -> None:
        if self._paused:
            return
        if not self.background:
            self.update()
            return
        with self._condition:
            self._wanted += 1
            self.add_class("kit-busy")
            if self._worker is None or not self._worker.is_alive():
                self._worker = threading.Thread(target=self._work, name=f"explorer {self.name}", daemon=True)
                self._worker.start()
            self._condition.notify()

    def _work(self) -> None:
        """Background redraws: always of the latest state; a redraw overtaken by a change is abandoned."""
        while True:
            with self._condition:
                wanted = self._wanted
            try:
                self._redraw(lambda: self._wanted != wanted)
            except Exception as problem:  # noqa: BLE001  a bug must show, not kill the thread silently
                traceback.print_exc(file=sys.stderr)
                reason = f"{type(problem).__name__}: {problem}"
                self._show_problem(KitError(_t(self.language.value, "widgets-draw-failed", reason=reason)))
            with self._condition:
                if self._wanted == wanted:
                    self.remove_class("kit-busy")
                    self._worker = None
                    self._condition.notify_all()
                    return

    def wait(self, timeout: float = 60) -> None:
        """Block until the latest change is on screen (for tests and scripts)."""
        with self._condition:
            self._condition.wait_for(lambda: self._worker is None, timeout)

    def update(self, _change=None) -> None:
        """Redraw from the controls' current values, here and now; a bad choice becomes a message."""
        self._redraw(lambda: False)

    def _redraw(self, overtaken: Callable[[], bool]) -> None:
        state = self.state()
        width = ONE_COLUMN if self.narrow.value else WEB
        language = self.language.value  # given explicitly: this may run in the background thread
        key = _key(state, width.name, language)
        if key is not None and key in self._cache:
            self._cache.move_to_end(key)
            self._show(*self._cache[key])
            return
        if self.facts:
            self._draw((chart.in_language(language) for chart in self._facts(state)), width, key, overtaken)
            return
        with i18n.use(language):  # a story not converted yet makes its texts in the language of `i18n.use`
            self._draw(self._rendered(state), width, key, overtaken)

    def _rendered(self, state: dict) -> Iterator[Chart]:
        """The charts the story's function gives for a state: a quick draft first, for some, then the whole."""
        with style.DRAWING:
            drawn = self.render(state)
        yield from [drawn] if isinstance(drawn, Chart) else drawn

    def _facts(self, state: dict) -> Iterator[Chart]:
        """A state's charts as computed, before any is rendered in a language: computed once per state (another
        language or width renders the chart computed before)."""
        key = _key(state)
        if key is not None and key in self._computed:
            self._computed.move_to_end(key)
            yield self._computed[key]
            return
        for chart in self._rendered(state):
            yield chart
        if key is not None:
            self._computed[key] = chart  # the whole (the last)
            while len(self._computed) > CACHED_VIEWS:
                self._computed.popitem(last=False)

    def _draw(self, charts: Iterable[Chart], width: Width, key, overtaken: Callable[[], bool]) -> None:
        """Draw a state's charts at a width and show each (a quick draft, then the whole) unless overtaken."""
        try:
            for chart in charts:
                if overtaken():
                    return
                with style.DRAWING:
                    picture = _picture(chart, width)
                if overtaken():
                    return
                self._show(chart, picture)
        except KitError as problem:
            if not overtaken():
                self._show_problem(problem)
            return
        if self._first is None:  # the first state's whole chart (not its first look): what a notebook keeps
            self._first = self.chart
        if key is not None:
            self._cache[key] = (self.chart, picture)
            while len(self._cache) > CACHED_VIEWS:
                self._cache.popitem(last=False)

    def _show(self, chart: Chart, picture: str) -> None:
        self.chart = chart
        self.renders += 1
        self.image.value = picture.replace("<img ", f'<img data-render="{self.renders}" ', 1)
        self.image.layout.display = None
        self.export_button.disabled = False
        self.status.value = ""

    def forget(self) -> None:
        """Forget the views seen so far (the next change of each is computed and drawn anew)."""
        self._cache.clear()
        self._computed.clear()

    def shown_png(self) -> bytes:
        """The PNG on screen (the preview), as bytes."""
        start = self.image.value.index("base64,") + len("base64,")
        return base64.b64decode(self.image.value[start : self.image.value.index('"', start)])

    def export(self) -> None:
        """Write the chart on screen to the exports folder and link the files."""
        if self.chart is None:
            return
        language = self.language.value
        try:
            english, translations = self._in_every_language()
            written = export.export(english, translations=translations)
        except KitError as problem:
            self._show_problem(problem)
            return
        folder = written.folder
        self.status.value = html.escape(
            _t(language, "widgets-exported", count=len(written.names), folder=f"{paths.shown(folder)}/")
        )
        if _in_kernel():  # links the notebook can open (outside a kernel there is nothing to show them)
            self.exported.clear_output()
            with self.exported:
                display(Markdown(export_links(folder, written.names, language)))

    def _in_every_language(self) -> tuple[Chart, dict[str, Chart]]:
        """The chart on screen in English and, as its translations, in every other language built."""
        state, drawn = self.state(), {}
        if self.facts:
            computed = list(self._facts(state))[-1]  # the whole
            drawn = {language: computed.in_language(language) for language in i18n.languages()}
            return drawn.pop(i18n.SOURCE), drawn
        for language in i18n.languages():
            if language == self.chart.language:
                drawn[language] = self.chart
                continue
            with i18n.use(language), style.DRAWING:
                rendered = self.render(state)
                drawn[language] = rendered if isinstance(rendered, Chart) else list(rendered)[-1]  # the whole
        english = drawn.pop(i18n.SOURCE)
        return english, drawn

    def _show_problem(self, problem: KitError) -> None:
        self.chart = None
        self.image.layout.display = "none"
        self.export_button.disabled = True
        self.status.value = f'<span style="color:#c8102e">&#9888; {html.escape(problem.problem)}</span>' + (
            f"<br>{html.escape(problem.fix[0].upper() + problem.fix[1:])}" if problem.fix else ""
        )

    def _repr_mimebundle_(self, **kwargs):
        """The live widget; where no kernel runs (a notebook opened before running it), its first chart."""
        bundle = super()._repr_mimebundle_(**kwargs)
        if self._first is None:
            return bundle
        bundle["text/plain"] = f"{self!r}: its controls appear when the notebook runs; this is its first chart."
        # an image with its alt text (JupyterLab shows image/png with none)
        bundle["text/html"] = image_html(
            self._first.png(scale=1, preview=True), screen_text(self._first), round(WEB.inches * CSS_DPI)
        )
        return bundle

    def __repr__(self) -> str:
        return f"<Explorer: {self.name}>"


def _key(state: dict, *parts: object):
    """A hashable key for a state (at a width in a language, say), or None when a value cannot be hashed."""
    key = (*parts, *sorted(state.items()))
    try:
        hash(key)
    except TypeError:
        return None
    return key


def _picture(chart: Chart, width: Width) -> str:
    """The chart as an <img> at a width (a fast preview at 2x) with its alt text (`screen_text`)."""
    drawing = words.drawing(f"the chart {chart.slug!r}") if chart.rendered else contextlib.nullcontext()
    with style.context(), drawing:
        figure = compose(chart, width.inches, dpi=CSS_DPI * PREVIEW_SCALE, canvas=canvas_class())
        figure.canvas.draw()
        pixels = np.asarray(figure.canvas.buffer_rgba())
    height, columns = pixels.shape[:2]
    png = fast_png(pixels, live=True)
    return image_html(png, screen_text(chart), columns // PREVIEW_SCALE, height // PREVIEW_SCALE, {"width": width.name})


def export_links(folder: Path, names: Sequence[str], language: str = i18n.SOURCE) -> str:
    """Markdown links to exported files, relative to the working folder (the notebook's, in JupyterLab), so they
    open from the notebook; the sentence in a language."""
    try:
        base = os.path.relpath(folder, Path.cwd())
    except ValueError:  # another drive (Windows)
        base = str(folder)
    base = Path(base).as_posix()
    links = ", ".join(f"[{name}]({urllib.parse.quote(f'{base}/{name}')})" for name in names)
    return _t(language, "widgets-exported-links", folder=f"{paths.shown(folder)}/", links=links)


def _choices_hint(control, problem: Exception) -> str:
    options = getattr(control, "options", None)
    if options is not None:
        shown = [option[1] if isinstance(option, tuple) else option for option in options][:12]
        return f"choose from {shown!r}" + (" (and more)." if len(options) > 12 else ".")
    low, high = getattr(control, "min", None), getattr(control, "max", None)
    if low is not None and high is not None:
        return f"choose a number from {low:g} to {high:g}."
    return f"give a value of the right kind ({problem})."


def _in_kernel() -> bool:
    """Whether this runs in a Jupyter kernel (redraws then run in the background)."""
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with ipywidgets
        return False
    shell = get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None


def css_class(prefix: str, name: str) -> str:
    """A CSS class for a named part, e.g. `kit-control-public-opinion` for the control "Public Opinion"."""
    return f"{prefix}-{files.slugify(name)}"


def computes_facts(render: Callable) -> bool:
    """Whether the story an explorer's chart function belongs to computes facts (`Story(facts=True)`): its chart is
    then computed once per state and rendered in each language. False for a function outside the stories."""
    while isinstance(render, functools.partial):
        render = render.func
    module = getattr(render, "__module__", None) or ""
    if not module.startswith(f"{story.PACKAGE}."):
        return False
    return story.get(module.removeprefix(f"{story.PACKAGE}.").split(".")[0]).facts


def _view_code(name: str) -> str:
    return (VIEWS / name).read_text(encoding="utf-8")


def shown(control: traitlets.HasTraits, language: str) -> widgets.Widget:
    """What readers see of a control in an explorer: the control itself, or for an ipywidgets slider (whose handle
    has no accessible name) a `Slider` bound to it."""
    return Slider(control, language) if isinstance(control, SLIDERS) else control


class Slider(anywidget.AnyWidget):
    """What readers see of an ipywidgets slider (`FloatSlider`, `IntSlider`, `FloatLogSlider`): a native range input
    named by its label, its value read out in the explorer's language (slider.js). The slider keeps the value:
    moving this sets it, and setting it moves this. A log slider's range input runs over the exponents."""

    _esm = _view_code("slider.js")
    _css = _view_code("controls.css")
    description = traitlets.Unicode().tag(sync=True)
    label_width = traitlets.Unicode().tag(sync=True)
    low = traitlets.Float().tag(sync=True)
    high = traitlets.Float().tag(sync=True)
    step = traitlets.Float(1.0).tag(sync=True)
    position = traitlets.Float().tag(sync=True)  # the value; a log slider's exponent
    readout = traitlets.Unicode().tag(sync=True)  # the value as shown
    readouts = traitlets.List(traitlets.Unicode()).tag(sync=True)  # each step's readout, shown while dragging
    disabled = traitlets.Bool(False).tag(sync=True)

    def __init__(self, control: widgets.FloatSlider | widgets.IntSlider | widgets.FloatLogSlider, language: str):
        self.control, self.language = control, language
        self._moving = False
        steps = round((control.max - control.min) / control.step)
        super().__init__(
            description=control.description,
            label_width=control.style.description_width or "",
            low=control.min,
            high=control.max,
            step=control.step,
            readouts=[self._readout(self._value(control.min + index * control.step)) for index in range(steps + 1)],
            layout=control.layout,
        )
        self._follow({"new": control.value})
        control.observe(self._follow, names="value")
        traitlets.dlink((control, "disabled"), (self, "disabled"))
        traitlets.dlink((control, "description"), (self, "description"))  # a story may name it again (its language)
        self.observe(self._moved, names="position")

    def _value(self, position: float) -> float:
        """The slider's value at a position of the range input."""
        if isinstance(self.control, widgets.FloatLogSlider):
            return self.control.base**position
        if isinstance(self.control, widgets.IntSlider):
            return round(position)
        return round(position, 12)  # as written in the input, without a binary fraction's tail

    def _readout(self, value: float) -> str:
        return readout(value, self.control.readout_format, self.language)

    def _moved(self, change) -> None:
        """A reader moved the range input: the slider takes its value."""
        if not self._moving:
            self.control.value = self._value(change["new"])

    def _follow(self, change) -> None:
        """The slider's value changed (a reader, `set_state`, a reset button): the range input and readout follow."""
        value = change["new"]
        self._moving = True
        try:
            with self.hold_sync():
                log = isinstance(self.control, widgets.FloatLogSlider)
                self.position = math.log(value, self.control.base) if log else value
                self.readout = self._readout(value)
        finally:
            self._moving = False


def readout(value: float, form: str, language: str) -> str:
    """A slider's value as its readout shows it, in a language: `form` is the slider's `readout_format` (d3's:
    `d`, `.2f`, `,.3r`, `.3g`; `,` groups thousands), the number written by CLDR's rules (kit.fmt)."""
    match = re.fullmatch(r"(,?)(?:\.(\d+))?([dfgr])", form)
    if match is None:
        raise SelectionError(
            f"The slider readout format {form!r} is not one the explorers write in every language.",
            fix="use d, .Nf, .Nr or .Ng (with a leading comma to group thousands).",
        )
    grouping, digits, kind = match[1] == ",", int(match[2] or 6), match[3]
    if kind == "d":
        return fmt.number(value, 0, grouping, language=language)
    if kind == "f":
        return fmt.number(value, digits, grouping, language=language)
    decimals = digits - 1 - math.floor(math.log10(abs(value))) if value else digits - 1  # for `digits` significant
    written = fmt.number(round(value, decimals) if decimals < 0 else value, max(0, decimals), grouping, language=language)
    if kind == "g" and decimals > 0:  # significant digits without trailing zeros
        written = written.rstrip("0").removesuffix(babel_numbers.get_decimal_symbol(language))
    return written


class Chooser(anywidget.AnyWidget):
    """What readers see of a `Picker`'s search box and chosen items (picker.js): a text input named by its label
    that suggests every option, and each chosen item with a remove button that Tab reaches; Backspace in the
    empty search box removes the last chosen. It sends what a reader does (`{"enter": text}`,
    `{"remove": label}`) and shows what the picker has chosen."""

    _esm = _view_code("picker.js")
    _css = _view_code("controls.css")
    description = traitlets.Unicode().tag(sync=True)
    placeholder = traitlets.Unicode().tag(sync=True)
    labels = traitlets.List(traitlets.Unicode()).tag(sync=True)  # every option's label (the suggestions)
    chosen = traitlets.List(traitlets.List(traitlets.Unicode())).tag(sync=True)  # [label, its remove button's name]


class Picker(widgets.VBox):
    """A searchable multiple choice: type part of a name in the search box and pick it (Enter) to add it, or to
    remove it if it is already chosen; the × of a chosen one (Tab reaches it; Enter, Space or Delete presses it)
    removes it, and Backspace in the empty search box removes the last chosen. A summary says how many of how many
    are chosen; "Clear", "All" and "Reset" buttons.

    `value` is a tuple of the chosen options' values, in the order chosen."""

    value = traitlets.Tuple()

    def __init__(self, description: str, options: Sequence, value: Sequence = (), noun: str = "items"):
        pairs = [option if isinstance(option, tuple) else (str(option), option) for option in options]
        labels = [label for label, _ in pairs]
        if len(set(labels)) != len(labels):
            duplicate = next(label for label in labels if labels.count(label) > 1)
            raise SelectionError(
                f"Two options of the picker {description!r} have the same label {duplicate!r}.",
                fix="give every option a distinct label.",
            )
        self.options = pairs
        self.noun = noun
        self.language = i18n.current()  # its texts' language (its summary is rewritten outside any `with`)
        self._label = {choice: label for label, choice in pairs}
        self._choice = {label: choice for label, choice in pairs}
        self.chooser = Chooser(
            description=description,
            placeholder=_t(self.language, "widgets-picker-search", noun=noun),
            labels=labels,
            layout=widgets.Layout(width="100%"),
        )
        self.chooser.on_msg(self._heard)
        self.summary = widgets.HTML()
        self.summary.add_class("kit-picker-summary")
        buttons = [
            widgets.Button(description=text, tooltip=tip, layout=widgets.Layout(width="auto"))
            for text, tip in (
                (_t(self.language, f"widgets-picker-{key}"), _t(self.language, f"widgets-picker-{key}-tip", noun=noun))
                for key in ("clear", "all", "reset")
            )
        ]
        self.default = tuple(value)
        buttons[0].on_click(lambda _: setattr(self, "value", ()))
        buttons[1].on_click(lambda _: setattr(self, "value", tuple(choice for _, choice in pairs)))
        buttons[2].on_click(lambda _: setattr(self, "value", self.default))
        super().__init__(
            [self.chooser, widgets.HBox([self.summary, *buttons], layout={"flex_flow": "row wrap"})],
            layout=widgets.Layout(width="100%", max_width="640px"),
        )
        self.add_class("kit-picker")
        self.observe(self._chosen, names="value")
        self.value = self.default
        self._chosen({"new": self.value})

    @traitlets.validate("value")
    def _known(self, proposal):
        unknown = [choice for choice in proposal["value"] if choice not in self._label]
        if unknown:
            raise traitlets.TraitError(f"{unknown[0]!r} is not among the options")
        return tuple(dict.fromkeys(proposal["value"]))

    def enter(self, text: str) -> None:
        """A name picked or typed in the search box: add it, or remove it if it is chosen already; part of a name
        will do if only one option has it."""
        text = text.strip()
        match = self._choice.get(text) if text in self._choice else self._only_match(text)
        if text and match is not None:
            chosen = list(self.value)
            self.value = tuple(c for c in chosen if c != match) if match in chosen else (*chosen, match)

    def remove(self, label: str) -> None:
        """A chosen item's × pressed (or Backspace for the last): it is no longer chosen."""
        self.value = tuple(choice for choice in self.value if self._label[choice] != label)

    def _heard(self, _chooser, content: dict, _buffers) -> None:
        """What a reader did in the chooser."""
        if "enter" in content:
            self.enter(str(content["enter"]))
        elif "remove" in content:
            self.remove(str(content["remove"]))

    def _only_match(self, text: str):
        """The one option whose label contains `text` (any case), if exactly one does."""
        found = [choice for label, choice in self.options if text.casefold() in label.casefold()]
        return found[0] if len(found) == 1 else None

    def _chosen(self, change) -> None:
        """The choice changed: the chosen items and the summary say so."""
        labels = [self._label[choice] for choice in change["new"]]
        self.chooser.chosen = [[label, _t(self.language, "widgets-picker-remove", item=label)] for label in labels]
        chosen, every = len(labels), len(self.options)
        self.summary.value = html.escape(
            _t(
                self.language,
                "widgets-picker-all-chosen" if chosen == every else "widgets-picker-chosen",
                chosen=chosen,
                every=every,
                noun=self.noun,
            ),
            quote=False,
        )


def choose_many(description: str, options: list, value, noun: str = "items") -> Picker:
    """A searchable multiple choice of `(label, value)` options (see `Picker`)."""
    return Picker(description, options, value, noun=noun)


def full_width(**layout) -> widgets.Layout:
    """A layout that takes the explorer's width up to `max_width` (default 640 px) and shrinks on a phone."""
    return widgets.Layout(width="100%", max_width=layout.pop("max_width", WEB_PIXELS), **layout)
