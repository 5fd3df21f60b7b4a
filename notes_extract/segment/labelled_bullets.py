"""Items written as a bulleted list of labelled points: "- Membership: dues are due in May",
"- Building update – work has stopped". Where most of a list's top-level bullets open with such a
label, and no heading is open above the list, each labelled bullet is an item of its own: the label
its title, the rest its text. A list with a label here and there is a list of points.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.headings import INITIALS, dash_topic, inline_topic, names_a_group, sentence_case_topic
from notes_extract.segment.labels import attendance_label
from notes_extract.segment.parts import SectionSpan
from notes_extract.segment.run_in_titles import run_in_caption
from notes_extract.segment.state import Context, Step

if TYPE_CHECKING:
    from notes_extract.segment.segmenter import _Segmenter

# Labelled top-level bullets a list has at least, and at least half of its top-level bullets.
MIN_LABELLED_BULLETS = 3
# Words of the attendance lines ("Present: Ann Lee, Bo Ode") that make it a list of the people there.
MIN_ATTENDANCE_WORDS = 3


def bullet_topic(block: Block) -> tuple[str, str] | None:
    """("Membership", "dues are due in May") for a top-level bullet opening with a label and going on after
    it ("- **Membership**: dues ..." too: under a notes heading such bullets are `lead_ins`'s first)."""
    if block.kind is not BlockKind.LIST_ITEM or block.level or block.label:
        return None
    paragraph = replace(block, kind=BlockKind.PARAGRAPH)
    topic = inline_topic(paragraph) or dash_topic(paragraph) or sentence_case_topic(paragraph)
    if topic is None and (caption := run_in_caption(paragraph)) and caption.who and caption.separator != ".":
        topic = f"{caption.title} {caption.who}", caption.text  # "- Finance (Cy): the treasurer reported ..."
    return topic if topic and topic[1].strip() else None


def _runs(blocks: list[Block]) -> list[list[Block]]:
    """The top-level bullets of each list (nested items do not break a list; any other block does)."""
    runs: list[list[Block]] = [[]]
    for block in blocks:
        if block.kind is not BlockKind.LIST_ITEM:
            if runs[-1]:
                runs.append([])
        elif not block.level:
            runs[-1].append(block)
    return runs


_WORD = lazy_compile(r"[^\W\d_]+")


def _lower_case_words(blocks: list[Block]) -> set[str]:
    """The words the document writes in lower case somewhere: common words, not names."""
    return {w for block in blocks for w in _WORD.findall(block.text) if w.islower()}


def _name_like(label: str, common: set[str]) -> bool:
    """Whether a label reads as a person's name: initials, or capitalised words only, none of which the
    document also writes in lower case ("Ann Lee", where "Membership Fees" has "fees" in its text)."""
    words = label.split()
    return bool(INITIALS.fullmatch(label)) or all(w[:1].isupper() for w in words) and \
        not any(w.lower() in common or w.lower().removesuffix("s") in common for w in words)


def _headings_above(blocks: list[Block]) -> dict[int, Block]:
    """The heading each top-level bullet sits under, by the bullet's index (bullets under no heading left out)."""
    heads: dict[int, Block] = {}
    heading: Block | None = None
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            heading = block
        elif heading is not None and block.kind is BlockKind.LIST_ITEM and not block.level:
            heads[block.index] = heading
    return heads


def _key(label: str) -> str:
    return " ".join(label.casefold().split())


def labelled_bullets(blocks: list[Block], speakers: frozenset[str] = frozenset()) -> frozenset[int]:
    """The indexes of the bullets that open items, in lists written mostly as labelled bullets. A label
    the document writes on two bullets or more is a speaker's turn or a field ("- Ann: ...", "- Status:
    ..."), and so is a speaker of the document's dialogue or a full name ("- Ann Lee: I think ..."): a list
    holding one is a list of points. So is a list whose labels are mostly one capitalised word the document
    never writes in small letters ("- Ann: ..."); one such word among topics ("- Finance: ...") is a topic."""
    labels = {block.index: topic[0] for block in blocks if (topic := bullet_topic(block))}
    if not labels:
        return frozenset()
    counts = Counter(_key(label) for label in labels.values())
    common = _lower_case_words(blocks)
    # where the attendance names the people, a one-word label none of them is called names a topic
    # ("- Repairs: ..." beside "Present: Ann Lee, Bo Ode"), not a speaker
    people = {w.casefold() for b in blocks if attendance_label(b.text) for w in _WORD.findall(b.text)}
    found: set[int] = set()
    heads = _headings_above(blocks)
    # "## Coaches report" over "- Spring practices: ...": the minutes write labelled notes under their items,
    # so labelled bullets under "## General items" are its notes too, no items of their own
    notes_under_items = any(not names_a_group(heads[i].text) for i in labels if i in heads)
    for run in _runs(blocks):
        labelled = [block.index for block in run if block.index in labels]
        if run and run[0].index in heads and names_a_group(heads[run[0].index].text) and notes_under_items:
            continue
        if any(counts[_key(labels[i])] > 1 or labels[i] in speakers for i in labelled):
            continue
        # "- Ann Lee: I think ..." makes a list of turns; so do one-word names ("- Ann: ...") where most
        # labels are such words ("- Finance: ..." among "- Water supply: ..." names a topic)
        names = [labels[i] for i in labelled if _name_like(labels[i], common) and
                 (len(people) < MIN_ATTENDANCE_WORDS or len(labels[i].split()) > 1 or labels[i].casefold() in people)]
        if any(len(name.split()) > 1 for name in names) or 2 * len(names) >= max(len(labelled), 1):
            continue
        if len(labelled) >= MIN_LABELLED_BULLETS and 2 * len(labelled) >= len(run):
            found.update(labelled)
    return frozenset(found)


def on_labelled_bullet(segmenter: _Segmenter, step: Step) -> bool:
    """A labelled bullet of such a list opens an item, unless it sits under a heading (then it is a
    point of that heading's item); the item ends with the list."""
    block, current = step.block, segmenter.state.current
    if current is not None and current.heading.index in segmenter.labelled_bullets and \
            block.kind is not BlockKind.LIST_ITEM:
        segmenter.state.current = None  # the list has ended: what follows is no labelled bullet's text
        return False
    if block.index not in segmenter.labelled_bullets or segmenter.state.context is not Context.NONE:
        return False
    group = _open_group(current)
    if current is not None and current.heading.index not in segmenter.labelled_bullets and group is None:
        return False
    topic = bullet_topic(block)
    if topic is None:
        return False
    if current is not None and group == current.heading_text:
        current.grouping = not current.blocks  # "## Old business" over the list: it names the group, no item
    segmenter.open_section(SectionSpan(block, block.text, topic[0], topic[1], level=99, parent=group))
    segmenter.state.seen_structure = True
    return True


def _open_group(current: SectionSpan | None) -> str | None:
    """The heading that names a group of items ("Old business", "Committee updates") over the labelled
    bullets being read: the heading open with no text of its own yet, or the group of the bullet before."""
    if current is None:
        return None
    if current.parent and current.title_hint:
        return current.parent if names_a_group(current.parent) else None
    return current.heading_text if names_a_group(current.heading_text) and not current.blocks and \
        not current.rest else None
