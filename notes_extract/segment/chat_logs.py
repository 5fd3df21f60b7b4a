"""Chat logs (IRC, Matrix, MeetBot): minutes kept as the chat itself, one line per message,
each opening with a timestamp and/or a nick ("[11:04:39] <ann> text", "8:45  ann  text").

A message is a speaker's turn ("<ann> text", the stamp dropped), and the log's own commands
are its structure: "Topic: X" or "#topic X" said by anyone opens an item, "ACTION: X" or
"#action X" is an action line, "RESOLUTION: X" or "#agreed X" a decision, "scribe: ann"
names the minute taker. Each command is rewritten as the label line written minutes use
("Topic: X", "Action: X", "Resolved: X", "Decision: X", "Scribe: ann"), so the segmenter and
the extractors read it as they read any minutes.

Whether lines are a log is decided from the whole document: nicks set apart ("<ann>",
"* ann") in several lines by two people or more; bare nicks after a stamp only when a few
nicks recur and messages share a minute (a timed agenda never gives one time twice running).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from notes_extract.chat_lines import ChatLine, chat_line
from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import is_role_line
from notes_extract.segment.turns import Turn, find_speakers, turn_prefix
from notes_extract.vocab.actions import ACTION_LABEL_WORDS
from notes_extract.vocab.build import any_of
from notes_extract.vocab.meetings import CHAT_COMMANDS, CHAT_ROLE_LABELS

# A log holds at least this many messages, by at least this many people.
MIN_CHAT_LINES = 4
MIN_CHAT_NICKS = 2
# Bare nicks ("8:45 ann text"): one of them opens at least this many lines, and at least this many
# messages share the minute of the one before, the clock never going back.
MIN_BARE_NICK_LINES = 2
MIN_SHARED_STAMPS = 2

# "#topic Budget", "#action ann to call": a bot command and its words.
_HASH_COMMAND = lazy_compile(rf"^#(?P<word>{any_of(CHAT_COMMANDS)})\s*:?\s+(?P<rest>\S.*)$", re.I)
# "Topic: Budget", "ACTION: ann to call", "to do: ...", "RESOLUTION: ...", "scribe: ann".
_COLON_LABEL = lazy_compile(rf"^(?P<word>{any_of(CHAT_COMMANDS)}|{ACTION_LABEL_WORDS}|{any_of(CHAT_ROLE_LABELS)})"
                            r"\s*:\s*(?P<rest>\S.*)$", re.I)
# "agendum 2 -- Budget review -- taken up [from chair]": the agenda bot taking up an item opens it.
_AGENDUM_TAKEN_UP = lazy_compile(r"^agendum\s+\d{1,3}\.?\s+--\s+(?P<title>\S.*?)\s+--\s+taken up\b.*$", re.I)
_ACTION_WORD = lazy_compile(rf"^(?:{ACTION_LABEL_WORDS})$", re.I)
# "manu: ACTION: ...": the scribe's note of who spoke, before the command they gave.
# "Ann: RESOLUTION: ...", "Bo: ACTION: ...": a speaker's prefix, then a word and a colon.
_COMMAND_IN_TURN = lazy_compile(r"^[^:]{1,40}:\s*[A-Za-z][\w ]{1,20}:")
_NO_TURN = Turn("", "")
_DECISION_LABELS = frozenset({CHAT_COMMANDS["resolved"], CHAT_COMMANDS["decision"]})
_TOPIC_LABEL = f"{CHAT_COMMANDS['topic']}:"
_DIGITS = lazy_compile(r"\d+")
# "[2018-07-09 10:31:14]": the day a logger writes in each stamp.
_STAMP_DAY = lazy_compile(r"\d{4}-\d{2}-\d{2}")
_DATE_WORD = "Date"
_DATE_LABEL = lazy_compile(rf"^\W*{_DATE_WORD}\s*:", re.I)
_SPOKEN_BY = lazy_compile(r"^[\w.|-]{1,30}\s*:\s+(?P<rest>\S.*)$")


def unwrap_chat_logs(blocks: list[Block]) -> list[Block]:
    """The blocks with a chat log's messages read as turns and its commands as label lines."""
    said = {n: line for n, block in enumerate(blocks) if block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
            and (line := chat_line(block.text)) is not None}
    lines = {n: line for n, line in said.items() if line.text}
    logged = _log_lines(lines)
    if logged:
        out = _dated_opening(blocks, [lines[n] for n in sorted(logged)], min(logged))
        for n, block in enumerate(blocks):
            if n in lines and lines[n].event or n in said and not said[n].text:
                # in a log, the channel's notices of people joining and leaving say nothing, nor does a nick
                # with no message ("18:02 <meetingology>", the bot's blank line)
                continue
            out.append(_rewritten(block, lines[n]) if n in logged else block)
        blocks = out
    return _spoken_commands(_taken_up_agenda(blocks))


def _taken_up_agenda(blocks: list[Block]) -> list[Block]:
    """The agenda bot's "agendum 2 -- Budget -- taken up" lines (its nick before them or not, in a
    log or in scribed minutes) read as the topic lines they are ("Topic: Budget")."""
    def topic(block: Block) -> str | None:
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
            return None
        line = chat_line(block.text)
        m = _AGENDUM_TAKEN_UP.match(line.text if line is not None and line.text else block.text.strip())
        return f"{_TOPIC_LABEL} {m['title']}" if m else None

    return [replace(block, kind=BlockKind.PARAGRAPH, text=title, level=0, label=None, lead_bold="")
            if (title := topic(block)) is not None else block for block in blocks]


def _dated_opening(blocks: list[Block], logged: list[ChatLine], first: int) -> list[Block]:
    """A "Date: 2018-07-09" line for a log whose stamps carry the day ("[2018-07-09 10:31:14] <ann>"),
    unless the lines above its first message (``first``) give a date line of their own: the day the
    stamps give is the meeting's."""
    day = next((m[0] for line in logged if (m := _STAMP_DAY.search(line.stamp))), None)
    if day is None or any(_DATE_LABEL.match(block.text) for block in blocks[:first]):
        return []
    # before the document's first block, keeping its index: the facts a title block would give
    return [Block(BlockKind.PARAGRAPH, f"{_DATE_WORD}: {day}", index=blocks[0].index, page=blocks[0].page)]


def _spoken_commands(blocks: list[Block]) -> list[Block]:
    """The blocks with a decision a speaker states in their turn ("Ann: RESOLUTION: X") read as the
    label line it is ("Resolved: X"): the scribe's record of the meeting, not the speaker's view.
    ("Bo: ACTION: X" is read already, and "Bo: To do: X" may be Bo's own task.)"""
    said = {n: command for n, block in enumerate(blocks) if block.kind is BlockKind.PARAGRAPH and not block.code
            and _COMMAND_IN_TURN.match(block.text) and (turn := turn_prefix(block.text)) is not None
            and (command := _command(turn.text)) is not None and command.split(":")[0] in _DECISION_LABELS}
    if not said:
        return blocks
    speakers = find_speakers(blocks)
    return [replace(block, text=said[n], lead_bold="") if n in said and
            (turn_prefix(block.text) or _NO_TURN).speaker in speakers else block for n, block in enumerate(blocks)]


def _log_lines(lines: dict[int, ChatLine]) -> set[int]:
    """The indices of the lines that make a chat log, by either shape of nick."""
    out: set[int] = set()
    marked = {i: line for i, line in lines.items() if line.marked and not line.event}
    if len(marked) >= MIN_CHAT_LINES and len({line.nick for line in marked.values()}) >= MIN_CHAT_NICKS:
        out.update(marked)
    bare = {i: line for i, line in lines.items() if not line.marked}  # (an event is marked)
    stamps = [line.stamp for _, line in sorted(bare.items())]
    shared = sum(1 for a, b in zip(stamps, stamps[1:], strict=False) if a == b)
    if len(bare) >= MIN_CHAT_LINES and len({line.nick for line in bare.values()}) >= MIN_CHAT_NICKS and \
            max(Counter(line.nick for line in bare.values()).values()) >= MIN_BARE_NICK_LINES and \
            shared >= MIN_SHARED_STAMPS and stamps == sorted(stamps, key=_minutes):
        out.update(bare)
    return out


def _minutes(stamp: str) -> tuple[int, ...]:
    """A stamp's clock as numbers ("[Tue 8:45:10]" gives (8, 45, 10)), to put stamps in order."""
    return tuple(int(n) for n in _DIGITS.findall(stamp))


def _rewritten(block: Block, line: ChatLine) -> Block:
    """The message as a turn ("<ann> text"), or its command as a label line ("Topic: X")."""
    command = _command(line.text)
    if command is None and (spoken := _SPOKEN_BY.match(line.text)):
        command = _command(spoken["rest"])
    text = command if command is not None else f"<{line.nick}> {line.text}"
    # a log quoted in a code block stays text of its item, but its record of an action or a decision counts
    code = block.code and (command is None or command.startswith(_TOPIC_LABEL))
    return replace(block, kind=BlockKind.PARAGRAPH, text=text, level=0, label=None, lead_bold="", code=code)


def _command(text: str) -> str | None:
    """The label line a command states ("#topic X" and "topic: X" give "Topic: X"), or None."""
    if agendum := _AGENDUM_TAKEN_UP.match(text.strip()):
        return f"{_TOPIC_LABEL} {agendum['title']}"
    m = _HASH_COMMAND.match(text) or _COLON_LABEL.match(text)
    if m is None:
        return None
    word, rest = " ".join(m["word"].lower().split()), m["rest"].strip()
    if word in CHAT_ROLE_LABELS:
        line = f"{CHAT_ROLE_LABELS[word]}: {rest}"
        return line if is_role_line(line) else None  # "chair: could you repeat that?" is said to the chair
    if text.startswith("#"):
        return f"{CHAT_COMMANDS[word]}: {rest}"
    if word in CHAT_COMMANDS and CHAT_COMMANDS[word] == "Decision" and m["word"].islower():
        return None  # "agreed: works for me" is one person's assent; "AGREED:" is the log's record
    label = "Action" if _ACTION_WORD.match(word) else CHAT_COMMANDS[word]
    return f"{label}: {rest}"
