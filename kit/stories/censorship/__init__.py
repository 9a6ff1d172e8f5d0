"""Roskomnadzor's AI-filter budget in dollars (over $29 million), the growth of blocked VPN content (over 1,200%),
and the tightening control over digital platforms."""

from kit.stories.censorship import charts, compute
from kit.story import Story, deferred

_explore = deferred(f"{__name__}.explore")  # its explorers load the widget libraries: imported when first opened

STORY = Story(
    package=__name__,
    title="Roskomnadzor's AI-filter budget and the growth of blocked VPN content",
    article=compute.ARTICLE,
    notebook="06_censorship",
    sources=(
        compute.BUDGET,
        compute.RATES,
        compute.STATED_USD,
        compute.CATEGORIES,
        compute.VPN_SERVICES,
        compute.BLOCKING,
    ),
    claims={
        compute.BUDGET_CLAIM: (),  # one amount at four nearly equal rates: a sentence, not a chart
        compute.GROWTH_CLAIM: (charts.BLOCKED_CATEGORIES, charts.VPN_BLOCKED),
        compute.CONTROL_CLAIM: (charts.BLOCKED_CATEGORIES, charts.VPN_BLOCKED),
    },
    verdicts=compute.verdicts,
    charts={
        charts.BLOCKED_CATEGORIES: charts.categories_chart,
        charts.VPN_BLOCKED: charts.vpn_chart,
    },
    explorers={"compare categories": _explore.compare_blocked_categories},
    tables={"censorship_2025": compute.tidy},
    languages=("en", "uk", "ru"),
    facts=True,
)
