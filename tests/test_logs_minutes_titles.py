"""A file holding a run of formal minutes, each opening with its plain "Minutes of the meeting of
... held on <date> ..." title line and its attendance, is a log; a single meeting that mentions
earlier minutes by the same words stays one meeting. Every snippet is invented."""

from __future__ import annotations

import io

import docx
import pytest

from notes_extract import extract_all

DATES = ["3 March 2024", "7 April 2024", "5 May 2024", "2 June 2024"]


def _meeting(date: str, n: int) -> list[str]:
    return [f"MINUTES OF THE MEETING OF THE ASHBY TENNIS CLUB COMMITTEE HELD ON {date.upper()} AT 7PM IN THE PAVILION",
            "Present: Ann Lee (Chair), Bo Chan, Cy Diaz",
            f"1. Courts: the net on court {n} needs replacing. Bo to order a new net.",
            "2. Finance: the accounts were approved."]


def _docx(paragraphs: list[str]) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("fmt", ["docx", "text"])
def test_a_run_of_minutes_with_plain_title_lines_is_a_log(fmt: str) -> None:
    lines = [line for n, date in enumerate(DATES) for line in _meeting(date, n)]
    data = _docx(lines) if fmt == "docx" else "\n\n".join(lines).encode()
    records = extract_all(data, format=fmt)
    assert [str(r.meeting.date) for r in records] == ["2024-03-03", "2024-04-07", "2024-05-05", "2024-06-02"]
    assert all([a.name for a in r.attendance.present] == ["Ann Lee", "Bo Chan", "Cy Diaz"] for r in records)


@pytest.mark.parametrize("fmt", ["docx", "text"])
def test_a_single_meeting_naming_earlier_minutes_stays_one(fmt: str) -> None:
    lines = [*_meeting(DATES[1], 1), "3. Minutes",
             "Minutes of the meeting of the committee held on 3 March 2024",
             "These were agreed as a true record and signed by the Chair."]
    data = _docx(lines) if fmt == "docx" else "\n\n".join(lines).encode()
    records = extract_all(data, format=fmt)
    assert len(records) == 1 and str(records[0].meeting.date) == "2024-04-07"
