"""Attendance said in other words: labels with an aside or a date, numbered
lists under a bare label, organisations beside names, roll calls and markers
inside one list. Each test reads a few invented lines of minutes."""

from __future__ import annotations

import pytest

from notes_extract import extract
from notes_extract.document import Block, BlockKind
from notes_extract.models import MinutesRecord
from notes_extract.segment.tables import template_fields

HEAD = b"Minutes of the Garden Club meeting held on 12 March 2024\n\n"
BODY = b"\nBudget\nThe budget was discussed.\n"


def text(data: bytes) -> MinutesRecord:
    return extract(data, format="text")


def markdown(data: bytes) -> MinutesRecord:
    return extract(data, format="markdown")


def names(record: MinutesRecord, category: str) -> list[str]:
    return [a.name for a in getattr(record.attendance, category)]


def roles(record: MinutesRecord, category: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in getattr(record.attendance, category)]


@pytest.mark.parametrize("label", [b"Attendees (please add your name):", b"Present on Tuesday 12 March 2024:",
                                   b"Present (12/03/2024):"])
def test_a_label_with_an_aside_or_a_date_before_its_colon(label: bytes) -> None:
    record = markdown(HEAD + label + b"\n\n* Quinn Abara\n* Tomas Reyes\n\n# Budget\n\nDiscussed.\n")
    assert names(record, "present") == ["Quinn Abara", "Tomas Reyes"]


def test_a_numbered_list_under_a_bare_label_names_people() -> None:
    record = markdown(HEAD + b"# Budget\n\nDiscussed.\n\nAttendees (sign in):\n\n"
                      b"1. Quinn Abara\n2. Tomas Reyes (Acme Widgets)\n3. Farah\n4. Ilse Moreau\n")
    assert names(record, "present") == ["Quinn Abara", "Tomas Reyes", "Farah", "Ilse Moreau"]


def test_numbered_items_after_a_label_with_names_stay_agenda_items() -> None:
    record = text(HEAD + b"Present: Quinn Abara, Tomas Reyes\n\n1. Welcome and Introductions\n"
                  b"The chair opened the meeting.\n")
    assert names(record, "present") == ["Quinn Abara", "Tomas Reyes"]


def test_an_organisation_in_brackets_is_not_a_role() -> None:
    record = text(HEAD + b"Present: Quinn Abara (Northfield Rowing Association), Tomas Reyes (Chair), "
                  b"Ilse Moreau (proxy)\n" + BODY)
    assert roles(record, "present") == [("Quinn Abara", None), ("Tomas Reyes", "chair"), ("Ilse Moreau", "proxy")]


def test_all_is_not_a_person() -> None:
    record = text(HEAD + b"Attendees: All\n" + BODY)
    assert names(record, "present") == []


def test_a_roll_call_word_after_each_name_sorts_the_list() -> None:
    record = markdown(HEAD + b"Roll call:\n\n* Quinn Abara - present\n* Tomas Reyes - absent\n"
                      b"* Ilse Moreau: apologies\n* Femi Okafor - present\n\n# Budget\n\nDiscussed.\n")
    assert names(record, "present") == ["Quinn Abara", "Femi Okafor"]
    assert names(record, "absent") == ["Tomas Reyes"]
    assert names(record, "apologies") == ["Ilse Moreau"]


def test_a_marker_inside_one_participants_list_moves_that_person() -> None:
    record = text(HEAD + b"Participants: Quinn Abara, Tomas Reyes (absent), Ilse Moreau (sent apologies), "
                  b"Femi Okafor (online)\n" + BODY)
    assert names(record, "present") == ["Quinn Abara", "Femi Okafor"]
    assert names(record, "absent") == ["Tomas Reyes"]
    assert names(record, "apologies") == ["Ilse Moreau"]


def test_an_attendance_table_with_a_status_column() -> None:
    record = markdown(HEAD + b"## Attendance\n\n| Member | Status |\n|---|---|\n| Quinn Abara | Present |\n"
                      b"| Tomas Reyes | Apologies |\n| Ilse Moreau | Absent |\n\n## Budget\n\nDiscussed.\n")
    assert names(record, "present") == ["Quinn Abara"]
    assert names(record, "apologies") == ["Tomas Reyes"]
    assert names(record, "absent") == ["Ilse Moreau"]


def test_a_two_column_roll_call_table_without_a_header() -> None:
    record = markdown(HEAD + b"Present:\n\n| Quinn Abara | Yes |\n|---|---|\n| Tomas Reyes | No |\n\n"
                      b"## Budget\n\nDiscussed.\n")
    assert names(record, "present") == ["Quinn Abara"]
    assert names(record, "absent") == ["Tomas Reyes"]


@pytest.mark.parametrize("sentence", [b"The following people attended the meeting:", b"Those who joined the call:"])
def test_a_sentence_ending_in_a_colon_over_a_list(sentence: bytes) -> None:
    record = markdown(HEAD + sentence + b"\n\n* Quinn Abara\n* Tomas Reyes\n\n"
                      b"Unable to attend: Ilse Moreau\n\n# Budget\n\nDiscussed.\n")
    assert names(record, "present") == ["Quinn Abara", "Tomas Reyes"]
    assert names(record, "apologies") == ["Ilse Moreau"]


def test_a_sentence_ending_in_a_colon_over_other_things_is_no_attendance() -> None:
    record = markdown(HEAD + b"Present: Quinn Abara\n\n# Budget\n\nQuestions from attendees:\n\n"
                      b"* Where does the money go?\n* Who pays for the hall?\n")
    assert names(record, "present") == ["Quinn Abara"]
    assert "Where does the money go?" in " ".join(p.text for s in record.sections for p in s.points)


def test_names_then_were_present() -> None:
    record = text(HEAD + b"Quinn Abara, Tomas Reyes and Ilse Moreau were in attendance.\n\n"
                  b"Femi Okafor was also present.\n" + BODY)
    assert names(record, "present") == ["Quinn Abara", "Tomas Reyes", "Ilse Moreau"]
    assert names(record, "in_attendance") == ["Femi Okafor"]


def test_groups_by_how_people_took_part() -> None:
    record = markdown(HEAD + b"## Attendees\n\nIn person:\n\n* Quinn Abara\n* Tomas Reyes\n\nOnline:\n\n"
                      b"* Ilse Moreau\n\nObserving:\n\n* Femi Okafor\n\n## Budget\n\nOnline sales: up by a third.\n")
    assert names(record, "present") == ["Quinn Abara", "Tomas Reyes", "Ilse Moreau"]
    assert names(record, "in_attendance") == ["Femi Okafor"]


def test_a_quorum_line_between_lists_keeps_the_list_open() -> None:
    record = markdown(HEAD + b"Present:\n\n* Quinn Abara\n* Tomas Reyes\n\nA quorum was present.\n\n"
                      b"Apologies:\n\n* Ilse Moreau\n\n# Budget\n\nDiscussed.\n")
    assert names(record, "present") == ["Quinn Abara", "Tomas Reyes"]
    assert names(record, "apologies") == ["Ilse Moreau"]


def test_a_quorum_line_with_a_colon_names_nobody() -> None:
    record = markdown(HEAD + b"Present:\n\n* Quinn Abara\n* Tomas Reyes\n\n"
                      b"Quorum present (3 voting members): YES\n\n# Budget\n\nDiscussed.\n")
    assert names(record, "present") == ["Quinn Abara", "Tomas Reyes"]


def test_a_form_field_going_on_in_rows_without_a_label() -> None:
    form = Block(BlockKind.TABLE, "", 0, rows=[("Date:", "4 May 2024"), ("Attendees:", "Quinn Abara"),
                                                ("", "Tomas Reyes"), ("", "Ilse Moreau"), ("Venue:", "Hall")])
    assert template_fields(form) == {"date": "4 May 2024", "attendees": "Quinn Abara, Tomas Reyes, Ilse Moreau",
                                     "venue": "Hall"}


# --- round 2: participants in fields, dates under a label, other words for away --------------

def test_participants_as_name_organisation_role_lines() -> None:
    record = markdown(HEAD + b"Participants:\n\n* Quinn Abara, Harbour Trust, Chair\n"
                      b"* Tomas Reyes, Northfield Council, Voting member\n* Ilse Moreau, Parks Service, Observer\n"
                      b"* Femi Okafor, Westgate School, Guest\n\n# Budget\n\nDiscussed.\n")
    assert roles(record, "present") == [("Quinn Abara", "chair"), ("Tomas Reyes", "voting member")]
    assert roles(record, "in_attendance") == [("Ilse Moreau", "observer"), ("Femi Okafor", "guest")]


def test_names_in_a_run_on_list_item_are_not_read_as_fields() -> None:
    record = markdown(HEAD + b"Present:\n\n* Quinn Abara, Tomas Reyes, Ilse Moreau\n* Femi Okafor\n"
                      b"\n# Budget\n\nDiscussed.\n")
    assert names(record, "present") == ["Quinn Abara", "Tomas Reyes", "Ilse Moreau", "Femi Okafor"]


@pytest.mark.parametrize("date", [b"12 March 2024", b"Tuesday, 12 March 2024"])
def test_present_then_the_date_then_the_names(date: bytes) -> None:
    record = markdown(b"# Garden Club\n\nPresent\n\n" + date + b"\n\nQuinn Abara\n\nTomas Reyes\n\n"
                      b"# Budget\n\nDiscussed.\n")
    assert names(record, "present") == ["Quinn Abara", "Tomas Reyes"]


@pytest.mark.parametrize(("label", "category"), [(b"Missing", "absent"), (b"Not in attendance", "absent"),
                                                 (b"Excused", "apologies")])
def test_other_words_for_who_was_away(label: bytes, category: str) -> None:
    record = markdown(HEAD + b"Present: Quinn Abara, Tomas Reyes\n\n" + label + b": Ilse Moreau, Femi Okafor\n"
                      + b"\n# Budget\n\nDiscussed.\n")
    assert names(record, "present") == ["Quinn Abara", "Tomas Reyes"]
    assert names(record, category) == ["Ilse Moreau", "Femi Okafor"]


def test_missing_over_other_things_is_no_attendance() -> None:
    record = markdown(HEAD + b"Present: Quinn Abara\n\n# Survey\n\nMissing: the figures for March\n\n"
                      b"The survey closes in May.\n")
    assert names(record, "absent") == []
    assert any("figures for March" in p.text for s in record.sections for p in s.points)


def test_a_roll_call_answered_aye() -> None:
    record = markdown(HEAD + b"Roll call:\n\n* Quinn Abara \xe2\x80\x93 aye\n* Tomas Reyes \xe2\x80\x93 aye\n"
                      b"* Ilse Moreau \xe2\x80\x93 absent\n\n# Budget\n\nDiscussed.\n")
    assert names(record, "present") == ["Quinn Abara", "Tomas Reyes"]
    assert names(record, "absent") == ["Ilse Moreau"]


def test_a_quorum_count_between_lists_names_nobody() -> None:
    record = markdown(HEAD + b"Present:\n\n* Quinn Abara\n* Tomas Reyes\n\nQuorum: 5 of 7 present\n\n"
                      b"Apologies:\n\n* Ilse Moreau\n\n# Budget\n\nDiscussed.\n")
    assert names(record, "present") == ["Quinn Abara", "Tomas Reyes"]
    assert names(record, "apologies") == ["Ilse Moreau"]


def test_a_definition_list_of_attendance() -> None:
    # What an HTML <dl> gives: the term as a paragraph, each name a paragraph or list item.
    record = markdown(HEAD + b"Present\n\nQuinn Abara\n\nTomas Reyes\n\nApologies\n\n* Ilse Moreau\n\n"
                      b"# Budget\n\nDiscussed.\n")
    assert names(record, "present") == ["Quinn Abara", "Tomas Reyes"]
    assert names(record, "apologies") == ["Ilse Moreau"]


def test_a_plural_title_covers_names_up_to_its_and() -> None:
    record = text(HEAD + b"Present: Councillors Q Abara (Chair), T Reyes and I Moreau, F Okafor (NDC), "
                  b"Clerk P Lund\n" + BODY)
    assert roles(record, "present") == [("Q Abara", "chair"), ("T Reyes", "councillor"), ("I Moreau", "councillor")]
    assert sorted(roles(record, "in_attendance")) == [("F Okafor", None), ("P Lund", "clerk")]


def test_first_names_of_attendees_resolve_in_a_shared_task() -> None:
    record = markdown(HEAD + b"Present: Carla Wynn, Iona Yates, Mara Andrade\n\n# Budget\n\n"
                      b"Carla, Iona and Mara will prepare the budget.\n")
    owners = [(o.text, o.name) for a in record.actions for o in a.owners]
    assert owners == [("Carla", "Carla Wynn"), ("Iona", "Iona Yates"), ("Mara", "Mara Andrade")]


def test_a_date_before_the_names_on_a_label_line() -> None:
    record = markdown(HEAD + b"Present: 12 March 2024 \xe2\x80\x93 Quinn Abara, Tomas Reyes\n\n"
                      b"# Budget\n\nDiscussed.\n")
    assert names(record, "present") == ["Quinn Abara", "Tomas Reyes"]


def test_organisation_in_brackets_and_role_after_a_dash() -> None:
    record = markdown(HEAD + b"Participants:\n\n* Quinn Abara (Harbour Trust) \xe2\x80\x93 Chair\n"
                      b"* Tomas Reyes (Northfield Council) \xe2\x80\x93 Voting member\n"
                      b"* Ilse Moreau (Parks Service) \xe2\x80\x93 Observer\n\n# Budget\n\nDiscussed.\n")
    assert roles(record, "present") == [("Quinn Abara", "chair"), ("Tomas Reyes", "voting member")]
    assert roles(record, "in_attendance") == [("Ilse Moreau", "observer")]


def test_in_attendance_as_the_only_list_names_those_present() -> None:
    record = markdown(HEAD + b"## In attendance\n\n* Quinn Abara (Chair)\n* Tomas Reyes\n* Clerk Femi Okafor\n\n"
                      b"## Apologies\n\n* Ilse Moreau\n\n# Budget\n\nDiscussed.\n")
    assert roles(record, "present") == [("Quinn Abara", "chair"), ("Tomas Reyes", None)]
    assert roles(record, "in_attendance") == [("Femi Okafor", "clerk")]


def test_in_attendance_beside_a_present_list_stays_non_members() -> None:
    record = markdown(HEAD + b"Present: Quinn Abara, Tomas Reyes\n\nIn attendance: Femi Okafor\n\n"
                      b"# Budget\n\nDiscussed.\n")
    assert names(record, "in_attendance") == ["Femi Okafor"]


def test_a_table_of_label_group_and_names_gives_each_name_its_group_role() -> None:
    from notes_extract.document import Block, BlockKind, numbered
    from notes_extract.extractors.attendance import extract_attendance
    from notes_extract.segment import segment

    table = Block(BlockKind.TABLE, "", rows=(
        ("Present", "Town Councillors", "Ames"), ("", "", "Mrs Baird"),
        ("", "Trustees", "Mrs Cole and Dunn (both FHT)"), ("", "", "Edna Fry (Treasurer)"),
    ))
    blocks = numbered([Block(BlockKind.PARAGRAPH, "MINUTES OF THE ANNUAL MEETING"), table,
                       Block(BlockKind.PARAGRAPH, "Apologies were received from Parish Councillors Gale, Mrs Hunt."),
                       Block(BlockKind.PARAGRAPH, "REPORTS"),
                       Block(BlockKind.PARAGRAPH, "The chair thanked everyone for the year's work.")])
    attendance = extract_attendance(segment(blocks))
    assert [(a.name, a.role) for a in attendance.present] == [
        ("Ames", "councillor"), ("Baird", "councillor"), ("Cole", "trustee"), ("Dunn", "trustee"),
        ("Edna Fry", "treasurer")]
    assert [(a.name, a.role) for a in attendance.apologies] == [("Gale", "councillor"), ("Hunt", "councillor")]


def test_apologies_had_been_received_from() -> None:
    from notes_extract.document import Block, BlockKind, numbered
    from notes_extract.extractors.attendance import extract_attendance
    from notes_extract.segment import segment

    blocks = numbered([Block(BlockKind.PARAGRAPH, "Present: Ann Lee, Bob Stone"),
                       Block(BlockKind.PARAGRAPH, "Apologies had been received from Cllr Mrs Gale and Cllr Hunt."),
                       Block(BlockKind.HEADING, "Budget", level=1),
                       Block(BlockKind.PARAGRAPH, "The budget was discussed.")])
    assert [a.name for a in extract_attendance(segment(blocks)).apologies] == ["Gale", "Hunt"]


def test_name_dash_organisation_lines_keep_the_name_only() -> None:
    record = markdown(HEAD + b"### Participants\n\nMarta van Dijk - Tulipware<br>\n"
                      b"Owen Park - Heron Labs of Leeds<br>\nInes Duarte - Treasurer<br>\n"
                      b"Kofi Mensah\n\n# Budget\n\nDiscussed.\n")
    assert roles(record, "present") == [("Marta van Dijk", None), ("Owen Park", None),
                                         ("Ines Duarte", "treasurer"), ("Kofi Mensah", None)]


def test_a_remark_in_brackets_inside_a_list_of_names_keeps_the_list_open() -> None:
    record = markdown(HEAD + b"### Participants\n\nMarta van Dijk<br>\nOwen Park<br>\n"
                      b"(Marta and Owen joined from the field office.)<br>\nKofi Mensah<br>\nIda Berg\n\n"
                      b"The meeting opened with a review.\n")
    assert names(record, "present") == ["Marta van Dijk", "Owen Park", "Kofi Mensah", "Ida Berg"]


@pytest.mark.parametrize("line", [b"1) Apologies for absence Wren Olafsen, Ciro Baptiste, Tam",
                                  b"Apologies Wren Olafsen and Ciro Baptiste, Tam"])
def test_apologies_run_on_after_their_label_without_a_colon(line: bytes) -> None:
    record = text(HEAD + b"Present: Ann Gorse, Bill Tarn\n" + line + b"\n" + BODY)
    assert names(record, "apologies") == ["Wren Olafsen", "Ciro Baptiste", "Tam"]


@pytest.mark.parametrize("line", [b"Apologies for absence were noted", b"Apologies for absence and declarations"])
def test_words_after_a_label_without_a_colon_that_are_no_names_are_not_attendance(line: bytes) -> None:
    record = text(HEAD + b"Present: Ann Gorse, Bill Tarn\n" + line + b"\n" + BODY)
    assert names(record, "apologies") == [] and names(record, "present") == ["Ann Gorse", "Bill Tarn"]


def test_a_numbered_item_after_bulleted_names_ends_the_attendance_list() -> None:
    record = markdown(HEAD + b"Attendees\n\n- Wren Olafsen\n- Ciro Baptiste\n\n1. Budget\n\nThe budget was read.\n")
    assert names(record, "present") == ["Wren Olafsen", "Ciro Baptiste"]


@pytest.mark.parametrize("line,category", [(b"Trustee Olafsen did not attend.", "absent"),
                                           (b"Ciro Baptiste sent his apologies.", "apologies"),
                                           (b"Cllr Tam Reed was unable to attend the meeting.", "apologies")])
def test_names_then_why_they_were_not_there(line: bytes, category: str) -> None:
    record = text(HEAD + b"Present: Ann Gorse, Bill Tarn\n\n" + line + b"\n" + BODY)
    assert len(getattr(record.attendance, category)) == 1 and names(record, "present") == ["Ann Gorse", "Bill Tarn"]


def test_two_attendance_statements_in_one_paragraph_are_read_apart() -> None:
    record = text(HEAD + b"Members present: Ann Gorse, Bill Tarn. Members absent: Wren Olafsen.\n" + BODY)
    assert (names(record, "present"), names(record, "absent")) == (["Ann Gorse", "Bill Tarn"], ["Wren Olafsen"])


def test_minutes_run_into_one_paragraph_give_their_attendance_and_items() -> None:
    flat = (b"MINUTES OF THE MILL LANE PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL ON FRIDAY 7 JUNE 2024 "
            b"PRESENT (Four Councillors):- Ann Gorse (AG) - Chair, Bill Tarn (BT) and Wren Olafsen (WO). "
            b"In attendance: Ciro Baptiste, Parish Clerk. The Chairman welcomed everyone. "
            b"1. Apologies for absence Councillor Tam Reed and Councillor Di Fox. 2. Declarations None were made. "
            b"3. Finance The Parish Clerk was asked to pay the insurance. 4. Close The meeting closed at 6pm.\n")
    record = text(flat)
    assert names(record, "present") == ["Ann Gorse", "Bill Tarn", "Wren Olafsen"]
    assert names(record, "in_attendance") == ["Ciro Baptiste"] and names(record, "apologies") == ["Tam Reed", "Di Fox"]
    assert [[o.name for o in a.owners] for a in record.actions] == [["Ciro Baptiste"]]
