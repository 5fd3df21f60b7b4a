"""Text a page never shows is no text of the minutes, in an HTML page and in HTML inside Markdown.

A site's search filters ('<span style="display:none;">Regular</span>'), collapsed menus and
`hidden` elements hold words the reader never sees; both readers drop them and keep what follows.
"""

from __future__ import annotations

from notes_extract.loaders import load

HIDDEN = ('<span data-filter="Body" style="display:none;">Harbour Board</span>\n'
          '<span style="color: grey; visibility: hidden">2025-03</span>\n'
          '<div hidden>Search filters</div>\n')


def _texts(data: bytes, source: str) -> list[str]:
    return [b.text for b in load(data, source=source).blocks]


def test_an_html_page_drops_what_it_never_shows() -> None:
    page = f"<html><body><p>{HIDDEN}</p><p>MINUTES OF THE HARBOUR BOARD <span style='display: none'>x</span>" \
           "held on 3 March 2025</p><p style='display:block'>Present: Ada Quinn</p></body></html>"
    assert _texts(page.encode(), "m.html") == ["MINUTES OF THE HARBOUR BOARD held on 3 March 2025",
                                               "Present: Ada Quinn"]


def test_markdown_drops_a_hidden_inline_element_as_the_page_would() -> None:
    text = "<span style=\"display:none;\">Harbour Board</span>\n<span hidden>2025-03</span>\n\n" \
           "MINUTES OF THE HARBOUR BOARD held on 3 March 2025\n\nPresent: Ada Quinn\n"
    assert _texts(text.encode(), "m.md") == ["MINUTES OF THE HARBOUR BOARD held on 3 March 2025", "Present: Ada Quinn"]
