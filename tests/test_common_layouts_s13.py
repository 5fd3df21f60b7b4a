"""Common layouts written from general knowledge of minutes, not from any corpus document.

Invented snippets: Markdown label lines typed one under the other in bold, a "Held:" line giving
date, time and place, minutes numbered by reference ("23/45") over indented text, and numbered
topics with nested notes straight under a "Discussion" heading.
"""

from __future__ import annotations

from notes_extract import extract


def test_bold_label_lines_typed_under_each_other_stay_apart() -> None:
    record = extract(b"# Board meeting 12 May 2022\n\n"
                     b"**Attendees:** Jane Doe (Chair), Tom Hill (Treasurer), Priya Shah, Leo Brandt\n"
                     b"**Absent**: Mark Evans\n\n## Budget\n\n- The balance is fine.\n", format="markdown")
    assert [p.name for p in record.attendance.present] == ["Jane Doe", "Tom Hill", "Priya Shah", "Leo Brandt"]
    assert [p.name for p in record.attendance.absent] == ["Mark Evans"]


def test_held_line_gives_the_place_without_date_and_time() -> None:
    record = extract(b"Minutes of the Annual General Meeting of the Hillside Residents Group\n"
                     b"Held: Tuesday 14th November 2017, 7.30pm, Community Centre\n\n"
                     b"Present: Sarah Collins, David Reid\n\n1. Welcome\n\nThe Chair welcomed everyone.\n",
                     format="text")
    assert record.meeting.location == "Community Centre"
    assert record.meeting.date == "2017-11-14"


def test_a_place_label_keeps_a_room_number() -> None:
    record = extract(b"Team meeting 3 March 2022\n\nLocation: Room 1.05\n\nPresent: Ann Lee, Bo Ode\n\n"
                     b"1. Budget\n\nThe budget was discussed.\n", format="text")
    assert record.meeting.location == "Room 1.05"


BY_REFERENCE = """MINUTES OF THE BOARD OF TRUSTEES MEETING
HELD ON THURSDAY 5 OCTOBER 2023 AT 10.00AM

PRESENT:        Dr A Williams (Chair)
                Mrs B Thompson
APOLOGIES:      Prof G Hall

23/45   DECLARATIONS OF INTEREST
        None.

23/46   DIRECTOR'S REPORT
        The Director reported that visitor numbers were up.
        RESOLVED: That the report be noted.

23/47   RISK REGISTER
        The Board reviewed the risk register.
"""


def test_minutes_numbered_by_reference_over_indented_text_are_items() -> None:
    record = extract(BY_REFERENCE.encode(), format="text")
    assert [s.title for s in record.sections] == ["DECLARATIONS OF INTEREST", "DIRECTOR'S REPORT", "RISK REGISTER"]
    report = record.sections[1]
    assert [p.text for p in report.points][0] == "The Director reported that visitor numbers were up."
    assert [p.name for p in record.attendance.apologies] == ["G Hall"]


DISCUSSION = """Weekly Meeting - 2021-09-14
===========================

Participants
------------
* John Smith
* Maria Garcia

Discussion
----------
1. Data pipeline
   * The ingestion job failed twice this week.
   * Maria found the cause.
2. Paper draft
   * Maria finished the introduction.
"""


def test_numbered_topics_straight_under_a_discussion_heading_are_sections() -> None:
    record = extract(DISCUSSION.encode(), format="markdown")
    assert [s.title for s in record.sections] == ["Data pipeline", "Paper draft"]
    assert [len(s.points) for s in record.sections] == [2, 1]


def test_numbered_items_under_a_topic_heading_stay_its_points() -> None:
    record = extract(b"# Club AGM 2021\n\nPresent: Ann Lee, Bo Ode\n\n### Programs Report\n\n"
                     b"1. Monthly Meetings\n   * All meetings moved online.\n"
                     b"2. Special Events\n   * Two online brew days.\n", format="markdown")
    assert [s.title for s in record.sections] == ["Programs Report"]


def test_who_line_lists_those_present() -> None:
    record = extract(b"## Retro, Sprint 14 (2023-06-02)\n\n**Who:** Sam, Alex, Jordan\n\n### What went well\n\n"
                     b"- Deploys were smooth\n", format="markdown")
    assert [p.name for p in record.attendance.present] == ["Sam", "Alex", "Jordan"]


def test_who_line_over_a_task_is_no_attendance() -> None:
    record = extract(b"## Retro 2023-06-02\n\nPresent: Sam, Alex\n\n### Tasks\n\n"
                     b"Who: the whole team must review the release plan before Friday.\n", format="markdown")
    assert [p.name for p in record.attendance.present] == ["Sam", "Alex"]


def test_a_ticked_task_keeps_its_unlisted_owner() -> None:
    record = extract(b"# Retro 2023-06-02\n\n### Actions\n- [x] Riley: update the on-call rota\n"
                     b"- [ ] Jordan: fix the flaky test\n", format="markdown")
    assert [([o.text for o in a.owners], a.text, a.status) for a in record.actions] == [
        (["Riley"], "update the on-call rota", "done"), (["Jordan"], "fix the flaky test", "open")]


LABELLED_PARAGRAPHS = """Westbrook Library Board of Trustees
Regular Meeting Minutes
January 18, 2022

Trustees present: Helen Marsh, Omar Siddiqui, Grace Lin.

Call to Order: President Marsh called the meeting to order at 7:02 p.m.

Director's Report: The director reported that circulation increased 8% over last year.

Old Business:
a. Roof repair – The contractor will begin work in April.
b. Strategic plan – The committee will present a draft in March.

Adjournment: The meeting adjourned at 8:10 p.m.
"""


def test_a_label_over_lettered_items_is_the_next_item_where_items_are_labelled_paragraphs() -> None:
    record = extract(LABELLED_PARAGRAPHS.encode(), format="text")
    titles = [s.title for s in record.sections]
    assert "Roof repair" in titles and "Strategic plan" in titles
    report = next(s for s in record.sections if s.title == "Director's Report")
    assert len(report.points) == 1


def _decisions(body: str) -> list[tuple[str, str]]:
    record = extract(("Team meeting 3 March 2022\n\nPresent: Ann Lee, Bo Ode\n\n1. Matters\n\n" + body).encode(),
                     format="text")
    return [(d.text, d.kind) for d in record.decisions]


def test_settled_outcome_labels_are_decisions() -> None:
    assert _decisions("Final decision: no meeting in August.\n\nConclusion: we go with option B.\n") == [
        ("Final decision: no meeting in August.", "agreement"), ("Conclusion: we go with option B.", "agreement")]


def test_a_decided_label_in_capitals_is_the_items_outcome_not_an_item() -> None:
    record = extract(b"Team meeting 3 March 2022\n\nPresent: Ann Lee, Bo Ode\n\n1. Database\n\n"
                     b"Bo compared the options.\n\nDECIDED: We will use Postgres for the new service.\n", format="text")
    assert [s.title for s in record.sections] == ["Database"]
    assert [d.text for d in record.decisions] == ["DECIDED: We will use Postgres for the new service."]


def test_an_outcome_marked_in_brackets_after_the_point_is_a_decision() -> None:
    assert _decisions("The club will switch to online payments (agreed).\n\nBo reported on fees (see the list).\n") \
        == [("The club will switch to online payments (agreed).", "agreement")]


def test_a_body_authorising_a_spend_and_all_in_favour_are_decisions() -> None:
    found = _decisions("The board authorised the purchase of a new laptop.\n\nAll in favour; motion passed.\n\n"
                       "Ann asked whether all in favour had passed the test.\n")
    assert [kind for _, kind in found] == ["other", "motion"]


def test_a_meeting_attended_by_names_says_who_was_present() -> None:
    record = extract(b"Garden Club committee meeting, 3 March 2022\n\n"
                     b"The meeting was attended by Ann Lee, Bo Ode and Cy Rand.\nDi Fenn was absent.\n\n"
                     b"1. Budget\n\nThe budget was discussed.\n", format="text")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Rand"]
    assert [p.name for p in record.attendance.absent] == ["Di Fenn"]


def test_minutes_of_a_named_body_is_the_title_not_the_minute_taker() -> None:
    for line in (b"Minutes: Steering Group Meeting", "Minutes – Parent Teacher Association".encode()):
        record = extract(line + b"\nDate: 3 March 2022\n\nPresent: Ann Lee, Bo Ode\n\n1. Budget\n\nIt was discussed.\n",
                         format="text")
        assert record.meeting.minute_taker is None
        assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode"]
    record = extract(b"Team meeting 3 March 2022\n\nPresent: Ann Lee, Bo Ode\nMinutes: Bo Ode\n\n1. Budget\n\nDone.\n",
                     format="text")
    assert record.meeting.minute_taker == "Bo Ode"
