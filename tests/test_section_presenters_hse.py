"""Presenters and kinds of items, as invented minutes write them."""

from notes_extract import extract_text


def _heads(text: str, fmt: str = "text") -> list[tuple[str, str | None]]:
    record = extract_text(text, format=fmt)
    return [(section.title, section.presenter) for section in record.sections]


def test_two_letter_names_and_initials_in_brackets_present_items() -> None:
    # "(Bo)", "(CR)": a first name of two letters or initials, ending several headings the same way
    text = """Riverside Allotment Society - Committee Meeting
4 March 2025

Present: 9 members

1. Minutes of the last meeting (AL)
Approved as a true record.

2. Finance (Bo)
Plot rents of £1,240 have been received.

3. Annual show (CR)
The show will be held on 14 September.

4. Website (Jo)
The new site is live.

5. Any other business
None.
"""
    assert _heads(text)[:4] == [("Minutes of the last meeting", "AL"), ("Finance", "Bo"), ("Annual show", "CR"),
                                ("Website", "Jo")]


def test_one_bracketed_word_alone_names_no_presenter() -> None:
    text = """Riverside Allotment Society - Committee Meeting
4 March 2025

Present: 9 members

1. Minutes of the last meeting
Approved as a true record.

2. Finance (VAT)
The return was filed.

3. Annual show
The show will be held on 14 September.
"""
    assert _heads(text)[1] == ("Finance (VAT)", None)


def test_office_and_holder_as_the_title_gives_a_report_by_that_person() -> None:
    # "**Treasurer Ann Lee:** ..." under "## Officer reports": her report
    text = """# Valley Radio Club - monthly meeting

Date: 13 November 2024

## Officer reports

**President Rob Tan:** Thank you to everyone who came to the supper.

**Treasurer Ann Lee:** The treasurer's report was read and passed.

**VP Bo Ode:** The parade is on 2 December.

**Trustee Cy Rand:** The repeater still has interference.
"""
    record = extract_text(text, format="markdown")
    assert [(s.title, s.kind, s.presenter) for s in record.sections] == [
        ("President Rob Tan", "report", "Rob Tan"), ("Treasurer Ann Lee", "report", "Ann Lee"),
        ("VP Bo Ode", "report", "Bo Ode"), ("Trustee Cy Rand", "report", "Cy Rand")]


def test_a_demonstration_is_reported() -> None:
    from notes_extract.extractors.sections import section_kind

    assert section_kind("Java SDK demo") == "report"
    assert section_kind("Demonstration") == "report"
    assert section_kind("Demo day planning") == "discussion"
