"""A correction to a page of the last minutes ("Page 6: 2nd paragraph – delete 'wet', insert 'clay'.")
is no page footer: what its line says, the approval after it included, is kept."""

from __future__ import annotations

from notes_extract import extract_text

_MINUTES = """<html><body><p><b>MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON 9th JULY 2025</b></p>
<p>Present: Cllr Ann Lee (Chairman), Cllr Bob Hart, Cllr Cat Ng</p>
<p><b>MINUTES OF THE LAST MEETING</b></p>
<p>Item Drainage: 3rd line – delete "pipe" insert "ditch".</p>
<p>Page 6: 2nd paragraph – delete "wet" insert "clay". It was proposed by Cllr Hart and seconded by Cllr Ng
that the Minutes as altered were a true and accurate record.</p>
<p><b>PLANNING</b></p><p>No applications were received.</p>
</body></html>"""


def test_a_line_correcting_a_page_of_the_last_minutes_keeps_its_decision() -> None:
    decisions = extract_text(_MINUTES, format="html").decisions
    assert any("true and accurate record" in d.text for d in decisions)
