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
</body></html>
"""


def test_bold_lead_ins_open_items_and_plain_labels_under_them_are_points() -> None:
    titles = [s.title for s in extract(_BOARD_PAGE.encode(), format="html").sections]
    assert titles == ["Minutes", "Boathouse Roof Proposal", "Treasurer's Report", "Regatta Update"]


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
