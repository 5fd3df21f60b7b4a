"""Minutes laid out the way Word users lay them out: a minute book's table with one row per item
("Item | Minute | Action"), cells whose lines are a title over its minutes, a form's "Minutes:"
field naming who took them, and a "Minutes of the ... Meeting, <date>, <time>, <place>" line.

Each document is built with python-docx; names and bodies are invented.
"""

from __future__ import annotations

import io

import docx

from notes_extract import extract
from notes_extract.models import MinutesRecord, Point


def _record(document: docx.document.Document) -> MinutesRecord:
    buffer = io.BytesIO()
    document.save(buffer)
    return extract(buffer.getvalue())


def _table(document: docx.document.Document, rows: list[tuple[str, ...]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value


def _minute_book(header: tuple[str, str, str]) -> docx.document.Document:
    document = docx.Document()
    document.add_paragraph("Minutes of the Committee Meeting held on Tuesday 4 June 2024 at 7.30pm in the Pavilion")
    document.add_paragraph("Present: Ann Brown (AB) (Chair), Colin Dee (CD), Eve Ford (EF)")
    document.add_paragraph("Apologies: Ian Jones, Kate Lamb")
    rows = [("1", "Welcome and apologies\nThe Chair welcomed everyone. Apologies as above.", ""),
            ("2", "Treasurer's report\nCD reported a balance of £1,240. It was agreed to renew the insurance.", "CD"),
            ("3", "Summer fete\nVolunteers are needed for the tea tent. EF to draft a poster by 20 June.", "EF")]
    _table(document, [header, *rows])
    return document


def test_a_minute_book_table_numbered_in_its_item_column_is_one_section_per_row() -> None:
    record = _record(_minute_book(("Item", "Minute", "Action")))
    assert [s.title for s in record.sections] == ["Welcome and apologies", "Treasurer's report", "Summer fete"]
    assert [p.name for p in record.attendance.apologies] == ["Ian Jones", "Kate Lamb"]  # no "Item", no "Minute"
    # "CD" in the action column beside "It was agreed to renew the insurance.": CD carries out what was agreed
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == \
        [("It was agreed to renew the insurance.", ["Colin Dee"]), ("EF to draft a poster by 20 June.", ["Eve Ford"])]
    assert [d.text for d in record.decisions] == ["It was agreed to renew the insurance."]


def test_a_minute_book_table_with_its_number_column_first_reads_the_same() -> None:
    record = _record(_minute_book(("No.", "Item", "Action")))
    assert [s.title for s in record.sections] == ["Welcome and apologies", "Treasurer's report", "Summer fete"]


def test_a_cells_lines_stay_apart_and_the_records_texts_are_single_lines() -> None:
    document = docx.Document()
    document.add_heading("Design Team Meeting 3 March 2024", 1)
    document.add_paragraph("Attendees: Ann Lee, Bo Chan")
    _table(document, [("Topic", "Discussion"),
                      ("Roadmap", "Release moved to April\nBo will update the plan\nNo objections")])
    record = _record(document)
    (section,) = record.sections
    assert [p.text for p in section.points] == ["Release moved to April", "Bo will update the plan", "No objections"]
    assert [a.text for a in record.actions] == ["Bo will update the plan"]
    assert Point(text="two\nlines").text == "two lines"  # however a text reaches the record


def test_a_forms_minutes_field_names_the_minute_taker_not_the_meeting() -> None:
    document = docx.Document()
    document.add_heading("Project Board – Minutes", 1)
    _table(document, [("Date:", "15 May 2024"), ("Chair:", "Priya Nair"), ("Minutes:", "Leo Park")])
    document.add_paragraph("Attendees: Priya Nair, Leo Park, Sam Ortiz")
    document.add_paragraph("Risks", style="List Number")
    document.add_paragraph("Staff turnover risk raised to amber.", style="List Bullet 2")
    record = _record(document)
    assert record.meeting.title == "Project Board"
    assert record.meeting.minute_taker == "Leo Park"


def test_the_date_time_and_place_after_a_meetings_name_are_not_its_title() -> None:
    document = docx.Document()
    document.add_heading("Riverside Tenants' Association", 0)
    document.add_paragraph("Minutes of the General Meeting, 12 March 2024, 6:30 pm, Community Hall")
    document.add_paragraph("Present: Maria Lopez (Chair), Tom Reed, Joan Pike")
    document.add_paragraph("Repairs backlog", style="List Number")
    document.add_paragraph("Damp reported in block C.", style="List Bullet 2")
    record = _record(document)
    assert record.meeting.title == "Riverside Tenants' Association General Meeting"
    assert record.meeting.date == "2024-03-12"


def test_a_board_in_the_page_header_a_roll_call_table_and_business_labels_in_capitals() -> None:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Maple Grove HOA Board of Directors"
    document.add_paragraph("REGULAR MEETING MINUTES – OCTOBER 8, 2024")
    document.add_paragraph("CALL TO ORDER: President Dana White called the meeting to order at 7:02 p.m.")
    document.add_paragraph("ROLL CALL:")
    _table(document, [("Dana White, President", "Present"), ("Ed Black, Vice President", "Present"),
                      ("Fay Green, Treasurer", "Absent")])
    document.add_paragraph("OLD BUSINESS:")
    document.add_paragraph("a. Pool resurfacing – bids received. Hal Stone will obtain a third bid.")
    document.add_paragraph("b. Entrance lighting – completed.")
    document.add_paragraph("NEW BUSINESS:")
    document.add_paragraph("a. Holiday decorations – Motion by Ed Black, seconded by Dana White, to spend up to "
                           "$600 on decorations. Motion carried unanimously.")
    record = _record(document)
    assert record.meeting.title == "Maple Grove HOA Board of Directors"
    assert [p.name for p in record.attendance.absent] == ["Fay Green"]
    assert "NEW BUSINESS" in [s.title for s in record.sections]
    (decision,) = record.decisions
    assert decision.text.startswith("Holiday decorations – Motion by Ed Black")
    assert (decision.proposer, decision.seconder, decision.outcome) == ("Ed Black", "Dana White", "carried")
