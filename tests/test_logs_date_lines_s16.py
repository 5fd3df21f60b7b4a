"""Hand-typed logs whose entries open with a date line written with more than the date: the
meeting's hours and where it was ("05/03/2024 19:00-20:30", "1/23/24: 5:30 Zoom, Library"), or a
day restated in other words by the line over its notes ("1/16/24:" over the plan, then "Team
meeting 1/16:"). All names and lines are invented."""

from __future__ import annotations

from notes_extract import extract_all

_NOTES = "- The budget was reviewed.\n- Ivo to send the figures.\n"


def _dates(text: str) -> list[str]:
    return [str(r.meeting.date) for r in extract_all(text.encode(), format="text")]


def test_date_lines_with_the_meetings_hours_open_the_entries() -> None:
    log = "Allotment group log\n\n" + "\n".join(
        f"{day:02d}/03/2024 19:00-20:30\n{_NOTES}" for day in (5, 12, 19))
    assert _dates(log) == ["2024-03-05", "2024-03-12", "2024-03-19"]


def test_the_first_date_line_with_hours_and_a_place_is_an_entry_not_the_preamble() -> None:
    log = (f"1/23/24: 5:30 Zoom, Library\n{_NOTES}\n1/30/24:\n{_NOTES}\n2/6/24:\n{_NOTES}")
    records = extract_all(log.encode(), format="text")
    assert [str(r.meeting.date) for r in records] == ["2024-01-23", "2024-01-30", "2024-02-06"]
    assert "Zoom" not in " ".join(s.title for s in records[1].sections)  # the first entry's line is its own


def test_a_date_line_and_a_sentence_after_its_hours_stay_notes() -> None:
    text = ("Club committee meeting\n\nPresent: Ivo Park, Lea Moss\n\n"
            "12/04/2024 at 7pm the quiz starts. Lea will run it.\n- Tickets are on sale.\n\n"
            "19/04/2024 at 7pm the hall is booked. Ivo will set up.\n- Chairs are needed.\n")
    assert len(extract_all(text.encode(), format="text")) == 1


def test_a_day_restated_over_its_notes_is_one_meeting() -> None:
    log = ("1/9/24:\n- Picked the topic.\n- Ivo to book the room.\n\n"
           "1/16/24:\n- Plan: survey draft\n- Plan: poster sketch\n\n"
           "Team meeting 1/16:\n- Survey draft reviewed.\n- Lea will print the poster.\n\n"
           "1/23/24:\n- Survey sent.\n- Ivo to count the replies.\n\n"
           "1/30/24:\n- Replies counted.\n- Lea to write the report.\n")
    records = extract_all(log.encode(), format="text")
    assert [str(r.meeting.date) for r in records] == ["2024-01-09", "2024-01-16", "2024-01-23", "2024-01-30"]
    assert any("Lea" in a.text or "Lea" in " ".join(a.owners) for a in records[1].actions)


def test_a_title_whose_date_the_next_line_restates_stays_one_meeting() -> None:
    text = ("Minutes Website Team Meeting 2015-11-02\n\nWebsite Team Meeting 2nd Nov 2015\n\n"
            "Participants: Ivo, Lea, Tam\n\nPrevious meeting notes: Minutes Website Team Meeting 2015-10-26\n\n"
            "Design Meeting: Minutes Design Meeting 2015-10-26\n\n  - Need a new logo\n  - Lea will ask a designer\n")
    assert len(extract_all(text.encode(), format="text")) == 1


_SPRINT_MEETING = """Weekly sync of the app team, notes taken by Ivo during the call on the usual channel.

Attendees: Ivo, Lea, Tam, Rob
Chair: Lea

### **Sprint 4 Review:**
- Login page shipped.
- The demo went well.

### **Sprint 5 Plan:**
- Finish the search index.

### **Printing:**
- The printer is back.

### **Budget:**
- We are within the budget.

### **Next Steps:**
- Tam will update the board.
"""


def test_numbered_headings_leading_a_meetings_item_headings_are_items() -> None:
    records = extract_all(_SPRINT_MEETING.encode(), format="markdown")
    assert len(records) == 1
    assert [s.title for s in records[0].sections][:2] == ["Sprint 4 Review", "Printing"]  # a plan is its tasks


def test_numbered_entries_with_their_parts_between_them_are_a_log() -> None:
    log = "".join(f"## Sprint {n}\n\n### Done\n- Item {n} shipped.\n\n### Next\n- Tam will test item {n}.\n\n"
                  for n in (1, 2, 3))
    assert len(extract_all(log.encode(), format="markdown")) == 3
    same_level = "".join(f"## Sprint {n}\n- Item {n} shipped.\n\n" for n in (1, 2, 3)) + "## Summary\n- All shipped.\n"
    assert len(extract_all(same_level.encode(), format="markdown")) == 3


def test_the_time_beside_a_month_first_date_is_the_meetings_start() -> None:
    log = f"1/23/24: 5:30pm Zoom\n{_NOTES}\n1/30/24: 6:15pm\n{_NOTES}"
    assert [r.meeting.start_time for r in extract_all(log.encode(), format="text")] == ["17:30", "18:15"]


def test_plain_date_lines_naming_their_meeting_open_the_entries() -> None:
    for head in ("{d:02d}/03/24 Team meeting", "{d} March 2024: Committee meeting"):
        log = "\n".join(head.format(d=d) + "\n" + _NOTES for d in (5, 12, 19))
        assert _dates(log) == ["2024-03-05", "2024-03-12", "2024-03-19"], head


def test_date_time_labels_open_info_blocks() -> None:
    log = "\n".join(f"Date/Time: {d} March 2024, 7pm\nVenue: Hall\n{_NOTES}" for d in (5, 12))
    assert _dates(log) == ["2024-03-05", "2024-03-12"]


def test_a_list_of_future_meetings_stays_in_its_meeting() -> None:
    text = ("Club committee 4 March 2024\nPresent: Ivo Park, Lea Moss\n\n1. Finance\nThe balance is fine.\n\n"
            "2. Dates of future meetings\n8 April 2024 Committee meeting\n13 May 2024 Committee meeting\n"
            "10 June 2024 Annual meeting\n")
    assert _dates(text) == ["2024-03-04"]


def test_a_person_listed_in_another_entrys_attendance_owns_a_task() -> None:
    log = ("# Team log\n\n## Week 1 - 15 January 2024\nAttendees: Ivo, Lea, Tam\n- Topic chosen.\n\n"
           "## Week 2 - 22 January 2024\nAttendees: Ivo, Lea\n- Tam to draft the proposal.\n")
    second = extract_all(log.encode(), format="markdown")[1]
    assert [(a.text, [o.text for o in a.owners]) for a in second.actions] == [("Tam to draft the proposal.", ["Tam"])]


def test_date_lines_with_the_meetings_place_open_the_entries() -> None:
    for head in ("{d} March 2024 – Room 4", "{d} March 2024 @ Village Hall", "{d:02d}/03/2024 - Zoom"):
        log = "\n".join(head.format(d=d) + "\n" + _NOTES for d in (5, 12, 19))
        assert _dates(log) == ["2024-03-05", "2024-03-12", "2024-03-19"], head


def test_dated_events_with_their_titles_stay_in_the_meeting() -> None:
    text = ("Club committee 4 March 2024\nPresent: Ivo Park, Lea Moss\n\nEvents\n"
            "12 April 2024 – Quiz night at the hall\nLea will run it.\n- Tickets on sale.\n\n"
            "10 May 2024 – Spring Fair\nIvo will book stalls.\n- Posters needed.\n")
    assert _dates(text) == ["2024-03-04"]


def test_a_short_name_in_capitals_after_the_hours_is_the_place() -> None:
    log = "\n".join(f"{d}/03/24: 5:30 PM, SU\n{_NOTES}" for d in (5, 12, 19))
    records = extract_all(log.encode(), format="text")
    assert [str(r.meeting.date) for r in records] == ["2024-03-05", "2024-03-12", "2024-03-19"]


def test_timed_events_with_their_titles_stay_in_the_meeting() -> None:
    events = ("Club committee\nPresent: Ivo Park, Lea Moss\n\nEvents\n"
              "12/04/2024 19:00 – Quiz night\nLea will run it.\n\n"
              "10/05/2024 14:00 – Spring fair\nIvo will book stalls.\n\n"
              "14/06/2024 18:30 – BBQ\nTam will buy food.\n")
    fixtures = ("Club committee 4 March 2024\n\nFixtures\n12/04/2024 19:00 Home v Rovers\n- Lea will run the bar.\n\n"
                "10/05/2024 14:00 Away v City\n- Ivo will drive.\n\n"
                "14/06/2024 18:30 Home v Town\n- Tam will buy food.\n")
    assert len(extract_all(events.encode(), format="text")) == 1
    assert len(extract_all(fixtures.encode(), format="text")) == 1
