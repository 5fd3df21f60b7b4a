"""The meeting's facts in forms small bodies' minutes write them: a "Minutes - <date>" line under the
body's name, who was in the chair, a title line of a date and a place."""

from __future__ import annotations

from notes_extract import extract_text


def test_a_minutes_date_line_dates_the_meeting_and_names_no_minute_taker() -> None:
    record = extract_text("Riverside Residents Association\nMinutes - March 5, 2024\n\n"
                          "Present: Ann Lee, Bob Stone, Carl West\n\n1. Treasurer report\nBalance is fine.\n\n"
                          "The next meeting will be held on April 2, 2024.\n", format="text")
    assert (record.meeting.date, record.meeting.minute_taker) == ("2024-03-05", None)
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bob Stone", "Carl West"]


def test_a_line_of_the_date_then_the_place_is_no_title() -> None:
    record = extract_text("ANNUAL GENERAL MEETING\nSaturday 4 May 2024 - St John's Church Hall\n\n"
                          "Present: Ann Lee, Bob Stone\n\n1. Apologies\nNone.\n", format="text")
    assert (record.meeting.title, record.meeting.location) == ("ANNUAL GENERAL MEETING", "St John's Church Hall")


_HEAD = "Garden Trust Committee\n9 April 2025\n\nPresent: Ann Lee, Bob Hart, Cat Ng\n"
_ITEMS = "\n\n1. Accounts\nThe accounts were read.\n\n2. Plants\nMore plants.\n"


def _officers(middle: str) -> tuple[str | None, str | None]:
    meeting = extract_text(_HEAD + middle + _ITEMS, format="text").meeting
    return meeting.chair, meeting.minute_taker


def test_the_office_written_after_a_role_lines_name_is_no_part_of_it() -> None:
    assert _officers("Chair: Ann Lee (Director)\nMinute-taker: Cat Ng (Secretary)") == ("Ann Lee", "Cat Ng")
    assert _officers("Note taker: Cat Ng – Clerk") == (None, "Cat Ng")
    assert _officers("Minute taker: Cat Ng, Clerk") == (None, "Cat Ng")


def test_who_was_in_the_chair_said_in_a_sentence() -> None:
    for sentence in ("The meeting opened at 7.30pm with Ann Lee in the chair.",
                     "As chair, Ann Lee welcomed everyone.", "Ann Lee, standing in as chair, welcomed the members.",
                     "Ann Lee, acting chair, opened the meeting.", "Ann Lee chaired.", "Ann Lee presiding."):
        assert _officers(sentence)[0] == "Ann Lee", sentence


def test_more_ways_of_naming_who_took_the_notes_or_chaired() -> None:
    for line in ("Taking notes: Cat Ng", "Recording secretary: Cat Ng", "Note-taker for this meeting: Cat Ng",
                 "Minuted by Cat Ng", "Cat Ng taking notes."):
        assert _officers(line)[1] == "Cat Ng", line
    assert _officers("Chair for this meeting: Ann Lee")[0] == "Ann Lee"


def test_a_line_of_the_hours_under_the_date_gives_the_times_and_is_no_item() -> None:
    record = extract_text("Garden Trust Committee\n9 April 2025\n7.30pm - 9.00pm\nVillage Hall" + _ITEMS,
                          format="text")
    assert (record.meeting.start_time, record.meeting.end_time) == ("19:30", "21:00")
    assert [s.title for s in record.sections] == ["Accounts", "Plants"]


def test_a_start_time_straight_after_the_verb() -> None:
    assert extract_text(_HEAD + "Meeting started 19:30" + _ITEMS, format="text").meeting.start_time == "19:30"


def test_a_title_line_of_the_name_the_date_and_the_place_set_apart_by_dashes() -> None:
    record = extract_text("# Garden Trust Committee - 9 April 2025 - Village Hall\n\nPresent: Ann Lee, Bob Hart\n\n"
                          "## Accounts\nThe accounts were read.\n", format="markdown")
    assert (record.meeting.title, record.meeting.location) == ("Garden Trust Committee", "Village Hall")


def test_a_next_meeting_still_to_be_confirmed_without_a_colon() -> None:
    for line in ("Next meeting to be confirmed.", "Next meeting date TBD."):
        next_meeting = extract_text(_HEAD + _ITEMS + "\n" + line + "\n", format="text").next_meeting
        assert next_meeting is not None and (next_meeting.date, next_meeting.tbc) == (None, True), line


def test_where_a_sentence_says_the_meeting_took_place_or_met() -> None:
    place = extract_text("Garden Trust Committee\nThe meeting took place at the Village Hall at 7pm on 9 April 2025."
                         + _ITEMS, format="text").meeting.location
    assert place == "Village Hall"
    record = extract_text("# Garden Trust Committee\n\n## Date, Time and Location\n\nThe meeting took place "
                          "virtually, via GoodConf, at 6:00pm on Tuesday, 9 April 2025.\n\n## Accounts\nRead.\n",
                          format="markdown")
    assert record.meeting.location == "GoodConf"


def test_title_and_place_lines_of_council_and_board_minutes() -> None:
    record = extract_text("Anytown Parish Council\nMinutes of the meeting held remotely via Zoom on 4 March 2024 at 7pm"
                          + _ITEMS, format="text")
    assert (record.meeting.title, record.meeting.location) == ("Anytown Parish Council", "Zoom")
    record = extract_text("Anytown Town Council\nMinutes of the Full Council meeting held on 4 March 2024 at the "
                          "Town Hall commencing at 7pm" + _ITEMS, format="text")
    assert record.meeting.location == "Town Hall"
    record = extract_text("Board of Trustees Regular Meeting\nMarch 4, 2024 – 6:00 PM\nLibrary Meeting Room\n\n"
                          "Present: Ann Lee, Bob Hart" + _ITEMS, format="text")
    assert record.meeting.location == "Library Meeting Room"


def test_the_minutes_standing_in_brackets_is_no_part_of_the_title() -> None:
    for line in ("# [DRAFT] Garden Club Committee Meeting", "# Garden Club Committee Meeting (Approved)"):
        title = extract_text(line + "\n\nPresent: Ann Lee\n\n## Accounts\nRead.\n", format="markdown").meeting.title
        assert title == "Garden Club Committee Meeting", line


def test_a_date_opening_the_title_line_leaves_no_place() -> None:
    record = extract_text("# 2024-03-04 — Garden Club Committee meeting notes\n\nPresent: Ann Lee\n\n## Accounts\n"
                          "Read.\n", format="markdown")
    assert record.meeting.location is None


def test_a_title_line_of_the_body_a_colon_and_the_meeting() -> None:
    title = extract_text("# Garden Club: Committee Meeting Minutes\n\nPresent: Ann Lee\n\n## Accounts\nRead.\n",
                         format="markdown").meeting.title
    assert title == "Garden Club: Committee Meeting Minutes"


def test_a_title_line_of_the_body_then_the_date_and_hours() -> None:
    for line in ("# Garden Trust Committee: 4 March 2024, 18:00-19:00 UTC",
                 "# Garden Trust Committee — 2024-03-04 (15:00–16:00 UTC)"):
        title = extract_text(line + "\n\nPresent: Ann Lee\n\n## Accounts\nRead.\n", format="markdown").meeting.title
        assert title == "Garden Trust Committee", line


def test_officers_in_short_bullets_and_on_one_line() -> None:
    assert _officers("- Ann Lee chairing\n- Cat Ng minuting") == ("Ann Lee", "Cat Ng")
    assert _officers("- Facilitated by Ann Lee\n- Cat Ng is taking notes") == ("Ann Lee", "Cat Ng")
    assert _officers("Ann Lee (Chair); Cat Ng (Minutes)") == ("Ann Lee", "Cat Ng")
    assert _officers("- Chair: Ann Lee Scribe: Cat Ng")[0] == "Ann Lee"


def test_the_next_meeting_said_as_meeting_again() -> None:
    for line in ("The committee will next meet on 14 May 2025.", "We will meet again on 14 May 2025."):
        next_meeting = extract_text(_HEAD + _ITEMS + "\n" + line + "\n", format="text").next_meeting
        assert next_meeting is not None and next_meeting.date == "2025-05-14", line


def test_a_heading_over_the_members_is_no_title() -> None:
    text = "Garden Trust\n\n**Trust Members**\n\n- Ann Lee\n- Bob Hart\n\n## Accounts\nRead.\n"
    assert extract_text(text, format="markdown").meeting.title == "Garden Trust"


def test_a_place_broken_over_the_title_blocks_lines() -> None:
    for head in ("MINUTES OF THE MEETING OF ANYTOWN COUNCIL HELD IN THE\nCOUNCIL CHAMBER, CIVIC OFFICES,\n"
                 "ON MONDAY 4 MARCH 2024",
                 "MINUTES OF THE MEETING OF ANYTOWN COUNCIL HELD IN THE COUNCIL\nCHAMBER, CIVIC OFFICES,\n"
                 "ON MONDAY 4 MARCH 2024"):
        assert extract_text(head + _ITEMS, format="text").meeting.location == "COUNCIL CHAMBER, CIVIC OFFICES", head


def test_the_address_lines_under_a_title_blocks_place() -> None:
    record = extract_text("Board of Trustees\nRegular Meeting\nMarch 4, 2024\n6:00 PM\nBoard Room\n100 Main Street\n"
                          "Springfield, IL 62701\n\nPresent: Ann Lee" + _ITEMS, format="text")
    assert record.meeting.location == "Board Room, 100 Main Street, Springfield, IL 62701"


def test_the_chair_named_with_the_office_between_commas_opening_the_meeting() -> None:
    assert _officers("Ann Lee, Chair, welcomed everyone.")[0] == "Ann Lee"


def test_a_title_block_line_of_the_place_then_the_time() -> None:
    meeting = extract_text("Garden Trust Committee\n9 April 2025\nVillage Hall, 7.30pm\n\nPresent: Ann Lee" + _ITEMS,
                           format="text").meeting
    assert (meeting.location, meeting.start_time) == ("Village Hall", "19:30")


def test_start_and_finish_time_labels_without_a_colon() -> None:
    meeting = extract_text(_HEAD + "Start time 7pm\nFinish time 9.05pm" + _ITEMS, format="text").meeting
    assert (meeting.start_time, meeting.end_time) == ("19:00", "21:05")


def test_a_blank_to_sign_on_is_no_chair() -> None:
    assert _officers("Chairperson: ______________________")[0] is None
