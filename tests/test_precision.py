"""Precision: lines that look like headings in a planning list but are not items.

Invented snippets in the style of council minutes that list the applications
they were consulted on, each under its reference code, with the council's
verdict in capitals below it.
"""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord

PLANNING_LIST = b"""Minutes of the Meeting of Upton Vale Town Council
held on 4 March 2021 at the Church Rooms

**Present:** Cllr A. Barnes (Chair), Cllr D. Clay, Cllr F. Green

**1. PLANNING**

The council considered the following applications.

**PV.2231/4/K**

Single storey rear extension at 9 Mill Lane, Upton Vale.

**NO OBJECTION**

**PV.CONTR 4410**

Notice of intended works to a beech tree at 2 Kiln Row.

**OBJECTION**

It was resolved to object because the tree is healthy.

**2. FINANCE**

The accounts for February were approved.
"""


def planning_record() -> MinutesRecord:
    return extract(PLANNING_LIST, format="markdown")


def test_reference_codes_are_points_of_their_item_not_sections() -> None:
    titles = [s.title for s in planning_record().sections]
    assert not any(title.startswith("PV.") for title in titles)
    planning = next(s for s in planning_record().sections if s.title.upper() == "PLANNING")
    assert any("PV.2231/4/K" in point.text for point in planning.points)


def test_a_verdict_in_capitals_is_no_section() -> None:
    titles = [s.title for s in planning_record().sections]
    assert "OBJECTION" not in titles and "NO OBJECTION" not in titles


ADDRESS_OWNER = b"""Minutes of the Meeting of Upton Vale Town Council
held on 4 March 2021 at the Church Rooms

Present: Cllr A. Barnes (Chair), Cllr D. Clay, Cllr F. Green

1. Highways

Residents complained about lorries parked near Orchard Street at night.
Orchard Street to stop the lorries parking on the verge.
Cllr Clay to write to the haulage firm.
"""


def test_a_street_name_owns_no_action() -> None:
    record = extract(ADDRESS_OWNER, format="text")
    owners = [owner.text for action in record.actions for owner in action.owners]
    assert "Orchard Street" not in owners
    assert any("Clay" in owner for owner in owners)
