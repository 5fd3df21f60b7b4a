"""Who called the meeting to order or opened it, as GOLD.md reads a chair from it: "The meeting was called to order
at 7:00 p.m. by Chairman Ann Lee", "called to order by President Bo Kay", "Chair Ann Lee called the
monthly meeting to order". The office title before the name says who it is even when no attendance
list names them; a name without a title is taken when it reads as a person's name."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import Roster, looks_like_name, strip_honorifics
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.build import any_of
from notes_extract.vocab.people import NAME, OPENERS_NOT_CHAIRING, TITLES_BEFORE_NAME

# How far down the minutes the call to order stands.
CALL_TO_ORDER_WITHIN_BLOCKS = 40
# An opener the attendance does not name is taken only when written with this many words at least ("Ann Lee").
MIN_OPENER_WORDS = 2
# How far before an opener's name its office is written ("The Parish Clerk, Ann Lee opened ...").
OFFICE_BEFORE_CHARS = 30

# "opened the meeting at 7pm", "... meeting open.": the meeting noun ends there
# ("opened the meeting room" is no opening).
_MEETING_ENDS = r"(?=\s*(?:$|[.,;:]|(?:at|with|by|and|open|on|promptly|formally)\b))"
# The words up to "by", within the sentence: the full stops of "7:00 p.m." end none.
_IN_SENTENCE = r"(?:[^.]|(?<=\b[apAP])\.|(?<=\b[apAP]\.[mM])\.(?=\s+by\b)|(?<=\d)\.(?=\d))*?"
_CALLED_TO_ORDER = TriggeredPattern(lazy_compile(
    # "Chair Ann Lee called the monthly meeting to order", "Ann Lee brought the meeting back to order"
    rf"(?P<name>{NAME})\s+(?:called|brought)\s+the\s+(?:[\w-]+\s+){{0,2}}meeting\s+(?:back\s+)?to\s+order"
    # "called to order at 7:00 p.m. by Chairman Ann Lee", "called back to order by the President, Bo Kay"
    rf"|\bcalled\s+(?:back\s+)?to\s+order\b{_IN_SENTENCE}\bby\s+(?:the\s+)?(?P<name2>{NAME}(?:\s*,\s*{NAME})?)"
    # "Ann Lee opened the meeting at 7pm", "Chair Ann Lee declared the meeting open", "The meeting was opened
    # by Ann Lee": opening the meeting is the chair's part as calling it to order is
    rf"|(?P<name3>{NAME})\s+(?:opened|declared)\s+the\s+(?:[\w-]+\s+){{0,2}}meeting\b{_MEETING_ENDS}"
    rf"|\bmeeting\s+was\s+(?:formally\s+)?opened\b{_IN_SENTENCE}\bby\s+(?:the\s+)?(?P<name4>{NAME}(?:\s*,\s*{NAME})?)"),
    ("order", "opened", "declared"))  # (each form holds one: most lines are not searched)
# Officers who open a meeting without chairing it.
_NOT_CHAIRING = lazy_compile(rf"\b(?:{any_of(OPENERS_NOT_CHAIRING)})\b", re.I)
# The office titles written before the name ("Board President", "Chairman"), a body's word first at most.
_TITLES = lazy_compile(rf"^(?:(?:[A-Z][\w'’&-]*\s+)?(?i:{TITLES_BEFORE_NAME})\b\s*,?\s*)+")
_A_TITLE = lazy_compile(rf"^(?i:the|{TITLES_BEFORE_NAME})$")


def order_caller(texts: list[str], roster: Roster, *, opening_within: int | None = None) -> str | None:
    """The first person the minutes say called the meeting to order: an attendee the words after any
    titles name, else the name those words write. Who "opened the meeting" counts only in the first
    ``opening_within`` texts (the title block and the first item): further down it is a committee's report."""
    for i, text in enumerate(texts[:CALL_TO_ORDER_WITHIN_BLOCKS]):
        if not (m := _CALLED_TO_ORDER.search(text)):
            continue
        opened = bool(m["name3"] or m["name4"])
        office = text[max(0, m.start() - OFFICE_BEFORE_CHARS): m.end()]
        if opened and (opening_within is not None and i >= opening_within or _NOT_CHAIRING.search(office)):
            continue  # "The Parish Clerk, Ann Lee opened the meeting": the clerk opens it for the chair's election
        written = (m["name"] or m["name2"] or m["name3"] or m["name4"]).rstrip(".")
        head, _, rest = written.partition(",")
        # "the President, Bo Kay": the title, then the name; "Ann Lee, Bo Kay ...": the first name only
        written = rest.strip() if rest and not _TITLES.sub("", f"{head} ").strip() else head
        words = written.split()
        # "Board President Bishop": the name is at the end, after any titles.
        for n in range(len(words)):
            if who := roster.resolve(" ".join(words[n:])):
                return who
        name = strip_honorifics(_TITLES.sub("", written).strip(" ,"))
        if opened and len(name.split()) < MIN_OPENER_WORDS:
            continue  # "Members opened the meeting with a minute's silence": an opener not on the list, one word
        if name and looks_like_name(name) and not any(_A_TITLE.match(w) for w in name.split()):
            return name
    return None

