"""The segmenter: one pass over the blocks that assigns each to a part of the
minutes (title block, attendance, tables, sections, next meeting, ...)."""

from __future__ import annotations

import re

from notes_extract.document import Block, BlockKind
from notes_extract.segment.headings import (
    NUMBERED,
    OPENING_ITEMS,
    heading_split,
    inline_topic,
    is_heading_like,
    label_rank,
    numbered_item,
    numbered_run,
    opens_body,
    title_like,
)
from notes_extract.segment.labels import (
    ACTIONS_HEADING,
    FIELD_LABELS,
    PREVIOUS_ACTIONS,
    REVIEW_WORDS,
    SUBMITTED,
    WEAK_LABEL,
    attendance_label,
    is_attendance_group_heading,
    is_name_list,
    next_meeting_label,
    role_line,
)
from notes_extract.segment.parts import ActionTable, AttendancePart, MotionTable, SectionSpan, Segments
from notes_extract.segment.restructure import restructure
from notes_extract.segment.tables import (
    AGENDA_ITEM_FIELD,
    classify_action_table,
    classify_motion_table,
    is_attendance_table,
    template_fields,
    template_people,
)

# "2 Apologies: ...": an agenda number before a label.
_AGENDA_NUMBER = re.compile(r"^\(?\d{1,3}(\.\d{1,3})*[.)]?\s+(?=[A-Z])")
_AGENDA_LABEL = re.compile(r"agenda\s*:?", re.I)
# A list item's number ("3.", "(4)"): an agenda item, not a person.
_ITEM_NUMBER_LABEL = re.compile(r"\(?\d{1,3}[.)]?")


def segment(blocks: list[Block]) -> Segments:
    """Assign every block to one part of the minutes."""
    seg = Segments()
    current: SectionSpan | None = None
    # What the last structural heading or label opened: "attendance",
    # "actions", "next_meeting", "agenda", or None inside a discussion section.
    context: str | None = None
    attendance_category = "present"
    attendance_written = ""  # the label of the list being read, for continuation lines
    seen_structure = False
    previous_actions = False
    context_level = 0  # list level of the label that opened the context
    agenda_kind = BlockKind.LIST_ITEM  # how the agenda being read writes its items

    def open_section(span: SectionSpan) -> SectionSpan:
        seg.sections.append(span)
        return span

    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        text = block.text
        is_table = block.kind is BlockKind.TABLE
        section_title = current.title_hint or current.heading_text if current else None

        # A list nested under a label ("* Present:" then "  * Ann") stays in its context.
        if context in ("attendance", "agenda") and block.kind is BlockKind.LIST_ITEM and \
                block.level > context_level >= 0 and not attendance_label(text):
            if context == "attendance":
                seg.attendance.append(AttendancePart(attendance_category, attendance_written, "", [block]))
            else:
                seg.agenda.append(text)
            continue

        if is_table:
            columns = classify_action_table(block)
            if columns is not None:
                header = " ".join(block.rows[0])
                previous = bool(PREVIOUS_ACTIONS.search(header)) or previous_actions or \
                    bool(current and PREVIOUS_ACTIONS.search(current.heading_text))
                seg.action_tables.append(ActionTable(block, columns, previous, header, section_title))
                if current is not None:
                    current.tables += 1
                seen_structure = True
                continue
            motion_columns = classify_motion_table(block)
            if motion_columns is not None:
                seg.motion_tables.append(MotionTable(block, motion_columns, section_title))
                if current is None:
                    seen_structure = True
                else:
                    current.tables += 1
                continue
            fields = template_fields(block)
            item = next((v for k, v in fields.items() if AGENDA_ITEM_FIELD.match(k)), None)
            if item:
                current = open_section(SectionSpan(block, item, None, level=99,
                                                   presenter_hint=fields.get("presenter")))
                context = None
                seen_structure = True
                continue
            for key, value in fields.items():
                seg.fields.setdefault(key, value)
            people = template_people(fields)
            if people[0] or people[1] or len(fields) >= 2:
                seg.role_lines += people[0]
                for category, value in people[1]:
                    seg.attendance.append(AttendancePart(category, "", value))
                seen_structure = True
                continue
            if context == "attendance" or is_attendance_table(block):
                seg.attendance.append(AttendancePart(attendance_category, "", "", [block]))
                seen_structure = True
                continue

        if not is_table and (role := role_line(text)) and (context == "attendance" or not seen_structure
                                                          or current is None):
            seg.role_lines.append(role)
            continue
        if not is_table and SUBMITTED.match(text) and following is not None:
            # "Respectfully submitted," over "Donna Ladner, Secretary": who wrote the minutes
            name, _, role_text = following.text.partition(",")
            if 1 < len(name.split()) <= 4:
                if role_text.strip() and len(role_text.split()) <= 3:
                    seg.role_lines.append((role_text.strip(" ."), name.strip()))
                seg.role_lines.append(("minutes", name.strip()))
            continue

        # "2 Apologies: ..." — an agenda number does not hide the label
        unnumbered = _AGENDA_NUMBER.sub("", text)
        label = attendance_label(unnumbered) if not is_table else None
        if label and current is not None and WEAK_LABEL.fullmatch(label[1].strip()):
            label = None  # "Committee members: ..." under an elections item names who was elected
        if label and not (block.kind is BlockKind.LIST_ITEM and context not in (None, "attendance")
                          and current is not None):
            category, written, rest = label
            attendance_written = written
            seg.attendance.append(AttendancePart(category, written, rest))
            # Names may go on in the lines below; each is checked before it is taken.
            context, attendance_category = "attendance", category
            context_level = block.level if block.kind is BlockKind.LIST_ITEM else -1
            current = None
            seen_structure = True
            continue

        nm_rest = next_meeting_label(unnumbered) if not is_table else None
        if nm_rest is not None and (block.kind is not BlockKind.LIST_ITEM or not nm_rest):
            seg.next_meeting.append(block)
            if not nm_rest:
                context = "next_meeting"
                current = None
            continue

        if _AGENDA_LABEL.fullmatch(text.strip()) and following is not None and \
                following.kind in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
            context, context_level, agenda_kind = "agenda", following.level - 1, following.kind
            continue
        if context == "agenda" and block.kind is agenda_kind and len(text.split()) <= 20:
            seg.agenda.append(text)  # the agenda's items are all written alike
            continue

        if context == "next_meeting" and len(seg.next_meeting) == 1 and block.kind is not BlockKind.HEADING:
            seg.next_meeting.append(block)  # the date under a "Date of next meeting:" label
            continue

        if context == "attendance" and block.kind is not BlockKind.HEADING and not block.all_bold:
            if is_name_list(text) and not (block.label and _ITEM_NUMBER_LABEL.fullmatch(block.label)):
                seg.attendance.append(AttendancePart(attendance_category, attendance_written, "", [block]))
                continue
            if not attendance_label(text):
                context = None  # the list has ended

        heading_like = is_heading_like(block, following) and not FIELD_LABELS.match(text)
        if heading_like and block.kind is BlockKind.PARAGRAPH and i > 0 and NUMBERED.match(text) and \
                numbered_run(blocks[i - 1], block):
            heading_like = False  # the last line of a numbered list ("7. Joan Davies, Yachats")
        if heading_like and current is not None and current.blocks and block.kind is BlockKind.HEADING and \
                current.blocks[-1].kind is BlockKind.HEADING and FIELD_LABELS.match(current.blocks[-1].text) and \
                block.level >= current.blocks[-1].level:
            heading_like = False  # written under a "Discussion:" label in the heading's style: its content
        if (heading_like or block.kind is BlockKind.PARAGRAPH and len(text.split()) <= 5) and \
                ACTIONS_HEADING.match(text) and not REVIEW_WORDS.search(text):
            context = "actions"
            previous_actions = bool(PREVIOUS_ACTIONS.search(text))
            current = None
            seen_structure = True
            continue

        if heading_like and not seen_structure and not seg.sections and len(seg.title_blocks) < 6 and \
                not OPENING_ITEMS.match(text) and not opens_body(block, following, seg.title_blocks):
            seg.title_blocks.append(block)
            continue

        if heading_like and is_attendance_group_heading(text):
            context, context_level = "attendance", -1
            current = None
            seen_structure = True
            continue

        if heading_like and current is not None and current.level < 99 and not current.blocks and \
                not current.rest and block.kind is BlockKind.PARAGRAPH and not block.all_bold and \
                not NUMBERED.match(text) and not heading_split(block)[0]:
            # A plain line right under a real heading introduces it ("Carried over from previous meetings")
            current.blocks.append(block)
            continue

        if heading_like:
            hint, rest = heading_split(block)
            level = block.level if block.kind is BlockKind.HEADING else 99
            if block.kind is BlockKind.LIST_ITEM:
                level = 20 + label_rank(block.label)  # numbered items nest by numbering style
            current = open_section(SectionSpan(block, block.text, hint, rest, level=level))
            context = None
            previous_actions = False
            seen_structure = True
            continue

        if item := numbered_item(block):
            current = open_section(SectionSpan(block, block.text, item[0], item[1], level=30))
            context = None
            seen_structure = True
            continue

        topic = inline_topic(block) if seen_structure and context is None else None
        if topic:
            current = open_section(SectionSpan(block, topic[0], topic[0], topic[1], level=99))
            continue

        if context == "next_meeting" and block.kind is BlockKind.LIST_ITEM or \
                context == "next_meeting" and len(seg.next_meeting) == 1:
            seg.next_meeting.append(block)
            continue
        if context == "actions":
            seg.action_lines.append(block)
            continue
        context = None if context in ("attendance", "next_meeting", "agenda") else context
        if current is not None:
            current.blocks.append(block)
        elif not seen_structure and title_like(block):
            seg.title_blocks.append(block)
        else:
            seen_structure = True
            # Running text between structural parts and the first heading
            # ("Group discussions were as follows:", "No conflicts ... declared").
            seg.loose_blocks.append(block)
    seg.sections = restructure(seg.sections, seg.loose_blocks)
    return seg
