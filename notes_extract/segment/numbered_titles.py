"""Numbered items whose title and text share one line, as minutes pasted from Word write them.

"**5. Noise.** One complaint was received ..." is the item "Noise"; "2. Declarations of Interest: none"
the item "Declarations of Interest" with the text "none"; "5.1 Chairman's report:" a sub-item. A number
with nothing of its own whose sub-items follow ("5. Reports:" then "5.1 ...", or "6. To discuss ...:" then
"**Streetlighting**: ...") only groups them: its bold topic lines become its sub-items, and the group, having
no text, is no section. Only in minutes that write several numbered titles this way, numbers in order.

Items may also end their title with a full stop: "4. Old Business. None.", "• Financial." over the
item's paragraph, "• Foundation. A meeting will ...". Such a title is short and verbless; one proves
nothing ("1. Coffee." could be a note), several items of a document written so do.
"""

from __future__ import annotations

import re

from notes_extract.document import Block, BlockKind, make_block, numbered
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import ends_with_abbreviation
from notes_extract.segment.first_outline_item import ROMAN_NUMBER, roman_value
from notes_extract.segment.headings import FINITE_VERB, SENTENCE_OPENERS
from notes_extract.segment.labels import ACTIONS_HEADING, attendance_label, next_meeting_label
from notes_extract.vocab.sections import PRESENTER_VERBS

# Numbered title lines a document needs before its numbered lines are read as items.
MIN_NUMBERED_TITLES = 3
# The longest item title, in words.
MAX_TITLE_WORDS = 12
# Heading levels given to items and their sub-items.
ITEM_LEVEL = 2
SUB_ITEM_LEVEL = 3

_NUMBER = r"\d{1,2}(?:\.\d{1,2})*"
# "5.1 Chairman's report: text", "2. Declarations made: none", "9 To receive Correspondence:" (a clock's colon,
# "9. Adjourned at 8:15pm", "1. Meeting starts 08:43", ends no title).
_COLON_TITLE = lazy_compile(rf"^(?P<number>{_NUMBER})(?P<dot>\.?)\s+(?P<title>[A-Z][^:;]*?)\s*:(?!\d)\s*"
                            r"(?P<rest>.*)$", re.S)
# An item's label: "3.", "5.1", or a roman number ("IV.", read as 4: "IV. Treasurer's Report: ...").
_LABEL = lazy_compile(rf"^(?:(?P<number>{_NUMBER})|(?P<roman>{ROMAN_NUMBER}))\.?$")
# "3. Finance – the Treasurer reported ...": the title, a spaced dash, then the item's text, a sentence
# ("4. GCC – Road closure notice" is a letter received, its sender and subject, no item).
_DASH_TITLE = lazy_compile(rf"^(?P<number>{_NUMBER})(?P<dot>\.?)\s+(?P<title>[A-Z][^:;–—]*?)\s+[-–—]\s+"
                           r"(?P<rest>(?!to\s)\S.*[.!?])$", re.S)
# A bold lead-in that ends a title with a full stop or colon: "5. Noise." / "Streetlighting:".
# An agenda's "To consider ... after the agenda was produced" may hold a verb; other titles hold none.
# "The Clerk reported: ...": a sentence that quotes, not a title.
_SAYS = lazy_compile(rf"\b{PRESENTER_VERBS}$|\b(said|noted|stated|asked|advised|confirmed)$", re.I)
_BOLD_TITLE = lazy_compile(rf"^(?:(?P<number>{_NUMBER})(?P<dot>\.?)\s+)?(?P<title>[A-Z][^.:;]*?)\s*[.:]?$")


# "Old Business. None.": a short title, its full stop, then the item's text (or nothing); a formal agenda's title
# may run longer ("3. Approval of the minutes of the previous meeting. The minutes were ...").
# A title may open with a docket reference, a proposal's own number ("V. 98-1 New Course Proposal, HIS 4900.",
# "IV. 97-20R Proposed New Guest Policy."): the item's label stays the list's number.
_DOCKET_REFERENCE = r"\d{1,4}-\d{1,4}[A-Z]?\s+"
_STOP_TITLE = lazy_compile(rf"^(?P<title>(?:{_DOCKET_REFERENCE})?[A-Z][^.:;!?()]*?)\.(?:\s+(?P<rest>\S.*))?$", re.S)
MAX_STOP_TITLE_WORDS = 10
# Items titled by a stop a document needs before its colon titles count with them towards MIN_NUMBERED_TITLES.
MIN_STOPS_WITH_COLONS = 2
# A bulleted title with its text below ("• Financial." over "The treasurer reported ..."): the text is a
# sentence of this many words at least.
MIN_TEXT_UNDER_TITLE_WORDS = 5
MIN_PARAGRAPH_TITLE_CHARS = 4
# The document's own title lines, which may be headings above paragraph-titled items.
TITLE_BLOCK_LINES = 3
# Titled so, at least this share of a document's top-level items: the shape of its items, not a chance.
MIN_STOP_TITLE_SHARE = 1 / 3
# "Meeting adjourned.", "Minutes approved.": an outcome stated in two words, not a title.
_ENDS_IN_PARTICIPLE = lazy_compile(r"\w{3,}ed$")
# "Ann B" of "Ann B. Lee": a name's initial before the full stop.
_ENDS_IN_INITIAL = lazy_compile(r"\s[A-Z]$")
_SENTENCE_INSIDE = lazy_compile(r"[a-z]{2}\.\s+[A-Z]")
# "(ACTION)" after a title: the agenda's mark that the item needs a vote, no text of the item.
_BRACKETED_MARK = lazy_compile(r"^\([^()]{1,20}\)$")


def _stop_split(block: Block, following: Block | None) -> tuple[str | None, str, str] | None:
    """(number or None, title, rest) of a top-level item titled by a short phrase and a full stop,
    with its text after the title or in the paragraph below ("• Financial." over its text; "• Proposal
    for the 19th." among other bullets is a point)."""
    if block.kind is BlockKind.PARAGRAPH:
        return _stop_titled_paragraph(block)
    if block.kind is not BlockKind.LIST_ITEM or block.level != 0:
        return None
    label = _label_number(block.label)
    if block.label and label is None:
        return None  # "a) ...": a lettered point under an item
    m = _STOP_TITLE.match(block.text.strip())
    if m is None or len(m["title"].split()) > MAX_STOP_TITLE_WORDS or not _title_ok(m["title"]) or \
            _ENDS_IN_PARTICIPLE.search(m["title"]) or ends_with_abbreviation(m["title"]) or \
            _ENDS_IN_INITIAL.search(m["title"]):
        return None  # "- Ann B. Lee": the full stop after a middle initial ends no title
    rest = (m["rest"] or "").strip()
    if not rest and not _text_below(block, following, numbered_item=label is not None):
        return None  # "- Approved as a true record." over "Finance report": a list's last point, then a title line
    return label, m["title"], "" if _BRACKETED_MARK.match(rest) else rest


def _text_below(block: Block, following: Block | None, *, numbered_item: bool) -> bool:
    """Whether a stop-titled item with nothing after its title has its text below it: a paragraph of a
    sentence ("• Financial." over "The treasurer reported ..."), or, under a numbered item, points of its own,
    a list nested under it ("II. Correspondence." over "1. E-mail from Dr. Keiter ...", "2. Memo from ...";
    a bullet's nested list may be the next items, written one level down)."""
    if following is None:
        return False
    if following.kind is BlockKind.LIST_ITEM and following.level > block.level:
        return numbered_item
    return following.kind is BlockKind.PARAGRAPH and len(following.text.split()) >= MIN_TEXT_UNDER_TITLE_WORDS


# Short words a Title Case title leaves in small letters ("Approval of the Minutes").
_SMALL_WORDS = frozenset({"of", "the", "and", "for", "to", "in", "on", "a", "an", "at", "by", "with", "from", "&"})


def _stop_titled_paragraph(block: Block) -> tuple[None, str, str] | None:
    """("Financial Report", "Mr Said presented ...") for a paragraph opening with a Title Case title
    and a full stop: a board's minutes written as paragraphs, each led by its item's name."""
    m = _STOP_TITLE.match(block.text.strip())
    if m is None or not m["rest"] or "," in m["title"] or len(m["title"]) < MIN_PARAGRAPH_TITLE_CHARS or \
            len(m["title"].split()) > MAX_STOP_TITLE_WORDS or not _title_ok(m["title"]) or \
            _ENDS_IN_PARTICIPLE.search(m["title"]) or ends_with_abbreviation(m["title"]):
        return None
    words = m["title"].split()
    if not all(w[0].isupper() or w.lower() in _SMALL_WORDS for w in words) or len(words[-1]) < 2:
        return None  # ("Mayor Martin J. Walsh": the full stop after an initial ends no title)
    return None, m["title"], m["rest"].strip()


def _title_ok(title: str) -> bool:
    words = title.split()
    if " - " in title or " – " in title or title.count("(") != title.count(")"):
        return False  # "Ann - talk to Bo re: ...": an owner's task; "(note: ...": a note inside a line
    if _SENTENCE_INSIDE.search(title):
        return False  # "Adjournment. The meeting adjourned at 7": a sentence runs on to a clock's colon
    if attendance_label(title) or next_meeting_label(title) is not None:
        return False  # "2. Present: ...", "9. Date of next meeting: ...": the segmenter reads those labels
    return 0 < len(words) <= MAX_TITLE_WORDS and not title.endswith((",", "-")) and \
        (title.startswith("To ") or not FINITE_VERB.search(title)) and \
        not SENTENCE_OPENERS.match(title) and not _SAYS.search(title)


def _split(block: Block) -> tuple[str, str, str] | None:
    """(number, title, rest) of a numbered line that titles its item, or None."""
    if block.kind is BlockKind.LIST_ITEM and block.level == 0 and (label := _label_number(block.label)):
        text = f"{label}. {block.text.strip()}"
    elif block.kind is BlockKind.PARAGRAPH:
        text = block.text.strip()
    else:
        return None
    lead = block.lead_bold.strip()
    whole_words = lead.endswith((".", ":")) or text[len(lead):].lstrip()[:1] in ("", ".", ":")
    if lead and whole_words and block.kind is BlockKind.PARAGRAPH and (m := _BOLD_TITLE.match(lead)) and \
            m["number"] and _title_ok(m["title"]) and (m["dot"] or ":" in text[:len(lead) + 2]):
        return m["number"], m["title"], text[len(lead):].lstrip(" .:")
    m = _COLON_TITLE.match(text)
    if m is None or not _title_ok(m["title"]):
        # "Ann - to send the letter" is a task given, not a title ("to" opens no item's text)
        m = _DASH_TITLE.match(text)
        if m is None or not _title_ok(m["title"]):
            return None
    if not m["dot"] and "." not in m["number"] and not lead:
        return None  # "1 member of the public: ..." is a count, unless written bold like an item
    return m["number"], m["title"], m["rest"].strip()


def _label_number(label: str | None) -> str | None:
    """The number a list item's label gives, a roman one as its value ("IV." gives "4"); None for a letter."""
    m = _LABEL.match(label.strip()) if label else None
    if m is None:
        return None
    return m["number"] or str(roman_value(m["roman"]))


def _bold_topic(block: Block) -> tuple[str, str] | None:
    """(title, rest) of a paragraph opening with a bold topic and a colon ("**Manor House**: no news")."""
    lead = block.lead_bold.strip()
    if block.kind is not BlockKind.PARAGRAPH or not lead or block.all_bold:
        return None
    rest = block.text.strip()[len(lead):]
    if not (lead.endswith(":") or rest.startswith(":")):
        return None
    m = _BOLD_TITLE.match(lead)
    if m is None or m["number"] or not _title_ok(m["title"]):
        return None
    return m["title"], rest.lstrip(" :")


def _top(number: str) -> int:
    return int(number.split(".")[0])


def _under_actions_headings(blocks: list[Block]) -> list[bool]:
    """For each block, whether the heading it sits under is an actions or to-do heading."""
    under, out = False, []
    for block in blocks:
        if block.kind is BlockKind.HEADING or block.all_bold:
            under = bool(ACTIONS_HEADING.match(block.text.strip()))
        out.append(under)
    return out


def title_numbered_lines(blocks: list[Block]) -> list[Block]:
    """The blocks with each numbered "Title: text" line made a heading and its text a paragraph, and the
    bold topics under a number with no text of its own made its sub-items."""
    # titled paragraphs are a document's items only where nothing else heads them; under
    # headings ("REPORT FROM THE DISTRICT COUNCILLOR") they are a report's parts
    headed = any(b.kind is BlockKind.HEADING or b.all_bold for b in blocks[TITLE_BLOCK_LINES:])
    stops = [None if headed and b.kind is BlockKind.PARAGRAPH else
             _stop_split(b, blocks[i + 1] if i + 1 < len(blocks) else None) for i, b in enumerate(blocks)]
    items = sum(1 for b in blocks if b.kind is BlockKind.LIST_ITEM and b.level == 0)
    # "I. Call to Order. The Rector ...", "IV. Approval of Agenda: Fr. X distributed ...": titles ended by a
    # stop or a colon are one way of writing items
    # "## Action Items:" over "1. Calla: Populate the board": an owner and their task, not an item's title
    under_actions = _under_actions_headings(blocks)
    own_splits = [None if owned else _split(b) for b, owned in zip(blocks, under_actions, strict=True)]
    found = sum(stop is not None for stop in stops)
    if found >= MIN_STOPS_WITH_COLONS:  # (a list of mixed shapes with one stop title is read whole by numbered_body)
        found += sum(stop is None and block.label is not None and split is not None
                     for block, stop, split in zip(blocks, stops, own_splits, strict=True))
    if found < MIN_NUMBERED_TITLES or found < MIN_STOP_TITLE_SHARE * items:
        stops = [None] * len(blocks)
    splits = [None if owned else split or stop
              for split, stop, owned in zip(own_splits, stops, under_actions, strict=True)]
    tops = [_top(s[0]) for s in splits if s and s[0] and "." not in s[0]]
    if len(tops) < MIN_NUMBERED_TITLES or tops != sorted(tops):
        splits = [s if s is not None and s[0] is None else None for s in splits]  # bulleted titles only
        if not any(splits):
            return blocks
    out: list[Block] = []
    grouping = False  # under a numbered title with no text of its own
    for block, split in zip(blocks, splits, strict=True):
        if split is not None:
            number, title, rest = split
            out.append(make_block(BlockKind.HEADING, f"{number} {title}" if number else title, page=block.page,
                                  level=SUB_ITEM_LEVEL if number and "." in number else ITEM_LEVEL))
            if rest:
                out.append(make_block(BlockKind.PARAGRAPH, rest, page=block.page))
            grouping = not rest
            continue
        if grouping and (topic := _bold_topic(block)):
            out.append(make_block(BlockKind.HEADING, topic[0], level=SUB_ITEM_LEVEL, page=block.page))
            if topic[1]:
                out.append(make_block(BlockKind.PARAGRAPH, topic[1], page=block.page))
            continue
        if block.kind is BlockKind.HEADING:
            grouping = False
        out.append(block)
    return numbered(out)
