"""Dates and times as minutes write them."""

import pytest

from notes_extract.dates import find_dates, first_full_date, infer_day_first, parse_time


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Meeting notes: Wednesday 2 July 2025", "2025-07-02"),
        ("held on Tuesday 3rd September 2019 at 7pm", "2019-09-03"),
        ("Thursday, October 7, 2020", "2020-10-07"),
        ("Date: 2024-09-11", "2024-09-11"),
        ("03/09/2019", "2019-09-03"),
    ],
)
def test_full_dates(text: str, iso: str) -> None:
    found = first_full_date(text)
    assert found is not None and found.date == iso


def test_numeric_dates_follow_the_documents_order() -> None:
    us_text = "Approved 09/25/2020. Next meeting 10/02/2020."
    assert infer_day_first(us_text) is False
    assert [f.date for f in find_dates(us_text, day_first=False)] == ["2020-09-25", "2020-10-02"]
    assert infer_day_first("Signed 25/09/2020, meeting 02/10/2020") is True


def test_year_comes_from_the_default_when_missing() -> None:
    assert [f.date for f in find_dates("by 31 July or 29 Aug", default_year=2025)] == [
        "2025-07-31", "2025-08-29",
    ]


@pytest.mark.parametrize(
    ("text", "time"),
    [("7.30pm", "19:30"), ("7:30 p.m.", "19:30"), ("19:05", "19:05"), ("9am", "09:00"),
     ("12 noon", "12:00"), ("item 7", None)],
)
def test_times(text: str, time: str | None) -> None:
    assert parse_time(text) == time
