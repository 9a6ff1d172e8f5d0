## Тексты истории о рейтинге ИИ Стэнфорда на русском (идентификаторы начинаются с "vibrancy-").


## Термины истории: у рейтинга, его показателя и весов Стэнфорда по одному названию, везде одинаковому

# en: b2cd0744
-vibrancy =
    { $case ->
       *[nom] активность в сфере ИИ
        [gen] активности в сфере ИИ
    }
# en: 8a4bd372
-vibrancy-ranking =
    { $case ->
       *[nom] рейтинг ИИ Стэнфорда
        [gen] рейтинга ИИ Стэнфорда
        [loc] рейтинге ИИ Стэнфорда
    }
# en: fbcaf87a
-stanford-weights =
    { $case ->
       *[nom] веса Стэнфорда
        [gen] весов Стэнфорда
        [ins] весами Стэнфорда
        [loc] весах Стэнфорда
        [dat] весам Стэнфорда
        [title] Веса Стэнфорда
    }
# en: 305d8abe
name-global-ai-vibrancy-tool = Global AI Vibrancy Tool
# en: b966656d
vibrancy-source = Источник: Stanford HAI, Global AI Vibrancy Tool (2025), в пересчёте AI-Governance-Map

## Компоненты

# en: b91b7c08
vibrancy-pillar-r-d = Исследования и разработки
# en: e2a93f17
vibrancy-pillar-responsible-ai = Ответственный ИИ
# en: 9f8fd0cc
vibrancy-pillar-economy = Экономика
# en: 55405a1e
vibrancy-pillar-talent = Кадры
# en: bacbb813
vibrancy-pillar-policy-and-governance = Политика и управление
# en: 65fe3ae9
vibrancy-pillar-public-opinion = Общественное мнение
# en: bce80495
vibrancy-pillar-infrastructure = Инфраструктура

## Заголовки столбцов таблиц для Datawrapper

# en: 44ac3cf1
vibrancy-column-country = Страна
# en: a59bcb06
vibrancy-column-score = Оценка
# en: 6e64e67a
vibrancy-column-rank = Место
# en: 62c16e75
vibrancy-column-median-rank = Медианное место
# en: 79a55a92
vibrancy-column-rank-p5 = Центральные 90 %: от
# en: 63eb4b28
vibrancy-column-rank-p95 = Центральные 90 %: до
# en: 10566925
vibrancy-column-best-rank = Лучшее место
# en: 84e95bb4
vibrancy-column-worst-rank = Худшее место
# en: 027969d6
vibrancy-column-default-rank = Место с { -stanford-weights(case: "ins") }

## Насколько страна близка к соседям по рейтингу

# en: 44c03ae0
vibrancy-gap-tiny = менее чем на 0,1 балла
# en: 17c79672
vibrancy-gap = на { $points } балла
# en: 80fc2e90
vibrancy-behind = { $distance } ниже, чем { $country } ({ $rank })
# en: 4cae5e04
vibrancy-ahead = { $distance } выше, чем { $country } ({ $rank })
# en: 66d25e07
vibrancy-ahead-again = выше, чем { $country } ({ $rank })
# en: acc19b08
vibrancy-and = { $first }, и { $second }

## Страна и её место

# en: ee234428
vibrancy-placed = { $country } ({ $ordinal })
# en: b44f68a7
vibrancy-value-rank = { $score } ({ $ordinal })

## График рейтинга

# en: 26258293
vibrancy-ranking-title =
    { $country } — на { $rank }-м месте из { $total } { $total ->
        [one] страны
        [few] стран
        [many] стран
       *[other] страны
    } в { -vibrancy-ranking(case: "loc") }
# en: 27affef2
vibrancy-ranking-subtitle = Общая оценка { -vibrancy(case: "gen") }, 0–100, с { -stanford-weights(case: "ins") }, данные за 2024 год. Жирным — страны, которые статья ставит выше, чем { $country }
# en: 37f7b386
vibrancy-ranking-note =
    { $reproduced ->
        [1] Оценки пересчитаны как взвешенное среднее оценок семи { -pillar(form: "pl-gen") }; они совпадают со всеми опубликованными до сотых.
       *[0] Оценки пересчитаны как взвешенное среднее оценок семи { -pillar(form: "pl-gen") }.
    }
# en: 503a0611
vibrancy-ranking-reweighted-title =
    Веса изменены: { $country } на { $rank }-м месте из { $total }, { $direction ->
        [unchanged] без изменений
        [higher]
            на { $change } { $change ->
                [one] место
                [few] места
                [many] мест
               *[other] места
            } выше
       *[lower]
            на { $change } { $change ->
                [one] место
                [few] места
                [many] мест
               *[other] места
            } ниже
    }
# en: 50f0d7f2
vibrancy-ranking-reweighted-subtitle = Общая оценка { -vibrancy(case: "gen") }, 0–100, данные за 2024 год; веса { -pillar(form: "pl-gen") } — в примечании
# en: a67d28fa
vibrancy-ranking-reweighted-note = Веса: { $weights }. Оценки пересчитаны как взвешенное среднее оценок { -pillar(form: "pl-gen") }.
# en: ffcf6d67
vibrancy-ranking-alt =
    { $country } — на { $rank }-м месте из { $total } { $total ->
        [one] страны
        [few] стран
        [many] стран
       *[other] страны
    }, оценка — { $score } из 100, { $near }. Лидер — { $leader } ({ $leader_score }). Впереди, по данным статьи: { $named }.
# en: 2385da44
vibrancy-ranking-row = { $ordinal } — { $country }, { $score }
# en: 83770d9a
vibrancy-ranking-description =
    Общие оценки { -vibrancy(case: "gen") } (0–100) для { $total } { $total ->
        [one] страны
        [few] стран
        [many] стран
       *[other] страны
    }, данные за 2024 год; веса { -pillar(form: "pl-gen") }: { $weights }. { $ranks }. { $country }: { $near }.

## График сравнения компонентов

# en: 9c3f1ac7
vibrancy-panel = { $pillar } ({ $weight })
# en: 7b62f996
vibrancy-pillars-title =
    { $country }: худшая оценка среди { $n ->
        [one] этой { $n } страны
        [few] этих { $n } стран
        [many] этих { $n } стран
       *[other] этих { $n } страны
    } по { $lowest_count } из { $total } { $total ->
        [one] { -pillar(form: "gen") }
        [few] { -pillar(form: "pl-gen") }
        [many] { -pillar(form: "pl-gen") }
       *[other] { -pillar(form: "gen") }
    }
# en: 40e29dbb
vibrancy-pillars-title-none =
    { $country }: ни по одному { -pillar(form: "dat") } оценка не худшая среди { $n ->
        [one] этой { $n } страны
        [few] этих { $n } стран
        [many] этих { $n } стран
       *[other] этих { $n } страны
    }
# en: 2f0e1fb4
vibrancy-pillars-subtitle = Оценки по { -pillar(form: "pl-dat") }, 0–100 (в скобках — вес Стэнфорда), страны в порядке общего рейтинга, данные за 2024 год
# en: 6716fd73
vibrancy-pillars-note =
    { $most ->
        [1] Худшие оценки — по всем { -pillar(form: "pl-dat") }, кроме { $others }
       *[0]
            { $lowest_count ->
                [0] Худшей оценки нет ни по одному { -pillar(form: "dat") }
                [one] Худшая оценка — по { -pillar(form: "dat") } { $lowest }
                [few] Худшие оценки — по { -pillar(form: "pl-dat") } { $lowest }
                [many] Худшие оценки — по { -pillar(form: "pl-dat") } { $lowest }
               *[other] Худшие оценки — по { -pillar(form: "pl-dat") } { $lowest }
            }
    }{ $highest_count ->
        [0] .
        [one] ; лучшая — по { -pillar(form: "dat") } { $highest }.
        [few] ; лучшие — по { -pillar(form: "pl-dat") } { $highest }.
        [many] ; лучшие — по { -pillar(form: "pl-dat") } { $highest }.
       *[other] ; лучшие — по { -pillar(form: "pl-dat") } { $highest }.
    }
# en: fdcf4a4e
vibrancy-pillars-imputed = { $countries }: одинаковая оценка по { -pillar(form: "dat") } «{ $pillar }», вероятно, подставленная.
# en: fd20d16c
vibrancy-pillars-alt =
    { $country }: { $lowest_count ->
        [0] ни по одному { -pillar(form: "dat") } оценка не худшая среди стран ({ $countries })
       *[other]
            худшая оценка среди стран ({ $countries }) по { $lowest_count } из { $total } { $total ->
                [one] { -pillar(form: "gen") }
                [few] { -pillar(form: "pl-gen") }
                [many] { -pillar(form: "pl-gen") }
               *[other] { -pillar(form: "gen") }
            } — { $lowest }
    }{ $highest_count ->
        [0] { "" }
       *[other] ; лучшая — { $highest }
    }.
# en: 08136263
vibrancy-pillars-country = { $country }: { $scores }.
# en: b4975f81
vibrancy-pillars-description = Оценки по { -pillar(form: "pl-dat") } (0–100), данные за 2024 год. { $scores }

## График устойчивости (места при случайных весах)

# en: 7b44d489
vibrancy-robustness-label = { $country } ({ $ordinal })
# en: fdec6323
vibrancy-robustness-title =
    { $country }: { $ordinal } или выше в { $share } из { $draws } { $n ->
        [one] случайного набора весов
        [few] случайных наборов весов
        [many] случайных наборов весов
       *[other] случайного набора весов
    }
# en: 52e0aa35
vibrancy-robustness-title-countries =
    Места { $countries } { $countries ->
        [one] страны
        [few] стран
        [many] стран
       *[other] страны
    } в случайных наборах весов { -pillar(form: "pl-gen") }
# en: e782d5c0
vibrancy-robustness-subtitle =
    Место среди { $total } { $total ->
        [one] страны
        [few] стран
        [many] стран
       *[other] страны
    } (1 — лучшее) в { $draws } { $n ->
        [one] случайном наборе
        [few] случайных наборах
        [many] случайных наборах
       *[other] случайного набора
    } весов{ $kind ->
        [uniform] { " " }из всех возможных
       *[centred] , близких к стэнфордским
    }; в скобках — место с { -stanford-weights(case: "ins") }
# en: c302a470
vibrancy-robustness-note =
    { $kind ->
        [uniform] { "" }
       *[centred] Веса обычно отклоняются от стэнфордских на { $low }–{ $high } %.{ " " }
    }Тонкая линия — все места; полоса — центральные 90 %; засечка — медиана; треугольник — место с { -stanford-weights(case: "ins") }. Места пересчитаны по опубликованным оценкам.
# en: 041684c9
vibrancy-robustness-alt =
    В { $draws } { $n ->
        [one] случайном наборе
        [few] случайных наборах
        [many] случайных наборах
       *[other] случайного набора
    } весов{ $kind ->
        [uniform] { " " }из всех возможных
       *[centred] , близких к стэнфордским,
    } { $country } — на { $rank }-м месте или выше в { $share } случаев; места — от { $best } до { $worst }, медиана — { $median }.
# en: 2ede03be
vibrancy-robustness-alt-countries =
    Места { $countries } { $countries ->
        [one] страны
        [few] стран
        [many] стран
       *[other] страны
    } в { $draws } { $n ->
        [one] случайном наборе
        [few] случайных наборах
        [many] случайных наборах
       *[other] случайного набора
    } весов: { $ranges }{ $more ->
        [0] .
        [one] ; и ещё { $more } страна.
        [few] ; и ещё { $more } страны.
        [many] ; и ещё { $more } стран.
       *[other] ; и ещё { $more } страны.
    }
# en: 447ae69e
vibrancy-robustness-alt-range =
    { $same ->
        [1] { $country } — всегда { $best }
       *[0] { $country } — от { $best } до { $worst }
    }
# en: d4f1ada7
vibrancy-robustness-description =
    Наборы весов семи { -pillar(form: "pl-gen") } ({ $draws }) { $kind ->
        [uniform] взяты равномерно из всех возможных
       *[centred] взяты из распределения Дирихле с центром в { -stanford-weights(case: "loc") }: веса обычно отклоняются от стэнфордских на { $low }–{ $high } %
    }; зерно генератора случайных чисел — { $seed }.
# en: 8f44118d
vibrancy-robustness-description-extremes = { $country }: лучшее место — { $best }, с весами { $best_weights }; худшее — { $worst }, с весами { $worst_weights }.
# en: 6d25664e
vibrancy-robustness-description-row = { $country }: { $default } с { -stanford-weights(case: "ins") }, медиана — { $median }, центральные 90 % — от { $p5 } до { $p95 }, все места — от { $best } до { $worst }.

## Виды случайных весов (блокнот)

# en: 20295536
vibrancy-weightings =
    { $draws } { $n ->
        [one] набор
        [few] набора
        [many] наборов
       *[other] набора
    } весов: { $kind ->
        [uniform] равномерно из всех возможных
       *[centred] близких к стэнфордским (распределение Дирихле; веса обычно отклоняются от стэнфордских на { $low }–{ $high } %)
    }

## Вердикты: цифры и оговорки

# en: be3bbbc1
vibrancy-or = или
# en: c3cd0120
vibrancy-rank-value = на { $rank }-м месте из { $total }
# en: 316f0de3
vibrancy-rank-computed = на { $rank }-м месте из { $total } (оценка { $score })
# en: 6f38afc5
vibrancy-rank-margin = { $country }: оценка { $score } — { $margin }.
# en: 19650eb8
vibrancy-imputed = { $country }: оценка по { -pillar(form: "dat") } «{ $pillar }» ({ $value }) в точности совпадает с оценками других стран ({ $others }), поэтому она, похоже, подставлена, а не измерена.
# en: 6d57239f
vibrancy-index-name = Статья называет его индексом ИИ Стэнфорда, но это не ежегодный доклад AI Index, а отдельный рейтинг — Global AI Vibrancy Tool (выпуск 2025 года), который публикует команда AI Index института Stanford HAI.
# en: ada03101
vibrancy-margin-behind = на { $points } ниже, чем { $country } ({ $ordinal }, { $score })
# en: e2ff1526
vibrancy-margin-ahead = на { $points } выше, чем { $country } ({ $ordinal }, { $score })
# en: 05045aba
vibrancy-rank-sensitivity = Если изменить вес любого одного { -pillar(form: "gen") } на { $step } по сравнению с весом Стэнфорда, { $country } оказывается на местах от { $best } до { $worst }.
# en: c69b44d5
vibrancy-rank-robustness =
    В { $draws } { $n ->
        [one] случайном наборе
        [few] случайных наборах
        [many] случайных наборах
       *[other] случайного набора
    } весов, близких к стэнфордским (распределение Дирихле; веса обычно отклоняются от стэнфордских на { $low }–{ $high } %), { $country } — на { $rank }-м месте или выше в { $share } случаев (центральные 90 %: от { $p5 } до { $p95 }); в { $uniform_draws } { $uniform_n ->
        [one] наборе
        [few] наборах
        [many] наборах
       *[other] набора
    } весов, взятых равномерно из всех возможных, — в { $uniform_share }.
# en: 5b74d285
vibrancy-placeholder =
    { $country }: оценка по { -pillar(form: "dat") } «{ $pillar }» ({ $value }) { $median ->
        [1] равна медиане 36 стран и в точности
       *[0] в точности
    } совпадает с оценками других стран ({ $others }), поэтому она, похоже, подставлена, а не измерена; она даёт { $contribution } из { $total } балла общей оценки. Если заменить её на процентиль { $percentile_numbers } этого { -pillar(form: "gen") } ({ $scores }), { $country } оказывается на месте { $ranks } вместо { $stated }
# en: 90c8b006
vibrancy-placeholder-passes = при процентиле { $number } — выше, чем { $country }
# en: 579461ae
vibrancy-ahead-value = { $countries } — в рейтинге выше, чем { $country }
# en: 232cb713
vibrancy-ahead-closest = Ближайшая из них — { $closest }: на { $points } выше, чем { $country }.

## Оговорки источников, отложенные для утверждений о местах, и почему

# en: 3933c1b5
vibrancy-aside-recomputation = в строке источника названы авторы пересчёта; два независимых пересчёта дают одинаковые все 36 мест, поэтому то, кто именно пересчитывал, на место не влияет
# en: 82586b47
vibrancy-aside-talent = повторено в { -caveat(form: "pl-loc") } к утверждению; как это влияет на место, сказано в разделе «Как мы проверяли»
# en: 85e834c7
vibrancy-aside-weights =
    с этими весами наш пересчёт воспроизводит { $agrees } из { $total } опубликованных мест и { $reproduced ->
        [1] все опубликованные оценки до сотых
       *[0] опубликованные оценки с точностью до { $within } балла
    }
# en: a18d4da4
vibrancy-aside-edition = статья ссылается только на рейтинг этого выпуска
# en: 67eeae98
vibrancy-aside-method = утверждение передаёт рейтинг вместе с методом, по которому он рассчитан

## Элементы управления интерактивов

# en: f73c913d
vibrancy-control-countries = Страны
# en: c57f2ac5
vibrancy-noun-countries = страны
# en: c7460c62
vibrancy-option = { $country } ({ $ordinal })
# en: 863f25a7
vibrancy-compare-hint = Выберите от { $low } до { $high } стран: чтобы найти страну, введите часть названия; × — чтобы убрать.
# en: 96642c84
vibrancy-control-reset = { -stanford-weights(case: "title") }
# en: a77e7996
vibrancy-control-weightings = Наборы весов
# en: 339280c6
vibrancy-control-centred = Вокруг { -stanford-weights(case: "gen") }
# en: e5722de9
vibrancy-control-uniform = Любые веса
# en: f8e0b753
vibrancy-control-concentration = Концентрация
# en: bebaaadd
vibrancy-control-draws = Число наборов
# en: 44f69dba
vibrancy-control-countries-shown = Показанные страны
# en: 5cecbacf
vibrancy-robustness-hint = Концентрация действует только для наборов вокруг { -stanford-weights(case: "gen") }: при { $widely } веса сильно различаются, при { $close } — близки к { -stanford-weights(case: "dat") }.

## Её интерактивы на странице статьи для читателей (kit.reader)

# en: a5d94bbf
vibrancy-reader-compare-heading = Сравните страны
# en: 977dd235
vibrancy-reader-compare-text = В { -vibrancy-ranking(case: "loc") } (Global AI Vibrancy Tool, выпуск 2025 года, данные за 2024 год) страны оценены по семи { -pillar(form: "pl-dat") } — от исследований и кадров до инфраструктуры и общественного мнения — и сведены в один рейтинг. Здесь Россия и страны, которые, по данным статьи, её опережают, — по каждому { -pillar(form: "dat") }: добавьте страну по названию или уберите её кнопкой ×.
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
vibrancy-reader-reweight-heading = Измените веса { -pillar(form: "pl-gen") }
# en: 7ab95cb1
vibrancy-reader-reweight-text = Место в рейтинге зависит от того, какой вес у каждого { -pillar(form: "gen") }. Измените веса и посмотрите, какое место займёт Россия; кнопка «{ $button }» возвращает { -stanford-weights }.
# en: 7dd8f647
vibrancy-reader-ranking-alt =
    { $country } — на { $rank }-м месте из { $total } { $total ->
        [one] страны
        [few] стран
        [many] стран
       *[other] страны
    }, оценка — { $score } из 100. Первое место занимает { $leader } с оценкой { $leader_score }.
