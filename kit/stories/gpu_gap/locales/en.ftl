## The GPU gap story's texts in English (ids start with "gpu-").

gpu-source-2024 = Sources: Omdia estimates, in the Financial Times (2024); RFE/RL (2025)
gpu-source-2023 = Sources: Omdia estimates, in Tom's Hardware (2023); RFE/RL (2025)

## Names
gpu-sberbank = Sberbank
gpu-combined = (combined)

## The chart
gpu-span = { $start } to { $end }
gpu-about =
    { $approx ->
        [1] about { $units }
       *[0] { $units }
    }
gpu-sberbank-value =
    { $units } in { $years } { $years ->
        [one] year
       *[other] years
    }; about { $yearly } a year
gpu-title =
    { $against ->
        [yearly] Omdia estimates { $buyer }'s { $year } chips at { $times } { $subject }'s yearly average
       *[total] Omdia estimates { $buyer }'s { $year } chips at { $times } { $subject }'s { $years }-year total
    }
gpu-subtitle = AI chips acquired: Omdia's estimates of Nvidia GPUs bought in { $year }; { $subject }'s GPUs since February 2022
gpu-note = { $subject }'s figure covers { $span } at the latest and names no chip type; its yearly average is derived.
gpu-note-h20 = ByteDance's and Tencent's include the weaker H20.
gpu-note-missing = No { $year } estimate for { $buyers }.
gpu-label-average = { $buyer }, yearly average (derived)
gpu-label-since = { $buyer }, since February 2022
gpu-column-buyer = Buyer
gpu-column-units = AI chips
gpu-chips-unnamed = GPUs (type not given)
gpu-chips-with-h20 = Nvidia (incl. H20)
gpu-period-average = yearly average, { $period }
gpu-qualifier-estimate =
    { $approx ->
        [1] approximate estimate
       *[0] estimate
    }
gpu-qualifier-reported = as reported
gpu-qualifier-derived = derived
gpu-alt = Omdia estimates { $buyer } bought { $units } Nvidia chips in { $year }, { $times } the { $subject_units } GPUs { $subject } obtained from { $span } (about { $yearly } a year).
gpu-alt-rest = { " " }Other large buyers: { $range }.
gpu-description = AI chips acquired. Omdia's estimates for { $year }: { $estimates }. { $subject }: { $units } GPUs of unnamed type from { $span } at the latest, as RFE/RL reported (read in a Financial Times opinion piece); over { $years } years that is about { $yearly } a year (derived).

## The verdict
gpu-period = { $start } to { $end } at the latest
gpu-qualified = { $qualifier } { $figure }
gpu-article-value = { $subject } { $subject_figure } since February 2022; { $rival } { $rival_figure } in 2024
gpu-computed-value =
    { $subject } { $units } GPUs of unstated type (RFE/RL, as cited); { $rival } { $rival_units } Nvidia { $chips } chips (Omdia's estimate): { $shown } { $times ->
        [one] time
       *[other] times
    } as many, about { $per_year_shown } { $per_year ->
        [one] time
       *[other] times
    } per year (derived)
gpu-caveat-period =
    Sberbank's figure covers about { $years } { $years ->
        [one] year
       *[other] years
    } ({ $period }) and does not say which chips; Omdia's estimate for Microsoft is one year of Nvidia { $chips } chips. As stated that is { $shown } { $times ->
        [one] time
       *[other] times
    } as many; against Sberbank's yearly average (about { $average }, derived) it is about { $per_year_shown } { $per_year ->
        [one] time
       *[other] times
    }.
gpu-caveat-estimate = Microsoft's figure is Omdia's estimate, not a disclosure; with its AMD MI300 chips the estimate is { $units }.
gpu-aside-cumulative = restated in the claim's { -caveat } on the period, with the per-year comparison
gpu-aside-undated = restated in the claim's { -caveat } on the period, which ends at that latest date
gpu-aside-estimate = restated in the claim's { -caveat } on Microsoft's figure
gpu-aside-rival = the statement compares { $subject } with { $rival } only

## The explorer
gpu-explore-buyers = Buyers
gpu-explore-noun = buyers
gpu-explore-year = Year
gpu-explore-per-year = Sberbank per year (derived)
gpu-explore-hint = Buyers without an estimate for the year are left out.
gpu-omdia-originator = Omdia (an estimate, reported by the Financial Times)

## The pages cited: a copy of the sources' descriptions (data/raw/rferl_2025, data/raw/omdia_gpu), kept equal to them
## by the story's tests
gpu-rferl = RFE/RL
gpu-page-ft-repost-publisher = Financial Times (opinion piece, repost)
gpu-page-ft-repost-title = Financial Times opinion piece by Arthur McFarlane, 'Putin's AI blunder is a gift to opponents', repost of 3 Apr 2025, citing RFE/RL
gpu-page-up2info-publisher = up2info (syndicating the Financial Times)
gpu-page-up2info-title = Financial Times, 18 Dec 2024, 'Microsoft acquires twice as many Nvidia AI chips as tech rivals' (original not retrieved), syndicated by up2info
gpu-page-benzinga-publisher = Benzinga
gpu-page-benzinga-title = Benzinga, 18 Dec 2024
