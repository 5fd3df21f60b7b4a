"""Where bold lines are a document's headings, a bold line after an action list's tasks is the next item.

An action list may open with an owner's own bold line ("**Ann**" over her tasks), so a bold line inside
the list can name the next owner. Once the list has taken tasks that carry their owners ("[KS] ..."), a
bold line in the document's heading style is the next item ("**Overview**"), not an owner.
"""

from __future__ import annotations

from notes_extract import extract_text

NOTES = """**Project meeting 18 January 2019**

Present: Chris, Marc, Kevin (CS, MS, KS)

**Actions**

[KS] Suggest two earlier reports to read

[MS] Size the test data set

**Overview**

- The plan was agreed.
- The aims were discussed.

**Risks**

- The lab may close in May.
"""


def test_a_bold_heading_after_tasks_with_their_owners_opens_the_next_item() -> None:
    record = extract_text(NOTES, format="markdown")
    assert [a.text for a in record.actions] == ["Suggest two earlier reports to read", "Size the test data set"]
    assert [s.title for s in record.sections] == ["Overview", "Risks"]


def test_owners_on_lines_of_their_own_still_head_their_tasks() -> None:
    notes = ("**Committee meeting 3 May 2024**\n\nPresent: Ann Lee, Bo Ode\n\n**Actions**\n\n**Ann**\n\n"
             "- Book the hall\n\n**Bo**\n\n- Ring the council\n\n**Finance**\n\nThe balance is good.\n")
    record = extract_text(notes, format="markdown")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("Book the hall", ["Ann Lee"]), ("Ring the council", ["Bo Ode"])]
