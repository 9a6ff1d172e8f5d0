## Тексты истории о других утверждениях статьи на русском (идентификаторы начинаются с "context-"): утверждения
## без статистики, проверенные по частям по датированным записям.


## Выводы

# en: d4d73866
context-finding-confirmed = подтверждено
# en: d24b3300
context-finding-contradicted = опровергнуто
# en: f2aba733
context-finding-disputed = спорно
# en: c93a667e
context-finding-not-found = не найдено

## Вердикты: что показывают записи, оговорки истории, отложенные оговорки

# en: 37ca14d2
context-computed = { $part }: { $finding } ({ $dates })
# en: 6c37fb35
context-computed-not-found = { $part }: записей не найдено
# en: 34d98c54
context-record-event = { $who }, { $date }: { $note }
# en: 03fb995f
context-record-report = { $who } ({ $date }): { $note }
# en: 8c5308c2
context-cite = { $outlet }, { $date }
# en: 87564daf
context-span = { $first } – { $last }
# en: 772dd13c
context-span-days = { $first }–{ $last }
# en: 5c03d0b0
context-days = { $days } { $month }
# en: 40479224
context-caveat-disputed = Спорно: «{ $part }». Против: { $against }. За: { $support }.
# en: 9d0dc021
context-caveat-disputed-others = Спорно: «{ $part }». Против: { $against }. За: { $support }. Другие пересказы той же статьи The Times: { $others }.
# en: b2c48fb8
context-caveat-not-found = Не найдено: «{ $part }»; ни одной записи об этом мы не нашли.
# en: b33deaac
context-caveat-not-found-nearest = Не найдено: «{ $part }»; ни одной записи об этом мы не нашли; ближайшая запись — { $nearest }.
# en: b289cf60
context-caveat-contradicted = Опровергнуто: «{ $part }»: { $records }.
# en: a89f88a1
context-caveat-context = { $records }.
# en: 90e4d14e
context-caveat-old-part =
    «{ $part }» ({ $span }, примерно за { $years } { $n ->
        [one] год
        [few] года
        [many] лет
       *[other] года
    } до статьи)
# en: d103300b
context-caveat-old = Записи, которые это подтверждают, давние: { $parts }; статья даты не называет.
# en: 147d2452
context-aside-habits = утверждение не касается привычек Путина
# en: 2ef7c111
context-aside-times = падение задокументировано и снято на видео независимо от The Times

## Что статья утверждает о каждой части, нашими словами (по-английски — в данных статьи)

# en: c74014ae
context-part-putin-offline-landlines = управляет через шифрованные стационарные телефоны
# en: d4d98839
context-part-putin-offline-briefings = полагается на печатные сводки
# en: 4670632f
context-part-putin-offline-internet = полностью избегает интернета
# en: 9e7ac67e
context-part-putin-offline-smartphone = полностью избегает смартфонов
# en: a56bf9c6
context-part-cia-project-remark = считает интернет проектом ЦРУ
# en: 9d3ae102
context-part-robot-fall-fall = упал лицом на сцену в Москве через мгновение после того, как его представили
# en: c6dba9f9
context-part-alisa-luhansk-avoidance = избегает политических тем
# en: bd115b2c
context-part-alisa-luhansk-luhansk-answer = назвала Луганск частью Украины, затем изменила ответ и отказалась отвечать

## Тексты записей (по-английски — в data/raw/article_context_evidence/evidence.csv, строка n)

# en: 02d12cb5
context-record-1-who = Владимир Путин на медиафоруме в Санкт-Петербурге, который транслировало телевидение
# en: b05115b3
context-record-1-note = назвал интернет проектом ЦРУ, которым тот был с самого начала и остаётся до сих пор
# en: 7b5339c4
context-record-1-outlet = Al Arabiya (сообщение AP)
# en: 69fd2950
context-record-2-who = Владимир Путин на медиафоруме в Санкт-Петербурге, который транслировало телевидение
# en: 9d9f7418
context-record-2-note = то же высказывание; предупредил, что поисковые запросы Google проходят через серверы в США
# en: 459a4491
context-record-2-outlet = The Daily Star
# en: 28c7e8d5
context-record-3-who = The Times в пересказе bb.lv
# en: 338c4acd
context-record-3-note = Путин однажды назвал интернет проектом ЦРУ
# en: efff35ef
context-record-3-outlet = bb.lv
# en: b44cd1ac
context-record-4-who = AIdol, человекоподобный робот московского стартапа Idol, на собственной презентации в конгресс-центре Yarovit Hall
# en: 2656bcbc
context-record-4-note = упал во время официальной презентации в Москве
# en: b316d0ac
context-record-4-outlet = подпись к фото EPA (на bonplansfrench.com)
# en: 67005f8b
context-record-5-who = AIdol на технологическом мероприятии в Москве
# en: dcb40988
context-record-5-note = упал лицом вперёд, когда сотрудники выводили его на сцену; гендиректор компании объяснил падение проблемами с калибровкой
# en: de5723d1
context-record-5-outlet = right2024.com (со ссылкой на Newsweek)
# en: 2df9112f
context-record-6-who = AIdol на технологическом мероприятии в Москве
# en: 3a167f79
context-record-6-note = упал вперёд через мгновение после того, как его представили; дата падения здесь — 11 ноября
# en: 2d570bf0
context-record-6-outlet = WebProNews (со ссылкой на BBC и Newsweek)
# en: 5218566f
context-record-7-who = Валерий Фадеев, глава Совета при президенте России по правам человека
# en: b5e3eab6
context-record-7-note = «Алиса» и «Маруся» от VK отказываются отвечать о правовом статусе Донецкой и Луганской областей и о Буче
# en: 164b62ef
context-record-7-outlet = The Moscow Times (со ссылкой на «Коммерсантъ»)
# en: 6438957f
context-record-8-who = Дмитрий Медведев
# en: 83b87637
context-record-8-note = «Алиса» не сказала, где в Украине стоят памятники Бандере
# en: 6565bfac
context-record-8-outlet = «Холод»
# en: 035f4234
context-record-9-who = Policy Genome (Игорь Самоходский), аудит шести ИИ-ассистентов
# en: ad7ce707
context-record-9-note = сообщает, что вместо точных ответов о войне «Алиса» теперь отказывается отвечать; разговора о Луганске в выводах, которые мы просмотрели, нет
# en: 1a0e8d7e
context-record-9-outlet = Texty.org.ua
# en: e799fe8d
context-record-10-who = Дмитрий Песков, пресс-секретарь Кремля (в эфире «России 24»)
# en: a2e160c3
context-record-10-note = насколько ему известно, у Путина нет телефона
# en: dbead11f
context-record-10-outlet = The New Indian Express (UNI)
# en: 9d307c05
context-record-11-who = Дмитрий Песков, пресс-секретарь Кремля (в эфире радио «Комсомольская правда»)
# en: f65f82fa
context-record-11-note = Путин до сих пор не пользуется смартфоном
# en: 18f3512b
context-record-11-outlet = ТАСС
# en: a192218b
context-record-12-who = Дмитрий Песков, пресс-секретарь Кремля (в эфире «России 24»)
# en: fcb44daf
context-record-12-note = Путин получает папки с распечатками, а также печатные и телевизионные дайджесты
# en: 9bd6e9b7
context-record-12-outlet = The New Indian Express (UNI)
# en: ed2195c5
context-record-13-who = Дмитрий Песков, пресс-секретарь Кремля (в эфире «России 24»)
# en: 93bb8e69
context-record-13-note = Кремль по-прежнему пользуется закрытыми телефонами правительственной связи
# en: a538dde0
context-record-13-outlet = Russia Beyond (болгарская версия)
# en: 34689fa6
context-record-14-who = Дмитрий Песков, пресс-секретарь Кремля (в эфире «России 24»)
# en: 0b5a7af9
context-record-14-note = Путин может и сам поискать что-то в интернете на компьютере
# en: e5a87686
context-record-14-outlet = The New Indian Express (UNI)
# en: 15c68d2b
context-record-15-who = Дмитрий Песков, пресс-секретарь Кремля (в эфире «России-1»)
# en: bfff2e65
context-record-15-note = Путин пользуется интернетом, хотя и не просиживает в нём часами
# en: 3c4ea8ac
context-record-15-outlet = ТАСС
# en: 10d7acb6
context-record-16-who = Дмитрий Песков, пресс-секретарь Кремля (в эфире радио «Комсомольская правда»)
# en: 205b3dcc
context-record-16-note = Путин время от времени пользуется интернетом
# en: 626fc356
context-record-16-outlet = ТАСС
# en: f50a58be
context-record-17-who = российский разведчик-перебежчик, на которого ссылается авторская колонка в FT
# en: 971abd28
context-record-17-note = Путин не пользуется интернетом
# en: 2c6d8dd0
context-record-17-outlet = авторская колонка в Financial Times (перепечатка)
# en: 76c6491b
context-record-18-who = российский разведчик-перебежчик, на которого ссылается авторская колонка в FT
# en: 85701ea0
context-record-18-note = у Путина нет смартфона
# en: 596f9aa3
context-record-18-outlet = авторская колонка в Financial Times (перепечатка)
# en: e4a7b5f5
context-record-19-who = The Times в пересказе УНН
# en: 455801f3
context-record-19-note = Путин редко пользуется интернетом
# en: d2d6cecb
context-record-19-outlet = УНН
# en: e31d60aa
context-record-20-who = The Times в пересказе ТСН
# en: 5e36c25a
context-record-20-note = Путин очень редко пользуется интернетом
# en: e907ba91
context-record-20-outlet = ТСН
# en: 2d82c8f8
context-failing = «{ $part }»: { $finding }
# en: 93e8bcdb
context-caveat-searched =
    Искали «{ $part }»: { $n } { $n ->
        [one] запрос
        [few] запроса
        [many] запросов
       *[other] запроса
    } в сохранённых копиях публичных веб-страниц, последний — { $date }; ни один не дал записи об этом.
# en: 571f5d53
context-aside-times-cuts = записи — это заявления украинской разведки, а не пересказы The Times
# en: d69c520c
context-aside-economy = утверждение не касается экономики России
# en: dd2c818b
context-part-times-date-date = The Times опубликовала свой материал 31 января 2026 года
# en: 546a02f1
context-part-leaders-messaging-heads-of-state = The Times противопоставляет Путину глав государств, которые координируют политику через зашифрованные мессенджеры
# en: bd504643
context-part-economic-cuts-cuts = Россия сокращала расходы
# en: f0511051
context-record-21-who = The Wall Street Journal со ссылкой на американских и российских чиновников, в пересказе Business Insider
# en: 1cfdc013
context-record-21-note = Путин отказывается выходить в интернет, опасаясь слежки, и полагается на бумажные документы от советников
# en: 67069069
context-record-21-outlet = South China Morning Post (Business Insider)
# en: f228d2d7
context-record-22-who = The Times в пересказе РБК-Украина
# en: 0133d51f
context-record-22-note = Путин избегает интернета и смартфонов
# en: 026544d4
context-record-22-outlet = РБК-Украина
# en: 017cb040
context-record-23-who = The Times в пересказе «Хартии-97»
# en: 05343abf
context-record-23-note = Путин игнорирует интернет и смартфоны
# en: 1db9cb0a
context-record-23-outlet = Хартия-97
# en: fff2d4c8
context-record-24-who = The Times в пересказе «Комментариев»
# en: c3d04a6e
context-record-24-note = у Путина нет ни смартфона, ни интернета
# en: cb4c90d5
context-record-24-outlet = Комментарии
# en: d409922e
context-record-25-who = The Times в пересказе bb.lv
# en: 65856efc
context-record-25-note = Путин не пользуется интернетом
# en: 34cf9b5e
context-record-25-outlet = bb.lv
# en: dae89903
context-record-26-who = The Times в пересказе УНН
# en: 8f2cdf0d
context-record-26-note = противопоставление — с британскими министрами в Уайтхолле, которые координируют политику в WhatsApp
# en: 3241fc9b
context-record-26-outlet = УНН
# en: 21eda6dc
context-record-27-who = The Times в пересказе «Комментариев»
# en: 8be36517
context-record-27-note = противопоставление — с министрами других стран, которые согласуют политику через коммерческие мессенджеры
# en: 6855f5e2
context-record-27-outlet = Комментарии
# en: 93f7d8a7
context-record-28-who = The Times в пересказе bb.lv
# en: e0665cbe
context-record-28-note = противопоставление — с министрами других стран, которые координируют политику через коммерческие мессенджеры
# en: 6742fdf3
context-record-28-outlet = bb.lv
# en: cfc17bb3
context-record-29-who = The Times в пересказе РБК-Украина
# en: 1b2c5c11
context-record-29-note = противопоставление — с другими мировыми лидерами, которые координируют политику через современные мессенджеры и цифровые платформы
# en: 2597bf36
context-record-29-outlet = РБК-Украина
# en: 385c7257
context-record-30-who = The Times в пересказе «Хартии-97»
# en: d911200d
context-record-30-note = противопоставление — с лидерами других государств, которые координируют политику через современные мессенджеры и цифровые платформы
# en: 76bd708e
context-record-30-outlet = Хартия-97
# en: dfd4ec0a
context-record-31-who = The Times в пересказе ТСН
# en: ce18cd4c
context-record-31-note = ТСН пересказал статью The Times ещё 30 января — на день раньше даты, которую называет статья
# en: ea5d87f3
context-record-31-outlet = ТСН
# en: 5cfdd83f
context-record-32-who = The Times в пересказе «Комментариев»
# en: 5e18c4d5
context-record-32-note = «Комментарии» пересказали статью The Times 30 января
# en: eb28fd44
context-record-32-outlet = Комментарии
# en: a3454e39
context-record-33-who = Служба внешней разведки Украины
# en: 3c08e414
context-record-33-note = на 2026 год Россия сократила федеральные расходы как минимум по 18 из 51 госпрограммы, сэкономив более 207 млрд рублей
# en: ccc7b3ae
context-record-33-outlet = УНН
# en: 69f06120
context-record-34-who = Служба внешней разведки Украины
# en: bb5208ea
context-record-34-note = бюджетный кризис в российских регионах проявляется в массовых задержках зарплат в бюджетной сфере (в том числе в Хакасии): это задержки, а не сокращения
# en: 1c3ba74a
context-record-34-outlet = «Экономическая правда»
# en: a110f061
context-record-35-who = Военная разведка Украины (ГУР), перехваченный разговор жительницы одного из российских регионов
# en: 1590ef0f
context-record-35-note = местные администрации сократят до пятой части сотрудников из-за нехватки денег: рассказ одной жительницы
# en: e1b2806a
context-record-35-outlet = РБК-Украина
# en: f6f871cd
context-date-by = не позднее { $date }
