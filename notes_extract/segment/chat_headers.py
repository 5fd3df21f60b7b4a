"""Messages pasted from a team chat (Slack, Teams, Discord): a header line naming the sender and the
time ("Ann Lee  9:31 AM", "Ann Lee — 09:31", "Ann Lee [9:31 AM]"), then that person's message lines.

The header is no section and no text: it names the speaker of every line under it, up to the next
header, heading or label line ("Decision: ...", "Topic 2: ..."). Each message line is rewritten as
the turn written minutes would give it ("Ann Lee: the copy tests poorly"), so the wrapped-line pass
never runs one person's lines into the next header and the extractors read owners from turns.
Whether lines are headers is the document's call: at least two of them, by two people or more.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile

# A paste holds at least this many headers, by at least this many senders.
MIN_HEADERS = 2
MIN_SENDERS = 2
# A sender's display name is at most this many words.
MAX_SENDER_WORDS = 4

_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
# "Ann Lee  9:31 AM", "Ann Lee — 09:31", "Ann Lee, 9:31", "Ann Lee [9:31 AM]", "ann.lee (09:31)": the
# whole line is a name and a clock.
_HEADER = lazy_compile(rf"^(?P<who>[A-Za-z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){{0,{MAX_SENDER_WORDS - 1}}})"
                       rf"\s*(?:[—–-]\s*|,\s*|\s)\s*(?:\[{_CLOCK}\]|\({_CLOCK}\)|{_CLOCK})\s*$")
# "Decision: ...", "Topic 2: ...", "Action item: ...": a label of a word or three (a number may follow)
# and a colon opens a line of the minutes, not of the message above it.
_LABEL_LINE = lazy_compile(r"^\W{0,3}[A-Za-z][\w-]*(?:\s+[\w-]+){0,2}\s*:(?:\s|$)")


def _header(block: Block) -> str | None:
    """The sender a header line names: a handle ("rquint") or words each capitalised ("Ann Lee"),
    so a line of the minutes ("Meeting closed 9:15 PM") is none."""
    if block.kind is not BlockKind.PARAGRAPH or block.code:
        return None
    m = _HEADER.match(block.text.strip())
    if m is None:
        return None
    words = m["who"].split()
    return m["who"] if len(words) == 1 or all(w[0].isupper() for w in words) else None


def _message(block: Block) -> bool:
    """Whether a block can be a line of a message: a paragraph, no heading or label line."""
    return block.kind is BlockKind.PARAGRAPH and not block.all_bold and not _LABEL_LINE.match(block.text.strip())


def read_chat_headers(blocks: list[Block]) -> list[Block]:
    """The blocks with each pasted message's lines read as its sender's turns and the headers
    dropped; the blocks themselves when the document holds no such paste."""
    # a header heads a message; one sender at least sends twice (a paste is a conversation)
    senders = Counter(who for b, after in zip(blocks, blocks[1:], strict=False)
                      if (who := _header(b)) is not None and _header(after) is None and _message(after))
    if senders.total() < MIN_HEADERS or len(senders) < MIN_SENDERS or max(senders.values()) < MIN_HEADERS:
        return blocks
    out: list[Block] = []
    sender: str | None = None
    for block in blocks:
        if (who := _header(block)) is not None:
            sender = who
            continue
        if not _message(block):
            sender = None  # a heading, a list or a label line ends the message
        if sender is not None:
            block = replace(block, text=f"{sender}: {block.text.strip()}", lead_bold="")
        out.append(block)
    return out

