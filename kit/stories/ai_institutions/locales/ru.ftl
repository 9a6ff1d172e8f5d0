## Тексты истории об организациях в сфере ИИ на русском (идентификаторы начинаются с "institutions-").


## Варианты рейтинга

# en: 757103d2
institutions-tracks-main-tracks = основные треки
# en: 93a96e07
institutions-tracks-all-tracks = все треки
# en: 97faa147
institutions-universe-all-institutions = все организации
# en: faf5abdc
institutions-universe-academic-or-public-only = университеты и госинституты
# en: de5f3adc
institutions-metric-full = полный подсчёт
# en: 92fe98fd
institutions-metric-fractional = дробный подсчёт
# en: de4fe2cf
institutions-variant = { $tracks }, { $universe }, { $metric }
# en: 8807ac10
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

# en: ebb6910e
institutions-short-pooled = Вся Россия вместе
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
# en: 39d63332
institutions-country-unknown = Страна неизвестна

## Оба графика

# en: 7a8e4c94
institutions-source = Источник: принятые статьи { $conferences } { $first }–{ $last }, данные Paper Copilot
# en: 9400d892
institutions-coverage =
    { $count } { $count ->
        [one] конференции
        [few] конференциях
        [many] конференциях
       *[other] конференциях
    } по ИИ { $first }–{ $last }

## Места в топ-N по странам

# en: 9bf0e9b6
institutions-seats-beside = Лучшая: { $institution }, { $counted } ({ $rank }); для места { $place } нужно { $cutoff_counted }
# en: 5356a67c
institutions-seats-title =
    { $seats ->
        [0] В топ-{ $top } по статьям на конференциях по ИИ нет российских организаций
       *[other] У России { $seats } из топ-{ $top } организаций по статьям на конференциях по ИИ
    }
# en: 1ee1a254
institutions-seats-differ = Другие рейтинги расходятся: { $ranking }, по сообщениям, ставит { $institution } { $place }.
# en: df978dff
institutions-seats-chosen = ; выбор читателя и Россия
# en: f7a64908
institutions-seats-subtitle = Организации из топ-{ $top } по статьям на { $coverage }, по странам. { $variant }{ $chosen }
# en: d2e774ce
institutions-seats-note =
    Равные делят место, так что на месте { $place } или выше { $within } { $within ->
        [one] организация
        [few] организации
        [many] организаций
       *[other] организаций
    }. { $differ }
# en: 73ac80e8
institutions-seats-rebuilt = Статья не называет рейтинга; этот воссоздан набором.
# en: d9f0e789
institutions-seats-alt = У России { $seats } из топ-{ $top } организаций в исследованиях ИИ по статьям на { $coverage }; больше всего — { $lead }. { $beside }.
# en: 5f5def42
institutions-seats-description = Места в топ-{ $top } по странам ({ $variant }): { $places }. Организаций в рейтинге набора по статьям: { $total }; равные делят место, так что на месте { $place } или выше — { $within }. Лучшая российская организация, { $short }, имеет { $papers_counted } и занимает место { $rank }; для места { $place } нужно { $cutoff_counted }. Страна: по штаб-квартире, иначе по домену e-mail. { $differ }

## Выбранные организации против порога

# en: be7e67dd
institutions-cutoff-unranked = здесь без места
# en: 16297d66
institutions-cutoff-line = { $place }: { $counted }
# en: 552afd26
institutions-cutoff-title-short = Лучшая в России, { $institution }, отстаёт от топ-{ $top } на { $counted }
# en: 60237c1f
institutions-cutoff-title-enough = { $institution }: статей достаточно для топ-{ $top }
# en: 9d323c7e
institutions-cutoff-title-none = Ни у одной из выбранных организаций нет места; для топ-{ $top } нужно { $counted }
# en: 8216a2b4
institutions-cutoff-subtitle = Принятые статьи на { $coverage } (место в скобках). { $variant }
# en: 1338164a
institutions-cutoff-note =
    Пунктир: статьи организации на месте { $place }. Вместе { $institutions } { $institutions ->
        [one] российская организация заняла бы
        [few] российские организации заняли бы
        [many] российских организаций заняли бы
       *[other] российских организаций заняли бы
    } место { $pooled }.
# en: cc5700be
institutions-cutoff-alt = Лучшая российская организация в сфере ИИ, { $institution }, имеет { $counted } ({ $rank }); для топ-{ $top } нужно { $cutoff_counted }. Все российские организации вместе заняли бы место { $pooled }.
# en: 3cec8c59
institutions-cutoff-alt-none = Ни у одной из выбранных организаций нет места; для топ-{ $top } нужно { $counted }.
# en: 6e8f93d4
institutions-cutoff-description-row-unranked = { $short }: в этом варианте без места
# en: 72353869
institutions-cutoff-description-row = { $short }: { $counted }
# en: ec893534
institutions-cutoff-description =
    Статьи на { $coverage } ({ $variant }); на месте { $place } — { $counted }. { $rows }. Строка «вся Россия» считает каждую статью хотя бы с одной российской аффилиацией один раз { $metric ->
        [full] (полный подсчёт).
       *[fractional] (сумма российских долей).
    }

## Вердикт

# en: 21d38bbe
institutions-ranking-kit = рейтинг набора по статьям на { $count } конференциях по ИИ 2023–24
# en: 7c5d250b
institutions-ranking-neurips = статьи NeurIPS { $period } (подсчёт третьей стороны)
# en: 936edc28
institutions-caveat-kit = Статья не называет источника своего топ-200; собственный рейтинг набора считает принятые статьи на { $count } конференциях по ИИ: { $venues } ({ $papers_counted } основных треков с аффилиациями). NeurIPS, ICLR, ACL и AAAI не учтены.
# en: 0713ce78
institutions-caveat-pooled = Если считать Россию одной организацией, у неё было бы { $counted } и место { $rank }, то есть она вошла бы в топ-{ $top }: утверждение верно для организаций, но не для страны в целом.
# en: 7c6cc2f1
institutions-caveat-neurips-alone = , а только в { $period } верхняя граница, { $counted }, достигает { $cutoff } на месте { $top } ({ $rank })
# en: c7b3dc33
institutions-caveat-neurips =
    NeurIPS (подсчёт третьей стороны, { $period } вместе): { $short } — максимум { $counted } против { $cutoff } на месте { $top }{ $alone }. Часть статей организаций { $mismapped_short } третья сторона относит к другим, так что их подсчёты — нижняя граница; кроме того, она объединяет статьи Сколтеха и ISTA ({ $bucket_counted } вместе{ $reaches ->
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
# en: fc4b9e15
institutions-caveat-unsettled = Итак, утверждение верно для рейтинга набора по научной продуктивности, но не для таких рейтингов: { $rankings }, — а статья могла иметь в виду и их: данные не позволяют это решить.
# en: 071e6b52
institutions-caveat-unknown = Организаций из топ-{ $top } без страны: { $count }.
# en: 00ad557c
institutions-aside-restated = повторено в оговорке к утверждению о собственном рейтинге набора
# en: a53b0fa1
institutions-aside-cutoff = более низкий порог облегчает, а не затрудняет российской организации попадание в топ-200, так что ноль, полученный набором, остаётся в силе
# en: b432fe7e
institutions-aside-samsung = утверждение касается российских университетов; московская лаборатория иностранной компании к ним не относится
# en: 11f763c8
institutions-aside-sensitivity = все { $variants } вариантов, с этими треками и без них, дают то же число
# en: eb7dbf56
institutions-aside-neurips = повторено в оговорке о NeurIPS вместе с последствиями
# en: da7dd5e5
institutions-computed = Российских организаций в топ-{ $top } рейтинга набора по статьям в каждом из { $variants } вариантов: { $counts } (лучшая: { $short }, место { $rank }, { $counted } против { $cutoff } на месте { $top }){ $contrary }
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
institutions-explore-countries-hint = Оставьте страны пустыми, чтобы увидеть все страны с местами; Россия показана всегда.
# en: 94797b25
institutions-explore-institutions = Организации
# en: 88930434
institutions-explore-institutions-noun = организации
# en: a3d295b3
institutions-explore-institutions-hint = Выберите от { $low } до { $high } организаций: введите часть названия, чтобы найти.
