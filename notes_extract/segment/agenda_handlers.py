"""The handlers of an agenda listed in the minutes, mixed into the segmenter: the "Agenda:" label over the
list or paragraphs of the meeting's items, and those items, which are all written alike."""

from __future__ import annotations

from notes_extract.document import BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.outline import AGENDA_LABEL, AGENDA_MINUTE, agenda_item_title
from notes_extract.segment.parts import Segments
from notes_extract.segment.state import Context, PassState, Step

# "1. Versioned docs", "a) Budget": an item number typed before its title.
_TYPED_NUMBER = lazy_compile(r"^\s*(?:\d{1,3}|[a-z])[.)]\s")
# An agenda item is a title: longer lines are the minutes' text.
MAX_AGENDA_ITEM_WORDS = 20


class AgendaHandlers:
    """Handlers mixed into the segmenter; they use its state and segments."""

    state: PassState
    seg: Segments
    bold_heading_lines: frozenset[int]  # provided by the segmenter
    noted_agendas: set[int]  # provided by the segmenter

    def on_agenda_label(self, step: Step) -> bool:
        """"Agenda:" over a list or paragraphs: its items follow, written like the next block."""
        following = step.following
        if not AGENDA_LABEL.fullmatch(step.text.strip()) or following is None or \
                following.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH) or \
                id(step.block) in self.noted_agendas or id(following) in self.bold_heading_lines or \
                following.kind is BlockKind.PARAGRAPH and AGENDA_MINUTE.match(following.text.strip()):
            return False  # (a bold line over text, where bold lines are the headings, is the first item's)
        self.state.context, self.state.context_level = Context.AGENDA, following.level - 1
        self.state.agenda_kind = following.kind
        self.state.agenda_shape = None
        return True

    def on_agenda_item(self, step: Step) -> bool:
        """The agenda's items are all written alike."""
        state = self.state
        if state.context is not Context.AGENDA or step.block.kind is not state.agenda_kind:
            return False
        title = agenda_item_title(step.text)
        if len(title.split()) > MAX_AGENDA_ITEM_WORDS:
            return False
        if title.casefold() in (listed.casefold() for listed in self.seg.agenda):
            state.context = Context.NONE  # an agenda lists an item once: its first item again opens the minutes
            return False
        if step.block.kind is BlockKind.PARAGRAPH:
            # "1. Versioned docs" typed in paragraphs, then a bold "Discussion": written otherwise, the agenda is over
            shape = (bool(_TYPED_NUMBER.match(step.text)), step.block.all_bold)
            if state.agenda_shape is None:
                state.agenda_shape = shape
            elif shape != state.agenda_shape:
                state.context = Context.NONE
                return False
        self.seg.agenda.append(title)
        self.seg.agenda_levels.append(step.block.level)
        self.seg.agenda_listed = self.seg.agenda_listed and step.block.kind is BlockKind.LIST_ITEM
        return True
