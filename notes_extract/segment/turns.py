"""Speaker turns of scribe and dialogue minutes: "AB: text", "Alice Brown: text",
"**Bob:** text", "<nick> text", "nick: text", and lines naming only a speaker
("John Smith:") over the points they made.

A turn is a point of the section it sits in, never a section or a heading.
Whether a prefix names a speaker is decided from the whole document first:
speakers recur (a small set of prefixes opening many lines), or are declared
in the attendance list; a prefix written once and declared nowhere is left to
the other rules ("Public Comment: None" stays an inline topic).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import (
    ACTIONS_HEADING,
    FIELD_LABELS,
    NOT_TOPICS,
    PREVIOUS_ACTIONS,
    attendance_label,
    is_name_list,
    is_role_line,
    next_meeting_label,
)
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.actions import ACTION_LABEL_WORDS
from notes_extract.vocab.build import any_of
from notes_extract.vocab.labels import ATTENDANCE_NAME_COLUMN, SCRIBE_MARKERS, SCRIBE_TOPIC_MARKERS
from notes_extract.vocab.people import NAME_PARTICLES, ROLE_LINE_LABELS
from notes_extract.vocab.polls import POLL_LABELS, POLL_TALLY_COLUMNS

# How often a prefix must open a line before it counts as a speaker on that evidence alone.
MIN_SPEAKER_RECURRENCE = 2
# A document is dialogue when it holds at least this many turns by at least this many
# recurring speakers (each opening two lines or more).
MIN_DIALOGUE_TURNS = 4
MIN_DIALOGUE_SPEAKERS = 2
# Longest speaker prefix, in words ("Anne van Kesteren").
MAX_SPEAKER_WORDS = 4

_PARTICLE = any_of(NAME_PARTICLES)
# "Alice Brown", "Ash S", "Anne van Kesteren", "AB", "amy", "@amy", "j.doe".
_SPEAKER_NAME = (rf"(?:[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|{_PARTICLE})){{0,{MAX_SPEAKER_WORDS - 1}}}"
                 r"|@?[a-z][\w.|-]{1,19})")
# "Steve E (Mozilla): text", "Andrew (FB, for Ben):": a speaker, an aside, a colon.
_COLON_TURN = lazy_compile(rf"^(?P<who>{_SPEAKER_NAME})(?:\s*\([^()]{{1,60}}\))?\s*:(?:\s+(?P<text>\S.*)|\s*$)")
# "<jdoe> text", "[10:02] <jdoe> text": an IRC log line.
_IRC_TURN = lazy_compile(r"^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+)?<(?P<who>[@+]?[\w.|-]{1,20})>\s*"
                         r"(?P<text>[^<>]*\S[^<>]*)$")  # no "<tag>" after it: HTML is not a log
# Prefixes that are labels, not speakers ("Action:", "Topic:", "scribenick:").
# A prefix opening with one ("Action MG:") is a label too.
_LABEL_PREFIX = lazy_compile(rf"^(?:{ACTION_LABEL_WORDS}|{ROLE_LINE_LABELS}|{any_of(SCRIBE_MARKERS)}"
                             rf"|{any_of(SCRIBE_TOPIC_MARKERS)})(?:\s|$)", re.I)
# "Topic: Release schedule": a scribe's topic line names the agenda item; a log may set it off with
# a rule of dashes or equals signs ("--- Topic: Budget", "== Topic: Budget ==").
_TOPIC_RULE = r"(?:[-=~*]{2,}|[-=~*#>])"
SCRIBE_TOPIC = TriggeredPattern(lazy_compile(rf"^(?:{_TOPIC_RULE}\s*)?{any_of(SCRIBE_TOPIC_MARKERS)}\s*:\s*"
                                             rf"(?P<title>\S.{{0,150}}?)(?:\s*{_TOPIC_RULE})?$", re.I),
                                SCRIBE_TOPIC_MARKERS)
_WORD = lazy_compile(r"[\w'’.-]+")
_NAME_COLUMN = lazy_compile(ATTENDANCE_NAME_COLUMN, re.I)
# "SF: 13", "For: 5", "+1: 4": one column of a poll's tally, a bare count after its label.
_TALLY_WORDS = sorted({w for words in POLL_TALLY_COLUMNS.values() for w in words}, key=len, reverse=True)
TALLY_LINE = lazy_compile(rf"^\W{{0,2}}(?P<label>{'|'.join(re.escape(w) for w in _TALLY_WORDS)})\W{{0,2}}\s*[:=]\s*"
                          r"(?P<count>\d{1,4})\s*\.?$", re.I)
# "Poll: move the proposal to stage 2", "Straw vote: ...": a poll's question, put to the meeting.
POLL_LINE = lazy_compile(rf"^\W{{0,2}}{any_of(POLL_LABELS)}\W{{0,2}}\s*:\s*(?P<text>\S.*)$", re.I)
# Speakers written as initials ("AZ", "DG"): in minutes whose recurring speakers are
# initials, initials that speak once are a speaker too.
_INITIALS = lazy_compile(r"[A-Z]{2,3}")
# "Dana Smith": a capitalised first name and surname.
_FULL_NAME = lazy_compile(r"[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+")


@dataclass(frozen=True)
class Turn:
    """A line's speaker and what they said ("" on a line naming only the speaker)."""

    speaker: str
    text: str


def turn_prefix(text: str) -> Turn | None:
    """The speaker prefix ``text`` opens with, when it is shaped like one (a
    name, initials or a nickname, not a label); whether it is a speaker is
    the document's call (see `find_speakers`)."""
    text = text.strip()
    m = _IRC_TURN.match(text)
    if m:
        return Turn(m["who"].lstrip("@+"), m["text"].strip())
    m = _COLON_TURN.match(text)
    if not m:
        return None
    who = m["who"].strip()
    if _LABEL_PREFIX.match(who) or FIELD_LABELS.match(who) or NOT_TOPICS.match(who.split()[0]) or \
            attendance_label(text) or is_role_line(text) or next_meeting_label(text) is not None:
        return None
    return Turn(who, (m["text"] or "").strip())


def _turn_blocks(blocks: list[Block]) -> list[tuple[Block, Turn]]:
    """The lines opening with a speaker-shaped prefix, outside lists of actions ("Ethan: Fix the
    invite" under "Action items" names an owner, not a speaker)."""
    out: list[tuple[Block, Turn]] = []
    under_actions = False
    for block in blocks:
        if block.kind is BlockKind.HEADING or block.all_bold:
            under_actions = bool(ACTIONS_HEADING.match(block.text.strip()) or PREVIOUS_ACTIONS.search(block.text))
        elif block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and not under_actions and \
                (turn := turn_prefix(block.text)) is not None:
            out.append((block, turn))
    return out


def speech_below(block: Block | None) -> bool:
    """Whether a block under a name alone on its line is what that person said: running text, no turn."""
    return block is not None and block.kind is BlockKind.PARAGRAPH and not block.all_bold and \
        turn_prefix(block.text) is None and block.text.rstrip()[-1:] in ".?!"


def _declared_words(blocks: list[Block]) -> set[str]:
    """The words of the attendance lines and the list items under them: the
    names and initials the minutes declare ("Alice Brown (AB)")."""
    words: set[str] = set()
    in_list = False
    for block in blocks:
        label = attendance_label(block.text) if block.kind is not BlockKind.TABLE else None
        if block.kind is BlockKind.TABLE:
            words.update(_name_column_words(block))
        if label:
            words.update(_WORD.findall(label.rest), _initials(label.rest))
            in_list = True
        elif is_role_line(block.text):
            words.update(_WORD.findall(block.text))  # "Chair: Nora Quill"
        elif in_list and block.kind is BlockKind.LIST_ITEM:
            words.update(_WORD.findall(block.text), _initials(block.text))
        elif in_list and block.kind is BlockKind.PARAGRAPH and not block.text.isupper() and is_name_list(block.text):
            words.update(_WORD.findall(block.text), _initials(block.text))  # "Attendees" over "Ann Lee, Bo Ode"
        else:
            in_list = False
    return words


# A listed person's name: two or three capitalised words ("Ann Lee", "Cy de Park" keeps "Cy" and "Park").
_LISTED_NAME = lazy_compile(r"(?<![\w'’-])([A-Z][a-z'’-]+)(?:\s+(?:[a-z]{1,3}\s+)?([A-Z][a-z'’-]+)){1,2}(?![\w'’-])")
_NAME_SEPARATOR = lazy_compile(r"[,;/()]|\band\b|&")


def _initials(text: str) -> set[str]:
    """The initials of the full names an attendance line lists ("Ann Lee, Bo Ode" gives "AL", "BO"): how
    scribe minutes write their turns ("AL: we need a reviewer") without declaring them."""
    found = set()
    for part in _NAME_SEPARATOR.split(text):
        if (m := _LISTED_NAME.fullmatch(part.strip())) is not None:
            found.add("".join(word[0] for word in m.group(0).split() if word[0].isupper()))
    return found


def declared_name(who: str, declared: frozenset[str] | set[str]) -> bool:
    """Whether every word of ``who`` is one the attendance list declares."""
    words = _WORD.findall(who)
    return bool(words) and all(w in declared for w in words)


def _name_column_words(table: Block) -> set[str]:
    """The words of a table's name column ("| Attendee | Team |"): an attendance list kept as a
    table declares its people as a list line does."""
    if len(table.rows) < 2:
        return set()
    column = next((i for i, cell in enumerate(table.rows[0]) if _NAME_COLUMN.fullmatch(cell.strip())), None)
    if column is None:
        return set()
    return {w for row in table.rows[1:] if column < len(row) for w in _WORD.findall(row[column])}


def _lower_case_words(blocks: list[Block]) -> set[str]:
    """Words the document also writes in lower case: common words, not names."""
    return {w for b in blocks for w in _WORD.findall(b.text) if w.islower()}


@dataclass(frozen=True)
class Dialogue:
    """Who speaks in a document's turns, and the words its attendance list declares."""

    speakers: frozenset[str] = frozenset()
    declared: frozenset[str] = frozenset()

    def names_speaker(self, who: str) -> bool:
        """Whether ``who`` is a speaker or a person the attendance list declares."""
        return bool(self.speakers) and (who in self.speakers or all(w in self.declared for w in who.split()))


def find_dialogue(blocks: list[Block]) -> Dialogue:
    """The document's speakers (see `find_speakers`) and declared words."""
    declared = _declared_words(blocks)
    return Dialogue(find_speakers(blocks, declared), frozenset(declared))


def find_speakers(blocks: list[Block], declared: set[str] | None = None) -> frozenset[str]:
    """The prefixes that name speakers in this document, or none when it is not dialogue.

    A prefix is a speaker when it recurs or is declared in the attendance list;
    once the recurring speakers make the document dialogue, a prefix sharing a
    word with a speaker ("Steve E" beside "Steve") is one too. A capitalised
    prefix the document also writes in lower case ("Update") is a word, not a name.
    """
    turns = _turn_blocks(blocks)
    counts = Counter(turn.speaker for _, turn in turns)
    # Only turns that say something are evidence: "Questions:" over a list, alone, is a label; "Hadley:"
    # alone over a paragraph of what was said (a scribe's line break after the name) speaks.
    after = {id(block): following for block, following in zip(blocks, blocks[1:], strict=False)}
    spoken = Counter(turn.speaker for block, turn in turns if turn.text or speech_below(after.get(id(block))))
    # "Nora Quill: ..." then "Nora: ...": one person, written in full and then shorter.
    word_counts = Counter(w for who, n in spoken.items() for w in who.split() for _ in range(n)
                          if len(w) > 1 and (w[:1].isupper() or who.islower()))
    irc = Counter(turn.speaker for block, turn in turns if _IRC_TURN.match(block.text.strip()))
    if len(irc) >= MIN_DIALOGUE_SPEAKERS and irc.total() >= MIN_DIALOGUE_TURNS:
        return frozenset(irc)  # an IRC log: "<nick>" is never a label
    if len(spoken) < MIN_DIALOGUE_SPEAKERS:
        return frozenset()  # too few speakers to be dialogue, whoever they are: no need to read every word
    declared = _declared_words(blocks) if declared is None else declared
    lower = _lower_case_words(blocks)

    def common(word: str) -> bool:
        return word.lower() in lower or word.lower().removesuffix("s") in lower

    def name_like(who: str) -> bool:
        capitalised = [w for w in who.split() if w[0].isupper()]
        return who.islower() or bool(capitalised) and all(w.isupper() or not common(w) for w in capitalised)

    def is_declared(who: str) -> bool:
        return all(w in declared for w in who.split())

    def recurs(who: str) -> bool:
        return any(word_counts[w] >= MIN_SPEAKER_RECURRENCE for w in who.split())

    speakers = {who for who in spoken if name_like(who) and (recurs(who) or is_declared(who))}
    # speakers recur, or the attendance list declares them (one of them speaking twice or more)
    if not any(recurs(s) for s in speakers) or len(speakers) < MIN_DIALOGUE_SPEAKERS or \
            sum(1 for s in speakers if recurs(s) or is_declared(s)) < MIN_DIALOGUE_SPEAKERS or \
            sum(counts[s] for s in speakers) < MIN_DIALOGUE_TURNS:
        return frozenset()
    known_words = {w for s in speakers for w in s.split()}
    speakers |= {who for who in counts if name_like(who) and any(w in known_words for w in who.split())}
    # a full name ("Ted Hardie"): one bold word ("**Frequency**: weekly") may be a field's label
    bold_once = {who for who in _bold_speaking_once(turns, speakers) if len(who.split()) > 1 and name_like(who)}
    full_once = {who for who in _full_names_speaking_once(turns, speakers) if name_like(who)}
    return frozenset(speakers | _initials_speaking_once(turns, speakers) | bold_once | full_once)


def _full_names_speaking_once(turns: list[tuple[Block, Turn]], speakers: set[str]) -> set[str]:
    """Full names that open a turn once ("Fay Wu: ok by me.") where the document's speakers are
    full names ("Dana Smith", "Eli Park"): a first name and a surname, as the others are written."""
    if sum(1 for s in speakers if _FULL_NAME.fullmatch(s)) < MIN_DIALOGUE_SPEAKERS:
        return set()
    return {turn.speaker for _, turn in turns if turn.text and _FULL_NAME.fullmatch(turn.speaker)}


def _bold_speaking_once(turns: list[tuple[Block, Turn]], speakers: set[str]) -> set[str]:
    """Names in bold that open a turn ("**Ted Hardie**: ...") where the document writes its
    speakers so: the writer marks every speaker alike, whether they spoke once or often."""
    def bold_turn(block: Block, turn: Turn) -> bool:
        return bool(turn.text) and block.lead_bold.strip(" :") == turn.speaker

    if sum(1 for s in speakers if any(t.speaker == s and bold_turn(b, t) for b, t in turns)) < MIN_DIALOGUE_SPEAKERS:
        return set()
    return {turn.speaker for block, turn in turns if bold_turn(block, turn)}


def _initials_speaking_once(turns: list[tuple[Block, Turn]], speakers: set[str]) -> set[str]:
    """Initials that open a turn once ("AZ: what about ...?") where the document's
    speakers are initials: a poll's tally ("SF: 13") and a label are not turns."""
    if sum(1 for s in speakers if _INITIALS.fullmatch(s)) < MIN_DIALOGUE_SPEAKERS:
        return set()
    return {turn.speaker for block, turn in turns if _INITIALS.fullmatch(turn.speaker) and turn.text
            and not TALLY_LINE.match(block.text.strip()) and not NOT_TOPICS.match(turn.speaker)}


def poll_line(text: str) -> bool:
    """Whether a line puts a poll ("Poll: X") or gives a tally column ("SF: 13"): a
    point of the item being polled, never a section of its own."""
    text = text.strip()
    return bool(TALLY_LINE.match(text) or POLL_LINE.match(text))


def speaker_turn(text: str, speakers: frozenset[str]) -> Turn | None:
    """The turn ``text`` records, when its prefix is one of the document's speakers."""
    if not speakers:
        return None
    turn = turn_prefix(text)
    return turn if turn is not None and turn.speaker in speakers else None


# "<ann> none in the tracker": a chat log's message as the chat-log pass writes it (no stamp, the nick first).
_WRITTEN_TURN = lazy_compile(r"^<[^<>\s]{1,30}>\s")


def written_chat_turn(text: str) -> bool:
    """Whether ``text`` is a chat log's message as the minutes' text keeps it ("<ann> none in the tracker"):
    who spoke first under a "#topic" the chair set, not who presents the item."""
    return bool(_WRITTEN_TURN.match(text))
