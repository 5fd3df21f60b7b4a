"""Logs that record two kinds of meeting in two shapes (invented content): team meetings under a
dated heading, client meetings as a form table, a "Date:" line or a bold dated line. Every entry
is a meeting of its own, whichever shape comes first or alone; a single meeting whose own date
opens it and whose items or next meeting carry other dates stays one."""

from __future__ import annotations

import io

import pytest
from docx import Document as new_document

from notes_extract import extract_all

DATES = ("5 February 2025", "12 February 2025", "19 February 2025", "26 February 2025",
         "5 March 2025", "12 March 2025")
ISO = ["2025-02-05", "2025-02-12", "2025-02-19", "2025-02-26", "2025-03-05", "2025-03-12"]


def _word_log(shapes: str, dates: tuple[str, ...] = DATES) -> bytes:
    """H: "Crew Meeting – <date>" heading and an "Attendees:" line; T: a Date / Venue / Attendees
    form table; D: a "Date:" line and "Attendees:"; B: a bold "Sponsor meeting <date>" line."""
    doc = new_document()
    doc.add_heading("Orchard robot project log", 0)
    for n, (shape, when) in enumerate(zip(shapes, dates, strict=False)):
        if shape == "H":
            doc.add_heading(f"Crew Meeting – {when}", level=1)
            doc.add_paragraph("Attendees: Wren Olafsen, Ciro Baptiste")
        elif shape == "T":
            table = doc.add_table(rows=3, cols=2)
            for r, (label, value) in enumerate((("Date", when), ("Venue", "Lab 2"),
                                                ("Attendees", "Wren Olafsen, Dr Pell"))):
                table.cell(r, 0).text, table.cell(r, 1).text = label, value
        elif shape == "D":
            doc.add_paragraph(f"Date: {when}")
            doc.add_paragraph("Attendees: Wren Olafsen, Ciro Baptiste")
        else:
            doc.add_paragraph().add_run(f"Sponsor meeting {when}").bold = True
            doc.add_paragraph("Attendees: Wren Olafsen, Dr Pell")
        doc.add_paragraph(f"We looked at gripper trial {n} and agreed the next change.")
        doc.add_paragraph(f"Ciro to order part {n}.", style="List Bullet")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _dates(data: bytes, fmt: str) -> list[str | None]:
    return [r.meeting.date for r in extract_all(data, format=fmt)]


@pytest.mark.parametrize("shapes", ["HTHTHT", "HHTHHT", "HDHDHD", "HHHHHT", "THHHHH", "TDTDTD", "HTBHDH"])
def test_meetings_of_two_shapes_in_one_word_log_each_make_a_record(shapes: str) -> None:
    assert _dates(_word_log(shapes), "docx") == ISO


def test_a_newest_first_log_of_two_shapes_splits_too() -> None:
    assert _dates(_word_log("HTHHTH", tuple(reversed(DATES))), "docx") == list(reversed(ISO))


def _text_log(shapes: str) -> str:
    lines = ["# Orchard robot project log", ""]
    for n, (shape, when) in enumerate(zip(shapes, DATES, strict=False)):
        lines += [f"## Crew Meeting – {when}" if shape == "H" else f"Date: {when}",
                  "Attendees: Wren Olafsen, Ciro Baptiste", "",
                  f"We looked at gripper trial {n} and agreed the next change.", "", f"- Ciro to order part {n}.", ""]
    return "\n".join(lines)


@pytest.mark.parametrize("shapes", ["HDHDHD", "HHHHHD", "DHHHHH"])
def test_meetings_of_two_shapes_in_one_markdown_log_each_make_a_record(shapes: str) -> None:
    assert _dates(_text_log(shapes).encode(), "markdown") == ISO


def _single_meeting(kind: str) -> bytes:
    """One meeting: its date and attendance at the top, then an item or a next meeting dated otherwise."""
    doc = new_document()
    doc.add_heading("Orchard robot crew meeting", 0)
    if kind == "form":
        table = doc.add_table(rows=2, cols=2)
        for r, (label, value) in enumerate((("Date", DATES[0]), ("Attendees", "Wren Olafsen, Ciro Baptiste"))):
            table.cell(r, 0).text, table.cell(r, 1).text = label, value
    else:
        doc.add_paragraph(f"Date: {DATES[0]}")
        doc.add_paragraph("Attendees: Wren Olafsen, Ciro Baptiste")
    for n, when in enumerate(DATES[1:2] if kind == "heading" else DATES[1:4]):
        if kind == "heading":
            doc.add_heading(f"Field trial – {when}", level=1)
        else:
            doc.add_paragraph(f"{n + 1}. Gripper review due {when}")
        doc.add_paragraph(f"We looked at gripper trial {n} and agreed the next change.")
        doc.add_paragraph(f"Ciro to order part {n}.", style="List Bullet")
    doc.add_paragraph(f"Next meeting: {DATES[4]}, Lab 2")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


@pytest.mark.parametrize("kind", ["heading", "items", "form"])
def test_a_single_meeting_with_other_dates_below_its_own_stays_one(kind: str) -> None:
    assert _dates(_single_meeting(kind), "docx") == [ISO[0]]
