"""Log entries opened by a title and the meeting's attendance under it: a title the author wrote
freely ("Catch-up with mentor (3/3/2024)", "3 March 2024 – fortnightly review with the sponsor",
"March 4th") opens an entry when that meeting's attendance follows it; a form table over its
attendance whose date is odd or "TBC" is still an entry. A single meeting, whose attendance comes
once at the top, stays one however many dated lines it holds. Every snippet is invented."""

from __future__ import annotations

import io

import docx
import pytest

from notes_extract import extract_all

DATES = ["3 March 2024", "10 March 2024", "17 March 2024", "24 March 2024", "31 March 2024"]
ISO = ["2024-03-03", "2024-03-10", "2024-03-17", "2024-03-24", "2024-03-31"]


def _docx(lines: list[tuple[str, str]]) -> bytes:
    """A Word file of (style, text) lines; style "bold" is a plain paragraph wholly in bold."""
    document = docx.Document()
    for style, text in lines:
        if style == "bold":
            document.add_paragraph().add_run(text).bold = True
        else:
            document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _log(titles: list[str], style: str) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    for n, title in enumerate(titles):
        lines += [(style, title), ("Normal", "Attendees: Ann Lee, Bo Chan"),
                  ("Normal", f"We went through chapter {n + 1} of the thesis draft."),
                  ("List Bullet", f"Bo to redraw figure {n + 1}.")]
    return lines


def _dates(data: bytes, fmt: str) -> list[str]:
    return [str(r.meeting.date) for r in extract_all(data, format=fmt)]


BRACKETED = [f"Catch-up with mentor ({d}/3/2024)" for d in (3, 10, 17, 24, 31)]
DATE_THEN_TITLE = [f"{d} – fortnightly review with the sponsor" for d in DATES]


@pytest.mark.parametrize("style", ["Normal", "bold"])
@pytest.mark.parametrize("titles", [BRACKETED, DATE_THEN_TITLE], ids=["bracketed", "date-then-title"])
def test_a_dated_title_over_its_attendance_opens_an_entry(titles: list[str], style: str) -> None:
    assert _dates(_docx(_log(titles, style)), "docx") == ISO


@pytest.mark.parametrize("titles", [BRACKETED, DATE_THEN_TITLE], ids=["bracketed", "date-then-title"])
def test_a_dated_title_over_its_attendance_opens_an_entry_in_text(titles: list[str]) -> None:
    text = "\n\n".join(text for _, text in _log(titles, "Normal"))
    assert _dates(text.encode(), "text") == ISO


@pytest.mark.parametrize("style", ["Normal", "bold", "Heading 2"])
def test_yearless_dates_over_their_attendance_are_entries_without_a_year(style: str) -> None:
    records = extract_all(_docx(_log(["March 4th", "March 11th", "March 18th", "March 25th"], style)),
                          format="docx")
    assert len(records) == 4
    assert all(r.meeting.date is None and any("No date was found" in w for w in r.warnings) for r in records)


def _form_log(dates: list[str]) -> bytes:
    document = docx.Document()
    document.add_heading("Design group minutes", 0)
    for n, when in enumerate(dates):
        table = document.add_table(rows=4, cols=2)
        for r, (label, value) in enumerate([("Date", when), ("Time", "2pm"), ("Location", "Lab 2"),
                                            ("Attendees", "Ann Lee, Bo Chan")]):
            table.cell(r, 0).text, table.cell(r, 1).text = label, value
        document.add_paragraph("Discussion", style="Heading 2")
        document.add_paragraph(f"The prototype's hinge {n + 1} was tested.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("odd", ["17/3", "TBC", ""])
def test_a_form_table_whose_date_is_odd_or_missing_stays_an_entry(odd: str) -> None:
    dates = _dates(_form_log([DATES[0], DATES[1], odd, DATES[3], DATES[4]]), "docx")
    assert dates == [ISO[0], ISO[1], "None", ISO[3], ISO[4]]


def test_a_single_meeting_with_dated_items_stays_one() -> None:
    lines = [("bold", "Catch-up with mentor (3/3/2024)"), ("Normal", "Attendees: Ann Lee, Bo Chan"),
             ("bold", "Poster deadline (10/3/2024)"), ("Normal", "The poster is due; Ann to print it."),
             ("bold", "Conference trip (17/3/2024)"), ("Normal", "Bo to book the train.")]
    records = extract_all(_docx(lines), format="docx")
    assert len(records) == 1 and str(records[0].meeting.date) == "2024-03-03"


def test_a_single_meeting_naming_an_earlier_one_over_its_attendance_stays_one() -> None:
    # Two dated lines above one attendance: the earlier meeting is mentioned, not held here.
    lines = [("bold", "Review with the sponsor (10/3/2024)"), ("Normal", "Follows the kick-off (3/3/2024)"),
             ("Normal", "Attendees: Ann Lee, Bo Chan"), ("Normal", "The budget was agreed."),
             ("bold", "Actions from the kick-off (3/3/2024)"), ("Normal", "All closed.")]
    records = extract_all(_docx(lines), format="docx")
    assert len(records) == 1 and str(records[0].meeting.date) == "2024-03-10"


def test_a_next_meeting_form_without_attendance_is_no_entry() -> None:
    document = docx.Document()
    for rows in ([("Date", DATES[0]), ("Attendees", "Ann Lee, Bo Chan")], [("Date", "TBC"), ("Venue", "Lab 2")]):
        table = document.add_table(rows=len(rows), cols=2)
        for r, (label, value) in enumerate(rows):
            table.cell(r, 0).text, table.cell(r, 1).text = label, value
        document.add_paragraph("The hinge was tested and passed.")
    out = io.BytesIO()
    document.save(out)
    records = extract_all(out.getvalue(), format="docx")
    assert len(records) == 1 and str(records[0].meeting.date) == ISO[0]
