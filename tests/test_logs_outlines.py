"""Logs and outlines, round 3: an entry heading that slips a level or is written bold, a
mistyped date in one entry heading, indented outlines without bullets (invented minutes)."""

from notes_extract import extract_all
from notes_extract.document import BlockKind
from notes_extract.loaders import load

SLIPPED_ENTRY = b"""# Garden Club Log

## 3 April 2024

Attendees: Ada Pike, Ben Ross

We planned the spring sale.

### 10 April 2024

Attendees: Ada Pike

We priced the seedlings.

**17 April 2024**

Attendees: Ben Ross

We counted the takings.

## 24 April 2024

Attendees: Ada Pike, Ben Ross

We wrote the newsletter.
"""


def test_a_dated_heading_that_slips_a_level_or_turns_bold_is_an_entry() -> None:
    records = extract_all(SLIPPED_ENTRY, format="markdown")
    assert [r.meeting.date for r in records] == ["2024-04-03", "2024-04-10", "2024-04-17", "2024-04-24"]
    assert [len(r.attendance.present) for r in records] == [2, 1, 1, 2]


EVENT_DATES = b"""# Garden Club Log

## 3 April 2024

We planned the spring sale.

### 1 June 2024

The sale will be held then.

## 24 April 2024

We wrote the newsletter.
"""


def test_a_deeper_dated_heading_out_of_the_log_order_stays_in_its_entry() -> None:
    records = extract_all(EVENT_DATES, format="markdown")
    assert [r.meeting.date for r in records] == ["2024-04-03", "2024-04-24"]


MISTYPED_DATE = b"""# Garden Club Log

## 3 April 2024

We planned the spring sale.

## 10 Arpil 2024

We priced the seedlings.

## 17 April 2024

We counted the takings.
"""


def test_an_entry_heading_with_a_mistyped_date_is_kept_apart_with_a_warning() -> None:
    records = extract_all(MISTYPED_DATE, format="markdown")
    assert len(records) == 3
    assert records[1].meeting.date is None
    assert any("10 Arpil 2024" in w for w in records[1].warnings)
    assert all("seedlings" not in str(r.model_dump()) for r in (records[0], records[2]))


OUTLINE = b"""# Team Notes

## Sprint review
    DONE:
        Wired the login form
    NEXT STEPS:
        Web client:
            Add the search page
                look at the old prototype first
"""


def _blocks(data: bytes, fmt: str) -> list[tuple[str, int, str]]:
    return [(b.kind.value, b.level, b.text) for b in load(data, format=fmt).blocks]


def test_an_indented_outline_without_bullets_keeps_its_depth() -> None:
    blocks = _blocks(OUTLINE, "markdown")
    assert ("paragraph", 0, "NEXT STEPS:") in blocks
    assert (BlockKind.LIST_ITEM.value, 0, "Web client:") in blocks
    assert ("list_item", 1, "Add the search page") in blocks
    assert ("list_item", 2, "look at the old prototype first") in blocks


CODE_BLOCK = b"""# Build notes

Run the tool like this:

    result = build(target)
    print(result)
"""


def test_an_indented_code_block_after_a_blank_line_stays_paragraphs() -> None:
    assert all(kind == "paragraph" for kind, _, _ in _blocks(CODE_BLOCK, "markdown")[1:])


def test_a_plain_text_outline_keeps_its_depth() -> None:
    blocks = _blocks(OUTLINE.replace(b"## ", b""), "text")
    assert ("list_item", 1, "Web client:") in blocks
    assert ("list_item", 2, "Add the search page") in blocks
    assert ("list_item", 3, "look at the old prototype first") in blocks
