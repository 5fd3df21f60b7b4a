"""Shapes of notes kept on shared pages by technical groups: headings typed without Markdown's space
("##1. Budget"), and a page holding two meetings, each under the same title with its own "Date |
Time" table. All names and lines are invented."""

from __future__ import annotations

import datetime as dt

from notes_extract import extract, extract_all
from notes_extract.extractors.context import Context
from notes_extract.extractors.owner_marks import mark_line_owners
from notes_extract.people import Roster


def test_headings_typed_without_a_space_after_the_hashes_are_headings() -> None:
    record = extract(b"# Tooling call\n\n##1. Release plan\n* Ship in May.\n\n##2. Docs\n* Rewrite the intro.\n"
                     b"\n#hashtag-channel is where we chat.\n", format="markdown")
    assert [s.title for s in record.sections] == ["Release plan", "Docs"]


def _entry(date: str) -> str:
    return (f"# Codec WG -- Interim Meeting\n\n| Date | Time |\n|---|---|\n| {date} | 21:00 UTC |\n"
            "| **Note** | Times are UTC |\n\n## Roll call\n* Ann Lee\n* Bo Ode\n\n"
            "## Issues\n* The parser bug was discussed at length.\n")


def test_two_meetings_each_under_its_title_and_date_table_are_two_records() -> None:
    records = extract_all((_entry("2024-05-28") + "\n" + _entry("2024-04-23")).encode(), format="markdown")
    assert [r.meeting.date for r in records] == ["2024-05-28", "2024-04-23"]
    assert all([p.name for p in r.attendance.present] == ["Ann Lee", "Bo Ode"] for r in records)


def test_an_action_table_with_a_date_column_opens_no_meeting() -> None:
    table = ("| Action | Owner | Date |\n|---|---|---|\n| Fix the parser | Ann Lee | 2024-06-01 |\n"
             "| Update the docs | Bo Ode | 2024-06-08 |\n| Tag the release | Ann Lee | 2024-06-15 |\n")
    data = "# Codec WG meeting 28 May 2024\n\n## Actions\n" + table + "\n## Later actions\n" + table
    assert len(extract_all(data.encode(), format="markdown")) == 1


def test_names_ending_several_headings_present_those_items() -> None:
    record = extract("# Codec WG session\n\n## 01- Parser feedback (Ann Lee)\n* Works well.\n\n"
                     "## 02- \"Faster decoding\" (François Ode)\n* Benchmarks shown.\n\n"
                     "## 03- Low latency (Cy V. Rand)\n* Two drafts.\n\n## 04- Wrap-up\n* Thanks all.\n".encode(),
                     format="markdown")
    assert [(s.title, s.presenter) for s in record.sections] == [
        ("Parser feedback", "Ann Lee"), ("Faster decoding", "François Ode"), ("Low latency", "Cy V. Rand"),
        ("Wrap-up", None)]


def test_one_bracketed_name_in_one_heading_stays_part_of_its_title() -> None:
    record = extract(b"# Club meeting\n\n12 March 2024\n\n## Repairs (Green Lane)\n* Done.\n\n"
                     b"## Grant from Ann Lee\n* Received.\n", format="markdown")
    assert [s.presenter for s in record.sections] == [None, None]


def test_an_action_label_over_a_whole_task_names_no_owners_for_the_line_above() -> None:
    ctx = Context(roster=Roster(["Ann Lee", "Bo Ode"]), meeting_date=dt.date(2024, 3, 12), day_first=True,
                  names=frozenset({"Ann", "Bo", "May"}))  # words the document uses as names
    assert mark_line_owners("ACTION: Ann to request a room for May.", ctx) is None  # the task itself
    assert mark_line_owners("ACTION: Bo will book the hall", ctx) is None
    assert mark_line_owners("ACTION: Ann, Bo", ctx) == (["Ann", "Bo"], None)  # a mark, no deadline in it


def test_attendees_listed_a_line_per_organisation_are_the_people_not_sections() -> None:
    record = extract(b"July 2, 2024 - Verification Group\n\nAttendees:\n----------\n\n**Acme:** Ann Lee<br>\n"
                     b"**Bolt Labs:** Bo Ode, Cy Rand<br>\n**Coral:** Di Fox<br>\n\n"
                     b"* Quorum present (3 members): YES\n\nNotes:\n----------\n\n- The simulator was reviewed.\n",
                     format="markdown")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Rand", "Di Fox"]
    assert not {"Acme", "Bolt Labs", "Coral"} & {s.title for s in record.sections}


def test_numbered_topics_over_bulleted_notes_at_the_same_level_are_sections() -> None:
    record = extract(b"# Team call 2 July 2024\n\nAttendees: Ann Lee, Bo Ode\n\nTopics:\n1. Logistics\n\n"
                     b"- Calendar entries are updated.\n- A room was set up.\n\n2. Github repository\n\n"
                     b"- Ann raised the need to mark active repos.\n", format="markdown")
    assert [(s.title, len(s.points)) for s in record.sections] == [("Logistics", 2), ("Github repository", 1)]


def test_numbered_sentences_over_bullets_stay_points() -> None:
    record = extract(b"# Team call 2 July 2024\n\n## Feedback\nAnn summarised the feedback:\n"
                     b"1. Sufficient notice is needed for integrators\n"
                     b"2. Shorter validity creates an obstacle for large ecosystems\n* Hardware costs\n",
                     format="markdown")
    assert [s.title for s in record.sections] == ["Feedback"]


def test_an_actions_label_naming_only_an_attendee_is_no_task() -> None:
    record = extract(b"# Team call 2 July 2024\n\nAttendees: Ann Lee, Bo Ode\n\n## Notes\n\nActions: Bo\n\n"
                     b"- Ann raised the need to mark active repos.\n- Action: Bo to tag the release.\n",
                     format="markdown")
    assert [a.text for a in record.actions] == ["Bo to tag the release."]
