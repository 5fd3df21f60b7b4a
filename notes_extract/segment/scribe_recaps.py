"""The foot of a scribed call's minutes page (W3C's RRSAgent): "Summary of Action Items" repeats each
action recorded in the minutes, marked "[NEW] ACTION: X", and "[End of minutes]" closes the page.

A recap line whose action the minutes already recorded ("ACTION: X" above) is that action again, and
is dropped (one action, once); several recap lines a text copy ran together are split first. The
closing mark says nothing. Recap lines naming an action the minutes do not hold ("[PENDING] ACTION:
X", an earlier meeting's) stay.
"""

from __future__ import annotations

import re
from dataclasses import replace

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile

# "[NEW] ACTION: dev to pin the rate", "[PENDING] ACTION: ...": a recap line's mark and its action.
_RECAP = lazy_compile(r"\[(?:NEW|PENDING|CONTINUES|DONE|DROPPED)\]\s+ACTION:\s*", re.I)
_NEW_RECAP = lazy_compile(r"^\[NEW\]\s+ACTION:\s*(?P<text>\S.*)$", re.I)
# "ACTION: dev to pin the rate", "Action: ...": an action recorded in the minutes.
_ACTION_LINE = lazy_compile(r"^\W*action\s*:\s*(?P<text>\S.*)$", re.I)
# "[End of minutes]": the page's closing mark.
_END_MARK = lazy_compile(r"^\[\s*end of minutes\s*\]$", re.I)


def without_scribe_recaps(blocks: list[Block]) -> list[Block]:
    """The blocks without the recap of actions already recorded and without the closing mark."""
    if not any(_RECAP.search(b.text) or _END_MARK.match(b.text.strip()) for b in blocks):
        return blocks
    recorded: set[str] = set()
    out: list[Block] = []
    for block in blocks:
        if _END_MARK.match(block.text.strip()):
            continue
        for line in _split_recaps(block):
            text = line.text.strip()
            if (m := _NEW_RECAP.match(text)) and _key(m["text"]) in recorded:
                continue
            if (m := _ACTION_LINE.match(text)) is not None and block.kind is not BlockKind.TABLE:
                recorded.add(_key(m["text"]))
            out.append(line)
    return out


def _split_recaps(block: Block) -> list[Block]:
    """"[NEW] ACTION: a [NEW] ACTION: b" as its two recap lines."""
    starts = [m.start() for m in _RECAP.finditer(block.text)]
    if len(starts) < 2 or block.kind is BlockKind.TABLE:
        return [block]
    cuts = [0 if block.text[:starts[0]].strip() == "" else starts[0], *starts[1:], len(block.text)]
    head = [] if cuts[0] == 0 else [replace(block, text=block.text[:starts[0]].strip())]
    return head + [replace(block, text=block.text[a:b].strip()) for a, b in zip(cuts, cuts[1:], strict=False)]


def _key(text: str) -> str:
    return " ".join(text.lower().split()).rstrip(" .")
