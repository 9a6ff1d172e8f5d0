## Тексти історії про ІТ-еміграцію українською (ідентифікатори починаються з "emigration-").

# en: dce4be42
emigration-source = Джерела: Мінцифри РФ, РАЕК, Руссофт, Росстат і міністри (2022–2025)

## Підписи рядків графіка оцінок: хто, коли і що рахує цифра

# en: 0922ece3
emigration-label-raec-first-wave = РАЕК ({ $when }): виїхали до кінця березня
# en: f4b78d69
emigration-label-raec-april-forecast = РАЕК ({ $when }): прогноз на квітень
# en: caa7db36
emigration-label-russoft-first-half = Руссофт ({ $when }): виїхали в січні–червні
# en: 05cb6ad7
emigration-label-ministry-december = Мінцифри РФ ({ $when }): за кордоном, не повернулися
# en: e1090a4f
emigration-label-bne-sum = Мінцифри РФ у переказі bne ({ $when }): не повернулися, дві хвилі

## Графік оцінок

# en: 14bbb631
emigration-estimates-title = { $stated } у статті — річний підсумок російського Мінцифри: ІТ-фахівці за кордоном
# en: d7246a0a
emigration-estimates-title-differs =
    Російське Мінцифри нарахувало за кордоном { $ministry } { $n ->
        [one] ІТ-фахівця
        [few] ІТ-фахівців
        [many] ІТ-фахівців
       *[other] ІТ-фахівця
    }; у статті — { $stated }
# en: c117f004
emigration-estimates-subtitle = ІТ-фахівці, які виїхали, мали виїхати за прогнозом або були за кордоном і не повернулися: хто і коли це сказав
# en: 17368a63
emigration-estimates-note = Порожні кола: прогноз РАЕК і наша сума двох складників оцінки Мінцифри РФ у переказі bne. Оцінки охоплюють різні періоди; багато хто з тих, хто виїхав, повернувся.
# en: f39c4551
emigration-estimates-alt = { $stated } у статті — підсумок російського Мінцифри на кінець { $year } року: ІТ-фахівці, які були за кордоном і не повернулися; інші оцінки, від { $low } до { $high }, охоплюють інші періоди й рахують інше.
# en: c7bb8e69
emigration-estimates-description = Оцінки ІТ-еміграції з Росії у { $year } році в порядку оприлюднення: { $estimates }. У статті — { $stated }.
# en: d99d86f0
emigration-estimates-description-row = { $label }, { $span }
# en: 6f1af1a0
emigration-estimates-reference = У статті: { $stated }
# en: 569f5940
emigration-status =
    { $status ->
        [derived] наша сума (обчислено)
        [forecast] прогноз
       *[reported] як повідомлено
    }
# en: d6d73e8f
emigration-column-estimate = Оцінка
# en: ae987f94
emigration-column-low = Нижня межа
# en: 0986097c
emigration-column-high = Верхня межа

## Графік часток

# en: 6da73ffa
emigration-shares-label = { $year }: { $headcount } ({ $who })
# en: c1b0712d
emigration-short-hse-2018 = ВШЕ
# en: 986d63d9
emigration-short-interior-ministry-2022 = Зубов
# en: 28c53b94
emigration-short-parshin-2022 = Паршин
# en: ed1aa6d3
emigration-short-shadayev-2022 = Шадаєв
# en: 7987d42a
emigration-short-chernyshenko-2022 = Чернишенко
# en: 4b13ea96
emigration-short-rosstat-2023 = Росстат
# en: f8b6695f
emigration-short-grigorenko-2024 = Григоренко
# en: b7f50b7f
emigration-short-mishustin-2025 = Мішустін
# en: b6af8c1a
emigration-shares-value =
    { $broad ->
        [1] { $share } (ІКТ-професії)
       *[0] { $share }
    }
# en: 38280838
emigration-shares-title = { $people } — це { $shares } ІТ-кадрів Росії { $year } року
# en: f7351877
emigration-shares-title-none = { $people } як частка ІТ-кадрів Росії
# en: a6ddacac
emigration-shares-subtitle = { $people } як частка кожної оприлюдненої чисельності ІТ-кадрів (рік: чисельність, хто її назвав). Жирним: ІТ-галузь { $year } року
# en: 24a533e4
emigration-shares-note =
    { $broad ->
        [1] Обчислено: { $people }, поділені на кожну чисельність. Рядки «ІКТ-професії» рахують ІКТ-фахівців в усій економіці. Визначення в джерелах різняться.
       *[0] Обчислено: { $people }, поділені на кожну чисельність. Визначення в джерелах різняться.
    }
# en: 8956abac
emigration-shares-alt = { $people } — це { $shares } працівників ІТ-галузі Росії { $year } року, залежно від того, чию чисельність узято; від ширших підрахунків ІКТ-професій частка менша.
# en: 0baefc4a
emigration-shares-alt-none = { $people } як частка оприлюднених чисельностей ІТ-кадрів Росії.
# en: e8cb810d
emigration-shares-description = { $people } як частка кожної оприлюдненої чисельності ІТ-кадрів Росії: { $shares }.
# en: 12a1ba0e
emigration-shares-description-row = { $year }, { $headcount } ({ $scope }, { $who }): { $share }
# en: a4e689ff
emigration-shares-reference = У статті: { $share }
# en: 11602045
emigration-share-range = { $least }–{ $most } %
# en: 83312d8c
emigration-scope =
    { $broad ->
        [1] ІКТ-професії в усій економіці
       *[0] ІТ-галузь
    }
# en: f90c36a6
emigration-column-headcount = Чисельність ІТ-кадрів
# en: d9176f1f
emigration-column-share = { $people } як частка, %
# en: 9ad8de52
emigration-column-value = Чисельність
# en: 7f1d4b21
emigration-column-year = Рік

## Вердикт

# en: d3b06d10
emigration-article-value =
    близько { $people } { $n ->
        [one] особи
        [few] осіб
        [many] осіб
       *[other] особи
    }, близько { $share } ІТ-кадрів, у { $year } році
# en: 02f22f55
emigration-computed-value =
    близько { $people } { $n ->
        [one] особи
        [few] осіб
        [many] осіб
       *[other] особи
    } за кордоном, які не повернулися, «{ $minister }» (російське Мінцифри, { $date }); { $share } від власного підрахунку ІТ-кадрів Мінцифри РФ за { $year } рік, { $headcount } (обчислено)
# en: f4b0c045
emigration-caveat-figures =
    Обидві цифри — від російського Мінцифри ({ $date }): близько { $people } { $n ->
        [one] ІТ-фахівця
        [few] ІТ-фахівців
        [many] ІТ-фахівців
       *[other] ІТ-фахівця
    } за кордоном, які не повернулися, за обидві хвилі { $year } року; міністр оцінив їхню частку як «{ $minister }», а стаття подає це як «близько { $article }».
# en: 53d81e4a
emigration-caveat-denominators =
    Від власного підрахунку ІТ-кадрів російського Мінцифри за { $year } рік ({ $headcount }, { $who }, { $month }) { $people } — це { $share } (обчислено){ $understated ->
        [1] , тож «близько { $article }» применшує частку
       *[0] { "" }
    }; { $others }. Від ширших підрахунків ІКТ-професій ({ $broad }) це було б { $shares }.
# en: b8ca260d
emigration-caveat-other-headcount = { $headcount } ({ $who }) дає { $share }
# en: 43a8048b
emigration-caveat-periods = Інші оцінки охоплюють інші періоди: { $estimates }. Оцінка РАЕК { $forecast } на { $period } була прогнозом.
# en: 13581ad3
emigration-caveat-returns = Багато хто повернувся: за офіційними заявами, повернулися { $shares } тих, хто виїхав, — частково за даними мобільних операторів про SIM-картки.
# en: c6a489ee
emigration-estimates-by = { $who } ({ $month }): { $estimates }
# en: ded76e7b
emigration-estimate-in-words =
    { $about ->
        [1] близько { $span }
       *[0] { $span }
    } { $verb ->
        [left] виїхали
       *[not-returned] не повернулися
    } ({ $period })
# en: 3479185f
emigration-dated = { $text } ({ $month })
# en: 7f1189f4
emigration-qualified =
    { $qualifier ->
        [about] близько { $figure }
        [almost] майже { $figure }
        [nearly] майже { $figure }
        [up-to] до { $figure }
       *[other] { $figure }
    }

## Застереження джерел, відкладені для цього твердження, і чому

# en: 27257067
emigration-aside-waves = повторено в { -caveat(form: "loc") } про цифри російського Мінцифри
# en: 331574ee
emigration-aside-forecast = повторено в { -caveat(form: "loc") } про інші оцінки; рядок Bloomberg, що повторює оцінку РАЕК, не враховано
# en: 52b21f53
emigration-aside-bne = твердження подає два складники так, як їх переказано, а не їхню суму
# en: bcb14f7f
emigration-aside-sim = повторено в { -caveat(form: "loc") } про тих, хто повернувся
# en: 94fd66f5
emigration-aside-series = твердження стосується лише { $year } року
# en: 1de82df9
emigration-aside-definitions = повторено в { -caveat(form: "loc") } про знаменники, для кожної цифри
# en: f819e466
emigration-aside-round = { -caveat } про знаменники називає джерело кожної цифри
# en: c3b586ea
emigration-aside-http = воно вказує, де цифру опубліковано, а не якою вона є

## Що охоплюють цифри з даних і хто їх навів

# en: 48f37b9f
emigration-qualifier-two-thirds = дві третини
# en: 7a3e6cb4
emigration-period-raec-first-wave = з 24 лютого до кінця березня 2022
# en: c9a1f936
emigration-period-raec-april-forecast = квітень 2022
# en: 046751ba
emigration-period-russoft-first-half = перше півріччя 2022
# en: 140d102f
emigration-period-ministry-december = 2022
# en: 37fcfa89
emigration-period-bne-spring-not-returned = весняна хвиля 2022 року
# en: c0585489
emigration-period-bne-autumn-not-returned = після мобілізації у вересні 2022
# en: 379b5e7e
emigration-period-bne-sum = обидві хвилі 2022 року
# en: f8037f69
emigration-who-raec = РАЕК
# en: d55d4a86
emigration-who-russoft = Руссофт
# en: 1af09cdb
emigration-who-bne = російське Мінцифри в переказі bne IntelliNews
# en: 1af4303b
emigration-who-hse-2018 = ІСДЕЗ ВШЕ
# en: 044f7fef
emigration-who-interior-ministry-2022 = слова заступника міністра внутрішніх справ РФ
# en: 88d788c5
emigration-who-parshin-2022 = заступник міністра Максим Паршин
# en: 41fcf669
emigration-who-shadayev-2022 = Максут Шадаєв
# en: 4ddef038
emigration-who-chernyshenko-2022 = віцепрем'єр Дмитро Чернишенко
# en: fd54fa25
emigration-who-rosstat-2023 = Росстат через Мінцифри РФ
# en: 4bf46c9f
emigration-who-grigorenko-2024 = віцепрем'єр Дмитро Григоренко
# en: 8c5ec934
emigration-who-mishustin-2025 = прем'єр Михайло Мішустін

## Інструмент

# en: 2ec73d80
emigration-explore-emigrants =
    Виїхали: { $people } { $n ->
        [one] особа
        [few] особи
        [many] осіб
       *[other] особи
    }
# en: 86354919
emigration-explore-broad = Враховувати широкі підрахунки ІКТ-професій
