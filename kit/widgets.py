"""Explorers: ipywidgets that wire controls to a story's pure chart functions; nothing here computes a statistic.

Each story builds its explorers (`kit/stories/<story>/explore.py`) from these parts. An `Explorer` reads its
controls into a state dict, calls a pure `state -> Chart` function (or a generator of charts, first a quick one,
then the full one) and shows the chart as an image with its alt text. In a kernel, redraws run in a background
thread: the page stays responsive, the old chart is dimmed with "Computing…" while a slow one is drawn, and
changes made meanwhile are coalesced so that only the latest runs. A bad choice (too few countries, all weights at
zero) shows a message, never a traceback. "Export" writes the chart on screen to the exports folder and links the
files. A `Picker` is a searchable multiple choice (type to find and add or remove, × to remove) with a summary
of the choice.

Languages: an explorer draws in the language it was created in (`with i18n.use("uk"): explorer = ...`), and its
language control (English, Українська, Русский) switches the chart's language. Widgets' events arrive outside the
`with` block (and redraws run in another thread, which a context variable does not cross), so every part keeps its
language and gives its texts in it explicitly.
"""

from __future__ import annotations

import base64
import collections
import html
import os
import sys
import threading
import traceback
import urllib.parse
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path

import ipywidgets as widgets
import numpy as np
import traitlets
from IPython.display import Markdown, display

from kit import export, files, i18n, paths, style
from kit.charts import CSS_DPI, ONE_COLUMN, WEB, Chart, Width, compose
from kit.errors import KitError, SelectionError
from kit.preview import canvas_class, fast_png

WEB_PIXELS = f"{round(WEB.inches * CSS_DPI)}px"
PREVIEW_SCALE = 2  # previews are drawn at 2x for high-density screens
CACHED_VIEWS = 32  # charts kept per explorer, so going back to a view is instant

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
.kit-picker-search { max-width: 100%; box-sizing: border-box; }
.kit-picker .jupyter-widget-tagsinput { max-width: 100%; max-height: 9.5em; overflow-y: auto; }
.kit-picker .jupyter-widget-tagsinput > div:not(.jupyter-widget-tag) { display: none !important; }
.kit-picker-summary { color: #555; font-size: 0.92em; }
.kit-chart { position: relative; max-width: 100%; }
.kit-chart img { display: block; max-width: 100%; height: auto; transition: opacity 0.1s; }
.kit-busy .kit-chart img { opacity: 0.35; transition: opacity 0.2s 0.15s; }
.kit-chart::after { content: "Computing\\2026"; position: absolute; top: 40%; left: 50%; transform: translate(-50%, 0);
  padding: 4px 12px; border-radius: 12px; background: #1a1a1a; color: #fff; font-size: 14px; visibility: hidden; }
.kit-busy .kit-chart::after { visibility: visible; transition: visibility 0s 0.15s; }
@media (max-width: 600px) {
  .kit-explorer .widget-inline-hbox .widget-label { width: 100% !important; text-align: left; }
  .kit-explorer .widget-hslider .slider-container { flex: 1 1 60%; }
  .kit-explorer .widget-hslider, .kit-explorer .widget-dropdown, .kit-explorer .widget-toggle-buttons,
  .kit-picker, .kit-picker .jupyter-widget-tagsinput { width: 100% !important; }
  .kit-picker .kit-picker-search { width: calc(100% - 8px) !important; }
}
</style>"""


def _t(language: str, message_id: str, **args: object) -> str:
    """A machinery text in a given language (widgets' events arrive outside the `with i18n.use` that built them)."""
    with i18n.use(language):
        return i18n.t(message_id, **args)


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
    ):
        self.name, self.controls, self.render = name, dict(controls), render
        self.background = _in_kernel() if background is None else background
        built = i18n.languages()
        language = i18n.current() if i18n.current() in built else i18n.SOURCE
        self.language = widgets.Dropdown(  # the chart's language: the one the explorer was created in, at first
            options=[(i18n.NAMES[code], code) for code in built],
            value=language,
            description=_t(language, "widgets-language"),
            layout=widgets.Layout(width="auto", display=None if len(built) > 1 else "none"),
        )
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
        self._cache: collections.OrderedDict = collections.OrderedDict()
        self._wanted = 0  # bumped by every change; a redraw for an older change is dropped
        self._condition = threading.Condition()
        self._worker: threading.Thread | None = None
        for control in self.controls.values():
            control.observe(self._changed, names="value")
        self.narrow.observe(self._changed, names="value")
        self.language.observe(self._language_changed, names="value")
        parts = [*self.controls.values(), *extra, self.language, self.export_button, self.status, self.image]
        self.style = widgets.HTML(style_sheet(language))
        super().__init__([self.style, *parts, self.exported, self.narrow])
        self.add_class("kit-explorer").add_class(css_class("kit-explorer", name))
        self.status.add_class("kit-status")
        self.image.add_class("kit-chart")
        self.narrow.add_class("kit-narrow")
        self.export_button.add_class("kit-export")
        self.language.add_class("kit-language")
        self.exported.add_class("kit-exported")
        for control_name, control in self.controls.items():
            control.add_class("kit-control").add_class(css_class("kit-control", control_name))
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
        key = _key(state, width, language)
        if key is not None and key in self._cache:
            self._cache.move_to_end(key)
            self._show(*self._cache[key])
            return
        with i18n.use(language):
            self._draw(state, width, key, overtaken)

    def _draw(self, state: dict, width: Width, key, overtaken: Callable[[], bool]) -> None:
        """Draw the chart for a state at a width in the current language and show it (and each quick draft)."""
        try:
            with style.DRAWING:
                drawn = self.render(state)
            for chart in [drawn] if isinstance(drawn, Chart) else drawn:
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
        if key is not None:
            self._cache[key] = (self.chart, picture)
            while len(self._cache) > CACHED_VIEWS:
                self._cache.popitem(last=False)

    def _show(self, chart: Chart, picture: str) -> None:
        self.chart = chart
        self.renders += 1
        if self._first is None:
            self._first = chart
        self.image.value = picture.replace("<img ", f'<img data-render="{self.renders}" ', 1)
        self.image.layout.display = None
        self.export_button.disabled = False
        self.status.value = ""

    def forget(self) -> None:
        """Forget the views seen so far (the next change of each is drawn anew)."""
        self._cache.clear()

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
                with i18n.use(language):
                    display(Markdown(export_links(folder, written.names)))

    def _in_every_language(self) -> tuple[Chart, dict[str, Chart]]:
        """The chart on screen in English and, as its translations, in every other language built."""
        state, drawn = self.state(), {}
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
        bundle["image/png"] = base64.b64encode(self._first.png(scale=1, preview=True)).decode("ascii")
        return bundle, {"image/png": {"width": round(WEB.inches * CSS_DPI)}}

    def __repr__(self) -> str:
        return f"<Explorer: {self.name}>"


def _key(state: dict, width: Width, language: str = i18n.SOURCE):
    """A hashable key for a state at a width in a language, or None when a value cannot be hashed."""
    key = (width.name, language, *sorted(state.items()))
    try:
        hash(key)
    except TypeError:
        return None
    return key


def _picture(chart: Chart, width: Width) -> str:
    """The chart as an <img> at a width (a fast preview at 2x) with its alt text."""
    with style.context():
        figure = compose(chart, width.inches, dpi=CSS_DPI * PREVIEW_SCALE, canvas=canvas_class())
        figure.canvas.draw()
        pixels = np.asarray(figure.canvas.buffer_rgba())
    height, columns = pixels.shape[:2]
    encoded = base64.b64encode(fast_png(pixels)).decode("ascii")
    return (
        f'<img src="data:image/png;base64,{encoded}" alt="{html.escape(screen_text(chart))}" '
        f'width="{columns // PREVIEW_SCALE}" height="{height // PREVIEW_SCALE}" data-width="{width.name}">'
    )


def screen_text(chart: Chart) -> str:
    """The alt text of a chart on screen: its title (drawn in the image, so a screen reader needs it too), then
    its alt text."""
    title = chart.title.rstrip()
    return f"{title}{'' if title[-1:] in '.!?' else '.'} {chart.alt_text}"


def export_links(folder: Path, names: Sequence[str]) -> str:
    """Markdown links to exported files, relative to the working folder (the notebook's, in JupyterLab), so they
    open from the notebook."""
    try:
        base = os.path.relpath(folder, Path.cwd())
    except ValueError:  # another drive (Windows)
        base = str(folder)
    base = Path(base).as_posix()
    links = ", ".join(f"[{name}]({urllib.parse.quote(f'{base}/{name}')})" for name in names)
    return i18n.t("widgets-exported-links", folder=f"{paths.shown(folder)}/", links=links)


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


class Picker(widgets.VBox):
    """A searchable multiple choice: type part of a name in the search box and pick it (Enter) to add it, or to
    remove it if it is already chosen; × on a chosen one removes it too. A summary says how many of how many are
    chosen; "Clear", "All" and "Reset" buttons.

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
        self.search = widgets.Combobox(
            options=labels,
            placeholder=_t(self.language, "widgets-picker-search", noun=noun),
            continuous_update=False,  # a choice counts once picked or entered, not at every key
            description=description,
            layout=widgets.Layout(width="100%", max_width="420px"),
        )
        self.search.add_class("kit-picker-search")
        self.tags = widgets.TagsInput(allowed_tags=labels, allow_duplicates=False, layout={"width": "100%"})
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
            [self.search, self.tags, widgets.HBox([self.summary, *buttons], layout={"flex_flow": "row wrap"})],
            layout=widgets.Layout(width="100%", max_width="640px"),
        )
        self.add_class("kit-picker")
        self._syncing = False
        self.search.observe(self._searched, names="value")
        self.tags.observe(self._from_tags, names="value")
        self.observe(self._to_tags, names="value")
        self.value = self.default
        self._to_tags({"new": self.value})

    @traitlets.validate("value")
    def _known(self, proposal):
        unknown = [choice for choice in proposal["value"] if choice not in self._label]
        if unknown:
            raise traitlets.TraitError(f"{unknown[0]!r} is not among the options")
        return tuple(dict.fromkeys(proposal["value"]))

    def _searched(self, change) -> None:
        """A name picked or typed in the search box: add it, or remove it if it is chosen already."""
        text = change["new"].strip()
        if not text:
            return
        match = self._choice.get(text) if text in self._choice else self._only_match(text)
        if match is not None:
            chosen = list(self.value)
            self.value = tuple(c for c in chosen if c != match) if match in chosen else (*chosen, match)
        self.search.value = ""

    def _only_match(self, text: str):
        """The one option whose label contains `text` (any case), if exactly one does."""
        found = [choice for label, choice in self.options if text.casefold() in label.casefold()]
        return found[0] if len(found) == 1 else None

    def _from_tags(self, change) -> None:
        if not self._syncing:
            self.value = tuple(self._choice[label] for label in change["new"] if label in self._choice)

    def _to_tags(self, change) -> None:
        self._syncing = True
        try:
            self.tags.value = [self._label[choice] for choice in change["new"]]
        finally:
            self._syncing = False
        chosen, every = len(change["new"]), len(self.options)
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
