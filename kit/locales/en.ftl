## The machinery's own texts in English: the glossary first, then number words, then the machinery's texts.
## Ids are ours; translations sit beside this file (uk.ftl, ru.ftl), each stamped with the English it follows.


## Glossary: how our terms are rendered in every language. Other texts use them (`{ -pillar }`, or a form:
## `{ -pillar(form: "other") }`) and never write them out by hand: `python -m kit translations` finds a term's
## words written in another text. A story defines its own terms in its catalog. The forms of a term are chosen by
## `form`: in English `one`, `other` (plural) and their `-title` capitalised forms; see docs/editions.md.

-pillar =
    { $form ->
       *[one] pillar
        [other] pillars
        [one-title] Pillar
        [other-title] Pillars
    }
-verdict =
    { $form ->
       *[one] verdict
        [other] verdicts
        [one-title] Verdict
        [other-title] Verdicts
    }
-verdict-accurate =
    { $form ->
       *[lower] accurate
        [title] Accurate
    }
-verdict-accurate-with-caveats =
    { $form ->
       *[lower] { -verdict-accurate } with { -caveat(form: "other") }
        [title] { -verdict-accurate(form: "title") } with { -caveat(form: "other") }
    }
-verdict-inaccurate =
    { $form ->
       *[lower] inaccurate
        [title] Inaccurate
    }
-verdict-unsupported =
    { $form ->
       *[lower] unsupported
        [title] Unsupported
    }
-verdict-unverified =
    { $form ->
       *[lower] unverified
        [title] Unverified
    }
-fact-check =
    { $form ->
       *[one] fact-check
        [other] fact-checks
        [one-title] Fact-check
        [other-title] Fact-checks
    }
-claims-ledger =
    { $form ->
       *[lower] claims ledger
        [title] Claims ledger
    }
-caveat =
    { $form ->
       *[one] caveat
        [other] caveats
        [one-title] Caveat
        [other-title] Caveats
    }

## Numbers in words (kit.fmt)

fmt-points =
    { $one ->
        [1] { $points } point
       *[other] { $points } points
    }
fmt-million = { $amount }m
fmt-billion = { $amount }bn
fmt-times = { $shown } times
fmt-over-times = over { $shown } times

## Charts

chart-source = Source:
chart-sources = Sources:

## The claims ledger (kit/ledger.py)

ledger-verdict-accurate = { -verdict-accurate }
ledger-verdict-accurate-with-caveats = { -verdict-accurate-with-caveats }
ledger-verdict-inaccurate = { -verdict-inaccurate }
ledger-verdict-unsupported = { -verdict-unsupported }
ledger-verdict-unverified = { -verdict-unverified }
ledger-rating-accurate = { -verdict-accurate(form: "title") }
ledger-rating-accurate-with-caveats = { -verdict-accurate-with-caveats(form: "title") }
ledger-rating-inaccurate = { -verdict-inaccurate(form: "title") }
ledger-rating-unsupported = { -verdict-unsupported(form: "title") }
ledger-rating-unverified = { -verdict-unverified(form: "title") }
ledger-tally-count = { $count } { $verdict }
ledger-tally-none = none
ledger-tally-other = { $speakers }: { $verdict }
ledger-tally-others = other outlets' wordings, not counted: { $listed }
ledger-column-claim = no.
ledger-column-said-by = said by
ledger-column-statement-gives = the statement gives
ledger-column-data-gives = the data gives
ledger-column-verdict = { -verdict }
ledger-column-statements = statements
ledger-column-claims = which (by number)
ledger-headline-none = No statement of the article has been checked yet
ledger-headline-one-holds = The article's one checked statement holds up against the data
ledger-headline-one-fails = The article's one checked statement does not hold up against the data
ledger-headline-all =
    { $total ->
        [2] Both of the article's checked statements hold up against the data
       *[other] All { $total } of the article's checked statements hold up against the data
    }
ledger-headline-some =
    { $holding ->
        [0] None of the article's { $total } checked statements holds up against the data
        [1] 1 of the article's { $total } checked statements holds up against the data
       *[other] { $holding } of the article's { $total } checked statements hold up against the data
    }
ledger-source-line = { $publisher }: { $title } (published { $published }, read on { $retrieved }) { $url }
ledger-review-name = { -fact-check(form: "one-title") }: { $statement }
ledger-review-own = The article gives { $article }; the data gives { $data }.
ledger-review-others = { $speakers } give { $article }; the data gives { $data }.
ledger-title = { -claims-ledger(form: "title") }
ledger-intro =
    The checkable statements in { $cited }, each in our own words, checked against sourced evidence. { $count ->
        [one] The article's one statement: { $tally }.
       *[other] The article's { $count } statements: { $tally }.
    }
ledger-checked-articles = the checked articles
ledger-article = { $publisher }, "{ $headline }"
ledger-heading-verdict = { -verdict(form: "one-title") }
ledger-heading-statements = Statements
ledger-heading-claims = Which (by number)
ledger-label-said-by = Said by:
ledger-other-wording = (another outlet's wording of a statement in { $publisher }'s article; not counted among the article's { -verdict(form: "other") })
ledger-article-gives = The article gives
ledger-others-give = { $speakers } give
ledger-data-gives = The data gives
ledger-label-notebook = Notebook
ledger-label-charts = Charts
ledger-none = none
ledger-caveats = { -caveat(form: "other-title") }:
ledger-no-caveats = { -caveat(form: "other-title") }: none.
ledger-sources = Sources:
ledger-citation-page = { $publisher }, { $title }, { $published }; read on { $retrieved }
ledger-citation = { $originator } ({ $originated }), read in: { $page }
ledger-date-inferred = { $date } (inferred)
ledger-date-unknown = date not known
ledger-label-fails-on = Fails on
ledger-method = How we checked:
ledger-set-aside = Source { -caveat(form: "other") } set aside for this claim:
ledger-unchecked = Statements we did not check
ledger-unchecked-line = { $statement } Said by { $speakers }; not checked: { $reason }.
ledger-csv-claim = id
ledger-csv-number = no.
ledger-csv-statement = statement (in our words)
ledger-csv-said-by = said by
ledger-csv-article-value = the statement gives
ledger-csv-computed-value = the data gives
ledger-csv-verdict = { -verdict }
ledger-csv-rating = rating (worst 1, best 3)
ledger-csv-failing-parts = fails on
ledger-csv-caveats = { -caveat(form: "other") }
ledger-csv-method = how we checked
ledger-csv-caveats-set-aside = source { -caveat(form: "other") } set aside
ledger-csv-sources = sources
ledger-csv-notebook = notebook
ledger-csv-charts = charts

## The figure gallery (kit/gallery.py)

gallery-title = Figures and { -fact-check(form: "other") }
gallery-languages = Languages
gallery-article = { $publisher }, &ldquo;{ $headline }&rdquo;
gallery-intro =
    Every statement with a figure in { $checked }, checked against sourced data; every chart with its files. { $charts ->
        [one] One chart
       *[other] { $charts } charts
    }, { $claims ->
        [one] one claim
       *[other] { $claims } claims
    }: { $tally }.
gallery-ledger-files = The { -claims-ledger }: { $links }.
gallery-claims = Claims
gallery-no-claims = No claim in the ledger yet.
gallery-no-charts = No chart has been exported yet.
gallery-claim = Claim
gallery-not-exported = { $slug } (not exported)
gallery-no-verdicts = none: this chart is not linked to a claim in the { -claims-ledger }
gallery-no-png = (no PNG exported)
gallery-data-csv = CSV, as plotted
gallery-data-datawrapper = CSV for Datawrapper
gallery-embed = <b>Embed</b> (a responsive image with its alt text; upload the folder <code>{ $folder }</code> beside your page, or change the paths):
gallery-get-data = Get the data:
gallery-data-not-exported = not exported
gallery-verdicts = { -verdict(form: "other-title") }:
gallery-alt-text = <b>Alt text</b> (for the CMS):
gallery-in-words = The data in words
gallery-sources-full = Sources in full:
export-source-chain = { $citation } ({ $publisher }; published { $published }; retrieved { $retrieved })
gallery-files = <b>Files</b> (folder <code>{ $folder }</code>):
gallery-file-web-png = PNG, web (2x)
gallery-file-web-svg = SVG, web
gallery-file-web-pdf = PDF, web
gallery-file-one-column-png = PNG, one column
gallery-file-one-column-svg = SVG, one column
gallery-file-one-column-pdf = PDF, one column (89 mm)
gallery-file-two-column-png = PNG, two columns
gallery-file-two-column-svg = SVG, two columns
gallery-file-two-column-pdf = PDF, two columns (183 mm)
gallery-file-datawrapper-csv = CSV for Datawrapper
gallery-file-csv = CSV, data as plotted
gallery-file-alt-txt = alt text
gallery-file-json = texts (JSON)
gallery-index-title = Fact-checked articles
gallery-index-intro = Each article's checkable statements, checked against sourced data, with its charts and its { -claims-ledger }.
gallery-index-original = the article
gallery-index-none = No article has been checked yet.
gallery-index-verdicts = { -verdict(form: "other-title") }: { $tally }.

## Explorers (kit/widgets.py)

widgets-language = Language
widgets-export = Export this chart
widgets-computing = Computing…
widgets-draw-failed = The chart could not be drawn ({ $reason }).
widgets-exported =
    { $count ->
        [one] Exported 1 file to { $folder }
       *[other] Exported { $count } files to { $folder }
    }
widgets-exported-links = Exported to `{ $folder }`: { $links }
widgets-picker-search = type to find { $noun }
widgets-picker-clear = Clear
widgets-picker-clear-tip = remove all { $noun }
widgets-picker-all = All
widgets-picker-all-tip = choose all { $noun }
widgets-picker-reset = Reset
widgets-picker-reset-tip = back to the first choice
widgets-picker-chosen = { $chosen } of { $every } { $noun } chosen
widgets-picker-all-chosen = All of { $every } { $noun } chosen
widgets-picker-remove = Remove { $item }

## The reader page (kit/reader)

reader-languages = Languages
reader-page-title = Explore the data yourself
reader-page-article = The figures behind our { -fact-check } of { $publisher }'s article “{ $headline }”, computed in your browser from the same data.
reader-gallery-link = Every chart and { -verdict }
reader-weights = Weights
reader-reset = Reset
reader-add = Add
reader-remove = Remove { $name }
reader-not-found = “{ $text }” is not among the choices: type part of a name and pick one from the list.
reader-too-few = Choose at least { $least } to compare.
reader-too-many = At most { $most } can be compared: remove one first.
reader-all-zero = Every weight is zero, so no score can be computed: give at least one a weight above zero.
reader-share = Link to this view
reader-share-hint = (copy it to share what you see)
reader-problems = Part of this link could not be used, so that part shows its first view: { $problems }
reader-problem-unknown = “{ $key }” is not a part of this page
reader-problem-number = { $key }: “{ $value }” is not a number
reader-problem-range = { $key }: { $value } is not a value of this slider ({ $low } to { $high }, in steps of { $step })
reader-problem-choice = { $key }: “{ $value }” is not one of the choices
reader-problem-count = { $key }: { $count } chosen; choose { $low } to { $high }
reader-problem-zero = { $key }: every weight is zero
reader-data = The data as a table
reader-column-rank = Rank
reader-column-name = Name
reader-column-score = Score
reader-noscript = These charts show their first view; turn on JavaScript to change them.
reader-sources = Data: { $sources }. Charts and computations: ours, from the same data.
reader-embed-link = Embed these explorers in another page
reader-embed-title = Embed an explorer
reader-embed-intro = Paste an explorer's code into your page. The frame loads the explorer from the files published beside this page (its reader pages and the folder { $folder }/): publish them with your page, or change the address in the code. The frame takes the height of its content.
reader-embed-code = Embed code

## A source caveat set aside for one claim, with the reason
claims-set-aside = { $caveat } Set aside for this claim: { $reason }.
widgets-table-region = Table (scroll sideways with the arrow keys)
