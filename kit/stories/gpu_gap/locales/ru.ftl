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
# en: 01782098
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
# en: 6ac9705b
gpu-subtitle = Приобретённые ИИ-чипы, логарифмическая шкала: оценки Omdia по GPU Nvidia, купленным в { $year } году; GPU Сбербанка с февраля 2022 года
# en: add5d7d2
gpu-note = Цифра Сбербанка — за период { $span } или короче; тип чипов не назван. Пустой кружок: среднее за год, вычислено.
# en: 6044d91f
gpu-note-h20 = Цифры ByteDance и Tencent включают более слабые H20.
# en: d5e3b216
gpu-note-missing = Нет оценки за { $year } год для: { $buyers }.
# en: d5992d4a
gpu-label-average = { $buyer }, среднее за год (вычислено)
# en: db6bf74c
gpu-label-since = { $buyer }, с февраля 2022
# en: fb8cb057
gpu-alt = Оценка Omdia: { $buyer } в { $year } году — { $units } чипов Nvidia, { $times } больше, чем { $subject_units } GPU, которые { $subject } получил { $span } (около { $yearly } в год).
# en: 6c4ec307
gpu-alt-rest = { " " }Другие крупные покупатели: { $range }.
# en: 825bfc67
gpu-description = Приобретённые ИИ-чипы. Оценки Omdia за { $year } год: { $estimates }. { $subject }: { $units } GPU неуказанного типа за период { $span } или короче, по данным Радио Свобода (в колонке в Financial Times); за { $years } года это около { $yearly } в год (вычислено).

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
gpu-article-value = { $subject }: { $subject_figure } с февраля 2022; { $rival }: { $rival_figure } в 2024
# en: c36889a5
gpu-computed-value =
    { $subject }: { $units } GPU неуказанного типа (Радио Свобода, в цитировании); { $rival }: { $rival_units } чипов Nvidia { $chips } (оценка Omdia): в { $shown } { $times ->
        [one] раз
        [few] раза
        [many] раз
       *[other] раз
    } больше, а в среднем за год — примерно в { $per_year_shown } { $per_year ->
        [one] раз
        [few] раза
        [many] раз
       *[other] раз
    } (вычислено)
# en: 82c30849
gpu-caveat-period =
    Цифра Сбербанка охватывает около { $years } { $years ->
        [one] года
        [few] лет
        [many] лет
       *[other] лет
    } ({ $period }) и не указывает, какие это чипы; оценка Omdia для Microsoft — это один год чипов Nvidia { $chips }. Как сказано, это в { $shown } { $times ->
        [one] раз
        [few] раза
        [many] раз
       *[other] раз
    } больше; по сравнению со среднегодовым объёмом Сбербанка (около { $average }, вычислено) — примерно в { $per_year_shown } { $per_year ->
        [one] раз
        [few] раза
        [many] раз
       *[other] раз
    }.
# en: ebdcf99b
gpu-caveat-estimate = Цифра Microsoft — оценка Omdia, а не раскрытые компанией данные; с чипами AMD MI300 оценка составляет { $units }.
# en: 117fce51
gpu-aside-cumulative = повторено в оговорке о периоде, вместе со сравнением за год
# en: aa9359f3
gpu-aside-undated = повторено в оговорке о периоде, который заканчивается этой самой поздней датой
# en: 6b2eead4
gpu-aside-estimate = повторено в оговорке о цифре Microsoft
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
