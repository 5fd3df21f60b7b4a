"""An agenda item's heading read: its title without numbering, time slot or annotations, its
presenter (an attendee or a name written after a dash, in brackets, after a leader line, as
initials, or "Report by ..."), and the running text a heading block goes on with."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from notes_extract.extractors.name_suffixes import split_name_suffix
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import Roster, looks_like_name
from notes_extract.segment import SectionSpan
from notes_extract.segment.headings import names_a_group
from notes_extract.segment.run_in_titles import heading_caption
from notes_extract.vocab.build import any_of
from notes_extract.vocab.decisions import MOVER_TITLES
from notes_extract.vocab.labels import TOPIC_PRESENTER_COLUMN
from notes_extract.vocab.meetings import MEETING_NOUNS, PLACE_WORDS
from notes_extract.vocab.people import (
    BODY_ACRONYMS,
    CHAIR_TITLES,
    NAME,
    ROLE_WORDS,
    STREET_WORDS,
    TITLES_BEFORE_NAME,
)
from notes_extract.vocab.sections import (
    ITEM_NUMBER_WORDS,
    NOTHING_MINUTED,
    PRESENTED_BY_VERBS,
    PRESENTER_VERBS,
    REPORT_GIVEN_BY,
    TITLE_ANNOTATIONS,
)

# Agenda-item prefixes that are numbering, not the subject.
_NUMBERING = [
    lazy_compile(rf"^{ITEM_NUMBER_WORDS}\s*(no\.?\s*)?([\dA-Za-z]{{1,3}}\s*[-–—:.)]\s*|\d{{1,3}}\s+(?=[A-Z]))", re.I),
    lazy_compile(r"^(minute\s+)?\d{1,3}(?:[./-]\d{1,3}){1,3}\.?\s+"),  # "19.09.05", "3.2", "12/19", "1-2-1"
    lazy_compile(r"^minute\s+(no\.?\s*)?\d{1,4}\s*[.:)–—-]?\s+(?=\S)", re.I),  # "Minute 5.", "Minute No. 12 -"
    lazy_compile(r"^\(?\d{1,3}\s?\(?[a-h][.)]\s+(?=\S)"),  # "2a.", "3(b)": a lettered sub-item
    # "FGP 25/033", "P&R 24/12a": a committee's letters before its running minute number
    lazy_compile(r"^[A-Z][A-Z&]{0,4}\s?\d{1,4}/\d{1,4}[a-z]?\.?\s*[-–—:]?\s+(?=\S)"),
    lazy_compile(r"^\(?\d{1,3}\s?[.):-]?\s+(?=\S)"),  # "1.", "1)", "(1)", "6 )", "01-"
    lazy_compile(r"^\(?[A-Za-z][.)]\s+"),  # "a.", "B)"
    lazy_compile(r"^(?:[IVX]{1,7}|[ivx]{1,7})[.)]\s+"),  # roman numerals ("XVIII.")
]

# "(20 minutes)", "[15 min]", "- 10 mins", ", 15 minutes" after an agenda item: its time slot (a whole
# number: "Approve February 17, 2015 Minutes" names the minutes of a date, no slot of "015 Minutes").
_DURATION = lazy_compile(r"\s*[,(\[]?\s*[-–]?\s*(?<!\d)\d{1,3}\s*(min(ute)?s?|hrs?|hours?)\.?\s*[)\]]?\s*$", re.I)


# "20:30 Finances", "(7.45pm) Treasurer", "10:05-10:20 - Budget": a clock time (or a span of two) opening an
# item is its slot in the running order, not its subject.
_CLOCK_SLOT = lazy_compile(r"^\(?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[-–—]\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?"
                           r"\)?\s*[-–—:]?\s+(?=\S*[A-Za-z])", re.I)


# "Approval of the RFC (Mara, 10 Minutes)": who leads the item and its time slot, in one bracket.
_PRESENTER_AND_SLOT = lazy_compile(r"\s*\(\s*(?P<who>[^(),]{1,40}?)\s*,\s*\d{1,3}\s*"
                                   r"(?:min(?:ute)?s?|hrs?|hours?)\.?\s*\)\s*:?\s*$", re.I)


# Agenda annotations that are not the subject: "(standing item)", "(for decision)".
_ANNOTATION = lazy_compile(rf"\s*\(({TITLE_ANNOTATIONS})\)", re.I)
# The same annotation after a dash at the end of the title: "Risk register – for information".
_ANNOTATION_TAIL = lazy_compile(rf"\s+[-–—:]\s*({TITLE_ANNOTATIONS}|{NOTHING_MINUTED})\W*$", re.I)


# "ADJOURN - 8:05 pm", "Call to order – 7.02pm": the clock time the item was reached, after a dash
# ("Moving the May meeting - 5:30" names the new time: without "am"/"pm" a time may be the subject's),
# or in brackets after it ("Remarks from the President (approximately 1:00 pm)", "Guest talk (at 8pm)").
_CLOCK_TAIL = lazy_compile(r"(?<=\w)\s+(?:[-–—]\s*\(?|\((?=[^()]*\)\W*$))"
                           r"(?:(?:at|approx\.?|approximately|about|around)\s+)?\d{1,2}"
                           r"(?:[:.]\d{2})?\s*[ap]\.?\s?m\b\.?\)?\.?\s*$", re.I)


# "Re: Hall hire": the mark of a subject line, no word of the subject.
_SUBJECT_MARK = lazy_compile(r"^(?i:re)\s*[:-]\s+(?=[A-Z0-9])")


def clean_title(text: str) -> str:
    """An agenda item's subject without its time slot, annotations or issue number."""
    text = _CLOCK_TAIL.sub("", text.strip()) or text.strip()
    text = _SUBJECT_MARK.sub("", text, count=1) or text
    text = _ANNOTATION.sub("", _DURATION.sub("", _CLOCK_SLOT.sub("", text, count=1)))
    text = _ANNOTATION_TAIL.sub("", text) or text
    text = _EMPHASIS_MARKS.sub(r"\2", text)
    return _TRAILING_REFERENCE.sub("", text).strip() or text.strip()


# "**Budget** review": emphasis a plain-text file keeps as typed, no part of the words.
_EMPHASIS_MARKS = lazy_compile(r"(\*\*|__)(\S(?:.*?\S)?)\1")
# What follows an item's subject only to point at where it is tracked: an issue number ("#12", "(#12)",
# "[#12]"), a bracketed reference code ("[S12-3]") or a bare link ("https://...").
_TRAILING_REFERENCE = lazy_compile(r"\s+(?:\(#\d+\)|\[?#\d+\]?|\[[^\[\]\s]*\d[^\[\]\s]*\]|<?https?://\S+?>?)$")



_PRESENTER_VERBS = lazy_compile(rf"^{PRESENTER_VERBS}\b", re.I)
# "REPORT BY THE VICAR REV. J. SMITH", "Report on the school by Ann Lee, Chair of Governors".
_REPORT_GIVEN_BY = lazy_compile(rf"^.*?\b{REPORT_GIVEN_BY}\s+(?P<who>[^,(]+)", re.I)
# "Presidents Report from Ann Lee" loses its giver only when the subject has this many words.
MIN_TITLE_WORDS_BEFORE_GIVER = 2
# Words before a name the roster may not know: "the Vicar Rev. J. Smith" -> "Rev. J. Smith".
MAX_WORDS_BEFORE_NAME = 3


@dataclass(frozen=True)
class SectionHead:
    title: str
    presenter: str | None
    lead_point: str | None  # running text after the title in the heading block


# Headings whose numbering-free form is remembered: a heading is asked for it again at each step of its reading.
STRIP_NUMBERING_CACHE_SIZE = 1024


@lru_cache(maxsize=STRIP_NUMBERING_CACHE_SIZE)
def strip_numbering(text: str) -> str:
    for pattern in _NUMBERING:
        stripped = pattern.sub("", text, count=1)
        if stripped != text and stripped.strip():
            return stripped.strip()
    return text.strip()


def read_heading(span: SectionSpan, roster: Roster, names: frozenset[str] = frozenset(),
                 suffix_names: frozenset[str] = frozenset()) -> SectionHead:
    """The item's subject, its presenter, and any running text the heading carries.
    ``names`` are the words the document uses as names, for a presenter nobody listed;
    ``suffix_names`` the first names several of its headings end in ("Library Board-Cindy")."""
    text = span.heading_text
    lead_point = None
    if span.title_hint:
        title = span.title_hint
        presenter = _presenter_from_sentence(span.rest, roster)
        lead_point = span.rest or None
    elif caption := heading_caption(span.heading):
        title, presenter, lead_point = caption.title, None, caption.text  # "## Hall hire. Pat said ..."
    else:
        # "[Ann Lee] Metric limits (10 min)": a sync's agenda names who brings the item first, in brackets
        leading = _LEADING_PRESENTER.match(strip_numbering(text))
        led_by = leading["who"].strip() if leading and _names_bringer(leading["who"].strip(), roster) else None
        if leading and led_by:
            text = leading["title"]
        # "Approval of the RFC (Mara, 10 Minutes)": the bracket names the presenter beside the slot
        if (bracket := _PRESENTER_AND_SLOT.search(text)) and looks_like_name(bracket["who"]):
            text = text[:bracket.start()]
            bracketed: str | None = roster.resolve_or_keep(bracket["who"])
        else:
            bracketed = None
        # the time slot first: "Caching - Ann Lee, 15 minutes" names its presenter last
        slotted = _DURATION.search(strip_numbering(text)) is not None
        # "Pupa app (https://...)", "Global pinning (see #core):": a link or pointer after the subject
        text = _TRAILING_POINTER.sub("", text).rstrip(" :") or text
        subject = _DURATION.sub("", strip_numbering(text))
        if in_brackets := bracketed_presenter(subject, roster):
            (title, presenter), lead_point = in_brackets, None
        else:
            title, presenter, lead_point = _split_presenter(subject, roster)
        if presenter is None and (named := _named_presenter(title, names, slotted=slotted)):
            title, presenter = named
        presenter = presenter or bracketed or (roster.resolve_or_keep(led_by) if led_by else None)
    if presenter is None and (suffixed := split_name_suffix(strip_numbering(title), suffix_names)):
        title, presenter = suffixed[0], roster.resolve_or_keep(suffixed[1])  # "Library Board-Cindy"
    title = clean_title(strip_numbering(title).strip(" :-–—"))
    if len(title) > 2 and title[0] in _OPENING_QUOTES and title[-1] in _CLOSING_QUOTES:
        title = title[1:-1].strip()  # '"Coding for low latency"': a talk's title, quoted
    return SectionHead(title=title or text, presenter=presenter, lead_point=lead_point)


# "[Ann Lee] Metric limits", "[@annlee] Log sampling": the bringer in square brackets, then the subject.
_LEADING_PRESENTER = lazy_compile(r"^\[(?P<who>[^\[\]]{1,40})\]\s*[-–:]?\s+(?P<title>\S.*)$")
# A bringer of two name-like words or more ("[WIP]", "[Draft]" mark the item's state instead).
MIN_BRINGER_WORDS = 2


def _names_bringer(who: str, roster: Roster) -> bool:
    """Whether a bracket opening an item names a person: a handle, an attendee, or a full name."""
    return who.startswith("@") and " " not in who or roster.resolve(who) is not None or \
        len(who.split()) >= MIN_BRINGER_WORDS and looks_like_name(who) and not who.isupper()


# Brackets after a subject that only point elsewhere: a link, or "see ..." (any number of them, at the end).
_TRAILING_POINTER = lazy_compile(r"(?:\s*\((?:https?://[^()\s]*|see\s[^()]*)\))+\s*:?\s*$", re.I)


_OPENING_QUOTES, _CLOSING_QUOTES = "\"“‘'", "\"”’'"

# "Membership--------------Dana Roberson": a leader line between topic and presenter
LEADER_LINE = lazy_compile(r"^(?P<title>.+?)\s*[-–.·_]{4,}\s*(?P<who>.*)$")


# Capitals that name a meeting or a body, never a presenter's initials ("AGM", "TSC").
# ("6. Adjourned 8:45 PM": the clock's half of the day, not a presenter's initials)
_NOT_INITIALS = frozenset(MEETING_NOUNS) | BODY_ACRONYMS | {"am", "pm"}


# The forms of a heading that names who leads its item, each tried only on a heading holding its mark:
# "Finance report (Treasurer)", "Treasurer's Report / Ann", "Progress report, Nicc", "Topic - Isaac provided ...",
# "Finance Report MW", "Presidents Report from Jimmy Joe".
_WHO_IN_BRACKETS = lazy_compile(r"^(?P<title>.+?)\s*\((?P<who>[^()]+)\)\s*$")
_WHO_AFTER_SLASH = lazy_compile(r"^(?P<title>.+?)\s+/\s+(?P<who>[^/]+)$")
_WHO_AFTER_COMMA = lazy_compile(r"^(?P<title>.+),\s*(?P<who>[^,]+)$")
_REST_AFTER_DASH = lazy_compile(r"^(?P<title>.+?)\s+[-–—]\s+(?P<rest>.+)$")
_INITIALS_AT_END = lazy_compile(r"^(?P<title>.+?)\s+(?P<who>[A-Z]{2,4}|All)$")
_TITLE_BEFORE_GIVER = lazy_compile(r"^(?P<title>.+?)\s+(?:by|from)\s+\S", re.I)
_GIVER_VERB_AFTER_COMMA = lazy_compile(rf",\s*(?:as\s+)?(?i:{PRESENTED_BY_VERBS})\s*$")
_NAME_SEPARATORS = lazy_compile(r"\s*(?:/|&|,|\band\b)\s*")


def _split_presenter(text: str, roster: Roster) -> tuple[str, str | None, str | None]:
    m = LEADER_LINE.match(text)
    if m:
        who = m["who"].strip()
        presenter = roster.resolve(who) or (who if who and looks_like_name(who) else None)
        return m["title"], presenter, None
    # "Ann Lee: Website redesign", "AL: Budget": an attendee, then the item they lead
    m = _PRESENTER_COLON_TOPIC.match(text)
    if m and (who := roster.resolve(m["who"])):
        return m["title"], who, None
    # "Progress & risk report, Nicc" / "Finance report (Treasurer)" / "Topic - Isaac provided ..."
    m = _WHO_IN_BRACKETS.match(text) if "(" in text else None
    if m and roster.resolve(m["who"]):
        return m["title"], roster.resolve(m["who"]), None
    if m and (leads := _presenters(m["who"], roster)):  # "European Commission (Mark/Torsten)": the first listed
        return m["title"], leads[0], None
    m = _WHO_AFTER_SLASH.match(text) if "/" in text else None  # "Treasurer's Report / Ann"
    if m and roster.resolve(m["who"]):
        return m["title"], roster.resolve(m["who"]), None
    m = _WHO_AFTER_COMMA.match(text) if "," in text else None
    if m and roster.resolve(m["who"]):
        return m["title"], roster.resolve(m["who"]), None
    m = _REST_AFTER_DASH.match(text) if any(map(text.__contains__, "-–—")) else None
    if m:
        who = roster.resolve(m["rest"]) if len(m["rest"].split()) <= 3 else None
        if who:
            return m["title"], who, None
        presenter = _presenter_from_sentence(m["rest"], roster)
        if presenter:
            return m["title"], presenter, m["rest"]
    # "Finance Report (standing item) MW": who leads the item, by initials, at the end
    cleaned = clean_title(text)
    m = _INITIALS_AT_END.match(cleaned)
    if m and len(m["title"].split()) >= 1 and not m["title"].isupper():
        if m["who"] == "All":
            return m["title"], None, None
        if roster.resolve(m["who"]):
            return m["title"], roster.resolve(m["who"]), None
        # "Discuss next VP", "Update on CI", "Minutes of the 2014 AGM": the subject's own word
        if not m["title"].split()[-1].islower() and not m["title"].split()[-1].isdigit() and \
                m["who"].lower() not in _NOT_INITIALS:
            return m["title"], m["who"], None
    if presenter := _report_giver(text, roster):
        # "Presidents Report from Jimmy Joe": the subject without its giver; a minute book's capitals
        # heading ("REPORT ON THE SCHOOL BY ROGER EDGAR") is kept as written
        head = _TITLE_BEFORE_GIVER.match(text)
        keep_whole = head is None or len(head["title"].split()) < MIN_TITLE_WORDS_BEFORE_GIVER or text.isupper()
        # ("Financial report, as provided by Grant": the giver's verb after the comma goes with the giver)
        return (text if keep_whole else _GIVER_VERB_AFTER_COMMA.sub("", head["title"])), presenter, None
    return text, None, None


def _presenters(who: str, roster: Roster) -> list[str]:
    """The attendees a bracket of several names gives ("Mark/Torsten", "Ann & Bo"), when every part
    is a name and one at least is on the roster."""
    parts = [p for p in _NAME_SEPARATORS.split(who.strip()) if p]
    if len(parts) < 2 or not all(looks_like_name(p) for p in parts):
        return []
    return [found for p in parts if (found := roster.resolve(p))]


# "Ann Lee: Website redesign", "Ann / Treasurer's Report": an attendee, then their item
_PRESENTER_COLON_TOPIC = lazy_compile(r"^(?P<who>[A-Z][^:/]{1,40}?)\s*(?::|\s/)\s+(?P<title>\S.{2,})$")
# "Islet Project Presentation - Ann Lee (Samsung)": a topic, a dash, then a person's full name.
# A word of a person's name ("Ann", "François", "O'Neil") or an initial ("V.").
_NAME_WORD = r"(?:[A-Z][^\W\d_]['’\w-]*|[A-Z]\.)"
_DASH_FULL_NAME = lazy_compile(rf"^(?P<title>.{{3,}}?)\s+[-–—]\s+(?P<who>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
                               r"(?:\s*\([^()]{1,40}\))?$")
_PLACE_WORDS = STREET_WORDS | frozenset(PLACE_WORDS)
# "Composting trial (Mirela Varga)": a topic, then a person's full name in brackets.
_PARENTHESISED_FULL_NAME = lazy_compile(rf"^(?P<title>.{{3,}}?)\s*\((?P<who>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\)$")


def named_presenters(headings: list[str]) -> frozenset[str]:
    """The first words of the names that end several of the document's headings, in brackets or after a
    dash ("Hackathon feedback (Ann Lee)", "CLI - Bo Ode"): where headings repeat that shape, a name
    there is who presents the item, even when no attendance list names them."""
    found = [m["who"] for text in headings
             if (m := _PARENTHESISED_FULL_NAME.match(strip_numbering(text).strip()) or
                 _DASH_FULL_NAME.match(strip_numbering(text).strip()))
             and not any(word.lower() in _PLACE_WORDS for word in m["who"].split())]
    return frozenset(who.split()[0] for who in found) if len(found) >= MIN_NAMED_HEADINGS else frozenset()


# How many headings must end in a name before those names are read as presenters.
MIN_NAMED_HEADINGS = 3


def _named_presenter(text: str, names: frozenset[str], *, slotted: bool = False) -> tuple[str, str] | None:
    """(topic, presenter) for a heading ending in a dash or brackets and a full name the attendance
    did not list; the first name must be one the document writes as a name ("Green Lane" is a place),
    unless a time slot follows the name ("Caching - Kai Ohm, 10 minutes": topic, who, how long)."""
    m = _DASH_FULL_NAME.match(text) or _PARENTHESISED_FULL_NAME.match(text)
    words = m["who"].lower().split() if m else []
    if not m or not (slotted or m["who"].split()[0] in names) or any(w in _PLACE_WORDS for w in words):
        return None  # "Planning - Green Lane", "Repairs (Village Hall)": a place
    return m["title"], m["who"]


# "Chair's report (delivered by Ann)", "Java demo (Ann Lee, Acme)": who leads the item, in brackets after
# its title, said with a verb or followed by where they come from.
_BY_IN_BRACKETS = lazy_compile(rf"^(?P<title>.{{3,}}?)\s*\(\s*(?i:{PRESENTED_BY_VERBS}\s+)?(?i:by)\s+"
                               r"(?P<who>[^()]{1,60})\)$")
_NAME_AND_AFFILIATION = lazy_compile(rf"^(?P<title>.{{3,}}?)\s*\((?P<who>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
                                     r"\s*,\s*[^(),]{1,40}\)$")


def bracketed_presenter(text: str, roster: Roster) -> tuple[str, str] | None:
    """(topic, presenter) for a heading that names its presenter in brackets at its end."""
    if m := _BY_IN_BRACKETS.match(text.strip()):
        who = m["who"].strip().rstrip(".")
        return (m["title"], roster.resolve_or_keep(who)) if looks_like_name(who) else None
    m = _NAME_AND_AFFILIATION.match(text.strip())
    if not m or any(word.lower() in _PLACE_WORDS or word.lower() in _NOT_NAME_WORDS for word in m["who"].split()):
        return None  # "Repairs (Village Hall, Green Lane)": a place
    return m["title"], roster.resolve_or_keep(m["who"])


_NOT_NAME_WORDS = frozenset(ROLE_WORDS) | frozenset(w.lower() for w in BODY_ACRONYMS)


def _report_giver(text: str, roster: Roster) -> str | None:
    """Who gives the report a heading names ("Report by Cllr Lee (District)"): someone
    the roster knows, or a name as written."""
    m = _REPORT_GIVEN_BY.match(text)
    if not m:
        return None
    words = m["who"].split()
    for skip in range(min(MAX_WORDS_BEFORE_NAME, len(words) - 1) + 1):
        if person := roster.resolve(" ".join(words[skip:])):
            return person
    who = " ".join(words)
    return who if looks_like_name(who) else None


def opening_presenter(text: str, title: str, roster: Roster) -> str | None:
    """"Ian prepared and presented the Treasurer's Report." opening an item's text: the attendee who
    gave the report (an update, or the item by its own words), not one who "reported that ..."."""
    if names_a_group(title) or _ANY_OTHER_BUSINESS.search(title):
        return None  # "Councillors' Reports", "Any other business": each point its own giver
    sentence = _SENTENCE_END.split(text, maxsplit=1)[0]
    m = _GAVE_THE_ITEM.match(sentence)
    if m is None or not (_NAMES_THE_ITEM.search(m["what"]) or _shares_title_word(m["what"], title)):
        return None
    # "Ian" where two attendees are called Ian: the name as written
    return roster.resolve(m["who"]) or (m["who"] if roster.names and looks_like_name(m["who"]) else None)


# "Ian (prepared and) presented the Treasurer's Report", "Ann gave her update on the fair", "Logan Moss read his
# updated President's report" (reading one's own report out is giving it; not "read the minutes")
_GAVE_THE_ITEM = lazy_compile(r"^(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s+(?:[a-z]+ed\s+and\s+)?"
                              r"(?:presented|gave|delivered|read(?=\s+(?:his|her|their)\b))\s+"
                              r"(?:the|his|her|their|a|an)\s+(?P<what>.+)$")
# (the space first, what stands before it after: a pattern opening with a look-behind is tried at every character)
_SENTENCE_END = lazy_compile(r"\s(?<=[a-z]{2}[.!?]\s)")
_ANY_OTHER_BUSINESS = lazy_compile(r"\bany other business\b|\baob\b", re.I)
_NAMES_THE_ITEM = lazy_compile(r"\b(?:report|update|statement|accounts)s?\b", re.I)
_TITLE_WORD = lazy_compile(r"[A-Za-z]{4,}")


def _shares_title_word(sentence: str, title: str) -> bool:
    words = {w.lower() for w in _TITLE_WORD.findall(title)}
    return bool(words & {w.lower() for w in _TITLE_WORD.findall(sentence)})


def _presenter_from_sentence(text: str, roster: Roster) -> str | None:
    """"Isaac provided an update ..." → the attendee Isaac refers to."""
    words = text.split()
    for n in (3, 2, 1):
        if len(words) > n and _PRESENTER_VERBS.match(words[n]):
            who = roster.resolve(" ".join(words[:n]))
            if who:
                return who
    return None


# "Presented by Committee Chair Tisdale.": a line that only says who presented the item; one person,
# with the title the minutes give them.
_PRESENTED_BY_LINE = lazy_compile(
    rf"^\W*(?i:{PRESENTED_BY_VERBS})\s+(?i:by)\s+(?:(?i:the\s+)?(?i:committee|board)\s+)?"
    rf"(?:(?i:{CHAIR_TITLES}|{any_of(ROLE_WORDS)})\s+)?(?:(?:{'|'.join(MOVER_TITLES)})\.?\s+)?(?P<who>{NAME})\s*\.?\s*$")


# "*Presenter*: Ann Lee (proposer)": a template's field naming who leads the item, over its notes.
_PRESENTER_FIELD = lazy_compile(rf"^\W*(?i:{TOPIC_PRESENTER_COLUMN})\W*:\s*(?P<who>{NAME})(?:\s*\([^()]*\))?\s*\.?\s*$")
# "Lead: Ann Lee", "Item lead: Bo Ode", "Lead officer: Cy Rand" under a board's item heading: who leads it.
_LEAD_FIELD = lazy_compile(rf"^\W*(?i:(?:item\s+)?lead(?:\s+officer)?)\W*:\s*(?P<who>{NAME})\s*\.?\s*$")


# "BS presenting [slides](https://...).", "(Ann Lee presenting)": a scribe's note of who has the floor for the item.
_PRESENTING_LINE = lazy_compile(rf"^\W*(?P<who>{NAME})\s+(?:is\s+)?presenting\b[^.?!]{{0,120}}[.)]?\s*$")


def presented_by(text: str, roster: Roster) -> str | None:
    """The one presenter a line such as "Presented by Chair Lee." or "Presenter: Ann Lee" names."""
    if (m := _PRESENTING_LINE.match(text)) and (who := roster.resolve(m["who"])):
        return who  # an attendee, or their initials ("BS" of "Ben Stone")
    if not (m := _PRESENTED_BY_LINE.match(text) or _PRESENTER_FIELD.match(text) or _LEAD_FIELD.match(text)):
        return None
    return roster.resolve_or_keep(m["who"].rstrip("."))


# "President Mike Elkins", "VP Bo Ode", "Trustee Cy Rand": an office, then the full name of who holds it.
_OFFICE_THEN_NAME = lazy_compile(rf"^(?i:{TITLES_BEFORE_NAME}|vp)\s+"
                                 r"(?P<who>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]+){1,2})$")


def office_holder_title(title: str, roster: Roster) -> str | None:
    """Who an item titled by an office and its holder's name is ("Treasurer Alicia Parham" over her
    report): that person, who gives the item."""
    m = _OFFICE_THEN_NAME.match(title.strip())
    return roster.resolve_or_keep(m["who"]) if m and looks_like_name(m["who"]) else None
