## The AI vibrancy story's texts in English (ids start with "vibrancy-").

## The story's terms: the ranking, its measure and its default weights have one name each, used everywhere

-vibrancy =
    { $case ->
       *[nom] AI vibrancy
        [gen] AI vibrancy
    }
-vibrancy-ranking = Stanford's { -vibrancy } ranking
-stanford-weights = Stanford's weights

# The ranking's name as its publisher writes it (a name: the glossary's -vibrancy is our word for its measure)
name-global-ai-vibrancy-tool = Global AI Vibrancy Tool
vibrancy-source = Source: Stanford HAI { name-global-ai-vibrancy-tool } (2025), recomputed by AI-Governance-Map

## Pillars
vibrancy-pillar-r-d = R&D
vibrancy-pillar-responsible-ai = Responsible AI
vibrancy-pillar-economy = Economy
vibrancy-pillar-talent = Talent
vibrancy-pillar-policy-and-governance = Policy and Governance
vibrancy-pillar-public-opinion = Public Opinion
vibrancy-pillar-infrastructure = Infrastructure

## Column headers of the Datawrapper tables
vibrancy-column-country = Country
vibrancy-column-score = Score
vibrancy-column-rank = Rank
vibrancy-column-median-rank = Median rank
vibrancy-column-rank-p5 = Middle 90% from
vibrancy-column-rank-p95 = Middle 90% to
vibrancy-column-best-rank = Best rank
vibrancy-column-worst-rank = Worst rank
vibrancy-column-default-rank = Rank with { -stanford-weights }

## How close a country is to its neighbours
vibrancy-gap-tiny = less than 0.1 points
vibrancy-gap = { $points } points
vibrancy-behind = { $distance } behind { $country } ({ $rank })
vibrancy-ahead = { $distance } ahead of { $country } ({ $rank })
vibrancy-ahead-again = ahead of { $country } ({ $rank })
vibrancy-and = { $first } and { $second }

## A country and its rank
vibrancy-placed = { $country } { $ordinal }
vibrancy-value-rank = { $score } ({ $ordinal })

## The ranking chart
vibrancy-ranking-title =
    { $country } ranks { $ordinal } of { $total } { $total ->
        [one] country
       *[other] countries
    } in { -vibrancy-ranking }
vibrancy-ranking-subtitle = Overall { -vibrancy } score, 0-100, with { -stanford-weights }, 2024 data. Bold: countries the article names as ahead of { $country }
vibrancy-ranking-note =
    { $reproduced ->
        [1] Scores recomputed as the weighted mean of the seven { -pillar } scores; they reproduce every published score to two decimals.
       *[0] Scores recomputed as the weighted mean of the seven { -pillar } scores.
    }
vibrancy-ranking-reweighted-title =
    With these weights, { $country } ranks { $ordinal } of { $total }: { $direction ->
        [unchanged] unchanged
        [higher] { $change } { $change ->
            [one] place
           *[other] places
        } higher
       *[lower] { $change } { $change ->
            [one] place
           *[other] places
        } lower
    }
vibrancy-ranking-reweighted-subtitle = Overall { -vibrancy } score, 0-100, 2024 data, with the { -pillar } weights in the note
vibrancy-ranking-reweighted-note = Weights: { $weights }. Scores recomputed as the weighted mean of the { -pillar } scores.
vibrancy-ranking-alt =
    { $country } ranks { $ordinal } of { $total } { $total ->
        [one] country
       *[other] countries
    }, scoring { $score } of 100, { $near }. { $leader } leads with { $leader_score }. Named as ahead: { $named }.
vibrancy-ranking-row = { $ordinal } { $country } { $score }
vibrancy-ranking-description =
    Overall { -vibrancy } scores (0-100) of { $total } { $total ->
        [one] country
       *[other] countries
    }, 2024 data, with { -pillar } weights { $weights }: { $ranks }. { $country } is { $near }.

## The pillar comparison chart
vibrancy-panel = { $pillar } ({ $weight })
vibrancy-pillars-title =
    { $country } scores lowest of { $n ->
        [one] this { $n } country
       *[other] these { $n } countries
    } on { $lowest_count } of { $total } { $total ->
        [one] { -pillar }
       *[other] { -pillar(form: "other") }
    }
vibrancy-pillars-title-none =
    { $country } is not the lowest of { $n ->
        [one] this { $n } country
       *[other] these { $n } countries
    } on any { -pillar }
vibrancy-pillars-subtitle = { -pillar(form: "one-title") } scores, 0-100 (Stanford's weight in brackets), countries in order of overall rank, 2024 data
vibrancy-pillars-note =
    { $most ->
        [1] Lowest on every { -pillar } but { $others }
       *[0] { $lowest_count ->
            [0] Lowest on no { -pillar }
           *[other] Lowest on { $lowest }
        }
    }{ $highest_count ->
        [0] .
       *[other] ; highest on { $highest }.
    }
vibrancy-pillars-imputed = { $countries } share one { $pillar } score, probably imputed.
vibrancy-pillars-alt =
    { $country } scores lowest of { $countries } on { $lowest_count ->
        [0] no { -pillar }
       *[other] { $lowest }
    }{ $highest_count ->
        [0] {""}
       *[other] { " " }and highest on { $highest }
    }: { $lowest_count } of { $total } { $total ->
        [one] { -pillar }
       *[other] { -pillar(form: "other") }
    }.
vibrancy-pillars-country = { $country }: { $scores }.
vibrancy-pillars-description = { -pillar(form: "one-title") } scores (0-100), 2024 data. { $scores }

## The robustness chart (ranks across random weightings)
vibrancy-robustness-label = { $country } ({ $ordinal })
vibrancy-robustness-title =
    { $country } ranks { $ordinal } or better in { $share } of { $draws } random { -pillar } { $n ->
        [one] weighting
       *[other] weightings
    }
vibrancy-robustness-title-countries =
    How { $countries } { $countries ->
        [one] country ranks
       *[other] countries rank
    } across random weightings of the { -pillar(form: "other") }
vibrancy-robustness-subtitle =
    Rank among { $total } { $total ->
        [one] country
       *[other] countries
    } (1 = best) in { $draws } random { $n ->
        [one] weighting
       *[other] weightings
    } of the { -pillar(form: "other") } { $kind ->
        [uniform] drawn from all possible ones
       *[centred] centred on { -stanford-weights }
    }; Stanford's rank in brackets
vibrancy-robustness-note =
    { $kind ->
        [uniform] {""}
       *[centred] Each weight typically within { $low }-{ $high }% of Stanford's.{" "}
    }Thin line: every rank seen; bar: the middle 90%; tick: median; triangle: rank with { -stanford-weights }. Ranks recomputed from published { -pillar } scores.
vibrancy-robustness-alt =
    Across { $draws } random { $n ->
        [one] weighting
       *[other] weightings
    } { $kind ->
        [uniform] drawn from all possible ones
       *[centred] centred on { -stanford-weights }
    }, { $country } ranks { $ordinal } or better { $share } of the time; its ranks run from { $best } to { $worst }, median { $median }.
vibrancy-robustness-alt-countries =
    Ranks of { $countries } { $countries ->
        [one] country
       *[other] countries
    } across { $draws } random { $n ->
        [one] weighting
       *[other] weightings
    }: { $ranges }{ $more ->
        [0] .
       *[other] , and { $more } more.
    }
vibrancy-robustness-alt-range =
    { $same ->
        [1] { $country } always { $best }
       *[0] { $country } { $best } to { $worst }
    }
vibrancy-robustness-description =
    { $draws } { $n ->
        [one] weighting
       *[other] weightings
    } of the seven { -pillar(form: "other") }, { $kind ->
        [uniform] drawn uniformly from all possible ones
       *[centred] drawn from a Dirichlet distribution centred on { -stanford-weights } (each weight typically within { $low }-{ $high }% of Stanford's)
    }, seed { $seed }.
vibrancy-robustness-description-extremes = { $country }'s best rank, { $best }, comes with weights { $best_weights }; its worst, { $worst }, with { $worst_weights }.
vibrancy-robustness-description-row = { $country }: { $default } with { -stanford-weights }, median { $median }, middle 90% { $p5 } to { $p95 }, all ranks { $best } to { $worst }.

## Kinds of random weighting (the notebook)
vibrancy-weightings =
    { $draws } { $n ->
        [one] weighting
       *[other] weightings
    } { $kind ->
        [uniform] drawn uniformly from all possible ones
       *[centred] centred on { -stanford-weights } (Dirichlet; each weight typically within { $low }-{ $high }% of Stanford's)
    }

## The verdicts: figures and caveats
vibrancy-or = or
vibrancy-rank-value = { $ordinal } of { $total }
vibrancy-rank-computed = { $ordinal } of { $total } (score { $score })
vibrancy-rank-margin = { $country } scores { $score }: { $margin }.
vibrancy-imputed = { $country }'s { $pillar } score ({ $value }) is shared exactly by { $others }, so it looks imputed rather than measured.
vibrancy-index-name = The article calls it Stanford's AI Index: the ranking is the { name-global-ai-vibrancy-tool } (2025 edition), which Stanford HAI's AI Index team publishes apart from its annual AI Index report.
vibrancy-margin-behind = { $points } behind { $country } ({ $ordinal }, { $score })
vibrancy-margin-ahead = { $points } ahead of { $country } ({ $ordinal }, { $score })
vibrancy-rank-sensitivity = Moving any one { -pillar } weight by { $step } from Stanford's puts { $country } anywhere from { $best } to { $worst }.
vibrancy-rank-robustness =
    Across { $draws } random { $n ->
        [one] weighting
       *[other] weightings
    } centred on { -stanford-weights } (a Dirichlet distribution; each weight typically within { $low }-{ $high }% of Stanford's), { $country } ranks { $ordinal } or better in { $share } of them (middle 90%: { $p5 } to { $p95 }); across { $uniform_draws } { $uniform_n ->
        [one] weighting
       *[other] weightings
    } drawn uniformly from all possible ones, in { $uniform_share }.
vibrancy-placeholder =
    { $country }'s { $pillar } score ({ $value }) is shared exactly by { $others }{ $median ->
        [1] { " " }and is the median of the 36
       *[0] {""}
    }, so it looks imputed rather than measured; it supplies { $contribution } of { $country }'s { $total } points. With its { $pillar } score at the { -pillar }'s { $percentiles } percentile ({ $scores }) instead, { $country } would rank { $ranks } rather than { $stated }
vibrancy-placeholder-passes = at the { $percentile } percentile it would be ahead of { $country }
vibrancy-ahead-value = { $countries } rank above { $country }
vibrancy-ahead-closest = The closest of them, { $closest }, is { $points } ahead of { $country }.

## Caveats of the sources set aside for the rank claims, and why
vibrancy-aside-recomputation = the source line names the recomputations; two independent recomputations agree on all 36 ranks, so who recomputed them does not change the rank
vibrancy-aside-talent = restated in the claim's { -caveat(form: "other") }; its effect on the rank is under how we checked
vibrancy-aside-weights =
    with these weights our recomputation reproduces { $agrees } of the { $total } published ranks and { $reproduced ->
        [1] every published score to two decimals
       *[0] the published scores to within { $within } points
    }
vibrancy-aside-edition = the article cites this edition's ranking only
vibrancy-aside-method = the statement reports the tool's ranking, method included

## The explorers' controls
vibrancy-control-countries = Countries
vibrancy-noun-countries = countries
vibrancy-option = { $country } ({ $ordinal })
vibrancy-compare-hint = Choose { $low } to { $high } countries: type part of a name to find one, × to remove one.
vibrancy-control-reset = { -stanford-weights }
vibrancy-control-weightings = Weightings
vibrancy-control-centred = Centred on { -stanford-weights }
vibrancy-control-uniform = Any weights
vibrancy-control-concentration = Concentration
vibrancy-control-draws = Draws
vibrancy-control-countries-shown = Countries shown
vibrancy-robustness-hint = Concentration applies to centred weightings: { $widely } lets weights vary widely, { $close } keeps them close to Stanford's.

## Its explorers on the article's reader page (kit.reader)

vibrancy-reader-compare-heading = Compare countries
vibrancy-reader-compare-text = Stanford HAI's { name-global-ai-vibrancy-tool } (2025 edition, 2024 data) scores countries on seven { -pillar(form: "other") }, from research and talent to infrastructure and public opinion, and combines them into one ranking. Here are Russia and the countries the article names as ahead of it, { -pillar } by { -pillar }: add a country by its name, or remove one with its × button.
vibrancy-reader-add = Add a country
vibrancy-reader-chosen = { $chosen } of { $every } countries chosen
vibrancy-reader-reweight-heading = Change what counts
vibrancy-reader-reweight-text = The ranking depends on how much each { -pillar } counts. Move the weights and see where Russia lands; "{ $button }" puts Stanford's choice back.
vibrancy-reader-ranking-alt =
    { $country } ranks { $ordinal } of { $total } { $total ->
        [one] country
       *[other] countries
    }, scoring { $score } of 100. { $leader } leads with { $leader_score }.
