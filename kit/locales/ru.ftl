## Тексты самого набора на русском. Идентификаторы наши; каждый перевод помечен отпечатком английского текста.


## Глоссарий

# en: b2cd0744
-vibrancy =
    { $case ->
       *[nom] активность в сфере ИИ
        [gen] активности в сфере ИИ
    }
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
