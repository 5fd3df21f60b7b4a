"""Presenters and kinds of items, as invented minutes write them."""

from notes_extract import extract_text


def _heads(text: str, fmt: str = "text") -> list[tuple[str, str | None]]:
    record = extract_text(text, format=fmt)
    return [(section.title, section.presenter) for section in record.sections]


def test_two_letter_names_and_initials_in_brackets_present_items() -> None:
    # "(Bo)", "(CR)": a first name of two letters or initials, ending several headings the same way
    text = """Riverside Allotment Society - Committee Meeting
4 March 2025

Present: 9 members

1. Minutes of the last meeting (AL)
Approved as a true record.

2. Finance (Bo)
Plot rents of £1,240 have been received.

3. Annual show (CR)
The show will be held on 14 September.

4. Website (Jo)
The new site is live.

5. Any other business
None.
"""
    assert _heads(text)[:4] == [("Minutes of the last meeting", "AL"), ("Finance", "Bo"), ("Annual show", "CR"),
                                ("Website", "Jo")]


def test_one_bracketed_word_alone_names_no_presenter() -> None:
    text = """Riverside Allotment Society - Committee Meeting
4 March 2025

Present: 9 members

1. Minutes of the last meeting
Approved as a true record.

2. Finance (VAT)
The return was filed.

3. Annual show
The show will be held on 14 September.
"""
    assert _heads(text)[1] == ("Finance (VAT)", None)
