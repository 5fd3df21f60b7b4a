"""Items numbered "1)", "2)" read as items numbered "1.", "2." do (the same minutes typed either way give the
same record)."""

from __future__ import annotations

from notes_extract import extract_text

_MINUTES = """Church Council Meeting Summary
Thursday 12th January 2023

{1} Treasurer's Report – The accounts for the year will be presented at the annual meeting.

{2} Hall Kitchen – A volunteer is still needed to run the kitchen.

{3} Fabric Committee – Report:

  {1} The gutters have been cleared.
  {2} The noticeboard is still to be replaced.

{4} Parish Lunch – Alan is to organise a lunch for Sunday 2nd April.

{5} Date of Next Meeting – 9th March 2023.
"""


def _read(mark: str):
    return extract_text(_MINUTES.replace("{", "").replace("}", mark), format="text")


def test_bracket_numbered_items_read_as_dotted_ones() -> None:
    dotted, bracketed = _read("."), _read(")")
    assert [s.title for s in dotted.sections] == ["Treasurer's Report", "Hall Kitchen", "Fabric Committee",
                                                  "Parish Lunch"]
    assert [s.title for s in bracketed.sections] == [s.title for s in dotted.sections]
    assert bracketed.next_meeting.date == dotted.next_meeting.date == "2023-03-09"


def test_a_numbered_item_keeps_the_initials_of_who_leads_it() -> None:
    text = ("Editors' call\n13 January 2011\n\nPresent: Sam Moody (SM), Nina Lowe (NL)\n\n"
            "1) Plans for the website (SM)\n\nThe pages will move to the new host.\n\n"
            "2) Plans for the survey (NL)\n\nThe survey opens in March.\n\n"
            "3) Any other business\n\nThere was none.\n")
    record = extract_text(text, format="text")
    assert [(s.title, s.presenter) for s in record.sections] == [
        ("Plans for the website", "Sam Moody"), ("Plans for the survey", "Nina Lowe"), ("Any other business", None)]
