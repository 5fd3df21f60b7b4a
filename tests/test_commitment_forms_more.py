"""Firm commitments written with a word between the owner and the pledge, joined after "and", or
handed over as an instruction. Every snippet is invented."""

from __future__ import annotations

import pytest

from notes_extract.api import extract_text

_HEAD = "# Parish council\n\nDate: 3 March 2025\n\nPresent: Alice Brown, Ben Carter, Dana Evans\n\n## Playground\n\n"


def _owners(sentence: str) -> list[list[str]]:
    record = extract_text(_HEAD + sentence + "\n", format="markdown")
    return [[o.name for o in a.owners] for a in record.actions]


@pytest.mark.parametrize("sentence", [
    "Ben has agreed to contact the school about the fence.",
    "Dana kindly offered to draft the letter to the insurers.",
    "The quotes were discussed and Alice agreed to circulate them to members.",
])
def test_a_pledge_with_a_word_before_it_or_after_and_is_a_task(sentence: str) -> None:
    assert len(_owners(sentence)) == 1 and _owners(sentence)[0] != []


@pytest.mark.parametrize("sentence", [
    "The Clerk was instructed to write to the county council.",
    "Alice was tasked with updating the noticeboard.",
    "Ben has been tasked with finding a new contractor.",
])
def test_a_task_handed_over_is_a_task(sentence: str) -> None:
    assert len(_owners(sentence)) == 1


def test_a_pledge_to_be_something_is_no_task() -> None:
    assert _owners("Ben has agreed to be the fire warden.") == []


def test_a_topic_label_whose_brackets_run_into_its_colon_ends_the_clause_before_the_owner() -> None:
    record = extract_text("# Residents AGM\n\nDate: 3 March 2025\n\n"
                          "Present: Gerry Clarke (GC), Heather Pollitt (HP)\n\n## Any other business\n\n"
                          "Manhole Cover(s): GC to contact builders about the covers.\n",
                          format="markdown")
    assert [[o.name for o in a.owners] for a in record.actions] == [["Gerry Clarke"]]


def test_a_topic_label_before_a_commitment_is_no_part_of_the_task() -> None:
    record = extract_text(_HEAD + "Public relations: Ben will inform the school about the fence.\n", format="markdown")
    assert [a.text for a in record.actions] == ["Ben will inform the school about the fence."]
