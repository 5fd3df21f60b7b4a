"""The trigger words spare the attendance-cue search only when every cue holds one of them."""

from notes_extract.segment.attendance_sentences import mentions_attendance
from notes_extract.vocab.labels import ATTENDANCE_CUE_TRIGGERS, ATTENDANCE_SENTENCE_CUES


def _top_level_alternatives(fragment: str) -> list[str]:
    pieces, depth, start = [], 0, 0
    for i, char in enumerate(fragment):
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            pieces.append(fragment[start:i])
            start = i + 1
    return [*pieces, fragment[start:]]


def test_every_cue_holds_a_trigger_word() -> None:
    for _, cues in ATTENDANCE_SENTENCE_CUES:
        for cue in _top_level_alternatives(cues):
            assert any(word in cue.lower() for word in ATTENDANCE_CUE_TRIGGERS), cue


def test_cues_found_in_any_case() -> None:
    assert mentions_attendance("Those PRESENT were Ann Lee and Bo Ode.")
    assert mentions_attendance("Roll-call taken.")
    assert not mentions_attendance("The budget was approved.")
