## Тексти історії про активність у сфері ШІ українською (ідентифікатори починаються з "vibrancy-").

# en: 28de5f8d
vibrancy-source = Джерело: Stanford HAI, Global AI Vibrancy Tool (2025), перераховано AI-Governance-Map

## Складові

# en: b91b7c08
vibrancy-pillar-r-d = Дослідження і розробки
# en: e2a93f17
vibrancy-pillar-responsible-ai = Відповідальний ШІ
# en: 9f8fd0cc
vibrancy-pillar-economy = Економіка
# en: 55405a1e
vibrancy-pillar-talent = Таланти
# en: bacbb813
vibrancy-pillar-policy-and-governance = Політика і врядування
# en: 65fe3ae9
vibrancy-pillar-public-opinion = Громадська думка
# en: bce80495
vibrancy-pillar-infrastructure = Інфраструктура

## Наскільки країна близька до сусідів у рейтингу

# en: 44c03ae0
vibrancy-gap-tiny = менш ніж на 0,1 бала
# en: 17c79672
vibrancy-gap = на { $points } бала
# en: 80fc2e90
vibrancy-behind = { $distance } нижче, ніж { $country } ({ $rank })
# en: 4cae5e04
vibrancy-ahead = { $distance } вище, ніж { $country } ({ $rank })
# en: acc19b08
vibrancy-and = { $first }, і { $second }

## Графік рейтингу

# en: f02e0d02
vibrancy-ranking-title =
    { $country } — на { $rank }-му місці з { $total } { $total ->
        [one] країни
        [few] країн
        [many] країн
       *[other] країн
    } у рейтингу ШІ Стенфорда
# en: b451046b
vibrancy-ranking-subtitle = Загальна оцінка { -vibrancy(case: "gen") }, 0–100, стандартні ваги інструмента, дані за 2024 рік. Жирним — країни, які, за статтею, стоять у рейтингу вище, ніж { $country }
# en: d049dec4
vibrancy-ranking-note =
    { $reproduced ->
        [1] Оцінки перераховано як зважене середнє семи складових; усі опубліковані оцінки відтворено до сотих.
       *[0] Оцінки перераховано як зважене середнє семи складових.
    }
# en: 503a0611
vibrancy-ranking-reweighted-title =
    З цими вагами { $country } — { $ordinal } з { $total }: { $direction ->
        [unchanged] без змін
        [higher]
            на { $change } { $change ->
                [one] позицію
                [few] позиції
                [many] позицій
               *[other] позицій
            } вище
       *[lower]
            на { $change } { $change ->
                [one] позицію
                [few] позиції
                [many] позицій
               *[other] позицій
            } нижче
    }
# en: ed7a754f
vibrancy-ranking-reweighted-subtitle = Загальна оцінка { -vibrancy(case: "gen") }, 0–100, дані за 2024 рік; ваги складових у примітці
# en: 6af0e528
vibrancy-ranking-reweighted-note = Ваги: { $weights }. Оцінки перераховано як зважене середнє складових.
# en: 638eccd4
vibrancy-ranking-alt = { $country } — на { $rank }-му місці з { $total } країн, оцінка { $score } зі 100, { $near }. Лідер: { $leader }, { $leader_score }. Попереду, за статтею: { $named }.
# en: 87b8908c
vibrancy-ranking-description = Загальні оцінки { -vibrancy(case: "gen") } (0–100) { $total } країн, дані за 2024 рік, ваги складових: { $weights }: { $ranks }. { $country }: { $near }.

## Графік порівняння складових

# en: 15464448
vibrancy-pillars-title = { $country }: найнижча оцінка серед { $n } країн за { $lowest_count } із { $total } складових
# en: 401e9e38
vibrancy-pillars-title-none = { $country }: за жодною складовою оцінка не найнижча серед цих { $n } країн
# en: d6ea5ddc
vibrancy-pillars-subtitle = Оцінки за складовими, 0–100 (у дужках — стандартна вага), країни за загальним рейтингом, дані за 2024 рік
# en: e6cc9733
vibrancy-pillars-note =
    { $lowest_count ->
        [0] Найнижчої оцінки немає за жодною складовою
       *[other] Найнижча оцінка: { $lowest }
    }{ $highest_count ->
        [0] .
       *[other] ; найвища: { $highest }.
    }
# en: fdcf4a4e
vibrancy-pillars-imputed = { $countries }: однакова оцінка «{ $pillar }», ймовірно, підставлена.
# en: 21a0e815
vibrancy-pillars-alt =
    { $country }: { $lowest_count ->
        [0] за жодною складовою оцінка не найнижча серед країн ({ $countries })
       *[other] найнижча оцінка серед країн ({ $countries }) за { $lowest_count } із { $total } складових — { $lowest }
    }{ $highest_count ->
        [0] { "" }
       *[other] ; найвища — { $highest }
    }.
# en: 0a5d7cac
vibrancy-pillars-description = Оцінки за складовими (0–100), дані за 2024 рік. { $scores }

## Графік стійкості (місця за випадкових ваг)

# en: 5455c6f4
vibrancy-robustness-title = { $country } — на { $rank }-му місці чи вище в { $share } випадкових наборів ваг
# en: 897a88e1
vibrancy-robustness-title-countries =
    Місця { $countries } { $countries ->
        [one] країни
        [few] країн
        [many] країн
       *[other] країн
    } у випадкових наборах ваг індексу
# en: 8f78f108
vibrancy-robustness-subtitle =
    Місце серед { $total } країн (1 — найкраще) у { $draws } випадкових наборах ваг, { $kind ->
        [uniform] узятих з усіх можливих
       *[centred] зосереджених навколо ваг інструмента (концентрація { $concentration })
    }; у дужках — місце з вагами інструмента
# en: 8fbbd58a
vibrancy-robustness-note = Тонка лінія — усі місця; смуга — середні 90{ "\u00A0" }%; риска — медіана; кільце — місце з вагами інструмента. Місця перераховано з опублікованих оцінок складових.
# en: aa93eed3
vibrancy-robustness-alt =
    { $country } — на { $rank }-му місці чи вище в { $share } із { $draws } випадкових наборів ваг, { $kind ->
        [uniform] узятих з усіх можливих
       *[centred] зосереджених навколо ваг інструмента (концентрація { $concentration })
    }; місця — від { $best } до { $worst }, медіана — { $median }.
# en: ce0949dc
vibrancy-robustness-alt-countries =
    Місця { $countries } { $countries ->
        [one] країни
        [few] країн
        [many] країн
       *[other] країн
    } у { $draws } випадкових наборах ваг:
# en: 2c08277c
vibrancy-robustness-alt-range = { $country }: місця { $low }–{ $high }
# en: f3f0c77a
vibrancy-robustness-description =
    { $draws } наборів ваг семи складових, { $kind ->
        [uniform] узятих рівномірно з усіх можливих
       *[centred] з розподілу Діріхле з центром у стандартних вагах інструмента (концентрація { $concentration })
    }, зерно генератора { $seed }.
# en: 8f44118d
vibrancy-robustness-description-extremes = { $country }: найкраще місце — { $best }, з вагами { $best_weights }; найгірше — { $worst }, з вагами { $worst_weights }.
# en: 746de795
vibrancy-robustness-description-row = { $country }: { $default } з вагами інструмента, медіана — { $median }, середні 90{ "\u00A0" }% — від { $p5 } до { $p95 }, усі місця — від { $best } до { $worst }.

## Види випадкових ваг (вердикти й блокнот)

# en: 04f1306d
vibrancy-weightings =
    { $kind ->
        [uniform]
            { $draws } { $n ->
                [one] набір ваг, узятий
                [few] набори ваг, узяті
                [many] наборів ваг, узятих
               *[other] наборів ваг, узятих
            } рівномірно з усіх можливих
       *[centred]
            { $draws } { $n ->
                [one] набір ваг, зосереджений
                [few] набори ваг, зосереджені
                [many] наборів ваг, зосереджених
               *[other] наборів ваг, зосереджених
            } навколо стандартних ваг інструмента (Діріхле, концентрація { $concentration })
    }

## Вердикти: цифри й застереження

# en: be3bbbc1
vibrancy-or = або
# en: c3cd0120
vibrancy-rank-value = { $ordinal } з { $total }
# en: 316f0de3
vibrancy-rank-computed = { $ordinal } з { $total } (оцінка { $score })
# en: 6f38afc5
vibrancy-rank-margin = { $country }: оцінка { $score } — { $margin }.
# en: 19650eb8
vibrancy-imputed = { $country }: оцінка «{ $pillar }» ({ $value }) точно збігається з оцінками країн: { $others } — тож, схоже, її підставлено, а не виміряно.
# en: 2ee5302f
vibrancy-index-name = Стаття називає його індексом ШІ Стенфорда: це рейтинг Global AI Vibrancy Tool (випуск 2025 року), який команда AI Index інституту Stanford HAI публікує окремо від щорічного звіту AI Index.
# en: ada03101
vibrancy-margin-behind = на { $points } нижче, ніж { $country } ({ $ordinal }, { $score })
# en: e2ff1526
vibrancy-margin-ahead = на { $points } вище, ніж { $country } ({ $ordinal }, { $score })
# en: 6ecbe54e
vibrancy-rank-sensitivity = Якщо змінити будь-яку одну вагу складової на { $step } від стандартної, { $country } опиняється на місцях від { $best } до { $worst }.
# en: 7ad9d66c
vibrancy-rank-robustness = Серед { $centred }, { $country } — на { $rank }-му місці чи вище в { $share } з них (середні 90{ "\u00A0" }%: від { $p5 } до { $p95 }); серед { $uniform }, — в { $uniform_share }.
# en: e387f96a
vibrancy-placeholder =
    { $country }: оцінка «{ $pillar }» ({ $value }) { $median ->
        [1] дорівнює медіані 36 країн і точно
       *[0] точно
    } збігається з оцінками країн: { $others } — тож, схоже, її підставлено, а не виміряно; вона дає { $contribution } із { $total } бала загальної оцінки. Якщо замінити її на процентиль { $percentile_numbers } цієї складової ({ $scores }), { $country } опиняється на місці { $ranks } замість { $stated }
# en: 90c8b006
vibrancy-placeholder-passes = за процентиля { $number } — вище, ніж { $country }
# en: 579461ae
vibrancy-ahead-value = { $countries } — у рейтингу вище, ніж { $country }
# en: 232cb713
vibrancy-ahead-closest = Найближча з них — { $closest }: на { $points } вище, ніж { $country }.

## Застереження джерел, відкладені для тверджень про місця, і чому

# en: 3933c1b5
vibrancy-aside-recomputation = у рядку джерела названо авторів перерахунків; два незалежні перерахунки збігаються в усіх 36 місцях, тож те, хто їх перерахував, не змінює місця
# en: f06d1d89
vibrancy-aside-talent = повторено в застереженнях до твердження; як це впливає на місце, сказано в розділі «Як ми перевіряли»
# en: 4151da1e
vibrancy-aside-weights = з цими вагами наш перерахунок відтворює { $agrees } з { $total } опублікованих місць і кожну оцінку з точністю до { $within } бала
# en: a18d4da4
vibrancy-aside-edition = стаття цитує рейтинг лише цього випуску
# en: 67eeae98
vibrancy-aside-method = твердження передає рейтинг інструмента разом із його методом

## Елементи керування інтерактивів

# en: f73c913d
vibrancy-control-countries = Країни
# en: 863f25a7
vibrancy-compare-hint = Виберіть від { $low } до { $high } країн: щоб знайти країну, введіть частину назви; × — щоб прибрати.
# en: 9ec1afad
vibrancy-control-reset = Стандартні ваги інструмента
# en: a77e7996
vibrancy-control-weightings = Ваги
# en: 32f34b25
vibrancy-control-centred = Навколо ваг інструмента
# en: e5722de9
vibrancy-control-uniform = Будь-які ваги
# en: f8e0b753
vibrancy-control-concentration = Концентрація
# en: bebaaadd
vibrancy-control-draws = Набори
# en: 44f69dba
vibrancy-control-countries-shown = Показані країни
# en: 09762603
vibrancy-robustness-hint = Концентрація діє для ваг навколо стандартних: за { $widely } ваги сильно різняться, за { $close } — близькі до ваг інструмента.

## The story's glossary term

# en: b2cd0744
-vibrancy =
    { $case ->
       *[nom] активність у сфері ШІ
        [gen] активності у сфері ШІ
    }

## Її інтерактиви на сторінці статті для читачів (kit.reader)

# en: a5d94bbf
vibrancy-reader-compare-heading = Порівняйте країни
# en: 50f75d9a
vibrancy-reader-compare-text = Global AI Vibrancy Tool від Stanford HAI (видання 2025 року, дані за 2024 рік) оцінює країни за сімома складовими — від досліджень і кадрів до інфраструктури та громадської думки — і зводить їх в один рейтинг. Тут Росія та країни, які, за статтею, випереджають її, — за кожною складовою: додайте країну за назвою або приберіть її кнопкою ×.
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
vibrancy-reader-reweight-heading = Змініть вагу складових
# en: 7ac5f1cd
vibrancy-reader-reweight-text = Рейтинг залежить від того, яку вагу має кожна складова. Змініть ваги й подивіться, яке місце посяде Росія; кнопка «{ $button }» повертає ваги, обрані Стенфордом.
# en: b840c17a
vibrancy-reader-ranking-alt =
    { $country } — на { $rank }-му місці з { $total } { $total ->
        [one] країни
        [few] країн
        [many] країн
       *[other] країни
    }, оцінка { $score } зі 100. Перше місце посідає { $leader } з оцінкою { $leader_score }.
