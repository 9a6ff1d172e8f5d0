"""Bad input gets a clear error and loses nothing: the list of cases the reliability issue names, each mapped
to the test that covers it, plus the cases no other module covered. Every kit error says what is wrong,
where, and how to fix it."""

from __future__ import annotations

import ast
import html
import inspect

import pytest

from kit import data, errors, fmt, paths
from kit.errors import KitError, SchemaError, UnknownCountryError
from kit.stories.ai_vibrancy import compute as vibrancy

PILLARS = "gvt_2025_pillar_scores"

# Every bad-input case of the issue -> the test that covers it ("module::function"; the module is a path under
# tests/ without .py, such as "stories/test_ai_vibrancy").
CASES = {
    "missing raw file": "test_data::test_a_missing_file_is_refused",
    "checksum mismatch": "test_data::test_a_changed_file_is_refused_with_the_file_and_the_fix_named",
    "damaged raw data stops the build before it runs": "test_build::test_damaged_raw_data_stops_the_build_before_any_notebook_runs",
    "malformed CSV (extra field, open quote, not UTF-8, empty file, no rows)": "test_bad_input::test_a_malformed_csv_is_refused",
    "missing column": "test_bad_input::test_a_missing_column_is_refused",
    "misnamed column": "test_data::test_schema_problems_are_refused_even_after_a_rehash_attempt",
    "wrong type": "test_data::test_schema_problems_are_refused_even_after_a_rehash_attempt",
    "duplicate keys": "test_data::test_schema_problems_are_refused_even_after_a_rehash_attempt",
    "missing values where none are allowed": "test_data::test_schema_problems_are_refused_even_after_a_rehash_attempt",
    "value out of range": "test_data::test_schema_problems_are_refused_even_after_a_rehash_attempt",
    "broken description of a source": "test_data::test_a_broken_description_is_reported",
    "unknown resource name (closest suggested)": "test_data::test_an_unknown_resource_suggests_the_closest_name",
    "unknown country name (closest suggested, pycountry)": "test_countries::test_unknown_names_get_suggestions",
    "unknown country code (closest suggested)": "test_bad_input::test_an_unknown_country_code_suggests_the_closest",
    "real country outside the dataset": "test_countries::test_a_real_country_outside_the_set_says_why",
    "weights negative, all zero, NaN, infinite, not numbers, unknown pillar": "stories/test_ai_vibrancy::test_impossible_weights_raise_a_clear_value_error",
    "widget: empty or oversized selection (message, no traceback)": "test_widgets::test_a_bad_selection_shows_a_message_and_hides_the_stale_chart",
    "widget: all weights zero (message)": "test_widgets::test_all_weights_at_zero_is_a_message",
    "export folder cannot be written": "test_export::test_an_unwritable_export_folder_is_reported_and_nothing_is_written",
    "widget: export folder cannot be written (message)": "test_widgets::test_an_unwritable_export_folder_is_a_message",
    "write fails midway (previous export intact)": "test_export::test_a_failure_midway_leaves_the_previous_export_intact",
    "folder swap fails (previous export put back)": "test_export::test_a_failed_swap_puts_the_previous_export_back",
    "table write fails (previous file intact)": "test_export::test_a_failed_table_write_keeps_the_previous_file",
    "render fails (nothing written)": "test_export::test_a_render_failure_writes_nothing",
    "chart title with /, .. or odd characters as a file name": "test_export::test_titles_become_safe_file_names",
    "any title gives a safe file name (property)": "test_properties::test_slugify_never_gives_a_path_or_an_empty_name",
    "title with no usable character": "test_export::test_a_title_with_no_usable_characters_is_refused",
    "failing notebook cell named in the build": "test_build::test_a_failing_notebook_is_named_with_its_cell",
    "refresh: corrupted, truncated, missing, failing-schema, hanging source": "test_refresh::test_a_bad_download_leaves_the_data_untouched_and_says_why",
    "refresh: oversized download": "test_refresh::test_an_oversized_download_is_refused",
}


def test_every_bad_input_case_has_a_test_that_exists():
    tests = paths.ROOT / "tests"
    for case, target in CASES.items():
        module, function = target.split("::")
        path = tests.joinpath(*module.split("/")).with_suffix(".py")
        assert path.is_file(), f"{case!r}: {target} names no test module"
        source = path.read_text(encoding="utf-8")
        names = {node.name for node in ast.walk(ast.parse(source)) if isinstance(node, ast.FunctionDef)}
        assert function in names, f"{case!r}: {target} does not exist"


def test_every_kit_error_raised_says_how_to_fix_it():
    """Static check over every kit module: each raise of a kit error gives a `fix` (new modules included)."""
    kit_errors = {name for name, cls in inspect.getmembers(errors, inspect.isclass) if issubclass(cls, KitError)}
    missing = []
    for module in sorted((paths.ROOT / "kit").glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                name = getattr(node.exc.func, "id", getattr(node.exc.func, "attr", ""))
                if name in kit_errors and "fix" not in {kw.arg for kw in node.exc.keywords}:
                    missing.append(f"{module.name}:{node.lineno} {name}")
    assert not missing, f"kit errors raised without a fix: {missing}"


def assert_clear(error: KitError, *named: str) -> None:
    """The message names what is wrong and where, and says how to fix it."""
    message = str(error)
    assert error.problem and error.fix and f"Fix: {error.fix}" in message
    for text in named:
        assert text in message, f"{text!r} not named in:\n{message}"


def damage_and_rehash(data_copy, change) -> SchemaError:
    """Damage the pillar scores, try to record them: the schema check must refuse, their description unchanged."""
    path, description = data.path_of(PILLARS), data.description_of(PILLARS)
    assert description.is_relative_to(data_copy)
    description_before = description.read_bytes()
    path.write_bytes(change(path.read_bytes()))
    with pytest.raises(SchemaError) as error:
        data.rehash(PILLARS)
    assert description.read_bytes() == description_before
    assert [type(problem) for problem in data.check_all()] != []  # the damaged file is also reported by `check`
    return error.value


@pytest.mark.parametrize(
    "change, named",
    [
        (lambda raw: raw.replace(b"Russia,RUS,R&D,2.127", b"Russia,RUS,R&D,2.127,extra"), "extra value"),
        (lambda raw: raw.replace(b"Russia,RUS,R&D,2.127", b'"Russia,RUS,R&D,2.127'), "pillar_scores.csv"),
        (lambda raw: raw.replace(b"Russia", "Росія".encode("cp1251")), "pillar_scores.csv"),
        (lambda raw: b"", "pillar_scores.csv"),
        (lambda raw: raw.splitlines(keepends=True)[0], "no data rows"),
    ],
    ids=["extra field", "unclosed quote", "not UTF-8", "empty file", "header only"],
)
def test_a_malformed_csv_is_refused(data_copy, change, named):
    error = damage_and_rehash(data_copy, change)
    assert_clear(error, named, "git checkout --")


def test_a_missing_column_is_refused(data_copy):
    def drop_score(raw: bytes) -> bytes:
        return b"\n".join(line.rpartition(b",")[0] for line in raw.splitlines()) + b"\n"

    error = damage_and_rehash(data_copy, drop_score)
    assert_clear(error, "pillar_scores.csv")
    assert "score" in error.problem


@pytest.mark.parametrize("code, suggested", [("RUZ", "Russia (RUS)"), ("USB", "United States (USA)")])
def test_an_unknown_country_code_suggests_the_closest(code, suggested):
    with pytest.raises(UnknownCountryError) as error:
        vibrancy.resolve_country(code)
    assert_clear(error.value, code, f"Did you mean {suggested}")


WEIGHTINGS = {  # extreme but finite weights -> the plain weights that rank alike (only proportions count)
    "1e308 on one pillar": ({"R&D": 1e308}, {"R&D": 1.0}),
    "1e308 on two pillars": ({"R&D": 1e308, "Talent": 1e308}, {"R&D": 1.0, "Talent": 1.0}),
    "the tiniest weight on every pillar": ("tiniest", "ones"),
}


@pytest.mark.parametrize("case", list(WEIGHTINGS))
def test_extreme_weights_rank_chart_export_and_explore_like_their_proportions(case, out_dirs):
    from kit import export
    from kit.charts import WEB
    from kit.stories.ai_vibrancy import charts as vibrancy_charts
    from kit.stories.ai_vibrancy import explore

    pillars = vibrancy.pillars()
    extreme, plain = WEIGHTINGS[case]
    if extreme == "tiniest":
        extreme, plain = {p: 5e-324 for p in pillars}, {p: 1.0 for p in pillars}
    plain = {p: plain.get(p, 0.0) for p in pillars}
    ranking = vibrancy.rank(extreme)
    assert ranking[["iso3", "rank"]].equals(vibrancy.rank(plain)[["iso3", "rank"]])
    chart = vibrancy_charts.ranking_chart(extreme)
    assert f"Russia ranks {fmt.ordinal(ranking.set_index('iso3').loc['RUS', 'rank'])} of 36" in chart.title
    assert export.render(chart, WEB, formats=("png",))["png"].startswith(b"\x89PNG")
    explorer = explore.reweight_index()
    for slider in explorer.controls.values():
        slider.max = 1e308
    explorer.set_state(extreme)
    assert explorer.chart is not None and explorer.status.value == f"<b>{html.escape(chart.title)}</b>"
