"""Minutes typed in Word without heading or list styles read as the same minutes with styles.

Each document is invented and built with python-docx: headings are Normal paragraphs set in bold,
list items Normal paragraphs that open with a typed "1." or "•" and are indented with the ruler
(as `benchmarks/docx_plain.py` rewrites LibreOffice's .docx for the `docx-plain` rendering).
"""

from __future__ import annotations

import io

import docx
from docx.shared import Inches

from notes_extract import extract_all
from notes_extract.document import Block
from notes_extract.loaders.docx import load
from notes_extract.loaders.text import load as load_text


def _save(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _blocks(document: docx.document.Document) -> list[Block]:
    return load(_save(document), source="typed.docx").blocks


def _shape(blocks: list[Block]) -> list[tuple[str, int, str | None, str]]:
    return [(b.kind.value, b.level, b.label, b.text) for b in blocks]


def _bold(document: docx.document.Document, text: str) -> None:
    document.add_paragraph().add_run(text).bold = True


def _typed(document: docx.document.Document, text: str, indent: float) -> None:
    paragraph = document.add_paragraph(text)
    paragraph.paragraph_format.left_indent = Inches(indent)


# -- typed numbers -------------------------------------------------------------


def test_typed_numbers_open_items_with_bullets_nested_under_them_as_in_a_text_file() -> None:
    document = docx.Document()
    _bold(document, "Committee")
    _typed(document, "1. Retiring officers thanked", 0.25)
    _typed(document, "2. New committee", 0.25)
    _typed(document, "\u2022\tMara Quill, Chair", 0.75)
    _typed(document, "\u2022\tOtto Fenn, Treasurer", 0.75)
    _typed(document, "3. Fees unchanged", 0.25)
    text = load_text(b"Committee\n\n1. Retiring officers thanked\n2. New committee\n    - Mara Quill, Chair\n"
                     b"    - Otto Fenn, Treasurer\n3. Fees unchanged\n", source="typed.txt", markdown=False).blocks
    assert _shape(_blocks(document))[1:] == _shape(text)[1:] == [
        ("list_item", 0, "1.", "Retiring officers thanked"),
        ("list_item", 0, "2.", "New committee"),
        ("list_item", 1, None, "Mara Quill, Chair"),
        ("list_item", 1, None, "Otto Fenn, Treasurer"),
        ("list_item", 0, "3.", "Fees unchanged"),
    ]


def test_a_number_typed_in_bold_titles_an_item_and_stays_a_paragraph() -> None:
    document = docx.Document()
    paragraph = document.add_paragraph()
    paragraph.add_run("1. Apologies").bold = True
    paragraph.add_run(" (7.05pm)")
    _typed(document, "None received.", 0)
    assert _shape(_blocks(document))[0] == ("paragraph", 0, None, "1. Apologies (7.05pm)")


def test_typed_numbers_in_a_document_numbered_by_word_stay_text() -> None:
    # the items are Word's own numbered list; "1. Rhea Bolt" under one of them is its paragraph's text
    document = docx.Document()
    document.add_paragraph("Appointments to the review panel", style="List Number")
    _typed(document, "1. Rhea Bolt, Eastfield", 0.5)
    _typed(document, "2. Ivo Marsh, Westfield", 0.5)
    document.add_paragraph("Harbour lights", style="List Number")
    shapes = _shape(_blocks(document))
    assert ("paragraph", 0, None, "1. Rhea Bolt, Eastfield") in shapes
    assert ("paragraph", 0, None, "2. Ivo Marsh, Westfield") in shapes


# -- bold lines as headings ------------------------------------------------------


def test_a_plain_line_under_a_bold_heading_is_no_layout_title() -> None:
    # "Lead: ..." under each bold item title, over the item's bullets: the bold lines title the items
    document = docx.Document()
    _bold(document, "Choir practice notes 4 March 2025")
    _typed(document, "Present: Wren Hollis, Abel Crane, Juno Pike", 0)
    for title, lead, points in (("Spring concert", "Lead: Wren Hollis", ("Programme fixed", "Tickets at the door")),
                                ("Robes", "Lead: Abel Crane", ("Six robes need mending", "Quote from the tailor")),
                                ("Library", "Lead: Juno Pike", ("Scores catalogued", "Two sets missing"))):
        _bold(document, title)
        _typed(document, lead, 0)
        for point in points:
            _typed(document, f"\u2022\t{point}", 0.25)
    blocks = _blocks(document)
    assert [b.kind.value for b in blocks if b.text.startswith("Lead:")] == ["paragraph"] * 3
    record = extract_all(_save(document), format="docx")[0]
    assert [s.title for s in record.sections] == ["Spring concert", "Robes", "Library"]


def test_a_plain_line_right_under_a_bold_heading_introduces_it() -> None:
    document = docx.Document()
    _bold(document, "Allotment committee 12 May 2025")
    _bold(document, "Present")
    _typed(document, "\u2022\tNell Varga", 0.25)
    _typed(document, "\u2022\tCasimir Oduya", 0.25)
    _bold(document, "Old business")
    _typed(document, "\u2022\tWater trough repaired", 0.25)
    _bold(document, "New business")
    _typed(document, "Nell and Casimir taking these", 0)
    _typed(document, "\u2022\t#31 Order compost bins", 0.25)
    _typed(document, "\u2022\t#32 Clear plot 9", 0.25)
    record = extract_all(_save(document), format="docx")[0]
    assert [s.title for s in record.sections] == ["Old business", "New business"]


def test_bold_lines_titled_with_a_date_split_a_log() -> None:
    document = docx.Document()
    for date, points in (("20250610", ("Backup job moved to the new host", "Alerts tuned")),
                         ("20250527", ("Disk quota raised", "Mirror retired")),
                         ("20250513", ("Certificates renewed", "Runner images rebuilt"))):
        _bold(document, f"Agenda {date}")
        for point in points:
            _typed(document, f"\u2022\t{point}", 0.25)
    records = extract_all(_save(document), format="docx")
    assert [r.meeting.date for r in records] == ["2025-06-10", "2025-05-27", "2025-05-13"]


def test_a_bold_sentence_ending_in_a_date_opens_no_log_entry() -> None:
    document = docx.Document()
    _bold(document, "Harbour users group 2025-04-02 Meeting")
    _typed(document, "\u2022\tMoorings reviewed", 0.25)
    _bold(document, "Ilse: permit needs renewing, expires June 8")
    _typed(document, "\u2022\tIlse to renew it", 0.25)
    _bold(document, "Regatta set for 3 August 2025")
    _typed(document, "\u2022\tVolunteers wanted", 0.25)
    assert len(extract_all(_save(document), format="docx")) == 1


def test_a_typed_bullet_keeps_its_broken_lines_together_as_a_word_list_item_does() -> None:
    document = docx.Document()
    document.add_paragraph("\u2022\t2024-11-02\nLena Moss proposed that Pia Holt join the board.")
    document.add_paragraph("Present: Lena Moss\nApologies: Rui Tan")  # no bullet: each line its own
    assert _shape(_blocks(document)) == [
        ("list_item", 0, None, "2024-11-02 Lena Moss proposed that Pia Holt join the board."),
        ("paragraph", 0, None, "Present: Lena Moss"),
        ("paragraph", 0, None, "Apologies: Rui Tan"),
    ]
