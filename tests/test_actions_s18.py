"""Action forms found by the eighteenth session's invented battery, each on a small invented document."""

from __future__ import annotations

from notes_extract import extract_text
from notes_extract.models import MinutesRecord

_HEAD_TEXT = "Hill Bridge Club committee\n5 June 2025\n\nPresent: Ann Lee, Bo Ode, Cy Rand, Dee Fox\n\n"


def text_minutes(body: str) -> MinutesRecord:
    return extract_text(_HEAD_TEXT + body, format="text")


def _owned(record: MinutesRecord) -> list[tuple[str, list[str]]]:
    return [(a.text, [o.name for o in a.owners]) for a in record.actions]


def test_an_office_with_a_tenure_word_in_lower_case_owns_its_commitment() -> None:
    record = text_minutes("1. Officers\nThe new chairperson will do the agenda for the next meeting.\n"
                          "The former treasurer has agreed to hand over the books.\n")
    assert _owned(record) == [("The new chairperson will do the agenda for the next meeting.", ["new chairperson"]),
                              ("The former treasurer has agreed to hand over the books.", ["former treasurer"])]


def test_a_tenure_word_makes_no_owner_of_a_group() -> None:
    record = text_minutes("1. Officers\nThe new members will be welcomed in May.\n")
    assert record.actions == []


def test_a_vow_is_a_pledge() -> None:
    record = text_minutes("1. Handbook\nDee vowed to finish the handbook by the summer.\n")
    assert _owned(record) == [("Dee vowed to finish the handbook by the summer.", ["Dee Fox"])]


def test_work_under_way_then_a_promise_joined_by_and() -> None:
    record = text_minutes("1. Boards\nCy is looking into new boards and will report back at the next meeting.\n")
    assert _owned(record) == [("Cy is looking into new boards and will report back at the next meeting.",
                               ["Cy Rand"])]
    assert record.actions[0].due is not None and record.actions[0].due.kind == "next_meeting"


def test_a_candidacy_is_no_task() -> None:
    record = text_minutes("1. Elections\nAnn, Bo and Cy will run for another term.\n"
                          "Dee agreed to stand for the post of treasurer.\nBo will seek re-election next year.\n")
    assert record.actions == []


def test_a_permission_given_is_no_task_but_letting_someone_know_is() -> None:
    record = text_minutes("1. Address\nDee agreed to allow her home address to be used as the club's address.\n"
                          "Bo will let Cy know the new address.\n")
    assert _owned(record) == [("Bo will let Cy know the new address.", ["Bo Ode"])]


def test_an_invitation_to_an_event_or_to_all_members_is_no_task() -> None:
    record = text_minutes("1. Social\nEve invited Bo to the summer party on 4 July.\n"
                          "The Chair invited members to send suggestions for the programme.\n"
                          "The Chair invited Dee to draft the programme.\n")
    assert _owned(record) == [("The Chair invited Dee to draft the programme.", ["Dee Fox"])]


_HEAD_MD = "# Lab meeting\n\n14 May 2025\n\n## Attendees\n\n- Ann Lee\n- Bo Ode\n- Cy Rand\n\n"


def test_a_subjectless_promise_under_a_heading_naming_one_attendee_is_theirs() -> None:
    record = extract_text(_HEAD_MD + "### Ann:\n\n* Finished the parser.\n* Will look into a static website.\n\n"
                          "### Bo:\n\n* Will it scale to the big runs?\n* Will do a code walkthrough next week.\n",
                          format="markdown")
    assert _owned(record) == [("Will look into a static website.", ["Ann Lee"]),
                              ("Will do a code walkthrough next week.", ["Bo Ode"])]


def test_a_subjectless_promise_under_a_heading_naming_no_attendee_is_no_task() -> None:
    record = extract_text(_HEAD_MD + "### Plans:\n\n* Will look into a static website.\n", format="markdown")
    assert record.actions == []


def test_a_group_word_or_initialled_names_after_an_action_lines_dash_own_it() -> None:
    record = extract_text(_HEAD_MD + "## Action items\n\n- Define key players for the project - everyone\n"
                          "- Decide how the group works - Xavier RC, Elie S\n- Review the talks (Team)\n",
                          format="markdown")
    assert _owned(record) == [("Define key players for the project", ["everyone"]),
                              ("Decide how the group works", ["Xavier RC", "Elie S"]),
                              ("Review the talks", ["Team"])]


_HEAD_COUNCIL = ("Upton Parish Council\nMinutes of the meeting held on 5 June 2025\n"
                 "Present: Cllr Ann Lee (Chairman), Cllr Bo Ode, Mrs Cy Park\nIn attendance: Gil Hart (Clerk)\n\n"
                 "1. Footpaths\nThe stile on the footpath is broken. ")


def _council(sentence: str) -> list[tuple[str, list[str]]]:
    return _owned(extract_text(_HEAD_COUNCIL + sentence + "\n", format="text"))


def test_the_meetings_order_through_that_with_should_or_a_bare_task_verb() -> None:
    for sentence, owner in (("It was agreed that the Clerk write to the landowner.", "Gil Hart"),
                            ("It was agreed that Mrs Park should photograph the stile.", "Cy Park"),
                            ("It was agreed the Clerk would write to the landowner.", "Gil Hart"),
                            ("The Clerk has been asked to write to the landowner.", "Gil Hart")):
        assert _council(sentence) == [(sentence, [owner])], sentence


def test_a_view_with_should_is_no_order() -> None:
    assert _council("Cllr Ode stated that the Clerk should write to the landowner.") == []


def test_short_forms_of_going_to_and_would() -> None:
    record = text_minutes("1. Release\nThe release slipped a week. Ann's going to look into the flaky tests.\n"
                          "Bo said he'd follow up with the printers.\n")
    assert _owned(record) == [("Ann's going to look into the flaky tests.", ["Ann Lee"]),
                              ("Bo said he'd follow up with the printers.", ["Bo Ode"])]


def test_items_handed_out_under_a_volunteering_line_name_their_owners() -> None:
    record = text_minutes("1. Summer fair\nThe fair is on 12 July. Members volunteered for the following:\n"
                          "- Raffle – Bo\n- Cakes and tea – Ann, Dee\n- Gate - Cy Rand\n"
                          "Jobs were shared out:\n- Posters – the whole club\n")
    assert _owned(record) == [("Raffle", ["Bo Ode"]), ("Cakes and tea", ["Ann Lee", "Dee Fox"]),
                              ("Gate", ["Cy Rand"])]


def test_a_groups_next_meeting_a_trip_and_an_absence_are_no_tasks() -> None:
    record = text_minutes("1. Arrangements\nThe committee will meet again on Friday. Cy is going to the training "
                          "on 12 June. Dee will miss the next two meetings.\n"
                          "The committee agreed to meet on Saturday to look at the drain.\n")
    assert _owned(record) == [("The committee agreed to meet on Saturday to look at the drain.", ["committee"])]


def test_a_task_set_in_the_passive_with_to_be_and_its_doer() -> None:
    for sentence, owner in (("Footpath blocked, to be chased up by the clerk.", "Gil Hart"),
                            ("Quotes to be obtained by Cllr Ode.", "Bo Ode")):
        assert _council(sentence) == [(sentence, [owner])], sentence
    for sentence in ("The hall is to be booked by Friday.", "Any change would have to be confirmed by the Clerk.",
                     "Complaints would continue to be handled by the police."):
        assert _council(sentence) == [], sentence


def test_a_bracketed_action_label_and_a_task_assigned_to_an_attendee() -> None:
    record = extract_text(_HEAD_MD + "## Release\n\n- The release slipped a week.\n"
                          "- [Action] Ann to look into the flaky tests\n- Changelog assigned to Bo\n"
                          "- Hosting assigned to an outside firm.\n", format="markdown")
    assert _owned(record) == [("Ann to look into the flaky tests", ["Ann Lee"]),
                              ("Changelog assigned to Bo", ["Bo Ode"])]


def test_an_office_beyond_the_committees_owns_its_task() -> None:
    record = text_minutes("1. Church path\nThe Vicar agreed to raise it with the diocese.\n"
                          "The coach will be ordering new numbers for each boat.\nChurchwardens to inspect the path.\n")
    assert _owned(record) == [("The Vicar agreed to raise it with the diocese.", ["Vicar"]),
                              ("The coach will be ordering new numbers for each boat.", ["coach"]),
                              ("Churchwardens to inspect the path.", ["Churchwardens"])]
