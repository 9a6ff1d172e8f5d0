## The AI institutions story's texts in English (ids start with "institutions-").

## The ranking's variants
institutions-tracks-main-tracks = main tracks
institutions-tracks-all-tracks = all tracks
institutions-universe-all-institutions = all institutions
institutions-universe-academic-or-public-only = universities and public research
institutions-metric-full = full counting
institutions-metric-fractional = fractional counting
institutions-variant = { $tracks }, { $universe }, { $metric }
institutions-papers =
    { $n ->
        [one] { $papers } paper
       *[other] { $papers } papers
    }
institutions-place =
    { $range ->
        [1] at { $place }
       *[0] { $place }
    }

## Short names where space is short (translations also name Russian institutions by them: `$short`, beside the
## full `$institution` English gives, and `$mismapped_short`)
institutions-short-skoltech = Skoltech
institutions-short-hse = HSE
institutions-short-mipt = MIPT
institutions-short-airi = AIRI
institutions-short-yandex = Yandex
institutions-short-ras = RAS Numerical Maths
institutions-short-msu = Moscow State University
institutions-short-innopolis = Innopolis University
institutions-short-tinkoff = T-Bank
institutions-short-itmo = ITMO University
institutions-pooled = All of Russia
institutions-country-unknown = Country unknown

## Both charts
institutions-source = Source: Paper Copilot's lists of accepted papers, { $conferences } { $first }-{ $last_short }; our ranking
institutions-coverage = { $count } AI conferences, { $first }-{ $last_short }
institutions-header-country = Country
institutions-header-seats = Institutions in the top { $top }
institutions-header-institution = Institution
institutions-header-papers = Papers
institutions-header-rank = Rank

## Places in the top N by country
institutions-seats-beside = Best: { $institution }, { $counted } ({ $rank }); the { $place } has { $cutoff_counted }
institutions-seats-title =
    { $seats ->
        [0] No Russian institution makes the top { $top } by AI conference papers
       *[other] Russia has { $seats } of the top { $top } institutions by AI conference papers
    }
institutions-seats-differ = Other rankings differ: { $ranking } reportedly places { $institution } { $place }.
institutions-seats-subtitle =
    Institutions among the { $top } with the most papers at { $coverage }, by country ({ $variant }){ $chosen ->
        [1] ; the countries you chose, and Russia
       *[0] {""}
    }
institutions-seats-note =
    Ties share a place, so { $within } { $within ->
        [one] institution ranks
       *[other] institutions rank
    } { $place } or better. { $differ }
institutions-seats-rebuilt = The article names no ranking; we rebuilt this one.
institutions-seats-alt =
    { $seats ->
        [0] No Russian institution is among
       *[other] Russia has { $seats } of
    } the top { $top } AI research institutions, ranked by papers at { $coverage }; { $lead } have the most. { $beside }.
institutions-seats-description = Places in the top { $top } by country ({ $variant }): { $places }. We rank { $total } institutions by papers; ties share a place, so { $within } rank { $place } or better. Russia's best institution, { $institution }, has { $papers_counted } and ranks { $rank }; the { $place } has { $cutoff_counted }. Country: headquarters, else e-mail domain. { $differ }

## Chosen institutions against the cut-off
institutions-cutoff-unranked = not ranked here
institutions-cutoff-row = { $institution } ({ $rank })
institutions-cutoff-line = { $place } place: { $counted }
institutions-cutoff-title-short = Russia's best, { $institution }, is { $counted } short of the top { $top }
institutions-cutoff-title-enough = { $institution } has enough papers to rank in the top { $top }
institutions-cutoff-title-others =
    { $within } of the { $chosen } chosen { $chosen ->
        [one] institution makes
       *[other] institutions make
    } the top { $top }
institutions-cutoff-title-none = None of the chosen institutions is ranked; the top { $top } takes { $cutoff_counted }
institutions-cutoff-subtitle = Accepted papers at { $coverage }, rank in brackets ({ $variant })
institutions-cutoff-note =
    Dashed line: the { $place } institution's papers. Last row: all Russian institutions as one, { $metric ->
        [full] a paper several of them share counted once.
       *[fractional] their shares of each paper added up.
    }
institutions-cutoff-alt = Russia's best AI institution, { $institution }, has { $counted } ({ $rank }); the top { $top } takes { $cutoff_counted }. All Russian institutions as one would rank { $pooled }.
institutions-cutoff-alt-none = The top { $top } takes { $cutoff_counted }; all Russian institutions as one would rank { $pooled }.
institutions-cutoff-description-row-unranked = { $institution }: not ranked in this variant
institutions-cutoff-description-row = { $institution }: { $counted } ({ $rank })
institutions-cutoff-description =
    Papers at { $coverage } ({ $variant }); { $place } place has { $counted }. { $rows }. The last row counts each paper with at least one Russian affiliation once { $metric ->
        [full] (full counting).
       *[fractional] (adding Russia's shares).
    }

## The verdict
institutions-ranking-kit = our ranking by papers at { $count } AI conferences, 2023-24
institutions-ranking-neurips = NeurIPS { $period } papers (a third party's counts)
institutions-caveat-kit = The article names no source for its top-200 list; our own ranking counts accepted papers at { $count } AI conferences: { $venues } ({ $papers_counted } in main tracks with affiliations). NeurIPS, ICLR, ACL and AAAI are missing.
institutions-caveat-pooled = Russia counted as one institution would have { $counted } and rank { $rank }, inside the top { $top }: the statement holds for institutions, not for the country as a whole.
institutions-caveat-neurips-alone = , and in { $period } alone its upper bound of { $counted } reaches the { $cutoff } at rank { $top } ({ $rank })
institutions-caveat-neurips =
    NeurIPS (a third party's counts, { $period } pooled): { $institution } has at most { $counted } against { $cutoff } at rank { $top }{ $alone }. The third party maps some papers of { $mismapped } to other institutions, so their counts are lower bounds, and it merges Skoltech's with ISTA's ({ $bucket_counted } together{ $reaches ->
        [1] , above the cut-off
       *[0] {""}
    }): these counts cannot show that no Russian institution makes NeurIPS's top 200.
institutions-published-places = { $ranking } reportedly places { $institution } { $place }
institutions-published-none = { $ranking } lists no Russian institution in its top { $listed }
institutions-published-context = { $text } (context only: { $reason })
institutions-caveat-published = Published rankings: { $rankings }.
institutions-caveat-unsettled = So the statement holds for our ranking by research output but not for { $rankings }, which the article may equally have meant: the evidence cannot settle it.
institutions-caveat-unknown =
    { $count ->
        [one] { $count } institution of the top { $top } has no country assigned.
       *[other] { $count } institutions of the top { $top } have no country assigned.
    }
institutions-aside-restated = restated in the claim's { -caveat } on our own ranking
institutions-aside-cutoff = a lower cut-off makes it easier, not harder, for a Russian institution to reach the top 200, so the zero we find stands
institutions-aside-samsung = the statement is about Russian universities; a foreign company's Moscow laboratory is not one
institutions-aside-sensitivity = every one of the { $variants } variants, with and without these tracks, gives the same count
institutions-aside-neurips = restated in the NeurIPS { -caveat }, with its effect
institutions-computed = { $counts } Russian institutions in the top { $top } of our ranking by papers under each of its { $variants } variants (best: { $institution }, { $rank } with { $counted } against { $cutoff } at rank { $top }){ $contrary }
institutions-computed-contrary = ; but { $ranking } reportedly places { $institution } { $place }
institutions-article-value = { $stated } Russian universities in the top { $top }

## The explorers
institutions-explore-ranking = Ranking
institutions-explore-countries = Countries
institutions-explore-countries-noun = countries
institutions-explore-countries-hint = Leave the countries empty to see every country with a place; Russia is always shown.
institutions-explore-institutions = Institutions
institutions-explore-institutions-noun = institutions
institutions-explore-institutions-hint = Choose { $low } to { $high } institutions: type part of a name to find one.
institutions-option = { $rank }. { $institution } ({ $country })
