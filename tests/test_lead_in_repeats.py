"""A bold lead-in that opens two paragraphs is still an item (a council takes up "Councillors' Reports"
under a committee's report and again at the end); only under item after item is it a field of each."""

from __future__ import annotations

from notes_extract import extract_text


def test_a_lead_in_written_twice_is_still_an_item() -> None:
    page = ("<html><body><p><b>MINUTES OF THE PARISH COUNCIL MEETING HELD ON 9th APRIL 2025</b></p>"
            "<p>Present: Cllr Ann Lee (Chairman), Cllr Bob Hart, Cllr Cat Ng</p>"
            "<p><b>PLAYING FIELDS REPORT</b></p><p>The committee met on 2 April.</p>"
            "<p><b>Councillors’ Reports</b> Cllr Hart had asked the Clerk to write to the school.</p>"
            "<p><b>FINANCE</b></p><p>The accounts were noted.</p><p><b>CORRESPONDENCE</b></p>"
            "<p>Two letters were received.</p>"
            "<p><b>Councillors’ Reports</b> Cllr Ng noted that the footpath was muddy.</p>"
            "<p>Cllr Lee closed the meeting at 9pm.</p></body></html>")
    assert "Councillors’ Reports" in [s.title for s in extract_text(page, format="html").sections]
