"""Council minutes numbered by minute reference ("24/101 Apologies for absence"): the reference is
the item's number, so its standard items read as they do under "1." numbering (invented minutes)."""

import io

from docx import Document as new_document

from notes_extract import extract
from notes_extract.document import Block, BlockKind
from notes_extract.segment.minute_refs import number_minute_refs

_MINUTES = """Westbrook Parish Council
Minutes of the meeting held on 3 March 2024 at 7pm in the Village Hall

Present: Cllr A Lee (Chair), Cllr B Chan, Cllr C Dunn
In attendance: D Fox (Clerk)

24/101 Apologies for absence
Cllr E Gray.

24/102 Declarations of interest
None.

24/103 Minutes of the last meeting
RESOLVED: that the minutes of 4 February 2024 be signed as a true record.

24/104 Planning
a) 24/0099 Rose Cottage, extension. No objection.
b) 24/0102 Mill Lane, new barn. The council objects.

24/106 Date of next meeting
7 April 2024 at 7pm.
"""


def test_minute_references_number_the_items() -> None:
    record = extract(_MINUTES.encode(), format="text")
    assert [s.title for s in record.sections] == ["Declarations of interest", "Minutes of the last meeting",
                                                  "Planning"]
    assert [p.name for p in record.attendance.apologies] == ["E Gray"]
    assert record.next_meeting is not None and record.next_meeting.date == "2024-04-07"


def test_minute_references_in_a_word_file_with_tabs() -> None:
    doc = new_document()
    for line in _MINUTES.replace(" Apologies", "\tApologies").splitlines():
        if line.strip():
            doc.add_paragraph(line)
    buffer = io.BytesIO()
    doc.save(buffer)
    record = extract(buffer.getvalue(), format="docx")
    assert [p.name for p in record.attendance.apologies] == ["E Gray"]
    assert "Planning" in [s.title for s in record.sections]


def test_one_reference_or_references_out_of_order_number_nothing() -> None:
    blocks = [Block(BlockKind.PARAGRAPH, text) for text in
              ("24/0099 Rose Cottage, extension.", "The council has no objection.", "23/0457 Mill Lane, barn.",
               "21/0012 Old Forge, fence.")]
    assert number_minute_refs(blocks) == blocks


def test_a_minute_book_table_with_title_and_minutes_in_the_item_cell() -> None:
    doc = new_document()
    doc.add_paragraph("Minutes of the Environment Committee held on Monday 8 April 2024")
    doc.add_paragraph("Present: Cllrs M Young (Chair), P Black, S Green")
    doc.add_paragraph("Officers: J Brown (Town Clerk)")
    table = doc.add_table(rows=1, cols=3)
    for i, head in enumerate(("Minute", "Item", "Action")):
        table.rows[0].cells[i].text = head
    for row in (("ENV24/01", "Apologies for absence. Cllr R Gray.", ""),
                ("ENV24/03", "Tree survey. The committee considered the survey report. RESOLVED: to fell the two "
                 "dangerous trees in the park.", "Clerk"),
                ("ENV24/04", "Litter bins. Members noted complaints about bins that overflow at weekends.", ""),
                ("ENV24/05", "Date of next meeting. Monday 10 June 2024.", "")):
        cells = table.add_row().cells
        for i, value in enumerate(row):
            cells[i].text = value
    buffer = io.BytesIO()
    doc.save(buffer)
    record = extract(buffer.getvalue(), format="docx")
    assert [s.title for s in record.sections] == ["Tree survey", "Litter bins"]
    assert [p.name for p in record.attendance.in_attendance] == ["J Brown"]
    assert [d.kind for d in record.decisions] == ["resolution"]
    assert [p.name for p in record.attendance.apologies] == ["R Gray"]  # standing rows are no items
    assert "Clerk" not in [a.text for a in record.actions]  # the Action cell names who acts, it is no task
    assert record.next_meeting is not None and record.next_meeting.date == "2024-06-10"


_LETTERED_REFS = """Eastcombe Parish Council
Minutes of the meeting held on 5 June 2024

Present: Cllr A Lee (Chair), Cllr B Chan, Cllr C Dunn

P101/24   1.   APOLOGIES FOR ABSENCE
Cllr E Gray.

P102/24   2.   DECLARATIONS OF INTEREST
None.

P103/24   3.   TO RECEIVE AND ADOPT THE MINUTES OF THE PARISH COUNCIL MEETING HELD ON 8 MAY 2024
The minutes were agreed and signed.

P104/24   4.   PLAYING FIELD
The new gate has been fitted.
"""


def test_references_with_letters_the_number_first_and_an_item_number_after() -> None:
    # "P101/24 1. TITLE": the council's letter, the running number before the year, then the item's number
    record = extract(_LETTERED_REFS.encode(), format="text")
    assert [s.title for s in record.sections] == [
        "DECLARATIONS OF INTEREST", "TO RECEIVE AND ADOPT THE MINUTES OF THE PARISH COUNCIL MEETING HELD ON 8 MAY 2024",
        "PLAYING FIELD"]
    assert [p.name for p in record.attendance.apologies] == ["E Gray"]


def test_references_numbered_before_their_year() -> None:
    blocks = [Block(BlockKind.PARAGRAPH, text) for text in
              ("048/23 Apologies for absence", "None.", "049/23 Declarations of interest", "None.",
               "050/23 Finance", "The accounts were noted.")]
    items = [b for b in number_minute_refs(blocks) if b.kind is BlockKind.LIST_ITEM]
    assert [(b.label, b.text) for b in items] == [("23/048", "Apologies for absence"),
                                                  ("23/049", "Declarations of interest"), ("23/050", "Finance")]


def test_a_dash_after_the_reference() -> None:
    text = _MINUTES.replace("24/1", "Minute 24/1").replace("Minute 24/101 ", "Minute 24/101 – ")
    record = extract(text.encode(), format="text")
    assert [p.name for p in record.attendance.apologies] == ["E Gray"]
    assert "Apologies for absence" not in [s.title for s in record.sections]


def test_references_numbered_so_or_in_brackets() -> None:
    for prefix, closing in (("Min. No. ", ""), ("(", ")")):
        text = _MINUTES.replace("24/1", f"{prefix}24/1").replace(f"{prefix}24/101 ", f"{prefix}24/101{closing} ")
        for n in range(102, 107):
            text = text.replace(f"{prefix}24/{n} ", f"{prefix}24/{n}{closing} ")
        record = extract(text.encode(), format="text")
        assert [p.name for p in record.attendance.apologies] == ["E Gray"], prefix
        assert "Planning" in [s.title for s in record.sections], prefix
