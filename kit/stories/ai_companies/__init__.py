"""Russian firms in the world's top 100 AI (or technology) firms, read against the nearest published lists."""

from kit.stories.ai_companies import charts, compute
from kit.story import Story, deferred

_explore = deferred(f"{__name__}.explore")  # its explorers load the widget libraries: imported when first opened

STORY = Story(
    package=__name__,
    title="Is any Russian company among the world's top 100 AI (or technology) firms?",
    article=compute.ARTICLE,
    notebook="03_ai_companies",
    sources=(*(spec.resource for spec in compute.LISTS.values()), compute.RUSSIAN_CAPS),
    claims={
        compute.AI_CLAIM: (charts.BY_COUNTRY,),
        compute.TECH_CLAIM: (charts.MARKET_VALUE, charts.BY_COUNTRY),
    },
    verdicts=compute.verdicts,
    charts={charts.BY_COUNTRY: charts.countries_chart, charts.MARKET_VALUE: charts.market_value_chart},
    explorers={"companies by country": _explore.company_lists},
    tables={"ai_companies_2025_26": compute.tidy},
    languages=("en", "uk", "ru"),
    facts=True,
)
