"""Round fullmd2 (whole Markdown minutes from repositories): a tasks heading qualified by "assigned"
("Tasks Assigned", an "Assigned" group under "Actions") opens the action list, and record words
before a meeting's name ("Summary Notes,", "Minutes of Proceedings at") are no part of its title.
Every snippet is invented."""

from __future__ import annotations

from notes_extract.api import extract_text

_TASKS_ASSIGNED = """# Team Meeting - 14/03/2025

**Attendees:**
- Priya Lundqvist
- Tomas Okafor

## Discussion:

- **Sensor rig:**
  - The rig is wired; calibration still to do.

## Tasks Assigned:

- **Priya:** Calibrate the humidity sensor and log the offsets.
- **Tomas:** Draft the test plan for the rig.
"""

_ASSIGNED_GROUP = """## Supervision meeting 3rd May 2023

Present: Ines, Walter (IR, WB)

### Actions
#### Assigned
[IR] Send the ethics form to the panel

[WB] Book the lab for the pilot

### Overview

- The pilot design was discussed.
"""


def _actions(text: str) -> dict[str, str]:
    return {a.text: a.owners[0].name if a.owners else "" for a in extract_text(text, format="markdown").actions}


def test_a_tasks_assigned_heading_lists_actions() -> None:
    actions = _actions(_TASKS_ASSIGNED)
    assert actions.get("Calibrate the humidity sensor and log the offsets.") == "Priya Lundqvist"
    assert actions.get("Draft the test plan for the rig.") == "Tomas Okafor"


def test_a_tasks_assigned_heading_is_no_section() -> None:
    titles = [s.title for s in extract_text(_TASKS_ASSIGNED, format="markdown").sections]
    assert not any("Tasks" in t for t in titles)


def test_an_assigned_group_under_actions_keeps_the_list() -> None:
    record = extract_text(_ASSIGNED_GROUP, format="markdown")
    texts = [a.text for a in record.actions]
    assert "Send the ethics form to the panel" in texts
    assert "Book the lab for the pilot" in texts
    assert "Assigned" not in [s.title for s in record.sections]


def test_summary_notes_before_the_name_are_no_part_of_the_title() -> None:
    text = """# Summary Notes, Harbourview Library Trust Board Meeting

Date: 2022-02-09

## Attendees
* Odile Marchetti
* Ravi Sandström

## Topics
* Budget
"""
    assert extract_text(text, format="markdown").meeting.title == "Harbourview Library Trust Board Meeting"


def test_proceedings_at_after_minutes_of_is_no_part_of_the_title() -> None:
    text = """MINUTES OF PROCEEDINGS AT ORDINARY MEETING OF THE BRACKENFORD DISTRICT COUNCIL HELD IN THE COUNCIL
CHAMBER ON MONDAY 4TH MARCH 2019 AT 7.00 P.M.

PRESENT: Councillor A. Whitlow, Councillor B. Oyelaran

1. Adoption of minutes

The minutes were adopted.
"""
    title = extract_text(text).meeting.title or ""
    assert title.lower().startswith("ordinary meeting of the brackenford district council")
