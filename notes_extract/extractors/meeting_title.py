"""The meeting's title: which title-block line names the body and its meeting, cleaned of
dates, times, places and "Minutes of"."""

from __future__ import annotations

import re
from functools import lru_cache

from notes_extract.date_ranges import without_date_range
from notes_extract.dates import find_dates, without_dates
from notes_extract.document import Block, BlockKind, Document
from notes_extract.extractors.meeting_place import repeats_an_earlier_part, title_parts
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.title_lines import SENTENCES
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import MONTHS, WEEKDAYS
from notes_extract.vocab.meetings import (
    BARE_TITLE_LABELS,
    DOCUMENT_STATUS_WORDS,
    GENERIC_TITLE_WORDS,
    GOVERNING_SEATS,
    MEETING_NOUNS,
    MEETING_QUALIFIERS,
    MINUTES_TITLE_WORDS,
    PLACE_WORDS,
    RECORD_TITLE_LEADS,
    RECORD_TITLE_QUALIFIERS,
    RECORD_TITLE_TAILS,
    TITLE_LABELS,
)
from notes_extract.vocab.people import BODIES, BODIES_BEFORE_OFFICE
from notes_extract.vocab.sections import FURNITURE_HEADINGS

# A title-block line naming the kind of meeting under the body's name ("Board of Directors' Meeting").
KIND_LINE_MAX_WORDS = 8
# A fuller naming of the meeting is still a title, not a sentence.
FULLER_TITLE_MAX_WORDS = 12

# "Proceedings at", "Summary Notes,": record words before the meeting's name (after "Minutes of" or alone)
_LEAD = rf"(?:(?:the\s+)?{any_of(RECORD_TITLE_LEADS)}\s+(?:at|of)\s+(?:the\s+|a\s+|an\s+)?)"
_QUALIFIER = rf"(?:{any_of(RECORD_TITLE_QUALIFIERS)}\s+)"
_TITLE_PREFIX = lazy_compile(
    rf"^(draft\s+)?((the\s+)?{_QUALIFIER}?(minutes|minute|notes|record|logs?|transcript)\s+(of|from|for)\s+"
    rf"(the\s+|a\s+|an\s+)?{_LEAD}?|{_LEAD}|{_QUALIFIER}?(minutes|notes)\s*,\s*"
    r"|agenda\s+(for|of)\s+(the\s+|a\s+|an\s+)?|meeting notes\s*[:\-–]?\s*|minutes\s*[:\-–]\s*)"
    # "Draft Minutes Valley Radio": the minutes' standing, then the body's name
    r"|^(?:draft|approved|unapproved|confirmed)\s+(?:minutes|notes)\s*[:\-–]?\s*", re.I)  # fmt: skip
# "... held on 5 March", "The AGM was held at ...": where and when, no part of the title
# ("meeting held remotely via Zoom": an adverb between)
_HELD = lazy_compile(r"\b((was|were|is|will\s+be)\s+)?(held|meeting)\s+([a-z]+ly\s+)?(on|at|in|via)\b.*$"
                     r"|\s[-–—|,]\s*(meeting\s+)?(minutes|notes)\b.*$"
                     # "meeting held 4 June 2024, Room 12": the date straight after "held"
                     rf"|\b((was|were)\s+)?held\s+(?=\d|{any_of(WEEKDAYS)}\b).*$", re.I)
# "Meeting: called to order at 7pm": after a bare label only a name opening with a capital names the meeting.
_TITLE_FIELD = lazy_compile(rf"^\W*(?:(?:{any_of(TITLE_LABELS)})\s*:\s*"
                            rf"|(?:{any_of(BARE_TITLE_LABELS)})\s*:\s*(?=(?-i:[A-Z0-9])))(?P<title>.+)$", re.I)
# "Agenda (Minutes Next Section)": a heading naming a part of the file, with a remark in brackets.
_PART_HEADING = lazy_compile(rf"{any_of(MINUTES_TITLE_WORDS)}\s*(\([^)]*\))?"
                             rf"|{FURNITURE_HEADINGS}\s*:?", re.I)  # "Meeting details": a part, no title
_MEETING_OF = lazy_compile(
    r"\b(?:a |the )?meeting of (?:the )?(?P<body>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|and|for|&))*)")
# "The Council on Graduate Studies met at 2:00 p.m. on Tuesday, ...": the opening sentence names the body that met.
_BODY_MET = lazy_compile(
    r"^\W*(?:[Tt]he\s+)?(?P<body>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|on|and|for|&))*)\s+met\s+(?:at|on|in|via)\b")
# "Meeting 3", "Meeting #03" name no meeting in particular either.
_GENERIC = lazy_compile(rf"^({any_of(GENERIC_TITLE_WORDS)}|\W|\d+(?:st|nd|rd|th)?\b)+$", re.I)
# "2PM", "14:30" — not the "3.04" inside a dotted date ("2013.04.22").
_CLOCK_TIME = lazy_compile(r"\d\s*[ap]\.?m\b|(?<![\d.])\d{1,2}[.:]\d\d(?![.\d])", re.I)
_TIME_IN_TITLE = lazy_compile(r"\b(?:at\s+)?\d{1,2}(?:[.:]\d\d)?\s*[ap]\.?m\b\.?"
                              r"|(?<![\d.])\d{1,2}[.:]\d\d(?![.\d])", re.I)
# "Minutes: Leo Park": a form's field naming who took the minutes, not the meeting they are of.
_MINUTES_BY = lazy_compile(r"^\W*(?i:minutes)\s*:\s*(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\W*$")
_TRAILING_WEEKDAY = lazy_compile(rf"[\s,]+{any_of(WEEKDAYS)}$", re.I)
_CARRIES_ON = lazy_compile(r"^\s*(?:of|and|for|&)\s+\S", re.I)
_ITEM_NUMBERED = lazy_compile(r"^(?:\d{1,2}|[IVX]{1,5})[.)]\s+[A-Z]")
NAMES_A_BODY_OR_MEETING = lazy_compile(rf"\b(?:minutes|{any_of(MEETING_NOUNS)}|{any_of(BODIES_BEFORE_OFFICE)})\b", re.I)
_NAMES_A_BODY = lazy_compile(rf"\b{any_of(BODIES_BEFORE_OFFICE)}\b", re.I)
_NAMES_A_GOVERNING_BODY = lazy_compile(rf"\b(?:{any_of(BODIES)}|{any_of(GOVERNING_SEATS)})\b", re.I)
_NAMES_A_MEETING_WORD = lazy_compile(rf"\b{any_of(MEETING_NOUNS)}\b", re.I)
# "COMP Group Meeting", "Board call": a title line that already names a meeting, not only a body.
_NAMES_A_MEETING = lazy_compile(rf"\b{any_of(MEETING_NOUNS)}\s*$", re.I)
# A line under the title that names the kind of meeting.
_MEETING_KIND = lazy_compile(rf"({any_of(MEETING_QUALIFIERS)}\s+)*{any_of(MEETING_NOUNS)}", re.I)
# A clause of running text: a verb after "was"/"were" (not "held": "Minutes of the meeting which was held
# on ..." is a title), a call to order, a meeting convened or adjourned.
_RUNNING_TEXT = lazy_compile(r"\b(?:was|were|has|have|had)\s+(?!held\b)[a-z]{3,}"
                             r"|\bcalled\s+(?:the\s+(?:[\w-]+\s+){0,2}meeting\s+)?(?:back\s+)?to\s+order\b"
                             r"|\bconvened\s+(?:an?|the)\b|\badjourned\b|\bmet\s+(?:at|on|in|via)\b"
                             # "The meeting began at 7:10 PM on ...", "Committee meeting 4/3/25 commenced 7.15 pm"
                             r"|\b(?:began|commenced|started|opened|closed|ended|finished)\s+(?:at\s+)?\d", re.I)
# "**Trust Members**", "### Board Members": the heading over who sits on the body, not the meeting's title
# ("Annual Meeting of Members" names a meeting).
_MEMBERS_LIST_HEADING = lazy_compile(rf"^(?!.*\b(?:{any_of(MEETING_NOUNS)})\b)[^:]*\b(?:members|attendees|participants"
                                     r"|attendance)\W*$", re.I)
_BODY_THEN_MEETING = lazy_compile(rf"^\W*[A-Z][\w ]{{2,29}}:\s+[^\d:]*\b(?i:{any_of(MEETING_NOUNS)})\b[^\d:]*$")
# A month's name or abbreviation ("Sept", "October"), or a year.
_MONTH_OR_YEAR = lazy_compile(rf"\b{any_of(m for m in MONTHS if len(m) <= 4)}[a-z]*\.?\b|\b(19|20)\d\d\b", re.I)
# "Plenum Agenda/Minutes", "Board Minutes & Agenda": what the file holds, after the meeting's name
_TRAILING_NOTES = lazy_compile(r"(?<=\w)\s+(?:agenda\s*(?:/|&|and)\s*)?(notes|minutes)(?:\s*(?:/|&|and)\s*agenda)?\s*$",
                               re.I)
# "Garden Club Meeting Summary", "Board Agenda & Minutes": the record's name after the meeting's.
_TRAILING_RECORD = lazy_compile(rf"(?<=\w)(?:\s*[-–—:|,]\s*(?:meeting\s+)?|\s+){any_of(RECORD_TITLE_TAILS)}"
                                r"(?:\s*(?:/|&|and)\s*(?:minutes|notes|actions))?\s*$", re.I)
# "Summary of the Garden Club meeting": the record's name before the meeting's.
_LEADING_RECORD = lazy_compile(rf"^(?:{any_of(RECORD_TITLE_TAILS)})\s+of\s+(?:the\s+)?(?=\w)", re.I)
# "PCC Minutes – February 2014": a month and year, the date of a monthly meeting's minutes.
_MONTH_YEAR = lazy_compile(rf"\b{any_of(MONTHS)}\.?,?\s+(?:19|20)\d\d\b", re.I)
# "2018-August-02 ESLint TSC Meeting Notes", "2016 10 13 TSC Minutes": a date opening the line, year first,
# written with spaces or a month's name where a date reader expects ISO figures.
_YEAR_FIRST_DATE = lazy_compile(rf"^(?:19|20)\d\d[-\s./]+(?:\d{{1,2}}|{any_of(MONTHS)})[-\s./]+\d{{1,2}}(?!\d)\W*",
                                re.I)


# A title left as one word in lower case ("below", "attached"): a pointer, not a name.
_LOWER_WORD = lazy_compile(r"[a-z]+")


def _first_naming_title(head: list[str], texts: list[str], metadata: dict[str, str],
                        headings: list[str] | None = None, *, titled_by_metadata: bool = True) -> str | None:
    """The body and meeting the document names: its first title line that is
    more than a date and generic words ("OCTOBER 2025 MEETING"), or the
    "meeting of the X" it describes itself as when every line is generic."""
    # "Meeting Title: Conference Call on X": the form names its meeting, above any page heading.
    for line in head:
        if (m := _TITLE_FIELD.match(line)) and (titled := clean_meeting_title(m["title"].strip("*_ "))):
            return titled
    # "Minute of Project Supervision Meeting" names the meeting, whatever is above it.
    # "The meeting was called to order at 7pm", "The minutes from the previous meeting were read": sentences of
    # the minutes' running text under their title line, never a title
    body_that_met = _body_that_met(head)
    # (a title line a page's text runs on after, "Board Minutes March 3, 2024. The Board met in ...", keeps its
    # first sentence)
    # ("Met with supervisor. Agreed scope.": two sentences, a log entry's first line of notes, are running text too)
    head = [t for t in head if not _RUNNING_TEXT.search(_first_sentence(t)) and not _MEMBERS_LIST_HEADING.search(t)
            and not SENTENCES.search(t)]
    named = [t for t in head if _TITLE_PREFIX.match(t.strip().lstrip("`'\"*_#> ")) and not _minutes_by(t)]
    # "Previous meeting: 2025-04-17" is a labelled fact, not a title
    # ("Garden Club: Committee Meeting Minutes" names its body, then the meeting)
    lines = [t for t in named + head
             if not re.match(r"^[\w ]{3,30}:\s+\S", t) or t in named or _BODY_THEN_MEETING.match(t)
             or _body_then_date(t)]
    if headings and not named:
        # Where the document has title headings, its running lines are not titles
        # ("These minutes document a meeting of ..."), but may say what meeting it is.
        titling = [t for t in lines if t in headings]
        if any(clean_meeting_title(t) for t in titling):
            lines = titling
        else:  # "# Minutes" over "Eastbrook Garden Committee": a heading naming nothing, the body named under it
            lines = [t for t in lines if t in headings or _NAMES_A_BODY.search(t)]
    # A line giving the date, time and place ("April 8, 2022 2PM NJIT Campus Center") is not the title.
    lines = [t for t in lines if not (find_dates(t) and _CLOCK_TIME.search(t))
             or t in named or _NAMES_A_MEETING_WORD.search(t)  # "Board Meeting 6pm 6 June 2012" names it
             or _NAMES_A_BODY.search(clean_meeting_title(t))]  # "# Garden Committee — 2024-03-04 (15:00 UTC)"
    lines = [t for t in lines if not _date_then_place(t) or t in named]
    # "1. Apologies": an agenda item's heading, never the meeting's title
    # ("DRAFT MINUTES FROM 2019-02-26 below": the one lower-case word left, "below", names nothing)
    candidates = [t for t in map(clean_meeting_title, lines)
                  if t and len(t.split()) <= 20 and not _PART_HEADING.fullmatch(t) and not _ITEM_NUMBERED.match(t)
                  and not _LOWER_WORD.fullmatch(t)]
    front = clean_meeting_title(metadata.get("title", "")) if titled_by_metadata else ""
    title = next((t for t in _without_places_under_generic(candidates, head)
                  if not _GENERIC.match(_without_months(t))), None)
    # The minutes' own heading naming the meeting, or their "Minutes of the X meeting held at ..." line,
    # outranks the page's front matter ("title: Meeting 03", "title: X Minutes May").
    own = bool(title) and title in {clean_meeting_title(h) for h in [*(headings or []), *named]}
    if own and NAMES_A_BODY_OR_MEETING.search(front) and not NAMES_A_BODY_OR_MEETING.search(title or ""):
        own = False  # "## Quick Recap" opening a page titled "Board Meeting Summary": a part, not the meeting
    if front and not _GENERIC.match(_without_months(front)) and not own:
        return front  # the document says its title in its front matter
    title = title or (candidates[0] if candidates else None)
    if title and head and clean_meeting_title(head[0]) == title and len(head) > 1 and \
            _MEETING_KIND.fullmatch(clean_meeting_title(head[1]) or head[1].strip()):
        # "Data Quality Committee" / "Conference call"
        title = f"{title} {clean_meeting_title(head[1]) or head[1].strip()}"
    if title:
        title = _fuller_naming(title, head) or title
    if title is None and metadata.get("title"):
        title = clean_meeting_title(metadata["title"]) or None
    if not (title and NAMES_A_BODY_OR_MEETING.search(title)) and body_that_met:
        return body_that_met  # "Arcola Room of the Union", the sentence's place wrapped to a line, is no title
    if title is None or _GENERIC.match(title):
        for text in texts[:15]:
            if m := _MEETING_OF.search(text):
                return m["body"].strip()
    return title


def _first_sentence(line: str) -> str:
    """The line up to its first sentence's full stop."""
    m = _SENTENCE_AFTER.search(line)
    return line[: m.start() + 1] if m else line


def _body_that_met(head: list[str]) -> str | None:
    """The body an opening sentence says met ("The Curriculum Committee met at 3:00 p.m. on ..." gives
    "Curriculum Committee"), when it names a body."""
    for line in head:
        if (m := _BODY_MET.match(line)) and _NAMES_A_BODY.search(m["body"]):
            return m["body"]
    return None


# "St John's Church Hall": a place, its last word a place word.
_ENDS_IN_PLACE_WORD = lazy_compile(rf"\b{any_of(PLACE_WORDS)}\W*$", re.I)


# A place line under a generic title has this many words at most ("The Old School, Church Lane, Ashby").
PLACE_LINE_MAX_WORDS = 10


def _without_places_under_generic(candidates: list[str], head: list[str]) -> list[str]:
    """The candidate titles without the lines that only say where the meeting was, below a generic title
    line ("Committee Meeting" / "3 March 2024" / "Village Hall"): the generic line is the title, the place
    line the venue. A place line above it ("St Mary's Church" / "Annual Meeting") may name the body."""
    below_generic: set[str] = set()
    seen_generic = False
    for line in head:
        title = clean_meeting_title(line)
        if seen_generic and title and _names_only_a_place(title):
            below_generic.add(title)
        seen_generic = seen_generic or bool(title) and bool(_GENERIC.match(_without_months(title)))
    return [t for t in candidates if t not in below_generic]


def _names_only_a_place(line: str) -> bool:
    """"Village Hall, High Street", "Online via Zoom", "The Old School, Church Lane, Ashby": a line, or an
    address whose parts open with capitals, ending in a place word, that names no body or meeting."""
    if NAMES_A_BODY_OR_MEETING.search(line) or len(line.split()) > PLACE_LINE_MAX_WORDS:
        return False
    parts = [part.strip() for part in line.split(",")]
    return bool(_ENDS_IN_PLACE_WORD.search(line)) or len(parts) > 1 and all(
        part[:1].isupper() or part[:1].isdigit() for part in parts) and any(
        _ENDS_IN_PLACE_WORD.search(part) for part in parts)


def _date_then_place(line: str) -> bool:
    """"Saturday 4 May 2024 - St John's Church Hall" under "ANNUAL GENERAL MEETING": a line opening with
    the date, then where the meeting was, which names no body or meeting."""
    dates = find_dates(line)
    if not dates or line[: dates[0].start].strip(" *_#>"):
        return False
    rest = line[dates[-1].end:].strip(" ,;:-–—|*_")
    return bool(_ENDS_IN_PLACE_WORD.search(rest)) and not NAMES_A_BODY_OR_MEETING.search(rest)


def _body_then_date(line: str) -> bool:
    """"Garden Committee: 4 March 2024, 18:00 UTC": a body's name, a colon, then the meeting's date."""
    label, _, rest = line.partition(":")
    dates = find_dates(rest)
    return bool(dates) and not rest[: dates[0].start].strip() and bool(_NAMES_A_BODY.search(label))


def _body_and_kind_lines(head: list[str], title: str) -> list[str]:
    """Each title-block line, and each line naming a body the title names too, joined to the next line
    naming only the kind of meeting ("Pink Elementary PTA" / "General Meeting Minutes" under "Pink PTA
    General Meeting"); "Week 1 Meeting" or "2. Client Meeting" under a log's title is an entry, no kind."""
    names = [_TRAILING_NOTES.sub("", clean_meeting_title(line)) for line in head]
    joined = [n for n in names if n]
    for body, kind in zip(names, names[1:], strict=False):
        if body and kind and not _NAMES_A_MEETING_WORD.search(body) and _NAMES_A_MEETING.search(kind) and \
                len(kind.split()) <= KIND_LINE_MAX_WORDS and not re.search(r"\d", kind) and \
                set(body.lower().split()) & set(title.lower().split()):
            joined.append(_overlapped(body, kind))
    return joined


def _overlapped(body: str, kind: str) -> str:
    """"Thornbury Parish Council" and "Parish Council Meeting": the words the kind line repeats from the
    end of the body's name written once ("Thornbury Parish Council Meeting")."""
    words, more = body.split(), kind.split()
    for n in range(min(len(words), len(more) - 1), 0, -1):
        if [w.casefold() for w in words[-n:]] == [w.casefold() for w in more[:n]]:
            return " ".join([*words, *more[n:]])
    return f"{body} {kind}"


def _fuller_naming(title: str, head: list[str]) -> str | None:
    """A title-block line naming the same meeting with more of the body's name: "Club Committee Meeting"
    atop, "HORLEY BOWLING CLUB COMMITTEE MEETING" under it. Every word of the title, in order, and only
    capitalised words besides."""
    words = title.lower().split()
    for line in _body_and_kind_lines(head, title):
        more = line.split()
        if len(more) <= len(words) or len(more) > FULLER_TITLE_MAX_WORDS or ":" in line:
            continue
        rest = iter(w.lower() for w in more)
        if all(w in rest for w in words) and \
                all(w[0].isupper() or not w[0].isalpha() for w in more if w.lower() not in words):
            return line
    return None


def _header_body(doc: Document, title: str | None) -> str | None:
    """The body the page header names ("Maple Grove HOA Board of Directors"), where the body's own
    title line names no one ("REGULAR MEETING MINUTES – OCTOBER 8, 2024")."""
    if title and not _GENERIC.match(_without_months(title)):
        return None
    for line in doc.metadata.get("page_header", "").splitlines():
        if NAMES_A_BODY_OR_MEETING.search(line) and (body := clean_meeting_title(line)) and \
                not _GENERIC.match(_without_months(body)):
            # "Marston Vale RFC" atop the page, "Committee Meeting Minutes" the body's title: the body's meeting
            kind = _TRAILING_NOTES.sub("", _without_months(title or "")).strip(" ,.:;-–—|")
            # (only when the kind names the body's board or committee and the header names none:
            # "Maple Grove HOA Board of Directors" over "REGULAR MEETING MINUTES" is that board's)
            return f"{body} {kind}" if kind and _MEETING_KIND.fullmatch(kind) and \
                _NAMES_A_GOVERNING_BODY.search(kind) and not _NAMES_A_GOVERNING_BODY.search(body) else body
    return None


def _body_over_its_meeting(title_blocks: list[Block], title: str | None) -> str | None:
    """"# Acme Society" over "## Minutes of the Finance Committee": the body's name and its meeting
    together, when the heading under the body's name says whose minutes these are."""
    if len(title_blocks) < 2 or any(b.kind is not BlockKind.HEADING for b in title_blocks[:2]):
        return None
    upper, lower = title_blocks[0], title_blocks[1]
    if upper.level >= lower.level or not _TITLE_PREFIX.match(lower.text.strip().lstrip("`'\"*_#> ")) or \
            find_dates(upper.text):
        return None
    body, meeting = clean_meeting_title(upper.text), clean_meeting_title(lower.text)
    if not body or not meeting or _GENERIC.match(body) or body.lower() in meeting.lower() or \
            title not in (body, meeting) or _NAMES_A_MEETING.search(body):
        return None  # "# X Group Meeting" over "## Minutes of the 7th Group Meeting": the upper names it
    return f"{body} {meeting}"


_UNNAMED_BODY_WORDS = frozenset((*GENERIC_TITLE_WORDS, *MEETING_NOUNS, *MEETING_QUALIFIERS, *GOVERNING_SEATS,
                                  "of", "the", "a", "an", "and", "&", "its"))
# A line naming an organisation: a few words, no digits, no label.
ORGANISATION_LINE_MAX_WORDS = 8


def _organisation_over_unnamed_body(head: list[str], title: str | None) -> str | None:
    """"QUILLFEATHER LTD" over "Minutes of a Meeting of the Board of Directors": the title names a body of
    no one's in particular, so the organisation's name on the line above it says whose board it is."""
    if not title or any(w not in _UNNAMED_BODY_WORDS for w in re.findall(r"[\w&'’-]+", title.lower())):
        return None
    for above, line in zip(head, head[1:], strict=False):
        if clean_meeting_title(line) != title:
            continue
        org = above.strip(" *_#>")
        if org and len(org.split()) <= ORGANISATION_LINE_MAX_WORDS and not re.search(r"\d|:", org) and \
                not _RUNNING_TEXT.search(org) and re.search(r"[A-Za-z]{3,}", org) and \
                clean_meeting_title(org) == org and org.lower() not in title.lower():
            return f"{org} {title}"
        return None
    return None


def _minutes_by(line: str) -> bool:
    m = _MINUTES_BY.match(line.strip())
    return bool(m) and not NAMES_A_BODY_OR_MEETING.search(m["who"])


def _without_months(text: str) -> str:
    return _MONTH_OR_YEAR.sub("", text)


# "[DRAFT] Board Meeting", "Board Meeting Minutes (Approved)": the minutes' standing in brackets, no part of the name.
_STANDING = rf"[\[(]\s*{any_of(DOCUMENT_STATUS_WORDS)}(?:\s+(?:minutes|notes|copy))?\s*[\])]"
_BRACKETED_STANDING = lazy_compile(rf"^\s*{_STANDING}\s*|\s*{_STANDING}\W*$", re.I)


# "Minutes – 24 September 2024, 6.30pm": a comma or semicolon after the date, its facts following
_FACTS_AFTER_DATE = lazy_compile(r"\s*[,;]")
# "Garden Club - 9 April 2025 - Library": words, then a mark before the date
_NAME_BEFORE_DATE = lazy_compile(r"[A-Za-z]{3,}.*(?:[,:–—|]|\s-)\s*$")
# A web page's trail of links before its own title: "Home » Minutes » ", "Home > Council > ".
_BREADCRUMBS = lazy_compile(r"^(?:[^»›>\n]{1,40}\s[»›>]\s+)+(?=\S)")
_SENTENCE_AFTER = lazy_compile(r"\.\s+[A-Z][a-z]+\s")
_EMPTY_BRACKETS = lazy_compile(r"\(\s*\)|\[\s*\]")
_TRAILING_ON = lazy_compile(r"\b(on|dated?)\s*$", re.I)
_WORD = lazy_compile(r"[A-Za-z]{3,}")
_RECORD_WORD = lazy_compile(r"(minutes|meeting|notes)", re.I)
_SPACES = lazy_compile(r"\s+")
# Title lines whose cleaned form is remembered: a title block's lines are cleaned again and again.
CLEAN_TITLE_CACHE_SIZE = 1024


@lru_cache(maxsize=CLEAN_TITLE_CACHE_SIZE)
def clean_meeting_title(text: str) -> str:
    """The body and meeting named by a title line, without date, place or "Minutes of"."""
    text = _BREADCRUMBS.sub("", text.strip())  # "Home » Minutes » Committee Minutes 3 March 2024": the page, last
    text = _BRACKETED_STANDING.sub("", text.strip().lstrip("`'\"*_#> "))
    text = _TITLE_PREFIX.sub("", text.strip().lstrip("`'\"*_#> "))
    text = without_date_range(_HELD.sub("", text))  # "Team log (September 15 - 21, 2025)": the week it covers
    # "Notes – 03/17/2025" is a date whichever way the document writes its days.
    dates = find_dates(text) or find_dates(text, day_first=False)
    if dates and not text[: dates[0].start].strip(" ,.:;-–—|") and _FACTS_AFTER_DATE.match(text[dates[0].end:]):
        return ""  # "Minutes – 24 September 2024, 6.30pm, School Library": the date, time and place, no name
    # "Garden Club - 9 April 2025 - Library", "Garden Club: 9 April 2025, 18:00-19:00 UTC" too
    # ("School Board Minutes March 3, 2024. The Board met in ...": a page's text run on after its title and date)
    if dates and (_NAME_BEFORE_DATE.search(text[: dates[0].start]) or _SENTENCE_AFTER.match(text[dates[0].end:])):
        # "General Meeting, 12 March 2024, 6:30 pm, Community Hall": the date opens the meeting's facts
        text, dates = text[: dates[0].start], dates[:1]
    for found in reversed(dates):
        text = text[: found.start] + text[found.end:]
    if not dates and (year_first := _YEAR_FIRST_DATE.match(text)):
        text, dates = text[year_first.end():], [year_first]
    if not dates and (month := _MONTH_YEAR.search(text)):
        text, dates = text[: month.start()] + text[month.end():], [month]
    text = _EMPTY_BRACKETS.sub("", text)  # "Notes (2020-11-04)": the brackets held only the date
    if dates:  # "Board Meeting 6pm 6 June 2012": the time went with its date
        text = _TIME_IN_TITLE.sub("", text)
    if dates:  # "PLUG AGM, Tuesday 2024-01-09": the weekday went with its date
        text = _TRAILING_WEEKDAY.sub("", text.strip(" ,.:;-–—|"))
    text = _TRAILING_ON.sub("", text.strip())
    text = text.strip(" ,.:;-–—|")
    named = _LEADING_RECORD.sub("", _TRAILING_RECORD.sub("", text))
    # ("Board Meeting Summary" keeps its word: without it the line names no meeting in particular, and the title
    # would be looked for further down)
    text = named if _WORD.search(named) and not is_generic_title(named) else text
    if dates:  # "Weekly Meeting Notes – 03/17/2025", "PCC Minutes – February 2014": that meeting's notes
        text = _TRAILING_NOTES.sub("", text)
    # A line that was only a date ("Meeting notes: Wednesday 2 July 2025") names nothing.
    if not _WORD.search(text) or _RECORD_WORD.fullmatch(text):
        return ""
    return _without_repeated_site(_SPACES.sub(" ", text))


def _without_repeated_site(title: str) -> str:
    """"Chess Club – Committee meeting – Chess Club": a web page's title, the site's name repeated after
    the page's; the last part goes."""
    site = title_parts(title)[-1].strip()
    if repeats_an_earlier_part(site, title):
        return title[: title.rstrip().rfind(site)].rstrip(" -–—|")
    return title


def meeting_title(title_lines: list[str], texts: list[str], doc: Document, title_blocks: list[Block],
                  headings: list[str]) -> str | None:
    """The meeting's title: the title block's naming line, completed by the body over it or the page
    header's body where the line names no one."""
    title = _first_naming_title(title_lines, texts, doc.metadata, headings, titled_by_metadata=doc.format != "html")
    if title and title == clean_meeting_title(doc.metadata.get("title", "")):
        title = _site_with_entry_kind(title, title_lines) or title
    title = _body_over_its_meeting(title_blocks, title) or title
    title = _organisation_over_unnamed_body(title_lines, title) or title
    return _header_body(doc, title) or title


def _site_with_entry_kind(front: str, head: list[str]) -> str | None:
    """A page titled "Meeting Minutes | Riverside Cycling Club" whose entry heading names only the kind
    of meeting ("May 2025 – Committee Meeting (25/03/2025)"): the site's body and that meeting."""
    page, _, site = front.rpartition(" | ")
    if not page or not site.strip() or not _NAMES_A_BODY.search(site):
        return None
    for line in head:
        kind = _without_months(clean_meeting_title(line)).strip(" -–—|,")
        if kind and _MEETING_KIND.fullmatch(kind) and kind.lower() not in site.lower():
            return f"{site.strip()} {kind}"
    return None


def is_generic_title(title: str) -> bool:
    """"OCTOBER 2025 MEETING", "Minutes": a title of generic words, months and years only."""
    return bool(_GENERIC.match(_without_months(title)))


def join_carried_lines(lines: list[str]) -> list[str]:
    """"MINUTES OF THE MEETING OF THE BOARD" / "OF GREENFIELD FOOD BANK, INC.": one title over two lines."""
    joined: list[str] = []
    for line in lines:
        if joined and _CARRIES_ON.match(line) and not joined[-1].rstrip().endswith((".", ":", ";")):
            joined[-1] = f"{joined[-1].rstrip()} {line.strip()}"
        else:
            joined.append(line)
    return joined


# A title line of this many fields at least, set apart by bars, one of them the date, is a row of facts.
MIN_BAR_FIELDS = 3


def bar_fields(line: str) -> list[str]:
    """"# 9 April 2025 | Chess Club | Library": the date, the body and the place set side by side
    with bars, each a line of the title block as if typed one under another; any other line as it is."""
    fields = [field.strip(" #*_>") for field in line.split(" | ")]
    if len(fields) < MIN_BAR_FIELDS or not all(fields):
        return [line]
    dated = any(find_dates(field) and not without_dates(field).strip(" ,.:;-–—") for field in fields)
    return fields if dated else [line]
