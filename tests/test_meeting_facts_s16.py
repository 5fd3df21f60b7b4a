"""Meeting facts in forms found by the sixteenth session's invented batteries: an abbreviation's full stop
inside a place, a lower-case "the" before a title line's place, ..."""

from __future__ import annotations

from notes_extract import extract_text

_ITEMS = "\n\nPresent: Ann Lee, Bob Hart, Cat Ng\n\n1. Accounts\nThe accounts were read.\n\n2. Plants\nMore plants.\n"


def _meeting(head: str, fmt: str = "text"):
    return extract_text(head + _ITEMS, format=fmt).meeting


def test_an_abbreviations_full_stop_does_not_end_the_place() -> None:
    for line, place in (("Minutes of the meeting held at St. John's Hall on 9 April 2025", "St. John's Hall"),
                        ("MINUTES OF THE MEETING HELD AT ST. MARY'S CHURCH HALL ON 9 APRIL 2025",
                         "ST. MARY'S CHURCH HALL"),
                        ("Minutes of the meeting held at Mt. Pleasant School on 9 April 2025", "Mt. Pleasant School")):
        assert _meeting("Garden Trust\n" + line).location == place, line


def test_a_lower_case_the_before_a_title_lines_place() -> None:
    assert _meeting("Garden Trust\nTuesday 9 April 2025, 7.30pm at the Village Hall").location == "Village Hall"
    assert _meeting("Garden Trust\nTuesday 9 April 2025 at 7.30pm in the Village Hall").location == "Village Hall"


def test_a_held_at_place_keeps_its_address_its_own_the_and_a_rooms_number() -> None:
    for line, place in (("Minutes of the meeting held at the Village Hall, 12 Church Lane on 9 April 2025",
                         "Village Hall, 12 Church Lane"),
                        ("Minutes of the meeting held in The Old Hall on 9 April 2025", "The Old Hall"),
                        ("Meeting held in Room 2.05, Main Building, on 9 April 2025", "Room 2.05, Main Building"),
                        ("Minutes of the meeting held at the Village Hall, 7 PM, 9 April 2025", "Village Hall")):
        assert _meeting("Garden Trust\n" + line).location == place, line


def test_a_labelled_opening_with_a_unit_an_at_sign_or_another_zone_outranks_the_time_called() -> None:
    for line in ("Meeting called to order: 19:05 hrs.", "Opened: 19:05 sharp.",
                 "Meeting called to order @ 7:05 PM EST (00:05 UTC)", "Meeting started: 19:05 (18:05 UTC)"):
        assert _meeting("Garden Trust\n9 April 2025\nTime: 19:00\n" + line).start_time == "19:05", line


def test_an_at_sign_before_the_opening_time_in_a_sentence() -> None:
    assert _meeting("Garden Trust\n9 April 2025\nAnn opened the meeting @ 7:05pm.").start_time == "19:05"


def _officers(lines: str) -> tuple[str | None, str | None]:
    meeting = _meeting("Garden Trust\n9 April 2025\n" + lines)
    return meeting.chair, meeting.minute_taker


def test_several_role_fields_on_one_line() -> None:
    for line in ("Chair: Ann Lee; Minutes: Cat Ng; Timekeeper: Bob Hart", "Chair: Ann Lee, Minutes: Cat Ng",
                 "Chair: Ann Lee    Minutes: Cat Ng", "Chair: Ann Lee Scribe: Cat Ng"):
        assert _officers(line) == ("Ann Lee", "Cat Ng"), line


def test_one_person_in_two_roles() -> None:
    assert _officers("Chair & Minutes: Cat Ng") == ("Cat Ng", "Cat Ng")


def test_an_election_line_of_offices_names_no_minute_taker() -> None:
    assert _officers("- Election of Officers – Chairman: Ann Lee; Secretary: Cat Ng")[1] is None


def test_the_records_name_around_the_meetings_is_no_part_of_the_title() -> None:
    for line in ("# Garden Club Meeting Summary", "# Garden Club Agenda 9 April 2025",
                 "# Summary of the Garden Club meeting", "# Garden Club - Meeting Summary - 9 April 2025",
                 "# Garden Club Recap"):
        title = extract_text(line + "\n\n9 April 2025\n\nPresent: Ann Lee, Bob Hart\n\n## Accounts\nRead.\n",
                             format="markdown").meeting.title
        assert title in ("Garden Club", "Garden Club Meeting", "Garden Club meeting"), line


def test_a_generic_meeting_keeps_its_records_name() -> None:
    text = "# Board Meeting Summary\n\n9 April 2025\n\nQuick notes from the call.\n\n## Accounts\nRead.\n"
    title = extract_text(text, format="markdown").meeting.title
    assert title == "Board Meeting Summary"


_BODY = "Garden Trust Committee\n9 April 2025\n\nPresent: Ann Lee, Bob Hart\n\n1. Accounts\nRead.\n\n" \
    "2. Plants\nMore.\n\n"
_NEXT_ON = "The next meeting will be held on:\nWednesday 14 May 2025 at 7pm at the Village Hall\n"


def test_a_next_meeting_sentence_ending_in_a_colon_over_its_date() -> None:
    for fmt in ("text", "markdown"):
        found = extract_text(_BODY + _NEXT_ON, format=fmt).next_meeting
        assert found is not None and (found.date, found.start_time, found.location) == ("2025-05-14", "19:00",
                                                                                        "Village Hall"), fmt


def test_the_next_meetings_date_earlier_in_its_sentence() -> None:
    for line in ("It was agreed that Wednesday 14 May 2025 would be the date of the next meeting.",
                 "14 May 2025 was set as the date for the next meeting."):
        found = extract_text(_BODY + line + "\n", format="text").next_meeting
        assert found is not None and found.date == "2025-05-14", line
    found = extract_text(_BODY + "The fete on 14 May 2025 will be discussed at the next meeting.\n",
                         format="text").next_meeting
    assert found is None or found.date is None  # named, undated (GOLD R13b)


def test_the_next_meetings_place() -> None:
    for line, place in (("Next meeting: 14 May 2025, 7pm, Village Hall", "Village Hall"),
                        ("Next meeting: 14 May 2025 at 7pm at Ann Lee's house.", "Ann Lee's house"),
                        ("The next meeting will be on 14 May 2025 at Ann Lee's house at 7pm.", "Ann Lee's house"),
                        ("Next meeting on 14 May at 7pm in Room 4.", "Room 4"),
                        ("The next meeting will be on 14 May 2025 at Ann Lee's place at 7pm.", "Ann Lee's place")):
        found = extract_text(_BODY + line + "\n", format="text").next_meeting
        assert found is not None and found.location == place, line
    found = extract_text(_BODY + "Next meeting: 14 May 2025, 7pm, to be confirmed\n", format="text").next_meeting
    assert found is not None and found.location is None


def test_a_title_lines_place_before_its_date() -> None:
    assert _meeting("Garden Trust\nCommittee Meeting - Village Hall, 9 April 2025, 7pm").location == "Village Hall"
    assert _meeting("Garden Trust AGM | St John's Church Hall | 9 April 2025").location == "St John's Church Hall"


def test_the_welcome_opens_the_meeting() -> None:
    assert _meeting("Garden Trust\n9 April 2025\n\n1. Welcome\nAnn welcomed everyone at 7.32pm.").start_time == "19:32"
