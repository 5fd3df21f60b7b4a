"""Actions round (act): who an action line names, and the agenda item a task in one "Notes" heading
was raised under. Every snippet is invented."""

from __future__ import annotations

from notes_extract.api import extract_text


def _actions(text: str) -> list[tuple[str, list[str], str | None]]:
    record = extract_text(text, format="markdown")
    return [(a.text, [o.name for o in a.owners], a.section) for a in record.actions]


# --- an action line's owners before "to <verb>", where nobody is listed ---------------------------

_TODO_NO_ROSTER = """# Orchard group notes

## Pruning

The pears were pruned early, thanks to Wilf and the Saturday volunteers.

## Next steps

- Wilf to send the pruning rota to members
- Ana/Bert to book the barn for May
- Framework to record the harvest weights
"""


def test_names_before_to_own_a_todo_line_when_no_one_is_listed() -> None:
    owners = {text: names for text, names, _ in _actions(_TODO_NO_ROSTER)}
    assert owners["Wilf to send the pruning rota to members"] == ["Wilf"]  # named mid-sentence above
    assert owners["Ana/Bert to book the barn for May"] == ["Ana", "Bert"]  # two joined: people


def test_one_capitalised_word_the_document_never_uses_as_a_name_owns_nothing() -> None:
    owners = {text: names for text, names, _ in _actions(_TODO_NO_ROSTER)}
    assert owners["Framework to record the harvest weights"] == []


_TODO_WITH_ROSTER = """# Orchard group notes

Present: Rosa Lind, Tom Hale

## Next steps

- Newsletter to go out on Friday
- Tom to order the ladders
"""


def test_where_people_are_listed_an_unlisted_word_before_to_owns_nothing() -> None:
    owners = {text: names for text, names, _ in _actions(_TODO_WITH_ROSTER)}
    assert owners["Newsletter to go out on Friday"] == []
    assert owners["Tom to order the ladders"] == ["Tom Hale"]


# --- a task in one "Notes" heading under an agenda ------------------------------------------------

_NOTES_UNDER_AGENDA = """# Lantern festival committee

## Attending
* Mira Patel
* Owen Brandt

## Agenda
* Float route planning
* Volunteer badge printing
* Budget for paper lanterns

## Notes

Owen explained that the float route must avoid the bridge this year. Owen will ask the
council for the closure permit.

Mira showed two badge designs and the printer's prices. Mira will order the badges by Friday.
"""


def test_a_task_in_the_notes_is_raised_under_the_agenda_item_its_point_discusses() -> None:
    sections = {text: section for text, _, section in _actions(_NOTES_UNDER_AGENDA)}
    assert sections["Owen will ask the council for the closure permit."] == "Float route planning"
    assert sections["Mira will order the badges by Friday."] == "Volunteer badge printing"


_NOTES_WITHOUT_A_MATCH = """# Lantern festival committee

## Attending
* Mira Patel
* Owen Brandt

## Agenda
* Float route planning
* Volunteer badge printing

## Notes

Everyone agreed the last event went well. Owen will circulate the photos.
"""


def test_a_task_whose_point_names_no_agenda_item_stays_in_the_notes() -> None:
    sections = {text: section for text, _, section in _actions(_NOTES_WITHOUT_A_MATCH)}
    assert sections["Owen will circulate the photos."] == "Notes"


# --- a name known only from the task it opens -----------------------------------------------------

_TASK_OPENERS = """# Kite club committee, 4 March 2024

## Spring fly-in

The field is booked for the second Sunday. Marisol will email the farmer about parking.

## New lines

Testing will begin once the new lines arrive.
"""


def test_a_capitalised_word_opening_a_task_with_will_is_a_name() -> None:
    owners = {text: names for text, names, _ in _actions(_TASK_OPENERS)}
    assert owners["Marisol will email the farmer about parking."] == ["Marisol"]
    assert not any(text.startswith("Testing") for text in owners)


_NOUN_BEFORE_WILL = """# Kite club committee, 4 March 2024

## Spring fly-in

The rangers are friendly. Rangers will check the field gate.

## New lines

The lines arrive in May.
"""


def test_a_word_the_document_also_writes_in_lower_case_is_no_name() -> None:
    assert _actions(_NOUN_BEFORE_WILL) == []


# --- a time written bare at the end of a task ----------------------------------------------------

_BARE_TIMES = """# Allotment committee

Date: 12 June 2024

Present: Rosa Lind, Tom Hale

## Shed

- Rosa to sort out the padlock codes tomorrow.
- Tom to paint the shed door this month.
- Rosa to send next week's rota to the members.
- Tom will fix the gutter soon.
"""


def test_a_bare_time_closing_a_task_is_its_deadline() -> None:
    record = extract_text(_BARE_TIMES, format="markdown")
    dues = {a.text: (a.due.kind, a.due.date) if a.due else None for a in record.actions}
    assert dues["Rosa to sort out the padlock codes tomorrow."] == ("date", "2024-06-13")
    assert dues["Tom to paint the shed door this month."] == ("other", None)


def test_a_time_inside_the_task_or_soon_sets_no_deadline() -> None:
    record = extract_text(_BARE_TIMES, format="markdown")
    dues = {a.text: a.due for a in record.actions}
    assert dues["Rosa to send next week's rota to the members."] is None
    assert dues["Tom will fix the gutter soon."] is None


# --- dates that are no deadline -------------------------------------------------------------------

_OTHER_DATES = """# Village fair committee

Date: 12 June 2024

Present: Ann Cole, Bo Dunn, Cy Ewe

## Fair

Preparation is underway for the summer fair on 5 July and Ann will email the stallholders.

Bo was asked to write to the council about the shelter, which had been promised for March 2024.

Cy to send the raffle report for 3 July.
"""


def test_an_events_date_or_one_a_relative_clause_reports_is_no_deadline() -> None:
    record = extract_text(_OTHER_DATES, format="markdown")
    dues = {a.owners[0].name: a.due for a in record.actions if a.owners}
    assert dues["Ann Cole"] is None
    assert dues["Bo Dunn"] is None
    assert dues["Cy Ewe"] is not None and dues["Cy Ewe"].date == "2024-07-03"


_MEETING_ITEM = """# Orchard group, 4 March 2024

Present: Rosa Lind, Tom Hale

## Planning

The council wants a meeting about the path. Rosa met the Meeting Room manager last week.

## Next steps

- Meeting with the council about the path
"""


def test_a_word_that_is_never_an_owner_owns_no_todo_line() -> None:
    owners = {text: names for text, names, _ in _actions(_MEETING_ITEM)}
    assert owners["Meeting with the council about the path"] == []


def test_a_time_after_for_dates_the_object_not_the_task() -> None:
    record = extract_text(_BARE_TIMES + "- Rosa will pick the seeds for next week.\n", format="markdown")
    dues = {a.text: a.due for a in record.actions}
    assert dues["Rosa will pick the seeds for next week."] is None
