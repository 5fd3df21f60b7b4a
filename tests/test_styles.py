"""Styles of minutes seen in the wild, each on a small inline document.

Every test feeds a few lines of invented minutes to `extract` (or `extract_all`)
and asserts the record fields that style must give, so a test fails when the
extractor does not handle the style.
"""

from __future__ import annotations

import pytest

from notes_extract import extract, extract_all
from notes_extract.models import MinutesRecord

EN_DASH = "\u2013".encode()


def text(data: bytes) -> MinutesRecord:
    return extract(data, format="text")


def markdown(data: bytes) -> MinutesRecord:
    return extract(data, format="markdown")


def people(record: MinutesRecord, category: str) -> list[tuple[str, str | None]]:
    """(name, role) of one attendance list."""
    return [(a.name, a.role) for a in getattr(record.attendance, category)]


def names(record: MinutesRecord, category: str) -> list[str]:
    return [a.name for a in getattr(record.attendance, category)]


def titles(record: MinutesRecord) -> list[str]:
    return [s.title for s in record.sections]


def section(record: MinutesRecord, title: str):  # type: ignore[no-untyped-def]
    found = [s for s in record.sections if s.title == title]
    assert found, f"no section {title!r} in {titles(record)}"
    return found[0]


def only_decision(record: MinutesRecord):  # type: ignore[no-untyped-def]
    assert len(record.decisions) == 1, [d.text for d in record.decisions]
    return record.decisions[0]


def action_with(record: MinutesRecord, words: str):  # type: ignore[no-untyped-def]
    found = [a for a in record.actions if words in a.text]
    assert len(found) == 1, f"{words!r} in {[a.text for a in record.actions]}"
    return found[0]


def owner_names(action) -> list[str]:  # type: ignore[no-untyped-def]
    return [o.name for o in action.owners]


HEAD = b"Minutes of the Committee meeting held on 12 March 2024\n\n"
"""A title block with a date, so the snippets below are one dated meeting."""

MEMBERS = HEAD + b"Present: Ann Lee, Bob Stone, Carol Diaz\n\n"
"""A dated title block and an attendance line, so the snippet after it is the body of the minutes."""


# --- Attendance: labelled lines --------------------------------------------------------------------


class TestAttendanceLines:
    """'Present:' style lines and their synonyms fill the four lists."""

    @pytest.mark.parametrize("label", [b"Present:", b"Attendees:", b"Attendance:", b"Members present:"])
    def test_present_labels(self, label: bytes) -> None:
        record = text(HEAD + label + b" Ann Lee, Bob Stone, Carol Diaz\n\nBudget\nThe budget was discussed.\n")
        assert names(record, "present") == ["Ann Lee", "Bob Stone", "Carol Diaz"]
        assert names(record, "apologies") == []

    @pytest.mark.parametrize(
        "line", [b"Apologies: Dan Frost, Eve Hart", b"Apologies for absence: Dan Frost, Eve Hart",
                 b"Regrets: Dan Frost, Eve Hart"])
    def test_apologies_labels(self, line: bytes) -> None:
        record = text(HEAD + b"Present: Ann Lee, Bob Stone\n" + line + b"\n\nBudget\nDiscussed.\n")
        assert names(record, "apologies") == ["Dan Frost", "Eve Hart"]
        assert names(record, "present") == ["Ann Lee", "Bob Stone"]

    def test_absent_line(self) -> None:
        record = text(HEAD + b"Present: Ann Lee, Bob Stone\nAbsent: Gus Kerr\n\nBudget\nDiscussed.\n")
        assert names(record, "absent") == ["Gus Kerr"]
        assert "Gus Kerr" not in names(record, "present")

    @pytest.mark.parametrize(
        "label", [b"In attendance:", b"Also present:", b"Officers:", b"Guests:", b"Observing:"])
    def test_non_members_go_to_in_attendance(self, label: bytes) -> None:
        record = text(HEAD + b"Present: Ann Lee, Bob Stone\n" + label + b" Hal Ives\n\nBudget\nDiscussed.\n")
        assert names(record, "in_attendance") == ["Hal Ives"]
        assert names(record, "present") == ["Ann Lee", "Bob Stone"]

    def test_quorum_line_is_not_a_person(self) -> None:
        record = text(HEAD + b"Present: Ann Lee, Bob Stone, Carol Diaz\nThe meeting was quorate.\n"
                      b"Quorum: 3 members\n\nBudget\nDiscussed.\n")
        everyone = [a.name for lst in ("present", "apologies", "absent", "in_attendance")
                    for a in getattr(record.attendance, lst)]
        assert everyone == ["Ann Lee", "Bob Stone", "Carol Diaz"]


# --- Attendance: roles and honorifics ---------------------------------------------------------------


class TestAttendanceRoles:
    """Roles in parentheses, after commas or dashes; honorifics stripped from names."""

    def test_role_in_parentheses_and_honorific(self) -> None:
        record = text(HEAD + b"Present: Cllr A Smith (Chair), Cllr B Jones\n\nBudget\nDiscussed.\n")
        assert names(record, "present") == ["A Smith", "B Jones"]
        assert people(record, "present")[0] == ("A Smith", "chair")
        assert record.attendance.present[0].text == "Cllr A Smith (Chair)"

    def test_role_after_a_dash(self) -> None:
        record = text(HEAD + b"Present: Ann Lee, Bob Stone\nIn attendance: J Bloggs " + EN_DASH + b" Clerk\n\n"
                      b"Budget\nDiscussed.\n")
        assert people(record, "in_attendance") == [("J Bloggs", "clerk")]

    def test_role_after_a_comma_one_person_a_line(self) -> None:
        record = text(HEAD + b"Present:\nAnn Lee, Chair\nBob Stone, Treasurer\nCarol Diaz, Secretary\n\n"
                      b"Budget\nDiscussed.\n")
        assert people(record, "present") == [("Ann Lee", "chair"), ("Bob Stone", "treasurer"),
                                             ("Carol Diaz", "secretary")]

    def test_chairing_and_minuting(self) -> None:
        record = text(HEAD + b"Present: Ann Lee (Chairing), Bob Stone (Minuting), Carol Diaz\n\n"
                      b"Budget\nDiscussed.\n")
        assert people(record, "present") == [("Ann Lee", "chair"), ("Bob Stone", "minute taker"),
                                             ("Carol Diaz", None)]

    @pytest.mark.parametrize("honorific", [b"Mr", b"Mrs", b"Ms", b"Dr", b"Prof", b"Councillor", b"Rev"])
    def test_honorifics_are_stripped(self, honorific: bytes) -> None:
        record = text(HEAD + b"Present: " + honorific + b" Ann Lee, Bob Stone\n\nBudget\nDiscussed.\n")
        assert names(record, "present") == ["Ann Lee", "Bob Stone"]

    def test_treasurer_and_vice_chair_roles(self) -> None:
        record = text(HEAD + b"Present: Ann Lee (Vice-Chair), Bob Stone (Treasurer)\n\nBudget\nDiscussed.\n")
        assert people(record, "present") == [("Ann Lee", "vice-chair"), ("Bob Stone", "treasurer")]


# --- Attendance: lists and tables ---------------------------------------------------------------------


class TestAttendanceLayouts:
    """Attendance written as a bullet list under a heading, a table, or Markdown bullets with handles."""

    def test_bullet_list_under_a_present_heading(self) -> None:
        record = text(HEAD + b"Present\n- Ann Lee (Chair)\n- Bob Stone\n- Carol Diaz\n\n"
                      b"Apologies\n- Dan Frost\n\nBudget\nDiscussed.\n")
        assert people(record, "present") == [("Ann Lee", "chair"), ("Bob Stone", None), ("Carol Diaz", None)]
        assert names(record, "apologies") == ["Dan Frost"]

    def test_markdown_bullet_list_under_a_present_heading(self) -> None:
        record = markdown(b"# Committee meeting, 12 March 2024\n\n## Present\n\n* Ann Lee (Chair)\n* Bob Stone\n\n"
                          b"## Budget\n\nDiscussed.\n")
        assert people(record, "present") == [("Ann Lee", "chair"), ("Bob Stone", None)]
        assert "Present" not in titles(record)

    def test_markdown_pipe_table_with_name_and_role(self) -> None:
        record = markdown(b"# Committee meeting, 12 March 2024\n\n## Attendance\n\n"
                          b"| Name | Role |\n|---|---|\n| Ann Lee | Chair |\n| Bob Stone | Treasurer |\n"
                          b"| Carol Diaz | |\n\n## Budget\n\nDiscussed.\n")
        assert people(record, "present") == [("Ann Lee", "chair"), ("Bob Stone", "treasurer"),
                                             ("Carol Diaz", None)]

    def test_markdown_bullets_with_handles(self) -> None:
        record = markdown(b"# Steering group meeting 2024-03-12\n\n## Attendees\n\n"
                          b"* Ann Lee @annlee (voting member)\n* Bob Stone @bstone\n\n## Roadmap\n\nDiscussed.\n")
        assert people(record, "present") == [("Ann Lee", "voting member"), ("Bob Stone", None)]


# --- Decisions ------------------------------------------------------------------------------------------


class TestDecisions:
    """Resolutions, agreements, motions with proposer/seconder, votes and outcomes."""

    def test_resolved_that(self) -> None:
        d = only_decision(text(MEMBERS + b"Accounts\nRESOLVED that the accounts for 2023 be approved.\n"))
        assert (d.kind, d.outcome) == ("resolution", "carried")
        assert d.text == "RESOLVED that the accounts for 2023 be approved."
        assert d.section == "Accounts"

    def test_it_was_resolved(self) -> None:
        d = only_decision(text(MEMBERS + b"Benches\nIt was resolved to buy two new benches.\n"))
        assert (d.kind, d.outcome) == ("resolution", "carried")

    def test_it_was_agreed(self) -> None:
        d = only_decision(text(MEMBERS + b"Website\nIt was agreed that the website be redesigned.\n"))
        assert (d.kind, d.outcome) == ("agreement", "carried")

    def test_agreed_label(self) -> None:
        d = only_decision(text(MEMBERS + b"Fees\nAgreed: membership fees stay at 20 pounds.\n"))
        assert d.kind == "agreement"
        assert "membership fees stay at 20 pounds" in d.text

    def test_decision_label(self) -> None:
        d = only_decision(text(MEMBERS + b"Summer meeting\nDecision: the summer meeting moves to the library.\n"))
        assert d.kind == "agreement"
        assert "summer meeting moves to the library" in d.text

    def test_motion_moved_seconded_carried(self) -> None:
        record = text(MEMBERS + b"Grants\n"
                      b"Motion to award a grant of 500 pounds to the youth club, moved by Ann Lee, "
                      b"seconded by Bob Stone. The motion was carried.\n")
        d = only_decision(record)
        assert (d.kind, d.proposer, d.seconder, d.outcome) == ("motion", "Ann Lee", "Bob Stone", "carried")

    def test_proposed_seconded_after_a_statement(self) -> None:
        record = text(MEMBERS + b"Hall hire\nThe hall hire charge will rise to 15 pounds an hour.\n"
                      b"Proposed: Ann Lee, seconded: Carol Diaz.\n")
        d = only_decision(record)
        assert (d.kind, d.proposer, d.seconder) == ("motion", "Ann Lee", "Carol Diaz")
        assert d.text == "The hall hire charge will rise to 15 pounds an hour."

    def test_carried_after_proposed_seconded_is_the_motions_outcome(self) -> None:
        record = text(MEMBERS + b"Hall hire\nThe hall hire charge will rise to 15 pounds an hour.\n"
                      b"Proposed: Ann Lee, seconded: Carol Diaz. Carried.\n")
        d = only_decision(record)
        assert (d.kind, d.proposer, d.seconder, d.outcome) == ("motion", "Ann Lee", "Carol Diaz", "carried")

    def test_voted_unanimously_is_carried(self) -> None:
        d = only_decision(text(MEMBERS + b"Policy\nMembers voted unanimously in favour of the new policy.\n"))
        assert d.outcome == "carried"

    def test_resolved_nem_con(self) -> None:
        d = only_decision(text(MEMBERS + b"Policy\nRESOLVED nem. con. to adopt the revised complaints policy.\n"))
        assert (d.kind, d.outcome) == ("resolution", "carried")

    def test_resolved_nem_con_keeps_the_whole_sentence(self) -> None:
        d = only_decision(text(MEMBERS + b"Policy\nRESOLVED nem. con. to adopt the revised complaints policy.\n"))
        assert d.text == "RESOLVED nem. con. to adopt the revised complaints policy."

    def test_adopted_nem_con(self) -> None:
        d = only_decision(text(MEMBERS + b"Policy\nThe revised complaints policy was adopted nem. con.\n"))
        assert d.text == "The revised complaints policy was adopted nem. con."
        assert d.outcome == "carried"

    def test_voted_nem_con_is_carried(self) -> None:
        d = only_decision(text(MEMBERS + b"Policy\nMembers voted nem. con. in favour of the new policy.\n"))
        assert d.outcome == "carried"

    def test_approved_by_consensus(self) -> None:
        d = only_decision(text(MEMBERS + b"Budget\nThe 2024 budget was approved by consensus.\n"))
        assert (d.text, d.outcome) == ("The 2024 budget was approved by consensus.", "carried")

    def test_consensus_reached(self) -> None:
        d = only_decision(text(MEMBERS + b"Policy\nConsensus was reached to adopt the new policy.\n"))
        assert d.outcome == "carried"

    def test_vote_counts(self) -> None:
        record = text(MEMBERS + b"Parking\nRESOLVED that the car park be resurfaced "
                      b"(5 for, 2 against, 1 abstention).\n")
        d = only_decision(record)
        assert d.votes is not None
        assert d.votes.model_dump(by_alias=True) == {"for": 5, "against": 2, "abstain": 1}

    def test_carried_by_votes_to(self) -> None:
        d = only_decision(text(MEMBERS + b"Parking\nThe motion was carried by 5 votes to 2 with 1 abstention.\n"))
        assert (d.kind, d.outcome) == ("motion", "carried")
        assert d.votes is not None
        assert d.votes.model_dump(by_alias=True) == {"for": 5, "against": 2, "abstain": 1}

    def test_motion_defeated(self) -> None:
        record = text(MEMBERS + b"Road closure\nA motion to close Mill Lane on Sundays was put to the vote. "
                      b"The motion was defeated.\n")
        d = only_decision(record)
        assert (d.kind, d.outcome) == ("motion", "defeated")

    def test_discussion_is_not_a_decision(self) -> None:
        record = text(MEMBERS + b"Parking\nMembers discussed the state of the car park at length.\n")
        assert record.decisions == []


# --- Actions ----------------------------------------------------------------------------------------------


class TestActionTables:
    """Action tables in Markdown: each row one action with owners, due date and status."""

    def test_owner_due_status_columns(self) -> None:
        record = markdown(b"# Committee meeting, 12 March 2024\n\nPresent: Ann Lee, Bob Stone\n\n"
                          b"## Actions\n\n| # | Action | Owner | Due | Status |\n|---|---|---|---|---|\n"
                          b"| 1 | Book the hall for the AGM | Ann Lee | 31 March | Open |\n"
                          b"| 2 | Renew the insurance | Bob Stone | 30 April 2024 | Done |\n")
        assert [a.text for a in record.actions] == ["Book the hall for the AGM", "Renew the insurance"]
        first, second = record.actions
        assert (first.ref, owner_names(first), first.status) == ("1", ["Ann Lee"], "open")
        assert first.due is not None and (first.due.kind, first.due.date) == ("date", "2024-03-31")
        assert (second.ref, owner_names(second), second.status) == ("2", ["Bob Stone"], "done")
        assert second.due is not None and second.due.date == "2024-04-30"

    def test_who_by_deadline_columns(self) -> None:
        record = markdown(b"# Committee meeting, 12 March 2024\n\nPresent: Ann Lee, Bob Stone\n\n"
                          b"## Action points\n\n| What | Who | Deadline |\n|---|---|---|\n"
                          b"| Order new chairs | Bob | 15 April |\n| Update the website | Ann | ASAP |\n")
        assert [a.text for a in record.actions] == ["Order new chairs", "Update the website"]
        chairs, website = record.actions
        assert owner_names(chairs) == ["Bob Stone"]
        assert chairs.due is not None and chairs.due.date == "2024-04-15"
        assert owner_names(website) == ["Ann Lee"]
        assert website.due is not None and website.due.kind == "asap"

    def test_who_by_columns(self) -> None:
        record = markdown(b"# Committee meeting, 12 March 2024\n\nPresent: Ann Lee, Bob Stone\n\n"
                          b"## Actions\n\n| Action | Who | By |\n|---|---|---|\n"
                          b"| Send the newsletter | Ann | next meeting |\n")
        (action,) = record.actions
        assert owner_names(action) == ["Ann Lee"]
        assert action.due is not None and action.due.kind == "next_meeting"


class TestActionLines:
    """Labelled action lines in the discussion."""

    @pytest.mark.parametrize("label", [b"Action:", b"ACTION:", b"AP:", b"AI:"])
    def test_labelled_line_without_owner(self, label: bytes) -> None:
        record = text(MEMBERS + b"Website\nThe site is out of date.\n" + label + b" update the events page.\n")
        action = action_with(record, "update the events page")
        assert action.text.startswith("update the events page")
        assert action.owners == []
        assert action.section == "Website"

    @pytest.mark.parametrize("label", [b"Action:", b"ACTION:", b"AP:", b"AI:"])
    def test_labelled_line(self, label: bytes) -> None:
        record = text(HEAD + b"Present: Ann Lee, Bob Stone\n\nWebsite\nThe site is out of date.\n"
                      + label + b" Bob Stone to update the events page.\n")
        action = action_with(record, "update the events page")
        assert owner_names(action) == ["Bob Stone"]
        assert action.section == "Website"
        assert action.status == "open"

    def test_action_line_with_trailing_owner(self) -> None:
        record = text(HEAD + b"Present: Ann Lee, Bob Stone\n\nWebsite\nThe site is out of date.\n"
                      b"ACTION: update the events page - Bob\n")
        action = action_with(record, "update the events page")
        assert owner_names(action) == ["Bob Stone"]

    def test_owner_between_label_and_colon(self) -> None:
        record = text(MEMBERS + b"Website\nThe site is out of date.\nACTION Bob Stone: update the events page.\n")
        action = action_with(record, "update the events page")
        assert owner_names(action) == ["Bob Stone"]

    def test_x_to_do_y_under_an_actions_heading(self) -> None:
        record = text(HEAD + b"Present: Ann Lee, Bob Stone\n\nBudget\nDiscussed.\n\n"
                      b"Actions\nAnn Lee to book the hall.\nBob Stone to order the chairs.\n")
        hall = action_with(record, "book the hall")
        chairs = action_with(record, "order the chairs")
        assert owner_names(hall) == ["Ann Lee"]
        assert owner_names(chairs) == ["Bob Stone"]
        assert "Actions" not in titles(record)

    def test_owner_colon_bullets_under_an_actions_heading(self) -> None:
        record = text(MEMBERS + b"Website\nThe site is out of date.\n\nActions\n- Ann: book the hall\n"
                      b"- Bob: order the chairs\n")
        assert [(a.text, owner_names(a)) for a in record.actions] == [
            ("book the hall", ["Ann Lee"]), ("order the chairs", ["Bob Stone"])]

    def test_task_dash_owner_lines_under_an_actions_heading(self) -> None:
        record = text(MEMBERS + b"Website\nThe site is out of date.\n\nActions\nBook the hall - Ann Lee\n"
                      b"Order the chairs - Bob\n")
        assert [(a.text, owner_names(a)) for a in record.actions] == [
            ("Book the hall", ["Ann Lee"]), ("Order the chairs", ["Bob Stone"])]

    def test_owner_in_parentheses_under_an_actions_heading(self) -> None:
        record = text(MEMBERS + b"Website\nThe site is out of date.\n\nActions\n- Book the hall (Ann Lee)\n"
                      b"- Order the chairs (Bob)\n")
        assert [(a.text, owner_names(a)) for a in record.actions] == [
            ("Book the hall", ["Ann Lee"]), ("Order the chairs", ["Bob Stone"])]

    def test_numbered_action_list_keeps_refs(self) -> None:
        record = text(MEMBERS + b"Website\nThe site is out of date.\n\nAction points\n"
                      b"1. Ann Lee to book the hall.\n2. Bob to order the chairs.\n")
        assert [(a.ref, owner_names(a)) for a in record.actions] == [("1", ["Ann Lee"]), ("2", ["Bob Stone"])]

    def test_role_to_do_y(self) -> None:
        record = text(HEAD + b"Present: Ann Lee, Bob Stone\n\nTrees\nThe oak on the green is unsafe.\n"
                      b"Clerk to write to the county council.\n")
        action = action_with(record, "write to the county council")
        assert owner_names(action) == ["Clerk"]

    def test_initials_resolve_against_attendance(self) -> None:
        record = text(HEAD + b"Present: Joe Bloggs, Ann Lee\n\nPlanning\nThe new policy was discussed.\n"
                      b"JB to circulate the paper.\n")
        action = action_with(record, "circulate the paper")
        assert [(o.text, o.name) for o in action.owners] == [("JB", "Joe Bloggs")]

    def test_deadline_without_year_takes_the_meeting_year(self) -> None:
        record = text(HEAD + b"Present: Ann Lee, Bob Stone\n\nAccounts\nAction: Bob Stone to file the return "
                      b"by 31 March.\n")
        action = action_with(record, "file the return")
        assert action.due is not None and (action.due.kind, action.due.date) == ("date", "2024-03-31")

    def test_by_the_next_meeting(self) -> None:
        record = text(HEAD + b"Present: Ann Lee, Bob Stone\n\nAccounts\nAction: Ann Lee to draft a budget "
                      b"by the next meeting.\n")
        action = action_with(record, "draft a budget")
        assert action.due is not None and (action.due.kind, action.due.date) == ("next_meeting", None)

    def test_done_marker(self) -> None:
        record = text(HEAD + b"Present: Ann Lee, Bob Stone\n\nActions\n- Ann Lee to book the hall [done]\n"
                      b"- Bob Stone to order the chairs\n")
        assert action_with(record, "book the hall").status == "done"
        assert action_with(record, "order the chairs").status == "open"


class TestChecklists:
    """Markdown task lists with @handles: checked items are done."""

    DOC = (b"# Steering group meeting 2024-03-12\n\n## Attendees\n\n* Ann Lee @annlee\n* Bob Stone @bstone\n\n"
           b"## Action items\n\n- [ ] @annlee draft the release notes\n- [x] @bstone tagged the release\n")

    def test_checklist_items_are_actions_with_status(self) -> None:
        record = markdown(self.DOC)
        notes = action_with(record, "draft the release notes")
        tagged = action_with(record, "tagged the release")
        assert notes.status == "open"
        assert tagged.status == "done"

    def test_checklist_handles_resolve_to_attendees(self) -> None:
        record = markdown(self.DOC)
        assert owner_names(action_with(record, "draft the release notes")) == ["Ann Lee"]
        assert owner_names(action_with(record, "tagged the release")) == ["Bob Stone"]


# --- Sections -----------------------------------------------------------------------------------------------


AGENDA = (MEMBERS
          + b"1. Apologies\nNone received.\n\n"
          b"2. Minutes of the last meeting\nThe minutes were approved as a true record.\n\n"
          b"3. Treasurer's report\nThe balance stands at 1,200 pounds.\n\n"
          b"4. Any other business\nThere was none.\n")
"""A plain-text agenda numbered "1." ... with the minutes of each item below it."""

MD_AGENDA = (b"# Committee meeting, 12 March 2024\n\nPresent: Ann Lee, Bob Stone, Carol Diaz\n\n"
             b"## 1. Apologies\n\nNone received.\n\n"
             b"## 2. Minutes of the last meeting\n\nThe minutes were approved as a true record.\n\n"
             b"## 3. Treasurer's report\n\nThe balance stands at 1,200 pounds.\n\n"
             b"## 4. Any other business\n\nThere was none.\n")
"""The same agenda as numbered Markdown headings."""

AGENDA_TITLES = ["Minutes of the last meeting", "Treasurer's report", "Any other business"]
AGENDA_KINDS = ["previous_minutes", "report", "aob"]


class TestNumberedAgenda:
    """Numbered agenda items: numbering out of the title, standard items get their kind,
    "Apologies" is attendance."""

    def test_markdown_numbered_headings_titles(self) -> None:
        assert titles(markdown(MD_AGENDA)) == AGENDA_TITLES

    def test_markdown_numbered_headings_kinds(self) -> None:
        assert [s.kind for s in markdown(MD_AGENDA).sections] == AGENDA_KINDS

    def test_plain_text_numbered_titles(self) -> None:
        assert titles(text(AGENDA)) == AGENDA_TITLES

    def test_plain_text_numbered_kinds(self) -> None:
        assert [s.kind for s in text(AGENDA).sections] == AGENDA_KINDS

    def test_plain_text_apologies_item_is_attendance_not_a_section(self) -> None:
        record = text(AGENDA)
        assert "Apologies" not in titles(record)
        assert record.sections, "the other items are still sections"

    def test_numbered_item_after_attendance_is_not_a_person(self) -> None:
        record = text(MEMBERS + b"1. Budget\nThe budget was discussed.\n")
        assert names(record, "present") == ["Ann Lee", "Bob Stone", "Carol Diaz"]

    def test_item_prefix(self) -> None:
        record = text(MEMBERS + b"Item 3 - Website\nThe site needs a refresh.\n\nItem 4 - Newsletter\nDue in May.\n")
        assert titles(record) == ["Website", "Newsletter"]
        assert record.sections[0].heading_text == "Item 3 - Website"

    def test_minute_numbers_kept_out_of_titles(self) -> None:
        record = text(MEMBERS + b"19.09.05 Planning\nTwo applications were noted.\n\n"
                      b"19.09.06 Highways\nPotholes on Mill Lane were reported.\n")
        assert titles(record) == ["Planning", "Highways"]


class TestHeadingStyles:
    """Headings written in Markdown, in bold paragraphs, in capitals or as plain short lines."""

    def test_markdown_headings(self) -> None:
        record = markdown(b"# Committee meeting, 12 March 2024\n\nPresent: Ann Lee, Bob Stone\n\n"
                          b"## Finance\n\nThe accounts were reviewed.\n\n## Highways\n\nPotholes were reported.\n")
        assert titles(record) == ["Finance", "Highways"]
        assert [p.text for p in record.sections[0].points] == ["The accounts were reviewed."]

    def test_bold_paragraph_headings(self) -> None:
        record = markdown(b"# Committee meeting, 12 March 2024\n\nPresent: Ann Lee, Bob Stone\n\n"
                          b"**Finance**\n\nThe accounts were reviewed.\n\n**Highways**\n\nPotholes were reported.\n")
        assert titles(record) == ["Finance", "Highways"]

    def test_capitals_headings(self) -> None:
        record = text(MEMBERS + b"FINANCE\nThe accounts were reviewed.\n\nHIGHWAYS\nPotholes were reported.\n")
        assert [t.lower() for t in titles(record)] == ["finance", "highways"]
        assert record.sections[0].heading_text == "FINANCE"

    def test_plain_short_line_headings(self) -> None:
        record = text(MEMBERS + b"Finance\nThe accounts were reviewed.\n\nHighways\nPotholes were reported.\n")
        assert titles(record) == ["Finance", "Highways"]

    def test_membership_is_a_section(self) -> None:
        record = markdown(b"# Committee meeting, 12 March 2024\n\nPresent: Ann Lee, Bob Stone\n\n"
                          b"## Finance\n\nThe accounts were reviewed.\n\n## Membership\n\nNumbers are up.\n")
        assert titles(record) == ["Finance", "Membership"]

    def test_date_of_next_meeting_is_not_a_section(self) -> None:
        record = text(MEMBERS + b"Finance\nThe accounts were reviewed.\n\n"
                      b"Date of next meeting\nThe next meeting will be on 9 April 2024.\n")
        assert titles(record) == ["Finance"]
        assert record.next_meeting is not None and record.next_meeting.date == "2024-04-09"


class TestDeclarationsAndPresenters:
    """Declarations of interest, and presenters named after the item's title."""

    def test_no_declarations_made(self) -> None:
        record = text(MEMBERS + b"Declarations of interest\nNo declarations were made.\n\n"
                      b"Planning\nOne application was noted.\n")
        assert section(record, "Declarations of interest").kind == "declarations"
        assert record.declarations_of_interest == []

    def test_a_declaration_made(self) -> None:
        record = text(MEMBERS + b"Declarations of interest\n"
                      b"Bob Stone declared an interest in the planning item as a neighbour of the applicant.\n\n"
                      b"Planning\nOne application was noted.\n")
        assert section(record, "Declarations of interest").kind == "declarations"
        assert len(record.declarations_of_interest) == 1
        assert "Bob Stone" in record.declarations_of_interest[0]

    def test_presenter_full_name_in_parentheses(self) -> None:
        record = text(MEMBERS + b"Budget update (Ann Lee)\nSpending is on track.\n\nPlanning\nNoted.\n")
        budget = section(record, "Budget update")
        assert budget.presenter == "Ann Lee"
        assert budget.heading_text == "Budget update (Ann Lee)"

    def test_presenter_first_name_resolves_to_attendee(self) -> None:
        record = text(MEMBERS + b"Budget update (Bob)\nSpending is on track.\n\nPlanning\nNoted.\n")
        assert section(record, "Budget update").presenter == "Bob Stone"

    def test_presenter_in_a_markdown_heading(self) -> None:
        record = markdown(b"# Committee meeting, 12 March 2024\n\nPresent: Ann Lee, Bob Stone\n\n"
                          b"## Budget update (Ann Lee)\n\nSpending is on track.\n")
        assert section(record, "Budget update").presenter == "Ann Lee"


# --- Meeting facts -------------------------------------------------------------------------------------------


class TestMeetingFacts:
    """Title, date, times, place, chair and minute taker."""

    def test_title_without_minutes_of_the(self) -> None:
        record = text(b"Minutes of the Meeting of Upton Parish Council\n\nHeld on 12 March 2024\n\n"
                      b"Present: Ann Lee, Bob Stone\n\nPlanning\nNoted.\n")
        assert record.meeting.title is not None
        assert not record.meeting.title.lower().startswith("minutes")
        assert "Upton Parish Council" in record.meeting.title

    def test_title_from_a_markdown_heading(self) -> None:
        record = markdown(b"# Minutes of the Garden Society committee meeting, 12 March 2024\n\n"
                          b"Present: Ann Lee, Bob Stone\n\n## Plants\n\nNoted.\n")
        assert record.meeting.title == "Garden Society committee meeting"
        assert record.meeting.date == "2024-03-12"

    def test_date_from_the_title(self) -> None:
        record = text(b"Upton Parish Council - 12 March 2024\n\nPresent: Ann Lee, Bob Stone\n\nPlanning\nNoted.\n")
        assert record.meeting.date == "2024-03-12"
        assert record.meeting.date_text is not None and "12 March 2024" in record.meeting.date_text

    def test_date_from_held_on_sentence(self) -> None:
        record = text(b"Upton Parish Council\n\nMinutes of the meeting held on Tuesday 12th March 2024 "
                      b"at the Village Hall.\n\nPresent: Ann Lee, Bob Stone\n\nPlanning\nNoted.\n")
        assert record.meeting.date == "2024-03-12"
        assert record.meeting.location == "Village Hall"

    def test_front_matter_date(self) -> None:
        record = markdown(b"---\ntitle: Garden Society committee\ndate: 2024-03-12\n---\n\n"
                          b"Present: Ann Lee, Bob Stone\n\n## Plant sale\n\nThe sale raised 300 pounds.\n")
        assert record.meeting.date == "2024-03-12"

    def test_front_matter_title(self) -> None:
        record = markdown(b"---\ntitle: Garden Society committee\ndate: 2024-03-12\n---\n\n"
                          b"Present: Ann Lee, Bob Stone\n\n## Plant sale\n\nThe sale raised 300 pounds.\n")
        assert record.meeting.title == "Garden Society committee"
        assert titles(record) == ["Plant sale"]

    def test_start_and_end_time(self) -> None:
        record = text(MEMBERS + b"The meeting commenced at 7.30pm.\n\nPlanning\nNoted.\n\n"
                      b"The meeting closed at 9.05pm.\n")
        assert (record.meeting.start_time, record.meeting.end_time) == ("19:30", "21:05")

    def test_location_held_at_before_the_date(self) -> None:
        record = text(b"Minutes of the Committee meeting held at the Village Hall on 12 March 2024\n\n"
                      b"Present: Ann Lee, Bob Stone\n\nPlanning\nNoted.\n")
        assert record.meeting.date == "2024-03-12"
        assert record.meeting.location == "Village Hall"

    def test_labelled_date_time_and_location_lines(self) -> None:
        record = text(b"Garden Society committee\nDate: 12/03/2024\nTime: 19:00\nLocation: Community Centre\n\n"
                      b"Present: Ann Lee, Bob Stone\n\nPlants\nNoted.\n")
        meeting = record.meeting
        assert (meeting.date, meeting.start_time, meeting.location) == ("2024-03-12", "19:00", "Community Centre")

    def test_time_range_line(self) -> None:
        record = text(b"Garden Society committee\nDate: 12/03/2024\nTime: 19:00 - 20:45\n\n"
                      b"Present: Ann Lee, Bob Stone\n\nPlants\nNoted.\n")
        assert (record.meeting.start_time, record.meeting.end_time) == ("19:00", "20:45")

    def test_location_venue_line(self) -> None:
        record = text(MEMBERS + b"Venue: Room 4, Town Library\n\nPlanning\nNoted.\n")
        assert record.meeting.location == "Room 4, Town Library"

    def test_location_via_zoom(self) -> None:
        record = text(b"Minutes of the Committee meeting held via Zoom on 12 March 2024\n\n"
                      b"Present: Ann Lee, Bob Stone\n\nPlanning\nNoted.\n")
        assert record.meeting.location is not None and "Zoom" in record.meeting.location

    def test_chair_and_minute_taker_lines(self) -> None:
        record = text(MEMBERS + b"Chair: Ann Lee\nMinutes taken by Carol Diaz\n\nPlanning\nNoted.\n")
        assert (record.meeting.chair, record.meeting.minute_taker) == ("Ann Lee", "Carol Diaz")

    def test_chaired_by_line(self) -> None:
        record = text(MEMBERS + b"Chaired by Ann Lee\n\nPlanning\nNoted.\n")
        assert record.meeting.chair == "Ann Lee"

    def test_chair_from_role_in_attendance(self) -> None:
        record = text(HEAD + b"Present: Ann Lee (Chair), Bob Stone\n\nPlanning\nNoted.\n")
        assert record.meeting.chair == "Ann Lee"

    def test_minutes_without_attendance_list(self) -> None:
        record = text(HEAD + b"Accounts\nRESOLVED that the accounts for 2023 be approved.\n")
        assert record.meeting.title == "Committee meeting"
        assert record.meeting.location is None
        assert titles(record) == ["Accounts"]
        assert [d.text for d in record.decisions] == ["RESOLVED that the accounts for 2023 be approved."]


# --- Several meetings in one document ------------------------------------------------------------------------


class TestSeveralMeetings:
    """A meeting log gives one record per dated meeting."""

    TEXT_LOG = (b"Project meeting log\n\nMonday 5 February 2024\nPresent: Ann Lee, Bob Stone\n"
                b"Agreed the project scope.\n\nMonday 4 March 2024\nPresent: Ann Lee, Carol Diaz\n"
                b"Reviewed the draft report.\n")

    def test_date_lines_start_meetings(self) -> None:
        records = extract_all(self.TEXT_LOG, format="text")
        assert [r.meeting.date for r in records] == ["2024-02-05", "2024-03-04"]
        assert {r.meeting.title for r in records} == {"Project meeting log"}

    def test_each_record_has_its_own_attendance(self) -> None:
        first, second = extract_all(self.TEXT_LOG, format="text")
        assert names(first, "present") == ["Ann Lee", "Bob Stone"]
        assert names(second, "present") == ["Ann Lee", "Carol Diaz"]

    def test_numeric_date_lines(self) -> None:
        log = (b"Project meeting log\n\n05/02/2024\nDiscussed the scope.\n\n04/03/2024\nDiscussed the draft.\n")
        records = extract_all(log, format="text")
        assert [r.meeting.date for r in records] == ["2024-02-05", "2024-03-04"]

    def test_day_month_year_lines_in_plain_text(self) -> None:
        log = (b"Project meeting log\n\n5 February 2024\nPresent: Ann Lee, Bob Stone\nAgreed the scope.\n\n"
               b"4 March 2024\nPresent: Ann Lee, Carol Diaz\nReviewed the draft report.\n")
        records = extract_all(log, format="text")
        assert [r.meeting.date for r in records] == ["2024-02-05", "2024-03-04"]

    def test_top_level_markdown_date_headings(self) -> None:
        log = (b"# 5 February 2024\n\nPresent: Ann Lee, Bob Stone\n\n- Agreed the project scope.\n\n"
               b"# 4 March 2024\n\nPresent: Ann Lee, Carol Diaz\n\n- Reviewed the draft report.\n")
        records = extract_all(log, format="markdown")
        assert [r.meeting.date for r in records] == ["2024-02-05", "2024-03-04"]

    def test_second_level_markdown_date_headings(self) -> None:
        log = (b"# Project meeting log\n\n## 5 February 2024\n\nPresent: Ann Lee, Bob Stone\n\n"
               b"- Agreed the project scope.\n\n## 4 March 2024\n\nPresent: Ann Lee, Carol Diaz\n\n"
               b"- Reviewed the draft report.\n")
        records = extract_all(log, format="markdown")
        assert [r.meeting.date for r in records] == ["2024-02-05", "2024-03-04"]
        assert names(records[1], "present") == ["Ann Lee", "Carol Diaz"]

    def test_numbered_meeting_lines(self) -> None:
        log = (b"Team meetings\n\nMeeting 1 - 5 February 2024\nDiscussed the scope.\n\n"
               b"Meeting 2 - 4 March 2024\nDiscussed the draft.\n\nMeeting 3 - 8 April 2024\nDiscussed the launch.\n")
        records = extract_all(log, format="text")
        assert [r.meeting.date for r in records] == ["2024-02-05", "2024-03-04", "2024-04-08"]

    def test_one_meeting_is_one_record(self) -> None:
        assert len(extract_all(MEMBERS + b"Planning\nNoted.\n", format="text")) == 1


# --- Warnings -----------------------------------------------------------------------------------------------


class TestWarnings:
    """What could not be read is said in words."""

    def test_no_date_gives_a_warning_about_the_date(self) -> None:
        record = text(b"Committee meeting\n\nPresent: Ann Lee, Bob Stone\n\nPlanning\nNoted.\n")
        assert record.meeting.date is None
        assert any("date" in w.lower() for w in record.warnings), record.warnings

    def test_a_dated_meeting_has_no_date_warning(self) -> None:
        record = text(HEAD + b"Present: Ann Lee, Bob Stone\n\nPlanning\nNoted.\n")
        assert not any("date" in w.lower() for w in record.warnings), record.warnings


class TestEdgeCases:
    """Cases where a rule for one style must not swallow another."""

    def test_votes_given_before_the_result_belong_to_the_motion(self) -> None:
        d = only_decision(text(MEMBERS + b"Parking\nVotes: 5 for, 2 against, 1 abstention. The motion was carried.\n"))
        assert (d.kind, d.outcome) == ("motion", "carried")
        assert d.votes is not None and d.votes.model_dump(by_alias=True) == {"for": 5, "against": 2, "abstain": 1}

    def test_decision_under_a_venue_heading_is_kept(self) -> None:
        record = text(MEMBERS + b"Venue\nDecision: move the next meeting to the library.\n")
        assert [d.text for d in record.decisions] == ["move the next meeting to the library."]  # its label aside
        assert "Venue" not in titles(record)

    def test_a_person_agreeing_to_do_something_is_an_action_not_a_decision(self) -> None:
        record = text(MEMBERS + b"Newsletter\nAnn agreed to circulate the draft by Friday.\n")
        assert record.decisions == []
        assert owner_names(action_with(record, "circulate the draft")) == ["Ann Lee"]


class TestParishStyle:
    """Minute-numbered items with sub-items, and resolutions in lettered parts."""

    DOC = (b"MINUTES OF A MEETING OF LITTLE HAMPTON PARISH COUNCIL HELD ON 7 NOVEMBER 2018\n\n"
           b"PRESENT: Councillor A Ross (Chair), Councillor B Young\n\n"
           b"190 FINANCIAL MATTERS\n\n"
           b"190.1 Payments\n\nThe list of payments was circulated.\n\n"
           b"190.2 Budget\n\nThe draft budget was discussed.\n\n"
           b"191 NEWSLETTER\n\nThe last delivery was poor.\n\n"
           b"RESOLVED: (a) That the Clerk write to the delivery company.\n\n"
           b"(b) That the matter be reviewed in three months.\n")

    def test_sub_items_are_part_of_their_item(self) -> None:
        assert titles(text(self.DOC)) == ["FINANCIAL MATTERS", "NEWSLETTER"]

    def test_each_lettered_part_is_a_resolution(self) -> None:
        record = text(self.DOC)
        assert [(d.text, d.kind, d.outcome) for d in record.decisions] == [
            ("That the Clerk write to the delivery company.", "resolution", "carried"),
            ("That the matter be reviewed in three months.", "resolution", "carried"),
        ]
        assert owner_names(action_with(record, "write to the delivery company")) == ["Clerk"]


# --- scribe and dialogue minutes: speaker turns --------------------------------

INITIALS_TURNS = b"""Project Board meeting, 4 March 2024

Present: Alice Brown (AB), Carl Dane (CD), Erin Fox (EF)

1. Budget review

AB: The spend is on track for the quarter.

CD: Agreed, though travel costs rose.

AB: I will circulate the revised figures.

2. Website

EF: The new site goes live next week.

CD: Can we test it first?

EF: Yes, there is a staging copy.
"""


def test_initials_turns_are_points_of_their_items_not_sections() -> None:
    record = text(INITIALS_TURNS)
    assert titles(record) == ["Budget review", "Website"]
    assert [p.text for p in section(record, "Website").points][:1] == ["EF: The new site goes live next week."]
    assert "6 speaker turns were read as points of their sections." in record.warnings


def test_a_speakers_own_commitment_is_their_action_and_a_reply_is_no_decision() -> None:
    record = text(INITIALS_TURNS)
    assert owner_names(action_with(record, "circulate the revised figures")) == ["Alice Brown"]
    assert record.decisions == []  # "CD: Agreed, ..." is one person's reply


def test_named_turns_in_bullets_with_full_then_first_names() -> None:
    record = markdown(b"""Garden Group call, 5 March 2024
* Chair: Nora Quill
* Scribe: Owen Pike

Seed swap planning

* Nora Quill: We have forty packets so far.
* Owen Pike: The library offered its foyer for the day.
   * Nora: That is a good spot, near the bus stop.
* Pat Reyes: I'll design a poster.

Compost bins

* Owen: Two bins are full and need turning.
* Pat: The council may collect the spare ones.
""")
    assert titles(record) == ["Seed swap planning", "Compost bins"]
    assert owner_names(action_with(record, "design a poster")) == ["Pat Reyes"]


def test_bold_speaker_names_are_not_sections() -> None:
    record = markdown(b"""# Reading Circle, 6 March 2024

Present: Mia Lowe, Ravi Shah, Tom Hale

## Next book

**Mia:** I suggest a short novel this time.

**Ravi:** Fine by me, something under 300 pages.

**Tom**: Could we try a translated work?

## Snacks

**Ravi:** The caf\xc3\xa9 sells good biscuits.

**Mia:** Then we buy some there.
""")
    assert titles(record) == ["Next book", "Snacks"]
    assert [p.text for p in section(record, "Snacks").points] == [
        "Ravi: The caf\u00e9 sells good biscuits.", "Mia: Then we buy some there."]


def test_irc_log_with_topic_lines() -> None:
    record = text(b"""Build Team IRC meeting, 7 March 2024

Topic: release schedule

<jdoe> the beta is ready for testing
<ksmith> any blockers left?
<jdoe> one crash on startup, fix is in review
<lwu> I will review it today

Topic: mirrors

<kwu> the old mirror is down again
<jdoe> we should drop it
""")
    assert titles(record) == ["release schedule", "mirrors"]
    assert section(record, "mirrors").points[0].text == "kwu: the old mirror is down again"
    assert owner_names(action_with(record, "review it today")) == ["lwu"]


def test_nickname_scribe_lines_keep_resolutions_as_decisions() -> None:
    record = text(b"""Docs Working Group teleconference, 8 March 2024

Present: amy, bert, cho

Topic: style guide

amy: the guide needs a section on tables
cho: agreed, and one on code samples
bert: I will draft the tables section
RESOLVED: add a tables section to the style guide

Topic: translations

cho: two volunteers offered to translate
amy: +1 to accepting both
""")
    assert titles(record) == ["style guide", "translations"]
    assert only_decision(record).text == "add a tables section to the style guide"
    assert owner_names(action_with(record, "draft the tables section")) == ["bert"]


def test_a_dialogue_topic_line_naming_its_speaker_opens_the_item() -> None:
    record = markdown(b"""Standards call, 9 March 2024
* Chair: Ida Moss

Shared fonts - Ben Ortiz

Overview of the font proposal
* Ben Ortiz:
   * The proposal covers three font formats.
   * Browsers can cache them once.
* Ida: Which format comes first?
   * Ben: The smallest one.
* Ida: Thanks, we will come back to it.
* Ben: Fine.
""")
    item = section(record, "Shared fonts")
    assert item.presenter == "Ben Ortiz"
    assert titles(record) == ["Shared fonts"]


def test_a_single_labelled_line_is_no_speaker() -> None:
    record = text(HEAD + b"""Present: Ann Lee, Bob Stone

Public Comment: None received.

Treasurer: balance is 300 pounds.
""")
    assert "Public Comment" in titles(record)
    assert not any("speaker turns" in w for w in record.warnings)
