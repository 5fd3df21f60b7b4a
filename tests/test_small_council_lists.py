"""Small councils' and liaison groups' minutes: attendance written with titles and full stops,
apologies after a long agenda phrase, several "X to <verb>" tasks in one sentence, and
"..., all members agreed" decisions. All snippets are invented."""

from __future__ import annotations

import pytest

from notes_extract import extract
from notes_extract.models import MinutesRecord
from notes_extract.people_lists import split_people


def text(data: str) -> MinutesRecord:
    return extract(data.encode(), format="markdown")


def names(entries: list) -> list[str]:
    return [entry.name for entry in entries]


@pytest.mark.parametrize(("line", "people"), [
    ("Mr. Howard Quill. Mrs. Nora Deane.", ["Mr. Howard Quill", "Mrs. Nora Deane"]),
    ("Dr. Ina Presley. Prof. Al Ray", ["Dr. Ina Presley", "Prof. Al Ray"]),
    ("Mrs. Wendy Arkle (Residents Association)", ["Mrs. Wendy Arkle (Residents Association)"]),
    ("Graham Pole. Colin Sands", ["Graham Pole", "Colin Sands"]),
])
def test_a_full_stop_after_a_title_ends_no_one(line: str, people: list[str]) -> None:
    assert split_people(line) == people


TITLED_LINES = """Orchard Lane Residents Group

Minutes of meeting held 12 February 2025

Present:

Mrs. Wendy Arkle (Residents Association)

Mr. Tobias Fenn (Borough Council)

Dr. Ina Presley

**1.  Apologies:**  Mr. Howard Quill. Mrs. Nora Deane.

**2.  Parking:** Two complaints were received about parking.
"""


def test_titles_with_full_stops_are_never_people_of_their_own() -> None:
    record = text(TITLED_LINES)
    assert names(record.attendance.present) == ["Wendy Arkle", "Tobias Fenn", "Ina Presley"]
    assert names(record.attendance.apologies) == ["Howard Quill", "Nora Deane"]


@pytest.mark.parametrize("label", [
    "To receive and consider accepting apologies for absence",
    "To receive and note apologies",
    "To note and accept apologies for absence",
])
def test_apologies_after_a_long_agenda_phrase(label: str) -> None:
    record = text(f"""MINUTES OF HAMBLEDON TOWN COUNCIL MEETING

TUESDAY MARCH 4th 2025

Present: Mrs K Orme-Chair, Mr B. Tully, Mr C Vance

**1.  {label}:** Mrs D Hale, Mr P. Quint,

**2\\. Footpaths:** The footpath by the mill was discussed at length.
""")
    assert names(record.attendance.apologies) == ["D Hale", "P. Quint"]
    assert "apologies" not in " ".join(s.title.lower() for s in record.sections)


COUNCIL_HEAD = """MINUTES OF HAMBLEDON TOWN COUNCIL MEETING

TUESDAY MARCH 4th 2025

Present: Mrs K Orme-Chair, Mr B. Tully, Mr C Vance, Miss J Wren

"""


def actions_of(body: str) -> list[tuple[list[str], str]]:
    record = text(COUNCIL_HEAD + body)
    return [([owner.name for owner in action.owners], action.text) for action in record.actions]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The footpath was discussed; Mr Tully to contact the owner and Mrs Orme to write to the school.",
     [(["B. Tully"], "Mr Tully to contact the owner"), (["K Orme"], "Mrs Orme to write to the school.")]),
    ("It was agreed to buy a bench, Mr Vance to order it, fit it and Miss Wren to paint it.",
     [(["C Vance"], "Mr Vance to order it, fit it"), (["J Wren"], "Miss Wren to paint it.")]),
    ("The report was accepted, all Councillors agreed; the Clerk to inform the auditor.",
     [(["Clerk"], "the Clerk to inform the auditor.")]),
])
def test_each_task_of_a_joined_sentence_is_its_own_action(sentence: str, expected: list) -> None:
    assert actions_of(f"**3\\. Footpaths:** {sentence}\n") == expected


@pytest.mark.parametrize("sentence", [
    "Mr Vance would charge about £90 for the job and would need to supply a written quote.",
    "Miss Wren would have to supply proof of insurance if asked.",
])
def test_what_someone_would_need_to_do_is_no_action(sentence: str) -> None:
    assert actions_of(f"**4\\. Hedges:** {sentence}\n") == []


def test_one_task_in_a_sentence_keeps_the_sentence() -> None:
    assert actions_of("**4\\. Hedges**\n\nMr Vance to trim the hedge by the church.\n") == \
        [(["C Vance"], "Mr Vance to trim the hedge by the church.")]


@pytest.mark.parametrize(("item", "kind"), [
    ("**3\\. To approve the minutes of 04/02/2025:** The minutes were signed as a correct record, all members agreed.",
     "agreement"),
    ("**4\\. Bench:** Mr Vance proposed to buy a second bench for the green, all Councillors agreed; the Clerk to "
     "order it.", "motion"),
])
def test_all_members_agreed_after_a_clause_is_a_decision(item: str, kind: str) -> None:
    record = text(COUNCIL_HEAD + item + "\n")
    assert [decision.kind for decision in record.decisions] == [kind]
    assert record.decisions[0].text.endswith(item.split(":** ", 1)[1])


def test_agreement_inside_a_report_is_no_decision() -> None:
    record = text(COUNCIL_HEAD + "**5\\. Noise:** Residents said the noise was bad, all of them agreed it was "
                                 "worse at night.\n")
    assert record.decisions == []


AGENDA_THEN_ITEMS = """# Garden Trust Board Meeting

Date: 2025-05-06

## Attendees
* Ona Pell
* Rui Vask

## {heading}
* Treasurer
* Planting Plan
* Volunteers

## Treasurer

Balance is healthy.

## Planting Plan

Ona to order the bulbs.

## Volunteers

Rui to call the new volunteers.
"""


@pytest.mark.parametrize("heading", ["Topics", "Items for discussion", "Agenda topics"])
def test_a_topics_list_restating_the_items_is_no_section(heading: str) -> None:
    record = text(AGENDA_THEN_ITEMS.format(heading=heading))
    assert [s.title for s in record.sections] == ["Treasurer", "Planting Plan", "Volunteers"]


def test_a_topics_heading_over_discussion_stays_a_section() -> None:
    record = text(AGENDA_THEN_ITEMS.format(heading="Topics").replace(
        "* Volunteers\n", "* Volunteers\n\nThe chair asked whether the list was complete.\n"))
    assert "Topics" in [s.title for s in record.sections]


def test_agree_the_minutes_is_the_previous_minutes_item() -> None:
    record = text(COUNCIL_HEAD + "**3\\. To agree the minutes of the meeting of 04/02/2025:** The minutes were "
                                 "signed as a correct record.\n\n**4\\. Bench:** The bench was discussed.\n\n"
                                 "**5\\. Noise:** Two complaints were received.\n")
    assert record.sections[0].kind == "previous_minutes"


def test_papers_passed_to_someone_are_no_decision() -> None:
    record = text(COUNCIL_HEAD + "**3\\. Chair's report:** Papers were passed to the Clerk for filing.\n\n"
                                 "**4\\. Bench:** The bench was discussed.\n")
    assert record.decisions == []


VISITOR_HEAD = """MINUTES OF HAMBLEDON TOWN COUNCIL MEETING

TUESDAY MARCH 4th 2025

Present: Mrs K Orme-Chair, Mr B. Tully, Mr C Vance, Miss J Wren
{between}
{visitor}

**1\\. Apologies:** none

**2\\. Footpaths:** The footpath was discussed.

**3\\. Bench:** The bench was discussed.
"""


@pytest.mark.parametrize(("between", "visitor", "name"), [
    ("\n2 members of the public\n", "Mr Owen Daley Westshire County Council", "Owen Daley"),
    ("", "Mrs P. Lowe Borough Council", "P. Lowe"),
    ("\nOne member of the public present\n", "Dr Ada Finch Eastmoor District Council", "Ada Finch"),
])
def test_a_titled_name_from_another_council_is_in_attendance(between: str, visitor: str, name: str) -> None:
    record = text(VISITOR_HEAD.format(between=between, visitor=visitor))
    assert names(record.attendance.in_attendance) == [name]
    assert [s.title for s in record.sections] == ["Footpaths", "Bench"]
