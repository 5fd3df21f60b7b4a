"""Which blocks are the meeting's items: sub-headings and labels a template repeats under every
topic are parts of each, a list naming the headings below it is an index, and a presenter written
in brackets after a title or on a "Presenter:" line under it is who leads the item. Every snippet is
invented."""

from __future__ import annotations

from notes_extract import extract_text
from notes_extract.models import MinutesRecord

_HEAD = "# Garden club call 2024-03-05\n\n## Attending\n\n- Ann Lee\n- Bo Ode\n- Cy Dent\n\n"


def _titles(record: MinutesRecord) -> list[str]:
    return [s.title for s in record.sections]


def test_sub_headings_repeated_under_every_topic_are_parts_of_it() -> None:
    record = extract_text(
        _HEAD + "## Seed swap\n\n### Background\n\nThe swap ran last spring.\n\n"
        "### Meeting remarks\n\nAnn wants it twice a year.\n\n### Meeting outcome\n\n- Hold it in May\n\n"
        "## Compost bins\n\n### Background\n\nTwo bins are broken.\n\n"
        "### Meeting remarks\n\nBo can fix one.\n\n### Meeting outcome\n\n- Buy one bin\n",
        format="markdown")
    assert _titles(record) == ["Seed swap", "Compost bins"]


def test_bold_labels_repeated_under_linked_headings_are_parts_of_each() -> None:
    record = extract_text(
        _HEAD + "## Topics\n\n### [Water butts](https://example.org/issues/4)\n\n"
        "**Club Summary**: Two butts leak at the seams.\n\n**Club Question**: Should we replace them?\n\n"
        "### [Shed keys](https://example.org/issues/9)\n\n"
        "**Club Summary**: Only one key is left for the shed.\n\n**Club Question**: Who should copy it?\n",
        format="markdown")
    assert _titles(record) == ["Water butts", "Shed keys"]


def test_a_heading_listing_the_headings_below_it_is_an_index() -> None:
    record = extract_text(
        _HEAD + "## Short notes\n\n- The gate is fixed\n\n## Main items\n\n- Seed swap\n- Compost bins\n\n"
        "## Seed swap\n\nHold it in May.\n\n## Compost bins\n\nBuy one bin.\n", format="markdown")
    assert _titles(record) == ["Short notes", "Seed swap", "Compost bins"]


def test_a_presenter_in_brackets_after_the_title() -> None:
    record = extract_text(
        _HEAD + "## Chair's report (delivered by Bo)\n\nA good year.\n\n"
        "## Pond survey (Dee Fenn, Wildlife Trust)\n\nNewts found.\n\n"
        "## Repairs (Village Hall, Main Street)\n\nDone.\n", format="markdown")
    assert [(s.title, s.presenter) for s in record.sections] == [
        ("Chair's report", "Bo Ode"), ("Pond survey", "Dee Fenn"), ("Repairs (Village Hall, Main Street)", None)]


def test_a_presenter_line_under_the_heading() -> None:
    record = extract_text(
        _HEAD + "## Seed swap\n\n*Presenter*: Cy Dent\n\n- Hold it in May.\n\n"
        "## Compost bins\n\n*Presenter*: Ann Lee (absent)\n\n- Buy one bin.\n", format="markdown")
    assert [(s.title, s.presenter) for s in record.sections] == [("Seed swap", "Cy Dent"),
                                                                 ("Compost bins", "Ann Lee")]


def test_a_heading_naming_who_took_the_minutes_is_no_item() -> None:
    record = extract_text(
        "# Garden club call\n\n## 5 March 2024\n\n#### Attendees\n\n* Ann Lee\n\n* Bo Ode\n\n"
        "#### Scribe\n\n* Bo Ode\n\n#### Seed swap\n\nHold it in May.\n\n#### Compost bins\n\nBuy one bin.\n",
        format="markdown")
    assert record.meeting.minute_taker == "Bo Ode"
    assert _titles(record) == ["Seed swap", "Compost bins"]


def test_numbered_topics_under_a_discussion_heading_are_items() -> None:
    record = extract_text(
        _HEAD + "## Agenda\n\n### Since last time:\n\n* The gate was fixed.\n\n### Discussion:\n\n"
        "1. Should guests use the shed?\n    * Ann worries about the tools.\n    * Bo says guests are careful.\n\n"
        "2. Buy a second mower.\n    * The old one is slow.\n", format="markdown")
    assert _titles(record) == ["Since last time", "Should guests use the shed?", "Buy a second mower."]
