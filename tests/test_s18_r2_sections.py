"""Section forms of plain-text minutes found open in the eighteenth session's second round (invented snippets)."""

from notes_extract import extract_text


def _read(text: str, fmt: str = "text"):
    return extract_text(text, format=fmt)


def test_capitals_title_after_inline_present_line_is_an_item_not_a_person():
    record = _read("Board meeting 4 June 2024\nPresent: Ann Lee, Bo Ode, Cy Rand\nTREASURER'S REPORT\n"
                   "Balance is 400.\nPLANT SALE\nThe sale will be on 3 May.\n")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Rand"]
    assert [s.title for s in record.sections][:1] == ["TREASURER'S REPORT"]


def test_names_wrapped_at_a_comma_still_go_on():
    record = _read("Board meeting 4 June 2024\nPresent: Ann Lee, Bo Ode,\nCy Rand\nFINANCE\nBalance is 400.\n")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Rand"]


def test_a_line_of_thanks_is_no_item_title():
    record = _read("Garden Club Minutes 4 June 2024\n\nPresent: Ann Lee, Bo Ode, Cy Rand\n\n"
                   "Thank you Ann for the opening prayer\n\nWelcome back to Bo after his illness.\n\n"
                   "Plant Sale\nThe sale will be on 3 May.\nTables are booked.\n\n"
                   "Thanks to everyone who helped at the show\nThe show raised 300.\n")
    assert [s.title for s in record.sections] == ["Plant Sale"]


def test_first_sub_heading_over_text_under_an_undated_title_is_an_item():
    record = _read("# Weekly sync\n## Standup\n- Ann: finished the parser\n- Bo: working on docs\n"
                   "## Release\n- Ship on Friday\n", "markdown")
    assert record.meeting.title == "Weekly sync"
    assert [s.title for s in record.sections] == ["Standup", "Release"]


def test_a_date_with_its_era_dates_the_meeting_and_ends_the_title_block():
    record = _read("Vestry Meeting Minutes\n\n9 January A.D. 2016\n\n"
                   "I. Call to Order and Invocation. The Rector convened the meeting.\n\n"
                   "II. Finance. Accounts received.\n\nIII. Churchyard. The path will be repaired.\n")
    assert record.meeting.date == "2016-01-09"
    assert "Call to Order and Invocation" in [s.title for s in record.sections]


def test_first_numbered_item_titled_by_a_stop_is_no_title_line():
    record = _read("Vestry Meeting Minutes\n\nAnnual Meeting\n\n"
                   "1. Opening and Prayer. The Rector convened the meeting.\n\n"
                   "2. Finance. Accounts received.\n\n3. Churchyard. The path will be repaired.\n")
    assert record.meeting.title == "Vestry Meeting Minutes Annual Meeting"
    assert [s.title for s in record.sections] == ["Opening and Prayer", "Finance", "Churchyard"]


def test_title_case_report_after_inline_present_line_is_an_item_not_a_person():
    record = _read("Board meeting 4 June 2024\nPresent: Ann Lee, Bo Ode, Cy Rand\nTreasurer's Report\n"
                   "Balance is 400.\nPLANT SALE\nThe sale will be on 3 May.\n")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Rand"]
    assert [s.title for s in record.sections][:1] == ["Treasurer's Report"]


def test_item_title_after_names_one_a_line_is_no_person():
    record = _read("Board meeting 4 June 2024\nPresent:\nAnn Lee\nBo Ode\nCy Rand\nTreasurer's Report\n"
                   "Balance is 400.\nPlant Sale\nThe sale will be on 3 May.\n")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Rand"]
    assert [s.title for s in record.sections] == ["Treasurer's Report", "Plant Sale"]


def test_matters_arising_after_a_stopped_list_of_names_is_an_item():
    record = _read("Board meeting 4 June 2024\nPresent: Ann Lee, Bo Ode, Cy Rand.\nMatters Arising\n"
                   "None were raised at all.\nPlant Sale\nThe sale will be on 3 May.\n")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode", "Cy Rand"]
    assert [s.title for s in record.sections] == ["Matters Arising", "Plant Sale"]
