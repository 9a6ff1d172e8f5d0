"""The translators' tools: which texts must be translated into which languages, which translations are missing,
stale or left over (`problems`), the glossary's terms written out by hand instead of used (`glossary_problems`),
stamping translations as following today's English (`stamp`), and the ids of the texts that live in the data
(a source's caveats, an article's statements, a translatable column's cells). `python -m kit translations` runs
them; the build refuses a text missing or stale in a language a story publishes.

The run-time side (the languages, the catalogs, `t`) is `kit.i18n`, which reads no data.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from babel import Locale
from fluent.syntax import FluentParser, FluentSerializer, ast
from fluent.syntax.serializer import serialize_expression
from fluent.syntax.visitor import Visitor

from kit import articles, data, files, i18n, paths
from kit.i18n import LANGUAGES, NAMES, SOURCE, STAMP, TranslationError, entries, translated

def fingerprint(node: ast.Message | ast.Term) -> str:
    """A short hash of an English message's text (its comment left out)."""
    bare = node.clone()
    bare.comment = None
    return hashlib.sha256(FluentSerializer().serialize_entry(bare).encode("utf-8")).hexdigest()[:8]


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
    source's caveats, `caveat-<resource>-<n>`; each article's statements, `statement-<claim id>`, and the reasons
    it does not check some, `not-checked-<claim id>`). Each must be
    translated into the languages it is published in: the machinery's texts into every language; a story's texts
    and its sources' caveats and cells into the languages of the stories that use them (`Story.languages`); an
    article's statements and their files' caveats into the languages of the stories that check it."""
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
            reason = row.not_checked_because if isinstance(row.not_checked_because, str) else ""
            if reason.strip():
                found[not_checked_id(row.claim_id)] = English(_hash(reason), where, where / "locales", wanted)
    return found


def _published_in() -> tuple[dict, ...]:
    """The languages each story publishes, and those its sources, its article and its claims are published in (the
    union over the stories that read the source, check the article or the claim)."""
    from kit import story  # stories use this module (through kit.claims)

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
    return [field["name"] for field in data.resource(resource)["schema"]["fields"] if field.get("translatable")]


def _cells(resource: str, column: str) -> dict[str, str]:
    """A translatable column's texts by row key (the primary key's values, or the row's number)."""
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


def not_checked_id(claim_id: str) -> str:
    """The id of the reason an article's statement is not checked (its `not_checked_because`)."""
    return f"not-checked-{files.slugify(claim_id)}"


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]


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
            if key not in sources and not key.startswith(i18n.NAME_PREFIX):  # a name's English is its id
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


SHORTEST_TERM = 3  # characters: a term's form shorter than this is not looked for (it would match inside words)
QUOTED = re.compile(r"«[^»]*»|„[^“”]*[“”]|“[^”]*”|\"[^\"]*\"")  # a name or a quotation: not our words


def glossary_problems(languages: Sequence[str] = LANGUAGES) -> list[TranslationError]:
    """Every text that writes out a glossary concept by hand instead of using its term: a form of a Fluent term
    (`-pillar = складова`, or any variant of a term with forms, such as its cases) appearing as a whole word or
    phrase (any letter case) in another message or term of the same language, where `{ -pillar }` belongs; words in
    quotation marks (a name such as «Економічна правда», a quotation) are not ours and pass. Terms are the glossary's
    words (kit/locales) and a story's own; each problem names the text, the term and the file."""
    found = []
    for language in languages:
        every = entries(language)
        forms = {
            key: sorted({form for form in _term_forms(entry.node) if len(form) >= SHORTEST_TERM}, key=len, reverse=True)
            for key, entry in every.items()
            if key.startswith("-")
        }
        patterns = {
            key: re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, texts)) + r")(?![\w-])", re.IGNORECASE)
            for key, texts in forms.items()
            if texts
        }
        for key, entry in every.items():
            if key.startswith(i18n.NAME_PREFIX):
                continue  # a name is written as readers know it
            texts = [QUOTED.sub(" ", element.value) for element in _text_elements(entry.node)]
            for term, pattern in patterns.items():
                if term == key:
                    continue
                hits = sorted({match[0] for text in texts for match in pattern.finditer(text)})
                if hits:
                    found.append(TranslationError(
                        f"The {NAMES[language]} ({language}) text {key!r} writes {', '.join(map(repr, hits))} by "
                        f"hand: the glossary's term {term!r} says it.",
                        where=paths.shown(entry.path),
                        fix=f"write {{ {term} }} there (with the form it needs, e.g. {{ {term}(form: \"other\") }} "
                        "where the term has forms, docs/editions.md), so the concept reads the same everywhere.",
                    ))
    return found


def _term_forms(node: ast.Term) -> list[str]:
    """The texts a term can give written out (its value, or each variant's where it has forms); a form made of
    other terms is theirs to check."""
    selects = _selects(node)
    patterns = [variant.value for select in selects for variant in select.variants] if selects else [node.value]
    return [
        "".join(element.value for element in pattern.elements).strip()
        for pattern in patterns
        if all(isinstance(element, ast.TextElement) for element in pattern.elements)
    ]


def _text_elements(node: ast.BaseNode) -> list[ast.TextElement]:
    """Every piece of plain text in a message or term (in its value, its variants and its attributes)."""
    class Collect(Visitor):
        def __init__(self):
            self.found: list[ast.TextElement] = []

        def visit_TextElement(self, element):
            self.found.append(element)

    collector = Collect()
    collector.visit(node)
    return collector.found


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
    i18n.check(language)
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
    i18n.forget()
    return sorted(stamped)
