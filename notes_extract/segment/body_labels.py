"""A body, or its members, as the label over the people at the meeting: "Select Board: Ann Lee and Bo Ode.",
"Project team: ...", "Board of Directors: ...", "Voting members: ...". Outside an item the names run on after
it are who came; inside one they may as well name who sits on something (see `labels.weak_label`)."""

from __future__ import annotations

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.build import any_of
from notes_extract.vocab.people import BODIES_BEFORE_OFFICE, MEMBERS_LABEL_WORDS

# The body or its members named in at most four words (the body's own name after "of"), a colon, the rest.
BODY_LABEL = lazy_compile(rf"^(?P<label>(?:[A-Z][\w&'’-]*\s+){{0,3}}(?:(?i:{any_of(MEMBERS_LABEL_WORDS)})|"
                          rf"(?i:{any_of(BODIES_BEFORE_OFFICE)})"
                          rf"(?:\s+of\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){{0,2}})?))\s*:\s*"
                          rf"(?P<rest>[A-Z][^:]*)$")
