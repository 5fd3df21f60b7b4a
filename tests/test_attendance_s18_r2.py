"""Attendance forms found open in session 18, round 2 (invented snippets)."""

from __future__ import annotations

from notes_extract import extract_text


def _names(text: str, fmt: str = "text") -> dict[str, list[tuple[str, str | None]]]:
    record = extract_text(text, format=fmt)
    data = record.model_dump() if hasattr(record, "model_dump") else record
    return {group: [(p["name"], p["role"]) for p in people] for group, people in data["attendance"].items() if people}


def test_presence_sentence_with_names_joining_another_way() -> None:
    text = ("Minutes of the Club Committee Meeting\n12 March 2025\n\n"
            "Ann Lee, Bo Ode and Cy Park were present in person, with Dee Fox online.\n\n"
            "1. Budget\nThe budget was agreed.\n")
    assert [name for name, _ in _names(text)["present"]] == ["Ann Lee", "Bo Ode", "Cy Park", "Dee Fox"]


def test_office_initials_in_brackets_are_the_role() -> None:
    text = ("# Project meeting 12 March 2025\n\nAttendees:\n- Ann Lee (PM)\n- Bo Ode (QA)\n- Paul Mann (PM)\n"
            "- Cy Park (CEO)\n\n## Budget\nThe budget was agreed.\n")
    assert _names(text, "markdown")["present"] == [("Ann Lee", "pm"), ("Bo Ode", "qa"), ("Paul Mann", None),
                                                   ("Cy Park", "ceo")]


def test_tab_separated_role_beats_the_title_before_the_name() -> None:
    text = ("Minutes of the Parish Council Meeting\n12 March 2025\n\nPresent:\nCllr A Lee\tChair\n"
            "Cllr B Ode\tVice-Chair\nCllr C Park\n\n1. Budget\nThe budget was agreed.\n")
    assert _names(text)["present"] == [("A Lee", "chair"), ("B Ode", "vice-chair"), ("C Park", "councillor")]


def test_space_aligned_name_columns_are_separate_names() -> None:
    text = ("Minutes of the Club Committee Meeting\n12 March 2025\n\nPresent:\nAnn Lee        Bo Ode\n"
            "Cy Park        Dee Fox\n\n1. Budget\nThe budget was agreed.\n")
    assert [name for name, _ in _names(text)["present"]] == ["Ann Lee", "Bo Ode", "Cy Park", "Dee Fox"]


def test_bullet_spaced_off_its_text_is_no_column() -> None:
    text = "Notes\n\n–   Go on more courses\n–   Improve his speaking\n"
    assert "|" not in " ".join(b for b in extract_text(text, format="text").model_dump_json().split("\\n"))


def test_presence_sentence_then_a_semicolon_and_names_joining_online() -> None:
    text = ("Minutes\n12 March 2025\n\nAnn Lee and Bo Ode attended in person; Cy Park joined online.\n\n"
            "1. Budget\nAgreed.\n")
    assert [name for name, _ in _names(text)["present"]] == ["Ann Lee", "Bo Ode", "Cy Park"]


def test_short_offices_in_brackets() -> None:
    text = ("Minutes\n12 March 2025\n\nPresent:\nAnn Lee (V-Chair)\nBo Ode (Dir.)\nVal Cole (VC)\n\n"
            "1. Budget\nAgreed.\n")
    assert _names(text)["present"] == [("Ann Lee", "vice-chair"), ("Bo Ode", "director"), ("Val Cole", None)]
