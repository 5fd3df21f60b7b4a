"""The segmenter's handlers for tables: tables of agenda topics, of actions and of
motions, meeting forms (one agenda item, or the meeting's fields and people) and
attendance tables. Each takes a table block or leaves it to the next handler.
"""

from __future__ import annotations

import re
from dataclasses import replace

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.decision_logs import classify_decision_log
from notes_extract.segment.labels import PREVIOUS_ACTIONS, attendance_label, next_meeting_label
from notes_extract.segment.parts import (
    ActionTable,
    AttendancePart,
    MotionTable,
    RoleMention,
    RoleSource,
    SectionSpan,
    Segments,
)
from notes_extract.segment.people_tables import is_people_table
from notes_extract.segment.state import Context, PassState, Step
from notes_extract.segment.tables import (
    AGENDA_ITEM_FIELD,
    classify_action_table,
    classify_motion_table,
    inner_action_table,
    is_attendance_table,
    template_people,
    topic_table,
)
from notes_extract.vocab.actions import NO_ITEMS

# A cell's first line that names its item before the minutes: "Tree survey. The committee ...".
# ("Minibus: the MOT is due ...": after a colon the minutes may open in lower case)
_TITLE_THEN_MINUTES = lazy_compile(r"^(?P<title>[A-Z][^.:;!?]{2,60}?)(?:[.:]\s+(?=[A-Z(])|:\s+)(?P<rest>\S.*)$")


# An action cell holding only who acts ("Clerk", "AL/BT"): names, no task of their own.
# An action cell saying the topic set no task ("None", "N/A", "No action", "-").
_NO_ACTION = lazy_compile(rf"\W*(?:(?:{NO_ITEMS})\W*)?", re.I)
_NAMES_ONLY = lazy_compile(r"[A-Z][\w.'’-]*(?:[\s/&,]+[A-Z][\w.'’-]*){0,3}")


class TableHandlers:
    """Handlers mixed into the segmenter; they use its state and segments."""

    state: PassState
    seg: Segments

    def open_section(self, span: SectionSpan) -> None:  # provided by the segmenter
        raise NotImplementedError

    def section_title(self) -> str | None:  # provided by the segmenter
        raise NotImplementedError

    def on_topic_table(self, step: Step) -> bool:
        """A table of agenda topics ("Topic | Discussion | Outcome | Action | Owner"): one section
        per row. Takes the block when the topics are the whole table; a template's other rows
        (its date, attendees and actions) are left to the handlers below."""
        found = topic_table(step.block) if step.is_table else None
        if found is None:
            return False
        part, columns = found
        header = part.rows[0]
        for row in part.rows[1:]:
            self._add_topic_row(step.block, header, row, columns)
        self.state.context = Context.NONE
        self.state.seen_structure = True
        return len(part.rows) == len(step.block.rows)

    def _add_topic_row(self, table: Block, header: tuple[str, ...], row: tuple[str, ...],
                       columns: dict[str, int]) -> None:
        """One row of a topic table: a section titled by its topic cell (or, with only a number
        column, by the discussion's first line), its discussion as points, its outcome under a
        decision label, and its action cell as a one-row action table."""
        def cell(role: str) -> str:
            i = columns.get(role)
            return row[i].strip() if i is not None and i < len(row) else ""

        lines = [line.strip() for line in cell("discussion").splitlines() if line.strip()]
        title = cell("topic") if "topic" in columns else (lines.pop(0) if lines else "")
        if "topic" not in columns and (m := _TITLE_THEN_MINUTES.match(title)):
            title, lines = m["title"], [m["rest"], *lines]  # "Tree survey. The committee considered ..."
        if self._standing_row(table, title, lines):
            return
        current = self.state.current
        if title:
            # with no action column, a topic's "Owner" / "Lead" is who leads the topic, not a task's owner
            leader = cell("presenter") or ("" if "action" in columns else cell("owner"))
            self.open_section(SectionSpan(table, title, None, level=99, table_row=True,
                                          presenter_hint=leader or None))
        elif current is None or current.heading is not table:
            return  # a row without a topic goes on the topic above it, if it is in this table
        current = self.state.current
        assert current is not None
        current.blocks += [Block(BlockKind.PARAGRAPH, line, table.index, table.page) for line in lines]
        if outcome := cell("outcome"):
            label = f"{header[columns['outcome']].strip().rstrip(':')}:"
            current.blocks += [Block(BlockKind.PARAGRAPH, text, table.index, table.page)
                               for text in (label, *outcome.splitlines()) if text.strip()]
        action = "" if _NO_ACTION.fullmatch(cell("action")) else cell("action")  # "None", "N/A", "-": no task
        if action and _NAMES_ONLY.fullmatch(action) and lines:
            # "GT" in the action column beside the minutes: who carries out the task the minutes set
            mark = f"{header[columns['action']].strip().rstrip(':')}: {action}"
            current.blocks.append(Block(BlockKind.PARAGRAPH, mark, table.index, table.page))
        elif action and not _NAMES_ONLY.fullmatch(action):  # "Clerk": who acts, no task
            roles = {"action": columns["action"], **({"owner": columns["owner"]} if "owner" in columns else {})}
            action_rows = replace(table, rows=(header, row))
            self.seg.action_tables.append(
                ActionTable(action_rows, roles, False, " ".join(header), current.heading_text))
            current.tables += 1

    def _standing_row(self, table: Block, title: str, lines: list[str]) -> bool:
        """A row for apologies or the next meeting ("Apologies for absence | Cllr R Gray"): the
        attendance or the next meeting, not an item."""
        text = " ".join(lines)
        if (label := attendance_label(title)) and not label.rest.strip() and text:
            self.seg.attendance.append(AttendancePart(label.category, label.label, text, after_colon=True))
            return True
        if next_meeting_label(title) is not None and text:
            self.seg.next_meeting.append(Block(BlockKind.PARAGRAPH, f"{title}: {text}", table.index, table.page))
            return True
        return False

    def on_action_table(self, step: Step) -> bool:
        """A table of actions, known by its header row; previous when its header or section says so."""
        columns = classify_action_table(step.block) if step.is_table else None
        if columns is None:
            if step.is_table and (inner := inner_action_table(step.block)):
                # The rest of the template is read by the handlers below, as if no actions were in it.
                self._add_action_table(*inner)
            return False
        self._add_action_table(step.block, columns)
        if self.state.context is Context.ACTIONS:
            self.state.context = Context.NONE  # the table was the list the "Action items" heading opened
        current = self.state.current
        if current is not None:
            current.tables += 1
        self.state.seen_structure = True
        return True

    def _add_action_table(self, table: Block, columns: dict[str, int]) -> None:
        """Record a table of actions; previous when its header or section says so."""
        current = self.state.current
        header = " ".join(table.rows[0])
        previous = bool(PREVIOUS_ACTIONS.search(header)) or self.state.previous_actions or \
            bool(current and PREVIOUS_ACTIONS.search(current.heading_text))
        self.seg.action_tables.append(ActionTable(table, columns, previous, header, self.section_title()))

    def on_motion_table(self, step: Step) -> bool:
        """A table of motions ("Motion | Moved by | Seconded by | Status") or a log of decisions ("No. | Decision")."""
        columns = classify_motion_table(step.block) if step.is_table else None
        log = classify_decision_log(step.block) if step.is_table and columns is None else None
        if columns is None and log is None:
            return False
        self.seg.motion_tables.append(MotionTable(step.block, columns or log or {}, self.section_title(),
                                                  decided=log is not None))
        if self.state.current is None:
            self.state.seen_structure = True
        else:
            self.state.current.tables += 1
        return True

    def on_form_agenda_item(self, step: Step) -> bool:
        """A form about one agenda item ("Agenda item: | X | Presenter: | Y") opens its section."""
        if not step.is_table:
            return False
        fields = step.form_fields
        item = next((v for k, v in fields.items() if AGENDA_ITEM_FIELD.match(k)), None)
        if not item:
            return False
        self.open_section(SectionSpan(step.block, item, None, level=99, presenter_hint=fields.get("presenter")))
        self.state.context = Context.NONE
        self.state.seen_structure = True
        return True

    def on_form(self, step: Step) -> bool:
        """A form's fields, and the roles and attendance lists it gives."""
        if not step.is_table:
            return False
        fields = step.form_fields
        for key, value in fields.items():
            self.seg.fields.setdefault(key, value)  # kept even when the table is read as something else
        roles, lists = template_people(fields)
        if not (roles or lists or len(fields) >= 2):
            return False
        if not lists and is_attendance_table(step.block):
            return False  # "Present | Chairman: | Ann Lee": an attendance table whose cells name roles
        self.seg.role_mentions += [RoleMention(RoleSource.FORM_FIELD, step.block, key, value) for key, value in roles]
        for category, value in lists:
            self.seg.attendance.append(AttendancePart(category, "", value))
        self.state.seen_structure = True
        return True

    def on_attendance_table(self, step: Step) -> bool:
        """A table under an attendance label, or one whose first row is a label."""
        if not step.is_table or not (self.state.context is Context.ATTENDANCE or is_attendance_table(step.block) or
                                     self.state.current is None and not self.seg.attendance and
                                     is_people_table(step.block)):
            return False
        self.seg.attendance.append(AttendancePart(self.state.attendance_category, "", "", [step.block]))
        self.state.seen_structure = True
        return True
