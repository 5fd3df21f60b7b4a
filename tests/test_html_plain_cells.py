"""A table cell holding plain text alone is read without the walker: it must read as the walker reads
it, and a cell the walker reads otherwise (a typed item, tabbed values) still goes through it."""

from lxml import html

from notes_extract.loaders.html.walker import HtmlWalker


def _both(text: str) -> tuple[str, str]:
    plain = html.fromstring(f"<table><tr><td>{text}</td></tr></table>").find(".//td")
    wrapped = html.fromstring(f"<table><tr><td><span>{text}</span></td></tr></table>").find(".//td")
    walker = HtmlWalker(lambda: None)
    return walker.cell_text(plain), walker.cell_text(wrapped)


def test_plain_cells_read_as_the_walker_reads_them() -> None:
    for text in ("  Ann   Lee\n (Chair) ", "Budget", "1. Budget", "a) the hall", "• Ann Lee",
                 "Attendees :\tJ Rear\tA Finch", "Jean Whitlock\t\tAndrew Penrose", "Ann\u00a0Lee"):
        fast, walked = _both(text)
        assert fast == walked, text
