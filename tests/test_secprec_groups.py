"""A grouping heading ("Reports") over a single sub-item gives way to it: the report is the item.
Invented snippets."""

from __future__ import annotations

from notes_extract import extract_text


def _titles(text: str) -> list[str]:
    return [s.title for s in extract_text(text, format="html").sections]


HEAD = "<h2>Choir committee</h2><p>Minutes of 2 September 2025</p><p>Present: Ann Lee, Bo Ode, Cy Park</p>"


def test_reports_over_one_report() -> None:
    text = HEAD + ("<h3>Minutes of the last meeting</h3><p>Approved.</p><h3>Reports</h3><h4>Treasurer's report</h4>"
                   "<p>Subscriptions are up to date.</p><h3>Christmas concert</h3><p>The venue is booked.</p>")
    assert _titles(text) == ["Minutes of the last meeting", "Treasurer's report", "Christmas concert"]


def test_an_item_with_its_own_text_keeps_its_one_sub_heading() -> None:
    text = HEAD + ("<h3>Finance</h3><p>The accounts were presented.</p><h4>Bank reconciliation</h4>"
                   "<p>Noted without comment.</p><h3>Christmas concert</h3><p>The venue is booked.</p>")
    assert _titles(text)[-1] == "Christmas concert" and _titles(text)[0] == "Finance"


def test_numbered_group_over_lettered_sub_items_in_bold() -> None:
    text = ("<p><b>Housing co-op general meeting</b></p><p>Sunday 9 November 2025</p>"
            "<p>Present: Ann Lee, Bo Ode, Cy Park</p><p><b>1. Minutes of previous meeting</b></p><p>Approved.</p>"
            "<p><b>2. Reports</b></p><p><b>2a. Finance report</b></p><p>Rent arrears are down.</p>"
            "<p><b>2b. Maintenance report</b></p><p>Three boilers were replaced.</p>"
            "<p><b>3. Bike storage</b></p><p>The proposal was carried.</p>")
    assert _titles(text) == ["Minutes of previous meeting", "Finance report", "Maintenance report", "Bike storage"]
