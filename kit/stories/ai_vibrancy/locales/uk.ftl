## Тексти історії про рейтинг ШІ Стенфорда українською (ідентифікатори починаються з "vibrancy-").


## Терміни історії: рейтинг, його показник і ваги Стенфорда мають по одній назві, скрізь однаковій

# en: b2cd0744
-vibrancy =
    { $case ->
       *[nom] активність у сфері ШІ
        [gen] активності у сфері ШІ
    }
# en: 8a4bd372
-vibrancy-ranking =
    { $case ->
       *[nom] рейтинг ШІ Стенфорда
        [gen] рейтингу ШІ Стенфорда
        [loc] рейтингу ШІ Стенфорда
    }
# en: fbcaf87a
-stanford-weights =
    { $case ->
       *[nom] ваги Стенфорда
        [gen] ваг Стенфорда
        [ins] вагами Стенфорда
        [loc] вагах Стенфорда
        [dat] вагам Стенфорда
        [title] Ваги Стенфорда
    }
# en: 305d8abe
name-global-ai-vibrancy-tool = Global AI Vibrancy Tool
# en: b966656d
vibrancy-source = Джерело: Stanford HAI, Global AI Vibrancy Tool (2025), у перерахунку AI-Governance-Map

## Складові

# en: b91b7c08
vibrancy-pillar-r-d = Дослідження і розробки
# en: e2a93f17
vibrancy-pillar-responsible-ai = Відповідальний ШІ
# en: 9f8fd0cc
vibrancy-pillar-economy = Економіка
# en: 55405a1e
vibrancy-pillar-talent = Кадри
# en: bacbb813
vibrancy-pillar-policy-and-governance = Політика і врядування
# en: 65fe3ae9
vibrancy-pillar-public-opinion = Громадська думка
# en: bce80495
vibrancy-pillar-infrastructure = Інфраструктура

## Заголовки стовпців таблиць для Datawrapper

# en: 44ac3cf1
vibrancy-column-country = Країна
# en: a59bcb06
vibrancy-column-score = Оцінка
# en: 6e64e67a
vibrancy-column-rank = Місце
# en: 62c16e75
vibrancy-column-median-rank = Медіанне місце
# en: 79a55a92
vibrancy-column-rank-p5 = Центральні 90 %: від
# en: 63eb4b28
vibrancy-column-rank-p95 = Центральні 90 %: до
# en: 10566925
vibrancy-column-best-rank = Найкраще місце
# en: 84e95bb4
vibrancy-column-worst-rank = Найгірше місце
# en: 027969d6
vibrancy-column-default-rank = Місце з { -stanford-weights(case: "ins") }

## Наскільки країна близька до сусідів у рейтингу

# en: 44c03ae0
vibrancy-gap-tiny = менш ніж на 0,1 бала
# en: 17c79672
vibrancy-gap = на { $points } бала
# en: 80fc2e90
vibrancy-behind = { $distance } нижче, ніж { $country } ({ $rank })
# en: 4cae5e04
vibrancy-ahead = { $distance } вище, ніж { $country } ({ $rank })
# en: 66d25e07
vibrancy-ahead-again = вище, ніж { $country } ({ $rank })
# en: acc19b08
vibrancy-and = { $first }, і { $second }

## Країна та її місце

# en: ee234428
vibrancy-placed = { $country } ({ $ordinal })
# en: b44f68a7
vibrancy-value-rank = { $score } ({ $ordinal })

## Графік рейтингу

# en: 26258293
vibrancy-ranking-title =
    { $country } — на { $rank }-му місці з { $total } { $total ->
        [one] країни
        [few] країн
        [many] країн
       *[other] країни
    } у { -vibrancy-ranking(case: "loc") }
# en: 27affef2
vibrancy-ranking-subtitle = Загальна оцінка { -vibrancy(case: "gen") }, 0–100, з { -stanford-weights(case: "ins") }, дані за 2024 рік. Жирним — країни, які стаття ставить вище, ніж { $country }
# en: 37f7b386
vibrancy-ranking-note =
    { $reproduced ->
        [1] Оцінки перераховано як зважене середнє оцінок семи { -pillar(form: "pl-gen") }; вони збігаються з усіма опублікованими до сотих.
       *[0] Оцінки перераховано як зважене середнє оцінок семи { -pillar(form: "pl-gen") }.
    }
# en: 503a0611
vibrancy-ranking-reweighted-title =
    Ваги змінено: { $country } на { $rank }-му місці з { $total }, { $direction ->
        [unchanged] без змін
        [higher]
            на { $change } { $change ->
                [one] місце
                [few] місця
                [many] місць
               *[other] місця
            } вище
       *[lower]
            на { $change } { $change ->
                [one] місце
                [few] місця
                [many] місць
               *[other] місця
            } нижче
    }
# en: 50f0d7f2
vibrancy-ranking-reweighted-subtitle = Загальна оцінка { -vibrancy(case: "gen") }, 0–100, дані за 2024 рік; ваги { -pillar(form: "pl-gen") } — у примітці
# en: a67d28fa
vibrancy-ranking-reweighted-note = Ваги: { $weights }. Оцінки перераховано як зважене середнє оцінок { -pillar(form: "pl-gen") }.
# en: ffcf6d67
vibrancy-ranking-alt =
    { $country } — на { $rank }-му місці з { $total } { $total ->
        [one] країни
        [few] країн
        [many] країн
       *[other] країни
    }, оцінка — { $score } зі 100, { $near }. Лідер — { $leader } ({ $leader_score }). Попереду, за статтею: { $named }.
# en: 2385da44
vibrancy-ranking-row = { $ordinal } — { $country }, { $score }
# en: 83770d9a
vibrancy-ranking-description =
    Загальні оцінки { -vibrancy(case: "gen") } (0–100) для { $total } { $total ->
        [one] країни
        [few] країн
        [many] країн
       *[other] країни
    }, дані за 2024 рік; ваги { -pillar(form: "pl-gen") }: { $weights }. { $ranks }. { $country }: { $near }.

## Графік порівняння складових

# en: 9c3f1ac7
vibrancy-panel = { $pillar } ({ $weight })
# en: 7b62f996
vibrancy-pillars-title =
    { $country }: найнижча оцінка серед { $n ->
        [one] цієї { $n } країни
        [few] цих { $n } країн
        [many] цих { $n } країн
       *[other] цих { $n } країни
    } за { $lowest_count } із { $total } { $total ->
        [one] { -pillar(form: "gen") }
        [few] { -pillar(form: "pl-gen") }
        [many] { -pillar(form: "pl-gen") }
       *[other] { -pillar(form: "gen") }
    }
# en: 40e29dbb
vibrancy-pillars-title-none =
    { $country }: за жодною { -pillar(form: "ins") } оцінка не найнижча серед { $n ->
        [one] цієї { $n } країни
        [few] цих { $n } країн
        [many] цих { $n } країн
       *[other] цих { $n } країни
    }
# en: 2f0e1fb4
vibrancy-pillars-subtitle = Оцінки за { -pillar(form: "pl-ins") }, 0–100 (у дужках — вага Стенфорда), країни в порядку загального рейтингу, дані за 2024 рік
# en: 6716fd73
vibrancy-pillars-note =
    { $most ->
        [1] Найнижчі оцінки — за всіма { -pillar(form: "pl-ins") }, крім { $others }
       *[0]
            { $lowest_count ->
                [0] Найнижчої оцінки немає за жодною { -pillar(form: "ins") }
                [one] Найнижча оцінка — за { -pillar(form: "ins") } { $lowest }
                [few] Найнижчі оцінки — за { -pillar(form: "pl-ins") } { $lowest }
                [many] Найнижчі оцінки — за { -pillar(form: "pl-ins") } { $lowest }
               *[other] Найнижчі оцінки — за { -pillar(form: "pl-ins") } { $lowest }
            }
    }{ $highest_count ->
        [0] .
        [one] ; найвища — за { -pillar(form: "ins") } { $highest }.
        [few] ; найвищі — за { -pillar(form: "pl-ins") } { $highest }.
        [many] ; найвищі — за { -pillar(form: "pl-ins") } { $highest }.
       *[other] ; найвищі — за { -pillar(form: "pl-ins") } { $highest }.
    }
# en: fdcf4a4e
vibrancy-pillars-imputed = { $countries }: однакова оцінка за { -pillar(form: "ins") } «{ $pillar }», імовірно, підставлена.
# en: fd20d16c
vibrancy-pillars-alt =
    { $country }: { $lowest_count ->
        [0] за жодною { -pillar(form: "ins") } оцінка не найнижча серед країн ({ $countries })
       *[other]
            найнижча оцінка серед країн ({ $countries }) за { $lowest_count } із { $total } { $total ->
                [one] { -pillar(form: "gen") }
                [few] { -pillar(form: "pl-gen") }
                [many] { -pillar(form: "pl-gen") }
               *[other] { -pillar(form: "gen") }
            } — { $lowest }
    }{ $highest_count ->
        [0] { "" }
       *[other] ; найвища — { $highest }
    }.
# en: 08136263
vibrancy-pillars-country = { $country }: { $scores }.
# en: b4975f81
vibrancy-pillars-description = Оцінки за { -pillar(form: "pl-ins") } (0–100), дані за 2024 рік. { $scores }

## Графік стійкості (місця за випадкових ваг)

# en: 7b44d489
vibrancy-robustness-label = { $country } ({ $ordinal })
# en: fdec6323
vibrancy-robustness-title =
    { $country }: { $ordinal } чи вище в { $share } із { $draws } { $n ->
        [one] випадкового набору ваг
        [few] випадкових наборів ваг
        [many] випадкових наборів ваг
       *[other] випадкового набору ваг
    }
# en: 52e0aa35
vibrancy-robustness-title-countries =
    Місця { $countries } { $countries ->
        [one] країни
        [few] країн
        [many] країн
       *[other] країни
    } у випадкових наборах ваг { -pillar(form: "pl-gen") }
# en: e782d5c0
vibrancy-robustness-subtitle =
    Місце серед { $total } { $total ->
        [one] країни
        [few] країн
        [many] країн
       *[other] країни
    } (1 — найкраще) у { $draws } { $n ->
        [one] випадковому наборі
        [few] випадкових наборах
        [many] випадкових наборах
       *[other] випадкового набору
    } ваг{ $kind ->
        [uniform] { " " }з усіх можливих
       *[centred] , близьких до стенфордських
    }; у дужках — місце з { -stanford-weights(case: "ins") }
# en: c302a470
vibrancy-robustness-note =
    { $kind ->
        [uniform] { "" }
       *[centred] Ваги зазвичай відхиляються від стенфордських на { $low }–{ $high } %.{ " " }
    }Тонка лінія — усі місця; смуга — центральні 90 %; риска — медіана; трикутник — місце з { -stanford-weights(case: "ins") }. Місця перераховано з опублікованих оцінок.
# en: 041684c9
vibrancy-robustness-alt =
    У { $draws } { $n ->
        [one] випадковому наборі
        [few] випадкових наборах
        [many] випадкових наборах
       *[other] випадкового набору
    } ваг{ $kind ->
        [uniform] { " " }з усіх можливих
       *[centred] , близьких до стенфордських,
    } { $country } — на { $rank }-му місці чи вище в { $share } випадків; місця — від { $best } до { $worst }, медіана — { $median }.
# en: 2ede03be
vibrancy-robustness-alt-countries =
    Місця { $countries } { $countries ->
        [one] країни
        [few] країн
        [many] країн
       *[other] країни
    } у { $draws } { $n ->
        [one] випадковому наборі
        [few] випадкових наборах
        [many] випадкових наборах
       *[other] випадкового набору
    } ваг: { $ranges }{ $more ->
        [0] .
        [one] ; і ще { $more } країна.
        [few] ; і ще { $more } країни.
        [many] ; і ще { $more } країн.
       *[other] ; і ще { $more } країни.
    }
# en: 447ae69e
vibrancy-robustness-alt-range =
    { $same ->
        [1] { $country } — завжди { $best }
       *[0] { $country } — від { $best } до { $worst }
    }
# en: d4f1ada7
vibrancy-robustness-description =
    Набори ваг семи { -pillar(form: "pl-gen") } ({ $draws }) { $kind ->
        [uniform] узято рівномірно з усіх можливих
       *[centred] узято з розподілу Діріхле з центром у { -stanford-weights(case: "loc") }: ваги зазвичай відхиляються від стенфордських на { $low }–{ $high } %
    }; зерно генератора випадкових чисел — { $seed }.
# en: 8f44118d
vibrancy-robustness-description-extremes = { $country }: найкраще місце — { $best }, з вагами { $best_weights }; найгірше — { $worst }, з вагами { $worst_weights }.
# en: 6d25664e
vibrancy-robustness-description-row = { $country }: { $default } з { -stanford-weights(case: "ins") }, медіана — { $median }, центральні 90 % — від { $p5 } до { $p95 }, усі місця — від { $best } до { $worst }.

## Види випадкових ваг (блокнот)

# en: 20295536
vibrancy-weightings =
    { $draws } { $n ->
        [one] набір
        [few] набори
        [many] наборів
       *[other] набору
    } ваг: { $kind ->
        [uniform] рівномірно з усіх можливих
       *[centred] близьких до стенфордських (розподіл Діріхле; ваги зазвичай відхиляються від стенфордських на { $low }–{ $high } %)
    }

## Вердикти: цифри й застереження

# en: be3bbbc1
vibrancy-or = або
# en: c3cd0120
vibrancy-rank-value = на { $rank }-му місці з { $total }
# en: 316f0de3
vibrancy-rank-computed = на { $rank }-му місці з { $total } (оцінка { $score })
# en: 6f38afc5
vibrancy-rank-margin = { $country }: оцінка { $score } — { $margin }.
# en: 19650eb8
vibrancy-imputed = { $country }: оцінка за { -pillar(form: "ins") } «{ $pillar }» ({ $value }) точно збігається з оцінками інших країн ({ $others }), тож її, схоже, підставлено, а не виміряно.
# en: 6d57239f
vibrancy-index-name = Стаття називає його індексом ШІ Стенфорда, але це не щорічний звіт AI Index, а окремий рейтинг — Global AI Vibrancy Tool (випуск 2025 року), який публікує команда AI Index інституту Stanford HAI.
# en: ada03101
vibrancy-margin-behind = на { $points } нижче, ніж { $country } ({ $ordinal }, { $score })
# en: e2ff1526
vibrancy-margin-ahead = на { $points } вище, ніж { $country } ({ $ordinal }, { $score })
# en: 05045aba
vibrancy-rank-sensitivity = Якщо змінити вагу будь-якої однієї { -pillar(form: "gen") } на { $step } порівняно з вагою Стенфорда, { $country } опиняється на місцях від { $best } до { $worst }.
# en: c69b44d5
vibrancy-rank-robustness =
    У { $draws } { $n ->
        [one] випадковому наборі
        [few] випадкових наборах
        [many] випадкових наборах
       *[other] випадкового набору
    } ваг, близьких до стенфордських (розподіл Діріхле; ваги зазвичай відхиляються від стенфордських на { $low }–{ $high } %), { $country } — на { $rank }-му місці чи вище в { $share } випадків (центральні 90 %: від { $p5 } до { $p95 }); у { $uniform_draws } { $uniform_n ->
        [one] наборі
        [few] наборах
        [many] наборах
       *[other] набору
    } ваг, узятих рівномірно з усіх можливих, — у { $uniform_share }.
# en: 5b74d285
vibrancy-placeholder =
    { $country }: оцінка за { -pillar(form: "ins") } «{ $pillar }» ({ $value }) { $median ->
        [1] дорівнює медіані 36 країн і точно
       *[0] точно
    } збігається з оцінками інших країн ({ $others }), тож її, схоже, підставлено, а не виміряно; вона дає { $contribution } із { $total } бала загальної оцінки. Якщо замінити її на процентиль { $percentile_numbers } цієї { -pillar(form: "gen") } ({ $scores }), { $country } опиняється на місці { $ranks } замість { $stated }
# en: 90c8b006
vibrancy-placeholder-passes = за процентиля { $number } — вище, ніж { $country }
# en: 579461ae
vibrancy-ahead-value = { $countries } — у рейтингу вище, ніж { $country }
# en: 232cb713
vibrancy-ahead-closest = Найближча з них — { $closest }: на { $points } вище, ніж { $country }.

## Застереження джерел, відкладені для тверджень про місця, і чому

# en: 3933c1b5
vibrancy-aside-recomputation = у рядку джерела названо авторів перерахунку; два незалежні перерахунки дають однакові всі 36 місць, тож хто саме перераховував, на місце не впливає
# en: 82586b47
vibrancy-aside-talent = повторено в { -caveat(form: "pl-loc") } до твердження; як це впливає на місце, сказано в розділі «Як ми перевіряли»
# en: 85e834c7
vibrancy-aside-weights =
    з цими вагами наш перерахунок відтворює { $agrees } з { $total } опублікованих місць і { $reproduced ->
        [1] усі опубліковані оцінки до сотих
       *[0] опубліковані оцінки з точністю до { $within } бала
    }
# en: a18d4da4
vibrancy-aside-edition = стаття цитує рейтинг лише цього випуску
# en: 67eeae98
vibrancy-aside-method = твердження передає рейтинг разом із методом, за яким його обчислено

## Елементи керування інтерактивів

# en: f73c913d
vibrancy-control-countries = Країни
# en: c57f2ac5
vibrancy-noun-countries = країни
# en: c7460c62
vibrancy-option = { $country } ({ $ordinal })
# en: 863f25a7
vibrancy-compare-hint = Виберіть від { $low } до { $high } країн: щоб знайти країну, введіть частину назви; × — щоб прибрати.
# en: 96642c84
vibrancy-control-reset = { -stanford-weights(case: "title") }
# en: a77e7996
vibrancy-control-weightings = Набори ваг
# en: 339280c6
vibrancy-control-centred = Навколо { -stanford-weights(case: "gen") }
# en: e5722de9
vibrancy-control-uniform = Будь-які ваги
# en: f8e0b753
vibrancy-control-concentration = Концентрація
# en: bebaaadd
vibrancy-control-draws = Кількість наборів
# en: 44f69dba
vibrancy-control-countries-shown = Показані країни
# en: 5cecbacf
vibrancy-robustness-hint = Концентрація діє лише для наборів навколо { -stanford-weights(case: "gen") }: за { $widely } ваги сильно різняться, за { $close } — близькі до { -stanford-weights(case: "gen") }.

## Її інтерактиви на сторінці статті для читачів (kit.reader)

# en: a5d94bbf
vibrancy-reader-compare-heading = Порівняйте країни
# en: 977dd235
vibrancy-reader-compare-text = У { -vibrancy-ranking(case: "loc") } (Global AI Vibrancy Tool, випуск 2025 року, дані за 2024 рік) країни оцінено за сімома { -pillar(form: "pl-ins") } — від досліджень і кадрів до інфраструктури та громадської думки — і зведено в один рейтинг. Тут Росія та країни, які, за статтею, випереджають її, — за кожною { -pillar(form: "ins") }: додайте країну за назвою або приберіть її кнопкою ×.
# en: 006fc2b8
vibrancy-reader-add = Додати країну
# en: c1c8c767
vibrancy-reader-chosen =
    Вибрано { $chosen } { $chosen ->
        [one] країну
        [few] країни
        [many] країн
       *[other] країни
    } із { $every }
# en: 48426ea0
vibrancy-reader-reweight-heading = Змініть ваги { -pillar(form: "pl-gen") }
# en: 7ab95cb1
vibrancy-reader-reweight-text = Місце в рейтингу залежить від того, яку вагу має кожна { -pillar }. Змініть ваги й подивіться, яке місце посяде Росія; кнопка «{ $button }» повертає { -stanford-weights }.
# en: 7dd8f647
vibrancy-reader-ranking-alt =
    { $country } — на { $rank }-му місці з { $total } { $total ->
        [one] країни
        [few] країн
        [many] країн
       *[other] країни
    }, оцінка — { $score } зі 100. Перше місце посідає { $leader } з оцінкою { $leader_score }.
