"""Every chart every story declares (found through the stories, not listed here) passes the chart check at every
width and in every language: a graphics editor could publish it as it is."""

from __future__ import annotations

import pytest

from kit import chartcheck, i18n, story

DECLARED = [(each.name, slug, language) for each in story.stories() for slug in each.charts for language in i18n.LANGUAGES]


@pytest.mark.parametrize("name, slug, language", DECLARED, ids=[f"{slug}-{language}" for _, slug, language in DECLARED])
def test_every_declared_chart_passes_the_check_at_every_width_in_every_language(name, slug, language):
    chart = story.get(name).translated(slug, language)  # as the story publishes it
    assert chart.language == language
    problems = chartcheck.check(chart)
    assert not problems, "\n".join(str(problem) for problem in problems)
