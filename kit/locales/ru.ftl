## Служебные тексты на русском: глоссарий, числа, реестр, галерея, интерактивы, страница для читателей. Идентификаторы
## наши; каждый перевод помечен отпечатком английского текста, с которого он переведён.


## Глоссарий: как наши термины звучат по-русски. Другие тексты берут их отсюда ({ -pillar } или нужную форму:
## { -pillar(form: "gen") }) и не пишут их вручную. Формы: nom, gen, dat, acc, ins, loc; pl-… для множественного
## числа; title — с заглавной буквы (см. docs/editions.md).

# en: 95a5b562
-pillar =
    { $form ->
       *[nom] компонент
        [gen] компонента
        [dat] компоненту
        [acc] компонент
        [ins] компонентом
        [loc] компоненте
        [pl] компоненты
        [pl-gen] компонентов
        [pl-dat] компонентам
        [pl-ins] компонентами
        [pl-loc] компонентах
        [title] Компонент
        [pl-title] Компоненты
    }
# en: 39151ec5
-verdict =
    { $form ->
       *[nom] вердикт
        [gen] вердикта
        [pl] вердикты
        [pl-gen] вердиктов
        [pl-ins] вердиктами
        [title] Вердикт
        [pl-title] Вердикты
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
       *[lower] { -verdict-accurate } с { -caveat(form: "pl-ins") }
        [title] { -verdict-accurate(form: "title") } с { -caveat(form: "pl-ins") }
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
       *[lower] нет доказательств
        [title] Нет доказательств
    }
# en: b59c4413
-fact-check =
    { $form ->
       *[nom] фактчек
        [gen] фактчека
        [pl] фактчеки
        [title] Фактчек
        [pl-title] Фактчеки
    }
# en: 8afd7646
-claims-ledger =
    { $form ->
       *[nom] реестр утверждений
        [gen] реестра утверждений
        [ins] реестром утверждений
        [loc] реестре утверждений
        [title] Реестр утверждений
    }
# en: bb5a0a39
-caveat =
    { $form ->
       *[nom] оговорка
        [gen] оговорки
        [loc] оговорке
        [pl] оговорки
        [pl-gen] оговорок
        [pl-ins] оговорками
        [pl-loc] оговорках
        [title] Оговорка
        [pl-title] Оговорки
    }

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
ledger-tally-none = ни одного
# en: 7c37466b
ledger-tally-other = { $speakers }: { $verdict }
# en: 1471c9d8
ledger-tally-others = формулировки других изданий (не учитываются): { $listed }
# en: ca8ecf2f
ledger-column-claim = №
# en: d813e749
ledger-column-said-by = кто сказал
# en: 78d9e218
ledger-column-statement-gives = в утверждении
# en: acb9d7bf
ledger-column-data-gives = по данным
# en: 118b47ca
ledger-column-verdict = { -verdict }
# en: 199039d3
ledger-column-statements = количество
# en: 5d18d10d
ledger-column-claims = какие именно (номера)
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
        [0] Данными не подтверждается ни одно из проверенных утверждений статьи ({ $total })
       *[other]
            Данными { $holding ->
                [one] подтверждается
                [few] подтверждаются
                [many] подтверждаются
               *[other] подтверждаются
            } { $holding } из { $total } { $total ->
                [one] проверенного утверждения
                [few] проверенных утверждений
                [many] проверенных утверждений
               *[other] проверенных утверждений
            } статьи
    }
# en: 22356471
ledger-source-line = { $publisher }: { $title } (опубликовано { $published }, прочитано { $retrieved }) { $url }
# en: 4feb3498
ledger-review-name = { -fact-check(form: "title") }: { $statement }
# en: fa8b08d7
ledger-review-own = В статье: { $article }; по данным: { $data }.
# en: 1be6ccc5
ledger-review-others = { $speakers }: { $article }; по данным: { $data }.
# en: 64a113bd
ledger-title = { -claims-ledger(form: "title") }
# en: 4847c3b3
ledger-intro = Проверяемые утверждения (каждое — нашими словами) сверены с данными из источников. Статьи: { $cited }. Утверждений статьи: { $count }; { -verdict(form: "pl") }: { $tally }.
# en: 58d072b0
ledger-checked-articles = проверенные статьи
# en: c447bc0c
ledger-article = { $publisher }, "{ $headline }"
# en: ef5f0058
ledger-heading-verdict = { -verdict(form: "title") }
# en: df1fbbc7
ledger-heading-statements = Количество
# en: b84820f5
ledger-heading-claims = Какие именно (номера)
# en: 7277608e
ledger-label-said-by = Кто сказал:
# en: 9481e833
ledger-other-wording = (так утверждение из статьи { $publisher } сформулировало другое издание; среди { -verdict(form: "pl-gen") } статьи не учитывается)
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
# en: 2f2fceae
ledger-caveats = { -caveat(form: "pl-title") }:
# en: 3008444e
ledger-no-caveats = { -caveat(form: "pl-gen") } нет.
# en: 142297cd
ledger-sources = Источники:
# en: de40d6da
ledger-citation-page = { $publisher }, { $title }, { $published }; прочитано { $retrieved }
# en: 7b8da021
ledger-citation = { $originator } ({ $originated }), цит. по: { $page }
# en: 7996fc9b
ledger-date-inferred = { $date } (установлено косвенно)
# en: 8c1bca25
ledger-date-unknown = дата неизвестна
# en: 6aed06e8
ledger-label-fails-on = Не подтверждается
# en: b236090f
ledger-method = Как мы проверяли:
# en: a278db07
ledger-set-aside = { -caveat(form: "pl-title") } источников, не применённые к этому утверждению:
# en: e4054c4b
ledger-unchecked = Утверждения, которые мы не проверяли
# en: 9f38c9ac
ledger-unchecked-line = { $statement } Кто сказал: { $speakers }; не проверяли, потому что { $reason }.
# en: c7e2cdb4
ledger-csv-claim = идентификатор
# en: 14f8c792
ledger-csv-number = №
# en: c14b4870
ledger-csv-statement = утверждение (нашими словами)
# en: da4445f0
ledger-csv-said-by = кто сказал
# en: fd737061
ledger-csv-article-value = в утверждении
# en: a9f8a726
ledger-csv-computed-value = по данным
# en: 1f1c6831
ledger-csv-verdict = { -verdict }
# en: 841f611c
ledger-csv-rating = оценка (1 — худшая, 3 — лучшая)
# en: 35dc1ea7
ledger-csv-failing-parts = не подтверждается
# en: 5b458bd1
ledger-csv-caveats = { -caveat(form: "pl") }
# en: e293c864
ledger-csv-method = как мы проверяли
# en: bbb012c1
ledger-csv-caveats-set-aside = { -caveat(form: "pl") } источников, не применённые
# en: aa844c78
ledger-csv-sources = источники
# en: ddd8c6e1
ledger-csv-notebook = блокнот
# en: e992b6b5
ledger-csv-charts = графики

## Галерея графиков (kit/gallery.py)

# en: cf43fd94
gallery-title = Графики и { -fact-check(form: "pl") }
# en: 37ce4ec6
gallery-languages = Языки
# en: c74795de
gallery-article = { $publisher }, &laquo;{ $headline }&raquo;
# en: 9a225dfa
gallery-intro = Проверено: { $checked }. Каждое утверждение с цифрой сверено с данными из источников; каждый график приведён с файлами. Графиков: { $charts }, утверждений: { $claims }; { -verdict(form: "pl") }: { $tally }.
# en: 06d0ec71
gallery-ledger-files = { -claims-ledger(form: "title") }: { $links }.
# en: b5929b61
gallery-claims = Утверждения
# en: c07b6b8f
gallery-no-claims = В { -claims-ledger(form: "loc") } пока нет записей.
# en: b301fcb5
gallery-no-charts = Ещё не экспортировано ни одного графика.
# en: 2c5654b9
gallery-claim = Утверждение
# en: 66d11708
gallery-not-exported = { $slug } (не экспортирован)
# en: de0b8a2d
gallery-no-verdicts = нет: этот график не связан ни с одной записью { -claims-ledger(form: "gen") }
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
# en: 8108db33
gallery-verdicts = { -verdict(form: "pl-title") }:
# en: aed642f2
gallery-alt-text = <b>Альтернативный текст</b> (для CMS):
# en: a2e58170
gallery-in-words = Данные словами
# en: d03a5141
gallery-sources-full = Источники полностью:
# en: 9b40ac59
export-source-chain = { $citation } ({ $publisher }; опубликовано: { $published }; получено: { $retrieved })
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
# en: 329eb24f
gallery-index-intro = Утверждения каждой статьи, сверенные с данными из источников, вместе с графиками и { -claims-ledger(form: "ins") }.
# en: 34ea8e0d
gallery-index-original = статья
# en: c94c6cf5
gallery-index-none = Ни одна статья ещё не проверена.
# en: 02a2ae51
gallery-index-verdicts = { -verdict(form: "pl-title") }: { $tally }.

## Интерактивные графики (kit/widgets.py)

# en: 49d831d5
widgets-language = Язык
# en: 12dafe5b
widgets-export = Экспортировать график
# en: b4a86802
widgets-computing = Вычисление…
# en: 70d7c344
widgets-draw-failed = Не удалось построить график ({ $reason }).
# en: 2b3bf4fb
widgets-exported = Файлов экспортировано: { $count } (папка { $folder })
# en: 49541340
widgets-exported-links = Экспортировано в `{ $folder }`: { $links }
# en: 40d8d6f9
widgets-picker-search = начните вводить название
# en: 14075bc4
widgets-picker-clear = Очистить
# en: 1fe18a5d
widgets-picker-clear-tip = убрать всё выбранное
# en: 421fb9e9
widgets-picker-all = Все
# en: fa626897
widgets-picker-all-tip = выбрать всё
# en: 4d210bdc
widgets-picker-reset = Сбросить
# en: 30dcac55
widgets-picker-reset-tip = вернуть исходный выбор
# en: 69692d8d
widgets-picker-chosen = Выбрано { $chosen } из { $every }
# en: 80234fd6
widgets-picker-all-chosen = Выбраны все { $every }
# en: 60265be6
widgets-picker-remove = Убрать: { $item }

## Страница для читателей (kit/reader)

# en: e26a2f99
reader-languages = Языки
# en: 2a940fa2
reader-page-title = Исследуйте данные сами
# en: 1a83cb14
reader-page-article = Цифры, на которых основан наш { -fact-check } статьи { $publisher } «{ $headline }», рассчитанные в вашем браузере по тем же данным.
# en: 256f975a
reader-gallery-link = Все графики и { -verdict(form: "pl") }
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
reader-all-zero = Все веса нулевые, поэтому оценку рассчитать невозможно: задайте хотя бы одному { -pillar(form: "dat") } вес больше нуля.
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
# en: d11e0f5f
reader-sources = Данные: { $sources }. Графики и расчёты: наши, по тем же данным.
# en: 7f9abadd
reader-embed-link = Встроить эти интерактивы в другую страницу
# en: 9abcfaff
reader-embed-title = Встроить интерактив
# en: 5f998bd2
reader-embed-intro = Вставьте код интерактива в свою страницу. Фрейм загружает интерактив из файлов, опубликованных рядом с этой страницей (страницы для читателей и папка { $folder }/): опубликуйте их вместе со своей страницей или измените адрес в коде. Высота фрейма подстраивается под содержимое.
# en: bdad3034
reader-embed-code = Код для встраивания

## Оговорка источника, не применённая к одному утверждению, и почему

# en: 7199282f
claims-set-aside = { $caveat } Для этого утверждения не учтено: { $reason }.
# en: 365dff3a
widgets-table-region = Таблица (прокручивайте вбок клавишами со стрелками)
