## Тексти історії про розрив у GPU українською (ідентифікатори починаються з "gpu-").

# en: fa555938
gpu-source-2024 = Джерела: оцінки Omdia у Financial Times (2024); Радіо Свобода (2025)
# en: f69cd156
gpu-source-2023 = Джерела: оцінки Omdia у Tom's Hardware (2023); Радіо Свобода (2025)

## Назви

# en: 0fe7ff9c
gpu-sberbank = Сбербанк
# en: b994d972
gpu-combined = (разом)

## Графік

# en: 2281cfe8
gpu-span = з { $start } до { $end }
# en: 336f80f2
gpu-about =
    { $approx ->
        [1] близько { $units }
       *[0] { $units }
    }
# en: 25c4aa23
gpu-sberbank-value =
    { $units } за { $years } { $years ->
        [one] рік
        [few] роки
        [many] років
       *[other] року
    }; близько { $yearly } на рік
# en: 7270293f
gpu-title =
    { $against ->
        [yearly] { $buyer } ({ $year }): { $times } більше, ніж середньорічний обсяг Сбербанку
       *[total] { $buyer } ({ $year }): { $times } більше, ніж { $years }-річний обсяг Сбербанку
    }
# en: 5083c73d
gpu-subtitle = Придбані ШІ-чипи: оцінки Omdia щодо GPU Nvidia, куплених у { $year } році; GPU Сбербанку з лютого 2022 року
# en: 52c754a7
gpu-note = Цифра Сбербанку охоплює період { $span } (або коротший) і не називає типу чипів; середнє за рік — наш розрахунок.
# en: 6044d91f
gpu-note-h20 = Цифри ByteDance і Tencent включають слабші H20.
# en: d5e3b216
gpu-note-missing = Немає оцінки за { $year } рік для: { $buyers }.
# en: d5992d4a
gpu-label-average = { $buyer }, середнє за рік (обчислено)
# en: db6bf74c
gpu-label-since = { $buyer }, з лютого 2022
# en: 3f6b7db8
gpu-column-buyer = Покупець
# en: 424595a2
gpu-column-units = ШІ-чипи
# en: cf8182bc
gpu-chips-unnamed = GPU (тип не вказано)
# en: 18c520a5
gpu-chips-with-h20 = Nvidia (разом із H20)
# en: 4089679f
gpu-period-average = середнє за рік, { $period }
# en: c029ed5f
gpu-qualifier-estimate =
    { $approx ->
        [1] приблизна оцінка
       *[0] оцінка
    }
# en: a3530074
gpu-qualifier-reported = за даними джерела
# en: acb3c076
gpu-qualifier-derived = обчислено
# en: fb8cb057
gpu-alt = Оцінка Omdia: { $buyer } у { $year } році — { $units } чипів Nvidia, { $times } більше, ніж { $subject_units } GPU, які { $subject } отримав { $span } (близько { $yearly } на рік).
# en: 6c4ec307
gpu-alt-rest = { " " }Інші великі покупці: { $range }.
# en: 825bfc67
gpu-description = Придбані ШІ-чипи. Оцінки Omdia за { $year } рік: { $estimates }. { $subject }: { $units } GPU невказаного типу за період { $span } або коротший, за даними Радіо Свобода (з авторської колонки у Financial Times); за { $years } року це близько { $yearly } на рік (обчислено).

## Вердикт

# en: f27ee914
gpu-period = з { $start } до { $end } щонайпізніше
# en: bf16e905
gpu-qualified =
    { $qualifier ->
        [only] лише { $figure }
        [nearly] майже { $figure }
       *[other] { $figure }
    }
# en: 5aef0af1
gpu-article-value = { $subject }: { $subject_figure } з лютого 2022 року; { $rival }: { $rival_figure } у 2024 році
# en: 8b470b6b
gpu-computed-value =
    { $subject }: { $units } GPU невказаного типу (Радіо Свобода, у переказі); { $rival }: { $rival_units } чипів Nvidia { $chips } (оцінка Omdia): у { $shown } { $times ->
        [one] раз
        [few] рази
        [many] разів
       *[other] раза
    } більше, а в середньому за рік — приблизно в { $per_year_shown } { $per_year ->
        [one] раз
        [few] рази
        [many] разів
       *[other] раза
    } (обчислено)
# en: 3767187e
gpu-caveat-period =
    Цифра Сбербанку охоплює близько { $years } { $years ->
        [one] року
        [few] років
        [many] років
       *[other] року
    } ({ $period }) і не вказує, які це чипи; оцінка Omdia для Microsoft — це один рік чипів Nvidia { $chips }. У формулюванні статті це в { $shown } { $times ->
        [one] раз
        [few] рази
        [many] разів
       *[other] раза
    } більше; порівняно із середньорічним обсягом Сбербанку (близько { $average }, обчислено) — приблизно в { $per_year_shown } { $per_year ->
        [one] раз
        [few] рази
        [many] разів
       *[other] раза
    }.
# en: ebdcf99b
gpu-caveat-estimate = Цифра Microsoft — оцінка Omdia, а не дані, розкриті компанією; з чипами AMD MI300 оцінка становить { $units }.
# en: 1ad332ef
gpu-aside-cumulative = повторено в { -caveat(form: "loc") } щодо періоду, разом із порівнянням за рік
# en: 368baee4
gpu-aside-undated = повторено в { -caveat(form: "loc") } щодо періоду, який закінчується цією найпізнішою датою
# en: 8c03aa95
gpu-aside-estimate = повторено в { -caveat(form: "loc") } щодо цифри Microsoft
# en: 54e91d86
gpu-aside-rival = твердження порівнює лише { $subject } і { $rival }

## Інструмент

# en: edd12019
gpu-explore-buyers = Покупці
# en: 0245befa
gpu-explore-noun = покупців
# en: 7a97dea9
gpu-explore-year = Рік
# en: 5b2d8459
gpu-explore-per-year = Сбербанк за рік (обчислено)
# en: 9b2e24bb
gpu-explore-hint = Покупців без оцінки за цей рік не показано.
# en: 2158a218
gpu-omdia-originator = Omdia (оцінка, за повідомленням Financial Times)

## Цитовані сторінки (англійською — в описах джерел)

# en: 7aca2d98
gpu-rferl = Радіо Свобода
# en: 6eef998d
gpu-page-ft-repost-publisher = Financial Times (авторська колонка, передрук)
# en: d6a15ac9
gpu-page-ft-repost-title = авторська колонка Артура Макфарлейна у Financial Times «Putin's AI blunder is a gift to opponents», передрук від 3 квітня 2025 року, з посиланням на Радіо Свобода
# en: ea961a79
gpu-page-up2info-publisher = up2info (передрук Financial Times)
# en: c8c20e46
gpu-page-up2info-title = Financial Times, 18 грудня 2024 року, «Microsoft acquires twice as many Nvidia AI chips as tech rivals» (оригінал недоступний), передрук up2info
# en: c5ad50d2
gpu-page-benzinga-publisher = Benzinga
# en: 5e3bcaf0
gpu-page-benzinga-title = Benzinga, 18 грудня 2024 року
