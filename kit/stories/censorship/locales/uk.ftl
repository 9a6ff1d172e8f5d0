## Тексти історії про цензуру українською (ідентифікатори починаються з "censorship-").


## Назви з даних

# en: cde21590
censorship-category-total = Усі категорії
# en: e648db34
censorship-category-circumvention-tools = Засоби обходу блокувань
# en: 70c5eef7
censorship-category-lgbt = ЛГБТ-контент
# en: 47b97e4d
censorship-category-alcohol = Продаж алкоголю
# en: 7f538986
censorship-category-csam = Матеріали сексуального насильства над дітьми
# en: 562fdb38
censorship-category-drugs = Пропаганда наркотиків
# en: 0dac9c0e
censorship-category-minors = Залучення неповнолітніх до протиправних дій
# en: a418f1e0
censorship-category-extremism = Екстремістський і терористичний контент
# en: 174ee10e
censorship-category-suicide = Контент про суїцид
# en: be2a4774
censorship-category-svo-fakes = «Фейки» про «СВО»
# en: af23b757
censorship-platforms = ВКонтакте, Однокласники, «Мой мир», «Ответы Mail.ru», Rutube, TikTok, Likee і Telegram

## Суми, дати й уточнення

# en: 2a87381d
censorship-qualified =
    { $qualifier ->
        [more-than] понад { $figure }
        [about] близько { $figure }
        [nearly] майже { $figure }
       *[other] { $figure }
    }
# en: 7446abf5
censorship-usd-millions = { $amount } млн $
# en: 6b2ca885
censorship-usd-millions-range = { $low }–{ $high } млн $
# en: 28b40da0
censorship-billion-roubles = { $amount } млрд ₽
# en: 820fd384
censorship-days = з { $first } до { $last } року
# en: a393ec63
censorship-late = кінець { $month }

## Графік категорій

# en: 23d8493a
censorship-categories-title = { $name }: { $change } у 2025 році, найшвидше серед показаних
# en: c5849fec
censorship-categories-title-change = { $name }: найбільша зміна у 2025 році, { $change }
# en: 955a7763
censorship-categories-subtitle = Матеріали, видалені або обмежені на вимогу Роскомнагляду, за категоріями, логарифмічна шкала: коло — 2024, точка — 2025; підписи — зміна
# en: 1a15da20
censorship-categories-note = Рахуються дописи на платформах, а не сайти. «Засоби обходу блокувань» — усі способи обходу, не лише VPN. Дані за 2024 рік, крім загальної кількості, обчислено.
# en: d5a1d9c7
censorship-categories-source = Джерело: Роскомнагляд, у виданнях «Ведомости» і «РИА Новости» (2026)
# en: 81588a50
censorship-categories-alt =
    Кількість матеріалів про засоби обходу блокувань, видалених на вимогу Роскомнагляду, у 2025 році зросла на { $growth }: понад { $count } проти приблизно { $base }; наступна категорія за темпом: { $next }; { $fell ->
        [0] спаду немає в жодній
        [one] у { $fell } категорії — спад
        [few] у { $fell } категоріях — спад
        [many] у { $fell } категоріях — спад
       *[other] у { $fell } категорії — спад
    }.
# en: dbb7865d
censorship-categories-description = Матеріали, видалені або обмежені на вимогу Роскомнагляду на платформах { $platforms }, 2024 і 2025 роки (дані за 2024 рік, крім загальної кількості, обчислено з оприлюдненої зміни): { $categories }.
# en: c3aa8667
censorship-categories-row =
    { $name } { $change }, з { $about ->
        [1] приблизно { $base }
       *[0] { $base }
    } до { $over ->
        [1] понад { $count }
       *[0] { $count }
    }
# en: af8e7988
censorship-count-status =
    { $qualifier ->
        [more-than] понад
       *[other] як повідомлено
    }
# en: f77b9467
censorship-base-status =
    { $derived ->
        [1] обчислено зі зміни
       *[0] як повідомлено
    }
# en: 766047d5
censorship-column-category = Категорія
# en: df84b4a0
censorship-column-change = Зміна порівняно з 2024 роком, %
# en: 9f3363af
censorship-column-base = 2024 (обчислено, крім загальної кількості)
# en: b6295369
censorship-column-count = 2025

## Графік VPN

# en: b7f5ddf7
censorship-vpn-title = Кількість заблокованих у Росії VPN-сервісів зросла з { $first } до { $last }
# en: f3ceada9
censorship-vpn-subtitle = VPN-сервіси, заблоковані на кожну дату, за даними Роскомнагляду
# en: 6f927d7f
censorship-vpn-note = Дані на кожну дату — із щорічного жовтневого форуму Роскомнагляду, а на { $when } року — з пізнішої заяви; окремі дії з блокування не враховано.
# en: a414cd91
censorship-vpn-source = Джерело: Роскомнагляд, в «Інтерфаксі» і Xakep.ru (2023–2026)
# en: dbef47f0
censorship-vpn-alt =
    За офіційними даними Росії, станом на { $when_last } року заблоковано { $last } { $n ->
        [one] VPN-сервіс
        [few] VPN-сервіси
        [many] VPN-сервісів
       *[other] VPN-сервісу
    }, тоді як на { $when_first } року — { $first }.
# en: a879facc
censorship-vpn-description = Заблоковані VPN-сервіси за даними Роскомнагляду: { $counts }. Окремі дії з блокування, а не підсумки, не враховано: { $actions }.
# en: 53d07727
censorship-vpn-count = { $when }: { $count }
# en: f29e792f
censorship-vpn-action =
    { $more ->
        [1] понад { $n } ({ $when })
       *[0] { $n } ({ $when })
    }
# en: e087b4cf
censorship-column-date = Дата
# en: cb9ed555
censorship-column-vpn = Заблоковані VPN-сервіси

## Вердикти: бюджет

# en: b2963015
censorship-budget-caveat-plan = Це план, а не витрати: { $amount } передбачено в плані цифровізації Роскомнагляду на { $year } рік (повідомлено { $reported } року) на фільтрацію трафіку за допомогою машинного навчання.
# en: 6bba0275
censorship-budget-caveat-conversion = Сума в доларах — це перерахунок; українські заяви, що наводять її в доларах, курсу не називають. За офіційними курсами Банку Росії { $days } ({ $lowest_rate }–{ $highest_rate } руб. за долар) це { $range } (обчислено); менше ніж { $stated } вийшло б лише за курсу, вищого за { $threshold }.
# en: 482a3ba2
censorship-budget-every-rate =
    кожен із { $n } { $n ->
        [one] наявного офіційного курсу
        [few] наявних офіційних курсів
        [many] наявних офіційних курсів
       *[other] наявного офіційного курсу
    } дає { $low } або більше, а щоб вийшло менше ніж { $stated }, потрібен курс, вищий за { $threshold }
# en: 3ab0167d
censorship-budget-article-value = { $qualified } на { $year } рік
# en: 326ef939
censorship-budget-computed-value = { $amount } заплановано на { $year } рік = { $range } за офіційними курсами { $days } (обчислено)
# en: ec51e422
censorship-aside-plan = повторено в { -caveat(form: "loc") } про план
# en: b36f1f3d
censorship-aside-conversion = повторено в { -caveat(form: "loc") } про перерахунок
# en: 529c68d9
censorship-aside-inference = перевірка не залежить від того, звідки стаття взяла цифру: { $every_rate }

## Вердикти: зростання

# en: 6e2b170b
censorship-growth-caveat-category = Категорія Роскомнагляду — засоби обходу блокувань, тобто всі способи обходу, а це ширше, ніж VPN.
# en: 4be8b3e2
censorship-growth-caveat-counted = Ідеться про матеріали й дописи, видалені або обмежені на платформах { $platforms }, а не про сайти чи заблоковані VPN-сервіси.
# en: 5c2990c8
censorship-growth-caveat-count = Кількість зросла й становить { $count }; базу 2024 року не оприлюднено: приблизно { $base } (обчислено з кількості та зміни).
# en: 922cb7c7
censorship-growth-caveat-no-ai = Ніщо в цифрі Роскомнагляду не пов'язує це зростання зі ШІ, хоча саме це стаття нею й ілюструє.
# en: a5de1da9
censorship-growth-article-value = { $qualified } у { $year } році
# en: 2448aabc
censorship-growth-computed-value =
    { $change } для матеріалів про засоби обходу блокувань у { $year } році, { $rank ->
        [1] найшвидше зростання
       *[other] місце { $ordinal } за темпом зростання
    } з { $total } { $total ->
        [one] категорії
        [few] категорій
        [many] категорій
       *[other] категорії
    }
# en: 463abf73
censorship-aside-counted = повторено в { -caveat(form: "loc") } про те, що рахується, з переліком платформ
# en: c61fa46d
censorship-aside-category = повторено в { -caveat(form: "loc") } про категорію
# en: c7694dd9
censorship-aside-count = повторено в { -caveat(form: "loc") } про кількість

## Вердикти: контроль над платформами

# en: 2527943d
censorship-control-caveat = Стаття не наводить цифр; «посилення» ми розуміємо як більше видалень і більше заблокованих сервісів через рік, а цифри — власні дані Роскомнагляду.
# en: a0c89794
censorship-control-article-value = посилення контролю над цифровими платформами, з масовою цензурою та обмеженнями в соцмережах (без цифр)
# en: 3915dfb9
censorship-control-computed-value = кількість матеріалів, видалених або обмежених на платформах на вимогу Роскомнагляду в { $year } році: { $count }, { $change } до попереднього року ({ $before_count }); кількість заблокованих VPN-сервісів станом на { $after } року: { $vpn }, { $vpn_change } порівняно з даними на { $before } року ({ $vpn_before })
# en: a0dcfbcc
censorship-aside-total = твердження спирається на загальну кількість за всіма категоріями
# en: 2c8851e3
censorship-aside-total-published = твердження спирається на загальну кількість, дані за 2024 рік для якої оприлюднено
# en: 2fad9f16
censorship-aside-total-not-more = твердження спирається на загальну кількість, яка не належить до таких цифр
# en: 2b1b828e
censorship-aside-series = твердження порівнює два значення ряду
# en: 13b64f9a
censorship-aside-compares = твердження порівнює { $before } і { $after }
# en: 36a37fc4
censorship-originator = Роскомнагляд

## Інструмент

# en: 91630507
censorship-explore-categories = Категорії
# en: 60e49d1a
censorship-explore-noun = категорії
