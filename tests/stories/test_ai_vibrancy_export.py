"""The AI vibrancy charts as exported: the ranking states its finding and highlights the subject, the
Datawrapper tables hold the scores at the precision the charts show them, under headers and labels in the file's
language (one column per pillar when compared), and the texts file names the whole chain of sources. (How any
chart is exported: tests/test_export.py.)"""

from __future__ import annotations

import json

import pytest

from kit import charts, countries, export, fmt, words
from kit.stories.ai_vibrancy import charts as vibrancy_charts
from kit.stories.ai_vibrancy import compute as vibrancy

WEB_ONLY = [charts.WEB]


@pytest.fixture(scope="module")
def chart():
    return vibrancy_charts.ranking_chart()


def test_the_ranking_chart_states_its_finding_and_highlights_the_subject(chart):
    ranking = vibrancy.rank().set_index("iso3")
    assert f"{ranking.loc['RUS', 'rank']}th of {len(ranking)}" in chart.title
    assert chart.source == "Source: Stanford HAI Global AI Vibrancy Tool (2025), recomputed by AI-Governance-Map"
    assert chart.data["role"].value_counts().to_dict() == {"context": 29, "named": 6, "subject": 1}
    assert "less than 0.1 points behind Italy (27th) and ahead of Austria (29th)" in chart.alt_text


def test_datawrapper_csv_has_labels_first_and_the_scores_as_the_chart_shows_them(chart, out_dirs):
    folder = out_dirs[0] / "ai-vibrancy-ranking"
    export.export(chart, widths=WEB_ONLY, folder=folder, languages=("en", "uk", "ru"))
    score = vibrancy.rank().set_index("iso3").loc["RUS", "score"]
    shown = fmt.decimal(score, language="en")  # one decimal, as the value labels
    for stem, header, russia in (
        ("ai-vibrancy-ranking", "Country,Score,Rank", f"Russia,{shown},28"),
        ("ai-vibrancy-ranking.uk", "Країна,Оцінка,Місце", f"Росія,{shown},28"),
        ("ai-vibrancy-ranking.ru", "Страна,Оценка,Место", f"Россия,{shown},28"),
    ):
        lines = (folder / f"{stem}.datawrapper.csv").read_text(encoding="utf-8").splitlines()
        assert lines[0] == header  # labels first, then the plotted value, headers in the file's language
        assert russia in lines and lines[1].split(",")[0] in {"United States", "США"}
        assert all(len(line.split(",")[1].partition(".")[2]) <= 1 for line in lines[1:])


def test_datawrapper_table_pivots_long_data_to_one_column_per_series():
    comparison = vibrancy_charts.comparison_chart(["Russia", "China"])
    for language, header in (("en", "Country"), ("uk", "Країна"), ("ru", "Страна")):
        shown = comparison.in_language(language)
        table = export.datawrapper_table(shown.data, shown.wide)
        names = [words.render(vibrancy.pillar_name(p), language) for p in vibrancy.pillars()]
        assert table.columns.tolist() == [header, *names]
        assert table.iloc[:, 0].tolist() == [shown_name("CHN", language), shown_name("RUS", language)]  # by rank
    table = export.datawrapper_table(comparison.data, comparison.wide)
    talent = vibrancy.pillar_scores().loc["RUS", "Talent"]
    assert table.set_index("Country").loc["Russia", "Talent"] == float(fmt.rounded(talent, 1)) == 34.2


def test_the_robustness_table_for_datawrapper_has_readable_headers_and_whole_ranks():
    chart = vibrancy_charts.robustness_chart(vibrancy.simulate_ranks(draws=10_000))
    for language in ("en", "uk", "ru"):
        shown = chart.in_language(language)
        table = export.datawrapper_table(shown.data, shown.wide)
        assert not [c for c in table.columns if "_" in c], table.columns  # no internal keys as headers
        assert all(str(v).isdigit() for v in table.iloc[:, 1:].to_numpy().ravel())
        assert not {"True", "False"} & set(map(str, table.to_numpy().ravel()))
    english = export.datawrapper_table(chart.data, chart.wide)
    assert english.columns.tolist() == ["Country", "Median rank", "Middle 90% from", "Middle 90% to", "Best rank",
                                        "Worst rank", "Rank with Stanford's weights"]


def shown_name(iso3: str, language: str) -> str:
    return countries.shown_name(iso3, vibrancy.country_names()[iso3]).in_language(language)


def test_the_texts_file_carries_the_description_and_the_full_source_chains(chart, out_dirs):
    export.export(chart, widths=WEB_ONLY, folder=out_dirs[0] / "ai-vibrancy-ranking", languages=("en",))
    texts = json.loads((out_dirs[0] / "ai-vibrancy-ranking" / "ai-vibrancy-ranking.json").read_text())
    assert texts["description"].startswith("Overall AI vibrancy scores (0–100) of 36 countries")
    assert any("AI-Governance-Map" in chain and "retrieved" in chain for chain in texts["sources"])
