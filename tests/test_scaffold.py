"""`python -m kit new`: a working story on example data, in a copy of the project, that builds, passes its test
and nbval, changes no tracked file, stays a draft, and merges with another new story without a conflict."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kit import paths, scaffold
from kit.errors import StoryError


@pytest.mark.parametrize(
    "name, title, expected",
    [
        ("AI-patents", "Patents", "cannot name a story"),
        ("class", "Patents", "cannot name a story"),
        ("gpu_gap", "Patents", "already a story named 'gpu_gap'"),
        ("ai_patents", "", "cannot be the story's title"),
        ("ai_patents", 'Say "hi"', "cannot be the story's title"),
    ],
)
def test_a_name_or_title_that_cannot_work_is_refused_before_anything_is_written(name, title, expected):
    with pytest.raises(StoryError, match=expected) as error:
        scaffold.plan(name, title)
    assert error.value.fix


def test_an_unknown_article_is_refused():
    with pytest.raises(Exception, match="no article named 'the_times'"):
        scaffold.plan("ai_patents", "Patents", article="the_times")


def test_the_scaffold_names_everything_after_the_story():
    planned = scaffold.plan("ai_patents", "AI patents per country")
    written = {paths.shown(path) for path in planned.files()}
    assert {"kit/stories/ai_patents/compute.py", "data/raw/ai_patents_example/datapackage.json"} <= written
    assert f"notebooks/{planned.notebook}.py" in written and "tests/stories/test_ai_patents.py" in written
    assert planned.claim == "ai-patents" and not any(path.exists() for path in planned.files())


def run(args: list[str], cwd: Path, env: dict) -> subprocess.CompletedProcess:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{' '.join(args)} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done


@pytest.fixture
def project(tmp_path) -> tuple[Path, dict]:
    """A git repository holding this project's tracked files as they are now, and the environment to run it."""
    copy = tmp_path / "project"
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=paths.ROOT, capture_output=True, check=True).stdout
    for name in filter(None, listed.decode().split("\0")):
        source = paths.ROOT / name
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            (copy / name).write_bytes(source.read_bytes())
    env = {k: v for k, v in os.environ.items() if k not in ("KIT_EXPORTS_DIR", "KIT_PROCESSED_DIR")}
    env["PYTHONPATH"] = os.pathsep.join([str(copy), env.get("PYTHONPATH", "")])
    git = ["git", "-c", "user.name=kit", "-c", "user.email=kit@example.org"]
    run(["git", "init", "-q", "-b", "main"], copy, env)
    run([*git, "add", "-A"], copy, env)
    run([*git, "commit", "-q", "-m", "base"], copy, env)
    env["GIT"] = " ".join(git)
    return copy, env


@pytest.mark.integration  # a build and a test run of a new story
def test_a_new_story_builds_passes_its_tests_changes_no_tracked_file_and_merges(project):
    copy, env = project
    git = env["GIT"].split()
    python = sys.executable
    run([*git, "checkout", "-q", "-b", "patents"], copy, env)
    created = run([python, "-m", "kit", "new", "ai_patents", "--title", "AI patents per country"], copy, env).stdout
    assert "kit/stories/ai_patents/compute.py" in created and "python -m kit build ai_patents" in created
    built = run([python, "-m", "kit", "build", "ai_patents"], copy, env).stdout
    assert "Drafts on example data (never published): ai-patents" in built
    notebook = next((copy / "notebooks").glob("*_ai_patents.ipynb"))
    tested = run([python, "-m", "pytest", "-q", "tests/stories/test_ai_patents.py", str(notebook)], copy, env)
    assert " passed" in tested.stdout and "failed" not in tested.stdout
    status = run(["git", "status", "--porcelain"], copy, env).stdout.splitlines()
    assert status and all(line.startswith("??") for line in status), status  # new files only
    published = (copy / "exports" / "claims-ledger.jsonld").read_text()
    assert "ai-patents" not in published and "ai-patents-ranking" not in (copy / "exports" / "index.html").read_text()
    run([*git, "add", "-A"], copy, env)
    run([*git, "commit", "-q", "-m", "patents"], copy, env)

    run([*git, "checkout", "-q", "main"], copy, env)
    run([*git, "checkout", "-q", "-b", "robots"], copy, env)
    run([python, "-m", "kit", "new", "robots", "--title", "Robots per worker"], copy, env)
    run([python, "-m", "kit", "build", "robots"], copy, env)
    run([*git, "add", "-A"], copy, env)
    run([*git, "commit", "-q", "-m", "robots"], copy, env)
    merged = subprocess.run([*git, "merge", "-q", "patents", "-m", "both"], cwd=copy, env=env, capture_output=True)
    assert merged.returncode == 0, merged.stdout + merged.stderr  # no conflict
    run([python, "-m", "kit", "check"], copy, env)
