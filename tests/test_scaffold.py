"""`python -m kit new-article` and `python -m kit new`: every input checked before any file is written, nothing left
on a failure; in a copy of the project, a second article with a story of its own builds, passes `kit check`,
`kit test` and the shared checks, changes no tracked file, stays a draft, and merges with another new story."""

from __future__ import annotations

import ast
import dataclasses
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kit import articles, data, paths, scaffold, story
from kit.errors import KitError, StoryError

FIRST = articles.names()[0]  # an article the project describes (the tests hold for any number of them)
ARTICLE = {
    "headline": "Robots are everywhere",
    "publisher": "The Daily Planet",
    "url": "https://www.example.org/2025/12/robots.html",
    "published": "2025-12-18",
}


@pytest.mark.parametrize(
    "name, title, expected",
    [
        ("AI-patents", "Patents", "cannot name a story"),
        ("class", "Patents", "cannot name a story"),
        ("gpu_gap", "Patents", "already a story named 'gpu_gap'"),
        ("ai_patents", "", "cannot be the story's title: it is empty"),
        ("ai_patents", "Two\nlines", "cannot be the story's title: it holds the control character '\\n'"),
        ("ai_patents", "Tab\there", "control character '\\t'"),
        ("gpu", "Patents", "text ids starting gpu-"),  # the GPU story's texts are gpu-...
    ],
)
def test_a_name_or_title_that_cannot_work_is_refused_before_anything_is_written(name, title, expected):
    with pytest.raises(StoryError, match=re.escape(expected)) as error:
        scaffold.plan(name, title, FIRST)
    assert error.value.fix


@pytest.mark.parametrize(
    "title",
    ['Say "hi"', "C:\\path\\ends\\", 'Triple """ quotes', "It's a \\n trap", "Ünïcödé — «guillemets» $dollar ${x}"],
)
def test_a_hostile_title_gives_importable_python_that_keeps_it_exactly(title):
    planned = scaffold.plan("ai_patents", title, FIRST)
    for path, text in planned.files().items():
        if path.suffix == ".py":
            tree = ast.parse(text, filename=str(path))  # a SyntaxError fails the test
            if path.name == "__init__.py":
                call = next(
                    node for node in ast.walk(tree)
                    if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "Story"
                )
                given = next(keyword.value for keyword in call.keywords if keyword.arg == "title")
                assert ast.literal_eval(given) == title


def test_claim_ids_and_chart_slugs_another_story_uses_are_refused(monkeypatch):
    twin = story.get("gpu_gap")
    clash = dataclasses.replace(
        twin,
        package="kit.stories.other",
        claims={"ai-patents": ("ai-patents-ranking",)},
        charts={"ai-patents-ranking": twin.charts["gpu-gap"]},
    )
    monkeypatch.setattr(story, "stories", lambda: [clash])
    with pytest.raises(StoryError) as error:
        scaffold.plan("ai_patents", "Patents", FIRST)
    assert "the claim id 'ai-patents' (story 'other')" in str(error.value)
    assert "the chart slug 'ai-patents-ranking' (story 'other')" in str(error.value)


def test_an_unknown_article_is_refused():
    with pytest.raises(Exception, match="no article named 'the_times'"):
        scaffold.plan("ai_patents", "Patents", article="the_times")


def test_the_scaffold_names_everything_after_the_story_and_takes_the_next_free_notebook_number():
    planned = scaffold.plan("ai_patents", "AI patents per country", FIRST)
    written = {paths.shown(path) for path in planned.files()}
    assert {"kit/stories/ai_patents/compute.py", "data/raw/ai_patents_example/datapackage.json"} <= written
    assert f"notebooks/{planned.notebook}.py" in written and "tests/stories/test_ai_patents.py" in written
    assert planned.claim == "ai-patents" and not any(path.exists() for path in planned.files())
    taken = {int(path.name[:2]) for path in paths.NOTEBOOKS.glob("[0-9][0-9]_*.py")}
    assert int(planned.number) == max(taken) + 1


def test_a_failure_while_writing_leaves_nothing_behind(data_copy, monkeypatch, tmp_path):
    monkeypatch.setattr(paths, "STORIES", tmp_path / "stories")
    monkeypatch.setattr(paths, "NOTEBOOKS", tmp_path / "notebooks")
    monkeypatch.setattr(paths, "ROOT", tmp_path)
    (tmp_path / "notebooks").mkdir()
    (tmp_path / "stories").mkdir()

    def failing(name, accept=False):
        raise StoryError("the disk is full", where="here", fix="free some space")

    monkeypatch.setattr(data, "rehash", failing)
    before = sorted(tmp_path.rglob("*"))
    with pytest.raises(StoryError, match="the disk is full"):
        scaffold.create("ai_patents", "AI patents per country", FIRST)
    assert sorted(tmp_path.rglob("*")) == before  # no file, no empty folder (a source folder without description)


@pytest.mark.parametrize(
    "name, changes, expected",
    [
        ("Robots", {}, "cannot name an article's folder"),
        (articles.names()[0], {}, "already an article folder"),
        ("robots_2025", {"url": "ftp://example.org/robots"}, "is not the article's web address"),
        ("robots_2025", {"url": "www.example.org/robots"}, "is not the article's web address"),
        ("robots_2025", {"published": "2025-02-30"}, "'2025-02-30' is not a date"),
        ("robots_2025", {"published": "18/12/2025"}, "is not a date"),
        ("robots_2025", {"published": "2999-01-01"}, "is in the future"),
        ("robots_2025", {"language": "english"}, "'english' is not a language code"),
        ("robots_2025", {"headline": "Two\nlines"}, "control character"),
    ],
)
def test_a_new_article_is_checked_before_anything_is_written(data_copy, name, changes, expected):
    before = sorted(p for p in data_copy.rglob("*"))
    with pytest.raises(StoryError, match=expected) as error:
        scaffold.new_article(name, **{**ARTICLE, **changes})
    assert error.value.fix and sorted(p for p in data_copy.rglob("*")) == before


def test_a_new_article_is_described_from_the_kits_one_definition_of_a_statement(data_copy):
    written = scaffold.new_article("robots_2025", **ARTICLE, author="A. Writer", language="en")
    assert [path.name for path in written] == [data.PACKAGE, "statements.csv"]
    described = articles.article("robots_2025")
    assert (described.headline, described.publisher, described.author, described.url) == (
        ARTICLE["headline"], ARTICLE["publisher"], "A. Writer", ARTICLE["url"]
    )
    assert data.resource("robots_2025_statements")["schema"] == articles.statement_schema()
    assert articles.statements("robots_2025").empty and articles.checkable("robots_2025") == []
    assert not data.check_all()  # the empty statements file passes, with its checksum recorded
    package = json.loads(written[0].read_text())
    assert package["resources"][0]["schema"]["fields"][0]["name"] == articles.STATEMENT_COLUMNS[0]
    known = articles.names()
    with pytest.raises(StoryError, match=f"There are {len(known)} articles; say which one") as error:
        scaffold.plan("robots", "Robots per worker")
    assert f"one of: {', '.join(known)}." in error.value.fix and "robots_2025" in known


def run(args: list[str], cwd: Path, env: dict) -> subprocess.CompletedProcess:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture
def project(tmp_path) -> tuple[Path, dict]:
    """A git repository holding this project's tracked files as they are now, and the environment to run it
    (English only: the languages are not the point here)."""
    copy = tmp_path / "project"
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=paths.ROOT, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode().split("\0")):
        source = paths.ROOT / name
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            (copy / name).write_bytes(source.read_bytes())
    env = {k: v for k, v in os.environ.items() if k not in ("KIT_EXPORTS_DIR", "KIT_PROCESSED_DIR")}
    env["PYTHONPATH"] = os.pathsep.join([str(copy), env.get("PYTHONPATH", "")])
    env["KIT_LANGS"] = "en"
    git = ["git", "-c", "user.name=kit", "-c", "user.email=kit@example.org"]
    run(["git", "init", "-q", "-b", "main"], copy, env)
    run([*git, "add", "-A"], copy, env)
    run([*git, "commit", "-q", "-m", "base"], copy, env)
    env["GIT"] = " ".join(git)
    return copy, env


@pytest.mark.integration  # builds and test runs of new stories in a copy of the project
def test_a_second_article_and_new_stories_build_pass_their_checks_change_no_tracked_file_and_merge(project):
    copy, env = project
    git = env["GIT"].split()
    python = sys.executable
    run([*git, "checkout", "-q", "-b", "patents"], copy, env)
    title = 'AI "patents" per country'
    created = run([python, "-m", "kit", "new", "ai_patents", "--title", title, "--article", FIRST], copy, env).stdout
    assert "kit/stories/ai_patents/compute.py" in created and "python -m kit test ai_patents" in created
    built = run([python, "-m", "kit", "build", "ai_patents"], copy, env).stdout
    assert "Drafts on example data (never published): ai-patents" in built
    notebook = next((copy / "notebooks").glob("*_ai_patents.ipynb"))
    tested = run([python, "-m", "pytest", "-q", "tests/stories/test_ai_patents.py", str(notebook)], copy, env)
    assert " passed" in tested.stdout and "failed" not in tested.stdout
    status = run(["git", "status", "--porcelain"], copy, env).stdout.splitlines()
    assert status and all(line.startswith("??") for line in status), status  # new files only
    published = (copy / "exports" / FIRST / "claims-ledger.jsonld").read_text()
    assert "ai-patents" not in published and "ai-patents-ranking" not in (copy / "exports" / FIRST / "index.html").read_text()
    run([*git, "add", "-A"], copy, env)
    run([*git, "commit", "-q", "-m", "patents"], copy, env)

    run([*git, "checkout", "-q", "main"], copy, env)
    run([*git, "checkout", "-q", "-b", "robots"], copy, env)
    described = [f"--{key}={value}" for key, value in ARTICLE.items()]
    said = run([python, "-m", "kit", "new-article", "planet_2025", *described], copy, env).stdout
    assert "data/articles/planet_2025/statements.csv" in said and "kit new <story>" in said
    refused = subprocess.run([python, "-m", "kit", "new", "robots", "--title", "Robots"], cwd=copy, env=env,
                             capture_output=True, text=True)
    known = ", ".join(sorted([*articles.names(), "planet_2025"]))
    assert refused.returncode == 1 and f"add --article with one of: {known}." in refused.stderr
    assert not (copy / "kit" / "stories" / "robots").exists()
    run([python, "-m", "kit", "new", "robots", "--title", "Robots per worker", "--article", "planet_2025"], copy, env)
    assert (copy / "data" / "articles" / "planet_2025" / "robots.csv").is_file()
    run([python, "-m", "kit", "check"], copy, env)
    checked = run([python, "-m", "kit", "test", "robots"], copy, env).stdout
    assert "All good: robots builds" in checked
    run([*git, "add", "-A"], copy, env)
    run([*git, "commit", "-q", "-m", "robots"], copy, env)
    merged = subprocess.run([*git, "merge", "-q", "patents", "-m", "both"], cwd=copy, env=env, capture_output=True)
    assert merged.returncode == 0, merged.stdout + merged.stderr  # no conflict
    run([python, "-m", "kit", "check"], copy, env)
    shared = [
        "tests/test_articles.py",
        "tests/test_ledger.py",
        "tests/test_data.py::test_every_source_folder_describes_itself_and_every_file_in_it",
        "tests/test_i18n.py::test_every_text_is_translated_and_follows_todays_english",
        "tests/test_story.py::test_a_sound_declaration_has_no_problems",
        "tests/test_story.py::test_every_resource_a_story_reads_is_one_it_declares",
    ]
    checks = run([python, "-m", "pytest", "-q", *shared], copy, env)
    assert " passed" in checks.stdout and "failed" not in checks.stdout


def test_kit_new_and_new_article_say_what_is_wrong_on_the_command_line(capsys):
    from kit import __main__ as cli

    assert cli.main(["new", "ai_patents", "--title", "Two\nlines"]) == 1
    assert "control character" in capsys.readouterr().err
    assert cli.main(["new-article", "x_2025", "--headline", "H", "--publisher", "P", "--url", "nope",
                     "--published", "2025-01-01"]) == 1
    assert "is not the article's web address" in capsys.readouterr().err
    with pytest.raises(KitError):
        scaffold.plan("ai_patents", "  ", FIRST)
