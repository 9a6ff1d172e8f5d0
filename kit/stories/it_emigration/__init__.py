"""How many IT specialists left Russia in 2022 (the ministry's 100,000), and what share of the workforce that is."""

from kit.stories.it_emigration import charts, compute
from kit.story import Story, deferred

_explore = deferred(f"{__name__}.explore")  # its explorers load the widget libraries: imported when first opened

STORY = Story(
    package=__name__,
    title="How many IT specialists left Russia in 2022, and what share of the workforce that is",
    article=compute.ARTICLE,
    notebook="04_it_emigration",
    sources=(compute.ESTIMATES, compute.WORKFORCE),
    claims={compute.CLAIM: (charts.ESTIMATES_CHART, charts.SHARES_CHART)},
    verdicts=compute.verdicts,
    charts={charts.ESTIMATES_CHART: charts.estimates_chart, charts.SHARES_CHART: charts.shares_chart},
    explorers={"share of the IT workforce": _explore.emigration_shares},
    tables={"it_emigration_2022": compute.tidy},
    languages=("en", "uk", "ru"),
    facts=True,
)
