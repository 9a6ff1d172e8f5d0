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
    assert 2.9 < sber["years"] < 3.0
    assert sber["per_year"] * sber["years"] == pytest.approx(9000)


def test_sberbanks_period_ends_at_the_report_not_at_a_later_repost():
    sber = gpus.sberbank()
    assert sber["period_end_latest"] == "2025-02-08" and sber["cited_on"] == "2025-04-03"
    assert gpus.period(sber) == "2022-02 to 2025-02 at the latest"


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
    assert chart.data["label"].tolist() == ["Meta", "Sberbank, since February 2022", "Sberbank, yearly average (derived)"]
    assert "No 2023 estimate for xAI + Tesla (combined)" in chart.note


def test_the_chart_title_states_the_gap_as_stated_and_per_year():
    stated, per_year = charts.gap_chart().title, charts.gap_chart(per_year=True).title
    assert stated == "Omdia estimates Microsoft's 2024 chips at over 50 times Sberbank's 3-year total"
    assert per_year == "Omdia estimates Microsoft's 2024 chips at over 150 times Sberbank's yearly average"
    assert "Nvidia" not in stated  # Sberbank's chips are of no stated type


def test_the_claim_is_accurate_with_caveats():
    (claim,) = gpus.verdicts()
    assert claim.verdict is Verdict.ACCURATE_WITH_CAVEATS
    assert "54 times" in claim.computed_value and "about 160 times per year" in claim.computed_value
    assert "GPUs of unstated type" in claim.computed_value and "Nvidia Hopper chips (Omdia's estimate)" in claim.computed_value
    assert any("no Russian primary source for the figure was found" in caveat for caveat in claim.caveats)
    assert not any("exists" in caveat for caveat in claim.caveats)


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
        "over 150 times" in explorer.chart.title
        and explorer.chart.slug == "gpu-gap-2024-per-year-microsoft-bytedance-tencent-meta-xai-amazon-google"
    )
    explorer.set_state({"buyers": ("xAI + Tesla (combined)",), "year": 2023})
    assert "No 2023 estimate" in explorer.status.value and explorer.export_button.disabled
