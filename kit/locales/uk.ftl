## Тексти самого набору українською. Ідентифікатори наші; кожен переклад позначено відбитком англійського тексту.


## Глосарій

# en: a8550f6b
-pillar = складова
# en: 9abf3a92
-verdict = вердикт
# en: aed92087
-verdict-accurate = точно
# en: 82ad9fa0
-verdict-accurate-with-caveats = точно із застереженнями
# en: 4a804f5f
-verdict-misleading = вводить в оману
# en: 8750b4d6
-verdict-inaccurate = неточно
# en: 8b674262
-verdict-unsupported = не підтверджено даними
# en: 878f4f18
-verdict-unverified = не перевірено
# en: cb61049c
-fact-check = фактчек

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
# en: b381305d
ledger-rating-accurate = Точно
# en: 19909777
ledger-rating-accurate-with-caveats = Точно із застереженнями
# en: 9e973752
ledger-rating-inaccurate = Неточно
# en: fe7e4925
ledger-rating-unsupported = Не підтверджено даними
# en: ac83898e
ledger-rating-unverified = Не перевірено
# en: 165ef016
ledger-tally-count = { $verdict }: { $count }
# en: 660a5f1d
ledger-tally-none = жодного
# en: 33a9ff40
ledger-tally-other = { $claim } ({ $speakers }): { $verdict }
# en: 1471c9d8
ledger-tally-others = формулювання інших видань (не враховано): { $listed }
# en: f983b3a8
ledger-column-claim = твердження
# en: d813e749
ledger-column-said-by = хто сказав
# en: 78d9e218
ledger-column-statement-gives = у твердженні
# en: acb9d7bf
ledger-column-data-gives = за даними
# en: 490184f7
ledger-column-verdict = вердикт
# en: 199039d3
ledger-column-statements = кількість
# en: 44e29b59
ledger-column-claims = твердження
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
        [0] Жодне з { $total } перевірених тверджень статті не підтверджується даними
        [1] Даними підтверджується 1 з { $total } перевірених тверджень статті
       *[other] Даними підтверджуються { $holding } з { $total } перевірених тверджень статті
    }
# en: efaa0d33
ledger-source-line = { $publisher }: { $title } (опубліковано { $published }, отримано { $retrieved }) { $url }
# en: f39058db
ledger-review-name = Фактчек: { $statement }
# en: fa8b08d7
ledger-review-own = У статті: { $article }; за даними: { $data }.
# en: 1be6ccc5
ledger-review-others = { $speakers }: { $article }; за даними: { $data }.
# en: 8f2bb503
ledger-title = Реєстр тверджень
# en: b847009a
ledger-intro = Твердження, які можна перевірити (кожне нашими словами), звірено з даними з джерел. Статті: { $cited }. Тверджень статті: { $count }; вердикти: { $tally }.
# en: 58d072b0
ledger-checked-articles = перевірені статті
# en: c447bc0c
ledger-article = { $publisher }, «{ $headline }»
# en: 778b9e56
ledger-heading-verdict = Вердикт
# en: df1fbbc7
ledger-heading-statements = Кількість
# en: fb741245
ledger-heading-claims = Твердження
# en: 4fd76bdb
ledger-label-statement = Твердження (нашими словами):
# en: 7277608e
ledger-label-said-by = Хто сказав:
# en: e44298ba
ledger-other-wording = (так твердження зі статті { $publisher } сформулювало інше видання; серед вердиктів статті не враховано)
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
# en: 8f568c7d
ledger-caveats = Застереження:
# en: f1dcc655
ledger-no-caveats = Застережень немає.
# en: 142297cd
ledger-sources = Джерела:
# en: ca22a94c
ledger-citation-page = { $publisher }, { $title }, опубліковано { $published }, прочитано { $retrieved }
# en: 7b8da021
ledger-citation = { $originator } ({ $originated }), прочитано в: { $page }
# en: 7996fc9b
ledger-date-inferred = { $date } (встановлено непрямо)
# en: 8c1bca25
ledger-date-unknown = дата невідома
# en: 6aed06e8
ledger-label-fails-on = Проблемна частина
# en: b236090f
ledger-method = Як ми перевіряли:
# en: 73e9189d
ledger-set-aside = Застереження джерел, не застосовані до цього твердження:
# en: 1093318f
ledger-unchecked = Неперевірені твердження

## Галерея графіків (kit/gallery.py)

# en: 0a32c5ed
gallery-title = Графіки та фактчеки
# en: 37ce4ec6
gallery-languages = Мови
# en: c74795de
gallery-article = { $publisher }, &laquo;{ $headline }&raquo;
# en: d4c45844
gallery-intro = Перевірено: { $checked }. Кожне твердження з цифрою звірено з даними з джерел; кожен графік подано з файлами. Графіків: { $charts }, тверджень: { $claims }; вердикти: { $tally }.
# en: b7caaeef
gallery-ledger-files = Реєстр тверджень: { $links }.
# en: b5929b61
gallery-claims = Твердження
# en: c07b6b8f
gallery-no-claims = У реєстрі ще немає тверджень.
# en: b301fcb5
gallery-no-charts = Ще не експортовано жодного графіка.
# en: 2c5654b9
gallery-claim = Твердження
# en: 66d11708
gallery-not-exported = { $slug } (не експортовано)
# en: febd8b0a
gallery-no-verdicts = немає: цей графік не пов’язаний із жодним твердженням реєстру
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
# en: 1f4092fa
gallery-verdicts = Вердикти:
# en: aed642f2
gallery-alt-text = <b>Альтернативний текст</b> (для CMS):
# en: a2e58170
gallery-in-words = Дані словами
# en: d03a5141
gallery-sources-full = Джерела повністю:
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
# en: 63e16276
gallery-index-intro = Твердження кожної статті, звірені з даними з джерел, разом із графіками та реєстром тверджень.
# en: 34ea8e0d
gallery-index-original = стаття
# en: c94c6cf5
gallery-index-none = Жодну статтю ще не перевірено.

## Інтерактивні графіки (kit/widgets.py)

# en: 49d831d5
widgets-language = Мова
# en: 12dafe5b
widgets-export = Експортувати графік
# en: b4a86802
widgets-computing = Обчислення…
# en: 70d7c344
widgets-draw-failed = Не вдалося побудувати графік ({ $reason }).
# en: f6264053
widgets-exported = Файлів експортовано: { $count } (папка { $folder })
# en: 49541340
widgets-exported-links = Експортовано в `{ $folder }`: { $links }
# en: 40d8d6f9
widgets-picker-search = пошук: { $noun }
# en: 14075bc4
widgets-picker-clear = Очистити
# en: ee290884
widgets-picker-clear-tip = прибрати всі ({ $noun })
# en: 421fb9e9
widgets-picker-all = Усі
# en: eb1ff9b2
widgets-picker-all-tip = вибрати всі ({ $noun })
# en: 4d210bdc
widgets-picker-reset = Скинути
# en: 30dcac55
widgets-picker-reset-tip = повернути початковий вибір
# en: 69692d8d
widgets-picker-chosen = { $noun }: вибрано { $chosen } з { $every }
# en: 80234fd6
widgets-picker-all-chosen = { $noun }: вибрано всі { $every }
# en: 60265be6
widgets-picker-remove = Прибрати: { $item }

## Сторінка для читачів (kit/reader)

# en: e26a2f99
reader-languages = Мови
# en: 2a940fa2
reader-page-title = Дослідіть дані самі
# en: 2ad59564
reader-page-article = Цифри, на яких ґрунтується наш фактчек статті { $publisher } «{ $headline }», обчислені у вашому браузері з тих самих даних.
# en: d0150d7b
reader-gallery-link = Усі графіки й вердикти
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
reader-all-zero = Усі ваги нульові, тож оцінку обчислити неможливо: дайте хоча б одній складовій вагу більшу за нуль.
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
# en: 449bf5ba
reader-sources = Дані: { $sources }. Графіки й обчислення: інструментарій для фактчекінгу.
# en: 7f9abadd
reader-embed-link = Вбудувати ці інтерактиви в іншу сторінку
# en: 9abcfaff
reader-embed-title = Вбудувати інтерактив
# en: 5f998bd2
reader-embed-intro = Вставте код інтерактиву у свою сторінку. Фрейм завантажує інтерактив із файлів, опублікованих поруч із цією сторінкою (сторінки для читачів і папка { $folder }/): опублікуйте їх разом зі своєю сторінкою або змініть адресу в коді. Висота фрейму підлаштовується під вміст.
# en: bdad3034
reader-embed-code = Код для вбудовування

## A source caveat set aside for one claim, with the reason

# en: 7199282f
claims-set-aside = { $caveat } Для цього твердження не враховано: { $reason }.
