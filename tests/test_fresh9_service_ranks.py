"""Service ranks before a name as civic minutes write them (invented snippets): "Capt Ian Roe",
"Lt Col Mike Hay", "Col (retd) DS Rana", "Maj Gen (retd) Ravi Singh" name the person without the rank;
"(retd)" is neither a role nor the end of one person in a list."""

from notes_extract import extract_text
from notes_extract.people import parse_entry, strip_honorifics
from notes_extract.people_lists import split_people


def test_abbreviated_ranks_are_not_part_of_the_name() -> None:
    assert strip_honorifics("Capt Ian Roe") == "Ian Roe"
    assert strip_honorifics("Lt Col Mike Hay") == "Mike Hay"
    assert strip_honorifics("Col (retd) DS Rana") == "DS Rana"


def test_retired_mark_is_no_role_and_splits_no_list() -> None:
    assert split_people("Maj Gen (retd) Ravi Singh, Col (retd) DS Rana") == ["Maj Gen (retd) Ravi Singh",
                                                                           "Col (retd) DS Rana"]
    entry = parse_entry("Maj Gen (retd) Ravi Singh")
    assert entry is not None and (entry.name, entry.role) == ("Ravi Singh", None)


def test_a_retired_officer_moves_a_motion() -> None:
    text = ("AGM of the RWA held on 22 June 2014\n\n1. Business\n"
            "A motion was moved by Col (retd) DS Rana and many others to remove the Secretary.\n")
    found = extract_text(text, format="text").decisions
    assert len(found) == 1 and found[0].proposer == "DS Rana"
