## Тексти самого набору українською. Ідентифікатори наші; кожен переклад позначено відбитком англійського тексту.


## Глосарій

# en: b2cd0744
-vibrancy =
    { $case ->
       *[nom] активність у сфері ШІ
        [gen] активності у сфері ШІ
    }
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
