"""A corpus of hostile text, and checks that an output either carries it safely or refuses it clearly.

Every place the kit takes text from a person or a source (a data description, a data cell, a chart's texts and
labels, a claim) can be handed one of `STRINGS`: markup and script, a `javascript:` address, a comment or CDATA
opener, a quote or backslash meant to break out of an attribute, a JSON or CSV field or a PDF string, a control
that reorders text, a look-alike letter, a control character, a very long line. An output passes when, for each
string in each language, it either

- refuses it with a clear error (a `KitError` with a problem and a fix), or
- writes it so that reading the file back in its own format gives the very same text, and the file holds no
  active content (no script element, no event-handler attribute, no `javascript:` link, no PDF action).

`test_hostile.py` runs every string through every output the kit writes today, in every language. To add an
output (the gallery, the ledger's JSON-LD, the reader page), register a function there with `@output(name)`:
it gets a string and a language, writes what the kit writes, and checks it with the helpers below (or returns
the kit's refusal)."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET

from kit.errors import KitError

STRINGS = {
    "script element": "<script>alert(1)</script>",
    "closing script": "</script><script>alert('x')</script>",
    "event handler": '<img src=x onerror="alert(1)">',
    "svg onload": "<svg onload=alert(1)>",
    "double-quote breakout": '" onmouseover="alert(1)" x="',
    "single-quote breakout": "' onfocus='alert(1)' autofocus='",
    "javascript address": "javascript:alert(document.cookie)",
    "markdown link": "[the source](javascript:alert(1))",
    "html comment": "<!-- hidden --> Russia",
    "cdata": "]]><![CDATA[<b>bold</b>",
    "entities": "&lt;script&gt; &amp;amp; &#x3C;b&#x3E;",
    "right-to-left override": "Russia \u202egnp.exe",
    "left-to-right isolate": "Russia \u2066ranks\u2069 28th",
    "homoglyph": "Russiа ranks 28th",
    "control characters": "Rus\x00sia \x1b[31mred\x1b[0m",
    "quotes and backslashes": "He said \"\\\" and '\\\\' then \\n and \\u0041",
    "pdf string": "Title) /JavaScript (app.alert(1)) /S /JavaScript (",
    "json breakout": '"}, "evil": {"a": "',
    "csv breakout": 'a","b\nc,d\r\n"e',
    "spreadsheet formula": '=HYPERLINK("https://example.org","click")',
    "very long line": "Russia ranks 28th of 36 countries " * 170,
}

ACTIVE_ATTRIBUTE = re.compile(r"^on", re.IGNORECASE)
PDF_ACTIONS = (b"/JavaScript", b"/JS", b"/OpenAction", b"/AA", b"/Launch", b"/URI", b"/SubmitForm")


class Refused(Exception):
    """The output refused the text with a clear error (the `KitError` is `.error`)."""

    def __init__(self, error: KitError):
        super().__init__(str(error))
        self.error = error


def refused_clearly(error: KitError) -> Refused:
    """Check that a refusal is a clear one (a problem and a fix), and say so."""
    assert isinstance(error, KitError), f"refused with {type(error).__name__}, not a kit error: {error}"
    assert error.problem and error.fix, f"a refusal without a problem and a fix: {error}"
    return Refused(error)


def assert_no_active_markup(markup: bytes | str) -> ET.Element:
    """Well-formed XML (SVG, XHTML) with no script or foreign object, no event-handler attribute and no link
    other than to a fragment of itself or a web address; returns the parsed tree."""
    root = ET.fromstring(markup)
    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1].lower()
        assert tag not in ("script", "foreignobject", "iframe", "object", "embed"), f"a <{tag}> element"
        for name, value in element.attrib.items():
            bare = name.rsplit("}", 1)[-1]
            assert not ACTIVE_ATTRIBUTE.match(bare), f"an event-handler attribute {bare}={value!r}"
            if bare == "href":
                assert value.startswith(("#", "https://", "http://")), f"a link to {value!r}"
    return root


def csv_cells(payload: bytes) -> list[list[str]]:
    """A CSV file's rows as read by Python's csv module (RFC 4180 quoting)."""
    return list(csv.reader(io.StringIO(payload.decode("utf-8"), newline="")))


def pdf_info(payload: bytes) -> dict[str, str]:
    """A PDF's document information (its trailer's /Info dictionary): each key's text, decoded (literal strings in
    PDFDocEncoding or UTF-16BE with a byte-order mark); other values are left out."""
    reference = re.search(rb"/Info (\d+) 0 R", payload[payload.rindex(b"trailer") :])
    assert reference, "no /Info in the trailer"
    start = payload.index(b"\n%s 0 obj" % reference[1]) + 1
    body = payload[start : payload.index(b"endobj", start)]
    info, position = {}, body.index(b"<<") + 2
    while True:
        key = re.compile(rb"\s*/([A-Za-z]+)\s*").match(body, position)
        if key is None:
            break
        position = key.end()
        if body[position : position + 1] == b"(":
            text, position = _pdf_literal(body, position)
            info[key[1].decode("ascii")] = text
        else:
            value = re.compile(rb"[^/>]*").match(body, position)
            position = value.end()
    assert body[position:].lstrip().startswith(b">>"), f"the /Info dictionary does not end where expected: {body!r}"
    return info


PDF_ESCAPES = {ord("n"): b"\n", ord("r"): b"\r", ord("t"): b"\t", ord("b"): b"\b", ord("f"): b"\f"}


def _pdf_literal(body: bytes, position: int) -> tuple[str, int]:
    """A PDF literal string starting at `(`: its text and the position after its closing parenthesis."""
    out, depth, index = bytearray(), 1, position + 1
    while True:
        byte = body[index]
        if byte == ord("\\"):
            following = body[index + 1]
            if following in PDF_ESCAPES:
                out += PDF_ESCAPES[following]
                index += 2
            elif chr(following).isdigit():
                digits = re.compile(rb"[0-7]{1,3}").match(body, index + 1)[0]
                out.append(int(digits, 8))
                index += 1 + len(digits)
            else:
                out.append(following)
                index += 2
            continue
        depth += {ord("("): 1, ord(")"): -1}.get(byte, 0)
        if depth == 0:
            break
        out.append(byte)
        index += 1
    raw = bytes(out)
    text = raw[2:].decode("utf-16-be") if raw.startswith(b"\xfe\xff") else raw.decode("latin-1")
    return text, index + 1
