"""Numbered items whose title and text share one line, grouping items and their topics, as small
councils' Word-pasted minutes write them.

Every snippet is invented."""

from __future__ import annotations

import pytest

from notes_extract import extract, extract_text
from notes_extract.document import BlockKind
from notes_extract.loaders import load
from notes_extract.segment.numbered_titles import title_numbered_lines

_COLON_ITEMS = """MINUTES OF THE MEETING OF ASHBY PARISH COUNCIL HELD ON 4 MARCH 2015

Present: Mr J Brown (Chairman), Mrs K White, Mr P Green

**2\\. Declarations of interest**: none

**3\\. To approve the minutes of the last meeting:** The minutes were approved and signed.

**4\\. Reports:**

4.1 Chairman's report:

- The bench on the green has been repaired.

4.2 Clerk's report:

- The grant form was sent.

**5\\. To discuss and agree any action:**

**Footpaths**: the stile at Long Lane is broken. Clerk to contact the landowner.

**Village sign**: no news.

**6\\. Correspondence:** A letter from the library.

7.1 To consider any applications received after the agenda was produced: none

The meeting closed at 9pm.
"""

_BOLD_FULL_STOP = """**Ridgeway Quarry Liaison Minutes**

**12 May 2016**

Present: Mrs A Lowe, Mr B Hart, Mr C Dunn

**2.  Dust.** Two complaints were made in April.

**3.  Traffic.** Lorries kept to the agreed route.

**4.  Lighting.** The yard lights are now dimmed after 10pm.

**5.  Any other business.** None.
"""


def _titles(text: str) -> list[str]:
    return [s.title for s in extract_text(text, format="markdown").sections]


def test_numbered_colon_titles_are_items_and_their_text_is_their_points() -> None:
    record = extract_text(_COLON_ITEMS, format="markdown")
    titles = [s.title for s in record.sections]
    assert "Declarations of interest" in titles
    assert "To approve the minutes of the last meeting" in titles
    assert "Correspondence" in titles
    minutes = next(s for s in record.sections if s.title == "To approve the minutes of the last meeting")
    assert [p.text for p in minutes.points] == ["The minutes were approved and signed."]


def test_a_numbered_item_with_no_text_only_groups_its_sub_items_and_bold_topics() -> None:
    titles = _titles(_COLON_ITEMS)
    assert "Chairman's report" in titles and "Clerk's report" in titles
    assert "Footpaths" in titles and "Village sign" in titles
    assert "Reports" not in titles and "To discuss and agree any action" not in titles


def test_an_action_takes_the_topic_it_is_written_under() -> None:
    record = extract_text(_COLON_ITEMS, format="markdown")
    action = next(a for a in record.actions if "landowner" in a.text)
    assert action.section == "Footpaths"


def test_a_sub_item_whose_parent_is_not_written_is_an_item() -> None:
    assert "To consider any applications received after the agenda was produced" in _titles(_COLON_ITEMS)


def test_a_bold_title_ending_in_a_full_stop_is_the_item_title() -> None:
    assert _titles(_BOLD_FULL_STOP)[:3] == ["Dust", "Traffic", "Lighting"]


def test_owner_tasks_and_reported_speech_are_not_titles() -> None:
    text = ("Actions\n\n1. Ann - talk to Bo re: the banner\n\n2. Cal - book the room\n\n"
            "3. Dee - email members re: the quiz\n\n4. The Treasurer reported: funds are healthy\n")
    titles = _titles(text)
    assert not any(t.startswith(("Ann", "Dee", "The Treasurer")) for t in titles)


def test_a_role_glued_on_with_a_hyphen_is_the_role() -> None:
    from notes_extract.people import parse_entry
    chair = parse_entry("Mrs D Hollis-Chair")
    assert chair is not None and (chair.name, chair.role) == ("D Hollis", "chair")
    treasurer = parse_entry("Ben Ode-Treasurer")
    assert treasurer is not None and (treasurer.name, treasurer.role) == ("Ben Ode", "treasurer")
    surname = parse_entry("Mr K Lowe-Hart")
    assert surname is not None and (surname.name, surname.role) == ("K Lowe-Hart", None)


_NUMBERED_LABELS = """MINUTES OF THE MEETING OF ASHBY PARISH COUNCIL HELD ON 4 MARCH 2015

1.      Those attending:      Cllr J Brown (Chairman), Cllr Mrs K White (Vice-Chair), Cllr P Green

2. Apologies: Mrs L Black

3. Declarations of interest: none

4. Highways: the potholes on Mill Road were reported again.

5. Correspondence: a letter from the library.

6. Date of next meeting: 1 April 2015
"""


@pytest.mark.parametrize("markdown", [False, True])
def test_numbered_attendance_and_next_meeting_labels_stay_labels(markdown: bool) -> None:
    # The segmenter reads these labels with their names or date; as item headings they would be lost.
    document = load(_NUMBERED_LABELS.encode(), source="minutes.md" if markdown else "minutes.txt")
    headings = [b.text for b in title_numbered_lines(document.blocks) if b.kind is BlockKind.HEADING]
    assert not any(label in heading for heading in headings
                   for label in ("attending", "Apologies", "next meeting")), headings
    assert any("Highways" in heading for heading in headings)
    record = extract(_NUMBERED_LABELS.encode(), format="markdown" if markdown else "text")
    assert [a.name for a in record.attendance.present] == ["J Brown", "K White", "P Green"]
    assert [a.name for a in record.attendance.apologies] == ["L Black"]
    assert record.next_meeting is not None and str(record.next_meeting.date) == "2015-04-01"
