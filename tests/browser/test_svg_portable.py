"""The exported SVGs render as the kit laid them out on a machine without the house font: every chart every story
declares, in every language and at every width, opened in Chromium (whose machine has no Source Sans: checked
here), draws each text in the font it carries (its width as the kit measured it) and no text leaves the canvas.
Without the font it carries, the same SVG falls back to another font and some text does leave it (issue 27: a
Ukrainian one-column title cut to "...у рейти", a subtitle and a note off the right edge)."""

from __future__ import annotations

import html
import re

import pytest

from kit import charts, export, i18n, story

TOLERANCE = 1.0  # CSS pixels a text's box may pass the canvas edge (the chart check allows as much)
SVG_TEXT = re.compile(r'<text style="([^"]*)"[^>]*>([^<]*)</text>')
MEASURE = """async () => {
  await document.fonts.ready;
  const svg = document.documentElement, frame = svg.getBoundingClientRect();
  return [...document.querySelectorAll('text')].map(t => {
    const box = t.getBoundingClientRect();
    return {text: t.textContent, length: t.getComputedTextLength(), left: box.left - frame.left,
            right: frame.right - box.right, top: box.top - frame.top, bottom: frame.bottom - box.bottom};
  });
}"""


def declared_svgs() -> dict[str, bytes]:
    """Every declared chart's SVG in every language it is built in, at every width: name -> bytes."""
    found = {}
    for each in story.stories():
        for slug in each.charts:
            computed = each.chart(slug) if each.facts else None
            for language in each.built_languages:
                if computed is not None:
                    chart = computed.in_language(language)
                else:
                    with i18n.use(language):
                        chart = each.chart(slug)
                for width in charts.WIDTHS:
                    name = f"{export.stem(slug, language)}.{width.name}.svg"
                    found[name] = export.render(chart, width, formats=("svg",))["svg"]
    return found


@pytest.fixture(scope="module")
def svgs(tmp_path_factory):
    folder = tmp_path_factory.mktemp("svgs")
    written = {}
    for name, payload in declared_svgs().items():
        (folder / name).write_bytes(payload)
        stripped = re.sub(rb"@font-face\{[^}]*\}", b"", payload)
        (folder / f"without-font.{name}").write_bytes(stripped)
        written[name] = folder / name
    return written


def expected_lengths(svg: str) -> list[tuple[str, float]]:
    """Each text's width as the kit laid it out (in the SVG's units, points), from the font it is set in."""
    found = []
    for css, content in SVG_TEXT.findall(svg):
        size = float(re.search(r"font-size: ([\d.]+)px", css)[1])
        weight = "semibold" if "font-weight: 600" in css else "normal"
        text = html.unescape(content)
        found.append((text, charts.text_width(text, size, weight) * 72))
    return found


def measured(tab, path) -> list[dict]:
    tab.goto(path.as_uri())
    return tab.evaluate(MEASURE)


def test_the_house_font_is_not_installed_on_this_machine(browser):
    """What the other tests show holds only where the font is missing: Chromium finds no 'Source Sans Pro' here
    (a text set in it, falling back to monospace, measures as monospace does)."""
    tab = browser.new_page()
    widths = tab.evaluate("""() => {
      const context = document.createElement('canvas').getContext('2d');
      return ["16px 'Source Sans Pro', monospace", "16px 'Source Sans 3', monospace", "16px monospace"].map(font => {
        context.font = font; return context.measureText('Handgloves 1 000 000 Рейтинг').width; });
    }""")
    tab.close()
    assert widths[0] == widths[2] and widths[1] == widths[2], "Source Sans is installed: this machine proves nothing"


def test_every_svg_draws_its_texts_in_the_font_it_carries_and_none_leaves_the_canvas(browser, svgs):
    tab = browser.new_page()
    wrong, outside = [], []
    for name, path in svgs.items():
        texts = measured(tab, path)
        expected = expected_lengths(path.read_text(encoding="utf-8"))
        assert [t["text"] for t in texts] == [text for text, _ in expected], name
        for drawn, (text, length) in zip(texts, expected, strict=True):
            if abs(drawn["length"] - length) > 0.02 * length + 0.5:
                wrong.append(f"{name}: {text!r} is {drawn['length']:.1f} long, laid out as {length:.1f}")
            if min(drawn["left"], drawn["right"], drawn["top"], drawn["bottom"]) < -TOLERANCE:
                outside.append(f"{name}: {text!r}")
    tab.close()
    assert len(svgs) == sum(len(e.charts) * len(e.built_languages) for e in story.stories()) * len(charts.WIDTHS)
    assert not wrong, "\n".join(wrong[:20])
    assert not outside, "\n".join(outside[:20])


def test_without_the_font_it_carries_an_svg_falls_back_and_its_texts_change_width(browser, svgs):
    """The same SVGs without their @font-face: the fallback font sets the texts at other widths (so the font they
    carry is what keeps them in place), and some leave the canvas."""
    tab = browser.new_page()
    changed = outside = 0
    for name, path in svgs.items():
        texts = measured(tab, path.with_name(f"without-font.{name}"))
        for drawn, (_, length) in zip(texts, expected_lengths(path.read_text(encoding="utf-8")), strict=True):
            changed += abs(drawn["length"] - length) > 0.02 * length + 0.5
            outside += min(drawn["left"], drawn["right"], drawn["top"], drawn["bottom"]) < -TOLERANCE
    tab.close()
    assert changed > len(svgs) and outside > 0
