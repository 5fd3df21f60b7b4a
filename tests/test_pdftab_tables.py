"""Tables printed to PDF as minutes hold them (pdftab battery rules): a borderless attendance table
with empty role cells, an action table whose due dates are same-width "dd Month" cells, and cells
holding bulleted lists, ruled or not, read as the HTML loader reads the same table."""

from __future__ import annotations

from notes_extract.loaders.pdf.tables import _join_cut_cell
from tests.test_loader_pdf import Page, load_pages, tables


def _rows(page: Page) -> list[list[str]]:
    [table] = tables(load_pages(page))
    return [list(r) for r in table.rows]


def test_an_empty_cell_keeps_its_column() -> None:
    # A web table without borders: headers bold and centred over their columns, cells left-aligned,
    # and only the officers have a role.
    page = Page().text(60, 60, "Rowing club committee", size=14, bold=True)
    page.text(130, 100, "Name", bold=True).text(300, 100, "Role", bold=True).text(430, 100, "Present", bold=True)
    people = [("Orla Fenwick", "Chair", "Yes"), ("Tam Brightwell", "Secretary", "Yes"), ("Ines Varga", "", "Apologies"),
              ("Kit Oduya", "", "Yes")]
    for n, (name, role, mark) in enumerate(people):
        y = 118 + 18 * n
        page.text(60, y, name).text(260, y, role).text(410, y, mark)
    assert _rows(page) == [["Name", "Role", "Present"], *[list(p) for p in people]]


def test_same_width_day_numbers_make_no_column() -> None:
    # "14 August" / "21 August": every day ends at one x, so every month starts at one x too.
    page = Page().text(60, 60, "Scout group executive", size=14, bold=True)
    page.text(190, 100, "What", bold=True).text(395, 100, "Who", bold=True).text(480, 100, "When", bold=True)
    tasks = [("Check the tents for damage", "Rafe", "14 August"), ("Thank the bag pack helpers", "Lina", "21 August"),
             ("Apply for the camping grant", "Oskar", "28 September")]
    for n, (task, who, due) in enumerate(tasks):
        y = 118 + 18 * n
        page.text(60, y, task).text(380, y, who).text(455, y, due)
    assert _rows(page) == [["What", "Who", "When"], *[list(t) for t in tasks]]


def test_a_borderless_cell_list_reads_item_by_item() -> None:
    # Bullets in the notes column: the text after each bullet is no column of its own, and each
    # item (wrapped or not) is one line of the cell.
    page = Page().text(60, 60, "Finance committee", size=14, bold=True)
    page.text(62, 100, "Agenda item", bold=True).text(220, 100, "Discussion", bold=True)
    page.text(420, 100, "Action", bold=True)
    rows = [(130, "Budget", ["Spending is under profile", "Supply costs are high"], "None"),
            (162, "Capital bids",
             ["The roof bid was successful and", "work starts in spring", "The boiler bid was not"],
             "Vic to resubmit the boiler bid")]
    for top, topic, lines, action in rows:
        page.text(60, top, topic).text(380, top, action)
        for n, line in enumerate(lines):
            y = top + 12 * n
            if not line[0].islower():
                page.text(160, y - 3, "•")
            page.text(172, y, line)
    assert _rows(page) == [
        ["Agenda item", "Discussion", "Action"],
        ["Budget", "Spending is under profile\nSupply costs are high", "None"],
        ["Capital bids", "The roof bid was successful and work starts in spring\nThe boiler bid was not",
         "Vic to resubmit the boiler bid"],
    ]


def test_a_ruled_cell_list_with_raised_bullets_reads_item_by_item() -> None:
    # A web page's list bullet is drawn higher than its text: on a line of its own for a reader of lines.
    page = Page().text(60, 60, "Food bank trustees", size=14, bold=True)
    left, mid, right, top, head, bottom = 60.0, 200.0, 520.0, 90.0, 110.0, 160.0
    for y in (top, head, bottom):
        page.rule(left, y, right, y)
    for x in (left, mid, right):
        page.rule(x, top, x, bottom)
    page.text(64, 104, "Topic", bold=True).text(204, 104, "Notes", bold=True)
    page.text(64, 124, "Warehouse lease")
    for n, line in enumerate(["The landlord offers a renewal", "Rent rises by four per cent"]):
        y = 124 + 14 * n
        page.text(206, y - 4, "•").text(218, y, line)
    assert _rows(page) == [["Topic", "Notes"],
                           ["Warehouse lease", "The landlord offers a renewal\nRent rises by four per cent"]]


def test_a_list_cut_by_a_page_break_goes_on_with_its_next_item() -> None:
    assert _join_cut_cell("Fees rose\nA course is proposed", "Tutors are scarce") == \
        "Fees rose\nA course is proposed\nTutors are scarce"
    assert _join_cut_cell("A course is proposed for", "autumn") == "A course is proposed for autumn"
    assert _join_cut_cell("Fees rose\nA course is proposed for", "autumn") == \
        "Fees rose\nA course is proposed for autumn"


def _centred_topic_page(top: float, topics: list[tuple[str, list[str], str]]) -> Page:
    """A borderless agenda table as a web page prints it: the topic centred down its row beside
    a bulleted notes cell whose bullets are drawn above their text, rows a padding apart."""
    page = Page()
    page.text(62, top, "Discussion Points", bold=True).text(230, top, "Notes", bold=True)
    page.text(420, top, "Actions", bold=True)
    y = top + 20
    for topic, notes, action in topics:
        page.text(60, y + 6 * (len(notes) - 1), topic).text(398, y, action)
        for n, note in enumerate(notes):
            if not note[0].islower():  # a lower-case line goes on the item above: its text wrapped
                page.text(186, y + 12 * n - 4, "•")
            page.text(200, y + 12 * n, note)
        y += 12 * len(notes) + 6
    return page


def test_a_topic_centred_beside_its_notes_stays_in_its_row() -> None:
    # The second topic is centred on its notes' wrapped line ("Book sale" beside "books go to ..."),
    # and the rows stand only a padding apart: less than a wrap's gap above the raised bullets.
    notes = ["Takings were good and unsold", "books go to the charity shop", "Stock goes on"]
    page = _centred_topic_page(100, [("Welcome", ["Apologies from Ida Renn"], "None"),
                                     ("Book sale", notes, "Sal to sort")])
    rows = _rows(page)
    assert [r[0] for r in rows] == ["Discussion Points", "Welcome", "Book sale"]
    assert rows[2][1] == "Takings were good and unsold books go to the charity shop\nStock goes on"


def test_a_row_carried_onto_the_next_page_under_the_repeated_header_joins_the_table() -> None:
    first = Page().text(60, 60, "Trustees", size=14, bold=True)
    first = _centred_topic_page(700, [("Finance", ["Accounts presented", "Spending in budget"], "None"),
                                      ("Events", ["Quiz raised funds", "Fun day planned"], "Cal to book the band")])
    first.ops.insert(0, "BT /F2 14 Tf 60 780 Td (Trustees) Tj ET")
    second = _centred_topic_page(50, [("Any other business", ["The minibus test is due", "Tyres are worn"],
                                       "Sven to book the test")])
    doc = load_pages(first, second)
    [table] = tables(doc)
    assert [r[0] for r in table.rows] == ["Discussion Points", "Finance", "Events", "Any other business"]
    assert table.rows[-1][2] == "Sven to book the test"
