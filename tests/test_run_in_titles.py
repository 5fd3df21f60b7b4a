"""Items titled at the start of their own paragraph, with only a separator after the title
(`segment/run_in_titles.py`): "Finance - the treasurer ...", "Finance. The treasurer ...",
"Finance (Cy): ...", one separator or several in one document."""

from __future__ import annotations

import pytest

from notes_extract import extract_text

HEAD = """Riverside Allotment Society
Committee meeting, 4 March 2024

Present: Ann Lee (chair), Bo Chan, Cy Dunn
Apologies: Di Evans

"""
ITEMS = ("Minutes of last meeting", "Finance", "Water supply", "Any other business")
TEXTS = ("the minutes of the February meeting were approved as a true record.",
         "the treasurer reported a balance of 1,240 pounds. Subscriptions are coming in slowly.",
         "the standpipe on plot 12 is leaking again. Bo will contact the water board this week.",
         "none.")


def _minutes(separators: list[str], capitalise: bool = False) -> str:
    paragraphs = []
    for title, sep, text in zip(ITEMS, separators, TEXTS, strict=True):
        paragraphs.append(f"{title}{sep}{text[0].upper() + text[1:] if capitalise else text}")
    return HEAD + "\n\n".join(paragraphs) + "\n\nNext meeting: 1 April 2024\n"


def _titles(text: str) -> list[str]:
    return [s.title for s in extract_text(text, format="text").sections]


@pytest.mark.parametrize("separators, capitalise", [
    ([" - "] * 4, False),  # "Finance - the treasurer ..."
    ([" \u2013 "] * 4, False),  # an en dash
    ([". "] * 4, True),  # "Water supply. The standpipe ...": sentence-case titles and a full stop
    ([": ", " \u2013 ", " \u2013 ", ": "], False),  # the separators mixed in one document
])
def test_run_in_titles_with_each_separator(separators: list[str], capitalise: bool) -> None:
    assert _titles(_minutes(separators, capitalise)) == list(ITEMS)


def test_presenter_in_brackets_before_the_separator() -> None:
    text = _minutes([" (Ann): ", " (Cy): ", " (Bo): ", ": "])
    record = extract_text(text, format="text")
    assert [s.title for s in record.sections] == list(ITEMS)


def test_officer_lines_and_sentences_are_no_captions() -> None:
    text = (HEAD + "Julie Parker \u2013 Chair\n\nPete Jennings \u2013 Vice Chair\n\nDon Vaughan \u2013 Treasurer\n\n"
            "James received the data. Working on the model now.\n\n"
            "Meeting closed. Thanks to everyone for coming along tonight.\n\n"
            "Dr. Lee said the survey is due. Results follow in May.\n")
    assert _titles(text) == []


def test_captions_under_numbered_items_are_their_points() -> None:
    text = (HEAD + "1. Minutes of the last meeting were accepted.\n\n2. Updates:\n\n"
            "Folders \u2013 new folders were bought from the music fund this month.\n\n"
            "Chairs \u2013 Shirley will meet the caretaker about the chairs in the choir room.\n\n"
            "Robes \u2013 Trudi will arrange the repair of the children's robes soon.\n\n"
            "3. Other business: none.\n")
    titles = _titles(text)
    assert "Folders" not in titles and "Chairs" not in titles


def test_title_lines_over_bulleted_notes_in_markdown() -> None:
    """"- Approved as a true record." ends a list of points; the plain line under it titles the next item
    (a bulleted title over its text, "• Financial." over a sentence, needs that sentence)."""
    text = ("# Riverside Allotment Society\n\nCommittee meeting, 4 March 2024\n\n"
            "Present: Ann Lee (chair), Bo Chan, Cy Dunn\n\n"
            "Minutes of last meeting\n\n- Approved as a true record.\n\n"
            "Finance report\n\n- Balance 1,240 pounds.\n- Subscriptions coming in slowly.\n\n"
            "Water supply\n\n- Standpipe on plot 12 leaking again.\n- Bo to contact the water board.\n\n"
            "Any other business\n\n- None.\n")
    titles = [s.title for s in extract_text(text, format="markdown").sections]
    assert titles == ["Minutes of last meeting", "Finance report", "Water supply", "Any other business"]


def test_one_word_topic_among_labelled_bullets() -> None:
    """"- Finance: ..." among "- Water supply: ..." bullets: a one-word label the text never writes in small
    letters is a topic when most labels are not names; "- Ann: ..." bullets stay turns."""
    topics = ("# Committee meeting, 4 March 2024\n\nPresent: Ann Lee (chair), Bo Chan, Cy Dunn\n\n"
              "- Minutes of last meeting: approved as a true record.\n"
              "- Finance: the treasurer reported a balance of 1,240 pounds.\n"
              "- Water supply: the standpipe on plot 12 is leaking again.\n"
              "- Any other business: none.\n")
    titles = [s.title for s in extract_text(topics, format="markdown").sections]
    assert titles == ["Minutes of last meeting", "Finance", "Water supply", "Any other business"]
    turns = ("# Committee meeting, 4 March 2024\n\n- Ann: the budget looks fine to me.\n"
             "- Bo: we should wait for the audit.\n- Cy: I agree with waiting.\n")
    assert "Ann" not in [s.title for s in extract_text(turns, format="markdown").sections]


def test_first_name_headings_under_a_topic_are_turns() -> None:
    """"### Bo" after "### Ann" under "## Roadmap", both attendees: what each said, not items."""
    text = ("# Team meeting 2024-05-02\n\nAttendees: Ann Lee, Bo Chan\n\n## Roadmap\n\n### Ann\n\n"
            "Wants the search feature first.\n\n### Bo\n\nPrefers fixing performance.\n\n## Hiring\n\n### Ann\n\n"
            "Two candidates for the backend role.\n")
    assert [s.title for s in extract_text(text, format="markdown").sections] == ["Roadmap", "Hiring"]


def test_first_numbered_item_with_its_outcome_right_after_the_attendance_line() -> None:
    """"(1) Minutes of last meeting - the minutes ..." straight after "Present: ...": the first item, not a
    name of the attendance list."""
    lines = [f"({i}) {title} - {body}" for i, (title, body) in enumerate(zip(ITEMS, TEXTS, strict=True), 1)]
    text = HEAD + "\n".join(lines) + "\n"
    assert _titles(text) == list(ITEMS)


def test_item_number_before_the_title_and_its_colon() -> None:
    """"Item 1 - Minutes of last meeting: The minutes ...": the title is what follows the item's number."""
    lines = [f"Item {i} - {title}: {body[0].upper()}{body[1:]}"
             for i, (title, body) in enumerate(zip(ITEMS, TEXTS, strict=True), 1)]
    assert _titles(HEAD + "\n\n".join(lines) + "\n") == list(ITEMS)


@pytest.mark.parametrize("gap", ["\t", "     "])
def test_title_and_text_set_apart_by_a_tab_or_spaces(gap: str) -> None:
    """"Finance<tab>The treasurer reported ...": the text keeps one space; the sentence's first word, capitalised,
    ends the title, where the whole document is written so."""
    lines = [f"{title}{gap}{body[0].upper()}{body[1:]}" for title, body in zip(ITEMS[:3], TEXTS[:3], strict=True)]
    assert _titles(HEAD + "\n\n".join(lines) + "\n") == list(ITEMS[:3])


def test_title_line_with_its_presenter_right_after_the_attendance_line() -> None:
    """"Finance (Cy Dunn)" over a sentence, straight after "Present: ...": the first item and its presenter,
    not one more name of the list."""
    text = ("Riverside Allotment Society\nCommittee meeting, 4 March 2024\n\n"
            "Present: Ann Lee (chair), Bo Chan, Cy Dunn\n\nFinance (Cy Dunn)\n\n"
            "The treasurer reported a balance of 1,240 pounds.\n\nWater supply (Bo Chan)\n\n"
            "The standpipe on plot 12 is leaking again.\n")
    record = extract_text(text, format="text")
    assert [(s.title, s.presenter) for s in record.sections] == [("Finance", "Cy Dunn"), ("Water supply", "Bo Chan")]
    assert [a.name for a in record.attendance.present] == ["Ann Lee", "Bo Chan", "Cy Dunn"]


def test_labelled_bullets_with_a_presenter_in_brackets() -> None:
    """"- Finance (Cy): the treasurer reported ...": each bullet an item, its presenter in brackets."""
    text = ("# Committee meeting, 4 March 2024\n\nPresent: Ann Lee (chair), Boris Chan, Cyril Dunn\n\n" +
            "".join(f"- {title} ({who}): {body}\n"
                    for title, who, body in zip(ITEMS, ("Ann", "Cyril", "Boris", "Ann"), TEXTS, strict=True)))
    sections = extract_text(text, format="markdown").sections
    assert [(s.title, s.presenter) for s in sections] == list(zip(ITEMS, ("Ann Lee", "Cyril Dunn", "Boris Chan",
                                                                          "Ann Lee"), strict=True))
