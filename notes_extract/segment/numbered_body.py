"""A numbered list that is the whole body of the minutes: each top-level number is an agenda item.

Short minutes are often typed as one numbered list whose items title themselves in several shapes at
once: "1. Treasurer's Report – Latest accounts ...", "4. Correspondence. Laurie received ...",
"3. Proxy votes – none", "7. Old business", and some are a bare sentence ("2. A candidate for the post
has been selected."). The passes before this one each need three items of one shape, so a list that
mixes them is left as points, and the minutes have no items. Here the shapes are counted together:
where most numbers of one unbroken run title their item in some shape, the numbering is the agenda's,
and every number in the run is an item (a sentence item titled by its sentence). Nested lists stay
the items' points; an item that only names a group ("7. Old business") over paragraphs led by a
subject and a dash ("Englehart cards — total sold ...") has those subjects as its sub-items. Numbers
typed at the start of paragraphs count as well ("3. Approval of Minutes"), with their sub-items: "5.
Reports:" over "5.1 Chairman's Report:" gives way to them, "6.1 Payment was agreed." under an item with
text of its own is its point. Only where no other heading heads the body: under headings a numbered
list is a part of an item.
"""

from __future__ import annotations

import re

from notes_extract.dates import without_dates
from notes_extract.document import Block, BlockKind, make_block, numbered
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.headings import FINITE_VERB, SENTENCE_OPENERS, names_a_group
from notes_extract.segment.labels import ACTIONS_HEADING, attendance_label, next_meeting_label

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
AGENDA_LINE = lazy_compile(r"^\W*agenda\b", re.I)
AGENDA_LABEL_REACH = 2
# "Ann Lee - send the letter": at most this many capitalised words before a dash and a task in small letters.
MAX_OWNER_WORDS = 3
# The heading level given to an item (as the other numbered-item passes give it).
ITEM_LEVEL, SUB_ITEM_LEVEL = 2, 3

_TOP_LABEL = lazy_compile(r"(?P<number>\d{1,2})[.)]?")  # "3.", "3)", "3"
# "Treasurer's Report – Latest accounts ...": a title, a spaced dash, the item's text.
_DASH = lazy_compile(r"^(?P<title>[A-Z][^:;–—]*?)\s+[-–—]\s+(?P<rest>\S.*)$", re.S)
# "Correspondence: none" / "Correspondence. Laurie received ...".
# ("Meeting starts 08:43": the colon of a clock time sets no title apart)
_COLON = lazy_compile(r"^(?P<title>[A-Z][^:;.!?]*?)\s*:(?<!\d:(?=[0-5]\d(?!\d)))\s*(?P<rest>.*)$", re.S)
_STOP = lazy_compile(r"^(?P<title>[A-Z][^.:;!?()]*?)\.\s+(?P<rest>[A-Z].*)$", re.S)
# A full stop after a lone capital ends an initial, not a title.
_INITIAL_END = lazy_compile(r"(?:^|\s)[A-Z]$")
_BRACKETS = lazy_compile(r"\([^()]*\)")
# "(SM)", "(Ann)", "(Ann Lee)" ending a title: who leads the item, initials or a name.
_LEAD_IN_BRACKETS = lazy_compile(r"\s*\((?:[A-Z]{2,3}|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\)\s*$")
# "Treasurer Update –": a title whose dash leads to the nested list under it, not to text on its line.
_TRAILING_DASH = lazy_compile(r"\s+[-–—]\s*$")
# "Meeting adjourned", "Minutes approved": an outcome in a participle, not a title.
_PARTICIPLE_END = lazy_compile(r"\w{3,}ed$")


def _title_ok(title: str, max_words: int) -> bool:
    words = title.split()
    return 0 < len(words) <= max_words and not FINITE_VERB.search(title) and \
        not SENTENCE_OPENERS.match(title) and not _PARTICIPLE_END.search(title) and \
        title.count("(") == title.count(")")


def item_title(text: str) -> tuple[str, str] | None:
    """(title, rest) of a numbered line that titles its item in one of the shapes above, or None."""
    text = text.strip()
    for shape, limit in ((_DASH, MAX_TITLE_WORDS), (_COLON, MAX_TITLE_WORDS), (_STOP, MAX_STOP_TITLE_WORDS)):
        m = shape.match(text)
        if m and _title_ok(m["title"], limit) and not _owner_task(m["title"], m["rest"]) and \
                not (shape is _STOP and _INITIAL_END.search(m["title"])):  # "Austin R. Pringle: ..."
            return m["title"].strip(), m["rest"].strip()
    if (lead := _LEAD_IN_BRACKETS.search(text)) and _title_ok(text[:lead.start()], MAX_TITLE_WORDS) and \
            text[:lead.start()].rstrip()[-1:] not in ".;,!?:":
        return text, ""  # "Plans for the website (SM)": who leads the item, read with its title as a heading
    bare = _TRAILING_DASH.sub("", _BRACKETS.sub("", text)).strip()  # "Treasurer Update –" over its sub-items
    if bare and bare[-1] not in ".;,!?:" and _title_ok(bare, MAX_TITLE_WORDS):
        # "Old business"; "Librarian's report (Lee was away)": the title, its note in brackets its text
        return bare, " ".join(_BRACKETS.findall(text)).strip("() ")
    return None


# "Opening Prayers - led by the Vicar", "Welcome - by the Chair": who did it, after the item's title; no task.
_BY_AGENT = lazy_compile(r"^(?:[a-z]+\s+)?by\b")


def _owner_task(title: str, rest: str) -> bool:
    """"Ann - talk to Bo re: the banner", "Treasurer - book the hall": who, then the task, no item."""
    words = title.split()
    return len(words) <= MAX_OWNER_WORDS and all(w[:1].isupper() for w in words) and rest[:1].islower() and \
        not _BY_AGENT.match(rest)


# "3. Approval of Minutes", "5.1 Chairman's Report:" typed at the start of a paragraph.
_TYPED = lazy_compile(r"^(?P<number>\d{1,2})(?:\.(?P<sub>\d{1,2}))?\.?\s+(?P<text>[A-Z].*)$", re.S)


def _numbering(block: Block) -> tuple[int, int | None, str] | None:
    """(number, sub-number or None, text) of a top-level numbered item: a list item's label, or a number
    typed at the start of a paragraph or heading ("5.1 Chairman's Report:")."""
    if block.kind is BlockKind.LIST_ITEM:
        m = _TOP_LABEL.fullmatch(block.label.strip()) if block.label and block.level == 0 else None
        return (int(m["number"]), None, block.text.strip()) if m else None
    if block.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING) or not (m := _TYPED.match(block.text.strip())):
        return None
    return int(m["number"]), int(m["sub"]) if m["sub"] else None, m["text"].strip()


def _read_elsewhere(text: str) -> bool:
    """"Present: ...", "Date of next meeting – ...": labels the segmenter reads as their own parts."""
    head = re.split(r"\s+[-–—]\s+|:", text, maxsplit=1)[0]
    return attendance_label(head) is not None or next_meeting_label(head) is not None or \
        next_meeting_label(text) is not None


def _has_text(blocks: list[Block], i: int, title: tuple[str, str] | None, nested: bool = False) -> bool:
    """Whether a titled item says something: text after its title, or a paragraph of its own under it
    (title lines one after another, or with only a name in brackets, may be a to-do list); with
    ``nested``, a list nested under it too."""
    if title is None:
        return False
    if title[1]:
        return not _BRACKETS.search(blocks[i].text)
    if nested and _over_nested_list(blocks, i):
        return True  # "5. Other fundraising ideas" over its own nested list: the sub-items are its text
    below = blocks[i + 1] if i + 1 < len(blocks) else None
    return below is not None and below.kind is BlockKind.PARAGRAPH and _numbering(below) is None


def _over_nested_list(blocks: list[Block], i: int) -> bool:
    """Whether the item at ``i`` stands over a list nested under it (its sub-items)."""
    below = blocks[i + 1] if i + 1 < len(blocks) else None
    return below is not None and below.kind is BlockKind.LIST_ITEM and below.level > blocks[i].level


def _agenda_run(blocks: list[Block]) -> dict[int, tuple[int, int | None, str]]:
    """The numbered items of the one unbroken run that is the agenda (index -> numbering), or {}."""
    numbered_blocks = {i: n for i, block in enumerate(blocks) if (n := _numbering(block)) is not None}
    tops = _consecutive([i for i, n in numbered_blocks.items() if n[1] is None], numbered_blocks)
    if len(tops) < MIN_RUN_ITEMS or 2 * sum(blocks[i].kind is BlockKind.HEADING for i in tops) > len(tops):
        return {}  # few numbers; or items that are headings already, which the segmenter reads as they are
    numbers = [numbered_blocks[i][0] for i in tops]
    titles = [item_title(numbered_blocks[i][2]) for i in tops]
    titled = sum(1 for t in titles if t is not None)
    # A nested list is an item's text only where the list is the body itself, under no heading but the
    # document's title: under "Items to discuss" a list of topics with notes is that heading's business.
    nested = not any(b.kind is BlockKind.HEADING or b.all_bold for b in blocks[1:tops[0]])
    with_text = sum(1 for i, t in zip(tops, titles, strict=True) if _has_text(blocks, i, t, nested))
    if titled < MIN_TITLED_SHARE * len(tops) or with_text < MIN_TITLED_ITEMS:
        return {}
    subs = {i: n for i, n in numbered_blocks.items() if n[1] is not None and tops[0] < i and n[0] in numbers}
    return {**{i: numbered_blocks[i] for i in tops}, **subs}


def undated(text: str) -> str:
    """A label without the dates in it, written day or month first ("Retro Action Items - 01/25/2022")."""
    return without_dates(without_dates(text), day_first=False).strip(" -–—:")


def _consecutive(tops: list[int], numbering: dict[int, tuple[int, int | None, str]]) -> list[int]:
    """The top-level items numbered one after another from the first ("1." ... "9."), up to a number
    that breaks the run: a list restarting at "1." under the last item is that item's, not the agenda's.
    Items may be written in several ways (earlier passes make headings or list items of some)."""
    run = tops[:1]
    for i in tops[1:]:
        if numbering[i][0] != numbering[run[-1]][0] + 1:
            break
        run.append(i)
    return run if len(run) == len(tops) or numbering[tops[len(run)]][0] <= 1 else []


def title_numbered_body(blocks: list[Block]) -> list[Block]:
    """The blocks with each item of a numbered body's run made a heading, its text a paragraph under it."""
    run = _agenda_run(blocks)
    if not run or any((b.kind is BlockKind.HEADING or b.all_bold) and i not in run
                      for i, b in enumerate(blocks) if i >= TITLE_BLOCK_LINES):
        return blocks  # under headings of its own making, a numbered list is a part of an item
    first = min(run)
    labels = blocks[max(first - AGENDA_LABEL_REACH, 0):first]
    headings = [b for b in blocks[:first] if b.kind is BlockKind.HEADING or b.all_bold]
    if any(AGENDA_LINE.match(b.text) for b in labels) or \
            any(ACTIONS_HEADING.match(undated(b.text)) for b in [*labels, *headings]):
        return blocks  # "AGENDA 26 May" / "Retro Action Items - 11/11/2021" over the list: the agenda or tasks
    out: list[Block] = []
    grouping = False  # under an item that only names a group ("7. Old business"), before the next item
    for i, block in enumerate(blocks):
        numbering = run.get(i)
        if numbering is not None and numbering[1] is None:
            grouping = False
        if block.kind is BlockKind.HEADING:
            out.append(block)  # a heading already, by the file or an earlier pass: as it is
            continue
        if numbering is not None and numbering[1] is not None:
            if grouping:  # "5.1 Chairman's Report:" under "5. Reports:": one of the group's items
                title, rest = item_title(numbering[2]) or (numbering[2], numbering[2])
                out.append(make_block(BlockKind.HEADING, f"{numbering[0]}.{numbering[1]} {title}",
                                      level=SUB_ITEM_LEVEL, page=block.page))
                if rest:
                    out.append(make_block(BlockKind.PARAGRAPH, rest, page=block.page))
            else:  # "6.1 Payment of accounts was agreed.": a point of the item above
                out.append(make_block(BlockKind.PARAGRAPH, block.text, page=block.page))
            continue
        if grouping and block.kind is BlockKind.PARAGRAPH and (sub := _dash_topic(block.text)):
            # "Englehart cards — total sold of $72": one of the group's items, under it
            out.append(make_block(BlockKind.HEADING, sub[0], level=SUB_ITEM_LEVEL, page=block.page))
            out.append(make_block(BlockKind.PARAGRAPH, sub[1], page=block.page))
            continue
        titled = item_title(numbering[2]) if numbering is not None else None
        if numbering is None or _read_elsewhere(numbering[2]) or titled is None and \
                not numbering[2].rstrip().endswith((".", "!", "?")) and not _over_nested_list(blocks, i):
            out.append(block)  # a line cut before its sentence ended titles nothing it can be sure of
            continue
        # a sentence item keeps its sentence as its text; one over its own nested list has that list
        title, rest = titled or (numbering[2], "" if _over_nested_list(blocks, i) else numbering[2])
        out.append(make_block(BlockKind.HEADING, f"{numbering[0]} {title}", level=ITEM_LEVEL, page=block.page))
        if rest:  # a sentence item keeps its sentence as its text: an item with nothing under it is none
            out.append(make_block(BlockKind.PARAGRAPH, rest, page=block.page))
        following = run.get(i + 1)
        grouping = not rest and (names_a_group(title) or following is not None and following[1] is not None)
    return numbered(out)


def _dash_topic(text: str) -> tuple[str, str] | None:
    """(title, text) of a paragraph led by its subject and a spaced dash."""
    m = _DASH.match(text.strip())
    return (m["title"].strip(), m["rest"].strip()) if m and _title_ok(m["title"], MAX_TITLE_WORDS) else None
