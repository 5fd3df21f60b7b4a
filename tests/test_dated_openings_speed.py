"""The opening check before `dated_openings_cut` reads a block's dates must let through every date form
that can open a line: a digit, a weekday's or a month's name, in any case."""

from notes_extract.document import Block, BlockKind
from notes_extract.log_dated_items import dated_openings_cut


def _cut(openings: list[str]) -> list[str] | None:
    blocks = [Block(BlockKind.PARAGRAPH, "Committee log", 0)] + [
        Block(BlockKind.LIST_ITEM, text, i + 1) for i, text in enumerate(openings)]
    out = dated_openings_cut(blocks, day_first=True)
    return None if out is None else [b.text for b in out]


def test_openings_by_weekday_month_and_digits_are_cut() -> None:
    openings = ["TUESDAY 5 March 2024: Ann proposed that the hall be hired",
                "March 12, 2024 - Bo reported on the accounts for the year",
                "2024-03-19 Cy agreed to write to the council about it",
                "sept 3 2024, the group agreed to meet in the library again"]
    assert _cut(openings) == [
        "Committee log",
        "TUESDAY 5 March 2024", "Ann proposed that the hall be hired",
        "March 12, 2024", "Bo reported on the accounts for the year",
        "2024-03-19", "Cy agreed to write to the council about it",
        "sept 3 2024", "the group agreed to meet in the library again"]


def test_a_log_without_dated_openings_is_left_alone() -> None:
    assert _cut(["The hall was hired for the fair", "Accounts were read", "Minutes agreed by all"]) is None
