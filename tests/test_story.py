"""Stories declare themselves once; the machinery finds them, checks every declaration and what each wrote.

The tests hold for any story: they take as their example the found story with the fewest charts among those that
declare claims, a tidy table and every language, and make their mistakes from its names."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest

from kit import articles, build, claims, data, files, i18n, paths, story
from kit.claims import Claim, Verdict
from kit.errors import BuildError, DataError, StoryError

EXAMPLE = min(
    (each for each in story.stories() if each.claims and each.charts and each.tables and tuple(each.languages) == i18n.LANGUAGES),
    key=lambda each: (len(each.charts), each.notebook),
)
ARTICLE = EXAMPLE.article
CLAIM = next(iter(EXAMPLE.claims))
SLUG = next(iter(EXAMPLE.charts))
SOURCE = EXAMPLE.sources[0]
WHERE = f"kit/stories/{EXAMPLE.name}/__init__.py"


def typo(name: str) -> str:
    """A name mistyped: its last character doubled."""
    return name + name[-1]


def claim(claim_id: str = CLAIM, sources: tuple[str, ...] = (SOURCE,)) -> Claim:
    return Claim(claim_id, "9,000", "9,000", Verdict.ACCURATE, tuple(claims.source_caveats(sources)), sources)


def variant(**changes) -> story.Story:
    """The example story's declaration with some fields changed."""
    return dataclasses.replace(EXAMPLE, **changes)


def test_a_sound_declaration_has_no_problems():
    assert EXAMPLE.problems() == []


MISTAKES = {
    "claim id typo": (
        {"claims": {typo(CLAIM): (SLUG,)}},
        f"the claim {typo(CLAIM)!r} is not a checkable statement of the article {ARTICLE!r}. Did you mean {CLAIM!r}?",
    ),
    "chart slug typo": (
        {"claims": {CLAIM: (typo(SLUG),)}},
        f"names the chart {typo(SLUG)!r}, which the story does not declare. Did you mean {SLUG!r}?",
    ),
    "slug not a file name": (
        {"charts": {SLUG.replace("-", " ").title(): EXAMPLE.charts[SLUG]}, "claims": {}}, "is not a file-name stem"
    ),
    "unknown source": ({"sources": (typo(SOURCE),)}, f"No resource named {typo(SOURCE)!r}"),
    "no notebook": ({"notebook": typo(EXAMPLE.notebook)}, f"notebooks/{typo(EXAMPLE.notebook)}.py does not exist"),
    "no article": ({"article": typo(ARTICLE)}, f"There is no article named {typo(ARTICLE)!r}"),
    "README figure": ({"readme_figure": typo(SLUG)}, f"README figure {typo(SLUG)!r} is not one of its charts"),
    "languages not English first": ({"languages": ("uk", "en")}, "its languages ('uk', 'en') are not English first"),
    "unknown language": ({"languages": ("en", "ua")}, "its languages ('en', 'ua') are not English first"),
    "explorer typo": (
        {"explorers": {"compare": story.deferred(f"{EXAMPLE.package}.explore").no_such_explorer}},
        "its explorer 'compare' cannot be loaded: AttributeError",
    ),
    "explorer module typo": (
        {"readers": {"compare": story.deferred(f"{EXAMPLE.package}.no_such_module").explorer}},
        "its reader explorer 'compare' cannot be loaded: ModuleNotFoundError",
    ),
}


@pytest.mark.parametrize("changes, expected", MISTAKES.values(), ids=MISTAKES.keys())
def test_a_typo_in_a_declaration_is_named_with_its_fix(changes, expected):
    found = variant(**changes).problems()
    assert found and expected in str(found[0]) and found[0].fix
    assert WHERE in str(found[0])


def test_drawing_a_chart_never_imports_the_widget_libraries_its_story_explores_with():
    """Explorers are imported when first opened (`story.deferred`): a build, a test or a kernel that only draws
    pays nothing for ipywidgets; opening an explorer imports them."""
    code = (
        "import sys; from kit import story; each = next(s for s in story.stories() if s.explorers); "
        "each.chart(next(iter(each.charts))); print('ipywidgets' in sys.modules, end=' '); "
        "next(iter(each.explorers.values()))(); print('ipywidgets' in sys.modules)"
    )
    shown = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert shown.split() == ["False", "True"]


def test_an_unknown_source_names_the_real_fix_not_a_description_to_write():
    (found,) = variant(sources=(typo(SOURCE),)).problems()
    assert f"`SOURCE` at the top of kit/stories/{EXAMPLE.name}/compute.py" in found.fix and repr(SOURCE) in found.fix
    assert "kit describe data/raw/<source>/<file>.csv" in found.fix


def test_two_stories_may_not_declare_the_same_chart(monkeypatch):
    twin = variant(package=f"{EXAMPLE.package}_twin")
    monkeypatch.setattr(story, "stories", lambda: [EXAMPLE, twin])
    found = [str(p) for p in story.problems()]
    assert any(f"{EXAMPLE.name!r} and {twin.name!r} both declare the chart {SLUG!r}" in text for text in found)
    assert any(f"both declare the claim '{ARTICLE}/{CLAIM}'" in text for text in found)


def test_a_checkable_statement_no_story_checks_is_named(monkeypatch):
    others = [each for each in story.stories() if each.name != EXAMPLE.name]
    monkeypatch.setattr(story, "stories", lambda: others)
    found = [str(p) for p in story.problems()]
    for claim_id in EXAMPLE.claims:
        assert any(f"The statement {claim_id!r} of the article {ARTICLE!r} is checkable, but no story checks it" in t
                   for t in found)
    for claim_id in articles.unchecked(ARTICLE)["claim_id"]:  # with the reason it is not checked
        assert not any(f"The statement {claim_id!r}" in t for t in found)


def test_a_source_caveat_that_neither_reaches_a_claim_nor_is_set_aside_is_refused(out_dirs):
    caveats = claims.source_caveats([SOURCE])
    silent = dataclasses.replace(claim(), caveats=())
    with pytest.raises(StoryError, match="whose caveat") as error:
        EXAMPLE.record([silent])
    assert f"cites {SOURCE!r}, whose caveat {str(caveats[0])!r}" in str(error.value)
    assert "claims.set_aside" in error.value.fix and not (out_dirs[1] / EXAMPLE.name).exists()
    EXAMPLE.record([dataclasses.replace(silent, caveats=tuple(caveats), verdict=claims.judge(True, caveats))])


def test_record_completes_the_claims_from_the_declaration(out_dirs):
    (recorded,) = EXAMPLE.record([claim()])
    assert recorded.article == ARTICLE and recorded.story == EXAMPLE.name and recorded.notebook == EXAMPLE.notebook
    assert recorded.statement == articles.statement(ARTICLE, CLAIM)
    assert recorded.charts == tuple(EXAMPLE.claims[CLAIM])
    assert recorded.said_by == articles.said_by(ARTICLE, CLAIM)
    assert not recorded.draft
    written = claims.read(out_dirs[1] / EXAMPLE.name / claims.FILE_NAME)
    assert written.loc[0, "charts"] == " ".join(EXAMPLE.claims[CLAIM])


ANOTHER_STORYS_CLAIM = next(claim_id for each in story.stories() if each.name != EXAMPLE.name for claim_id in each.claims)


@pytest.mark.parametrize(
    "computed", [[], [claim(), claim()], [claim(ANOTHER_STORYS_CLAIM)]], ids=["none", "twice", "other"]
)
def test_record_refuses_claims_the_story_does_not_declare(computed, out_dirs):
    with pytest.raises(StoryError, match=f"but it declares \\[{list(EXAMPLE.claims)[0]!r}"):
        EXAMPLE.record(computed)
    assert not (out_dirs[1] / EXAMPLE.name).exists()  # nothing half-written


def test_a_chart_function_must_give_the_declared_slug():
    other = f"{SLUG}-other"
    renamed = variant(charts={**EXAMPLE.charts, SLUG: lambda: dataclasses.replace(EXAMPLE.chart(SLUG), slug=other)})
    with pytest.raises(StoryError, match=f"declared for the chart {SLUG!r} returned the chart {other!r}"):
        renamed.chart(SLUG)
    with pytest.raises(StoryError, match=f"no chart {typo(SLUG)!r}. Did you mean {SLUG!r}"):
        EXAMPLE.chart(typo(SLUG))


@pytest.mark.integration  # every chart exported in every language
def test_publish_writes_every_table_and_chart_and_missing_outputs_names_the_rest(out_dirs):
    exports, processed = out_dirs
    missing = EXAMPLE.missing_outputs()
    languages = EXAMPLE.languages
    assert len(languages) == 3  # the test suite builds every language
    assert len(missing) == 1 + len(EXAMPLE.tables) + len(EXAMPLE.charts) * len(languages) and "claims file" in missing[0]
    assert f"the chart {SLUG!r} in 'uk'" in " ".join(missing)
    published = EXAMPLE.publish()
    tables = [f"{files.slugify(name).replace('-', '_')}.csv" for name in EXAMPLE.tables]
    assert all((processed / EXAMPLE.name / table).is_file() for table in tables)
    folder = exports / EXAMPLE.article  # its article's published folder
    assert all((folder / slug / f"{slug}.web.png").is_file() for slug in EXAMPLE.charts)
    assert all((folder / slug / f"{slug}.uk.web.png").is_file() for slug in EXAMPLE.charts)
    assert all(f"data/processed/{EXAMPLE.name}/{table}" in repr(published) for table in tables)
    assert all(f"exports/{EXAMPLE.article}/{slug}/ (PNG" in repr(published) for slug in EXAMPLE.charts)
    EXAMPLE.record(EXAMPLE.verdicts())
    assert EXAMPLE.missing_outputs() == []


def test_a_chart_that_fails_the_chart_check_is_not_exported_and_its_previous_files_stay(out_dirs, monkeypatch):
    exports, _ = out_dirs
    EXAMPLE.publish()
    before = {path.name: path.read_bytes() for path in EXAMPLE.chart_folder(SLUG).iterdir()}
    draw = EXAMPLE.charts[SLUG]

    def defective():  # alt text that describes the chart type instead of the finding, in every language
        chart = draw()
        return dataclasses.replace(chart, alt_text="Bar chart of values: " + chart.alt_text)

    broken = variant(charts={SLUG: defective})
    with pytest.raises(StoryError, match="problem.* in the chart check") as error:
        broken.publish()
    for language in EXAMPLE.languages:
        assert f"the chart {SLUG!r} in {language!r}, at every width: alt-text: opens with the chart type" in str(
            error.value
        )
    assert {path.name: path.read_bytes() for path in EXAMPLE.chart_folder(SLUG).iterdir()} == before
    with pytest.raises(StoryError, match=f"the chart {SLUG!r} in 'uk', at every width: alt-text"):
        broken.publish_chart(SLUG, "uk")
    assert {path.name: path.read_bytes() for path in EXAMPLE.chart_folder(SLUG).iterdir()} == before


def test_a_story_publishes_the_languages_it_declares_and_kit_langs_builds_fewer(monkeypatch):
    assert EXAMPLE.languages == ("en", "uk", "ru") and EXAMPLE.translations == ("uk", "ru")
    assert variant(languages=("en",)).translations == () and variant(languages=("en",)).built_languages == ("en",)
    monkeypatch.setenv("KIT_LANGS", "en,ru")
    assert EXAMPLE.built_languages == ("en", "ru") and EXAMPLE.languages == ("en", "uk", "ru")


def test_an_english_only_story_needs_no_translation_and_declaring_one_makes_every_missing_text_a_problem(
    tmp_path, monkeypatch
):
    """The story's texts, and its sources' caveats, are wanted in the languages it publishes: none in uk while it
    is English only; each named once it declares uk (the build's preflight refuses them)."""
    from kit import translations

    catalogs = tmp_path / EXAMPLE.name / "locales"
    catalogs.mkdir(parents=True)
    english = (EXAMPLE.folder / "locales" / "en.ftl").read_text(encoding="utf-8")
    (catalogs / "en.ftl").write_text(english, encoding="utf-8")  # the story's English alone: no uk.ftl, no ru.ftl
    ids = [line.split(" =")[0] for line in english.splitlines() if " =" in line and line[:1].isalpha()]

    def about_its_texts(problems) -> list:
        return [p for p in problems if any(f"{key!r}" in p.problem for key in ids)]

    monkeypatch.setattr(paths, "STORIES", tmp_path)
    monkeypatch.setattr(story, "stories", lambda: [variant(languages=("en",))])
    i18n.forget()
    try:
        assert ids and about_its_texts(translations.problems()) == []
        translated = variant(languages=("en", "uk"))
        monkeypatch.setattr(story, "stories", lambda: [translated])
        missing = [p for p in about_its_texts(translations.problems(["uk"])) if "has no translation of" in p.problem]
        assert missing and all(p.where.endswith(f"{EXAMPLE.name}/locales/uk.ftl") for p in missing)
        assert not about_its_texts(translations.problems(["ru"]))  # ru is not declared
    finally:
        i18n.forget()


def test_an_unknown_story_suggests_the_closest():
    with pytest.raises(StoryError, match=f"There is no story named {typo(EXAMPLE.name)!r}") as error:
        story.get(typo(EXAMPLE.name))
    assert EXAMPLE.name in error.value.fix


def test_a_story_that_cannot_be_imported_is_named_with_its_error(monkeypatch):
    def broken(name):
        raise NameError("name 'charts' is not defined")

    monkeypatch.setattr(story.importlib, "import_module", broken)
    story._load.cache_clear()
    try:
        with pytest.raises(StoryError, match=f"The story {EXAMPLE.name!r} cannot be imported: NameError"):
            story._load(EXAMPLE.name)
    finally:
        story._load.cache_clear()


def test_a_notebook_no_story_declares_is_refused_before_anything_runs(tmp_path, monkeypatch):
    for path in paths.NOTEBOOKS.glob("*.py"):
        (tmp_path / path.name).write_text(path.read_text())
    (tmp_path / "99_orphan.py").write_text("# %%\nprint(1)\n")
    monkeypatch.setattr(paths, "NOTEBOOKS", tmp_path)
    monkeypatch.setattr(build, "execute", lambda *a, **k: pytest.fail("a notebook ran"))
    with pytest.raises(DataError, match="99_orphan.py belongs to no story"):
        build.build()


@pytest.mark.integration  # a build
def test_a_notebook_that_does_not_publish_what_its_story_declares_is_named(tmp_path, monkeypatch, out_dirs):
    for path in paths.NOTEBOOKS.glob("*.py"):
        (tmp_path / path.name).write_text(path.read_text())
    (tmp_path / f"{EXAMPLE.notebook}.py").write_text("# %%\nprint('no publish')\n")
    monkeypatch.setattr(paths, "NOTEBOOKS", tmp_path)
    with pytest.raises(BuildError, match="did not write what its story declares") as error:
        build.build([EXAMPLE.name])
    assert "its claims file" in str(error.value) and "(call STORY.record(...))" in str(error.value)
    assert "the table" in str(error.value) and "(call STORY.publish())" in str(error.value)  # the build exports charts


SPY = """
import json, sys
from kit import data, story
read = set()
load = data.load
data.load = lambda name: read.add(name) or load(name)
each = story.get(sys.argv[1])
each.verdicts()
for make in each.tables.values():
    make()
for slug in each.charts:
    each.chart(slug)
print(json.dumps(sorted(read)))
"""


@pytest.mark.integration  # a whole story computed in a process of its own
@pytest.mark.parametrize("name", story.names())
def test_every_resource_a_story_reads_is_one_it_declares(name):
    """So the check before a build covers everything a notebook will load (run fresh: no cached loads)."""
    each = story.get(name)
    result = subprocess.run([sys.executable, "-c", SPY, name], capture_output=True, text=True, check=True)
    statements = set(articles.statement_resources(each.article))
    assert set(json.loads(result.stdout)) - statements <= set(each.sources)


RESOURCES = sorted({source for each in story.stories() for source in each.sources})


@pytest.mark.parametrize("name", RESOURCES)
def test_a_deleted_catalogue_entry_stops_the_check_before_any_notebook_runs(data_copy, name):
    description = data.description_of(name)
    package = json.loads(description.read_text())
    package["resources"] = [entry for entry in package["resources"] if entry["name"] != name]
    description.write_text(json.dumps(package))
    with pytest.raises(DataError) as error:
        build.preflight()
    assert f"No resource named {name!r}" in str(error.value) or "lists no resources" in str(error.value)
