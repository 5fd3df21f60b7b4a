"""Discussion sections: title, kind, presenter and points of each agenda item."""

from __future__ import annotations

import re
from dataclasses import dataclass

from notes_extract.document import Block, BlockKind
from notes_extract.people import Roster, looks_like_name
from notes_extract.segment import PRESENTER_VERBS, SectionSpan

# Agenda-item prefixes that are numbering, not the subject.
_NUMBERING = [
    re.compile(r"^(discussion\s+)?(topic|item|agenda item|part)\s*(no\.?\s*)?[\dA-Za-z]{1,3}\s*[-–—:.)]\s*",
               re.I),
    re.compile(r"^(minute\s+)?\d{1,3}(?:[./]\d{1,3}){1,3}\.?\s+"),  # "19.09.05", "3.2", "12/19"
    re.compile(r"^\(?\d{1,3}\s?[.):]?\s+(?=\S)"),  # "1.", "1)", "(1)", "6 )"
    re.compile(r"^\(?[A-Za-z][.)]\s+"),  # "a.", "B)"
    re.compile(r"^[IVXivx]{1,4}[.)]\s+"),  # roman numerals
]

# "(20 minutes)", "[15 min]", "- 10 mins" after an agenda item: its time slot.
_DURATION = re.compile(r"\s*[(\[]?\s*[-–]?\s*\d{1,3}\s*(min(ute)?s?|hrs?|hours?)\.?\s*[)\]]?\s*$", re.I)


# Agenda annotations that are not the subject: "(standing item)", "(for decision)".
_ANNOTATION = re.compile(r"\s*\((standing item|for (information|decision|discussion|approval|noting)|verbal|"
                         r"paper [\w.]+|attached|enclosed)\)", re.I)


def clean_title(text: str) -> str:
    """An agenda item's subject without its time slot, annotations or issue number."""
    text = _ANNOTATION.sub("", _DURATION.sub("", text.strip()))
    return re.sub(r"\s+\[?#\d+\]?$", "", text).strip()


SECTION_KINDS: list[tuple[str, re.Pattern[str]]] = [
    ("declarations", re.compile(r"\b(declarations?|conflicts?|disclosures?|registers?) of (interests?|pecuniary)|"
                                r"\bdeclarations?\b|\bconflicts? of interest", re.I)),
    ("previous_minutes", re.compile(r"\b(minutes|notes) of (the )?(last|previous|prior)|previous minutes|"
                                    r"(approv\w*|confirm\w*|adopt\w*|accept\w*|review) (of )?(the )?"
                                    r"(draft )?(minutes|notes)|minutes of (the )?(\w+ ){0,3}held|^minutes\b"
                                    r"|\bminutes approval\b", re.I)),
    ("action_review", re.compile(r"\bmatters arising|\b(update|review|progress) (on|of) (the )?"
                                 r"(previous |outstanding |open )?actions|\bactions? (from|of) (the )?"
                                 r"(previous|last|prior)|\baction (log|review|tracker)|"
                                 r"\boutstanding actions|\breview\b.*\bactions?( items| points)?\b"
                                 r"|\bprevious\b.*\bactions?\b", re.I)),
    ("aob", re.compile(r"\bany other (business|matters)|\ba\.?o\.?b\.?\b|\bother business\b", re.I)),
    ("other", re.compile(r"\b(agenda|minute[- ]?takers?|welcome|introductions?|opening|apologies|closing|elections?|"
                         r"election of officers|appointments?|"
                         r"close of meeting|adjourn\w*|public (comments?|participation|forum|questions?|session)"
                         r"|quorum|quoracy|quorate|challenges? to the chair|attendance|call to order"
                         r"|exclusion of (the )?(press|public)|closed session|in camera)\b", re.I)),
    ("report", re.compile(r"\breports?\b|\bupdates\b|^(finance|financ(es|ial)( matters)?|accounts|"
                          r"treasurer['’]?s?)$|\bupdates? from\b", re.I)),
]

_PRESENTER_VERBS = re.compile(rf"^{PRESENTER_VERBS}\b", re.I)


@dataclass(frozen=True)
class SectionHead:
    title: str
    presenter: str | None
    lead_point: str | None  # running text after the title in the heading block


def strip_numbering(text: str) -> str:
    for pattern in _NUMBERING:
        stripped = pattern.sub("", text, count=1)
        if stripped != text and stripped.strip():
            return stripped.strip()
    return text.strip()


def section_kind(title: str) -> str:
    for kind, pattern in SECTION_KINDS:
        if pattern.search(title):
            return kind
    return "discussion"


def read_heading(span: SectionSpan, roster: Roster) -> SectionHead:
    """The item's subject, its presenter, and any running text the heading carries."""
    text = span.heading_text
    lead_point = None
    if span.title_hint:
        title = span.title_hint
        presenter = _presenter_from_sentence(span.rest, roster)
        lead_point = span.rest or None
    else:
        title, presenter, lead_point = _split_presenter(strip_numbering(text), roster)
    title = clean_title(strip_numbering(title).strip(" :-–—"))
    return SectionHead(title=title or text, presenter=presenter, lead_point=lead_point)


def _split_presenter(text: str, roster: Roster) -> tuple[str, str | None, str | None]:
    # "Membership--------------Dana Roberson": a leader line between topic and presenter
    m = re.match(r"^(?P<title>.+?)\s*[-–.·_]{4,}\s*(?P<who>.*)$", text)
    if m:
        who = m["who"].strip()
        presenter = roster.resolve(who) or (who if who and looks_like_name(who) else None)
        return m["title"], presenter, None
    # "Progress & risk report, Nicc" / "Finance report (Treasurer)" / "Topic - Isaac provided ..."
    m = re.match(r"^(?P<title>.+?)\s*\((?P<who>[^()]+)\)\s*$", text)
    if m and roster.resolve(m["who"]):
        return m["title"], roster.resolve(m["who"]), None
    m = re.match(r"^(?P<title>.+),\s*(?P<who>[^,]+)$", text)
    if m and roster.resolve(m["who"]):
        return m["title"], roster.resolve(m["who"]), None
    m = re.match(r"^(?P<title>.+?)\s+[-–—]\s+(?P<rest>.+)$", text)
    if m:
        who = roster.resolve(m["rest"]) if len(m["rest"].split()) <= 3 else None
        if who:
            return m["title"], who, None
        presenter = _presenter_from_sentence(m["rest"], roster)
        if presenter:
            return m["title"], presenter, m["rest"]
    # "Finance Report (standing item) MW": who leads the item, by initials, at the end
    cleaned = clean_title(text)
    m = re.match(r"^(?P<title>.+?)\s+(?P<who>[A-Z]{2,4}|All)$", cleaned)
    if m and len(m["title"].split()) >= 1 and not m["title"].isupper():
        if m["who"] == "All":
            return m["title"], None, None
        return m["title"], roster.resolve(m["who"]) or m["who"], None
    return text, None, None


def _presenter_from_sentence(text: str, roster: Roster) -> str | None:
    """"Isaac provided an update ..." → the attendee Isaac refers to."""
    words = text.split()
    for n in (3, 2, 1):
        if len(words) > n and _PRESENTER_VERBS.match(words[n]):
            who = roster.resolve(" ".join(words[:n]))
            if who:
                return who
    return None


def block_points(block: Block) -> list[tuple[str, int]]:
    """(text, level) of the points one body block holds."""
    if block.kind is BlockKind.TABLE:
        return [(" | ".join(c for c in row if c), 0) for row in block.rows if any(row)]
    level = block.level if block.kind is BlockKind.LIST_ITEM else 0
    return [(block.text, level)]
