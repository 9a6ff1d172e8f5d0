## The AI companies story's texts in English (ids start with "companies-").

## The lists
companies-list-all-sector = Top 100 companies of all sectors by market value, Feb 2026
companies-list-all-sector-shows = whether any Russian firm of any sector is worth as much as its 100th company
companies-list-all-sector-cannot-show = anything about technology firms worth less than that
companies-list-tech = Top 100 tech firms of the Forbes Global 2000 by market value, 2025
companies-list-tech-shows = a lower bound for what the 100th technology firm of the world is worth
companies-list-tech-cannot-show = whether a Russian firm would rank: the Global 2000 leaves Russian firms out (its 2025 list holds none)
companies-list-ai50 = Forbes AI 50, 2025 (private AI firms)
companies-list-ai50-shows = a Russian firm among 50 leading privately held AI firms, if there were one
companies-list-ai50-cannot-show = that no Russian firm is among 100 leading AI firms: it has 50 places and leaves out listed firms
companies-usd = ${ $amount }bn
companies-country-count = { $country } { $count }
companies-country-not-eligible = { $country } not eligible

## Outlets, as readers know them
companies-outlet-unn = UNN (Ukrainian National News)
companies-outlet-tsn = TSN

## Short titles where panels are narrow
companies-panel-all-sector = Top 100 of all sectors by value, Feb 2026
companies-panel-tech = Top 100 tech firms of the Forbes Global 2000, 2025
companies-panel-ai50 = Forbes AI 50, 2025 (private firms)

## Places per country in each list
companies-countries-not-eligible = not eligible
companies-countries-title-closed = The { $list } leaves Russian firms out
companies-countries-title-none =
    { $lists ->
        [1] No Russian company in the { $list }
        [2] { $closed ->
            [0] No Russian company in either of these two lists of leading firms
           *[other] No Russian company in the two lists open to Russian firms
        }
       *[other] { $closed ->
            [0] No Russian company in any of these { $lists ->
                [3] three
               *[other] { $lists }
            } lists of leading firms
           *[other] No Russian company in the { $lists ->
                [3] three
               *[other] { $lists }
            } lists open to Russian firms
        }
    }
companies-countries-title-some = Russian companies in the lists: { $counts }
companies-countries-shown-most = the countries with the most places
companies-countries-shown-chosen = the countries chosen
companies-countries-subtitle = Companies per country in each list: { $shown }, and Russia
companies-countries-note = Headquarters as each list gives them.
companies-countries-note-all-sector = The all-sector list is not limited to tech firms.
companies-countries-note-closed-tech = The Forbes Global 2000 leaves Russian firms out: Russia is not eligible there.
companies-countries-alt =
    { $none ->
        [1] Russia has no company in { $count ->
            [1] this list
           *[other] these lists
        }: { $lists }.
       *[0] Russia has { $counts } companies in these lists: { $lists }.
    } Most places: { $leader }.
companies-countries-alt-leader = Most places: { $leader }.
companies-countries-description = Companies per country. { $lists }
companies-countries-description-list = { $list }: { $places }.
companies-header-country = Country

## Russian firms' market values against the world's 100th tech firm
companies-value-row-tech = 100th tech firm, 2025
companies-value-kind-russian = Russian internet company (Forbes Russia, { $edition })
companies-value-kind-lower-bound = the world's 100th tech firm (Forbes Global 2000), a lower bound for any top-100 tech list
companies-value-header-company = Company
companies-value-header-value = Market value, $bn
companies-value-header-kind = What it is
companies-value-title = { $company }, valued at { $value }, is below the world's 100th tech firm
companies-value-subtitle = Market value, $bn: Russia's most valuable internet firms (Forbes Russia, { $edition }) and the world's 100th tech firm (Forbes Global 2000)
companies-value-note = Russian values: Forbes Russia's ranking (market data and analysts’ estimates), reported { $date }. The Forbes Global 2000’s 100th tech firm is a lower bound for any top-100 tech list.
companies-value-alt = Russia's most valuable internet firm, { $company }, valued at { $value } by Forbes Russia in { $edition }, is below the { $tech } of the world's 100th tech firm in 2025, a lower bound for any top-100 tech list.
companies-value-description = Forbes Russia's { $edition } ranking of Russian internet companies, as reported by { $reporter } on { $date }: { $values }. The 100th technology firm of the Forbes Global 2000 (2025) is worth { $tech }, a lower bound for a top-100 tech list (firms outside the Global 2000 can only raise it).

## The verdicts
companies-ai-caveat-nearest = No list of { $top } leading AI firms was found; the nearest, the Forbes AI 50, can show { $shows }, but not { $cannot }.
companies-ai-caveat-unnamed = The list the article meant is not named; CB Insights’ AI 100 could not be obtained.
companies-ai-caveat-others = The article's wording departs from its source: The Times, as { $outlets } report it, spoke of the top { $top } technology firms by market value, not of AI firms; that reading is checked separately, attributed to them.
companies-ai-aside-private = restated in the claim's { -caveat(form: "other") } on the nearest list
companies-ai-article-value = { $stated } Russian firms in the top { $top } AI firms
companies-ai-computed = { $found } Russian firms in the Forbes AI 50 (2025), whose { $size } firms are in { $countries }
companies-tech-caveat-lists = No list of the world's top { $top } technology firms by market value was found. The all-sector top { $size } of February 2026 holds { $in_all } Russian firms, so none is worth { $all } or more; the Forbes Global 2000 (2025) leaves Russian firms out, so it cannot show whether a Russian firm would rank, and gives only { $shows }: { $tech } (firms outside the Global 2000 can only raise it).
companies-tech-caveat-best = { $company }, the largest Russian internet firm in Forbes Russia's { $edition } ranking (reported { $date }), is valued at { $value }; it would have to be worth { $percent } more to reach that lower bound.
companies-tech-aside-restated = restated in the claim's { -caveat } on what each list can show
companies-tech-aside-scraped = the list is within about two weeks of the article either way, and its { $place } company ({ $value }) is worth several times any Russian internet firm
companies-tech-article-value = { $stated } Russian firms in the top { $top } technology firms by market value
companies-tech-computed = largest Russian internet firm { $company }, valued at { $value } (Forbes Russia, { $edition }), below the { $tech } that the { $place } tech firm is worth at least; { $in_all } Russian firms in the all-sector top { $size }

## The explorer
companies-explore-all-lists = All three lists
companies-explore-list = List
companies-explore-countries = Countries
companies-explore-countries-noun = countries
companies-explore-hint = Choose at least one country; Russia is always shown.
