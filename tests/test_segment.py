"""Segmentation: which part of the minutes each block is assigned to.

Small invented documents, built from blocks directly, one per kind of block
the segmenter recognises (title block, attendance labels and lists, tables,
role lines, signatures, next meeting, agenda, actions, headings, loose text).
"""

from notes_extract.document import Block, BlockKind
from notes_extract.extractors.attendance import read_attendance
from notes_extract.extractors.role_lines import SIGNATURE_LABEL, read_role_lines
from notes_extract.segment import RoleMention, RoleSource, Segments, segment


def para(text: str, *, bold: bool = False) -> Block:
    return Block(BlockKind.PARAGRAPH, text, lead_bold=text if bold else "")


def item(text: str, level: int = 0, label: str | None = None) -> Block:
    return Block(BlockKind.LIST_ITEM, text, level=level, label=label)


def heading(text: str, level: int = 1) -> Block:
    return Block(BlockKind.HEADING, text, level=level)


def table(*rows: tuple[str, ...]) -> Block:
    return Block(BlockKind.TABLE, " | ".join(c for row in rows for c in row if c), rows=tuple(rows))


def attendance(seg: Segments) -> list[tuple[str, str, str, list[str]]]:
    return [(p.category, p.label, p.text, [b.text for b in p.blocks]) for p in seg.attendance]


def sections(seg: Segments) -> list[tuple[str, list[str]]]:
    return [(s.heading_text, [b.text for b in s.blocks]) for s in seg.sections]


def role_lines(seg: Segments) -> list[tuple[str, str]]:
    """What the attendance extractor reads from the role mentions the segmenter recorded."""
    return read_role_lines(seg.role_mentions)


# --- title block -------------------------------------------------------------


def test_title_block_is_the_headings_before_the_first_structure() -> None:
    title = heading("Riverside Allotments Association")
    subtitle = para("Committee meeting, 12 March 2024", bold=True)
    blocks = [title, subtitle, para("Present: Ann Lee, Bob Stone"), heading("Plots"),
              para("Two plots were let to new tenants this month.")]
    seg = segment(blocks)
    assert seg.title_blocks == [title, subtitle]
    assert sections(seg) == [("Plots", ["Two plots were let to new tenants this month."])]


def test_short_lines_before_any_structure_are_title_lines() -> None:
    blocks = [para("Minutes of the AGM"), para("Village Hall"), para("Present: Ann Lee")]
    seg = segment(blocks)
    assert [b.text for b in seg.title_blocks] == ["Minutes of the AGM", "Village Hall"]
    assert seg.loose_blocks == []


def test_an_opening_item_ends_the_title_block() -> None:
    blocks = [heading("Book Club"), heading("Welcome"), para("Ann welcomed everyone to the meeting tonight.")]
    seg = segment(blocks)
    assert [b.text for b in seg.title_blocks] == ["Book Club"]
    assert sections(seg) == [("Welcome", ["Ann welcomed everyone to the meeting tonight."])]


# --- attendance --------------------------------------------------------------


def test_attendance_labels_give_a_part_each_with_the_text_after_the_label() -> None:
    blocks = [para("Present: Ann Lee, Bob Stone"), para("Apology from Carol King."),
              para("Absent - Dan Brown"), para("In attendance: Eve Clerk (Clerk)")]
    seg = segment(blocks)
    assert attendance(seg) == [
        ("present", "Present", "Ann Lee, Bob Stone", []),
        ("apologies", "Apology", "Carol King.", []),
        ("absent", "Absent", "Dan Brown", []),
        ("in_attendance", "In attendance", "Eve Clerk (Clerk)", []),
    ]
    assert [p.after_colon for p in seg.attendance] == [True, False, True, True]
    assert seg.sections == [] and seg.loose_blocks == []


def test_names_under_a_label_join_its_list_until_a_sentence_ends_it() -> None:
    ann, bob = para("Ann Lee"), para("Bob Stone, Carol King")
    opened = para("The meeting opened at seven with a welcome from the chair.")
    seg = segment([para("Present:"), ann, bob, opened])
    assert attendance(seg) == [
        ("present", "Present", "", []),
        ("present", "Present", "", ["Ann Lee"]),
        ("present", "Present", "", ["Bob Stone, Carol King"]),
    ]
    assert seg.loose_blocks == [opened]


def test_a_list_nested_under_a_label_item_stays_in_attendance() -> None:
    blocks = [item("Apologies:"), item("Ann Lee", level=1), item("Bob Stone", level=1), item("Budget")]
    seg = segment(blocks)
    assert attendance(seg) == [
        ("apologies", "Apologies", "", []),
        ("apologies", "Apologies", "", ["Ann Lee"]),
        ("apologies", "Apologies", "", ["Bob Stone"]),
    ]


def test_an_agenda_number_does_not_hide_an_attendance_label() -> None:
    seg = segment([heading("Minutes"), para("2 Apologies: Ann Lee")])
    assert attendance(seg) == [("apologies", "Apologies", "Ann Lee", [])]


def test_a_repeated_apology_label_is_kept_for_the_extractor_to_drop() -> None:
    seg = segment([para("Apologies: Apologies were received from B. Mooney and C. Ryan")])
    assert [(p.category, p.text, p.after_colon) for p in seg.attendance] == \
        [("apologies", "Apologies were received from B. Mooney and C. Ryan", True)]
    assert [a.name for a in read_attendance(seg.attendance).apologies] == ["B. Mooney", "C. Ryan"]


def test_an_inline_list_of_those_present_is_attendance() -> None:
    seg = segment([para("The board met with the following present: Ann Lee, Bob Stone")])
    assert [(p.category, p.text) for p in seg.attendance] == [("present", "Ann Lee, Bob Stone")]


def test_an_attendance_heading_alone_is_a_label_for_the_names_below() -> None:
    seg = segment([heading("Attendance"), para("Ann Lee, Bob Stone"), heading("Budget"), para("Agreed.")])
    assert attendance(seg) == [("present", "Attendance", "", []), ("present", "Attendance", "", ["Ann Lee, Bob Stone"])]
    assert [s.heading_text for s in seg.sections] == ["Budget"]


def test_a_members_heading_inside_the_minutes_opens_a_list_of_names() -> None:
    blocks = [para("Present: Ann Lee"), heading("Budget"), para("Agreed."), heading("Members"),
              para("Carol King, Dan Brown"), heading("Plots"), para("Two plots were let.")]
    seg = segment(blocks)
    # The list goes on under the label last written.
    assert attendance(seg) == [("present", "Present", "Ann Lee", []),
                               ("present", "Present", "", ["Carol King, Dan Brown"])]
    assert sections(seg) == [("Budget", ["Agreed."]), ("Plots", ["Two plots were let."])]


def test_a_weak_label_inside_an_item_names_people_for_another_purpose() -> None:
    blocks = [para("Present: Ann Lee"), heading("Elections"), para("Committee members: Ann Lee, Bob Stone")]
    seg = segment(blocks)
    assert [p.label for p in seg.attendance] == ["Present"]
    assert sections(seg) == [("Elections", ["Committee members: Ann Lee, Bob Stone"])]


def test_an_attendance_table() -> None:
    people = table(("Members present", ""), ("Ann Lee", "Chair"), ("Bob Stone", ""))
    seg = segment([people])
    assert attendance(seg) == [("present", "", "", [people.text])]


# --- role lines and signatures -----------------------------------------------


def test_role_lines_before_the_body_record_role_and_name() -> None:
    chair, taker = para("Chair: JC"), para("Minute taker - Ann Lee.")
    seg = segment([chair, taker, para("Present: JC, Ann Lee")])
    assert seg.role_mentions == [RoleMention(RoleSource.LINE, chair), RoleMention(RoleSource.LINE, taker)]
    assert role_lines(seg) == [("chair", "JC"), ("minute taker", "Ann Lee")]
    assert [p.category for p in seg.attendance] == ["present"]


def test_a_role_line_inside_a_section_is_its_text() -> None:
    line = para("Chair: JC")
    seg = segment([para("Present: JC"), heading("Elections"), para("The members voted."), line])
    assert seg.role_mentions == []
    assert seg.sections[0].blocks[-1] is line


def test_a_role_line_needs_a_short_name() -> None:
    seg = segment([para("Chair: Ann opened the meeting and thanked all of those who came")])
    assert seg.role_mentions == []


def test_the_signature_after_respectfully_submitted_names_the_minute_taker() -> None:
    signature = para("Donna Ladner, Secretary")
    seg = segment([para("Present: Ann Lee"), heading("Budget"), para("Agreed the budget."),
                   para("Respectfully submitted,"), signature])
    assert seg.role_mentions == [RoleMention(RoleSource.SIGNATURE, signature)]
    assert role_lines(seg) == [("Secretary", "Donna Ladner"), (SIGNATURE_LABEL, "Donna Ladner")]
    # The signature line itself is still read as text of the last section.
    assert [b.text for b in seg.sections[0].blocks] == ["Agreed the budget.", "Donna Ladner, Secretary"]


def test_a_signature_without_a_name_gives_no_role() -> None:
    seg = segment([para("Present: Ann Lee"), heading("Budget"), para("Agreed."), para("Submitted by:"),
                   para("Secretary")])
    assert [m.source for m in seg.role_mentions] == [RoleSource.SIGNATURE]
    assert role_lines(seg) == []
    assert [b.text for b in seg.sections[0].blocks] == ["Agreed.", "Secretary"]


def test_form_fields_give_role_lines_attendance_and_fields() -> None:
    form = table(("Note taker:", "Cristina Hilario"), ("Attendees:", "Cristina, Sean"),
                 ("Student name:", "40126401"), ("Location:", "LG23"))
    seg = segment([form])
    assert seg.role_mentions == [RoleMention(RoleSource.FORM_FIELD, form, "note taker", "Cristina Hilario"),
                                 RoleMention(RoleSource.FORM_FIELD, form, "student name", "40126401")]
    assert role_lines(seg) == [("note taker", "Cristina Hilario"), ("student", "40126401")]
    assert attendance(seg) == [("present", "", "Cristina, Sean", [])]
    assert seg.fields == {"note taker": "Cristina Hilario", "attendees": "Cristina, Sean",
                          "student name": "40126401", "location": "LG23"}


# --- tables ------------------------------------------------------------------


def test_an_action_table_under_a_section() -> None:
    actions = table(("Action", "Owner", "Due"), ("Send the minutes", "Ann", "1 May"))
    seg = segment([para("Present: Ann Lee"), heading("Budget"), para("Discussed."), actions])
    assert len(seg.action_tables) == 1
    found = seg.action_tables[0]
    assert (found.table, found.columns, found.previous, found.heading_text, found.section) == \
        (actions, {"action": 0, "owner": 1, "due": 2}, False, "Action Owner Due", "Budget")
    assert seg.sections[0].tables == 1
    assert seg.sections[0].blocks == [para("Discussed.")]


def test_an_action_table_after_a_previous_actions_heading_is_previous() -> None:
    actions = table(("Action", "Owner", "Status"), ("Send the minutes", "Ann", "Done"))
    seg = segment([para("Present: Ann Lee"), heading("Review of previous actions"), actions])
    assert seg.action_tables[0].previous is True
    assert seg.action_tables[0].section == "Review of previous actions"


def test_a_ledger_is_not_an_action_table() -> None:
    ledger = table(("Date", "Item", "Amount"), ("1 May", "Seeds", "£12"))
    seg = segment([para("Present: Ann Lee"), heading("Accounts"), ledger])
    assert seg.action_tables == []
    assert seg.sections[0].blocks == [ledger]


def test_a_motion_table() -> None:
    motions = table(("Motion", "Moved by", "Seconded by", "Result"), ("Adopt the budget", "Ann", "Bob", "Carried"))
    seg = segment([motions])
    assert [(m.table, m.columns, m.section) for m in seg.motion_tables] == \
        [(motions, {"text": 0, "proposer": 1, "seconder": 2, "outcome": 3}, None)]


def test_a_form_with_an_agenda_item_opens_a_section() -> None:
    form = table(("Agenda item:", "Budget", "Presenter:", "Ann Lee"))
    seg = segment([form, para("The budget was agreed by all members.")])
    assert [(s.heading, s.heading_text, s.presenter_hint) for s in seg.sections] == [(form, "Budget", "Ann Lee")]
    assert seg.sections[0].blocks == [para("The budget was agreed by all members.")]


def test_a_form_under_an_attendance_label_is_read_as_a_form() -> None:
    form = table(("Location:", "LG23"), ("Time:", "7pm"))
    seg = segment([para("Present:"), form])
    assert attendance(seg) == [("present", "Present", "", [])]
    assert seg.fields == {"location": "LG23", "time": "7pm"}


# --- next meeting ------------------------------------------------------------


def test_next_meeting_label_with_its_date_on_the_line() -> None:
    line = para("Next meeting: 4 April 2024 at 7pm")
    seg = segment([para("Present: Ann Lee"), heading("Budget"), para("Agreed."), line,
                   para("The meeting closed at 9pm.")])
    assert seg.next_meeting == [line]
    assert [b.text for b in seg.sections[0].blocks] == ["Agreed.", "The meeting closed at 9pm."]


def test_next_meeting_label_takes_the_date_below_it() -> None:
    label, date = para("Date of next meeting:"), para("Thursday 4 April 2024, 7pm, Village Hall")
    after = para("The chair closed the meeting.")
    seg = segment([para("Present: Ann Lee"), heading("Budget"), para("Agreed."), label, date, after])
    assert seg.next_meeting == [label, date]
    assert seg.loose_blocks == [after]


def test_next_meeting_list_items_follow_the_label() -> None:
    label = item("Next meetings:")
    dates = [item("4 April 2024", level=1), item("2 May 2024", level=1)]
    seg = segment([para("Present: Ann Lee"), heading("Close"), para("Closed."), label, *dates])
    assert seg.next_meeting == [label, *dates]


def test_a_sentence_about_the_next_meeting_is_not_a_label() -> None:
    line = para("Next meeting dates were discussed at length.")
    seg = segment([para("Present: Ann Lee"), heading("Close"), line])
    assert seg.next_meeting == []
    assert sections(seg) == [("Close", ["Next meeting dates were discussed at length."])]


# --- agenda ------------------------------------------------------------------


def test_an_agenda_list_gives_the_agenda_items() -> None:
    blocks = [para("Agenda:"), item("Welcome"), item("Budget"), item("Any other business"),
              heading("Welcome"), para("Ann welcomed everyone.")]
    seg = segment(blocks)
    assert seg.agenda == ["Welcome", "Budget", "Any other business"]
    assert sections(seg) == [("Welcome", ["Ann welcomed everyone."])]


def test_an_agenda_of_paragraphs() -> None:
    blocks = [para("Present: Ann Lee"), para("Agenda"), para("Apples"), para("Pears"),
              heading("Apples"), para("We ate apples.")]
    seg = segment(blocks)
    assert seg.agenda == ["Apples", "Pears"]
    assert sections(seg) == [("Apples", ["We ate apples."])]


# --- actions -----------------------------------------------------------------


def test_lines_under_an_actions_heading_are_action_lines() -> None:
    lines = [item("Ann to send the minutes"), item("Bob to book the hall")]
    seg = segment([para("Present: Ann Lee"), heading("Budget"), para("Agreed."), heading("Actions"), *lines,
                   heading("Close"),
                   para("Closed.")])
    assert seg.action_lines == lines
    assert [s.heading_text for s in seg.sections] == ["Budget", "Close"]


def test_a_review_of_actions_is_a_section_not_the_action_list() -> None:
    seg = segment([para("Present: Ann Lee"), heading("Previous actions"), item("Ann sent the minutes")])
    assert seg.action_lines == []
    assert sections(seg) == [("Previous actions", ["Ann sent the minutes"])]


def test_an_actions_heading_first_is_not_a_title() -> None:
    line = item("Ann to send the minutes")
    seg = segment([heading("Actions"), line])
    assert seg.title_blocks == []
    assert seg.action_lines == [line]


# --- headings and sections ---------------------------------------------------


def test_headings_open_sections_and_text_goes_to_the_open_one() -> None:
    blocks = [heading("Minutes"), para("Present: Ann Lee"), heading("1. Budget", 2),
              para("The budget was agreed."), item("Seeds: £12"), heading("2. Plots", 2), para("Two plots let.")]
    seg = segment(blocks)
    assert sections(seg) == [("1. Budget", ["The budget was agreed.", "Seeds: £12"]),
                             ("2. Plots", ["Two plots let."])]
    assert [s.level for s in seg.sections] == [2, 2]


def test_a_bold_line_that_runs_on_after_a_dash_is_a_titled_section() -> None:
    block = Block(BlockKind.PARAGRAPH, "Website - Ann reported the new site is live.", lead_bold="Website")
    seg = segment([para("Present: Ann Lee"), block, item("New pages were added")])
    assert [(s.heading_text, s.title_hint, s.rest) for s in seg.sections] == \
        [("Website - Ann reported the new site is live.", "Website", "Ann reported the new site is live.")]


def test_a_grouping_heading_gives_way_to_its_items() -> None:
    blocks = [heading("Minutes"), para("Present: Ann Lee"), heading("Reports", 2), heading("Treasurer", 3),
              para("Funds are healthy."), heading("Secretary", 3), para("Letters were received.")]
    seg = segment(blocks)
    assert [(s.heading_text, s.parent) for s in seg.sections] == [("Treasurer", "Reports"), ("Secretary", "Reports")]


def test_a_numbered_paragraph_item_gives_its_title_and_rest() -> None:
    seg = segment([para("Present: Ann Lee"),
                   para("3 Challenge to the Chair: no challenges were received this year")])
    assert [(s.title_hint, s.rest, s.level) for s in seg.sections] == \
        [("Challenge to the Chair", "no challenges were received this year", 30)]


def test_a_numbered_list_item_over_a_paragraph_is_a_heading_nested_by_its_numbering() -> None:
    seg = segment([para("Present: Ann Lee"), item("Budget:", label="1."), para("The budget was agreed by all.")])
    assert [(s.heading_text, s.title_hint, s.level) for s in seg.sections] == [("Budget:", None, 22)]


def test_an_inline_topic_opens_a_section_once_structure_is_seen() -> None:
    seg = segment([para("Present: Ann Lee"), para("Public Comment: None was offered at this meeting.")])
    assert [(s.heading_text, s.title_hint, s.rest) for s in seg.sections] == \
        [("Public Comment", "Public Comment", "None was offered at this meeting.")]


def test_a_ruling_in_capitals_is_not_a_heading() -> None:
    ruling = para("GRANTED", bold=True)
    seg = segment([para("Present: Ann Lee"), heading("Case 12: 4 High St"), para("Licence sought."), ruling])
    assert sections(seg) == [("Case 12: 4 High St", ["Licence sought.", "GRANTED"])]


def test_a_plain_line_under_a_heading_introduces_it() -> None:
    intro = para("Carried over from previous meetings")
    seg = segment([para("Present: Ann Lee"), heading("Matters arising", 2), intro, para("Hall booked.")])
    assert sections(seg) == [("Matters arising", ["Carried over from previous meetings", "Hall booked."])]


def test_furniture_headings_are_not_sections_but_their_text_is_kept() -> None:
    venue = para("Village Hall, Main Street, from seven until nine in the evening.")
    seg = segment([para("Present: Ann Lee"), heading("Venue", 2), venue, heading("Budget", 2), para("Agreed.")])
    assert [s.heading_text for s in seg.sections] == ["Budget"]
    assert seg.loose_blocks == [venue]


# --- loose text --------------------------------------------------------------


def test_running_text_between_structure_and_the_first_heading_is_loose() -> None:
    loose = para("No conflicts of interest were declared by any member present.")
    seg = segment([para("Present: Ann Lee"), loose, heading("Budget"), para("Agreed.")])
    assert seg.loose_blocks == [loose]
    assert sections(seg) == [("Budget", ["Agreed."])]


def test_a_long_paragraph_before_any_structure_is_loose_and_ends_the_title() -> None:
    long = para(" ".join(["word"] * 31))
    seg = segment([para("Minutes"), long, para("Short line")])
    assert seg.title_blocks == [para("Minutes")]
    assert seg.loose_blocks == [long, para("Short line")]


def test_capital_headings_are_items_and_mixed_case_headings_their_parts() -> None:
    from notes_extract.document import numbered
    from notes_extract.extractors.context import Context
    from notes_extract.extractors.sections import read_sections
    from notes_extract.models import Attendance
    from notes_extract.people import Roster

    def bold(text: str) -> Block:
        return Block(BlockKind.PARAGRAPH, text, lead_bold=text)

    def para(text: str) -> Block:
        return Block(BlockKind.PARAGRAPH, text)

    blocks = numbered([
        para("MINUTES OF THE MEETING OF THE VILLAGE COUNCIL HELD ON 9 MARCH 2005"),
        para("Present: Ann Lee, Bob Stone"),
        bold("MATTERS ARISING"), bold("Sudeley Drive"), para("The hedge has been cut back."),
        bold("Thrift Cottage"), para("A reply to the owner was sent."),
        bold("CHAIRMAN'S REPORT"), bold("Floods"), para("The drains were cleared in February."),
        bold("Grants"), para("Two grants were paid this year."),
        bold("PLANNING"), para("Three applications were received and supported."),
    ])
    reading = read_sections(segment(blocks), Context(roster=Roster([]), meeting_date=None, day_first=True),
                            Attendance())
    assert [s.title for s in reading.sections] == ["Sudeley Drive", "Thrift Cottage", "CHAIRMAN'S REPORT", "PLANNING"]
    report = reading.sections[2]
    assert report.kind == "report"
    assert [p.text for p in report.points][:2] == ["Floods", "The drains were cleared in February."]
