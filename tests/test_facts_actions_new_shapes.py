"""Meeting facts and actions in new shapes (front matter, web-page chrome, time-first openings):
invented snippets of each style."""

from notes_extract import extract

TOML_FRONT_MATTER = b"""+++
title = "2031 Spring Treasurer Meeting Minutes"
date = "2031-03-09T18:30:00Z"
+++

Budget review and planning for the summer term

# Agenda (Minutes Next Section)

## Item 1: Budget
- The budget was reviewed line by line
"""


def test_an_iso_stamp_in_front_matter_dates_the_meeting_and_a_part_heading_is_no_title() -> None:
    record = extract(TOML_FRONT_MATTER, format="markdown")
    assert record.meeting.date == "2031-03-09"
    assert record.meeting.start_time == "18:30"
    assert "Treasurer" in (record.meeting.title or "")
    assert not any("file name" in w for w in record.warnings)


YAML_TITLE_AND_MINUTES_LINE = b"""---
title: "Oakfield PC Minutes June"
date: "2019-11-02"
---

MINUTES OF OAKFIELD PARISH COUNCIL MEETING HELD AT THE VILLAGE HALL TUESDAY 4th JUNE 2019

Present: Cllr Ann Brook, Cllr Tom Vale

1. The minutes of the last meeting were agreed.
"""


def test_the_minutes_of_line_outranks_a_post_title_in_front_matter() -> None:
    record = extract(YAML_TITLE_AND_MINUTES_LINE, format="markdown")
    assert record.meeting.title is not None
    assert "oakfield parish council" in record.meeting.title.lower()
    assert "June" not in record.meeting.title
    assert record.meeting.date == "2019-06-04"


WEB_PAGE_WITH_CHROME = b"""<html><body>
<p>Back to the club home page...</p>
<p><b>Harbour Rowing Club Committee Meeting - 3/14/05</b></p>
<p>Members Present:</p>
<p>Ann Brook</p>
<p>Tom Vale</p>
<p>7:05 pm. Meeting called to order</p>
<p><b>Boats</b> The new boat was delivered.</p>
<p>Meeting adjourned at 8:40 pm.</p>
</body></html>
"""


def test_navigation_lines_are_no_title_and_a_time_first_opening_gives_the_start() -> None:
    record = extract(WEB_PAGE_WITH_CHROME, format="html")
    assert record.meeting.title is not None and "Back" not in record.meeting.title
    assert "Harbour Rowing Club" in record.meeting.title
    assert record.meeting.date == "2005-03-14"
    assert record.meeting.start_time == "19:05"


def _minutes(body: bytes) -> bytes:
    return (b"# Harbour Rowing Club Committee Meeting 3 March 2031\n\n"
            b"Present: Ann Brook, Tom Vale, Raj Patel (RP), Lia Moss\n\n## Boats\n\n" + body + b"\n")


def test_initials_before_an_action_label_own_the_action() -> None:
    record = extract(_minutes(b"- LM ACTION: to send both documents round\n- The trailer was repaired."),
                     format="markdown")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("to send both documents round", ["Lia Moss"])]


def test_a_next_meeting_line_can_set_a_task() -> None:
    record = extract(_minutes(b"- The trailer was repaired.\n\n"
                              b"Next meeting: 5 May 2031 at the boathouse - Tom to advise via email."),
                     format="markdown")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("Tom to advise via email.", ["Tom Vale"])]


def test_the_start_of_a_term_is_a_deadline() -> None:
    record = extract(_minutes(b"- RP to fix the booking form by start of term"), format="markdown")
    [action] = record.actions
    assert action.due is not None and action.due.kind == "other"
    assert [o.name for o in action.owners] == ["Raj Patel"]


def test_a_named_role_with_its_article_owns_a_commitment_after_a_comma() -> None:
    record = extract(_minutes(b"- It was proposed to track the fleet, the Boat manager will build a list."),
                     format="markdown")
    assert [[o.name for o in a.owners] for a in record.actions] == [["Boat manager"]]


def test_ai_before_a_capitalised_word_is_no_action_label_without_a_colon() -> None:
    record = extract(b"Minutes of the Garden Club meeting, 12 March 2024\n\nPresent: Ann Lee, Bo Li\n\nBudget\n\n"
                     b"AI Policy and Compliance will have a session next month.\nAI - Ann to book the hall.\n"
                     b"AP: Bo to order seeds.\n", format="text")
    assert [a.text for a in record.actions] == ["Ann to book the hall.", "Bo to order seeds."]
