"""Who is present and who sent apologies, once both lists are read, where the minutes name someone in both.

A list of all the body's members, written with no label over it ("Mr C Lee [CL] Chair; Mrs D Ode [DO]
..."), then "Apologies were received from CL and Jo Bird": the members who sent apologies did not come.
They move from those present to the apologies, under the name the list gives them. Under a list that
says who came, the list wins: "Apologies received from HP" names who took them when HP is there, and
"Clem Arde (who subsequently attended)" among the apologies came after all; without such a note,
someone in both lists sent apologies (an expected attendee who did not come)."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Attendee
from notes_extract.people import Roster, entry_aliases


def settle_apologies(present: list[Attendee], apologies: list[Attendee], *,
                     members: bool) -> tuple[list[Attendee], list[Attendee]]:
    """(those present, the apologies), each person in one of them; ``members``: the list of those
    present is the body's members, with no label saying they came."""
    roster = Roster([a.name for a in present], {alias: a.name for a in present for alias in entry_aliases(a.text)})
    if members:
        return members_who_sent_apologies(present, apologies, roster)
    came = {a.name.lower() for a in present}
    return present, [a for a in apologies if not (a.name.lower() in came and _CAME_AFTER_ALL.search(a.text)) and
                     not (re.fullmatch(r"[A-Z]{1,4}", a.name) and roster.resolve(a.name))]


# "(who subsequently attended)", "(arrived later)": a note beside an apology that the person came.
_CAME_AFTER_ALL = lazy_compile(r"\((?:[^()]*\s)?(?:attended|arrived|joined|came)\b[^()]*\)", re.I)


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
