## Тексты самого набора на русском. Идентификаторы наши; каждый перевод помечен отпечатком английского текста.


## Глоссарий

# en: a8550f6b
-pillar = компонент
# en: 9abf3a92
-verdict = вердикт
# en: aed92087
-verdict-accurate = верно
# en: 82ad9fa0
-verdict-accurate-with-caveats = верно с оговорками
# en: 4a804f5f
-verdict-misleading = вводит в заблуждение
# en: 8750b4d6
-verdict-inaccurate = неверно
# en: 8b674262
-verdict-unsupported = не подтверждается данными
# en: 878f4f18
-verdict-unverified = не проверено
# en: cb61049c
-fact-check = фактчекинг

## Числа словами (kit.fmt)

# en: fb5c7cf3
fmt-points =
    { $points } { $n ->
        [one] балл
        [few] балла
        [many] баллов
       *[other] балла
    }
# en: bb428849
fmt-million = { $amount }{ "\u00A0" }млн
# en: 7dcd99e9
fmt-billion = { $amount }{ "\u00A0" }млрд
# en: 994046ac
fmt-times =
    в { $shown } { $times ->
        [one] раз
        [few] раза
        [many] раз
       *[other] раза
    }
# en: 18e6b521
fmt-over-times =
    более чем в { $shown } { $times ->
        [one] раз
        [few] раза
        [many] раз
       *[other] раза
    }

## Графики

# en: 932e52a7
chart-source = Источник:
# en: 3dbc5eae
chart-sources = Источники:

## Реестр утверждений (kit/ledger.py)

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
ledger-rating-accurate = Верно
# en: 19909777
ledger-rating-accurate-with-caveats = Верно с оговорками
# en: 9e973752
ledger-rating-inaccurate = Неверно
# en: fe7e4925
ledger-rating-unsupported = Не подтверждается данными
# en: ac83898e
ledger-rating-unverified = Не проверено
# en: 165ef016
ledger-tally-count = { $verdict }: { $count }
# en: 660a5f1d
ledger-tally-none = ни одного
# en: 33a9ff40
ledger-tally-other = { $claim } ({ $speakers }): { $verdict }
# en: 1471c9d8
ledger-tally-others = формулировки других изданий (не учитываются): { $listed }
# en: f983b3a8
ledger-column-claim = утверждение
# en: d813e749
ledger-column-said-by = кто сказал
# en: 78d9e218
ledger-column-statement-gives = в утверждении
# en: acb9d7bf
ledger-column-data-gives = по данным
# en: 490184f7
ledger-column-verdict = вердикт
# en: 199039d3
ledger-column-statements = количество
# en: 44e29b59
ledger-column-claims = утверждения
# en: 9cb09f9f
ledger-headline-none = Ни одно утверждение статьи ещё не проверено
# en: 12290e27
ledger-headline-one-holds = Единственное проверенное утверждение статьи подтверждается данными
# en: 6ff86fe9
ledger-headline-one-fails = Единственное проверенное утверждение статьи не подтверждается данными
# en: 7838f519
ledger-headline-all =
    { $total ->
        [2] Оба проверенных утверждения статьи подтверждаются данными
       *[other] Все проверенные утверждения статьи ({ $total }) подтверждаются данными
    }
# en: bf7fee75
ledger-headline-some =
    { $holding ->
        [0] Ни одно из { $total } проверенных утверждений статьи не подтверждается данными
        [1] Данными подтверждается 1 из { $total } проверенных утверждений статьи
       *[other] Данными подтверждаются { $holding } из { $total } проверенных утверждений статьи
    }
# en: efaa0d33
ledger-source-line = { $publisher }: { $title } (опубликовано { $published }, получено { $retrieved }) { $url }
# en: f39058db
ledger-review-name = Фактчек: { $statement }
# en: fa8b08d7
ledger-review-own = В статье: { $article }; по данным: { $data }.
# en: 1be6ccc5
ledger-review-others = { $speakers }: { $article }; по данным: { $data }.
# en: 8f2bb503
ledger-title = Реестр утверждений
# en: b847009a
ledger-intro = Проверяемые утверждения (каждое своими словами) сверены с данными из источников. Статьи: { $cited }. Утверждений статьи: { $count }; вердикты: { $tally }.
# en: 58d072b0
ledger-checked-articles = проверенные статьи
# en: c447bc0c
ledger-article = { $publisher }, «{ $headline }»
# en: 778b9e56
ledger-heading-verdict = Вердикт
# en: df1fbbc7
ledger-heading-statements = Количество
# en: fb741245
ledger-heading-claims = Утверждения
# en: 4fd76bdb
ledger-label-statement = Утверждение (своими словами):
# en: 7277608e
ledger-label-said-by = Кто сказал:
# en: e44298ba
ledger-other-wording = (так утверждение из статьи { $publisher } сформулировало другое издание; среди вердиктов статьи не учитывается)
# en: 1b6051b7
ledger-article-gives = В статье
# en: 63bab87f
ledger-others-give = Формулировка ({ $speakers })
# en: ba51ff6e
ledger-data-gives = По данным
# en: 699b857f
ledger-label-notebook = Блокнот
# en: 2c859f2a
ledger-label-charts = Графики
# en: 6f9bc575
ledger-none = нет
# en: 8f568c7d
ledger-caveats = Оговорки:
# en: f1dcc655
ledger-no-caveats = Оговорок нет.
# en: 142297cd
ledger-sources = Источники:
# en: ca22a94c
ledger-citation-page = { $publisher }, { $title }, опубликовано { $published }, прочитано { $retrieved }
# en: 7b8da021
ledger-citation = { $originator } ({ $originated }), прочитано в: { $page }
# en: 7996fc9b
ledger-date-inferred = { $date } (установлено косвенно)
# en: 8c1bca25
ledger-date-unknown = дата неизвестна
# en: 6aed06e8
ledger-label-fails-on = Проблемная часть
# en: b236090f
ledger-method = Как мы проверяли:
# en: 73e9189d
ledger-set-aside = Оговорки источников, не применённые к этому утверждению:
# en: 1093318f
ledger-unchecked = Непроверенные утверждения

## Галерея графиков (kit/gallery.py)

# en: 0a32c5ed
gallery-title = Графики и фактчеки
# en: 37ce4ec6
gallery-languages = Языки
# en: c74795de
gallery-article = { $publisher }, &laquo;{ $headline }&raquo;
# en: d4c45844
gallery-intro = Проверено: { $checked }. Каждое утверждение с цифрой сверено с данными из источников; каждый график приведён с файлами. Графиков: { $charts }, утверждений: { $claims }; вердикты: { $tally }.
# en: b7caaeef
gallery-ledger-files = Реестр утверждений: { $links }.
# en: b5929b61
gallery-claims = Утверждения
# en: c07b6b8f
gallery-no-claims = В реестре пока нет утверждений.
# en: b301fcb5
gallery-no-charts = Ещё не экспортировано ни одного графика.
# en: 2c5654b9
gallery-claim = Утверждение
# en: 66d11708
gallery-not-exported = { $slug } (не экспортирован)
# en: febd8b0a
gallery-no-verdicts = нет: этот график не связан ни с одним утверждением реестра
# en: b16fe987
gallery-no-png = (PNG не экспортирован)
# en: 4420adec
gallery-data-csv = CSV, как на графике
# en: 0ecc197e
gallery-data-datawrapper = CSV для Datawrapper
# en: 298403ba
gallery-embed = <b>Встроить</b> (адаптивное изображение с альтернативным текстом; загрузите папку <code>{ $folder }</code> рядом со своей страницей или измените пути):
# en: 7328073b
gallery-get-data = Скачать данные:
# en: 293f2f58
gallery-data-not-exported = не экспортированы
# en: 1f4092fa
gallery-verdicts = Вердикты:
# en: aed642f2
gallery-alt-text = <b>Альтернативный текст</b> (для CMS):
# en: a2e58170
gallery-in-words = Данные словами
# en: d03a5141
gallery-sources-full = Источники полностью:
# en: f6636bbf
gallery-files = <b>Файлы</b> (папка <code>{ $folder }</code>):
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
gallery-file-two-column-png = PNG, две колонки
# en: 9dfd81f9
gallery-file-two-column-svg = SVG, две колонки
# en: ddc46b1f
gallery-file-two-column-pdf = PDF, две колонки (183 мм)
# en: ca849e86
gallery-file-datawrapper-csv = CSV для Datawrapper
# en: bc014d9e
gallery-file-csv = CSV, данные как на графике
# en: 28a2815b
gallery-file-alt-txt = альтернативный текст
# en: 22c7f92c
gallery-file-json = тексты (JSON)
# en: 1983b8a5
gallery-index-title = Проверенные статьи
# en: 63e16276
gallery-index-intro = Утверждения каждой статьи, сверенные с данными из источников, вместе с графиками и реестром утверждений.
# en: 34ea8e0d
gallery-index-original = статья
# en: c94c6cf5
gallery-index-none = Ни одна статья ещё не проверена.

## Интерактивные графики (kit/widgets.py)

# en: 49d831d5
widgets-language = Язык
# en: 12dafe5b
widgets-export = Экспортировать график
# en: b4a86802
widgets-computing = Вычисление…
# en: 70d7c344
widgets-draw-failed = Не удалось построить график ({ $reason }).
# en: f6264053
widgets-exported = Файлов экспортировано: { $count } (папка { $folder })
# en: 49541340
widgets-exported-links = Экспортировано в `{ $folder }`: { $links }
# en: 40d8d6f9
widgets-picker-search = поиск: { $noun }
# en: 14075bc4
widgets-picker-clear = Очистить
# en: ee290884
widgets-picker-clear-tip = убрать все ({ $noun })
# en: 421fb9e9
widgets-picker-all = Все
# en: eb1ff9b2
widgets-picker-all-tip = выбрать все ({ $noun })
# en: 4d210bdc
widgets-picker-reset = Сбросить
# en: 30dcac55
widgets-picker-reset-tip = вернуть исходный выбор
# en: 69692d8d
widgets-picker-chosen = { $noun }: выбрано { $chosen } из { $every }
# en: 80234fd6
widgets-picker-all-chosen = { $noun }: выбраны все { $every }
# en: 60265be6
widgets-picker-remove = Убрать: { $item }

## Страница для читателей (kit/reader)

# en: e26a2f99
reader-languages = Языки
# en: 2a940fa2
reader-page-title = Исследуйте данные сами
# en: 2ad59564
reader-page-article = Цифры, на которых основан наш фактчек статьи { $publisher } «{ $headline }», рассчитанные в вашем браузере по тем же данным.
# en: d0150d7b
reader-gallery-link = Все графики и вердикты
# en: f83cbb75
reader-weights = Веса
# en: ab8aa5c9
reader-reset = Сбросить
# en: 17e7bf9f
reader-add = Добавить
# en: 59d52ad6
reader-remove = Убрать: { $name }
# en: 3ff902b1
reader-not-found = «{ $text }» нет среди вариантов: введите часть названия и выберите из списка.
# en: c9528711
reader-too-few = Для сравнения выберите не меньше { $least }.
# en: 38bce98c
reader-too-many = Сравнить можно не больше { $most }: сначала уберите одну.
# en: 78761cf7
reader-all-zero = Все веса нулевые, поэтому оценку рассчитать невозможно: задайте хотя бы одной составляющей вес больше нуля.
# en: 1124751f
reader-share = Ссылка на этот вид
# en: 7ba67767
reader-share-hint = (скопируйте её, чтобы поделиться тем, что видите)
# en: 4382488b
reader-problems = Часть ссылки не удалось использовать, поэтому эта часть показывает исходный вид: { $problems }
# en: b858d283
reader-problem-unknown = «{ $key }» не относится к этой странице
# en: 0fa4031f
reader-problem-number = { $key }: «{ $value }» не является числом
# en: 604572e5
reader-problem-range = { $key }: у ползунка не может быть значения { $value } (от { $low } до { $high } с шагом { $step })
# en: 63deaef0
reader-problem-choice = { $key }: «{ $value }» нет среди вариантов
# en: 3f5a790b
reader-problem-count = { $key }: выбрано { $count }, а нужно от { $low } до { $high }
# en: 2ed96512
reader-problem-zero = { $key }: все веса нулевые
# en: 90181b98
reader-data = Данные в виде таблицы
# en: 06144f85
reader-column-rank = Место
# en: 47aa01de
reader-column-name = Название
# en: 4abaeada
reader-column-score = Оценка
# en: e25bd648
reader-noscript = Графики показывают исходный вид; чтобы менять их, включите JavaScript.
# en: 449bf5ba
reader-sources = Данные: { $sources }. Графики и расчёты: инструментарий для фактчекинга.
# en: 7f9abadd
reader-embed-link = Встроить эти интерактивы в другую страницу
# en: 9abcfaff
reader-embed-title = Встроить интерактив
# en: 5f998bd2
reader-embed-intro = Вставьте код интерактива в свою страницу. Фрейм загружает интерактив из файлов, опубликованных рядом с этой страницей (страницы для читателей и папка { $folder }/): опубликуйте их вместе со своей страницей или измените адрес в коде. Высота фрейма подстраивается под содержимое.
# en: bdad3034
reader-embed-code = Код для встраивания

## A source caveat set aside for one claim, with the reason

# en: 7199282f
claims-set-aside = { $caveat } Для этого утверждения не учтено: { $reason }.
