"""A numbered list that is the whole body of the minutes: each top-level number is an agenda item.

Short minutes are often typed as one numbered list whose items title themselves in several shapes at
once: "1. Treasurer's Report – Latest accounts ...", "4. Correspondence. Laurie received ...",
"3. Proxy votes – none", "7. Old business", and some are a bare sentence ("2. A candidate for the post
has been selected."). The passes before this one each need three items of one shape, so a list that
mixes them is left as points, and the minutes have no items. Here the shapes are counted together:
where most numbers of one unbroken run title their item in some shape, the numbering is the agenda's,
and every number in the run is an item (a sentence item titled by its sentence). Nested lists stay
the items' points; an item that only names a group ("7. Old business") over paragraphs led by a
subject and a dash ("Englehart cards — total sold ...") has those subjects as its sub-items. Only
where nothing else heads the body: under headings a numbered list is a part of an item.
"""

from __future__ import annotations

import re

from notes_extract.document import Block, BlockKind, make_block, numbered
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.headings import _FINITE_VERB, _SENTENCE_OPENERS
from notes_extract.segment.labels import ACTIONS_HEADING, attendance_label, next_meeting_label
from notes_extract.vocab.build import any_of
from notes_extract.vocab.sections import GROUPING_WORDS

# The items a run needs, and the share of them that must carry a title, before the run is the agenda.
MIN_RUN_ITEMS = 4
MIN_TITLED_ITEMS = 3
MIN_TITLED_SHARE = 0.5
# The longest title, in words; a title ended by a full stop ("Correspondence.") is shorter still.
MAX_TITLE_WORDS = 10
MAX_STOP_TITLE_WORDS = 6
# The document's own title lines, which may be headings above the list.
TITLE_BLOCK_LINES = 3
# "Agenda", "AGENDA 26 May 2009": a label over a listed agenda, at most this many blocks above its first item.
_AGENDA_LINE = lazy_compile(r"^\W*agenda\b", re.I)
AGENDA_LABEL_REACH = 2
# "Ann Lee - send the letter": at most this many capitalised words before a dash and a task in small letters.
MAX_OWNER_WORDS = 3
# The heading level given to an item (as the other numbered-item passes give it).
ITEM_LEVEL, SUB_ITEM_LEVEL = 2, 3

_TOP_LABEL = lazy_compile(r"(?P<number>\d{1,2})\.?")
# "Treasurer's Report – Latest accounts ...": a title, a spaced dash, the item's text.
_DASH = lazy_compile(r"^(?P<title>[A-Z][^:;–—]*?)\s+[-–—]\s+(?P<rest>\S.*)$", re.S)
# "Correspondence: none" / "Correspondence. Laurie received ...".
_COLON = lazy_compile(r"^(?P<title>[A-Z][^:;.!?]*?)\s*:\s*(?P<rest>.*)$", re.S)
_STOP = lazy_compile(r"^(?P<title>[A-Z][^.:;!?()]*?)\.\s+(?P<rest>[A-Z].*)$", re.S)
# "Old business", "Committee reports": an item naming a group, whose sub-items are the items.
_GROUP_NAME = lazy_compile(rf"\b{any_of(GROUPING_WORDS)}\s*$", re.I)
_BRACKETS = lazy_compile(r"\([^()]*\)")
# "Meeting adjourned", "Minutes approved": an outcome in a participle, not a title.
_PARTICIPLE_END = lazy_compile(r"\w{3,}ed$")


def _title_ok(title: str, max_words: int) -> bool:
    words = title.split()
    return 0 < len(words) <= max_words and not _FINITE_VERB.search(title) and \
        not _SENTENCE_OPENERS.match(title) and not _PARTICIPLE_END.search(title) and \
        title.count("(") == title.count(")")


def item_title(text: str) -> tuple[str, str] | None:
    """(title, rest) of a numbered line that titles its item in one of the shapes above, or None."""
    text = text.strip()
    for shape, limit in ((_DASH, MAX_TITLE_WORDS), (_COLON, MAX_TITLE_WORDS), (_STOP, MAX_STOP_TITLE_WORDS)):
        m = shape.match(text)
        if m and _title_ok(m["title"], limit) and not _owner_task(m["title"], m["rest"]):
            return m["title"].strip(), m["rest"].strip()
    bare = _BRACKETS.sub("", text).strip()
    if bare and bare[-1] not in ".;,!?:" and _title_ok(bare, MAX_TITLE_WORDS):
        # "Old business"; "Librarian's report (Lee was away)": the title, its note in brackets its text
        return bare, " ".join(_BRACKETS.findall(text)).strip("() ")
    return None


def _owner_task(title: str, rest: str) -> bool:
    """"Ann - talk to Bo re: the banner", "Treasurer - book the hall": who, then the task, no item."""
    words = title.split()
    return len(words) <= MAX_OWNER_WORDS and all(w[:1].isupper() for w in words) and rest[:1].islower()


def _top_number(block: Block) -> int | None:
    if block.kind is not BlockKind.LIST_ITEM or block.level != 0 or not block.label:
        return None
    m = _TOP_LABEL.fullmatch(block.label.strip())
    return int(m["number"]) if m else None


def _read_elsewhere(text: str) -> bool:
    """"Present: ...", "Date of next meeting – ...": labels the segmenter reads as their own parts."""
    head = re.split(r"\s+[-–—]\s+|:", text, maxsplit=1)[0]
    return attendance_label(head) is not None or next_meeting_label(head) is not None or \
        next_meeting_label(text) is not None


def _agenda_run(blocks: list[Block]) -> list[int]:
    """Indices of the top-level items of the one unbroken numbered run that is the agenda, or []."""
    tops = [i for i, block in enumerate(blocks) if _top_number(block) is not None]
    if len(tops) < MIN_RUN_ITEMS:
        return []
    numbers = [_top_number(blocks[i]) for i in tops]
    if any(b != a + 1 for a, b in zip(numbers, numbers[1:], strict=False)):  # type: ignore[operator]
        return []  # two lists, or numbers that restart: not one agenda
    titles = [item_title(blocks[i].text) for i in tops]
    titled = sum(1 for t in titles if t is not None)
    # a title with the item's text after it ("Proxy votes – none"): title lines alone may be a to-do list
    with_text = sum(1 for i, t in zip(tops, titles, strict=True) if t and t[1] and not _BRACKETS.search(blocks[i].text))
    if titled < MIN_TITLED_SHARE * len(tops) or with_text < MIN_TITLED_ITEMS:
        return []
    return tops


def title_numbered_body(blocks: list[Block]) -> list[Block]:
    """The blocks with each item of a numbered body's run made a heading, its text a paragraph under it."""
    if any(b.kind is BlockKind.HEADING or b.all_bold for b in blocks[TITLE_BLOCK_LINES:]):
        return blocks
    run = set(_agenda_run(blocks))
    labels = blocks[max(min(run, default=0) - AGENDA_LABEL_REACH, 0):min(run, default=0)]
    if not run or any(_AGENDA_LINE.match(b.text) or ACTIONS_HEADING.match(b.text.strip()) for b in labels):
        return blocks  # "AGENDA 26 May" / "Actions" over the list: the agenda or the tasks, read as such
    out: list[Block] = []
    grouping = False  # under an item that only names a group ("7. Old business"), before the next item
    for i, block in enumerate(blocks):
        if i in run:
            grouping = False
        if grouping and block.kind is BlockKind.PARAGRAPH and (sub := _dash_topic(block.text)):
            # "Englehart cards — total sold of $72": one of the group's items, under it
            out.append(make_block(BlockKind.HEADING, sub[0], level=SUB_ITEM_LEVEL, page=block.page))
            out.append(make_block(BlockKind.PARAGRAPH, sub[1], page=block.page))
            continue
        if i not in run or _read_elsewhere(block.text):
            out.append(block)
            continue
        number = block.label.strip().rstrip(".")
        title, rest = item_title(block.text) or (block.text.strip(), block.text.strip())
        out.append(make_block(BlockKind.HEADING, f"{number} {title}", level=ITEM_LEVEL, page=block.page))
        if rest:  # a sentence item keeps its sentence as its text: an item with nothing under it is none
            out.append(make_block(BlockKind.PARAGRAPH, rest, page=block.page))
        grouping = not rest and bool(_GROUP_NAME.search(title))
    return numbered(out)


def _dash_topic(text: str) -> tuple[str, str] | None:
    """(title, text) of a paragraph led by its subject and a spaced dash."""
    m = _DASH.match(text.strip())
    return (m["title"].strip(), m["rest"].strip()) if m and _title_ok(m["title"], MAX_TITLE_WORDS) else None
