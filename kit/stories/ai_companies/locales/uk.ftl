## Тексти історії про компанії у сфері ШІ українською (ідентифікатори починаються з "companies-").


## Списки

# en: 37b092b6
companies-list-all-sector = Топ-100 компаній усіх галузей за ринковою вартістю, лютий 2026
# en: 576e80f3
companies-list-all-sector-shows = чи коштує якась російська компанія будь-якої галузі стільки ж, скільки 100-та компанія списку
# en: e53e97c6
companies-list-all-sector-cannot-show = нічого про технологічні компанії, дешевші за неї
# en: 863a7836
companies-list-tech = Топ-100 технологічних компаній Forbes Global 2000 за ринковою вартістю, 2025
# en: 69a33e02
companies-list-tech-shows = нижню межу вартості 100-ї технологічної компанії світу
# en: d5197d11
companies-list-tech-cannot-show = чи потрапила б до нього російська компанія: Global 2000 не включає російських компаній (у списку 2025 року їх немає)
# en: be6cdf61
companies-list-ai50 = Forbes AI 50, 2025 (приватні компанії у сфері ШІ)
# en: 7ff2f500
companies-list-ai50-shows = російську компанію серед 50 провідних приватних компаній у сфері ШІ, якби така була
# en: f6c3e86c
companies-list-ai50-cannot-show = те, що серед 100 провідних компаній у сфері ШІ немає жодної російської: у ньому лише 50 місць, і публічних компаній він не включає
# en: f48b4250
companies-usd = { $amount } млрд $
# en: c87aa372
companies-country-count = { $country } { $count }
# en: 710752c8
companies-country-not-eligible = { $country }: не допущена

## Видання, як їх знають читачі

# en: e8a912b8
companies-outlet-unn = УНН
# en: af716b49
companies-outlet-tsn = ТСН

## Короткі назви для вузьких панелей

# en: e2637438
companies-panel-all-sector = Топ-100 усіх галузей за вартістю, лютий 2026
# en: 379a940c
companies-panel-tech = Топ-100 техкомпаній Forbes Global 2000, 2025
# en: a91751b3
companies-panel-ai50 = Forbes AI 50, 2025 (приватні компанії)

## Місця країн у кожному списку

# en: d2b0d4ee
companies-countries-not-eligible = не допущена
# en: 83f095ee
companies-countries-title-closed = Список «{ $list }» не включає російських компаній
# en: c10208a2
companies-countries-title-none =
    { $lists ->
        [1] Немає російських компаній у списку «{ $list }»
       *[other]
            { $closed ->
                [0]
                    У жодному з { $lists ->
                        [2] двох
                        [3] трьох
                       *[other] { $lists }
                    } { $lists ->
                        [one] списку
                        [few] списків
                        [many] списків
                       *[other] списку
                    } провідних компаній немає російських
               *[other]
                    Російських компаній немає в жодному з { $lists ->
                        [2] двох
                        [3] трьох
                       *[other] { $lists }
                    } { $lists ->
                        [one] доступного їм списку
                        [few] доступних їм списків
                        [many] доступних їм списків
                       *[other] доступного їм списку
                    }
            }
    }
# en: 3efa4bd7
companies-countries-title-some = Російські компанії у списках: { $counts }
# en: cdb097d4
companies-countries-shown-most = країни з найбільшою кількістю місць
# en: d02383f2
companies-countries-shown-chosen = обрані країни
# en: 0390e24a
companies-countries-subtitle = Компанії за країнами в кожному списку: { $shown } і Росія
# en: b63d61fd
companies-countries-note = Країни штаб-квартир — як у кожному списку.
# en: 1bfebc10
companies-countries-note-all-sector = Список усіх галузей не обмежується технологічними компаніями.
# en: fa683794
companies-countries-note-closed-tech = Forbes Global 2000 не включає російських компаній, тож Росію там позначено як не допущену.
# en: af3349ba
companies-countries-alt =
    { $none ->
        [1]
            Російських компаній немає { $count ->
                [1] у цьому списку
               *[other] у цих списках
            }: { $lists }.
       *[0] Російських компаній у цих списках: { $counts }; списки: { $lists }.
    } Найбільше місць — { $leader }.
# en: 92f24349
companies-countries-alt-leader = Найбільше місць — { $leader }.
# en: 6dc32ebb
companies-countries-description = Компанії за країнами. { $lists }
# en: de62c1de
companies-countries-description-list = { $list }: { $places }.
# en: 9a7a1f4e
companies-header-country = Країна

## Ринкова вартість російських компаній і 100-ї технологічної компанії світу

# en: e8034206
companies-value-row-tech = 100-та техкомпанія, 2025
# en: d419bb0e
companies-value-kind-russian = Російська інтернет-компанія (Forbes Russia, { $edition })
# en: 3902d765
companies-value-kind-lower-bound = 100-та технологічна компанія світу (Forbes Global 2000), нижня межа для будь-якого топ-100 техкомпаній
# en: 45748015
companies-value-header-company = Компанія
# en: dbc986ec
companies-value-header-value = Ринкова вартість, млрд $
# en: 35762592
companies-value-header-kind = Що це
# en: f85ea044
companies-value-title = { $company } з оцінкою { $value } поступається 100-й технологічній компанії світу
# en: 20c98289
companies-value-subtitle = Ринкова вартість, млрд $: найдорожчі інтернет-компанії Росії (Forbes Russia, { $edition }) і 100-та технологічна компанія світу (Forbes Global 2000)
# en: 0858ae38
companies-value-note = Російські оцінки: рейтинг Forbes Russia (ринкові дані й оцінки аналітиків), оприлюднений { $date } року. 100-та техкомпанія Forbes Global 2000 — нижня межа для будь-якого топ-100 техкомпаній.
# en: a0bb15b8
companies-value-alt = Найдорожча інтернет-компанія Росії, { $company }, яку Forbes Russia у { $edition } році оцінив у { $value }, коштує менше за 100-ту технологічну компанію світу 2025 року ({ $tech }) — нижню межу для будь-якого топ-100 техкомпаній.
# en: f31721ac
companies-value-description = Рейтинг російських інтернет-компаній Forbes Russia { $edition } року (за даними { $reporter }, { $date } року): { $values }. 100-та технологічна компанія Forbes Global 2000 (2025) коштує { $tech } — це нижня межа для списку топ-100 техкомпаній (компанії поза Global 2000 можуть її лише підвищити).

## Вердикти

# en: 442dc23b
companies-ai-caveat-nearest = Списку { $top } провідних компаній у сфері ШІ не знайдено; найближчий, Forbes AI 50, може показати { $shows }, але не { $cannot }.
# en: 2575cb5c
companies-ai-caveat-unnamed = Стаття не називає списку, який мала на увазі; CB Insights AI 100 отримати не вдалося.
# en: 838f10c1
companies-ai-caveat-others = Формулювання статті розходиться з джерелом: британська газета Times, за переказом { $outlets }, писала про топ-{ $top } технологічних компаній за ринковою вартістю, а не про компанії у сфері ШІ; це прочитання перевірено окремо й приписано цим виданням.
# en: dff967ef
companies-ai-aside-private = повторено в { -caveat(form: "pl-loc") } до цього твердження про найближчий список
# en: c50c2b95
companies-ai-article-value = Російських компаній у топ-{ $top } компаній у сфері ШІ: { $stated }
# en: f93af213
companies-ai-computed = Російських компаній у Forbes AI 50 (2025): { $found }; його { $size } компаній — з таких країн: { $countries }
# en: ce589002
companies-tech-caveat-lists = Списку топ-{ $top } технологічних компаній світу за ринковою вартістю не знайдено. У топ-{ $size } усіх галузей на лютий 2026 року російських компаній: { $in_all }, тож жодна не коштує { $all } чи більше; Forbes Global 2000 (2025) не включає російських компаній, тож не може показати, чи потрапила б туди російська компанія, і дає лише { $shows }: { $tech } (компанії поза Global 2000 можуть її лише підвищити).
# en: a4baf179
companies-tech-caveat-best = { $company }, найбільша російська інтернет-компанія в рейтингу Forbes Russia { $edition } року (оприлюднено { $date } року), оцінена в { $value }; щоб сягнути цієї нижньої межі, вона мала б коштувати на { $percent } більше.
# en: 0ed54d0f
companies-tech-aside-restated = повторено в { -caveat(form: "loc") } до цього твердження про те, що може показати кожен список
# en: b946effd
companies-tech-aside-scraped = список відстоїть від статті щонайбільше приблизно на два тижні, а його компанія { $place } ({ $value }) коштує в кілька разів більше за будь-яку російську інтернет-компанію
# en: 8d666eb3
companies-tech-article-value = Російських компаній у топ-{ $top } технологічних компаній за ринковою вартістю: { $stated }
# en: 8b53f7d5
companies-tech-computed = найбільша російська інтернет-компанія, { $company }, оцінена в { $value } (Forbes Russia, { $edition }), — менше за { $tech }, нижню межу вартості технологічної компанії { $place }; російських компаній у топ-{ $size } усіх галузей: { $in_all }

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
