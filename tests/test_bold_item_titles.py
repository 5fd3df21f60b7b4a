"""Numbered items whose title runs into their text: marked in bold ("**1. Accounts for the year**
The audited ...") in Word, HTML or Markdown, or in plain text where a capitalised sentence opener
starts the text ("Treasurer's Report The Treasurer reported ..."). Invented minutes."""

from __future__ import annotations

import io

import pytest
from docx import Document as new_document

from notes_extract import extract
from notes_extract.models import MinutesRecord

TITLE = "Minutes of the Annual General Meeting of the Mill Lane Hall held on 14 November 2024"
PRESENT = "Present: Ann Gorse (Chair), Bill Tarn (Treasurer), Cath Lune, Dave Ryle"
ITEMS = [("1. Minutes of the 2023 Annual General Meeting",
          "Upon the proposition of Cath Lune, seconded by Dave Ryle, it was resolved that the minutes be approved."),
         ("2. Accounts for the year ended 31st March 2024", "The audited accounts were presented to the meeting."),
         ("3. Chair's Report", "The Chair reported that the new floor has been laid in the kitchen."),
         ("4. Any Other Business", "Dave Ryle will obtain a renewal quote from the insurers.")]
TITLES = ["Minutes of the 2023 Annual General Meeting", "Accounts for the year ended 31st March 2024",
          "Chair's Report", "Any Other Business"]


def _word() -> bytes:
    doc = new_document()
    doc.add_paragraph(TITLE)
    doc.add_paragraph(PRESENT)
    for title, text in ITEMS:
        paragraph = doc.add_paragraph()
        paragraph.add_run(title).bold = True
        paragraph.add_run(f" {text}")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _html(as_list: bool) -> bytes:
    if as_list:
        body = "<ol>" + "".join(f"<li><b>{t.split('. ', 1)[1]}</b> {x}</li>" for t, x in ITEMS) + "</ol>"
    else:
        body = "".join(f"<p><b>{t}</b> {x}</p>" for t, x in ITEMS)
    return f"<html><body><p>{TITLE}</p><p>{PRESENT}</p>{body}</body></html>".encode()


def _markdown() -> bytes:
    return "\n\n".join([TITLE, PRESENT, *(f"**{t}** {x}" for t, x in ITEMS)]).encode()


@pytest.mark.parametrize("make,fmt", [(_word, "docx"), (lambda: _html(False), "html"), (lambda: _html(True), "html"),
                                      (_markdown, "markdown")])
def test_a_bold_numbered_title_run_into_its_text_opens_a_section(make, fmt: str) -> None:  # type: ignore[no-untyped-def]
    record: MinutesRecord = extract(make(), format=fmt)
    assert [s.title for s in record.sections] == TITLES
    assert [(d.proposer, d.section) for d in record.decisions][:1] == [("Cath Lune", TITLES[0])]
    assert [(a.text, a.section) for a in record.actions] == [(ITEMS[3][1], "Any Other Business")]


def test_plain_numbered_titles_end_where_a_capitalised_opener_starts_the_text() -> None:
    text = "\n\n".join([TITLE, PRESENT, *(f"{t} {x}" for t, x in ITEMS if not t.startswith("2."))])
    record = extract(text.encode(), format="text")
    # "Any Other Business Dave Ryle will ...": no opener word, so that one is not cut
    assert [s.title for s in record.sections][:2] == [TITLES[0], TITLES[2]]


def test_bold_that_stops_inside_brackets_titles_nothing() -> None:
    text = "\n\n".join([TITLE, PRESENT, "**2. Minutes of the last meeting (**3 May**) and matters arising**",
                        "The minutes were agreed.", "**3. Repairs** The roof was mended.",
                        "**4. Parking** Cars were discussed.", "**5. Close** The meeting closed."])
    record = extract(text.encode(), format="markdown")
    assert all(not s.title.endswith("(") for s in record.sections)
