"""Borderless tables: rows cut into cells at the same tab stops, no rulings drawn."""

from __future__ import annotations

from pathlib import Path

from notes_extract.document import BlockKind
from tests.test_loader_pdf import Page, load_pages, tables, texts


def _action_rows(page: Page, top: float) -> Page:
    page.text(72, top, "Action items", bold=True).text(300, top, "Person responsible", bold=True)
    page.text(450, top, "Deadline", bold=True)
    for n, (task, who, due) in enumerate([("Book the hall", "Ann Smith", "3 May 2024"),
                                          ("Send the accounts", "Bob Jones", "10 May 2024")]):
        y = top + 18 * (n + 1)
        page.text(72, y, "\u2022").text(84, y, task).text(300, y, who).text(450, y, due)
    return page


def test_rows_aligned_in_three_cells_are_a_table() -> None:
    page = Page().text(72, 80, "Minutes of the committee", size=16, bold=True)
    doc = load_pages(_action_rows(page, 120))
    [table] = tables(doc)
    assert [list(r) for r in table.rows] == [
        ["Action items", "Person responsible", "Deadline"],
        ["Book the hall", "Ann Smith", "3 May 2024"],
        ["Send the accounts", "Bob Jones", "10 May 2024"],
    ]
    assert "Book the hall Ann Smith 3 May 2024" not in texts(doc)


def test_label_and_value_rows_stay_lines() -> None:
    page = Page().text(72, 80, "Chair").text(200, 80, "Ann Smith").text(72, 98, "Secretary").text(200, 98, "Bob Jones")
    doc = load_pages(page)
    assert not tables(doc)
    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


def test_rows_with_a_bullet_off_the_baseline_are_read_row_by_row() -> None:
    # A check mark drawn in a symbol font sits a little below its line's
    # baseline; it must not make tab-aligned rows look like two columns.
    page = Page()
    for n, (task, who) in enumerate([("Book the hall", "Ann Smith 3 May"), ("Send the accounts", "Bob Jones 10 May"),
                                     ("Print the agenda", "Cy Young 17 May")]):
        y = 100 + 16 * n
        bullet = ("\\267", "F1", 10, -1.7)  # octal 267: the bullet, 1.7 pt below the baseline
        page.runs(72, y, bullet).text(84, y, task).text(300, y, who)
    assert texts(load_pages(page)) == [
        "Book the hall Ann Smith 3 May",
        "Send the accounts Bob Jones 10 May",
        "Print the agenda Cy Young 17 May",
    ]


def test_bold_labels_with_plain_values_at_tab_stops_are_a_table() -> None:
    # A template's meeting-facts block: bold labels, plain values, two pairs
    # a row, the first label wrapped onto a second line.
    page = Page().text(72, 100, "Meeting called", bold=True).text(170, 100, "Ann Smith")
    page.text(320, 100, "Type of", bold=True).text(400, 100, "Status")
    page.text(72, 110, "by:", bold=True).text(320, 110, "meeting:", bold=True)
    page.text(72, 130, "Note taker:", bold=True).text(170, 130, "Bob Jones")
    page.text(72, 150, "Attendees:", bold=True).text(172, 150, "Ann, Bob")
    page.text(72, 170, "Please bring:", bold=True)
    page.text(72, 220, "Discussion", size=14, bold=True)
    doc = load_pages(page)
    [table] = tables(doc)
    assert [list(r) for r in table.rows] == [
        ["Meeting called by:", "Ann Smith", "Type of meeting:", "Status"],
        ["Note taker:", "Bob Jones", "", ""],
        ["Attendees:", "Ann, Bob", "", ""],
        ["Please bring:", "", "", ""],
    ]
    assert texts(doc)[-1] == "Discussion"


def test_one_row_of_two_run_in_label_pairs_is_a_table() -> None:
    page = Page().runs(72, 100, ("Agenda item:", "F2", 10, 0), (" Assign roles", "F1", 10, 0))
    page.runs(320, 100, ("Presenter:", "F2", 10, 0), (" Ann Smith", "F1", 10, 0))
    page.text(72, 116, "Discussion:", bold=True).text(72, 130, "We talked.")
    doc = load_pages(page)
    [table] = tables(doc)
    assert [list(r) for r in table.rows] == [["Agenda item:", "Assign roles", "Presenter:", "Ann Smith"]]
    assert texts(doc)[1:] == ["Discussion:", "We talked."]


def test_bold_run_in_labels_without_tab_gaps_stay_lines() -> None:
    page = Page().runs(72, 100, ("Present:", "F2", 10, 0), (" Ann Smith, Bob Jones", "F1", 10, 0))
    page.runs(72, 114, ("Apologies:", "F2", 10, 0), (" Cy Young", "F1", 10, 0))
    doc = load_pages(page)
    assert not tables(doc)


def _web_table(page: Page, top: float) -> Page:
    """A web page's borderless table: bold headers centred over their columns, cells a padding apart."""
    page.text(80, top, "Attendee", bold=True).text(160, top, "Attended", bold=True)
    rows = [("Ann Smithson", "Y"), ("Bob Jo", "N"), ("Cy Youngman", "Y (on Teams)")]
    for n, (name, came) in enumerate(rows):
        page.text(72, top + 26 * (n + 1), name).text(148, top + 26 * (n + 1), came)
    y = top + 26 * (len(rows) + 1)
    # A wrapped cell: the row's other cell is centred beside its two lines.
    page.text(72, y, "Dee Longname-").text(148, y + 6, "N").text(72, y + 12, "Smith")
    return page


def test_columns_closer_than_a_tab_gap_under_a_bold_header_are_a_table() -> None:
    page = _web_table(Page().text(72, 80, "Attendance", size=16, bold=True), 120)
    page.text(72, 260, "The meeting opened at noon.")
    doc = load_pages(page)
    [table] = tables(doc)
    assert [list(r) for r in table.rows] == [
        ["Attendee", "Attended"],
        ["Ann Smithson", "Y"],
        ["Bob Jo", "N"],
        ["Cy Youngman", "Y (on Teams)"],
        ["Dee Longname- Smith", "N"],
    ]
    assert texts(doc)[-1] == "The meeting opened at noon."


def test_prose_under_a_bold_line_is_not_an_aligned_table() -> None:
    # Words that happen to start at the same x in prose, with no tab gap
    # before them on any line, are not a column.
    page = Page().text(72, 100, "Minutes of the meeting", bold=True)
    page.text(72, 114, "We met at the hall").text(160, 114, "and agreed the plan.")
    page.text(72, 128, "Ann read the minutes").text(160, 128, "of the last one.")
    doc = load_pages(page)
    assert not tables(doc)


def test_a_number_column_under_its_own_header_cell_is_a_table() -> None:
    # An action table printed from a web page: "No." over item numbers that
    # sit a padding from the text, the cells of a wrapped row centred on it.
    page = Page().text(72, 100, "No.", bold=True).text(160, 100, "Detail", bold=True)
    page.text(300, 100, "Resp.", bold=True)
    for n, (detail, more, who) in enumerate([("Add the terms of", "reference", "TG"),
                                             ("Update the ToR to", "include voting", "AG")]):
        y = 130 + 40 * n
        page.text(104, y, detail).text(72, y + 6, f"2.{n + 1}").text(298, y + 6, who).text(104, y + 12, more)
    doc = load_pages(page)
    [table] = tables(doc)
    assert [list(r) for r in table.rows] == [
        ["No.", "Detail", "Resp."],
        ["2.1", "Add the terms of reference", "TG"],
        ["2.2", "Update the ToR to include voting", "AG"],
    ]


def _numbered_rows(page: Page, top: float, rows: list[tuple[str, str, str, str]]) -> Page:
    """Rows under "No. | Detail | Resp." whose numbers sit a padding from the detail, wrapped details centred."""
    page.text(72, top, "No.", bold=True).text(160, top, "Detail", bold=True).text(300, top, "Resp.", bold=True)
    for n, (number, detail, more, who) in enumerate(rows):
        y = top + 30 + 40 * n
        page.text(104, y, detail).text(72, y + 6, number).text(298, y + 6, who)
        if more:
            page.text(104, y + 12, more)
    return page


def test_a_web_table_cut_by_a_page_break_is_joined_with_its_cut_row() -> None:
    # The browser repeats the header on the next page and prints there the
    # last line of the row it cut; the columns come from the rows after it.
    first = _numbered_rows(Page().text(72, 600, "Actions", bold=True, size=14), 640, [
        ("2.1", "Add the terms of", "reference", "TG"), ("2.2", "Move all projects", "", "SF")])
    second = _numbered_rows(Page(), 40, [("2.3", "Update the ToR to", "include voting", "AG"),
                                         ("2.4", "Write the note on", "membership", "TG"),
                                         ("2.5", "Arrange the next", "meeting", "TG")])
    second.text(104, 52, "to GitHub")
    doc = load_pages(first, second)
    [table] = tables(doc)
    assert [list(r) for r in table.rows] == [
        ["No.", "Detail", "Resp."],
        ["2.1", "Add the terms of reference", "TG"],
        ["2.2", "Move all projects to GitHub", "SF"],
        ["2.3", "Update the ToR to include voting", "AG"],
        ["2.4", "Write the note on membership", "TG"],
        ["2.5", "Arrange the next meeting", "TG"],
    ]


def test_a_web_table_with_a_wrapped_header_cell_and_staggered_rows_is_a_table() -> None:
    # <th>Date completed</th> wraps, the other header cells centred beside it half a line
    # lower; each row's cells wrap to different lengths and are centred on the row.
    page = Page().text(72, 80, "Review Online Motions", size=14, bold=True)
    page.text(180, 110, "Date", bold=True).text(72, 117, "Date raised", bold=True)
    page.text(290, 117, "Motion Text", bold=True).text(420, 117, "Outcome", bold=True)
    page.text(180, 124, "completed", bold=True)
    for n, (raised, done, motion, outcome) in enumerate([("Mon 31 Mar", "Thu 3 Apr", "Issue a key", "Passed"),
                                                          ("Mon 7 Apr", "Thu 10 Apr", "Buy a dimmer", "Lapsed")]):
        y = 150 + 40 * n
        page.text(72, y, raised).text(180, y + 7, done).text(290, y + 7, motion).text(420, y + 7, outcome)
        page.text(72, y + 14, "2025")
    page.text(72, 260, "The motions were noted.")
    doc = load_pages(page)
    [table] = tables(doc)
    assert [list(r) for r in table.rows] == [
        ["Date raised", "Date completed", "Motion Text", "Outcome"],
        ["Mon 31 Mar 2025", "Thu 3 Apr", "Issue a key", "Passed"],
        ["Mon 7 Apr 2025", "Thu 10 Apr", "Buy a dimmer", "Lapsed"],
    ]
    assert texts(doc)[-1] == "The motions were noted."


def test_one_staggered_row_under_a_bold_header_is_a_table() -> None:
    # A one-row web table: its wrapped first cell beside the others, centred half a line down,
    # is set as no text outside a table is.
    page = Page().text(72, 100, "Motion Text", bold=True).text(260, 100, "Moved by", bold=True)
    page.text(340, 100, "Status", bold=True)
    page.text(72, 130, "Accept previous meeting").text(260, 137, "Lewis").text(340, 137, "Accepted")
    page.text(72, 144, "minutes")
    page.text(72, 190, "The minutes were signed.")
    doc = load_pages(page)
    [table] = tables(doc)
    assert [list(r) for r in table.rows] == [
        ["Motion Text", "Moved by", "Status"],
        ["Accept previous meeting minutes", "Lewis", "Accepted"],
    ]


def test_one_plain_row_under_a_bold_line_is_no_table() -> None:
    page = Page().text(72, 100, "Motion Text", bold=True).text(260, 100, "Moved by", bold=True)
    page.text(72, 130, "Accept previous meeting").text(260, 130, "Lewis")
    page.text(72, 190, "The minutes were signed.")
    assert not tables(load_pages(page))


def _padded_rows(page: Page, top: float, rows: list[str]) -> Page:
    """A web table's header and rows a cell padding apart (28 pt from row to row), the name cells
    closer than a tab gap to the next (the shortest one's is not)."""
    page.text(80, top, "Attendee", bold=True).text(160, top, "Attended", bold=True)
    for n, name in enumerate(rows):
        page.text(72, top + 28 * (n + 1), name).text(148, top + 28 * (n + 1), "Y")
    return page


def test_a_web_table_with_padded_rows_goes_on_after_a_page_break_too_short_for_a_row() -> None:
    # The room left under the table is more than its header's height but less than a padded row.
    prose = Page()
    for y in range(100, 800, 15):
        prose.text(72, y, "The treasurer reported on the accounts of the group for the month.")
    names = ["Ann Smithson", "Bo Li", "Cy Youngman", "Di Longname", "Ed Smithson", "Flo Bright"]
    first = _padded_rows(Page(), 597, names)
    second = _padded_rows(Page(), 40, ["Gil Youngman", "Hal Daysmith", "Ida Lo"])
    doc = load_pages(prose, first, second)
    [table] = tables(doc)
    assert [r[0] for r in table.rows] == ["Attendee", *names, "Gil Youngman", "Hal Daysmith", "Ida Lo"]


def test_one_row_under_a_staggered_bold_header_is_a_table() -> None:
    # <th>Moved by</th> and <th>Seconded by</th> wrap; the other header cells are centred beside them.
    page = Page().text(260, 100, "Moved", bold=True).text(340, 100, "Seconded", bold=True)
    page.text(72, 107, "Motion Text", bold=True).text(420, 107, "Status", bold=True)
    page.text(262, 114, "by", bold=True).text(350, 114, "by", bold=True)
    page.text(72, 140, "Accept Expenses as reported").text(255, 140, "Fletcher").text(340, 140, "JC")
    page.text(420, 140, "Accepted")
    page.text(72, 190, "The minutes were signed.")
    doc = load_pages(page)
    [table] = tables(doc)
    assert [list(r) for r in table.rows] == [
        ["Motion Text", "Moved by", "Seconded by", "Status"],
        ["Accept Expenses as reported", "Fletcher", "JC", "Accepted"],
    ]


def _layout_table(page: Page, top: float) -> Page:
    """A web page's header-less layout table: a bold label, a wrapped middle cell centred beside
    it half a line up and down, then one name a row (rows 16 pt apart) under the last column."""
    page.text(140, top - 6, "Parish").text(72, top, "Present", bold=True).text(240, top, "Bride")
    page.text(140, top + 6, "Councillors")
    for n, name in enumerate(["Mrs Chapman", "Mrs Chubb", "Harris"]):
        page.text(240, top + 32 + 26 * n, name)
    page.text(140, top + 110, "Councillors").text(240, top + 110, "Mrs Clark and Jones")
    page.text(240, top + 136, "Roger Edgar (Chairman School").text(240, top + 148, "Governors)")
    return page


def test_a_header_less_table_of_evenly_spaced_rows_on_three_columns_is_a_table() -> None:
    page = _layout_table(Page(), 100)
    page.text(72, 274, "Apologies were received from Ann Smith.")
    doc = load_pages(page)
    [table] = tables(doc)
    assert [list(r) for r in table.rows] == [
        ["Present", "Parish Councillors", "Bride"],
        ["", "", "Mrs Chapman"],
        ["", "", "Mrs Chubb"],
        ["", "", "Harris"],
        ["", "Councillors", "Mrs Clark and Jones"],
        ["", "", "Roger Edgar (Chairman School Governors)"],
    ]
    assert texts(doc)[-1] == "Apologies were received from Ann Smith."


def test_a_bold_title_over_a_header_less_table_is_no_header() -> None:
    # The title is one line not cut into cells: no table header, and the table's rows stay its own.
    page = Page().text(150, 60, "MINUTES OF THE ANNUAL MEETING", bold=True)
    doc = load_pages(_layout_table(page, 100))
    [table] = tables(doc)
    assert list(table.rows[0]) == ["Present", "Parish Councillors", "Bride"]
    assert texts(doc)[0] == "MINUTES OF THE ANNUAL MEETING"


def test_indented_lines_under_a_two_cell_label_stay_lines() -> None:
    page = Page().text(72, 100, "Present", bold=True).text(240, 100, "Ann Smith")
    for n, name in enumerate(["Bob Jones", "Cy Young", "Di Long"]):
        page.text(240, 126 + 26 * n, name)
    assert not tables(load_pages(page))


def test_rows_cut_into_cells_at_the_line_spacing_are_no_wrapped_cell() -> None:
    # A payments list: its rows stand unevenly apart, some at the line spacing; read as lines.
    page = Page().text(110, 100, "Spent").text(184, 100, "Payee").text(305, 100, "Detail")
    page.text(110, 118, "926.10").text(184, 118, "C M Jones").text(305, 118, "Net salary")
    page.text(110, 136, "398.81").text(184, 136, "C M Jones").text(305, 136, "Ink cartridges and")
    page.text(305, 147, "postage for agendas")
    page.text(110, 158, "294.26").text(184, 158, "HMRC").text(305, 158, "Tax and NI")
    page.text(110, 176, "15.00").text(184, 176, "A J Hardy").text(305, 176, "Payroll service")
    assert not tables(load_pages(page))


def _attendance(page: Page, top: float, step: float, second: float = 306) -> Page:
    """A Word table without borders: 'Present | Role', then a name and a role a row."""
    rows = [("Present", "Role"), ("Alan Moss", "Chair"), ("Bea Lund", "Secretary"), ("Cal Reyes", "Treasurer"),
            ("Dina Okoro", "Member")]
    for n, (name, role) in enumerate(rows):
        page.text(90, top + step * n, name).text(second, top + step * n, role)
    return page


def test_a_two_column_table_without_borders_is_a_table() -> None:
    page = _attendance(Page().text(90, 80, "Management Committee Meeting", size=16, bold=True), 120, 24)
    page.text(90, 240, "Apologies: Ed Park")
    doc = load_pages(page)
    [table] = tables(doc)
    assert [list(r) for r in table.rows] == [["Present", "Role"], ["Alan Moss", "Chair"], ["Bea Lund", "Secretary"],
                                             ["Cal Reyes", "Treasurer"], ["Dina Okoro", "Member"]]
    assert texts(doc)[-1] == "Apologies: Ed Park"


def test_a_two_column_table_with_rows_at_the_line_spacing_is_a_table() -> None:
    page = _attendance(Page(), 120, 12, second=200)
    page.text(90, 200, "The meeting opened at 7.30pm with the chair in the chair and everyone in good spirits.")
    [table] = tables(load_pages(page))
    assert list(table.rows[-1]) == ["Dina Okoro", "Member"]


def _actions(page: Page, top: float) -> Page:
    """A three-column Word table without borders or a bold header, one cell wrapped."""
    page.text(90, top, "Action").text(234, top, "Who").text(378, top, "By when")
    page.text(90, top + 24, "Get roof quotes").text(234, top + 24, "Cal").text(378, top + 24, "30 June")
    page.text(90, top + 48, "Write to members in").text(234, top + 48, "Bea").text(378, top + 48, "14 June")
    page.text(90, top + 60, "arrears")
    return page


def test_a_paragraph_under_a_table_whose_words_fall_on_its_columns_is_no_row() -> None:
    # "3" starts on the "Who" column and no word crosses a column: only a word space before it.
    page = _actions(Page(), 100)
    page.text(90, 184, "Next meeting: Wednesday").text(220.7, 184, "3 July 2024 at 7.30pm")
    doc = load_pages(page)
    [table] = tables(doc)
    assert [list(r) for r in table.rows] == [["Action", "Who", "By when"], ["Get roof quotes", "Cal", "30 June"],
                                             ["Write to members in arrears", "Bea", "14 June"]]
    assert texts(doc)[-1].startswith("Next meeting: Wednesday 3 July")


def test_a_short_paragraph_or_list_under_a_table_is_no_row() -> None:
    page = _actions(Page(), 100).text(90, 184, "Next meeting TBC").text(90, 196, "Meeting closed.")
    doc = load_pages(page)
    [table] = tables(doc)
    assert len(table.rows) == 3
    assert "Next meeting TBC" in " ".join(texts(doc))


def test_a_cell_wrapped_under_a_bold_header_keeps_the_rows_after_it() -> None:
    page = Page().text(90, 100, "Action", bold=True).text(234, 100, "Who", bold=True)
    page.text(378, 100, "By when", bold=True)
    page.text(90, 124, "Write to members in").text(234, 124, "Bea").text(378, 124, "14 June")
    page.text(90, 136, "arrears")
    page.text(90, 160, "Book the hall").text(234, 160, "Alan").text(378, 160, "1 July")
    [table] = tables(load_pages(page))
    assert [list(r) for r in table.rows] == [["Action", "Who", "By when"],
                                             ["Write to members in arrears", "Bea", "14 June"],
                                             ["Book the hall", "Alan", "1 July"]]


def test_two_column_text_that_is_no_table_stays_lines() -> None:
    # A numbered list with a hanging indent, then label lines: two, so no table of them.
    page = Page()
    for n, top in enumerate((100, 136, 172), 1):
        page.text(90, top, f"{n}.").text(126, top, "The committee reviewed the repairs log and agreed the work")
        page.text(126, top + 12, "was complete and should be paid.")
    page.text(90, 220, "Chair:").text(200, 220, "Alan Moss").text(90, 244, "Secretary:").text(200, 244, "Bea Lund")
    doc = load_pages(page)
    assert not tables(doc)
    assert "Chair: Alan Moss" in texts(doc)


def test_two_ruled_tables_typed_one_under_the_other_stay_two_tables() -> None:
    """A Word template's action table touching the next item's form table: the finder sees one grid
    on the union of their columns; the column starts change between them, so they are two tables."""
    from notes_extract import extract
    from notes_extract.loaders import load

    data = (Path(__file__).parent / "data" / "stacked-tables-template.pdf").read_bytes()
    tables = [b.rows for b in load(data, source="stacked.pdf").blocks if b.rows]
    assert tables[1] == (("Action items", "Person responsible", "Deadline"), ("Send summary", "Bo Li", "15/03/2024"))
    assert tables[2] == (("Agenda item:", "Hiring", "Presenter:", "Cy Ode"),)
    record = extract(data, format="pdf")
    assert [(s.title, s.presenter) for s in record.sections] == [("Budget", "Bo Li"), ("Hiring", "Cy Ode")]
