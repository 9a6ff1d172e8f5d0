## Тексты истории об IT-эмиграции на русском (идентификаторы начинаются с "emigration-").

# en: dce4be42
emigration-source = Источники: Минцифры РФ, РАЭК, Руссофт, Росстат и министры (2022–2025)

## Подписи строк графика оценок: кто, когда и что считает цифра

# en: 0922ece3
emigration-label-raec-first-wave = РАЭК ({ $when }): уехали к концу марта
# en: f4b78d69
emigration-label-raec-april-forecast = РАЭК ({ $when }): прогноз на апрель
# en: caa7db36
emigration-label-russoft-first-half = Руссофт ({ $when }): уехали в январе–июне
# en: 05cb6ad7
emigration-label-ministry-december = Минцифры РФ ({ $when }): за границей, не вернулись
# en: e1090a4f
emigration-label-bne-sum = Минцифры РФ в пересказе bne ({ $when }): не вернулись, две волны

## График оценок

# en: 14bbb631
emigration-estimates-title = { $stated } в статье — годовой итог российского Минцифры: IT-специалисты за границей
# en: d7246a0a
emigration-estimates-title-differs =
    Российское Минцифры насчитало за границей { $ministry } { $n ->
        [one] IT-специалиста
        [few] IT-специалистов
        [many] IT-специалистов
       *[other] IT-специалиста
    }; в статье — { $stated }
# en: c117f004
emigration-estimates-subtitle = IT-специалисты, которые уехали, по прогнозу должны были уехать или были за границей и не вернулись: кто и когда это сказал
# en: 17368a63
emigration-estimates-note = Пустые кружки: прогноз РАЭК и наша сумма двух составляющих оценки Минцифры РФ в пересказе bne. Оценки охватывают разные периоды; многие уехавшие вернулись.
# en: f39c4551
emigration-estimates-alt = { $stated } в статье — итог российского Минцифры на конец { $year } года: IT-специалисты, которые были за границей и не вернулись; другие оценки, от { $low } до { $high }, охватывают другие периоды и считают другое.
# en: c7bb8e69
emigration-estimates-description = Оценки IT-эмиграции из России в { $year } году в порядке обнародования: { $estimates }. В статье — { $stated }.
# en: d99d86f0
emigration-estimates-description-row = { $label }, { $span }
# en: 6f1af1a0
emigration-estimates-reference = В статье: { $stated }
# en: 569f5940
emigration-status =
    { $status ->
        [derived] наша сумма (вычислено)
        [forecast] прогноз
       *[reported] как сообщено
    }
# en: d6d73e8f
emigration-column-estimate = Оценка
# en: ae987f94
emigration-column-low = Нижняя граница
# en: 0986097c
emigration-column-high = Верхняя граница

## График долей

# en: 6da73ffa
emigration-shares-label = { $year }: { $headcount } ({ $who })
# en: c1b0712d
emigration-short-hse-2018 = ВШЭ
# en: 986d63d9
emigration-short-interior-ministry-2022 = Зубов
# en: 28c53b94
emigration-short-parshin-2022 = Паршин
# en: ed1aa6d3
emigration-short-shadayev-2022 = Шадаев
# en: 7987d42a
emigration-short-chernyshenko-2022 = Чернышенко
# en: 4b13ea96
emigration-short-rosstat-2023 = Росстат
# en: f8b6695f
emigration-short-grigorenko-2024 = Григоренко
# en: b7f50b7f
emigration-short-mishustin-2025 = Мишустин
# en: b6af8c1a
emigration-shares-value =
    { $broad ->
        [1] { $share } (ИКТ-профессии)
       *[0] { $share }
    }
# en: 38280838
emigration-shares-title = { $people } — это { $shares } IT-кадров России { $year } года
# en: f7351877
emigration-shares-title-none = { $people } как доля IT-кадров России
# en: a6ddacac
emigration-shares-subtitle = { $people } как доля каждой опубликованной численности IT-кадров (год: численность, кто её назвал). Жирным: IT-отрасль { $year } года
# en: 24a533e4
emigration-shares-note =
    { $broad ->
        [1] Вычислено: { $people }, делённые на каждую численность. Строки «ИКТ-профессии» считают ИКТ-специалистов во всей экономике. Определения в источниках различаются.
       *[0] Вычислено: { $people }, делённые на каждую численность. Определения в источниках различаются.
    }
# en: 8956abac
emigration-shares-alt = { $people } — это { $shares } работников IT-отрасли России { $year } года, в зависимости от того, чья численность взята; от более широких подсчётов ИКТ-профессий доля меньше.
# en: 0baefc4a
emigration-shares-alt-none = { $people } как доля опубликованных численностей IT-кадров России.
# en: e8cb810d
emigration-shares-description = { $people } как доля каждой опубликованной численности IT-кадров России: { $shares }.
# en: 12a1ba0e
emigration-shares-description-row = { $year }, { $headcount } ({ $scope }, { $who }): { $share }
# en: a4e689ff
emigration-shares-reference = В статье: { $share }
# en: 11602045
emigration-share-range = { $least }–{ $most } %
# en: 83312d8c
emigration-scope =
    { $broad ->
        [1] ИКТ-профессии во всей экономике
       *[0] IT-отрасль
    }
# en: f90c36a6
emigration-column-headcount = Численность IT-кадров
# en: d9176f1f
emigration-column-share = { $people } как доля, %
# en: 9ad8de52
emigration-column-value = Численность
# en: 7f1d4b21
emigration-column-year = Год

## Вердикт

# en: d3b06d10
emigration-article-value =
    около { $people } { $n ->
        [one] человека
        [few] человек
        [many] человек
       *[other] человека
    }, около { $share } IT-кадров, в { $year } году
# en: 02f22f55
emigration-computed-value =
    около { $people } { $n ->
        [one] человека
        [few] человек
        [many] человек
       *[other] человека
    } за границей, которые не вернулись, «{ $minister }» (российское Минцифры, { $date }); { $share } от собственного подсчёта IT-кадров Минцифры РФ за { $year } год, { $headcount } (вычислено)
# en: f4b0c045
emigration-caveat-figures =
    Обе цифры — от российского Минцифры ({ $date }): около { $people } { $n ->
        [one] IT-специалиста
        [few] IT-специалистов
        [many] IT-специалистов
       *[other] IT-специалиста
    } за границей, которые не вернулись, за обе волны { $year } года; министр оценил их долю как «{ $minister }», а статья подаёт это как «около { $article }».
# en: 53d81e4a
emigration-caveat-denominators =
    От собственного подсчёта IT-кадров российского Минцифры за { $year } год ({ $headcount }, { $who }, { $month }) { $people } — это { $share } (вычислено){ $understated ->
        [1] , так что «около { $article }» преуменьшает долю
       *[0] { "" }
    }; { $others }. От более широких подсчётов ИКТ-профессий ({ $broad }) это было бы { $shares }.
# en: b8ca260d
emigration-caveat-other-headcount = { $headcount } ({ $who }) даёт { $share }
# en: 43a8048b
emigration-caveat-periods = Другие оценки охватывают другие периоды: { $estimates }. Оценка РАЭК { $forecast } на { $period } была прогнозом.
# en: 13581ad3
emigration-caveat-returns = Многие вернулись: по официальным заявлениям, вернулись { $shares } уехавших — отчасти по данным мобильных операторов о SIM-картах.
# en: c6a489ee
emigration-estimates-by = { $who } ({ $month }): { $estimates }
# en: ded76e7b
emigration-estimate-in-words =
    { $about ->
        [1] около { $span }
       *[0] { $span }
    } { $verb ->
        [left] уехали
       *[not-returned] не вернулись
    } ({ $period })
# en: 3479185f
emigration-dated = { $text } ({ $month })
# en: 7f1189f4
emigration-qualified =
    { $qualifier ->
        [about] около { $figure }
        [almost] почти { $figure }
        [nearly] почти { $figure }
        [up-to] до { $figure }
       *[other] { $figure }
    }

## Оговорки источников, отложенные для этого утверждения, и почему

# en: 27257067
emigration-aside-waves = повторено в { -caveat(form: "loc") } о цифрах российского Минцифры
# en: 331574ee
emigration-aside-forecast = повторено в { -caveat(form: "loc") } о других оценках; строка Bloomberg, повторяющая оценку РАЭК, не учтена
# en: 52b21f53
emigration-aside-bne = утверждение приводит две составляющие в пересказе, а не их сумму
# en: bcb14f7f
emigration-aside-sim = повторено в { -caveat(form: "loc") } о вернувшихся
# en: 94fd66f5
emigration-aside-series = утверждение касается только { $year } года
# en: 1de82df9
emigration-aside-definitions = повторено в { -caveat(form: "loc") } о знаменателях, для каждой цифры
# en: f819e466
emigration-aside-round = { -caveat } о знаменателях называет источник каждой цифры
# en: c3b586ea
emigration-aside-http = оно указывает, где опубликована цифра, а не какова она

## Что охватывают цифры из данных и кто их привёл

# en: 48f37b9f
emigration-qualifier-two-thirds = две трети
# en: 7a3e6cb4
emigration-period-raec-first-wave = с 24 февраля до конца марта 2022
# en: c9a1f936
emigration-period-raec-april-forecast = апрель 2022
# en: 046751ba
emigration-period-russoft-first-half = первое полугодие 2022
# en: 140d102f
emigration-period-ministry-december = 2022
# en: 37fcfa89
emigration-period-bne-spring-not-returned = весенняя волна 2022 года
# en: c0585489
emigration-period-bne-autumn-not-returned = после мобилизации в сентябре 2022
# en: 379b5e7e
emigration-period-bne-sum = обе волны 2022 года
# en: f8037f69
emigration-who-raec = РАЭК
# en: d55d4a86
emigration-who-russoft = Руссофт
# en: 1af09cdb
emigration-who-bne = российское Минцифры в пересказе bne IntelliNews
# en: 1af4303b
emigration-who-hse-2018 = ИСИЭЗ ВШЭ
# en: 044f7fef
emigration-who-interior-ministry-2022 = слова замминистра внутренних дел РФ
# en: 88d788c5
emigration-who-parshin-2022 = замминистра Максим Паршин
# en: 41fcf669
emigration-who-shadayev-2022 = Максут Шадаев
# en: 4ddef038
emigration-who-chernyshenko-2022 = вице-премьер Дмитрий Чернышенко
# en: fd54fa25
emigration-who-rosstat-2023 = Росстат через Минцифры РФ
# en: 4bf46c9f
emigration-who-grigorenko-2024 = вице-премьер Дмитрий Григоренко
# en: 8c5ec934
emigration-who-mishustin-2025 = премьер Михаил Мишустин

## Инструмент

# en: 2ec73d80
emigration-explore-emigrants =
    Уехали: { $people } { $n ->
        [one] человек
        [few] человека
        [many] человек
       *[other] человека
    }
# en: 86354919
emigration-explore-broad = Учитывать широкие подсчёты ИКТ-профессий
