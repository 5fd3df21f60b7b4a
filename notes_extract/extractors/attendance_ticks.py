"""Names written with a tick or a cross beside them and no key to say what the marks mean ("Attendance: Ana ✅,
Ben ❌, Cy ✅", "- ✓ Ana"): a team's roll, where the tick is "came" and the cross "did not". The mark is
no part of the name."""

from __future__ import annotations

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Attendance, Attendee

TICKS = "✓✔✅☑"
CROSSES = "✗✘❌❎"
# A name with a tick or cross before or after it ("Ana ✅", "❌ Ben").
_MARKED = lazy_compile(rf"^\s*(?P<before>[{TICKS}{CROSSES}])?\s*(?P<name>[^{TICKS}{CROSSES}]+?)\s*"
                       rf"(?P<after>[{TICKS}{CROSSES}])?\s*$")


def sorted_by_ticks(attendance: Attendance) -> Attendance:
    """The attendance with each present name that carries a mark read by it: ticked names stay present,
    crossed ones are absent, the mark left out of the name. Lists without marks are left as they are."""
    found = [(person, m) for person in attendance.present if (m := _MARKED.match(person.name))]
    if not any(m["before"] or m["after"] for _, m in found) or len(found) != len(attendance.present):
        return attendance
    present: list[Attendee] = []
    absent = list(attendance.absent)
    for person, m in found:
        mark = m["before"] or m["after"] or ""
        cleaned = person.model_copy(update={"name": m["name"]})
        (absent if mark and mark in CROSSES else present).append(cleaned)
    return attendance.model_copy(update={"present": present, "absent": absent})
