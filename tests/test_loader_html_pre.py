"""Minutes typed as plain text inside an HTML <pre> block (old web pages, list archives). Invented pages."""

from __future__ import annotations

from notes_extract.document import BlockKind
from notes_extract.loaders import load

TYPED = """<html><body><h2>Club minutes</h2><pre>
Date:   Wednesday, May 28, 2003
Place:  Room 4, Union Building

1. TREASURER'S REPORT
- Balance (Ann)

The balance is healthy and the dues came in on time this year, though two
members still owe for the spring term. Ann will send a reminder.

2. EVENTS
The picnic is set for June.
</pre></body></html>"""


def test_typed_minutes_in_pre_read_as_a_typed_file() -> None:
    blocks = load(TYPED.encode(), source="m.html").blocks
    texts = [(b.kind, b.text) for b in blocks]
    assert (BlockKind.LIST_ITEM, "Balance (Ann)") in texts
    assert (BlockKind.PARAGRAPH, "The balance is healthy and the dues came in on time this year, though two "
                                 "members still owe for the spring term. Ann will send a reminder.") in texts


CODE = """<html><body><p>We looked at the fix:</p><pre>
def total(rows):
    count = 0
    for row in rows:
        count = count + row.amount
    return count
</pre></body></html>"""


def test_code_in_pre_keeps_a_paragraph_a_line() -> None:
    blocks = load(CODE.encode(), source="m.html").blocks
    assert [b.text for b in blocks][1:3] == ["def total(rows):", "count = 0"]
