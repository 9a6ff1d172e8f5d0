## Тексты истории об активности в сфере ИИ на русском (идентификаторы начинаются с "vibrancy-").

# en: 28de5f8d
vibrancy-source = Источник: Stanford HAI, Global AI Vibrancy Tool (2025), пересчитано AI-Governance-Map

## Компоненты

# en: b91b7c08
vibrancy-pillar-r-d = Исследования и разработки
# en: e2a93f17
vibrancy-pillar-responsible-ai = Ответственный ИИ
# en: 9f8fd0cc
vibrancy-pillar-economy = Экономика
# en: 55405a1e
vibrancy-pillar-talent = Таланты
# en: bacbb813
vibrancy-pillar-policy-and-governance = Политика и управление
# en: 65fe3ae9
vibrancy-pillar-public-opinion = Общественное мнение
# en: bce80495
vibrancy-pillar-infrastructure = Инфраструктура

## Насколько страна близка к соседям по рейтингу

# en: 44c03ae0
vibrancy-gap-tiny = менее чем на 0,1 балла
# en: 17c79672
vibrancy-gap = на { $points } балла
# en: 80fc2e90
vibrancy-behind = { $distance } ниже, чем { $country } ({ $rank })
# en: 4cae5e04
vibrancy-ahead = { $distance } выше, чем { $country } ({ $rank })
# en: acc19b08
vibrancy-and = { $first }, и { $second }

## График рейтинга

# en: f02e0d02
vibrancy-ranking-title =
    { $country } — на { $rank }-м месте из { $total } { $total ->
        [one] страны
       *[other] стран
    } в рейтинге ИИ Стэнфорда
# en: b451046b
vibrancy-ranking-subtitle = Общая оценка { -vibrancy(case: "gen") }, 0–100, стандартные веса инструмента, данные за 2024 год. Жирным — страны, которые, по статье, стоят в рейтинге выше, чем { $country }
# en: d049dec4
vibrancy-ranking-note =
    { $reproduced ->
        [1] Оценки пересчитаны как взвешенное среднее семи компонентов; все опубликованные оценки воспроизведены до сотых.
       *[0] Оценки пересчитаны как взвешенное среднее семи компонентов.
    }
# en: 503a0611
vibrancy-ranking-reweighted-title =
    С этими весами { $country } — { $ordinal } из { $total }: { $direction ->
        [unchanged] без изменений
        [higher]
            на { $change } { $change ->
                [one] позицию
                [few] позиции
               *[other] позиций
            } выше
       *[lower]
            на { $change } { $change ->
                [one] позицию
                [few] позиции
               *[other] позиций
            } ниже
    }
# en: ed7a754f
vibrancy-ranking-reweighted-subtitle = Общая оценка { -vibrancy(case: "gen") }, 0–100, данные за 2024 год; веса компонентов в примечании
# en: 6af0e528
vibrancy-ranking-reweighted-note = Веса: { $weights }. Оценки пересчитаны как взвешенное среднее компонентов.
# en: 638eccd4
vibrancy-ranking-alt = { $country } — на { $rank }-м месте из { $total } стран, оценка { $score } из 100, { $near }. Лидер: { $leader }, { $leader_score }. Впереди, по статье: { $named }.
# en: 87b8908c
vibrancy-ranking-description = Общие оценки { -vibrancy(case: "gen") } (0–100) { $total } стран, данные за 2024 год, веса компонентов: { $weights }: { $ranks }. { $country }: { $near }.

## График сравнения компонентов

# en: 15464448
vibrancy-pillars-title = { $country }: худшая оценка среди этих { $n } стран по { $lowest_count } из { $total } компонентов
# en: 401e9e38
vibrancy-pillars-title-none = { $country }: ни по одному компоненту оценка не худшая среди этих { $n } стран
# en: d6ea5ddc
vibrancy-pillars-subtitle = Оценки по компонентам, 0–100 (в скобках — стандартный вес), страны по общему рейтингу, данные за 2024 год
# en: e6cc9733
vibrancy-pillars-note =
    { $lowest_count ->
        [0] Худшей оценки нет ни по одному компоненту
       *[other] Худшая оценка: { $lowest }
    }{ $highest_count ->
        [0] .
       *[other] ; лучшая: { $highest }.
    }
# en: fdcf4a4e
vibrancy-pillars-imputed = { $countries }: одинаковая оценка «{ $pillar }», вероятно, подставленная.
# en: 21a0e815
vibrancy-pillars-alt =
    { $country }: { $lowest_count ->
        [0] ни по одному компоненту оценка не худшая среди стран ({ $countries })
       *[other] худшая оценка среди стран ({ $countries }) по { $lowest_count } из { $total } компонентов — { $lowest }
    }{ $highest_count ->
        [0] { "" }
       *[other] ; лучшая — { $highest }
    }.
# en: 0a5d7cac
vibrancy-pillars-description = Оценки по компонентам (0–100), данные за 2024 год. { $scores }

## График устойчивости (места при случайных весах)

# en: 5455c6f4
vibrancy-robustness-title = { $country } — на { $rank }-м месте или выше в { $share } случайных наборов весов
# en: 897a88e1
vibrancy-robustness-title-countries =
    Места { $countries } { $countries ->
        [one] страны
       *[other] стран
    } в случайных наборах весов индекса
# en: 8f78f108
vibrancy-robustness-subtitle =
    Место среди { $total } стран (1 — лучшее) в { $draws } случайных наборах весов, { $kind ->
        [uniform] взятых из всех возможных
       *[centred] сосредоточенных вокруг весов инструмента (концентрация { $concentration })
    }; в скобках — место с весами инструмента
# en: 8fbbd58a
vibrancy-robustness-note = Тонкая линия — все места; полоса — средние 90{ "\u00A0" }%; засечка — медиана; кольцо — место с весами инструмента. Места пересчитаны по опубликованным оценкам компонентов.
# en: aa93eed3
vibrancy-robustness-alt =
    { $country } — на { $rank }-м месте или выше в { $share } из { $draws } случайных наборов весов, { $kind ->
        [uniform] взятых из всех возможных
       *[centred] сосредоточенных вокруг весов инструмента (концентрация { $concentration })
    }; места — от { $best } до { $worst }, медиана — { $median }.
# en: ce0949dc
vibrancy-robustness-alt-countries =
    Места { $countries } { $countries ->
        [one] страны
       *[other] стран
    } в { $draws } случайных наборах весов:
# en: 2c08277c
vibrancy-robustness-alt-range = { $country }: места { $low }–{ $high }
# en: f3f0c77a
vibrancy-robustness-description =
    { $draws } наборов весов семи компонентов, { $kind ->
        [uniform] взятых равномерно из всех возможных
       *[centred] из распределения Дирихле с центром в стандартных весах инструмента (концентрация { $concentration })
    }, зерно генератора { $seed }.
# en: 8f44118d
vibrancy-robustness-description-extremes = { $country }: лучшее место — { $best }, с весами { $best_weights }; худшее — { $worst }, с весами { $worst_weights }.
# en: 746de795
vibrancy-robustness-description-row = { $country }: { $default } с весами инструмента, медиана — { $median }, средние 90{ "\u00A0" }% — от { $p5 } до { $p95 }, все места — от { $best } до { $worst }.
