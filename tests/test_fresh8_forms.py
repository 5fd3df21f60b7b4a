"""Forms of academic and technical groups' minutes (the twenty-first round, fresh8): faculty lists under
one plural title, and the other forms below.

Every snippet is invented."""

from __future__ import annotations

from notes_extract import extract_text


def _names(people: list) -> list[str]:
    return [person.name for person in people]


def test_a_plural_doctors_title_before_a_list_is_no_person() -> None:
    record = extract_text("Faculty Meeting\nApril 13, 2005\n\nPresent: Drs. Bieske, Burgos, Curtin and You.\n\n"
                          "Absent: Profs. Jonoska and Totik.\n\nApologies: Professors Lee and Ode\n\n1. Budget\n\n"
                          "The budget was discussed.\n", format="text")
    assert _names(record.attendance.present) == ["Bieske", "Burgos", "Curtin", "You"]
    assert _names(record.attendance.absent) == ["Jonoska", "Totik"]
    assert _names(record.attendance.apologies) == ["Lee", "Ode"]


def test_recording_after_a_name_marks_the_minute_taker() -> None:
    record = extract_text("Library Planning Committee\n\nMINUTES\nMarch 3, 2015\n2:00-3:30pm\n\n"
                          "Present: Ann Lee, Chair; Bob Stone; Carl Wu, recording\n\n1.  Budget\n\n"
                          "Bob will draft a budget.\n", format="text")
    assert record.meeting.minute_taker == "Carl Wu"
    assert [p.role for p in record.attendance.present] == ["chair", None, "minute taker"]


_DATED_MINUTES_ITEM = ("Library Planning Committee\n\nMINUTES\nMarch 3, 2015\n\nPresent: Ann Lee; Bob Stone\n\n"
                       "1.  Approve February 17, 2015 Minutes\n\nMinutes were approved.\n\n2.  Budget (15 minutes)\n\n"
                       "Bob will draft a budget.\n")


def test_a_year_before_minutes_is_no_time_slot_of_the_item() -> None:
    sections = extract_text(_DATED_MINUTES_ITEM, format="text").sections
    assert [s.title for s in sections] == ["Approve February 17, 2015 Minutes", "Budget"]


def test_approving_a_dated_meetings_minutes_is_the_previous_minutes_item() -> None:
    sections = extract_text(_DATED_MINUTES_ITEM, format="text").sections
    assert sections[0].kind == "previous_minutes"


def test_a_numbered_item_over_lettered_parts_after_the_apologies_item_keeps_its_parts() -> None:
    record = extract_text("Garden Club\nMarch 3, 2015\n\nPresent: Ann Lee, Bob Stone\n\n1. Apologies\n\n"
                          "Apologies from Cy Park.\n\n2. Committee reports\n\na. Treasurer's report\n\n"
                          "The balance is 300 pounds.\n\nb. Show committee\n\nThe show is on 5 May.\n\n"
                          "3. Any other business\n\nNone.\n", format="text")
    assert [s.title for s in record.sections] == ["Treasurer's report", "Show committee", "Any other business"]
    assert _names(record.attendance.apologies) == ["Cy Park"]


def test_a_to_do_heading_with_a_templates_note_in_brackets_still_lists_tasks() -> None:
    record = extract_text("Team name: Robo\n\nMembers present: Dylan, Kelson, Huy\n\nDiscussion points:\n\n"
                          "* Fixed a merge conflict.\n* Merged all changes.\n\n"
                          "Goals for next week (include responsibilities)\n\n"
                          "* Wrap up the project before presenting it.\n* Work on the slides.\n", format="markdown")
    assert [a.text for a in record.actions] == ["Wrap up the project before presenting it.", "Work on the slides."]
    assert [s.title for s in record.sections] == ["Discussion points"]


def test_a_to_do_label_with_a_templates_note_after_a_comma_lists_tasks_up_to_the_notes() -> None:
    record = extract_text("# Week 5: 11/20/25\n\nAttendees\n\n- Ann Lee\n- Bo Ode\n\nDecisions made:\n\n"
                          "- The demo was approved.\n\n"
                          "Follow-up items, including agreed-on roles and responsibilities:\n\n"
                          "- Finish up the login page.\n- Prepare the live demo.\n\nNotes\n\n---\n", format="markdown")
    assert [a.text for a in record.actions] == ["Finish up the login page.", "Prepare the live demo."]


def test_a_note_that_the_tasks_are_earlier_ones_opens_no_to_do_list() -> None:
    from notes_extract.segment.labels import ACTIONS_HEADING
    assert ACTIONS_HEADING.match("Action items (with owners)")
    assert not ACTIONS_HEADING.match("Action items (from last meeting)")


def test_notes_alone_on_its_line_after_an_empty_to_do_list_is_no_task() -> None:
    record = extract_text("# Week 1: 10/02/25\n\nAttendees\n\n- Ann Lee\n- Bo Ode\n\nDecisions made\n\n"
                          "- Wireframe draft finalized\n\n"
                          "Alternative and Follow-up items (if any, with roles and responsibilities)\n\n-\n\n"
                          "Notes\n\n---\n", format="markdown")
    assert record.actions == []


def test_in_the_near_future_is_a_vague_deadline() -> None:
    record = extract_text("Library Committee\nMarch 3, 2015\n\nPresent: Ann Lee, David Ward\n\n1. Question Time\n\n"
                          "David will meet with Mary and have something for the committee to look at in the near "
                          "future.\n", format="text")
    assert [(a.due.kind if a.due else None) for a in record.actions] == ["other"]
