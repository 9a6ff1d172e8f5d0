## Тексты истории о цензуре на русском (идентификаторы начинаются с "censorship-").


## Названия из данных

# en: cde21590
censorship-category-total = Все категории
# en: e648db34
censorship-category-circumvention-tools = Средства обхода блокировок
# en: 70c5eef7
censorship-category-lgbt = ЛГБТ-контент
# en: 47b97e4d
censorship-category-alcohol = Продажа алкоголя
# en: 7f538986
censorship-category-csam = Материалы сексуального насилия над детьми
# en: 562fdb38
censorship-category-drugs = Пропаганда наркотиков
# en: 0dac9c0e
censorship-category-minors = Вовлечение несовершеннолетних в противоправные действия
# en: a418f1e0
censorship-category-extremism = Экстремистский и террористический контент
# en: 174ee10e
censorship-category-suicide = Контент о суициде
# en: be2a4774
censorship-category-svo-fakes = «Фейки» о «СВО»
# en: af23b757
censorship-platforms = ВКонтакте, Одноклассники, «Мой мир», «Ответы Mail.ru», Rutube, TikTok, Likee и Telegram

## Суммы, даты и уточнения

# en: 2a87381d
censorship-qualified =
    { $qualifier ->
        [more-than] более { $figure }
        [about] около { $figure }
        [nearly] почти { $figure }
       *[other] { $figure }
    }
# en: 7446abf5
censorship-usd-millions = { $amount } млн $
# en: 6b2ca885
censorship-usd-millions-range = { $low }–{ $high } млн $
# en: 28b40da0
censorship-billion-roubles = { $amount } млрд ₽
# en: 820fd384
censorship-days = с { $first } по { $last } года
# en: a393ec63
censorship-late = конец { $month }

## График категорий

# en: 23d8493a
censorship-categories-title = { $name }: { $change } в 2025 году, быстрее всех показанных
# en: c5849fec
censorship-categories-title-change = { $name }: наибольшее изменение в 2025 году, { $change }
# en: 955a7763
censorship-categories-subtitle = Материалы, удалённые или ограниченные по требованию Роскомнадзора, по категориям, логарифмическая шкала: кружок — 2024, точка — 2025; подписи — изменение
# en: 1a15da20
censorship-categories-note = Считаются посты на платформах, а не сайты. «Средства обхода блокировок» — все способы обхода, не только VPN. Данные за 2024 год, кроме общего числа, вычислены.
# en: d5a1d9c7
censorship-categories-source = Источник: Роскомнадзор, в «Ведомостях» и «РИА Новости» (2026)
# en: 81588a50
censorship-categories-alt =
    Число материалов о средствах обхода блокировок, удалённых по требованию Роскомнадзора, в 2025 году выросло на { $growth }: более { $count } против примерно { $base }; следующая категория по темпу: { $next }; { $fell ->
        [0] спада нет ни в одной
        [one] в { $fell } категории — спад
        [few] в { $fell } категориях — спад
        [many] в { $fell } категориях — спад
       *[other] в { $fell } категории — спад
    }.
# en: dbb7865d
censorship-categories-description = Материалы, удалённые или ограниченные по требованию Роскомнадзора на платформах { $platforms }, 2024 и 2025 годы (данные за 2024 год, кроме общего числа, вычислены из опубликованного изменения): { $categories }.
# en: c3aa8667
censorship-categories-row =
    { $name } { $change }, с { $about ->
        [1] примерно { $base }
       *[0] { $base }
    } до { $over ->
        [1] более чем { $count }
       *[0] { $count }
    }
# en: af8e7988
censorship-count-status =
    { $qualifier ->
        [more-than] более
       *[other] как сообщено
    }
# en: f77b9467
censorship-base-status =
    { $derived ->
        [1] вычислено из изменения
       *[0] как сообщено
    }
# en: 766047d5
censorship-column-category = Категория
# en: df84b4a0
censorship-column-change = Изменение к 2024 году, %
# en: 9f3363af
censorship-column-base = 2024 (вычислено, кроме общего числа)
# en: b6295369
censorship-column-count = 2025

## График VPN

# en: b7f5ddf7
censorship-vpn-title = Число заблокированных в России VPN-сервисов выросло с { $first } до { $last }
# en: f3ceada9
censorship-vpn-subtitle = VPN-сервисы, заблокированные на каждую дату, по данным Роскомнадзора
# en: 6f927d7f
censorship-vpn-note = Данные на каждую дату — с ежегодного октябрьского форума Роскомнадзора, а на { $when } года — из более позднего заявления; отдельные действия по блокировке не учтены.
# en: a414cd91
censorship-vpn-source = Источник: Роскомнадзор, в «Интерфаксе» и Xakep.ru (2023–2026)
# en: dbef47f0
censorship-vpn-alt =
    По официальным данным России, на { $when_last } года заблокировано { $last } { $n ->
        [one] VPN-сервис
        [few] VPN-сервиса
        [many] VPN-сервисов
       *[other] VPN-сервиса
    }, тогда как на { $when_first } года — { $first }.
# en: a879facc
censorship-vpn-description = Заблокированные VPN-сервисы по данным Роскомнадзора: { $counts }. Отдельные действия по блокировке, а не итоги, не учтены: { $actions }.
# en: 53d07727
censorship-vpn-count = { $when }: { $count }
# en: f29e792f
censorship-vpn-action =
    { $more ->
        [1] более { $n } ({ $when })
       *[0] { $n } ({ $when })
    }
# en: e087b4cf
censorship-column-date = Дата
# en: cb9ed555
censorship-column-vpn = Заблокированные VPN-сервисы

## Вердикты: бюджет

# en: b2963015
censorship-budget-caveat-plan = Это план, а не расходы: { $amount } предусмотрено в плане цифровизации Роскомнадзора на { $year } год (сообщено { $reported } года) на фильтрацию трафика с помощью машинного обучения.
# en: 6bba0275
censorship-budget-caveat-conversion = Сумма в долларах — это пересчёт; украинские заявления, которые приводят её в долларах, курс не называют. По официальным курсам Банка России { $days } ({ $lowest_rate }–{ $highest_rate } руб. за доллар) это { $range } (вычислено); меньше { $stated } получилось бы только при курсе выше { $threshold }.
# en: 482a3ba2
censorship-budget-every-rate =
    каждый из { $n } { $n ->
        [one] имеющегося официального курса
        [few] имеющихся официальных курсов
        [many] имеющихся официальных курсов
       *[other] имеющегося официального курса
    } даёт { $low } или больше, а чтобы получилось меньше { $stated }, нужен курс выше { $threshold }
# en: 3ab0167d
censorship-budget-article-value = { $qualified } на { $year } год
# en: 326ef939
censorship-budget-computed-value = { $amount } запланировано на { $year } год = { $range } по официальным курсам { $days } (вычислено)
# en: ec51e422
censorship-aside-plan = повторено в { -caveat(form: "loc") } о плане
# en: b36f1f3d
censorship-aside-conversion = повторено в { -caveat(form: "loc") } о пересчёте
# en: 529c68d9
censorship-aside-inference = проверка не зависит от того, откуда статья взяла цифру: { $every_rate }

## Вердикты: рост

# en: 6e2b170b
censorship-growth-caveat-category = Категория Роскомнадзора — средства обхода блокировок, то есть все способы обхода, а это шире, чем VPN.
# en: 4be8b3e2
censorship-growth-caveat-counted = Речь о материалах и постах, удалённых или ограниченных на платформах { $platforms }, а не о сайтах или заблокированных VPN-сервисах.
# en: 5c2990c8
censorship-growth-caveat-count = Число выросло и составило { $count }; базу 2024 года не опубликовали: примерно { $base } (вычислено из числа и изменения).
# en: 922cb7c7
censorship-growth-caveat-no-ai = Ничто в цифре Роскомнадзора не связывает этот рост с ИИ, хотя именно это статья ею и иллюстрирует.
# en: a5de1da9
censorship-growth-article-value = { $qualified } в { $year } году
# en: 2448aabc
censorship-growth-computed-value =
    { $change } для материалов о средствах обхода блокировок в { $year } году, { $rank ->
        [1] самый быстрый рост
       *[other] место { $ordinal } по темпу роста
    } из { $total } { $total ->
        [one] категории
        [few] категорий
        [many] категорий
       *[other] категории
    }
# en: 463abf73
censorship-aside-counted = повторено в { -caveat(form: "loc") } о том, что считается, с перечнем платформ
# en: c61fa46d
censorship-aside-category = повторено в { -caveat(form: "loc") } о категории
# en: c7694dd9
censorship-aside-count = повторено в { -caveat(form: "loc") } о числе

## Вердикты: контроль над платформами

# en: 2527943d
censorship-control-caveat = Статья не приводит цифр; «ужесточение» мы понимаем как больше удалений и больше заблокированных сервисов через год, а цифры — собственные данные Роскомнадзора.
# en: a0c89794
censorship-control-article-value = ужесточение контроля над цифровыми платформами, с массовой цензурой и ограничениями в соцсетях (без цифр)
# en: 3915dfb9
censorship-control-computed-value = число материалов, удалённых или ограниченных на платформах по требованию Роскомнадзора в { $year } году: { $count }, { $change } к предыдущему году ({ $before_count }); число заблокированных VPN-сервисов на { $after } года: { $vpn }, { $vpn_change } по сравнению с данными на { $before } года ({ $vpn_before })
# en: a0dcfbcc
censorship-aside-total = утверждение опирается на общее число по всем категориям
# en: 2c8851e3
censorship-aside-total-published = утверждение опирается на общее число, данные за 2024 год для которого опубликованы
# en: 2fad9f16
censorship-aside-total-not-more = утверждение опирается на общее число, которое не относится к таким цифрам
# en: 2b1b828e
censorship-aside-series = утверждение сравнивает два значения ряда
# en: 13b64f9a
censorship-aside-compares = утверждение сравнивает { $before } и { $after }
# en: 36a37fc4
censorship-originator = Роскомнадзор

## Инструмент

# en: 91630507
censorship-explore-categories = Категории
# en: 60e49d1a
censorship-explore-noun = категории
