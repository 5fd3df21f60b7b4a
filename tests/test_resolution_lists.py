"""Minutes kept as a numbered list under a "Resolutions" (or "Decisions") heading: each
top-level item is a section, and only the nested lines that record an outcome are
decisions, not sub-headings, tasks, nominations or closing remarks (invented minutes)."""

from notes_extract import extract_all

CLUB_RESOLUTIONS = b"""# Harbour Rowing Club Committee

Date: 2024-03-12

## Attendees
* Nora Quill
* Otto Bramble
* Pia Lund

## Resolutions
1. Officer elections held
	1. Nominations:
		* Nora Quill nominated for Captain
	1. Vote result, unanimously passed:
		* Nora as Captain
		* Otto as Treasurer

1. Boat repairs reviewed
	1. Otto to get three quotes
	1. Discussion to be resumed at next committee meeting
	1. Hull survey postponed until next committee meeting

1. Membership fees
	1. Review junior rates
		* All agree junior rates stay the same
	1. Family membership to be offered from May

1. Newsletter
	1. Roles
		* Move the mailing list to the new host
	1. Pia to draft the spring issue

Business complete.
"""


def _record():  # type: ignore[no-untyped-def]
    return extract_all(CLUB_RESOLUTIONS, format="markdown")[0]


def test_each_top_level_item_under_resolutions_is_a_section() -> None:
    titles = [s.title for s in _record().sections]
    assert titles == ["Officer elections held", "Boat repairs reviewed", "Membership fees", "Newsletter"]


def test_only_the_outcomes_under_resolutions_are_decisions() -> None:
    decisions = {d.text: d for d in _record().decisions}
    # the vote's result over the people it elected is one decision, as the gold of a board's minutes writes it
    assert set(decisions) == {
        "Vote result, unanimously passed: Nora as Captain; Otto as Treasurer",
        "Hull survey postponed until next committee meeting",
        "All agree junior rates stay the same", "Family membership to be offered from May",
        "Discussion to be resumed at next committee meeting",
    }
    assert decisions["Vote result, unanimously passed: Nora as Captain; Otto as Treasurer"].kind == "other"
    assert decisions["Hull survey postponed until next committee meeting"].outcome == "deferred"
    assert decisions["All agree junior rates stay the same"].kind == "agreement"
    assert decisions["Family membership to be offered from May"].section == "Membership fees"


def test_tasks_under_resolutions_stay_actions_in_their_item() -> None:
    actions = {a.text: a.section for a in _record().actions}
    assert actions["Otto to get three quotes"] == "Boat repairs reviewed"
    assert actions["Pia to draft the spring issue"] == "Newsletter"


def test_a_place_whose_date_runs_onto_the_next_line_ends_before_on() -> None:
    for title in (b"MINUTES OF THE MEETING HELD AT THE CHURCH ROOMS ON\nTUESDAY 4TH MARCH 2025",
                  b"Minutes of the committee meeting held at Elm Lodge on\n4 March 2025"):
        body = b"\n\nPresent: Nora Quill, Otto Bramble\n\n1. Accounts\n\nThe accounts were read.\n"
        record = extract_all(title + body, format="text")[0]
        assert record.meeting.location in ("CHURCH ROOMS", "Elm Lodge")


def test_a_discussion_to_be_resumed_next_time_is_deferred() -> None:
    decisions = {d.text: d for d in _record().decisions}
    assert decisions["Discussion to be resumed at next committee meeting"].outcome == "deferred"
