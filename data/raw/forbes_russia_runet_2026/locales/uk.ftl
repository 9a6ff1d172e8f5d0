## Застереження джерела українською (англійський текст — у datapackage.json поруч). Ідентифікатори: caveat-<ресурс>-<номер>.

# en: b3b806f8
caveat-forbes-russia-runet-2026-1 = Оцінки Forbes Russia поєднують ринкові дані, показники компаній, угоди з акціями та оцінки аналітиків; у звітах не вказано, на яку дату їх зроблено (у випуску 2024 року компанії оцінено станом на 1 лютого).
# en: bc613fce
caveat-forbes-russia-runet-2026-2 = Лише інтернет-компанії (ті, що отримують виручку в інтернеті): російські технологічні компанії поза інтернет-сектором до рейтингу не входять.
# en: e5450fd0
caveat-forbes-russia-runet-2026-3 = Узято з двох повідомлень про рейтинг (vc.ru, rb.ru); сторінку самого Forbes Russia не отримано.

## Назви компаній, як їх бачать читачі (англійський текст — у runet_companies_2026.csv; бренди, які видання пише латиницею, лишаються латиницею). Ідентифікатори: cell-<ресурс>-company-<випуск>-<місце>.

# en: 2e6e0185
cell-forbes-russia-runet-2026-company-2026-1 = Яндекс
# en: 9145c486
cell-forbes-russia-runet-2026-company-2026-2 = Ozon
# en: a083a80f
cell-forbes-russia-runet-2026-company-2026-3 = Wildberries (RWB)
# en: 15d133a5
cell-forbes-russia-runet-2026-company-2026-4 = Avito
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
