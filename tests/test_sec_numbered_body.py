"""A numbered list that is the minutes' whole body: its numbers are the agenda items, whatever shape
each item's title takes (segment/numbered_body.py). Invented minutes."""

from notes_extract.api import extract_text
from notes_extract.loaders import load
from notes_extract.segment.numbered_body import title_numbered_body

MIXED = """Riverside Rowing Club committee
Tuesday 3rd March 2026

1. Boathouse Roof – The roofer has quoted and work starts in April.
2. A new coach has been appointed for the junior squad.
3. Regatta entries. Twelve crews are entered so far.
4. Kit order – none this month
5. Safety officer: the rescue launch passed its inspection.
6. Date of Next Meeting – 7th April 2026.
"""


def _titles(text: str) -> list[str]:
    return [s.title for s in extract_text(text).sections]


def test_mixed_title_shapes_make_every_number_an_item() -> None:
    titles = _titles(MIXED)
    assert titles[:3] == ["Boathouse Roof", "A new coach has been appointed for the junior squad.", "Regatta entries"]
    assert "Kit order" in titles and "Safety officer" in titles
    assert not any("Next Meeting" in t for t in titles)


GROUPED = """Hillside Allotment Society
Minutes – 5 May 2026

1. Minutes of last meeting – agreed as a true record
2. Water supply – the new trough is in place
3. Treasurer. The balance stands at 410 pounds.
4. Old business

Compost bays – rebuilt by the Saturday volunteers.

Shed lock – a new padlock was bought.

5. Plot inspections. These will take place in June.
"""


def test_group_item_over_dash_paragraphs_gives_way_to_them() -> None:
    assert _titles(GROUPED) == ["Minutes of last meeting", "Water supply", "Treasurer", "Compost bays", "Shed lock",
                                "Plot inspections"]


TODO = """Design team retro
1. Review the wiki format
2. Clean up the shared drive
3. Update onboarding document (Kim)
4. Book the next design sync
"""


def test_a_list_of_bare_task_lines_is_no_agenda() -> None:
    blocks = load(TODO.encode(), source="todo.txt").blocks
    assert title_numbered_body(blocks) == blocks  # title lines with no text of their own: a to-do list


LISTED_AGENDA = """Meadow Lane Bowls Club
AGENDA 4 June 2026
1. Green repairs – quotes to be compared
2. Fixture list – the league has sent dates
3. Bar rota. Volunteers are needed for July.
4. Any other items
"""


def test_a_list_under_an_agenda_label_is_left_to_the_agenda_reader() -> None:
    blocks = load(LISTED_AGENDA.encode(), source="agenda.txt").blocks
    assert title_numbered_body(blocks) == blocks


OWNER_TASKS = """Quiz night committee
Minutes
1. Ann - book the hall for March
2. Cal Brown - order the raffle prizes
3. Dee - email members about the quiz
4. Treasurer - pay the deposit
"""


def test_owners_and_their_tasks_are_no_titles() -> None:
    blocks = load(OWNER_TASKS.encode(), source="tasks.txt").blocks
    assert title_numbered_body(blocks) == blocks


TYPED = """MINUTES OF BRAMBLE END PARISH MEETING
HELD IN THE SCHOOL ROOM
MONDAY 6th APRIL 2026

Present: Mrs Ivy Holt - Chairman, Mr Sam Reed, Mrs Jo Park

1. Apologies for Absence: Mr Lee

2. No Declarations of Interest made.

3. Approval of Minutes

The minutes of the March meeting were agreed as a true record.

4. Reports:

4.1 Chairman's Report:

The bus shelter has been repaired.

4.2 Clerk's Report:

The insurance renewal has been received.

5. Accounts

The current account stands at 2,310 pounds.

5.1 Payment of the grass cutting invoice was agreed.

6. Correspondence

A letter about the footpath diversion was noted.
"""


def test_typed_numbers_with_sub_items_under_a_group() -> None:
    titles = _titles(TYPED)
    assert titles[:3] == ["No Declarations of Interest made.", "Approval of Minutes", "Chairman's Report"]
    assert titles[3:] == ["Clerk's Report", "Accounts", "Correspondence"]  # "5.1 ..." a point of Accounts


CUT_LINE = """Hackathon organisers
Minutes
1. Venue – The hall is booked for both days.
2. Catering – Quotes were compared.
3. Prizes: Three sponsors have offered prizes.
4. Travel grants the sponsor has approved up to three grants for participants
"""


def test_a_line_cut_before_its_sentence_ends_is_left_as_it_is() -> None:
    blocks = title_numbered_body(load(CUT_LINE.encode(), source="cut.txt").blocks)
    assert blocks[-1].kind.name == "LIST_ITEM" and blocks[-1].text.startswith("Travel grants")
    assert [b.text for b in blocks if b.kind.name == "HEADING"] == ["1 Venue", "2 Catering", "3 Prizes"]
