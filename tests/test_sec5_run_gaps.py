"""Numbered items left between numbered items that are headings already (segment/run_gaps.py), and
titles followed by who led the item ("Opening Prayers - led by ...", numbered_body). Invented minutes."""

from notes_extract.api import extract_text
from notes_extract.document import BlockKind, make_block, numbered
from notes_extract.loaders import load
from notes_extract.segment.numbered_body import item_title
from notes_extract.segment.numbered_titles import title_numbered_lines
from notes_extract.segment.run_gaps import title_run_gaps

GAPS = """Oakbank Bowls Club committee
Minutes of the meeting held on 4 March 2026

1. The chair welcomed everyone and opened the meeting
2. Apologies from Ruth and Dev
3. Green maintenance:
The mower has been serviced and the edges cut.
4. Fixtures:
The league has sent the summer fixtures.
5. New members:
Four new members joined in February.
6. Spring opening ceremony - led by the President, who thanked the green keepers for their winter work
7. Clubhouse:
The roof leak has been repaired.
8. Next meeting will be on 1 April at the clubhouse
"""


def _titles(text: str) -> list[str]:
    return [s.title for s in extract_text(text).sections]


def test_numbers_between_headed_items_are_items() -> None:
    titles = _titles(GAPS)
    assert titles[0].startswith("The chair welcomed everyone")
    assert "Spring opening ceremony" in titles
    assert titles[1:4] == ["Green maintenance", "Fixtures", "New members"]


def test_attendance_and_next_meeting_gaps_stay_out() -> None:
    titles = _titles(GAPS)
    assert not any("Apologies" in t for t in titles)
    assert not any("meeting will be" in t for t in titles)


def test_who_led_an_item_is_no_owner_task() -> None:
    assert item_title("Opening Prayers - led by the Vicar") == ("Opening Prayers", "led by the Vicar")
    assert item_title("Welcome - by the Chair and thanks to Jo") == ("Welcome", "by the Chair and thanks to Jo")
    assert (item_title("Ann - talk to Bo about the banner") or ("",))[0] != "Ann"  # a task given, as before


TASKS = """## Sprint Action Items - 03/02/2026
1. Book the review room for Thursday (Priya)
2. Draft the release notes
3. Docs Debt: Move the setup guide to the wiki
4. Docs Debt: Remove the old screenshots
5. Docs Debt: Link the style guide from the readme
"""


def test_a_numbered_task_list_under_an_actions_heading_keeps_its_tasks() -> None:
    blocks = title_numbered_lines(load(TASKS.encode(), source="tasks.md").blocks)
    assert sum(b.kind is BlockKind.HEADING for b in blocks) >= 3  # "3 Docs Debt" ... made headings
    after = title_run_gaps(blocks)
    assert [b.text for b in after if b.kind is BlockKind.LIST_ITEM][:2] == [
        "Book the review room for Thursday (Priya)", "Draft the release notes"]


LISTED = """Minutes of the Annual Meeting of Brookfield Village Society, 9 May 2026

Present: Ann Lee, Bo Ode, Cy Park

1. No apologies
2. The accounts for the past year were presented and adopted by the members.
3. The Chairman's report –
3.1. The stiles on the river path have been replaced.
3.2. The new boiler in the hall was fitted in March.
4. Questions from residents
4.1. Residents asked about the state of the bus shelter.
5. The next Annual Meeting will be held in May 2027.
"""

AGENDA = """Brookfield Village Society committee, 9 May 2026

1. Apologies
2. Approval of the minutes of the last meeting
3. To receive the Chairman's report on the year
4. Questions from residents
"""


def test_a_sentence_among_items_read_as_headings_is_an_item() -> None:
    titles = _titles(LISTED)
    assert titles[0].startswith("The accounts for the past year were presented")
    assert not any("apologies" in t.lower() or "next Annual Meeting" in t for t in titles)


def test_numbered_lines_one_under_another_stay_a_listed_agenda() -> None:
    blocks = load(AGENDA.encode(), source="agenda.txt").blocks
    assert title_run_gaps(blocks) == blocks


YEAR_NUMBERED = """Minutes of the Allotment Trustees meeting held on 3rd March 2026
Present: Trustees Ash (Chair), Birch, Cedar and the Clerk
12.26 Apologies and reasons for absence
Trustee Elm did not attend.
13.26 To receive the quarterly rent statement
The rents are all paid except for plot 9.
14.26 To confirm the water bill has been paid
Trustee Birch confirmed this had been done.
15.26 Hedge cutting on the north boundary
The contractor will cut the hedge in October after nesting.
16.26 Date of next meeting
7th April 2026
"""



def test_minutes_numbered_with_the_year_part_are_a_run() -> None:
    titles = _titles(YEAR_NUMBERED)
    assert "To confirm the water bill has been paid" in titles
    assert "To receive the quarterly rent statement" in titles
    assert not any("Apologies" in t or "next meeting" in t.lower() for t in titles)


def test_names_with_initials_are_no_evidence_of_titled_items() -> None:
    # "3. **Mina K. Osei**: Close ..." as the earlier passes leave it: the owner's name a numbered heading
    blocks = numbered([
        make_block(BlockKind.HEADING, "March 8", level=2),
        make_block(BlockKind.LIST_ITEM, "Finish the sign-up screen; a pull request will follow.", label="1."),
        make_block(BlockKind.LIST_ITEM, "Completing the draft plan, expected this weekend.", label="2."),
        make_block(BlockKind.HEADING, "3 Mina K. Osei", level=2),
        make_block(BlockKind.PARAGRAPH, "Close the folder structure issue and update the task board."),
        make_block(BlockKind.HEADING, "4 Tomas R. Vidal", level=2),
        make_block(BlockKind.PARAGRAPH, "Once items 1 & 2 are merged, start the design document."),
        make_block(BlockKind.HEADING, "5 Lena P. Okafor", level=2),
        make_block(BlockKind.PARAGRAPH, "Prepare an outline and slides for the review."),
    ])
    assert title_run_gaps(blocks) == blocks
