"""The handlers of action lists, mixed into the segmenter: the heading or label that opens a list of
actions ("Actions", "Next steps:", "**Action items**"), the lines read as its actions, and where the
list ends."""

from __future__ import annotations

import re

from notes_extract.document import BlockKind, more_words_than
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import (
    ACTION_LINE,
    ACTIONS_HEADING,
    DECISION_LABELS,
    DECISION_LINE,
    PREVIOUS_ACTIONS,
    REVIEW_WORDS,
    TODO_LINE,
    is_name_list,
    keeps_todo_list,
    records_motion,
)
from notes_extract.segment.owned_paragraphs import ends_owned_paragraphs
from notes_extract.segment.owner_lines import owner_task_line
from notes_extract.segment.parts import Segments
from notes_extract.segment.state import Context, PassState, Step
from notes_extract.segment.status_groups import heads_nested_tasks
from notes_extract.segment.sub_actions import (
    NEXT_MEETING_TODO,
    add_action_line,
    next_item_after_actions,
    sub_heading_section,
)
from notes_extract.segment.template_notes import without_template_note
from notes_extract.segment.todo_fields import meeting_field
from notes_extract.vocab.sections import NOTES_CONTAINER_HEADINGS

# "7. DISCUSSION/ACTION ITEMS:", "Action and Discussion Items": a US board's agenda part, the matters it
# discusses and acts on (votes), not a list of tasks.
_AGENDA_ACTION_ITEMS = lazy_compile(r"\bdiscussion\s*(?:/|and|&)\s*action\s+items?\b"
                                    r"|\baction\s*(?:/|and|&)\s*discussion\s+items?\b", re.I)
# A line that is only a label ("Questions:", "Completed tasks:").
_LABEL_ONLY = lazy_compile(r"^\W*\w[\w'’ -]{0,40}:\s*$")
# "Notes", "Meeting notes": the heading over the meeting's notes, alone on its line.
_NOTES_ALONE = lazy_compile(rf"^\W*{NOTES_CONTAINER_HEADINGS}\W*$", re.I)


class ActionListHandlers:
    """Handlers mixed into the segmenter; they use its state and segments."""

    state: PassState
    seg: Segments
    bold_heading_lines: frozenset[int]  # provided by the segmenter

    def heading_like(self, step: Step) -> bool:  # provided by the segmenter
        raise NotImplementedError

    def on_actions_end(self, step: Step) -> bool:
        """An action list ends at an item no deeper than its own label ("3. Compare ..." after
        "2. Next step:" and its sub-items) and at another label ("Questions:"). Takes no block."""
        state, block = self.state, step.block
        if state.context is not Context.ACTIONS:
            return False
        outside = block.kind is BlockKind.LIST_ITEM and block.level <= state.context_level or \
            next_item_after_actions(state.actions_item, block, (self.seg.action_lines or [None])[-1])
        # ("Notes" alone on its line after the tasks, where the template writes its labels without colons)
        other_label = block.kind is BlockKind.PARAGRAPH and bool(_LABEL_ONLY.match(step.text) or
                                                                _NOTES_ALONE.match(step.text)) and \
            not keeps_todo_list(step.text) and not is_name_list(step.text.rstrip(": ")) and \
            not state.owner_line_of_list(block, step.following)
        # where bold lines are the document's headings, "**Overview**" after the tasks is the next item
        # ("**Assigned**", a group of the tasks, and an owner over hers go on)
        next_heading = id(block) in self.bold_heading_lines and not ACTIONS_HEADING.match(step.unnumbered) and \
            not state.owner_line_of_list(block, step.following)
        # "Prayer and blessing at end of meeting." after "Ann: To book the hall." lines: the minutes again
        heading = state.actions_item
        listed = [line for line in self.seg.action_lines if heading is None or line.index > heading.index]
        if outside or other_label or next_heading or ends_owned_paragraphs(listed, block):
            state.context = Context.NONE
        return False

    def on_actions_heading(self, step: Step) -> bool:
        """"Actions" or a to-do heading ("Next steps") opens the list of actions; "Previous actions" is a
        section. A to-do label that is a list item ("2. Next step:") opens a list of its sub-items in its section."""
        block, text = step.block, step.text
        # ("* **Action items**" in bold over its nested tasks is one too, in notes kept as one outline)
        label_item = block.kind is BlockKind.LIST_ITEM and (text.rstrip().endswith(":") or block.all_bold and
                                                            step.following is not None and
                                                            step.following.level > block.level)
        # ("Follow-up items, including agreed-on roles and responsibilities:": a short heading and a template's note)
        short_line = block.kind is BlockKind.PARAGRAPH and not more_words_than(without_template_note(text), 5)
        if not (self.heading_like(step) or short_line or label_item) or not ACTIONS_HEADING.match(step.unnumbered) \
                or REVIEW_WORDS.search(text) or DECISION_LABELS.match(step.unnumbered) or \
                step.following is not None and records_motion(step.following.text) or \
                _AGENDA_ACTION_ITEMS.search(step.unnumbered):  # "ACTION ITEMS" over motions
            return False  # "Decisions and actions": its items are decisions
        self._open_actions(step, label_item)
        return True

    def _open_actions(self, step: Step, label_item: bool = False) -> None:
        """The blocks below are the list of actions the step's block heads."""
        state, block = self.state, step.block
        state.context = Context.ACTIONS
        state.context_level = block.level if label_item else -1
        state.action_item_level = None
        state.owner_group = state.owner_paragraphs = state.tasks_taken = False
        state.actions_heading_level = block.level if block.kind is BlockKind.HEADING else None
        text = step.text
        state.previous_actions = bool(PREVIOUS_ACTIONS.search(text))
        state.actions_due = text if NEXT_MEETING_TODO.search(text) else None
        # "**Actions:**" over bullets inside an item: the tasks were raised in that item
        in_item = block.kind is BlockKind.PARAGRAPH and text.rstrip().endswith(":") and state.current is not None \
            and step.following is not None and \
            (step.following.kind is BlockKind.LIST_ITEM or owner_task_line(step.following))  # "Ann to ring ..."
        state.actions_section = state.current.heading_text if in_item and state.current else \
            sub_heading_section(state.current, block)
        # the numbered item that holds the label ("1. Water supply" over "Actions:") or is it ("2. Actions")
        state.actions_item = state.current.heading if in_item and state.current else block
        if not label_item and not in_item:
            state.current = None
        state.seen_structure = True

    def on_todo_line(self, step: Step) -> bool:
        """"Next steps: send the draft to the board": a to-do label and its one action."""
        if step.block.kind is not BlockKind.PARAGRAPH or not TODO_LINE.match(step.text):
            return False
        # inside an item ("== Backlog ==" then "Action item: ..."), the task was raised in that item
        current = self.state.current
        add_action_line(self.seg, step.block, current.heading_text if current is not None else None)
        return True

    def on_action_line(self, step: Step) -> bool:
        """A line under an "Actions" or to-do heading, outside any table. Only the list's top level holds
        actions: sub-items, and plain lines between its items, are details, unless labelled ("Action: ...")."""
        state, block = self.state, step.block
        if state.context is not Context.ACTIONS or DECISION_LINE.match(step.text):
            return False  # "Decision: ..." under a to-do heading is the decision, not a task
        if meeting_field(step.text):  # "## Next Week" over "- Time: 10 June, 6pm": the next meeting's
            self.seg.next_meeting.append(block)
            return True
        labelled = bool(ACTION_LINE.match(step.text) or TODO_LINE.match(step.text))
        if block.kind is BlockKind.LIST_ITEM:
            if state.action_item_level is None:
                state.action_item_level = block.level
            if block.level == state.action_item_level:
                state.owner_group = heads_nested_tasks(block, step.following)
            # "MartinO:" over its tasks: the items one level below an owner line are the actions
            owned = state.owner_group and block.level == state.action_item_level + 1
            if block.level > state.action_item_level and not labelled and not owned:
                return False
        elif state.action_item_level is not None and not labelled and \
                not state.owner_line_of_list(block, step.following):
            return False
        add_action_line(self.seg, block, state.actions_section, state.actions_due)
        state.tasks_taken = state.tasks_taken or not state.owner_paragraphs
        return True
