"""The shape of one chat-log line (IRC, Matrix, MeetBot logs): a timestamp and/or a nick, then
what was said: "[Tue 11:04:39] <ann> text", "[10:02] <ann> text", "10:02 <ann> text",
"10:02  ann  text", "[10:02] * ann waves".

Shared by the text loader (a tab between nick and text is no table column) and the
segmenter's chat-log pass (`segment/chat_logs.py`), which decides from the whole document
whether such lines are a log.
"""

from __future__ import annotations

from dataclasses import dataclass

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile

# "[Tue 11:04:39]", "[11:04]", "(11:04:39)", "11:04", "8:45": a clock, perhaps with the weekday; loggers that
# keep days write the date before it ("[2018-07-09 10:31:14]", "2020-11-02 19:00:43").
_DAY = r"(?:[A-Z][a-z]{2}\s+|\d{4}-\d{2}-\d{2}[ T])?"
_STAMP = (rf"(?:\[{_DAY}\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]|\({_DAY}\d{{1,2}}:\d{{2}}(?::\d{{2}})?\)"
          r"|(?:\d{4}-\d{2}-\d{2}[ T])?\d{1,2}:\d{2}(?::\d{2})?)")
# An IRC nick: letters, digits and a few marks, no spaces ("jdoe", "elf-pavlik", "Chris_Stewart_5").
_NICK = r"[@+]?[A-Za-z_\[\]\\^{}|`][\w\[\]\\^{}|`.-]{0,29}"
# "<nick> text", after an optional stamp.
_NICKED = lazy_compile(rf"^(?:(?P<stamp>{_STAMP})\s+)?<(?P<who>{_NICK})>(?:\s+(?P<text>\S.*)|\s*$)")
# "[10:02] * nick text", "[10:02] — nick text": an emote or a server notice; it carries its stamp
# ("* Old railway line" is a bullet).
_EMOTE = lazy_compile(rf"^(?P<stamp>{_STAMP})\s+[*—]\s+(?P<who>{_NICK})(?:\s+(?P<text>\S.*)|\s*$)")
# "[10:02] → ann joined (...)", "10:02 <-- bo has quit", "[10:02] -!- cy is now known as cyr": the channel's
# own record of people coming and going, arrows or marks before the nick.
_EVENT = lazy_compile(rf"^(?P<stamp>{_STAMP})\s+(?:[→←⇐⇒↔]|-->|<--|-!-|\*\*\*)\s+(?P<who>{_NICK})"
                      r"(?:\s+(?P<text>\S.*)|\s*$)")
# "10:02  ann  text", "10:02 ann: text": a stamp then a bare nick; whether such lines are a log is
# the whole document's call (see `segment/chat_logs.py`).
_BARE = lazy_compile(rf"^(?P<stamp>{_STAMP})\s+(?P<who>{_NICK}):?\s+(?P<text>\S.*)$")
_TABS = lazy_compile(r"\t+")
# What a chat line's first character is when not a digit: a stamp's bracket, or the nick's "<".
_OPENERS = frozenset("[(<")


@dataclass(frozen=True)
class ChatLine:
    """One line of a chat log: its stamp ("" when none), nick and words."""

    stamp: str
    nick: str
    text: str
    marked: bool  # the nick is set apart ("<ann>", "* ann"), not only by its place after a stamp
    event: bool = False  # the channel's notice of someone joining or leaving, nothing said


def chat_line(text: str) -> ChatLine | None:
    """The chat line ``text`` is shaped as, or None."""
    text = text.strip()
    if not (text[:1] in _OPENERS or text[:1].isdecimal()):
        return None  # every shape opens with its stamp ("[", "(", a digit) or its "<nick>": most lines do not
    m = _NICKED.match(text) or _EMOTE.match(text)
    if m:
        return ChatLine(m["stamp"] or "", m["who"].lstrip("@+"), (m["text"] or "").strip(), marked=True)
    m = _EVENT.match(text)
    if m:
        return ChatLine(m["stamp"], m["who"].lstrip("@+"), (m["text"] or "").strip(), marked=True, event=True)
    m = _BARE.match(text)
    if m:
        return ChatLine(m["stamp"], m["who"].lstrip("@+"), m["text"].strip(), marked=False)
    return None


def is_chat_turn(text: str) -> bool:
    """Whether a line is a message of a chat log ("<ann> text", "[10:02] <ann> text"): what someone
    said, never the title of the minutes."""
    found = chat_line(text)
    return found is not None and found.marked


def marked_chat_line(line: str) -> bool:
    """Whether a line is a chat line whose nick is set apart ("[11:04] <ann>\\ttext", "* ann\\twaves"):
    a message of its own, never the wrapped rest of the line above, and its tab no table column.
    A stamp and a bare word ("10:00\\tWelcome") may well be a timed agenda's row."""
    found = chat_line(_TABS.sub(" ", line))
    return found is not None and found.marked


# "8:45 ann thanks bo", "[12:01:33] <ann> done": a line opening with the clock time it was said.
_STAMPED = lazy_compile(rf"^{_STAMP}\s+\S")


def _stamped(block: Block | None) -> bool:
    return block is not None and block.kind is BlockKind.PARAGRAPH and bool(_STAMPED.match(block.text.strip()))


def stamped_turn(block: Block, previous: Block | None, following: Block | None) -> bool:
    """A time-stamped line beside another time-stamped line: a turn of a chat log pasted into
    minutes, however short, never an item's heading."""
    return _stamped(block) and (_stamped(previous) or _stamped(following))
