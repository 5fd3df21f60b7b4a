"""Attendance fields set off by a dash rather than a colon ("Regrets - SG, TT", "Present were - Ann Lee, ...")
read as they do with a colon."""

from __future__ import annotations

from notes_extract import extract_text


def _names(record, category: str) -> list[str]:
    return [p.name for p in getattr(record.attendance, category)]


def test_dash_fields_on_consecutive_long_lines_stay_apart() -> None:
    text = ("Co-op Board Teleconference\n18 January 2016\n\n"
            "In attendance - Jo Smith, Mary Hall, Ben Young, Dee Dunn; Max Moss (joined at 13:23)\n"
            "Regrets - Sam Green, Tia Todd\n\n"
            "1. Approval of agenda\nApproved.\n\n2. Finance\nThe report was reviewed.\n")
    record = extract_text(text, format="text")
    assert _names(record, "apologies") == ["Sam Green", "Tia Todd"]
    assert "Max Moss" in _names(record, "present") + _names(record, "in_attendance")


def test_attendees_after_a_dash_over_bullets_are_attendance_not_an_item() -> None:
    text = ("Steering Committee Meeting 22/10/19\n\nNotes\nAttendees - JL, TE, PW\n"
            "- Lighting and stairs still need to be looked at.\n- The annual report has been sent round.\n"
            "- Look into metal working equipment.\n\nTreasurer\n- Balance is fine.\n- Grant received.\n\n"
            "Events\n- Open day in May.\n- Workshop in June.\n")
    record = extract_text(text, format="text")
    assert _names(record, "present") == ["JL", "TE", "PW"]
    assert "JL, TE, PW" not in [s.title for s in record.sections]


def test_present_were_and_a_dash() -> None:
    text = ("Minutes of PCC Meeting held on 1st May 2020\n\n"
            "Present were - Tony Bush (TB), Wendy Page (WP), Ann Boot (AB)\n\n"
            "1. Minutes\nThe minutes were agreed.\n")
    assert _names(extract_text(text, format="text"), "present") == ["Tony Bush", "Wendy Page", "Ann Boot"]


def test_a_sentence_after_a_time_note_in_brackets_ends_the_names() -> None:
    text = ("Minutes of PCC Meeting held on 1st May 2020\n\n"
            "Present were: Tony Bush (TB), Ann Boot (AB) (who left at 12:40), John Bon (JB) and Cy Dale "
            "(who arrived at 11:05 and left at 13:10). Mike Tope (MT) took the minutes in the secretary's absence.\n\n"
            "1. Minutes\nThe minutes were agreed.\n")
    assert _names(extract_text(text, format="text"), "present") == ["Tony Bush", "Ann Boot", "John Bon", "Cy Dale"]


def test_a_24_hour_clock_ends_the_sentence_before_the_roll() -> None:
    text = ("PLANNING COMMISSION MINUTES\nOCTOBER 28, 2008\n\n"
            "1. CALL TO ORDER AND ROLL CALL: Chair Perry called the meeting to order at 14:00. Chair Perry and "
            "Commissioners Woodruff, Johnston and Smolen answered the roll. A quorum was present.\n\n"
            "2. CITIZEN COMMENTS: None.\n")
    assert _names(extract_text(text, format="text"), "present") == ["Perry", "Woodruff", "Johnston", "Smolen"]


def test_meeting_fields_set_off_by_a_dash_are_no_items() -> None:
    text = ("Team name - Unreal Plat\n\nMembers present - Dylan, Kelson, Huy\n\nDate - 12/01/23\n\nTime - 5:07 PM\n\n"
            "Discussion points:\n\n* Added a file.\n* Fixed a merge conflict.\n\nGoals for next week\n\n"
            "* Wrap up the project.\n")
    record = extract_text(text, format="markdown")
    assert [s.title for s in record.sections] == ["Discussion points"]
    assert record.meeting.start_time == "17:07"
