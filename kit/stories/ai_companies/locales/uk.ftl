## Тексти історії про компанії у сфері ШІ українською (ідентифікатори починаються з "companies-").


## Списки

# en: 37b092b6
companies-list-all-sector = Топ-100 компаній усіх галузей за ринковою вартістю, лютий 2026
# en: 576e80f3
companies-list-all-sector-shows = чи коштує будь-яка російська компанія будь-якої галузі стільки, скільки компанія на його 100-му місці
# en: e53e97c6
companies-list-all-sector-cannot-show = нічого про технологічні компанії, що коштують менше
# en: 863a7836
companies-list-tech = Топ-100 технологічних компаній Forbes Global 2000 за ринковою вартістю, 2025
# en: 69a33e02
companies-list-tech-shows = нижню межу вартості 100-ї технологічної компанії світу
# en: 0d56b6f8
companies-list-tech-cannot-show = те, чи увійшла б до нього російська компанія: у Global 2000 за 2025 рік немає жодної російської компанії
# en: be6cdf61
companies-list-ai50 = Forbes AI 50, 2025 (приватні компанії у сфері ШІ)
# en: 7ff2f500
companies-list-ai50-shows = російську компанію серед 50 провідних приватних компаній у сфері ШІ, якби така була
# en: f6c3e86c
companies-list-ai50-cannot-show = те, що жодної російської компанії немає серед 100 провідних компаній у сфері ШІ: у ньому 50 місць, і публічних компаній він не включає
# en: da1c1602
companies-usd = { $amount }{ "\u00A0" }млрд{ "\u00A0" }$

## Короткі назви для вузьких панелей

# en: e2637438
companies-panel-all-sector = Топ-100 усіх галузей за вартістю, лют. 2026
# en: 379a940c
companies-panel-tech = Топ-100 техкомпаній Forbes Global 2000, 2025
# en: a91751b3
companies-panel-ai50 = Forbes AI 50, 2025 (приватні компанії)

## Місця країн у кожному списку

# en: 00b6602a
companies-countries-title-none =
    { $lists ->
        [one] Немає російських компаній у списку «{ $list }»
        [few] У жодному з { $lists } списків провідних компаній немає російських
        [many] У жодному з { $lists } списків провідних компаній немає російських
       *[other] У жодному з { $lists } списків провідних компаній немає російських
    }
# en: 3efa4bd7
companies-countries-title-some = Російські компанії у списках: { $counts }
# en: cdb097d4
companies-countries-shown-most = країни з найбільшою кількістю місць
# en: d02383f2
companies-countries-shown-chosen = обрані країни
# en: 0390e24a
companies-countries-subtitle = Компанії за країнами в кожному списку: { $shown } і Росія
# en: 51639906
companies-countries-note = Штаб-квартири — як у кожному списку. Список усіх галузей не є технологічним; Forbes Global 2000 не включає російських компаній, тож його нуль показує межі охоплення.
# en: 0e68e1d7
companies-countries-alt = У Росії { $counts } компаній у списках: { $lists }; найбільше місць — { $leader }.
# en: 6dc32ebb
companies-countries-description = Компанії за країнами. { $lists }

## Ринкова вартість російських компаній проти порогів списків

# en: 9f58bc48
companies-value-line-tech = 100-та техкомпанія (2025): від { $value }
# en: 83bb14c2
companies-value-line-all = 100-та компанія загалом (2026): { $value }
# en: 46dea0f9
companies-value-kind-russian = Російська компанія (Forbes Russia, { $edition })
# en: 317e5669
companies-value-row-tech = 100-та техкомпанія, Forbes Global 2000 (2025)
# en: 6d966c34
companies-value-row-all = 100-та компанія, усі галузі (лют. 2026)
# en: 7e546135
companies-value-kind-lower-bound = поріг (нижня межа)
# en: a35e19eb
companies-value-kind-cutoff = поріг
# en: f85ea044
companies-value-title = { $company } з оцінкою { $value } поступається 100-й технологічній компанії світу
# en: 97d60a5e
companies-value-subtitle = Ринкова вартість, млрд $: найдорожчі інтернет-компанії Росії (Forbes Russia, { $edition }). Пунктир: останнє місце у двох списках топ-100
# en: fe40c0e2
companies-value-note = Російські оцінки: рейтинг інтернет-компаній Forbes Russia (ринкові дані й оцінки аналітиків), повідомлення від { $date }. 100-та техкомпанія Forbes Global 2000 — нижня межа.
# en: 6260cab6
companies-value-alt = Найдорожча інтернет-компанія Росії, { $company }, з оцінкою Forbes Russia { $value } ({ $edition }) коштує менше за 100-ту техкомпанію світу 2025 року ({ $tech }) і значно менше за 100-ту компанію всіх галузей ({ $all }).
# en: 994f18fa
companies-value-description = Рейтинг російських інтернет-компаній Forbes Russia { $edition } року (повідомлення: { $reporter }, { $date }): { $values }. 100-та технологічна компанія Forbes Global 2000 (2025) коштує { $tech } — це нижня межа для списку топ-100 техкомпаній (компанії поза Global 2000 можуть її лише підвищити); 100-та компанія всіх галузей у лютому 2026 року — { $all }.

## Вердикти

# en: 442dc23b
companies-ai-caveat-nearest = Списку { $top } провідних компаній у сфері ШІ не знайдено; найближчий, Forbes AI 50, може показати { $shows }, але не { $cannot }.
# en: 35e904f2
companies-ai-caveat-unnamed = Список, який мала на увазі стаття, не названо; CB Insights AI 100 отримати не вдалося.
# en: 762a6f4a
companies-ai-caveat-others = Формулювання статті відходить від її джерела: The Times, у переказі { $outlets }, писала про топ-{ $top } технологічних компаній за ринковою вартістю, а не про ШІ-компанії; це прочитання перевірено як { $claim }.
# en: 56315d16
companies-ai-aside-private = повторено в застереженнях до твердження про найближчий список
# en: c50c2b95
companies-ai-article-value = Російських компаній у топ-{ $top } компаній у сфері ШІ: { $stated }
# en: f93af213
companies-ai-computed = Російських компаній у Forbes AI 50 (2025): { $found }; його { $size } компаній — з таких країн: { $countries }
# en: 2e926f7b
companies-tech-caveat-lists = Списку топ-{ $top } технологічних компаній світу за ринковою вартістю не знайдено. У топ-{ $size } усіх галузей за лютий 2026 року російських компаній: { $in_all }, тож жодна не коштує { $all } або більше; у Forbes Global 2000 (2025) їх { $in_tech }, тож він не може показати, чи увійшла б туди російська компанія, і дає лише { $shows }: { $tech } (компанії поза Global 2000 можуть її лише підвищити).
# en: 1c61f16c
companies-tech-caveat-best = { $company }, найбільша російська інтернет-компанія в рейтингу Forbes Russia { $edition } року (повідомлення від { $date }), оцінена в { $value }; щоб сягнути цієї нижньої межі, вона мала б коштувати на { $percent }{ "\u00A0" }% більше.
# en: 5b3f6898
companies-tech-aside-restated = повторено в застереженні до твердження про те, що може показати кожен список
# en: b946effd
companies-tech-aside-scraped = список відстоїть від статті не більш ніж приблизно на два тижні в будь-який бік, а його компанія { $place } ({ $value }) коштує в кілька разів більше за будь-яку російську інтернет-компанію
# en: 8d666eb3
companies-tech-article-value = Російських компаній у топ-{ $top } технологічних компаній за ринковою вартістю: { $stated }
# en: 8b53f7d5
companies-tech-computed = найбільша російська інтернет-компанія, { $company }, оцінена в { $value } (Forbes Russia, { $edition }), — менше, ніж { $tech }, нижня межа вартості технологічної компанії { $place }; російських компаній у топ-{ $size } усіх галузей: { $in_all }

## Інструмент

# en: e566ceb4
companies-explore-all-lists = Усі три списки
# en: 0662c34c
companies-explore-list = Список
# en: e3673b8a
companies-explore-countries = Країни
# en: d3fb6ece
companies-explore-countries-noun = країни
# en: c647832e
companies-explore-hint = Оберіть принаймні одну країну; Росію показано завжди.
