"""A bulleted name set in bold under an attendance label ("Participants (voting members in bold):" over
"* **Ann Lee (AL)**", "* Bo Ode"): the bold marks the person's standing, not a heading. Only a bullet
(no number) whose text is one person's name, with initials or a remark in brackets at most, reads so, and
only where the list goes on with a name not set wholly in bold: bold bullets after the names ("* **Old
Business**", "* **Action Items**" then "* **New Business**") are the items' headings. A list set wholly in
bold reads so too where it starts right under the label ("Apologies:" over "- **Ed Fry**"), each bullet one
name and none ending in a grouping word ("**Old Business**")."""

from __future__ import annotations

import re

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.labels import is_name_list
from notes_extract.vocab.sections import GROUPING_WORDS

# "(AL)", "(by proxy to Bo)": a remark in brackets after the name.
_BRACKETED = lazy_compile(r"\s*\([^()]{1,40}\)\s*$")
# At most this many words make one person's name.
NAME_MAX_WORDS = 4


def bold_name_item(block: Block, following: Block | None) -> bool:
    """Whether an all-bold block is a bullet giving one person's name, the list going on with a name
    not wholly in bold at the same level."""
    if block.kind is not BlockKind.LIST_ITEM or block.label or following is None or \
            following.kind is not BlockKind.LIST_ITEM or following.level != block.level or following.all_bold:
        return False
    return _one_name(block.text) and _one_name(following.text)


def _one_name(text: str) -> bool:
    name = _BRACKETED.sub("", text).strip()
    return bool(name) and len(name.split()) <= NAME_MAX_WORDS and "," not in name and \
        not re.search(r"[:;.!?]$", name) and is_name_list(name)


def bold_name_run_item(block: Block, previous: Block | None, under_label: bool, previous_taken: bool) -> bool:
    """Whether an all-bold bullet is a name of a list set wholly in bold: "- **Ed Fry**" right under
    "Apologies:", or after such a bullet already read as a name at the same level."""
    if block.kind is not BlockKind.LIST_ITEM or block.label or not _one_name(block.text):
        return False
    if block.text.split()[-1].lower().strip("*") in GROUPING_WORDS:
        return False  # "- **New Business**": an item's heading
    return under_label or previous_taken and previous is not None and previous.all_bold and \
        previous.kind is BlockKind.LIST_ITEM and previous.level == block.level
