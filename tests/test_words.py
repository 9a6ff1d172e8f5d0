"""Facts, then words: texts kept as what they say and rendered in a language where they are written."""

from __future__ import annotations

import dataclasses
import functools
import pickle

import pandas as pd
import pytest

from kit import fmt, i18n, words
from kit.i18n import t
from kit.words import Message, Words, WordsError


def test_a_message_is_written_in_the_language_asked_for_and_reads_as_the_current_one():
    text = t("fmt-times", times=3, shown=fmt.count(3))
    assert isinstance(text, Message) and str(text) == text.in_language("en")
    assert text.in_language("uk") != text.in_language("en") != text.in_language("ru")
    with i18n.use("uk"):
        made_in_ukrainian = t("fmt-times", times=3, shown=fmt.count(3))
    assert str(made_in_ukrainian) == text.in_language("uk")
    assert made_in_ukrainian.in_language("en") == str(text)


def test_a_formatter_keeps_the_figure_and_formats_it_in_each_language():
    amount = fmt.count(9000)
    assert (amount.in_language("en"), amount.in_language("uk")) == ("9,000", "9\u00a0000")
    assert fmt.count(9000, language="ru") == "9\u00a0000" and type(fmt.count(9000, language="ru")) is str
    listed = fmt.names([fmt.count(1000), fmt.count(2000)])
    assert listed.in_language("uk") == "1\u00a0000 і 2\u00a0000"


def text_of(message_id: str, language: str) -> str:
    return i18n.message(message_id, {}, language)


# Two of the machinery's texts with no arguments, different in every language ("Source:", "Sources:")
ONE, OTHER = "chart-source", "chart-sources"


def test_texts_joined_with_plus_or_join_stay_renderable():
    joined = t(ONE) + " " + t(OTHER)
    assert isinstance(joined, Words) and joined.in_language("uk") == f"{text_of(ONE, 'uk')} {text_of(OTHER, 'uk')}"
    listed = words.join([t(ONE), "Microsoft"], "; ")
    assert listed.in_language("ru") == f"{text_of(ONE, 'ru')}; Microsoft"


def test_a_text_that_starts_a_sentence_is_capitalized_in_every_language():
    starts = words.capitalized(t("gpu-explore-noun"))
    assert (starts.in_language("en"), starts.in_language("ru")) == ("Buyers", "Покупателей")


@dataclasses.dataclass(frozen=True)
class Label:
    text: str
    size: float


def test_rendered_reaches_every_text_inside_containers_dataclasses_frames_partials_and_closures():
    label = Label(t(ONE), 9.0)
    frame = pd.DataFrame({"label": [t(ONE), "Microsoft"], "units": [9000, 485000]})
    frame.columns = [t(OTHER), "units"]

    def draw(scale):
        return [label.text, scale]

    value = {"labels": [label], "frame": frame, "draw": draw, "later": functools.partial(draw, t(OTHER))}
    shown = words.rendered(value, "uk")
    one, other = text_of(ONE, "uk"), text_of(OTHER, "uk")
    assert shown["labels"][0] == Label(one, 9.0) and type(shown["labels"][0].text) is str
    assert shown["frame"].iloc[:, 0].tolist() == [one, "Microsoft"]
    assert shown["frame"].columns[0] == other
    assert shown["draw"](2) == [one, 2]
    assert shown["later"]() == [one, other]
    assert value["draw"](2) == [text_of(ONE, "en"), 2], "the original is left as it was"
    assert words.texts_in(value) and not words.texts_in(shown)


def test_rendered_keeps_what_holds_no_text_as_the_same_object():
    numbers = {"ticks": (1, 10, 100)}

    def draw():
        return numbers

    assert words.rendered(numbers, "uk") is numbers and words.rendered(draw, "ru") is draw


def test_a_function_that_refers_to_itself_is_rendered_once():
    name = t(ONE)

    def countdown(n):
        return name if n == 0 else countdown(n - 1)

    assert words.rendered(countdown, "ru")(3) == text_of(ONE, "ru")


def test_closures_can_still_be_rebuilt_by_this_python():
    """`rendered` rebuilds a function with new closure cells (types.CellType, FunctionType): fails if they go."""
    import types

    cell = types.CellType()
    cell.cell_contents = "x"
    assert cell.cell_contents == "x"


def test_a_text_made_while_a_rendered_chart_is_drawn_is_refused():
    with words.drawing("the chart 'x'"), pytest.raises(WordsError, match="while drawing the chart 'x'"):
        fmt.count(1000)
    assert fmt.count(1000) == "1,000"


def test_words_survive_pickling_with_their_recipe():
    text = t("fmt-times", times=3, shown=fmt.count(230000))
    copy = pickle.loads(pickle.dumps(text))
    assert copy == text and copy.in_language("uk") == text.in_language("uk")


def test_an_unknown_message_is_named_when_it_is_written():
    with pytest.raises(i18n.TranslationError, match="no text 'no-such-text'"):
        t("no-such-text")
