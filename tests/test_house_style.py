"""Every chart every story declares (found through the stories, not listed here) passes the chart check at every
width: a graphics editor could publish it as it is."""

from __future__ import annotations

import pytest

from kit import chartcheck, story

DECLARED = [(each.name, slug) for each in story.stories() for slug in each.charts]


@pytest.mark.parametrize("name, slug", DECLARED, ids=[slug for _, slug in DECLARED])
def test_every_declared_chart_passes_the_check_at_every_width(name, slug):
    problems = chartcheck.check(story.get(name).chart(slug))
    assert not problems, "\n".join(str(problem) for problem in problems)

