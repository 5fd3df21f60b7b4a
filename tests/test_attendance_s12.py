"""Attendance shapes read this session: a list of people with no label over it, a table whose header
row is only attendance labels, offices beside a login id in brackets. All names and lines are invented."""

from __future__ import annotations

from notes_extract import extract


def _attendance(text: str, fmt: str = "markdown") -> dict[str, list[tuple[str, str | None]]]:
    record = extract(text.encode(), format=fmt)
    return {kind: [(a.name, a.role) for a in getattr(record.attendance, kind)]
            for kind in ("present", "apologies", "absent")}


def test_an_unlabelled_list_of_people_before_the_apologies_is_who_came() -> None:
    text = ("The meeting was held on Monday 3rd May 2021, in the upstairs room.\n\n"
            "  - Nora Quill (Chair, Webmaster, nq201)\n  - Otto Brandt (Treasurer, ob44)\n"
            "  - Pia Lund (Webmaster, pl9)\n  - Rui Sousa (rs12)\n\nApologies for Absence\n\n"
            "  - Sam Varga (Webmaster, sv3)\n\n## Budget\n\nThe budget was discussed.\n")
    found = _attendance(text)
    assert found["present"] == [("Nora Quill", "chair"), ("Otto Brandt", "treasurer"),
                                ("Pia Lund", "webmaster"), ("Rui Sousa", None)]
    assert found["apologies"] == [("Sam Varga", "webmaster")]
    # a first list of topics, with nothing saying they are people, is no attendance
    topics = ("The meeting was held on Monday 3rd May 2021.\n\n  - Budget Review\n  - Summer Fair\n"
            "  - Website Update\n\n## Budget Review\n\nThe budget was discussed.\n")
    assert _attendance(topics)["present"] == []


def test_a_table_headed_by_two_attendance_labels_sorts_each_column() -> None:
    text = ("# Team Meeting - 4/5/2020\n\n| Present: | Absent: |\n| :---: | :---: |\n"
            "| Ivo Marsh | Una Pike |\n| Lea Groot | |\n| Tam Olsen | |\n\n## Agenda\n\n1. Progress.\n")
    found = _attendance(text)
    assert found["present"] == [("Ivo Marsh", None), ("Lea Groot", None), ("Tam Olsen", None)]
    assert found["absent"] == [("Una Pike", None)]


def test_a_bullet_of_two_people_with_a_note_after_their_bracket_keeps_the_list_going() -> None:
    text = ("## Attendees\n\n* Ada Finch (Acme)\n* Bea Lowe (Acme) - no guest\n"
            "* Cal Dunn and Dee Marr (Brightco) - no guest\n* Eli Stone (Corex) plus guest\n\n"
            "## Notes\n\nThe draft was discussed.\n")
    assert _attendance(text)["present"] == [("Ada Finch", None), ("Bea Lowe", None), ("Cal Dunn", None),
                                            ("Dee Marr", None), ("Eli Stone", None)]


def test_a_roll_with_yes_beside_those_who_came_and_nothing_beside_the_others() -> None:
    text = ("<h1>Board Call</h1><p><b>Board Members</b></p><table>"
            "<tr><td>Ada Finch</td><td>Yes</td></tr><tr><td>Bea Lowe</td><td>Yes</td></tr>"
            "<tr><td>Cal Dunn</td><td></td></tr><tr><td>Dee Marr</td><td>Yes</td></tr></table>"
            "<h2>Budget</h2><p>The budget was discussed.</p>")
    found = _attendance(text, "html")
    assert found["present"] == [("Ada Finch", None), ("Bea Lowe", None), ("Dee Marr", None)]
    assert found["absent"] == [("Cal Dunn", None)]


def test_a_participants_table_of_handles_and_names_gives_the_names() -> None:
    text = ("# Dev Chat\n\n## Participants\n\n| Chat handle | Name/Nym |\n|---|---|\n"
            "| qix | Ada Finch |\n| BoLo | Bea Lowe |\n| zed_2 | Jan van der Berg |\n\n## Topics\n\nReleases.\n")
    assert _attendance(text)["present"] == [("Ada Finch", None), ("Bea Lowe", None), ("Jan van der Berg", None)]


def test_a_role_heading_over_one_name_names_the_minute_taker() -> None:
    text = ("# Widget Group Call\n\n## 3 May 2024\n\n#### Attendees\n\n* Ada Finch\n\n* Bea Lowe\n\n"
            "#### Scribe\n\n* Bea Lowe\n\n#### Agenda\n\nNone\n\n## Releases\n\nThe release slipped.\n")
    record = extract(text.encode(), format="markdown")
    assert record.meeting.minute_taker == "Bea Lowe"
    assert [a.name for a in record.attendance.present] == ["Ada Finch", "Bea Lowe"]


def test_a_notes_taker_line_naming_two_people_gives_both() -> None:
    text = ("# Tools Group meeting - 2022-03-09\n\n**Facilitator:** Ada Finch (@afinch)\n"
            "**Notes taker:** Bea Lowe (@blowe) / Ada Finch (@afinch)\n\n## Releases\n\nThe release slipped.\n")
    record = extract(text.encode(), format="markdown")
    assert [(a.name, a.role) for a in record.attendance.present] == [("Ada Finch", "chair"),
                                                                     ("Bea Lowe", "minute taker")]
    assert record.meeting.minute_taker == "Bea Lowe / Ada Finch"
