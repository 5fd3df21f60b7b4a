"""Attendance entries and the roster that resolves short names."""

import pytest

from notes_extract.people import Roster, parse_entry
from notes_extract.people_lists import split_people


@pytest.mark.parametrize(
    ("entry", "name", "role"),
    [
        ("Simon Denegri (chaired the meeting)", "Simon Denegri", "chair"),
        ("Cristina Serrao (co-chair)", "Cristina Serrao", "co-chair"),
        ("Cllr A Smith (Chair)", "A Smith", "chair"),
        ("J Bloggs – Clerk", "J Bloggs", "clerk"),
        ("Jane Doe, Treasurer", "Jane Doe", "treasurer"),
        ("Dr. Ann Lee (Minuting)", "Ann Lee", "minute taker"),
        ("Mandy Rudczenko", "Mandy Rudczenko", None),
        ("Bob Stone (Vice-Chair)", "Bob Stone", "vice-chair"),
    ],
)
def test_entry_splits_name_from_role(entry: str, name: str, role: str | None) -> None:
    person = parse_entry(entry)
    assert person is not None
    assert (person.name, person.role, person.text) == (name, role, entry)


def test_attendance_line_splits_on_commas_but_not_inside_parentheses() -> None:
    line = "Ann Lee, Simon Denegri (chaired the meeting, briefly), Rosie McCann and Bob Stone."
    assert split_people(line) == [
        "Ann Lee", "Simon Denegri (chaired the meeting, briefly)", "Rosie McCann", "Bob Stone",
    ]


ROSTER = Roster(["Niccola Hutchinson-Pascal", "Nathan Hudson", "Nat Farley", "Mandy Rudczenko",
                 "Joe Bloggs"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Niccola", "Niccola Hutchinson-Pascal"),
        ("Nicc", "Niccola Hutchinson-Pascal"),  # nickname: a prefix of one first name
        ("Nathan", "Nathan Hudson"),  # exact first name beats the prefix "Nat"
        ("Nat", "Nat Farley"),
        ("JB", "Joe Bloggs"),  # initials
        ("Rudczenko", "Mandy Rudczenko"),
        ("Mr J Bloggs", "Joe Bloggs"),
        ("George", None),  # not an attendee
    ],
)
def test_roster_resolves_short_forms(text: str, name: str | None) -> None:
    assert ROSTER.resolve(text) == name


def test_ambiguous_reference_is_not_resolved() -> None:
    roster = Roster(["Ann Lee", "Ann Smith"])
    assert roster.resolve("Ann") is None
    assert roster.resolve_or_keep("Ann") == "Ann"
