## Тексты истории о компаниях в сфере ИИ на русском (идентификаторы начинаются с "companies-").


## Списки

# en: 37b092b6
companies-list-all-sector = Топ-100 компаний всех отраслей по рыночной стоимости, февраль 2026
# en: 576e80f3
companies-list-all-sector-shows = стоит ли какая-либо российская компания любой отрасли столько же, сколько компания на его 100-м месте
# en: e53e97c6
companies-list-all-sector-cannot-show = ничего о технологических компаниях, которые стоят меньше
# en: 863a7836
companies-list-tech = Топ-100 технологических компаний Forbes Global 2000 по рыночной стоимости, 2025
# en: 69a33e02
companies-list-tech-shows = нижнюю границу стоимости 100-й технологической компании мира
# en: 0d56b6f8
companies-list-tech-cannot-show = то, вошла ли бы в него российская компания: в Global 2000 за 2025 год нет ни одной российской компании
# en: be6cdf61
companies-list-ai50 = Forbes AI 50, 2025 (частные компании в сфере ИИ)
# en: 7ff2f500
companies-list-ai50-shows = российскую компанию среди 50 ведущих частных компаний в сфере ИИ, если бы такая была
# en: f6c3e86c
companies-list-ai50-cannot-show = то, что ни одной российской компании нет среди 100 ведущих компаний в сфере ИИ: в нём 50 мест, и публичные компании в него не входят
# en: da1c1602
companies-usd = { $amount }{ "\u00A0" }млрд{ "\u00A0" }$

## Короткие названия для узких панелей

# en: e2637438
companies-panel-all-sector = Топ-100 всех отраслей по стоимости, февр. 2026
# en: 379a940c
companies-panel-tech = Топ-100 техкомпаний Forbes Global 2000, 2025
# en: a91751b3
companies-panel-ai50 = Forbes AI 50, 2025 (частные компании)

## Места стран в каждом списке

# en: 00b6602a
companies-countries-title-none =
    { $lists ->
        [one] Нет российских компаний в списке «{ $list }»
        [few] Ни в одном из { $lists } списков ведущих компаний нет российских
        [many] Ни в одном из { $lists } списков ведущих компаний нет российских
       *[other] Ни в одном из { $lists } списков ведущих компаний нет российских
    }
# en: 3efa4bd7
companies-countries-title-some = Российские компании в списках: { $counts }
# en: cdb097d4
companies-countries-shown-most = страны с наибольшим числом мест
# en: d02383f2
companies-countries-shown-chosen = выбранные страны
# en: 0390e24a
companies-countries-subtitle = Компании по странам в каждом списке: { $shown } и Россия
# en: 51639906
companies-countries-note = Штаб-квартиры — как в каждом списке. Список всех отраслей не технологический; Forbes Global 2000 не включает российские компании, так что его ноль показывает границы охвата.
# en: 0e68e1d7
companies-countries-alt = У России { $counts } компаний в списках: { $lists }; больше всего мест — { $leader }.
# en: 6dc32ebb
companies-countries-description = Компании по странам. { $lists }

## Рыночная стоимость российских компаний против порогов списков

# en: 9f58bc48
companies-value-line-tech = 100-я техкомпания (2025): от { $value }
# en: 83bb14c2
companies-value-line-all = 100-я компания в целом (2026): { $value }
# en: 46dea0f9
companies-value-kind-russian = Российская компания (Forbes Russia, { $edition })
# en: 317e5669
companies-value-row-tech = 100-я техкомпания, Forbes Global 2000 (2025)
# en: 6d966c34
companies-value-row-all = 100-я компания, все отрасли (февр. 2026)
# en: 7e546135
companies-value-kind-lower-bound = порог (нижняя граница)
# en: a35e19eb
companies-value-kind-cutoff = порог
# en: f85ea044
companies-value-title = { $company } с оценкой { $value } уступает 100-й технологической компании мира
# en: 97d60a5e
companies-value-subtitle = Рыночная стоимость, млрд $: самые дорогие интернет-компании России (Forbes Russia, { $edition }). Пунктир: последнее место в двух списках топ-100
# en: fe40c0e2
companies-value-note = Российские оценки: рейтинг интернет-компаний Forbes Russia (рыночные данные и оценки аналитиков), сообщение от { $date }. 100-я техкомпания Forbes Global 2000 — нижняя граница.
# en: 6260cab6
companies-value-alt = Самая дорогая интернет-компания России, { $company }, с оценкой Forbes Russia { $value } ({ $edition }) стоит меньше 100-й техкомпании мира 2025 года ({ $tech }) и намного меньше 100-й компании всех отраслей ({ $all }).
# en: 994f18fa
companies-value-description = Рейтинг российских интернет-компаний Forbes Russia { $edition } года (сообщение: { $reporter }, { $date }): { $values }. 100-я технологическая компания Forbes Global 2000 (2025) стоит { $tech } — это нижняя граница для списка топ-100 техкомпаний (компании вне Global 2000 могут её только повысить); 100-я компания всех отраслей в феврале 2026 года — { $all }.

## Вердикты

# en: 442dc23b
companies-ai-caveat-nearest = Списка { $top } ведущих компаний в сфере ИИ не найдено; ближайший, Forbes AI 50, может показать { $shows }, но не { $cannot }.
# en: 35e904f2
companies-ai-caveat-unnamed = Список, который имела в виду статья, не назван; CB Insights AI 100 получить не удалось.
# en: 762a6f4a
companies-ai-caveat-others = Формулировка статьи расходится с её источником: The Times, в пересказе { $outlets }, писала о топ-{ $top } технологических компаний по рыночной стоимости, а не об ИИ-компаниях; это прочтение проверено как { $claim }.
# en: 56315d16
companies-ai-aside-private = повторено в оговорках к утверждению о ближайшем списке
# en: c50c2b95
companies-ai-article-value = Российских компаний в топ-{ $top } компаний в сфере ИИ: { $stated }
# en: f93af213
companies-ai-computed = Российских компаний в Forbes AI 50 (2025): { $found }; его { $size } компаний — из таких стран: { $countries }
# en: 2e926f7b
companies-tech-caveat-lists = Списка топ-{ $top } технологических компаний мира по рыночной стоимости не найдено. В топ-{ $size } всех отраслей за февраль 2026 года российских компаний: { $in_all }, так что ни одна не стоит { $all } или больше; в Forbes Global 2000 (2025) их { $in_tech }, так что он не может показать, вошла ли бы туда российская компания, и даёт лишь { $shows }: { $tech } (компании вне Global 2000 могут её только повысить).
# en: 1c61f16c
companies-tech-caveat-best = { $company }, крупнейшая российская интернет-компания в рейтинге Forbes Russia { $edition } года (сообщение от { $date }), оценена в { $value }; чтобы достичь этой нижней границы, ей нужно было бы стоить на { $percent }{ "\u00A0" }% больше.
# en: 5b3f6898
companies-tech-aside-restated = повторено в оговорке к утверждению о том, что может показать каждый список
# en: b946effd
companies-tech-aside-scraped = список отстоит от статьи не более чем примерно на две недели в любую сторону, а его компания { $place } ({ $value }) стоит в несколько раз больше любой российской интернет-компании
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
