"""Numbered items left between numbered items that are headings already (segment/run_gaps.py), and
titles followed by who led the item ("Opening Prayers - led by ...", numbered_body). Invented minutes."""

from notes_extract.api import extract_text
from notes_extract.document import BlockKind
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
