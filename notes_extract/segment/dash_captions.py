"""Items captioned with a dash: "Treasurer's Report –" on a line of its own over the item's text, or
"Approval of Minutes – there were no corrections ..." with the text run on after the dash.

Minutes typed as plain text often title each item this way. One such line may be a sentence the
author broke off; several (`MIN_DASH_CAPTIONS`) are the document's way of titling its items, and
then every caption opens an item, whatever follows it: a short line ("It was reported that -"),
text opening in lower case, or a name ("Barb Hunter, treasurer, did not give a report").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.headings import FINITE_VERB, SENTENCE_OPENERS
from notes_extract.segment.labels import NOT_TOPICS, attendance_label, next_meeting_label
from notes_extract.segment.parts import SectionSpan
from notes_extract.segment.state import Context, Step

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

# Lines written "Caption –" a document has at least, to be titling its items so.
MIN_DASH_CAPTIONS = 3
# A caption is a few words: a longer line ending in a dash is a sentence going on below.
MAX_CAPTION_WORDS = 8
_CAPTION = rf"(?P<title>[A-Z][\w'’&/,.()-]*(?:\s+[\w'’&/,.()]+){{0,{MAX_CAPTION_WORDS - 1}}}?)"
# "Plant Sale –", "New business -": a caption and a dash (an en or em dash, or a spaced hyphen), nothing after.
_CAPTION_LINE = lazy_compile(rf"^{_CAPTION}\s*(?:[–—]|\s-|-(?=\s*$))\s*$")
# "Approval of Minutes – there were no corrections ...": a caption, a spaced dash, the item's text.
_CAPTION_TEXT = lazy_compile(rf"^{_CAPTION}\s+[–—-]\s+(?P<rest>\S.*)$")
_DASHES = ("–", "—", "-")


def _caption_title(title: str, text: str) -> bool:
    """Whether the words before the dash name an item: no sentence, field or attendance label."""
    return not (FINITE_VERB.search(title) or SENTENCE_OPENERS.match(title) or NOT_TOPICS.match(title.split()[0])
                or attendance_label(text) or next_meeting_label(text) is not None)


def dash_caption(block: Block) -> str | None:
    """"Plant Sale" for the plain line "Plant Sale –"; None for other blocks."""
    if block.kind is not BlockKind.PARAGRAPH or block.all_bold:
        return None
    text = block.text.strip()
    m = _CAPTION_LINE.match(text) if text[-1:] in _DASHES else None  # (the line ends in its dash: most do not)
    if m is None or not _caption_title(m["title"], text):
        return None
    return m["title"].strip()


def caption_text(block: Block) -> tuple[str, str] | None:
    """("Approval of Minutes", "there were no corrections ...") for a plain paragraph opening with a
    caption and a dash."""
    if block.kind is not BlockKind.PARAGRAPH or block.all_bold:
        return None
    text = block.text.strip()
    m = _CAPTION_TEXT.match(text)
    if m is None or not _caption_title(m["title"], text):
        return None
    return m["title"].strip(), m["rest"]


def writes_dash_captions(blocks: list[Block]) -> bool:
    """Whether the document titles its items with "Caption –" lines over their text."""
    return sum(1 for block in blocks if dash_caption(block)) >= MIN_DASH_CAPTIONS


def on_dash_caption(segmenter: _Segmenter, step: Step) -> bool:
    """In minutes that title their items "Caption –", a caption line, or a caption with its text run on
    after the dash, opens an item; the first line of the document stays its title."""
    if not segmenter.dash_captions or segmenter.state.context is not Context.NONE:
        return False
    seg, current = segmenter.seg, segmenter.state.current
    if not (seg.title_blocks or segmenter.state.seen_structure or seg.sections):
        return False  # the document's first line: its title
    if current is not None and (current.heading.kind is BlockKind.HEADING or current.heading.all_bold):
        return False  # a caption inside an item with a heading of its own is a part of it
    title = dash_caption(step.block)
    if title is None and current is not None and not current.blocks and not current.rest and \
            step.block.kind is BlockKind.PARAGRAPH and dash_caption(current.heading):
        current.blocks.append(step.block)  # "Networking –" over "5:00 PM, doors open": the caption's text
        return True
    topic = (title, "") if title else caption_text(step.block)
    if topic is None:
        return False
    segmenter.open_section(SectionSpan(step.block, step.text, topic[0], topic[1], level=99))
    segmenter.state.seen_structure = True
    return True
