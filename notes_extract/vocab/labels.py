"""Labels minutes write before what they introduce: attendance lists, role
lines, action lists, the next meeting, and the parts of an agenda item.

Plain data: regex fragments, matched case-insensitively at the start of a line.
"""

from __future__ import annotations

# The record's attendance lists; "apologies" is also the word minutes use.
PRESENT = "present"
APOLOGIES = "apologies"
ABSENT = "absent"
IN_ATTENDANCE = "in_attendance"

# Column headers of attendance tables (regex fragments, the whole header cell).
ATTENDANCE_NAME_COLUMN = r"name|names|member|members|attendee|attendees|person|who"
ATTENDANCE_ROLE_COLUMN = r"role|roles|position|title|office|post|capacity|organi[sz]ation"
