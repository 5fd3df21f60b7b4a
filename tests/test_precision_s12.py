"""Things read that are not there (s12): an organisation's bold name over what it said, remarks under
an item of an action review, a request to everyone, a plain line among the text of minutes whose
headings are marked. All names and lines are invented."""

from __future__ import annotations

from notes_extract import extract


def _record(text: str, fmt: str = "markdown"):  # type: ignore[no-untyped-def]
    return extract(text.encode(), format=fmt)


def _titles(record) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.title for s in record.sections]


def test_a_bold_organisation_of_the_attendance_list_is_its_turn_not_an_item() -> None:
    text = ("# Licence Working Group 2021-05-04\n\n## Attendees\n\n- Ann Lee (Northwind)\n- Bo Ode (Blue Pine)\n"
            "- Cy Dunn (Chair)\n\n## Discussion\n\n**Northwind**\n\nWorried about the breadth of the grant.\n\n"
            "**Blue Pine** Wants a simpler licence for the reference code.\n\n**Tariffs**\n\nNo change this year.\n")
    assert _titles(_record(text)) == ["Discussion", "Tariffs"]


def test_a_speakers_remark_under_a_reviewed_item_is_no_action() -> None:
    text = ("# Team meeting 2021-05-04\n\nPresent: Ann Lee, Bo Chan, Cy Diaz\n\n## Review of actions\n\n"
            "- Website migration\n    - Moved most pages already\n"
            "    - Bo: If there are other ideas please let us know!\n"
            "- Ann: send the newsletter - done\n\n## Budget\n\n- Talked it through\n")
    assert [(a.text, [o.name for o in a.owners]) for a in _record(text).actions] == [
        ("send the newsletter", ["Ann Lee"])]


def test_a_request_to_everyone_names_no_owner() -> None:
    text = ("# Team meeting 2021-05-04\n\nPresent: Ann Lee, Bo Chan\n\n## Events\n\n"
            "- Encourage all to attend the open evening\n")
    assert _record(text).actions == []


def test_a_plain_line_among_text_under_marked_headings_is_text() -> None:
    text = ("# Garden Club 2021-05-04\n\n## Present\n\nAnn Lee, Bo Chan\n\n## Plots\n\n"
            "Two plots are free again.\n\nSummarises the waiting list (in order)\n\n"
            "Three families are waiting for a plot.\n\n## Tools\n\nThe shed lock was replaced.\n")
    assert _titles(_record(text)) == ["Plots", "Tools"]


def test_a_form_field_left_blank_for_approval_is_no_decision() -> None:
    text = ("Board meeting 4 May 2021\n\nPresent: Ann Lee, Bo Chan\n\n1. Budget\n\nThe budget was discussed.\n\n"
            "Signed ____________\n\nApproved: ___________\n")
    assert _record(text, "text").decisions == []


def test_a_sentence_in_capitals_opening_with_we_has_no_owner() -> None:
    text = ("# Crew meeting 2021-05-04\n\nPresent: Ann Lee, Bo Chan\n\n## Coaches report\n\n"
            "WE ARE GOING TO THE REGATTA EVEN THOUGH IT IS EXAM WEEK.\n")
    assert _record(text).actions == []


def test_lines_of_a_pasted_chat_log_are_turns_not_items() -> None:
    text = ("# Dev meeting 2021-05-04\n\n## Release notes\n\nWe walked through the draft.\n\n## Chat\n\n"
            "9:41 anna the build is green.\n\n9:42 cyd thanks anna\n\n9:42 anna Sure. Shipping it tonight.\n\n"
            "## Participants\n\nanna, bodo, cyd\n")
    assert _titles(_record(text)) == ["Release notes", "Chat"]


def test_a_label_whose_value_is_only_a_number_is_a_field_not_an_item() -> None:
    text = ("# Team log\n\n## Week 2 meeting 2022-04-18\n\nPresent: Ann Lee, Bo Chan\n\nMeeting No: 2\n\n"
            "Budget: We agreed the spend.\n\nRisks: The deadline is tight.\n")
    assert _titles(_record(text)) == ["Budget", "Risks"]


def test_agreeing_to_be_an_officer_is_a_place_taken_not_a_task() -> None:
    text = ("Residents meeting 4 May 2021\n\nPresent: Ann Lee, Bo Chan\n\n1. Officers\n\n"
            "Bo Chan agreed to be the reserve treasurer.\n\nAnn Lee agreed to book the hall.\n")
    assert [a.text for a in _record(text, "text").actions] == ["Ann Lee agreed to book the hall."]
