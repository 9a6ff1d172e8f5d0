"""The GPU gap: Sberbank's total and yearly average against Omdia's one-year estimates."""

from __future__ import annotations

import pytest

from kit import articles
from kit.claims import Verdict
from kit.errors import SelectionError
from kit.stories.gpu_gap import charts, explore
from kit.stories.gpu_gap import compute as gpus


def test_sberbanks_yearly_average_is_its_total_over_the_years_covered():
    sber = gpus.sberbank()
    assert 3.0 < sber["years"] < 3.2
    assert sber["per_year"] * sber["years"] == pytest.approx(9000)


def test_the_ratios_compare_microsoft_with_the_total_and_the_yearly_average():
    ratio = gpus.ratios()
    assert ratio["as stated"] == pytest.approx(485_000 / 9_000)
    assert ratio["per year"] == pytest.approx(485_000 / gpus.sberbank()["per_year"])


def test_the_2024_table_counts_nvidia_chips_only():
    table = gpus.purchases(2024)
    assert table.iloc[0]["buyer"] == "Microsoft" and table["units"].is_monotonic_decreasing
    assert not table["chips"].str.contains("AMD|in-house").any()


def test_the_comparison_labels_estimates_and_derived_values():
    frame = gpus.comparison(["Microsoft"], per_year=True).set_index("buyer")
    assert frame.loc["Microsoft", "qualifier"] == "estimate"
    assert frame.loc["Sberbank", "qualifier"] == "derived" and frame.loc["Sberbank", "derived"]


@pytest.mark.parametrize(
    "selection, year, message",
    [
        (["Yandex"], 2024, "No estimates for Yandex"),
        (["xAI + Tesla (combined)"], 2023, "No 2023 estimate"),
        ([], 2024, "0 buyers chosen"),
    ],
)
def test_bad_choices_are_refused_with_a_clear_message(selection, year, message):
    with pytest.raises(SelectionError, match=message):
        charts.gap_chart(selection, year)


def test_buyers_without_an_estimate_for_the_year_are_left_out_and_named():
    chart = charts.gap_chart(["Meta", "xAI + Tesla (combined)"], 2023)
    assert chart.data["buyer"].tolist() == ["Meta", "Sberbank"]
    assert "No 2023 estimate for xAI + Tesla (combined)" in chart.note


def test_the_chart_title_states_the_gap_as_stated_and_per_year():
    assert charts.gap_chart().title.startswith("Microsoft bought 54 times as many")
    assert charts.gap_chart(per_year=True).title.startswith("Microsoft bought 167 times as many")


def test_the_claim_is_accurate_with_caveats():
    (claim,) = gpus.verdicts()
    assert claim.verdict is Verdict.ACCURATE_WITH_CAVEATS
    assert "54 times" in claim.computed_value and "167 times" in claim.computed_value


def test_a_microsoft_figure_above_the_article_nearly_makes_it_inaccurate(edit_raw):
    edit_raw(gpus.OMDIA[2024], "Microsoft,Nvidia Hopper,485000,", "Microsoft,Nvidia Hopper,520000,")
    assert gpus.verdicts()[0].verdict is Verdict.INACCURATE


def test_a_different_sberbank_figure_in_the_article_is_inaccurate(edit_raw):
    edit_raw(articles.resource_of(gpus.ARTICLE, gpus.CLAIM), "sberbank_gpus,only,9000,", "sberbank_gpus,only,20000,")
    assert gpus.verdicts()[0].verdict is Verdict.INACCURATE


def test_only_sberbank_carries_a_value_that_is_not_an_estimate():
    tidy = gpus.tidy()
    assert set(tidy.loc[tidy["entity"] != "Sberbank", "qualifier"]) == {"estimate"}


def test_the_gpu_explorer_switches_to_per_year_and_reports_an_empty_year():
    explorer = explore.compare_gpu_buyers()
    explorer.controls["per_year"].value = True
    assert (
        "167 times" in explorer.chart.title
        and explorer.chart.slug == "gpu-gap-2024-per-year-microsoft-bytedance-tencent-meta-xai-amazon-google"
    )
    explorer.set_state({"buyers": ("xAI + Tesla (combined)",), "year": 2023})
    assert "No 2023 estimate" in explorer.status.value and explorer.export_button.disabled
