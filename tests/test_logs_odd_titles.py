"""Logs whose entries share one title and differ by date, with one entry whose heading writes its
date another way or gives none ("Crew Sync – 10/3" among "Crew Sync – 3 March 2024"): it is an
entry of its own, never merged into the meeting before it. All names and lines are invented."""

from __future__ import annotations

import io

import pytest
from docx import Document as new_document

from notes_extract import extract_all

DATES = ["3 March 2024", "10 March 2024", "17 March 2024", "24 March 2024", "31 March 2024"]
ISO = ["2024-03-03", "2024-03-10", "2024-03-17", "2024-03-24", "2024-03-31"]
TITLE = "Crew Sync"

# The third entry's heading, and the date it should be read as (None: no date can be read).
ODD_THIRD: list[tuple[str, str | None]] = [
    ("17.03", "2024-03-17"),
    ("17/3", "2024-03-17"),
    ("Sunday", "2024-03-17"),
    ("17th", "2024-03-17"),
    ("17 Mar 24", "2024-03-17"),
    ("March 17, 2024 (rescheduled)", "2024-03-17"),
    ("17 March", "2024-03-17"),
    ("Week 3", None),
    ("", None),
    ("(date TBC)", None),
]


def _docx(headings: list[str], style: str) -> bytes:
    doc = new_document()
    doc.add_heading("Harbour crew meeting log", 0)
    for n, heading in enumerate(headings):
        if style == "bold":
            doc.add_paragraph().add_run(heading).bold = True
        else:
            doc.add_paragraph(heading, style=style)
        doc.add_paragraph("Attendees: Wren Ostby, Faro Quell, Isko Brandt")
        doc.add_paragraph("Moorings", style="Heading 2")
        doc.add_paragraph(f"Checked buoy {n} and the winch.")
        doc.add_paragraph("Actions", style="Heading 2")
        doc.add_paragraph(f"Wren to paint post {n}.", style="List Bullet")
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _markdown(headings: list[str], style: str) -> bytes:
    lines = ["# Harbour crew meeting log", ""]
    for n, heading in enumerate(headings):
        lines += [f"## {heading}" if style == "heading" else f"**{heading}**", "",
                  "Attendees: Wren Ostby, Faro Quell, Isko Brandt", "", "### Moorings", "",
                  f"Checked buoy {n} and the winch.", "", "### Actions", "", f"- Wren to paint post {n}.", ""]
    return "\n".join(lines).encode()


def _headings(third: str) -> list[str]:
    return [f"{TITLE} – {d}" if d else f"{TITLE} –" for d in [DATES[0], DATES[1], third, DATES[3], DATES[4]]]


def _read(data: bytes, fmt: str) -> list[str | None]:
    return [r.meeting.date for r in extract_all(data, format=fmt)]


@pytest.mark.parametrize(("third", "iso"), ODD_THIRD)
@pytest.mark.parametrize("style", ["Heading 1", "bold"])
def test_word_log_entry_with_an_odd_date_is_its_own_meeting(third: str, iso: str | None, style: str) -> None:
    assert _read(_docx(_headings(third), style), "docx") == [*ISO[:2], iso, *ISO[3:]]


@pytest.mark.parametrize(("third", "iso"), ODD_THIRD)
@pytest.mark.parametrize("style", ["heading", "bold"])
def test_markdown_log_entry_with_an_odd_date_is_its_own_meeting(third: str, iso: str | None, style: str) -> None:
    assert _read(_markdown(_headings(third), style), "markdown") == [*ISO[:2], iso, *ISO[3:]]


@pytest.mark.parametrize("third", ["Week 3", "", "31st", "(date TBC)"])
def test_an_undated_entry_says_so_in_its_warnings(third: str) -> None:
    records = extract_all(_docx(_headings(third), "Heading 1"), format="docx")
    assert any("No date was found" in w for w in records[2].warnings)
    assert not any("No date was found" in w for w in records[1].warnings)


@pytest.mark.parametrize("style", ["Heading 1", "bold"])
def test_week_entries_of_one_title_split_without_dates(style: str) -> None:
    headings = [f"{TITLE} – Week {n}" for n in (1, 2, 2, 4, 5)]
    records = extract_all(_docx(headings, style), format="docx")
    assert len(records) == 5
    assert [r.meeting.date for r in records] == [None] * 5


def test_a_weekday_that_fits_no_day_between_its_neighbours_stays_undated() -> None:
    headings = _headings("Monday")  # two Mondays fall between 10 and 24 March 2024: neither is chosen
    assert _read(_docx(headings, "Heading 1"), "docx") == [*ISO[:2], None, *ISO[3:]]
    headings = _headings("31st")  # no 31st between 10 and 24 March
    assert _read(_docx(headings, "Heading 1"), "docx") == [*ISO[:2], None, *ISO[3:]]


def test_item_headings_sharing_a_wording_keep_a_single_meeting_single() -> None:
    doc = new_document()
    doc.add_heading("Rowing club committee", 0)
    doc.add_paragraph("Date: 5 May 2024")
    doc.add_paragraph("Present: Wren Ostby, Faro Quell, Isko Brandt")
    for role in ("Treasurer", "Captain", "Secretary"):
        doc.add_paragraph(f"Report – {role}", style="Heading 1")
        doc.add_paragraph(f"The {role.lower()} gave an update on the boats.")
        doc.add_paragraph("Noted.")
    out = io.BytesIO()
    doc.save(out)
    assert len(extract_all(out.getvalue(), format="docx")) == 1


def test_a_sub_heading_of_the_log_title_with_words_is_no_entry() -> None:
    headings = _headings(DATES[2])
    data = _docx(headings[:3] + [f"{TITLE} – follow-up notes"] + headings[3:], "Heading 1")
    assert _read(data, "docx") == ISO


def _text(headings: list[str]) -> bytes:
    lines = ["Harbour crew meeting log", ""]
    for n, heading in enumerate(headings):
        lines += [heading, "", "Attendees: Wren Ostby, Faro Quell, Isko Brandt", "", "Moorings",
                  f"Checked buoy {n} and the winch.", "", "Actions", f"- Wren to paint post {n}.", ""]
    return "\n".join(lines).encode()


@pytest.mark.parametrize(("third", "iso"), ODD_THIRD)
def test_plain_text_log_entry_with_an_odd_date_is_its_own_meeting(third: str, iso: str | None) -> None:
    assert _read(_text(_headings(third)), "text") == [*ISO[:2], iso, *ISO[3:]]


def test_plain_text_week_entries_of_one_title_split_without_dates() -> None:
    assert len(extract_all(_text([f"{TITLE} – Week {n}" for n in (1, 2, 2, 4, 5)]), format="text")) == 5
