"""Decisions written in ways the older rules missed (branch dec, set decisions3): a result sentence
that names what it decides only by pointing back at it, and the room's consent written as a state.
Every snippet is invented."""

from __future__ import annotations

from notes_extract.api import extract_text


def _decisions(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    record = extract_text(text, format="text")
    return [(d.text, d.kind, d.outcome, d.proposer, d.seconder) for d in record.decisions]


HEADED_PROPOSAL = """Rowing Club Annual General Meeting 3 April 2024

Present: Ada Brook, Cyril Dane, Edna Fox

1. Minutes of the last meeting
These were accepted as a true record.

2. Proposal by the committee: subscriptions to rise by five pounds from May.
The motion was proposed by Ada Brook and seconded by Cyril Dane and carried unanimously.

3. Any other business
None.
"""


def test_motion_pointing_back_at_its_heading_takes_the_heading_as_its_wording() -> None:
    found = _decisions(HEADED_PROPOSAL)
    moved = [d for d in found if d[0].startswith("Proposal by the committee")]
    assert moved, found
    assert moved[0][1:] == ("motion", "carried", "Ada Brook", "Cyril Dane")
    assert not any(d[0].startswith("The motion was") for d in found)


PROSE_PROPOSAL = """Darts League AGM, 9 March 2023

Present: Olga, Piet, Quentin

Accounts
Olga spoke for the examiners and proposed the adoption of the accounts for the year to December. \
Piet seconded the proposal and it was carried on a show of hands. Quentin thanked the examiners.
"""


def test_seconding_sentence_pointing_back_takes_the_proposal_before_it() -> None:
    found = _decisions(PROSE_PROPOSAL)
    assert len(found) == 1, found
    text, kind, outcome, proposer, seconder = found[0]
    assert text.startswith("Olga spoke for the examiners and proposed the adoption")
    assert (kind, outcome, proposer, seconder) == ("motion", "carried", "Olga", "Piet")


LISTED_PROPOSAL = """Orchard Trust General Meeting, 12 June 2022

Present: Rana Ito, Sami Vos

Objects
The trustees proposed:

That the trustees may agree new objects with the regulator with the aim of:

1. Allowing work outside the county,
2. Keeping the other objects unchanged.

The proposal was accepted by a show of hands.
"""


def test_proposal_with_its_list_is_the_wording_of_the_result_pointing_back() -> None:
    found = _decisions(LISTED_PROPOSAL)
    assert [d[0] for d in found if d[0].startswith("That the trustees may agree new objects")], found
    assert not any(d[0].startswith("The proposal was accepted") for d in found)


def test_pointing_back_needs_a_result_and_no_content_of_its_own() -> None:
    from notes_extract.extractors.decision_antecedents import points_back

    assert points_back("The motion was carried unanimously.")
    assert points_back("Bo seconded the proposal and it was passed.")
    assert not points_back("It was agreed to hold the meeting in August.")
    assert not points_back("It was agreed that this is best practice.")
    assert not points_back("The motion was to buy a new mower.")
    assert not points_back("The proposal was a long one.")


CONSENT = """Garden Society Committee, 5 May 2021

Present: Una, Vic, Wyn

Open day
The open day leaflet was shown. All committee members were happy with this, and Una will print it.

Website
All members in attendance were in agreement with the new layout.

Rota
Essentially all agree, that the rota stays as it is until autumn.
"""


def test_room_consent_written_as_a_state_is_a_carried_agreement() -> None:
    found = {d[0]: d for d in _decisions(CONSENT)}
    for start in ("All committee members were happy with this", "All members in attendance were in agreement",
                  "Essentially all agree, that the rota stays"):
        hit = [d for text, d in found.items() if text.startswith(start)]
        assert hit, (start, list(found))
        assert hit[0][1:3] == ("agreement", "carried")


def test_one_persons_view_or_a_negation_is_no_consent() -> None:
    from notes_extract.extractors.consent_lines import consent_line_kind

    assert consent_line_kind("The committee were all in agreement.") == "agreement"
    assert consent_line_kind("Ann was happy with this.") is None
    assert consent_line_kind("Members were not happy with the proposal.") is None
    assert consent_line_kind("I agree that this is hard.") is None
    assert consent_line_kind("Everyone was happy to help with the stall.") is None


def _team_notes(heading: str) -> str:
    return ("# Team sync 3 May 2024\n\nAttendees: Ann, Bo\n\n## Updates\n\n- Ann finished the parser\n\n"
            f"## {heading}\n\n- Move the stand-up to 10am\n- Use Postgres for the store\n")


def test_a_list_under_a_decisions_heading_of_any_common_wording_is_decisions() -> None:
    for heading in ("Key decisions", "Agreements", "Decisions and agreements", "Decision log", "What we decided",
                    "Things we agreed on", "Decided", "Summary of decisions"):
        record = extract_text(_team_notes(heading), format="markdown")
        texts = [d.text for d in record.decisions]
        assert texts == ["Move the stand-up to 10am", "Use Postgres for the store"], (heading, texts)
        assert all(d.outcome == "carried" for d in record.decisions), heading


def test_terse_outcome_whose_subject_has_a_slash_apostrophe_or_link_is_a_decision() -> None:
    text = ("# Team sync 3 May 2024\n\nAttendees: Ann, Bo\n\n## Stack\n\n- Language/ Runtime decided on\n\n"
            "## Reports\n\n- Secretary's report accepted.\n")
    texts = [d.text for d in extract_text(text, format="markdown").decisions]
    assert "Language/ Runtime decided on" in texts, texts
    assert "Secretary's report accepted." in texts, texts


MOTION_THEN_CONSENT = """Allotment Society Committee, 4 July 2023

Present: Ivo Tarr, June Wex

Water charges
Ivo Tarr proposed that the water charge be raised to £15. All members were in favour.
"""


def test_bare_consent_after_a_motion_carries_that_motion() -> None:
    found = _decisions(MOTION_THEN_CONSENT)
    assert len(found) == 1, found
    text, kind, outcome, proposer, _ = found[0]
    assert text.startswith("Ivo Tarr proposed that the water charge be raised")
    assert (kind, outcome, proposer) == ("motion", "carried", "Ivo Tarr")


def test_items_under_a_decisions_label_in_a_list_with_no_items_are_decisions() -> None:
    nested = ("# Crew notes\n\n* Date: 2/3/2021\n* Attendees: Kai, Lu\n\n## Notes\n\n* Crew aligned\n"
              "* Decisions made:\n    * Kit to be booked by whoever leads the trip\n    * Meet at the boathouse at 9\n"
              "* Photos to be shared later\n")
    texts = [d.text for d in extract_text(nested, format="markdown").decisions]
    assert texts == ["Kit to be booked by whoever leads the trip", "Meet at the boathouse at 9"], texts
    flat = ("# Crew log\n\n### session 2/3/21\n\n* Splitting the work\n* decisions made:\n* One boat only\n"
            "* Start from the north bank\n* Assignments:\n* Kai books the boat\n")
    texts = [d.text for d in extract_text(flat, format="markdown").decisions]
    assert texts == ["One boat only", "Start from the north bank"], texts


def test_a_decision_made_after_a_lead_in_or_without_an_article_is_a_decision() -> None:
    text = ("# Project group 4 June 2024\n\nPresent: Ann, Bo\n\n## Build\n\n"
            "Following the demo, the decision was made to rebuild the menu.\n\n"
            "## Servers\n\nDecision was made to retire the old box.\n\n"
            "## History\n\nAt the last meeting, the decision was made to close the hall.\n")
    texts = [d.text for d in extract_text(text, format="markdown").decisions]
    assert "Following the demo, the decision was made to rebuild the menu." in texts, texts
    assert "Decision was made to retire the old box." in texts, texts
    assert not any("close the hall" in t for t in texts), texts
