"""Section rules from the wild pool, second round (session 13, family: sections), on invented snippets.

- an item that calls the meeting to order in other words ("Call meeting to order", "Meeting called to
  order", "Time Called to Order: 6:05 pm") is kind "other", as "Call to order" is;
- an agenda item the minutes pass over that only records attendance ("Roll Call") or the next meeting
  is no section (GOLD.md);
- the presenter said in the passive: "An update was provided by Ann Lee on ...";
- a log kept as an outline: the list under an entry's "12/07/23" date line gives the entry's topics;
- an agenda listed 1, 2, 3, then the minutes numbered the same way: the numbered paragraphs are the
  items, titled by the agenda;
- the office line under the name signed under "Respectfully submitted," is no point of the last item.
"""

from __future__ import annotations

from notes_extract import extract
from notes_extract.extractors.sections import section_kind


def _record(text: str, fmt: str = "text"):
    return extract(text.encode(), format=fmt)


def _records(text: str, fmt: str = "markdown"):
    from notes_extract.api import extract_all
    return extract_all(text.encode(), format=fmt)


def test_calling_the_meeting_to_order_is_kind_other() -> None:
    for title in ("Call meeting to order", "Meeting called to order", "Time Called to Order: 6:05 pm"):
        assert section_kind(title) == "other", title
    assert section_kind("Ordering new uniforms") == "discussion"


def test_roll_call_on_the_agenda_is_no_section() -> None:
    from notes_extract.extractors.sections import merge_agenda
    from notes_extract.models import Section
    notes = Section(title="Key Points", heading_text="Key Points", kind="discussion")
    agenda = ["Roll Call", "Safety update from Tom Reyes", "Boat shed repairs", "Date of next meeting"]
    titles = [s.title for s in merge_agenda([notes], agenda)]
    assert titles == ["Safety update from Tom Reyes", "Boat shed repairs", "Key Points"]


PASSIVE = """---
title: "May Meeting Recap"
---

Thanks to everyone who came to our meeting on 3 May 2022. Here is a short recap of the discussions:

* Funds for the garden: An update was provided by Mara Quinlan on the money raised for the new benches.
* Plans for the street party: The date was set for 18 June, and volunteers are still needed.
* Parking on the lane: Members were reminded to park on one side of the lane only.
* Next meeting is on Tuesday, June 7th.
"""


def test_presenter_given_in_the_passive() -> None:
    sections = {s.title: s for s in _record(PASSIVE, "markdown").sections}
    assert sections["Funds for the garden"].presenter == "Mara Quinlan"
    assert sections["Plans for the street party"].presenter is None


def test_passive_presenter_after_a_role() -> None:
    from notes_extract.extractors.passive_presenters import passive_presenter
    from notes_extract.people import Roster
    roster = Roster(["Ida Brun", "Leo Marsh"])
    assert passive_presenter("The report was given by the treasurer, Leo Marsh.", roster) == "Leo Marsh"
    assert passive_presenter("The hall was provided by Ida Brun.", roster) is None
    assert passive_presenter("A report was presented by The Committee.", roster) is None


OUTLINE_LOG = """Meeting time: every other Tuesday 2pm
Agenda:

*   Blockers on the widget work
*   Open action items

## 3/14/24
*   Spring release planning
    *   Freeze the branch on Friday
    *   Kim to draft the release notes
*   Colour palette review
    *   Two greys are too close; Lou will merge them
*   Hiring update

## 2/29/24
*   Onboarding guide
    *   The guide is missing a glossary
*   Icon sizes
"""


def test_outline_log_entries_under_date_lines_give_topics() -> None:
    records = _records(OUTLINE_LOG)
    assert len(records) == 2
    assert [s.title for s in records[0].sections] == ["Spring release planning", "Colour palette review",
                                                      "Hiring update"]
    assert [s.title for s in records[1].sections] == ["Onboarding guide", "Icon sizes"]


NUMBERED_MINUTES = """Board of the Lakeside Rowing Association
March 2, 2011: Conference Call

Present: Ada North, Ben Ortiz, Cal Pryor

1. Approval of the minutes from February 2, 2011
2. Spring regatta
3. Boathouse lease

1. Ben Ortiz moved approval of the minutes of the February 2, 2011, meeting. Cal seconded; it passed.

2. The spring regatta was discussed. Ada thanked the volunteers. Discussion ensued.

3. The lease renewal terms were outlined. Discussion ensued.

Respectfully submitted,

Cal Pryor
Lakeside Rowing Association
"""


def test_numbered_minutes_under_a_numbered_agenda_are_the_items() -> None:
    sections = _record(NUMBERED_MINUTES).sections
    assert [s.title for s in sections] == ["Approval of the minutes from February 2, 2011", "Spring regatta",
                                           "Boathouse lease"]
    assert sections[1].points[0].text.startswith("The spring regatta was discussed.")


def test_signature_lines_are_no_points() -> None:
    record = _record(NUMBERED_MINUTES)
    last = record.sections[-1]
    assert [p.text for p in last.points] == ["The lease renewal terms were outlined. Discussion ensued.", "Cal Pryor"]
    assert record.meeting.minute_taker == "Cal Pryor"


SIGNED = """# Hillside Allotment Society

Minutes of 5 April 2023

Present: Jo Wren, Ed Marr, Pia Hale

## Water supply

The taps will be turned on in May.

## Shed

The shed door was repaired by Ed.

Respectfully submitted,

Jo Wren

Secretary
"""


def test_signed_name_and_office_are_no_points() -> None:
    record = _record(SIGNED, "markdown")
    assert [p.text for p in record.sections[-1].points] == ["The shed door was repaired by Ed.", "Jo Wren"]
    assert record.meeting.minute_taker == "Jo Wren"


BALLOT = """# Tenants Union - Annual Meeting

**Date:** 2024-09-12

**Quorum Met:**
- [X] Yes
- [ ] No

## Dues

**Motion/Decision:**
- **Motion:** Raise dues by two dollars
- **Moved by:** Vera Holm
- **Result:**
- [X] PASSED
- [ ] FAILED

**Motion/Decision:**
- **Motion:** Waive dues for students
- **Moved by:** Ian Roth
- **Result:**
- [X] PASSED
- [ ] FAILED

## Repairs

- The boiler will be serviced in October.
"""


def test_checkbox_choices_and_their_label_are_no_items() -> None:
    titles = [s.title for s in _record(BALLOT, "markdown").sections]
    assert not any("FAILED" in t or "Quorum" in t for t in titles), titles
    assert titles[-1] == "Repairs"


def test_the_choice_not_taken_decides_nothing() -> None:
    record = _record(BALLOT, "markdown")
    assert all(d.outcome != "defeated" for d in record.decisions)
    points = [p.text for s in record.sections for p in s.points]
    assert "[ ] FAILED" not in points and "[X] PASSED" in points
