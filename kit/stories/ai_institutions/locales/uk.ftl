## Тексти історії про установи у сфері ШІ українською (ідентифікатори починаються з "institutions-").


## Варіанти рейтингу

# en: 757103d2
institutions-tracks-main-tracks = основні треки
# en: 93a96e07
institutions-tracks-all-tracks = усі треки
# en: 97faa147
institutions-universe-all-institutions = усі установи
# en: faf5abdc
institutions-universe-academic-or-public-only = університети й державні інститути
# en: de5f3adc
institutions-metric-full = повний підрахунок
# en: 92fe98fd
institutions-metric-fractional = дробовий підрахунок
# en: de4fe2cf
institutions-variant = { $tracks }, { $universe }, { $metric }
# en: 8807ac10
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

# en: ebb6910e
institutions-short-pooled = Уся Росія разом
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
# en: 39d63332
institutions-country-unknown = Країна невідома

## Обидва графіки

# en: 7a8e4c94
institutions-source = Джерело: прийняті статті { $conferences } { $first }–{ $last }, дані Paper Copilot
# en: 9400d892
institutions-coverage =
    { $count } { $count ->
        [one] конференції
        [few] конференціях
        [many] конференціях
       *[other] конференціях
    } з ШІ { $first }–{ $last }

## Місця в топ-N за країнами

# en: 9bf0e9b6
institutions-seats-beside = Найкраща: { $institution }, { $counted } ({ $rank }); для місця { $place } треба { $cutoff_counted }
# en: 5356a67c
institutions-seats-title =
    { $seats ->
        [0] У топ-{ $top } за статтями на конференціях з ШІ немає російських установ
       *[other] У Росії { $seats } з топ-{ $top } установ за статтями на конференціях з ШІ
    }
# en: 1ee1a254
institutions-seats-differ = Інші рейтинги кажуть інше: { $ranking }, за повідомленнями, ставить { $institution } { $place }.
# en: df978dff
institutions-seats-chosen = ; вибір читача і Росія
# en: f7a64908
institutions-seats-subtitle = Установи з топ-{ $top } за статтями на { $coverage }, за країнами. { $variant }{ $chosen }
# en: d2e774ce
institutions-seats-note =
    Рівні ділять місце, тож на місці { $place } або вище { $within } { $within ->
        [one] установа
        [few] установи
        [many] установ
       *[other] установ
    }. { $differ }
# en: 73ac80e8
institutions-seats-rebuilt = Стаття не називає рейтингу; цей відтворено набором.
# en: d9f0e789
institutions-seats-alt = У Росії { $seats } з топ-{ $top } установ у дослідженнях ШІ за статтями на { $coverage }; найбільше — { $lead }. { $beside }.
# en: 5f5def42
institutions-seats-description = Місця в топ-{ $top } за країнами ({ $variant }): { $places }. Установ у рейтингу набору за статтями: { $total }; рівні ділять місце, тож на місці { $place } або вище — { $within }. Найкраща російська установа, { $short }, має { $papers_counted } і посідає місце { $rank }; для місця { $place } треба { $cutoff_counted }. Країна: за штаб-квартирою, інакше за доменом e-mail. { $differ }

## Обрані установи проти порогу

# en: be7e67dd
institutions-cutoff-unranked = тут без місця
# en: 16297d66
institutions-cutoff-line = { $place }: { $counted }
# en: 552afd26
institutions-cutoff-title-short = Найкраща в Росії, { $institution }, відстає від топ-{ $top } на { $counted }
# en: 60237c1f
institutions-cutoff-title-enough = { $institution }: статей досить для топ-{ $top }
# en: 9d323c7e
institutions-cutoff-title-none = Жодна з обраних установ не має місця; для топ-{ $top } треба { $counted }
# en: 8216a2b4
institutions-cutoff-subtitle = Прийняті статті на { $coverage } (місце в дужках). { $variant }
# en: 1338164a
institutions-cutoff-note =
    Пунктир: статті установи на місці { $place }. Разом { $institutions } { $institutions ->
        [one] російська установа посіла б
        [few] російські установи посіли б
        [many] російських установ посіли б
       *[other] російських установ посіли б
    } місце { $pooled }.
# en: cc5700be
institutions-cutoff-alt = Найкраща російська установа у сфері ШІ, { $institution }, має { $counted } ({ $rank }); для топ-{ $top } треба { $cutoff_counted }. Усі російські установи разом посіли б місце { $pooled }.
# en: 3cec8c59
institutions-cutoff-alt-none = Жодна з обраних установ не має місця; для топ-{ $top } треба { $counted }.
# en: 6e8f93d4
institutions-cutoff-description-row-unranked = { $short }: у цьому варіанті без місця
# en: 72353869
institutions-cutoff-description-row = { $short }: { $counted }
# en: ec893534
institutions-cutoff-description =
    Статті на { $coverage } ({ $variant }); на місці { $place } — { $counted }. { $rows }. Рядок «уся Росія» рахує кожну статтю хоча б з однією російською афіліацією один раз { $metric ->
        [full] (повний підрахунок).
       *[fractional] (сума російських часток).
    }

## Вердикт

# en: 21d38bbe
institutions-ranking-kit = рейтинг набору за статтями на { $count } конференціях з ШІ 2023–24
# en: 7c5d250b
institutions-ranking-neurips = статті NeurIPS { $period } (підрахунок третьої сторони)
# en: 936edc28
institutions-caveat-kit = Стаття не називає джерела свого топ-200; власний рейтинг набору рахує прийняті статті на { $count } конференціях з ШІ: { $venues } ({ $papers_counted } основних треків з афіліаціями). NeurIPS, ICLR, ACL і AAAI не враховано.
# en: 0713ce78
institutions-caveat-pooled = Якби Росію рахували як одну установу, вона мала б { $counted } і посіла б місце { $rank }, тобто увійшла б до топ-{ $top }: твердження справедливе для установ, але не для країни загалом.
# en: 7c6cc2f1
institutions-caveat-neurips-alone = , а лише у { $period } верхня межа, { $counted }, сягає { $cutoff } на місці { $top } ({ $rank })
# en: c7b3dc33
institutions-caveat-neurips =
    NeurIPS (підрахунок третьої сторони, { $period } разом): { $short } має щонайбільше { $counted } проти { $cutoff } на місці { $top }{ $alone }. Частину статей установ { $mismapped_short } третя сторона відносить до інших, тож їхні підрахунки — нижня межа; крім того, вона об'єднує статті Сколтеху та ISTA ({ $bucket_counted } разом{ $reaches ->
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
# en: fc4b9e15
institutions-caveat-unsettled = Отже, твердження справджується для рейтингу набору за науковим доробком, але не для таких рейтингів: { $rankings }, — а стаття могла мати на увазі й їх: дані не дають змоги це вирішити.
# en: 071e6b52
institutions-caveat-unknown = Установ із топ-{ $top } без країни: { $count }.
# en: 00ad557c
institutions-aside-restated = повторено в застереженні до твердження про власний рейтинг набору
# en: a53b0fa1
institutions-aside-cutoff = нижчий поріг полегшує, а не ускладнює російській установі вихід у топ-200, тож нуль, який отримав набір, залишається в силі
# en: b432fe7e
institutions-aside-samsung = твердження стосується російських університетів; московська лабораторія іноземної компанії до них не належить
# en: 11f763c8
institutions-aside-sensitivity = усі { $variants } варіантів, з цими треками й без них, дають ту саму кількість
# en: eb7dbf56
institutions-aside-neurips = повторено в застереженні про NeurIPS разом із наслідками
# en: da7dd5e5
institutions-computed = Російських установ у топ-{ $top } рейтингу набору за статтями в кожному з { $variants } варіантів: { $counts } (найкраща: { $short }, місце { $rank }, { $counted } проти { $cutoff } на місці { $top }){ $contrary }
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
institutions-explore-countries-hint = Залиште країни порожніми, щоб побачити всі країни з місцями; Росію показано завжди.
# en: 94797b25
institutions-explore-institutions = Установи
# en: 88930434
institutions-explore-institutions-noun = установи
# en: a3d295b3
institutions-explore-institutions-hint = Оберіть від { $low } до { $high } установ: введіть частину назви, щоб знайти.
