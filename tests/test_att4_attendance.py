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
