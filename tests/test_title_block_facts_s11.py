"""Facts of a PDF-text title block: letterhead, approval stamp, start time alone on a line,
the end time said first, and the signature line (invented snippets)."""

from notes_extract.api import extract_all

_STAMP = " " * 60 + "C\n" + " " * 54 + "03/02/2021\n\n\n"
_LETTERHEAD = "Riverbend Valley Schools\nBoard of Trustees\n412 Orchard Road, Milltown, Oregon 97001\n\n"
_CENTRED = " " * 30 + "Board of Trustees Minutes\n" + " " * 36 + "January 14, 2021\n\n"
_BODY = (
    "Call to Order\n"
    "The meeting was called to order by the chair, Dana Holt, and everyone introduced themselves to the board.\n\n"
    "Budget Review\n"
    "The treasurer presented the quarterly figures and the board discussed the costs of the new roof at length.\n\n"
    "Adjournment\n"
    "At 8:40 p.m., there being no further business, the meeting was adjourned.\n\n\n"
    "______________________________             ______________________________\n"
    "Dana Holt, Chair                            Lee Marsh, Executive Secretary\n"
)
MINUTES = _STAMP + _LETTERHEAD + _CENTRED + "Regular Meeting\nBoard of Trustees\n6:15 p.m.\n\n" + _BODY


def _record(text: str = MINUTES) -> dict:
    (record,) = extract_all(text.encode(), format="text")
    return record.model_dump(mode="json")


def test_letterhead_name_and_body_line_are_the_title() -> None:
    assert _record()["meeting"]["title"] == "Riverbend Valley Schools Board of Trustees"


def test_written_date_line_wins_over_numeric_stamp_above_it() -> None:
    assert _record()["meeting"]["date"] == "2021-01-14"


def test_clock_time_alone_under_the_date_is_the_start() -> None:
    assert _record()["meeting"]["start_time"] == "18:15"


def test_at_time_then_adjourned_is_the_end() -> None:
    text = "Board Meeting\n12 March 2024\n\nBudget\nThe board discussed the budget.\n\n" \
           "At 9:05 p.m., there being no further business, the meeting was adjourned.\n"
    assert _record(text)["meeting"]["end_time"] == "21:05"


def test_letterhead_address_body_line_and_signatures_are_no_sections() -> None:
    titles = [s["title"] for s in _record()["sections"]]
    assert titles == ["Call to Order", "Budget Review", "Adjournment"]


def test_log_entry_kind_heading_with_the_sites_body_not_the_page_title() -> None:
    page = ("---\ntitle: Minutes and Records | Riverside Cycling Club\n---\n\n"
            "<h3>May 2025 – Committee Meeting (12/05/2025)</h3>\n<p><strong>Present:</strong> Ann, Bo, Cy</p>\n"
            "<ol><li>The club discussed the summer rides and the new route.</li></ol>\n\n"
            "<h3>Apr 2025 – Committee Meeting (14/04/2025)</h3>\n<p><strong>Present:</strong> Ann, Bo</p>\n"
            "<ol><li>The club discussed the spring rides and the kit order.</li></ol>\n")
    records = extract_all(page.encode(), format="markdown")
    assert [r.meeting.title for r in records] == ["Riverside Cycling Club Committee Meeting"] * 2
