"""Tests for the plain-text and Markdown loader."""

from __future__ import annotations

from pathlib import Path

import pytest

from notes_extract.api import extract_all
from notes_extract.document import Block, BlockKind, Document
from notes_extract.errors import LimitExceededError
from notes_extract.limits import Limits
from notes_extract.loaders import load as load_any
from notes_extract.loaders.text import load
from notes_extract.loaders.text.decoding import MAX_BYTES_PER_CHAR, MAX_LINE_CHARS, decode, read_lines, split_text
from notes_extract.loaders.text.front_matter import split_front_matter
from notes_extract.loaders.text.lines import WRAPPED_WIDTH, joins_wrapped
from notes_extract.loaders.text.markdown import looks_like_markdown
from notes_extract.loaders.text.markdown_html import HTML_START, html_block_end, html_blocks
from notes_extract.loaders.text.markdown_inline import strip_inline
from notes_extract.loaders.text.plain_tables import tab_indented_tables

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = "allies-group-2025-07-02"


def md(text: str) -> Document:
    return load(text.encode("utf-8"), source="notes.md", markdown=True)


def txt(text: str) -> Document:
    return load(text.encode("utf-8"), source="notes.txt", markdown=False)


def texts(doc: Document) -> list[str]:
    return [b.text for b in doc.blocks]


def kinds(doc: Document) -> list[BlockKind]:
    return [b.kind for b in doc.blocks]


def find(doc: Document, start: str) -> Block:
    return next(b for b in doc.blocks if b.text.startswith(start))


def tables(doc: Document) -> list[Block]:
    return [b for b in doc.blocks if b.kind is BlockKind.TABLE]


# --- decoding ---------------------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(codec: str) -> None:
    data = "\ufeffCafé minutes\r\n\r\nPresent: Zoë".encode(codec)
    doc = load(data, source="a.txt", markdown=False)
    assert texts(doc) == ["Café minutes", "Present: Zoë"]
    assert doc.warnings == []


def test_utf8_bom_is_dropped() -> None:
    doc = load("\ufeffTitle line".encode("utf-8-sig"), source="a.txt", markdown=False)
    assert texts(doc) == ["Title line"]


def test_cp1252_fallback_warns() -> None:
    doc = load("Café – it’s agreed".encode("cp1252"), source="a.txt", markdown=False)
    assert texts(doc) == ["Café – it’s agreed"]
    assert doc.warnings == ["not UTF-8; read as Windows-1252"]


def test_latin1_last_resort_warns() -> None:
    # 0x81 and 0x8d are undefined in Windows-1252.
    doc = load(b"Minutes \x81\x8d end", source="a.txt", markdown=False)
    assert len(doc.blocks) == 1
    assert len(doc.warnings) == 1 and "Latin-1" in doc.warnings[0]


def test_cr_and_crlf_line_ends() -> None:
    doc = txt("Present: Ann\r\nApologies: Bob\rAbsent: Cy")
    assert texts(doc) == ["Present: Ann", "Apologies: Bob", "Absent: Cy"]


# --- Markdown ---------------------------------------------------------------


def test_front_matter_into_metadata() -> None:
    doc = md(
        "---\n"
        'title: "Board meeting"\n'
        "date: '2024-01-02'\n"
        "tags:\n  - minutes\n  - draft\n"
        "owner:\n  name: nested\n"
        "empty:\n"
        "---\n"
        "# Heading\n"
    )
    assert doc.metadata == {
        "title": "Board meeting",
        "date": "2024-01-02",
        "tags": "minutes, draft",
    }
    assert texts(doc) == ["Heading"]
    assert doc.format == "markdown" and doc.pages is None


def test_leading_rule_followed_by_prose_is_not_front_matter() -> None:
    doc = md("---\nJust some text here.\n---\nMore.\n")
    assert doc.metadata == {}
    assert "Just some text here." in texts(doc)


def test_atx_and_setext_headings() -> None:
    doc = md("# One #\n\n### Three\n\nTitle\n=====\n\nSub\n---\n\n#hashtag\n")
    heads = [(b.text, b.level) for b in doc.blocks if b.kind is BlockKind.HEADING]
    assert heads == [("One", 1), ("Three", 3), ("Title", 1), ("Sub", 2)]
    assert doc.blocks[-1].kind is BlockKind.PARAGRAPH


def test_nested_bullets_levels_from_indents() -> None:
    doc = md("- a\n  - b\n      - c\n  - d\n- e\n\t- tab\n")
    assert [(b.text, b.level) for b in doc.blocks] == [
        ("a", 0),
        ("b", 1),
        ("c", 2),
        ("d", 1),
        ("e", 0),
        ("tab", 1),
    ]
    assert all(b.kind is BlockKind.LIST_ITEM and b.label is None for b in doc.blocks)


def test_ordered_items_keep_label_apart() -> None:
    doc = md("1. First thing\n2) Second thing\n   * bullet under\n")
    assert [(b.label, b.text, b.level) for b in doc.blocks] == [
        ("1.", "First thing", 0),
        ("2)", "Second thing", 0),
        (None, "bullet under", 1),
    ]


def test_task_list_markers_kept() -> None:
    doc = md("- [ ] @alice_b do the_thing\n- [x] Done it\n")
    assert texts(doc) == ["[ ] @alice_b do the_thing", "[x] Done it"]


def test_list_item_continuation_lines_join() -> None:
    doc = md("* James: we keep the odd vs even number\n  differentiation for now\n* next\n")
    assert texts(doc) == ["James: we keep the odd vs even number differentiation for now", "next"]


def test_pipe_table() -> None:
    doc = md(
        "| Action | Owner |  Due |\n"
        "| --- | :---: | ---: |\n"
        "|  Fix **it** \\| now | Ann |  June |\n"
        "| Ship | Bob |\n"
        "After\n"
    )
    (table,) = tables(doc)
    assert table.rows == (
        ("Action", "Owner", "Due"),
        ("Fix it | now", "Ann", "June"),
        ("Ship", "Bob", ""),
    )
    assert texts(doc)[-1] == "After"


def test_html_table_and_list_inside_markdown() -> None:
    doc = md(
        "Intro\n\n"
        "<table>\n<tr><th>Item</th><th>Owner</th></tr>\n\n"
        "<tr><td>Fix &amp; ship</td><td><span>Ann</span></td></tr>\n</table>\n\n"
        '<ol start="3"><li><b>Present:</b> A, B<ul><li>nested</li></ul></li><li>two</li></ol>\n'
    )
    (table,) = tables(doc)
    assert table.rows == (("Item", "Owner"), ("Fix & ship", "Ann"))
    items = [b for b in doc.blocks if b.kind is BlockKind.LIST_ITEM]
    assert [(b.text, b.level, b.label) for b in items] == [
        ("Present: A, B", 0, "3."),
        ("nested", 1, None),
        ("two", 0, "4."),
    ]
    assert items[0].lead_bold == "Present:"


def test_inline_markup_removed() -> None:
    doc = md(
        "**bold** __strong__ *em* _under_ `co*de*` [link](https://x.org/a_(b)) "
        "<https://a.b/c_d> a<br>b <i>tag</i> &amp; snake_case_name @some_user_x "
        "2*3*4 ~~gone~~ \\*literal\\*\n"
    )
    assert texts(doc) == [  # a <br> starts a new line, as a renderer shows it
        "bold strong em under co*de* link https://a.b/c_d a",
        "b tag & snake_case_name @some_user_x 2*3*4 gone *literal*",
    ]


def test_lead_bold() -> None:
    doc = md(
        "**Present:** Mandy, Nicc\n\n"
        "**Anti-racism work update** - Isaac spoke\n\n"
        "**Date of next meeting:**\n\n"
        "Plain **not lead**\n"
    )
    assert [(b.lead_bold, b.text) for b in doc.blocks] == [
        ("Present:", "Present: Mandy, Nicc"),
        ("Anti-racism work update", "Anti-racism work update - Isaac spoke"),
        ("Date of next meeting:", "Date of next meeting:"),
        ("", "Plain not lead"),
    ]
    assert doc.blocks[2].all_bold and not doc.blocks[0].all_bold


def test_blockquote_rule_and_code_fence() -> None:
    doc = md("> **Note:** quoted\n\n---\n\n```\ncode *kept*\n```\n")
    assert texts(doc) == ["Note: quoted", "code *kept*"]
    assert doc.blocks[0].lead_bold == "Note:"
    assert kinds(doc) == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


def test_markdown_hard_lines_stay_apart_wrapped_lines_join() -> None:
    doc = md("**Present:** Ann\n**Apologies:** Bob\n")
    assert [b.lead_bold for b in doc.blocks] == ["Present:", "Apologies:"]
    wrapped = md("This paragraph was wrapped by an editor at about seventy chars\nwide.\n")
    assert texts(wrapped) == ["This paragraph was wrapped by an editor at about seventy chars wide."]


def test_txt_that_is_unmistakably_markdown() -> None:
    doc = txt("# Minutes\n\n**Present:** Ann\n")
    assert doc.format == "markdown"
    assert doc.blocks[0].kind is BlockKind.HEADING
    assert doc.blocks[1].lead_bold == "Present:"
    plain = txt("# not a heading\n\nsome * text\n")
    assert plain.format == "text"
    assert kinds(plain) == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


# --- plain text -------------------------------------------------------------


def test_plain_bullets_and_numbering() -> None:
    lines = [
        "· middot",
        "• bullet",
        "- dash",
        "* star",
        "– endash",
        "o letter o",
        "▪ square",
        "\uf0b7 symbol font",
        "1. one",
        "2) two",
        "(a) paren",
        "b. letter",
        "6.1 dotted",
    ]
    doc = txt("\n".join(lines))
    assert all(k is BlockKind.LIST_ITEM for k in kinds(doc))
    assert texts(doc) == [
        "middot",
        "bullet",
        "dash",
        "star",
        "endash",
        "letter o",
        "square",
        "symbol font",
        "one",
        "two",
        "paren",
        "letter",
        "dotted",
    ]
    assert [b.label for b in doc.blocks][7:] == [None, "1.", "2)", "(a)", "b.", "6.1"]


def test_plain_nesting_and_continuation() -> None:
    doc = txt("Agenda:\n1. Apologies\n   a) Mr X sent\n      regrets\n        • detail\n2. Minutes\n")
    assert [(b.kind, b.text, b.level) for b in doc.blocks] == [
        (BlockKind.PARAGRAPH, "Agenda:", 0),
        (BlockKind.LIST_ITEM, "Apologies", 0),
        (BlockKind.LIST_ITEM, "Mr X sent regrets", 1),
        (BlockKind.LIST_ITEM, "detail", 2),
        (BlockKind.LIST_ITEM, "Minutes", 0),
    ]


def test_plain_bare_numbering_needs_a_run() -> None:
    doc = txt(" 1 Attendance: many\n 2 Apologies: Mr B\n")
    assert [(b.label, b.text) for b in doc.blocks] == [
        ("1", "Attendance: many"),
        ("2", "Apologies: Mr B"),
    ]
    single = txt("2 Storage buildings were approved\n")
    assert single.blocks[0].kind is BlockKind.PARAGRAPH


def test_plain_hard_lines_versus_wrapped_lines() -> None:
    doc = txt(
        "Present: Ann, Bob\n"
        "Apologies: Cy\n"
        "Progress report\n"
        "\n"
        "Discussion about the six month time line that is a rehash of the\n"
        "previous discussion.\n"
        "Outcome of the discussion was that everyone agreed to meet again\n"
        "Proposed: Tim\n"
    )
    assert texts(doc) == [
        "Present: Ann, Bob",
        "Apologies: Cy",
        "Progress report",
        "Discussion about the six month time line that is a rehash of the previous discussion.",
        "Outcome of the discussion was that everyone agreed to meet again",
        "Proposed: Tim",
    ]


def test_plain_lines_never_join_when_file_keeps_one_paragraph_per_line() -> None:
    long = "A very long line that was never wrapped by anybody at all " * 3
    doc = txt(f"{long}\n{long}\nDISCUSSION TOPIC 1\n")
    assert len(doc.blocks) == 3


def test_plain_underlined_heading_only() -> None:
    doc = txt("Minutes\n=======\n\nActions\n-------\n\nStanding alone\n\nText.\n")
    assert [(b.kind, b.level) for b in doc.blocks] == [
        (BlockKind.HEADING, 1),
        (BlockKind.HEADING, 2),
        (BlockKind.PARAGRAPH, 0),
        (BlockKind.PARAGRAPH, 0),
    ]


def test_tab_indented_tables() -> None:
    doc = txt(
        "Actions\n\n"
        "\tActions agreed\n\tPerson taking this on\n\tDeadline\n\n"
        "\t1. Add bid\n\tNicc\n\tNext meeting\n\n"
        "\t2. Add agenda item\n\n\tNicc\n\t31 July\n\n"
        "\tActions from previous meetings\n\tPerson taking this on \n\tDeadline\n\n"
        "\tA. Organise talks\n\tNicc\n\tIn progress\n\n"
        "Summary\n"
    )
    first, second = tables(doc)
    assert first.rows == (
        ("Actions agreed", "Person taking this on", "Deadline"),
        ("1. Add bid", "Nicc", "Next meeting"),
        ("2. Add agenda item", "Nicc", "31 July"),
    )
    assert second.rows == (
        ("Actions from previous meetings", "Person taking this on", "Deadline"),
        ("A. Organise talks", "Nicc", "In progress"),
    )
    assert texts(doc)[0] == "Actions" and texts(doc)[-1] == "Summary"


def test_tab_indented_wrapped_paragraph_is_not_a_table() -> None:
    doc = txt(
        "\tThis tab-indented paragraph is long enough that it had to wrap\n"
        "\tonto a second line.\n\n"
        "\tAnother paragraph that is long enough to have wrapped as well\n"
        "\tagain.\n"
    )
    assert tables(doc) == []
    assert len(doc.blocks) == 2


def test_tab_separated_cells() -> None:
    doc = txt("Income:\nMembership Fees:\t\t\t£1073.84\nGrants:\t\t\t\t\t33000.00\nEnd\n")
    (table,) = tables(doc)
    assert table.rows == (("Membership Fees:", "£1073.84"), ("Grants:", "33000.00"))
    assert texts(doc)[0] == "Income:" and texts(doc)[-1] == "End"


# --- integration --------------------------------------------------------------


def test_dispatch_through_loaders_package() -> None:
    doc = load_any(b"# Title\n\n- item\n", source="notes.md")
    assert doc.format == "markdown"
    assert [b.index for b in doc.blocks] == [0, 1]


def test_seed_text() -> None:
    doc = load((SAMPLES / f"{SEED}.txt").read_bytes(), source=f"{SEED}.txt", markdown=False)
    assert doc.format == "text" and doc.warnings == []
    first, second = tables(doc)
    assert len(first.rows) == 8 and len(second.rows) == 7
    assert all(len(row) == 3 for row in first.rows + second.rows)
    assert first.rows[0] == ("Actions agreed in this meeting", "Person taking this on", "Deadline")
    assert first.rows[4] == (
        "4. Nicc to add fixed agenda item about Equality Diversity and Inclusion to the "
        "Allies Group Topics to discuss every meeting.",
        "Nicc",
        "Next meeting",
    )
    assert second.rows[0][0] == "Actions from previous meetings"
    assert find(doc, "Present:").kind is BlockKind.PARAGRAPH
    assert find(doc, "Apologies:").kind is BlockKind.PARAGRAPH
    action = find(doc, "Action: Nicc to follow up with Sarah")
    assert action.kind is BlockKind.LIST_ITEM and action.label is None
    assert find(doc, "DISCUSSION TOPIC 1").kind is BlockKind.PARAGRAPH
    assert find(doc, "TBC").kind is BlockKind.LIST_ITEM


def test_seed_markdown() -> None:
    doc = load((SAMPLES / f"{SEED}.md").read_bytes(), source=f"{SEED}.md", markdown=True)
    title = doc.blocks[0]
    assert (title.kind, title.text, title.level) == (
        BlockKind.HEADING,
        "Co-Production Collective Allies Group",
        1,
    )
    present = find(doc, "Present:")
    assert present.kind is BlockKind.PARAGRAPH and present.lead_bold == "Present:"
    first, second = tables(doc)
    assert (len(first.rows), len(second.rows)) == (8, 7)
    assert all(len(row) == 3 for row in first.rows + second.rows)
    assert first.rows[0] == ("Actions agreed in this meeting", "Person taking this on", "Deadline")
    action = find(doc, "Action: Nicc to follow up with Sarah")
    assert (action.kind, action.level) == (BlockKind.LIST_ITEM, 2)
    update = find(doc, "Anti-racism work update - Isaac provided an update")
    assert update.kind is BlockKind.PARAGRAPH
    assert update.lead_bold == "Anti-racism work update"
    assert [b.index for b in doc.blocks] == list(range(len(doc.blocks)))


# --- steps, called directly ---------------------------------------------------


def test_read_lines_refuses_too_many_bytes_before_decoding() -> None:
    limits = Limits(max_text_chars=10)
    with pytest.raises(LimitExceededError) as caught:
        read_lines(b"x" * (MAX_BYTES_PER_CHAR * 10 + 1), source="big.txt", limits=limits)
    assert caught.value.limit == "max_text_chars"


def test_decode_falls_back_to_latin1() -> None:
    text, warnings = decode(b"caf\xe9 \x81\r\nnext")  # 0x81 is undefined in Windows-1252
    assert text == "café \x81\nnext"
    assert warnings and "Latin-1" in warnings[0]


def test_split_text_keeps_every_character() -> None:
    line = "A sentence that ends here. " * 1000
    pieces = split_text(line)
    assert "".join(pieces) == line
    assert all(len(piece) <= MAX_LINE_CHARS for piece in pieces)
    assert all(piece.endswith(". ") for piece in pieces[:-1])


def test_looks_like_markdown_needs_a_heading_and_more() -> None:
    assert looks_like_markdown(["# Minutes", "", "**Present:** Ann"])
    assert not looks_like_markdown(["# Minutes", "", "Present: Ann"])
    assert not looks_like_markdown(["**Present:** Ann"])


def test_split_front_matter() -> None:
    meta, rest = split_front_matter(["---", "title: Board", "tags:", "  - a", "  - b", "---", "# Board"])
    assert meta == {"title": "Board", "tags": "a, b"}
    assert rest == ["# Board"]


def test_strip_inline_keeps_code_and_snake_case() -> None:
    assert strip_inline("**Bold** [link](http://x.org) `a*b*c` snake_case_name") == "Bold link a*b*c snake_case_name"


def test_html_block_runs_to_its_close_tag_past_blank_lines() -> None:
    lines = ["<table>", "<tr><td>a</td><td>b</td></tr>", "", "<tr><td>c</td><td>d</td></tr>", "</table>", "after"]
    start = HTML_START.match(lines[0])
    assert start is not None
    end = html_block_end(lines, 0, start)
    assert end == 5
    (table,) = html_blocks("\n".join(lines[:end]))
    assert table.rows == (("a", "b"), ("c", "d"))


def test_tab_indented_tables_one_cell_per_line() -> None:
    lines = ["\tName", "\tRole", "", "\tAnn", "\tChair", "", "\tBo", "\tClerk", "Next paragraph"]
    found, end = tab_indented_tables(lines, 0)
    assert end == 8
    assert found is not None and found[0].rows == (("Name", "Role"), ("Ann", "Chair"), ("Bo", "Clerk"))


def test_joins_wrapped_only_after_a_long_line() -> None:
    long_line = "x" * WRAPPED_WIDTH
    assert joins_wrapped(long_line, "and the rest", wrapped=True)
    assert not joins_wrapped(long_line, "Apologies: Ann", wrapped=True)
    assert not joins_wrapped("short", "and the rest", wrapped=True)
    # In a file of one paragraph per line, only a long line cut mid-sentence goes on in lower case.
    assert not joins_wrapped(long_line + ".", "and the rest", wrapped=False)
    assert not joins_wrapped(long_line, "And the rest", wrapped=False)
    assert joins_wrapped(long_line, "and the rest", wrapped=False)


@pytest.mark.parametrize("gap", ["            ", "\t"])
def test_numbers_spaced_off_their_text_are_list_items_not_a_table(gap: str) -> None:
    text = f"Minutes\n1.{gap}Welcome and prayer\n2.{gap}Apologies from Kate and Mary\n3.{gap}Minutes of last meeting\n"
    doc = load(text.encode(), source="a.txt", markdown=False)
    assert [(b.kind, b.label, b.text) for b in doc.blocks[1:]] == [
        (BlockKind.LIST_ITEM, "1.", "Welcome and prayer"), (BlockKind.LIST_ITEM, "2.", "Apologies from Kate and Mary"),
        (BlockKind.LIST_ITEM, "3.", "Minutes of last meeting")]


def test_a_table_of_three_columns_opened_by_numbers_stays_a_table() -> None:
    text = "Actions\n1.    Book the hall    Ann\n2.    Order chairs     Bo\n"
    doc = load(text.encode(), source="a.txt", markdown=False)
    assert doc.blocks[1].kind is BlockKind.TABLE


def test_a_wrapped_bullets_short_tail_is_no_layout_title() -> None:
    officers = [("Vice Chair", "John Dale", "Peter Wren", "Barbara Lamb"),
                ("Secretary", "Barbara Lamb", "Joan Dale", "Val Sharp"),
                ("Treasurer", "Joan Dale", "Barbara Lamb", "Bill Rowe"),
                ("Roll Officer", "Barbara Cole", "Bill Rowe", "June Dale")]
    lines = ["Minutes of the Church Council held on 21st March 2018 in the church hall", "",
             "4. Appointment of Officers"]
    for office, holder, proposer, seconder in officers:
        head = f"• {office} – {holder} – proposed {proposer} after a long discussion, seconded"
        lines += [head.ljust(62), f"  {seconder}"]
    doc = load("\n".join(lines).encode(), source="a.txt", markdown=False)
    assert [b.kind for b in doc.blocks[2:]] == [BlockKind.LIST_ITEM] * 4
    assert doc.blocks[2].text.endswith("seconded Barbara Lamb")


def test_a_numbered_line_wrapped_at_its_full_width_goes_on() -> None:
    lines = ["Minutes of the Trustees", "",
             "49.15 To discuss what the Trustees would do in the event of the",
             "Committee being unable to raise the funds to keep the Village",
             "Hall running",
             "It was reported that in this event the hall would stand unused.", "",
             "50.15 To confirm the Charity Commission Annual Return has been completed",
             "Trustee Hodson confirmed this had been actioned."]
    doc = load("\n".join(lines).encode(), source="a.txt", markdown=False)
    assert [(b.kind, b.text) for b in doc.blocks[1:]] == [
        (BlockKind.LIST_ITEM, "To discuss what the Trustees would do in the event of the Committee being unable to "
                              "raise the funds to keep the Village Hall running"),
        (BlockKind.PARAGRAPH, "It was reported that in this event the hall would stand unused."),
        (BlockKind.LIST_ITEM, "To confirm the Charity Commission Annual Return has been completed"),
        (BlockKind.PARAGRAPH, "Trustee Hodson confirmed this had been actioned.")]


def test_short_lines_over_their_items_sentences_are_headings_when_the_shape_repeats() -> None:
    text = ("Technical Committee\nMinutes of 22 August 2024\n\n"
            "Welcome\nThe chair opened the call at 7:04 am and reviewed the policy.\n\n"
            "Agenda\nThe chair reviewed the agenda for the meeting.\n\n"
            "Project Update\nThe team gave its annual review of the project.\n\n"
            "Approval of Minutes from August Meeting\nThe minutes were approved.\n")
    doc = load(text.encode(), source="a.txt", markdown=False)
    assert [b.text for b in doc.blocks if b.kind is BlockKind.HEADING] == [
        "Technical Committee", "Welcome", "Agenda", "Project Update", "Approval of Minutes from August Meeting"]


def test_two_short_lines_over_sentences_prove_no_headings() -> None:
    text = ("Technical Committee\n\nWelcome\nThe chair opened the call at 7:04 am.\n\n"
            "Agenda\nThe chair reviewed the agenda for the meeting.\n")
    doc = load(text.encode(), source="a.txt", markdown=False)
    assert not [b for b in doc.blocks if b.kind is BlockKind.HEADING]


def test_a_long_numbered_title_closed_by_a_colon_has_its_body_below() -> None:
    text = ("Minutes of the Parish Council\n"
            "4. Notes of last meeting on 13th July 2023 to be approved as minutes:-\n"
            "       The minutes were signed as a true record.\n"
            "5. Planning:- None.\n")
    doc = load(text.encode(), source="a.txt", markdown=False)
    assert [(b.kind, b.text) for b in doc.blocks[1:3]] == [
        (BlockKind.LIST_ITEM, "Notes of last meeting on 13th July 2023 to be approved as minutes:-"),
        (BlockKind.PARAGRAPH, "The minutes were signed as a true record.")]


def test_a_dated_entry_title_over_a_line_of_its_own_is_a_title_like_its_siblings() -> None:
    text = ("Agenda 20250204\n- demo of the login flow for the portal\n- started to align the two services\n\n"
            "Agenda 20250115\nDemo\n- notebook management demo\n- share data on versioned bucket\n\n"
            "Agenda 20241210\naligned with the other team on login topics\n- agreed on user and team association\n\n"
            "Agenda 20241126\n- showcased package creation for sharing data\n- explained the roadmap\n")
    doc = load(text.encode(), source="a.txt", markdown=False)
    assert [b.text for b in doc.blocks if b.kind is BlockKind.HEADING and b.text.startswith("Agenda")] == [
        "Agenda 20250204", "Agenda 20250115", "Agenda 20241210", "Agenda 20241126"]
    dates = [r.meeting.date for r in extract_all(text.encode(), format="text")]
    assert dates == ["2025-02-04", "2025-01-15", "2024-12-10", "2024-11-26"]
