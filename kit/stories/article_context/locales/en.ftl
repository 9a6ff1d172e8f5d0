## The article-context story's texts in English (ids start with "context-"): the article's statements that are not
## statistics, checked part by part against dated records.

## Findings
context-finding-confirmed = confirmed
context-finding-contradicted = contradicted
context-finding-disputed = disputed
context-finding-not-found = not found

## Verdicts: what the records show, the caveats the story writes, the caveats it sets aside
context-computed = { $part }: { $finding } ({ $dates })
context-computed-not-found = { $part }: no record found
context-record-event = { $who }, { $date }: { $note }
context-record-report = { $who } ({ $date }): { $note }
context-cite = { $outlet }, { $date }
context-span = { $first } to { $last }
context-span-days = { $first }–{ $last }
context-days = { $days } { $month }
context-caveat-disputed = Disputed: '{ $part }'. Against it: { $against }. For it: { $support }.
context-caveat-disputed-others = Disputed: '{ $part }'. Against it: { $against }. For it: { $support }. Other reports of the same Times article: { $others }.
context-caveat-not-found = Not found: '{ $part }'; the research found no record of it.
context-caveat-not-found-nearest = Not found: '{ $part }'; the research found no record of it; the nearest is { $nearest }.
context-caveat-contradicted = Contradicted: '{ $part }': { $records }.
context-caveat-context = { $records }.
context-caveat-old-part =
    '{ $part }' ({ $span }, about { $years } { $n ->
        [one] year
       *[other] years
    } before the article)
context-caveat-old = The records that confirm it are old: { $parts }; the article gives no date.
context-aside-habits = the statement is not about Putin's habits
context-aside-times = the fall is on record, filmed, independently of The Times

## What the article asserts about each part, in our words: a copy of the article's data
## (data/articles/united24_2026/article_context.csv, column value), kept equal to it by the story's tests
context-part-putin-offline-landlines = governs through encrypted landline telephones
context-part-putin-offline-briefings = relies on printed briefings
context-part-putin-offline-internet = avoids the internet entirely
context-part-putin-offline-smartphone = avoids smartphones entirely
context-part-cia-project-remark = regards the internet as a CIA project
context-part-robot-fall-fall = fell face-first on stage in Moscow moments after being introduced
context-part-alisa-luhansk-avoidance = avoids political topics
context-part-alisa-luhansk-luhansk-answer = named Luhansk as part of Ukraine, then corrected itself and refused

## The records' texts: a copy of data/raw/article_context_evidence/evidence.csv (line n after the header:
## who, note, reported_by), kept equal to it by the story's tests
context-record-1-who = Vladimir Putin, at a televised media forum in St Petersburg
context-record-1-note = called the internet a CIA project from the start and still developing as such
context-record-1-outlet = Al Arabiya (AP report)
context-record-2-who = Vladimir Putin, at a televised media forum in St Petersburg
context-record-2-note = same remark; warned that Google searches go through servers in the United States
context-record-2-outlet = The Daily Star
context-record-3-who = The Times, as bb.lv reports it
context-record-3-note = Putin once called the internet a CIA project
context-record-3-outlet = bb.lv
context-record-4-who = AIdol, the humanoid robot of the Moscow start-up Idol, at its presentation at the Yarovit Hall Congress Center
context-record-4-note = fell during its official presentation in Moscow
context-record-4-outlet = EPA photo caption (via bonplansfrench.com)
context-record-5-who = AIdol at a Moscow technology event
context-record-5-note = fell face-first as staff guided it onstage; the firm's chief executive blamed calibration
context-record-5-outlet = right2024.com (citing Newsweek)
context-record-6-who = AIdol at a Moscow technology event
context-record-6-note = fell forward moments after it was introduced; gives the date as 11 November
context-record-6-outlet = WebProNews (citing BBC and Newsweek)
context-record-7-who = Valery Fadeyev, head of the presidential Human Rights Council
context-record-7-note = Alisa and VK's Marusia refuse to answer on the legal status of the Donetsk and Luhansk regions and on Bucha
context-record-7-outlet = The Moscow Times (citing Kommersant)
context-record-8-who = Dmitry Medvedev
context-record-8-note = Alisa would not say where monuments to Bandera stand in Ukraine
context-record-8-outlet = Holod
context-record-9-who = Policy Genome (Ihor Samokhodskyi), audit of six AI assistants
context-record-9-note = reports Alice's factual answers about the war being replaced by refusals; the Luhansk exchange is not among the findings read
context-record-9-outlet = Texty.org.ua
context-record-10-who = Dmitry Peskov, Kremlin spokesman (Rossiya 24)
context-record-10-note = as far as he knows Putin has no phone
context-record-10-outlet = The New Indian Express (UNI)
context-record-11-who = Dmitry Peskov, Kremlin spokesman (Komsomolskaya Pravda radio)
context-record-11-note = Putin still does not use a smartphone
context-record-11-outlet = TASS
context-record-12-who = Dmitry Peskov, Kremlin spokesman (Rossiya 24)
context-record-12-note = Putin gets folders of printouts and printed and TV digests
context-record-12-outlet = The New Indian Express (UNI)
context-record-13-who = Dmitry Peskov, Kremlin spokesman (Rossiya 24)
context-record-13-note = the Kremlin keeps using closed government-communication telephones
context-record-13-outlet = Russia Beyond (Bulgarian edition)
context-record-14-who = Dmitry Peskov, Kremlin spokesman (Rossiya 24)
context-record-14-note = Putin can search the internet himself on a computer
context-record-14-outlet = The New Indian Express (UNI)
context-record-15-who = Dmitry Peskov, Kremlin spokesman (Rossiya-1)
context-record-15-note = Putin uses the internet, though he does not spend hours on it
context-record-15-outlet = TASS
context-record-16-who = Dmitry Peskov, Kremlin spokesman (Komsomolskaya Pravda radio)
context-record-16-note = Putin uses the internet from time to time
context-record-16-outlet = TASS
context-record-17-who = a Russian intelligence officer who defected, as an FT opinion piece reports him
context-record-17-note = Putin does not use the internet
context-record-17-outlet = Financial Times opinion piece (repost)
context-record-18-who = a Russian intelligence officer who defected, as an FT opinion piece reports him
context-record-18-note = Putin has no smartphone
context-record-18-outlet = Financial Times opinion piece (repost)
context-record-19-who = The Times, as UNN reports it
context-record-19-note = Putin rarely uses the internet
context-record-19-outlet = UNN
context-record-20-who = The Times, as TSN reports it
context-record-20-note = Putin very rarely uses the internet
context-record-20-outlet = TSN
context-failing = '{ $part }': { $finding }
context-caveat-searched = Searched for '{ $part }': { $n ->
        [one] { $n } query
       *[other] { $n } queries
    } of stored public web pages, the last on { $date }; none found a record of it.
context-aside-times-cuts = the records are statements of Ukraine's intelligence services, not reports of The Times
context-aside-economy = the statement is not about Russia's economy
context-part-times-date-date = The Times published it on 31 January 2026
context-part-leaders-messaging-heads-of-state = The Times contrasts Putin with heads of state who coordinate policy through encrypted messaging
context-part-economic-cuts-cuts = Russia was making economic cuts
context-record-21-who = The Wall Street Journal, citing US and Russian officials, as Business Insider reports it
context-record-21-note = Putin refuses to go online for fear of being spied on and relies on paper documents from his advisers
context-record-21-outlet = South China Morning Post (Business Insider)
context-record-22-who = The Times, as RBC-Ukraine reports it
context-record-22-note = Putin avoids the internet and smartphones
context-record-22-outlet = RBC-Ukraine
context-record-23-who = The Times, as Charter 97 reports it
context-record-23-note = Putin ignores the internet and smartphones
context-record-23-outlet = Charter 97
context-record-24-who = The Times, as Comments.ua reports it
context-record-24-note = Putin has neither a smartphone nor the internet
context-record-24-outlet = Comments.ua
context-record-25-who = The Times, as bb.lv reports it
context-record-25-note = Putin does not use the internet
context-record-25-outlet = bb.lv
context-record-26-who = The Times, as UNN reports it
context-record-26-note = the contrast is with British ministers in Whitehall, who coordinate policy on WhatsApp
context-record-26-outlet = UNN
context-record-27-who = The Times, as Comments.ua reports it
context-record-27-note = the contrast is with ministers in other countries, who agree policy through commercial messaging apps
context-record-27-outlet = Comments.ua
context-record-28-who = The Times, as bb.lv reports it
context-record-28-note = the contrast is with ministers in other countries, who coordinate policy through commercial messaging apps
context-record-28-outlet = bb.lv
context-record-29-who = The Times, as RBC-Ukraine reports it
context-record-29-note = the contrast is with other world leaders, who coordinate policy through modern messengers and digital platforms
context-record-29-outlet = RBC-Ukraine
context-record-30-who = The Times, as Charter 97 reports it
context-record-30-note = the contrast is with leaders of other states, who coordinate policy through modern messengers and digital platforms
context-record-30-outlet = Charter 97
context-record-31-who = The Times, as TSN reports it
context-record-31-note = TSN reported The Times' article on 30 January, a day before the date the article gives
context-record-31-outlet = TSN
context-record-32-who = The Times, as Comments.ua reports it
context-record-32-note = Comments.ua reported The Times' article on 30 January
context-record-32-outlet = Comments.ua
context-record-33-who = Ukraine's Foreign Intelligence Service
context-record-33-note = Russia's federal spending on at least 18 of its 51 state programmes is cut for 2026, saving over 207 billion roubles
context-record-33-outlet = UNN
context-record-34-who = Ukraine's Foreign Intelligence Service
context-record-34-note = Russian regions' budget crisis shows in mass delays of public-sector pay (Khakassia among them): delays, not cuts
context-record-34-outlet = Ekonomichna Pravda
context-record-35-who = Ukraine's military intelligence (HUR), an intercepted conversation of a resident of a Russian region
context-record-35-note = local administrations are to cut up to a fifth of their staff for lack of money: one resident's account
context-record-35-outlet = RBC-Ukraine
context-date-by = by { $date }
