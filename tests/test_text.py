"""Text is text: dollar signs stay dollar signs, control characters are cleaned with a message or refused, half
a character is a clear error, and a character the house font cannot draw is an error naming it."""

from __future__ import annotations

import json
import warnings
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from kit import charts, export, text, widgets
from kit.charts import Bar, Chart
from kit.errors import KitError, TextError

DOLLARS = "Roskomnadzor's budget rose from $29 million to $40 million"


def chart(title: str = "A title", label: str = "Russia", note: str = "A note.", alt: str = "Alt text.", draw=None):
    bars = [Bar(label=label, value=1.0, value_label="1.0")]

    def bars_only(fig, rect):
        charts.ranked_bars(fig, rect, bars, xmax=2, ticks=[0, 1, 2])

    return Chart(
        slug="text-test",
        title=title,
        subtitle="A subtitle",
        note=note,
        source="Source: the test",
        alt_text=alt,
        data=pd.DataFrame({"label": [label], "value": [1.0]}),
        body_height=lambda width: charts.bars_height(1, width),
        draw=draw or bars_only,
    )


def svg(item: Chart) -> str:
    return export.render(item, charts.WEB, formats=("svg",))["svg"].decode("utf-8")


def drawn_texts(item: Chart) -> list[str]:
    """The texts of the SVG's <text> elements: plain text drawn as written (mathematics is drawn glyph by glyph)."""
    return ["".join(element.itertext()) for element in ET.fromstring(svg(item)).iter("{http://www.w3.org/2000/svg}text")]


def test_dollar_amounts_stay_text_in_titles_notes_and_labels():
    drawn = drawn_texts(chart(title=DOLLARS, label="$29m to $40m", note=DOLLARS))
    assert drawn.count(DOLLARS) == 2 and "$29m to $40m" in drawn


def test_mathematics_is_typeset_when_a_text_asks_for_it():
    def draw(fig, rect):
        fig.text(0.5, 0.5, r"$\sqrt{x}$", parse_math=True)

    assert r"$\sqrt{x}$" not in drawn_texts(chart(draw=draw))


@pytest.mark.parametrize("pasted", ["\v", "\u2028", "\t", "\x1f"], ids=["soft line break", "line separator", "tab",
                                                                      "unit separator"])
def test_line_breaking_control_characters_become_spaces_with_a_message(pasted):
    with pytest.warns(text.TextWarning, match=f"replaced U\\+{ord(pasted):04X}") as caught:
        item = chart(title=f"Russia ranks{pasted}28th", alt=f"Alt{pasted}text.", label=f"Rus{pasted}sia")
    assert item.title == "Russia ranks 28th" and item.alt_text == "Alt text." and len(caught) == 3
    ET.fromstring(svg(item))  # well-formed XML
    messages = [str(warning.message) for warning in caught]
    assert any(message.startswith("chart 'text-test', title: replaced") for message in messages)
    assert any(message.startswith("a bar's label 'Rus") for message in messages)


def test_a_line_break_in_a_row_label_becomes_a_space_with_a_message():
    with pytest.warns(text.TextWarning, match="replaced U\\+000A .*a label is drawn on one line"):
        item = chart(label="Russian\nFederation")
    assert "Russian Federation" in drawn_texts(item)


def test_a_windows_line_break_is_a_line_break():
    assert chart(title="Russia ranks\r\n28th").title == "Russia ranks\n28th"


@pytest.mark.parametrize("character", ["\x00", "\x07", "\x1b", "\x7f", "\x9b"])
def test_other_control_characters_are_refused_naming_them(character):
    with pytest.raises(TextError) as error:
        chart(note=f"A note{character}.")
    assert f"U+{ord(character):04X}" in str(error.value) and "chart 'text-test', note" in str(error.value)
    assert error.value.fix


@pytest.mark.parametrize("where", ["title", "label", "alt"])
def test_a_lone_surrogate_is_a_clear_error(where):
    with pytest.raises(TextError, match="U\\+D83D.*lone surrogate") as error:
        chart(**{where: "Russia \ud83d"})
    assert isinstance(error.value, KitError)


@pytest.mark.parametrize("character", ["中", "★", "😀"])
def test_a_character_the_house_font_cannot_draw_is_an_error_naming_it_not_a_warning(character):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no glyph warning may come first
        with pytest.raises(TextError, match=f"no glyph for U\\+{ord(character):04X} {character}"):
            chart(title=f"Budget in {character}")
        with pytest.raises(TextError, match=f"U\\+{ord(character):04X}"):
            chart(label=f"Moscow {character}")


def test_text_a_chart_draws_itself_is_checked_too():
    def draw(fig, rect):
        charts.add_axes(fig, rect).text(0, 0, "Rated ★★★")

    with pytest.raises(TextError, match="U\\+2605") as error:
        svg(chart(draw=draw))
    assert "text-test" in str(error.value)


def test_alt_text_may_hold_what_the_font_cannot_draw():
    assert chart(alt="Rated ★★★ (three stars)").alt_text == "Rated ★★★ (three stars)"


def test_cyrillic_and_the_kits_typography_are_drawn():
    item = chart(title="Росія посідає 28-ме місце − «ось» … 1 234 → 5% ₽ ₴ €")
    assert json.loads(json.dumps(item.title)) == item.title and "Росія" in svg(item)


@pytest.mark.parametrize(
    "where, written, odd, word",
    [
        ("title", "Russiа ranks 28th", "U+0430 а (CYRILLIC SMALL LETTER A)", "Russiа"),
        ("label", "Mоscow", "U+043E о (CYRILLIC SMALL LETTER O)", "Mоscow"),
        ("alt", "Росiя посідає 28-ме місце", "U+0069 i (LATIN SMALL LETTER I)", "Росiя"),
        ("note", "Ρussia", "U+03A1 Ρ (GREEK CAPITAL LETTER RHO)", "Ρussia"),
    ],
)
def test_a_word_mixing_alphabets_is_refused_naming_the_look_alike_letter(where, written, odd, word):
    with pytest.raises(TextError) as error:
        chart(**{where: written})
    assert f"{odd} in {word!r}" in error.value.problem and error.value.fix


@pytest.mark.parametrize("written", ["Яндекс (Yandex)", "ІТ-фахівці", "GPU-кластери", "2 μm", "Сбер/Sber"])
def test_texts_mixing_alphabets_word_by_word_are_fine(written):
    assert chart(title=written, label=written).title == written


@pytest.mark.parametrize("control", ["\u202e", "\u202d", "\u2066", "\u2069"])
def test_controls_that_reorder_text_are_refused_even_where_nothing_is_drawn(control):
    for where in ("title", "alt"):
        with pytest.raises(TextError, match=f"U\\+{ord(control):04X}"):
            chart(**{where: f"gpj{control}.exe"})


def test_an_explorer_shows_a_text_error_as_a_message():
    explorer = widgets.Explorer("t", {}, lambda state: chart(title="Rated ★★★"))
    assert "no glyph" in explorer.status.value and explorer.image.layout.display == "none"
