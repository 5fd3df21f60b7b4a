"""`with_fields` is `dataclasses.replace` for blocks, made without the frozen constructor."""

from dataclasses import replace

import pytest

from notes_extract.document import BlockKind, make_block, with_fields


def test_same_block_as_replace() -> None:
    block = make_block(BlockKind.PARAGRAPH, "Present: Ann Lee", lead_bold="Present:")
    assert with_fields(block, page=3, after_rule=True) == replace(block, page=3, after_rule=True)


def test_cached_all_bold_goes_when_the_text_changes() -> None:
    block = make_block(BlockKind.PARAGRAPH, "Apologies", lead_bold="Apologies")
    assert block.all_bold  # cached on the block
    assert with_fields(block, page=2).all_bold
    assert not with_fields(block, text="Apologies were received").all_bold


def test_unknown_field_raises_like_replace() -> None:
    with pytest.raises(TypeError):
        with_fields(make_block(BlockKind.PARAGRAPH, "x"), colour="red")
