"""Lines of a code block ("```" fences in Markdown): a sample, a config or a quoted chat excerpt
shown inside an item. They are text of the item they sit in, never a heading, label or item of
their own ("Options Bag", "<ann> Summary" in a fence open nothing).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from notes_extract.segment.state import Step

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter


def on_code_line(segmenter: _Segmenter, step: Step) -> bool:
    """A code block's line: a part of the open item, or loose text before the first."""
    if not step.block.code:
        return False
    if segmenter.state.current is not None:
        segmenter.state.current.blocks.append(step.block)
    else:
        segmenter.seg.loose_blocks.append(step.block)
    return True
