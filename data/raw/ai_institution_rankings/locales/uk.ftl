## Застереження джерела українською (англійський текст — у datapackage.json поруч). Ідентифікатори: caveat-<ресурс>-<номер>.

# en: 035c6344
caveat-published-ai-institution-rankings-1 = Місця наведено з других рук, а не прочитано у власних таблицях рейтингів; випуск QS, що ставить ІТМО на 51–70-те місце, не підтверджено.
# en: 3518d09a
caveat-published-ai-institution-rankings-2 = QS ранжує університети здебільшого за опитуваннями про репутацію, а не за науковим доробком; наша власна реконструкція рахує статті.

## Комірки таблиці рейтингів, які бачать читачі (англійський текст — у published_rankings.csv). Ідентифікатори: cell-<ресурс>-<стовпець>-<ranking_id>.

# en: f4d8d1f2
cell-published-ai-institution-rankings-short-name-qs-data-science-ai = предметний рейтинг QS «Data Science & AI»
# en: 097faf90
cell-published-ai-institution-rankings-short-name-the-computer-science-2020 = рейтинг Times Higher Education з комп’ютерних наук 2020 року
# en: f7a469de
cell-published-ai-institution-rankings-short-name-nature-index-ai-2015-2019 = топ-100 Nature Index з ШІ (2015-2019)
# en: 888a8772
cell-published-ai-institution-rankings-short-name-csrankings-ai-2007-2016 = рейтинг CSRankings за напрямами ШІ (2007-2016)
# en: b6349fb8
cell-published-ai-institution-rankings-best-russian-qs-data-science-ai = Університет ІТМО
# en: b6349fb8
cell-published-ai-institution-rankings-best-russian-the-computer-science-2020 = Університет ІТМО
# en: f06db073
cell-published-ai-institution-rankings-strength-reason-qs-data-science-ai = опублікований рейтинг університетів у галузі ШІ, прочитаний з других рук (агрегатор новин із посиланням на новинну службу ІТМО); випуск не підтверджено; за повідомленнями, ІТМО — єдиний російський університет у ньому
# en: f47a3f52
cell-published-ai-institution-rankings-strength-reason-the-computer-science-2020 = комп’ютерні науки загалом, а не ШІ, і опублікований більш ніж за шість років до статті
# en: 4935eb82
cell-published-ai-institution-rankings-strength-reason-nature-index-ai-2015-2019 = копія з других рук, що охоплює статті 2015-2019 років і в якій підсумки за країнами не сходяться
# en: 89e9b809
cell-published-ai-institution-rankings-strength-reason-csrankings-ai-2007-2016 = знімок 2017 року зі статтями 2007-2016 років, у якому немає жодної російської установи; ВШЕ, яку додали 2021 року, не вдалося розмістити в рейтингу, бо поточний файл даних отримати не змогли
