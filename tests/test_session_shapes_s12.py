"""Shapes read this session (the ninth): lines no earlier rule read, or read wrongly. All names and
lines are invented."""

from __future__ import annotations

from notes_extract import extract, extract_all


def _record(text: str, fmt: str = "text"):  # type: ignore[no-untyped-def]
    return extract(text.encode(), format=fmt)


def _present(record) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(a.name, a.role) for a in record.attendance.present]


def test_offices_and_their_holders_under_an_attendance_heading_are_who_came() -> None:
    text = ("Rowing Club Board Meeting\nTuesday, May 10, 2022, 7pm\n\n## Attendance\n\n"
            "President: Dana Holt  \nVice President/Website: Ravi Mehta  \nSecretary: Olga Berg  \n"
            "Equipment Manager: Tom Reyes  \nCoach: Lena Park\n\n## Budget\n\nThe budget was discussed.\n")
    record = _record(text, "markdown")
    assert _present(record) == [("Dana Holt", "president"), ("Ravi Mehta", "vice-president"),
                                ("Olga Berg", "secretary"), ("Tom Reyes", "equipment manager"),
                                ("Lena Park", "coach")]
    assert [s.title for s in record.sections] == ["Budget"]


def test_a_role_line_after_a_label_answered_on_its_own_line_is_no_attendee() -> None:
    text = ("Project Group Meeting\nDate: 3 March 2021\n\nAttending: Ann Lee, Bo Ode, Cy Ray\n"
            "Absent: None\nRecorder: Bo Ode\n\n1. Progress\n\nThe prototype works.\n")
    record = _record(text)
    assert record.attendance.absent == []
    assert record.meeting.minute_taker == "Bo Ode"


def test_offices_outside_an_attendance_list_say_nothing_of_who_came() -> None:
    text = ("Club Committee Meeting\n4 April 2022\n\nPresent: Ann Lee, Bo Ode\n\n1. Officers for next year\n\n"
            "President: Cy Ray\nTreasurer: Di Moss\n\nBoth were thanked.\n")
    assert [a.name for a in _record(text).attendance.present] == ["Ann Lee", "Bo Ode"]


def test_a_degree_after_a_name_is_no_person_and_a_repeated_office_is_a_role() -> None:
    text = ("Board of Education Special Meeting\nJune 3, 2020\n\nPresent:\nPaula Grant, president\n"
            "Mark Jones, Ed.D., vice president\nPam Lee, councillor\nSaul Ray, councillor\n\n## Budget\n\n"
            "The budget was discussed.\n")
    assert _present(_record(text)) == [("Paula Grant", "president"), ("Mark Jones", "vice-president"),
                                       ("Pam Lee", "councillor"), ("Saul Ray", "councillor")]


def test_an_office_or_minutes_heading_over_a_capitalised_line_stays_an_item() -> None:
    text = ("# Garden Club Meeting\n\n## 3 May 2024\n\n#### Attendees\n\n* Ada Finch\n\n* Bea Lowe\n\n"
            "## Treasurer\n\nSpring Accounts\n\nThe balance is healthy.\n\n## Minutes\n\nApril Meeting\n\n"
            "They were approved.\n")
    record = _record(text, "markdown")
    assert [s.title for s in record.sections][:1] == ["Treasurer"]
    assert record.meeting.minute_taker is None


def test_a_next_meeting_venue_keeps_its_room_number_but_a_date_is_no_venue() -> None:
    base = "Committee Meeting\n\n1 February 2022\n\nPresent: Ann Lee, Bo Ode\n\n1. Budget\n\nAgreed.\n\n"
    record = _record(base + "2. Date of next meeting\n\nTuesday 8 March 2022 at 7.30pm in Committee Room 2.\n")
    assert record.next_meeting is not None
    assert record.next_meeting.location == "Committee Room 2"
    assert record.next_meeting.date == "2022-03-08"
    record = _record(base + "2. Date of next meeting\n\nTo be held in March 12, 2022.\n")
    assert record.next_meeting is not None and record.next_meeting.location is None


def _decisions(text: str) -> list[tuple[str, str | None, tuple[int, int, int] | None, str]]:
    return [(d.kind, d.outcome, (d.votes.for_, d.votes.against, d.votes.abstain) if d.votes else None, d.text)
            for d in _record(text).decisions]


_BOARD = "Board Meeting\n\n3 March 2020\n\nPresent: Ann Lee, Bo Ode, Cy Ray\n\n1. Membership\n\n"


def test_a_share_of_the_voters_in_brackets_is_the_vote_and_carries_it() -> None:
    found = _decisions(_BOARD + "The board voted to approve the grant requests. (4/5 with 1 abstention)\n")
    assert found == [("motion", "carried", (4, 0, 1),
                      "The board voted to approve the grant requests. (4/5 with 1 abstention)")]
    # a date in brackets in running text is no vote
    assert _decisions(_BOARD + "The picnic is on (3/5) and all are welcome.\n") == []


def test_a_named_member_proposing_that_something_be_done_is_a_motion() -> None:
    found = _decisions(_BOARD + "Ann Lee proposed that Di Moss be invited to join as a member. (5/5)\n\n"
                       "Ann Lee proposed to increase the award limit to $2000.\n")
    assert [(kind, outcome, votes) for kind, outcome, votes, _ in found] == [
        ("motion", "carried", (5, 0, 0)), ("motion", None, None)]
    # suggestions are not motions
    assert _decisions(_BOARD + "Bo Ode proposed that a parent should be asked to help.\n\n"
                      "Bo Ode proposed to meet earlier next time.\n") == []


def test_a_body_voting_that_is_a_decision_but_a_report_of_past_votes_is_not() -> None:
    found = _decisions(_BOARD + "The board voted that Fay Lund be added as a member.\n")
    assert [(kind, text) for kind, _, _, text in found] == [
        ("motion", "The board voted that Fay Lund be added as a member.")]
    assert _decisions(_BOARD + "Our members have on several occasions voted that we support the fair.\n") == []


_PARISH = "Parish Council Meeting\n\n3 March 2008\n\nPresent: Cllr Ann Lee, Cllr Bo Ode, Cllr Cy Ray\n\n"


def test_result_and_count_lines_after_a_moved_motion_complete_it() -> None:
    found = _decisions(_PARISH + "1. Payments\n\nIt was proposed by Cllr Lee and seconded by Cllr Ode that the "
                       "Parish Council makes the above payments.\n\nThe Parish Council agreed.\n\n2. Lights\n\n"
                       "It was proposed by Cllr Ray and seconded by Cllr Lee that the Parish Council buys the "
                       "lights.\n\nEight Parish Councillors voted in favour, one against and one abstained.\n\n"
                       "The motion was therefore carried.\n")
    assert [(kind, outcome, votes) for kind, outcome, votes, _ in found] == [
        ("motion", "carried", None), ("motion", "carried", (8, 1, 1))]


def test_a_majority_written_as_a_pair_is_the_vote() -> None:
    from notes_extract.extractors.votes import read_votes

    votes = read_votes("The motion was therefore carried by a majority of 6-4 in favour.")
    assert votes is not None and (votes.for_, votes.against, votes.abstain) == (6, 4, 0)
    votes = read_votes("After a vote 7 members voted in favour, 2 were against and 1 abstained.")
    assert votes is not None and (votes.for_, votes.against, votes.abstain) == (7, 2, 1)


def test_a_log_of_dated_bullets_whose_entries_end_in_their_vote_keeps_each_decision() -> None:
    text = ("# Committee Minutes 2020\n\n## Minutes\n\n- 2020-07-10\n  Ann Lee proposed that Bo Ode be invited to "
            "join as a member.\n\n- 2020-12-08\n  Ann Lee proposed that Cy Ray be invited to join as a member. "
            "(3/5 with 2 abstentions)\n\n- 2020-12-24\n  The committee voted to approve the grants. (4/5)\n")
    records = extract_all(text.encode(), format="markdown")
    assert [(r.meeting.date, [(d.outcome, d.votes.for_ if d.votes else None) for d in r.decisions])
            for r in records] == [("2020-07-10", [(None, None)]), ("2020-12-08", [("carried", 3)]),
                                  ("2020-12-24", [("carried", 4)])]


def test_a_title_taken_from_a_held_on_sentence_drops_its_verb() -> None:
    text = ("The AGM was held on 5 March 2015 at 7pm in the Old Library.\n\nPresent: Ann Lee, Bo Ode, Cy Ray\n\n"
            "## Chair\n\nAnn reported.\n")
    assert _record(text, "markdown").meeting.title == "The AGM"
