"""The parts around the discussion: declarations of interest and the next meeting."""

from __future__ import annotations

import datetime as dt
import re

from notes_extract.dates import find_dates, parse_time
from notes_extract.document import Block, BlockKind, Document
from notes_extract.extractors.context import Context
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import NextMeeting
from notes_extract.segment import Segments, next_meeting_label
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import (
    DAYS_IN_SPAN,
    MONTHS,
    MONTHS_FROM_MEETING,
    SMALL_NUMBERS,
    TO_BE_SET,
    UNSETTLED_DATE,
)
from notes_extract.vocab.decisions import NONE_DECLARED_WORDS
from notes_extract.vocab.meetings import HOME_WORDS, PLACE_LABELS, PLACE_WORDS, PLATFORMS, VENUE_BUILDINGS

NONE_DECLARED = TriggeredPattern(lazy_compile(
    r"\b(no|none|nil)\b[^.]*\b(conflicts?|declarations?|interests?)\b[^.]*\b(declared|made|received|"
    r"noted|recorded|reported|given)\b|\b(conflicts?|declarations?|interests?)\b[^.]*\b(none|nil)\b|"
    r"^\s*(no declarations?|no conflicts?)( of interests?)?\.?\s*$|"
    # "There were no declarations of interest.", "None declared." (not "None received.": the trigger
    # words below keep a bare line to "declared", which outside a declarations item may answer anything)
    r"\bthere\s+(were|was|are|is)\s+no\s+(conflicts?|declarations?|interests?)\b|"
    r"^\W*(none|nil|nothing)\s+((was|were)\s+)?declared\W*$",
    re.I,
), NONE_DECLARED_WORDS)
# Under a declarations item, a bare "None" says the same.
NOTHING = lazy_compile(r"^\W*(none|nil|n/?a|nothing( to declare)?)\W*$", re.I)
DECLARED = TriggeredPattern(lazy_compile(
    r"\b(declared|declares|declaring)\b[^.]*\binterest\b|\binterest\b[^.]*\bdeclared by\b", re.I), ("interest",))

_TBC = lazy_compile(rf"\b({TO_BE_SET}|{UNSETTLED_DATE})\b", re.I)
# "in Committee Room 2", "at Flat 10": capitalised words, a building word, the room's number.
# ("at Ann's house", "at Bob's place": a lower-case place word after the name, a home after a possessive)
_VENUE = lazy_compile(r"\b(?:at|in|venue:?)\s+(?:the\s+)?(?P<loc>[A-Z][\w'’&-]*(?:\s+[A-Z][\w'’&-]*)*"
                      rf"(?:\s+{any_of(VENUE_BUILDINGS)})?(?:\s+\d{{1,4}}[A-Za-z]?\b(?![:.]\d|\s*(?:am|pm)\b))?"
                      rf"(?:\s+{any_of(PLACE_WORDS)}\b|(?<=['’]s)\s+{any_of(HOME_WORDS)}\b|(?<=s['’])\s+{any_of(HOME_WORDS)}\b)?)")
# "Next meeting: 14 May, 7pm, Village Hall": the last part after a comma, a place word in it and no date or time.
_PLACE_PART = lazy_compile(rf",\s*(?P<loc>(?=[A-Z])[^,]*?\b(?i:{any_of(PLACE_WORDS)})\b[^,]*?)\W*$")
# "on Tuesday", "in March 12": a day or a date where a venue was looked for.
_NOT_A_VENUE = lazy_compile(rf"\d+|[A-Z][a-z]+day|(?i:{any_of(MONTHS)})(?:\s+\d+)?")


# "Members were invited to declare any interests ...": the call, not a declaration.
_INVITATION = lazy_compile(r"\b(invited|reminded|asked|requested)\b[^.]*\bdeclare\b|\bany (disclosable|pecuniary)\b",
                           re.I)


def extract_next_meeting(document: Document, segments: Segments, ctx: Context) -> NextMeeting | None:
    """The next meeting: from its labelled line or heading; else, or when that
    only says "to be arranged" in other words, from running text; else from
    the document's front matter."""
    found = None
    if segments.next_meeting:
        first = segments.next_meeting[0].text
        # "Time: 10 June, 6pm" first under "## Next Week": no label, the text is all the meeting's
        label_rest = first if (rest := next_meeting_label(first)) is None else rest
        found = next_meeting(segments.next_meeting, label_rest, ctx)
    if found is None or found.date is None and found.tbc and not _SAYS_TO_BE_SET.search(found.text):
        # in running text: a table's cells joined ("... | before next meeting | ...") are no sentence
        texts = [b.text for b in document.blocks if b.kind is not BlockKind.TABLE]
        found = next_meeting_mention(texts, ctx) or found
    if found is None:
        # "Date of next meeting | 5 June 2025": a table's row, the label in its first cell
        rows = [" ".join(c for c in row[1:] if c.strip()) for b in document.blocks if b.kind is BlockKind.TABLE
                for row in b.rows if row and next_meeting_label(f"{row[0].strip(' :')}:") is not None]
        found = next((m for rest in rows if rest and
                      (m := next_meeting([Block(kind=BlockKind.PARAGRAPH, text=rest)], rest, ctx))), None)
    front = next((v for k, v in document.metadata.items() if _FRONT_MATTER_KEY.fullmatch(k)), "")
    if found is None and front:
        # front matter: "next-meeting: 2026-06-04"
        found = next_meeting([Block(kind=BlockKind.PARAGRAPH, text=front)], front, ctx)
    return found


_SAYS_TO_BE_SET = lazy_compile(rf"\b({TO_BE_SET}|to be)\b", re.I)
_FRONT_MATTER_KEY = lazy_compile(r"next[-_ ]?meeting(_date)?", re.I)


def declarations(item_points: list[str], other_texts: list[str]) -> list[str]:
    """Declared interests: every point of a declarations agenda item, and any
    "X declared an interest" line elsewhere; [] when none were declared."""
    out = [t.strip() for t in item_points if not NONE_DECLARED.search(t) and not NOTHING.match(t)
           and not _INVITATION.search(t)]
    out += [t.strip() for t in other_texts if DECLARED.search(t) and not NONE_DECLARED.search(t)]
    return list(dict.fromkeys(out))


# A place is a name and an address, not a clause.
PLACE_PART_MAX_WORDS = 8


def next_meeting(blocks: list[Block], label_rest: str, ctx: Context) -> NextMeeting | None:
    """The next meeting from its labelled line or heading and what follows."""
    if not blocks:
        return None
    texts = ([label_rest] if label_rest else []) + [b.text for b in blocks[1:]]
    text = " ".join(t for t in texts if t).strip() or blocks[0].text
    # "6 Sep? Meeting closed: 20:58": this meeting's close, typed on the same line, is no part of the next one
    text = _THIS_MEETING_CLOSED.split(text, maxsplit=1)[0].strip() or text
    dates = [d for d, _ in ctx.dates_in(text) if d]
    date = dates[0] if dates else _date_ahead(text, ctx)
    if date and ctx.meeting_date and date < ctx.meeting_date.isoformat():
        date = None  # a date before this meeting is not the next one
    location = _place_in(text)
    return NextMeeting(
        text=text,
        date=date,
        start_time=parse_time(text) if date else None,
        location=location,
        tbc=bool(_TBC.search(text) or _QUERIED_DATE.search(text)) or date is None,
    )


def _place_in(text: str) -> str | None:
    """Where the next meeting will be: "at the Village Hall", "at Ann's house", or a last part after a comma
    ("14 May, 7pm, Village Hall")."""
    if (m := _VENUE.search(text)) and not _NOT_A_VENUE.fullmatch(m["loc"]):
        return m["loc"]
    if (m := _PLACE_PART.search(text)) and not find_dates(m["loc"]) and not parse_time(m["loc"]) and \
            len(m["loc"].split()) <= PLACE_PART_MAX_WORDS:
        return m["loc"]
    if m := _ON_PLATFORM.search(text):
        return m["loc"]
    return None


# "Monday 23 March at 3pm on Zoom", "Wednesday 17th of June, 16:00, Skype": the service the next meeting is held on.
_ON_PLATFORM = lazy_compile(rf"(?:\b(?:via|on|over|by|using)\s+|,\s*)(?P<loc>{any_of(PLATFORMS)})\b(?!\))", re.I)


def this_meetings_close(text: str) -> str | None:
    """The part of a next-meeting line that tells this meeting's close ("Meeting closed: 20:58"), if any."""
    parts = _THIS_MEETING_CLOSED.split(text, maxsplit=1)
    return parts[1].strip() if len(parts) > 1 else None


_THIS_MEETING_CLOSED = lazy_compile(r"\s+(?=(?:the\s+)?meeting\s+(?:closed|ended|finished|adjourned)\b)", re.I)
# "Next meeting: 6 Sep?": a date put as a question, not yet fixed.
_QUERIED_DATE = lazy_compile(r"\d(?:st|nd|rd|th)?(?:\s+[A-Za-z]{3,9}\.?)?\s*\?")


# ("The committee will next meet on 14 May", "We will meet again on 14 May", "will reconvene on 3 June")
_MENTION = lazy_compile(r"(?:\bnext\s+(?:\w+\s+){0,2}meeting|\b(?:will|shall|to|would)\s+(?:next\s+meet|meet\s+again"
                        # ("... at 7 p.m. at Town Hall": the clock's full stops go on)
                        r"|meet\s+next|reconvene))\b(?P<rest>[^.;]*(?:(?:\.\d|(?<=\b[ap])\.\s?m\.?)[^.;]*)*)", re.I)
# "That this Council do now adjourn until Monday next 25th inst.": the meeting it adjourns to
_ADJOURNED_TO = lazy_compile(r"\badjourn(?:s|ed)?\s+(?:until|till|to)\s+(?P<rest>[^.;”\"]*(?:\.\s*\d[^.;”\"]*)*\.?)",
                             re.I)
# "the 25th inst." (this month), "the 3rd prox." (next month): a day of a month named from the meeting's
_DAY_OF_MONTH_NAMED = lazy_compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+"
                                   rf"(?P<month>{any_of(MONTHS_FROM_MEETING)})\b", re.I)


def _day_of_month_named(text: str, ctx: Context) -> str | None:
    """The date "25th inst." names: that day of the meeting's month (or the next month's, "prox.")."""
    if ctx.meeting_date is None or not (m := _DAY_OF_MONTH_NAMED.search(text)):
        return None
    month_start = ctx.meeting_date.replace(day=1)
    for _ in range(MONTHS_FROM_MEETING[m["month"].lower()]):
        month_start = (month_start + dt.timedelta(days=32)).replace(day=1)
    try:
        return month_start.replace(day=int(m["day"])).isoformat()
    except ValueError:
        return None


# "in 2 weeks", "in two weeks' time", "in a fortnight": a span counted from this meeting.
_SPAN_AHEAD = lazy_compile(rf"\bin\s+(?P<count>\d{{1,2}}|{any_of(SMALL_NUMBERS)})\s+"
                           rf"(?P<span>{any_of(DAYS_IN_SPAN)})s?\b", re.I)


# "Same time next week", "next week, same time and place": a week after this meeting.
_SAME_TIME_NEXT_WEEK = lazy_compile(r"\bsame\s+(?:time|day)\b[^.;]{0,30}?\bnext\s+week\b"
                                    r"|\bnext\s+week\b[^.;]{0,30}?\bsame\s+(?:time|day)\b", re.I)


def _date_ahead(text: str, ctx: Context) -> str | None:
    """The date a span after the meeting names ("in 2 weeks" at a meeting on 11 Feb → 25 Feb)."""
    m = _SPAN_AHEAD.search(text)
    if ctx.meeting_date and m is None and _SAME_TIME_NEXT_WEEK.search(text):
        return (ctx.meeting_date + dt.timedelta(days=DAYS_IN_SPAN["week"])).isoformat()
    if m is None or ctx.meeting_date is None:
        return None
    count = m["count"].lower()
    days = (int(count) if count.isdigit() else SMALL_NUMBERS[count]) * DAYS_IN_SPAN[m["span"].lower()]
    return (ctx.meeting_date + dt.timedelta(days=days)).isoformat() if days else None


# "14 May 2025 was set as the date of the next meeting", "It was agreed to meet on 14 May for the next meeting":
# the date earlier in the sentence, the meeting named as what it is for.
_FOR_THE_NEXT = lazy_compile(r"(?:\b(?:date|day)\s+(?:of|for)|\bfor|\bas)\s+(?:the|our|its)\s*$", re.I)
_SENTENCE_START = lazy_compile(r"(?:^|[.;!?]\s+)(?=[^.;!?]*$)")


def _date_before(text: str, cue: int, ctx: Context) -> list[str]:
    """The dates of the sentence before a next-meeting cue that names what the date is for."""
    before = text[:cue]
    if not _FOR_THE_NEXT.search(re.sub(r"\bnext\s*$", "", before.rstrip(), flags=re.I)):
        return []
    sentence = before[_SENTENCE_START.search(before).end():]  # type: ignore[union-attr]
    return [d for d, _ in ctx.dates_in(sentence) if d][-1:]


_PLACE_AFTER = lazy_compile(rf"\W*(?i:{any_of(PLACE_LABELS)})\s*[:\-–]?\s*(?P<loc>[A-Z][^.;]{{2,80}})")


def next_meeting_mention(texts: list[str], ctx: Context) -> NextMeeting | None:
    """The next meeting named in running text ("... adjourned with the next
    meeting October 9, 2024 at 7 pm"), when the minutes give it no line of its own."""
    for text in reversed(texts):
        for m in [*_MENTION.finditer(text), *_ADJOURNED_TO.finditer(text)]:
            dates = [d for d, _ in ctx.dates_in(m["rest"]) if d] or \
                [d for d in [_date_ahead(m["rest"], ctx), _day_of_month_named(m["rest"], ctx)] if d] or \
                _date_before(text, m.start(), ctx)
            if not dates or (ctx.meeting_date and dates[0] <= ctx.meeting_date.isoformat()):
                continue
            place = _PLACE_AFTER.match(text, m.end())  # "... at 6:30pm. Location Room 4."
            return NextMeeting(text=m.group(0).strip(), date=dates[0],
                               start_time=parse_time(m["rest"], meeting_hours=True), tbc=False,
                               location=place["loc"].strip() if place else _place_in(m.group(0)))
    return None


# "Discussion to be resumed at the next Board meeting", "at next week's meeting": the next meeting named, undated.
_NEXT_MEETING_NAMED = TriggeredPattern(lazy_compile(r"\bnext\s+(?:[\w'’]+\s+){0,2}?meeting\b", re.I), ("next",))
# "DRAFT – subject to approval at the next meeting": the minutes' own standing, no meeting announced.
_APPROVAL_STAMP = lazy_compile(r"\b(?:approv\w*|subject to|draft|unconfirmed|signed)\b", re.I)


def mentioned_next_meeting(texts: list[str]) -> NextMeeting | None:
    """A next meeting the minutes name without a date ("Budget deferred to the next meeting"): announced, its
    date not given (GOLD's R13b), or None when no text names one."""
    for text in texts:
        if (m := _NEXT_MEETING_NAMED.search(text)) and not _APPROVAL_STAMP.search(text):
            return NextMeeting(text=m.group(0), date=None, tbc=False)
    return None
