"""A page with no headings whose body opens with what the body did, its subject left out ("Approved the
purchase of ...", "Agreed to canvass ..."): those lines are the body's decisions, not title-block lines."""

from __future__ import annotations

from notes_extract import extract_text
from notes_extract.document import Block, BlockKind
from notes_extract.segment.title_lines import title_like


def test_lines_of_what_the_body_did_are_no_title_lines() -> None:
    text = ("Summary of the Parish Council Meeting on 18 March 2025\n\n"
            "At their meeting the council took these actions:\n\n"
            "Agreed to survey residents about the bus shelter and discuss it again in April.\n\n"
            "Approved the purchase of two new benches for the green.\n\n"
            "Reviewed the schedule for the summer fete.\n")
    decisions = [d.text for d in extract_text(text, format="text").decisions]
    assert decisions == ["Agreed to survey residents about the bus shelter and discuss it again in April.",
                         "Approved the purchase of two new benches for the green."]


def test_title_block_lines_stay_title_lines() -> None:
    for line in ("Minutes of the Parish Council meeting held on 3 May 2025 at the Village Hall.",
                 "Board of Education Minutes", "Riverside Allotment Society", "Held on 3 May at 7pm."):
        assert title_like(Block(BlockKind.PARAGRAPH, line, 0))
