"""Short forms of people's names resolved to attendees, and attendance entries
whose written shape says who they are (invented names only)."""

import pytest

from notes_extract.document import Block, BlockKind
from notes_extract.extractors.attendance import read_attendance
from notes_extract.extractors.decisions import read_decision
from notes_extract.people import Roster, parse_entry
from notes_extract.people_lists import split_people
from notes_extract.segment import AttendancePart

ROSTER = Roster(["Wan Mei Ling", "Nur Aisyah Bin Rahmat", "Oren Vale", "Pia Quist, Dara", "Tomo Ulric"])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mei Ling", "Wan Mei Ling"),  # the last words of a longer name
        ("Aisyah", "Nur Aisyah Bin Rahmat"),  # one word of a longer name, unique
        ("Bin", None),  # too short a word to stand for anyone
        ("Dara", "Pia Quist, Dara"),  # the given name after the comma
        ("OV", "Oren Vale"),  # initials computed from the name
    ],
)
def test_short_forms_resolve_to_the_one_attendee(text: str, name: str | None) -> None:
    assert ROSTER.resolve(text) == name


def test_a_word_two_attendees_share_resolves_to_no_one() -> None:
    roster = Roster(["Kai Rennet Solo", "Ida Rennet Vos"])
    assert roster.resolve("Rennet") is None


def test_a_given_name_after_a_comma_stays_with_its_person_in_a_semicolon_list() -> None:
    assert split_people("Pia Quist, Dara; Oren Vale; Tomo Ulric") == ["Pia Quist, Dara", "Oren Vale", "Tomo Ulric"]
    assert split_people("Oren Vale, Treasurer; Tomo Ulric") == ["Oren Vale (Treasurer)", "Tomo Ulric"]


@pytest.mark.parametrize(("entry", "name"), [("P.C. Hal Brent", "Hal Brent"), ("Sgt Hal Brent", "Hal Brent")])
def test_a_rank_before_a_name_is_not_part_of_it(entry: str, name: str) -> None:
    person = parse_entry(entry)
    assert person is not None and person.name == name


def test_mrs_surname_and_surname_are_two_people() -> None:
    table = Block(BlockKind.TABLE, "", rows=(("Present:", "Mrs Orwell"), ("", "Orwell"), ("", "Orwell")))
    attendance = read_attendance([AttendancePart("present", "", "", [table])])
    assert [a.text for a in attendance.present] == ["Mrs Orwell", "Orwell"]


def test_movers_initials_in_brackets_resolve_from_the_attendance() -> None:
    text = "It was proposed (OV), seconded (TU) and agreed that the hall be booked."
    decision = read_decision(text, ROSTER, section=None)
    assert decision is not None
    assert (decision.proposer, decision.seconder) == ("Oren Vale", "Tomo Ulric")
