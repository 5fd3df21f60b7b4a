"""Governors' and trustees' minutes: the members listed with no label, several to a line, each with an
honorific and the initials the minutes then use in square brackets; the members who sent apologies are
told in a sentence about who received them, and go with the apologies, not those present."""

from __future__ import annotations

import pytest

from notes_extract import extract_text

_HEAD = "Orchard School Governing Board\nMeeting held on 5 March 2024 at 4pm.\n\n"
_MEMBERS = ("Mr C Lee [CL] Chair (FG); Mrs D Ode [DO] Head Teacher (SG); Mr A Fry [AF] Vice Chair (FG)\n"
            "Dr S Moss [SM] (PG); Ms T Rae [TR] (CG); Mr B Hart [BH] (LA)\n")


def _record(apologies: str, members: str = _MEMBERS):
    text = _HEAD + members + f"\n1. Apologies\n{apologies}\n\n2. Budget\nThe budget was approved. DO to circulate it.\n"
    return extract_text(text, format="text")


def test_unlabelled_lines_of_honorific_names_are_those_present() -> None:
    record = _record("There were no apologies.")
    assert [(p.name, p.role) for p in record.attendance.present] == [
        ("C Lee", "chair"), ("D Ode", "head teacher"), ("A Fry", "vice-chair"), ("S Moss", None), ("T Rae", None),
        ("B Hart", None)]
    assert [o.name for o in record.actions[0].owners] == ["D Ode"]  # the initials in square brackets still resolve


def test_a_labelled_line_with_initials_in_square_brackets_is_read() -> None:
    record = _record("None.", members="Present: Mr C Lee [CL] (Chair); Mrs D Ode [DO]; Mr A Fry [AF]\n")
    assert [p.name for p in record.attendance.present] == ["C Lee", "D Ode", "A Fry"]


@pytest.mark.parametrize("sentence", [
    "The Clerk was in receipt of apologies from TR and Jo Bird, which were recorded as consented.",
    "The Chair received apologies from TR and Jo Bird.",
    "Apologies were received from TR and Jo Bird.",
])
def test_members_who_sent_apologies_move_to_the_apologies(sentence: str) -> None:
    record = _record(sentence)
    assert [p.name for p in record.attendance.apologies] == ["T Rae", "Jo Bird"]
    assert "T Rae" not in [p.name for p in record.attendance.present]


def test_a_labelled_present_list_keeps_who_came() -> None:
    # "Present:" says they came: "Apologies received from TR" then names who took them (a clerk's initials)
    record = _record("Apologies received from TR.", members="Present: Ms T Rae (TR), Mr B Hart (BH), Dr S Moss\n")
    assert [p.name for p in record.attendance.present] == ["T Rae", "B Hart", "S Moss"]
    assert record.attendance.apologies == []


def test_a_line_of_topics_is_no_roster() -> None:
    record = _record("None.", members="Budget; Buildings; Staffing\n")
    assert record.attendance.present == []


@pytest.mark.parametrize("note", ["(who left at 12.40pm)", "(arrived 7.10pm)", "(from item 4)", "(part)"])
def test_when_someone_came_or_went_is_neither_name_nor_role(note: str) -> None:
    record = _record("None.", members=f"Present were: Ann Boot (AB), Bo Li (BL) {note} and Cy Ode (CO).\n")
    assert [(p.name, p.role) for p in record.attendance.present] == [("Ann Boot", None), ("Bo Li", None),
                                                                      ("Cy Ode", None)]


def test_apologies_overtaken_by_coming_after_all() -> None:
    record = _record("Apologies were received from Jo Bird and Cy Ode (who subsequently attended).",
                     members="Present: Ann Boot, Bo Li and Cy Ode (who arrived at 7.10pm).\n")
    assert [p.name for p in record.attendance.present] == ["Ann Boot", "Bo Li", "Cy Ode"]
    assert [p.name for p in record.attendance.apologies] == ["Jo Bird"]


def test_initials_written_after_each_entry_without_brackets() -> None:
    members = ("Present: Revd Ann Lee-Moss, Chair ALM\n\nBo Ode, Treasurer BO\n\nCy Rand CR\n\n"
               "Di Fry DF Ed Holt EH\n")
    record = _record("None.", members=members)
    assert [(p.name, p.role) for p in record.attendance.present] == [
        ("Ann Lee-Moss", "chair"), ("Bo Ode", "treasurer"), ("Cy Rand", None), ("Di Fry", None), ("Ed Holt", None)]


def test_an_apology_written_beside_a_name_also_listed_is_kept() -> None:
    # an attendee list of those expected, then the apologies: in both lists, the person did not come
    record = _record("Apologies: Bo Li.", members="Attendees: Ann Boot, Bo Li, Cy Ode\n")
    assert [p.name for p in record.attendance.apologies] == ["Bo Li"]


def test_a_closing_sentence_over_the_names_after_an_account_of_the_opening() -> None:
    text = ("Riverside Library Friends\nBoard Meeting\n\nMonday, March 2, 2025\n\n"
            "The Riverside Library Friends Board Meeting was called to order by President Ann Lee at 9:35 a. m.  "
            "on Monday, March 2, 2025 at the Town Hall, Room B.  The following members were present:\n\n \n\n"
            "Ann Lee, Bo Ode, Cy Rand, Di Fry\n\nINTRODUCTIONS 9:35 a. m.\n\nEveryone introduced themselves.\n")
    record = extract_text(text, format="text")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Rand", "Di Fry"]


def test_the_names_present_after_the_roll_call_clause() -> None:
    text = ("Oak Court Residents\nBoard Meeting held May 3, 2025\n\nRoll call was taken and Ann Lee, Bo Ode and "
            "Cy Rand were present. Those absent were Di Fry and Ed Holt.\n\n1. Budget\nThe budget was discussed.\n")
    record = extract_text(text, format="text")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Rand"]
    assert [p.name for p in record.attendance.absent] == ["Di Fry", "Ed Holt"]
