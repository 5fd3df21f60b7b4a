"""Forms read in the fresh5 round (twentieth session, informal minutes: team logs, open-source calls, IRC
logs): a template's checklist kept with its brackets, a vague deadline after an owner, a clock of four digits
before a time zone, hours in a page's front matter, a "Follow-up from last meeting" item and a raw MeetBot
log's meeting name and blank bot lines. All names and lines are invented."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.dates import parse_time
from notes_extract.extractors.bracket_columns import unbracketed_columns


def _record(text: str, fmt: str = "markdown"):  # noqa: ANN202 - the record model
    return extract(text.encode(), format=fmt)


def _actions(text: str) -> list[tuple[str, list[str], str | None, str]]:
    return [(a.text, [o.name for o in a.owners], a.due.kind if a.due else None, a.status)
            for a in _record(text).actions]


_CHECKLIST = ("# Team meeting 3 March 2025\n\n**Attendees:** Ana, Ben, Carl\n\n**Action Items:**\n"
              "{lines}")


def test_a_checklist_kept_with_its_template_brackets_reads_each_column() -> None:
    lines = "- [ ] [Draft the report] - [Ana] - [Friday]\n- [ ] [Book the room] - [Everyone] - [Completed]\n"
    assert _actions(_CHECKLIST.format(lines=lines)) == [
        ("Draft the report", ["Ana"], "date", "open"), ("Book the room", ["Everyone"], None, "done")]


def test_bracketed_columns_are_unwrapped_only_when_every_column_is_bracketed() -> None:
    assert unbracketed_columns("[Task] - [Ann] - [Friday]") == "Task - Ann - Friday"
    assert unbracketed_columns("[Ann] send the slides") == "[Ann] send the slides"
    assert unbracketed_columns("[Task] - [] - [Friday]") == "[Task] - [] - [Friday]"


def test_a_vague_deadline_after_the_owner_still_closes_the_owners_tail() -> None:
    lines = ("- [ ] Find a printer - Everyone - Soon\n- [ ] Get the robot working - Carl - End of Semester\n"
             "- [ ] Fix the build - Ben - this week\n")
    assert _actions(_CHECKLIST.format(lines=lines)) == [
        ("Find a printer", ["Everyone"], "other", "open"), ("Get the robot working", ["Carl"], "other", "open"),
        ("Fix the build", ["Ben"], "other", "open")]


def test_four_digits_before_a_time_zone_are_a_clock_time() -> None:
    assert parse_time("31 August at 1200 Pacific") == "12:00"
    assert parse_time("at 0930 ET") == "09:30"
    assert parse_time("the 1200 members") is None
    assert parse_time("1200 et al") is None
    record = _record("# Outreach meeting, 17 Aug 2021\n\nPresent: Ben, Salt\n\n## Notes\n* Press kit\n\n"
                     "Next meeting: 31 August at 1200 Pacific\n")
    assert (record.next_meeting.date, record.next_meeting.start_time) == ("2021-08-31", "12:00")


def test_hours_in_a_pages_front_matter_are_the_meetings_when_the_body_has_none() -> None:
    text = ("---\nlayout: minutes\ndate: 12.12.2017\ntime: 11:00 - 11:45\n---\n\n## Attendees\n\n- Ann Lee\n"
            "- Bo Ode\n\n## Discussion\n\n1. Budget\n    - The budget was agreed.\n")
    meeting = _record(text).meeting
    assert (meeting.start_time, meeting.end_time) == ("11:00", "11:45")
    body_time = text.replace("## Attendees", "Time: 14:00 - 15:00\n\n## Attendees")
    assert (_record(body_time).meeting.start_time, _record(body_time).meeting.end_time) == ("14:00", "15:00")


def test_a_follow_up_from_the_last_meeting_is_an_action_review() -> None:
    text = ("# 2021-03-31 Project community meeting\n\n**Present:** Ann, Bo, Cy\n\n"
            "## Follow-up from last meeting / discussions\n\n- The survey results are in.\n\n"
            "## Topics\n\n- Sprint planning for May\n")
    kinds = [(s.title, s.kind) for s in _record(text).sections]
    assert kinds[0] == ("Follow-up from last meeting / discussions", "action_review")


_MEETBOT = ("18:02 <ann> #startmeeting Docs team\n18:02 <meetbot> Meeting started Sun Aug 25 18:02:23 2013 UTC.\n"
            "18:02 <meetbot> \n18:03 <bo> o/\n18:04 <ann> #topic Review last meetings action items\n"
            "18:05 <ann> none recorded\n18:06 <ann> #topic Translations\n18:07 <bo> I can look at the French pages\n"
            "18:08 <ann> #action bo to review the French pages\n18:09 <ann> #endmeeting\n")


def test_a_raw_meetbot_log_takes_its_title_from_the_startmeeting_name() -> None:
    assert _record(_MEETBOT, "text").meeting.title == "Docs team"


def test_a_nick_without_a_message_in_a_chat_log_is_no_section() -> None:
    titles = [s.title for s in _record(_MEETBOT, "text").sections]
    assert titles == ["Review last meetings action items", "Translations"]


def test_a_labelled_line_of_tasks_joined_by_semicolons_is_one_action_each() -> None:
    text = ("# Team meeting 19 Feb 2024\n\nPresent: Ana, Ben, Cy\n\n## Wireframes\n\n"
            "- Next steps: Ana to write the user stories; Cy to draft the schema; Ben to book the room.\n"
            "- Action: Ben to call the hall; if nobody answers, the email will do.\n")
    assert [(text, owners) for text, owners, _, _ in _actions(text)] == [
        ("Ana to write the user stories", ["Ana"]), ("Cy to draft the schema", ["Cy"]),
        ("Ben to book the room.", ["Ben"]), ("Ben to call the hall; if nobody answers, the email will do.", ["Ben"])]


def _log(text: str) -> list[tuple[str | None, list[str]]]:
    from notes_extract import extract_all
    return [(r.meeting.date, [p.name for p in r.attendance.present]) for r in extract_all(text.encode(),
                                                                                           format="markdown")]


def test_a_log_date_line_that_lists_who_came_splits_the_log_and_gives_the_attendance() -> None:
    text = ("# Standups\n\n**2024-04-02** — Ana, Ben, Cy\n- Ana: fixing the CI\n\n**2024-04-03** — Ana, Ben\n"
            "- Ana: CI fixed\n\n**2024-04-04** — Ben, Cy\n- Decided to pin the Node version.\n")
    assert _log(text) == [("2024-04-02", ["Ana", "Ben", "Cy"]), ("2024-04-03", ["Ana", "Ben"]),
                          ("2024-04-04", ["Ben", "Cy"])]
    bracketed = ("# Standups\n\n## Tuesday 2 April 2024 (Ana, Ben, Cy)\n- CI fixed\n\n"
                 "## Wednesday 3 April 2024 (Ana, Ben)\n- Docs\n")
    assert _log(bracketed) == [("2024-04-02", ["Ana", "Ben", "Cy"]), ("2024-04-03", ["Ana", "Ben"])]


def test_a_date_line_with_one_name_or_a_topic_after_it_is_left_as_it_is() -> None:
    from notes_extract.dated_names import split_dated_names
    from notes_extract.document import BlockKind, make_block
    for line in ("3 May 2024 - Ann Lee", "3 May 2024: the budget, the website", "Minutes of 3 May 2024 - Ann, Bo"):
        block = make_block(BlockKind.HEADING, line, level=2)
        assert split_dated_names([block]) == [block]


def test_a_heading_over_only_the_coming_meetings_dates_is_no_section() -> None:
    text = ("# 17 Aug 2021 Outreach Committee meeting\n\nPresent: Ben, Salt, Mateus\n\n## Press kit\n\n"
            "* Published to the website but not linked yet.\n\n## Reminders\n\n"
            "* Next all-hands: 23 August at 1700 Pacific\n* Next Outreach meeting: 31 August at 1200 Pacific\n")
    record = _record(text)
    assert [s.title for s in record.sections] == ["Press kit"]
    assert (record.next_meeting.date, record.next_meeting.start_time) == ("2021-08-31", "12:00")
    kept = text.replace("* Next all-hands: 23 August at 1700 Pacific\n", "* Bring the banner to the stall\n")
    assert [s.title for s in _record(kept).sections] == ["Press kit", "Reminders"]


_INITIALLED = ("Group meeting 2023-10-05\nAttendees: AS, BO, CR, DF\nApologies: EG\n\n1. Paper submission\n"
               "AS: deadline moved to 20 Oct.\nBO will run the remaining experiments.\n"
               "Agreed: submit to the workshop, not the main track.\n\n2. Cluster time\nCR booked 200 GPU hours.\n"
               "AP: DF to check the quota with IT.\n\nNext: 12 Oct\n")


def test_a_turn_by_listed_initials_is_no_item_of_its_own() -> None:
    record = _record(_INITIALLED, "text")
    assert [s.title for s in record.sections] == ["Paper submission", "Cluster time"]
    assert [d.section for d in record.decisions] == ["Paper submission"]


def test_a_bare_next_label_over_a_date_is_the_next_meeting() -> None:
    assert _record(_INITIALLED, "text").next_meeting.date == "2023-10-12"
    undated = _INITIALLED.replace("Next: 12 Oct", "Next: the budget review")
    assert _record(undated, "text").next_meeting is None


def test_hours_closing_the_place_are_the_meetings_hours_and_no_part_of_the_place() -> None:
    for line in ("Location: Room 2.14, 10:00–10:45", "Where: Room 2.14 (10:00 - 10:45)"):
        meeting = _record(f"# Supervision meeting — 14 March 2024\n\nPresent: Ana Silva, Ben Ode\n{line}\n\n"
                          "## Progress\n- Ben finished the draft.\n").meeting
        assert (meeting.location, meeting.start_time, meeting.end_time) == ("Room 2.14", "10:00", "10:45")


def test_a_handle_column_of_the_attendance_table_resolves_owners_named_by_handle() -> None:
    text = ("# TSC Meeting 2024-02-07\n\n## Attendees\n\n| Name | Affiliation | GitHub |\n|---|---|---|\n"
            "| Ann Lee | Acme | @annlee |\n| Bo Ode | Initech | @boode |\n| Cy Rand | Individual | @cyr |\n\n"
            "## Notes\n\n### CI costs\n- Cy reported the bill doubled.\n"
            "- **AI:** @cyr to move nightly jobs to the self-hosted runners.\n")
    record = _record(text)
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Rand"]
    assert [[o.name for o in a.owners] for a in record.actions] == [["Cy Rand"]]


def test_two_short_sentences_under_the_title_are_notes_not_the_title() -> None:
    record = _record("Team meeting 6 Jan 2025\n\nMet with supervisor. Agreed scope.\n\n- Ria will set up the repo.\n",
                     "text")
    assert record.meeting.title == "Team meeting"
    assert [d.text for d in record.decisions] == ["Agreed scope."]


def test_a_turn_by_a_first_name_of_the_attendance_line_is_no_item_of_its_own() -> None:
    text = ("Meeting #4 — Friday 14 Feb 2025\nAttendees: Ana, Ben, Cy. Absent: Dee (sick).\n\nUpdates\n"
            "Ana: finished the survey.\nBen: still on the parser.\n")
    assert [s.title for s in _record(text, "text").sections] == ["Updates"]


def test_ticks_and_crosses_beside_names_without_a_key_sort_the_roll() -> None:
    for roll in ("**Attendance:** Ana ✅, Ben ❌, Cy ✅", "Attendance:\n- ✓ Ana\n- ✗ Ben\n- ✓ Cy"):
        text = f"# Sprint review — 12/03/2025\n\n{roll}\n\n## What went well\n- CI is green.\n"
        attendance = _record(text).attendance
        assert ([p.name for p in attendance.present], [p.name for p in attendance.absent]) == (["Ana", "Cy"], ["Ben"])


def test_a_range_of_bare_hours_in_the_title_line_is_no_part_of_the_place() -> None:
    meeting = _record("Meeting #4 — Friday 14 Feb 2025, 3-4pm, Library room B\nAttendees: Ana, Ben, Cy.\n\n"
                      "Updates\nAna: finished the survey.\n", "text").meeting
    assert (meeting.location, meeting.start_time, meeting.end_time) == ("Library room B", "15:00", "16:00")


def test_a_title_left_as_one_lower_case_word_is_no_title() -> None:
    text = ("Website WG -- DRAFT AGENDA for Virtual Interim Meeting\nApril 2, 2019        20:00 UTC\n\n"
            "DRAFT MINUTES FROM 2019-02-26 below\n\nAttendees:\n* Ann Lee\n* Bo Ode\n\n1. Budget\n"
            "   The budget was approved.\n")
    assert _record(text, "text").meeting.title != "below"


def test_a_body_set_in_deeper_than_a_numbered_titles_text_is_no_wrap_of_the_title() -> None:
    from notes_extract.loaders import load

    def texts(text: str) -> list[str]:
        return [b.text for b in load(text.encode(), format="text").blocks]
    set_in = "1. Accept draft minutes from May meeting\n      see them here, and in email.\n      agreed.\n"
    assert texts(set_in) == ["Accept draft minutes from May meeting", "see them here, and in email.", "agreed."]
    wrapped = "1. Accept draft minutes from the May meeting of the\n   working group\n"
    assert texts(wrapped) == ["Accept draft minutes from the May meeting of the working group"]


def test_an_items_first_turn_with_words_does_not_make_its_speaker_the_presenter() -> None:
    presenters = [s.presenter for s in _record(_MEETBOT, "text").sections]
    assert presenters == [None, None]
