"""The segmenter's rule index (`handler_index`) skips only handlers that would not take the block:
with every gate open (each handler asked of every block) the segments come out the same."""

from __future__ import annotations

from pathlib import Path

import pytest

import notes_extract.pipeline as pipeline
from notes_extract import extract_all
from notes_extract.document import Block, BlockKind
from notes_extract.segment import segmenter
from notes_extract.segment.handler_index import Gate, RuleIndex

DATA = Path(__file__).parent / "data"
# Every third text file of the test data (the seed among them): lists, tables, attendance, actions, dialogue.
DOCUMENTS = sorted(p for p in DATA.rglob("*") if p.suffix in (".md", ".txt"))[::3] + \
    sorted((Path(__file__).parent.parent / "samples").glob("allies-group-*"))


def _open_gates() -> RuleIndex[segmenter._Handler]:
    return RuleIndex((handler, Gate()) for handler, _ in segmenter._RULES)


def test_documents_found() -> None:
    assert len(DOCUMENTS) > 50


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_gates_skip_only_handlers_that_would_not_take_the_block(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gated, opened = segmenter._INDEX, _open_gates()
    compared = []

    def both(blocks, **kwargs):  # type: ignore[no-untyped-def]
        monkeypatch.setattr(segmenter, "_INDEX", opened)
        every_handler = segmenter.segment(list(blocks), **kwargs)
        monkeypatch.setattr(segmenter, "_INDEX", gated)
        indexed = segmenter.segment(list(blocks), **kwargs)
        compared.append(repr(indexed) == repr(every_handler))
        return indexed

    monkeypatch.setattr(pipeline, "segment", both)
    extract_all(str(path))
    assert compared and all(compared)


def test_a_context_ended_without_taking_the_block(monkeypatch: pytest.MonkeyPatch) -> None:
    """"Questions:" ends the action list above it (`on_actions_end` takes no block): the handlers the
    context it leaves lets in, after the one that ended the list, read it as before."""
    blocks = [Block(BlockKind.HEADING, "Actions", 0, level=2), Block(BlockKind.LIST_ITEM, "Ann to book the hall", 1),
              Block(BlockKind.PARAGRAPH, "Questions:", 2), Block(BlockKind.LIST_ITEM, "Where is the key?", 3)]
    indexed = segmenter.segment(list(blocks))
    assert [b.text for b in indexed.action_lines] == ["Ann to book the hall"]
    monkeypatch.setattr(segmenter, "_INDEX", _open_gates())
    assert repr(segmenter.segment(list(blocks))) == repr(indexed)
