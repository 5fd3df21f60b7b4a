"""Styles of older minutes kept as web pages and word-processor files, on small invented documents."""

from __future__ import annotations

from notes_extract import extract

_RUN_IN_TOPICS = b"""<html><body>
Notes of the Riverside Residents meeting held at the Old Mill 3rd March 2009
<p>Present: Ann Carter, Bob Dunne, Cara Evans</p>
<p>Apologies: Dan Fisher</p>
<p>Choice of a new treasurer: Bob Dunne agreed to stand and was elected unopposed.</p>
<p>Plans for the summer fair: Cara outlined the stalls booked so far and the costs involved.</p>
<p>Grants from the parish: Ann reported that two applications are pending.</p>
<p>Meeting ended at 9:30 pm</p>
<p>Recorded by: Cara Evans</p>
</body></html>"""


def test_sentence_case_run_in_topics_open_sections_when_repeated() -> None:
    record = extract(_RUN_IN_TOPICS, format="html")
    assert [s.title for s in record.sections] == [
        "Choice of a new treasurer", "Plans for the summer fair", "Grants from the parish"]


def test_one_sentence_case_label_alone_stays_text() -> None:
    single = _RUN_IN_TOPICS.replace(b"<p>Plans for the summer fair: ", b"<p>").replace(
        b"<p>Grants from the parish: ", b"<p>")
    record = extract(single, format="html")
    assert "Choice of a new treasurer" not in [s.title for s in record.sections]


_REPORTS_BY = b"""<html><body>
<p><b>MINUTES OF THE ANNUAL MEETING HELD IN THE TOWN HALL, EASTBROOK ON MONDAY 14th MAY 2007</b></p>
<p>Present: Cllr Mrs Harlow, Cllr Pike, Rev T. Wendell</p>
<p><b>REPORT BY COUNCILLOR MRS JANE HARLOW (DISTRICT)</b></p>
<p>The district budget was set in February and the new depot is open.</p>
<p><b>REPORT BY THE RECTOR REV. T. WENDELL</b></p>
<p>The church roof appeal has raised most of its target.</p>
</body></html>"""


def test_report_by_heading_names_its_presenter() -> None:
    record = extract(_REPORTS_BY, format="html")
    presenters = {s.title: s.presenter for s in record.sections}
    assert presenters["REPORT BY COUNCILLOR MRS JANE HARLOW (DISTRICT)"] == "Harlow"
    assert presenters["REPORT BY THE RECTOR REV. T. WENDELL"] is not None


def test_capitals_title_line_location_drops_its_on() -> None:
    record = extract(_REPORTS_BY, format="html")
    assert record.meeting.location is not None
    assert record.meeting.location.upper() == "TOWN HALL, EASTBROOK"
