"""Forms found in the fresh3 set's tuning half, each on an invented snippet: a typed council's roman-numbered
items ("II.  Correspondence." over its numbered points, "V.   98-1 New Course Proposal."), and minutes that open
with the sentence "The X met at 3:00 p.m. on ... in ...", which names the body, not a title line.

Every snippet is invented."""

from __future__ import annotations

from notes_extract import extract_text

_ROMAN_ITEMS = """March 4, 2024

The Curriculum Committee met at 3:00 p.m. on Monday, March 4, 2024, in Room 210.

Members present:    Dr. Ames, Dr. Brook, Ms. Cole, Mr. Dunn.

I.   Minutes.
     Dr. Ames moved and Dr. Brook seconded the motion to approve the minutes of February 19.
     The motion passed unanimously.

II.  Correspondence.
     1.  Memo from the Registrar regarding course deletions.
     2.  Letter from the Dean about the spring timetable.

III. 24-7 New Course Proposal, ART 210, Printmaking.
     Ms. Cole presented the proposal and answered questions.

IV.  24-9R Revised Minor in Film Studies.
     Mr. Dunn will circulate the revised proposal.
"""


def test_roman_items_titled_by_a_stop_with_points_or_a_docket_number_are_sections() -> None:
    # "II. Correspondence." has its numbered points below it; "III. 24-7 New Course Proposal ..." opens with
    # the proposal's own number
    record = extract_text(_ROMAN_ITEMS, format="text")
    titles = [s.title for s in record.sections]
    assert titles[:2] == ["Minutes", "Correspondence"]
    assert len(titles) == 4
    assert "New Course Proposal, ART 210, Printmaking" in titles[2]
    assert "Revised Minor in Film Studies" in titles[3]
    assert [p.text for p in record.sections[1].points][:1] == ["Memo from the Registrar regarding course deletions."]


def test_a_bulleted_stop_title_over_a_nested_list_is_no_item() -> None:
    # a bullet's nested list may be the next items written one level down: no title of its own
    text = ("Board notes\n\n- Owen reported on the summer school. We agreed to fund it.\n"
            "- Advertise ourselves to the funding bodies.\n  - Web page (Claire)\n  - Other business\n"
            "- What to do. Who should do it.\n")
    titles = [s.title for s in extract_text(text, format="markdown").sections]
    assert "Advertise ourselves to the funding bodies" not in titles


def test_the_body_that_met_titles_the_minutes_and_the_place_is_the_location() -> None:
    record = extract_text(_ROMAN_ITEMS, format="text")
    assert record.meeting.title == "Curriculum Committee"
    assert record.meeting.location == "Room 210"


def test_the_body_that_met_over_a_wrapped_place_line() -> None:
    text = ("February 3, 1998\n\nThe Council on Graduate Studies met at 2:00 p.m. on Tuesday, February 3, 1998, "
            "in the\nArcola Room of the Student Union.\n\nMembers present:    Dr. Ames, Dr. Brook.\n\n"
            "I.   Minutes.\n     The minutes were approved.\n\nII.  Reports.\n     Dr. Ames reported on the budget.\n\n"
            "III. Adjournment.\n     The meeting adjourned at 3:10 p.m.\n")
    assert extract_text(text, format="text").meeting.title == "Council on Graduate Studies"
