"""Section structure written without heading styles, each on a small invented document:
loose bold lines, label lines over bullets, agenda-template furniture, scribe tallies,
an agenda whose items carry their notes, and "N. Item - outcome" lines."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord


def text(data: bytes) -> MinutesRecord:
    return extract(data, format="text")


def markdown(data: bytes) -> MinutesRecord:
    return extract(data, format="markdown")


def titles(record: MinutesRecord) -> list[str]:
    return [s.title for s in record.sections]


LOOSE_BOLD = b"""Minutes of the Garden Club, 3 March 2025

Present: Olga Brandt, Tomas Reyes

** Seed Swap Planning **
- The swap will run in the library hall.
- Tomas will book the tables.

**Hedge Trimming **
- Volunteers are needed in April.
"""


def test_loose_bold_lines_are_headings_in_markdown() -> None:
    record = markdown(LOOSE_BOLD)
    assert titles(record) == ["Seed Swap Planning", "Hedge Trimming"]


def test_loose_bold_lines_are_headings_in_plain_text() -> None:
    record = text(LOOSE_BOLD.replace(b"- ", b"* "))
    assert titles(record) == ["Seed Swap Planning", "Hedge Trimming"]


def test_bold_heading_ending_in_a_full_name_gives_the_presenter() -> None:
    record = markdown(b"""Minutes of the Garden Club, 3 March 2025

Present: Olga Brandt, Tomas Reyes

**Composting Trial - Mirela Varga (Allotment Trust)**
- The group thanked Mirela for the results, and Olga asked about costs.
""")
    assert [(s.title, s.presenter) for s in record.sections] == [("Composting Trial", "Mirela Varga")]


def test_label_lines_over_bullets_are_sections() -> None:
    record = markdown(b"""### Sprint meeting 2

Date: 4 February 2025

Business:
- Reviewed the login page
- Talked about the export format

Actions:
- Write the export endpoint
""")
    assert titles(record) == ["Business"]
    assert [p.text for p in record.sections[0].points] == ["Reviewed the login page", "Talked about the export format"]


def test_label_line_among_reports_stays_a_part_of_its_item() -> None:
    record = markdown(b"""Minutes of the Network, 3 March 2025

Present: Olga Brandt, Tomas Reyes

### Members' News
The walking group has a new leader.
Riverside Tenants:
- Still looking for an office this year
- A new treasurer was found
""")
    assert titles(record) == ["Members' News"]


def test_agenda_template_furniture_is_not_a_section() -> None:
    record = markdown(b"""## Agenda for the March call of the Parser Group

### Registration
None required if you have attended before.

## Logistics
The call is on a video service.

## Agenda items
1. Opening
1. Review of the grammar draft

## Agenda items for future meetings
None

## Meeting Notes

### Grammar draft
Ann presented the draft and the group discussed the edge cases.

### Test suite
The group agreed to publish the tests with the draft.
""")
    assert titles(record) == ["Grammar draft", "Test suite"]


def test_scribe_tallies_and_initials_are_not_sections() -> None:
    record = markdown(b"""## Meeting Notes, 12 May 2024

### Threads proposal
KL: we could ship it behind a flag.
MP: agreed, that seems fine.
KL: then we need tests first.
Poll: move threads to phase 2
SF: 9
N: 2
[Proposal passes.]

### Tables proposal
QZ: a late question about tables?
MP: not yet settled.
""")
    assert titles(record) == ["Threads proposal", "Tables proposal"]


AGENDA_WITH_NOTES = b"""# Build Tools Call, 9 January 2024

## Agenda
- Nightly builds are green again
    - The cache fix from last week solved the timeouts on the runners
    - AI: Priya to write up the cache settings in the wiki
- Plugin loading order?
    - Some plugins depend on each other and load in the wrong order today
    - Marek: we could sort them by their declared dependencies first
- Olek: not sure yet which parts his team will take on this year
- Release notes
    - The template needs a section for breaking changes and deprecations
"""


def test_agenda_items_with_nested_notes_are_the_sections() -> None:
    record = markdown(AGENDA_WITH_NOTES)
    assert titles(record) == ["Nightly builds are green again", "Plugin loading order?", "Release notes"]
    plugins = record.sections[1]
    assert any(p.text.startswith("Olek: not sure") for p in plugins.points)


def test_agenda_with_short_sub_items_stays_an_agenda() -> None:
    record = markdown(b"""# Build Tools Call, 9 January 2024

## Agenda
- Reports
    - Treasurer
    - Secretary
- Plugins
    - Loading order
    - Signing

## Reports
The treasurer said the budget is on track for the year.

## Plugins
The group talked about the loading order and signing.
""")
    assert titles(record) == ["Reports", "Plugins"]


ITEMS_WITH_OUTCOMES = b"""Tenants' Association - first meeting

12/03/2025

Agenda and outcomes

  1. Choose the officers - Done, see the notice board
  2. Adopt the constitution - Agreed with two changes
  3. Set the yearly fee - We decided to keep it at five pounds
  4. Who will look after the newsletter? Dana offered to edit it
"""


def test_numbered_items_with_their_outcome_on_the_line_are_sections() -> None:
    record = text(ITEMS_WITH_OUTCOMES)
    assert titles(record) == ["Choose the officers", "Adopt the constitution", "Set the yearly fee",
                              "Who will look after the newsletter?"]
    assert [p.text for p in record.sections[2].points] == ["We decided to keep it at five pounds"]
    assert "Agreed with two changes" in [d.text for d in record.decisions]


def test_numbered_owner_dash_task_lines_stay_actions() -> None:
    record = text(b"""Tenants' Association - first meeting

12/03/2025

Actions
  1. Dana Price - print the newsletter
  2. Olek Sands - book the hall
  3. Mira Hale - collect the fees
""")
    assert titles(record) == []
    assert len(record.actions) == 3


def test_item_word_and_number_lines_are_headings_without_their_number() -> None:
    record = text(b"""Board minutes, 4 May 2024

Present: Ann Lee, Bob Stone

Item 3: Membership
Membership is up by ten this year.

Item 4 - Website
The website needs a new host soon.
""")
    assert titles(record) == ["Membership", "Website"]


def test_an_item_whose_one_point_cites_a_link_is_kept() -> None:
    record = markdown(b"""# Board minutes, 4 May 2024

Present: Ann Lee, Bob Stone

## Grant rules
- Ann explained the new grant rules (https://example.org/grants) and what they change for us.

## Website
- Slides: https://example.org/slides
""")
    assert titles(record) == ["Grant rules"]


def test_an_attendee_before_a_colon_presents_the_item() -> None:
    record = markdown(b"""# Board minutes, 4 May 2024

Present: Ann Lee (AL), Bob Stone (BS), Cara Diaz

## Bob Stone: Website redesign
The new site goes live in June.

## AL: Hall hire
Cara will book the hall.
""")
    assert [(s.title, s.presenter) for s in record.sections] == [("Website redesign", "Bob Stone"),
                                                                 ("Hall hire", "Ann Lee")]


def test_nested_action_lines_of_an_agenda_with_notes_get_their_item() -> None:
    record = text(b"""Board minutes, 4 May 2024

Present: Ann Lee (AL), Bob Stone (BS), Cara Diaz

Agenda
1. Budget update (AL)
   - The budget was approved after a long discussion today.
   - Bob asked for a breakdown of the costs for next time.
2. Website redesign - Bob Stone
   - The new site goes live in June if the host agrees.
   - AI: BS to send the host contract to the board.
""")
    assert [(s.title, s.presenter) for s in record.sections] == [("Budget update", "Ann Lee"),
                                                                 ("Website redesign", "Bob Stone")]
    assert [(a.section, [o.name for o in a.owners]) for a in record.actions] == [("Website redesign", ["Bob Stone"])]


def test_a_heading_naming_only_a_speaker_is_a_turn_of_the_open_item() -> None:
    record = markdown(b"""# Web group call, 4 May 2024

## Attendees
- Ann Lee
- Bob Stone

## Fonts
AL: we should ship the new font.
BS: it is too big for mobile.

### Bob Stone
It costs 300 kilobytes and slows the first page.

AL: then we subset it.

## Colours
BS: the contrast is too low.
AL: agreed, we fix it.
""")
    assert titles(record) == ["Fonts", "Colours"]
    assert "It costs 300 kilobytes and slows the first page." in [p.text for p in record.sections[0].points]


def test_field_labels_over_bullets_are_not_sections() -> None:
    record = markdown(b"""Minutes of the Garden Club, 3 March 2025

Present: Olga Brandt, Tomas Reyes

## Seed swap
The swap will run in the library hall this year.

Notes:
- Tables are free
- Doors open at ten

Purpose:
- Share seeds between members
""")
    assert titles(record) == ["Seed swap"]


def test_outcome_items_under_an_agenda_label_and_the_next_meeting_item() -> None:
    record = text("""Allotment Society committee, 12 March 2025

Present: Ann Lee, Bob Stone

Agenda:
1. Water butts \u2013 Agreed to buy six more
2. Plot inspections \u2013 Deferred to April
3. Shed roof \u2013 Bob to get three quotes
4. Date of next meeting \u2013 Agreed on 9 April 2025
""".encode())
    assert titles(record) == ["Water butts", "Plot inspections", "Shed roof"]
    assert record.next_meeting is not None and str(record.next_meeting.date) == "2025-04-09"


def test_a_full_name_in_brackets_presents_the_item_but_a_place_does_not() -> None:
    record = markdown(b"""# Parish meeting, 3 March 2025

Present: Olga Brandt, Tomas Reyes

## Composting trial (Mirela Varga)
The group thanked Mirela for the results, and Olga asked about costs.

## Planning - Green Lane
The plans for the barn at Green Lane were noted by the members.
""")
    assert [(s.title, s.presenter) for s in record.sections] == [("Composting trial", "Mirela Varga"),
                                                                 ("Planning - Green Lane", None)]


def test_a_contents_heading_over_one_item_does_not_swallow_it() -> None:
    record = markdown(b"# Garden group notes\n\nPresent: Ann Lee, Raj Patel\n\n## Contents\n\n"
                      b"### Review of the seed order\n\n- The order arrived late and two trays were missing.\n"
                      b"- Raj is chasing the supplier for a refund.\n")
    assert titles(record) == ["Review of the seed order"]


def test_other_furniture_over_one_heading_keeps_it_out_of_the_sections() -> None:
    record = markdown(b"# Garden group notes\n\nPresent: Ann Lee, Raj Patel\n\n## Watering rota\n\n"
                      b"- Ann takes June.\n\n## Other information\n\n### Observers:\n\nN/A\n\n### Resources:\n\n"
                      b"Website links about composting\n\n### Special notes:\n\nDelivered on time.\n")
    assert titles(record) == ["Watering rota"]
