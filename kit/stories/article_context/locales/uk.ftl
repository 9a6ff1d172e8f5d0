## Тексти історії про інші твердження статті українською (ідентифікатори починаються з "context-"): твердження
## без статистики, перевірені частина за частиною за датованими записами.


## Висновки

# en: d4d73866
context-finding-confirmed = підтверджено
# en: d24b3300
context-finding-contradicted = спростовано
# en: f2aba733
context-finding-disputed = спірно
# en: c93a667e
context-finding-not-found = не знайдено

## Вердикти: що показують записи, застереження історії, відкладені застереження

# en: 37ca14d2
context-computed = { $part }: { $finding } ({ $dates })
# en: 6c37fb35
context-computed-not-found = { $part }: записів не знайдено
# en: 34d98c54
context-record-event = { $who }, { $date }: { $note }
# en: 03fb995f
context-record-report = { $who } ({ $date }): { $note }
# en: 8c5308c2
context-cite = { $outlet }, { $date }
# en: 87564daf
context-span = { $first } – { $last }
# en: 772dd13c
context-span-days = { $first }–{ $last }
# en: 5c03d0b0
context-days = { $days } { $month }
# en: 40479224
context-caveat-disputed = Спірно: «{ $part }». Проти: { $against }. За: { $support }.
# en: 9d0dc021
context-caveat-disputed-others = Спірно: «{ $part }». Проти: { $against }. За: { $support }. Інші перекази тієї самої статті The Times: { $others }.
# en: b2c48fb8
context-caveat-not-found = Не знайдено: «{ $part }»; жодного запису про це ми не знайшли.
# en: b33deaac
context-caveat-not-found-nearest = Не знайдено: «{ $part }»; жодного запису про це ми не знайшли; найближчий запис — { $nearest }.
# en: b289cf60
context-caveat-contradicted = Спростовано: «{ $part }»: { $records }.
# en: a89f88a1
context-caveat-context = { $records }.
# en: 90e4d14e
context-caveat-old-part =
    «{ $part }» ({ $span }, приблизно за { $years } { $n ->
        [one] рік
        [few] роки
        [many] років
       *[other] року
    } до статті)
# en: d103300b
context-caveat-old = Записи, які це підтверджують, давні: { $parts }; стаття дати не називає.
# en: 147d2452
context-aside-habits = твердження не стосується звичок Путіна
# en: 2ef7c111
context-aside-times = падіння задокументоване й зняте на відео незалежно від The Times

## Що стаття стверджує про кожну частину, нашими словами (англійською — у даних статті)

# en: c74014ae
context-part-putin-offline-landlines = керує через шифровані стаціонарні телефони
# en: d4d98839
context-part-putin-offline-briefings = покладається на друковані зведення
# en: 4670632f
context-part-putin-offline-internet = повністю уникає інтернету
# en: 9e7ac67e
context-part-putin-offline-smartphone = повністю уникає смартфонів
# en: a56bf9c6
context-part-cia-project-remark = вважає інтернет проєктом ЦРУ
# en: 9d3ae102
context-part-robot-fall-fall = упав обличчям на сцену в Москві за мить після того, як його представили
# en: c6dba9f9
context-part-alisa-luhansk-avoidance = уникає політичних тем
# en: bd115b2c
context-part-alisa-luhansk-luhansk-answer = назвала Луганськ частиною України, потім змінила відповідь і відмовилася відповідати

## Тексти записів (англійською — у data/raw/article_context_evidence/evidence.csv, рядок n)

# en: 02d12cb5
context-record-1-who = Володимир Путін на медіафорумі в Санкт-Петербурзі, який транслювало телебачення
# en: b05115b3
context-record-1-note = назвав інтернет проєктом ЦРУ, яким той був від початку й лишається досі
# en: 7b5339c4
context-record-1-outlet = Al Arabiya (повідомлення AP)
# en: 69fd2950
context-record-2-who = Володимир Путін на медіафорумі в Санкт-Петербурзі, який транслювало телебачення
# en: 9d9f7418
context-record-2-note = те саме висловлювання; застеріг, що пошукові запити Google проходять через сервери в США
# en: 459a4491
context-record-2-outlet = The Daily Star
# en: 28c7e8d5
context-record-3-who = The Times у переказі bb.lv
# en: 338c4acd
context-record-3-note = Путін колись назвав інтернет проєктом ЦРУ
# en: efff35ef
context-record-3-outlet = bb.lv
# en: b44cd1ac
context-record-4-who = AIdol, людиноподібний робот московського стартапу Idol, на власній презентації в конгрес-центрі Yarovit Hall
# en: 2656bcbc
context-record-4-note = упав під час офіційної презентації в Москві
# en: b316d0ac
context-record-4-outlet = підпис до фото EPA (на bonplansfrench.com)
# en: 67005f8b
context-record-5-who = AIdol на технологічному заході в Москві
# en: dcb40988
context-record-5-note = упав обличчям уперед, коли персонал виводив його на сцену; гендиректор компанії пояснив падіння проблемами з калібруванням
# en: de5723d1
context-record-5-outlet = right2024.com (з посиланням на Newsweek)
# en: 2df9112f
context-record-6-who = AIdol на технологічному заході в Москві
# en: 3a167f79
context-record-6-note = упав уперед за мить після того, як його представили; дата падіння тут — 11 листопада
# en: 2d570bf0
context-record-6-outlet = WebProNews (з посиланням на BBC і Newsweek)
# en: 5218566f
context-record-7-who = Валерій Фадєєв, голова Ради з прав людини при президентові Росії
# en: b5e3eab6
context-record-7-note = «Аліса» і «Маруся» від VK відмовляються відповідати про правовий статус Донецької та Луганської областей і про Бучу
# en: 164b62ef
context-record-7-outlet = The Moscow Times (з посиланням на «Коммерсант»)
# en: 6438957f
context-record-8-who = Дмитро Медведєв
# en: 83b87637
context-record-8-note = «Аліса» не сказала, де в Україні стоять пам'ятники Бандері
# en: 6565bfac
context-record-8-outlet = «Холод»
# en: 035f4234
context-record-9-who = Policy Genome (Ігор Самохідський), аудит шести ШІ-асистентів
# en: ad7ce707
context-record-9-note = повідомляє, що замість точних відповідей про війну «Аліса» тепер відмовляється відповідати; розмови про Луганськ у висновках, які ми переглянули, немає
# en: 1a0e8d7e
context-record-9-outlet = Texty.org.ua
# en: e799fe8d
context-record-10-who = Дмитро Пєсков, речник Кремля (в ефірі «Россия 24»)
# en: a2e160c3
context-record-10-note = наскільки йому відомо, у Путіна немає телефона
# en: dbead11f
context-record-10-outlet = The New Indian Express (UNI)
# en: 9d307c05
context-record-11-who = Дмитро Пєсков, речник Кремля (в ефірі радіо «Комсомольская правда»)
# en: f65f82fa
context-record-11-note = Путін досі не користується смартфоном
# en: 18f3512b
context-record-11-outlet = ТАСС
# en: a192218b
context-record-12-who = Дмитро Пєсков, речник Кремля (в ефірі «Россия 24»)
# en: fcb44daf
context-record-12-note = Путін отримує папки з роздруківками, а також друковані й телевізійні дайджести
# en: 9bd6e9b7
context-record-12-outlet = The New Indian Express (UNI)
# en: ed2195c5
context-record-13-who = Дмитро Пєсков, речник Кремля (в ефірі «Россия 24»)
# en: 93bb8e69
context-record-13-note = Кремль і далі користується закритими телефонами урядового зв'язку
# en: a538dde0
context-record-13-outlet = Russia Beyond (болгарське видання)
# en: 34689fa6
context-record-14-who = Дмитро Пєсков, речник Кремля (в ефірі «Россия 24»)
# en: 0b5a7af9
context-record-14-note = Путін може й сам пошукати щось в інтернеті на комп'ютері
# en: e5a87686
context-record-14-outlet = The New Indian Express (UNI)
# en: 15c68d2b
context-record-15-who = Дмитро Пєсков, речник Кремля (в ефірі «Россия-1»)
# en: bfff2e65
context-record-15-note = Путін користується інтернетом, хоч і не просиджує в ньому годинами
# en: 3c4ea8ac
context-record-15-outlet = ТАСС
# en: 10d7acb6
context-record-16-who = Дмитро Пєсков, речник Кремля (в ефірі радіо «Комсомольская правда»)
# en: 205b3dcc
context-record-16-note = Путін час від часу користується інтернетом
# en: 626fc356
context-record-16-outlet = ТАСС
# en: f50a58be
context-record-17-who = російський розвідник-перебіжчик, на якого посилається авторська колонка у FT
# en: 971abd28
context-record-17-note = Путін не користується інтернетом
# en: 2c6d8dd0
context-record-17-outlet = авторська колонка у Financial Times (передрук)
# en: 76c6491b
context-record-18-who = російський розвідник-перебіжчик, на якого посилається авторська колонка у FT
# en: 85701ea0
context-record-18-note = у Путіна немає смартфона
# en: 596f9aa3
context-record-18-outlet = авторська колонка у Financial Times (передрук)
# en: e4a7b5f5
context-record-19-who = The Times у переказі УНН
# en: 455801f3
context-record-19-note = Путін рідко користується інтернетом
# en: d2d6cecb
context-record-19-outlet = УНН
# en: e31d60aa
context-record-20-who = The Times у переказі ТСН
# en: 5e36c25a
context-record-20-note = Путін дуже рідко користується інтернетом
# en: e907ba91
context-record-20-outlet = ТСН
# en: 2d82c8f8
context-failing = «{ $part }»: { $finding }
# en: 93e8bcdb
context-caveat-searched =
    Шукали «{ $part }»: { $n } { $n ->
        [one] запит
        [few] запити
        [many] запитів
       *[other] запиту
    } у збережених копіях публічних вебсторінок, останній — { $date }; жоден запису про це не дав.
# en: 571f5d53
context-aside-times-cuts = записи — це заяви української розвідки, а не перекази The Times
# en: d69c520c
context-aside-economy = твердження не стосується економіки Росії
# en: dd2c818b
context-part-times-date-date = The Times опублікувала свій матеріал 31 січня 2026 року
# en: 546a02f1
context-part-leaders-messaging-heads-of-state = The Times протиставляє Путіну глав держав, які координують політику через шифровані месенджери
# en: bd504643
context-part-economic-cuts-cuts = Росія скорочувала видатки
# en: f0511051
context-record-21-who = The Wall Street Journal з посиланням на американських і російських посадовців, у переказі Business Insider
# en: 1cfdc013
context-record-21-note = Путін відмовляється виходити в інтернет, побоюючись стеження, і покладається на паперові документи від радників
# en: 67069069
context-record-21-outlet = South China Morning Post (Business Insider)
# en: f228d2d7
context-record-22-who = The Times у переказі РБК-Україна
# en: 0133d51f
context-record-22-note = Путін уникає інтернету й смартфонів
# en: 026544d4
context-record-22-outlet = РБК-Україна
# en: 017cb040
context-record-23-who = The Times у переказі «Хартії-97»
# en: 05343abf
context-record-23-note = Путін ігнорує інтернет і смартфони
# en: 1db9cb0a
context-record-23-outlet = Хартія-97
# en: fff2d4c8
context-record-24-who = The Times у переказі «Коментарів»
# en: c3d04a6e
context-record-24-note = у Путіна немає ні смартфона, ні інтернету
# en: cb4c90d5
context-record-24-outlet = Коментарі
# en: d409922e
context-record-25-who = The Times у переказі bb.lv
# en: 65856efc
context-record-25-note = Путін не користується інтернетом
# en: 34cf9b5e
context-record-25-outlet = bb.lv
# en: dae89903
context-record-26-who = The Times у переказі УНН
# en: 8f2cdf0d
context-record-26-note = протиставлення — з британськими міністрами в Уайтголлі, які координують політику у WhatsApp
# en: 3241fc9b
context-record-26-outlet = УНН
# en: 21eda6dc
context-record-27-who = The Times у переказі «Коментарів»
# en: 8be36517
context-record-27-note = протиставлення — з міністрами інших країн, які узгоджують політику через комерційні месенджери
# en: 6855f5e2
context-record-27-outlet = Коментарі
# en: 93f7d8a7
context-record-28-who = The Times у переказі bb.lv
# en: e0665cbe
context-record-28-note = протиставлення — з міністрами інших країн, які координують політику через комерційні месенджери
# en: 6742fdf3
context-record-28-outlet = bb.lv
# en: cfc17bb3
context-record-29-who = The Times у переказі РБК-Україна
# en: 1b2c5c11
context-record-29-note = протиставлення — з іншими світовими лідерами, які координують політику через сучасні месенджери й цифрові платформи
# en: 2597bf36
context-record-29-outlet = РБК-Україна
# en: 385c7257
context-record-30-who = The Times у переказі «Хартії-97»
# en: d911200d
context-record-30-note = протиставлення — з лідерами інших держав, які координують політику через сучасні месенджери й цифрові платформи
# en: 76bd708e
context-record-30-outlet = Хартія-97
# en: dfd4ec0a
context-record-31-who = The Times у переказі ТСН
# en: ce18cd4c
context-record-31-note = ТСН переказала статтю The Times ще 30 січня — на день раніше за дату, яку називає стаття
# en: ea5d87f3
context-record-31-outlet = ТСН
# en: 5cfdd83f
context-record-32-who = The Times у переказі «Коментарів»
# en: 5e18c4d5
context-record-32-note = «Коментарі» переказали статтю The Times 30 січня
# en: eb28fd44
context-record-32-outlet = Коментарі
# en: a3454e39
context-record-33-who = Служба зовнішньої розвідки України
# en: 3c08e414
context-record-33-note = на 2026 рік Росія скоротила федеральні видатки щонайменше на 18 із 51 державної програми, заощадивши понад 207 млрд рублів
# en: ccc7b3ae
context-record-33-outlet = УНН
# en: 69f06120
context-record-34-who = Служба зовнішньої розвідки України
# en: bb5208ea
context-record-34-note = бюджетна криза в російських регіонах виявляється в масових затримках зарплат у бюджетній сфері (зокрема в Хакасії): це затримки, а не скорочення
# en: 1c3ba74a
context-record-34-outlet = «Економічна правда»
# en: a110f061
context-record-35-who = Воєнна розвідка України (ГУР), перехоплена розмова мешканки одного з російських регіонів
# en: 1590ef0f
context-record-35-note = місцеві адміністрації скоротять до п'ятої частини працівників через брак грошей: розповідь однієї мешканки
# en: e1b2806a
context-record-35-outlet = РБК-Україна
# en: f6f871cd
context-date-by = не пізніше { $date }
