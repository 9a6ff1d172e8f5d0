"""Facts, then words: a text is kept as what it says (a message id and its arguments, a number and the form it is
shown in, a country's code) and is rendered in a language only where a file is written or a chart is drawn.

`kit.i18n.t`, the formatters of `kit.fmt` and `kit.countries.display_name` return `Words`. A story computes its
charts and claims once; `render(text, language)` gives one text in a language, `rendered(value, language)` a whole
chart, claim or table with every text in it rendered (containers, dataclasses, data frames, and the closures of its
drawing functions), so the same computed facts are written in every language without computing them again, and no
text made in one language is reused in another.

Transitional: a `Words` is also a `str` holding its rendering in the language that was current where it was made
(`kit.i18n.use`), so code that still treats texts as strings in that language keeps working until it is converted.
Text derived from it by string operations (an f-string, `str.join`, `.replace`) is plain English from then on:
join and combine with `+`, `join` and `kit.i18n.t` instead.
"""

from __future__ import annotations

import contextlib
import contextvars
import copy
import dataclasses
import functools
import types
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

import pandas as pd

from kit import i18n, typography


class WordsError(TypeError):
    """A text made where it cannot be rendered in its page's language."""


_drawing: contextvars.ContextVar[str | None] = contextvars.ContextVar("drawing", default=None)


@contextlib.contextmanager
def drawing(what: str) -> Iterator[None]:
    """While a chart rendered in a language is drawn, no text may be made: it would be in no language (compute
    labels with the chart, not inside its drawing function)."""
    token = _drawing.set(what)
    try:
        yield
    finally:
        _drawing.reset(token)


class Words(str):
    """A text not yet in a language: `in_language(language)` renders it."""

    made_in: str  # the language of its value as a `str`
    parts: tuple

    def __new__(cls, *parts):
        if _drawing.get() is not None:
            raise WordsError(
                f"A text ({cls.__name__}{parts!r}) was made while drawing {_drawing.get()}, after its texts were "
                "rendered: it would be in no language. Make it where the chart is computed and give it to the drawing."
            )
        made_in = i18n.current()
        self = super().__new__(cls, cls._text(parts, made_in))
        self.parts, self.made_in = parts, made_in
        return self

    @staticmethod
    def _text(parts: tuple, language: str) -> str:
        raise NotImplementedError

    def in_language(self, language: str) -> str:
        """The text in a language (a plain `str`)."""
        return str.__str__(self) if language == self.made_in else self._text(self.parts, i18n.check(language))

    def __add__(self, other: str) -> Words:
        return Joined((self, other)) if isinstance(other, str) else NotImplemented

    def __radd__(self, other: str) -> Words:
        return Joined((other, self)) if isinstance(other, str) else NotImplemented

    def __reduce__(self):
        return _restore, (type(self), self.parts, self.made_in, str.__str__(self))

    def __copy__(self) -> Words:
        return self

    def __deepcopy__(self, memo) -> Words:
        return self

    def __repr__(self) -> str:
        return f"{type(self).__name__}{self.parts!r}"


def _restore(cls: type, parts: tuple, made_in: str, text: str) -> Words:
    self = str.__new__(cls, text)
    self.parts, self.made_in = parts, made_in
    return self


def _argument(value: object, language: str) -> object:
    """A message's argument in a language: texts rendered (in a list too), numbers left for the message to format and
    select on."""
    if isinstance(value, Words):
        return value.in_language(language)
    if isinstance(value, list | tuple):
        return type(value)(_argument(item, language) for item in value)
    return value


class Message(Words):
    """A catalog message and its arguments: `Message("gpu-title", {"year": "2024", ...})`."""

    def __new__(cls, message_id: str, args: Mapping[str, object] | None = None):
        return super().__new__(cls, message_id, tuple(sorted((args or {}).items())))

    @staticmethod
    def _text(parts: tuple, language: str) -> str:
        message_id, args = parts
        return i18n.message(message_id, {name: _argument(value, language) for name, value in args}, language)

    @property
    def message_id(self) -> str:
        return self.parts[0]


class Formatted(Words):
    """A value shown by a formatter that takes the language: `Formatted(fmt.count_in, 9000)`."""

    def __new__(cls, formatter: Callable[..., str], *args: object):
        return super().__new__(cls, formatter, args)

    @staticmethod
    def _text(parts: tuple, language: str) -> str:
        formatter, args = parts
        return formatter(*(_argument(arg, language) for arg in args), language=language)


class Joined(Words):
    """Texts one after another, with a separator."""

    def __new__(cls, items: Iterable[str], separator: str = ""):
        return super().__new__(cls, tuple(items), separator)

    @staticmethod
    def _text(parts: tuple, language: str) -> str:
        items, separator = parts
        return _argument(separator, language).join(str(_argument(item, language)) for item in items)


class PerLanguage(Words):
    """A text given per language, with one for every other language: e.g. a source's own English wording, and
    its catalog translation elsewhere."""

    def __new__(cls, texts: Mapping[str, str], otherwise: str):
        return super().__new__(cls, tuple(sorted(texts.items())), otherwise)

    @staticmethod
    def _text(parts: tuple, language: str) -> str:
        texts, otherwise = parts
        return str(_argument(dict(texts).get(language, otherwise), language))


class Translated(Words):
    """A text whose English lives in the data (a caveat, a statement, a table cell), translated by id in the
    catalogs of the other languages."""

    def __new__(cls, message_id: str, english: str):
        return super().__new__(cls, message_id, english)

    @staticmethod
    def _text(parts: tuple, language: str) -> str:
        message_id, english = parts
        return english if language == i18n.SOURCE else i18n.message(message_id, {}, language)


class Capitalized(Words):
    """A text with its first letter made a capital in every language (a text that starts a sentence)."""

    def __new__(cls, text: str):
        return super().__new__(cls, text)

    @staticmethod
    def _text(parts: tuple, language: str) -> str:
        (text,) = parts
        rendered = str(_argument(text, language))
        return rendered[:1].upper() + rendered[1:]


def capitalized(text: str) -> Words:
    """`text[0].upper() + text[1:]` that stays renderable in every language."""
    return Capitalized(text)


class Name(Words):
    """A name as readers of a language know it: its form in that language's catalogs (`kit.i18n.name_id`), else
    as written (a name keeps its own spelling where a language has no other)."""

    def __new__(cls, text: str):
        return super().__new__(cls, text)

    @staticmethod
    def _text(parts: tuple, language: str) -> str:
        (text,) = parts
        key = i18n.name_id(text) if any(char.isascii() and char.isalnum() for char in text) else None
        return i18n.message(key, {}, language) if key and i18n.has(key, language) else text


def join(items: Iterable[str], separator: str = "") -> Words:
    """`separator.join(items)` that stays renderable in every language."""
    return Joined(items, separator)


def render(text: str, language: str) -> str:
    """One text in a language, with its typography (`kit.typography`); a plain `str` is language-neutral (a name, a
    code, a number already written) and is kept as it is."""
    return typography.polish(text.in_language(language), language) if isinstance(text, Words) else text


def rendered(value, language: str, _memo: dict | None = None):
    """`value` with every text in it rendered in `language`: `Words` anywhere inside tuples, lists, sets, dicts,
    dataclasses, pandas frames and series (cells, column names, index), `functools.partial`s and the closures and
    defaults of functions (a chart's `draw`), copied where anything changes; anything else is kept as it is."""
    memo = {} if _memo is None else _memo
    key = id(value)
    if key in memo:
        return memo[key]
    if isinstance(value, Words):
        return render(value, language)
    if isinstance(value, str | bytes | int | float | complex | bool | type(None) | type):
        return value
    again = functools.partial(rendered, language=language, _memo=memo)
    if isinstance(value, tuple | list | set | frozenset):
        items = [again(item) for item in value]
        changed = any(new is not old for new, old in zip(items, value, strict=True))
        result = (type(value)(*items) if hasattr(value, "_fields") else type(value)(items)) if changed else value
    elif isinstance(value, dict):
        items = {again(name): again(item) for name, item in value.items()}
        changed = any(
            new_name is not name or new is not old
            for (new_name, new), (name, old) in zip(items.items(), value.items(), strict=True)
        )
        result = type(value)(items) if changed else value
    elif isinstance(value, pd.DataFrame | pd.Series):
        result = _rendered_frame(value, language)
    elif dataclasses.is_dataclass(value):
        result = copy.copy(value)
        memo[key] = result
        for each in dataclasses.fields(value):
            object.__setattr__(result, each.name, again(getattr(value, each.name)))
    elif isinstance(value, functools.partial):
        result = functools.partial(again(value.func), *again(value.args), **again(value.keywords))
    elif isinstance(value, types.FunctionType):
        result = _rendered_function(value, again, memo)
    else:
        result = value
    memo[key] = result
    return result


def _rendered_frame(frame, language: str):
    """A data frame or series with its text cells, column names and index labels rendered."""

    def cell(value):
        return render(value, language) if isinstance(value, Words) else value

    def has_text(column: pd.Series) -> bool:  # object or string cells (pandas keeps a `Words` in either)
        return column.dtype == object or isinstance(column.dtype, pd.StringDtype)

    result = frame.copy()
    if isinstance(result, pd.DataFrame):
        for name in [name for name in result.columns if has_text(result[name])]:
            result[name] = result[name].map(cell)
        result.columns = result.columns.map(cell)
    elif has_text(result):
        result = result.map(cell)
    result.index = result.index.map(cell)
    return result


def _rendered_function(function: types.FunctionType, again: Callable, memo: dict) -> types.FunctionType:
    """A function whose closure cells and defaults hold rendered texts (the same function if none changed): how a
    chart's `draw`, written as a lambda over its labels, draws in another language."""
    cells = function.__closure__ or ()
    defaults = function.__defaults__ or ()
    fresh_cells = tuple(types.CellType() for _ in cells)
    copy_ = types.FunctionType(function.__code__, function.__globals__, function.__name__, None, fresh_cells or None)
    memo[id(function)] = copy_  # a function that refers to itself finds its copy
    contents = [again(cell.cell_contents) if _filled(cell) else _EMPTY for cell in cells]
    new_defaults = tuple(again(value) for value in defaults)
    changed = any(new is not _content(old) for new, old in zip(contents, cells, strict=True)) or any(
        new is not old for new, old in zip(new_defaults, defaults, strict=True)
    )
    if not changed:
        memo[id(function)] = function
        return function
    for cell, content in zip(fresh_cells, contents, strict=True):
        if content is not _EMPTY:
            cell.cell_contents = content
    copy_.__defaults__ = new_defaults or None
    copy_.__kwdefaults__ = function.__kwdefaults__
    copy_.__dict__.update(function.__dict__)
    return copy_


_EMPTY = object()  # a closure cell not yet filled


def _filled(cell: types.CellType) -> bool:
    try:
        cell.cell_contents  # noqa: B018 (reading is the test)
    except ValueError:
        return False
    return True


def _content(cell: types.CellType):
    return cell.cell_contents if _filled(cell) else _EMPTY


def texts_in(value, _seen: set | None = None) -> list[Words]:
    """Every `Words` inside a value (as `rendered` walks it): what a chart or claim will say."""
    seen = set() if _seen is None else _seen
    if id(value) in seen:
        return []
    seen.add(id(value))
    if isinstance(value, Words):
        return [value]
    if isinstance(value, str | bytes | int | float | complex | bool | type(None) | type):
        return []
    found: list[Words] = []
    if isinstance(value, tuple | list | set | frozenset):
        children: Sequence = list(value)
    elif isinstance(value, dict):
        children = [*value.keys(), *value.values()]
    elif isinstance(value, pd.DataFrame):
        children = [*value.columns, *value.index, *(v for name in value.columns for v in value[name].tolist())]
    elif isinstance(value, pd.Series):
        children = [*value.index, *value.tolist()]
    elif dataclasses.is_dataclass(value):
        children = [getattr(value, each.name) for each in dataclasses.fields(value)]
    elif isinstance(value, functools.partial):
        children = [value.func, value.args, value.keywords]
    elif isinstance(value, types.FunctionType):
        children = [_content(cell) for cell in value.__closure__ or ()] + list(value.__defaults__ or ())
    else:
        children = []
    for child in children:
        found += texts_in(child, seen)
    return found
