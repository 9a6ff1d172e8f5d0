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
    } в рейтинге { -vibrancy(case: "gen") } Стэнфорда
# en: b451046b
vibrancy-ranking-subtitle = Общая оценка { -vibrancy(case: "gen") }, 0–100, стандартные веса инструмента, данные за 2024 год. Жирным — страны, которые, по статье, стоят в рейтинге выше, чем { $country }
# en: d049dec4
vibrancy-ranking-note =
    { $reproduced ->
        [1] Оценки пересчитаны как взвешенное среднее семи компонентов; они воспроизводят каждую опубликованную оценку с точностью до сотых.
       *[0] Оценки пересчитаны как взвешенное среднее семи компонентов.
    }
# en: 503a0611
vibrancy-ranking-reweighted-title =
    С этими весами { $country } — на { $rank }-м месте из { $total }: { $direction ->
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
vibrancy-ranking-alt = { $country } — на { $rank }-м месте из { $total } стран, оценка { $score } из 100, { $near }. Первое место: { $leader }, { $leader_score }. Названы как опережающие: { $named }.
# en: 87b8908c
vibrancy-ranking-description = Общие оценки { -vibrancy(case: "gen") } (0–100) { $total } стран, данные за 2024 год, веса компонентов: { $weights }: { $ranks }. { $country }: { $near }.
