"""A link checker for published pages: every relative link (`href`, `src`, `srcset`, `poster`, `data`) of every HTML
page under a folder must name a file or folder that exists inside that folder. It knows nothing of the pages'
layout, so it holds for any arrangement of the exports (`broken_links(exports)` in a test).

Links with a scheme (`https:`, `mailto:`, `data:`) or a host (`//...`) leave the folder and are not followed;
a link to a fragment of the same page (`#id`) names nothing on disk."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

LINK_ATTRIBUTES = {"href", "src", "poster", "data", "action", "formaction"}


class _Links(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[int, str]] = []

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if value is None:
                continue
            if name in LINK_ATTRIBUTES:
                self.links.append((self.getpos()[0], value))
            elif name in ("srcset", "imagesrcset"):
                for candidate in value.split(","):
                    if candidate.strip():
                        self.links.append((self.getpos()[0], candidate.split()[0]))

    handle_startendtag = handle_starttag


def links(page: Path) -> list[tuple[int, str]]:
    """Every link of a page, with the line it is on."""
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    parser.close()
    return parser.links


def broken_links(root: Path) -> list[str]:
    """Every relative link of every `.html` page under `root` that names nothing inside `root`, one line each:
    the page, the line and the link."""
    root = Path(root).resolve()
    broken = []
    for page in sorted(root.rglob("*.html")):
        for line, link in links(page):
            parts = urlsplit(link.strip())
            if parts.scheme or parts.netloc or not parts.path:
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            if not target.is_relative_to(root):
                broken.append(f"{page.relative_to(root)}:{line}: {link} (outside the folder)")
            elif not target.exists():
                broken.append(f"{page.relative_to(root)}:{line}: {link}")
    return broken
