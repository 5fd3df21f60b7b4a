"""Blocks that label a part of an item are not agenda items: task fields ("Owner:", "Due:") and numbered
record labels ("Decision 1:", "Action 3:", "Resolution 2025-04"). Invented snippets."""

from __future__ import annotations

from notes_extract import extract_text


def _titles(text: str, fmt: str = "markdown") -> list[str]:
    """The section titles of minutes whose first line is ``text``'s title, dated, with a present line."""
    title, _, body = text.partition("\n")
    head = f"{title} meeting, 3 October 2025\n\nPresent: Ann Lee, Bo Ode, Cy Park\n"
    return [s.title for s in extract_text(head + body, format=fmt).sections]


def test_owner_and_due_lines_stay_in_their_item() -> None:
    text = ("# Garden Club committee\n\n## Seed order\n\nSeeds to be ordered in March.\n\n"
            "Owner: Bo Ode\n\nDue: 31 March\n\n## Spring show\n\nThe hall is booked.\n")
    assert _titles(text) == ["Seed order", "Spring show"]


def test_bold_owner_label_over_its_value() -> None:
    text = ("# Tenants' forum\n\n## Lift repairs\n\n**Discussion:**\n\nThe lift failed twice.\n\n**Owner:**\n\n"
            "Caretaker\n\n## Parking\n\nNew permits issued.\n")
    assert _titles(text) == ["Lift repairs", "Parking"]


def test_numbered_decision_headings_are_labels() -> None:
    text = ("# Robotics team\n\n## Gearbox\n\nIt overheats.\n\n## Sponsors\n\nFive firms emailed.\n\n"
            "## Decisions made\n\n### Decision 1:\n\nSwitch the ratio.\n\n### Decision 2:\n\nEnter the qualifier.\n")
    assert _titles(text) == ["Gearbox", "Sponsors"]


def test_numbered_action_label_under_an_item() -> None:
    text = ("# Museum trustees\n\n## 1. Store humidity\n\nThe control failed.\n\n### Action 3:\n\nGet quotes.\n\n"
            "## 2. Gift shop\n\n### Resolution 2025-04\n\nTrial card-only payments.\n")
    assert _titles(text) == ["Store humidity", "Gift shop"]


def test_captioned_decisions_in_a_summary_run() -> None:
    text = ("# Food bank trustees\n\n## Lease\n\nRenewal offered.\n\n"
            "## Hall booking\n\nThe hall is booked for the May fair.\n\n"
            "## Decisions Made\n\n### Decision 1: Lease renewal\n\nApproved.\n\n"
            "### Decision 2: Volunteer budget\n\nFunds allocated.\n")
    assert _titles(text) == ["Lease", "Hall booking"]


def test_motion_captions_still_head_items() -> None:
    text = ("# Student council\n\n## Motion 1: Library hours\n\nPassed.\n\n## Motion 2: Free printing\n\nPassed.\n")
    assert len(_titles(text)) == 2
