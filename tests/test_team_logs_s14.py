"""Team and chat-channel minutes: user names listed one a line, a qualified attendance label, a log whose
dated entries are headed by their action list, and owners joined with "+". Every snippet is invented."""

from __future__ import annotations

from notes_extract.api import extract_all, extract_text


def _present(text: str) -> list[str]:
    return [a.name for a in extract_text(text, format="markdown").attendance.present]


_HANDLES = "- kestrelx\n- moss_dev\n- tandem42\n"
_AFTER = ("\n## Agenda\n\n### 1. Release\n\n- _kestrelx:_ The build is green.\n\n"
          "### 2. Docs\n\nThe guide was reviewed.\n")


def test_user_names_one_a_line_under_an_attendance_label_are_present() -> None:
    text = f"# Dev call, 3 June 2024\n\n**Attendance:**\n\n{_HANDLES}{_AFTER}"
    assert _present(text) == ["kestrelx", "moss_dev", "tandem42"]


def test_a_one_word_qualifier_before_attendance_still_labels_the_list() -> None:
    text = f"# Dev call, 3 June 2024\n\n**Contributor attendance:**\n\n{_HANDLES}{_AFTER}"
    record = extract_text(text, format="markdown")
    assert [a.name for a in record.attendance.present] == ["kestrelx", "moss_dev", "tandem42"]
    assert "Contributor attendance" not in [s.title for s in record.sections]


def test_a_qualified_label_over_words_is_no_attendance() -> None:
    text = "# Dev call, 3 June 2024\n\n**Survey participants:**\n\nmost said the release was late.\n" + _AFTER
    assert _present(text) == []


def test_one_word_items_under_a_label_stay_out_when_they_are_not_all_user_names() -> None:
    text = "# Dev call, 3 June 2024\n\n**Attendance:**\n\n- everyone\n- all\n" + _AFTER
    assert _present(text) == []


_LOG = ("## Sprint Action Items - 04/04/2023\n1. Review the wiki format (Ty)\n2. Book the demo room (Jo)\n\n"
        "## Sprint Action Items - 03/21/2023\n1. Plan the demo (Tif)\n2. Fix the build (Ty + Jo)\n")


def test_log_entries_headed_by_their_action_list_hold_actions() -> None:
    records = extract_all(_LOG.encode(), format="markdown")
    assert [r.meeting.date for r in records] == ["2023-04-04", "2023-03-21"]
    assert [[(a.text, [o.name for o in a.owners]) for a in r.actions] for r in records] == [
        [("Review the wiki format", ["Ty"]), ("Book the demo room", ["Jo"])],
        [("Plan the demo", ["Tif"]), ("Fix the build", ["Ty", "Jo"])],
    ]
    assert all(r.sections == [] for r in records)


def test_a_dated_heading_that_names_no_action_list_gives_no_actions() -> None:
    text = ("## Sprint Review - 04/04/2023\n1. Wiki format\n2. Demo room\n\n"
            "## Sprint Review - 03/21/2023\n1. Demo plan\n2. Build status\n")
    records = extract_all(text.encode(), format="markdown")
    assert [r.actions for r in records] == [[], []]


_NOTES_UNDER_AGENDA = ("# Docs group\n\n## 8 July 2024\n\n### Attendees\n\n- @wren\n- @ostara\n\n### Agenda\n"
                       "- @wren and @ostara to review the new pages on Wednesday\n- The style guide was published.\n"
                       "- @ostara to open an issue for the broken links\n")


def test_an_agenda_list_holding_task_lines_is_the_notes() -> None:
    record = extract_text(_NOTES_UNDER_AGENDA, format="markdown")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("@wren and @ostara to review the new pages on Wednesday", ["@wren", "@ostara"]),
        ("@ostara to open an issue for the broken links", ["@ostara"]),
    ]


def test_an_agenda_of_titles_stays_the_plan() -> None:
    text = ("# Docs group\n\n## 8 July 2024\n\n### Agenda\n- Welcome to new members\n- Style guide\n\n"
            "### Style guide\n\nThe guide was published.\n")
    record = extract_text(text, format="markdown")
    assert record.actions == []
    assert [s.title for s in record.sections] == ["Welcome to new members", "Style guide"]


def test_a_restructuredtext_sidebar_title_labels_the_list_in_it() -> None:
    text = ("Board call 2022-04-04\n=====================\n\n.. sidebar:: Participants\n\n     * Tove Lind\n"
            "     * Arno Kesk\n\n.. contents:: Contents\n    :local:\n\nBudget\n------\n\nThe budget was approved.\n")
    record = extract_all(text.encode(), format="text")[0]
    assert [a.name for a in record.attendance.present] == ["Tove Lind", "Arno Kesk"]
    assert "Contents" not in [s.title for s in record.sections]


def test_in_attendance_is_no_qualified_label_and_needs_no_name_list_after_it() -> None:
    text = ("# Parish Council, 3 May 2024\n\nPresent: Cllrs Ann Lee, Bo Ode\n\n"
            "In attendance: Mr T Ray (Clerk) and 3 members of the public\n\n## 1. Budget\n\nThe budget was approved.\n")
    assert [a.name for a in extract_text(text, format="markdown").attendance.in_attendance] == ["T Ray"]


def test_an_empty_action_list_holds_no_actions() -> None:
    for placeholder in ("N/A", "None", "None this week", "No new actions", "Nothing to report", "Nil"):
        text = ("# Team call, 3 May 2024\n\nPresent: Ann Lee, Bo Ode\n\n## Notes\n\n* The release is late.\n\n"
                f"## Action Items\n\n* {placeholder}\n")
        assert extract_text(text, format="markdown").actions == [], placeholder


def test_agreement_as_a_noun_after_a_label_or_there_was() -> None:
    for line in ("P1-P3: agreement that the schema checks come first", "There was agreement that the fee stays.",
                 "There was general agreement to keep the format."):
        text = f"# Team call, 3 May 2024\n\nPresent: Ann Lee, Bo Ode\n\n## Fees\n\n* {line}\n"
        assert [d.text for d in extract_text(text, format="markdown").decisions] == [line], line
    text = "# Team call, 3 May 2024\n\nPresent: Ann Lee, Bo Ode\n\n## Fees\n\n* No agreement was reached on the fee.\n"
    assert extract_text(text, format="markdown").decisions == []
