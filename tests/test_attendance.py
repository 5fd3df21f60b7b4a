"""The attendance extractor's reading of what the segmenter recorded: role
lines, signatures, form fields and the names after a repeated label."""

import pytest

from notes_extract.document import Block, BlockKind
from notes_extract.extractors.attendance import read_attendance
from notes_extract.extractors.role_lines import SIGNATURE_LABEL, read_role_line, read_role_lines
from notes_extract.segment import AttendancePart, RoleMention, RoleSource


def para(text: str) -> Block:
    return Block(BlockKind.PARAGRAPH, text)


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("Chair: JC", ("chair", "JC")),
        ("Minutes taken by - Ann Lee.", ("minutes taken by", "Ann Lee")),
        ("  Vice-Chair: Bob Stone ", ("vice-chair", "Bob Stone")),
        ("Chair: Ann opened the meeting and thanked all of those who came", None),
        ("Secretary: A: B", None),
        ("Budget: agreed", None),
    ],
)
def test_read_role_line(line: str, role: tuple[str, str] | None) -> None:
    assert read_role_line(line) == role


@pytest.mark.parametrize(
    ("signature", "roles"),
    [
        ("Donna Ladner, Secretary", [("Secretary", "Donna Ladner"), (SIGNATURE_LABEL, "Donna Ladner")]),
        ("Donna Ladner", [(SIGNATURE_LABEL, "Donna Ladner")]),
        ("Donna Ladner, Recording Secretary of the Board", [(SIGNATURE_LABEL, "Donna Ladner")]),
        ("Secretary", []),
        ("The meeting was adjourned at nine", []),
    ],
)
def test_a_signature_names_who_wrote_the_minutes(signature: str, roles: list[tuple[str, str]]) -> None:
    assert read_role_lines([RoleMention(RoleSource.SIGNATURE, para(signature))]) == roles


def test_role_lines_keep_document_order_across_sources() -> None:
    form = Block(BlockKind.TABLE, "", rows=(("Student name:", "40126401"),))
    mentions = [
        RoleMention(RoleSource.LINE, para("Chair: JC")),
        RoleMention(RoleSource.FORM_FIELD, form, "student name", "40126401"),
        RoleMention(RoleSource.FORM_FIELD, form, "note taker", "Cristina Hilario"),
        RoleMention(RoleSource.SIGNATURE, para("Ann Lee, Clerk")),
    ]
    assert read_role_lines(mentions) == [("chair", "JC"), ("student", "40126401"), ("note taker", "Cristina Hilario"),
                                         ("Clerk", "Ann Lee"), (SIGNATURE_LABEL, "Ann Lee")]


@pytest.mark.parametrize(
    "text",
    ["Apologies were received from B. Mooney", "apology from B. Mooney", "Regrets sent from B. Mooney",
     "Apologies was received from B. Mooney", "B. Mooney"],
)
def test_a_label_said_again_after_the_colon_is_dropped(text: str) -> None:
    part = AttendancePart("apologies", "Apologies", text, after_colon=True)
    assert [a.name for a in read_attendance([part]).apologies] == ["B. Mooney"]


def test_an_attendance_table_row_label_said_again_is_dropped() -> None:
    rows = (("Apologies: Apologies were received from B. Mooney",), ("Present: Ann Lee",))
    table = Block(BlockKind.TABLE, "", rows=rows)
    attendance = read_attendance([AttendancePart("present", "", "", [table])])
    assert [a.name for a in attendance.apologies] == ["B. Mooney"]
    assert [a.name for a in attendance.present] == ["Ann Lee"]


def test_extract_attendance_reads_the_segments_lists_and_role_lines() -> None:
    from notes_extract.document import numbered
    from notes_extract.extractors.attendance import extract_attendance
    from notes_extract.segment import segment

    blocks = numbered([para("Present: Ann Lee, Bob Stone, Cara Diaz"), para("Apologies: Dev Patel"),
                       para("Chair: Ann Lee"), para("Minutes: Bob Stone"),
                       Block(BlockKind.HEADING, "Budget", level=1), para("The budget was discussed at length.")])
    attendance = extract_attendance(segment(blocks))
    assert [(a.name, a.role) for a in attendance.present] == [
        ("Ann Lee", "chair"), ("Bob Stone", "minute taker"), ("Cara Diaz", None)]
    assert [a.name for a in attendance.apologies] == ["Dev Patel"]
