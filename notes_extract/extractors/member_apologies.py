"""A list of all the body's members, written with no label over it ("Mr C Lee [CL] Chair; Mrs D Ode [DO]
..."), then "Apologies were received from CL and Jo Bird": the members who sent apologies did not come.
They move from those present to the apologies, under the name the list gives them."""

from __future__ import annotations

from notes_extract.models import Attendee
from notes_extract.people import Roster


def members_who_sent_apologies(present: list[Attendee], apologies: list[Attendee],
                               members: Roster) -> tuple[list[Attendee], list[Attendee]]:
    """(those present, the apologies) once each member named in the apologies is moved there."""
    by_name = {a.name: a for a in present}
    moved: set[str] = set()
    out: list[Attendee] = []
    for apology in apologies:
        name = members.resolve(apology.name)
        if name is None or name in moved or name not in by_name:
            out.append(apology)
            continue
        moved.add(name)
        member = by_name[name]
        out.append(Attendee(name=member.name, role=member.role, text=member.text))
    return [a for a in present if a.name not in moved], out
