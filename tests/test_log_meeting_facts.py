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
    assert any("No date was found for this entry" in w for w in records[2].warnings)


def test_a_weekday_beside_a_numeric_date_settles_its_order() -> None:
    assert infer_day_first("Date: Tuesday, 2/4/25") is False  # 4 February 2025 was a Tuesday
    assert infer_day_first("Date: Wednesday 2/4/25") is True  # 2 April 2025 was a Wednesday
    assert infer_day_first("Week 6: 2/10 - 2/14") is False
    assert infer_day_first("Week 6: 10/2 - 14/2") is True


def test_a_combined_place_and_time_label_gives_the_place_alone() -> None:
    text = (b"Residents Forum\n\nDate: 12 May 2024\n\nTime & Location: 7pm, St Olave Community Hall\n\n"
            b"Present: Una Vale, Ivo Mark\n\n1. Parking\n\nDiscussed.\n")
    assert extract(text).meeting.location == "St Olave Community Hall"


POSTED_LOG = b"""---
title: Summer project stand-ups
date: 2023-08-02
---

### Meeting 1 (7th August)

Present: Ann Lee, Bob Stone

- Set up the repository

### Meeting 2 (11th August)

Present: Ann Lee

- Wrote the parser
"""


def test_each_numbered_entry_is_dated_by_its_own_heading_not_the_post_date() -> None:
    records = extract_all(POSTED_LOG, format="markdown")
    assert [r.meeting.date for r in records] == ["2023-08-07", "2023-08-11"]
    assert [len(r.attendance.present) for r in records] == [2, 1]


def test_a_when_line_gives_the_date_and_the_range_of_times() -> None:
    text = (b"## Quarterly sync of the Widget Working Group\n\n- **Where**: Room 5\n"
            b"- **When**: May 3rd 2024, 9am-10am Pacific Time (4pm-5pm UTC)\n\n## Budget\n\nDiscussed.\n")
    meeting = extract(text, format="markdown").meeting
    assert (meeting.date, meeting.start_time, meeting.end_time) == ("2024-05-03", "09:00", "10:00")


def test_a_forms_meeting_title_field_names_the_meeting_over_the_page_heading() -> None:
    text = (b"# WG notes 2024x05x03\n\n| Meeting Title: | **Conference Call on Tooling** |\n| --- | --- |\n"
            b"| Date & Time: | Friday May 03, 2024 at 9am PST |\n\n## Budget\n\nDiscussed.\n")
    meeting = extract(text, format="markdown").meeting
    assert (meeting.title, meeting.date, meeting.start_time) == ("Conference Call on Tooling", "2024-05-03", "09:00")


def test_a_body_heading_over_whose_minutes_these_are_gives_both() -> None:
    text = (b"# Harbour Rowing Club\n\n## Minutes of the Finance Committee\n\nDate: 3 May 2024\n\n"
            b"Present: Ann Lee, Bob Stone\n\n## Budget\n\nDiscussed.\n")
    assert extract(text, format="markdown").meeting.title == "Harbour Rowing Club Finance Committee"


def test_a_chair_is_named_beside_a_name_in_brackets_but_not_a_vice_chair() -> None:
    base = b"Board meeting\n\nDate: 3 May 2024\n\nRoll call:\n\n* Lima - Ann Lee (Board Chair) +\n* Bob Stone +\n"
    assert extract(base).meeting.chair == "Ann Lee"
    assert extract(base.replace(b"Board Chair", b"Vice Chair")).meeting.chair is None


def test_a_log_of_undated_week_entries_warns_for_each_entry() -> None:
    text = (b"# Project diary\n\n## Week 1\n\n- Chose the stack\n- Wrote specs\n\n"
            b"## Week 2\n\n- Built the UI\n- Tested\n")
    records = extract_all(text, format="markdown")
    assert [r.meeting.date for r in records] == [None, None]
    assert all(any("No date was found for this entry" in w for w in r.warnings) for r in records)
