## Тексты истории об IT-эмиграции на русском (идентификаторы начинаются с "emigration-").

# en: dce4be42
emigration-source = Источники: Минцифры России, РАЭК, Руссофт, Росстат и министры (2022–2025)

## Подписи строк графика оценок

# en: f7ea9f48
emigration-label-raec-first-wave = РАЭК: уехали до марта
# en: 652ddd2f
emigration-label-raec-april-forecast = РАЭК: прогноз на апрель
# en: c5cce19c
emigration-label-russoft-first-half = Руссофт: уехали, I пол.
# en: c427edf3
emigration-label-ministry-december = Минцифры: не вернулись
# en: d8695eb9
emigration-label-bne-sum = Минцифры/bne: невозврат

## График оценок

# en: 14bbb631
emigration-estimates-title = { $stated } в статье — подсчёт Минцифры на конец года: IT-специалисты за границей
# en: 9d78065d
emigration-estimates-title-differs = Минцифры насчитало { $ministry } IT-специалистов за границей; в статье — { $stated }
# en: bbc196fc
emigration-estimates-subtitle = IT-специалисты, которые уехали, по прогнозу должны были уехать или находились за границей и не вернулись: кто и когда это сказал
# en: f4fea54f
emigration-estimates-note = Пустые кружки: прогноз РАЭК и посчитанная набором сумма двух составляющих Минцифры в пересказе bne. Оценки охватывают разные периоды; многие уехавшие вернулись.
# en: 0a729ec8
emigration-estimates-alt = { $stated } в статье — подсчёт Минцифры на конец { $year } года: IT-специалисты за границей, которые не вернулись; другие оценки, от { $low } до { $high }, охватывают другие периоды и считают другое.
# en: c7bb8e69
emigration-estimates-description = Оценки IT-эмиграции из России в { $year } году в порядке обнародования: { $estimates }. В статье — { $stated }.
# en: 6f1af1a0
emigration-estimates-reference = Статья: { $stated }

## График долей

# en: b6af8c1a
emigration-shares-value =
    { $broad ->
        [1] { $share } (ИКТ-профессии)
       *[0] { $share }
    }
# en: 3f55a196
emigration-shares-title = { $people } — это от { $least } до { $most } IT-кадров России { $year } года
# en: f7351877
emigration-shares-title-none = { $people } как доля IT-кадров России
# en: e010f046
emigration-shares-subtitle = { $people } как доля каждой опубликованной численности IT-кадров (год: численность). Выделено: IT-отрасль { $year } года
# en: 552911b9
emigration-shares-note =
    { $broad ->
        [1] Доли посчитаны набором: { $people } разделено на каждую численность. Строки «ИКТ-профессии» считают ИКТ-специалистов во всей экономике. Определения в источниках различаются.
       *[0] Доли посчитаны набором: { $people } разделено на каждую численность. Определения в источниках различаются.
    }
# en: f7a5caf2
emigration-shares-alt = { $people } — это от { $least } до { $most } работников IT-отрасли России { $year } года, в зависимости от того, чья численность взята; относительно широких подсчётов ИКТ-профессий доля меньше.
# en: 0baefc4a
emigration-shares-alt-none = { $people } как доля опубликованных численностей IT-кадров России.
# en: e8cb810d
emigration-shares-description = { $people } как доля каждой опубликованной численности IT-кадров России: { $shares }.
# en: 12a1ba0e
emigration-shares-description-row = { $year }, { $headcount } ({ $scope }, { $who }): { $share }
# en: 79be7607
emigration-scope-it-industry = IT-отрасль
# en: 1ceb44f2
emigration-scope-broad = ИКТ-профессии

## Вердикт

# en: f984e915
emigration-article-value = около { $people } человек, около { $share } IT-кадров, { $year } год
# en: 77af4d27
emigration-computed-value = около { $people } за границей и не вернулись, «{ $minister }» (Минцифры, { $date }); { $share } от подсчёта IT-кадров Минцифры за { $year } год, { $headcount } (вычислено)
# en: a8a39e9a
emigration-caveat-figures = Обе цифры — от Минцифры ({ $date }): около { $people } IT-специалистов за границей, которые не вернулись, за обе волны { $year } года; министр оценил их долю как «{ $minister }», а статья подаёт это как «около { $article }».
# en: 0b872fad
emigration-caveat-denominators =
    Относительно собственного подсчёта IT-кадров Минцифры за { $year } год ({ $headcount }, { $who }, { $month }) { $people } — это { $share } (вычислено){ $understated ->
        [1] , так что «около { $article }» преуменьшает долю
       *[0] { "" }
    }; { $others }. При широких подсчётах ИКТ-профессий ({ $broad }) было бы от { $least } до { $most }.
# en: b8ca260d
emigration-caveat-other-headcount = { $headcount } ({ $who }) — это { $share }
# en: 43a8048b
emigration-caveat-periods = Другие оценки охватывают другие периоды: { $estimates }. Оценка РАЭК { $forecast } (период: { $period }) была прогнозом.
# en: 75cb06c1
emigration-caveat-returns = Многие вернулись: по официальным заявлениям, вернулись { $shares } уехавших — отчасти по данным мобильных операторов о SIM-картах.
# en: ded76e7b
emigration-estimate-in-words =
    { $about ->
        [1] около { $span }
       *[0] { $span }
    } { $verb ->
        [left] уехали
       *[not-returned] не вернулись
    } ({ $period })
# en: e37b1131
emigration-qualified = { $qualifier } { $figure }

## Оговорки источников, отложенные для этого утверждения, и почему

# en: 5caa894a
emigration-aside-waves = повторено в оговорке о цифрах Минцифры
# en: ddd5a76f
emigration-aside-forecast = повторено в оговорке о других оценках; строка Bloomberg, повторяющая оценку РАЭК, не учтена
# en: 52b21f53
emigration-aside-bne = утверждение приводит две составляющие в пересказе, а не их сумму
# en: 6d45254e
emigration-aside-sim = повторено в оговорке о возвращениях
# en: 94fd66f5
emigration-aside-series = утверждение касается только { $year } года
# en: 8bd80e39
emigration-aside-definitions = повторено в оговорке о знаменателях, для каждой цифры
# en: c1131ff5
emigration-aside-round = оговорка о знаменателях называет источник каждой цифры
# en: c3b586ea
emigration-aside-http = оно указывает, где прочитана цифра, а не какова она

## Тексты данных

# en: 187e0baa
emigration-qualifier-about = около
# en: bd194e70
emigration-qualifier-almost = почти
# en: 80a4f638
emigration-qualifier-up-to = до
# en: 48f37b9f
emigration-qualifier-two-thirds = две трети
# en: 64b1a270
emigration-period-raec-first-wave = 24 февраля — март 2022
# en: c9a1f936
emigration-period-raec-april-forecast = апрель 2022
# en: be4bf33a
emigration-period-russoft-first-half = I полугодие 2022
# en: c12c57fc
emigration-period-bne-spring-not-returned = весенняя волна 2022
# en: c0585489
emigration-period-bne-autumn-not-returned = после мобилизации в сентябре 2022
# en: f8037f69
emigration-who-raec = РАЭК
# en: d55d4a86
emigration-who-russoft = Руссофт
# en: 1af09cdb
emigration-who-bne = Минцифры в пересказе bne IntelliNews
# en: 1af4303b
emigration-who-hse-2018 = ИСИЭЗ ВШЭ
# en: 044f7fef
emigration-who-interior-ministry-2022 = слова замминистра внутренних дел
# en: 88d788c5
emigration-who-parshin-2022 = замминистра Максим Паршин
# en: 41fcf669
emigration-who-shadayev-2022 = Максут Шадаев
# en: 18f37426
emigration-who-chernyshenko-2022 = Правительство России
# en: 203c7297
emigration-who-rosstat-2023 = Росстат через Минцифры
# en: 34c8996a
emigration-who-grigorenko-2024 = Правительство России
# en: 403142b6
emigration-who-mishustin-2025 = Правительство России
# en: 57949692
emigration-org-hse-2018 = ИСИЭЗ ВШЭ
# en: f8133f5b
emigration-org-interior-ministry-2022 = МВД России
# en: d8405701
emigration-org-parshin-2022 = Минцифры (замминистра Максим Паршин)
# en: 3fbdeec3
emigration-org-shadayev-2022 = Минцифры (Максут Шадаев)
# en: 76804e6e
emigration-org-chernyshenko-2022 = Правительство России
# en: df64152a
emigration-org-rosstat-2023 = Росстат через Минцифры
# en: 0453a47f
emigration-org-grigorenko-2024 = Правительство России
# en: 9a3da768
emigration-org-mishustin-2025 = Правительство России

## Инструмент

# en: 2e439c64
emigration-explore-emigrants = Уехали, человек
# en: 86354919
emigration-explore-broad = Учитывать широкие подсчёты ИКТ-профессий
