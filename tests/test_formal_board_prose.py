"""Minutes of small formal boards (fire boards, library trustees, township boards) written as prose:
attendance said in sentences after a roll call, items titled by a short phrase and a full stop, and
job titles before names (invented snippets)."""

from notes_extract import extract
from notes_extract.people import parse_entry
from notes_extract.people_lists import split_people


def _board(items: str) -> str:
    return ("Fire Board Meeting\n\nMay 8, 2018\n\n"
            "Meeting called to order by the Mayor at 7:00 p.m.\n\n"
            "Answering roll call:  Mayor Dale Rivers and Trustees Ann Lee, Bo Chan, and Cy Dunn.  "
            "(One seat is vacant since the last meeting.)  Quorum was declared.  Fire Chief Ed Moss, Jr., "
            "and Town Clerk Flo Hart were present.  Visitors signed in were Gus Park and Hal Ito.\n\n" + items)


_ITEMS = ("1.  Old Business. None.\n\n2. New Business. Trustee Lee made a motion to buy a hose. Motion carried.\n\n"
          "3. Comments from the Board. None.\n\n4. Approval of Adjournment. The meeting adjourned at 7:40 p.m.\n")


def test_a_roll_call_in_prose_gives_members_staff_and_visitors() -> None:
    attendance = extract(_board(_ITEMS).encode(), format="text").attendance
    present = {p.name: p.role for p in attendance.present}
    assert {"Dale Rivers": "mayor", "Ann Lee": "trustee", "Bo Chan": "trustee", "Cy Dunn": "trustee"}.items() \
        <= present.items()
    # officers said to be present after the roll call of members attend without being members (GOLD.md:
    # clerks, officers are in attendance)
    in_attendance = {p.name: p.role for p in attendance.in_attendance}
    assert "Ed Moss, Jr" in in_attendance and in_attendance["Ed Moss, Jr"] == "fire chief"
    assert [p.name for p in attendance.in_attendance if p.name in ("Gus Park", "Hal Ito")] == ["Gus Park", "Hal Ito"]
    assert not any("Quorum" in p.name or "vacant" in p.name for p in attendance.present)


def test_numbered_items_titled_by_a_phrase_and_a_full_stop_are_sections() -> None:
    record = extract(_board(_ITEMS).encode(), format="text")
    assert [s.title for s in record.sections] == \
        ["Old Business", "New Business", "Comments from the Board", "Approval of Adjournment"]


def test_bulleted_titles_over_their_paragraphs_are_sections() -> None:
    text = ("Library Trustees, October Minutes\n\nTrustees present: Ann Lee, Bo Chan, Cy Dunn\n\n"
            "• Financial.\nAnn reviewed the trial balance of both funds.\n"
            "• Foundation. A foundation meeting takes place next month. Bo and Cy will attend.\n"
            "• Director.\nThe director went over the library events of October.\n"
            "• Building. The roof repair is finished.\n")
    record = extract(text.encode(), format="text")
    assert [s.title for s in record.sections] == ["Financial", "Foundation", "Director", "Building"]


def test_short_bullets_among_bullets_and_honorifics_are_no_titles() -> None:
    text = ("Committee meeting 3 May 2024\n\nPresent:\n- Mrs. Ann Lee (Parish Council)\n- Mr. Bo Chan (Editor)\n"
            "- Dr. Cy Dunn (Agency)\n\nBBQ plans\n\n- Proposal for the 19th.\n- Ticketing was considered.\n"
            "- Decision on the 19th for the BBQ.\n- Mention of the flag.\n- Ann to book the park.\n")
    record = extract(text.encode(), format="text")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Chan", "Cy Dunn"]
    assert [s.title for s in record.sections] == ["BBQ plans"]


def test_a_late_arrival_sentence_is_present() -> None:
    text = ("Port Commission\n\n12 June 2018\n\nCommissioners Present: Ann Lee, Bo Chan, and Cy Dunn were present. "
            "Dee Fox arrived shortly after the meeting began.\n\nOld business\n\nThe dock was repaired.\n")
    names = [p.name for p in extract(text.encode(), format="text").attendance.present]
    assert names == ["Ann Lee", "Bo Chan", "Cy Dunn", "Dee Fox"]


def test_a_job_title_before_a_name_is_the_role() -> None:
    officer = parse_entry("Police Reserve Officer Cody Hill")
    assert officer is not None and (officer.name, officer.role) == ("Cody Hill", "police reserve officer")
    mayor = parse_entry("Mayor Dale Rivers")
    assert mayor is not None and mayor.role == "mayor"
    assert split_people("Fire Chief Ed Moss, Jr., and Town Clerk Flo Hart") == ["Fire Chief Ed Moss, Jr",
                                                                                 "Town Clerk Flo Hart"]


_COMMISSION = ("Board of Commissioners\nNotes of the regular meeting, July 22, 2010\n\n"
               "The meeting was called to order at 7:00 pm.\n\nPresent: Commissioners Ann Lee and Bo Chan\n\n"
               "Motion made by Commissioner Ann Lee to accept the minutes of June 2010.\n"
               "Motion seconded by Commissioner Bo Chan, motion carried.\n\n"
               "Public Comments:\n\nA resident asked where the agenda will be posted?\n"
               "A resident asked about the open meeting laws.\n\n"
               "Chief's Report:\n\nThe chief was away; his report comes next month.\n\n"
               "Old Business:\n\nThe hose order was discussed at length by the board.\n")


def test_label_lines_over_paragraphs_are_items_and_motion_lines_are_not() -> None:
    record = extract(_COMMISSION.encode(), format="text")
    assert [s.title for s in record.sections] == ["Public Comments", "Chief's Report", "Old Business"]


def test_a_motion_seconded_on_the_next_line_is_one_decision() -> None:
    decisions = extract(_COMMISSION.encode(), format="text").decisions
    assert len(decisions) == 1
    motion = decisions[0]
    assert motion.text.startswith("Motion made by Commissioner Ann Lee to accept the minutes of June 2010.")
    assert (motion.kind, motion.outcome) == ("motion", "carried")
    assert motion.seconder is not None and motion.seconder.endswith("Bo Chan")


_PARISH_POST = ("Church Council Minutes – March 2015\n\n"
                "The council met on 11 March 2015 when the following matters were discussed:\n\n"
                "Finance: Giving is below the parish share at present, which needs careful watching.\n\n"
                "Buildings: The boiler was serviced and the roof repair waits for the insurers.\n\n"
                "Social: The spring lunch took place and raised money for the hall fund.\n\n"
                "Advertisements\n\nThis entry was posted in Minutes. Bookmark the permalink.\n")


def test_label_paragraphs_right_after_the_title_are_the_items() -> None:
    record = extract(_PARISH_POST.encode(), format="text")
    assert [s.title for s in record.sections] == ["Finance", "Buildings", "Social"]


def test_a_month_and_year_and_the_word_minutes_are_no_part_of_the_title() -> None:
    assert extract(_PARISH_POST.encode(), format="text").meeting.title == "Church Council"


def test_a_time_in_four_digits_and_hours_is_read_inside_a_sentence() -> None:
    from notes_extract.dates import parse_time
    assert parse_time("called to order at 1257 hours by the chair", meeting_hours=True) == "12:57"
    assert parse_time("opened at 7:30 pm and closed at 2100 hours", meeting_hours=True) == "19:30"
