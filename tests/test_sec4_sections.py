"""Sections rules of the sec4 branch, each on a small invented snippet."""

from __future__ import annotations

from notes_extract import extract_text


def _titles(text: str) -> list[str]:
    return [s.title for s in extract_text(text).sections]


# A numbered list that is the whole body: two items hold their text as a nested list, one titles
# itself "Title –" over that list, the others are bare titles or "Title – text".
NUMBERED_BODY_WITH_NESTED_LISTS = """Riverside Allotment Society Committee Meeting

Tuesday, March 4th, 7:00-8:00 p.m.

Meeting was held in the pavilion with 9 members present

  1. Opening remarks
  2. Minutes of the last meeting approved
  3. Seed swap ideas gathered, most plots will take part
    1. Bean seeds
    2. Tomato cuttings
  4. Shed repairs
    1. Roof felt ordered
    2. New padlock fitted
  5. Water troughs – the north trough leaks again and will be patched on Saturday
  6. Plot inspections – walkround planned for the last Sunday of the month
  7. Finance update –
    1. Balance is 412 pounds
    2. Two rents still unpaid
"""


def test_numbered_body_item_with_a_nested_list_has_text() -> None:
    titles = _titles(NUMBERED_BODY_WITH_NESTED_LISTS)
    assert "Shed repairs" in titles
    assert "Water troughs" in titles
    assert "Finance update" in titles  # the dash that leads to the nested list is not in the title
    assert "Roof felt ordered" not in titles  # sub-items are the item's points
    # untitled, but over its own nested list: a whole item, not a line cut short, titled by its words
    assert "Seed swap ideas gathered, most plots will take part" in titles


# Short "Label: value" lines under the attendance, before the first numbered item: fields of the
# header, not items. The numbered items after them are the items.
HEADER_FIELDS_UNDER_ATTENDANCE = """Harbour Rowing Club Committee

12 May 2024

Present: Ann Lee, Bo Ode, Cy Park
Absent: Dee Roe
Timekeeper: Bo
Vacant Posts: Social Secretary; Webmaster

1. Minutes of the last meeting were approved.

2. Boat maintenance: the coxless four needs new riggers before the regatta.

3. Membership: twelve juniors joined this spring and the fees were agreed.

4. Any other business: none.
"""


def test_short_label_lines_under_attendance_are_header_fields() -> None:
    titles = _titles(HEADER_FIELDS_UNDER_ATTENDANCE)
    assert "Timekeeper" not in titles
    assert "Vacant Posts" not in titles


# The same label shape after the attendance, but holding a sentence and followed by plain text:
# an item.
LABELLED_ITEM_AFTER_ATTENDANCE = """Harbour Rowing Club Committee

Present: Ann Lee, Bo Ode, Cy Park
Boat Shed: The roof was inspected and the repairs were agreed.
The builder starts on Monday.
Social Events: The summer barbecue will be held on 3 August.
Regatta: Entries close on Friday and the club will send two crews.
"""


def test_labelled_item_with_a_sentence_stays_an_item() -> None:
    assert "Boat Shed" in _titles(LABELLED_ITEM_AFTER_ATTENDANCE)


# A scrum's scribe writes each person's words once after their first name; the team line lists them
# in full. Those lines are turns (points), not items; the labelled lines that are no one's name stay items.
SCRUM_TURNS_NAMED_IN_THE_TEAM_LINE = """Project: Tide Tables

Team: Omar Haddad [X], Lena Fischer [X], Priya Nair [X], Tom Okafor [X]

Scribed discussion:

Omar: Set up the repository and wrote the first issue

Lena: Drafted the README and the contribution guide

Priya: Sketched the screens for the booking page

Tom: Reviewed the sprint board with the mentor
"""

# Minutes whose labelled paragraphs are items, and which write a person's words once as "Ann: ..."
# where the prose says "Ann noted" elsewhere.
LABELLED_ITEMS_AND_ONE_TURN = """Lakeside Choir Committee

Present: Ann Lee, Bo Ode, Cy Park

Concert Planning: The spring concert will be on 12 April in the parish church.
Ann noted that the organ needs tuning before then.

Ann: asked whether the choir could borrow risers from the school.

Music Library: The new scores arrived and were catalogued by the librarian.

Finance: The balance stands at 1,240 pounds after the autumn subscriptions.
"""


def test_first_name_labels_of_listed_people_are_turns() -> None:
    titles = _titles(SCRUM_TURNS_NAMED_IN_THE_TEAM_LINE)
    assert not {"Omar", "Lena", "Priya", "Tom"} & set(titles)


def test_a_reported_speakers_label_is_a_turn_and_other_labels_stay_items() -> None:
    titles = _titles(LABELLED_ITEMS_AND_ONE_TURN)
    assert "Ann" not in titles
    assert {"Concert Planning", "Music Library", "Finance"} <= set(titles)


# A telecon's notes open with how to join the call: a part of the page, not an agenda item.
TELECON_WITH_CONNECTION_DETAILS = """# Data Format Working Group telecon, 3 March 2025

## Connection details

Join the video call at the usual link; the passcode is in the invitation email.

## Status updates

- The schema draft has two open issues.

## To be discussed

- Whether to publish the draft before the summer.
"""


def test_connection_details_heading_is_furniture() -> None:
    titles = _titles(TELECON_WITH_CONNECTION_DETAILS)
    assert "Connection details" not in titles
    assert "Status updates" in titles


# Items typed with the number touching the title ("3.Minutes"), as some word processors' text exports
# leave them; "3.5" stays a number.
TOUCHING_NUMBERS = """MINUTES OF THE BOWLS CLUB COMMITTEE HELD ON 2nd May 2023

1.Present: Ann, Bo, Cy and Dee
2.Apologies: Ed
3.Minutes of the Previous Meeting: agreed and signed.
4.Green Maintenance
The mower needs a new blade; the cost of 3.5 hours of labour was agreed.
5.Fixtures
The league fixtures were circulated and the friendly on 20 May was confirmed.
"""


def test_number_touching_its_title_is_a_numbered_item() -> None:
    titles = _titles(TOUCHING_NUMBERS)
    assert "Green Maintenance" in titles
    assert "Fixtures" in titles
    assert not any(t.startswith(("4.", "5.")) for t in titles)


# A scribe's remark under an item, labelled like an item: a point of that item, not an item.
NOTE_UNDER_AN_ITEM = """Parks Committee

Present: Ann Lee, Bo Ode, Cy Park

Playground Inspection: The annual inspection found two loose bolts on the climbing frame.

Procedural Note: Corrections to these minutes will be circulated in italics by the clerk.

Tree Planting: Forty saplings will be planted along the north path in November.

Litter Bins: Three new bins were requested for the car park and the request was approved.

PS: Members should check the new booking calendar before the next meeting.
"""


def test_note_and_ps_labels_are_remarks_not_items() -> None:
    titles = _titles(NOTE_UNDER_AN_ITEM)
    assert "Procedural Note" not in titles
    assert "PS" not in titles
    assert {"Playground Inspection", "Tree Planting", "Litter Bins"} <= set(titles)
