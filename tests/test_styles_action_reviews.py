"""Reviews of earlier actions, and action text: invented snippets of each style.

Previous-actions tables with free-text status cells, tables restated as "New actions",
lists reviewed under a review heading, and action text that a soft line break must not cut.
"""

from __future__ import annotations

from notes_extract import extract
from notes_extract.extractors.status import status_of
from notes_extract.models import Action, MinutesRecord


def markdown(data: str) -> MinutesRecord:
    return extract(data.encode(), format="markdown")


def text(data: str) -> MinutesRecord:
    return extract(data.encode(), format="text")


def by_text(record: MinutesRecord, start: str) -> Action:
    found = [a for a in record.actions if a.text.startswith(start)]
    assert len(found) == 1, [a.text for a in record.actions]
    return found[0]


ROSTER = """# Orchard Society Committee

4 March 2024

Present

- Hannah Wilde (HW)
- Oskar Berg (OB)
- Priya Nair (PN)

"""

REVIEW_TABLE = ROSTER + """1\\. Actions from the last meeting

| No. | Detail | Resp. | Status |
| --- | --- | --- | --- |
| 4.1 | Book the village hall for the spring fair | HW | Done - booked for 12 May |
| 4.2 | Draft the pruning rota | OB | Not done |
| 4.3 | Ask the council about the water butt grant | PN | OB to chase them |

2\\. Fair planning

The fair will need more volunteers this year.
"""


class TestPreviousActionsTable:
    def test_every_row_is_one_previous_action_and_the_header_none(self) -> None:
        record = markdown(REVIEW_TABLE)
        assert [a.ref for a in record.actions] == ["4.1", "4.2", "4.3"]
        assert all(a.origin == "previous_meeting" for a in record.actions)
        assert not any(a.text.startswith("No.") for a in record.actions)

    def test_status_cells_are_normalised_and_a_note_gives_none(self) -> None:
        record = markdown(REVIEW_TABLE)
        assert by_text(record, "Book the village hall").status == "done"
        assert by_text(record, "Draft the pruning rota").status == "open"
        assert by_text(record, "Ask the council").status_text is None

    def test_initials_resolve_through_the_roster(self) -> None:
        record = markdown(REVIEW_TABLE)
        assert [o.name for o in by_text(record, "Draft the pruning rota").owners] == ["Oskar Berg"]

    def test_the_review_section_is_kept(self) -> None:
        record = markdown(REVIEW_TABLE)
        assert by_text(record, "Book the village hall").section == "Actions from the last meeting"

    def test_a_log_without_an_owner_column(self) -> None:
        record = markdown(ROSTER + """## Matters arising

| Ref | Item | Update |
| --- | --- | --- |
| 7 | Replace the gate padlock | Complete |
| 8 | Order new labels for the jam stall | Carried forward |
""")
        assert [(a.ref, a.status) for a in record.actions] == [("7", "done"), ("8", "in_progress")]

    def test_a_topic_table_is_still_no_action_log(self) -> None:
        record = markdown(ROSTER + """## Reports

| Item | Update |
| --- | --- |
| Treasury | Balance is healthy |
| Membership | Two new members |
""")
        assert record.actions == []


class TestRestatedActions:
    def test_new_actions_table_restating_reviewed_rows_is_the_same_actions(self) -> None:
        record = markdown(REVIEW_TABLE + """
New actions

| No. | Detail | Resp. |
| --- | --- | --- |
| 4.2 | Draft the pruning rota | OB & PN |
| 4.4 | Print the fair posters | HW |
""")
        assert [a.ref for a in record.actions] == ["4.1", "4.2", "4.3", "4.4"]
        rota = by_text(record, "Draft the pruning rota")
        assert [o.name for o in rota.owners] == ["Oskar Berg", "Priya Nair"]
        assert rota.origin == "previous_meeting"

    def test_rows_of_one_table_stay_apart(self) -> None:
        record = markdown(ROSTER + """## Actions

| Action | Owner |
| --- | --- |
| Sweep the barn | HW |
| Sweep the barn | HW |
""")
        assert len(record.actions) == 2


class TestStatusWords:
    def test_negated_done_is_open(self) -> None:
        assert status_of("Not done") == "open"
        assert status_of("not yet complete") == "open"
        assert status_of("Done - sent 3 May") == "done"


class TestSoftLineBreaks:
    def test_a_commitment_cut_by_a_line_break_is_one_action(self) -> None:
        long_line = "The committee looked at the quotes for the new fencing and the gate posts."
        record = markdown(ROSTER + f"""## Fencing

{long_line}
After the meeting the secretary collected the paperwork, and Hannah will post the
cheques to the supplier this week.

This is a line that is quite a bit wider than a hundred characters so that the file does not look wrapped.
""")
        [action] = [a for a in record.actions if "Hannah will post" in a.text]
        assert action.text.endswith("Hannah will post the cheques to the supplier this week.")


REVIEW_LINES = ROSTER + """## Review of actions

- 51-2 This is ongoing; the quotes are still with the council.
- ACTION 40.3: Hannah to write to the landowner. Done.
- B7: Oskar to fix the shed door - carried forward
- [6.1] Priya to renew the insurance - closed

## Action items from last meeting

- Hannah: send the newsletter - done
- Oskar - prune the pear trees - ongoing

## Matters arising

- The hall roof was discussed at length.

## Fair planning

Hannah will book the band.
"""


class TestReviewLines:
    def test_numbered_references_keep_their_ref_and_status(self) -> None:
        record = markdown(REVIEW_LINES)
        reviewed = [(a.ref, a.status) for a in record.actions if a.origin == "previous_meeting" and a.ref]
        assert reviewed == [("51-2", "in_progress"), ("40.3", "done"), ("B7", "in_progress"), ("6.1", "done")]

    def test_the_status_sentence_is_not_part_of_the_text(self) -> None:
        record = markdown(REVIEW_LINES)
        assert by_text(record, "Hannah to write").text == "Hannah to write to the landowner."

    def test_name_prefixed_lines_under_a_review_heading(self) -> None:
        record = markdown(REVIEW_LINES)
        newsletter = by_text(record, "send the newsletter")
        assert [o.name for o in newsletter.owners] == ["Hannah Wilde"]
        assert (newsletter.status, newsletter.origin) == ("done", "previous_meeting")
        assert by_text(record, "prune the pear trees").status == "in_progress"

    def test_discussion_under_matters_arising_and_new_actions_stay_as_they_are(self) -> None:
        record = markdown(REVIEW_LINES)
        assert not [a for a in record.actions if "roof" in a.text]
        assert by_text(record, "Hannah will book").origin == "this_meeting"
