"""Sections of Markdown team notes: numbered lists inside an item, a plan of items over topic headings.

Invented snippets of the forms: a numbered list that an item's own text introduces ("Parties we
could invite:" then "1. Acme: ..."), topic headings after an agenda whose items carry sub-points,
and a next-meeting heading asked as a question.
"""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord


def markdown(data: str) -> MinutesRecord:
    return extract(data.encode(), format="markdown")


def titles(record: MinutesRecord) -> list[str]:
    return [s.title for s in record.sections]


INTRODUCED_LIST = """# Outreach group - 4 May 2025

## Welcome

* Two newcomers introduced themselves
* Anything to add to the agenda?

## Who should we invite?

Groups we could write to this month:

1. Hillside Makers: https://example.org/makers
2. Riverside Library
3. Town Choir - they run a big mailing list
4. Chess Circle: https://example.org/chess
5. Allotment Society

## What should we start with?

* The mailing list first, posters later
    * Posters need the print budget

## Concerns

* How neutral the group stays - leave for next time
"""


def test_numbered_list_introduced_by_an_items_text_is_its_points() -> None:
    record = markdown(INTRODUCED_LIST)
    assert titles(record) == ["Welcome", "Who should we invite?", "What should we start with?", "Concerns"]
    invite = record.sections[1]
    assert any(p.text.startswith("Riverside Library") for p in invite.points)


PLAN_OVER_TOPICS = """# Compiler call, 16 November

## Agenda
1. Opening and roll call
    1. Please add your name to the notes.
    1. Please help take notes.
1. Announcements
    1. Submit a PR to add your announcement here
1. Other agenda items
    1. Can we drop the old register flags?

## Notes

### Attendees

* @ann
* @bo
* @cy

### Status

* ann: reworked the overlap checker to use the new lowering
* bo: mostly reviewing patches this week, back on the allocator next

### Register flags

* ann: can we remove the two old register flags entirely?
* cy: one user still sets them, we should ask them first

### Lowering discussion

* bo: the new lowering doubles the compile time on the big test
* cy: try caching the results before we turn it off
"""


def test_topic_headings_after_an_agenda_with_sub_points_are_the_items() -> None:
    assert titles(markdown(PLAN_OVER_TOPICS)) == ["Status", "Register flags", "Lowering discussion"]


NEXT_MEETING_QUESTION = """# Team sync 3 May 2025

## Budget

Ann said the budget is on track for the quarter.

## Next meeting?

* In 2 weeks - Monday 19 May
"""


def test_next_meeting_heading_asked_as_a_question() -> None:
    record = markdown(NEXT_MEETING_QUESTION)
    assert titles(record) == ["Budget"]
    assert record.next_meeting is not None and record.next_meeting.date == "2025-05-19"



RETRO_COLUMNS = """Sprint 2 Retrospective

Date: 5 March 2025

Attendees: Ann Lee, Bo Ode, Cy Park

What went well?
1. Planning: We split the work early and everyone knew their tasks.
2. Reviews: Reviews were fast this sprint.

What didn't go well?
1. Estimates: We underestimated the export feature.
2. Meetings: Two standups ran long.

What to improve? (Action Items)
1. Time boxes: Standups must end after 15 minutes.
"""


def test_retrospective_columns_are_the_items_and_their_labelled_lines_points() -> None:
    record = markdown(RETRO_COLUMNS)
    assert titles(record) == ["What went well?", "What didn't go well?"]
    assert [p.text for p in record.sections[0].points][:1] == [
        "Planning: We split the work early and everyone knew their tasks."]
    assert [a.text for a in record.actions] == ["Time boxes: Standups must end after 15 minutes."]


EMOJI_HEADINGS = """# 🗓️ Design team sync - 2024-03-12

## 👥 Attendees
- @ann
- @bo

## 💬 Discussion topics
- Release plan
- Icon refresh

## 🚀 Release plan
- We ship on Friday if the tests pass.

## 🎨 Icon refresh
- The new icons are ready for review.
"""


def test_emoji_before_a_headings_words_is_no_part_of_its_title() -> None:
    record = markdown(EMOJI_HEADINGS)
    assert titles(record) == ["Release plan", "Icon refresh"]
    assert [p.name for p in record.attendance.present] == ["@ann", "@bo"]


QUESTIONS_UNDER_A_HEADING = """# Weekly sync 2025-04-02

## Attendees
- Ann Lee
- Bo Ode

## Standup

### What did you do last week?
- Ann finished the importer

### What will you do this week?
- Ann starts on the exporter

## Release schedule
- The release moves to May.
"""


def test_questions_under_an_empty_heading_are_its_parts() -> None:
    record = markdown(QUESTIONS_UNDER_A_HEADING)
    assert titles(record) == ["Standup", "Release schedule"]
    assert any(p.text == "Ann finished the importer" for p in record.sections[0].points)


AGENDA_NUMBERING_RUNS_ON = """Faculty meeting, 19 February 2013

Agenda:
1. Election for secretary (Ann Lee elected for a three year term)
2. Review of minutes of 16 October 2012 (passed)
3. Report from the Dean.
Pretty short: two colleagues take sabbaticals next semester and the budget stays flat.

4. Reports from the schools
5. Report on the writing programme
Bo Ode reported that five students finished the programme this year.

6. Remarks from the President (approximately 1:00 pm)
The President spoke about the school's plans for next year.
"""


def test_agenda_whose_numbering_the_minutes_go_on_with_is_the_minutes() -> None:
    assert titles(markdown(AGENDA_NUMBERING_RUNS_ON)) == [
        "Election for secretary", "Review of minutes of 16 October 2012", "Report from the Dean",
        "Reports from the schools", "Report on the writing programme", "Remarks from the President"]


NUMBER_GAPS = """## Lower Fields members' meeting, 29 June 2021

**Present**: Ann Lee, Bo Ode

  1. Call to order (7:02 PM by Ann)
  2. Call for member comments (none, 7:03 PM)
  3. Old business
     * Business cards - Ann having them sent to the new address
  4. New business (7:10 PM)
     * Bo reported that the annual report is submitted
  5. Call for member comments
  6. Adjourn (7:13 PM by Ann)
"""


def test_numbers_between_items_are_items_too() -> None:
    assert titles(markdown(NUMBER_GAPS)) == ["Call to order", "Call for member comments", "Old business",
                                             "New business", "Call for member comments", "Adjourn"]


AGENDA_ONLY = """## Meeting details

Date: 2024-11-11
Time: 17:00 (CET)

Attendance:

- Ann Lee (Chair)
- Bo Ode (Vice-chair)

## Meeting schedule

- We meet every other Monday, 11:00-12:00 ET

## Agenda
- Workshop on vector kernels at the autumn conference
- A deeper dive on the new number formats
"""


def test_agenda_with_no_item_minuted_below_it_gives_the_items() -> None:
    found = titles(markdown(AGENDA_ONLY))
    assert "Workshop on vector kernels at the autumn conference" in found
    assert "A deeper dive on the new number formats" in found


OUTLINE_AFTER_ATTENDANCE_ITEMS = """# Infra working group call - 2025-03-04

- Attendees: Ann Lee, Bo Ode, Cy Park, Dee Fox
  - Apologies: Eve Gray
- Budget review
  - We are under budget for the quarter.
  - Ann: we should spend some of it on the website.
- Website
  - The new site launches next week.
- Hiring
  - Two candidates are left in the final round.
"""

OUTLINE_UNDER_ATTENDANCE_LABEL = """# Infra working group call - 2025-03-04

Attendees:

- Ann Lee, Bo Ode, Cy Park, Dee Fox, Eve Gray
- Budget review
  - We are under budget for the quarter.
- Website
  - The new site launches next week.
  - Bo: the links still need checking.
"""


def test_notes_kept_as_one_list_after_its_attendance_items() -> None:
    record = markdown(OUTLINE_AFTER_ATTENDANCE_ITEMS)
    assert titles(record) == ["Budget review", "Website", "Hiring"]
    assert [p.name for p in record.attendance.apologies] == ["Eve Gray"]
    record = markdown(OUTLINE_UNDER_ATTENDANCE_LABEL)
    assert titles(record) == ["Budget review", "Website"]
    assert len(record.attendance.present) == 5


TURNS_BY_INITIALS = """# WG teleconference - 10 June 2025

Present: Ann Lee, Bo Ode, Cy Park

Topic: Security review

AL: We need a second reviewer for the threat model.
CP: I can take it this week.

Topic: CSV on the web

BO: The draft is nearly done.
CP: Should we publish it as a note?
"""


def test_turns_by_the_initials_of_listed_attendees_are_points() -> None:
    record = markdown(TURNS_BY_INITIALS)
    assert titles(record) == ["Security review", "CSV on the web"]
    assert [p.text[:3] for p in record.sections[1].points] == ["BO:", "CP:"]


BOLD_NAMES_UNDER_A_HEADING = """# Research group meeting 2025-04-03

Attendees: Ann Lee, Bo Ode

## Updates

**Ann**
- Ran the new experiments.

**Bo**
- Wrote the related work section.

## Paper deadline
- Submission is on 1 May.
"""


def test_bold_lines_naming_attendees_under_a_heading_are_its_points() -> None:
    record = markdown(BOLD_NAMES_UNDER_A_HEADING)
    assert titles(record) == ["Updates", "Paper deadline"]
    assert "Ran the new experiments." in [p.text for p in record.sections[0].points]


HASH_NUMBERED_TITLES = """# Club meeting 3 May 2025

Present: Ann Lee, Bo Ode

#1 Finance
- The accounts are in order.

#2 Summer fair
- The field is booked.

#3 AOB
- None.
"""


def test_hash_numbered_titles_in_turn_are_the_items() -> None:
    assert titles(markdown(HASH_NUMBERED_TITLES)) == ["Finance", "Summer fair", "AOB"]
    lone_issue = ("# Dev sync 3 May 2025\n\nPresent: Ann Lee, Bo Ode\n\n## Build\n\n#12 Fix the build\n"
                  "- Ann is on it.\n\n## Docs\n\n- The site is live.\n")
    assert titles(markdown(lone_issue)) == ["Build", "Docs"]
