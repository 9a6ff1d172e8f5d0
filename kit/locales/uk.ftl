## Службові тексти українською: глосарій, числа, реєстр, галерея, інтерактиви, сторінка для читачів. Ідентифікатори наші;
## кожен переклад позначено відбитком англійського тексту, з якого його перекладено.


## Глосарій: як наші терміни звучать українською. Інші тексти беруть їх звідси ({ -pillar } або потрібну форму:
## { -pillar(form: "gen") }) і не пишуть їх уручну. Форми: nom, gen, dat, acc, ins, loc; pl-… для множини; title —
## з великої літери (див. docs/editions.md).

# en: 95a5b562
-pillar =
    { $form ->
       *[nom] складова
        [gen] складової
        [dat] складовій
        [acc] складову
        [ins] складовою
        [loc] складовій
        [pl] складові
        [pl-gen] складових
        [pl-dat] складовим
        [pl-ins] складовими
        [pl-loc] складових
        [title] Складова
        [pl-title] Складові
    }
# en: 39151ec5
-verdict =
    { $form ->
       *[nom] вердикт
        [gen] вердикту
        [pl] вердикти
        [pl-gen] вердиктів
        [pl-ins] вердиктами
        [title] Вердикт
        [pl-title] Вердикти
    }
# en: 7f2ffe97
-verdict-accurate =
    { $form ->
       *[lower] правда
        [title] Правда
    }
# en: 0431148c
-verdict-accurate-with-caveats =
    { $form ->
       *[lower] { -verdict-accurate } із { -caveat(form: "pl-ins") }
        [title] { -verdict-accurate(form: "title") } із { -caveat(form: "pl-ins") }
    }
# en: 2f498be8
-verdict-inaccurate =
    { $form ->
       *[lower] неправда
        [title] Неправда
    }
# en: 6f8e2438
-verdict-unsupported =
    { $form ->
       *[lower] неоднозначно
        [title] Неоднозначно
    }
# en: e8088620
-verdict-unverified =
    { $form ->
       *[lower] немає доказів
        [title] Немає доказів
    }
# en: b59c4413
-fact-check =
    { $form ->
       *[nom] фактчек
        [gen] фактчеку
        [pl] фактчеки
        [title] Фактчек
        [pl-title] Фактчеки
    }
# en: 8afd7646
-claims-ledger =
    { $form ->
       *[nom] реєстр тверджень
        [gen] реєстру тверджень
        [ins] реєстром тверджень
        [loc] реєстрі тверджень
        [title] Реєстр тверджень
    }
# en: bb5a0a39
-caveat =
    { $form ->
       *[nom] застереження
        [loc] застереженні
        [pl-gen] застережень
        [pl-dat] застереженням
        [pl-ins] застереженнями
        [pl-loc] застереженнях
        [title] Застереження
    }

## Числа словами (kit.fmt)

# en: fb5c7cf3
fmt-points =
    { $points } { $n ->
        [one] бал
        [few] бали
        [many] балів
       *[other] бала
    }
# en: bb428849
fmt-million = { $amount }{ "\u00A0" }млн
# en: 7dcd99e9
fmt-billion = { $amount }{ "\u00A0" }млрд
# en: 994046ac
fmt-times =
    у { $shown } { $times ->
        [one] раз
        [few] рази
        [many] разів
       *[other] раза
    }
# en: 18e6b521
fmt-over-times =
    більш ніж у { $shown } { $times ->
        [one] раз
        [few] рази
        [many] разів
       *[other] раза
    }

## Графіки

# en: 932e52a7
chart-source = Джерело:
# en: 3dbc5eae
chart-sources = Джерела:

## Реєстр тверджень (kit/ledger.py)

# en: fa4e6793
ledger-verdict-accurate = { -verdict-accurate }
# en: a95902a2
ledger-verdict-accurate-with-caveats = { -verdict-accurate-with-caveats }
# en: 438c01ad
ledger-verdict-inaccurate = { -verdict-inaccurate }
# en: 2491e3dd
ledger-verdict-unsupported = { -verdict-unsupported }
# en: d68c19bb
ledger-verdict-unverified = { -verdict-unverified }
# en: 79409db5
ledger-rating-accurate = { -verdict-accurate(form: "title") }
# en: 04194b74
ledger-rating-accurate-with-caveats = { -verdict-accurate-with-caveats(form: "title") }
# en: 9d63d289
ledger-rating-inaccurate = { -verdict-inaccurate(form: "title") }
# en: 861d23ac
ledger-rating-unsupported = { -verdict-unsupported(form: "title") }
# en: fb4b86ce
ledger-rating-unverified = { -verdict-unverified(form: "title") }
# en: 165ef016
ledger-tally-count = { $verdict } — { $count }
# en: 660a5f1d
ledger-tally-none = жодного
# en: 7c37466b
ledger-tally-other = { $speakers }: { $verdict }
# en: 1471c9d8
ledger-tally-others = формулювання інших видань (не враховано): { $listed }
# en: ca8ecf2f
ledger-column-claim = №
# en: d813e749
ledger-column-said-by = хто сказав
# en: 78d9e218
ledger-column-statement-gives = у твердженні
# en: acb9d7bf
ledger-column-data-gives = за даними
# en: 118b47ca
ledger-column-verdict = { -verdict }
# en: 199039d3
ledger-column-statements = кількість
# en: 5d18d10d
ledger-column-claims = які саме (номери)
# en: 9cb09f9f
ledger-headline-none = Жодне твердження статті ще не перевірено
# en: 12290e27
ledger-headline-one-holds = Єдине перевірене твердження статті підтверджується даними
# en: 6ff86fe9
ledger-headline-one-fails = Єдине перевірене твердження статті не підтверджується даними
# en: 7838f519
ledger-headline-all =
    { $total ->
        [2] Обидва перевірені твердження статті підтверджуються даними
       *[other] Усі перевірені твердження статті ({ $total }) підтверджуються даними
    }
# en: bf7fee75
ledger-headline-some =
    { $holding ->
        [0] Даними не підтверджується жодне з перевірених тверджень статті ({ $total })
       *[other]
            Даними { $holding ->
                [one] підтверджується
                [few] підтверджуються
                [many] підтверджуються
               *[other] підтверджуються
            } { $holding } з { $total } { $total ->
                [one] перевіреного твердження
                [few] перевірених тверджень
                [many] перевірених тверджень
               *[other] перевірених тверджень
            } статті
    }
# en: 22356471
ledger-source-line = { $publisher }: { $title } (опубліковано { $published }, прочитано { $retrieved }) { $url }
# en: 4feb3498
ledger-review-name = { -fact-check(form: "title") }: { $statement }
# en: fa8b08d7
ledger-review-own = У статті: { $article }; за даними: { $data }.
# en: 1be6ccc5
ledger-review-others = { $speakers }: { $article }; за даними: { $data }.
# en: 64a113bd
ledger-title = { -claims-ledger(form: "title") }
# en: 4847c3b3
ledger-intro = Твердження, які можна перевірити (кожне нашими словами), звірено з даними з джерел. Статті: { $cited }. Тверджень статті: { $count }; { -verdict(form: "pl") }: { $tally }.
# en: 58d072b0
ledger-checked-articles = перевірені статті
# en: c447bc0c
ledger-article = { $publisher }, "{ $headline }"
# en: ef5f0058
ledger-heading-verdict = { -verdict(form: "title") }
# en: df1fbbc7
ledger-heading-statements = Кількість
# en: b84820f5
ledger-heading-claims = Які саме (номери)
# en: 7277608e
ledger-label-said-by = Хто сказав:
# en: 9481e833
ledger-other-wording = (так твердження зі статті { $publisher } сформулювало інше видання; серед { -verdict(form: "pl-gen") } статті не враховано)
# en: 1b6051b7
ledger-article-gives = У статті
# en: 63bab87f
ledger-others-give = Формулювання ({ $speakers })
# en: ba51ff6e
ledger-data-gives = За даними
# en: 699b857f
ledger-label-notebook = Блокнот
# en: 2c859f2a
ledger-label-charts = Графіки
# en: 6f9bc575
ledger-none = немає
# en: 2f2fceae
ledger-caveats = { -caveat(form: "title") }:
# en: 3008444e
ledger-no-caveats = { -caveat(form: "pl-gen") } немає.
# en: 142297cd
ledger-sources = Джерела:
# en: de40d6da
ledger-citation-page = { $publisher }, { $title }, { $published }; прочитано { $retrieved }
# en: 7b8da021
ledger-citation = { $originator } ({ $originated }), цит. за: { $page }
# en: 7996fc9b
ledger-date-inferred = { $date } (встановлено непрямо)
# en: 8c1bca25
ledger-date-unknown = дата невідома
# en: 6aed06e8
ledger-label-fails-on = Не підтверджується
# en: b236090f
ledger-method = Як ми перевіряли:
# en: a278db07
ledger-set-aside = { -caveat(form: "title") } джерел, не застосовані до цього твердження:
# en: e4054c4b
ledger-unchecked = Твердження, які ми не перевіряли
# en: 9f38c9ac
ledger-unchecked-line = { $statement } Хто сказав: { $speakers }; не перевіряли, бо { $reason }.
# en: c7e2cdb4
ledger-csv-claim = ідентифікатор
# en: 14f8c792
ledger-csv-number = №
# en: c14b4870
ledger-csv-statement = твердження (нашими словами)
# en: da4445f0
ledger-csv-said-by = хто сказав
# en: fd737061
ledger-csv-article-value = у твердженні
# en: a9f8a726
ledger-csv-computed-value = за даними
# en: 1f1c6831
ledger-csv-verdict = { -verdict }
# en: 841f611c
ledger-csv-rating = оцінка (1 — найгірша, 3 — найкраща)
# en: 35dc1ea7
ledger-csv-failing-parts = не підтверджується
# en: 5b458bd1
ledger-csv-caveats = { -caveat }
# en: e293c864
ledger-csv-method = як ми перевіряли
# en: bbb012c1
ledger-csv-caveats-set-aside = { -caveat } джерел, не застосовані
# en: aa844c78
ledger-csv-sources = джерела
# en: ddd8c6e1
ledger-csv-notebook = блокнот
# en: e992b6b5
ledger-csv-charts = графіки

## Галерея графіків (kit/gallery.py)

# en: cf43fd94
gallery-title = Графіки та { -fact-check(form: "pl") }
# en: 37ce4ec6
gallery-languages = Мови
# en: c74795de
gallery-article = { $publisher }, &laquo;{ $headline }&raquo;
# en: 9a225dfa
gallery-intro = Перевірено: { $checked }. Кожне твердження з цифрою звірено з даними з джерел; кожен графік подано з файлами. Графіків: { $charts }, тверджень: { $claims }; { -verdict(form: "pl") }: { $tally }.
# en: 06d0ec71
gallery-ledger-files = { -claims-ledger(form: "title") }: { $links }.
# en: b5929b61
gallery-claims = Твердження
# en: c07b6b8f
gallery-no-claims = У { -claims-ledger(form: "loc") } ще немає записів.
# en: b301fcb5
gallery-no-charts = Ще не експортовано жодного графіка.
# en: 2c5654b9
gallery-claim = Твердження
# en: 66d11708
gallery-not-exported = { $slug } (не експортовано)
# en: de0b8a2d
gallery-no-verdicts = немає: цей графік не пов’язаний із жодним записом { -claims-ledger(form: "gen") }
# en: b16fe987
gallery-no-png = (PNG не експортовано)
# en: 4420adec
gallery-data-csv = CSV, як на графіку
# en: 0ecc197e
gallery-data-datawrapper = CSV для Datawrapper
# en: 298403ba
gallery-embed = <b>Вбудувати</b> (адаптивне зображення з альтернативним текстом; завантажте папку <code>{ $folder }</code> поруч зі своєю сторінкою або змініть шляхи):
# en: 7328073b
gallery-get-data = Завантажити дані:
# en: 293f2f58
gallery-data-not-exported = не експортовано
# en: 8108db33
gallery-verdicts = { -verdict(form: "pl-title") }:
# en: aed642f2
gallery-alt-text = <b>Альтернативний текст</b> (для CMS):
# en: a2e58170
gallery-in-words = Дані словами
# en: d03a5141
gallery-sources-full = Джерела повністю:
# en: 9b40ac59
export-source-chain = { $citation } ({ $publisher }; опубліковано: { $published }; отримано: { $retrieved })
# en: f6636bbf
gallery-files = <b>Файли</b> (папка <code>{ $folder }</code>):
# en: f9f6a51f
gallery-file-web-png = PNG, веб (2x)
# en: 68be30b8
gallery-file-web-svg = SVG, веб
# en: 1be7023b
gallery-file-web-pdf = PDF, веб
# en: 1774e0a4
gallery-file-one-column-png = PNG, одна колонка
# en: e49c1070
gallery-file-one-column-svg = SVG, одна колонка
# en: 202bb297
gallery-file-one-column-pdf = PDF, одна колонка (89 мм)
# en: acd52b26
gallery-file-two-column-png = PNG, дві колонки
# en: 9dfd81f9
gallery-file-two-column-svg = SVG, дві колонки
# en: ddc46b1f
gallery-file-two-column-pdf = PDF, дві колонки (183 мм)
# en: ca849e86
gallery-file-datawrapper-csv = CSV для Datawrapper
# en: bc014d9e
gallery-file-csv = CSV, дані як на графіку
# en: 28a2815b
gallery-file-alt-txt = альтернативний текст
# en: 22c7f92c
gallery-file-json = тексти (JSON)
# en: 1983b8a5
gallery-index-title = Перевірені статті
# en: 329eb24f
gallery-index-intro = Твердження кожної статті, звірені з даними з джерел, разом із графіками та { -claims-ledger(form: "ins") }.
# en: 34ea8e0d
gallery-index-original = стаття
# en: c94c6cf5
gallery-index-none = Жодну статтю ще не перевірено.
# en: 02a2ae51
gallery-index-verdicts = { -verdict(form: "pl-title") }: { $tally }.

## Інтерактивні графіки (kit/widgets.py)

# en: 49d831d5
widgets-language = Мова
# en: 12dafe5b
widgets-export = Експортувати графік
# en: b4a86802
widgets-computing = Обчислення…
# en: 70d7c344
widgets-draw-failed = Не вдалося побудувати графік ({ $reason }).
# en: 2b3bf4fb
widgets-exported = Файлів експортовано: { $count } (папка { $folder })
# en: 49541340
widgets-exported-links = Експортовано в `{ $folder }`: { $links }
# en: 40d8d6f9
widgets-picker-search = почніть вводити назву
# en: 14075bc4
widgets-picker-clear = Очистити
# en: 1fe18a5d
widgets-picker-clear-tip = прибрати все вибране
# en: 421fb9e9
widgets-picker-all = Усі
# en: fa626897
widgets-picker-all-tip = вибрати все
# en: 4d210bdc
widgets-picker-reset = Скинути
# en: 30dcac55
widgets-picker-reset-tip = повернути початковий вибір
# en: 69692d8d
widgets-picker-chosen = Вибрано { $chosen } з { $every }
# en: 80234fd6
widgets-picker-all-chosen = Вибрано всі { $every }
# en: 60265be6
widgets-picker-remove = Прибрати: { $item }

## Сторінка для читачів (kit/reader)

# en: e26a2f99
reader-languages = Мови
# en: 2a940fa2
reader-page-title = Дослідіть дані самі
# en: 1a83cb14
reader-page-article = Цифри, на яких ґрунтується наш { -fact-check } статті { $publisher } «{ $headline }», обчислені у вашому браузері з тих самих даних.
# en: 256f975a
reader-gallery-link = Усі графіки й { -verdict(form: "pl") }
# en: f83cbb75
reader-weights = Ваги
# en: ab8aa5c9
reader-reset = Скинути
# en: 17e7bf9f
reader-add = Додати
# en: 59d52ad6
reader-remove = Прибрати: { $name }
# en: 3ff902b1
reader-not-found = «{ $text }» немає серед варіантів: введіть частину назви й виберіть зі списку.
# en: c9528711
reader-too-few = Для порівняння виберіть щонайменше { $least }.
# en: 38bce98c
reader-too-many = Порівняти можна щонайбільше { $most }: спершу приберіть одну.
# en: 78761cf7
reader-all-zero = Усі ваги нульові, тож оцінку обчислити неможливо: дайте хоча б одній { -pillar(form: "dat") } вагу більшу за нуль.
# en: 1124751f
reader-share = Посилання на цей вигляд
# en: 7ba67767
reader-share-hint = (скопіюйте його, щоб поділитися тим, що бачите)
# en: 4382488b
reader-problems = Частину посилання не вдалося використати, тож ця частина показує початковий вигляд: { $problems }
# en: b858d283
reader-problem-unknown = «{ $key }» не є частиною цієї сторінки
# en: 0fa4031f
reader-problem-number = { $key }: «{ $value }» не є числом
# en: 604572e5
reader-problem-range = { $key }: повзунок не може мати значення { $value } (від { $low } до { $high } з кроком { $step })
# en: 63deaef0
reader-problem-choice = { $key }: «{ $value }» немає серед варіантів
# en: 3f5a790b
reader-problem-count = { $key }: вибрано { $count }, а треба від { $low } до { $high }
# en: 2ed96512
reader-problem-zero = { $key }: усі ваги нульові
# en: 90181b98
reader-data = Дані у вигляді таблиці
# en: 06144f85
reader-column-rank = Місце
# en: 47aa01de
reader-column-name = Назва
# en: 4abaeada
reader-column-score = Оцінка
# en: e25bd648
reader-noscript = Графіки показують початковий вигляд; щоб змінювати їх, увімкніть JavaScript.
# en: d11e0f5f
reader-sources = Дані: { $sources }. Графіки й обчислення: наші, з тих самих даних.
# en: 7f9abadd
reader-embed-link = Вбудувати ці інтерактиви в іншу сторінку
# en: 9abcfaff
reader-embed-title = Вбудувати інтерактив
# en: 5f998bd2
reader-embed-intro = Вставте код інтерактиву у свою сторінку. Фрейм завантажує інтерактив із файлів, опублікованих поруч із цією сторінкою (сторінки для читачів і папка { $folder }/): опублікуйте їх разом зі своєю сторінкою або змініть адресу в коді. Висота фрейму підлаштовується під вміст.
# en: bdad3034
reader-embed-code = Код для вбудовування

## Застереження джерела, не застосоване до одного твердження, і чому

# en: 7199282f
claims-set-aside = { $caveat } Для цього твердження не враховано: { $reason }.
# en: 365dff3a
widgets-table-region = Таблиця (прокручуйте вбік клавішами зі стрілками)
