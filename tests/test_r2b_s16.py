"""Second-round decision and action forms of the sixteenth session, on invented snippets."""

from __future__ import annotations

from notes_extract import extract_text

_HEAD = "# Tooling team sync, 3 March 2025\n\nAttendees: Ann Lee, Bo Ode, Cy Park\n\n## Release schedule\n\n"


def test_consensus_marker_keeping_things_as_they_are_is_a_decision() -> None:
    text = _HEAD + "- Bo asked whether to move the release.\n- **Consensus**: no change to the schedule\n"
    record = extract_text(text, format="markdown")
    assert [d.text for d in record.decisions] == ["no change to the schedule"]


def test_consensus_marker_saying_none_was_reached_is_no_decision() -> None:
    for line in ("Consensus: no consensus yet", "Consensus: no.", "Consensus: none"):
        record = extract_text(_HEAD + f"- Bo asked whether to move the release.\n- {line}\n", format="markdown")
        assert record.decisions == [], line


def test_elected_label_line_is_an_election_not_a_section() -> None:
    text = ("# Riverside Allotment Society AGM, 3 March 2025\n\nPresent: Ann Lee, Bo Ode, Cy Park\n\n"
            "## 1. Election of officers\n\nElected: Ann Lee (Chair), Bo Ode (Treasurer)\n")
    for fmt in ("markdown", "text"):
        record = extract_text(text if fmt == "markdown" else text.replace("#", "").replace("\n ", "\n"), format=fmt)
        assert [(d.text, d.kind, d.outcome) for d in record.decisions] == [
            ("Elected: Ann Lee (Chair), Bo Ode (Treasurer)", "other", "carried")], fmt
        assert "Elected" not in [s.title for s in record.sections], fmt


def test_trailing_handle_owns_the_action_and_leaves_its_text() -> None:
    text = ("# Tooling team sync, 3 March 2025\n\nAttendees: @ann, @bo, @cy\n\n## Release\n\n"
            "- Action: update the changelog before the tag @ann\n- [ ] update the docs @bo\n")
    record = extract_text(text, format="markdown")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("update the changelog before the tag", ["@ann"]), ("update the docs", ["@bo"])]


def test_terse_motion_in_brackets_after_the_statement_it_moves() -> None:
    text = ("# Riverside Allotment Society committee meeting, 3 March 2025\n\nPresent: Ann Lee (Chair), Bo Ode, "
            "Cy Park\n\n## 1. Water supply\n\nThe north standpipe is to be replaced this spring. "
            "(Motion Lee, second Ode, carried 5-1.)\n")
    record = extract_text(text, format="markdown")
    assert [(d.kind, d.outcome, d.proposer, d.seconder, d.votes and d.votes.for_) for d in record.decisions] == [
        ("motion", "carried", "Ann Lee", "Bo Ode", 5)]
    assert record.decisions[0].text.startswith("The north standpipe is to be replaced")


def test_commitment_before_a_bracketed_aside_keeps_no_opening_bracket() -> None:
    text = ("# Riverside Allotment Society committee meeting, 3 March 2025\n\nPresent: Ann Lee, Bo Ode, Cy Park\n\n"
            "## 1. Site\n\nBo will fix the gate. (He has the tools.)\n")
    record = extract_text(text, format="markdown")
    assert [a.text for a in record.actions] == ["Bo will fix the gate."]


def test_owner_and_due_lines_under_an_action_line_fill_its_fields() -> None:
    text = ("# Riverside Allotment Society committee meeting, 3 March 2025\n\nPresent: Ann Lee, Bo Ode, Cy Park\n\n"
            "## 2. Site\n\nAction: repaint the noticeboard\nOwner: Cy Park\nDue: 30 April 2025\n\n"
            "The hedge was discussed.\n")
    record = extract_text(text, format="markdown")
    assert [(a.text, [o.name for o in a.owners], a.due and a.due.date) for a in record.actions] == [
        ("repaint the noticeboard", ["Cy Park"], "2025-04-30")]


def test_month_without_a_day_closing_a_task_is_a_deadline_of_kind_other() -> None:
    text = ("# Riverside Allotment Society committee meeting, 3 March 2025\n\nPresent: Ann Lee, Bo Ode, Cy Park\n\n"
            "## 2. Site\n\n- ACTION: Bo to order the seed potatoes by mid-March.\n")
    record = extract_text(text, format="markdown")
    due = record.actions[0].due
    assert due is not None and (due.text, due.date, due.kind) == ("by mid-March", None, "other")
