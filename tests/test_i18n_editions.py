"""Ukrainian and Russian as first-class editions: the glossary used (a term's words never written out by hand),
every choice by number taking the form CLDR gives, names as each edition's readers know them, the picker's texts
whatever form of a noun a story gives, the texts' runtime apart from the data layer, and what a real build publishes
(the ledgers, the galleries and the index of articles) read by the proofreader as each edition's editor reads it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from babel import Locale
from fluent.runtime import FluentBundle
from fluent.syntax import ast as fluent

from kit import __main__ as cli
from kit import articles, fmt, i18n, paths, proofread, story, translations, words

MACHINERY = (Path(i18n.__file__).parent / "locales", paths.articles_dir(), paths.DATA / "names")


@pytest.fixture
def catalogs(tmp_path, monkeypatch):
    """A private set of catalogs (English and Ukrainian), every translation current."""
    folder = tmp_path / "locales"
    folder.mkdir()
    monkeypatch.setattr(i18n, "catalog_files", lambda language: sorted(folder.glob(f"{language}.ftl")))
    monkeypatch.setattr(translations, "english", lambda: {
        key: translations.English(translations.fingerprint(e.node), e.path, e.path.parent)
        for key, e in i18n.entries("en").items()
    })

    def write(en: str, uk: str) -> None:
        (folder / "en.ftl").write_text(en, encoding="utf-8")
        (folder / "uk.ftl").write_text(uk, encoding="utf-8")
        i18n.forget()
        translations.stamp("uk")

    yield write
    i18n.forget()


# -- the glossary ------------------------------------------------------------------------------------------


def test_a_terms_words_written_out_by_hand_are_named_and_a_text_that_uses_the_term_passes(catalogs, capsys):
    catalogs(
        '-ledger = claims ledger\nby-hand = The Claims Ledger, in full\nused = The { -ledger }\n'
        'quoted = the outlet "Claims Ledger Daily"\n',
        '-ledger =\n    { $form ->\n       *[nom] реєстр тверджень\n        [gen] реєстру тверджень\n    }\n'
        'by-hand = Реєстру тверджень ще немає\nused = { -ledger(form: "gen") } ще немає\n'
        'quoted = видання «Реєстр тверджень»\n',
    )
    found = translations.glossary_problems(["en", "uk"])
    assert sorted((p.problem.split("'")[1], p.problem.split("'")[3]) for p in found) == [
        ("by-hand", "Claims Ledger"),  # any letter case
        ("by-hand", "Реєстру тверджень"),  # any of the term's forms
    ]
    assert all("'-ledger' says it" in p.problem and "{ -ledger }" in p.fix for p in found)
    assert cli.main(["translations"]) == 1
    assert "2 texts write a glossary term by hand" in capsys.readouterr().err


def test_the_machinerys_catalogs_use_the_glossary():
    found = [p for p in translations.glossary_problems() if any(p.where.startswith(paths.shown(m)) for m in MACHINERY)]
    assert not found, "\n".join(f"{p.where}: {p.problem}" for p in found)


def story_catalogs() -> list[Path]:
    """Every folder of catalogs that is not the machinery's: each story's, each source's."""
    return sorted(path.parent for path in i18n.catalog_files("en") + i18n.catalog_files("uk")
                  if not any(path.is_relative_to(m) for m in MACHINERY))


@pytest.mark.parametrize("folder", list(dict.fromkeys(story_catalogs())), ids=lambda folder: paths.shown(folder.parent))
def test_each_storys_catalogs_use_the_glossary(folder):
    found = [p for p in translations.glossary_problems() if p.where.startswith(paths.shown(folder))]
    assert not found, "\n".join(f"{p.where}: {p.problem}" for p in found)


# -- choices by number -------------------------------------------------------------------------------------

NUMBERS = (0, 1, 2, 5, 11, 21, 22, 1.5)
CATEGORIES = set(translations.PLURAL_CATEGORIES)
# words that say "one" or "both": a form CLDR also gives to 21, 31... (one) or 22, 23... (few) must not say them
ONE_ONLY = re.compile(r"(?i)(?<![\w-])(?:1|один|одна|одне|одно|одного|одну|єдин\w*|единствен\w*|обидва|обидві|оба|обе)(?![\w-])")


def choices_by_number(language: str):
    """(message id, the select expression, the variable it chooses by) for every choice by number in a language's
    messages (a select whose variants include CLDR plural categories)."""
    for key, entry in i18n.entries(language).items():
        if not isinstance(entry.node, fluent.Message):
            continue
        for select in translations._selects(entry.node):
            keys = {variant.key.name for variant in select.variants if isinstance(variant.key, fluent.Identifier)}
            if keys & CATEGORIES - {"other"} and isinstance(select.selector, fluent.VariableReference):
                yield key, select, select.selector.id.name


def variant_chosen(language: str, select: fluent.SelectExpression, name: str, number) -> str:
    """The key of the variant the runtime chooses in this select for `number`: the select alone, each of its
    variants replaced by its key, rendered with `number` as the variable it chooses by."""
    probe = select.clone()
    for variant in probe.variants:
        label = variant.key.name if isinstance(variant.key, fluent.Identifier) else variant.key.value
        variant.value = fluent.Pattern([fluent.TextElement(f"\u27e6{label}\u27e7")])
    message = fluent.Message(fluent.Identifier("probe"), fluent.Pattern([fluent.Placeable(probe)]))
    bundle = FluentBundle([language], use_isolating=False)
    bundle.add_resource(fluent.Resource([message]))
    text, errors = bundle.format_pattern(bundle.get_message("probe").value, {name: number})
    assert not errors, errors
    return text.strip("\u27e6\u27e7")


@pytest.mark.parametrize("language", ["uk", "ru"])
def test_every_choice_by_number_takes_the_form_cldr_gives_and_a_shared_form_says_no_single_number(language):
    rules = Locale.parse(language).plural_form
    wrong, single, checked = [], [], 0
    for key, select, name in choices_by_number(language):
        exact = {variant.key.value for variant in select.variants if isinstance(variant.key, fluent.NumberLiteral)}
        for number in NUMBERS:
            expected = next((value for value in exact if float(value) == number), None) or rules(number)
            chosen = variant_chosen(language, select, name, number)
            if chosen != expected:
                wrong.append(f"{key} (${name} = {number}): [{chosen}], CLDR gives [{expected}]")
        checked += 1
        for variant in select.variants:
            if isinstance(variant.key, fluent.Identifier) and variant.key.name in CATEGORIES:
                said = "".join(e.value for e in variant.value.elements if isinstance(e, fluent.TextElement))
                if ONE_ONLY.search(said):
                    single.append(f"{key} [{variant.key.name}]: {said.strip()!r}")
    assert checked >= 5, checked  # the machinery's own choices at least
    assert not wrong, f"{len(wrong)} choices:\n" + "\n".join(wrong[:30])
    assert not single, "forms other numbers take too say one number:\n" + "\n".join(single)


def test_the_check_of_choices_by_number_finds_a_form_written_for_one_that_21_takes(catalogs):
    catalogs(
        "held = { $n ->\n    [one] The one statement holds\n   *[other] { $n } statements hold\n}\n",
        "held = { $n ->\n    [one] Єдине твердження\n    [few] { $n } твердження\n    [many] { $n } тверджень\n"
        "   *[other] { $n } твердження\n}\n",
    )
    ((key, select, name),) = list(choices_by_number("uk"))
    assert variant_chosen("uk", select, name, 21) == "one"  # CLDR: 21 takes the form of 1 in Ukrainian
    said = "".join(e.value for e in select.variants[0].value.elements if isinstance(e, fluent.TextElement))
    assert ONE_ONLY.search(said)


# -- names, pickers, dates ---------------------------------------------------------------------------------


def test_a_name_is_shown_as_each_editions_readers_know_it_else_as_the_data_writes_it(data_copy):
    names = paths.DATA / "names" / "locales"
    names.mkdir(parents=True, exist_ok=True)
    with (names / "uk.ftl").open("a", encoding="utf-8") as catalog:
        catalog.write(f"\n{i18n.name_id('First National News (FNN)')} = ПНН\n")
    i18n.forget()
    try:
        known, unknown = i18n.name("First National News (FNN)"), i18n.name("Outlet Two")
        assert [words.render(known, language) for language in i18n.LANGUAGES] == ["First National News (FNN)", "ПНН",
                                                                                 "First National News (FNN)"]
        assert {words.render(unknown, language) for language in i18n.LANGUAGES} == {"Outlet Two"}
        assert words.render(i18n.name("Радіо"), "ru") == "Радіо"  # a name with no Latin letter has no id: kept
    finally:
        i18n.forget()


@pytest.mark.parametrize("language", ["uk", "ru"])
def test_the_pickers_texts_read_the_same_whatever_form_of_its_noun_a_story_gives(language):
    def shown(noun: str) -> list[str]:
        return [
            i18n.message(f"widgets-picker-{key}", {"noun": noun, "chosen": 3, "every": 21}, language)
            for key in ("search", "clear-tip", "all-tip", "chosen", "all-chosen")
        ]

    assert shown("країни") == shown("категорій") == shown("покупців")  # nominative or genitive: never out of place
    english = [i18n.message("widgets-picker-chosen", {"noun": "countries", "chosen": 3, "every": 21}, "en")]
    assert english == ["3 of 21 countries chosen"]


@pytest.mark.parametrize(
    "language, shown",
    [("en", ["31 Jan 2026", "November 2025", "2019"]), ("uk", ["31 січня 2026", "листопад 2025", "2019"]),
     ("ru", ["31 января 2026", "ноябрь 2025", "2019"])],
)
def test_a_date_of_the_data_is_written_as_precisely_as_it_is_given(language, shown):
    assert [fmt.as_given(day, language=language) for day in ("2026-01-31", "2025-11", "2019")] == shown
    with pytest.raises(ValueError, match="not a date"):
        fmt.as_given("31/01/2026", language=language)


# -- the runtime of texts reads no data --------------------------------------------------------------------

KIT = Path(i18n.__file__).parent
DATA_LAYER = {"kit.data", "kit.articles", "kit.story", "kit.claims", "kit.ledger", "kit.translations", "kit.refresh"}


def kit_imports(module: str) -> set[str]:
    """The kit's modules a module imports anywhere in its code (at its top or inside a function)."""
    path = KIT.joinpath(*module.split(".")[1:])
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "kit":
            if node.module == "kit":
                found |= {f"kit.{alias.name}" for alias in node.names}
            else:
                found.add(node.module)
                found |= {f"{node.module}.{alias.name}" for alias in node.names if _is_module(f"{node.module}.{alias.name}")}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names if alias.name.startswith("kit.")}
    return {name for name in found if _is_module(name)}


def _is_module(name: str) -> bool:
    path = KIT.joinpath(*name.split(".")[1:])
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def reached(module: str) -> set[str]:
    seen, todo = set(), [module]
    while todo:
        current = todo.pop()
        if current not in seen:
            seen.add(current)
            todo += sorted(kit_imports(current) - seen)
    return seen - {module}


CHART_PRIMITIVES = sorted(f"kit.charts.{path.stem}" for path in (KIT / "charts").glob("*.py") if path.stem != "__init__")


@pytest.mark.parametrize("module", ["kit.i18n", "kit.words", "kit.fmt", "kit.typography", "kit.charts", *CHART_PRIMITIVES])
def test_texts_and_chart_primitives_import_nothing_of_the_data_layer(module):
    assert not reached(module) & DATA_LAYER, f"{module} reaches {sorted(reached(module) & DATA_LAYER)}"


def test_the_import_graph_sees_imports_inside_functions():
    assert "kit.story" in kit_imports("kit.translations")  # imported inside `_published_in`
    assert "kit.data" in reached("kit.ledger")


# -- what a real build publishes, read as each edition's editor reads it -----------------------------------

CONVERTED = [each for each in story.stories() if each.facts]


@pytest.mark.integration  # reads the session's full build (every story, the ledger notebook, the galleries)
@pytest.mark.skipif(not CONVERTED, reason="no story renders its facts in each language yet")
def test_the_published_ledgers_galleries_and_index_pages_need_no_correction_in_ukrainian_and_russian(
    full_build, monkeypatch
):
    exports = full_build / "exports"
    monkeypatch.setenv("KIT_EXPORTS_DIR", str(exports))
    for name in dict.fromkeys(each.article for each in CONVERTED):
        folder = articles.published_dir(name)
        for language in ("uk", "ru"):
            assert (folder / f"claims-ledger.{language}.md").is_file() and (exports / f"index.{language}.html").is_file()
        converted = {claim for each in CONVERTED for claim in each.claims}
        found = [
            (where, finding)
            for where, finding in proofread.published_findings(name, ("uk", "ru"))
            if where.claim is None or where.claim in converted  # the others' texts are their stories' to convert
        ]
        assert not found, f"{len(found)} to correct, first: " + "; ".join(f"{w}: {f}" for w, f in found[:8])


def test_proofread_reads_the_ledgers_the_last_build_published(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("KIT_EXPORTS_DIR", str(tmp_path))
    monkeypatch.setattr(proofread, "story_findings", lambda each: [])  # the charts are read elsewhere
    chosen = (CONVERTED or story.stories())[0]
    folder = articles.published_dir(chosen.article)
    folder.mkdir(parents=True)
    (folder / "claims-ledger.uk.md").write_text("# Реєстр тверджень\n\nДані з 2026-01-20 до 2026-01-23.\n",
                                               encoding="utf-8")
    assert cli.main(["proofread", chosen.name]) == 1
    said = capsys.readouterr()
    assert f"{chosen.article}: claims-ledger.uk.md: iso-date: '2026-01-20'" in said.out
    assert "2 things to correct" in said.err
    (folder / "claims-ledger.uk.md").write_text("# Реєстр тверджень\n\nДані з 20 до 23 січня 2026.\n", encoding="utf-8")
    assert cli.main(["proofread", chosen.name]) == 0 and "Nothing to correct." in capsys.readouterr().out
