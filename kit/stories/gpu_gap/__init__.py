"""Sberbank's GPUs since February 2022 against Microsoft's in 2024 (Omdia's estimates), as stated and per year."""

from kit.stories.gpu_gap import charts, compute
from kit.story import Story, deferred

_explore = deferred(f"{__name__}.explore")  # its explorers load the widget libraries: imported when first opened

STORY = Story(
    package=__name__,
    title="Sberbank's GPUs against Microsoft's",
    article=compute.ARTICLE,
    notebook="05_gpu_gap",
    sources=(compute.SBERBANK, *compute.OMDIA.values()),
    claims={compute.CLAIM: (charts.GAP,)},
    verdicts=compute.verdicts,
    charts={charts.GAP: charts.gap_chart},
    explorers={"compare GPU buyers": _explore.compare_gpu_buyers},
    tables={"gpu_purchases": compute.tidy},
    languages=("en", "uk", "ru"),
    facts=True,
)
