"""Logs of several meetings, round 2: invented logs of each style (newest first, "Week N" with
dates under it, form tables with bare labels, info blocks, dates without a year, grouped entries,
printed-from-browser PDFs)."""

from notes_extract import extract_all
from notes_extract.document import Block, BlockKind, numbered
from notes_extract.meetings import split_log
from notes_extract.segment.tables import template_fields
from tests.test_loader_pdf import Page, build_pdf


def _table(*rows: tuple[str, ...]) -> Block:
    return Block(BlockKind.TABLE, " | ".join(" | ".join(r) for r in rows), rows=rows)


def _para(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text)


def _heading(text: str, level: int = 1) -> Block:
    return Block(BlockKind.HEADING, text, level=level)


def test_a_form_whose_labels_have_no_colon_gives_its_fields() -> None:
    form = _table(("Date", "2022/09/21, 1330"), ("Attendees", "Lena, Omar, Priya"), ("Agenda", "", "Discussion"))
    assert template_fields(form) == {"date": "2022/09/21, 1330", "attendees": "Lena, Omar, Priya"}


def test_a_header_row_is_no_form_of_bare_labels() -> None:
    ledger = _table(("Date", "Item", "Amount"), ("3 May", "Paint", "£12"))
    assert template_fields(ledger) == {}


NEWEST_FIRST_FORMS = b"""# Buggy Project Minutes

| Date | 2022/09/21, 1330 |
|---|---|
| Attendees | Lena, Omar, Priya |
| Location | Lab B |

- Chose the battery pack.

| Datetime | 2022/09/14, 0930 |
|---|---|
| Attendees | Lena, Omar |
| Location | Lab B |

- Reviewed the sketches.
"""


def test_a_newest_first_log_of_forms_with_bare_labels() -> None:
    records = extract_all(NEWEST_FIRST_FORMS, format="markdown")
    assert [(r.meeting.date, r.meeting.start_time) for r in records] == [("2022-09-21", "13:30"),
                                                                           ("2022-09-14", "09:30")]
    assert [[p.name for p in r.attendance.present] for r in records] == [["Lena", "Omar", "Priya"],
                                                                          ["Lena", "Omar"]]
    assert {r.meeting.title for r in records} == {"Buggy Project Minutes"}  # the title is no entry's heading


WEEKS_WITH_DATES = b"""# Rover Team Weekly Log

## Week 3

Date: 18 March 2024

- Finished the chassis drawings.

## Week 2

Date: 11 March 2024

- Ordered the wheels.
"""


def test_week_headings_with_dates_under_them_take_those_dates() -> None:
    records = extract_all(WEEKS_WITH_DATES, format="markdown")
    assert [r.meeting.date for r in records] == ["2024-03-18", "2024-03-11"]


TWO_INFO_BLOCKS = b"""# Garden Club Committee

Date: 2 May 2023
Time: 18:30
Location: Community Hall

Present: Alma Reyes, Tom Birch

## Plot rotas

- Agreed to rotate watering weekly.

# Garden Club Committee

Date: 6 June 2023
Time: 19:00
Location: Library Room

Present: Alma Reyes, Nia Kofi

## Seed swap

- Discussed the stall.
"""


def test_two_meetings_in_one_markdown_file_each_with_its_info_block() -> None:
    records = extract_all(TWO_INFO_BLOCKS, format="markdown")
    assert [(r.meeting.date, r.meeting.start_time, r.meeting.location) for r in records] == [
        ("2023-05-02", "18:30", "Community Hall"), ("2023-06-06", "19:00", "Library Room")]
    assert [[s.title for s in r.sections] for r in records] == [["Plot rotas"], ["Seed swap"]]


def test_an_entry_date_without_a_year_takes_the_year_of_the_log() -> None:
    text = b"Lab log\n\nMonday, 4 March 2024:\n\n- Drew the plan.\n\nTuesday, March 12:\n\n- Built it.\n"
    records = extract_all(text, format="markdown")
    assert [r.meeting.date for r in records] == ["2024-03-04", "2024-03-12"]
    titled = b"# Capstone Log 2019\n\n**Monday, September 9:**\n\n- Chose a topic.\n\n" \
             b"**Monday, September 16:**\n\n- Split the work.\n"
    assert [r.meeting.date for r in extract_all(titled, format="markdown")] == ["2019-09-09", "2019-09-16"]


def test_group_headings_and_a_contents_list_are_no_meetings_part() -> None:
    blocks = numbered([
        _para("Team Log"), _para("Contents"), _para("Phase 1 2"), _para("Phase 2 3"), _para("Hours 3"),
        _heading("Phase 1"), _para("Friday, 2 February 2024:"), _para("Set up the repository."),
        _para("Saturday, 10 February 2024:"), _para("Wrote the tests."),
        _heading("Phase 2"), _heading("Hours"), _table(("Ann", "3"), ("Raj", "4")),
    ])
    log = split_log(blocks)
    assert [[b.text for b in m] for m in log.meetings] == [
        ["Team Log", "Contents", "Friday, 2 February 2024:", "Set up the repository."],
        ["Team Log", "Contents", "Saturday, 10 February 2024:", "Wrote the tests."]]


def test_a_printed_from_browser_pdf_log_splits_at_its_dated_entries() -> None:
    pages = []
    entries = [("Thursday, 1 February 2024", ["Planned the demo day.", "Decided on the venue."]),
               ("Thursday, 8 February 2024", ["Booked the hall."]), ("Thursday, 15 February 2024", ["Ran it."])]
    for n, (date, items) in enumerate(entries, start=1):
        page = Page().text(72, 30, "2/20/24, 9:41 AM    Society Log", size=8)
        page.text(72, 110, date, size=12, bold=True)
        for k, item in enumerate(items):
            page.text(80, 135 + 18 * k, f"- {item}")
        page.text(72, 815, f"https://society.example.org/log    {n}/3", size=8)
        pages.append(page)
    records = extract_all(build_pdf(pages), format="pdf")
    assert [r.meeting.date for r in records] == ["2024-02-01", "2024-02-08", "2024-02-15"]


ATTENDANCE_REGISTER = b"""# Portal Team Minutes

## 1. Kick-off \xe2\x80\x93 4th May 2025

Attendees: All

Notes: agreed the scope.

## 2. Review \xe2\x80\x93 11th May 2025

Attendees: All

Notes: checked the forms.

## Attendance

| Member | Status |
|---|---|
| Ines | Present |
| Kofi | Present |
"""


def test_a_logs_closing_attendance_table_is_every_meetings() -> None:
    records = extract_all(ATTENDANCE_REGISTER, format="markdown")
    assert [[p.name for p in r.attendance.present] for r in records] == [["Ines", "Kofi"], ["Ines", "Kofi"]]


def test_entries_named_after_their_date_split_the_log() -> None:
    from notes_extract.document import Block, BlockKind, numbered
    from notes_extract.meetings import split_meetings

    blocks = numbered([
        Block(BlockKind.PARAGRAPH, "Monday 4th March – Team meeting"),
        Block(BlockKind.LIST_ITEM, "Agreed the scope of the survey"), Block(BlockKind.LIST_ITEM, "Shared notes"),
        Block(BlockKind.PARAGRAPH, "Monday 11th March – Team meeting"),
        Block(BlockKind.LIST_ITEM, "Reviewed the first responses"), Block(BlockKind.LIST_ITEM, "Planned interviews"),
    ])
    meetings = split_meetings(blocks)
    assert len(meetings) == 2 and meetings[1][0].text == "Monday 11th March – Team meeting"


def test_session_headings_split_a_log() -> None:
    blocks = numbered([
        _heading("Design Studio"), _heading("Session 4 (12/03)", 2), _para("Sketched the layout."),
        _para("Picked the colours."), _heading("Session 5 (19/03)", 2), _para("Built the model."),
    ])
    log = split_log(blocks)
    assert len(log.meetings) == 2 and log.split_at == '"Session N" headings'


def test_day_headings_under_a_year_heading_split_the_log_with_that_year() -> None:
    blocks = numbered([
        _heading("Book Club Notes"), _heading("2024", 2), _heading("3 March", 3), _para("Read chapter one."),
        _para("Chose the next book."), _heading("7 April", 3), _para("Read chapter two."),
    ])
    log = split_log(blocks)
    assert len(log.meetings) == 2
    assert [d.date if d else None for d in log.entry_dates] == ["2024-03-03", "2024-04-07"]


def test_day_headings_without_a_year_heading_stay_one_meeting() -> None:
    blocks = numbered([
        _heading("Club Meeting"), _heading("Events", 2), _heading("3 March", 3), _para("Bake sale."),
        _para("On the green."), _heading("7 April", 3), _para("Quiz night."),
    ])
    assert len(split_log(blocks).meetings) == 1


def test_a_dotted_date_on_the_opening_line_is_no_clock_time() -> None:
    log = (b"Lab Meeting 2019.05.06\n\nDone:\n\n- Wrote the parser.\n\n"
           b"Lab Meeting 2019.05.13\n\nDone:\n\n- Wrote the tests.\n")
    assert {r.meeting.title for r in extract_all(log, format="markdown")} == {"Lab Meeting"}


def test_a_table_per_meeting_titled_with_its_date_splits_the_log() -> None:
    blocks = numbered([
        _heading("Team Minutes"),
        _table(("Team meeting 12 March 2024", ""), ("Present", "Ann, Bo"), ("Notes", "Wrote the plan")),
        _table(("Team meeting 19 March 2024", ""), ("Present", "Ann, Cy"), ("Notes", "Wrote the tests")),
    ])
    log = split_log(blocks)
    assert [d.date if d else None for d in log.entry_dates] == ["2024-03-12", "2024-03-19"]


def test_one_table_titled_with_a_date_is_one_meeting() -> None:
    blocks = numbered([_heading("Team Minutes"), _table(("Team meeting 12 March 2024", ""), ("Present", "Ann")),
                       _para("Wrote the plan."), _para("Wrote the tests.")])
    assert len(split_log(blocks).meetings) == 1


def test_dates_in_a_list_of_events_do_not_split_one_meeting() -> None:
    from notes_extract.document import Block, BlockKind, numbered
    from notes_extract.meetings import split_meetings

    item = lambda text: Block(BlockKind.LIST_ITEM, text)  # noqa: E731
    blocks = numbered([
        Block(BlockKind.HEADING, "Social committee", level=1), Block(BlockKind.HEADING, "Events", level=2),
        item("12 March 2024"), item("Quiz night at the hall"), item("19 April 2024"), item("Spring walk"),
        Block(BlockKind.HEADING, "Finance", level=2), Block(BlockKind.PARAGRAPH, "The accounts were approved."),
    ])
    assert len(split_meetings(blocks)) == 1
