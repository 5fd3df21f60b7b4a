"""Attendance written as rosters and tables: a key to the mark beside names, organisations
before or after the names, attendance tables with a ticked or noted status column, long
lists with odd entries, and initials declared in the list. Each test reads a few invented
lines of minutes."""

from __future__ import annotations

import pytest

from notes_extract import extract
from notes_extract.models import MinutesRecord
from notes_extract.people import Roster, entry_aliases, normalise_role, parse_entry, roster_of

HEAD = b"# Minutes of the Orchard Guild steering group\n\nDate: 12 March 2024\n\n"
BODY = b"\n## Budget\n\n* The budget was discussed.\n"


def markdown(data: bytes) -> MinutesRecord:
    return extract(data, format="markdown")


def names(record: MinutesRecord, category: str) -> list[str]:
    return [a.name for a in getattr(record.attendance, category)]


def roles(record: MinutesRecord, category: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in getattr(record.attendance, category)]


ROSTER = (b"## Roll call\n\n**Voting members of the Steering Group**\n\n"
          b"*A quorum is half of the voting members.*\n\n"
          b"* Plumtree Ltd - Ada Quill + / Rufus Hale\n"
          b"* Greenbank - Cora Vance (Group chair) +\n"
          b"* Millbrook Co - Ivo Stark / Tess Arden +\n"
          b"* Haywood - Lena Frost\n\n")


@pytest.mark.parametrize("key", [b'" + " indicates attending\n\n', b"Key: + = present\n\n",
                                 b"(+ denotes attended)\n\n"])
def test_a_roster_key_puts_marked_members_present_and_the_others_absent(key: bytes) -> None:
    record = markdown(HEAD + ROSTER + key + b"**Other attendees**\n\n* Noor Bailey (Acme)\n* Otto Wren\n" + BODY)
    assert roles(record, "present") == [("Ada Quill", "voting member"), ("Cora Vance", "chair"),
                                        ("Tess Arden", "voting member")]
    assert names(record, "absent") == ["Rufus Hale", "Ivo Stark", "Lena Frost"]
    assert names(record, "in_attendance") == ["Noor Bailey", "Otto Wren"]
    assert record.meeting.chair == "Cora Vance"


def test_a_key_written_on_after_the_last_entry() -> None:
    roster = b"## Attendance\n\n* Ada Quill *\n* Rufus Hale\n* Tess Arden * (* = absent)\n" + BODY
    record = markdown(HEAD + roster)
    assert names(record, "present") == ["Rufus Hale"]
    assert names(record, "absent") == ["Ada Quill", "Tess Arden"]


def test_a_roster_without_a_key_keeps_its_lines_as_written() -> None:
    record = markdown(HEAD + b"## Attendees\n\n* Ada Quill\n* Rufus Hale\n" + BODY)
    assert names(record, "present") == ["Ada Quill", "Rufus Hale"]
    assert names(record, "absent") == []


def test_people_then_where_they_are_from() -> None:
    roster = (b"Invited attendees\n-----------------\n\n* Ada Quill, Plumtree\n* Rufus Hale and Ivo Stark, Greenbank\n"
              b"* Tess Arden, Lena Frost and Otto Wren, Millbrook Co\n\nAgenda\n------\n\n* Budget\n")
    assert names(markdown(HEAD + roster), "present") == ["Ada Quill", "Rufus Hale", "Ivo Stark", "Tess Arden",
                                                         "Lena Frost", "Otto Wren"]


def test_one_person_a_line_then_where_they_are_from() -> None:
    roster = b"## Attendees\n\n* Ada Quill, Plumtree\n* Rufus Hale, Greenbank\n* Ivo Stark, Millbrook Co\n" + BODY
    assert names(markdown(HEAD + roster), "present") == ["Ada Quill", "Rufus Hale", "Ivo Stark"]


def test_a_list_of_names_two_to_a_line_is_not_read_as_organisations() -> None:
    roster = b"## Attendees\n\n* Ada Quill, Rufus Hale\n* Ivo Stark, Tess Arden\n" + BODY
    assert names(markdown(HEAD + roster), "present") == ["Ada Quill", "Rufus Hale", "Ivo Stark", "Tess Arden"]


@pytest.mark.parametrize(("header", "yes", "no"), [(b"| Member | Attended |", b"Y", b"N"),
                                                   (b"| Name | Present |", b"x", b""),
                                                   (b"| Attendees | Status |", b"yes", b"no"),
                                                   (b"| Member | Attending (Y/N) |", b"y", b"n")])
def test_an_attendance_table_with_a_status_column(header: bytes, yes: bytes, no: bytes) -> None:
    table = (header + b"\n|---|---|\n| Ada Quill | " + yes + b" |\n| Rufus Hale | " + no + b" |\n"
             b"| Ivo Stark | " + yes + b" (remote) |\n")
    record = markdown(HEAD + table + BODY)
    assert roles(record, "present") == [("Ada Quill", None), ("Ivo Stark", "remote")]
    assert names(record, "absent") == ["Rufus Hale"]


def test_how_someone_took_part_is_not_the_meetings_location() -> None:
    table = b"| Attendees | Attended |\n|---|---|\n| Ada Quill | Y |\n| Ivo Stark | Y (on Teams) |\n"
    record = markdown(b"# Orchard Guild steering group\n\n## 12 March 2024\n\n" + table + BODY)
    assert record.meeting.location is None
    assert roles(record, "present") == [("Ada Quill", None), ("Ivo Stark", "on teams")]


def test_a_long_list_goes_on_past_a_name_typed_in_lower_case() -> None:
    people = [f"Member{chr(65 + i)} Surname{chr(65 + i)}" for i in range(20)]
    people[7] = "Pavel quist"
    lines = "".join(f"* {p}{' ' if i % 5 == 0 else ''}\n" for i, p in enumerate(people)).encode()
    record = markdown(HEAD + b"## Attendees\n\n" + lines + b"\n## Budget\n\nDiscussed.\n")
    assert names(record, "present") == people


def test_a_lower_case_line_does_not_start_an_attendance_list() -> None:
    record = markdown(HEAD + b"## Attendees\n\nreview of budget\n" + BODY)
    assert names(record, "present") == []


@pytest.mark.parametrize(("heading", "category"), [(b"## Roll Call / Attendance", "present"),
                                                   (b"## Attendance and roll call", "present"),
                                                   (b"**Other participants**", "in_attendance"),
                                                   (b"**Additional attendees:**", "in_attendance")])
def test_headings_and_labels_over_a_list(heading: bytes, category: str) -> None:
    record = markdown(HEAD + b"**Present:** Lena Frost\n\n" + heading + b"\n\n* Ada Quill\n* Rufus Hale\n" + BODY)
    assert names(record, category)[-2:] == ["Ada Quill", "Rufus Hale"]


def test_members_of_the_public_stay_visitors() -> None:
    record = markdown(HEAD + b"Members present: Lena Frost\n\nMembers of the public: Ada Quill\n" + BODY)
    assert names(record, "in_attendance") == ["Ada Quill"]


@pytest.mark.parametrize(("text", "role"), [("(Board Chair)", "chair"), ("(GSC secretary)", "secretary"),
                                            ("Past President", "past president"), ("Port designer", "port designer")])
def test_a_bodys_name_before_an_office(text: str, role: str) -> None:
    assert normalise_role(text) == role


def test_initials_declared_before_or_after_a_name_resolve_to_it() -> None:
    assert parse_entry("AQ - Ada Quill").name == "Ada Quill"
    assert entry_aliases("AQ - Ada Quill") == ["AQ"]
    assert entry_aliases("Rufus Hale (RH)") == ["RH"]
    assert parse_entry("Acme - Ada Quill").name != "Ada Quill" or entry_aliases("Acme - Ada Quill") == []
    record = markdown(HEAD + b"## Attendees\n\n* AQ - Ada Quill\n* Rufus Hale (RH)\n" + BODY)
    roster: Roster = roster_of(record.attendance)
    assert (roster.resolve("AQ"), roster.resolve("RH")) == ("Ada Quill", "Rufus Hale")


def test_a_name_gone_by_in_brackets_stays_in_the_name() -> None:
    entry = parse_entry("Robert (Bob) Lane (Treasurer)")
    assert (entry.name, entry.role) == ("Robert (Bob) Lane", "treasurer")
