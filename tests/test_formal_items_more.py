"""Formal item structure, second part: minute books kept on one line, bold lead-ins, agenda-worded
items, apologies and declarations under numbered items, and the next meeting's item.

Every snippet is invented."""

from __future__ import annotations

from notes_extract import extract, extract_text
from notes_extract.loaders.text.gapped import ungap_lines

_GAP = " " * 7
_MINUTE_BOOK = ("Minutes of meeting of the Board held in the Town Hall on Tuesday 3rd May 1910." + "\n\n" + _GAP.join([
    "PRESENT : Messrs Allen, Baxter and Crane.",
    "The Minutes of the previous meeting were read and confirmed.",
    "Water Supply   Concerning the new reservoir it was resolved that the engineer report on the cost "
    "of the works before the next meeting of the Board.",
    "Street Lighting   Mr Allen moved and Mr Baxter seconded “That six new lamps be erected in the "
    "main street”. This was carried.",
    "Dog Tax   It was resolved that the tax remain as last year.",
    "Confirmed",
]) + "\n")


def test_a_long_line_of_gapped_items_is_cut_into_items_with_their_titles() -> None:
    lines = ungap_lines(_MINUTE_BOOK.split("\n"))
    assert "Water Supply" in lines
    assert any(line.startswith("Concerning the new reservoir") for line in lines)
    assert "The Minutes of the previous meeting were read and confirmed." in lines


def test_gapped_item_titles_become_sections() -> None:
    titles = [s.title for s in extract_text(_MINUTE_BOOK).sections]
    assert titles == ["Water Supply", "Street Lighting", "Dog Tax"]


def test_a_short_spaced_line_is_left_alone() -> None:
    row = "Item" + _GAP + "Owner" + _GAP + "Due" + _GAP + "Status"
    assert ungap_lines([row]) == [row]


_BOARD_PAGE = """<html><body>
<h2>Riverside Rowing Club Board Meeting - 3/4/11</h2>
<p>Directors Present:</p><p>Alma Reyes</p><p>Ben Okafor</p><p>Cara Lind</p>
<p>Absent:</p><p>Dev Mehta</p>
<p><b>Minutes</b> from 2/11/11 <b>approved 5-0</b>.</p>
<p><b>Boathouse Roof Proposal</b>, from Ben and Cara:</p>
<p>The roof leaks over the boat racks and needs replacing before winter.</p>
<p>Related suggestions:</p>
<p>Comment: a grant from the council may cover half the cost.</p>
<p><b>Treasurer's Report</b></p>
<p>Checking Account: $4,120</p>
<p>Savings Account: $10,300</p>
<p><b>Regatta Update:</b></p>
<p>Volunteers: Alma, Dev</p>
<p>Discussion: the date clashes with the school holidays.</p>
<p><b>Old Business.</b> The trailer repair was paid for.</p>
</body></html>
"""


def test_bold_lead_ins_open_items_and_plain_labels_under_them_are_points() -> None:
    titles = [s.title for s in extract(_BOARD_PAGE.encode(), format="html").sections]
    assert titles == ["Minutes", "Boathouse Roof Proposal", "Treasurer's Report", "Regatta Update", "Old Business"]


def test_a_clock_time_then_a_full_stop_gives_the_start_time() -> None:
    for line, start in [("6:50 pm. Meeting called to order", "18:50"), ("7.05pm. The meeting was opened.", "19:05"),
                        ("19:10. Meeting opened by the chair.", "19:10")]:
        record = extract_text(f"Parks Committee minutes, 4 May 2022\n\nPresent: Ann Lee, Raj Patel\n\n{line}\n\n"
                              "Budget\n\nThe budget was agreed.\n")
        assert record.meeting.start_time == start, line


def test_an_item_number_is_no_start_time() -> None:
    record = extract_text("Parks Committee minutes, 4 May 2022\n\nPresent: Ann Lee, Raj Patel\n\n"
                          "6. Meeting opened with a welcome.\n\nBudget\n\nThe budget was agreed.\n")
    assert record.meeting.start_time is None


def test_apologies_written_as_sentences_under_an_item_are_attendance() -> None:
    for line in ("3. Apologies for absence accepted from: No apologies from councillors. "
                 "Apologies from District Councillor P Hale noted.",
                 "3. Apologies for absence were received from P Hale.",
                 "3. Apologies noted from: P Hale"):
        record = extract_text("MINUTES OF MILLBROOK PARISH COUNCIL MEETING, 2 June 2021\n\n"
                              "Present: Cllr A Brook, Cllr T Moss, Cllr R Lane\n\n" + line + "\n\n"
                              "4. Finance\n\nThe accounts were received.\n\n5. Highways\n\nThe potholes were noted.\n")
        assert [p.name for p in record.attendance.apologies] == ["P Hale"], line
        assert "Apologies for absence accepted from" not in [s.title for s in record.sections]


_SENTENCE_ITEMS = """MINUTES OF ELMSTEAD PARISH COUNCIL MEETING HELD ON 9 JUNE 2020

Present: Cllr A Brook (Chairman), Cllr T Hale, Cllr R Moss

1. Election of Chairman

Cllr Brook was elected unopposed.

2. Chairman signed her Acceptance of Office.

3. No declarations of interest given.

4. The Minutes of the meeting held on 12 May were approved as a true record.

5. Highways

The verge on Mill Lane is to be cut.

6. Accounts were presented and accepted for payment.

7. Correspondence

A letter from the school about parking was read.

8. Reports from members
   1. The bus shelter needs repainting.
"""


def test_numbered_sentences_among_titled_items_are_items_with_the_title_they_give() -> None:
    record = extract_text(_SENTENCE_ITEMS)
    titles = [s.title for s in record.sections]
    for title in ("Chairman signed her Acceptance of Office", "declarations of interest",
                  "Minutes of the meeting held on 12 May", "Accounts", "Reports from members"):
        assert title in titles, title
    assert record.declarations_of_interest == []


def test_a_numbered_list_of_sentences_alone_stays_points() -> None:
    record = extract_text("Book club notes, 3 March 2021\n\nPresent: Ann, Raj, Lee\n\nNotes\n\n"
                          "1. The next book was chosen.\n2. Snacks were enjoyed by all.\n3. Ann hosts in April.\n")
    assert [s.title for s in record.sections] == ["Notes"]


_AGENDA_WORDED = """MINUTES OF ASHWELL PARISH COUNCIL MEETING HELD ON WEDNESDAY 8th JULY 2020 AT THE VILLAGE HALL

Present: Cllr A Brook (Chairman), Cllr T Hale, Cllr R Moss, Cllr P Lane

1. To Receive Apologies for Absence: Apologies were received from Cllr D Ford.

2. To Receive Declarations of Interest: No declarations of interest were given.

3. To Approve/Sign the Minutes of the Council Meeting of 10 June 2020: the Minutes were signed as a true record.

4. To Consider Planning Applications: 20/0112/F Extension at 4 Mill Lane. No objection.

5. Date and Time of Next Meeting: Wednesday 12th August 2020 at 7.30pm.
"""


def test_agenda_worded_items_are_titled_as_written_and_their_apologies_are_attendance() -> None:
    record = extract_text(_AGENDA_WORDED)
    titles = [s.title for s in record.sections]
    assert "To Approve/Sign the Minutes of the Council Meeting of 10 June 2020" in titles
    assert "To Consider Planning Applications" in titles
    assert not any(d.text.startswith("To Approve") for d in record.decisions)
    assert [p.name for p in record.attendance.apologies] == ["D Ford"]
    assert record.declarations_of_interest == []


def test_a_numbered_date_of_next_meeting_item_is_the_next_meeting_not_a_section() -> None:
    record = extract_text(_AGENDA_WORDED)
    assert "Date and Time of Next Meeting" not in [s.title for s in record.sections]
    assert record.next_meeting is not None and record.next_meeting.date == "2020-08-12"


def test_a_heading_in_capitals_run_in_before_a_bullet_is_cut_out() -> None:
    from notes_extract.document import BlockKind, make_block, numbered
    from notes_extract.segment.inline_caps import cut_inline_caps_headings

    blocks = numbered([make_block(BlockKind.PARAGRAPH, "The hedge on School Lane needs cutting. PUBLIC FORUM • "
                                  "A resident asked about the speed limit. • Another asked about parking."),
                       make_block(BlockKind.PARAGRAPH, "The NCC AGREED • not a heading, no sentence ends before it")])
    out = [(b.kind.value, b.text) for b in cut_inline_caps_headings(blocks)]
    assert out[:4] == [("paragraph", "The hedge on School Lane needs cutting."), ("heading", "PUBLIC FORUM"),
                       ("list_item", "A resident asked about the speed limit."),
                       ("list_item", "Another asked about parking.")]
    assert out[4] == ("paragraph", "The NCC AGREED • not a heading, no sentence ends before it")


def test_the_public_session_after_the_numbered_items_is_an_item() -> None:
    record = extract_text(_SENTENCE_ITEMS.rstrip() + " PUBLIC PARTICIPATION • A resident asked about the bus times.\n")
    assert "PUBLIC PARTICIPATION" in [s.title for s in record.sections]
