"""Several meetings in one document: one record each."""

import json
import subprocess
import sys
from pathlib import Path

from notes_extract import extract, extract_all
from notes_extract.document import Block, BlockKind
from notes_extract.meetings import split_log, split_meetings

LOG = b"""Supervisor Meeting Notes

- 26/05/2017
    - Discussed project requirements.
    - Decided that weekly meetings are enough.
- 30/06/2017
    - Discussed provided literature.
- 06/09/2017
    - Rehashed general project goals.
"""


def test_a_meeting_log_gives_one_record_per_dated_meeting() -> None:
    records = extract_all(LOG, format="markdown")
    assert [r.meeting.date for r in records] == ["2017-05-26", "2017-06-30", "2017-09-06"]
    assert {r.meeting.title for r in records} == {"Supervisor Meeting Notes"}
    assert [d.text for d in records[0].decisions] == ["Decided that weekly meetings are enough."]
    assert records[1].decisions == []


def test_extract_gives_the_first_meeting_with_a_warning() -> None:
    record = extract(LOG, format="markdown")
    assert record.meeting.date == "2017-05-26"
    assert any("3 meetings" in w for w in record.warnings)


def test_one_meeting_stays_one_record() -> None:
    text = b"Minutes of the meeting held on 3 March 2024\n\nPresent: Ann Lee, Bob Stone\n\n1. Budget\n\nAgreed."
    assert len(extract_all(text)) == 1


def test_cli_writes_numbered_files_for_a_log(tmp_path: Path) -> None:
    source = tmp_path / "log.md"
    source.write_bytes(LOG)
    out = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "notes_extract.cli", "extract", str(source), "-o", str(out)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["log.1.json", "log.2.json", "log.3.json"]
    assert json.loads((out / "log.2.json").read_text())["meeting"]["date"] == "2017-06-30"


# --- split_meetings, on blocks -----------------------------------------------

def _item(text: str, level: int = 0, label: str | None = None) -> Block:
    return Block(BlockKind.LIST_ITEM, text, level=level, label=label)


def _para(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text)


def test_split_meetings_starts_a_meeting_at_each_date_line_and_keeps_the_title() -> None:
    title = Block(BlockKind.HEADING, "Supervisor Meeting Notes", level=1)
    blocks = [title, _item("26/05/2017"), _item("Discussed requirements.", level=1),
              _item("30/06/2017"), _item("Discussed literature.", level=1), _item("Read papers.", level=2)]
    meetings = split_meetings(blocks)
    assert [[b.text for b in m] for m in meetings] == [
        ["Supervisor Meeting Notes", "26/05/2017", "Discussed requirements."],
        ["Supervisor Meeting Notes", "30/06/2017", "Discussed literature.", "Read papers."],
    ]
    # The date line becomes a paragraph; the items under it move one level up.
    assert meetings[0][1].kind is BlockKind.PARAGRAPH
    assert [b.level for b in meetings[1][2:]] == [0, 1]
    assert meetings[0][0] is title


def test_split_meetings_reads_a_day_taken_for_a_list_number() -> None:
    blocks = [_item("February 2024", label="5"), _item("Agreed the budget.", level=1),
              _item("March 2024", label="4"), _item("Agreed the plan.", level=1)]
    meetings = split_meetings(blocks)
    assert [m[0].text for m in meetings] == ["5 February 2024", "4 March 2024"]


def test_split_meetings_paragraph_date_lines_keep_their_body_as_is() -> None:
    body = _item("Point", level=2)
    blocks = [_para("Meeting 3 - 4 March 2024"), body, _para("Meeting 4 - 8 April 2024"), _para("Text")]
    meetings = split_meetings(blocks)
    assert len(meetings) == 2
    assert meetings[0][1] is body


def test_split_meetings_one_date_line_is_one_meeting() -> None:
    blocks = [_para("Minutes of 3 March 2024"), _para("3 March 2024"), _para("Agreed.")]
    assert split_meetings(blocks) == [blocks]
    single = [_para("3 March 2024"), _para("Agreed.")]
    assert split_meetings(single) == [single]


def test_split_meetings_needs_distinct_dates_alike_with_something_under_each() -> None:
    repeated = [_para("3 March 2024"), _para("Agreed."), _para("3 March 2024"), _para("Agreed again.")]
    assert split_meetings(repeated) == [repeated]
    mixed = [_para("3 March 2024"), _para("Agreed."), _item("4 April 2024"), _para("Agreed again.")]
    assert split_meetings(mixed) == [mixed]
    empty = [_para("3 March 2024"), _para("4 April 2024"), _para("Agreed.")]
    assert split_meetings(empty) == [empty]
    tables = [Block(BlockKind.TABLE, "3 March 2024", rows=(("3 March 2024",),)), _para("A"),
              Block(BlockKind.TABLE, "4 April 2024", rows=(("4 April 2024",),)), _para("B")]
    assert split_meetings(tables) == [tables]


# --- the shapes a log's entries take -----------------------------------------

def _heading(text: str, level: int = 2) -> Block:
    return Block(BlockKind.HEADING, text, level=level)


def _form(date: str) -> Block:
    rows = (("Date", date), ("Location", "Lab 4"), ("Attendees", "Ann, Raj"))
    return Block(BlockKind.TABLE, " ".join(" ".join(r) for r in rows), rows=rows)


def test_dated_headings_with_titles_split_the_log() -> None:
    blocks = [_heading("Robot Team Log", 1), _heading("1. Kick-off – 3rd May 2023"), _para("Chose a chassis."),
              _heading("2. Design Review – 10th May 2023"), _para("Agreed the motor.")]
    log = split_log(blocks)
    assert [m[1].text for m in log.meetings] == ["1. Kick-off – 3rd May 2023", "2. Design Review – 10th May 2023"]
    assert log.split_at == "dated headings"


def test_year_first_dates_alone_or_after_a_short_title() -> None:
    blocks = [_para("2019.06.12"), _item("Tested the parser."), _para("Lab Meeting 2019.05.29"),
              _item("Planned the tests.")]
    assert [m[0].text for m in split_meetings(blocks)] == ["2019.06.12", "Lab Meeting 2019.05.29"]


def test_weekday_dates_without_a_year_split_a_log() -> None:
    blocks = [_para("Monday, March 4:"), _item("Drew the plan."), _para("Tuesday, March 12:"), _item("Built it.")]
    assert len(split_meetings(blocks)) == 2


def test_week_headings_split_the_log_even_when_a_number_repeats() -> None:
    blocks = [_heading("Week 1"), _para("Set up the repository."), _heading("Week 2 – sensors"),
              _para("Wired the sensors."), _heading("Week 2"), _para("Calibrated them.")]
    log = split_log(blocks)
    assert len(log.meetings) == 3 and log.split_at == '"Week N" headings'


def test_a_form_table_per_meeting_splits_the_log_with_its_heading() -> None:
    blocks = [_para("Design studio minutes"), _heading("Meeting one"), _form("14/02/2022"), _para("Chose a name."),
              _heading("Meeting two"), _form("21/02/2022"), _para("Drew the logo.")]
    log = split_log(blocks)
    assert [[b.text for b in m][:2] for m in log.meetings] == [
        ["Design studio minutes", "Meeting one"], ["Design studio minutes", "Meeting two"]]
    assert log.split_at == "repeated form tables"


def test_info_blocks_that_repeat_split_the_log() -> None:
    blocks = [_heading("Sprint planning", 1), _para("Date: 2 June 2024 Time: 10:00 Location: Room 2"),
              _para("Picked the stories."), _heading("Retrospective", 1), _para("Date: 16 June 2024"),
              _para("Kept the stand-ups.")]
    log = split_log(blocks)
    assert [m[0].text for m in log.meetings] == ["Sprint planning", "Retrospective"]


def test_dated_lines_inside_one_meeting_do_not_split_it() -> None:
    events = [_para("Minutes of the meeting, 3 March 2024"), _para("Events planned:"), _item("29th Jan", 1),
              _para("Quiz night"), _item("5th Feb", 1), _para("Film night")]
    assert split_meetings(events) == [events]
    labelled = [_para("Previous meeting: 2024-02-01"), _para("Agreed."), _para("Scheduled start: 2024-03-01"),
                _para("Noted.")]
    assert split_meetings(labelled) == [labelled]
    items = [_para("181 Finance – 7 November 2018"), _para("Paid."), _para("182 Planning"), _para("None."),
             _para("186 Events – 11 November 2018"), _para("Held.")]
    assert split_meetings(items) == [items]
    incidents = [_para("Date: 10/26/2019 Notice: a patron was served after hours in breach of the licence"),
                 _para("Warned."), _para("Date: 11/17/2019 Notice: a door was locked during opening hours"),
                 _para("Warned.")]
    assert split_meetings(incidents) == [incidents]


def test_a_split_record_says_what_the_log_was_split_at() -> None:
    text = b"# Team log\n\n## Week 1\n\nSet up the board.\n\n## Week 2\n\nWired the motor.\n"
    records = extract_all(text, format="markdown")
    assert len(records) == 2
    assert any('split at its "Week N" headings' in w for w in records[1].warnings)


def test_a_time_beside_the_date_is_no_log_entry_title() -> None:
    from notes_extract.document import Block, BlockKind, numbered
    from notes_extract.meetings import split_meetings

    blocks = numbered([
        Block(BlockKind.HEADING, "Committee Meeting", level=1),
        Block(BlockKind.PARAGRAPH, "14.00, Tuesday 15th March, 2016"),
        Block(BlockKind.HEADING, "1 Apologies", level=2), Block(BlockKind.PARAGRAPH, "None received."),
        Block(BlockKind.HEADING, "Appended report", level=1),
        Block(BlockKind.PARAGRAPH, "11th March 2016"),
        Block(BlockKind.HEADING, "1 First year", level=2), Block(BlockKind.PARAGRAPH, "Enrolments are up."),
    ])
    assert len(split_meetings(blocks)) == 1
