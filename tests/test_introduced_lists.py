"""A numbered list a sentence introduces ("Groups we should invite:") is that sentence's points.

Under an item's heading, "1. Acme: their guides", "2. Bolt", "3. Crane - they blog a lot" after a
sentence ending in a colon count what the sentence introduces; they are not items of the minutes,
even typed in a document whose headings are bold lines.
"""

from __future__ import annotations

from notes_extract import extract_text
from notes_extract.document import BlockKind, make_block
from notes_extract.segment.introduced_lists import introduced_list_items

NOTES = """**Working group meeting 9 March 2020**

**Intro**

- Welcome to the newcomers.
- Anything to add to the agenda?

**Who should we invite?**

Groups that I think should be involved:

1. Acme: https://example.org/acme-guides
2. Bolt Works
3. Crane Labs - They have guides everywhere
4. Delta: https://example.org/delta
5. Echo Security

**What should we focus on?**

- The inventory should come first.

**Concerns**

- Time zones make the call hard.
"""


def test_a_numbered_list_under_a_sentence_ending_in_a_colon_holds_points() -> None:
    record = extract_text(NOTES, format="markdown")
    assert [s.title for s in record.sections] == ["Intro", "Who should we invite?", "What should we focus on?",
                                                  "Concerns"]
    invite = record.sections[1]
    assert any("Crane Labs" in p.text for p in invite.points)


def test_a_label_or_a_list_before_any_heading_is_not_an_introduction() -> None:
    agenda = [make_block(BlockKind.PARAGRAPH, "Agenda:"), make_block(BlockKind.LIST_ITEM, "Apologies", label="1.")]
    opening = [make_block(BlockKind.PARAGRAPH, "These are the items we will take tonight:"),
               make_block(BlockKind.LIST_ITEM, "Apologies", label="1.")]
    assert introduced_list_items(agenda) == frozenset()
    assert introduced_list_items(opening) == frozenset()
