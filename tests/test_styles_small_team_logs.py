"""Small teams' minutes (invented snippets): an agenda over one "Summary:" of the whole
meeting, lettered sub-items run into an agenda line, a numbered to-do heading
("4. Goals for coming week"), and a table of work done in the past week."""

from pathlib import Path

from notes_extract import api
from notes_extract.segment.outline import agenda_item_title


def _extract(tmp_path: Path, text: str):
    path = tmp_path / "minutes.md"
    path.write_text(text, encoding="utf-8")
    return api.extract(path)


def test_agenda_over_one_summary_gives_the_items(tmp_path: Path) -> None:
    record = _extract(tmp_path, "# Planning call, 4 June 2022\n\n### Agenda:\n1) Venue booking\n"
                                "2) Speaker list\n3) Next steps\n\n### Summary:\n  * The hall is booked.\n"
                                "  * Two speakers still to confirm.\n")
    assert [s.title for s in record.sections] == ["Venue booking", "Speaker list", "Next steps", "Summary"]


def test_agenda_the_minutes_do_not_follow_stays_a_plan(tmp_path: Path) -> None:
    record = _extract(tmp_path, "# Planning call, 4 June 2022\n\n### Agenda:\n1) Venue booking\n"
                                "2) Speaker list\n\n### Budget\n  * The hall costs less this year.\n")
    assert [s.title for s in record.sections] == ["Budget"]


def test_lettered_subitems_run_into_an_agenda_line_are_cut() -> None:
    assert agenda_item_title("Discuss the outreach plan a) Who writes the flyer b) Where to post it") == \
        "Discuss the outreach plan"
    assert agenda_item_title("Review a budget line") == "Review a budget line"


def test_numbered_todo_heading_lists_actions(tmp_path: Path) -> None:
    record = _extract(tmp_path, "# Team Meeting #\n\nDate: 2 May 2015\n\nAttending: Ann Lee, Bob Ray\n\n"
                                "### 1. Problems ###\n  * The build is slow\n\n"
                                "### 2. Goals for coming week ###\n  1. Speed up the build script\n"
                                "  1. Write the release notes\n")
    assert [(a.text, a.owners) for a in record.actions] == [("Speed up the build script", []),
                                                           ("Write the release notes", [])]


def test_work_done_in_the_past_week_is_no_action(tmp_path: Path) -> None:
    record = _extract(tmp_path, "# Team Meeting #\n\nDate: 2 May 2015\n\nAttending: Ann Lee, Bob Ray\n\n"
                                "### 1. Progress ###\n|Name|Tasks worked on in the past week|Hours|\n|:--|:--|:--|\n"
                                "|Ann Lee|Fixing the login page|4|\n|Bob Ray|Writing the parser tests|3|\n\n"
                                "### 2. Problems ###\n  * The build is slow\n")
    assert record.actions == []


def test_markdown_self_numbered_list_gives_no_refs(tmp_path: Path) -> None:
    record = _extract(tmp_path, "# Team Meeting\n\nDate: 2 May 2015\n\n## Next steps\n\n"
                                "1. Speed up the build script\n1. Write the release notes\n")
    assert [(a.text, a.ref) for a in record.actions] == [("Speed up the build script", None),
                                                        ("Write the release notes", None)]
    record = _extract(tmp_path, "# Team Meeting\n\nDate: 2 May 2015\n\n## Next steps\n\n"
                                "1. Speed up the build script\n2. Write the release notes\n")
    assert [a.ref for a in record.actions] == ["1", "2"]


def test_next_meeting_place_labelled_after_the_time(tmp_path: Path) -> None:
    record = _extract(tmp_path, "# Team Meeting\n\nDate: 2 May 2015\n\nAttending: Ann Lee, Bob Ray\n\n"
                                "### 1. Problems ###\n  * The build is slow\n\n"
                                "### 2. Close ###\nThe next meeting will take place on 9 May 2015 at 5pm. "
                                "Location: Engineering Room 210.\n")
    assert record.next_meeting is not None
    assert (record.next_meeting.date, record.next_meeting.location) == ("2015-05-09", "Engineering Room 210")


def test_title_naming_its_meeting_is_not_joined_to_the_minutes_line(tmp_path: Path) -> None:
    record = _extract(tmp_path, "# ENGR200 Team Meeting #\n## Minutes of the 3rd Team Meeting ##\n\n"
                                "Date: 2 May 2015\n\nAttending: Ann Lee, Bob Ray\n\n"
                                "### 1. Problems ###\n  * The build is slow\n")
    assert record.meeting.title == "ENGR200 Team Meeting"
