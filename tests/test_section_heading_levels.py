"""Heading levels of sections: containers above the items, speaker turns below a topic."""

from notes_extract import extract_text


def _titles(text: str) -> list[str]:
    record = extract_text(text, format="markdown")
    return [section.title for section in record.sections]


def test_discussion_heading_above_person_updates_closes_the_last_update() -> None:
    # "## Discussion" after "### Carol" is no field of Carol's update: it holds the topics below it
    text = """# Weekly team notes - 3 June 2024

Present: Alice Brown, Bob Chen, Carol Diaz

## Updates

### Alice
- Finished the parser.

### Carol
- On leave Friday.

## Discussion

### Database choice
We discussed Postgres vs SQLite. Decided on Postgres.

### Code review turnaround
Reviews take too long. Bob will set up a rota.
"""
    titles = _titles(text)
    assert "Database choice" in titles
    assert "Code review turnaround" in titles


def test_speaker_headings_under_a_topic_heading_are_its_turns() -> None:
    text = """# Sprint Retro 7

Attendees: Alice Brown, Bob Chen

## Topic: Flaky tests

### Alice Brown
Tests fail on CI half the time.

### Bob Chen
I think it is the network mocks.

## Topic: Release cadence

### Alice Brown
Monthly is too slow.
"""
    assert _titles(text) == ["Flaky tests", "Release cadence"]


def test_bold_label_bullets_with_nested_notes_under_key_discussions_are_the_items() -> None:
    text = """# Team Meeting - 9/10/2024

**Attendees:**
- David Smith
- Alan Marsh

## Key Discussions

- **Project backlog:**
  - We went through the backlog issues.
- **Blockers:**
  - Nothing of note today.
- **Friday demo:**
  - We decided to present the EDA results.
"""
    assert _titles(text) == ["Project backlog", "Blockers", "Friday demo"]


def test_duration_and_disclaimer_headings_are_furniture() -> None:
    text = """# Project sync 3 May 2024

## Duration
- 15 minutes

## Release planning
- We agreed to ship 2.0.

## Disclaimer
This is an automatically generated summary and may contain errors.
"""
    assert _titles(text) == ["Release planning"]


def _topics_under(heading: str, label: str) -> list[str]:
    return _titles(f"""# Project sync 3 May 2024

Attendees: Alice Brown, Bob Chen

## {heading}
- {label.format('Website redesign')}
  - The new theme is live.
  - Alice to fix the footer.
- {label.format('Grant application')}
  - Submitted on Monday.
- {label.format('Volunteer rota')}
  - Bob will send the rota.
""")


def test_bold_label_topics_with_notes_under_a_grouping_heading_are_the_items() -> None:
    assert _topics_under("Project updates", "**{}:**") == ["Website redesign", "Grant application", "Volunteer rota"]


def test_agenda_heading_over_topics_with_terse_notes_holds_the_items() -> None:
    assert _topics_under("Agenda", "{}") == ["Website redesign", "Grant application", "Volunteer rota"]


def test_topic_list_under_the_title_heading_is_the_minutes() -> None:
    text = """# Steering group

- Budget
  - The budget was approved for next year.
  - Alice will circulate the final figures.
- Website
  - The new theme went live last week.
- Volunteers
  - We need three more people for the fair.
"""
    assert _titles(text) == ["Budget", "Website", "Volunteers"]


def test_unnumbered_topic_list_after_the_attendance_is_the_minutes() -> None:
    text = """# Steering group meeting 3 May 2024

Present: Alice Brown, Bob Chen

- Budget
  - The budget was approved for next year.
  - Alice will circulate the final figures.
- Website
  - The new theme went live last week.
"""
    assert _titles(text) == ["Budget", "Website"]


def test_items_linked_to_their_pull_requests_are_items_of_their_own() -> None:
    text = """# Maintainers meeting 2024-05-01

Attendees: Alice Brown, Bob Chen

### PRs

- Fix the flaky tests https://github.com/acme/widget/pull/1231
  - Alice will review this week.
- Drop Python 3.8 (#1250)
  - Agreed to drop it in 2.0.
"""
    assert _titles(text) == ["Fix the flaky tests", "Drop Python 3.8"]


def _council_items(heading: str) -> str:
    return f"""# Council meeting 3 May 2024

Present: Cllr Alice Brown, Cllr Bob Chen

### {heading.format(1, 'st')}
Finance report. The treasurer presented the accounts for the year and members approved them.

### {heading.format(2, 'nd')}
Village hall repairs. The roof needs urgent work and the clerk will obtain three quotes.

### {heading.format(3, 'rd')}
Planning. No applications were received this month.
"""


def test_a_minute_reference_heading_takes_its_subject_from_the_text() -> None:
    assert _titles(_council_items("Minute 24/12{0}")) == ["Finance report", "Village hall repairs", "Planning"]


def test_headings_differing_only_in_their_numbers_are_references() -> None:
    assert _titles(_council_items("{0}{1} Item of business:")) == \
        ["Finance report", "Village hall repairs", "Planning"]


def test_a_heading_over_many_topics_each_with_notes_groups_them() -> None:
    topics = ["Budget", "Website", "Volunteers", "Fundraising", "Newsletter"]
    body = "".join(f"- {t}\n  - The group discussed this at length today.\n" for t in topics)
    text = f"""# Steering group 3 May 2024

Present: Alice Brown, Bob Chen

## Introductions
Everyone introduced themselves.

## Spring term
{body}"""
    assert _titles(text) == ["Introductions", *topics]


def test_person_headings_under_updates_are_turns_and_discussion_opens_the_topics() -> None:
    # "### Alice", "### Bob": first names alone, each with a sibling naming an attendee too
    text = """# Weekly team notes - 3 June 2024

Present: Alice Brown, Bob Chen

## Updates

### Alice
- Finished the parser.

### Bob
- Reviewed PRs.

## Discussion

### Database choice
We discussed Postgres vs SQLite. Decided on Postgres.
"""
    assert _titles(text) == ["Updates", "Database choice"]


def test_person_headings_with_no_item_open_are_no_items() -> None:
    text = """# Standup 3 June 2024

Present: Alice Brown, Bob Chen

### Alice
- Finished the parser.

### Bob
- Reviewed PRs.
"""
    assert _titles(text) == []


def test_a_roles_heading_over_the_meeting_roles_is_furniture() -> None:
    text = """# Project sync 3 May 2024

## Roles
- Facilitator: Alice Brown
- Note taker: Bob Chen

## Release planning
- We agreed to ship 2.0.
"""
    assert _titles(text) == ["Release planning"]
