"""Styles of older minutes kept as web pages and word-processor files, on small invented documents."""

from __future__ import annotations

from notes_extract import extract

_RUN_IN_TOPICS = b"""<html><body>
Notes of the Riverside Residents meeting held at the Old Mill 3rd March 2009
<p>Present: Ann Carter, Bob Dunne, Cara Evans</p>
<p>Apologies: Dan Fisher</p>
<p>Choice of a new treasurer: Bob Dunne agreed to stand and was elected unopposed.</p>
<p>Plans for the summer fair: Cara outlined the stalls booked so far and the costs involved.</p>
<p>Grants from the parish: Ann reported that two applications are pending.</p>
<p>Minutes of the last meeting: These were agreed as a true record.</p>
<p>Meeting ended at 9:30 pm</p>
<p>Recorded by: Cara Evans</p>
</body></html>"""


def test_sentence_case_run_in_topics_open_sections_when_repeated() -> None:
    record = extract(_RUN_IN_TOPICS, format="html")
    assert [s.title for s in record.sections] == [
        "Choice of a new treasurer", "Plans for the summer fair", "Grants from the parish",
        "Minutes of the last meeting"]


def test_one_sentence_case_label_alone_stays_text() -> None:
    single = _RUN_IN_TOPICS.replace(b"<p>Plans for the summer fair: ", b"<p>").replace(
        b"<p>Grants from the parish: ", b"<p>")
    record = extract(single, format="html")
    assert "Choice of a new treasurer" not in [s.title for s in record.sections]


_REPORTS_BY = b"""<html><body>
<p><b>MINUTES OF THE ANNUAL MEETING HELD IN THE TOWN HALL, EASTBROOK ON MONDAY 14th MAY 2007</b></p>
<p>Present: Cllr Mrs Harlow, Cllr Pike, Rev T. Wendell</p>
<p><b>REPORT BY COUNCILLOR MRS JANE HARLOW (DISTRICT)</b></p>
<p>The district budget was set in February and the new depot is open.</p>
<p><b>REPORT BY THE RECTOR REV. T. WENDELL</b></p>
<p>The church roof appeal has raised most of its target.</p>
</body></html>"""


def test_report_by_heading_names_its_presenter() -> None:
    record = extract(_REPORTS_BY, format="html")
    presenters = {s.title: s.presenter for s in record.sections}
    assert presenters["REPORT BY COUNCILLOR MRS JANE HARLOW (DISTRICT)"] == "Harlow"
    assert presenters["REPORT BY THE RECTOR REV. T. WENDELL"] is not None


def test_capitals_title_line_location_drops_its_on() -> None:
    record = extract(_REPORTS_BY, format="html")
    assert record.meeting.location is not None
    assert record.meeting.location.upper() == "TOWN HALL, EASTBROOK"


def _docx_with_body_in_a_table() -> bytes:
    """Minutes typed into a form: a details table, then the items inside one big table cell."""
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("Minutes of the design team meeting")
    details = document.add_table(rows=2, cols=2)
    details.cell(0, 0).text, details.cell(0, 1).text = "Date:", "4 March 2019"
    details.cell(1, 0).text = "Present:"
    names = details.cell(1, 1)
    names.text = "Kwan Li Hua, Bella"
    for name in ("Arif Bin Rahman", "Tessa Moore"):
        names.add_paragraph(name)
    items = document.add_table(rows=2, cols=2)
    items.cell(0, 0).text, items.cell(0, 1).text = "Item", "Action By"
    body = items.cell(1, 0)
    body.paragraphs[0].add_run("Review of the prototype").bold = True
    for n in range(20):
        body.add_paragraph(f"Arif walked the group through screen {n} of the prototype and the team "
                           "noted the layout problems found by the testers during the week.")
    body.add_paragraph().add_run("Any Other Business").bold = True
    body.add_paragraph("There was no other business.")
    items.cell(1, 1).text = "Arif"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_table_holding_the_minutes_is_read_as_text() -> None:
    record = extract(_docx_with_body_in_a_table(), format="docx")
    titles = [s.title for s in record.sections]
    assert "Review of the prototype" in titles
    assert "Any Other Business" in titles


def test_docx_cell_of_names_one_per_paragraph_keeps_them_apart() -> None:
    record = extract(_docx_with_body_in_a_table(), format="docx")
    present = [a.name for a in record.attendance.present]
    assert "Arif Bin Rahman" in present
    assert "Tessa Moore" in present


def test_docx_layout_table_drops_column_headings_and_margin_names() -> None:
    from notes_extract.loaders import load

    texts = [block.text for block in load(_docx_with_body_in_a_table(), format="docx").blocks]
    assert "Action By" not in texts and "Item" not in texts
    assert "Arif" not in texts  # the owner's name beside the text, already in it
    assert "Review of the prototype" in texts


def test_number_glued_to_a_room_code_is_not_a_date() -> None:
    from notes_extract.dates import find_dates

    assert [f.date for f in find_dates("next meeting in LT2-4-19 on 9 May 2019")] == ["2019-05-09"]
    assert [f.date for f in find_dates("notes_09-05-2019")] == ["2019-05-09"]


_ROLE_CELL_ATTENDANCE = b"""<html><body>
<p><b>MINUTES OF THE MEETING OF THE TOWN COUNCIL HELD IN THE LIBRARY, EASTBROOK ON TUESDAY 8 JUNE 2004</b></p>
<table>
<tr><td>Present</td><td>Chairman:</td><td>Mrs Harlow</td></tr>
<tr><td></td><td>Councillor:</td><td>Pike</td></tr>
<tr><td></td><td></td><td>Mrs Okafor</td></tr>
</table>
<p><b>APOLOGIES</b></p>
<p>There were no apologies.</p>
<p><b>PLANNING</b></p>
<p>The council considered two applications and raised no objection.</p>
</body></html>"""


def test_attendance_table_with_role_cells_gives_names_and_roles() -> None:
    record = extract(_ROLE_CELL_ATTENDANCE, format="html")
    present = {a.name: a.role for a in record.attendance.present}
    assert present == {"Harlow": "chair", "Pike": "councillor", "Okafor": "councillor"}


def test_title_line_date_wins_over_a_date_in_a_talk_before_it() -> None:
    data = (b"<html><body><p>Before the meeting Ms Ravel of the water board gave a talk on the works "
            b"that will close the bridge for resurfacing from 2nd April 2011 for about six weeks, and took "
            b"questions from councillors and residents about the diversion routes and parking.</p>"
            b"<p><b>MINUTES OF THE MEETING OF THE TOWN COUNCIL HELD IN THE LIBRARY ON MONDAY 7th March 2011</b></p>"
            b"<p>Present: Cllr Pike, Cllr Harlow</p><p><b>PLANNING</b></p><p>No applications.</p></body></html>")
    assert extract(data, format="html").meeting.date == "2011-03-07"


def test_web_page_title_gives_way_to_the_body_title() -> None:
    data = (b"<html><head><title>Minutes AGM Jun 2006</title></head><body>"
            b"<p><b>MINUTES OF THE ANNUAL GENERAL MEETING HELD IN THE LIBRARY ON MONDAY 5th June 2006</b></p>"
            b"<p>Present: Cllr Pike, Cllr Harlow</p><p><b>ACCOUNTS</b></p><p>The accounts were received.</p>"
            b"</body></html>")
    assert extract(data, format="html").meeting.title.lower() == "annual general meeting"


def test_html_list_typed_as_text_lines_becomes_list_items() -> None:
    from notes_extract.document import BlockKind
    from notes_extract.loaders import load

    data = (b"<html><body><p>Matters raised by the chair:</p>"
            b"<p>1. Better notice of meetings<br>\n  a. Posters in the library<br>\n  b. A mailing list</p>"
            b"<p>Garden group: <br>&middot; New beds dug<br>&middot; Shed repaired</p></body></html>")
    items = [(b.label, b.level, b.text) for b in load(data, format="html").blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == [("1.", 0, "Better notice of meetings"), ("a.", 1, "Posters in the library"),
                     ("b.", 1, "A mailing list"), (None, 0, "New beds dug"), (None, 0, "Shed repaired")]
