"""User names listed one a line under an attendance label ("- alice", "- bobm"): chat and code-host
minutes list who came by handle, in lower case, which no test of a person's name accepts."""

from __future__ import annotations

from notes_extract.document import BlockKind
from notes_extract.people_lists import all_handles, is_handle
from notes_extract.segment.labels import is_name_list
from notes_extract.segment.state import Step


def handle_list_item(step: Step) -> bool:
    """Whether the block is a list item holding one user name, with a list item beside it (above or
    below) that holds one too: a list of handles, not a list of words."""
    block = step.block
    if block.kind is not BlockKind.LIST_ITEM:
        return False
    neighbours = [b for b in (step.previous, step.following)
                  if b is not None and b.kind is BlockKind.LIST_ITEM and b.level == block.level]
    # "- ann (notes)" beside "- Bo": a user name among names
    return any(all_handles([block.text, other.text]) or is_handle(block.text) and is_name_list(other.text, in_list=True)
               for other in neighbours)

