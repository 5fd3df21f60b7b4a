"""Whether a heading-like block opens a new part where the segmenter stands.

`is_heading_like` judges a block alone; this adds what the pass knows: the item being read,
the list the block may end, the labels the document writes its fields with. The segmenter asks
once per block (`_Segmenter.heading_like`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from notes_extract.chat_lines import stamped_turn
from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.bold_headings import bold_line, long_bold_heading
from notes_extract.segment.checkbox_choices import form_choice_or_field
from notes_extract.segment.dated_action_titles import dated_action_title
from notes_extract.segment.headings import (
    NUMBERED,
    STANDARD_ITEMS,
    is_heading_like,
    is_label_heading,
    labels_bullets,
    numbered_run,
    plain_list_label,
    prose_label,
)
from notes_extract.segment.labels import ACTION_LINE, FIELD_LABELS, NOT_TOPICS, NOTES_LABEL
from notes_extract.segment.marked_headings import unmarked_line
from notes_extract.segment.owner_lines import owner_task_line
from notes_extract.segment.record_labels import labels_a_record
from notes_extract.segment.state import Context, Step
from notes_extract.vocab.sections import NOTES_CONTAINER_HEADINGS, THANKS_SENTENCE

# "Discussion", "Meeting notes": a heading that holds the minutes' items.
_NOTES_CONTAINER = lazy_compile(rf"^{NOTES_CONTAINER_HEADINGS}\s*:?\s*$", re.I)
# "Thank you Ann for the opening prayer" on a line of its own: the minutes' words, no item.
_THANKS = lazy_compile(rf"\W*{THANKS_SENTENCE}", re.I)

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter


def _container_above_item(block: Block, item_heading: Block) -> bool:
    """Whether a notes container heading stands at or above the open item's own level ("## Discussion"
    after "### Carol" or after "## Updates").

    A field label of an item ("#### Discussion" under "### Budget") sits below the item's level;
    "Discussion" or "Notes" at its level or above closes the item and holds the items that follow.
    ("## Decisions Made" above the items is still the minutes' summary of them, no item.)"""
    return block.kind is BlockKind.HEADING and item_heading.kind is BlockKind.HEADING and \
        block.level <= item_heading.level and bool(_NOTES_CONTAINER.match(block.text.strip(" #*_")))


def reads_as_heading(segmenter: _Segmenter, step: Step) -> bool:
    """A heading-like block, unless a field label, the end of a numbered list or a label's content."""
    block, text, current = step.block, step.text, segmenter.state.current
    if id(block) in segmenter.sibling_titles:
        return True  # "Re: Hall hire" among other such lines, each over its item's text
    # "Public Comments:" over paragraphs is an item, unless the items are bold ("Related suggestions:" is
    # a part of one) or the label sorts the tasks of a to-do list ("BACK END:")
    if not is_heading_like(block, step.following) and not (
            segmenter.prose_labels and not segmenter.bold_items and segmenter.state.context is not Context.ACTIONS
            and prose_label(block, step.following)) and \
            not (segmenter.bold_headings and long_bold_heading(block, step.following)):
        return False
    if block.kind is BlockKind.PARAGRAPH and not block.all_bold and _THANKS.match(text):
        return False  # "Thanks to all who helped at the show" over the next item's text: a sentence
    if form_choice_or_field(block, step.following):
        return False  # "Result:" over "[X] PASSED" and "[ ] FAILED": a form's field and its choices
    if segmenter.marked_headings and unmarked_line(block, step.following) or \
            stamped_turn(block, step.previous, step.following):
        return False  # a plain line among text under marked headings; a line of a pasted chat log
    # where items are "Label: text" paragraphs, "Old Business:" over its bullets is the next one
    in_labelled_paragraph = segmenter.inline_topics and current is not None and \
        current.heading.kind is BlockKind.PARAGRAPH and labels_bullets(block, step.following)
    # "New Business:" names a standing item of an agenda: never a part of the item above it
    in_labelled_paragraph = in_labelled_paragraph or bool(STANDARD_ITEMS.match(text))
    if current is not None and plain_list_label(block, step.following) and \
            not plain_list_label(current.heading) and not in_labelled_paragraph:
        return False  # "Conditions of note:" inside an item with a heading of its own: a part of it
    if FIELD_LABELS.match(text) and (current is not None and not _container_above_item(block, current.heading)
                                     or block.kind is not BlockKind.HEADING
                                     and not block.all_bold and NOTES_LABEL.match(text)):
        # a part of the item above ("Discussion:"), or the field of the meeting's notes ("Notes:");
        # with no item open, "Updates" is one, and so is a heading ("### Summary", "**Notes:**")
        return False
    if current is not None and labels_a_record(text, current.blocks):
        return False  # "### Decision 1:" over what was decided: a part of the item above
    if segmenter.state.context is Context.ACTIONS and (block.kind is BlockKind.LIST_ITEM and not block.all_bold
                                                  or segmenter.state.owner_line_of_list(block, step.following)):
        return False  # the next item of an action list, however short, or the owner ("**Ann**") of the next
    if block.kind is BlockKind.PARAGRAPH and not block.all_bold and (field := _DASHED_FIELD.match(text)) and \
            NOT_TOPICS.match(field["label"]):
        return False  # "Time - 5:07 PM", "Venue – the church hall": a field of the meeting set off by a dash
    if block.kind is BlockKind.PARAGRAPH and not block.all_bold and ACTION_LINE.match(text) and \
            not dated_action_title(text):  # ("Action Items - 2/22/2021" titles a log's entry)
        return False  # "ACTION - Bo", "Action – write to the council": an action's mark, set off by a dash
    if segmenter.state.context is Context.ACTIONS and owner_task_line(block):
        return False  # "Ann to ring the water board" on a line of its own under "Actions:": the next task
    above = step.previous
    if segmenter.state.context is Context.ACTIONS and block.kind is BlockKind.PARAGRAPH and not block.all_bold and \
            above is not None and segmenter.seg.action_lines[-1:] == [above] and above.text.endswith(":"):
        return False  # "Split the script" under "BACK END:" in a to-do list: the label's first task
    if block.kind is BlockKind.PARAGRAPH and step.previous is not None and NUMBERED.match(text) and \
            numbered_run(step.previous, block):
        return False  # the last line of a numbered list ("7. Joan Davies, Yachats")
    if segmenter.prose_labels and current is not None and current.heading.text.rstrip().endswith(":") and \
            _plain_line_among_labels(block, text):
        return False  # "Chairman's report:" then "Summary of the report given as slides": the item's text
    if _in_initialled_names(block, step.previous, step.following):
        return False  # "V. Ng" among "L. Niu", "K. Quinn": a person of a list of names, not item V
    if labels_bullets(block, step.following) and current is not None and current.blocks and \
            not is_label_heading(current.heading_text) and not in_labelled_paragraph:
        return False  # "Youth Forum:" over bullets, among the reports of an item: a part of it
    # A heading written under a "Discussion:" label in the same style is that label's content (bold
    # lines, where they are the document's headings, are one style: they have no levels).
    above = current.blocks[-1] if current is not None and current.blocks else None
    return not (above is not None and FIELD_LABELS.match(above.text) and (
        block.kind is BlockKind.HEADING and above.kind is BlockKind.HEADING and block.level >= above.level
        or segmenter.bold_headings and bold_line(block) and bold_line(above)))


# "Time - 5:07 PM": a label of a word or two, a spaced dash, its value.
# (a value of a few words, no sentence: "Website - Ann reported the new site is live." is an item's text)
_DASHED_FIELD = lazy_compile(r"^(?P<label>[A-Za-z]+(?:\s[A-Za-z]+)?)\s+[-–—]\s+\S+(?:\s+\S+){0,5}$(?<![.!?])")


def _plain_line_among_labels(block: Block, text: str) -> bool:
    """Whether a plain line is the text of an item titled "Label:" on a line of its own, where the document so
    titles its items: no colon, no number, no emphasis or capitals, no standing item's name ("Any other business")."""
    return block.kind is BlockKind.PARAGRAPH and not block.all_bold and not text.rstrip().endswith(":") and \
        not text.isupper() and not NUMBERED.match(text) and not STANDARD_ITEMS.match(text)


# "L. Niu", "M. Gallant, Chair": a person by initial and surname, alone on a line.
_INITIAL_AND_SURNAME = lazy_compile(r"^[A-Z]\.\s+[A-Z][\w'’-]+(?:,[^.]*)?$")


def _in_initialled_names(block: Block, previous: Block | None, following: Block | None) -> bool:
    """Whether a line such as "V. Ng" (item V, or a person?) sits among lines that list people so."""
    def name_line(b: Block | None) -> bool:
        return b is not None and b.kind is BlockKind.PARAGRAPH and bool(_INITIAL_AND_SURNAME.match(b.text.strip()))
    return name_line(block) and (name_line(previous) or name_line(following))
