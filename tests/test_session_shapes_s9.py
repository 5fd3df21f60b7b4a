"""Shapes read this session: a log's people named in one entry own tasks in another, and a
"Notes" heading over numbered items is no item of its own. All names and lines are invented."""

from __future__ import annotations

from notes_extract import extract, extract_all


def test_a_name_written_in_one_entry_of_a_log_owns_a_task_in_another() -> None:
    log = ("# Glacier Working Group\n\n"
           "## 2024-03-04\n\n- The outlines were sent to Fenwick by the survey team.\n\n"
           "## 2024-03-18\n\n- Fenwick will merge the regional files and run the checks.\n")
    records = extract_all(log.encode(), format="markdown")
    assert len(records) == 2
    assert [(a.text, [o.name for o in a.owners]) for a in records[1].actions] == [
        ("Fenwick will merge the regional files and run the checks.", ["Fenwick"])]


def test_a_capitalised_word_a_log_also_writes_in_lower_case_owns_nothing() -> None:
    log = ("# Robot Team\n\n"
           "## 2024-03-04\n\n- We listed the Features we need, and the features we dropped.\n\n"
           "## 2024-03-18\n\n- Features to implement: a priority queue.\n")
    records = extract_all(log.encode(), format="markdown")
    assert records[1].actions == []


def test_a_notes_heading_over_numbered_items_is_not_an_item() -> None:
    text = ("June 1, 2020 - Verification Task Group\n\n=======\n\nAttendees:\n------\n\n"
            "**Acme:** Kit Marsh<br>\n**Brightco:** Rosa Dunn, Wen Oduya<br>\n\n"
            "Notes:\n------\n\nActions: Kit\n\nTopics:\n1. Logistics\n\n- Calendar entries are updated.\n\n"
            "2. Repository\n\n- The repository was created.\n")
    record = extract(text.encode(), format="markdown")
    assert [s.title for s in record.sections] == ["Logistics", "Repository"]


def test_what_a_grouping_heading_says_over_its_items_still_counts() -> None:
    text = ("# Harbour Society Committee\n\nPresent: Kit Marsh, Rosa Dunn\n\n"
            "## Officer Reports\n\nIt was agreed that all reports be taken as read.\n\n"
            "### Treasurer\n\n- The balance is healthy.\n\n### Secretary\n\n- Two letters came in.\n")
    record = extract(text.encode(), format="markdown")
    assert [s.title for s in record.sections] == ["Treasurer", "Secretary"]
    assert [d.text for d in record.decisions] == ["It was agreed that all reports be taken as read."]
