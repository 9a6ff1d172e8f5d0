"""Texts in English and the kit's other languages (uk, ru): Fluent catalogs keyed by id, one file per language.

Where the catalogs are (each `<lang>.ftl`, all languages' files side by side):
- `kit/locales/`: the machinery's texts (gallery, ledger, explorers, reader page) and the glossary, whose
  Fluent terms (`-pillar`, `-verdict-accurate`, ...) fix how the kit's words are rendered (a story defines its own);
- `kit/stories/<story>/locales/`: a story's chart texts, verdicts and caveats;
- `data/articles/<article>/locales/` and `data/raw/<source>/locales/`: an article's statements and a source's
  caveats in the other languages (the English is in the data itself).

Ids are ours, never the English text, so editing the English does not orphan a translation: instead each
translated message carries the fingerprint of the English it was translated from (`# en: 1a2b3c4d`), and a
changed English message makes its translations stale until a translator updates them and stamps them again
(`python -m kit translations --stamp`). `python -m kit translations` lists what is missing or stale.

Story code asks for a text with `t("id", name=value, ...)` in the language of `use(language)` (English by
default). Numbers given as numbers are formatted by CLDR rules for the language (Babel) and select plural forms
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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from fluent.syntax import FluentParser, FluentSerializer, ast
from fluent.syntax.serializer import serialize_expression
from fluent.syntax.visitor import Visitor

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


def _cache_folder() -> Path:
    """Where parsed catalogs are kept for the next process (beside matplotlib's font cache): `KIT_CACHE_DIR`, else
    the user's cache folder. Every kernel of a build reads the same catalogs: parsing the three languages takes
    about 1.2 s, reading the parse back about 0.15 s (see `_parsed`)."""
    user_cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return Path(os.environ.get("KIT_CACHE_DIR") or user_cache / "kit")


def _cache_path(text: str) -> Path:
    """The cache file of a catalog's text as parsed by this version of the parser."""
    key = hashlib.sha256(f"{_parser_version()}\n{text}".encode()).hexdigest()
    return _cache_folder() / "catalogs" / f"{key}.json"


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


def fingerprint(node: ast.Message | ast.Term) -> str:
    """A short hash of an English message's text (its comment left out)."""
    bare = node.clone()
    bare.comment = None
    return hashlib.sha256(FluentSerializer().serialize_entry(bare).encode("utf-8")).hexdigest()[:8]


@functools.cache
def _bundle(language: str):
    from fluent.runtime import FluentBundle  # with Babel's CLDR data: only once a text is rendered

    bundle = FluentBundle([language], use_isolating=False)
    bundle.add_resource(ast.Resource([entry.node for entry in entries(language).values()]))  # parsed once, checked
    return bundle


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


@dataclass(frozen=True)
class English:
    """A text in English that translations follow: its fingerprint, where the English is, the folder whose
    `<lang>.ftl` holds its translations, and the languages it must be translated into (those it is published in)."""

    fingerprint: str
    path: Path
    translations: Path
    languages: tuple[str, ...] = LANGUAGES


def english() -> dict[str, English]:
    """Every English text by id: the catalogs' messages and terms, and the texts that live in the data (each
    source's caveats, `caveat-<resource>-<n>`; each article's statements, `statement-<claim id>`). Each must be
    translated into the languages it is published in: the machinery's texts into every language; a story's texts
    and its sources' caveats and cells into the languages of the stories that use them (`Story.languages`); an
    article's statements and their files' caveats into the languages of the stories that check it."""
    from kit import articles, data  # the data modules use this one

    by_story, by_source, by_article, by_claim = _published_in()
    found = {}
    for key, entry in entries(SOURCE).items():
        owner = entry.path.parent.parent
        wanted = by_story.get(owner.name, LANGUAGES) if owner.parent == paths.STORIES else LANGUAGES
        found[key] = English(fingerprint(entry.node), entry.path, entry.path.parent, wanted)

    statements = {article: articles.statements(article) for article in articles.names()}

    def of_claim(article: str, claim_id: str) -> tuple[str, ...]:
        return by_claim.get((article, claim_id)) or by_article.get(article, (SOURCE,))

    def of_resource(name: str) -> tuple[str, ...]:
        folder = data.description_of(name).parent
        if folder.parent.resolve() != paths.articles_dir().resolve():
            return by_source.get(name, (SOURCE,))
        rows = statements.get(folder.name)
        claim_ids = [] if rows is None else rows.loc[rows["resource"] == name, "claim_id"].unique()
        checked = [language for claim_id in claim_ids for language in by_claim.get((folder.name, claim_id), ())]
        return tuple(dict.fromkeys(checked)) or by_article.get(folder.name, (SOURCE,))

    for name in data.names():
        where, wanted = data.description_of(name), of_resource(name)
        for number, caveat in enumerate(data.provenance(name).caveats, 1):
            found[caveat_id(name, number)] = English(_hash(caveat), where, where.parent / "locales", wanted)
        for column in translatable_columns(name):
            for key, text in _cells(name, column).items():
                found[cell_id(name, column, key)] = English(_hash(text), where, where.parent / "locales", wanted)
    for article, rows in statements.items():
        where = paths.articles_dir() / article
        for row in rows.drop_duplicates("claim_id").itertuples():
            wanted = of_claim(article, row.claim_id)
            found[statement_id(row.claim_id)] = English(_hash(row.statement), where, where / "locales", wanted)
    return found


def _published_in() -> tuple[dict, ...]:
    """The languages each story publishes, and those its sources, its article and its claims are published in (the
    union over the stories that read the source, check the article or the claim)."""
    from kit import story  # stories use this module

    by_story, by_source, by_article, by_claim = {}, {}, {}, {}
    for each in story.stories():
        by_story[each.name] = tuple(each.languages)
        for name in each.sources:
            by_source[name] = tuple(dict.fromkeys([*by_source.get(name, ()), *each.languages]))
        by_article[each.article] = tuple(dict.fromkeys([*by_article.get(each.article, ()), *each.languages]))
        for claim_id in each.claims:
            by_claim[(each.article, claim_id)] = tuple(each.languages)
    return by_story, by_source, by_article, by_claim


def translatable_columns(resource: str) -> list[str]:
    """The columns of a resource whose texts readers see (marked `"translatable": true` in its schema)."""
    from kit import data

    return [field["name"] for field in data.resource(resource)["schema"]["fields"] if field.get("translatable")]


def _cells(resource: str, column: str) -> dict[str, str]:
    """A translatable column's texts by row key (the primary key's values, or the row's number)."""
    from kit import data

    frame = data.load(resource)
    keys = data.primary_key(resource)
    rows = (
        ["-".join(str(value) for value in values) for values in frame[keys].itertuples(index=False)]
        if keys
        else [str(number) for number in range(1, len(frame) + 1)]
    )
    return {key: text for key, text in zip(rows, frame[column], strict=True) if isinstance(text, str) and text}


def cell_id(resource: str, column: str, key: str) -> str:
    return f"cell-{files.slugify(resource)}-{files.slugify(column)}-{files.slugify(key)}"


def column(resource: str, name: str) -> dict[str, str]:
    """A translatable column's texts by their English (the loaded data is English), each rendered where it is
    written: the English itself in English, its translation by id in the others."""
    return {text: translated(cell_id(resource, name, key), text) for key, text in _cells(resource, name).items()}


def caveat_id(resource: str, number: int) -> str:
    return f"caveat-{files.slugify(resource)}-{number}"


def statement_id(claim_id: str) -> str:
    return f"statement-{files.slugify(claim_id)}"


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


def translated(key: str, text: str) -> str:
    """A text that lives in the data (a caveat, a statement), rendered where it is written: the English itself in
    English, its translation by id in the others."""
    from kit.words import Translated  # words are made of messages

    return Translated(key, text)


def problems(languages: Sequence[str] = LANGUAGES) -> list[TranslationError]:
    """Every text missing from a language it is published in (`English.languages`), stale (its English changed
    since it was translated), or left over (no longer in English); each names its id and file."""
    sources = english()
    found = []
    for language in languages:
        if language == SOURCE:
            continue
        translations = entries(language)
        for key, source in sources.items():
            target = source.translations / f"{language}.ftl"
            if key not in translations and language not in source.languages:
                continue  # not published in this language: nothing to translate yet
            if key not in translations:
                found.append(TranslationError(
                    f"{NAMES[language]} ({language}) has no translation of {key!r}.",
                    where=paths.shown(target),
                    fix=f"translate it from {paths.shown(source.path)} into {paths.shown(target)}, then run "
                    f"`python -m kit translations --stamp {language} -- {key}`.",
                ))
            elif translations[key].stamp != source.fingerprint:
                found.append(TranslationError(
                    f"The {NAMES[language]} ({language}) text {key!r} is stale: its English changed since it was "
                    "translated" + ("" if translations[key].stamp else " (it has no `# en:` stamp)") + ".",
                    where=paths.shown(translations[key].path),
                    fix=f"update the translation to the English in {paths.shown(source.path)}, then run "
                    f"`python -m kit translations --stamp {language} -- {key}`.",
                ))
        for key, entry in translations.items():
            if key not in sources:
                found.append(TranslationError(
                    f"{NAMES[language]} ({language}) has the text {key!r}, which English no longer has.",
                    where=paths.shown(entry.path),
                    fix="remove it, or rename it to the id its English now has.",
                ))
    return found + [problem for language in languages for problem in plural_problems(language)]


PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")  # CLDR's, in its order


def plural_problems(language: str) -> list[TranslationError]:
    """Every choice by number (a select expression whose variants are CLDR plural categories) in a language's
    catalogs that lacks a form the language's plural rules can choose (Babel's CLDR rules: uk and ru need one, few,
    many, and other for fractions)."""
    from babel import Locale

    needed = set(Locale.parse(language).plural_form.tags) | {"other"}
    found = []
    for key, entry in entries(language).items():
        for select in _selects(entry.node):
            forms = {variant.key.name for variant in select.variants if isinstance(variant.key, ast.Identifier)}
            if not forms & (set(PLURAL_CATEGORIES) - {"other"}):
                continue  # not a choice by number (its variants are not plural categories)
            missing = [form for form in PLURAL_CATEGORIES if form in needed - forms]
            chosen = serialize_expression(select.selector)
            if missing and not any(f"{key!r} chooses by the number {chosen} " in p.problem for p in found):
                found.append(TranslationError(
                    f"The {NAMES[language]} ({language}) text {key!r} chooses by the number {chosen} but has no "
                    f"form for {', '.join(missing)}: a number that takes that form gets the default form instead.",
                    where=paths.shown(entry.path),
                    fix=f"give it a variant for each of {', '.join(f for f in PLURAL_CATEGORIES if f in needed)} "
                    f"(the plural categories CLDR's rules choose among in {NAMES[language]}; `other` is for "
                    "fractions such as 2.5), with `*[other]` as the default.",
                ))
    return found


def _selects(node: ast.BaseNode) -> list[ast.SelectExpression]:
    """Every select expression in a message or term, nested ones included."""
    class Collect(Visitor):
        def __init__(self):
            self.found: list[ast.SelectExpression] = []

        def visit_SelectExpression(self, select):
            self.found.append(select)
            self.generic_visit(select)

    collector = Collect()
    collector.visit(node)
    return collector.found


def stamp(language: str, keys: Sequence[str] = ()) -> list[str]:
    """Record that these translations (all, if none are named) match today's English; returns the keys stamped.
    Only for a translator who has just checked them."""
    check(language)
    sources = english()
    translations = entries(language)
    unknown = [key for key in keys if key not in translations or key not in sources]
    if unknown:
        raise TranslationError(
            f"{unknown[0]!r} is not a text of both English and {NAMES[language]}.",
            fix="name ids that both have (`python -m kit translations` lists them).",
        )
    wanted = set(keys) or set(translations) & set(sources)
    stamped = []
    for path in sorted({translations[key].path for key in wanted}):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        for item in resource.body:
            if isinstance(item, ast.Message | ast.Term):
                key = ("-" if isinstance(item, ast.Term) else "") + item.id.name
                if key in wanted:
                    item.comment = ast.Comment(f"{STAMP}{sources[key].fingerprint}")
                    stamped.append(key)
        files.write_text(path, FluentSerializer().serialize(resource))
    forget()
    return sorted(stamped)


def forget() -> None:
    """Read the catalogs again on next use (after they were edited)."""
    entries.cache_clear()
    _bundle.cache_clear()
