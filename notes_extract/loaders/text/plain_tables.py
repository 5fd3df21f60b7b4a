"""Tables in plain text: tab- or pipe-separated rows, and Word's one-cell-per-line export.

Owns recognising both layouts in a run of lines and turning them into table
blocks, and refusing runs that are really indented prose or bullet lists.
"""

from __future__ import annotations

from notes_extract.chat_lines import marked_chat_line
from notes_extract.document import Block, table_block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.text.lines import BULLET_GLYPHS, WRAPPED_WIDTH

# A table has at least a header and one row, of at least two columns.
MIN_TABLE_ROWS = 2
MIN_TABLE_COLUMNS = 2
# A one-cell-per-line run wider than this is a list of short lines, not a
# table Word exported.
MAX_TABLE_COLUMNS = 10
_TAB_RUN = lazy_compile(r"\t+")


def tab_cells(line: str) -> list[str]:
    """A line's cells when tabs separate them ("a\\tb\\t\\tc"), else []."""
    stripped = line.strip()
    if "\t" not in stripped:
        return []
    cells = _TAB_RUN.split(stripped)
    return cells if len(cells) >= MIN_TABLE_COLUMNS else []


# "2.", "3.1", "(a)", "iv)": an item's number, spaced or tabbed off its text.
_ITEM_NUMBER = lazy_compile(r"\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-zA-Z]|[ivxIVX]{1,5})[.)]?")


def _numbered_lines(rows: list[list[str]]) -> bool:
    """Whether rows of two cells are a numbered list's lines, each number spaced off its text
    ("2.<spaces>Apologies from Kate", "3.<tab>Minutes of last meeting"), not a table's."""
    return all(len(row) == MIN_TABLE_COLUMNS and _ITEM_NUMBER.fullmatch(row[0].strip()) for row in rows)


def tab_separated_table(lines: list[str], i: int) -> tuple[list[Block] | None, int]:
    """Consecutive lines with the same number of tab-separated cells (≥ 2 lines).

    Returns the table (None when there is none at ``i``) and the index past it.
    """
    width = len(tab_cells(lines[i]))
    j = i
    while width and j < len(lines) and len(tab_cells(lines[j])) == width:
        j += 1
    if j - i < MIN_TABLE_ROWS or _chat_log(lines[i:j]) or _numbered_lines([tab_cells(line) for line in lines[i:j]]):
        return None, i
    return [table_block([tab_cells(line) for line in lines[i:j]])], j


_PIPE_RULE = lazy_compile(r"\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?")


def pipe_cells(line: str) -> list[str]:
    """A line's cells when pipes separate them ("Owner | Task | Due", "| a | b |"), else []:
    text files carry tables typed with pipes, with or without the outer ones."""
    stripped = line.strip()
    if " | " not in f" {stripped} ".replace("|", " | ") or "|" not in stripped:
        return []
    cells = [c.strip() for c in stripped.strip("|").split("|")]
    return cells if len(cells) >= MIN_TABLE_COLUMNS else []


def pipe_separated_table(lines: list[str], i: int) -> tuple[list[Block] | None, int]:
    """Consecutive lines with the same number of pipe-separated cells (≥ 2 lines, a ``---``
    rule under the header dropped): the pipe table of a text file."""
    width = len(pipe_cells(lines[i]))
    rows: list[list[str]] = []
    j = i
    while width and j < len(lines):
        if j > i and _PIPE_RULE.fullmatch(lines[j].strip()):
            j += 1
            continue
        cells = pipe_cells(lines[j])
        if len(cells) != width:
            break
        rows.append(cells)
        j += 1
    if len(rows) < MIN_TABLE_ROWS or _numbered_lines(rows):
        return None, i
    return [table_block(rows)], j


def _chat_log(rows: list[str]) -> bool:
    """Whether most tab-separated lines are chat lines ("[11:04] <ann>\\tHello"): a log, whose
    lines are turns, not a table's rows."""
    return sum(1 for row in rows if marked_chat_line(row)) * 2 > len(rows)


def tab_indented_tables(lines: list[str], i: int) -> tuple[list[Block] | None, int]:
    """Tables written one cell per tab-indented line, rows split by blanks.

    Word's "save as text" writes a table this way. The first group of lines
    is the header and fixes the column count; the remaining lines are taken
    that many at a time, because a cell may contain a blank line (so blank
    lines cannot be trusted as row ends). A group that repeats the header's
    other cells starts a new table. Returns the tables (None when the run is
    not a table) and the index just past the run either way.
    """
    groups, end = tab_groups(lines, i)
    if not groups:
        return None, end
    header = groups[0]
    width = len(header)
    if not MIN_TABLE_COLUMNS <= width <= MAX_TABLE_COLUMNS or any(not looks_like_header_cell(cell) for cell in header):
        return None, end
    tables: list[list[str]] = [list(header)]
    for group in groups[1:]:
        aligned = len(tables[-1]) % width == 0
        if aligned and is_header_repeat(group, header):
            tables.append(list(group))
        else:
            tables[-1].extend(group)
    if any(len(cells) % width or len(cells) < MIN_TABLE_ROWS * width for cells in tables):
        return None, end
    blocks = [table_block([cells[k : k + width] for k in range(0, len(cells), width)]) for cells in tables]
    return blocks, end


def looks_like_header_cell(cell: str) -> bool:
    """Header cells are short labels; a long or bulleted line is running text.

    This keeps tab-indented wrapped paragraphs and bullet lists from being
    read as tables.
    """
    return len(cell) <= WRAPPED_WIDTH and cell[0] not in BULLET_GLYPHS


def tab_groups(lines: list[str], i: int) -> tuple[list[list[str]], int]:
    """The groups of a run of tab-indented lines from ``i``, blank lines between.

    Returns the groups (cell texts) and the index just past the run.
    """
    if not lines[i].startswith("\t") or not lines[i].strip():
        return [], i
    groups: list[list[str]] = []
    group: list[str] = []
    j = i
    while j < len(lines):
        line = lines[j]
        if not line.strip():
            if group:
                groups.append(group)
                group = []
        elif line.startswith("\t") and not tab_cells(line):
            group.append(line.strip())
        else:
            break
        j += 1
    if group:
        groups.append(group)
    return groups, j


def is_header_repeat(group: list[str], header: list[str]) -> bool:
    """True when ``group`` has the header's shape and its 2nd..nth cells."""
    if len(group) != len(header):
        return False
    return [c.casefold() for c in group[1:]] == [c.casefold() for c in header[1:]]


# "Ann Lee        Bo Ode" over "Cy Park        Dee Fox": columns typed with runs of spaces, each column
# starting at the same place on every line (typewriter-style attendance lists, "Name      Role" tables).
_SPACE_GAP = lazy_compile(r" {3,}")
# The longest cell of such a column: longer text is prose, whatever its spacing.
MAX_ALIGNED_CELL_CHARS = 40
MAX_ALIGNED_COLUMNS = 6


def _aligned_cells(line: str) -> tuple[list[str], tuple[int, ...]]:
    """A line's cells where runs of spaces separate them, and where each later cell starts."""
    body = line.rstrip()
    text = body.lstrip()
    # the cheap tests first: most lines have no run of spaces between words
    if "\t" in body or "   " not in text or not (gaps := list(_SPACE_GAP.finditer(body, len(body) - len(text)))):
        return [], ()
    starts = (len(body) - len(text), *(gap.end() for gap in gaps))
    ends = (*(gap.start() for gap in gaps), len(body))
    cells = [body[a:b] for a, b in zip(starts, ends, strict=True)]
    if not MIN_TABLE_COLUMNS <= len(cells) <= MAX_ALIGNED_COLUMNS or \
            any(len(cell) > MAX_ALIGNED_CELL_CHARS or not any(c.isalnum() for c in cell) for cell in cells):
        return [], ()  # "–   Improve his public speaking": a bullet spaced off its text, no column
    return cells, starts[1:]


def space_aligned_table(lines: list[str], i: int) -> tuple[list[Block] | None, int]:
    """Consecutive lines (≥ 2) whose cells, set apart by runs of spaces, start at the same places."""
    cells, starts = _aligned_cells(lines[i])
    rows = [cells] if cells else []
    j = i + 1
    while rows and j < len(lines) and (row := _aligned_cells(lines[j]))[0] and row[1] == starts:
        rows.append(row[0])
        j += 1
    if len(rows) < MIN_TABLE_ROWS or _numbered_lines(rows):
        return None, i
    return [table_block(rows)], j
