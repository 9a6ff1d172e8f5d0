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
       *[other] країн
    } у рейтингу { -vibrancy(case: "gen") } Стенфорда
# en: b451046b
vibrancy-ranking-subtitle = Загальна оцінка { -vibrancy(case: "gen") }, 0–100, стандартні ваги інструмента, дані за 2024 рік. Жирним — країни, які, за статтею, стоять у рейтингу вище, ніж { $country }
# en: d049dec4
vibrancy-ranking-note =
    { $reproduced ->
        [1] Оцінки перераховано як зважене середнє семи складових; вони відтворюють кожну опубліковану оцінку з точністю до сотих.
       *[0] Оцінки перераховано як зважене середнє семи складових.
    }
# en: 503a0611
vibrancy-ranking-reweighted-title =
    З цими вагами { $country } — на { $rank }-му місці з { $total }: { $direction ->
        [unchanged] без змін
        [higher]
            на { $change } { $change ->
                [one] позицію
                [few] позиції
               *[other] позицій
            } вище
       *[lower]
            на { $change } { $change ->
                [one] позицію
                [few] позиції
               *[other] позицій
            } нижче
    }
# en: ed7a754f
vibrancy-ranking-reweighted-subtitle = Загальна оцінка { -vibrancy(case: "gen") }, 0–100, дані за 2024 рік; ваги складових у примітці
# en: 6af0e528
vibrancy-ranking-reweighted-note = Ваги: { $weights }. Оцінки перераховано як зважене середнє складових.
# en: 638eccd4
vibrancy-ranking-alt = { $country } — на { $rank }-му місці з { $total } країн, оцінка { $score } зі 100, { $near }. Перше місце: { $leader }, { $leader_score }. Названі як такі, що випереджають: { $named }.
# en: 87b8908c
vibrancy-ranking-description = Загальні оцінки { -vibrancy(case: "gen") } (0–100) { $total } країн, дані за 2024 рік, ваги складових: { $weights }: { $ranks }. { $country }: { $near }.
