## Имена так, как их знают русскоязычные читатели: издания, учреждения, люди, на которых ссылаются наши источники.
## Идентификатор — name- и английское имя из данных, записанное латиницей через дефисы (python -c "from kit import i18n;
## print(i18n.name_id('...'))"); имя, которого здесь нет, показываем так, как оно записано в данных. Названия, которые
## остаются латиницей (The Times), тоже записаны здесь: так корректор знает, что это имя, а не английский текст.

## Издания и учреждения

name-unn-ukrainian-national-news = УНН
name-unn = УНН
name-tsn = ТСН
name-rfe-rl = Радио Свобода
name-radio-free-europe-radio-liberty = Радио Свобода
name-bank-of-russia = Банк России
name-central-bank-of-the-russian-federation = Центральный банк России
name-interfax = «Интерфакс»
name-tass = ТАСС
name-kommersant = «Коммерсантъ»
name-vedomosti = «Ведомости»
name-novaya-gazeta-europe = «Новая газета Европа»
name-holod = «Холод»
name-rbc-ukraine = РБК-Украина
name-ekonomichna-pravda = «Экономическая правда»
name-charter-97 = «Хартия-97»
name-roskomnadzor = Роскомнадзор
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
name-ai-governance-map-bekhzod-alikhanov = AI-Governance-Map (Бехзод Алиханов)
name-csrankings-emery-berger = CSRankings (Эмери Бергер)

## Источники, описанные словами

name-the-moscow-times-citing-kommersant = The Moscow Times (со ссылкой на «Коммерсантъ»)
name-forbes-russia-reported-by-vc-ru-and-rb-ru = Forbes Russia (по данным vc.ru и rb.ru)
name-roskomnadzor-plan-reported-by-forbes-russia = Роскомнадзор (план), по данным Forbes Russia
name-roskomnadzor-reported-by-interfax-and-others = Роскомнадзор, по данным «Интерфакса» и других изданий
name-roskomnadzor-reported-by-vedomosti-and-ria-novosti = Роскомнадзор, по данным «Ведомостей» и РИА «Новости»
name-roskomnadzor-roskomsvoboda-compiled-from-press-reports = Роскомнадзор; «Роскомсвобода» (сведено по публикациям в прессе)
name-ria-novosti-via-news-mail-ru = РИА «Новости» через news.mail.ru
name-russia-beyond-bulgarian-edition = Russia Beyond (болгарская версия)
name-russian-ministry-of-digital-development-raec-russoft-compiled-from-press-reports = Минцифры России; РАЭК; «Руссофт» (сведено по публикациям в прессе)
name-russian-ministry-of-digital-development-rosstat-government-of-russia-compiled-from-press-reports = Минцифры России; Росстат; правительство России (сведено по публикациям в прессе)
name-omdia-estimates-reported-by-tom-s-hardware = Omdia (оценки), по данным Tom's Hardware
name-omdia-estimates-reported-by-the-financial-times = Omdia (оценки), по данным Financial Times
name-omdia-an-estimate-reported-by-the-financial-times = Omdia (оценка), по данным Financial Times
name-financial-times-opinion-piece-repost = Financial Times (колонка, перепечатка)
name-al-arabiya-ap-report = Al Arabiya (материал AP)
name-epa-photo-caption-via-bonplansfrench-com = подпись к фото EPA (через bonplansfrench.com)
name-centre-for-countering-disinformation-foreign-intelligence-service-of-ukraine = Центр противодействия дезинформации; Служба внешней разведки Украины
name-news-myseldon-com-republishing-itmo-news = news.myseldon.com (перепечатка ITMO.NEWS)
name-munichnp-com-citing-interfax = munichnp.com (со ссылкой на «Интерфакс»)
name-1hut-ru-citing-interfax = 1hut.ru (со ссылкой на «Интерфакс»)
name-right2024-com-citing-newsweek = right2024.com (со ссылкой на Newsweek)
name-webpronews-citing-bbc-and-newsweek = WebProNews (со ссылкой на BBC и Newsweek)
name-up2info-syndicating-the-financial-times = up2info (перепечатка Financial Times)
name-tech-council-of-australia-tech-vector-recomputed-from-stanford-hai-s-global-ai-vibrancy-tool = Tech Council of Australia (tech_vector), пересчёт по данным Global AI Vibrancy Tool от Stanford HAI
name-ai-governance-map-bekhzod-alikhanov-recomputed-from-stanford-hai-s-global-ai-vibrancy-tool = AI-Governance-Map (Бехзод Алиханов), пересчёт по данным Global AI Vibrancy Tool от Stanford HAI
name-kit-research-compilation-from-paper-copilot-s-paperlists-papercopilot-paperlists = наша подборка по спискам статей Paper Copilot (papercopilot/paperlists)
name-kit-research-compilation-of-press-reports-ap-tass-the-moscow-times-epa-holod-unn-rbc-ukraine-and-others = наша подборка публикаций в прессе (AP, ТАСС, The Moscow Times, EPA, «Холод», УНН, РБК-Украина и другие)
name-kit-research-compilation-of-published-rankings-qs-times-higher-education-nature-index-csrankings = наша подборка опубликованных рейтингов (QS, Times Higher Education, Nature Index, CSRankings)
name-kit-research-log = наш журнал исследования
name-kit-research-summary-of-a-third-party-table-prakashkagitha-neurips-us-vs-china = наша сводка сторонней таблицы (prakashkagitha/neurips-us-vs-china)

## Люди и события, от которых исходят сведения

name-aidol-at-a-moscow-technology-event = AIdol на технологическом мероприятии в Москве
name-aidol-the-humanoid-robot-of-the-moscow-start-up-idol-at-its-presentation-at-the-yarovit-hall-congress-center = AIdol, человекоподобный робот московского стартапа Idol, на презентации в конгресс-центре Yarovit Hall
name-dmitry-medvedev = Дмитрий Медведев
name-dmitry-peskov-kremlin-spokesman-komsomolskaya-pravda-radio = Дмитрий Песков, пресс-секретарь Кремля (радио «Комсомольская правда»)
name-dmitry-peskov-kremlin-spokesman-rossiya-24 = Дмитрий Песков, пресс-секретарь Кремля («Россия 24»)
name-dmitry-peskov-kremlin-spokesman-rossiya-1 = Дмитрий Песков, пресс-секретарь Кремля («Россия-1»)
name-policy-genome-ihor-samokhodskyi-audit-of-six-ai-assistants = Policy Genome (Игорь Самоходский), аудит шести ИИ-ассистентов
name-the-times-as-charter-97-reports-it = The Times в пересказе «Хартии-97»
name-the-times-as-comments-ua-reports-it = The Times в пересказе Comments.ua
name-the-times-as-rbc-ukraine-reports-it = The Times в пересказе РБК-Украина
name-the-times-as-tsn-reports-it = The Times в пересказе ТСН
name-the-times-as-unn-reports-it = The Times в пересказе УНН
name-the-times-as-bb-lv-reports-it = The Times в пересказе bb.lv
name-the-wall-street-journal-citing-us-and-russian-officials-as-business-insider-reports-it = The Wall Street Journal со ссылкой на американских и российских чиновников, в пересказе Business Insider
name-ukraine-s-foreign-intelligence-service = Служба внешней разведки Украины
name-ukraine-s-military-intelligence-hur-an-intercepted-conversation-of-a-resident-of-a-russian-region = военная разведка Украины (ГУР), перехваченный разговор жителя российского региона
name-valery-fadeyev-head-of-the-presidential-human-rights-council = Валерий Фадеев, глава президентского Совета по правам человека
name-vladimir-putin-at-a-televised-media-forum-in-st-petersburg = Владимир Путин на медиафоруме в Санкт-Петербурге, который транслировало телевидение
name-a-russian-intelligence-officer-who-defected-as-an-ft-opinion-piece-reports-him = российский разведчик-перебежчик в пересказе колонки FT
