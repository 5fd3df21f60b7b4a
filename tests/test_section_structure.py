"""Section structure written without heading styles, each on a small invented document:
loose bold lines, label lines over bullets, agenda-template furniture, scribe tallies,
an agenda whose items carry their notes, and "N. Item - outcome" lines."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord


def text(data: bytes) -> MinutesRecord:
    return extract(data, format="text")


def markdown(data: bytes) -> MinutesRecord:
    return extract(data, format="markdown")


def titles(record: MinutesRecord) -> list[str]:
    return [s.title for s in record.sections]


LOOSE_BOLD = b"""Minutes of the Garden Club, 3 March 2025

Present: Olga Brandt, Tomas Reyes

** Seed Swap Planning **
- The swap will run in the library hall.
- Tomas will book the tables.

**Hedge Trimming **
- Volunteers are needed in April.
"""


def test_loose_bold_lines_are_headings_in_markdown() -> None:
    record = markdown(LOOSE_BOLD)
    assert titles(record) == ["Seed Swap Planning", "Hedge Trimming"]


def test_loose_bold_lines_are_headings_in_plain_text() -> None:
    record = text(LOOSE_BOLD.replace(b"- ", b"* "))
    assert titles(record) == ["Seed Swap Planning", "Hedge Trimming"]


def test_bold_heading_ending_in_a_full_name_gives_the_presenter() -> None:
    record = markdown(b"""Minutes of the Garden Club, 3 March 2025

Present: Olga Brandt, Tomas Reyes

**Composting Trial - Mirela Varga (Allotment Trust)**
- The group thanked Mirela for the results, and Olga asked about costs.
""")
    assert [(s.title, s.presenter) for s in record.sections] == [("Composting Trial", "Mirela Varga")]


def test_label_lines_over_bullets_are_sections() -> None:
    record = markdown(b"""### Sprint meeting 2

Date: 4 February 2025

Business:
- Reviewed the login page
- Talked about the export format

Actions:
- Write the export endpoint
""")
    assert titles(record) == ["Business"]
    assert [p.text for p in record.sections[0].points] == ["Reviewed the login page", "Talked about the export format"]


def test_label_line_among_reports_stays_a_part_of_its_item() -> None:
    record = markdown(b"""Minutes of the Network, 3 March 2025

Present: Olga Brandt, Tomas Reyes

### Members' News
The walking group has a new leader.
Riverside Tenants:
- Still looking for an office this year
- A new treasurer was found
""")
    assert titles(record) == ["Members' News"]


def test_agenda_template_furniture_is_not_a_section() -> None:
    record = markdown(b"""## Agenda for the March call of the Parser Group

### Registration
None required if you have attended before.

## Logistics
The call is on a video service.

## Agenda items
1. Opening
1. Review of the grammar draft

## Agenda items for future meetings
None

## Meeting Notes

### Grammar draft
Ann presented the draft and the group discussed the edge cases.

### Test suite
The group agreed to publish the tests with the draft.
""")
    assert titles(record) == ["Grammar draft", "Test suite"]


def test_scribe_tallies_and_initials_are_not_sections() -> None:
    record = markdown(b"""## Meeting Notes, 12 May 2024

### Threads proposal
KL: we could ship it behind a flag.
MP: agreed, that seems fine.
KL: then we need tests first.
Poll: move threads to phase 2
SF: 9
N: 2
[Proposal passes.]

### Tables proposal
QZ: a late question about tables?
MP: not yet settled.
""")
    assert titles(record) == ["Threads proposal", "Tables proposal"]
