"""Texts in English and the kit's other languages (uk, ru), at run time: the languages, the Fluent catalogs keyed by
id (one file per language), and the texts they give (`t`, `message`). The translators' tools (what must be
translated, what is stale, stamping, the ids of texts that live in the data) are in `kit.translations`; this module
reads no data, so charts and their texts can be drawn without the data layer.

Where the catalogs are (each `<lang>.ftl`, all languages' files side by side):
- `kit/locales/`: the machinery's texts (gallery, ledger, explorers, reader page) and the glossary, whose
  Fluent terms (`-pillar`, `-verdict-accurate`, ...) fix how the kit's words are rendered (a story defines its own);
- `kit/stories/<story>/locales/`: a story's chart texts, verdicts and caveats;
- `data/articles/<article>/locales/` and `data/raw/<source>/locales/`: an article's statements and a source's
  caveats in the other languages (the English is in the data itself);
- `data/names/locales/`: names as readers of each language know them (`name-<slug of the English name>`: a
  publisher, an outlet, an institution); a name without one is shown as the data writes it.

Ids are ours, never the English text, so editing the English does not orphan a translation: instead each
translated message carries the fingerprint of the English it was translated from (`# en: 1a2b3c4d`), and a
changed English message makes its translations stale until a translator updates them and stamps them again
(`python -m kit translations --stamp`). `python -m kit translations` lists what is missing or stale.

Story code asks for a text with `t("id", name=value, ...)`: a `kit.words.Message`, rendered in a language where it
is written. Numbers given as numbers are formatted by CLDR rules for the language (Babel) and select plural forms
(`{ $n -> [one] ... [few] ... *[many] ... }`); figures shown with decimals are formatted by `kit.fmt` first,
with the house rounding.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from fluent.syntax import FluentParser, ast

from kit import files, paths
from kit.errors import KitError

SOURCE = "en"  # the language the kit is written in; the others are translated from it
LANGUAGES = ("en", "uk", "ru")
NAMES = {"en": "English", "uk": "Українська", "ru": "Русский"}  # each language in its own words
STAMP = "en: "  # a translation's comment: the fingerprint of the English it was translated from
ENV = "KIT_LANGS"
LONG_ARGUMENT = 200  # characters: longer text arguments bypass fluent.runtime's limit on a placeable (see `t`)

_current: contextvars.ContextVar[str] = contextvars.ContextVar("language", default=SOURCE)


class TranslationError(KitError):
    """A text missing, stale or broken in a language's catalog."""


def check(language: str) -> str:
    """The language code, if the kit has it."""
    if language not in LANGUAGES:
        raise TranslationError(
            f"{language!r} is not one of the kit's languages.", fix=f"use one of {', '.join(LANGUAGES)}."
        )
    return language


def languages() -> tuple[str, ...]:
    """The languages to build: `KIT_LANGS` (e.g. `en` or `en,uk`), all by default; English is always built,
    being the language the others are translated from."""
    wanted = [code.strip() for code in os.environ.get(ENV, "").split(",") if code.strip()]
    for code in wanted:
        if code not in LANGUAGES:
            raise TranslationError(
                f"{ENV}={os.environ[ENV]!r} names {code!r}, which is not one of the kit's languages.",
                fix=f"set {ENV} to some of {','.join(LANGUAGES)} (or unset it for all).",
            )
    return tuple(code for code in LANGUAGES if code == SOURCE or not wanted or code in wanted)


def current() -> str:
    """The language texts are given in here (English unless inside `use`)."""
    return _current.get()


@contextlib.contextmanager
def use(language: str) -> Iterator[str]:
    """Give texts, numbers and country names in this language inside the `with` block."""
    token = _current.set(check(language))
    try:
        yield language
    finally:
        _current.reset(token)


def catalog_files(language: str) -> list[Path]:
    """Every catalog file of a language, machinery first."""
    check(language)
    places = [
        Path(__file__).parent / "locales",
        *sorted(paths.STORIES.glob("*/locales")),
        *sorted(paths.articles_dir().glob("*/locales")),
        *sorted(paths.raw_dir().glob("*/locales")),
        paths.DATA / "names" / "locales",
    ]
    return [place / f"{language}.ftl" for place in places if (place / f"{language}.ftl").is_file()]


@dataclass(frozen=True)
class Entry:
    """One message or term of a catalog, where it is written, and the English fingerprint it was stamped with."""

    key: str  # a message's id, or a term's with its leading "-"
    path: Path
    node: ast.Message | ast.Term
    stamp: str | None


def _entries(path: Path) -> list[Entry]:
    text = path.read_text(encoding="utf-8")
    resource = _parsed(text)
    found = []
    for item in resource.body:
        if isinstance(item, ast.Junk):
            junk = next(j for j in FluentParser().parse(text).body if isinstance(j, ast.Junk))
            line = text[: junk.span.start].count("\n") + 1
            raise TranslationError(
                f"{paths.shown(path)} line {line} is not valid Fluent: {item.annotations[0].message}",
                where=f"{paths.shown(path)}:{line}",
                fix="correct the syntax (https://projectfluent.org/fluent/guide/).",
            )
        if isinstance(item, ast.Message | ast.Term):
            comment = item.comment.content if item.comment else ""
            stamp = next((line[len(STAMP) :] for line in comment.splitlines() if line.startswith(STAMP)), None)
            key = ("-" if isinstance(item, ast.Term) else "") + item.id.name
            found.append(Entry(key, path, item, stamp))
    return found


def _cache_path(text: str) -> Path:
    """The cache file of a catalog's text as parsed by this version of the parser. Every kernel of a build reads
    the same catalogs: parsing the three languages takes about 1.2 s, reading the parse back about 0.15 s."""
    key = hashlib.sha256(f"{_parser_version()}\n{text}".encode()).hexdigest()
    return paths.cache_dir() / "catalogs" / f"{key}.json"


def _parsed(text: str) -> ast.Resource:
    """A catalog's text parsed (without spans: about twice as fast; spans only to name a bad line), from the parse
    cache when this text was parsed before by this version of the parser; a cache that cannot be read or written
    only costs time.

    The cache folder may be shared or restored from elsewhere (`KIT_CACHE_DIR`, a CI cache), so what it holds is
    data, never code: fluent.syntax's JSON form of the parse, read back into syntax nodes only (never pickle), and
    only from a file this user owns that nobody else may write."""
    cached = _cache_path(text)
    resource = _read_cache(cached)
    if resource is not None:
        return resource
    resource = FluentParser(with_spans=False).parse(text)
    payload = json.dumps(resource.to_json(_without_spans), ensure_ascii=False, separators=(",", ":"))
    with contextlib.suppress(KitError):
        files.write_text(cached, payload)
    return resource


_NODES = {name: kind for name, kind in vars(ast).items() if isinstance(kind, type) and issubclass(kind, ast.SyntaxNode)}


def _without_spans(node: dict) -> dict:
    node.pop("span", None)
    return node


def _node(fields: dict) -> ast.SyntaxNode:
    """One syntax node from its JSON form: only fluent.syntax's node classes, only their own fields."""
    kind = _NODES.get(fields.pop("type", None))
    if kind is None:
        raise ValueError("not a Fluent syntax node")
    return kind(**fields)


def _read_cache(path: Path) -> ast.Resource | None:
    """A parse read back from the cache, or None when it is missing, unreadable, not a parse, or writable by
    another user (then it is parsed again)."""
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW)
    except OSError:
        return None
    try:
        owner = os.fstat(handle)
        if owner.st_uid != os.getuid() or owner.st_mode & 0o022:
            return None  # another user could have written it
        with os.fdopen(handle, "rb", closefd=False) as stream:
            resource = json.loads(stream.read().decode("utf-8"), object_hook=_node)
    except (OSError, ValueError, TypeError, RecursionError):
        return None
    finally:
        os.close(handle)
    return resource if isinstance(resource, ast.Resource) and isinstance(resource.body, list) else None


@functools.cache
def _parser_version() -> str:
    import importlib.metadata  # costs a tenth of a second: only when a catalog is parsed or read back

    return importlib.metadata.version("fluent.syntax")


@functools.cache
def entries(language: str) -> dict[str, Entry]:
    """Every message and term of a language by key; the same key in two files is an error naming both."""
    found: dict[str, Entry] = {}
    for path in catalog_files(language):
        for entry in _entries(path):
            if entry.key in found:
                raise TranslationError(
                    f"The text id {entry.key!r} is in both {paths.shown(found[entry.key].path)} and "
                    f"{paths.shown(path)}.",
                    where=paths.shown(path),
                    fix="give one of them another id (a story's ids start with its name).",
                )
            found[entry.key] = entry
    return found


@functools.cache
def _bundle(language: str):
    from fluent.runtime import FluentBundle  # with Babel's CLDR data: only once a text is rendered

    bundle = FluentBundle([language], use_isolating=False)
    bundle.add_resource(ast.Resource([entry.node for entry in entries(language).values()]))  # parsed once, checked
    return bundle


def has(message_id: str, language: str) -> bool:
    """Whether a language's catalogs have a text with this id."""
    return _bundle(check(language)).has_message(message_id)


def t(message_id: str, **args: object) -> str:
    """The text with this id, its `{ $name }` placeholders filled from `args`: a `kit.words.Message`, rendered in
    any language where it is written (as a `str`, in the current language)."""
    from kit.words import Message  # words are made of messages

    return Message(message_id, args)


def message(message_id: str, args: dict[str, object], language: str) -> str:
    """The text with this id in a language, its placeholders filled from `args`."""
    bundle = _bundle(language)
    if not bundle.has_message(message_id):
        raise TranslationError(
            f"There is no text {message_id!r} in {NAMES[language]} ({language}).",
            where=", ".join(paths.shown(p) for p in catalog_files(language)) or f"no {language}.ftl catalog",
            fix=f"add it to the {language}.ftl catalog beside the English (`python -m kit translations` lists "
            "every missing text).",
        )
    # fluent.runtime refuses a placeable over 2,500 characters (a guard for untrusted input); ours are our own
    # texts (a ranking in words, a list of links): long ones go in as markers and are put in place afterwards
    long = {name: value for name, value in args.items() if isinstance(value, str) and len(value) > LONG_ARGUMENT}
    markers = {name: f"\ue000{index}\ue001" for index, name in enumerate(long)}
    text, errors = bundle.format_pattern(bundle.get_message(message_id).value, {**args, **markers})
    for name, marker in markers.items():
        text = text.replace(marker, long[name])
    if errors:
        raise TranslationError(
            f"The text {message_id!r} in {NAMES[language]} could not be filled in: {errors[0]}.",
            where=paths.shown(entries(language)[message_id].path),
            fix="give it every variable its placeholders name, or correct the catalog.",
        )
    return text


def translated(key: str, text: str) -> str:
    """A text that lives in the data (a caveat, a statement), rendered where it is written: the English itself in
    English, its translation by id in the others."""
    from kit.words import Translated  # words are made of messages

    return Translated(key, text)


NAME_PREFIX = "name-"


def name_id(name: str) -> str:
    """The id of a name's form in a language's catalogs: `name-<slug of the English name>`."""
    return NAME_PREFIX + files.slugify(name, max_length=250)


def name(text: str) -> str:
    """A name (a publisher, an outlet) as readers of the language where it is written know it (УНН for "UNN
    (Ukrainian National News)"): its form in that language's catalogs (`name_id`), else as the data writes it."""
    from kit.words import Name  # words are made of messages

    return Name(text)


def forget() -> None:
    """Read the catalogs again on next use (after they were edited)."""
    entries.cache_clear()
    _bundle.cache_clear()
