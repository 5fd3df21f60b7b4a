"""`attendance_label` tries its sentence forms only in a text holding one of their words: each form must
still be read where its word is the only one the sentence has."""

import pytest

from notes_extract.segment.labels import attendance_label


@pytest.mark.parametrize(("text", "category"), [
    ("Ann Lee and Bo Ode were present.", "present"),
    ("Rohleder arrived shortly after the meeting began.", "present"),
    ("Trustee Hayden did not attend.", "absent"),
    ("Meeting called to order at 7:39 pm with Ann Lee, Bo Ode and Cy Rand in attendance.", "present"),
    ("Visitors signed in were Ann Lee and Bo Chan.", "in_attendance"),
    ("The following members were unable to attend: Ann Lee, Bo Ode", "apologies"),
    ("Select Board: Ann Lee and Bo Ode.", "present"),
])
def test_sentence_forms_are_read_through_the_word_check(text: str, category: str) -> None:
    label = attendance_label.__wrapped__(text)
    assert label is not None and label.category == category


def test_a_sentence_without_those_words_is_none() -> None:
    assert attendance_label.__wrapped__("The treasurer read the accounts, which were approved.") is None
