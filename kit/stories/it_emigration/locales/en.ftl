## The IT emigration story's texts in English (ids start with "emigration-").

emigration-source = Sources: Russia's Ministry of Digital Development, RAEC, Russoft, Rosstat and ministers (2022-25)

## Row labels of the estimates chart: who, when, and what the figure counts (by estimate id)
emigration-label-raec-first-wave = RAEC ({ $when }): left by late March
emigration-label-raec-april-forecast = RAEC ({ $when }): forecast for April
emigration-label-russoft-first-half = Russoft ({ $when }): left in January–June
emigration-label-ministry-december = Digital ministry ({ $when }): abroad, not returned
emigration-label-bne-sum = Ministry via bne ({ $when }): not returned, both waves

## The estimates chart
emigration-estimates-title = The article's { $stated } is the ministry's year-end count of IT workers abroad
emigration-estimates-title-differs =
    The ministry counted { $ministry } IT { $n ->
        [one] worker
       *[other] workers
    } abroad; the article says { $stated }
emigration-estimates-subtitle = IT specialists who left, were forecast to leave or were abroad and had not returned, by who said it and when
emigration-estimates-note = Open circles: RAEC's forecast, and our sum of the ministry's two components as bne summarised them. The estimates count different periods; many who left came back.
emigration-estimates-alt = The article's { $stated } is the ministry's year-end figure for IT specialists abroad who had not returned in { $year }; other estimates, from { $low } to { $high }, count other periods and other things.
emigration-estimates-description = Estimates of IT emigration from Russia in { $year }, in the order they were stated: { $estimates }. The article gives { $stated }.
emigration-estimates-description-row = { $label }, { $span }
emigration-estimates-reference = Article: { $stated }
emigration-status =
    { $status ->
        [derived] our sum (derived)
        [forecast] forecast
       *[reported] as reported
    }
emigration-column-estimate = Estimate
emigration-column-low = Low end
emigration-column-high = High end

## The shares chart
emigration-shares-label = { $year }: { $headcount } ({ $who })
emigration-short-hse-2018 = HSE
emigration-short-interior-ministry-2022 = Zubov
emigration-short-parshin-2022 = Parshin
emigration-short-shadayev-2022 = Shadayev
emigration-short-chernyshenko-2022 = Chernyshenko
emigration-short-rosstat-2023 = Rosstat
emigration-short-grigorenko-2024 = Grigorenko
emigration-short-mishustin-2025 = Mishustin
emigration-shares-value =
    { $broad ->
        [1] { $share } (broad)
       *[0] { $share }
    }
emigration-shares-title = { $people } is { $shares } of Russia's { $year } IT workforce
emigration-shares-title-none = { $people } as a share of Russia's IT workforce
emigration-shares-subtitle = { $people } as a share of each published size of the IT workforce (year: headcount, who gave it). In bold: the IT industry in { $year }
emigration-shares-note =
    { $broad ->
        [1] Derived: { $people } divided by each headcount. 'Broad' rows count ICT occupations across the economy. Definitions differ between sources.
       *[0] Derived: { $people } divided by each headcount. Definitions differ between sources.
    }
emigration-shares-alt = { $people } is { $shares } of Russia's { $year } IT-industry workforce, depending on whose headcount; against broad counts of ICT occupations it is less.
emigration-shares-alt-none = { $people } as a share of Russia's published IT workforce sizes.
emigration-shares-description = { $people } as a share of each published size of Russia's IT workforce: { $shares }.
emigration-shares-description-row = { $year }, { $headcount } ({ $scope }, { $who }): { $share }
emigration-shares-reference = Article: { $share }
emigration-share-range = { $least }–{ $most }%
emigration-scope =
    { $broad ->
        [1] ICT occupations across the economy
       *[0] IT industry
    }
emigration-column-headcount = Workforce figure
emigration-column-share = { $people } as a share, %
emigration-column-value = Headcount
emigration-column-year = Year

## The verdict
emigration-article-value =
    about { $people } { $n ->
        [one] person
       *[other] people
    }, about { $share } of the IT workforce, in { $year }
emigration-computed-value = about { $people } abroad and not returned, '{ $minister }' (the ministry, { $date }); { $share } of the ministry's count of the { $year } IT workforce, { $headcount } (derived)
emigration-caveat-figures =
    Both figures are the digital ministry's ({ $date }): about { $people } { $n ->
        [one] IT specialist
       *[other] IT specialists
    } abroad who had not come back, across both { $year } waves; the minister put their share at '{ $minister }', which the article gives as 'about { $article }'.
emigration-caveat-denominators =
    Against the ministry's own count of the { $year } IT workforce ({ $headcount }, { $who }, { $month }), { $people } is { $share } (derived){ $understated ->
        [1] , so 'about { $article }' understates the share
       *[0] { "" }
    }; { $others }. Broad counts of ICT occupations ({ $broad }) would make it { $shares }.
emigration-caveat-other-headcount = { $headcount } ({ $who }) gives { $share }
emigration-caveat-periods = Other estimates count other periods: { $estimates }. RAEC's { $forecast } for { $period } was a forecast.
emigration-caveat-returns = Many came back: official statements put the share of leavers who returned at { $shares }, partly from the SIM-card data of mobile operators.
emigration-estimates-by = { $who } ({ $month }): { $estimates }
emigration-estimate-in-words =
    { $about ->
        [1] about { $span }
       *[0] { $span }
    } { $verb ->
        [left] left
       *[not-returned] had not returned
    } ({ $period })
emigration-dated = { $text } ({ $month })
emigration-qualified =
    { $qualifier ->
        [about] about { $figure }
        [almost] almost { $figure }
        [nearly] nearly { $figure }
        [up-to] up to { $figure }
       *[other] { $figure }
    }

## Caveats of the sources set aside, and why
emigration-aside-waves = restated in the claim's { -caveat } on the ministry's figures
emigration-aside-forecast = restated in the claim's { -caveat } on other estimates; the Bloomberg row, which restates RAEC's, is left out
emigration-aside-bne = the claim gives the two components as summarised, not their sum
emigration-aside-sim = restated in the claim's { -caveat } on returns
emigration-aside-series = the statement is about { $year } only
emigration-aside-definitions = restated in the claim's { -caveat } on the denominators, per figure
emigration-aside-round = the claim's { -caveat } on the denominators names each figure's source
emigration-aside-http = it says where a figure was read, not what the figure is

## What the data's figures cover, and who gave them (by estimate or figure id)
emigration-qualifier-two-thirds = two-thirds
emigration-period-raec-first-wave = 24 February to late March 2022
emigration-period-raec-april-forecast = April 2022
emigration-period-russoft-first-half = the first half of 2022
emigration-period-ministry-december = 2022
emigration-period-bne-spring-not-returned = the spring 2022 wave
emigration-period-bne-autumn-not-returned = after the September 2022 mobilisation
emigration-period-bne-sum = both 2022 waves
emigration-who-raec = RAEC
emigration-who-russoft = Russoft
emigration-who-bne = the ministry as bne IntelliNews summarised it
emigration-who-hse-2018 = HSE ISSEK
emigration-who-interior-ministry-2022 = a deputy interior minister's remark
emigration-who-parshin-2022 = Deputy Minister Maxim Parshin
emigration-who-shadayev-2022 = Maksut Shadayev
emigration-who-chernyshenko-2022 = Deputy Prime Minister Dmitry Chernyshenko
emigration-who-rosstat-2023 = Rosstat, via the ministry
emigration-who-grigorenko-2024 = Deputy Prime Minister Dmitry Grigorenko
emigration-who-mishustin-2025 = Prime Minister Mikhail Mishustin

## The explorer
emigration-explore-emigrants = People who left: { $people }
emigration-explore-broad = Include broad counts of ICT occupations
