"""Every chart every story declares (found through the stories, not listed here) passes the chart check at every
width and in every language: a graphics editor could publish it as it is."""

from __future__ import annotations

import pytest

from kit import chartcheck, i18n, story

DECLARED = [(each.name, slug, language) for each in story.stories() for slug in each.charts for language in i18n.LANGUAGES]


@pytest.mark.parametrize("name, slug, language", DECLARED, ids=[f"{slug}-{language}" for _, slug, language in DECLARED])
def test_every_declared_chart_passes_the_check_at_every_width_in_every_language(name, slug, language):
    with i18n.use(language):
        chart = story.get(name).chart(slug)
    assert chart.language == language
    problems = chartcheck.check(chart)
    assert not problems, "\n".join(str(problem) for problem in problems)



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
    with i18n.use(language):
        chart = _explored()[name]()
    problems = chartcheck.check(chart)
    assert not problems, "\n".join(str(problem) for problem in problems)
