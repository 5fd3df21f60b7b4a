"""Meeting facts in forms found by the eighteenth session's invented batteries: a 24-hour clock without its
colon, a call to order naming the meeting, a meeting held or taking place at a time, a clock's colon in a
numbered line, presiding officers in brackets, an office before the name that presided, ..."""

from __future__ import annotations

from notes_extract import extract_text
from notes_extract.extractors.officers import meeting_officers
from notes_extract.models import Attendance
from notes_extract.people import roster_of

_ITEMS = "\n\nPresent: Ann Lee, Bob Hart, Cat Ng\n\n1. Accounts\nThe accounts were read.\n\n2. Plants\nMore plants.\n"


def _meeting(head: str, fmt: str = "text", tail: str = ""):
    return extract_text(head + _ITEMS + tail, format=fmt).meeting


def test_a_24_hour_clock_without_its_colon_after_at() -> None:
    for line in ("The Chair convened the meeting with a prayer at 1930.", "The meeting began at 1930 hrs."):
        assert _meeting("Garden Trust\n9 April 2025", tail=f"\n{line}\n").start_time == "19:30", line
    assert _meeting("Garden Trust\n9 April 2025", tail="\nThe meeting finished at 2105.\n").end_time == "21:05"
    # a street's number is no clock
    assert _meeting("Garden Trust\n9 April 2025\n\nThe new library opened at 1200 Main Street last year."
                    ).start_time is None


def test_a_call_to_order_naming_the_meeting() -> None:
    line = "Mayor Ann Lee called a Regular Meeting of the Garden Trust Council to order at 7:00 p.m."
    assert _meeting("Garden Trust\n9 April 2025", tail=f"\n{line}\n").start_time == "19:00"


def test_a_meeting_held_or_taking_place_at_a_time() -> None:
    for line in ("The meeting was held at 7.30pm.", "The meeting took place virtually, via GoodConf, at 7:30pm."):
        assert _meeting("Garden Trust\n9 April 2025", fmt="markdown", tail=f"\n{line}\n").start_time == "19:30", line
    for line in ("The fete was held at 2pm.", "The meeting agreed that the next one was held at 2pm."):
        assert _meeting("Garden Trust\n9 April 2025", fmt="markdown", tail=f"\n{line}\n").start_time is None, line


def test_a_clock_time_in_a_numbered_line_is_no_title_and_text() -> None:
    text = ("Residents' Meeting, 16 November 2025\n\n  1. Meeting starts 08:43\n  2. Garden\n    * Bins are full.\n"
            "  3. Kitchen\n    * The oven is fixed.\n  4. Money\n    * The rent is paid.\n")
    assert extract_text(text, format="text").meeting.start_time == "08:43"


def test_presiding_in_brackets_and_an_office_after_the() -> None:
    for line in ("Present: Ann Lee [Presiding Member], Bob Hart", "Present: Ann Lee (presiding), Bob Hart",
                 "The Vicar, Rev. Ann Lee, presided.", "Cllr Ann Lee in the Chair"):
        assert _meeting("Garden Trust\n9 April 2025\n" + line).chair == "Ann Lee", line


def test_a_chair_line_keeps_an_honorific_and_initials_with_their_full_stops() -> None:
    chair, _ = meeting_officers(Attendance(), [], ["Presiding: Cllr. O. Lee."], roster_of(Attendance()))
    assert chair == "O. Lee"


def test_a_rooms_number_is_no_clock_and_a_room_after_the_date_and_hours_is_the_place() -> None:
    assert _meeting("Garden Trust\nCommittee Meeting, 9 April 2025, Room 2.14, Civic Centre").location == \
        "Room 2.14, Civic Centre"
    assert _meeting("Faculty Meeting April 9, 2025 12:15-1:50 Room B101").location == "Room B101"


def test_the_place_a_call_to_order_names_a_room_code_or_a_street_address() -> None:
    line = ("President Ann Lee called Senate Meeting 12 to order at 5:38 p.m. on Wednesday, 9 April 2025, "
            "in Room B45 EERC.")
    assert _meeting(f"Garden Senate\n\n{line}").location == "Room B45 EERC"
    line = ("Mayor Ann Lee called a Regular Meeting of the Garden Council to order at 7:00 p.m. in the Council "
            "Chambers of City Hall, 3400 Main Boulevard, on April 9, 2025.")
    assert _meeting(f"Garden Council\n\n{line}").location == "Council Chambers of City Hall, 3400 Main Boulevard"


def test_a_service_in_brackets_or_after_the_room_it_joined() -> None:
    assert _meeting("Garden Trust\nTuesday 9 April 2025 (Zoom)").location == "Zoom"
    assert _meeting("Garden Trust AGM\n9 April 2025\nGarden Offices, Riverside, by Zoom and streamed online"
                    ).location == "Garden Offices, Riverside"


def test_the_next_meeting_on_a_service() -> None:
    for line, place in (("The next meeting is on Monday 23 March 2026 at 3pm on Zoom.", "Zoom"),
                        ("Date of next meeting: Wednesday 17th of June 2026, 16:00, Skype", "Skype")):
        record = extract_text("Garden Trust\n9 March 2026" + _ITEMS + "\n" + line + "\n", format="text")
        assert record.next_meeting is not None and record.next_meeting.location == place, line


def test_a_next_meeting_named_without_a_date_is_announced_undated() -> None:
    text = "Garden Trust\n9 March 2026" + _ITEMS + "\nThe budget was deferred to the next Board meeting.\n"
    record = extract_text(text, format="text")
    assert record.next_meeting is not None
    assert (record.next_meeting.date, record.next_meeting.tbc) == (None, False)
    # the minutes' own stamp names no meeting to come
    record = extract_text("DRAFT - subject to approval at the next meeting\nGarden Trust\n9 March 2026" + _ITEMS,
                          format="text")
    assert record.next_meeting is None


def _writer(line: str) -> str | None:
    head = "# Team Sync - 4 March 2025\n\n**Attendees:** Ann Lee, Bo Ode, Dee Fox\n"
    record = extract_text(head + line + "\n\n## Updates\n- Ann finished the parser.\n", format="markdown")
    return record.meeting.minute_taker


def test_more_ways_of_naming_who_took_the_minutes() -> None:
    for line in ("Note Taker(s): Dee Fox", "Minutes Secretary: Dee Fox", "Taken by: Dee Fox", "Note-taking: Dee Fox",
                 "Recorded by Dee Fox", "Meeting notes by Dee Fox", "Dee Fox agreed to take notes.",
                 "Dee Fox volunteered to take the minutes."):
        assert _writer(line) == "Dee Fox", line
    assert _writer("Notes by @dee") == "@dee"
    chair, _ = meeting_officers(Attendance(), [], ["Chair(s): Ann Lee"], roster_of(Attendance()))
    assert chair == "Ann Lee"


def test_the_writer_named_in_front_matter() -> None:
    text = "---\ntitle: Team Sync\nnotetaker: Dee Fox\n---\n\n# Team Sync - 4 March 2025\n\n## Updates\n- Done.\n"
    assert extract_text(text, format="markdown").meeting.minute_taker == "Dee Fox"


def test_a_formal_records_day_of_the_month_and_same_time_next_week() -> None:
    assert _meeting("Garden Trust\nMinutes of the meeting held on the 4th day of March 2025").date == "2025-03-04"
    record = extract_text("Garden Trust\n9 March 2026" + _ITEMS + "\nNext meeting: same time next week.\n",
                          format="text")
    assert record.next_meeting is not None and record.next_meeting.date == "2026-03-16"


def test_hours_and_minutes_parted_by_an_h() -> None:
    assert _meeting("Garden Trust\nDate: 9 April 2025\nTime: 19h30").start_time == "19:30"
