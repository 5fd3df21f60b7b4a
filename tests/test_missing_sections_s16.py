"""Sections the extractor missed, sixteenth round: forms of agenda items found by invented minutes.

Each test is a short invented document in one style; its items are what a reader writes as sections.
"""

from __future__ import annotations

from notes_extract import extract_text

_HEAD = "# Steering committee\n\nDate: 2025-03-04\n\nAttendees: Ann Lee, Bo Ode, Cy Rand\n\n"


def _titles(text: str, fmt: str) -> list[str]:
    return [section.title for section in extract_text(text, format=fmt).sections]


def test_issue_references_and_links_after_a_title_are_no_part_of_it() -> None:
    # "(#12)", a bare link, "[[S12-3]](...)": where the item is tracked, not its subject
    text = _HEAD + ("## Agenda\n\n- Budget review (#12)\n  - We reviewed the budget and agreed it for next year.\n"
                    "- Hiring plan https://example.org/13\n  - Two roles are open and are being advertised.\n"
                    "- Office move [[S12-3]](https://example.org/s12-3)\n  - The move is planned for June.\n")
    assert _titles(text, "markdown") == ["Budget review", "Hiring plan", "Office move"]


def test_emphasis_typed_in_a_plain_text_file_is_no_part_of_a_title() -> None:
    text = ("Friends of the Library\nCommittee meeting 4 March 2025\nPresent: Ann Lee, Bo Ode, Cy Rand\n\n"
            "1. **Budget** - we have 2,000 pounds in the account.\n"
            "2. **Website** - the new site is live and working well.\n"
            "3. **Summer fete** - booked for 12 July on the green.\n")
    assert _titles(text, "text") == ["Budget", "Website", "Summer fete"]


_COUNCIL = "MILLBROOK PARISH COUNCIL\nMinutes of the meeting held on 3 April 2025\n\n" \
    "Present: Cllr A Lee (Chair), Cllr B Ode, Cllr C Rand\n\n"


def test_titles_in_capitals_run_into_their_text_are_the_items() -> None:
    # the change of case is the only mark: "PLANNING No applications", "2. DECLARATIONS OF INTEREST None."
    text = _COUNCIL + ("1. APOLOGIES Cllr D Fox.\n2. DECLARATIONS OF INTEREST None.\n"
                       "3. PLANNING No applications were received.\n"
                       "4. HIGHWAYS The pothole on Mill Lane has been reported again.\n")
    assert [t.casefold() for t in _titles(text, "text")] == ["declarations of interest", "planning", "highways"]
    text = _COUNCIL + ("MATTERS ARISING from the minutes: the bench has been repaired.\n\n"
                       "FINANCE the balance at the bank is £4,321.\n\n"
                       "PLANNING no applications had been received.\n")
    assert _titles(text, "text") == ["MATTERS ARISING", "FINANCE", "PLANNING"]


def test_acronyms_opening_sentences_are_no_titles() -> None:
    # "OECD also has one": the capitals are the sentence's subject; a payment's line is no item
    text = _HEAD + ("## Notes\n\n- OECD also has one, but it gathers from other sources.\n"
                    "- AIAAIC https://example.org goes a bit further than that.\n\n"
                    "## Payments\n\nCPRE Subscription renewal £25.00\n\nGAPTC Annual subscription £474.29\n")
    assert _titles(text, "markdown") == ["Notes", "Payments"]


def test_label_paragraphs_of_both_cases_make_one_style_of_items() -> None:
    # two sentence-case labels and a Title Case one: three "Label: text" items, the first right under
    # the attendance; "Tim asked: ..." leads a quotation and is no item
    text = ("# Community Choir committee - 9 Oct 2024\n\nPresent: Ann Lee, Bo Ode, Cy Rand\n\n"
            "**Concert planning:** The winter concert will be on 14 December at the church.\n\n"
            "**Music library:** Bo has catalogued the scores; some are missing.\n\n"
            "Tim asked: can the scores be lent out to members between rehearsals?\n\n"
            "**Fees:** Agreed to keep fees at £30 per term.\n")
    assert _titles(text, "markdown") == ["Concert planning", "Music library", "Fees"]


def test_topics_with_notes_after_the_header_lines_are_the_items() -> None:
    # the numbered topics follow the header's role lines, or an opening sentence, not the attendance line
    notes = ("1. Repairs\n - The lift has been fixed at last after three weeks of waiting.\n"
             " - Damp in flat 4 was reported to the landlord by letter.\n"
             "2. Rent increase\n - A letter was sent to the landlord asking for the figures.\n"
             "3. Social\n - The quiz night raised £200 for the summer outing fund.\n")
    head = "Tenants association\nMeeting 4 March 2025\nPresent: Ann Lee, Bo Ode, Cy Rand\n"
    for between in ("Chair: Ann Lee\nMinutes: Bo Ode\n\n",
                    "\nThe chair opened the meeting at 7pm and welcomed everyone.\n\n"):
        assert _titles(head + between + notes, "text") == ["Repairs", "Rent increase", "Social"]


def test_labelled_bullets_named_by_one_word_none_of_the_attendees_is_called_are_topics() -> None:
    # "Repairs", "Social": no attendee's name, so topics, in plain or bold labels; "- Ann: ..." stays a turn
    bullets = ("- {0}Repairs{0}: The lift has been fixed at last after three weeks.\n"
               "- {0}Rent increase{0}: A letter was sent to the landlord.\n- {0}Social{0}: The quiz raised £200.\n")
    head = "# Tenants association - 4 March 2025\n\nPresent: Ann Lee, Bo Ode, Cy Rand\n\n"
    for bold in ("", "**"):
        assert _titles(head + bullets.format(bold), "markdown") == ["Repairs", "Rent increase", "Social"]
    turns = "- Ann: I think the lift is fixed.\n- Bo: It broke again on Monday.\n- Cy: We should write again.\n"
    assert _titles(head + turns, "markdown") == []


def test_items_numbered_with_a_hash_in_plain_text() -> None:
    text = ("Chess Club committee\nMeeting 3 April 2025\nPresent: Ann Lee, Bo Ode, Cy Rand\n\n"
            "#1 Finance\nSubscriptions are due at the end of the month.\n\n"
            "#2 Tournament\nThe spring tournament had 30 entries.\n\n#3 Equipment\nNew clocks are needed.\n")
    assert _titles(text, "text") == ["Finance", "Tournament", "Equipment"]


def test_equals_signs_before_a_title_make_a_heading_with_or_without_the_closing_ones() -> None:
    # "== Budget" (no closing fence), "== Item 1: Budget ==" (a colon in the title); "==> x" is no heading
    notes = "- The treasurer said we have 2,000 pounds.\n- Subscriptions are slow.\n"
    head = "Club committee\nMeeting 4 March 2025\nPresent: Ann Lee, Bo Ode\n\n"
    for fence in ("== {}", "= {}", "== Item {}: {} =="):
        lines = [fence.format(*((n, t) if "Item" in fence else (t,))) for n, t in ((1, "Budget"), (2, "Website"))]
        text = head + lines[0] + "\n" + notes + lines[1] + "\n" + notes
        assert _titles(text, "text") == ["Budget", "Website"]
