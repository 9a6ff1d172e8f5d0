## Тексти історії про IT-еміграцію українською (ідентифікатори починаються з "emigration-").

# en: dce4be42
emigration-source = Джерела: Мінцифри Росії, РАЕК, Руссофт, Росстат і міністри (2022–2025)

## Підписи рядків графіка оцінок

# en: f7ea9f48
emigration-label-raec-first-wave = РАЕК: виїхали до березня
# en: 652ddd2f
emigration-label-raec-april-forecast = РАЕК: прогноз на квітень
# en: c5cce19c
emigration-label-russoft-first-half = Руссофт: виїхали, I пів.
# en: c427edf3
emigration-label-ministry-december = Мінцифри: не повернулися
# en: d8695eb9
emigration-label-bne-sum = Мінцифри/bne: не вернулися

## Графік оцінок

# en: 14bbb631
emigration-estimates-title = { $stated } у статті — підрахунок Мінцифри на кінець року: IT-фахівці за кордоном
# en: 9d78065d
emigration-estimates-title-differs = Мінцифри нарахувало { $ministry } IT-фахівців за кордоном; у статті — { $stated }
# en: bbc196fc
emigration-estimates-subtitle = IT-фахівці, які виїхали, мали виїхати за прогнозом або перебували за кордоном і не повернулися: хто і коли це сказав
# en: f4fea54f
emigration-estimates-note = Порожні кола: прогноз РАЕК і обчислена набором сума двох складників Мінцифри в переказі bne. Оцінки охоплюють різні періоди; багато хто з тих, хто виїхав, повернувся.
# en: 0a729ec8
emigration-estimates-alt = { $stated } у статті — підрахунок Мінцифри на кінець { $year } року: IT-фахівці за кордоном, які не повернулися; інші оцінки, від { $low } до { $high }, охоплюють інші періоди й рахують інше.
# en: c7bb8e69
emigration-estimates-description = Оцінки IT-еміграції з Росії у { $year } році в порядку оприлюднення: { $estimates }. У статті — { $stated }.
# en: 6f1af1a0
emigration-estimates-reference = Стаття: { $stated }

## Графік часток

# en: b6af8c1a
emigration-shares-value =
    { $broad ->
        [1] { $share } (ІКТ-професії)
       *[0] { $share }
    }
# en: 3f55a196
emigration-shares-title = { $people } — це від { $least } до { $most } IT-кадрів Росії { $year } року
# en: f7351877
emigration-shares-title-none = { $people } як частка IT-кадрів Росії
# en: e010f046
emigration-shares-subtitle = { $people } як частка кожної оприлюдненої чисельності IT-кадрів (рік: чисельність). Виділено: IT-галузь { $year } року
# en: 552911b9
emigration-shares-note =
    { $broad ->
        [1] Частки обчислено набором: { $people } поділено на кожну чисельність. Рядки «ІКТ-професії» рахують ІКТ-фахівців в усій економіці. Визначення в джерелах різняться.
       *[0] Частки обчислено набором: { $people } поділено на кожну чисельність. Визначення в джерелах різняться.
    }
# en: f7a5caf2
emigration-shares-alt = { $people } — це від { $least } до { $most } працівників IT-галузі Росії { $year } року, залежно від того, чию чисельність взято; щодо широких підрахунків ІКТ-професій частка менша.
# en: 0baefc4a
emigration-shares-alt-none = { $people } як частка оприлюднених чисельностей IT-кадрів Росії.
# en: e8cb810d
emigration-shares-description = { $people } як частка кожної оприлюдненої чисельності IT-кадрів Росії: { $shares }.
# en: 12a1ba0e
emigration-shares-description-row = { $year }, { $headcount } ({ $scope }, { $who }): { $share }
# en: 79be7607
emigration-scope-it-industry = IT-галузь
# en: 1ceb44f2
emigration-scope-broad = ІКТ-професії

## Вердикт

# en: f984e915
emigration-article-value = близько { $people } осіб, близько { $share } IT-кадрів, { $year } рік
# en: 77af4d27
emigration-computed-value = близько { $people } за кордоном і не повернулися, «{ $minister }» (Мінцифри, { $date }); { $share } від підрахунку IT-кадрів Мінцифри за { $year } рік, { $headcount } (обчислено)
# en: a8a39e9a
emigration-caveat-figures = Обидві цифри — від Мінцифри ({ $date }): близько { $people } IT-фахівців за кордоном, які не повернулися, за обидві хвилі { $year } року; міністр оцінив їхню частку як «{ $minister }», а стаття подає це як «близько { $article }».
# en: 0b872fad
emigration-caveat-denominators =
    Щодо власного підрахунку IT-кадрів Мінцифри за { $year } рік ({ $headcount }, { $who }, { $month }) { $people } — це { $share } (обчислено){ $understated ->
        [1] , тож «близько { $article }» применшує частку
       *[0] { "" }
    }; { $others }. За широкими підрахунками ІКТ-професій ({ $broad }) було б від { $least } до { $most }.
# en: b8ca260d
emigration-caveat-other-headcount = { $headcount } ({ $who }) — це { $share }
# en: 43a8048b
emigration-caveat-periods = Інші оцінки охоплюють інші періоди: { $estimates }. Оцінка РАЕК { $forecast } (період: { $period }) була прогнозом.
# en: 75cb06c1
emigration-caveat-returns = Багато хто повернувся: за офіційними заявами, повернулися { $shares } тих, хто виїхав, — частково за даними мобільних операторів про SIM-картки.
# en: ded76e7b
emigration-estimate-in-words =
    { $about ->
        [1] близько { $span }
       *[0] { $span }
    } { $verb ->
        [left] виїхали
       *[not-returned] не повернулися
    } ({ $period })
# en: e37b1131
emigration-qualified = { $qualifier } { $figure }

## Застереження джерел, відкладені для цього твердження, і чому

# en: 5caa894a
emigration-aside-waves = повторено в застереженні щодо цифр Мінцифри
# en: ddd5a76f
emigration-aside-forecast = повторено в застереженні щодо інших оцінок; рядок Bloomberg, що повторює оцінку РАЕК, не враховано
# en: 52b21f53
emigration-aside-bne = твердження подає два складники так, як їх переказано, а не їхню суму
# en: 6d45254e
emigration-aside-sim = повторено в застереженні щодо повернень
# en: 94fd66f5
emigration-aside-series = твердження стосується лише { $year } року
# en: 8bd80e39
emigration-aside-definitions = повторено в застереженні щодо знаменників, для кожної цифри
# en: c1131ff5
emigration-aside-round = застереження щодо знаменників називає джерело кожної цифри
# en: c3b586ea
emigration-aside-http = воно вказує, де цифру прочитано, а не якою вона є

## Тексти даних

# en: 187e0baa
emigration-qualifier-about = близько
# en: bd194e70
emigration-qualifier-almost = майже
# en: 80a4f638
emigration-qualifier-up-to = до
# en: 48f37b9f
emigration-qualifier-two-thirds = дві третини
# en: 64b1a270
emigration-period-raec-first-wave = 24 лютого — березень 2022
# en: c9a1f936
emigration-period-raec-april-forecast = квітень 2022
# en: be4bf33a
emigration-period-russoft-first-half = I півріччя 2022
# en: c12c57fc
emigration-period-bne-spring-not-returned = весняна хвиля 2022
# en: c0585489
emigration-period-bne-autumn-not-returned = після мобілізації у вересні 2022
# en: f8037f69
emigration-who-raec = РАЕК
# en: d55d4a86
emigration-who-russoft = Руссофт
# en: 1af09cdb
emigration-who-bne = Мінцифри в переказі bne IntelliNews
# en: 1af4303b
emigration-who-hse-2018 = ІСДЕЗ ВШЕ
# en: 044f7fef
emigration-who-interior-ministry-2022 = слова заступника міністра внутрішніх справ
# en: 88d788c5
emigration-who-parshin-2022 = заступник міністра Максим Паршин
# en: 41fcf669
emigration-who-shadayev-2022 = Максут Шадаєв
# en: 18f37426
emigration-who-chernyshenko-2022 = Уряд Росії
# en: 203c7297
emigration-who-rosstat-2023 = Росстат через Мінцифри
# en: 34c8996a
emigration-who-grigorenko-2024 = Уряд Росії
# en: 403142b6
emigration-who-mishustin-2025 = Уряд Росії
# en: 57949692
emigration-org-hse-2018 = ІСДЕЗ ВШЕ
# en: f8133f5b
emigration-org-interior-ministry-2022 = МВС Росії
# en: d8405701
emigration-org-parshin-2022 = Мінцифри (заступник міністра Максим Паршин)
# en: 3fbdeec3
emigration-org-shadayev-2022 = Мінцифри (Максут Шадаєв)
# en: 76804e6e
emigration-org-chernyshenko-2022 = Уряд Росії
# en: df64152a
emigration-org-rosstat-2023 = Росстат через Мінцифри
# en: 0453a47f
emigration-org-grigorenko-2024 = Уряд Росії
# en: 9a3da768
emigration-org-mishustin-2025 = Уряд Росії

## Інструмент

# en: 2e439c64
emigration-explore-emigrants = Виїхали, осіб
# en: 86354919
emigration-explore-broad = Враховувати широкі підрахунки ІКТ-професій
