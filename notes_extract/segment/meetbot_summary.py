"""A MeetBot summary page kept as the minutes ("Meeting summary", "Action items", "People present
(lines said)"): each line of the summary ends with who said it and when ("Budget (ann, 16:02:41)"),
its topics are the lines that carry no command word, and the commands under them ("AGREED: X",
"ACTION: X", "INFO: X") are its record.

The page is rewritten as the written minutes it stands for: a topic line becomes a heading, "AGREED:"
a "Decision:" line, "ACTION:" an "Action:" line, the other commands their text; "Meeting started
by ann" names the chair; "People present (lines said)" is the list of those present, without the
counts and the bots; the recap of actions under "Action items" repeats the ACTION lines and is
dropped (one action, once). Whether a page is such a summary is decided from its stamped lines.
"""

from __future__ import annotations

import re
from dataclasses import replace

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import ACTIONS_HEADING
from notes_extract.vocab.build import any_of
from notes_extract.vocab.meetings import CHAT_COMMANDS, MEETBOT_NOTE_WORDS

# A summary holds at least this many stamped lines, and a topic among them.
MIN_STAMPED_LINES = 3
# "Budget (ann, 16:02:41)", "AGREED: X  (ann, 16:05:30)": what was said, then who said it and when.
_STAMPED = lazy_compile(r"^(?P<text>\S.*?)\s*\((?P<nick>[\w.|`^-]{1,30}),\s*\d{1,2}:\d{2}(?::\d{2})?\)\s*$")
# "AGREED: X", "INFO: X": the command a line records.
_COMMAND_WORDS = (*CHAT_COMMANDS, *MEETBOT_NOTE_WORDS)
_COMMAND = lazy_compile(rf"^(?P<word>{any_of(_COMMAND_WORDS)})\s*:\s*(?P<rest>\S.*)$", re.I)
# "Meeting started by ann at 16:00:11 UTC": who started it chairs it.
_STARTED_BY = lazy_compile(r"^meeting started by (?P<nick>[\w.|`^-]{1,30})\b", re.I)
# "Meeting ended at 16:15:02 UTC."
_ENDED_AT = lazy_compile(r"^meeting ended at (?P<clock>\d{1,2}:\d{2})", re.I)
# "People present (lines said)", "Meeting summary": the page's own frame.
_PEOPLE_HEADING = lazy_compile(r"^people present\b.*\blines said\b", re.I)
_SUMMARY_HEADING = lazy_compile(r"^meeting summary$", re.I)
# "ann (41)": a nick and the number of lines they said.
_NICK_COUNT = lazy_compile(r"^(?P<nick>[\w.|`^-]{1,30})\s*\(\d+\)$")
# "centbot", "meetbot", "zodbot": the bots in the channel are no attendees.
_BOT = lazy_compile(r"bot$", re.I)


def read_meetbot_summary(blocks: list[Block]) -> list[Block]:
    """The blocks of a MeetBot summary page rewritten as written minutes; other blocks as they are."""
    stamped = [m for b in blocks if b.kind is BlockKind.LIST_ITEM and (m := _STAMPED.match(b.text.strip()))]
    if len(stamped) < MIN_STAMPED_LINES or all(_COMMAND.match(m["text"]) for m in stamped) or \
            not any(_COMMAND.match(m["text"]) for m in stamped):
        return blocks
    out: list[Block] = []
    frame = None  # the frame part being read: "people" or "actions"
    for block in blocks:
        text = block.text.strip()
        if block.kind is BlockKind.HEADING or block.all_bold and block.kind is BlockKind.PARAGRAPH:
            # "Action items", "Action items, by person": the recap
            frame = "people" if _PEOPLE_HEADING.match(text) else \
                "actions" if ACTIONS_HEADING.match(text.split(",")[0]) else None
            if frame == "people":
                out.append(replace(block, kind=BlockKind.PARAGRAPH, text="Present:", lead_bold="", level=0))
            if frame is None and not _SUMMARY_HEADING.match(text):
                out.append(block)
            continue
        if frame == "actions":
            continue  # the recap of the ACTION lines above
        if frame == "people":
            m = _NICK_COUNT.match(text)
            if m and not _BOT.search(m["nick"]):
                out.append(replace(block, text=m["nick"], label=None))
            continue
        out.extend(_rewritten(block, text))
    return out


def _rewritten(block: Block, text: str) -> list[Block]:
    if (m := _STARTED_BY.match(text)) is not None:
        return [block, replace(block, kind=BlockKind.PARAGRAPH, text=f"Chair: {m['nick']}", lead_bold="")]
    if (m := _ENDED_AT.match(text)) is not None:
        return [replace(block, text=f"Meeting closed at {m['clock']}.")]
    if block.kind is not BlockKind.LIST_ITEM or (m := _STAMPED.match(text)) is None:
        return [block]
    said = m["text"]
    command = _COMMAND.match(said)
    if command is None:  # a topic line
        return [replace(block, kind=BlockKind.HEADING, text=said, level=3, label=None, lead_bold="")]
    word = command["word"].lower()
    label = CHAT_COMMANDS.get(word)
    if label in ("Decision", "Resolved", "Action"):
        return [replace(block, kind=BlockKind.PARAGRAPH, text=f"{label}: {command['rest']}", level=0,
                        label=None, lead_bold="")]
    if label == "Topic":
        return [replace(block, kind=BlockKind.HEADING, text=command["rest"], level=3, label=None, lead_bold="")]
    return [replace(block, text=command["rest"], lead_bold="")]
