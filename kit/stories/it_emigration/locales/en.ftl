## The IT emigration story's texts in English (ids start with "emigration-").

emigration-source = Sources: Russia's Ministry of Digital Development, RAEC, Russoft, Rosstat and ministers (2022-25)

## Row labels of the estimates chart: who, and what the figure counts (by estimate id)
emigration-label-raec-first-wave = RAEC: left by March
emigration-label-raec-april-forecast = RAEC: forecast for April
emigration-label-russoft-first-half = Russoft: left Jan-Jun
emigration-label-ministry-december = Ministry: abroad, not back
emigration-label-bne-sum = Ministry via bne: not back

## The estimates chart
emigration-estimates-title = The article's { $stated } is the ministry's year-end count of IT workers abroad
emigration-estimates-title-differs = The ministry counted { $ministry } IT workers abroad; the article says { $stated }
emigration-estimates-subtitle = IT specialists who left, were forecast to leave or were abroad and not back, by who said it and when
emigration-estimates-note = Open circles: RAEC's forecast, and the kit's sum of the ministry's two components as bne summarised them. The estimates count different periods; many who left came back.
emigration-estimates-alt = The article's { $stated } is the ministry's year-end figure for IT specialists abroad and not back in { $year }; other estimates, from { $low } to { $high }, count other periods and other things.
emigration-estimates-description = Estimates of IT emigration from Russia in { $year }, in the order they were stated: { $estimates }. The article gives { $stated }.
emigration-estimates-reference = Article: { $stated }

## The shares chart
emigration-shares-value =
    { $broad ->
        [1] { $share } (broad)
       *[0] { $share }
    }
emigration-shares-title = { $people } is { $least } to { $most } of Russia's { $year } IT workforce
emigration-shares-title-none = { $people } as a share of Russia's IT workforce
emigration-shares-subtitle = { $people } as a share of each published size of the IT workforce (year: headcount). Highlighted: { $year }'s IT industry
emigration-shares-note =
    { $broad ->
        [1] Shares derived by the kit: { $people } divided by each headcount. 'Broad' rows count ICT occupations across the economy. Definitions differ between sources.
       *[0] Shares derived by the kit: { $people } divided by each headcount. Definitions differ between sources.
    }
emigration-shares-alt = { $people } is { $least } to { $most } of Russia's { $year } IT-industry workforce, depending on whose headcount; against broad counts of ICT occupations it is less.
emigration-shares-alt-none = { $people } as a share of Russia's published IT workforce sizes.
emigration-shares-description = { $people } as a share of each published size of Russia's IT workforce: { $shares }.
emigration-shares-description-row = { $year }, { $headcount } ({ $scope }, { $who }): { $share }
emigration-scope-it-industry = IT industry
emigration-scope-broad = broad

## The verdict
emigration-article-value = about { $people } people, about { $share } of the IT workforce, in { $year }
emigration-computed-value = about { $people } abroad and not returned, '{ $minister }' (ministry, { $date }); { $share } of the ministry's count of the { $year } IT workforce, { $headcount } (derived)
emigration-caveat-figures = Both figures are the digital ministry's ({ $date }): about { $people } IT specialists abroad who had not come back, across both { $year } waves; the minister put their share at '{ $minister }', which the article gives as 'about { $article }'.
emigration-caveat-denominators =
    Against the ministry's own count of the { $year } IT workforce ({ $headcount }, { $who }, { $month }), { $people } is { $share } (derived){ $understated ->
        [1] , so 'about { $article }' understates the share
       *[0] { "" }
    }; { $others }. Broad counts of ICT occupations ({ $broad }) would make it { $least } to { $most }.
emigration-caveat-other-headcount = { $headcount } ({ $who }) gives { $share }
emigration-caveat-periods = Other estimates count other periods: { $estimates }. RAEC's { $forecast } for { $period } was a forecast.
emigration-caveat-returns = Many came back: official statements put the share of leavers who returned at { $shares }, partly from mobile operators' SIM-card data.
emigration-estimate-in-words =
    { $about ->
        [1] about { $span }
       *[0] { $span }
    } { $verb ->
        [left] left
       *[not-returned] had not returned
    } ({ $period })
emigration-qualified = { $qualifier } { $figure }

## Caveats of the sources set aside, and why
emigration-aside-waves = restated in the claim's caveat on the ministry's figures
emigration-aside-forecast = restated in the claim's caveat on other estimates; the Bloomberg row, which restates RAEC's, is left out
emigration-aside-bne = the claim gives the two components as summarised, not their sum
emigration-aside-sim = restated in the claim's caveat on returns
emigration-aside-series = the statement is about { $year } only
emigration-aside-definitions = restated in the claim's caveat on the denominators, per figure
emigration-aside-round = the claim's caveat on the denominators names each figure's source
emigration-aside-http = it says where a figure was read, not what the figure is

## Texts of the data, for their translations (English shows the data itself)
emigration-qualifier-about = about
emigration-qualifier-almost = almost
emigration-qualifier-up-to = up to
emigration-qualifier-two-thirds = two-thirds
emigration-period-raec-first-wave = 24 Feb - Mar 2022
emigration-period-raec-april-forecast = April 2022
emigration-period-russoft-first-half = H1 2022
emigration-period-bne-spring-not-returned = spring 2022 wave
emigration-period-bne-autumn-not-returned = after the September 2022 mobilisation
emigration-who-raec = RAEC
emigration-who-russoft = Russoft
emigration-who-bne = the ministry as bne IntelliNews summarised it
emigration-who-hse-2018 = HSE ISSEK
emigration-who-interior-ministry-2022 = a deputy interior minister's remark
emigration-who-parshin-2022 = Deputy Minister Maxim Parshin
emigration-who-shadayev-2022 = Maksut Shadayev
emigration-who-chernyshenko-2022 = Government of Russia
emigration-who-rosstat-2023 = Rosstat via Ministry of Digital Development
emigration-who-grigorenko-2024 = Government of Russia
emigration-who-mishustin-2025 = Government of Russia
emigration-org-hse-2018 = HSE ISSEK
emigration-org-interior-ministry-2022 = Ministry of Internal Affairs
emigration-org-parshin-2022 = Ministry of Digital Development (Deputy Minister Maxim Parshin)
emigration-org-shadayev-2022 = Ministry of Digital Development (Maksut Shadayev)
emigration-org-chernyshenko-2022 = Government of Russia
emigration-org-rosstat-2023 = Rosstat via Ministry of Digital Development
emigration-org-grigorenko-2024 = Government of Russia
emigration-org-mishustin-2025 = Government of Russia

## The explorer
emigration-explore-emigrants = People who left
emigration-explore-broad = Include broad counts of ICT occupations
