"""A running sentence of those present whose titles are written in lower case before the names they
cover: "Board members present were supervisors Ann Lee, Bo Ode and Cy Rand, treasurer Di Fox, clerk
Ed Hall and guests Flo Kent and Gus Moe." Each title gives its names their role; guests and
observers attend without being members."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import normalise_role
from notes_extract.people_lists import split_people
from notes_extract.vocab.build import any_of
from notes_extract.vocab.labels import IN_ATTENDANCE, PRESENT
from notes_extract.vocab.people import TITLES_IN_RUNNING_LISTS, VISITOR_ROLES

_TITLE_WORDS = any_of(sorted({form for title in TITLES_IN_RUNNING_LISTS for form in (title, f"{title}s")},
                             key=len, reverse=True))
# A title in lower case opening the line or a run inside it, before a capitalised name.
_TITLE_RUN = lazy_compile(rf"(?:^|(?<=,)|(?<=\s))(?:and\s+|&\s+)?(?P<title>(?-i:{_TITLE_WORDS}))\s+(?=[A-Z])")
# A line is read this way when it has at least this many titled runs: the titles are its structure.
MIN_TITLED_RUNS = 2
# Titles of those who attend without being members.
_VISITORS = frozenset(VISITOR_ROLES) | {"visitor"}


def lower_case_title_runs(text: str, category: str) -> list[tuple[str, str, str | None]] | None:
    """(category, entry, role) for each name of a line whose names are grouped under titles in lower
    case, or None when the line is not written so."""
    runs = list(_TITLE_RUN.finditer(text))
    if len(runs) < MIN_TITLED_RUNS or text[:runs[0].start()].strip(" ,"):
        return None
    out: list[tuple[str, str, str | None]] = []
    for run, following in zip(runs, [*runs[1:], None], strict=True):
        names = text[run.end():following.start() if following else len(text)].strip(" ,.;")
        names = re.sub(r"(?:\s*,)?\s+(?:and|&)$", "", names)
        title = run["title"]
        singular = title[:-1] if title.endswith("s") and title[:-1] in TITLES_IN_RUNNING_LISTS else title
        listed_in = IN_ATTENDANCE if category == PRESENT and singular in _VISITORS else category
        role = normalise_role(singular)
        out += [(listed_in, name.strip(), role) for name in split_people(names) if name.strip()]
    return out
