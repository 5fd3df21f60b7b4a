"""Formal item structure: numbered items of council and board minutes run together
in one paragraph (a flattened Word export, a transcribed minute book).

Every snippet is invented."""

from __future__ import annotations

from notes_extract import extract_text
from notes_extract.document import BlockKind, make_block, numbered
from notes_extract.segment.flattened import unflatten_items

# Escaped numbers ("1\\.") keep Markdown from making a list, as a web page's export does.
_RUN_ON = """MINUTES OF THE MEETING OF ASHBY MILL PARISH COUNCIL HELD ON MONDAY 4th MARCH 2019

Present: Cllr Anne Brook (Chairman), Cllr T Hale, Cllr R Moss.

1\\. Election of Chairman It was proposed that Cllr A Brook should remain as Chairman. With no other
nominations Cllr Brook was duly elected. 2. Apologies were received from Cllr P Lane.

3\\. Matters arising • The broken bench has been replaced. • The notice board will be repainted.
4. Reports 4.1 Clerk's Report The grass cutting contract has been signed.

4\\.2 Treasurer's Report Nothing further to report.

5\\. Correspondence 5.1 Letter from the highways office about road closures
"""


def _texts(text: str) -> list[tuple[str, str | None, str]]:
    blocks = numbered([make_block(BlockKind.PARAGRAPH, line) for line in text.split("\n") if line])
    return [(b.kind.value, b.label, b.text) for b in unflatten_items(blocks)]


def test_run_on_items_are_cut_at_numbers_that_continue_the_numbering() -> None:
    blocks = _texts("1. Opening The chair opened the meeting at seven.\n2. Budget The budget for the year was "
                    "agreed. 3. Correspondence The letter from the school about parking was read.\n4. Close")
    assert ("heading", None, "3. Correspondence") in blocks
    assert ("paragraph", None, "The budget for the year was agreed.") in blocks


def test_a_number_that_does_not_continue_the_numbering_stays_in_the_text() -> None:
    blocks = _texts("1. Opening The chair opened the meeting.\n2. Budget The hall needs 7. New chairs "
                    "were ordered.\n3. Close")
    assert all("New chairs" not in text or text.startswith("The hall") for _, _, text in blocks)


def test_sub_items_and_bullets_of_a_run_on_item() -> None:
    record = extract_text(_RUN_ON, format="markdown")
    titles = [s.title for s in record.sections]
    assert "Election of Chairman" in titles
    assert "Matters arising" in titles
    assert "Clerk's Report" in titles and "Treasurer's Report" in titles
    matters = next(s for s in record.sections if s.title == "Matters arising")
    assert [p.text for p in matters.points] == ["The broken bench has been replaced.",
                                                 "The notice board will be repainted."]


def test_a_document_with_few_numbered_paragraphs_is_left_alone() -> None:
    text = "1. Opening The chair opened the meeting. 2. Then we spoke.\nSome notes here."
    blocks = numbered([make_block(BlockKind.PARAGRAPH, line) for line in text.split("\n")])
    assert unflatten_items(blocks) == blocks
