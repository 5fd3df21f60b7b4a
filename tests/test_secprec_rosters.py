"""A roster's label over a note and then the names ("### Voting members of the board" over "*Each member
has one vote.*" over "- Acme - Ann Lee"): the names are attendance, the label is no agenda item.
Invented snippet."""

from __future__ import annotations

from notes_extract import extract_text

TEXT = """# Widget Alliance

## Minutes of the Steering Council

**Date**: Thursday, 4 September 2025

### Voting members of the council

*Per the bylaws, each member company has one seat. Quorum is half of the seats.*

* Acme - Ann Lee+ / Bo Ode
* Globex - Cy Park+
* Initech - Di Rowe / Ed Stone+
* Umbrella - Flo Tate

" + " indicates attending

## Welcome

Ann Lee opened the call at 7:04 and welcomed everyone.

## Release planning

Cy Park presented the release plan for the autumn.
"""


def test_a_noted_roster_is_attendance_not_an_item() -> None:
    record = extract_text(TEXT, format="markdown")
    assert [s.title for s in record.sections] == ["Welcome", "Release planning"]
    assert {"Ann Lee", "Cy Park", "Ed Stone"} <= {p.name for p in record.attendance.present}
