## The AI vibrancy story's texts in English (ids start with "vibrancy-").

vibrancy-source = Source: Stanford HAI Global AI Vibrancy Tool (2025), recomputed by AI-Governance-Map

## Pillars
vibrancy-pillar-r-d = R&D
vibrancy-pillar-responsible-ai = Responsible AI
vibrancy-pillar-economy = Economy
vibrancy-pillar-talent = Talent
vibrancy-pillar-policy-and-governance = Policy and Governance
vibrancy-pillar-public-opinion = Public Opinion
vibrancy-pillar-infrastructure = Infrastructure

## How close a country is to its neighbours
vibrancy-gap-tiny = less than 0.1 points
vibrancy-gap = { $points } points
vibrancy-behind = { $distance } behind { $country } ({ $rank })
vibrancy-ahead = { $distance } ahead of { $country } ({ $rank })
vibrancy-and = { $first } and { $second }

## The ranking chart
vibrancy-ranking-title = { $country } ranks { $ordinal } of { $total } countries in Stanford's { -vibrancy } ranking
vibrancy-ranking-subtitle = Overall { -vibrancy } score, 0-100, with the tool's default weights, 2024 data. Bold: countries the article names as ahead of { $country }
vibrancy-ranking-note =
    { $reproduced ->
        [1] Scores recomputed as the weighted mean of the seven pillar scores; they reproduce every published score to two decimals.
       *[0] Scores recomputed as the weighted mean of the seven pillar scores.
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
vibrancy-ranking-reweighted-subtitle = Overall { -vibrancy } score, 0-100, 2024 data, with the pillar weights in the note
vibrancy-ranking-reweighted-note = Weights: { $weights }. Scores recomputed as the weighted mean of the pillar scores.
vibrancy-ranking-alt = { $country } ranks { $ordinal } of { $total } countries, scoring { $score } of 100, { $near }. { $leader } leads with { $leader_score }. Named as ahead: { $named }.
vibrancy-ranking-description = Overall { -vibrancy } scores (0-100) of { $total } countries, 2024 data, with pillar weights { $weights }: { $ranks }. { $country } is { $near }.
