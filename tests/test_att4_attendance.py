"""Attendance written in forms seen in unseen minutes (session thirteen, attendance4): lists run into one
paragraph under labels of any wording, and roll calls told as a sentence. All names and lines are invented."""

from __future__ import annotations

from notes_extract import extract


def _attendance(text: str, fmt: str = "text") -> dict[str, list[tuple[str, str | None]]]:
    record = extract(text.encode(), format=fmt)
    return {kind: [(a.name, a.role) for a in getattr(record.attendance, kind)]
            for kind in ("present", "apologies", "absent", "in_attendance")}


def test_qualified_labels_run_into_one_paragraph_each_read_under_their_own_label() -> None:
    # a label set close with an em dash inside another label, "Name, Role;" entries, then labels
    # naming their group ("Regional Staff Present:", "Board Members Absent:") run on after the last entry
    text = ("Minutes of the Directors' call, 4 March 2019\n\n"
            "Attendance: Members present—Olga Brandt, Chair; Piet Varga, Treasurer; Rana Osei; "
            "Regional Staff Present: Tomas Hale, Uma Reyes; Members Absent: Vera Lind.\n\n"
            "Finance: the accounts were received.\n")
    found = _attendance(text)
    assert found["present"] == [("Olga Brandt", "chair"), ("Piet Varga", "treasurer"), ("Rana Osei", None)]
    assert found["in_attendance"] == [("Tomas Hale", None), ("Uma Reyes", None)]
    assert found["absent"] == [("Vera Lind", None)]


def test_a_body_name_before_a_run_on_label_belongs_to_the_label() -> None:
    text = ("Food Hall Co-op Board Meeting Minutes, 9 June 2017\n\n"
            "Board Members Present: Kemal Aydin, Lena Fiske, Marta Novak Board Members Absent: Nils Berg, Oona Pyle\n\n"
            "Budget: no changes were made.\n")
    found = _attendance(text)
    assert found["present"] == [("Kemal Aydin", None), ("Lena Fiske", None), ("Marta Novak", None)]
    assert found["absent"] == [("Nils Berg", None), ("Oona Pyle", None)]


def test_name_comma_role_entries_between_semicolons_are_one_person_each() -> None:
    text = ("Minutes of the Council of the Guild, 2 May 2018\n\n"
            "Present: Hana Kovac, President; Ivo Marsh, President Elect; Jana Roth, Immediate Past President; "
            "Karl Nyberg, Treasurer; Lia Stone; Mo Adair.\n\n"
            "Reports: the treasurer reported.\n")
    assert _attendance(text)["present"] == [
        ("Hana Kovac", "president"), ("Ivo Marsh", "president elect"), ("Jana Roth", "immediate past president"),
        ("Karl Nyberg", "treasurer"), ("Lia Stone", None), ("Mo Adair", None)]


def test_a_member_and_the_one_standing_in_are_still_two_people() -> None:
    from notes_extract.people_lists import split_people
    # "Surname, Initials Surname;": a member absent and their stand-in, not a role
    assert split_people("Abbot, K.L. Marsh; Barrow, T. Lind; and Crane, P. Oduya.") == [
        "Abbot", "K.L. Marsh", "Barrow", "T. Lind", "and Crane", "P. Oduya"]


def test_a_list_that_has_ended_takes_no_title_after_it() -> None:
    # names on the label's line, then the officers' lines, then the first item's title
    text = ("Board Meeting 2021-03-01\n\nAttending: Rolf, Sunita, Tobias\n\nApologies: Ulla, Viktor\n\n"
            "Chair: Rolf\nMinutes: Sunita\n\nWinter Programme\nSunita will book the hall.\n")
    found = _attendance(text)
    assert found["apologies"] == [("Ulla", None), ("Viktor", None)]
    # a paragraph of names closed with a full stop, then a heading in capitals
    text = ("Minutes of the Academic Assembly, 4 April 2001\n\nGuests of the Assembly:\n\n"
            "H. Abara, J. Bell, and K. Crowe.\n\nSPECIAL REPORTS\n\nBudget Outlook\n\nThe provost reported.\n")
    assert [name for name, _ in _attendance(text)["in_attendance"]] == ["H. Abara", "J. Bell", "K. Crowe"]


def test_a_minute_taker_named_apart_from_the_members_with_a_job_title_is_in_attendance() -> None:
    text = ("Board Minutes 3 May 2020\n\nPresent: Alma Reyes, Boris Ode, Celia Rand\n\n"
            "Recorder: Dina Moss (Office Administrator)\n\nBudget\n\nThe budget was agreed.\n")
    found = _attendance(text)
    assert [name for name, _ in found["present"]] == ["Alma Reyes", "Boris Ode", "Celia Rand"]
    assert found["in_attendance"] == [("Dina Moss", "minute taker")]
    # with no job title beside the name, the minute taker is one of those present
    plain = text.replace(" (Office Administrator)", "")
    assert ("Dina Moss", "minute taker") in _attendance(plain)["present"]
