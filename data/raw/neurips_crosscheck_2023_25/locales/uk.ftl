## Застереження джерела українською (англійський текст — у datapackage.json поруч). Ідентифікатори: caveat-<ресурс>-<номер>.

# en: 8f1d3899
caveat-neurips-rank200-1 = Зіставлення афіліацій з канонічними назвами зробила третя сторона, і відтворити його тут неможливо: воно зводить Skoltech до ISTA (Австрія), «HSE University» — до IE University (Іспанія), а довгу назву AIRI — до MBZUAI, тож підрахунки для Skoltech, HSE та AIRI — нижні межі.
# en: 46f4cfa2
caveat-neurips-rank200-2 = Альтернативні назви інших установ не об'єднано (Google і Google DeepMind — окремі рядки), тож пороги приблизні.
# en: 8f1d3899
caveat-neurips-russian-ranks-1 = Зіставлення афіліацій з канонічними назвами зробила третя сторона, і відтворити його тут неможливо: воно зводить Skoltech до ISTA (Австрія), «HSE University» — до IE University (Іспанія), а довгу назву AIRI — до MBZUAI, тож підрахунки для Skoltech, HSE та AIRI — нижні межі.
# en: 46f4cfa2
caveat-neurips-russian-ranks-2 = Альтернативні назви інших установ не об'єднано (Google і Google DeepMind — окремі рядки), тож пороги приблизні.
