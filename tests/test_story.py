"""Stories declare themselves once; the machinery finds them, checks every declaration and what each wrote."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest

from kit import articles, build, claims, data, paths, story
from kit.claims import Claim, Verdict
from kit.errors import BuildError, DataError, StoryError
from kit.stories.gpu_gap import STORY as GPUS

ARTICLE = "united24_2026"


def claim(claim_id: str = "gpu-gap", sources: tuple[str, ...] = ("omdia_gpu_2024",)) -> Claim:
    return Claim(claim_id, "9,000", "9,000", Verdict.ACCURATE, tuple(claims.source_caveats(sources)), sources)


def variant(**changes) -> story.Story:
    """The GPU story's declaration with some fields changed."""
    return dataclasses.replace(GPUS, **changes)


def test_a_sound_declaration_has_no_problems():
    assert GPUS.problems() == []


@pytest.mark.parametrize(
    "changes, expected",
    [
        ({"claims": {"gpu-gapp": ("gpu-gap",)}}, "the claim 'gpu-gapp' is not a checkable statement of the article 'united24_2026'. Did you mean 'gpu-gap'?"),
        ({"claims": {"gpu-gap": ("gpu-gapp",)}}, "names the chart 'gpu-gapp', which the story does not declare. Did you mean 'gpu-gap'?"),
        ({"charts": {"GPU gap": GPUS.charts["gpu-gap"]}, "claims": {}}, "'GPU gap' is not a file-name stem"),
        ({"sources": ("omdia_gpu_2025",)}, "No resource named 'omdia_gpu_2025'"),
        ({"notebook": "05_gpu_gapp"}, "notebooks/05_gpu_gapp.py does not exist"),
        ({"article": "united24_2025"}, "There is no article named 'united24_2025'"),
        ({"readme_figure": "gpu-gapp"}, "README figure 'gpu-gapp' is not one of its charts"),
        ({"languages": ("uk", "en")}, "its languages ('uk', 'en') are not English first"),
        ({"languages": ("en", "ua")}, "its languages ('en', 'ua') are not English first"),
        ({"explorers": {"compare": story.deferred("kit.stories.gpu_gap.explore").compare_gpu_buyerz}},
         "its explorer 'compare' cannot be loaded: AttributeError"),
        ({"readers": {"compare": story.deferred("kit.stories.gpu_gap.explorer").compare_gpu_buyers}},
         "its reader explorer 'compare' cannot be loaded: ModuleNotFoundError"),
    ],
    ids=["claim id typo", "chart slug typo", "slug not a file name", "unknown source", "no notebook", "no article",
         "README figure", "languages not English first", "unknown language", "explorer typo", "explorer module typo"],
)
def test_a_typo_in_a_declaration_is_named_with_its_fix(changes, expected):
    found = variant(**changes).problems()
    assert found and expected in str(found[0]) and found[0].fix
    assert "kit/stories/gpu_gap/__init__.py" in str(found[0])


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
    (found,) = variant(sources=("omdia_gpu_2025",)).problems()
    assert "`SOURCE` at the top of kit/stories/gpu_gap/compute.py" in found.fix and "'omdia_gpu_2024'" in found.fix
    assert "kit describe data/raw/<source>/<file>.csv" in found.fix


def test_two_stories_may_not_declare_the_same_chart(monkeypatch):
    twin = variant(package="kit.stories.gpu_twin")
    monkeypatch.setattr(story, "stories", lambda: [GPUS, twin])
    found = [str(p) for p in story.problems()]
    assert any("'gpu_gap' and 'gpu_twin' both declare the chart 'gpu-gap'" in text for text in found)
    assert any("both declare the claim 'united24_2026/gpu-gap'" in text for text in found)


def test_a_checkable_statement_no_story_checks_is_named(monkeypatch):
    others = [each for each in story.stories() if each.name != "article_context"]
    monkeypatch.setattr(story, "stories", lambda: others)
    found = [str(p) for p in story.problems()]
    assert any("The statement 'alisa-luhansk' of the article 'united24_2026' is checkable, but no story checks it" in t
               for t in found)
    assert not any("inozemtsev-view" in t for t in found)  # an opinion, with the reason it is not checked


def test_a_source_caveat_that_neither_reaches_a_claim_nor_is_set_aside_is_refused(out_dirs):
    silent = Claim("gpu-gap", "9,000", "9,000", Verdict.ACCURATE, (), ("omdia_gpu_2024",))
    with pytest.raises(StoryError, match="whose caveat .Every figure is an analyst's estimate") as error:
        GPUS.record([silent])
    assert "claims.set_aside" in error.value.fix and not (out_dirs[1] / "gpu_gap").exists()
    caveats = claims.source_caveats(["omdia_gpu_2024"])
    GPUS.record([dataclasses.replace(silent, caveats=tuple(caveats), verdict=claims.judge(True, caveats))])


def test_record_completes_the_claims_from_the_declaration(out_dirs):
    (recorded,) = GPUS.record([claim()])
    assert recorded.article == ARTICLE and recorded.story == "gpu_gap" and recorded.notebook == "05_gpu_gap"
    assert recorded.statement.startswith("Citing RFE/RL: Sberbank") and recorded.charts == ("gpu-gap",)
    assert recorded.said_by == ("UNITED24 Media",)
    assert not recorded.draft
    written = claims.read(out_dirs[1] / "gpu_gap" / claims.FILE_NAME)
    assert written.loc[0, "charts"] == "gpu-gap"


@pytest.mark.parametrize("computed", [[], [claim(), claim()], [claim("vpn-bans-growth")]], ids=["none", "twice", "other"])
def test_record_refuses_claims_the_story_does_not_declare(computed, out_dirs):
    with pytest.raises(StoryError, match="but it declares \\['gpu-gap'\\]"):
        GPUS.record(computed)
    assert not (out_dirs[1] / "gpu_gap").exists()  # nothing half-written


def test_a_chart_function_must_give_the_declared_slug():
    renamed = variant(charts={**GPUS.charts, "gpu-gap": lambda: GPUS.charts["gpu-gap"](per_year=True)})
    with pytest.raises(StoryError, match="declared for the chart 'gpu-gap' returned the chart 'gpu-gap-per-year'"):
        renamed.chart("gpu-gap")
    with pytest.raises(StoryError, match="no chart 'gpu-gapp'. Did you mean 'gpu-gap'"):
        GPUS.chart("gpu-gapp")


@pytest.mark.integration  # every chart exported in every language
def test_publish_writes_every_table_and_chart_and_missing_outputs_names_the_rest(out_dirs):
    exports, processed = out_dirs
    missing = GPUS.missing_outputs()
    languages = GPUS.languages
    assert len(languages) == 3  # the test suite builds every language
    assert len(missing) == 1 + len(GPUS.tables) + len(GPUS.charts) * len(languages) and "claims file" in missing[0]
    assert "the chart 'gpu-gap' in 'uk'" in " ".join(missing)
    published = GPUS.publish()
    assert (processed / "gpu_gap" / "gpu_purchases.csv").is_file()
    folder = exports / GPUS.article  # its article's published folder
    assert all((folder / slug / f"{slug}.web.png").is_file() for slug in GPUS.charts)
    assert all((folder / slug / f"{slug}.uk.web.png").is_file() for slug in GPUS.charts)
    assert "data/processed/gpu_gap/gpu_purchases.csv" in repr(published)
    assert all(f"exports/{GPUS.article}/{slug}/ (PNG" in repr(published) for slug in GPUS.charts)
    GPUS.record(GPUS.verdicts())
    assert GPUS.missing_outputs() == []


def test_a_chart_that_fails_the_chart_check_is_not_exported_and_its_previous_files_stay(out_dirs, monkeypatch):
    exports, _ = out_dirs
    GPUS.publish()
    before = {path.name: path.read_bytes() for path in GPUS.chart_folder("gpu-gap").iterdir()}
    draw = GPUS.charts["gpu-gap"]

    def defective():  # alt text that describes the chart type instead of the finding, in every language
        chart = draw()
        return dataclasses.replace(chart, alt_text="Bar chart of buyers: " + chart.alt_text)

    broken = variant(charts={"gpu-gap": defective})
    with pytest.raises(StoryError, match="problem.* in the chart check") as error:
        broken.publish()
    for language in GPUS.languages:
        assert f"the chart 'gpu-gap' in {language!r}, at every width: alt-text: opens with the chart type" in str(
            error.value
        )
    assert {path.name: path.read_bytes() for path in GPUS.chart_folder("gpu-gap").iterdir()} == before
    with pytest.raises(StoryError, match="the chart 'gpu-gap' in 'uk', at every width: alt-text"):
        broken.publish_translation("gpu-gap", "uk")
    assert {path.name: path.read_bytes() for path in GPUS.chart_folder("gpu-gap").iterdir()} == before


def test_a_story_publishes_the_languages_it_declares_and_kit_langs_builds_fewer(monkeypatch):
    assert GPUS.languages == ("en", "uk", "ru") and GPUS.translations == ("uk", "ru")
    assert variant(languages=("en",)).translations == () and variant(languages=("en",)).built_languages == ("en",)
    monkeypatch.setenv("KIT_LANGS", "en,ru")
    assert GPUS.built_languages == ("en", "ru") and GPUS.languages == ("en", "uk", "ru")


def test_an_english_only_story_needs_no_translation_and_declaring_one_makes_every_missing_text_a_problem(
    tmp_path, monkeypatch
):
    """The story's texts, and its sources' caveats, are wanted in the languages it publishes: none in uk while it
    is English only; each named once it declares uk (the build's preflight refuses them)."""
    from kit import i18n, translations

    catalogs = tmp_path / "gpu_gap" / "locales"
    catalogs.mkdir(parents=True)
    (catalogs / "en.ftl").write_text(
        (GPUS.folder / "locales" / "en.ftl").read_text(encoding="utf-8"), encoding="utf-8"
    )  # the story's English alone: no uk.ftl, no ru.ftl
    monkeypatch.setattr(paths, "STORIES", tmp_path)
    monkeypatch.setattr(story, "stories", lambda: [variant(languages=("en",))])
    i18n.forget()
    try:
        assert [p for p in translations.problems() if "'gpu-" in p.problem] == []
        translated = variant(languages=("en", "uk"))
        monkeypatch.setattr(story, "stories", lambda: [translated])
        missing = [p for p in translations.problems(["uk"]) if "has no translation of 'gpu-" in p.problem]
        assert missing and all(p.where.endswith("gpu_gap/locales/uk.ftl") for p in missing)
        assert not [p for p in translations.problems(["ru"]) if "'gpu-" in p.problem]  # ru is not declared
    finally:
        i18n.forget()


def test_an_unknown_story_suggests_the_closest():
    with pytest.raises(StoryError, match="There is no story named 'gpu_gapp'") as error:
        story.get("gpu_gapp")
    assert "gpu_gap" in error.value.fix


def test_a_story_that_cannot_be_imported_is_named_with_its_error(monkeypatch):
    def broken(name):
        raise NameError("name 'charts' is not defined")

    monkeypatch.setattr(story.importlib, "import_module", broken)
    story._load.cache_clear()
    try:
        with pytest.raises(StoryError, match="The story 'gpu_gap' cannot be imported: NameError"):
            story._load("gpu_gap")
    finally:
        story._load.cache_clear()


def test_a_notebook_no_story_declares_is_refused_before_anything_runs(tmp_path, monkeypatch):
    for path in paths.NOTEBOOKS.glob("*.py"):
        (tmp_path / path.name).write_text(path.read_text())
    (tmp_path / "07_orphan.py").write_text("# %%\nprint(1)\n")
    monkeypatch.setattr(paths, "NOTEBOOKS", tmp_path)
    monkeypatch.setattr(build, "execute", lambda *a, **k: pytest.fail("a notebook ran"))
    with pytest.raises(DataError, match="07_orphan.py belongs to no story"):
        build.build()


@pytest.mark.integration  # a build
def test_a_notebook_that_does_not_publish_what_its_story_declares_is_named(tmp_path, monkeypatch, out_dirs):
    for path in paths.NOTEBOOKS.glob("*.py"):
        (tmp_path / path.name).write_text(path.read_text())
    (tmp_path / "05_gpu_gap.py").write_text("# %%\nprint('no publish')\n")
    monkeypatch.setattr(paths, "NOTEBOOKS", tmp_path)
    with pytest.raises(BuildError, match="did not write what its story declares") as error:
        build.build(["gpu_gap"])
    assert "the chart 'gpu-gap' (call STORY.publish())" in str(error.value)


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
