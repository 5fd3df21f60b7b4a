"""Attendance forms read in the att round (unseen-minutes session): "Name – Role" lists with a
role-less member among them or people sharing a role, ... All names and lines are invented."""

from __future__ import annotations

from notes_extract import extract


def _attendance(text: str, fmt: str = "text") -> dict[str, list[tuple[str, str | None]]]:
    record = extract(text.encode(), format=fmt)
    return {kind: [(a.name, a.role) for a in getattr(record.attendance, kind)]
            for kind in ("present", "apologies", "absent", "in_attendance")}


def test_a_dashed_role_list_keeps_a_member_without_a_role_and_vouches_for_the_apologies() -> None:
    text = ("Committee Meeting – 3 March 2024\n\nPresent\n\nRosa Kemp – Chair\nTom Vale – Kit Officer\n"
            "Ines Holt – Thursday Rep\nOwen Marsh\n\nApologies\n\nLiv Sato – Friday Rep\nBen Cole – Newsletter\n\n"
            "1. Treasurer\n\nThe balance is stable.\n")
    found = _attendance(text)
    assert found["present"] == [("Rosa Kemp", "chair"), ("Tom Vale", "kit officer"),
                                ("Ines Holt", "thursday rep"), ("Owen Marsh", None)]
    assert found["apologies"] == [("Liv Sato", "friday rep"), ("Ben Cole", "newsletter")]


def test_a_guest_line_of_two_people_sharing_a_role_after_the_dash() -> None:
    text = ("Senate Minutes\nMarch 2, 2022\nPresent: Abbot, Brill, Cole and Dunn\n"
            "GUESTS: Ada Penn – Registrar\nEd Moss and Fay Lund – Student Representatives\n"
            "Gil Hart – Library Representative\nThe meeting was called to order at 2:00.\n")
    found = _attendance(text)
    names = [name for name, _ in found["in_attendance"]]
    assert names == ["Ada Penn", "Ed Moss", "Fay Lund", "Gil Hart"]
    assert dict(found["in_attendance"])["Ada Penn"] == "registrar"


def test_a_pictograph_before_an_attendance_label_is_an_ornament() -> None:
    text = ("# Team Notes\n\n### 📣 **Attendees**:\n\n- Rosa Kemp\n- Tom Vale\n\n"
            "### 🎯 **Objectives**:\n\n1. Sprint review\n")
    assert _attendance(text, "markdown")["present"] == [("Rosa Kemp", None), ("Tom Vale", None)]
    roll = "Sync 3 May 2024\n\n✅ Present: Ines Holt, Owen Marsh\n❌ Absent: Liv Sato\n\n1. Demo\n\nShown.\n"
    found = _attendance(roll)
    assert found["present"] == [("Ines Holt", None), ("Owen Marsh", None)]
    assert found["absent"] == [("Liv Sato", None)]


def test_and_splits_two_people_whose_brackets_hold_a_long_office() -> None:
    text = ("Minutes of the Parks Committee, 3 May 2022\n\nPresent: Councillors Hale, Brook and Ward.\n\n"
            "Also in attendance:\nMs D Quill (Parks Manager), Mr L Pardo (Solicitor) and "
            "Ms T Ronde (Senior Democratic Services Officer).\n\n1. Apologies\n\nNone.\n")
    found = _attendance(text)
    assert [name for name, _ in found["in_attendance"]] == ["D Quill", "L Pardo", "T Ronde"]
    assert dict(found["in_attendance"])["T Ronde"] == "senior democratic services officer"


def test_people_said_to_be_present_after_the_members_list_are_in_attendance() -> None:
    text = ("Minutes of a meeting of Ashby Parish Council held on 4th May 2021 at 19:30\n"
            "Present: Cllrs A Hale, B Brook, C Ward and D Moss.\n"
            "County Cllrs Penrose and Tull were present\n\n"
            "1. Public session\n\nNo questions were raised.\n")
    found = _attendance(text)
    assert [name for name, _ in found["present"]] == ["A Hale", "B Brook", "C Ward", "D Moss"]
    assert [name for name, _ in found["in_attendance"]] == ["Penrose", "Tull"]
    # a member who came late is still a member present
    late = ("Minutes of the Harbour Commission, 4 May 2021\n\n"
            "Commissioners Present: Ann Hale, Bo Brook and Cy Ward were present. Moss arrived shortly after the "
            "meeting began.\n\nCONSENT CALENDAR\n\nApproved.\n")
    assert "Moss" in [name for name, _ in _attendance(late)["present"]]


def test_unable_to_attend_beside_a_listed_name_is_an_apology() -> None:
    text = ("# Design sync\n\n## Attendees\n\n- Jo Pitt\n- Ivo Marsh\n- Tam Hale (unable to attend)\n\n"
            "## Summary\n\nThe tests were reviewed.\n")
    found = _attendance(text, "markdown")
    assert found["present"] == [("Jo Pitt", None), ("Ivo Marsh", None)]
    assert found["apologies"] == [("Tam Hale", None)]
    lines = ("Minutes of the Inaugural Meeting 04/01/2024\n\nMembers Present:\n\nAda Roe,\nBen Holt,\n"
             "Cal Finch (unable to attend today's meeting).\n\nPurpose\n\nTo appoint officers.\n")
    assert _attendance(lines)["apologies"] == [("Cal Finch", None)]
