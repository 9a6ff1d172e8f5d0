"""Texts in three languages: every text translated and current, every glyph in the house font, numbers by CLDR with
the house rounding, country names in each language, exports named per language."""

from __future__ import annotations

import json
import os
import pickle
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from babel import Locale, numbers
from fluent.syntax import FluentParser, ast
from fontTools.ttLib import TTFont

from kit import __main__ as cli
from kit import charts, countries, export, fmt, i18n, story, style, translations
from kit.errors import ExportError

# -- the catalogs -----------------------------------------------------------------------------------------


def test_every_text_is_translated_and_follows_todays_english():
    problems = translations.problems()
    assert not problems, f"{len(problems)} texts:\n" + "\n".join(f"{p.where}: {p.problem}" for p in problems[:40])


@pytest.fixture
def catalogs(tmp_path, monkeypatch):
    """A private set of catalogs: English and Ukrainian, one file each."""
    folder = tmp_path / "locales"
    folder.mkdir()
    (folder / "en.ftl").write_text("greeting = Hello, { $name }\nfarewell = Goodbye\n", encoding="utf-8")
    (folder / "uk.ftl").write_text("greeting = Привіт, { $name }\nfarewell = До побачення\n", encoding="utf-8")
    monkeypatch.setattr(i18n, "catalog_files", lambda language: sorted(folder.glob(f"{language}.ftl")))
    monkeypatch.setattr(translations, "english", lambda: {
        key: translations.English(translations.fingerprint(e.node), e.path, e.path.parent)
        for key, e in i18n.entries("en").items()
    })
    i18n.forget()
    yield folder
    i18n.forget()


def test_a_catalog_parsed_once_is_read_back_and_a_damaged_or_unwritable_cache_only_costs_time(
    catalogs, tmp_path, monkeypatch
):
    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path / "cache"))
    assert i18n.entries("uk")["farewell"].key == "farewell"
    (kept,) = (tmp_path / "cache" / "catalogs").iterdir()
    real_parse = FluentParser.parse
    monkeypatch.setattr(FluentParser, "parse", lambda *a, **k: pytest.fail("a cached catalog was parsed again"))
    i18n.forget()
    with i18n.use("uk"):
        assert i18n.t("greeting", name="Олено") == "Привіт, Олено"
    monkeypatch.setattr(FluentParser, "parse", real_parse)
    kept.write_bytes(b"not a pickle")
    i18n.forget()
    with i18n.use("uk"):
        assert i18n.t("farewell") == "До побачення"
    assert kept.read_bytes() != b"not a pickle"  # parsed again and written back whole
    monkeypatch.setenv("KIT_CACHE_DIR", "/proc/no-such-folder")
    i18n.forget()
    assert set(i18n.entries("en")) == {"greeting", "farewell"}


class _Payload:
    """A pickle that creates a file when loaded: what a hostile cache file would run."""

    def __init__(self, marker: Path):
        self.marker = marker

    def __reduce__(self):
        return Path.touch, (self.marker,)


def _tampered(path: Path) -> None:
    """Rewrite a cached parse so that its texts say something else (a valid parse, owned by this user)."""
    path.write_text(path.read_text(encoding="utf-8").replace("До побачення", "Tampered"), encoding="utf-8")


def test_a_hostile_cache_file_runs_no_code_and_a_cache_others_can_write_is_not_read(catalogs, tmp_path, monkeypatch):
    monkeypatch.setenv("KIT_CACHE_DIR", str(tmp_path / "cache"))
    text = (catalogs / "uk.ftl").read_text(encoding="utf-8")
    cached = i18n._cache_path(text)
    cached.parent.mkdir(parents=True)
    marker = tmp_path / "code-ran"
    payload = pickle.dumps(_Payload(marker))
    for path in (cached, cached.with_suffix(".pickle")):  # the cache file, and where a pickle cache kept it
        path.write_bytes(payload)
    i18n.forget()
    with i18n.use("uk"):
        assert i18n.t("farewell") == "До побачення"
    assert not marker.exists()
    node = json.dumps({"type": "Resource", "body": [{"type": "from_json", "value": {"type": "Resource"}}]})
    cached.write_text(node, encoding="utf-8")  # names something of fluent.syntax that is not a syntax node
    i18n.forget()
    assert i18n.entries("uk")["farewell"].key == "farewell" and json.loads(cached.read_text())["body"]
    _tampered(cached)
    cached.chmod(0o666)  # another user could have written it: not read
    i18n.forget()
    with i18n.use("uk"):
        assert i18n.t("farewell") == "До побачення"
    cached.chmod(0o644)
    if os.getuid() == 0:  # as root (CI): a file another user owns is not read either
        os.chown(cached, 65534, -1)
        i18n.forget()
        with i18n.use("uk"):
            assert i18n.t("farewell") == "До побачення"
        os.chown(cached, 0, -1)
    _tampered(cached)  # this user's own file: read back (the cache is the user's, like their other caches)
    i18n.forget()
    with i18n.use("uk"):
        assert i18n.t("farewell") == "Tampered"


def test_a_choice_by_number_without_every_cldr_plural_form_of_the_language_is_named(catalogs, capsys):
    (catalogs / "en.ftl").write_text("files = { $n ->\n    [one] { $n } file\n   *[other] { $n } files\n}\n")
    (catalogs / "uk.ftl").write_text("files = { $n ->\n   *[one] { $n } файл\n}\n", encoding="utf-8")
    i18n.forget()
    translations.stamp("uk")
    (problem,) = translations.problems(["uk"])
    assert "'files' chooses by the number $n but has no form for few, many, other" in problem.problem
    assert problem.where.endswith("uk.ftl") and "one, few, many, other" in problem.fix
    assert cli.main(["translations"]) == 1 and "no form for few, many, other" in capsys.readouterr().err
    (catalogs / "uk.ftl").write_text(
        "files = { $n ->\n    [one] { $n } файл\n    [few] { $n } файли\n    [many] { $n } файлів\n"
        "   *[other] { $n } файлу\n}\n",
        encoding="utf-8",
    )
    i18n.forget()
    translations.stamp("uk")
    assert translations.problems(["uk"]) == []
    with i18n.use("uk"):
        assert [i18n.t("files", n=n) for n in (1, 3, 5, 2.5)] == ["1 файл", "3 файли", "5 файлів", "2,5 файлу"]


def mine(problems):
    return sorted((p.problem, p.where) for p in problems)


def test_an_unstamped_translation_is_stale_until_stamped_and_editing_the_english_makes_it_stale_again(catalogs):
    uk = catalogs / "uk.ftl"
    found = translations.problems(["uk"])
    assert {p.problem.split("'")[1] for p in found} == {"greeting", "farewell"}
    assert all("no `# en:` stamp" in p.problem and "--stamp uk" in p.fix for p in found)
    assert translations.stamp("uk") == ["farewell", "greeting"]
    assert translations.problems(["uk"]) == []
    assert "Привіт, { $name }" in uk.read_text(encoding="utf-8")  # the translation itself is kept
    english = catalogs / "en.ftl"
    english.write_text(english.read_text(encoding="utf-8").replace("Goodbye", "Bye for now"), encoding="utf-8")
    i18n.forget()
    stale = translations.problems(["uk"])
    assert len(stale) == 1 and "'farewell' is stale" in stale[0].problem and stale[0].where.endswith("uk.ftl")


def test_a_missing_and_a_left_over_translation_are_named(catalogs):
    (catalogs / "uk.ftl").write_text("greeting = Привіт, { $name }\nold = Старе\n", encoding="utf-8")
    i18n.forget()
    found = [p.problem for p in translations.problems(["uk"])]
    assert any("no translation of 'farewell'" in p for p in found)
    assert any("'old', which English no longer has" in p for p in found)


def test_a_broken_catalog_and_a_repeated_id_are_errors_that_name_the_place(catalogs, tmp_path, monkeypatch):
    (catalogs / "uk.ftl").write_text("greeting = Привіт\nfarewell = { $name\n", encoding="utf-8")
    i18n.forget()
    with pytest.raises(i18n.TranslationError, match=r"uk\.ftl line 2 is not valid Fluent"):
        i18n.entries("uk")
    other = tmp_path / "other"
    other.mkdir()
    (other / "en.ftl").write_text("greeting = Hi\n", encoding="utf-8")
    monkeypatch.setattr(i18n, "catalog_files", lambda language: [catalogs / "en.ftl", other / "en.ftl"])
    i18n.forget()
    with pytest.raises(i18n.TranslationError, match="'greeting' is in both"):
        i18n.entries("en")


def test_a_text_is_given_in_the_language_in_use_and_a_wrong_id_or_variable_is_named(catalogs):
    assert i18n.t("greeting", name="Ada") == "Hello, Ada"
    with i18n.use("uk"):
        assert i18n.t("greeting", name="Ada") == "Привіт, Ada"
        with pytest.raises(i18n.TranslationError, match="no text 'greting' in Українська"):
            i18n.t("greting")
        with pytest.raises(i18n.TranslationError, match="'greeting' in Українська could not be filled in"):
            i18n.t("greeting")
    assert i18n.current() == "en"


@pytest.mark.parametrize(
    "setting, built",
    [("", ("en", "uk", "ru")), ("en", ("en",)), ("uk", ("en", "uk")), ("ru, en", ("en", "ru"))],
)
def test_kit_langs_chooses_the_languages_to_build_and_english_is_always_built(monkeypatch, setting, built):
    monkeypatch.setenv("KIT_LANGS", setting)
    assert i18n.languages() == built


def test_an_unknown_language_is_refused_with_the_choices(monkeypatch):
    monkeypatch.setenv("KIT_LANGS", "en,ua")
    with pytest.raises(i18n.TranslationError, match="'ua', which is not one of the kit's languages") as error:
        i18n.languages()
    assert "en,uk,ru" in error.value.fix
    with pytest.raises(i18n.TranslationError):
        i18n.use("de").__enter__()


# -- glyphs -----------------------------------------------------------------------------------------------


def _house_font_characters() -> set[int]:
    """The characters every upright weight of the house font has (charts set no italics: its italics have no
    Cyrillic)."""
    folder = Path(style.font_source_sans_pro.font_directory)
    covered = None
    for name in (name for name in style.FONT_FILES if not name.endswith("It")):
        cmap = set(TTFont(folder / f"SourceSansPro-{name}.ttf")["cmap"].getBestCmap())
        covered = cmap if covered is None else covered & cmap
    return covered


def _pattern_text(node) -> str:
    """Every literal character a message or term can show (its text, its variants, its string literals)."""
    found = []
    for child in _walk(node):
        if isinstance(child, ast.TextElement):
            found.append(child.value)
        elif isinstance(child, ast.StringLiteral):
            found.append(child.parse()["value"])
    return "".join(found)


def _walk(node):
    yield node
    if isinstance(node, ast.BaseNode):
        for value in vars(node).values():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, ast.BaseNode) and not isinstance(item, ast.Comment | ast.Span):
                    yield from _walk(item)


def test_every_text_in_every_language_has_its_glyphs_in_the_house_font():
    covered = _house_font_characters()
    missing = {}
    texts = {
        (language, key): _pattern_text(entry.node)
        for language in i18n.LANGUAGES
        for key, entry in i18n.entries(language).items()
    }
    for language in i18n.LANGUAGES:  # the country names charts show
        with i18n.use(language):
            for code in Locale.parse(language).territories:
                if len(code) == 2 and code.isalpha() and countries.code_of(code):
                    texts[(language, f"country {code}")] = countries.display_name(countries.code_of(code))
    for where, text in texts.items():
        for character in set(text):
            if not character.isspace() and ord(character) not in covered:
                missing.setdefault(where, set()).add(f"{character} U+{ord(character):04X} {unicodedata.name(character, '?')}")
    assert not missing, "\n".join(f"{language} {key}: {sorted(chars)}" for (language, key), chars in missing.items())


# -- numbers, plurals and names ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "language, value, places, shown",
    [
        ("en", 1234567, 0, "1,234,567"),
        ("uk", 1234567, 0, "1\u00a0234\u00a0567"),
        ("ru", 1234.56, 1, "1\u00a0234,6"),
        ("uk", 78.64, 1, "78,6"),
        ("en", 0.25, 1, "0.3"),  # half up, where Babel alone (half even) gives 0.2
        ("uk", 2.675, 2, "2,68"),  # half up from the number as written (its float is 2.67499...)
        ("ru", 0.5, 0, "1"),
    ],
)
def test_numbers_follow_cldr_with_the_house_rounding(language, value, places, shown):
    with i18n.use(language):
        assert fmt.number(value, places) == shown


def test_a_figure_remembered_is_written_as_it_is_alone_whatever_came_before():
    """Formatting is remembered per figure: values that compare equal but may be written differently (-0.0 and
    0.0) never take each other's text."""
    values = (-0.0, 0.0, 0, False, -0.04, 0.04)
    alone = []
    for value in values:
        fmt._number.cache_clear()
        alone.append(fmt.number(value, 1, language="en"))
    fmt._number.cache_clear()
    in_turn = [fmt.number(value, 1, language="en") for value in values]
    fmt._number.cache_clear()
    backwards = [fmt.number(value, 1, language="en") for value in reversed(values)][::-1]
    assert in_turn == backwards == alone


@pytest.mark.parametrize("language", i18n.LANGUAGES)
@pytest.mark.parametrize("value", [9000, 1234.5678, 485000, 0.03, 29_200_000.4])
def test_away_from_ties_the_figures_are_babels_own(language, value):
    pattern = "#,##0.0"
    with i18n.use(language):
        assert fmt.number(value, 1) == numbers.format_decimal(Decimal(str(value)), format=pattern, locale=language)


@pytest.mark.parametrize(
    "language, ratio, shown",
    [
        ("uk", 2, "у 2 рази"),
        ("uk", 5, "у 5 разів"),
        ("uk", 21, "у 21 раз"),
        ("ru", 3, "в 3 раза"),
        ("ru", 11, "в 11 раз"),
        ("ru", 167.4, "более чем в 150 раз"),
        ("en", 53.9, "over 50 times"),
    ],
)
def test_multiples_take_the_plural_form_cldr_gives_the_number(language, ratio, shown):
    with i18n.use(language):
        assert fmt.multiple(ratio) == shown


@pytest.mark.parametrize(
    "language, amount, shown",
    [("en", 29_200_000, "$29.2m"), ("uk", 29_200_000, "29,2\u00a0млн\u00a0$"), ("ru", 17e9, "17\u00a0млрд\u00a0$")],
)
def test_money_in_the_house_style_in_english_and_by_cldr_in_ukrainian_and_russian(language, amount, shown):
    with i18n.use(language):
        assert fmt.money(amount) == shown


@pytest.mark.parametrize("name", ["Россия", "Росія", "Russian Federation", "Russia", "RUS", "росія"])
def test_a_country_is_found_by_its_name_in_any_of_the_three_languages(name):
    assert countries.code_of(name) == "RUS"


@pytest.mark.parametrize("language, name", [("en", "Russia"), ("uk", "Росія"), ("ru", "Россия")])
def test_charts_name_countries_in_their_language(language, name):
    with i18n.use(language):
        assert countries.display_name("RUS") == name
        assert countries.shown_name("RUS", "Russia") == name


# -- exports ----------------------------------------------------------------------------------------------


SLUG, DRAW = next(iter(story.stories()[0].charts.items()))  # any declared chart would do: the first story's first


def test_a_chart_is_exported_in_each_language_beside_the_english(out_dirs):
    english = DRAW()
    with i18n.use("uk"):
        ukrainian = DRAW()
    written = export.export(english, widths=[charts.WEB], translations={"uk": ukrainian})
    names = set(written.names)
    assert {f"{SLUG}.web.png", f"{SLUG}.uk.web.png", f"{SLUG}.uk.json"} <= names
    texts = json.loads((written.folder / f"{SLUG}.uk.json").read_text(encoding="utf-8"))
    assert texts["language"] == "uk" and texts["title"] == ukrainian.title != english.title
    assert "lang=\"uk\"" in (written.folder / f"{SLUG}.uk.web.svg").read_text(encoding="utf-8")
    assert (written.folder / f"{SLUG}.uk.alt.txt").read_text(encoding="utf-8") == ukrainian.alt_text + "\n"


def test_a_translation_of_another_chart_or_language_is_refused_and_nothing_is_written(out_dirs):
    english = DRAW()
    with i18n.use("ru"):
        russian = DRAW()
    with pytest.raises(ExportError, match=f"'uk' chart given with '{SLUG}'"):
        export.export(english, widths=[charts.WEB], translations={"uk": russian})
    assert not export.folder_of(SLUG).exists()


def test_a_translatable_column_is_translated_cell_by_cell_and_its_cells_are_checked(data_copy, monkeypatch):
    """A column marked `"translatable": true` in a resource's schema: each cell is a text to translate, by id."""
    from kit import data

    def untranslated_texts(name: str) -> list[str]:
        fields = data.resource(name)["schema"]["fields"]
        key = data.primary_key(name)
        texts = [f["name"] for f in fields if f.get("type", "string") == "string" and not f.get("translatable")]
        frame = data.load(name)
        return [
            field
            for field in texts
            if field not in key and frame[field].fillna("").astype(bool).all() and frame[field].is_unique
        ]

    # a resource with a translated column (so its folder has catalogs), and a text column of it no one translates
    # yet, every cell a different text
    resource, column = next(
        (name, found[0])
        for name in data.names()
        if translations.translatable_columns(name)
        for found in [untranslated_texts(name)]
        if found
    )
    description = data.description_of(resource)
    package = json.loads(description.read_text(encoding="utf-8"))
    entry = next(r for r in package["resources"] if r["name"] == resource)
    text_field = next(f for f in entry["schema"]["fields"] if f["name"] == column)
    text_field.pop("translatable", None)
    description.write_text(json.dumps(package, indent=2), encoding="utf-8")
    i18n.forget()
    prefix = translations.cell_id(resource, column, "x")[: -len("x")]
    assert not [p for p in translations.problems(["uk"]) if f"'{prefix}" in p.problem]
    text_field["translatable"] = True
    description.write_text(json.dumps(package, indent=2), encoding="utf-8")
    i18n.forget()
    english = translations.column(resource, text_field["name"])
    assert english and all(key == value for key, value in english.items())
    missing = [p for p in translations.problems(["uk"]) if f"'{prefix}" in p.problem]
    assert len(missing) == len(english) and all(p.where.endswith("locales/uk.ftl") for p in missing)


def test_a_long_text_argument_is_placed_whole(catalogs):
    """fluent.runtime refuses a placeable of more than 2,500 characters; a ranking or a list of links is longer."""
    long = "; ".join(f"{n}. Country {n}" for n in range(1, 400))
    assert len(long) > 2500
    assert i18n.t("greeting", name=long) == f"Hello, {long}"


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_huge_and_tiny_figures_are_written_out_in_every_language(language):
    with i18n.use(language):
        assert len(fmt.trimmed(1e308, 2)) > 300 and fmt.number(1e-300, 2) in ("0.00", "0,00")
