"""A team's meeting log typed in Word without styles: its entries and their sub-headings are all bold
lines, with no levels to tell them apart (invented snippet)."""

from __future__ import annotations

from pathlib import Path

from notes_extract.api import extract_all

from .plain_render import render_docx

LOG = """# Robotics team 4 – meeting log
## Meeting 1 - 03/MAR/2025
## Agenda
- Pick the drive motors
## Notes
- Motors ordered from the usual supplier
## Meeting 2 - 10/MAR/2025
## Agenda
- Wiring plan
## Notes
- Wiring plan drafted by the electrical pair
## Build session with mentors only - 12/MAR/2025
## Notes
- Frame welded and painted
## Meeting 3 - 17/MAR/2025
## Agenda
- Software
## Notes
- Autonomous routine runs for ten seconds
## Meeting 4 - 24/MAR/2025
## Agenda
- Testing
## Notes
- Test plan agreed by the team
"""


def test_a_bold_entry_of_another_title_among_numbered_bold_entries(tmp_path: Path) -> None:
    records = extract_all(render_docx(LOG, tmp_path / "log.docx"))
    assert [r.meeting.date for r in records] == ["2025-03-03", "2025-03-10", "2025-03-12", "2025-03-17", "2025-03-24"]


DATE_THEN_TITLE = """# Team log, week 2
## Goals
- Finish the requirements by 14th March 2025
## Meeting notes
## 4th March 2025 – Team Meeting (all members present)
- Talked about:
  - Target users
  - Goals
Photo: in the shared folder
## 6th March 2025 – Team Meeting (all members present)
- Talked about:
  - Requirements
Photo: in the shared folder
## 8th March 2025 – Team Meeting (all members present)
- Talked about:
  - Testing
## Test report
- Nothing run yet
"""


def test_bold_date_lines_titled_after_a_dash_open_entries(tmp_path: Path) -> None:
    records = extract_all(render_docx(DATE_THEN_TITLE, tmp_path / "log.docx"))
    assert [r.meeting.date for r in records] == ["2025-03-04", "2025-03-06", "2025-03-08"]


TITLE_NAMES_LAST = """# Meeting notes – March 20
## March 6
- Chose the venue for the open day
- Ann will print the flyers
## March 13
- Flyers printed and shared out
## March 20
- Open day went well
"""


def test_a_bold_title_naming_the_last_entrys_day_is_no_entry(tmp_path: Path) -> None:
    records = extract_all(render_docx(TITLE_NAMES_LAST, tmp_path / "log.docx"))
    assert len(records) == 3
