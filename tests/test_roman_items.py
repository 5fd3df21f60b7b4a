"""Items numbered by roman numbers in plain text: bare numbers before capitals titles ("IV      APPROVAL OF
ACCOUNTS"), and titles run into their text after "III." (invented minutes)."""

from notes_extract import extract_text

_BARE = """Minute of the Kirk Session meeting held on Wednesday 3 July 2024 at 7.00pm.

I          CONSTITUTE
The meeting was constituted by the Moderator with prayer.

II         ATTENDANCE AND APOLOGIES
There were 9 Elders in attendance with the Moderator. 4 apologies were received.

III        HALL LETTING
The Session agreed to let the hall to the nursery on weekday mornings.

IV         APPROVAL OF ACCOUNTS
The Treasurer gave a resume of the accounts, which were approved.
"""

_RUN_IN = """Riverside Garden Club
Minutes of the Board Meeting, 4 March 2024

I. Call to Order. The meeting was called to order at 7:02 pm by President Ann Lee.

II. Roll Call. Present: Ann Lee, Bo Chan, Cy Dunn. Absent: Di Fox.

III. Approval of Minutes. The minutes of the February meeting were approved as read.

IV. Treasurer's Report: The treasurer reported a balance of $1,200 in the checking account.

V. Spring Plant Sale. The sale will be held on 20 April. Bo Chan will book the hall.
"""


def test_bare_roman_numbers_number_the_items() -> None:
    record = extract_text(_BARE, format="text")
    assert [s.title for s in record.sections] == ["CONSTITUTE", "HALL LETTING", "APPROVAL OF ACCOUNTS"]


def test_a_line_opening_with_the_pronoun_is_no_item() -> None:
    text = "Notes of the fair committee, 3 May 2024\n\nI think the fair went well.\n\nFAIR\nIt made £300.\n"
    assert all(not s.title.startswith("think") for s in extract_text(text, format="text").sections)


def test_roman_numbered_titles_run_into_their_text() -> None:
    record = extract_text(_RUN_IN, format="text")
    assert [s.title for s in record.sections] == ["Call to Order", "Approval of Minutes", "Treasurer's Report",
                                                  "Spring Plant Sale"]


def test_a_clock_colon_ends_no_title() -> None:
    text = _RUN_IN + "\nVI. Adjourned at 8:15pm for the executive session.\n"
    titles = [s.title for s in extract_text(text, format="text").sections]
    assert "Spring Plant Sale" in titles and "Adjourned at 8" not in titles


def test_long_formal_titles_ended_by_a_stop() -> None:
    text = """Riverside Garden Club
Minutes of the Board Meeting, 4 March 2024
Present: Ann Lee, Bo Chan, Cy Dunn

1. Approval of the minutes of the previous meeting. The minutes were approved.
2. Report of the treasurer on the accounts for the year. The balance is $1,200.
3. Arrangements for the spring plant sale in the church hall. The sale will be held on 20 April.
"""
    assert [s.title for s in extract_text(text, format="text").sections] == [
        "Approval of the minutes of the previous meeting", "Report of the treasurer on the accounts for the year",
        "Arrangements for the spring plant sale in the church hall"]
