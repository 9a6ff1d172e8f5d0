## Тексти історії про установи у сфері ШІ українською (ідентифікатори починаються з "institutions-").


## Варіанти рейтингу

# en: 757103d2
institutions-tracks-main-tracks = основні секції
# en: 93a96e07
institutions-tracks-all-tracks = усі секції
# en: 97faa147
institutions-universe-all-institutions = усі установи
# en: faf5abdc
institutions-universe-academic-or-public-only = університети й державні наукові установи
# en: de5f3adc
institutions-metric-full = повний підрахунок
# en: 92fe98fd
institutions-metric-fractional = дробовий підрахунок
# en: de4fe2cf
institutions-variant = { $tracks }, { $universe }, { $metric }
# en: 892c6b63
institutions-papers =
    { $papers } { $n ->
        [one] стаття
        [few] статті
        [many] статей
       *[other] статті
    }
# en: 885326f8
institutions-place =
    { $range ->
        [1] у групу { $place }
       *[0] на місце { $place }
    }

## Короткі назви, де бракує місця

# en: 1efa7e00
institutions-short-skoltech = Сколтех
# en: 0e5b94ca
institutions-short-hse = ВШЕ
# en: c8fb8f13
institutions-short-mipt = МФТІ
# en: 4ff32e8b
institutions-short-airi = AIRI
# en: 6a5dddb1
institutions-short-yandex = Яндекс
# en: 6945ebf1
institutions-short-ras = ІОМ РАН
# en: 9918468c
institutions-short-msu = МДУ
# en: 79e153d8
institutions-short-innopolis = Іннополіс
# en: 2f5fca01
institutions-short-tinkoff = Т-Банк
# en: cf046773
institutions-short-itmo = ІТМО
# en: 8db2c1f1
institutions-pooled = Уся Росія
# en: 39d63332
institutions-country-unknown = Країна невідома

## Обидва графіки

# en: 7958fb07
institutions-source = Джерело: списки прийнятих статей Paper Copilot, { $conferences } { $first }–{ $last }; наш рейтинг
# en: c83aac7d
institutions-coverage =
    { $count } { $count ->
        [one] конференції
        [few] конференціях
        [many] конференціях
       *[other] конференції
    } з ШІ { $first }–{ $last }
# en: 322b1be9
institutions-header-country = Країна
# en: f998dc7f
institutions-header-seats = Установ у топ-{ $top }
# en: 5497b760
institutions-header-institution = Установа
# en: 3726c221
institutions-header-papers = Статті
# en: 1a39fcd6
institutions-header-rank = Місце

## Місця в топ-N за країнами

# en: 71e7e49a
institutions-seats-beside = Найкраща: { $institution }, { $counted } ({ $rank }); на місці { $place } — { $cutoff_counted }
# en: 5356a67c
institutions-seats-title =
    { $seats ->
        [0] У топ-{ $top } за статтями на конференціях з ШІ немає російських установ
       *[other] У Росії { $seats } з топ-{ $top } установ за статтями на конференціях з ШІ
    }
# en: 1ee1a254
institutions-seats-differ = Але { $ranking }, за повідомленнями, ставить { $institution } { $place }.
# en: 2cc2a88d
institutions-seats-subtitle =
    Установи з топ-{ $top } за кількістю статей на { $coverage }, за країнами ({ $variant }){ $chosen ->
        [1] ; обрані вами країни і Росія
       *[0] { "" }
    }
# en: 33eb7394
institutions-seats-note =
    Установи з рівною кількістю статей ділять місце: на місці { $place } або вище — { $within } { $within ->
        [one] установа
        [few] установи
        [many] установ
       *[other] установи
    }. { $differ }
# en: 221d34d1
institutions-seats-rebuilt = Стаття не називає рейтингу; цей рейтинг ми відтворили самі.
# en: 827b0046
institutions-seats-alt =
    { $seats ->
        [0] Жодної російської установи немає серед
       *[other] У Росії { $seats } з
    } топ-{ $top } дослідницьких установ у сфері ШІ за статтями на { $coverage }; найбільше — { $lead }. { $beside }.
# en: 57bc2d57
institutions-seats-description = Місця в топ-{ $top } за країнами ({ $variant }): { $places }. Установ у нашому рейтингу: { $total }; установи з рівною кількістю статей ділять місце, тож на місці { $place } або вище — { $within }. Найкраща російська установа, { $short }, має { $papers_counted } і посідає місце { $rank }; на місці { $place } — { $cutoff_counted }. Країну визначено за штаб-квартирою, інакше — за поштовим доменом. { $differ }

## Обрані установи проти порогу

# en: be7e67dd
institutions-cutoff-unranked = поза цим рейтингом
# en: 0aff770e
institutions-cutoff-row = { $institution } ({ $rank })
# en: d4cc2645
institutions-cutoff-line = місце { $place }: { $counted }
# en: 9342174f
institutions-cutoff-title-short = Найкраща російська установа, { $institution }, відстає від топ-{ $top } на { $counted }
# en: 60237c1f
institutions-cutoff-title-enough = { $institution } має досить статей для топ-{ $top }
# en: bda11544
institutions-cutoff-title-others = Обрані установи в топ-{ $top }: { $within } з { $chosen }
# en: ddc5cf49
institutions-cutoff-title-none = Жодна з обраних установ не має місця; для топ-{ $top } треба { $cutoff_counted }
# en: aeedf083
institutions-cutoff-subtitle = Прийняті статті на { $coverage }, у дужках — місце ({ $variant })
# en: 1e157793
institutions-cutoff-note =
    Пунктир: статті установи на місці { $place }. Останній рядок: усі російські установи разом; { $metric ->
        [full] спільну статтю кількох із них враховано один раз.
       *[fractional] їхні частки кожної статті додано.
    }
# en: 569b23eb
institutions-cutoff-alt = Найкраща російська установа у сфері ШІ, { $institution }, має { $counted } ({ $rank }); для топ-{ $top } треба { $cutoff_counted }. Усі російські установи разом посіли б місце { $pooled }.
# en: 4b13dbb8
institutions-cutoff-alt-none = Для топ-{ $top } треба { $cutoff_counted }; усі російські установи разом посіли б місце { $pooled }.
# en: 6e8f93d4
institutions-cutoff-description-row-unranked = { $short }: у цьому варіанті без місця
# en: 7db4538e
institutions-cutoff-description-row = { $short }: { $counted } ({ $rank })
# en: a3632e1a
institutions-cutoff-description =
    Статті на { $coverage } ({ $variant }); на місці { $place } — { $counted }. { $rows }. Останній рядок враховує кожну статтю хоча б з однією російською афіліацією один раз { $metric ->
        [full] (повний підрахунок).
       *[fractional] (сума російських часток).
    }

## Вердикт

# en: 65db28ca
institutions-ranking-kit = наш рейтинг за статтями на { $count } конференціях з ШІ 2023–2024
# en: 7c5d250b
institutions-ranking-neurips = статті NeurIPS { $period } (сторонні підрахунки)
# en: f404dfb5
institutions-caveat-kit = Стаття не називає джерела свого топ-200; наш власний рейтинг рахує прийняті статті на { $count } конференціях з ШІ: { $venues } ({ $papers_counted } в основних секціях з афіліаціями). NeurIPS, ICLR, ACL і AAAI не враховано.
# en: a990eb57
institutions-caveat-pooled = Якби Росію рахували як одну установу, вона мала б { $counted } і посіла б місце { $rank }, тобто увійшла б до топ-{ $top }: твердження справджується для установ, але не для країни загалом.
# en: dac6f6e4
institutions-caveat-neurips-alone = , а лише у { $period } році верхня межа, { $counted }, сягає порогу місця { $place } ({ $cutoff }) і дає місце { $rank }
# en: 729333db
institutions-caveat-neurips =
    NeurIPS (сторонні підрахунки, { $period } разом): { $short } має щонайбільше { $counted } проти { $cutoff } на місці { $place }{ $alone }. Частину статей установ { $mismapped_short } сторонній проєкт відносить до інших установ, тож їхні підрахунки — нижня межа; крім того, він об’єднує статті Сколтеху та ISTA ({ $bucket_counted } разом{ $reaches ->
        [1] , вище порогу
       *[0] { "" }
    }): ці підрахунки не можуть показати, що жодна російська установа не входить до топ-200 NeurIPS.
# en: fa59aefb
institutions-published-places = { $ranking }, за повідомленнями, ставить { $institution } { $place }
# en: 7b8df34b
institutions-published-none = { $ranking } не має російських установ у своєму топ-{ $listed }
# en: 90d2bc08
institutions-published-context = { $text } (лише для контексту: { $reason })
# en: 27a6429f
institutions-caveat-published = Опубліковані рейтинги: { $rankings }.
# en: 7477cec1
institutions-caveat-unsettled = Отже, твердження справджується для нашого рейтингу за науковим доробком, але не для рейтингів, які стаття могла мати на увазі так само ({ $rankings }): дані не дають змоги це вирішити.
# en: 882549bb
institutions-caveat-unknown = Установ із топ-{ $top } без країни: { $count }.
# en: fe272844
institutions-aside-restated = повторено в { -caveat(form: "loc") } до цього твердження про наш власний рейтинг
# en: 2d6b2ae7
institutions-aside-cutoff = нижчий поріг полегшує, а не ускладнює російській установі вихід у топ-200, тож наш нульовий результат залишається в силі
# en: b432fe7e
institutions-aside-samsung = твердження стосується російських університетів; московська лабораторія іноземної компанії до них не належить
# en: 11f763c8
institutions-aside-sensitivity =
    усі { $variants } { $variants ->
        [one] варіант
        [few] варіанти
        [many] варіантів
       *[other] варіанта
    }, з цими секціями й без них, дають ту саму кількість
# en: 30d0dea5
institutions-aside-neurips = повторено в { -caveat(form: "loc") } про NeurIPS разом із наслідками
# en: b73d30d8
institutions-computed = Російських установ у топ-{ $top } нашого рейтингу за статтями в кожному з { $variants } варіантів: { $counts } (найкраща: { $short }, місце { $rank }, { $counted } проти { $cutoff } на місці { $place }){ $contrary }
# en: 872b9347
institutions-computed-contrary = ; але { $ranking }, за повідомленнями, ставить { $institution } { $place }
# en: 72ae4d07
institutions-article-value = Російських університетів у топ-{ $top }: { $stated }

## Інструменти

# en: c12e4208
institutions-explore-ranking = Рейтинг
# en: aedd2857
institutions-explore-countries = Країни
# en: 0942de4c
institutions-explore-countries-noun = країни
# en: 2f1d43a3
institutions-explore-countries-hint = Залиште поле країн порожнім, щоб побачити всі країни з місцями; Росію показано завжди.
# en: 94797b25
institutions-explore-institutions = Установи
# en: 88930434
institutions-explore-institutions-noun = установи
# en: a3d295b3
institutions-explore-institutions-hint = Оберіть від { $low } до { $high } установ: введіть частину назви, щоб знайти потрібну.
# en: b5cdf082
institutions-option = { $rank }. { $institution } ({ $country })
