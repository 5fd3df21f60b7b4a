"""Minutes that write their items as captioned paragraphs in more than one shape.

"Treasurer's report – Accounts stand at ...", "Matters from last minutes: no more issues ...",
"Chairman's response to the lottery suggestion: We were advised ...": each paragraph opens with its
item's caption and runs on, but one caption is Title Case before a colon, one sentence case, one before
a dash. The segmenter trusts each shape once the document writes it several times (three "Label: text"
paragraphs make "Label: text" an item); a document mixing the shapes reaches that count in none of
them, and its items are lost. Here the shapes are counted together: several captioned paragraphs, none
of them a field label, make the document one written in captioned paragraphs, whatever the shape of
each caption. Only where no one shape is trusted already: where one is, a caption in another shape
is a part of an item ("April added: ..." under "Treasurer's Report: ...").
"""

from __future__ import annotations

from notes_extract.document import Block
from notes_extract.segment.headings import dash_topic, inline_topic, sentence_case_topic
from notes_extract.segment.topic_fields import MIN_INLINE_TOPICS, is_field_label


def writes_mixed_topics(blocks: list[Block], fields: frozenset[str], *, trusted: bool) -> bool:
    """Whether the minutes write their items as captioned paragraphs of mixed shapes (see above);
    ``trusted``: the segmenter trusts one shape already."""
    if trusted:
        return False
    found = 0
    for block in blocks:
        topic = inline_topic(block) or dash_topic(block) or sentence_case_topic(block)
        if topic is not None and not is_field_label(topic[0], fields):
            found += 1
    return found >= MIN_INLINE_TOPICS
