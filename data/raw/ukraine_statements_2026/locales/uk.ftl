## Застереження джерела українською (англійський текст — у datapackage.json поруч). Ідентифікатори: caveat-<ресурс>-<номер>.

# en: 88ae70d0
caveat-ukraine-budget-usd-statements-1 = Жоден з органів не каже, за яким курсом рахував.
# en: 3511015d
caveat-ukraine-budget-usd-statements-2 = Те, що UNITED24 узяв свій показник у ЦПД, — висновок дослідників.
