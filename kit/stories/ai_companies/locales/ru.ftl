## Тексты истории о компаниях в сфере ИИ на русском (идентификаторы начинаются с "companies-").


## Списки

# en: 37b092b6
companies-list-all-sector = Топ-100 компаний всех отраслей по рыночной стоимости, февраль 2026
# en: 576e80f3
companies-list-all-sector-shows = стоит ли какая-либо российская компания любой отрасли столько же, сколько 100-я компания списка
# en: e53e97c6
companies-list-all-sector-cannot-show = ничего о технологических компаниях, которые стоят меньше
# en: 863a7836
companies-list-tech = Топ-100 технологических компаний Forbes Global 2000 по рыночной стоимости, 2025
# en: 69a33e02
companies-list-tech-shows = нижнюю границу стоимости 100-й технологической компании мира
# en: d5197d11
companies-list-tech-cannot-show = попала бы в него российская компания: Global 2000 не включает российские компании (в списке 2025 года их нет)
# en: be6cdf61
companies-list-ai50 = Forbes AI 50, 2025 (частные компании в сфере ИИ)
# en: 7ff2f500
companies-list-ai50-shows = российскую компанию среди 50 ведущих частных компаний в сфере ИИ, если бы такая была
# en: f6c3e86c
companies-list-ai50-cannot-show = то, что среди 100 ведущих компаний в сфере ИИ нет ни одной российской: в нём всего 50 мест, и публичные компании в него не входят
# en: f48b4250
companies-usd = { $amount } млрд $
# en: c87aa372
companies-country-count = { $country } { $count }
# en: 710752c8
companies-country-not-eligible = { $country }: не допущена

## Издания, как их знают читатели

# en: e8a912b8
companies-outlet-unn = УНН
# en: af716b49
companies-outlet-tsn = ТСН

## Короткие названия для узких панелей

# en: e2637438
companies-panel-all-sector = Топ-100 всех отраслей по стоимости, февраль 2026
# en: 379a940c
companies-panel-tech = Топ-100 техкомпаний Forbes Global 2000, 2025
# en: a91751b3
companies-panel-ai50 = Forbes AI 50, 2025 (частные компании)

## Места стран в каждом списке

# en: d2b0d4ee
companies-countries-not-eligible = не допущена
# en: 83f095ee
companies-countries-title-closed = Список «{ $list }» не включает российские компании
# en: c10208a2
companies-countries-title-none =
    { $lists ->
        [1] Нет российских компаний в списке «{ $list }»
       *[other]
            { $closed ->
                [0]
                    Ни в одном из { $lists ->
                        [2] двух
                        [3] трёх
                       *[other] { $lists }
                    } { $lists ->
                        [one] списка
                        [few] списков
                        [many] списков
                       *[other] списка
                    } ведущих компаний нет российских
               *[other]
                    Российских компаний нет ни в одном из { $lists ->
                        [2] двух
                        [3] трёх
                       *[other] { $lists }
                    } { $lists ->
                        [one] доступного им списка
                        [few] доступных им списков
                        [many] доступных им списков
                       *[other] доступного им списка
                    }
            }
    }
# en: 3efa4bd7
companies-countries-title-some = Российские компании в списках: { $counts }
# en: cdb097d4
companies-countries-shown-most = страны с наибольшим числом мест
# en: d02383f2
companies-countries-shown-chosen = выбранные страны
# en: 0390e24a
companies-countries-subtitle = Компании по странам в каждом списке: { $shown } и Россия
# en: b63d61fd
companies-countries-note = Страны штаб-квартир — как в каждом списке.
# en: 1bfebc10
companies-countries-note-all-sector = Список всех отраслей не ограничивается технологическими компаниями.
# en: fa683794
companies-countries-note-closed-tech = Forbes Global 2000 не включает российские компании, поэтому Россия там отмечена как не допущенная.
# en: af3349ba
companies-countries-alt =
    { $none ->
        [1]
            Российских компаний нет { $count ->
                [1] в этом списке
               *[other] в этих списках
            }: { $lists }.
       *[0] Российских компаний в этих списках: { $counts }; списки: { $lists }.
    } Больше всего мест — { $leader }.
# en: 92f24349
companies-countries-alt-leader = Больше всего мест — { $leader }.
# en: 6dc32ebb
companies-countries-description = Компании по странам. { $lists }
# en: de62c1de
companies-countries-description-list = { $list }: { $places }.
# en: 9a7a1f4e
companies-header-country = Страна

## Рыночная стоимость российских компаний и 100-й технологической компании мира

# en: e8034206
companies-value-row-tech = 100-я техкомпания, 2025
# en: d419bb0e
companies-value-kind-russian = Российская интернет-компания (Forbes Russia, { $edition })
# en: 3902d765
companies-value-kind-lower-bound = 100-я технологическая компания мира (Forbes Global 2000), нижняя граница для любого топ-100 техкомпаний
# en: 45748015
companies-value-header-company = Компания
# en: dbc986ec
companies-value-header-value = Рыночная стоимость, млрд $
# en: 35762592
companies-value-header-kind = Что это
# en: f85ea044
companies-value-title = { $company } с оценкой { $value } уступает 100-й технологической компании мира
# en: 20c98289
companies-value-subtitle = Рыночная стоимость, млрд $: самые дорогие интернет-компании России (Forbes Russia, { $edition }) и 100-я технологическая компания мира (Forbes Global 2000)
# en: 0858ae38
companies-value-note = Российские оценки: рейтинг Forbes Russia (рыночные данные и оценки аналитиков), опубликован { $date } года. 100-я техкомпания Forbes Global 2000 — нижняя граница для любого топ-100 техкомпаний.
# en: a0bb15b8
companies-value-alt = Самая дорогая интернет-компания России, { $company }, которую Forbes Russia в { $edition } году оценил в { $value }, стоит меньше 100-й технологической компании мира 2025 года ({ $tech }) — нижней границы для любого топ-100 техкомпаний.
# en: f31721ac
companies-value-description = Рейтинг российских интернет-компаний Forbes Russia { $edition } года (по данным { $reporter }, { $date } года): { $values }. 100-я технологическая компания Forbes Global 2000 (2025) стоит { $tech } — это нижняя граница для списка топ-100 техкомпаний (компании вне Global 2000 могут её только повысить).

## Вердикты

# en: 442dc23b
companies-ai-caveat-nearest = Списка { $top } ведущих компаний в сфере ИИ не найдено; ближайший, Forbes AI 50, может показать { $shows }, но не { $cannot }.
# en: 2575cb5c
companies-ai-caveat-unnamed = Статья не называет список, который имела в виду; CB Insights AI 100 получить не удалось.
# en: 838f10c1
companies-ai-caveat-others = Формулировка статьи расходится с источником: британская газета Times, в пересказе { $outlets }, писала о топ-{ $top } технологических компаний по рыночной стоимости, а не о компаниях в сфере ИИ; это прочтение проверено отдельно и приписано этим изданиям.
# en: dff967ef
companies-ai-aside-private = повторено в { -caveat(form: "pl-loc") } к этому утверждению о ближайшем списке
# en: c50c2b95
companies-ai-article-value = Российских компаний в топ-{ $top } компаний в сфере ИИ: { $stated }
# en: f93af213
companies-ai-computed = Российских компаний в Forbes AI 50 (2025): { $found }; его { $size } компаний — из таких стран: { $countries }
# en: ce589002
companies-tech-caveat-lists = Списка топ-{ $top } технологических компаний мира по рыночной стоимости не найдено. В топ-{ $size } всех отраслей на февраль 2026 года российских компаний: { $in_all }, так что ни одна не стоит { $all } или больше; Forbes Global 2000 (2025) не включает российские компании, так что не может показать, попала бы туда российская компания, и даёт лишь { $shows }: { $tech } (компании вне Global 2000 могут её только повысить).
# en: a4baf179
companies-tech-caveat-best = { $company }, крупнейшая российская интернет-компания в рейтинге Forbes Russia { $edition } года (опубликован { $date } года), оценена в { $value }; чтобы достичь этой нижней границы, ей нужно было бы стоить на { $percent } больше.
# en: 0ed54d0f
companies-tech-aside-restated = повторено в { -caveat(form: "loc") } к этому утверждению о том, что может показать каждый список
# en: b946effd
companies-tech-aside-scraped = список отстоит от статьи не больше чем примерно на две недели, а его компания { $place } ({ $value }) стоит в несколько раз больше любой российской интернет-компании
# en: 8d666eb3
companies-tech-article-value = Российских компаний в топ-{ $top } технологических компаний по рыночной стоимости: { $stated }
# en: 8b53f7d5
companies-tech-computed = крупнейшая российская интернет-компания, { $company }, оценена в { $value } (Forbes Russia, { $edition }), — меньше, чем { $tech }, нижняя граница стоимости технологической компании { $place }; российских компаний в топ-{ $size } всех отраслей: { $in_all }

## Инструмент

# en: e566ceb4
companies-explore-all-lists = Все три списка
# en: 0662c34c
companies-explore-list = Список
# en: e3673b8a
companies-explore-countries = Страны
# en: d3fb6ece
companies-explore-countries-noun = страны
# en: c647832e
companies-explore-hint = Выберите хотя бы одну страну; Россия показана всегда.
