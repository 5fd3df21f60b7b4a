"""An "Agenda" item that minutes the agenda itself, an agenda whose items are then minuted in the same
shape, and items put off to a later time."""

from __future__ import annotations

import pytest

from notes_extract import extract_text

_HEAD = "Minutes of the Committee meeting\n5 March 2024\n\nPresent: Anna Berg, Tom Wills, Sara Khan\n\n"
_CLOSE = "\n\n9. Close\nThe meeting closed.\n"


def test_an_agenda_item_with_its_minute_is_a_section_and_its_approval_a_decision() -> None:
    record = extract_text(_HEAD + "1. Agenda\nThe agenda was approved as presented.\n\n2. Budget\nNoted." + _CLOSE,
                          format="text")
    assert [s.title for s in record.sections] == ["Agenda", "Budget", "Close"]
    assert [(d.text, d.kind) for d in record.decisions] == [("The agenda was approved as presented.", "other")]


def test_an_agenda_heading_over_a_sentence_about_the_agenda_is_an_item() -> None:
    text = _HEAD + "## Agenda\n\nThe chair reviewed the agenda for the meeting.\n\n## Budget\n\nNoted.\n"
    assert [s.title for s in extract_text(text, format="markdown").sections] == ["Agenda", "Budget"]


def test_an_agenda_listing_titles_stays_the_agenda() -> None:
    text = _HEAD + "## Agenda\n\n- Budget\n- Hall\n\n## Budget\n\nNoted.\n\n## Hall\n\nDamp.\n"
    assert [s.title for s in extract_text(text, format="markdown").sections] == ["Budget", "Hall"]


def test_an_agenda_ends_where_its_first_item_comes_again() -> None:
    text = _HEAD + ("Agenda:\n1. Minutes\n2. Budget\n3. Hall\n\n1. Minutes\nApproved.\n\n2. Budget\nNoted.\n\n"
                    "3. Hall\nDamp.") + _CLOSE
    record = extract_text(text, format="text")
    assert [(s.title, [p.text for p in s.points]) for s in record.sections] == [
        ("Minutes", ["Approved."]), ("Budget", ["Noted."]), ("Hall", ["Damp."]), ("Close", ["The meeting closed."])]


@pytest.mark.parametrize("line", [
    "Item deferred pending further information.",
    "The board postponed action on the lighting until June.",
    "Members deferred the application to the next meeting.",
    "Held over to the next meeting.",
])
def test_an_item_put_off_is_a_deferred_decision(line: str) -> None:
    record = extract_text(_HEAD + "1. Hall lighting\n" + line + _CLOSE, format="text")
    assert [(d.text, d.kind, d.outcome) for d in record.decisions] == [(line, "other", "deferred")]


def test_an_action_held_over_is_no_decision() -> None:
    record = extract_text(_HEAD + "1. Actions\nAction 3 held over to the next meeting." + _CLOSE, format="text")
    assert record.decisions == []


@pytest.mark.parametrize("line", [
    "Payments totalling £540 were authorised.",
    "The committee granted £200 to the Youth Club.",
    "The Council awarded the contract to Smiths.",
])
def test_a_sum_or_contract_given_by_the_body_is_a_decision(line: str) -> None:
    record = extract_text(_HEAD + "1. Finance\n" + line + _CLOSE, format="text")
    assert [(d.text, d.kind, d.outcome) for d in record.decisions] == [(line, "other", "carried")]
