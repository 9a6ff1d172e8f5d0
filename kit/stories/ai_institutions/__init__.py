"""Russia in the world's top 200 AI research institutions, ranked by accepted papers at top AI conferences."""

from kit.stories.ai_institutions import charts, compute
from kit.story import Story, deferred

_explore = deferred(f"{__name__}.explore")  # its explorers load the widget libraries: imported when first opened

STORY = Story(
    package=__name__,
    title="Is any Russian institution among the world's top 200 in AI research?",
    article=compute.ARTICLE,
    notebook="02_ai_institutions",
    sources=(
        *compute.RANKINGS.values(),
        compute.RUSSIAN_PAPERS,
        compute.INPUTS,
        compute.PUBLISHED,
        compute.NEURIPS_RUSSIAN,
        compute.NEURIPS_CUTOFFS,
        compute.PUBLISHED_RANKINGS,
    ),
    claims={compute.CLAIM: (charts.SEATS, charts.CUTOFF)},
    verdicts=compute.verdicts,
    charts={charts.SEATS: charts.seats_chart, charts.CUTOFF: charts.cutoff_chart},
    explorers={
        "top-200 places by country": _explore.institution_seats,
        "institutions against the cut-off": _explore.institution_cutoff,
    },
    tables={"ai_institutions_2023_24": compute.tidy},
    languages=("en", "uk", "ru"),
    facts=True,
)
