## Оговорки источника на русском (английский текст — в datapackage.json рядом). Идентификаторы: caveat-<ресурс>-<номер>.

# en: b3b806f8
caveat-forbes-russia-runet-2026-1 = Оценки Forbes Russia сочетают рыночные данные, показатели компаний, сделки с акциями и оценки аналитиков; в отчётах не указано, на какую дату они даны (в выпуске 2024 года компании оценены по состоянию на 1 февраля).
# en: bc613fce
caveat-forbes-russia-runet-2026-2 = Только интернет-компании (те, что получают выручку в интернете): российские технологические компании вне интернет-сектора в рейтинг не входят.
# en: e5450fd0
caveat-forbes-russia-runet-2026-3 = Взято из двух сообщений о рейтинге (vc.ru, rb.ru); страница самого Forbes Russia не получена.

## Названия компаний, как их видят читатели (английский текст — в runet_companies_2026.csv; бренды, которые издание пишет латиницей, остаются латиницей). Идентификаторы: cell-<ресурс>-company-<выпуск>-<место>.

# en: 2e6e0185
cell-forbes-russia-runet-2026-company-2026-1 = Яндекс
# en: 9145c486
cell-forbes-russia-runet-2026-company-2026-2 = Ozon
# en: a083a80f
cell-forbes-russia-runet-2026-company-2026-3 = Wildberries (RWB)
# en: 15d133a5
cell-forbes-russia-runet-2026-company-2026-4 = Авито
# en: 81d36a98
cell-forbes-russia-runet-2026-company-2026-5 = Cloud.ru
# en: 2e3143e7
cell-forbes-russia-runet-2026-company-2026-10 = HeadHunter
# en: 1d4cb09b
cell-forbes-russia-runet-2026-company-2026-20 = Astra
# en: 77f64122
cell-forbes-russia-runet-2026-company-2026-30 = Banki.ru
# en: 2e6e0185
cell-forbes-russia-runet-2026-company-2025-1 = Яндекс
