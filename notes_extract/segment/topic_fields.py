"""Labels of "Label: text" paragraphs that are fields of sub-items, not the titles of items.

A label an item's paragraph opens with names that item once. A label the document writes again and
again ("Applicant: ..." under every planning application, "Reason: ..." under every refusal) is a field
each sub-item fills in; labels numbered out of sequence ("Tree 565: ...", "Tree 571: ...", "Page 1816:
...") refer to numbered things elsewhere (trees in a survey, pages of earlier minutes). The document's
own numbering of its items ("Item 1:", "Item 2:") counts up by one, and those stay items.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from notes_extract.document import Block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.headings import (
    MIN_SENTENCE_CASE_TOPICS,
    TITLE_COLON_TEXT,
    inline_topic,
    sentence_case_topic,
)
from notes_extract.vocab.sections import ITEM_NUMBER_WORDS

# "Finance: text" paragraphs such minutes write at least (not counting fields of sub-items).
MIN_INLINE_TOPICS = 3
# "Tree 565", "Condition 2": a word and a number.
_NUMBERED_LABEL = lazy_compile(r"^(?P<word>[^\W\d][\w'’ ]*?)\s+(?P<number>\d{1,5})$")
# A plural's ending ("Applicants" is the same field as "Applicant").
_PLURAL = lazy_compile(r"(?<=\w)s$", re.I)


def _key(label: str) -> str:
    return _PLURAL.sub("", " ".join(label.casefold().split()))


class ParagraphLabels:
    """Each block's "Title Case Label: text" reading (`inline_topic`) and "Sentence case label: text"
    reading (`sentence_case_topic`), in document order and by id() of the block: read once for the
    passes that count them and the handler that opens their items."""

    def __init__(self, blocks: list[Block]) -> None:
        self.inline_read = [inline_topic(block) for block in blocks]
        self.sentence_case_read = [sentence_case_topic(block) for block in blocks]
        # by id() of the block, for the handler
        self.inline = {id(b): topic for b, topic in zip(blocks, self.inline_read, strict=True) if topic}
        self.sentence_case = {id(b): topic for b, topic in zip(blocks, self.sentence_case_read, strict=True) if topic}

    def writes_sentence_case(self) -> bool:
        """Whether the document opens several paragraphs with a sentence-case label."""
        return sum(1 for topic in self.sentence_case_read if topic) >= MIN_SENTENCE_CASE_TOPICS


def field_labels(labels_read: ParagraphLabels) -> frozenset[str]:
    """The keys of the paragraph labels of a document that are fields, not items."""
    labels = [topic[0] for topic in labels_read.inline_read if topic]
    counts = Counter(_key(label) for label in labels)
    fields = {key for key, count in counts.items() if count > 1}
    numbered: defaultdict[str, list[tuple[str, int]]] = defaultdict(list)
    for label in labels:
        if m := _NUMBERED_LABEL.match(label.strip()):
            numbered[_key(m["word"])].append((_key(label), int(m["number"])))
    for group in numbered.values():
        numbers = [number for _, number in group]
        if len(group) > 1 and any(b != a + 1 for a, b in zip(numbers, numbers[1:], strict=False)):
            fields.update(key for key, _ in group)  # out of sequence: references, not the items' numbers
    return frozenset(fields)


def is_field_label(label: str, fields: frozenset[str]) -> bool:
    """Whether a paragraph's label is one of the document's fields (`field_labels`)."""
    return _key(label) in fields


def writes_inline_topics(labels: ParagraphLabels, fields: frozenset[str]) -> bool:
    """Whether the minutes write their items as "Label: text" paragraphs, fields of sub-items aside."""
    topics = (topic for topic in labels.inline_read if topic)
    return sum(1 for topic in topics if not is_field_label(topic[0], fields)) >= MIN_INLINE_TOPICS


def writes_labelled_paragraphs(labels: ParagraphLabels, fields: frozenset[str]) -> bool:
    """Whether the minutes write their items as "Label: text" paragraphs, Title Case labels and sentence-case
    ones counted together ("Fees: ..." beside "Concert planning: ..." and "Music library: ...")."""
    topics = (inline or sentence_case for inline, sentence_case in
              zip(labels.inline_read, labels.sentence_case_read, strict=True) if inline or sentence_case)
    return sum(1 for topic in topics if not is_field_label(topic[0], fields)) >= MIN_INLINE_TOPICS


# "Item 1", "Agenda item 12": an item's number alone, where a caption stood.
_ITEM_NUMBER_ONLY = lazy_compile(rf"(?i:{ITEM_NUMBER_WORDS})\s*\d{{1,3}}(?:\.\d{{1,3}})*")


def without_item_number(topic: tuple[str, str]) -> tuple[str, str]:
    """("Minutes of last meeting", "The minutes ...") for the caption "Item 1" over "Minutes of last meeting:
    The minutes ...": the item's number is no title; its title comes after it, up to its own colon."""
    title, rest = topic
    if not _ITEM_NUMBER_ONLY.fullmatch(title.strip()):
        return topic
    m = TITLE_COLON_TEXT.match(rest.strip())
    return (m["title"].strip(), m["rest"]) if m and m["title"][0].isupper() else topic
