"""Line breaks inside a list item: a wrapped line goes on, a line of its own stays one.

A page whose source was wrapped by hand (Markdown rendered with hard breaks, mail turned into
HTML) writes an item's text over several lines with <br>: "<li>Slack status of members was
switched to<br>multi-channel guests.</li>". The reader sees one item whose text wraps. A
line that stops in mid-sentence (no closing punctuation) and is either long
(`WRAPPED_WIDTH` characters) or followed by a line opening in lower case goes on in the next;
any other break ("Action: Ann<br>Due: Friday") keeps its lines apart, each read as before. An
item of two lines whose first ends in a colon ("Vote on the new member:<br>7-0 in favour") is one
line: what the colon introduces, as a Word item's line break and a PDF's line under the colon read.
"""

from __future__ import annotations

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.text.lines import WRAPPED_WIDTH

# What a <br> inside a list item leaves among the item's runs until the item is read.
ITEM_BREAK = "\x00"
# How a sentence, a label or a list ends: a line ending so is not wrapped.
_ENDS_LINE = lazy_compile(r"[.!?:;)\]\"'\u201d\u2019]\s*$")

Run = tuple[str, bool]


def item_lines(runs: list[Run]) -> list[list[Run]]:
    """The runs of each line a list item's breaks set apart, wrapped lines joined back."""
    lines: list[list[Run]] = [[]]
    for text, bold in runs:
        for i, part in enumerate(text.split(ITEM_BREAK)):
            if i:
                lines.append([])
            if part:
                lines[-1].append((part, bold))
    out: list[list[Run]] = []
    for line in lines:
        if not "".join(t for t, _ in line).strip():
            continue
        if out and _goes_on("".join(t for t, _ in out[-1]), "".join(t for t, _ in line)):
            out[-1].extend([(" ", line[0][1]), *line])
        else:
            out.append(line)
    if len(out) == 2 and "".join(t for t, _ in out[0]).rstrip().endswith(":"):
        return [[*out[0], (" ", out[1][0][1]), *out[1]]]
    return out


def _goes_on(before: str, after: str) -> bool:
    before, after = before.strip(), after.strip()
    if _ENDS_LINE.search(before):
        return False
    return len(before) >= WRAPPED_WIDTH or after[:1].islower()
