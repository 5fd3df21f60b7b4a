"""Reading one's own report out gives the item (invented snippets): "President's Report: Logan Moss read his
updated President's report to the meeting." is presented by Logan Moss; "Bo Ode read the minutes" names no
presenter of the minutes."""

from notes_extract import extract_text

TEXT = ("Club AGM 30 April 2023\n\nPresent: Ann Lee, Bo Ode, Logan Moss\n\n1. Matters Arising: Nil\n\n"
        "2. President’s Report: Logan Moss read his updated President’s report to the meeting.\n\n"
        "3. Minutes: Bo Ode read the minutes of the last meeting.\n\n"
        "4. Financial Report: Bo Ode presented the accounts.\n")


def test_reading_his_own_report_presents_it() -> None:
    presenters = {s.title: s.presenter for s in extract_text(TEXT, format="text").sections}
    assert presenters["President’s Report"] == "Logan Moss"
    assert presenters["Minutes"] is None
