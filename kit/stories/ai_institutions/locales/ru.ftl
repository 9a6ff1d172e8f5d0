## Тексты истории об организациях в сфере ИИ на русском (идентификаторы начинаются с "institutions-").


## Варианты рейтинга

# en: 757103d2
institutions-tracks-main-tracks = основные секции
# en: 93a96e07
institutions-tracks-all-tracks = все секции
# en: 97faa147
institutions-universe-all-institutions = все организации
# en: faf5abdc
institutions-universe-academic-or-public-only = университеты и государственные научные организации
# en: de5f3adc
institutions-metric-full = полный подсчёт
# en: 92fe98fd
institutions-metric-fractional = дробный подсчёт
# en: de4fe2cf
institutions-variant = { $tracks }, { $universe }, { $metric }
# en: 892c6b63
institutions-papers =
    { $papers } { $n ->
        [one] статья
        [few] статьи
        [many] статей
       *[other] статьи
    }
# en: 885326f8
institutions-place =
    { $range ->
        [1] в группу { $place }
       *[0] на место { $place }
    }

## Короткие названия, где мало места

# en: 1efa7e00
institutions-short-skoltech = Сколтех
# en: 0e5b94ca
institutions-short-hse = ВШЭ
# en: c8fb8f13
institutions-short-mipt = МФТИ
# en: 4ff32e8b
institutions-short-airi = AIRI
# en: 6a5dddb1
institutions-short-yandex = Яндекс
# en: 6945ebf1
institutions-short-ras = ИВМ РАН
# en: 9918468c
institutions-short-msu = МГУ
# en: 79e153d8
institutions-short-innopolis = Иннополис
# en: 2f5fca01
institutions-short-tinkoff = Т-Банк
# en: cf046773
institutions-short-itmo = ИТМО
# en: 8db2c1f1
institutions-pooled = Вся Россия
# en: 39d63332
institutions-country-unknown = Страна неизвестна

## Оба графика

# en: 7958fb07
institutions-source = Источник: списки принятых статей Paper Copilot, { $conferences } { $first }–{ $last }; наш рейтинг
# en: c83aac7d
institutions-coverage =
    { $count } { $count ->
        [one] конференции
        [few] конференциях
        [many] конференциях
       *[other] конференции
    } по ИИ { $first }–{ $last }
# en: 322b1be9
institutions-header-country = Страна
# en: f998dc7f
institutions-header-seats = Организаций в топ-{ $top }
# en: 5497b760
institutions-header-institution = Организация
# en: 3726c221
institutions-header-papers = Статьи
# en: 1a39fcd6
institutions-header-rank = Место

## Места в топ-N по странам

# en: 71e7e49a
institutions-seats-beside = Лучшая: { $institution }, { $counted } ({ $rank }); на месте { $place } — { $cutoff_counted }
# en: 5356a67c
institutions-seats-title =
    { $seats ->
        [0] В топ-{ $top } по статьям на конференциях по ИИ нет российских организаций
       *[other] У России { $seats } из топ-{ $top } организаций по статьям на конференциях по ИИ
    }
# en: 1ee1a254
institutions-seats-differ = Но { $ranking }, по сообщениям, ставит { $institution } { $place }.
# en: 2cc2a88d
institutions-seats-subtitle =
    Организации из топ-{ $top } по числу статей на { $coverage }, по странам ({ $variant }){ $chosen ->
        [1] ; выбранные вами страны и Россия
       *[0] { "" }
    }
# en: 33eb7394
institutions-seats-note =
    Организации с равным числом статей делят место: на месте { $place } или выше — { $within } { $within ->
        [one] организация
        [few] организации
        [many] организаций
       *[other] организации
    }. { $differ }
# en: 221d34d1
institutions-seats-rebuilt = Статья не называет рейтинга; этот рейтинг мы воссоздали сами.
# en: 827b0046
institutions-seats-alt =
    { $seats ->
        [0] Ни одной российской организации нет среди
       *[other] У России { $seats } из
    } топ-{ $top } исследовательских организаций в сфере ИИ по статьям на { $coverage }; больше всего — { $lead }. { $beside }.
# en: 57bc2d57
institutions-seats-description = Места в топ-{ $top } по странам ({ $variant }): { $places }. Организаций в нашем рейтинге: { $total }; организации с равным числом статей делят место, так что на месте { $place } или выше — { $within }. Лучшая российская организация, { $short }, имеет { $papers_counted } и занимает место { $rank }; на месте { $place } — { $cutoff_counted }. Страна определена по штаб-квартире, иначе — по почтовому домену. { $differ }

## Выбранные организации против порога

# en: be7e67dd
institutions-cutoff-unranked = вне этого рейтинга
# en: 0aff770e
institutions-cutoff-row = { $institution } ({ $rank })
# en: d4cc2645
institutions-cutoff-line = место { $place }: { $counted }
# en: 9342174f
institutions-cutoff-title-short = Лучшая российская организация, { $institution }, отстаёт от топ-{ $top } на { $counted }
# en: 60237c1f
institutions-cutoff-title-enough = { $institution }: статей достаточно для топ-{ $top }
# en: bda11544
institutions-cutoff-title-others = Выбранные организации в топ-{ $top }: { $within } из { $chosen }
# en: ddc5cf49
institutions-cutoff-title-none = Ни у одной из выбранных организаций нет места; для топ-{ $top } нужно { $cutoff_counted }
# en: aeedf083
institutions-cutoff-subtitle = Принятые статьи на { $coverage }, в скобках — место ({ $variant })
# en: 1e157793
institutions-cutoff-note =
    Пунктир: статьи организации на месте { $place }. Последняя строка: все российские организации вместе; { $metric ->
        [full] общая статья нескольких из них учтена один раз.
       *[fractional] их доли каждой статьи сложены.
    }
# en: 569b23eb
institutions-cutoff-alt = Лучшая российская организация в сфере ИИ, { $institution }, имеет { $counted } ({ $rank }); для топ-{ $top } нужно { $cutoff_counted }. Все российские организации вместе заняли бы место { $pooled }.
# en: 4b13dbb8
institutions-cutoff-alt-none = Для топ-{ $top } нужно { $cutoff_counted }; все российские организации вместе заняли бы место { $pooled }.
# en: 6e8f93d4
institutions-cutoff-description-row-unranked = { $short }: в этом варианте без места
# en: 7db4538e
institutions-cutoff-description-row = { $short }: { $counted } ({ $rank })
# en: a3632e1a
institutions-cutoff-description =
    Статьи на { $coverage } ({ $variant }); на месте { $place } — { $counted }. { $rows }. Последняя строка учитывает каждую статью хотя бы с одной российской аффилиацией один раз { $metric ->
        [full] (полный подсчёт).
       *[fractional] (сумма российских долей).
    }

## Вердикт

# en: 65db28ca
institutions-ranking-kit = наш рейтинг по статьям на { $count } конференциях по ИИ 2023–2024
# en: 7c5d250b
institutions-ranking-neurips = статьи NeurIPS { $period } (сторонние подсчёты)
# en: f404dfb5
institutions-caveat-kit = Статья не называет источника своего топ-200; наш собственный рейтинг считает принятые статьи на { $count } конференциях по ИИ: { $venues } ({ $papers_counted } в основных секциях с аффилиациями). NeurIPS, ICLR, ACL и AAAI не учтены.
# en: a990eb57
institutions-caveat-pooled = Если считать Россию одной организацией, у неё было бы { $counted } и место { $rank }, то есть она вошла бы в топ-{ $top }: утверждение верно для организаций, но не для страны в целом.
# en: dac6f6e4
institutions-caveat-neurips-alone = , а только в { $period } году верхняя граница, { $counted }, достигает порога места { $place } ({ $cutoff }) и даёт место { $rank }
# en: 729333db
institutions-caveat-neurips =
    NeurIPS (сторонние подсчёты, { $period } вместе): { $short } — максимум { $counted } против { $cutoff } на месте { $place }{ $alone }. Часть статей организаций { $mismapped_short } сторонний проект относит к другим организациям, так что их подсчёты — нижняя граница; кроме того, он объединяет статьи Сколтеха и ISTA ({ $bucket_counted } вместе{ $reaches ->
        [1] , выше порога
       *[0] { "" }
    }): эти подсчёты не могут показать, что ни одна российская организация не входит в топ-200 NeurIPS.
# en: fa59aefb
institutions-published-places = { $ranking }, по сообщениям, ставит { $institution } { $place }
# en: 7b8df34b
institutions-published-none = { $ranking } не включает российских организаций в свой топ-{ $listed }
# en: 90d2bc08
institutions-published-context = { $text } (только для контекста: { $reason })
# en: 27a6429f
institutions-caveat-published = Опубликованные рейтинги: { $rankings }.
# en: 7477cec1
institutions-caveat-unsettled = Итак, утверждение верно для нашего рейтинга по научной продуктивности, но не для рейтингов, которые статья с тем же успехом могла иметь в виду ({ $rankings }): данные не позволяют это решить.
# en: 882549bb
institutions-caveat-unknown = Организаций из топ-{ $top } без страны: { $count }.
# en: fe272844
institutions-aside-restated = повторено в { -caveat(form: "loc") } к этому утверждению о нашем собственном рейтинге
# en: 2d6b2ae7
institutions-aside-cutoff = более низкий порог облегчает, а не затрудняет российской организации попадание в топ-200, так что наш нулевой результат остаётся в силе
# en: b432fe7e
institutions-aside-samsung = утверждение касается российских университетов; московская лаборатория иностранной компании к ним не относится
# en: 11f763c8
institutions-aside-sensitivity =
    все { $variants } { $variants ->
        [one] вариант
        [few] варианта
        [many] вариантов
       *[other] варианта
    }, с этими секциями и без них, дают то же число
# en: 30d0dea5
institutions-aside-neurips = повторено в { -caveat(form: "loc") } о NeurIPS вместе с последствиями
# en: b73d30d8
institutions-computed = Российских организаций в топ-{ $top } нашего рейтинга по статьям в каждом из { $variants } вариантов: { $counts } (лучшая: { $short }, место { $rank }, { $counted } против { $cutoff } на месте { $place }){ $contrary }
# en: 872b9347
institutions-computed-contrary = ; но { $ranking }, по сообщениям, ставит { $institution } { $place }
# en: 72ae4d07
institutions-article-value = Российских университетов в топ-{ $top }: { $stated }

## Инструменты

# en: c12e4208
institutions-explore-ranking = Рейтинг
# en: aedd2857
institutions-explore-countries = Страны
# en: 0942de4c
institutions-explore-countries-noun = страны
# en: 2f1d43a3
institutions-explore-countries-hint = Оставьте поле стран пустым, чтобы увидеть все страны с местами; Россия показана всегда.
# en: 94797b25
institutions-explore-institutions = Организации
# en: 88930434
institutions-explore-institutions-noun = организации
# en: a3d295b3
institutions-explore-institutions-hint = Выберите от { $low } до { $high } организаций: введите часть названия, чтобы найти нужную.
# en: b5cdf082
institutions-option = { $rank }. { $institution } ({ $country })
