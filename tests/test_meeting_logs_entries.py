"""Logs of several meetings, round 3: entries headed "Date: <date>", compact dates, headings whose
style changes part way, and a project preamble that belongs to no meeting (invented logs)."""

from notes_extract import extract_all

DATE_LABEL_HEADINGS = b"""# Working Group Notes

## Date: 14th March 2023

### Participants:
- Ola Berg
- Tim Novak

We reviewed the glossary.

------------------------------------------------

## Date: 7th March 2023

### Participants:
- Ola Berg

We listed the open questions.
"""


def test_headings_labelled_date_split_a_log() -> None:
    records = extract_all(DATE_LABEL_HEADINGS, format="markdown")
    assert [r.meeting.date for r in records] == ["2023-03-14", "2023-03-07"]
    assert [len(r.attendance.present) for r in records] == [2, 1]


COMPACT_DATES = b"""# Notes of the registry calls

# 20230411

Attendees: Ola Berg, Tim Novak

Talked about the schema.

# 20230328

Attendees: Ola Berg

Talked about the timeline.
"""


def test_compact_date_headings_split_a_log() -> None:
    records = extract_all(COMPACT_DATES, format="markdown")
    assert [r.meeting.date for r in records] == ["2023-04-11", "2023-03-28"]


def test_a_number_in_prose_is_no_compact_date() -> None:
    text = b"# Notes\n\nOrder 20230411 shipped.\n\nOrder 20230328 shipped.\n"
    assert len(extract_all(text, format="markdown")) == 1


MIXED_STYLES_WITH_PREAMBLE = b"""# Bike Share App

An app to book shared bikes around campus.

## Features:
- Map of free bikes
- Booking history

## Week 1 Meeting:
Set up the repository

## Week 2 Meeting:
Drew the first screens

## 3/14/23
Wrote the booking service

## 3/21/23
Tested the map view
"""


def test_a_heading_level_that_changes_style_part_way_splits_at_every_entry() -> None:
    records = extract_all(MIXED_STYLES_WITH_PREAMBLE, format="markdown")
    assert len(records) == 4
    assert [r.meeting.date for r in records][2:] == ["2023-03-14", "2023-03-21"]


def test_a_project_preamble_with_parts_of_its_own_belongs_to_no_meeting() -> None:
    records = extract_all(MIXED_STYLES_WITH_PREAMBLE, format="markdown")
    assert records[0].meeting.title == "Bike Share App"
    assert all("around campus" not in record.model_dump_json() for record in records)


WORK_SPLIT = b"""# Robot team

## 2024.02.02

1. We talked about the report
2. Mara: Motor Control, Ivo, Lena: Sensor Board

## 2024.02.09

1. Split up the demo
2. Ivo (wiring) and Lena (tests): line following
"""


def test_work_split_lines_are_actions_of_the_people_they_name() -> None:
    first, second = extract_all(WORK_SPLIT, format="markdown")
    assert [(a.text, [o.name for o in a.owners]) for a in first.actions] == [
        ("Motor Control", ["Mara"]), ("Sensor Board", ["Ivo", "Lena"])]
    assert [(a.text, [o.name for o in a.owners]) for a in second.actions] == [("line following", ["Ivo", "Lena"])]
    assert not any(s.title in ("Mara", "Ivo (wiring) and Lena (tests)") for r in (first, second) for s in r.sections)


def test_a_label_over_a_value_is_no_work_split() -> None:
    from notes_extract.segment.worksplit import work_split
    assert work_split("Moved and Seconded: Carried") == []
    assert work_split("Venue: Town Hall") == []
    assert work_split("Decided on teams: Mara, Ivo for team 1") == []


def test_two_meetings_of_one_day_each_headed_by_the_date_are_two_entries() -> None:
    log = (b"# Team notes\n\n## 02/06/2023\nAttendees: Ana Ruiz, Ben Okafor\n- Reviewed the wireframes\n\n"
           b"## 02/06/2023\nAttendees: Ana Ruiz, Chloe Tan\n- Client call about scope\n\n"
           b"## 02/13/2023\nAttendees: Ana Ruiz, Ben Okafor\n- Sprint review\n\n"
           b"## 02/20/2023\nAttendees: Ana Ruiz\n- Demo preparation\n")
    records = extract_all(log, format="markdown")
    assert [r.meeting.date for r in records] == ["2023-02-06", "2023-02-06", "2023-02-13", "2023-02-20"]
    assert [p.name for p in records[1].attendance.present] == ["Ana Ruiz", "Chloe Tan"]


def test_a_date_repeated_in_other_words_is_not_a_second_entry() -> None:
    # "Voting agenda, 17 September" and a bare "17 September" later: one meeting's own dates
    text = (b"Licensing board\n\nVoting agenda, 17 September 2020\n\nPresent: Ann Lee, Raj Patel\n\n"
            b"1. Application by the corner shop: granted.\n\nHearings held 16 September 2020\n\n"
            b"2. Application by the cafe: deferred.\n\n17 September 2020\n\nSigned by the chair.\n")
    assert len(extract_all(text, format="text")) == 1


_ENTRY = b"Attendees: Ana Ruiz, Ben Okafor\n- Reviewed progress\n- Ben to fix the bug\n\n"


def test_a_heading_that_is_a_date_without_its_year_is_an_entry_of_the_log() -> None:
    log = b"# Log\n\n## 5 March 2024\n" + _ENTRY + b"## 12 March\n" + _ENTRY + b"## 19 March 2024\n" + _ENTRY
    assert [r.meeting.date for r in extract_all(log, format="markdown")] == ["2024-03-05", "2024-03-12", "2024-03-19"]


def test_one_empty_entry_does_not_make_the_log_one_meeting() -> None:
    log = (b"# Log\n\n## 5 March 2024\n" + _ENTRY + b"## 12 March 2024\n\n## 19 March 2024\n" + _ENTRY +
           b"## 26 March 2024\n" + _ENTRY)
    records = extract_all(log, format="markdown")
    assert [r.meeting.date for r in records] == ["2024-03-05", "2024-03-12", "2024-03-19", "2024-03-26"]
    assert records[1].attendance.present == []
