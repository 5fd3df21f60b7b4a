"""Reports read out in their giver's own words at annual and parish meetings
("REPORT FROM CLLR X", "Chairperson's Report" over "During the year we ..."), on
invented snippets: what the report narrates was done or decided elsewhere."""

from notes_extract import api

_HEAD = ("MINUTES OF THE ANNUAL TOWN MEETING HELD ON 3 MAY 2023\n\n"
         "Present: Cllr Ana Lima, Cllr Tom Reyes, Cllr Joan Fish\n\n"
         "MINUTES OF LAST MEETING\n\n"
         "It was proposed by Cllr Lima and seconded by Cllr Reyes that the minutes be approved.\n\n")


def _read(body: str):
    return api.extract((_HEAD + body).encode(), format="text")


def test_a_givers_account_of_another_bodys_decisions_is_not_a_decision() -> None:
    record = _read("REPORT FROM CLLR FISH (COUNTY)\n\n"
                   "During the year I have sat on the roads board. We agreed that the bridge would be "
                   "repaired by the county, and our committee decided to close the depot. "
                   "I was elected vice chair of the board.\n")
    assert [d.text for d in record.decisions] == [
        "It was proposed by Cllr Lima and seconded by Cllr Reyes that the minutes be approved."]


def test_outsiders_promises_in_a_narrated_report_are_not_actions() -> None:
    record = _read("CHAIRPERSON'S REPORT\n\n"
                   "I thank everyone for their help this year. We met the bus company, and "
                   "Mr Bloggs will send us a new timetable. Our thanks go to him.\n")
    assert record.actions == []


def test_the_givers_promise_for_a_later_meeting_is_their_action() -> None:
    record = _read("REPORT FROM CLLR FISH (COUNTY)\n\n"
                   "I was sorry to miss the spring meeting. Our budget is tight this year. "
                   "I will report on the county budget at the next meeting of the council.\n")
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("I will report on the county budget at the next meeting of the council.", ["Joan Fish"])]


def test_the_meetings_own_decisions_under_a_report_heading_stay() -> None:
    record = _read("TREASURER'S REPORT\n\n"
                   "The treasurer presented the accounts for the year.\n\n"
                   "After discussion it was agreed to renew the insurance.\n")
    assert "After discussion it was agreed to renew the insurance." in [d.text for d in record.decisions]
