"""Kinds of items named by what was done with the minutes ("Minutes approved", "Reading of the minutes") and
items on what came of the last meeting ("Matters from last minutes") (vocab/sections.py). Invented titles."""

import pytest

from notes_extract.extractors.sections import section_kind


@pytest.mark.parametrize("title", ["April meeting minutes approved", "Reading of the minutes",
                                   "Minutes were confirmed", "Notes accepted as a true record"])
def test_the_minutes_then_what_was_done_with_them(title: str) -> None:
    assert section_kind(title) == "previous_minutes"


@pytest.mark.parametrize("title", ["Matters from last minutes", "Matters from the previous meeting"])
def test_matters_from_the_last_meeting_review_it(title: str) -> None:
    assert section_kind(title) == "action_review"


@pytest.mark.parametrize("title", ["Meeting notes", "Club notes from the treasurer"])
def test_notes_alone_name_no_minutes_item(title: str) -> None:
    assert section_kind(title) != "previous_minutes"



@pytest.mark.parametrize("title", ["Business from last meeting", "Business arising from the previous meeting"])
def test_business_from_the_last_meeting_reviews_its_actions(title: str) -> None:
    assert section_kind(title) == "action_review"
