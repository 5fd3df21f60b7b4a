"""Item layouts of text minutes (invented snippets): a numbered title over an indented body, a numbered
"Minutes" item, a proposal put to a count then carried."""

from notes_extract import api
from notes_extract.extractors.decisions import decisions_in
from notes_extract.nlp import sentences
from notes_extract.people import Roster
from notes_extract.segment.minutes_titles import minutes_title

_INDENTED = """Larchfield Bowls Club
Committee Meeting - 3 March 2031

1. Minutes of the last meeting
   Approved. Proposed by Ida Crane, seconded by Moss Hale.

2. Greens report
   The top green is recovering well.

3. Fixtures
   Twelve home fixtures are booked.
"""


def test_numbered_title_over_an_indented_body(tmp_path) -> None:
    path = tmp_path / "club.txt"
    path.write_text(_INDENTED)
    record = api.extract(str(path))
    titles = [s.title for s in record.sections]
    assert titles == ["Minutes of the last meeting", "Greens report", "Fixtures"]


def test_wrapped_item_still_joins(tmp_path) -> None:
    text = ("Committee Meeting - 3 March 2031\n\n"
            "1. The treasurer reported that the accounts for the year were now with the\n"
            "   examiner and would be ready for the AGM.\n"
            "2. Fixtures\n   Twelve home fixtures are booked.\n")
    path = tmp_path / "club.txt"
    path.write_text(text)
    record = api.extract(str(path))
    assert not any(s.title.startswith("examiner") for s in record.sections)
    assert not any(p.text.startswith("examiner") for s in record.sections for p in s.points)


def test_numbered_minutes_item_is_not_a_title() -> None:
    assert not minutes_title("2. Minutes")
    assert not minutes_title("B) Minutes")
    assert minutes_title("Larchfield Bowls Club Minutes")


def test_proposal_counted_then_carried() -> None:
    found = [d for _, d in decisions_in([sentences("Proposal to raise the green fee to £9. For 14, against 3. "
                                                   "Carried.")], Roster(["Ida Crane"]), section="Fees")]
    assert len(found) == 1
    assert found[0].text.startswith("Proposal to raise the green fee")
    assert found[0].kind == "motion" and found[0].votes is not None and found[0].votes.for_ == 14


def test_range_of_days_in_a_sentence_starts_no_meeting(tmp_path) -> None:
    text = ("Dunmore Sketch Club\nCommittee Meeting - 9 May 2031\n\nPresent: Ada Vole, Kit Marr\n\n"
            "Summer Show\n===========\nVenue booked at the Drill Hall, 14-16 August.\n\n"
            "Any Other Business\n==================\nNone.\n")
    path = tmp_path / "club.txt"
    path.write_text(text)
    records = api.extract_all(str(path))
    assert len(records) == 1
    assert [s.title for s in records[0].sections] == ["Summer Show", "Any Other Business"]
