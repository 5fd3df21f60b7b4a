"""Numbered item titles in capitals that end in a full stop, as council minutes often type them.

"3. PUBLIC QUESTIONS.", "C048/23 1. APOLOGIES FOR ABSENCE.", "5. TO RECEIVE AND ADOPT THE MINUTES OF THE
MEETING HELD ON 13 NOVEMBER 2023 .": the stop ends the title, not a sentence (a sentence is not written all in
capitals), so the title loses it and reads as the same title typed without one ("3. PUBLIC QUESTIONS").
Only numbered lines are read so: a line in capitals among the text ("NO DECLARATIONS WERE MADE.") keeps its stop,
and so does the last item of a list written as one sentence ("6. JIVE; and" / "7. MOFA.").
"""

from __future__ import annotations

from dataclasses import replace

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.minute_refs import MAX_CAPS_TITLE_WORDS

# The end of a list item that a sentence runs on from ("6. JIVE; and").
_RUNS_ON = lazy_compile(r"(?:[;,]|\band|\bor)\s*$")
# "3. ", "12) ", "4.2 ": the item's number typed before its title.
_TYPED_NUMBER = lazy_compile(r"^\(?\d{1,3}(?:\.\d{1,2})*[.)]?\s+(?=[A-Z])")
# The final stop, with any space before it ("... 2023 ."), but no ellipsis.
_FINAL_STOP = lazy_compile(r"(?<!\.)\s*\.$")


def _stopped_caps_title(block: Block, previous: Block | None) -> bool:
    """Whether a numbered paragraph, heading or top-level list item is a title in capitals ended by a stop,
    and not the last item of a list that runs as one sentence ("5. COCA;", "6. JIVE; and", "7. MOFA.")."""
    text = block.text
    if block.kind is BlockKind.TABLE or block.level and block.kind is BlockKind.LIST_ITEM or \
            not text.endswith(".") or not text.isupper() or len(text.split()) > MAX_CAPS_TITLE_WORDS or \
            previous is not None and _RUNS_ON.search(previous.text):
        return False
    numbered = bool(block.label) or bool(_TYPED_NUMBER.match(text))
    return numbered and any(c.isalpha() for c in _TYPED_NUMBER.sub("", text))


def unstopped_caps_titles(blocks: list[Block]) -> list[Block]:
    """The blocks with the full stop after each numbered title in capitals removed."""
    found = {i for i, block in enumerate(blocks) if _stopped_caps_title(block, blocks[i - 1] if i else None)}
    if not found:
        return blocks
    out = []
    for i, block in enumerate(blocks):
        if i in found:
            text = _FINAL_STOP.sub("", block.text)
            lead = _FINAL_STOP.sub("", block.lead_bold) if block.lead_bold == block.text else block.lead_bold
            block = replace(block, text=text, lead_bold=lead)
        out.append(block)
    return out

