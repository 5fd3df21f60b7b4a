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
