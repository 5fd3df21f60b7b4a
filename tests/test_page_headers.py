"""The body's name and the meeting's date written only in the page header (Word) or the running
header atop every page (PDF): the record still has them; the header is never body text."""

import io

from docx import Document as new_document

from notes_extract import extract
from tests.test_loader_pdf import Page, build_pdf

_HEADER = "Westbrook Parish Council – Minutes of the meeting held on 3 March 2020"


def _word_file() -> bytes:
    doc = new_document()
    doc.sections[0].header.paragraphs[0].text = _HEADER
    doc.add_paragraph("Present: Cllr Ann Lee (Chair), Cllr Bo Chan")
    doc.add_paragraph().add_run("1. Playground").bold = True
    doc.add_paragraph("The council agreed to repair the swings.")
    doc.add_paragraph().add_run("2. Footpaths").bold = True
    doc.add_paragraph("The clerk will report the broken stile.")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def test_a_word_page_header_titles_and_dates_minutes_without_a_title_line() -> None:
    record = extract(_word_file(), format="docx")
    assert (record.meeting.title, record.meeting.date) == ("Westbrook Parish Council", "2020-03-03")
    assert [s.title for s in record.sections] == ["Playground", "Footpaths"]


def test_a_pdf_running_header_titles_and_dates_minutes_and_stays_out_of_the_body() -> None:
    pages = []
    for n, body in enumerate(("Present: Cllr Ann Lee (Chair), Cllr Bo Chan.", "The swings will be repaired.",
                              "The broken stile was reported."), start=1):
        page = Page().text(72, 40, "Westbrook Parish Council - Minutes of 3 March 2020", size=8)
        page.text(72, 120, body).text(280, 810, f"Page {n} of 3", size=8)
        pages.append(page)
    record = extract(build_pdf(pages), format="pdf")
    assert (record.meeting.title, record.meeting.date) == ("Westbrook Parish Council", "2020-03-03")
    assert all("Westbrook" not in s.title for s in record.sections)


def test_a_header_that_names_no_body_titles_nothing() -> None:
    doc = new_document()
    doc.sections[0].header.paragraphs[0].text = "DRAFT – not yet approved"
    doc.add_paragraph("Present: Ann Lee, Bo Chan")
    doc.add_paragraph("The swings will be repaired on 4 May 2020.")
    buffer = io.BytesIO()
    doc.save(buffer)
    assert extract(buffer.getvalue(), format="docx").meeting.title != "DRAFT – not yet approved"
