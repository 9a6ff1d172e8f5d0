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
        [few] стран
        [many] стран
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
                [many] позиций
               *[other] позиций
            } выше
       *[lower]
            на { $change } { $change ->
                [one] позицию
                [few] позиции
                [many] позиций
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
vibrancy-pillars-title = { $country }: худшая оценка среди { $n } стран по { $lowest_count } из { $total } компонентов
# en: 401e9e38
vibrancy-pillars-title-none = { $country }: ни по одному компоненту оценка не худшая среди { $n } стран
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
        [few] стран
        [many] стран
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
        [few] стран
        [many] стран
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

## Виды случайных весов (вердикты и блокнот)

# en: 04f1306d
vibrancy-weightings =
    { $kind ->
        [uniform]
            { $draws } { $n ->
                [one] набор весов, взятый
                [few] набора весов, взятых
                [many] наборов весов, взятых
               *[other] наборов весов, взятых
            } равномерно из всех возможных
       *[centred]
            { $draws } { $n ->
                [one] набор весов, сосредоточенный
                [few] набора весов, сосредоточенных
                [many] наборов весов, сосредоточенных
               *[other] наборов весов, сосредоточенных
            } вокруг стандартных весов инструмента (Дирихле, концентрация { $concentration })
    }

## Вердикты: цифры и оговорки

# en: be3bbbc1
vibrancy-or = или
# en: c3cd0120
vibrancy-rank-value = { $ordinal } из { $total }
# en: 316f0de3
vibrancy-rank-computed = { $ordinal } из { $total } (оценка { $score })
# en: 6f38afc5
vibrancy-rank-margin = { $country }: оценка { $score } — { $margin }.
# en: 19650eb8
vibrancy-imputed = { $country }: оценка «{ $pillar }» ({ $value }) в точности совпадает с оценками стран: { $others } — поэтому, похоже, она подставлена, а не измерена.
# en: 2ee5302f
vibrancy-index-name = Статья называет его индексом ИИ Стэнфорда: это рейтинг Global AI Vibrancy Tool (выпуск 2025 года), который команда AI Index института Stanford HAI публикует отдельно от ежегодного доклада AI Index.
# en: ada03101
vibrancy-margin-behind = на { $points } ниже, чем { $country } ({ $ordinal }, { $score })
# en: e2ff1526
vibrancy-margin-ahead = на { $points } выше, чем { $country } ({ $ordinal }, { $score })
# en: 6ecbe54e
vibrancy-rank-sensitivity = Если изменить любой один вес компонента на { $step } от стандартного, { $country } оказывается на местах от { $best } до { $worst }.
# en: 7ad9d66c
vibrancy-rank-robustness = Среди { $centred }, { $country } — на { $rank }-м месте или выше в { $share } из них (средние 90{ "\u00A0" }%: от { $p5 } до { $p95 }); среди { $uniform }, — в { $uniform_share }.
# en: e387f96a
vibrancy-placeholder =
    { $country }: оценка «{ $pillar }» ({ $value }) { $median ->
        [1] равна медиане 36 стран и в точности
       *[0] в точности
    } совпадает с оценками стран: { $others } — поэтому, похоже, она подставлена, а не измерена; она дает { $contribution } из { $total } балла общей оценки. Если заменить ее на процентиль { $percentile_numbers } этого компонента ({ $scores }), { $country } оказывается на месте { $ranks } вместо { $stated }
# en: 90c8b006
vibrancy-placeholder-passes = при процентиле { $number } — выше, чем { $country }
# en: 579461ae
vibrancy-ahead-value = { $countries } — в рейтинге выше, чем { $country }
# en: 232cb713
vibrancy-ahead-closest = Ближайшая из них — { $closest }: на { $points } выше, чем { $country }.

## Оговорки источников, отложенные для утверждений о местах, и почему

# en: 3933c1b5
vibrancy-aside-recomputation = в строке источника названы авторы пересчётов; два независимых пересчёта совпадают во всех 36 местах, поэтому то, кто их пересчитал, не меняет места
# en: f06d1d89
vibrancy-aside-talent = повторено в оговорках к утверждению; как это влияет на место, сказано в разделе «Как мы проверяли»
# en: 4151da1e
vibrancy-aside-weights = с этими весами наш пересчет воспроизводит { $agrees } из { $total } опубликованных мест и каждую оценку с точностью до { $within } балла
# en: a18d4da4
vibrancy-aside-edition = статья ссылается только на рейтинг этого выпуска
# en: 67eeae98
vibrancy-aside-method = утверждение передает рейтинг инструмента вместе с его методом

## Элементы управления интерактивов

# en: f73c913d
vibrancy-control-countries = Страны
# en: 863f25a7
vibrancy-compare-hint = Выберите от { $low } до { $high } стран: чтобы найти страну, введите часть названия; × — чтобы убрать.
# en: 9ec1afad
vibrancy-control-reset = Стандартные веса инструмента
# en: a77e7996
vibrancy-control-weightings = Веса
# en: 32f34b25
vibrancy-control-centred = Вокруг весов инструмента
# en: e5722de9
vibrancy-control-uniform = Любые веса
# en: f8e0b753
vibrancy-control-concentration = Концентрация
# en: bebaaadd
vibrancy-control-draws = Наборы
# en: 44f69dba
vibrancy-control-countries-shown = Показанные страны
# en: 09762603
vibrancy-robustness-hint = Концентрация действует для весов вокруг стандартных: при { $widely } веса сильно различаются, при { $close } — близки к весам инструмента.

## The story's glossary term

# en: b2cd0744
-vibrancy =
    { $case ->
       *[nom] активность в сфере ИИ
        [gen] активности в сфере ИИ
    }

## Её интерактивы на странице статьи для читателей (kit.reader)

# en: a5d94bbf
vibrancy-reader-compare-heading = Сравните страны
# en: 50f75d9a
vibrancy-reader-compare-text = Global AI Vibrancy Tool от Stanford HAI (издание 2025 года, данные за 2024 год) оценивает страны по семи составляющим — от исследований и кадров до инфраструктуры и общественного мнения — и сводит их в один рейтинг. Здесь Россия и страны, которые, по данным статьи, её опережают, — по каждой составляющей: добавьте страну по названию или уберите её кнопкой ×.
# en: 006fc2b8
vibrancy-reader-add = Добавить страну
# en: c1c8c767
vibrancy-reader-chosen =
    { $chosen ->
        [one] Выбрана { $chosen } страна
        [few] Выбраны { $chosen } страны
        [many] Выбрано { $chosen } стран
       *[other] Выбрано { $chosen } страны
    } из { $every }
# en: 48426ea0
vibrancy-reader-reweight-heading = Измените вес составляющих
# en: 7ac5f1cd
vibrancy-reader-reweight-text = Рейтинг зависит от того, какой вес у каждой составляющей. Измените веса и посмотрите, какое место займёт Россия; кнопка «{ $button }» возвращает веса, выбранные Стэнфордом.
# en: b840c17a
vibrancy-reader-ranking-alt =
    { $country } — на { $rank }-м месте из { $total } { $total ->
        [one] страны
        [few] стран
        [many] стран
       *[other] страны
    }, оценка { $score } из 100. Первое место занимает { $leader } с оценкой { $leader_score }.
