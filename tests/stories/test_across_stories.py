"""Expectations that span several stories: every story's country look-ups resolve the same spellings the same
way, and charts readers reach through the explorers, far from their first state, pass the chart check. (The
machinery itself is tested on any story in tests/test_countries.py and tests/test_house_style.py.)"""

from __future__ import annotations

import pytest

from kit import chartcheck, i18n
from kit.errors import UnknownCountryError


def _lookups():
    """Every story entry point where a reader's country names are resolved -> the codes it shows."""
    from kit.stories.ai_companies import charts as companies
    from kit.stories.ai_institutions import compute as institutions
    from kit.stories.ai_vibrancy import charts as vibrancy_charts
    from kit.stories.ai_vibrancy import compute as vibrancy

    return {
        "ai_vibrancy: resolve_country": lambda q: [vibrancy.resolve_country(q)],
        "ai_vibrancy: compare": lambda q: list(vibrancy.compare([q, "Russia"])["iso3"].unique()),
        "ai_vibrancy: comparison chart": lambda q: list(vibrancy_charts.comparison_chart([q, "Russia"]).data["iso3"].unique()),
        "ai_vibrancy: robustness chart": lambda q: list(vibrancy_charts.robustness_chart(selection=[q, "RUS"]).data["iso3"]),
        "ai_companies: countries chart": lambda q: list(companies.countries_chart(selection=[q]).data["iso3"].unique()),
        "ai_institutions: places by country": lambda q: list(institutions.seats_by_country(selection=[q])["iso3"]),
    }


@pytest.mark.parametrize("lookup", list(_lookups()))
def test_every_story_resolves_the_same_spellings_the_same_way(lookup):
    resolve = _lookups()[lookup]

    def outcome(query: str):
        try:
            return sorted(set(resolve(query)) - {"RUS"})
        except UnknownCountryError as error:
            assert "Did you mean Ireland" not in str(error), (lookup, query, str(error))
            return str(error).split(")", 1)[0].split("(", 1)[1]  # the country the message names

    assert outcome("UK") == outcome("United Kingdom") == outcome("Britain") == ["GBR"]
    assert outcome("Turkey") == outcome("Türkiye") in (["TUR"], "Türkiye, TUR")
    assert outcome("Iran") in (["IRN"], "Iran, IRN") and outcome("Ireland") == ["IRL"]


def _explored():
    """Charts readers reach through the explorers (and can export): a few far from the defaults."""
    from kit.stories.ai_institutions import charts as institutions
    from kit.stories.ai_institutions.compute import Variant
    from kit.stories.ai_vibrancy import charts as vibrancy
    from kit.stories.gpu_gap import charts as gpus

    return {
        "re-weighted ranking": lambda: vibrancy.ranking_chart({"Talent": 1.5, "R&D": 0.2}),
        "two countries compared": lambda: vibrancy.comparison_chart(["Russia", "China"]),
        "GPU gap per year, 2023": lambda: gpus.gap_chart(["Meta", "Microsoft"], 2023, per_year=True),
        "institutions, academic only": lambda: institutions.cutoff_chart(
            Variant(universe="academic_or_public_only"), ["yandex", "skoltech.ru", "msu.ru"]
        ),
    }


@pytest.mark.parametrize("language", i18n.LANGUAGES)
@pytest.mark.parametrize("name", list(_explored()))
def test_charts_from_the_explorers_pass_the_check_too(name, language):
    chart = _explored()[name]().in_language(language)  # computed once, rendered in the language, as explorers do
    problems = chartcheck.check(chart)
    assert not problems, "\n".join(str(problem) for problem in problems)
