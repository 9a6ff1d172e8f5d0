## Тексты истории о разрыве в GPU на русском (идентификаторы начинаются с "gpu-").

# en: fa555938
gpu-source-2024 = Источники: оценки Omdia в Financial Times (2024); Радио Свобода (2025)
# en: f69cd156
gpu-source-2023 = Источники: оценки Omdia в Tom's Hardware (2023); Радио Свобода (2025)

## Названия

# en: 0fe7ff9c
gpu-sberbank = Сбербанк
# en: b994d972
gpu-combined = (вместе)

## График

# en: 2281cfe8
gpu-span = с { $start } до { $end }
# en: 336f80f2
gpu-about =
    { $approx ->
        [1] около { $units }
       *[0] { $units }
    }
# en: 25c4aa23
gpu-sberbank-value =
    { $units } за { $years } { $years ->
        [one] год
        [few] года
        [many] лет
       *[other] года
    }; около { $yearly } в год
# en: 7270293f
gpu-title =
    { $against ->
        [yearly] { $buyer } ({ $year }): { $times } больше, чем среднегодовой объём Сбербанка
       *[total] { $buyer } ({ $year }): { $times } больше, чем { $years }-летний объём Сбербанка
    }
# en: 5083c73d
gpu-subtitle = Приобретённые ИИ-чипы: оценки Omdia по GPU Nvidia, купленным в { $year } году; GPU Сбербанка с февраля 2022 года
# en: 52c754a7
gpu-note = Цифра Сбербанка охватывает период { $span } (или короче) и не называет тип чипов; среднее за год — наш расчёт.
# en: 6044d91f
gpu-note-h20 = Цифры ByteDance и Tencent включают более слабые H20.
# en: d5e3b216
gpu-note-missing = Нет оценки за { $year } год для: { $buyers }.
# en: d5992d4a
gpu-label-average = { $buyer }, среднее за год (вычислено)
# en: db6bf74c
gpu-label-since = { $buyer }, с февраля 2022
# en: 3f6b7db8
gpu-column-buyer = Покупатель
# en: 424595a2
gpu-column-units = ИИ-чипы
# en: cf8182bc
gpu-chips-unnamed = GPU (тип не указан)
# en: 18c520a5
gpu-chips-with-h20 = Nvidia (вместе с H20)
# en: 4089679f
gpu-period-average = среднее за год, { $period }
# en: c029ed5f
gpu-qualifier-estimate =
    { $approx ->
        [1] приблизительная оценка
       *[0] оценка
    }
# en: a3530074
gpu-qualifier-reported = по данным источника
# en: acb3c076
gpu-qualifier-derived = вычислено
# en: fb8cb057
gpu-alt = Оценка Omdia: { $buyer } в { $year } году — { $units } чипов Nvidia, { $times } больше, чем { $subject_units } GPU, которые { $subject } получил { $span } (около { $yearly } в год).
# en: 6c4ec307
gpu-alt-rest = { " " }Другие крупные покупатели: { $range }.
# en: 825bfc67
gpu-description = Приобретённые ИИ-чипы. Оценки Omdia за { $year } год: { $estimates }. { $subject }: { $units } GPU неуказанного типа за период { $span } или короче, по данным Радио Свобода (из авторской колонки в Financial Times); за { $years } года это около { $yearly } в год (вычислено).

## Вердикт

# en: f27ee914
gpu-period = с { $start } до { $end } самое позднее
# en: bf16e905
gpu-qualified =
    { $qualifier ->
        [only] только { $figure }
        [nearly] почти { $figure }
       *[other] { $figure }
    }
# en: 5aef0af1
gpu-article-value = { $subject }: { $subject_figure } с февраля 2022 года; { $rival }: { $rival_figure } в 2024 году
# en: 8b470b6b
gpu-computed-value =
    { $subject }: { $units } GPU неуказанного типа (Радио Свобода, в пересказе); { $rival }: { $rival_units } чипов Nvidia { $chips } (оценка Omdia): в { $shown } { $times ->
        [one] раз
        [few] раза
        [many] раз
       *[other] раза
    } больше, а в среднем за год — примерно в { $per_year_shown } { $per_year ->
        [one] раз
        [few] раза
        [many] раз
       *[other] раза
    } (вычислено)
# en: 3767187e
gpu-caveat-period =
    Цифра Сбербанка охватывает около { $years } { $years ->
        [one] года
        [few] лет
        [many] лет
       *[other] года
    } ({ $period }) и не указывает, какие это чипы; оценка Omdia для Microsoft — это один год чипов Nvidia { $chips }. В формулировке статьи это в { $shown } { $times ->
        [one] раз
        [few] раза
        [many] раз
       *[other] раза
    } больше; по сравнению со среднегодовым объёмом Сбербанка (около { $average }, вычислено) — примерно в { $per_year_shown } { $per_year ->
        [one] раз
        [few] раза
        [many] раз
       *[other] раза
    }.
# en: ebdcf99b
gpu-caveat-estimate = Цифра Microsoft — оценка Omdia, а не раскрытые компанией данные; с чипами AMD MI300 оценка составляет { $units }.
# en: 1ad332ef
gpu-aside-cumulative = повторено в { -caveat(form: "loc") } о периоде, вместе со сравнением за год
# en: 368baee4
gpu-aside-undated = повторено в { -caveat(form: "loc") } о периоде, который заканчивается этой самой поздней датой
# en: 8c03aa95
gpu-aside-estimate = повторено в { -caveat(form: "loc") } о цифре Microsoft
# en: 54e91d86
gpu-aside-rival = утверждение сравнивает только { $subject } и { $rival }

## Инструмент

# en: edd12019
gpu-explore-buyers = Покупатели
# en: 0245befa
gpu-explore-noun = покупателей
# en: 7a97dea9
gpu-explore-year = Год
# en: 5b2d8459
gpu-explore-per-year = Сбербанк за год (вычислено)
# en: 9b2e24bb
gpu-explore-hint = Покупатели без оценки за этот год не показаны.
# en: 2158a218
gpu-omdia-originator = Omdia (оценка, по сообщению Financial Times)

## Цитируемые страницы (по-английски — в описаниях источников)

# en: 7aca2d98
gpu-rferl = Радио Свобода
# en: 6eef998d
gpu-page-ft-repost-publisher = Financial Times (авторская колонка, перепечатка)
# en: d6a15ac9
gpu-page-ft-repost-title = авторская колонка Артура Макфарлейна в Financial Times «Putin's AI blunder is a gift to opponents», перепечатка от 3 апреля 2025 года, со ссылкой на Радио Свобода
# en: ea961a79
gpu-page-up2info-publisher = up2info (перепечатка Financial Times)
# en: c8c20e46
gpu-page-up2info-title = Financial Times, 18 декабря 2024 года, «Microsoft acquires twice as many Nvidia AI chips as tech rivals» (оригинал недоступен), перепечатка up2info
# en: c5ad50d2
gpu-page-benzinga-publisher = Benzinga
# en: 5e3bcaf0
gpu-page-benzinga-title = Benzinga, 18 декабря 2024 года
