"""Where the meeting was, said in the sentence or title line that gives its date: "Chair Ann Lee called
the monthly meeting to order on March 3, 2026 at 6:30 pm at the Pine Lake Town hall", "Minutes of the
Annual Meeting on 13th May 2026 in the Village Hall". The place follows the date, after "at" or "in",
and ends in a place word (hall, room, library, ...)."""

from __future__ import annotations

import re

from notes_extract.dates import find_dates
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.build import any_of
from notes_extract.vocab.meetings import MEETING_NOUNS, PLACE_ABBREVIATIONS, PLACE_WORDS, ROOM_WORDS

# How far down the minutes the dated sentence stands.
DATED_PLACE_WITHIN_BLOCKS = 15
# The most words of such a place.
DATED_PLACE_MAX_WORDS = 8

_PLACE_AFTER = lazy_compile(
    rf"\b(?i:at|in)\s+(?:(?i:the)\s+)?(?P<loc>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&|"
    rf"(?i:{any_of(PLACE_WORDS)})\b))*)")
_ENDS_IN_PLACE_WORD = lazy_compile(rf"\b(?i:{any_of(PLACE_WORDS)})\.?$")
# The line is about this meeting: it names a meeting or the minutes, or calls the meeting to order.
_ABOUT_THE_MEETING = lazy_compile(rf"\b(?:{any_of(MEETING_NOUNS)}|minutes)\b|\bto order\b", re.I)


# ("called a Regular Meeting of the City Council to order at 7:00 p.m. in the Council Chambers")
_OPENED_AT = lazy_compile(r"\b(?:called\s+(?:[\w'’&-]+\s+){0,9}?to\s+order|opened\s+the\s+meeting)"
                          r"[^.]*?\bat\s+\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s?m\b\.?)?", re.I)


# "held on 5 March 2024 at 6.00pm in the school library": the place written in lower case, a place word ending it.
_LOWER_CASE_PLACE = lazy_compile(rf"\b(?:held|met)\b(?:[^.]|\.(?=\d))*?\b(?:at|in)\s+the\s+"
                                 rf"(?P<loc>(?:[a-z]+\s+){{0,3}}{any_of(PLACE_WORDS)})\b")


_TO_BE_HELD = lazy_compile(r"\b(?:would|will|to|shall|should|could|might)\s+be\s+held\b", re.I)


def lower_case_place(text: str) -> str | None:
    """The place a "held ... in the church hall" line names in lower case, or None."""
    m = _LOWER_CASE_PLACE.search(text)
    # ("Chessmas would be held in the back room of ...": an event still to come)
    return m["loc"] if m and not _TO_BE_HELD.search(text[: m.start("loc")]) else None


# A meeting still to come: its date and place are not this meeting's.
_ANOTHER_MEETING = lazy_compile(r"\b(?:will\s+be|(?:is|are)\s+to\s+be|next)\b", re.I)


def dated_place(texts: list[str]) -> str | None:
    """The place named after the date in the first line that dates this meeting and names it."""
    for text in texts[:DATED_PLACE_WITHIN_BLOCKS]:
        dates = find_dates(text)
        # "Ann Lee called the meeting to order at 7:05 p.m. at the Clubhouse": the place after the clock
        opened = _OPENED_AT.search(text)  # (its date before or after the clock: "on April 9, 2025")
        if opened:
            after = opened.end()
        elif not dates or not _ABOUT_THE_MEETING.search(text[: dates[0].start] + text[dates[0].end:]) or \
                _ANOTHER_MEETING.search(text):
            continue  # ("There will be a Candidates Meeting on 20 August at the School Hall": another's place)
        else:
            after = dates[0].end
        for m in _PLACE_AFTER.finditer(text, after):
            loc = m["loc"].rstrip(" .")
            if (_ENDS_IN_PLACE_WORD.search(loc) or opens_with_room(loc)) and len(loc.split()) <= DATED_PLACE_MAX_WORDS:
                # "in the Council Chambers of City Hall, 3400 Main Boulevard, on July 9": its street address too
                address = _ADDRESS_AFTER.match(text, m.end())
                return loc + (f", {address['street']}" if address else "")
    return None


# ", 3400 Main Boulevard": a street's number and its name after a place (not ", 7 PM").
_ADDRESS_AFTER = lazy_compile(r",\s*(?P<street>\d{1,5}[A-Za-z]?\s+(?![AP]\.?M\b)[A-Z][\w'’.-]*"
                              r"(?:\s+[A-Z][\w'’.-]*){0,3})(?=\s*[,.;]|\s*$)")
# "Room 2.14", "Suite 10.30": the number of a room, not a clock time (look-behinds before a clock pattern).
NOT_A_ROOMS_NUMBER = "".join(rf"(?<!\b(?i:{word})\s)" for word in ROOM_WORDS)
# "Room B45 EERC", "Room ll101", "Room 2.14": a room word, then a number or code holding a digit.
_OPENS_WITH_ROOM = lazy_compile(rf"^\W*(?i:{any_of(ROOM_WORDS)})\.?\s+[\w.-]*\d")


def opens_with_room(text: str) -> bool:
    """Whether ``text`` opens with a room and its number ("Room B45 EERC"): a place without a place word at its end,
    or with the place the meeting was in, named to its place word ("in the Council Chambers of City Hall.", after
    "The Finance Committee met on March 4, 2025 at 7 p.m.")."""
    return bool(_OPENS_WITH_ROOM.match(text) or _IN_NAMED_PLACE.match(text))


# "in the Council Chambers of City Hall.": "in" or "at", then a capitalised place ending in its place word.
_IN_NAMED_PLACE = lazy_compile(r"^\W*(?:at\s+)?(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*"
                               rf"(?:\s+(?:of|the|and|&|[A-Z][\w'’.-]*))*\s+(?i:{any_of(PLACE_WORDS)})\W*$")


# An address's lines under a place: "100 Main Street" (a street's number first), "Springfield,
# IL 62701" / "Anytown AB1 2CD" (a town and its postal code).
_STREET_LINE = lazy_compile(r"^\d{1,5}[A-Za-z]?\s+[A-Z][\w.'’ -]*$")
_TOWN_AND_CODE_LINE = lazy_compile(r"^[A-Z][\w.'’ -]*,?\s+(?:[A-Z][\w.'’ ]*\s+)?"
                                   r"(?:\d{5}(?:-\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})$")
ADDRESS_LINES_MAX = 3


def with_address_lines(place: str, below: list[str]) -> str:
    """The place and the lines of its address under it, set apart by commas."""
    parts = [place]
    for line in below[:ADDRESS_LINES_MAX]:
        line = line.strip(" ,")
        if find_dates(line) or not (_STREET_LINE.match(line) or _TOWN_AND_CODE_LINE.match(line)):
            break
        parts.append(line)
    return ", ".join(parts)


_PLACE_LINKS = lazy_compile(r"^(?:(?:at|in|@)\s+)+(?:(?-i:the)\s+(?=[A-Z]))?", re.I)
# "@ The Red Lion", "at 7pm @ Red Lion Inn": an at sign, then a name in capitals of a few words.
_AT_SIGN_PLACE = lazy_compile(r"^(?:at\s+)?@\s+(?:[A-Z][\w'’&.-]*|of|and|&)(?:\s+(?:[A-Z][\w'’&.-]*|of|and|&)){0,5}$")


def without_place_links(rest: str) -> tuple[str, bool]:
    """A title-block place without the words that led to it ("at the", "@"), and whether an at sign
    marked it a place ("@ The Red Lion": a pub's name needs no place word)."""
    marked = _AT_SIGN_PLACE.match(rest.strip(" *_")) is not None
    rest = _PLACE_LINKS.sub("", rest).strip(" *_")
    # "9 April 2025 (Zoom)": the place alone in brackets after the date, without them
    if rest.startswith("(") and rest.endswith(")") and rest.count("(") == 1:
        rest = rest[1:-1].strip()
    return rest, marked


# "Trust Offices, Crossapol, by Zoom and streamed": a line that opens with the room's place, then the service
# that joined others to it. Only such a line's opening, a few capitalised words with a place word among them.
_PLACE_OPENING = lazy_compile(r"^(?P<place>[A-Z][\w'’&.-]*(?:,?\s+(?:[A-Z][\w'’&.-]*|\d{1,5}[A-Za-z]?|of|and|&)){0,6}?)"
                              r"[,\s]*(?:\b(?:and|or|&)\s*)?(?:\b(?:also|online|virtually|remotely)\s*)?$")
_HAS_PLACE_WORD = lazy_compile(rf"\b(?i:{any_of(PLACE_WORDS)})\b")


def place_before_online(before: str) -> str | None:
    """The place a line names before the service it also met on ("Village Hall, and by Zoom"), or None."""
    m = _PLACE_OPENING.match(before.strip(" *_"))
    return m["place"] if m and _HAS_PLACE_WORD.search(m["place"]) else None


# "..., in Room B45 EERC.": the full stop that ends the sentence, not an abbreviation's ("High St.") or an initial's.
_CLOSING_STOP = lazy_compile("".join(rf"(?<!\b{word})" for word in PLACE_ABBREVIATIONS) + r"(?<!\b[A-Z])\.$")


def without_closing_stop(place: str) -> str:
    """A place read from a sentence, without the sentence's closing full stop."""
    return _CLOSING_STOP.sub("", place)


# " – ", " | ", " - ": the parts of a title line.
_TITLE_PARTS = lazy_compile(r"\s+[-–—|]\s+")


def repeats_an_earlier_part(place: str, line: str) -> bool:
    """"Chess Club – Committee meeting 3/3/2024 – Chess Club": a web page's title, its site's name repeated
    after the page's own, not where the meeting was."""
    parts = [part.strip(" *_#").casefold() for part in title_parts(line)]
    return len(parts) >= 3 and place.strip().casefold() in parts[:-1]


def title_parts(line: str) -> list[str]:
    """The parts of a title line set apart by a spaced dash or bar."""
    return _TITLE_PARTS.split(line)
