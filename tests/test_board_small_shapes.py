"""Small shapes of a board's notes (invented snippets): consent said informally, an action table
whose due column says "next meeting" or "now", and no next meeting made out of that table."""

from notes_extract import extract
from notes_extract.extractors.decisions import decision_kind

_NOTES = """# Board meeting 7 October 2024

Present: Ann Lee, Bo Chan, Cy Dunn

## Discussion

- Everyone happy with the new role description.
- All in support of a small discretionary spend.
- Everyone is happy to help at the open day.

## Actions

| Action | Owner | When |
|---|---|---|
| do the end of year accounts | Bo | now |
| ask the members about parking | Ann | before next meeting |
| propose 18th December for the party | Cy | next week |
"""


def test_informal_consent_is_an_agreement_and_an_offer_to_help_is_not() -> None:
    assert decision_kind("Everyone happy with the new role description.") == "agreement"
    assert decision_kind("All in support of a small discretionary spend.") == "agreement"
    assert decision_kind("Everyone is happy to help at the open day.") is None


def test_an_action_table_gives_no_next_meeting_and_now_is_at_once() -> None:
    record = extract(_NOTES.encode(), format="markdown")
    assert record.next_meeting is None or record.next_meeting.date is None  # named, undated (GOLD R13b)
    dues = {a.text: a.due for a in record.actions}
    accounts = dues["do the end of year accounts"]
    assert accounts is not None and accounts.kind == "asap"
    parking = dues["ask the members about parking"]
    assert parking is not None and (parking.kind, parking.date) == ("next_meeting", None)


_AGM = """## Club AGM, Tuesday 2024-01-09
- Venue: The Hall

- Attendance (:ballot_box_with_check: = member)
  - Ann Lee :ballot_box_with_check:
  - Bo Chan :ballot_box_with_check:
  - Cy Dunn

- Apologies
  - Dee Fox

### 1. Elections
  - Chair: Ann Lee, self nominated
  - Ann Lee elected chair unopposed
"""


def test_an_attendance_label_with_its_key_in_brackets_over_marked_names() -> None:
    record = extract(_AGM.encode(), format="markdown")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Chan", "Cy Dunn"]
    assert [p.name for p in record.attendance.apologies] == ["Dee Fox"]


def test_a_nomination_is_not_the_chair_and_the_weekday_leaves_the_title() -> None:
    meeting = extract(_AGM.encode(), format="markdown").meeting
    assert (meeting.title, meeting.date, meeting.chair) == ("Club AGM", "2024-01-09", None)


def test_an_action_bullet_with_its_deadline_as_a_field_after_a_dash() -> None:
    text = ("# Board meeting, February 15, 2024\n\n## Attendees\n- Helen Wu\n- Sam Oduya\n\n"
            "## Action items\n- Helen – get three insurance quotes – by March 1\n"
            "- Sam – book the park for 2025 – next meeting\n")
    actions = {a.text: a.due for a in extract(text.encode(), format="markdown").actions}
    quotes, park = actions["get three insurance quotes"], actions["book the park for 2025"]
    assert quotes is not None and (quotes.kind, quotes.date) == ("date", "2024-03-01")
    assert park is not None and park.kind == "next_meeting"
