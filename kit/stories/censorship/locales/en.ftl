## The censorship story's texts in English (ids start with "censorship-").

## Names of the data, for their translations (English shows the data itself)
censorship-category-total = All categories
censorship-category-circumvention-tools = Circumvention tools
censorship-category-lgbt = LGBT-related
censorship-category-alcohol = Alcohol sales
censorship-category-csam = Child sexual abuse material
censorship-category-drugs = Pro-drug content
censorship-category-minors = Involvement of minors in illegal activity
censorship-category-extremism = Extremist and terrorist content
censorship-category-suicide = Suicide-related content
censorship-category-svo-fakes = 'Fakes' about the 'special military operation'
censorship-platforms = VKontakte, Odnoklassniki, Moi Mir, Otvety Mail.ru, Rutube, TikTok, Likee and Telegram

## Amounts, dates and qualifiers
censorship-qualified =
    { $qualifier ->
        [more-than] more than { $figure }
        [about] about { $figure }
        [nearly] nearly { $figure }
       *[other] { $figure }
    }
censorship-usd-millions = ${ $amount }m
censorship-usd-millions-range = ${ $low }–{ $high }m
censorship-billion-roubles = { $amount } billion roubles
censorship-days = { $first } to { $last }
censorship-late = late { $month }

## The categories chart
censorship-categories-title = { $name } grew { $growth } in 2025, { $times } the next-fastest category
censorship-categories-title-change = { $name } changed most in 2025: { $change }
censorship-categories-subtitle = Materials removed or restricted on Roskomnadzor's demand, by category, log scale: open circle 2024, dot 2025; labels: the change
censorship-categories-note = Counts posts on platforms, not websites. 'Circumvention tools' covers every way round blocks, not only VPNs. 2024 counts except the total are derived.
censorship-categories-source = Source: Roskomnadzor, in Vedomosti and RIA Novosti (2026)
censorship-categories-alt =
    Materials about circumvention tools removed on Roskomnadzor's demand rose { $growth } in 2025, to over { $count } from about { $base }; the next-fastest category: { $next }; { $fell ->
        [0] none fell
       *[other] { $fell } fell
    }.
censorship-categories-description = Materials removed or restricted on Roskomnadzor's demand on { $platforms }, 2024 and 2025 (2024 derived from the published change, except the total): { $categories }.
censorship-categories-row =
    { $name } { $change }, from { $about ->
        [1] about { $base }
       *[0] { $base }
    } to { $over ->
        [1] over { $count }
       *[0] { $count }
    }
censorship-count-status =
    { $qualifier ->
        [more-than] more than
       *[other] as reported
    }
censorship-base-status =
    { $derived ->
        [1] derived from the change
       *[0] as reported
    }
censorship-column-category = Category
censorship-column-change = Change from 2024, %
censorship-column-base = 2024 (derived, except the total)
censorship-column-count = 2025

## The VPN chart
censorship-vpn-title = Russia's count of blocked VPN services rose from { $first } to { $last }
censorship-vpn-subtitle = VPN services blocked at each date, as Roskomnadzor reported them
censorship-vpn-note = Counts at each date from Roskomnadzor's yearly October forum and, for { $when }, a later statement; single blocking actions are left out.
censorship-vpn-source = Source: Roskomnadzor, in Interfax and Xakep.ru (2023-26)
censorship-vpn-alt =
    Russia reported { $last } VPN { $n ->
        [one] service
       *[other] services
    } blocked by { $when_last }, up from { $first } in { $when_first }.
censorship-vpn-description = VPN services blocked, as Roskomnadzor reported them: { $counts }. Single blocking actions, not totals, are left out: { $actions }.
censorship-vpn-count = { $when }: { $count }
censorship-vpn-action =
    { $more ->
        [1] more than { $n } ({ $when })
       *[0] { $n } ({ $when })
    }
censorship-column-date = Date
censorship-column-vpn = VPN services blocked

## The verdicts: the budget
censorship-budget-caveat-plan = A plan, not spending: { $amount } earmarked in Roskomnadzor's { $year } digitalisation plan (reported { $reported }) for machine-learning traffic filtering.
censorship-budget-caveat-conversion = The dollar figure is a conversion; the Ukrainian statements that give it in dollars state no rate. At the Bank of Russia's official rates of { $days } ({ $lowest_rate }–{ $highest_rate } roubles per dollar) it is { $range } (derived); it would fall below { $stated } only at a rate above { $threshold }.
censorship-budget-every-rate =
    each of the { $n } official { $n ->
        [one] rate
       *[other] rates
    } read gives { $low } or more, and it would take a rate above { $threshold } to give less than { $stated }
censorship-budget-article-value = { $qualified } for { $year }
censorship-budget-computed-value = { $amount } planned for { $year } = { $range } at the official rates of { $days } (derived)
censorship-aside-plan = restated in the claim's { -caveat } on the plan
censorship-aside-conversion = restated in the claim's { -caveat } on the conversion
censorship-aside-inference = the check does not rest on where the article took its figure: { $every_rate }

## The verdicts: the growth
censorship-growth-caveat-category = Roskomnadzor's category is circumvention tools, all ways round blocking, which is broader than VPNs.
censorship-growth-caveat-counted = It counts materials and posts removed or restricted on { $platforms }, not websites or VPN services blocked.
censorship-growth-caveat-count = The count rose to { $count }; the 2024 base was not published: about { $base } (derived from the count and the change).
censorship-growth-caveat-no-ai = Nothing in Roskomnadzor's figure ties the rise to AI, which is what the article uses it to show.
censorship-growth-article-value = { $qualified } in { $year }
censorship-growth-computed-value =
    { $change } for circumvention-tool materials in { $year }, { $rank ->
        [1] the fastest growth
       *[other] the { $ordinal } fastest growth
    } of { $total } { $total ->
        [one] category
       *[other] categories
    }
censorship-aside-counted = restated in the claim's { -caveat } on what is counted, with the platforms
censorship-aside-category = restated in the claim's { -caveat } on the category
censorship-aside-count = restated in the claim's { -caveat } on the count

## The verdicts: the control over platforms
censorship-control-caveat = The article gives no figure; 'tightening' is read as more removals and more blocked services a year later, and the figures are Roskomnadzor's own.
censorship-control-article-value = tightening control over digital platforms, with widespread censorship and restrictions on social media (no figure)
censorship-control-computed-value =
    { $count } materials removed or restricted on platforms on Roskomnadzor's demand in { $year }, { $change } on the year before ({ $before_count }); { $vpn } VPN { $n ->
        [one] service
       *[other] services
    } blocked in { $after }, { $vpn_change } on { $before } ({ $vpn_before })
censorship-aside-total = the claim uses the total of all categories
censorship-aside-total-published = the claim uses the total, whose 2024 count was published
censorship-aside-total-not-more = the claim uses the total, which is not one of them
censorship-aside-series = the claim compares two counts of the series
censorship-aside-compares = the claim compares { $before } with { $after }
censorship-originator = Roskomnadzor

## The explorer
censorship-explore-categories = Categories
censorship-explore-noun = categories
