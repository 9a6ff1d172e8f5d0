## Оговорки источника на русском (английский текст — в datapackage.json рядом). Идентификаторы: caveat-<ресурс>-<номер>.

# en: 035c6344
caveat-published-ai-institution-rankings-1 = Места приведены из вторых рук, а не прочитаны в собственных таблицах рейтингов; выпуск QS, где ИТМО на 51–70-м месте, не подтверждён.
# en: 3518d09a
caveat-published-ai-institution-rankings-2 = QS ранжирует университеты в основном по опросам о репутации, а не по научной продуктивности; наша собственная реконструкция считает статьи.

## Ячейки таблицы рейтингов, которые видят читатели (английский текст — в published_rankings.csv). Идентификаторы: cell-<ресурс>-<столбец>-<ranking_id>.

# en: f4d8d1f2
cell-published-ai-institution-rankings-short-name-qs-data-science-ai = предметный рейтинг QS «Data Science & AI»
# en: 097faf90
cell-published-ai-institution-rankings-short-name-the-computer-science-2020 = рейтинг Times Higher Education по компьютерным наукам 2020 года
# en: f7a469de
cell-published-ai-institution-rankings-short-name-nature-index-ai-2015-2019 = топ-100 Nature Index по ИИ (2015-2019)
# en: 888a8772
cell-published-ai-institution-rankings-short-name-csrankings-ai-2007-2016 = рейтинг CSRankings по направлениям ИИ (2007-2016)
# en: b6349fb8
cell-published-ai-institution-rankings-best-russian-qs-data-science-ai = Университет ИТМО
# en: b6349fb8
cell-published-ai-institution-rankings-best-russian-the-computer-science-2020 = Университет ИТМО
# en: f06db073
cell-published-ai-institution-rankings-strength-reason-qs-data-science-ai = опубликованный рейтинг университетов в области ИИ, прочитанный из вторых рук (агрегатор новостей со ссылкой на новостную службу ИТМО); выпуск не подтверждён; по сообщениям, ИТМО — единственный российский университет в нём
# en: f47a3f52
cell-published-ai-institution-rankings-strength-reason-the-computer-science-2020 = компьютерные науки в целом, а не ИИ, и опубликован более чем за шесть лет до статьи
# en: 4935eb82
cell-published-ai-institution-rankings-strength-reason-nature-index-ai-2015-2019 = копия из вторых рук, охватывающая статьи 2015-2019 годов, в которой итоги по странам не сходятся
# en: 89e9b809
cell-published-ai-institution-rankings-strength-reason-csrankings-ai-2007-2016 = снимок 2017 года со статьями 2007-2016 годов, в котором нет ни одной российской организации; ВШЭ, добавленную в 2021 году, не удалось включить в рейтинг, потому что текущий файл данных получить не удалось
