"""Borderless PDF tables whose columns are centred or right-aligned (loaders/pdf/aligned_gutters.py):
cut at the gutters no word of the header or any row touches. Invented rows, laid out as LibreOffice
prints a web page's table (an 11pt font, a word space of 3pt, cells a few points apart)."""

from __future__ import annotations

from notes_extract.loaders.pdf.model import Table, Word
from notes_extract.loaders.pdf.pages import _lines_and_borderless_tables

_CHAR, _SPACE, _SIZE = 5.5, 3.0, 11.0


def _cell(text: str, x: float, top: float, bold: bool, align: str = "l") -> list[Word]:
    """The words of ``text`` starting at ``x`` (align "l"), centred on it ("c") or ending at it ("r")."""
    width = sum(len(t) * _CHAR for t in text.split()) + _SPACE * (len(text.split()) - 1)
    x = {"l": x, "c": x - width / 2, "r": x - width}[align]
    words = []
    for t in text.split():
        words.append(Word(t, x, x + len(t) * _CHAR, top, top + _SIZE, _SIZE,
                          "Liberation Serif Bold" if bold else "Liberation Serif", bold))
        x += len(t) * _CHAR + _SPACE
    return words


def _row(top: float, cells: list[tuple[str, float, str]], bold: bool = False) -> list[Word]:
    return [w for text, x, align in cells for w in _cell(text, x, top, bold, align)]


def _tables(rows: list[list[Word]]) -> list[Table]:
    return _lines_and_borderless_tables([w for row in rows for w in row], 1)[1]


def test_every_column_centred() -> None:
    xs = (190.0, 380.0, 510.0)
    rows = [_row(220, [("Task", xs[0], "c"), ("Assigned To", xs[1], "c"), ("Due Date", xs[2], "c")], bold=True)]
    for n, (task, who, due) in enumerate([("Paint the scout hut door", "Ola Berg", "2 May 2026"),
                                          ("Order badges", "Tim Ashe", "9 May 2026"),
                                          ("Plan the summer camp menu", "Rosa Vidal", "16 May 2026")]):
        rows.append(_row(240 + 20 * n, [(task, xs[0], "c"), (who, xs[1], "c"), (due, xs[2], "c")]))
    tables = _tables(rows)
    assert len(tables) == 1
    assert tables[0].rows == [["Task", "Assigned To", "Due Date"],
                              ["Paint the scout hut door", "Ola Berg", "2 May 2026"],
                              ["Order badges", "Tim Ashe", "9 May 2026"],
                              ["Plan the summer camp menu", "Rosa Vidal", "16 May 2026"]]


def test_left_text_beside_centred_and_right_aligned_cells() -> None:
    rows = [_row(220, [("Action", 200, "c"), ("Owner", 400, "c"), ("Due", 540, "r")], bold=True)]
    for n, (task, who, due) in enumerate([("Write to the bus company about the late service", "Cllr Amis", "30 June"),
                                          ("Repaint the bench on the green", "Parish Clerk", "Next meeting"),
                                          ("Check the grit bins", "Ann Kerr", "ASAP")]):
        rows.append(_row(240 + 20 * n, [(task, 60, "l"), (who, 400, "c"), (due, 560, "r")]))
    tables = _tables(rows)
    assert len(tables) == 1
    assert [r[1:] for r in tables[0].rows] == [["Owner", "Due"], ["Cllr Amis", "30 June"],
                                               ["Parish Clerk", "Next meeting"], ["Ann Kerr", "ASAP"]]


def test_centred_number_header_over_numbered_rows() -> None:
    """"No. | Decision | Date" with every header cell centred: the rows' text starts left of the
    Decision header and runs across its start; the Decision cells are still the rows' text."""
    rows = [_row(220, [("No.", 74, "c"), ("Decision", 290, "c"), ("Date", 528, "c")], bold=True)]
    for n, text in enumerate(["The club will buy a new roller for the square.",
                              "Junior fees stay at last year's level for one more season.",
                              "Bar prices rise by ten pence from June."]):
        rows.append(_row(240 + 20 * n, [(str(n + 1), 74, "c"), (text, 94, "l"), ("4 Mar 2026", 552, "r")]))
    tables = _tables(rows)
    assert len(tables) == 1
    assert tables[0].rows[2] == ["2", "Junior fees stay at last year's level for one more season.", "4 Mar 2026"]


def test_a_paragraph_under_a_bold_line_is_no_table() -> None:
    rows = [_row(200, [("Treasurer's report", 57, "l"), ("Ann Kerr", 400, "l")], bold=True)]
    for n, text in enumerate(["The accounts for the quarter show a small surplus after the hall repairs were paid",
                              "for, and the reserves are in line with the policy agreed at the last annual meeting",
                              "of members, though the grant income is lower."]):
        rows.append(_row(220 + 14 * n, [(text, 57, "l")]))
    assert _tables(rows) == []


def test_centred_signature_and_title_lines_are_no_table() -> None:
    rows = [_row(100, [("Minutes of the annual meeting", 300, "c")], bold=True),
            _row(120, [("held on 3 March 2026", 300, "c")]), _row(134, [("at the Memorial Hall", 300, "c")]),
            _row(600, [("Signed", 300, "c")]), _row(614, [("Chair", 300, "c")]), _row(628, [("Date", 300, "c")])]
    assert _tables(rows) == []


def test_centred_rows_set_as_close_as_wrapped_lines() -> None:
    """A Markdown table printed without cell padding: its rows sit as close as a cell's wrapped
    lines, so the body comes as one block; each line still keeps the gutters."""
    rows = [_row(220, [("Task", 60, "l"), ("Assigned To", 300, "c"), ("Due Date", 375, "c")], bold=True)]
    for n, (task, who) in enumerate([("Draft the poster", "Lin Ade"), ("Book a stall at the fair", "Mo Reyes"),
                                     ("Collect the banner", "Eve Sato")]):
        rows.append(_row(237 + 14.5 * n, [(task, 60, "l"), (who, 300, "c"), ("3 Jun 2026", 375, "c")]))
    tables = _tables(rows)
    assert len(tables) == 1
    assert tables[0].rows[1:] == [["Draft the poster", "Lin Ade", "3 Jun 2026"],
                                  ["Book a stall at the fair", "Mo Reyes", "3 Jun 2026"],
                                  ["Collect the banner", "Eve Sato", "3 Jun 2026"]]


def test_a_table_s_two_pages_share_one_grid() -> None:
    """The header repeated over other rows on the next page gives the same column boundaries, so
    the two parts join into one table (`merge_continued_tables` matches their grids)."""
    from notes_extract.loaders.pdf.aligned_gutters import gutter_columns

    header = [_row(40, [("Action", 220, "c"), ("Owner", 415, "c"), ("Due", 508, "c")], bold=True)]
    page_one = [_row(60 + 20 * n, [(t, 60, "l"), (w, 415, "c"), (d, 508, "c")]) for n, (t, w, d) in enumerate(
        [("Renew the hall insurance policy", "Dee", "1 March"), ("Print leaflets", "Ken", "9 March")])]
    page_two = [_row(60 + 20 * n, [(t, 60, "l"), (w, 415, "c"), (d, 508, "c")]) for n, (t, w, d) in enumerate(
        [("Write to the mayor about the summer fete", "Lou", "Next meeting"), ("Order urns", "Dee", "2 April")])]
    one, two = gutter_columns(header, page_one), gutter_columns(header, page_two)
    assert one is not None and two is not None
    assert one[1] == two[1]


def test_a_centred_header_over_short_names() -> None:
    """"Name" centred over a column of short names stands clear of them: it heads their column,
    not a column of its own."""
    rows = [_row(140, [("Name", 170, "c"), ("Role", 350, "c"), ("Present", 492, "c")], bold=True)]
    for n, (name, role, mark) in enumerate([("Jo Kerr", "Chair", "Yes"), ("Al Moss", "", "Apologies"),
                                            ("Di Penn", "Treasurer", "Yes"), ("Ed Roe", "", "Yes")]):
        rows.append(_row(160 + 20 * n, [(name, 60, "l"), *([(role, 350, "c")] if role else []), (mark, 564, "r")]))
    tables = _tables(rows)
    assert len(tables) == 1
    assert tables[0].rows == [["Name", "Role", "Present"], ["Jo Kerr", "Chair", "Yes"], ["Al Moss", "", "Apologies"],
                              ["Di Penn", "Treasurer", "Yes"], ["Ed Roe", "", "Yes"]]


def test_a_column_empty_on_every_row() -> None:
    """The part of an attendance table on its second page may have no roles at all: the header
    still names the column, the rows fill the others."""
    rows = [_row(40, [("Name", 100, "c"), ("Role", 300, "c"), ("Present", 480, "c")], bold=True)]
    for n, (name, mark) in enumerate([("Kit Lowe", "Yes"), ("Mae Dunn", "Apologies"), ("Rex Hill", "Yes")]):
        rows.append(_row(60 + 20 * n, [(name, 60, "l"), (mark, 480, "c")]))
    tables = _tables(rows)
    assert len(tables) == 1
    assert tables[0].rows[1:] == [["Kit Lowe", "", "Yes"], ["Mae Dunn", "", "Apologies"], ["Rex Hill", "", "Yes"]]
