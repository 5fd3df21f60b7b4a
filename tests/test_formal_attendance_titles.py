"""Plain-text item titles marked only by layout (a short line over bullets, repeated), "-Name"
bullets, and the attendance lines of formal bodies. All snippets are invented."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.loaders.text import load
from notes_extract.models import MinutesRecord
from notes_extract.segment import segment


def text(data: str) -> MinutesRecord:
    return extract(data.encode(), format="text")


def titles(record: MinutesRecord) -> list[str]:
    return [s.title for s in record.sections]


PASTED_FROM_PDF = """Garden Club Minutes 14 March 2024

Opening
Mara opens the meeting at 6:02 pm
Chair's Report
  • Plots are all allocated
  • Water meter to be read in April
    Membership Report
  • Twelve new members this season
    Treasurer's Report
  • Balance is $812.40
Seed Swap
  • Date to be set
The meeting closed at 6:40 pm
"""


def test_short_lines_over_bullets_are_item_titles_even_when_indented() -> None:
    record = text(PASTED_FROM_PDF)
    assert titles(record) == ["Opening", "Chair's Report", "Membership Report", "Treasurer's Report", "Seed Swap"]
    assert record.meeting.start_time == "18:02"


def test_one_short_line_over_bullets_is_not_a_title() -> None:
    # Without the shape repeated, an indented short line goes on the bullet before it.
    record = text("Club notes 14 March 2024\n\nNotes\n  • The shed roof leaks and the gutter\n"
                  "    needs clearing\n  • Keys are with Ann\n")
    assert "needs clearing" not in titles(record)


def test_a_title_keeps_its_remark_out() -> None:
    record = text("""Club Minutes 14 March 2024

Approval of the March minutes – read them before the meeting
- Approved as written
Finance
- Balance is fine
Events
- Quiz night in May
Repairs
- Roof fixed
""")
    assert titles(record)[0] == "Approval of the March minutes"
    assert record.sections[0].kind == "previous_minutes"


def test_dash_touching_bullets_carry_a_motion_and_its_seconder() -> None:
    record = text("""Club Minutes 14 March 2024

Budget
-Ravi motions to approve the spring budget
-Noor seconds the motion
  • Motion passes unanimously
Events
  • Quiz night in May
Repairs
  • Roof fixed
""")
    assert titles(record) == ["Budget", "Events", "Repairs"]
    [decision] = record.decisions
    assert (decision.proposer, decision.seconder, decision.outcome) == ("Ravi", "Noor", "carried")


MINUTES_HEAD = "Minutes of the Council meeting held on 12 March 2024\n\n"
MINUTES_BODY = "\n\n1. Budget\nThe budget was discussed.\n"


def roles(record: MinutesRecord, category: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.role) for a in getattr(record.attendance, category)]


def council(lines: str) -> MinutesRecord:
    return text(MINUTES_HEAD + lines + MINUTES_BODY)


def test_an_office_with_its_holder_in_brackets_then_plural_councillors() -> None:
    record = council("PRESENT: The Mayor (Mr T Q Bright) and Councillors Vane, Orr, K Moss and Pym.")
    assert roles(record, "present") == [("T Q Bright", "mayor"), ("Vane", "councillor"), ("Orr", "councillor"),
                                         ("K Moss", "councillor"), ("Pym", "councillor")]


def test_an_office_in_brackets_before_singular_titles() -> None:
    record = council("Present: The Chairman (Mrs J Cole), Cllr B Ross and Cllr D Dunn")
    assert roles(record, "present") == [("J Cole", "chair"), ("B Ross", "councillor"), ("D Dunn", "councillor")]


def test_a_visitor_line_under_the_members_with_the_counted_public() -> None:
    record = council("Present– Cllr Ann Lee - Chairman, Cllr B Ross.\n\n"
                     "Mrs P Hart – District Councillor 4 members of the public")
    assert roles(record, "in_attendance") == [("P Hart", "district councillor")]
    assert [s.title for s in record.sections] == ["Budget"]


def test_a_visitor_line_naming_someone_else_is_left_alone() -> None:
    record = council("Present: Cllr Ann Lee, Cllr B Ross\n\nMrs P Hart – Clerk and Tom Vale spoke on parking")
    assert record.attendance.in_attendance == []


def test_an_apologies_item_whose_names_are_in_a_later_sentence() -> None:
    record = council("Present: Cllr A Lee, Cllr B Ross\n\n3. Apologies for absence accepted from: "
                     "No apologies from councillors. Apologies from Borough Councillor C Dale noted.")
    assert roles(record, "apologies") == [("C Dale", "borough councillor")]
    assert "Apologies for absence accepted from" not in [s.title for s in record.sections]


def test_an_agenda_verb_before_the_apologies_label() -> None:
    record = council("Present: Cllr A Lee, Cllr B Ross\n\n2. To Receive Apologies for Absence: "
                     "Apologies were received from Cllr T Ryle and Mrs D Hull")
    assert [a.name for a in record.attendance.apologies] == ["T Ryle", "D Hull"]



def test_a_bold_quorum_rule_is_set_aside() -> None:
    document = load(b"# Board call, 12 March 2024\n\n| Item | Lead |\n| --- | --- |\n| Budget | Ann |\n\n"
                    b"**Quorum - 60% of Directors / >50% of Quorum Present for a binding vote**\n\n"
                    b"## Present\n- Ann Lee\n- Bo Ross\n\n## Budget\n- The budget was discussed.\n",
                    source="board.md", markdown=True)
    segments = segment(document.blocks)
    assert any(b.text.startswith("Quorum") for b in segments.loose_blocks)
    assert [s.heading_text for s in segments.sections] == ["Budget"]


def test_a_logs_first_date_line_is_not_made_its_title() -> None:
    log = b"3/4/2024\nDemo Day\n1) Motor runs\n2) Sensor read\nNext Steps\n1) Mount the arm\nIssues\n1) Battery\n"
    blocks = load(log, source="log.txt", markdown=False).blocks
    assert blocks[0].kind.value == "paragraph"
    assert [b.text for b in blocks if b.kind.value == "heading"] == ["Demo Day", "Next Steps", "Issues"]
