"""Minutes printed to PDF from a web page or Word: paragraph spacing, line breaks in items, close tables.

- Word's "space after" and pages printed from HTML set paragraphs a little further apart than their
  lines. Where that spacing is the document's own (lines that end early commonly stand that far above
  the next), a line standing that far below a full line that ended a sentence opens a new paragraph,
  although the line above filled the width ("... conduct ballots." then "Next steps:").
- A line break after a list item's colon ("Vote on the new member:" / "**7-0 in favour**"): the
  line under it at the item's text indent is the item's, even in another weight.
- A borderless table whose rows stand as close as a cell's wrapped lines, its long cell nearly
  touching the next column: the columns are where every line's words start.
"""

from __future__ import annotations

from notes_extract.document import BlockKind
from tests.test_loader_pdf import Page, load_pages, tables

LINE = 16.0  # baseline to baseline inside a paragraph (12 pt type)
SPACED = 23.0  # baseline to baseline from a paragraph's last line to the next paragraph

FULL = "The treasurer explained the grant terms to the members and the timetable for the next claim."
PARAGRAPHS = [
    [FULL, "The hall roof repair is booked for the spring and the fund covers it."],
    ["Members thanked the volunteers."],
    [FULL, "The newsletter goes out on the first Monday."],
    ["The public list should be the one used for the discussions and for all the ballots we hold."],
    ["Next steps:"],
    ["Ask the council about the path."],
    ["Book the hall for the fair."],
]


def _page(spacing: float) -> Page:
    page, y = Page(), 90.0
    for lines in PARAGRAPHS:
        for line in lines:
            page.text(72, y, line, size=12)
            y += LINE
        y += spacing - LINE
    return page


def _paragraphs(spacing: float) -> list[str]:
    return [b.text for b in load_pages(_page(spacing)).blocks if b.kind is BlockKind.PARAGRAPH]


def test_a_full_line_ending_a_sentence_then_a_line_at_paragraph_spacing_opens_a_paragraph() -> None:
    paragraphs = _paragraphs(SPACED)
    assert "Next steps:" in paragraphs
    assert paragraphs[3].endswith("all the ballots we hold.")


def test_lines_at_the_line_spacing_still_run_on() -> None:
    # Unspaced paragraphs: a full line carries on into the next as before (nothing tells them apart).
    paragraphs = _paragraphs(LINE)
    assert not any(p == "Next steps:" for p in paragraphs)


def test_a_bold_line_broken_after_an_items_colon_stays_in_the_item() -> None:
    page = Page().text(72, 80, "Board notes", size=16, bold=True)
    page.text(72, 110, "\u2022", size=12).text(90, 110, "Vote on the new member:", size=12)
    page.text(90, 126, "7-0 in favour of Kim joining the board", size=12, bold=True)
    page.text(72, 149, "\u2022", size=12).text(90, 149, "Funding", size=12)
    items = [b.text for b in load_pages(page).blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == ["Vote on the new member: 7-0 in favour of Kim joining the board", "Funding"]


def test_a_bold_line_under_an_item_without_a_colon_is_its_own_block() -> None:
    page = Page().text(72, 80, "Board notes", size=16, bold=True)
    page.text(72, 110, "\u2022", size=12).text(90, 110, "Vote on the new member", size=12)
    page.text(90, 126, "Funding and grants", size=12, bold=True)
    items = [b.text for b in load_pages(page).blocks if b.kind is BlockKind.LIST_ITEM]
    assert items == ["Vote on the new member"]


ROWS = [("Preliminary research", "Everyone"), ("Create the minutes", "Raizel"), ("Open a chat group", "Benedict"),
        ("Submit the research to our supervisor", "Baraq")]


def test_a_close_set_borderless_table_keeps_its_rows_and_the_bold_line_under_it() -> None:
    page = Page().text(72, 80, "Action Items:", size=12, bold=True)
    page.text(110, 104, "Action Item", size=12, bold=True).text(281, 104, "Assignee(s)", size=12, bold=True)
    y = 121.0
    for task, who in ROWS:  # rows 16.8 pt apart: 4.8 pt between lines of 12 pt type, as a cell's wrapped lines
        page.text(74, y, task, size=12).text(278, y, who, size=12)  # the long task ends 4 pt short of 278
        y += 16.8
    page.text(72, y + 4, "Notes:", size=12, bold=True)
    doc = load_pages(page)
    [table] = tables(doc)
    assert [list(row) for row in table.rows] == [["Action Item", "Assignee(s)"], *[[t, w] for t, w in ROWS]]
    assert "Notes:" in [b.text for b in doc.blocks if b.kind is BlockKind.PARAGRAPH]


def test_bullets_typed_in_a_code_block_at_the_margin_do_not_push_the_lists_a_level_down() -> None:
    page = Page().text(72, 80, "Present:", size=12)
    for n, name in enumerate(["Ann Lee", "Bo Ode", "Cy Rand"]):
        page.text(90, 100 + 16 * n, "\u2022", size=12).text(104, 100 + 16 * n, name, size=12)
    page.text(72, 170, "The features planned for the release are:", size=12)
    for n, feature in enumerate(["Stadium glyph", "Annotation glyph", "Clone markers"]):
        page.text(72, 190 + 16 * n, f"* {feature}", size=12, font="F4")  # a code block's typed bullets
    items = [(b.text, b.level) for b in load_pages(page).blocks if b.kind is BlockKind.LIST_ITEM]
    assert items[:3] == [("Ann Lee", 0), ("Bo Ode", 0), ("Cy Rand", 0)]


HANDLES = [("sipa", "Pia Wolle"), ("gmax", "Greg Maxim"), ("wump", "Wil van Laan"), ("morc", "Al Morcos"),
           ("Chris_S", "Chris Stewart")]


def test_a_close_set_table_of_lower_case_handles_keeps_a_row_a_line() -> None:
    # Every line has a word in each column: no cell wrapped, so every line is a row, "sipa" or "Chris_S".
    page = Page().text(72, 80, "Participants", size=16, bold=True)
    page.text(74, 104, "IRC nick", size=12, bold=True).text(160, 104, "Name", size=12, bold=True)
    y = 121.0
    for nick, name in HANDLES:
        page.text(74, y, nick, size=12).text(160, y, name, size=12)
        y += 16.8
    [table] = tables(load_pages(page))
    assert [list(row) for row in table.rows] == [["IRC nick", "Name"], *[[n, m] for n, m in HANDLES]]


def test_a_long_title_after_a_tab_runs_on_to_the_margin_where_it_was_cut() -> None:
    # "C049/23 2.<tab>DECLARATIONS OF ... AND" / "OTHER INTERESTS": the title cut on "AND" goes on below;
    # a tab-aligned row's next row ("£415.20<tab>...") stays a row of its own, and so does a tabbed line
    # not cut on such a word.
    page = Page().text(72, 80, "Parish council minutes", size=16, bold=True)
    body = "The clerk read the correspondence received since the last meeting to the members present."
    page.text(72, 110, body, size=11)
    title = "DECLARATIONS OF PECUNIARY AND PERSONAL AND PREJUDICIAL AND"
    page.text(72, 140, "C049/23 2.", size=11).text(160, 140, title, size=11)
    page.text(72, 154, "OTHER REGISTERABLE INTERESTS", size=11)
    page.text(72, 180, body, size=11)
    texts = [b.text for b in load_pages(page).blocks if b.kind is BlockKind.PARAGRAPH]
    assert f"C049/23 2. {title} OTHER REGISTERABLE INTERESTS" in texts
