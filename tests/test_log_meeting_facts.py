"""Logs of several meetings and the facts of each meeting: invented snippets of each style."""

from pathlib import Path

from notes_extract import extract, extract_all
from notes_extract.dates import infer_day_first

DISCLOSURE_LOG = b"""# Project Group Notes

<details><summary>Tuesday 4th March 2025</summary>

### Venue: Maple Building Room 12

Present: Orla Finch, Pavel Dunn

### Discussion
- Picked a database for the prototype

</details>

<details><summary>Friday 14th March 2025</summary>

### Venue: Oak Hall Seminar Room

Present: Orla Finch, Pavel Dunn, Rhea Sol

### Discussion
- Reviewed the first prototype screens

</details>
"""


def test_a_log_in_disclosure_blocks_gives_one_meeting_per_summary() -> None:
    records = extract_all(DISCLOSURE_LOG, format="markdown")
    assert [r.meeting.date for r in records] == ["2025-03-04", "2025-03-14"]
    assert [r.meeting.location for r in records] == ["Maple Building Room 12", "Oak Hall Seminar Room"]
    assert [len(r.attendance.present) for r in records] == [2, 3]


def test_a_disclosure_without_a_blank_line_still_reads_its_markdown() -> None:
    text = (b"<details>\n<summary>Wednesday 2 April 2025</summary>\n## Printer replacement\n"
            b"- Costs compared\n</details>\n")
    record = extract(text, format="markdown")
    assert record.meeting.date == "2025-04-02"
    assert [s.title for s in record.sections] == ["Printer replacement"]


US_LOG = b"""## Sponsor Meeting Notes

### Meeting 1 (Week 1: 3/3 - 3/7)

Date: Monday 3/3/25

Business:
- Kick-off of the project

### Meeting 2 (Week 2: 3/10 - 3/14)

Date: Monday 3/10/25

Business:
- Went over the design

### Meeting 3 (Week 3: 3/17 - 3/21)

Business:
- Nothing recorded yet
"""


def test_a_log_reads_every_entry_in_its_own_us_order_and_leaves_an_undated_entry_undated(tmp_path: Path) -> None:
    path = tmp_path / "sponsor-log-2025-03-03.md"  # the file name dates the log, not its third entry
    path.write_bytes(US_LOG)
    records = extract_all(path)
    assert [r.meeting.date for r in records] == ["2025-03-03", "2025-03-10", None]
    assert any("no date of its own" in w for w in records[2].warnings)


def test_a_weekday_beside_a_numeric_date_settles_its_order() -> None:
    assert infer_day_first("Date: Tuesday, 2/4/25") is False  # 4 February 2025 was a Tuesday
    assert infer_day_first("Date: Wednesday 2/4/25") is True  # 2 April 2025 was a Wednesday
    assert infer_day_first("Week 6: 2/10 - 2/14") is False
    assert infer_day_first("Week 6: 10/2 - 14/2") is True


def test_a_combined_place_and_time_label_gives_the_place_alone() -> None:
    text = (b"Residents Forum\n\nDate: 12 May 2024\n\nTime & Location: 7pm, St Olave Community Hall\n\n"
            b"Present: Una Vale, Ivo Mark\n\n1. Parking\n\nDiscussed.\n")
    assert extract(text).meeting.location == "St Olave Community Hall"
