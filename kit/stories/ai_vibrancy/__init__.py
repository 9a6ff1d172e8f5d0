"""Where Stanford HAI's Global AI Vibrancy Tool (2025 edition, 2024 data) ranks Russia, rebuilt and stress-tested."""

from kit.stories.ai_vibrancy import charts, compute, extract
from kit.story import Story, deferred

_explore = deferred(f"{__name__}.explore")  # its explorers load the widget libraries: imported when first opened

STORY = Story(
    package=__name__,
    title="Where Stanford's AI vibrancy ranking puts Russia",
    article=compute.ARTICLE,
    notebook="01_ai_vibrancy",
    sources=(compute.PILLAR_SCORES, compute.DEFAULT_WEIGHTS, compute.PUBLISHED, compute.CROSSCHECK, compute.UNRANKED),
    claims={
        compute.RANK_CLAIM: (charts.RANKING, charts.ROBUSTNESS),
        compute.AHEAD_CLAIM: (charts.RANKING, charts.PILLARS),
    },
    verdicts=compute.verdicts,
    charts={
        charts.RANKING: charts.ranking_chart,
        charts.PILLARS: charts.comparison_chart,
        charts.ROBUSTNESS: charts.robustness_chart,
    },
    explorers={
        "compare countries": _explore.compare_countries,
        "re-weight the index": _explore.reweight_index,
        "rank robustness": _explore.rank_robustness,
    },
    readers={"compare countries": _explore.compare_reader, "re-weight the index": _explore.reweight_reader},
    tables={"ai_vibrancy_2024": compute.tidy},
    extractors=extract.EXTRACTORS,
    readme_figure=charts.RANKING,
    languages=("en", "uk", "ru"),
    facts=True,
)
