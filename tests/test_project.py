"""Project promises: pinned environments agree, the two commands are documented, nothing reads the research
folder that sits beside the checkout (users do not have it), the machinery and the shared tests name no article,
story or source."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib

import yaml

from kit import paths

ROOT = paths.ROOT
RESEARCH_FOLDER = "/".join(["..", "shared"])


def pinned(requirements):
    pins = {}
    for line in requirements:
        name, _, version = line.partition("==")
        pins[re.sub(r"[-_.]+", "-", name.strip().lower())] = version.strip()
    return pins


def test_environment_yml_names_the_same_packages_and_versions_as_pyproject():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = project["dependencies"] + [r for extra in project["optional-dependencies"].values() for r in extra]
    assert all("==" in requirement for requirement in declared), "every dependency must be pinned"
    environment = yaml.safe_load((ROOT / "environment.yml").read_text())
    pip_section = next(d["pip"] for d in environment["dependencies"] if isinstance(d, dict))
    assert pinned(pip_section) == pinned(declared)
    assert "python=3.11" in environment["dependencies"]


def test_the_lock_file_resolves_the_same_pins():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    declared = pinned(project["dependencies"] + project["optional-dependencies"]["test"])
    lines = [line for line in (ROOT / "requirements.lock").read_text().splitlines() if "==" in line]
    locked = pinned(line.split(";")[0] for line in lines)
    assert all(locked.get(name) == version for name, version in declared.items())


def test_jsonschema_is_imported_without_compiling_grammars():
    """The Makefile leaves rfc3987-syntax out of the environment (jsonschema compiles 38 grammars with it at every
    import, 3 s); this fails when a dependency brings it, or lark, back."""
    code = "import sys, jsonschema, nbformat; print(sorted({'lark', 'rfc3987_syntax'} & set(sys.modules)))"
    loaded = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout.strip()
    assert loaded == "[]", f"importing jsonschema loaded {loaded}: see LEFT_OUT in the Makefile"
    assert not re.search(r"^(rfc3987-syntax|lark)==", (ROOT / "requirements.lock").read_text(), re.MULTILINE)


def test_ci_runs_exactly_the_readme_test_command():
    readme = (ROOT / "README.md").read_text()
    assert "make figures" in readme and "make test" in readme
    commands = [
        line.strip()
        for line in (ROOT / ".ci" / "run").read_text().splitlines()
        if line.strip() and not line.startswith("#") and not line.startswith(("set ", "cd "))
    ]
    assert commands == ["make test"]


def test_nothing_in_the_project_reads_the_shared_research_folder():
    listing = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True)
    tracked = (
        listing.stdout.split()
        if listing.returncode == 0
        else [str(p.relative_to(ROOT)) for p in ROOT.rglob("*") if ".venv" not in p.parts and p.is_file()]
    )
    for name in tracked:
        path = ROOT / name
        if path.is_file() and path.suffix in {".py", ".ipynb", ".json", ".toml", ".yml", ".cfg"} or path.name in {"Makefile", "run"}:
            assert RESEARCH_FOLDER not in path.read_text(errors="ignore"), name


# The kit's languages named together ("Ukrainian or Russian", "English, Ukrainian and Russian"): languages, not
# the subject of an article.
LANGUAGE_NAMES = re.compile(r"\b(?:English|Ukrainian|Russian)(?:(?:,| and| or|/)\s*(?:English|Ukrainian|Russian)\b)+")


def test_the_machinery_names_no_article_country_or_source():
    """Outside kit/stories/, nothing names the checked article, its subject or its sources: the kit is for the
    next story too. Every resource, source folder and article name is looked for, plus the story's own words."""
    from kit import articles, data

    words = {"russia", "russian", "росія", "россия", "putin", "kremlin", "united24", "stanford", "sberbank"}
    words |= {"omdia", "forbes", "rfe/rl", "microsoft", "vibrancy", "skoltech"}
    words |= {name.lower() for name in data.names()} | {p.name.lower() for p in data.source_folders()}
    words |= {name.lower() for name in articles.names()}
    pattern = re.compile(r"\b(?:RUS|" + "|".join(re.escape(w) for w in sorted(words)) + r")\b", re.IGNORECASE)
    found = []
    for path in sorted((ROOT / "kit").rglob("*")):
        inside = path.relative_to(ROOT / "kit").parts
        third_party = path.suffix == ".tgz" or "node_modules" in inside  # npm packages the reader page vendors
        if path.is_file() and "stories" not in inside[:1] and path.suffix != ".pyc" and not third_party:
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                line = LANGUAGE_NAMES.sub("", line)  # "Ukrainian and Russian" names the kit's languages
                if pattern.search(line):
                    found.append(f"{path.relative_to(ROOT)}:{number}: {pattern.search(line)[0]}")
    assert not found, found


# Shared tests still to make generic (each names one story's charts, claims or sources); the list only shrinks.
NOT_YET_GENERIC = {
    "tests/test_build.py",
    "tests/test_data.py",
    "tests/test_bad_input.py",
    "tests/test_data_content.py",
    "tests/test_scaffold.py",
    "tests/test_reader.py",
    "tests/browser/test_reader_page.py",
    "tests/test_published_whole.py",
    "tests/test_i18n_pages.py",
    "tests/test_export.py",
}


def named_by_the_stories() -> set[str]:
    """Every name that belongs to one article or story, found by discovery: the articles, their statements' claim
    ids, the sources (resources and their folders), and each story's name, notebook, charts and tables."""
    from kit import articles, data, story

    names = set(articles.names()) | set(data.names()) | {folder.name for folder in data.source_folders()}
    for article in articles.names():
        names |= set(articles.statements(article)["claim_id"])
    for each in story.stories():
        names |= {each.name, each.notebook, *each.claims, *each.charts, *each.tables}
    return names


def named_in_shared_tests(root) -> list[str]:
    """Where the test files outside tests/stories/ under `root` name an article, story, claim, chart or source: a
    name counts wherever it stands between two characters that are not letters or digits (so `05_a_story`
    names the story `a_story`)."""
    names = sorted(named_by_the_stories(), key=len, reverse=True)
    pattern = re.compile(r"(?<![A-Za-z0-9])(?:" + "|".join(map(re.escape, names)) + r")(?![A-Za-z0-9])")
    return [
        f"{path.relative_to(root).as_posix()}:{number}: {match[0]}"
        for path in sorted((root / "tests").rglob("*.py"))
        if "stories" not in path.relative_to(root / "tests").parts
        and path.relative_to(root).as_posix() not in NOT_YET_GENERIC
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        for match in pattern.finditer(line)
    ]


def test_the_shared_tests_name_no_article_story_claim_chart_or_source():
    """Tests outside tests/stories/ hold for any article and story: they find what they test by discovery (or make
    it up), and one story's expectations live in tests/stories/."""
    found = named_in_shared_tests(ROOT)
    assert not found, "move these into tests/stories/ or find them by discovery:\n" + "\n".join(found)


def test_the_check_of_the_shared_tests_finds_a_story_named_in_any_spelling_of_it(tmp_path):
    from kit import story

    name, chart = story.stories()[0].name, next(iter(story.stories()[0].charts))
    (tmp_path / "tests" / "stories").mkdir(parents=True)
    (tmp_path / "tests" / "stories" / "test_x.py").write_text(f"NAME = '{name}'\n")  # allowed: a story's own tests
    spellings = {f"import kit.stories.{name}": name, f"notebooks/05_{name}.py": name, f"{chart}.png": chart}
    for spelling, named in spellings.items():
        (tmp_path / "tests" / "test_x.py").write_text(f"# nothing here\nPATH = '{spelling}'\n")
        assert named_in_shared_tests(tmp_path) == [f"tests/test_x.py:2: {named}"]
