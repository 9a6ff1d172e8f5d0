## Оговорки источника на русском (английский текст — в datapackage.json рядом). Идентификаторы: caveat-<ресурс>-<номер>.

# en: 88ae70d0
caveat-ukraine-budget-usd-statements-1 = Ни одно из ведомств не говорит, по какому курсу считало.
# en: 3511015d
caveat-ukraine-budget-usd-statements-2 = То, что UNITED24 взял свою цифру у ЦПД, — вывод исследователей.
