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
# en: 01782098
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
# en: 6ac9705b
gpu-subtitle = Придбані ШІ-чипи, логарифмічна шкала: оцінки Omdia щодо GPU Nvidia, куплених у { $year } році; GPU Сбербанку з лютого 2022 року
# en: add5d7d2
gpu-note = Цифра Сбербанку — за період { $span } або коротший; тип чипів не названо. Порожнє коло: середнє за рік, обчислене.
# en: 6044d91f
gpu-note-h20 = Цифри ByteDance і Tencent включають слабші H20.
# en: d5e3b216
gpu-note-missing = Немає оцінки за { $year } рік для: { $buyers }.
# en: d5992d4a
gpu-label-average = { $buyer }, середнє за рік (обчислено)
# en: db6bf74c
gpu-label-since = { $buyer }, з лютого 2022
# en: fb8cb057
gpu-alt = Оцінка Omdia: { $buyer } у { $year } році — { $units } чипів Nvidia, { $times } більше, ніж { $subject_units } GPU, які { $subject } отримав { $span } (близько { $yearly } на рік).
# en: 6c4ec307
gpu-alt-rest = { " " }Інші великі покупці: { $range }.
# en: 825bfc67
gpu-description = Придбані ШІ-чипи. Оцінки Omdia за { $year } рік: { $estimates }. { $subject }: { $units } GPU невказаного типу за період { $span } або коротший, за даними Радіо Свобода (у колонці у Financial Times); за { $years } року це близько { $yearly } на рік (обчислено).

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
gpu-article-value = { $subject }: { $subject_figure } з лютого 2022; { $rival }: { $rival_figure } у 2024
# en: c36889a5
gpu-computed-value =
    { $subject }: { $units } GPU невказаного типу (Радіо Свобода, у цитуванні); { $rival }: { $rival_units } чипів Nvidia { $chips } (оцінка Omdia): у { $shown } { $times ->
        [one] раз
        [few] рази
        [many] разів
       *[other] разів
    } більше, а в середньому за рік — приблизно в { $per_year_shown } { $per_year ->
        [one] раз
        [few] рази
        [many] разів
       *[other] разів
    } (обчислено)
# en: 82c30849
gpu-caveat-period =
    Цифра Сбербанку охоплює близько { $years } { $years ->
        [one] року
        [few] років
        [many] років
       *[other] років
    } ({ $period }) і не вказує, які це чипи; оцінка Omdia для Microsoft — це один рік чипів Nvidia { $chips }. Як сказано, це в { $shown } { $times ->
        [one] раз
        [few] рази
        [many] разів
       *[other] разів
    } більше; порівняно із середньорічним обсягом Сбербанку (близько { $average }, обчислено) — приблизно в { $per_year_shown } { $per_year ->
        [one] раз
        [few] рази
        [many] разів
       *[other] разів
    }.
# en: ebdcf99b
gpu-caveat-estimate = Цифра Microsoft — оцінка Omdia, а не дані, розкриті компанією; з чипами AMD MI300 оцінка становить { $units }.
# en: 117fce51
gpu-aside-cumulative = повторено в застереженні щодо періоду, разом із порівнянням за рік
# en: aa9359f3
gpu-aside-undated = повторено в застереженні щодо періоду, який закінчується цією найпізнішою датою
# en: 6b2eead4
gpu-aside-estimate = повторено в застереженні щодо цифри Microsoft
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
