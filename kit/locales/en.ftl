## The kit's own texts in English: the glossary first, then number words, then the machinery's texts.
## Ids are ours; translations sit beside this file (uk.ftl, ru.ftl), each stamped with the English it follows.

## Glossary: how the kit's terms are rendered in every language (use them as { -vibrancy } in other texts).

-vibrancy =
    { $case ->
       *[nom] AI vibrancy
        [gen] AI vibrancy
    }
-pillar = pillar
-verdict = verdict
-verdict-accurate = accurate
-verdict-accurate-with-caveats = accurate with caveats
-verdict-misleading = misleading
-verdict-unsupported = unsupported
-verdict-unverified = unverified
-fact-check = fact-check

## Numbers in words (kit.fmt)

fmt-points = { $one ->
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
