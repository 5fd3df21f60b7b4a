"""Shapes read this session (the eighth): lines no earlier rule read, or read wrongly. All names and
lines are invented."""

from __future__ import annotations

from notes_extract import extract, extract_all


def _record(text: str, fmt: str = "text"):  # type: ignore[no-untyped-def]
    return extract(text.encode(), format=fmt)


def test_the_pronoun_i_elected_chair_names_no_chair() -> None:
    text = ("Minutes of the Annual Village Meeting\n3 May 2020\n\nPresent: Ann Lee, Bob Grant\n\n"
            "1. Youth Forum report\n\nOut of the four who stood, I was elected as the Chairperson.\n")
    assert _record(text).meeting.chair is None


def test_an_initial_i_still_begins_a_name() -> None:
    text = ("Minutes of the Annual Village Meeting\n3 May 2020\n\nPresent: Ann Lee, Bob Grant\n\n"
            "After a vote, I. Marsh was elected as the Chairperson.\n\n1. Youth Forum report\n\nThe forum met twice.\n")
    assert _record(text).meeting.chair == "I. Marsh"


def test_an_eight_digit_iso_date_is_a_date() -> None:
    from notes_extract.dates import find_dates

    assert [f.date for f in find_dates("Agenda 20250610")] == ["2025-06-10"]
    # not a date: an impossible month, a longer number, part of a decimal or a code
    assert find_dates("ref 20251310, id 2025061012, total 20250610.5, v1.20250610") == []


def test_a_log_whose_headings_carry_eight_digit_dates_is_split_into_meetings() -> None:
    text = ("# Agenda 20250610\n\n- Storage quotas\n  - Status: done\n\n# Agenda 20250513\n\n- Bucket sharing\n"
            "  - Status: open\n\n# Agenda 20250401\n\n- Login flow\n")
    records = extract_all(text.encode(), format="markdown")
    assert [r.meeting.date for r in records] == ["2025-06-10", "2025-05-13", "2025-04-01"]


def test_a_clock_time_opening_a_heading_is_its_slot_not_its_subject() -> None:
    text = ("# Plenum\n\n12 June 2014\n\nPresent: Ann Lee, Bob Grant\n\n### 20:30 Finances\n\nWe have money.\n\n"
            "### (7.45pm) Website\n\nIt is down.\n\n### 21:00-21:10 - Any other business\n\nNone.\n")
    assert [s.title for s in _record(text, "markdown").sections] == ["Finances", "Website", "Any other business"]


def test_a_heading_that_is_only_a_date_dates_the_notes_and_is_no_section() -> None:
    text = ("# Meeting Notes\n\n## Open tasks\n- Check the branch rules\n\n### 6th Nov, 2025\n"
            "- The calls stay closed.\n- Ann Lee to create a mailing list.\n")
    record = _record(text, "markdown")
    assert record.meeting.date == "2025-11-06"
    assert "6th Nov, 2025" not in [s.title for s in record.sections]


_WRAPPED = (
    "MINUTES OF THE ORDINARY MEETING OF THE\n\nRIVERSIDE DISTRICT BOARD HELD IN THE TOWN HALL ON 3 MARCH 2015\n\n"
    "MEMBERS PRESENT:\n\nCouncillors Ashby, Brent, Carrow, Dunmore, Ellery, Fenwick, Garland, Hollis, Ingram,\n\n"
    "Jessop, Kerrigan and Lomax\n\n"
    "The Chair welcomed everybody to the meeting and thanked the staff for the arrangements made\n\n"
    "for the evening. She then asked members to note the apologies received from the auditor.\n\n"
    "**1.**\n\n**Adoption of Minutes**\n\n"
    "The draft minutes of the previous meeting held on 2 February 2015 were circulated to all\n\n"
    "members in advance. It was agreed that the minutes be adopted and signed by the Chair and\n\n"
    "the Clerk would publish them on the website before the end of the month as is the custom.\n\n"
    "**2.**\n\n**Parking on the Quay**\n\n"
    "Members discussed the parking problems on the quay and the damage done to the verges by\n\n"
    "delivery lorries over the winter. It was agreed that the Clerk would write to the highways\n\n"
    "authority to ask for bollards to be installed along the verge before the summer season.\n"
)


def test_lines_a_conversion_made_paragraphs_are_read_as_their_paragraphs() -> None:
    record = _record(_WRAPPED, "markdown")
    assert [s.title for s in record.sections] == ["Adoption of Minutes", "Parking on the Quay"]
    assert "Lomax" in [p.name for p in record.attendance.present]
    decisions = [d.text for d in record.decisions]
    assert any(text.startswith("It was agreed that the minutes be adopted and signed by the Chair and the Clerk")
               for text in decisions), decisions


def test_short_paragraphs_that_end_without_a_full_stop_stay_apart() -> None:
    from notes_extract.document import BlockKind, make_block, numbered
    from notes_extract.segment.wrapped_lines import join_wrapped_lines

    lines = ["Budget review", "Website update", "Summer fair", "Any other business", "Close of meeting",
             "Room bookings"]
    blocks = numbered([make_block(BlockKind.PARAGRAPH, line) for line in lines])
    assert [b.text for b in join_wrapped_lines(blocks)] == lines


def test_owner_lines_under_a_resolved_label_are_tasks_and_none_decides_nothing() -> None:
    text = ("## Club Night 2014-06-12\n\n- Present: Ann Lee, Bob Grant, Cy Rand\n\n### Accounts\n\n"
            "- The books are late again.\n\n**Resolved**\n\n"
            "- Ann: Ask the treasurer for the May statements, by June 26\n"
            "- Bob/Cy: Sort out the spreadsheet for subscriptions.\n\n### Website\n\n- Nothing new.\n\n"
            "**Resolved**\n\n- (none)\n")
    record = _record(text, "markdown")
    tasks = {a.text: sorted(o.name for o in a.owners) for a in record.actions}
    assert tasks == {"Ask the treasurer for the May statements, by June 26": ["Ann Lee"],
                     "Sort out the spreadsheet for subscriptions.": ["Bob Grant", "Cy Rand"]}
    assert record.decisions == []


def test_numbered_agenda_headings_with_nothing_minuted_under_them_are_items() -> None:
    text = ("## Monthly Meeting, June 15, 2022\n\nAttending:\n- Ann Lee\n- Bob Grant\n\n"
            "#### 1. Introductions (5 min)\n\n#### 2. Updates from the team (15 min)\n\n"
            "#### 3. Topic of the Month (30 min)\n- New round of onboarding\n\n"
            "#### 4. Questions (10 min)\n- None came up\n")
    assert [s.title for s in _record(text, "markdown").sections] == [
        "Introductions", "Updates from the team", "Topic of the Month", "Questions"]


def test_empty_headings_numbered_on_from_earlier_minutes_stay_out() -> None:
    text = ("## Parish Council, 4 March 2003\n\nPresent: Ann Lee, Bob Grant\n\n#### 31. Correspondence\n\n"
            "The letters below were received.\n\n#### 32. County Council - bus survey\n\n"
            "#### 33. Bowls club - thanks\n\n"
            "#### 34. Footpaths\n\nThe stile is broken.\n")
    titles = [s.title for s in _record(text, "markdown").sections]
    assert "County Council - bus survey" not in titles and "Footpaths" in titles


def test_a_name_the_lists_lack_owns_a_resolved_line_after_an_attendee_s_line() -> None:
    text = ("## Club Night 2014-06-12 Agenda/Minutes\n\n- Present: Ann Lee, Bob Grant\n\n### Accounts\n\n"
            "- The books are late.\n\n**Resolved**\n\n- Ann: Ask for the May statements.\n"
            "- Rowan: Make two more shelves.\n")
    record = _record(text, "markdown")
    assert record.meeting.title == "Club Night"
    assert {a.text: [o.name for o in a.owners] for a in record.actions} == {
        "Ask for the May statements.": ["Ann Lee"], "Make two more shelves.": ["Rowan"]}


def test_a_nested_agenda_over_prose_notes_gives_the_items_and_not_their_group() -> None:
    text = ("# Roll call:\n\n## Attending\n* Ann Lee\n* Bob Grant\n\n# Agenda:\n\n* Project updates\n  * Alpha\n"
            "    * Progress on the release\n  * Beta\n* Grant update\n* Charter review\n\n# AIs\n\n# Notes\n\n"
            "Ann said alpha is going well.\n\nBob said the grant ends in December.\n")
    record = _record(text, "markdown")
    titles = [s.title for s in record.sections]
    assert titles[:4] == ["Alpha", "Beta", "Grant update", "Charter review"]
    assert "Project updates" not in titles and "AIs" not in titles
    assert record.meeting.title is None


def test_an_agenda_item_not_named_as_a_group_keeps_its_sub_items_as_points() -> None:
    text = ("# Roll call:\n\n## Attending\n* Ann Lee\n* Bob Grant\n\n# Agenda:\n\n"
            "* Registry design and decision on the way forward\n  * P1: schema checks\n"
            "  * P2: agree on the unit proposal\n* Charter review\n\n# Notes\n\n"
            "Ann said the schema checks are worth doing.\n\nBob said the charter is fine.\n")
    titles = [s.title for s in _record(text, "markdown").sections]
    assert titles[:2] == ["Registry design and decision on the way forward", "Charter review"]
    assert not any(t.startswith("P1") for t in titles)


def test_a_presenter_and_time_slot_in_one_bracket() -> None:
    text = ("# 2023-07-06\n\nPresent: Mara Lind, Ryan Cole\n\n## Approval of the spec RFC (*Mara*, 10 Minutes)\n\n"
            "- The RFC was discussed at length.\n\n## Allowing observers (Ryan, 15 min)\n\n- Observers are welcome.\n")
    sections = _record(text, "markdown").sections
    assert [(s.title, s.presenter) for s in sections] == [
        ("Approval of the spec RFC", "Mara Lind"), ("Allowing observers", "Ryan Cole")]


def test_front_matter_title_names_and_dates_a_log_page_headed_logs() -> None:
    text = ("---\nlayout: post\ntitle: Logs for the Relay Dev Meeting Held on 2016-05-08\n---\n\n# Logs\n\n"
            "**<ann>** hi all\n**<bob>** hello\n**<ann>** the build is green\n")
    meeting = _record(text, "markdown").meeting
    assert (meeting.title, meeting.date) == ("Relay Dev Meeting", "2016-05-08")


def test_an_email_subject_line_titles_the_minutes() -> None:
    text = ("Oct 27, 2019\n\nSUBJECT: relay-dev Meeting Minutes\nHey all,\n\nThanks to everyone who came.\n\n"
            "Attendees: Ann, Bob\n\n## Release\n\n- The release is out.\n")
    assert _record(text, "markdown").meeting.title.startswith("relay-dev Meeting")


def test_the_attendee_who_gave_the_report_presents_the_item() -> None:
    text = ("# Club AGM 2019\n\n25 November 2019\n\nPresent: Ian Stone, Ian Young, Peter Reed\n\n"
            "### Treasurer's Report\n\nIan prepared and presented the Treasurer's Report. We made a small profit.\n\n"
            "### Website\n\nPeter Reed gave an update on the website rebuild.\n\n"
            "### Any other business\n\nPeter Reed gave a report on the picnic.\n")
    sections = _record(text, "markdown").sections
    assert [(s.title, s.presenter) for s in sections] == [
        ("Treasurer's Report", "Ian"), ("Website", "Peter Reed"), ("Any other business", None)]


def test_eval_finds_documents_in_every_format_the_loaders_read(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from notes_extract.evaluate import DOCUMENT_EXTENSIONS, find_gold_sets
    from notes_extract.loaders import readable_suffixes

    assert {f".{ext}" for ext in DOCUMENT_EXTENSIONS} == set(readable_suffixes())
    (tmp_path / "club.html").write_text("<h1>Club Meeting</h1><p>Present: Ann Lee</p>", encoding="utf-8")
    (tmp_path / "club.gold.json").write_text('{"meeting": {"title": "Club Meeting"}}', encoding="utf-8")
    [gold_set] = find_gold_sets(tmp_path)
    assert gold_set.document == tmp_path / "club.html"


def test_a_lower_case_office_after_a_dash_owns_the_task() -> None:
    text = ("Brook Parish Council\n13 May 2008\n\nPresent: R. Lane (Chairman), D. Pike\n\n5. Correspondence\n\n"
            "County survey questionnaire - clerk to complete.\n\nThe hall roof is leaking - members to inspect it.\n")
    actions = _record(text).actions
    assert [(a.text, [o.name for o in a.owners]) for a in actions][:1] == [
        ("County survey questionnaire - clerk to complete.", ["clerk"])]


def test_action_items_to_resolve_and_in_charge_of() -> None:
    text = ("# Team call 8 May 2024\n\nAttendees: Karen Bell, Gopi Rao, Parsa Amini\n\n## Events\n\n"
            "- Parsa will be in charge of putting the posters up.\n- The hall will be in use.\n\n"
            "## Action items to resolve\n\n- Open PR for the fix (Gopi)\n")
    tasks = {a.text: [o.name for o in a.owners] for a in _record(text, "markdown").actions}
    assert tasks == {"Parsa will be in charge of putting the posters up.": ["Parsa Amini"],
                     "Open PR for the fix": ["Gopi Rao"]}


def test_two_pledges_joined_by_and_are_two_tasks_but_an_asked_object_is_not() -> None:
    text = ("# Board meeting 3 May 2024\n\nPresent: Mike Stuart, Matt Harris, Rob Chapman, Ann Lee\n\n## Regatta\n\n"
            "- Matt Harris will collect the trophies and Rob Chapman will prepare the boats.\n"
            "- Mike Stuart will inspect the upper field, Matt Harris will inspect the lower field and Rob Chapman "
            "will inspect the wick field.\n"
            "- Ann Lee was asked to contact the hire firm and the caterers to confirm the dates.\n")
    tasks = [(a.text, [o.name for o in a.owners]) for a in _record(text, "markdown").actions]
    assert tasks == [
        ("Matt Harris will collect the trophies", ["Matt Harris"]),
        ("Rob Chapman will prepare the boats.", ["Rob Chapman"]),
        ("Mike Stuart will inspect the upper field", ["Mike Stuart"]),
        ("Matt Harris will inspect the lower field", ["Matt Harris"]),
        ("Rob Chapman will inspect the wick field.", ["Rob Chapman"]),
        ("Ann Lee was asked to contact the hire firm and the caterers to confirm the dates.", ["Ann Lee"]),
    ]
