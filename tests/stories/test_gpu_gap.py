"""The GPU gap: Sberbank's total and yearly average against Omdia's one-year estimates."""

from __future__ import annotations

import pytest

from kit import articles, chartcheck, claims, data, export, i18n, proofread, translations, words
from kit.charts import ONE_COLUMN, WEB
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


@pytest.mark.parametrize("width", [WEB, ONE_COLUMN])
def test_the_gap_is_drawn_as_bars_from_zero_on_a_linear_axis(width):
    """A gap of fifty times looks like one: Sberbank's bar is a fiftieth of Microsoft's (a log scale made it a step)."""
    figure = charts.gap_chart().in_language("uk").figure(width)
    (axes,) = [ax for ax in figure.axes if ax.collections]
    assert axes.get_xscale() == "linear" and axes.get_xlim()[0] == 0
    lengths = [path.vertices[:, 0].max() for path in axes.collections[0].get_paths()]
    assert lengths[0] == 485_000 and lengths[-1] == 9_000  # Microsoft first, Sberbank last


@pytest.mark.parametrize("language", ["en", "uk", "ru"])
def test_the_chart_keeps_the_house_style_at_every_width_in_every_language(language):
    assert chartcheck.check(charts.gap_chart().in_language(language)) == []


@pytest.mark.parametrize(
    "language, headers, average",
    [
        ("en", ["Buyer", "AI chips"], "Sberbank, yearly average (derived)"),
        ("uk", ["Покупець", "ШІ-чипи"], "Сбербанк, середнє за рік (обчислено)"),
        ("ru", ["Покупатель", "ИИ-чипы"], "Сбербанк, среднее за год (вычислено)"),
    ],
)
def test_the_datawrapper_table_reads_in_its_language_at_the_precision_shown(language, headers, average):
    chart = charts.gap_chart().in_language(language)
    table = export.datawrapper_table(chart.data, chart.wide).replace("\u00a0", " ", regex=True)
    assert list(table.columns) == headers and table.iloc[-1].tolist() == [average, 3000]  # shown as "about 3,000"
    written = chart.data.to_csv(index=False) + table.to_csv(index=False)
    assert not proofread.PYTHON_LITERAL.search(written) and "omdia_gpu" not in written and "rferl" not in written
    if language != "en":
        cells = [cell for name in ("label", "chips", "period", "qualifier") for cell in chart.data[name]]
        assert not [found for cell in cells for found in proofread.findings(cell, language)]


@pytest.mark.parametrize(
    "language, forms",
    [
        ("en", ["0 years", "1 year", "2 years", "5 years", "11 years", "21 years", "22 years", "1.5 years"]),
        ("uk", ["0 років", "1 рік", "2 роки", "5 років", "11 років", "21 рік", "22 роки", "1,5 року"]),
        ("ru", ["0 лет", "1 год", "2 года", "5 лет", "11 лет", "21 год", "22 года", "1,5 года"]),
    ],
)
def test_counted_years_agree_with_every_kind_of_number(language, forms):
    for n, form in zip(NUMBERS, forms, strict=True):
        value = words.render(i18n.t("gpu-sberbank-value", units="9", years=n, yearly="3"), language)
        assert f" {form};" in value.replace("\u00a0", " "), value


@pytest.mark.parametrize(
    "language, about, times",
    [
        ("en", ["0 years", "1 year", "2 years", "5 years", "11 years", "21 years", "22 years", "1.5 years"],
         ["0 times", "1 time", "2 times", "5 times", "11 times", "21 times", "22 times", "1.5 times"]),
        ("uk", ["0 років", "1 року", "2 років", "5 років", "11 років", "21 року", "22 років", "1,5 року"],
         ["0 разів", "1 раз", "2 рази", "5 разів", "11 разів", "21 раз", "22 рази", "1,5 раза"]),
        ("ru", ["0 лет", "1 года", "2 лет", "5 лет", "11 лет", "21 года", "22 лет", "1,5 года"],
         ["0 раз", "1 раз", "2 раза", "5 раз", "11 раз", "21 раз", "22 раза", "1,5 раза"]),
    ],
)
def test_about_n_years_and_n_times_agree_with_every_kind_of_number(language, about, times):
    for n, years, multiple in zip(NUMBERS, about, times, strict=True):
        shown = "1.5" if n == 1.5 else str(n)
        caveat = i18n.t("gpu-caveat-period", years=n, period="p", chips="c", times=n, shown=shown, average="a",
                        per_year=n, per_year_shown=shown)
        text = words.render(caveat, language).replace("\u00a0", " ").replace("1.5", "1,5" if language != "en" else "1.5")
        assert f" {years} (p)" in text and f" {multiple}" in text, text


NUMBERS = (0, 1, 2, 5, 11, 21, 22, 1.5)


@pytest.mark.parametrize("language, name", [("uk", "Радіо Свобода"), ("ru", "Радио Свобода")])
def test_rferl_goes_by_the_name_readers_of_each_edition_know(language, name):
    (claim,) = gpus.verdicts()
    rendered = words.rendered(claim, language)
    chart = charts.gap_chart().in_language(language)
    statement = i18n.translated(translations.statement_id(gpus.CLAIM), "").in_language(language)
    texts = [statement, rendered.computed_value, *rendered.caveats, chart.source, chart.description,
             *(words.render(item.shown(), language) for item in claim.set_aside)]
    assert not [text for text in texts if "RFE/RL" in text]
    assert name in statement and name in chart.source
    (cited, *_) = rendered.citations
    assert cited.originator == name and "Financial Times" in cited.publisher and name in cited.title


def test_the_catalogs_copy_of_the_pages_cited_is_the_data():
    """The English of the cited pages' publishers and titles in en.ftl is a copy of the sources' descriptions."""
    for (source, number), key in gpus.PAGES.items():
        page = claims.page(source, number)
        assert (i18n.t(f"gpu-page-{key}-publisher"), i18n.t(f"gpu-page-{key}-title")) == (page.publisher, page.title)
    assert i18n.t("gpu-rferl") == data.resource(gpus.SBERBANK)["sources"][0]["publisher"]
