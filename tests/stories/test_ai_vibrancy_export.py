"""The AI vibrancy charts as exported: the ranking states its finding and highlights the subject, the
Datawrapper tables hold the scores unrounded (one column per pillar when compared), and the texts file names
the whole chain of sources. (How any chart is exported: tests/test_export.py.)"""

from __future__ import annotations

import json

import pytest

from kit import charts, export
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


def test_datawrapper_csv_has_labels_first_and_raw_numbers(chart, out_dirs):
    export.export(chart, widths=WEB_ONLY)
    folder = export.folder_of("ai-vibrancy-ranking")
    lines = (folder / "ai-vibrancy-ranking.datawrapper.csv").read_text().splitlines()
    assert lines[0] == "country,score,rank"  # labels first, then the plotted value
    russia = next(line for line in lines if line.startswith("Russia,"))
    score = vibrancy.rank().set_index("iso3").loc["RUS", "score"]
    assert russia == f"Russia,{float(score)!r},28"  # whole numbers without ".0", scores unrounded


def test_datawrapper_table_pivots_long_data_to_one_column_per_series():
    comparison = vibrancy_charts.comparison_chart(["Russia", "China"])
    table = export.datawrapper_table(comparison.data, comparison.wide)
    assert table.columns.tolist() == ["country", *vibrancy.pillars()]
    assert table["country"].tolist() == ["China", "Russia"]  # in the chart's order (overall rank)
    scores = vibrancy.pillar_scores()
    assert table.set_index("country").loc["Russia", "Talent"] == scores.loc["RUS", "Talent"]


def test_the_texts_file_carries_the_description_and_the_full_source_chains(chart, out_dirs):
    export.export(chart, widths=WEB_ONLY)
    texts = json.loads((export.folder_of("ai-vibrancy-ranking") / "ai-vibrancy-ranking.json").read_text())
    assert texts["description"].startswith("Overall AI vibrancy scores (0-100) of 36 countries")
    assert any("AI-Governance-Map" in chain and "retrieved" in chain for chain in texts["sources"])
