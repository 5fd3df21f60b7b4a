"""Groups of items: a label or heading that only names a group ("Standing items", "Old business")
over the items, written as nested topics with their notes or as labelled bullets."""

from notes_extract import extract_text


def _titles(text: str) -> list[str]:
    record = extract_text(text, format="markdown")
    return [section.title for section in record.sections]


_HEAD = """# Hillside Chess Club committee meeting

Date: 12 May 2025
Attendees: Rob Tan, Matt Fox, Steve Ng, John Bell

"""


def test_group_bullet_over_topics_with_notes_gives_the_topics() -> None:
    # "- Standing items:" among the agenda's topics, its own topics nested under it with their notes
    text = _HEAD + """## Discussion

- Annual tournament
    - The hall is booked for 3 August.
    - Entry fee stays at $10.
- Standing items:
    - Treasurer check-in
        - Balance is $2,310.
    - Membership check-in
        - Four new members joined.
        - Two renewals are late.
"""
    assert _titles(text) == ["Annual tournament", "Treasurer check-in", "Membership check-in"]


def test_group_bullets_under_notes_heading_give_their_topics() -> None:
    text = _HEAD + """## Notes

- Old business
    - Subscription review
        - The meetup subscription costs too much.
        - Rob will look at alternatives.
    - Website
        - Matt has moved the site to a new host.
- New business
    - Annual tournament
        - The hall is booked for 3 August.
"""
    assert _titles(text) == ["Subscription review", "Website", "Annual tournament"]


def test_group_heading_over_labelled_bullets_gives_the_labelled_items() -> None:
    text = _HEAD + """## Old Business

- Subscription review: the meetup subscription costs too much. Rob will look at alternatives.
- Web Hosting: the site is now on a new host.
- Annual tournament: the hall is booked for 3 August.

## Action items

- Rob to compare hosting costs
"""
    assert _titles(text) == ["Subscription review", "Web Hosting", "Annual tournament"]


def test_group_heading_keeps_labelled_notes_where_items_hold_such_notes() -> None:
    # the minutes write labelled notes under their items ("## Coaches report" over "- Spring practices: ..."),
    # so "## General agenda items" over labelled bullets is one more item with its notes
    text = _HEAD + """## Coaches report

- Spring practices: workouts are going well this month.
- Spring schedule: the first regatta is on 16 April.

## General agenda items

- Spring break: rooms are already blocked off for next year.
- Home regatta planning: a meeting at the library on Thursday.
- Parent bonding: a get-together at the boathouse on Saturday.
"""
    assert _titles(text) == ["Coaches report", "General agenda items"]


_TEXT_HEAD = """Riverside Allotment Society
Committee Meeting, 4 March 2025

Present: Ann Lee (Chair), Bo Ode, Cy Rand, Dee Holt

1. Minutes of the last meeting
Approved as a true record.

"""


def test_officers_reports_lettered_under_a_reports_item_are_the_items() -> None:
    # "2. Committee reports" over "a) Treasurer – ...": each officer's report is an item
    text = _TEXT_HEAD + """2. Committee reports
a) Treasurer – plot rents of £1,240 have been received.
b) Secretary – three new members have joined.
c) Site manager – the hedge along the lane needs cutting.

3. Annual show
The show will be held on 14 September.

4. Any other business
None.
"""
    record = extract_text(text, format="text")
    assert [s.title for s in record.sections] == ["Minutes of the last meeting", "Treasurer", "Secretary",
                                                  "Site manager", "Annual show", "Any other business"]


def test_offices_with_their_holders_under_an_elections_item_stay_its_points() -> None:
    text = _TEXT_HEAD + """2. Election of officers
a) Chairman – Ann Lee
b) Secretary – Cy Rand
c) Treasurer – Bo Ode

3. Annual show
The show will be held on 14 September.

4. Any other business
None.
"""
    record = extract_text(text, format="text")
    assert [s.title for s in record.sections] == ["Minutes of the last meeting", "Election of officers", "Annual show",
                                                  "Any other business"]


def test_finance_heading_over_its_parts_is_one_item() -> None:
    # "## Finance" over "### Income" and "### Spending": the parts of one item, not two items
    text = _HEAD + """## Minutes of the last meeting

Approved as a true record.

## Finance

### Income

Plot rents of £1,240 have been received.

### Spending

The new water butts cost £310.

## Site maintenance

The hedge along the lane needs cutting.
"""
    assert _titles(text) == ["Minutes of the last meeting", "Finance", "Site maintenance"]


def test_people_listed_by_initial_and_surname_are_no_lettered_items() -> None:
    # "H. Charalambous", "L. Trubitt", "V. Ng" under a committee's name: its members, not items H, L and V
    text = """Graduate Council
Minutes of 19 September 2001

Present: R. Irving, C. Smith, M. Gallant (Chair), V. Ng

1. Minutes of the last meeting
Approved without amendment.

2. Standing committees
Committee memberships were approved as follows.

Committee on Admissions

R. Irving, Chair
H. Charalambous
C. Smith
L. Trubitt

Committee on Curriculum

M. Gallant, Chair
V. Ng
L. Niu
K. Quinn

3. Program review
A brief discussion was held. It will return to the agenda.
"""
    record = extract_text(text, format="text")
    assert [s.title for s in record.sections] == ["Minutes of the last meeting", "Standing committees",
                                                  "Program review"]


def test_a_lettered_list_in_sequence_keeps_its_letters() -> None:
    from notes_extract.loaders.text.plain import initialled_names

    assert initialled_names(["A. Finance", "B. Membership", "C. Grants"]) == frozenset()
    assert initialled_names(["H. Charalambous", "C. Smith", "L. Trubitt"]) == \
        frozenset({"H. Charalambous", "C. Smith", "L. Trubitt"})


def test_group_heading_over_one_topic_with_notes_gives_the_topic() -> None:
    # "## New Business" over a single topic: that topic is the item, as two would be
    text = _HEAD + """## Old Business

- Subscription review
    - The meetup subscription costs too much.
    - Rob will look at alternatives.
- Website
    - Matt has moved the site to a new host.

## New Business

- Annual tournament
    - The hall is booked for 3 August.
"""
    assert _titles(text) == ["Subscription review", "Website", "Annual tournament"]
