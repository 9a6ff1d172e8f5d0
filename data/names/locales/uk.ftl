## Імена так, як їх знають українські читачі: видання, установи, люди, на яких посилаються наші джерела.
## Ідентифікатор — name- і англійське ім'я з даних, записане латиницею через дефіси (python -c "from kit import i18n;
## print(i18n.name_id('...'))"); ім'я, якого тут немає, показуємо так, як його записано в даних. Назви, що лишаються
## латиницею (The Times), теж записано тут: так коректор знає, що це ім'я, а не англійський текст.

## Видання та установи

name-unn-ukrainian-national-news = УНН
name-unn = УНН
name-tsn = ТСН
name-rfe-rl = Радіо Свобода
name-radio-free-europe-radio-liberty = Радіо Свобода
name-bank-of-russia = Банк Росії
name-central-bank-of-the-russian-federation = Центральний банк Росії
name-interfax = «Інтерфакс»
name-tass = ТАСС
name-kommersant = «Коммерсант»
name-vedomosti = «Ведомости»
name-novaya-gazeta-europe = «Нова газета. Європа»
name-holod = «Холод»
name-rbc-ukraine = РБК-Україна
name-ekonomichna-pravda = «Економічна правда»
name-charter-97 = «Хартія-97»
name-roskomnadzor = Роскомнагляд
name-the-times = The Times
name-the-moscow-times = The Moscow Times
name-the-daily-star = The Daily Star
name-times-higher-education = Times Higher Education
name-nature-index = Nature Index
name-itmo-news = ITMO.NEWS
name-stanford-hai-ai-index = Stanford HAI (AI Index)
name-south-china-morning-post-business-insider = South China Morning Post (Business Insider)
name-tech-council-of-australia-tech-vector = Tech Council of Australia (tech_vector)
name-emeryberger-csrankings-github = emeryberger/CSrankings (GitHub)
name-ai-governance-map-bekhzod-alikhanov = AI-Governance-Map (Бехзод Аліханов)
name-csrankings-emery-berger = CSRankings (Емері Бергер)

## Джерела, описані словами

name-the-moscow-times-citing-kommersant = The Moscow Times (з посиланням на «Коммерсант»)
name-forbes-russia-reported-by-vc-ru-and-rb-ru = Forbes Russia (за даними vc.ru і rb.ru)
name-roskomnadzor-plan-reported-by-forbes-russia = Роскомнагляд (план), за даними Forbes Russia
name-roskomnadzor-reported-by-interfax-and-others = Роскомнагляд, за даними «Інтерфаксу» та інших видань
name-roskomnadzor-reported-by-vedomosti-and-ria-novosti = Роскомнагляд, за даними «Ведомостей» і РИА «Новости»
name-roskomnadzor-roskomsvoboda-compiled-from-press-reports = Роскомнагляд; «Роскомсвобода» (зведено з публікацій у пресі)
name-ria-novosti-via-news-mail-ru = РИА «Новости» через news.mail.ru
name-russia-beyond-bulgarian-edition = Russia Beyond (болгарська версія)
name-russian-ministry-of-digital-development-raec-russoft-compiled-from-press-reports = російське Мінцифри; РАЕК; «Руссофт» (зведено з публікацій у пресі)
name-russian-ministry-of-digital-development-rosstat-government-of-russia-compiled-from-press-reports = російське Мінцифри; Росстат; уряд Росії (зведено з публікацій у пресі)
name-omdia-estimates-reported-by-tom-s-hardware = Omdia (оцінки), за даними Tom's Hardware
name-omdia-estimates-reported-by-the-financial-times = Omdia (оцінки), за даними Financial Times
name-omdia-an-estimate-reported-by-the-financial-times = Omdia (оцінка), за даними Financial Times
name-financial-times-opinion-piece-repost = Financial Times (колонка, передрук)
name-al-arabiya-ap-report = Al Arabiya (матеріал AP)
name-epa-photo-caption-via-bonplansfrench-com = підпис до фото EPA (через bonplansfrench.com)
name-centre-for-countering-disinformation-foreign-intelligence-service-of-ukraine = Центр протидії дезінформації; Служба зовнішньої розвідки України
name-news-myseldon-com-republishing-itmo-news = news.myseldon.com (передрук ITMO.NEWS)
name-munichnp-com-citing-interfax = munichnp.com (з посиланням на «Інтерфакс»)
name-1hut-ru-citing-interfax = 1hut.ru (з посиланням на «Інтерфакс»)
name-right2024-com-citing-newsweek = right2024.com (з посиланням на Newsweek)
name-webpronews-citing-bbc-and-newsweek = WebProNews (з посиланням на BBC і Newsweek)
name-up2info-syndicating-the-financial-times = up2info (передрук Financial Times)
name-tech-council-of-australia-tech-vector-recomputed-from-stanford-hai-s-global-ai-vibrancy-tool = Tech Council of Australia (tech_vector), перерахунок за даними Global AI Vibrancy Tool від Stanford HAI
name-ai-governance-map-bekhzod-alikhanov-recomputed-from-stanford-hai-s-global-ai-vibrancy-tool = AI-Governance-Map (Бехзод Аліханов), перерахунок за даними Global AI Vibrancy Tool від Stanford HAI
name-kit-research-compilation-from-paper-copilot-s-paperlists-papercopilot-paperlists = наша добірка за списками статей Paper Copilot (papercopilot/paperlists)
name-kit-research-compilation-of-press-reports-ap-tass-the-moscow-times-epa-holod-unn-rbc-ukraine-and-others = наша добірка публікацій у пресі (AP, ТАСС, The Moscow Times, EPA, «Холод», УНН, РБК-Україна та інші)
name-kit-research-compilation-of-published-rankings-qs-times-higher-education-nature-index-csrankings = наша добірка опублікованих рейтингів (QS, Times Higher Education, Nature Index, CSRankings)
name-kit-research-log = наш журнал дослідження
name-kit-research-summary-of-a-third-party-table-prakashkagitha-neurips-us-vs-china = наш підсумок сторонньої таблиці (prakashkagitha/neurips-us-vs-china)

## Люди та події, від яких походять відомості

name-aidol-at-a-moscow-technology-event = AIdol на технологічному заході в Москві
name-aidol-the-humanoid-robot-of-the-moscow-start-up-idol-at-its-presentation-at-the-yarovit-hall-congress-center = AIdol, людиноподібний робот московського стартапу Idol, на презентації в конгрес-центрі Yarovit Hall
name-dmitry-medvedev = Дмитро Медведєв
name-dmitry-peskov-kremlin-spokesman-komsomolskaya-pravda-radio = Дмитро Пєсков, речник Кремля (радіо «Комсомольская правда»)
name-dmitry-peskov-kremlin-spokesman-rossiya-24 = Дмитро Пєсков, речник Кремля («Россия 24»)
name-dmitry-peskov-kremlin-spokesman-rossiya-1 = Дмитро Пєсков, речник Кремля («Россия-1»)
name-policy-genome-ihor-samokhodskyi-audit-of-six-ai-assistants = Policy Genome (Ігор Самохідський), аудит шести ШІ-асистентів
name-the-times-as-charter-97-reports-it = The Times у переказі «Хартії-97»
name-the-times-as-comments-ua-reports-it = The Times у переказі Comments.ua
name-the-times-as-rbc-ukraine-reports-it = The Times у переказі РБК-Україна
name-the-times-as-tsn-reports-it = The Times у переказі ТСН
name-the-times-as-unn-reports-it = The Times у переказі УНН
name-the-times-as-bb-lv-reports-it = The Times у переказі bb.lv
name-the-wall-street-journal-citing-us-and-russian-officials-as-business-insider-reports-it = The Wall Street Journal з посиланням на американських і російських посадовців, у переказі Business Insider
name-ukraine-s-foreign-intelligence-service = Служба зовнішньої розвідки України
name-ukraine-s-military-intelligence-hur-an-intercepted-conversation-of-a-resident-of-a-russian-region = воєнна розвідка України (ГУР), перехоплена розмова мешканця російського регіону
name-valery-fadeyev-head-of-the-presidential-human-rights-council = Валерій Фадєєв, голова президентської Ради з прав людини
name-vladimir-putin-at-a-televised-media-forum-in-st-petersburg = Володимир Путін на медіафорумі в Санкт-Петербурзі, який транслювало телебачення
name-a-russian-intelligence-officer-who-defected-as-an-ft-opinion-piece-reports-him = російський розвідник-перебіжчик у переказі колонки FT
