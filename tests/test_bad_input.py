"""Bad input gets a clear error and loses nothing: the list of cases the reliability issue names, each mapped
to the test that covers it, plus the cases no other module covered. Every kit error says what is wrong,
where, and how to fix it."""

from __future__ import annotations

import ast
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
    "publishing record missing a field or holding a placeholder (make publish)": "test_build::test_a_publishing_build_refuses_an_incomplete_record_before_running_anything",
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
    # Reliability, round two (issue 17). The widget cases of that issue (set_state with an unknown value, an
    # unknown kind of weighting) belong to the explorers' rework (issue 15) and are mapped there.
    "refresh: a record that drops a country (keys vanish or appear) is refused unless --accept":
        "test_refresh::test_new_data_that_drifts_is_refused_unless_accepted",
    "refresh: a value that leaves its previous range is refused unless --accept":
        "test_refresh::test_new_data_that_drifts_is_refused_unless_accepted",
    "refresh: a restored missing file has nothing to compare with": "test_refresh::test_a_restored_file_has_nothing_to_drift_from",
    "refresh: a score that is neither a rank nor 'unranked' (NaN, negative)":
        "test_refresh::test_a_bad_download_leaves_the_data_untouched_and_says_why",
    "refresh: --timeout bounds the whole download (a server that drips)":
        "test_refresh::test_the_timeout_bounds_the_whole_download_not_each_read",
    "refresh: redirect to another host, or from https to http": "test_refresh::test_redirects_stay_on_the_host_and_never_drop_https",
    "refresh: a redirect on the same host is followed": "test_refresh::test_a_redirect_on_the_same_host_is_followed",
    "refresh: non-numeric Content-Length, deeply nested JSON, redirected elsewhere, dripping server":
        "test_refresh::test_a_bad_download_leaves_the_data_untouched_and_says_why",
    "story diff: a changed source that flips a verdict (rows, claims, before/after images)":
        "stories/test_ai_vibrancy_refresh::test_the_story_diff_shows_changed_rows_a_flipped_verdict_and_both_images",
    "semicolon-separated CSV (rehash, check and load refuse it, naming the delimiter)":
        "test_data::test_a_semicolon_separated_file_is_refused_by_rehash_check_and_load_naming_the_delimiter",
    "a declared dialect is honoured by the check and the loader alike":
        "test_data::test_a_declared_semicolon_dialect_is_honoured_by_check_and_load",
    "a byte-order mark is read alike by the check and the loader": "test_data::test_a_byte_order_mark_is_read_alike_by_check_and_load",
    "a dialect changed after the check": "test_data::test_a_dialect_changed_after_the_check_is_not_vouched_for",
    "non-finite numbers (NaN, inf)": "test_data::test_a_non_finite_number_is_refused_by_the_check_not_only_by_the_loader",
    "a description the loader would read otherwise than the check (no dialect, options, types, encoding)":
        "test_data::test_a_description_the_loader_would_read_differently_from_the_check_is_refused",
    "catalogue structure: resources null, a broken hash, no path, no schema, duplicated entry":
        "test_data::test_a_description_with_a_broken_structure_is_refused_by_name",
    "catalogue: a deleted entry stops `make check`":
        "test_story::test_a_deleted_catalogue_entry_stops_the_check_before_any_notebook_runs",
    "a story reads only the resources it declares (so the check covers them)":
        "test_story::test_every_resource_a_story_reads_is_one_it_declares",
    "chart text with two dollar amounts (no mathematics unless asked)":
        "test_text::test_dollar_amounts_stay_text_in_titles_notes_and_labels",
    "chart text with a pasted soft line break or another line-breaking control character (cleaned, with a message)":
        "test_text::test_line_breaking_control_characters_become_spaces_with_a_message",
    "chart text with any other control character (refused)": "test_text::test_other_control_characters_are_refused_naming_them",
    "chart text with a lone surrogate": "test_text::test_a_lone_surrogate_is_a_clear_error",
    "chart text with a glyph missing from the house font (an error naming it)":
        "test_text::test_a_character_the_house_font_cannot_draw_is_an_error_naming_it_not_a_warning",
    "text a chart's drawing code places itself": "test_text::test_text_a_chart_draws_itself_is_checked_too",
    "widget: undrawable chart text (message)": "test_text::test_an_explorer_shows_a_text_error_as_a_message",
    "weights of 1e308 on one or two pillars, and the tiniest weights (engine)":
        "test_composite::test_huge_or_tiny_finite_weights_neither_overflow_nor_lose_precision",
    "weights of 1e308 end to end: rank, chart, export, explorer":
        "test_bad_input::test_extreme_weights_rank_chart_export_and_explore_like_their_proportions",
    "interrupt between the two renames of a folder swap":
        "test_files::test_an_interrupt_between_the_two_renames_keeps_the_previous_export",
    "kill during a folder swap (the next run puts back or cleans up)":
        "test_files::test_a_kill_during_the_swap_is_recovered_by_the_next_run",
    "kill after a folder swap (old copy left behind)":
        "test_files::test_a_kill_after_the_swap_leaves_only_the_old_copy_which_is_cleaned_up",
    "recovery leaves a concurrent export alone": "test_files::test_recovery_leaves_alone_what_another_export_is_still_writing",
    "temporary file of a killed write": "test_files::test_stale_temporary_files_of_a_killed_write_are_removed",
    "temporary file of a killed write in a source folder":
        "test_files::test_recording_a_checksum_removes_what_a_killed_write_left_in_the_source_folder",
    "build summary counts only chart folders (no hidden staging, no story diff)":
        "test_files::test_the_build_summary_counts_only_chart_folders",
    "a build first recovers every output folder": "test_files::test_a_build_first_recovers_every_output_folder",
    "country look-ups agree in every story (UK, Turkey/Türkiye; Iran never suggests Ireland)":
        "stories/test_across_stories::test_every_story_resolves_the_same_spellings_the_same_way",
    # The journalist's workflow (issue 22): a second article, a new story, new data.
    "kit new: a title with quotes, backslashes or dollars (importable Python, kept exactly)":
        "test_scaffold::test_a_hostile_title_gives_importable_python_that_keeps_it_exactly",
    "kit new: a title with a line break or another control character; a text id in use":
        "test_scaffold::test_a_name_or_title_that_cannot_work_is_refused_before_anything_is_written",
    "kit new: a claim id or chart slug another story uses":
        "test_scaffold::test_claim_ids_and_chart_slugs_another_story_uses_are_refused",
    "kit new: a failure midway leaves no file": "test_scaffold::test_a_failure_while_writing_leaves_nothing_behind",
    "kit new: several articles and no --article (the error lists them)":
        "test_scaffold::test_a_new_article_is_described_from_the_kits_one_definition_of_a_statement",
    "kit new-article: a taken or bad id, a URL that is not http(s), a date that is not one or in the future, an "
    "unknown language (nothing written)": "test_scaffold::test_a_new_article_is_checked_before_anything_is_written",
    "a story that reads a resource no description has (the fix names SOURCE in compute.py)":
        "test_story::test_an_unknown_source_names_the_real_fix_not_a_description_to_write",
    "rehash: a new file's first checksum (no placeholder)":
        "test_data::test_rehash_records_the_first_checksum_of_a_new_file_no_placeholder_needed",
    "rehash: a value in the wrong unit, rows that vanish (refused unless --accept)":
        "test_data::test_rehash_refuses_a_value_in_the_wrong_unit_or_a_changed_key_set_unless_accepted",
    "describe: provenance left TODO (check refuses it, naming the fields); a file described twice or not a CSV":
        "test_data::test_describe_infers_a_description_and_check_refuses_it_until_its_provenance_is_filled_in",
    "set_aside with an English reason instead of a text id (it would leak into translations)":
        "test_claims::test_a_source_caveat_is_set_aside_by_a_text_only_it_contains_and_with_a_reason_from_the_catalog",
    "a chart that fails the chart check (not exported; chart, language, width and rule named)":
        "test_story::test_a_chart_that_fails_the_chart_check_is_not_exported_and_its_previous_files_stay",
    "a stale translation in a language a story publishes stops the build and `make check`":
        "test_build::test_a_stale_translation_stops_the_build_before_any_notebook_runs",
    "a story declaring an unknown language, or not English first": "test_story::test_a_typo_in_a_declaration_is_named_with_its_fix",
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
    assert explorer.chart is not None and explorer.chart.title == chart.title
    assert "&#9888;" not in explorer.status.value  # no message: the chart is shown
