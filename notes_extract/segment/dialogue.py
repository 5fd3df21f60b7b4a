"""The segmenter's handlers for dialogue and scribe minutes: a speaker's turn
is a point of the open section, never a heading; "Topic: X" and
"Topic - Speaker" lines open items.
"""

from __future__ import annotations

import re

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import attendance_label
from notes_extract.segment.parts import SectionSpan, Segments
from notes_extract.segment.state import Context, PassState, Step
from notes_extract.segment.turns import SCRIBE_TOPIC, Dialogue, Turn, poll_line, turn_prefix
from notes_extract.vocab.decisions import MOTION_TURN

# "Private Click Measurement - Ann Lee": a topic line that names who leads it.
_TOPIC_DASH_SPEAKER = lazy_compile(r"^(?P<title>\S.{2,150}?)\s+[-–—]\s+(?P<who>[A-Z][\w'’.-]*(?:\s+[\w'’.-]+){0,3})$")
_NO_TURN = Turn("", "")
_MOTION_TURN = lazy_compile(MOTION_TURN, re.I)
# A speaker's prefix is a name or initials, a few words at most.
MAX_MOTION_SPEAKER_WORDS = 3
MAX_SPEAKER_HEADING_WORDS = 4
# A heading naming an attendee, with no turns to go by, gives a full name: a first name and a surname.
MIN_ATTENDEE_HEADING_WORDS = 2


class DialogueHandlers:
    """Handlers mixed into the segmenter; they use its state, segments and dialogue."""

    state: PassState
    seg: Segments
    dialogue: Dialogue
    person_headings: frozenset[int] = frozenset()  # see `person_heading_runs`

    def open_section(self, span: SectionSpan) -> None:  # provided by the segmenter
        raise NotImplementedError

    def on_speaker_turn(self, step: Step) -> bool:
        """"AB: text", "<nick> text", "John Smith:" in dialogue minutes: a point of
        the open section, never a heading or a section of its own."""
        state, block = self.state, step.block
        turn = turn_prefix(step.text) if self.dialogue.speakers and not step.is_table and \
            block.kind is not BlockKind.HEADING else None
        if turn is None or turn.speaker not in self.dialogue.speakers or \
                state.context in (Context.ACTIONS, Context.NEXT_MEETING):
            return False
        self.seg.turns += 1
        state.context, state.topic_line = Context.NONE, None
        state.seen_structure = True
        if state.current is not None:
            state.current.blocks.append(block)
        else:
            self.seg.loose_blocks.append(block)
        return True

    def on_motion_turn(self, step: Step) -> bool:
        """"Ann: Move to adjourn." then "Bo: Seconded." inside an item: steps of a motion,
        points of the open section, not items named after the speakers."""
        state, block = self.state, step.block
        if state.current is None or block.kind is not BlockKind.PARAGRAPH or step.is_table:
            return False
        turn = turn_prefix(step.text)
        if turn is None or len(turn.speaker.split()) > MAX_MOTION_SPEAKER_WORDS or \
                not _MOTION_TURN.match(turn.text):
            return False
        state.current.blocks.append(block)
        return True

    def on_poll_line(self, step: Step) -> bool:
        """"Poll: move X to stage 2" and its tally lines ("SF: 13", "For: 5") inside an
        item: points of that item, where the decisions extractor reads the vote."""
        state = self.state
        if state.current is None or step.is_table or step.block.kind is BlockKind.HEADING or \
                state.context in (Context.ACTIONS, Context.NEXT_MEETING) or not poll_line(step.text):
            return False
        state.context, state.topic_line = Context.NONE, None
        state.current.blocks.append(step.block)
        return True

    def on_speaker_heading(self, step: Step) -> bool:
        """"### Ann Lee" or a bold "Ann Lee:" over what she said, in dialogue minutes: her turn,
        a part of the open section, not a section of its own."""
        block = step.block
        who = block.text.strip().rstrip(":").strip()
        if not (block.kind is BlockKind.HEADING or block.all_bold) or len(who.split()) > MAX_SPEAKER_HEADING_WORDS:
            return False
        # ("### Ann" and "### Bo" with no item open: the people's own updates, no item of the minutes)
        if not (self.dialogue.speakers and self.dialogue.names_speaker(who) or self._attendee_under_topic(block, who)
                or self.state.current is None and id(block) in self.person_headings
                and self.state.context is not Context.ACTIONS):  # ("### Ann" over her tasks: their owner)
            return False
        if self.state.current is not None:
            self.state.current.blocks.append(block)
        else:
            self.seg.loose_blocks.append(block)
        return True

    def _attendee_under_topic(self, block: Block, who: str) -> bool:
        """"### Piet Jansen" under "## Kubernetes upgrade": a heading one level down naming only an
        attendee (every word of a full name the attendance list declares) heads what they said."""
        current = self.state.current
        if block.kind is BlockKind.PARAGRAPH and id(block) in self.person_headings:
            # "**Ann**" then "**Bo**" in bold under "## Updates": headings below it, each a person's turn
            return current is not None and current.heading.kind is BlockKind.HEADING
        if not (block.kind is BlockKind.HEADING and current is not None and current.heading.kind is BlockKind.HEADING
                and block.level > current.level and all(w in self.dialogue.declared for w in who.split())):
            return False
        # "### Bo" after "### Ann" under the same topic: a first name alone, where a sibling heading names one too
        return len(who.split()) >= MIN_ATTENDEE_HEADING_WORDS or id(block) in self.person_headings or any(
            b.kind is BlockKind.HEADING and b.level == block.level and
            all(w in self.dialogue.declared for w in b.text.strip().rstrip(":").split()) for b in current.blocks)

    def on_scribe_topic(self, step: Step) -> bool:
        """"Topic: Release schedule" in scribe minutes opens the item it names."""
        m = SCRIBE_TOPIC.match(step.text.strip()) if not step.is_table else None
        if m is None:
            return False
        title = m["title"].strip()
        # "## Topic: Flaky tests" keeps its heading level: the "### Ann Lee" turns under it are its parts
        level = step.block.level if step.block.kind is BlockKind.HEADING else 99
        self.open_section(SectionSpan(step.block, title, title, level=level))
        self.state.context = Context.NONE
        self.state.seen_structure = True
        return True

    def on_dialogue_topic(self, step: Step) -> bool:
        """"Private Click Measurement - Ann Lee" in dialogue minutes: a topic line
        naming a speaker or attendee opens an item, even where it would read as a title line."""
        if not self.dialogue.speakers or step.block.kind is not BlockKind.PARAGRAPH:
            return False  # (no speaker to name)
        m = _TOPIC_DASH_SPEAKER.match(step.text.strip())
        if m is None or not self.dialogue.names_speaker(m["who"]):
            return False
        span = SectionSpan(step.block, step.text, m["title"], level=99, presenter_hint=m["who"])
        self.open_section(span)
        self.state.context, self.state.topic_line = Context.NONE, span
        self.state.seen_structure = True
        return True

    def on_topic_subtitle(self, step: Step) -> bool:
        """A plain line between a dialogue's topic line and its first turn is the topic's subtitle."""
        topic, following = self.state.topic_line, step.following
        if topic is None or self.state.current is not topic or topic.blocks or \
                step.block.kind is not BlockKind.PARAGRAPH or following is None or \
                not self.dialogue.speakers.intersection([(turn_prefix(following.text) or _NO_TURN).speaker]):
            return False
        topic.blocks.append(step.block)
        return True


_WORDS = lazy_compile(r"[^\W\d_][\w'’-]*")


def person_heading_runs(blocks: list[Block], declared: frozenset[str]) -> frozenset[int]:
    """The ``id`` of each heading naming only an attendee ("### Ann", "### Bo") that has a sibling
    heading naming one too: "## Updates" over one such heading per person, each their turn."""
    def names_attendee(block: Block) -> bool:
        who = block.text.strip().rstrip(":").strip()
        return 0 < len(who.split()) <= MAX_SPEAKER_HEADING_WORDS and all(w in declared for w in who.split())

    found: set[int] = set()
    # "**Ann**" then "**Bo**", lines set in bold, each over that person's points: one after the other too,
    # each naming one of those an attendance line lists ("Attendees: Ann Lee, Bo Ode")
    listed = {w for b in blocks if (label := attendance_label(b.text)) for w in _WORDS.findall(label.rest)}

    def names_listed(block: Block) -> bool:
        who = block.text.strip().rstrip(":").split()
        return 0 < len(who) <= MAX_SPEAKER_HEADING_WORDS and all(w in listed for w in who)

    bold = [b for b in blocks if b.kind is BlockKind.HEADING or b.kind is BlockKind.PARAGRAPH and b.all_bold]
    found.update(id(b) for a, b2 in zip(bold, bold[1:], strict=False) if a.kind is b2.kind is BlockKind.PARAGRAPH
                 and names_listed(a) and names_listed(b2) for b in (a, b2))
    headings = [b for b in blocks if b.kind is BlockKind.HEADING]
    for i, heading in enumerate(headings):
        if not names_attendee(heading):
            continue
        for sibling in headings[i + 1:]:
            if sibling.level < heading.level:
                break
            if sibling.level == heading.level:
                if names_attendee(sibling):
                    found.update((id(heading), id(sibling)))
                break
    return frozenset(found)
