"""No English left inside a Ukrainian or Russian text: every story's declared charts (their texts, and every text
drawn on them or laid out as Datawrapper labels) and its verdicts (values, caveats, reasons for setting a caveat
aside), drawn and computed in each translated language, hold no English running text.

English running text is told by its function words: a text in which two or more of them stand as whole words has
English left in it (a name kept in Latin, such as "ITMO" or "CSRankings", has none). Proper names that contain
function words and that the outlet keeps in Latin are allowed explicitly below.
"""

from __future__ import annotations

import re

import pytest
from matplotlib.text import Text

from kit import export, i18n
from kit import story as stories

TRANSLATED = ("uk", "ru")

# Names a Ukrainian or Russian text keeps in Latin although they hold English function words; each is a proper
# name as its owner publishes it. Add one only for a name the outlet would not translate, never a description.
ALLOWED = (
    "Global AI Vibrancy Tool",  # Stanford HAI's tool, by its published name
    "Data Science & AI",  # the name of QS's subject ranking (Data Science & Artificial Intelligence)
    "The Times",  # the London newspaper
)

FUNCTION_WORDS = frozenset(
    "a an the of and or in on at to for from by with as than is are was were be been not no its it this that "
    "these those which who whose their there has have had but into per only all any each".split()
)
WORD = re.compile(r"(?<![\w'’-])[A-Za-z]+(?![\w'’-])")
THRESHOLD = 2  # function words that make a text English running text



def english_words(text: str) -> list[str]:
    """The English function words standing as whole words in a text, allowed names left out."""
    for name in ALLOWED:
        text = text.replace(name, " ")
    return [word for word in WORD.findall(text) if word.lower() in FUNCTION_WORDS]


def chart_texts(chart) -> list[tuple[str, str]]:
    """(where, text) for every reader-facing text of a chart: its texts, every text drawn on its page, and the
    labels of its Datawrapper table (its first column, and the series' names when it has series)."""
    found = [
        (f"chart {chart.slug!r}, {name.replace('_', ' ')}", getattr(chart, name))
        for name in ("title", "subtitle", "note", "source", "alt_text", "description")
    ]
    figure = chart.figure()
    found += [
        (f"chart {chart.slug!r}, drawn text", text.get_text())
        for text in figure.findobj(Text)
        if text.get_visible() and text.get_text().strip()
    ]
    table = export.datawrapper_table(chart.data, chart.wide)
    found += [
        (f"chart {chart.slug!r}, data label ({table.columns[0]})", value)
        for value in table.iloc[:, 0].unique()
        if isinstance(value, str)
    ]
    if chart.wide is not None and chart.wide.series is not None:
        found += [(f"chart {chart.slug!r}, data series", str(name)) for name in table.columns[1:]]
    return found


def verdict_texts(claim) -> list[tuple[str, str]]:
    """(where, text) for every reader-facing text of a verdict."""
    where = f"claim {claim.claim_id!r}"
    return [
        (f"{where}, article value", claim.article_value),
        (f"{where}, computed value", claim.computed_value),
        *((f"{where}, caveat {number}", caveat) for number, caveat in enumerate(claim.caveats, 1)),
        *((f"{where}, set aside ({item.source})", item.reason) for item in claim.set_aside),
    ]


def reader_texts(story) -> list[tuple[str, str]]:
    found = []
    for slug in story.charts:
        found += chart_texts(story.chart(slug))
    for claim in story.verdicts():
        found += verdict_texts(claim)
    return found


def cases() -> list:
    """(story, language) for every story found and every translated language."""
    return [
        pytest.param(story.name, language, id=f"{story.name}-{language}")
        for story in stories.stories()
        for language in TRANSLATED
    ]


def test_the_detector_finds_english_running_text_and_spares_names_and_other_languages():
    assert english_words("для контексту: computer science as a whole, not AI") == ["as", "a", "not"]
    assert english_words("Skolkovo Institute of Science and Technology: 16") == ["of", "and"]
    assert english_words("QS ставить ITMO у групу 51-70; CSRankings, Nature Index") == []
    assert english_words("Власний текст The Times прочитати не вдалося") == []
    assert english_words("рейтинг QS Data Science & AI, Global AI Vibrancy Tool") == []
    assert english_words("Т-Банк (Tinkoff), 2023–24, ШІ, e-mail, ІТМО") == []


def test_the_texts_read_include_what_is_drawn_and_the_data_labels():
    chart = stories.stories()[0]
    with i18n.use("uk"):
        found = chart_texts(chart.chart(next(iter(chart.charts))))
    kinds = {where.split(", ", 1)[1].split(" (")[0] for where, _ in found}
    assert {"title", "alt text", "drawn text", "data label"} <= kinds
    drawn = [text for where, text in found if where.endswith("drawn text")]
    assert any(found[0][1].split()[0] in text for text in drawn)  # the title is among the texts drawn


@pytest.mark.parametrize(("name", "language"), cases())
def test_no_english_is_left_in_a_translated_story(name, language):
    story = stories.get(name)
    if language not in story.languages:
        pytest.skip(f"the story {name!r} is not translated into {language!r} yet")
    with i18n.use(language):
        texts = reader_texts(story)
    leaks = [
        f"{where}: {words} in {text!r}"
        for where, text in dict.fromkeys(texts)
        if len(words := english_words(text)) >= THRESHOLD
    ]
    heading = f"The story {name!r} in {i18n.NAMES[language]} ({language}) has English in {len(leaks)} texts:"
    assert not leaks, "\n".join([heading, *leaks])
