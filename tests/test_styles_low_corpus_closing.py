"""The last shapes the shared corpus read worst, on invented snippets: a heading over a
team roster table, a decision under the next-meeting item, a minute taker written by the
last words of a name, and a report attached after the meeting's close."""

from notes_extract import api
from notes_extract.document import Block, BlockKind
from notes_extract.segment import segment
from notes_extract.segment.attachments import attachment_start
from notes_extract.segment.roster import is_roster_table


def _read_markdown(text: str):
    return api.extract(text.encode(), format="markdown")


def _read_text(text: str):
    return api.extract(text.encode(), format="text")


def test_heading_over_a_roster_table_is_not_a_section() -> None:
    blocks = [Block(kind=BlockKind.PARAGRAPH, text="Design Studio Meeting", index=0),
              Block(kind=BlockKind.TABLE, text="Date: | 9 October 2023", index=1, rows=(("Date:", "9 October 2023"),)),
              Block(kind=BlockKind.HEADING, text="Group Details", level=2, index=2),
              Block(kind=BlockKind.TABLE, text="", index=3, rows=(
                  ("Student No.", "Student Name"), ("2301A", "Lena Park"), ("2302B", "Omar Haddad"))),
              Block(kind=BlockKind.PARAGRAPH, text="Meeting started at 10am", index=4),
              Block(kind=BlockKind.HEADING, text="Prototype Review", level=2, index=5),
              Block(kind=BlockKind.PARAGRAPH, text="Omar showed the second prototype.", index=6)]
    titles = [span.heading_text for span in segment(blocks).sections]
    assert "Group Details" not in titles


def test_roster_table_needs_a_name_column_of_names() -> None:
    roster = Block(kind=BlockKind.TABLE, text="", rows=(("ID", "Full Name"), ("1", "Lena Park"), ("2", "Omar Haddad")))
    tasks = Block(kind=BlockKind.TABLE, text="", rows=(("Task", "Name"), ("1", "book the hall for the fair"),
                                                       ("2", "order new chairs for the room")))
    assert is_roster_table(roster)
    assert not is_roster_table(tasks)


def test_committee_agreeing_the_next_meeting_is_a_decision_too() -> None:
    record = _read_text("Allotment Society Meeting\n\n2 May 2022\n\nPresent: Ann Lee, Bo Chan\n\n"
                        "1. Water supply\nThe tap by the gate was fixed.\n\n2. Date of Next Meeting\n"
                        "The Committee agreed that the next meeting would be held in the pavilion on "
                        "Monday, 6 June 2022 at 7 p.m.\n")
    assert record.next_meeting is not None and record.next_meeting.date == "2022-06-06"
    assert [d.text for d in record.decisions] == [
        "The Committee agreed that the next meeting would be held in the pavilion on Monday, 6 June 2022 at 7 p.m."]


def test_bare_agreed_date_under_next_meeting_is_no_decision() -> None:
    record = _read_text("Allotment Society Meeting\n\n2 May 2022\n\nPresent: Ann Lee, Bo Chan\n\n"
                        "1. Water supply\nThe tap by the gate was fixed.\n\n2. Date of Next Meeting\n"
                        "Agreed to aim for 6 June 2022.\n")
    assert record.decisions == []


def test_minute_taker_by_the_last_words_of_an_attendees_name() -> None:
    record = _read_text("Allotment Society Meeting\n\n2 May 2022\n\nPresent: Ann Lee, Wei Jie Tan\n\n"
                        "Note taker: Jie Tan\n\n1. Water supply\nThe tap by the gate was fixed.\n")
    assert record.meeting.minute_taker == "Wei Jie Tan"


_ATTACHED_REPORT = (
    "# Society Committee Meeting\n\nHeld on 3 April 2019 at 7pm in the common room\n\n"
    "## 1 Attendance\n\nAnn, Bo and Cy were in attendance.\n\n"
    "## 2 Quiz night\n\nThe committee agreed to run a quiz night in May.\n\n"
    "## 3 Meeting close\n\n4:10pm\n\n"
    "# Library Liaison notes\n\nCy Adams\n\n28 March 2019\n\n"
    "## 1 Opening hours\n\nThe library will open later on Sundays.\n\n## 2 Study rooms\n\nBookings move online.\n")


def test_report_attached_after_the_close_is_not_read_as_items() -> None:
    record = _read_markdown(_ATTACHED_REPORT)
    titles = [s.title for s in record.sections]
    assert "Quiz night" in titles
    assert "Opening hours" not in titles and "Study rooms" not in titles
    assert any("attached" in w for w in record.warnings)


def test_a_later_dated_heading_without_a_close_is_not_an_attachment() -> None:
    blocks = [Block(kind=BlockKind.HEADING, text="Team Meeting", level=1),
              Block(kind=BlockKind.HEADING, text="Demo", level=2),
              Block(kind=BlockKind.PARAGRAPH, text="The demo went well."),
              Block(kind=BlockKind.HEADING, text="Retrospective", level=1),
              Block(kind=BlockKind.PARAGRAPH, text="4 May 2020")]
    assert attachment_start(blocks) is None
    closed = blocks[:3] + [Block(kind=BlockKind.PARAGRAPH, text="The meeting closed at 5pm.")] + blocks[3:]
    assert attachment_start(closed) == 4
