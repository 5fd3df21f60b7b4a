"""Minutes kept as one numbered list right after the attendance, each item's notes nested below
it: the numbered items are the sections. Invented minutes."""

from __future__ import annotations

from notes_extract import extract

HEAD = "# Committee Meeting, 25 March 2025\n\n**Present:** Jim Lee, Steve Ode, Rob Tarn\n\n"
OUTLINE = ("1. Whether to renew the club's registration or let it lapse.\n"
           "    - Rob advised that renewal is a legal requirement.\n"
           "    - The committee discussed the costs of both choices.\n"
           "2. Preparation for the Annual General Meeting\n"
           "    - Steve suggested that the planning should start early.\n"
           "    - Rob stated that he would prepare the accounts again.\n"
           "3. General Business\n"
           "    - Jim moved that Ben be co-opted, seconded by Steve and agreed.\n")


def test_numbered_items_with_nested_notes_after_the_attendance_are_the_sections() -> None:
    record = extract((HEAD + OUTLINE).encode(), format="markdown")
    assert [s.title for s in record.sections] == [
        "Whether to renew the club's registration or let it lapse.", "Preparation for the Annual General Meeting",
        "General Business"]
    assert [len(s.points) for s in record.sections] == [2, 2, 1]
    assert [d.section for d in record.decisions] == ["General Business"]


def test_a_numbered_list_under_a_discussion_heading_gives_the_topics() -> None:
    # GOLD.md: "A heading that only groups other items is not a section; the items under it are."
    record = extract((HEAD + "## Discussion\n\n" + OUTLINE).encode(), format="markdown")
    assert [s.title for s in record.sections] == [
        "Whether to renew the club's registration or let it lapse.", "Preparation for the Annual General Meeting",
        "General Business"]


def test_a_numbered_list_under_a_topic_heading_stays_that_part() -> None:
    record = extract((HEAD + "## Club registration\n\n" + OUTLINE).encode(), format="markdown")
    assert [s.title for s in record.sections][:1] == ["Club registration"]


def test_items_that_lead_into_a_list_are_not_sections() -> None:
    lead_ins = OUTLINE.replace("let it lapse.", "consider the following:").replace(
        "General Business", "The Chair asked members to note the following:")
    record = extract((HEAD + lead_ins).encode(), format="markdown")
    assert "Preparation for the Annual General Meeting" not in [s.title for s in record.sections]
