"""Tables the segmenter recognises from their header row or cells: action
tables, tables of motions, tables of agenda topics ("Topic | Discussion"), forms
("Agenda item: | X | Presenter: | Y") and attendance tables.
"""

from __future__ import annotations

import re
from dataclasses import replace

from notes_extract.document import Block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import attendance_label, is_role_line
from notes_extract.segment.presence_column import presence_marks, status_rows
from notes_extract.vocab.actions import ACTION_COLUMNS, ACTION_ITEM_COLUMN, ACTION_NAMING_COLUMN, EXPLICIT_DUE_COLUMN
from notes_extract.vocab.build import any_of
from notes_extract.vocab.decisions import MOTION_COLUMNS
from notes_extract.vocab.labels import (
    AGENDA_ITEM_FIELDS,
    ATTENDANCE_NAME_COLUMN,
    ATTENDANCE_STATUS_COLUMN,
    DECISION_LOG_COLUMN,
    DISCUSSION_COLUMN,
    MEETING_DATE_LABELS,
    MEETING_INFO_LABELS,
    ROLL_CALL_NAME_COLUMN,
    ROLL_CALL_STATUS_COLUMN,
    TOPIC_ACTION_COLUMN,
    TOPIC_COLUMN,
    TOPIC_NUMBER_COLUMN,
    TOPIC_OUTCOME_COLUMN,
    TOPIC_OWNER_COLUMN,
    TOPIC_PRESENTER_COLUMN,
    TOPIC_TIME_COLUMN,
)
from notes_extract.vocab.people import PARTICIPANT_FIELD_ROLES

# Column roles of an action table, and of a table of motions, by the words of their header cells.
ACTION_HEADER = {role: lazy_compile(words, re.I) for role, words in ACTION_COLUMNS.items()}
MOTION_HEADER = {role: lazy_compile(words, re.I) for role, words in MOTION_COLUMNS.items()}

# A due-date header that can only mean a deadline ("Date" alone may not).
_DEADLINE_HEADER = lazy_compile(EXPLICIT_DUE_COLUMN, re.I)
_ACTION_NAMING_HEADER = lazy_compile(ACTION_NAMING_COLUMN, re.I)
_ACTION_ITEM_HEADER = lazy_compile(ACTION_ITEM_COLUMN, re.I)


# A column's name is a few words ("Responsible person", "Date of completion"): a longer cell is a row's text.
MAX_HEADER_CELL_WORDS = 6


def _column_roles(header: tuple[str, ...], patterns: dict[str, re.Pattern[str]],
                  order: tuple[str, ...]) -> dict[str, int]:
    """The column of each role, the first role in ``order`` a header cell matches."""
    columns: dict[str, int] = {}
    for i, cell in enumerate(header):
        if len(cell.split()) > MAX_HEADER_CELL_WORDS:
            continue  # "Task owners make sure these sections get done ...": a row's text, no column's name
        for role in order:
            if role not in columns and patterns[role].search(cell):
                columns[role] = i
                break
    return columns


def classify_action_table(block: Block) -> dict[str, int] | None:
    """Column roles of an action table from its header row, or None."""
    if len(block.rows) < 2 or len(block.rows[0]) < 2:
        return None
    columns = _column_roles(block.rows[0], ACTION_HEADER, ("ref", "owner", "done", "status", "opened", "due", "action",
                                                           "plan"))
    if "action" not in columns and "plan" in columns:
        columns["action"] = columns["plan"]  # "Name | Done this week | Plan for next week": the plan holds the tasks
    if "action" not in columns:
        return None
    _item_column(block.rows[0], columns)
    # Without an owner column, only a real deadline column says "actions":
    # a ledger's "Date | Item | Amount" is not a task list.
    explicit_due = "due" in columns and _DEADLINE_HEADER.search(block.rows[0][columns["due"]])
    if "owner" not in columns and not explicit_due and not _action_log(block.rows[0], columns):
        return None
    return columns


def _item_column(header: tuple[str, ...], columns: dict[str, int]) -> None:
    """"Item | Action | Lead | By when": the first column names the agenda item each row was raised
    under, the column that names the tasks outright holds them."""
    naming = [i for i, cell in enumerate(header) if _ACTION_NAMING_HEADER.search(cell) and i not in columns.values()]
    first = columns["action"]
    if naming and naming[0] > first and _ACTION_ITEM_HEADER.match(header[first].strip()):
        columns["action"], columns["item"] = naming[0], first


def _action_log(header: tuple[str, ...], columns: dict[str, int]) -> bool:
    """A log of actions and their progress without an owner column: "Ref | Item | Update"
    (numbered rows with a status) or "Action | Status" (the header names its tasks)."""
    return "status" in columns and ("ref" in columns or bool(_ACTION_NAMING_HEADER.search(header[columns["action"]])))


def inner_action_table(block: Block) -> tuple[Block, dict[str, int]] | None:
    """An action table inside a larger one: a template whose lower rows open with an action
    header ("Actionables | Assignee") under the meeting's other fields. The part from that
    header row to the next empty row, and its column roles, or None."""
    for start in range(1, len(block.rows) - 1):
        if not any(cell.strip() for cell in block.rows[start]):
            continue
        part = replace(block, rows=block.rows[start:])
        columns = classify_action_table(part)
        if columns is None or "owner" not in columns:
            continue
        end = next((i for i, row in enumerate(part.rows) if not any(c.strip() for c in row)), len(part.rows))
        return replace(part, rows=part.rows[:end]), columns
    return None


def classify_motion_table(block: Block) -> dict[str, int] | None:
    """Column roles of a table of motions ("Motion | Moved by | Seconded by | Status")."""
    if len(block.rows) < 2 or len(block.rows[0]) < 2:
        return None
    columns = _column_roles(block.rows[0], MOTION_HEADER, ("proposer", "seconder", "outcome", "text"))
    if "text" not in columns or not ({"proposer", "seconder", "outcome"} & columns.keys()):
        return None
    return columns


# A form's label cell written without its colon ("Date | 2021/08/14", "Attendees | Dan, James"):
# a meeting's date, time, place or attendance field.
_BARE_FORM_LABEL = lazy_compile(rf"^(?:{MEETING_DATE_LABELS}|{MEETING_INFO_LABELS})$", re.I)
# A form writes its labels bare in the first column of this many rows; one such row is a header row.
MIN_BARE_LABEL_ROWS = 2


def _is_bare_label(cell: str) -> bool:
    """Whether a cell without a colon names a form field ("Date", "Attendees")."""
    label = cell.strip()
    return bool(_BARE_FORM_LABEL.match(label) or (label and attendance_label(f"{label}:")
                                                  and len(label.split()) <= 2))


def _bare_label_rows(block: Block) -> int:
    """How many rows open with a bare field label beside a value."""
    return sum(1 for row in block.rows if len(row) >= 2 and _is_bare_label(row[0]) and row[1].strip())


# A cell holding a field and its value ("Attendees: Ann Lee, Bo Ode"): a label of one to four words.
_FIELD_IN_CELL = lazy_compile(r"^(?P<label>[A-Za-z][\w’'/&()-]*(?: [\w’'/&()-]+){0,3}?)\s*:\s+(?P<value>\S.*)$", re.S)
# So many such cells, and most of the table's, before it reads as a form typed that way.
MIN_FIELDS_IN_CELLS = 3


def template_fields(block: Block) -> dict[str, str]:
    """Label/value pairs of a form-like table ("Agenda item: | X | Presenter: | Y"); a form whose
    first column names its fields without colons ("Date | ...", "Attendees | ...") too."""
    fields: dict[str, str] = {}
    last_label: str | None = None  # the field of the row above, which a row with no label goes on
    bare_labels = _bare_label_rows(block) >= MIN_BARE_LABEL_ROWS
    # "Chair: Ann Lee | Minutes: Bo Ode": each cell a field and its value, typed in one cell
    in_cell = [m for row in block.rows for cell in row if (m := _FIELD_IN_CELL.match(cell.strip()))]
    if len(in_cell) >= MIN_FIELDS_IN_CELLS and 2 * len(in_cell) >= sum(1 for r in block.rows for c in r if c.strip()):
        for m in in_cell:
            fields.setdefault(m["label"].lower(), m["value"].strip())
    for row in block.rows:
        cells = list(row)
        if last_label and len(cells) >= 2 and not cells[0].strip() and cells[1].strip() and \
                not any(c.strip() for c in cells[2:]):
            fields[last_label] += f", {cells[1].strip()}"  # "Attendees: | Ann" then " | Bob"
            continue
        last_label = None
        for i, cell in enumerate(cells[:-1]):
            label = cell.strip()
            labelled = label.endswith(":") or bare_labels and i == 0 and _is_bare_label(label)
            # "Attending: | Absent:": a label beside a label is a header row, not a field and its value
            if labelled and 1 <= len(label.split()) <= 4 and cells[i + 1].strip() and \
                    not cells[i + 1].strip().endswith(":"):
                key = label.rstrip(": ").lower()
                if key not in fields:
                    fields[key] = cells[i + 1].strip()
                    last_label = key if i == 0 and len(cells) == 2 else None
    return fields


# A form field naming the agenda item the form is about.
AGENDA_ITEM_FIELD = lazy_compile(rf"^{any_of(AGENDA_ITEM_FIELDS)}$", re.I)

# Form fields naming the people a supervision or project meeting is between.
PARTICIPANT_FIELD = lazy_compile(rf"^(?:project\s+)?(?P<role>{any_of(PARTICIPANT_FIELD_ROLES)})"
                                 r"(?:'?s)?(?:\s+(?:name|no\.?|number|id))?$", re.I)


def template_people(fields: dict[str, str]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """The fields of a form that name who held a role ("Note taker:", "Student name:"),
    and the (category, names) of those that are attendance lists ("Attendees:")."""
    roles: list[tuple[str, str]] = []
    lists: list[tuple[str, str]] = []
    for key, value in fields.items():
        if PARTICIPANT_FIELD.match(key) or is_role_line(f"{key}: {value}"):
            roles.append((key, value))
        elif label := attendance_label(f"{key}:"):
            lists.append((label.category, value))
    return roles, lists


_HEADER_CELLS = {kind: lazy_compile(rf"^(?:{words})$", re.I) for kind, words in (
    ("name", ATTENDANCE_NAME_COLUMN), ("status", ATTENDANCE_STATUS_COLUMN),
    ("roll_call_name", ROLL_CALL_NAME_COLUMN), ("roll_call_status", ROLL_CALL_STATUS_COLUMN))}


def is_roll_call_table(block: Block) -> bool:
    """Whether a table's header row names people and whether each came ("Member | Attended",
    "Name | Present"); "Who | Status" says so only under an attendance label."""
    header = [c.strip() for c in block.rows[0]] if block.rows else []
    names = [i for i, c in enumerate(header) if _HEADER_CELLS["name"].match(c)]
    statuses = [i for i, c in enumerate(header) if _HEADER_CELLS["status"].match(c) and names and i != names[0]]
    return bool(statuses) and (_HEADER_CELLS["roll_call_name"].match(header[names[0]]) is not None or
                               any(_HEADER_CELLS["roll_call_status"].match(header[i]) for i in statuses))


def is_attendance_table(block: Block) -> bool:
    """Whether a table's first row opens with an attendance label, or names people and
    whether each came."""
    if not block.rows:
        return False
    if is_roll_call_table(block) or presence_marks(block) is not None or status_rows(block):
        return True  # "Member | Attended"; or "Ann Lee | Yes", "Bo Ode | " with no header
    first = " ".join(block.rows[0])
    if attendance_label(first.strip()):
        return True
    # "Present | Parish Councillors | Bride": the label is a cell of its own
    lead = next((cell.strip() for cell in block.rows[0] if cell.strip()), "")
    label = attendance_label(lead)
    return bool(label and not label.rest.strip() and len(block.rows[0]) > 1)


# Column roles of a table of agenda topics, each header cell matched whole.
TOPIC_HEADER = {role: lazy_compile(rf"^(?:{words})[:.]?$", re.I) for role, words in (
    ("number", TOPIC_NUMBER_COLUMN), ("topic", TOPIC_COLUMN), ("discussion", DISCUSSION_COLUMN),
    ("outcome", TOPIC_OUTCOME_COLUMN), ("action", TOPIC_ACTION_COLUMN), ("owner", TOPIC_OWNER_COLUMN),
    ("presenter", TOPIC_PRESENTER_COLUMN), ("time", TOPIC_TIME_COLUMN))}


# An outcome column headed so makes the table a log of decisions (see `decision_logs`), not of items.
_DECISION_LOG_HEADER = lazy_compile(rf"^(?:{DECISION_LOG_COLUMN})\b", re.I)


def _is_empty_row(row: tuple[str, ...]) -> bool:
    return not any(cell.strip() for cell in row)


# Where a header cell naming two columns in one splits ("Notes/Action Items", "Actions: Responsible").
_COMPOUND_HEADER = lazy_compile(r"\s*[/:]\s*")


def _header_label(cell: str) -> str:
    """A header cell as a column label: a cell that names two columns in one ("Notes/Action
    Items", "Actions: Responsible/None") by its first, when only that one is a label."""
    cell = cell.strip()
    if any(pattern.match(cell) for pattern in TOPIC_HEADER.values()):
        return cell
    first = _COMPOUND_HEADER.split(cell, maxsplit=1)[0]
    return first if any(pattern.match(first) for pattern in TOPIC_HEADER.values()) else cell


def _topic_columns(header: tuple[str, ...]) -> dict[str, int] | None:
    """Column roles of a topic table's header row: a discussion column beside a topic
    column, or beside a column that only numbers the rows (whose discussion cell then names the item).
    Of two discussion columns and no topic one ("Discussion Points | Notes"), the first names the topics."""
    cells = [_header_label(cell) for cell in header]
    columns = _column_roles(tuple(cells), TOPIC_HEADER, tuple(TOPIC_HEADER))
    if "topic" not in columns and "discussion" in columns:
        second = next((i for i, cell in enumerate(cells) if i > columns["discussion"] and
                       i not in columns.values() and TOPIC_HEADER["discussion"].match(cell)), None)
        if second is not None:
            columns["topic"], columns["discussion"] = columns["discussion"], second
    # "Item | Lead | Outcome": a topic column beside an outcome column, with no notes of its own ("Topic |
    # Decision" is a log of decisions, each row one decision, not the meeting's items)
    outcomes = {"topic", "outcome"} <= columns.keys() and not _DECISION_LOG_HEADER.match(cells[columns["outcome"]])
    if not ("discussion" in columns and {"topic", "number"} & columns.keys() or outcomes):
        return None
    if any(cell and i not in columns.values() for i, cell in enumerate(cells)):
        return None  # a header cell of another kind: some other table ("Name | Notes | Role")
    return columns


# An item cell that says this much holds the item's minutes, not only its name.
MIN_MINUTES_CELL_WORDS = 6


# A cell that only numbers its row: "3", "3.1", "12/24", "iv.", "b)".
_NUMBER_CELL = lazy_compile(r"^\s*(?:\d+[.)]?(?:\.\d+)*|[A-Z]{0,3}\s*\d+(?:/\d+)+|[ivx]{1,4}[.)]?|[a-z][.)])?\s*$",
                            re.I)


def _minutes_in_item_column(block: Block, start: int) -> dict[str, int] | None:
    """Column roles of a minute book's table whose header names no discussion column
    ("Minute | Item | Action", "Item | Minute | Action"): of its item and number columns, the
    one whose cells are long holds each item's title and minutes (read as the discussion,
    titled by its start), and the other, when its cells only number the rows, numbers them."""
    cells = tuple(cell.strip() for cell in block.rows[start])
    columns = _column_roles(cells, TOPIC_HEADER, tuple(TOPIC_HEADER))
    if (blank := _unheaded_minutes(block, start, columns)) is not None:
        return {**columns, "discussion": blank}  # "Minute | | Action": the minutes' column needs no header
    if "discussion" in columns or not {"topic", "number"} <= columns.keys() or \
            any(cell and i not in columns.values() for i, cell in enumerate(cells)):
        return None
    rows = block.rows[start + 1:]

    def cells_of(role: str) -> list[str]:
        return [row[columns[role]] for row in rows if columns[role] < len(row)]

    long = [role for role in ("topic", "number") if cells_of(role) and
            sum(len(cell.split()) for cell in cells_of(role)) >= MIN_MINUTES_CELL_WORDS * len(cells_of(role))]
    if len(long) != 1:
        return None
    other = "number" if long[0] == "topic" else "topic"
    if other == "topic" and not all(_NUMBER_CELL.match(cell) for cell in cells_of("topic")):
        return None  # both columns say something: not a minute book's number beside its minutes
    discussion, number = columns.pop(long[0]), columns.pop(other)
    return {**columns, "discussion": discussion, "number": number}


def _unheaded_minutes(block: Block, start: int, columns: dict[str, int]) -> int | None:
    """The one column without a header beside a number and an action column whose cells hold the minutes."""
    header = block.rows[start]
    blank = [i for i, cell in enumerate(header) if not cell.strip()]
    if len(blank) != 1 or not {"number", "action"} <= columns.keys() or len(columns) + 1 != len(header):
        return None
    cells = [row[blank[0]] for row in block.rows[start + 1:] if blank[0] < len(row)]
    words = sum(len(cell.split()) for cell in cells)
    return blank[0] if cells and words >= MIN_MINUTES_CELL_WORDS * len(cells) else None


def topic_table(block: Block) -> tuple[Block, dict[str, int]] | None:
    """A table of agenda topics ("Topic | Discussion | Outcome"), or such a part of a larger
    template (under its date and attendee rows, after an empty row): the part from its header
    row to the next empty row, and its column roles; None when there is none."""
    for start, row in enumerate(block.rows[:-1]):
        if start > 0 and not _is_empty_row(block.rows[start - 1]):
            continue
        columns = _topic_columns(row) or _minutes_in_item_column(block, start)
        if columns is None:
            continue
        end = next((i for i in range(start + 1, len(block.rows)) if _is_empty_row(block.rows[i])), len(block.rows))
        if end - start < 2:
            continue
        return replace(block, rows=block.rows[start:end]), columns
    return None
