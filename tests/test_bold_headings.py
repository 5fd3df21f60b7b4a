"""Minutes typed without heading styles: whole-bold lines stand where headings would, and must
read as the same minutes do with headings (invented snippets; the Markdown "**Title**" line is
what a Word file's bold paragraph becomes, see tests/test_loader_docx.py for the loader)."""

import io

from docx import Document as new_document

from notes_extract import extract, extract_all
from notes_extract.document import BlockKind
from notes_extract.loaders import load


def _log(opening: str) -> str:
    return "\n\n".join(
        f"**{opening.format(n=n, d=d)}**\n\n- The budget was discussed.\n"
        f"- Ann to book the hall for {d}."
        for n, d in ((3, "12/03/2024"), (2, "05/03/2024"), (1, "27/02/2024")))


def test_bold_entry_titles_numbered_before_their_bracketed_dates_split_a_log() -> None:
    records = extract_all(_log("Minutes for Meeting {n} ({d})").encode(), format="markdown")
    assert [r.meeting.date for r in records] == ["2024-03-12", "2024-03-05", "2024-02-27"]


def _club_log() -> str:
    entries = [f"{month} – Committee Meeting ({d})\nPresent: Ann, Bo, Cy\n- Cards were ordered.\n- Bo to pay."
               for month, d in (("May", "25/03/2025"), ("June", "24/06/2025"), ("July", "22/07/2025"))]
    return "Club minutes\n\n" + "\n\n".join(entries) + "\n"


def test_plain_entry_titles_with_bracketed_dates_split_a_log() -> None:
    records = extract_all(_club_log().encode(), format="text")
    assert [r.meeting.date for r in records] == ["2025-03-25", "2025-06-24", "2025-07-22"]
    assert [p.name for p in records[0].attendance.present] == ["Ann", "Bo", "Cy"]


def test_an_attendance_line_over_bullets_is_no_item_title() -> None:
    blocks = load(_club_log().encode(), source="club.txt").blocks
    present = [b for b in blocks if b.text.startswith("Present")]
    assert present and all(b.kind is BlockKind.PARAGRAPH for b in present)


def test_mixed_bold_entry_titles_numbered_then_dated_split_at_both() -> None:
    text = ("**Project notes**\n\nWhat the project will build.\n\n**Features:**\n\n- Lists\n- Charts\n\n"
            "**Week 1 Meeting:**\n\n- Set up the repository.\n- Ann to draft the plan.\n\n"
            "**Week 2 Meeting:**\n\n- Reviewed the plan.\n- Bo to write tests.\n\n"
            "**10/22/23**\n\n- Demo went well.\n- Cy to fix the bug.\n\n"
            "**10/28/23**\n\n- Released the app.\n- Ann to write the report.\n")
    records = extract_all(text.encode(), format="markdown")
    assert len(records) == 4
    assert [r.meeting.date for r in records][2:] == ["2023-10-22", "2023-10-28"]
    # the project's own bold parts above the first entry belong to no meeting
    assert all("Features" not in [s.title for s in r.sections] for r in records)


def test_items_under_a_bold_resolutions_line_are_the_meetings_items() -> None:
    text = ("**Board meeting notes**\n\nDate: 2024-05-02\n\n**Attendees**\n\n- Ann Lee\n- Bo Chan\n\n"
            "**Topics**\n\n- Elections\n- Finance\n\n**Resolutions**\n\n"
            "- Elections held\n  - Ann Lee was nominated for President by the members present.\n"
            "  - Vote result, unanimously passed: Ann as President\n"
            "- Finance discussed\n  - Bo to prepare the accounts for the next meeting of the board.\n"
            "  - The budget review was deferred until the next meeting of the board.\n")
    record = extract(text.encode(), format="markdown")
    assert [s.title for s in record.sections] == ["Elections held", "Finance discussed"]


def test_a_bold_summary_line_over_bullets_is_a_section() -> None:
    text = ("Notes from the planning meetings.\n\n**Meeting #1: March 2, 2018**\n\n**Agenda:**\n\n"
            "1) Project list\n2) Next steps\n\n**Summary:**\n\n- Keep projects small.\n- Teams meet weekly.\n")
    record = extract(text.encode(), format="markdown")
    assert "Summary" in [s.title.rstrip(":") for s in record.sections]


def test_a_word_file_with_bold_entry_titles_splits_like_its_markdown() -> None:
    doc = new_document()
    for n, d in ((2, "23/08/2021"), (1, "20/08/2021")):
        doc.add_paragraph().add_run(f"Minutes for Meeting {n} ({d})").bold = True
        doc.add_paragraph("The budget was discussed.", style="List Bullet")
        doc.add_paragraph("Ann to book the hall.", style="List Bullet")
    buffer = io.BytesIO()
    doc.save(buffer)
    records = extract_all(buffer.getvalue(), format="docx")
    assert [r.meeting.date for r in records] == ["2021-08-23", "2021-08-20"]
