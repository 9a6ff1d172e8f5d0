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
censorship-platforms = ВКонтакте, Однокласники, Мой Мир, Ответы Mail.ru, Rutube, TikTok, Likee і Telegram
# en: 0c2f35cc
censorship-speaker-ccd = ЦПД України
# en: 9b894b18
censorship-speaker-szru = СЗР України
# en: 5f88efd5
censorship-speaker-full-ccd = Центр протидії дезінформації (Україна)
# en: 121e16f4
censorship-speaker-full-szru = Служба зовнішньої розвідки України
# en: 1fccbc04
censorship-qualified =
    { $qualifier ->
        [more-than] понад { $figure }
        [about] близько { $figure }
       *[other] { $figure }
    }
# en: 28b40da0
censorship-billion-roubles = { $amount }{ "\u00A0" }млрд{ "\u00A0" }₽
# en: a393ec63
censorship-late = кінець { $month }

## Графік бюджету

# en: ba90f172
censorship-rate-label = Курс на { $day }: { $rate }
# en: dc865934
censorship-stated = Заява: { $speaker }
# en: 27e855a8
censorship-over =
    { $over ->
        [1] понад { $figure }
       *[0] { $figure }
    }
# en: 5237fd57
censorship-budget-title = За кожним офіційним курсом того тижня { $roubles } — понад { $stated }
# en: 30bd51b7
censorship-budget-title-range = За кожним офіційним курсом того тижня { $roubles } — це { $low }–{ $high }
# en: e083a8c7
censorship-budget-subtitle = Запланований бюджет Роскомнагляду на { $year } рік на фільтрацію трафіку за допомогою машинного навчання, млн $
# en: 46dc2a35
censorship-budget-note = Порожні кола: { $roubles }, поділені на курс Банку Росії кожного дня (обчислено). Сірі: суми в доларах, які українські відомства назвали без курсу. Це план, а не витрати.
# en: c85cbbed
censorship-budget-source = Джерела: план Роскомнагляду у Forbes Russia (2026); Банк Росії; ЦПД і СЗР України
# en: 257fde31
censorship-budget-alt = За курсами Банку Росії на 20–23 січня 2026 року заплановані Роскомнаглядом { $roubles } на фільтрацію трафіку за допомогою ШІ — це { $low }–{ $high }: за будь-якого курсу більше, ніж { $stated } у статті.
# en: 0d19cf83
censorship-budget-description = { $roubles } ({ $exact } руб.) заплановано на { $year } рік (повідомлено { $reported }), поділено на кожен офіційний курс: { $conversions }. Суми в доларах, названі без курсу: { $statements }. У статті: понад { $stated }.
# en: ce389cde
censorship-budget-conversion = { $date }: { $rate } руб. за долар, { $usd }
# en: 09dfec47
censorship-budget-reference = Стаття: >{ $millions }{ "\u00A0" }млн{ "\u00A0" }$

## Графік категорій

# en: 23d8493a
censorship-categories-title = { $name }: +{ $growth } у 2025 році, найшвидше серед показаних
# en: c5849fec
censorship-categories-title-change = { $name }: найбільша зміна у 2025 році, { $change }
# en: 955a7763
censorship-categories-subtitle = Матеріали, видалені або обмежені на вимогу Роскомнагляду, за категоріями, логарифмічна шкала: коло — 2024, точка — 2025; підписи — зміна
# en: 1a15da20
censorship-categories-note = Рахуються дописи на платформах, а не сайти. «Засоби обходу блокувань» — усі способи обходу, не лише VPN. Дані за 2024 рік, крім загальних, обчислено.
# en: d5a1d9c7
censorship-categories-source = Джерело: Роскомнагляд, у виданнях «Ведомости» і «РИА Новости» (2026)
# en: 55dfeb0c
censorship-categories-alt = Матеріали про засоби обходу блокувань, видалені на вимогу Роскомнагляду, у 2025 році: { $change }, понад { $count } проти приблизно { $base }; наступна за темпом категорія — { $next }, а три скоротилися.
# en: dbb7865d
censorship-categories-description = Матеріали, видалені або обмежені на вимогу Роскомнагляду на платформах { $platforms }, 2024 і 2025 роки (дані за 2024 рік, крім загальних, обчислено з оприлюдненої зміни): { $categories }.
# en: c3aa8667
censorship-categories-row =
    { $name } { $change }, з { $about ->
        [1] приблизно { $base }
       *[0] { $base }
    } до { $over ->
        [1] понад { $count }
       *[0] { $count }
    }

## Графік VPN

# en: b7f5ddf7
censorship-vpn-title = Кількість заблокованих у Росії VPN-сервісів зросла з { $first } до { $last }
# en: f3ceada9
censorship-vpn-subtitle = VPN-сервіси, заблоковані на кожну дату, за даними Роскомнагляду
# en: 6f927d7f
censorship-vpn-note = Дані на кожну дату — з щорічного жовтневого форуму Роскомнагляду, для дати «{ $when }» — з пізнішої заяви; окремі дії з блокування не враховано.
# en: a414cd91
censorship-vpn-source = Джерело: Роскомнагляд, в «Інтерфаксі» і Xakep.ru (2023–2026)
# en: 967386e3
censorship-vpn-alt =
    За даними Росії, станом на { $when_last } заблоковано { $last } { $n ->
        [one] VPN-сервіс
        [few] VPN-сервіси
        [many] VPN-сервісів
       *[other] VPN-сервісів
    }, тоді як на { $when_first } — { $first }.
# en: a879facc
censorship-vpn-description = Заблоковані VPN-сервіси за даними Роскомнагляду: { $counts }. Окремі дії з блокування, а не підсумки, не враховано: { $actions }.
# en: f29e792f
censorship-vpn-action =
    { $more ->
        [1] понад { $n } ({ $when })
       *[0] { $n } ({ $when })
    }

## Вердикти: бюджет

# en: b2963015
censorship-budget-caveat-plan = Це план, а не витрати: { $amount } передбачено в плані цифровізації Роскомнагляду на { $year } рік (повідомлено { $reported }) на фільтрацію трафіку за допомогою машинного навчання.
# en: 0ae4e131
censorship-budget-caveat-conversion = Сума в доларах — це перерахунок; українські заяви, що наводять її в доларах, курсу не називають. За офіційними курсами Банку Росії з { $first } до { $last } ({ $lowest_rate }–{ $highest_rate } руб. за долар) це { $low }–{ $high } (обчислено); менше ніж { $stated } вийшло б лише за курсу вище { $threshold }.
# en: 48f45a18
censorship-budget-every-rate = кожен із { $n } прочитаних офіційних курсів дає { $low } або більше, а щоб вийшло менше ніж { $stated }, потрібен курс вище { $threshold }
# en: 3ab0167d
censorship-budget-article-value = { $qualified } на { $year } рік
# en: b03d3f43
censorship-budget-computed-value = { $amount } заплановано на { $year } рік = { $low }–{ $high } за офіційними курсами з { $first } до { $last } (обчислено)
# en: 41151f87
censorship-aside-plan = повторено в застереженні щодо плану
# en: 90bc1000
censorship-aside-conversion = повторено в застереженні щодо перерахунку
# en: 529c68d9
censorship-aside-inference = перевірка не залежить від того, звідки стаття взяла цифру: { $every_rate }

## Вердикти: зростання

# en: 6e2b170b
censorship-growth-caveat-category = Категорія Роскомнагляду — засоби обходу блокувань, тобто всі способи обходу, а це ширше, ніж VPN.
# en: 4be8b3e2
censorship-growth-caveat-counted = Ідеться про матеріали й дописи, видалені або обмежені на платформах { $platforms }, а не про сайти чи заблоковані VPN-сервіси.
# en: 5c2990c8
censorship-growth-caveat-count = Кількість зросла до { $count }; базу 2024 року не оприлюднено: приблизно { $base } (обчислено з кількості та зміни).
# en: a5de1da9
censorship-growth-article-value = { $qualified } у { $year } році
# en: faf70a4f
censorship-growth-computed-value =
    { $change } для матеріалів про засоби обходу блокувань у { $year } році, { $rank ->
        [1] найшвидше зростання
       *[other] { $ordinal } за темпом зростання
    } з { $total } категорій
# en: 76806d7a
censorship-aside-counted = повторено в застереженні щодо того, що рахується, з переліком платформ
# en: 319cacfb
censorship-aside-category = повторено в застереженні щодо категорії
# en: a5f65d1a
censorship-aside-count = повторено в застереженні щодо кількості

## Вердикти: контроль над платформами

# en: 2527943d
censorship-control-caveat = Стаття не наводить цифр; «посилення» прочитано як більше видалень і більше заблокованих сервісів через рік, а цифри — власні дані Роскомнагляду.
# en: a0c89794
censorship-control-article-value = посилення контролю над цифровими платформами, з масовою цензурою та обмеженнями в соцмережах (без цифр)
# en: d308fdc7
censorship-control-computed-value = кількість матеріалів, видалених або обмежених на платформах на вимогу Роскомнагляду в { $year } році: { $count }, { $change } до попереднього року ({ $before_count }); кількість заблокованих VPN-сервісів станом на { $after }: { $vpn }, { $vpn_change } порівняно з { $before } ({ $vpn_before })
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

## Інструмент

# en: 91630507
censorship-explore-categories = Категорії
# en: 60e49d1a
censorship-explore-noun = категорій
# en: 36a37fc4
censorship-originator = Роскомнагляд
# en: 922cb7c7
censorship-growth-caveat-no-ai = Ніщо в цифрі Роскомнагляду не пов'язує це зростання зі ШІ, хоча саме це стаття нею й ілюструє.
