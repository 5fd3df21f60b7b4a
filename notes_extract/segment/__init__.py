"""Segmentation: which blocks are the title block, attendance, action tables,
discussion sections and the next meeting.

The segmenter only decides where each block belongs; reading names, dates and
actions out of the blocks is the extractors' work. Its rules are about the
shapes minutes take (labels such as "Present:", table header rows, headings
written as styles, bold lines or short lines), never about one document.

- ``parts``: what segmentation produces (``Segments`` and its parts);
- ``labels``: label patterns and recognisers ("Present:", "Chair: JC", ...);
- ``tables``: action, motion, form and attendance tables;
- ``headings``: which blocks are headings, and the titles they give;
- ``segmenter``: the pass over the blocks, ``segment()``;
- ``restructure``: the hierarchy pass over the sections found.
"""

from notes_extract.segment.headings import (
    heading_split,
    inline_topic,
    is_heading_like,
    numbered_item,
)
from notes_extract.segment.labels import (
    ACTIONS_HEADING,
    ATTENDANCE_LABELS,
    DECISION_LABELS,
    FIELD_LABELS,
    NEXT_MEETING,
    PREVIOUS_ACTIONS,
    ROLE_LINE,
    TODO_LINE,
    AttendanceLabel,
    attendance_key,
    attendance_label,
    is_role_line,
    next_meeting_label,
    roll_call,
)
from notes_extract.segment.owner_lines import OWNER_LINE, owns_nested_items, task_area_label
from notes_extract.segment.parts import (
    ActionTable,
    AttendancePart,
    MotionTable,
    RoleMention,
    RoleSource,
    SectionSpan,
    Segments,
)
from notes_extract.segment.segmenter import segment
from notes_extract.segment.tables import (
    ACTION_HEADER,
    MOTION_HEADER,
    PARTICIPANT_FIELD,
    classify_action_table,
    classify_motion_table,
)

__all__ = [
    "ACTIONS_HEADING",
    "ACTION_HEADER",
    "ATTENDANCE_LABELS",
    "DECISION_LABELS",
    "FIELD_LABELS",
    "MOTION_HEADER",
    "NEXT_MEETING",
    "PARTICIPANT_FIELD",
    "PREVIOUS_ACTIONS",
    "ROLE_LINE",
    "OWNER_LINE",
    "owns_nested_items",
    "TODO_LINE",
    "task_area_label",
    "ActionTable",
    "AttendanceLabel",
    "AttendancePart",
    "MotionTable",
    "RoleMention",
    "RoleSource",
    "SectionSpan",
    "Segments",
    "attendance_key",
    "attendance_label",
    "classify_action_table",
    "classify_motion_table",
    "heading_split",
    "inline_topic",
    "is_heading_like",
    "is_role_line",
    "next_meeting_label",
    "roll_call",
    "numbered_item",
    "segment",
]
