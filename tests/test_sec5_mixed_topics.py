"""Items written as captioned paragraphs of mixed shapes, a colon after one caption, a dash after another
(segment/mixed_topics.py). Invented minutes."""

from notes_extract.api import extract_text

MIXED = """Harbour Sailing Club members' meeting 12 February 2026

Matters from the last meeting: the harbour master has confirmed the new mooring fees for the season.

Treasurer's Report – The accounts show a surplus of three hundred pounds after the winter dinner.

Chair's reply to the pontoon proposal: We were told the council will not fund a pontoon this year.

It was agreed to ask the members for ideas on raising the money instead.
"""

ONE_SHAPE = """Harbour Sailing Club members' meeting 12 February 2026

Moorings Report: The harbour master has confirmed the new mooring fees for the season.

Treasurer's Report: The accounts show a surplus of three hundred pounds after the winter dinner.

Training Report: Six members passed their dinghy instructor course in January.

Bob added: the course will run again in May if enough members sign up.
"""


def _titles(text: str) -> list[str]:
    return [s.title for s in extract_text(text).sections]


def test_captions_of_mixed_shapes_are_the_items() -> None:
    titles = _titles(MIXED)
    assert titles == ["Matters from the last meeting", "Treasurer's Report", "Chair's reply to the pontoon proposal"]


def test_where_one_shape_is_trusted_a_remark_in_another_is_no_item() -> None:
    titles = _titles(ONE_SHAPE)
    assert titles == ["Moorings Report", "Treasurer's Report", "Training Report"]
