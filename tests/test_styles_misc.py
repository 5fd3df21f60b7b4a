"""Styles of single-meeting minutes: pet forms of attendees' names, a next
meeting given as a span from this one, and a "Topic ---- Presenter" lineup.
All snippets are invented."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord
from notes_extract.people import Roster


def text(data: bytes) -> MinutesRecord:
    return extract(data, format="text")


def markdown(data: bytes) -> MinutesRecord:
    return extract(data, format="markdown")


class TestPetForms:
    def test_a_pet_form_of_a_first_name_resolves(self) -> None:
        roster = Roster(["Karl Brenner", "Tim Oakes", "Annabel Frost"])
        assert roster.resolve("Karli") == "Karl Brenner"
        assert roster.resolve("Timmy") == "Tim Oakes"

    def test_an_unrelated_longer_name_does_not(self) -> None:
        roster = Roster(["Karl Brenner", "Al Moss"])
        assert roster.resolve("Karla") is None
        assert roster.resolve("Ali") is None  # too short a base to read an ending on

    def test_minute_taker_by_pet_form(self) -> None:
        record = text(b"Design Group\nDate: 2024-03-05\nNotes by: Karli\nAttendees:\n    Karl Brenner\n"
                      b"    Hilda Voss\n\nBudget\nThe budget was reviewed.\n")
        assert record.meeting.minute_taker == "Karl Brenner"


class TestNextMeetingFromThisOne:
    def test_in_two_weeks(self) -> None:
        record = text(b"Design Group\nDate: 2024-03-05\nAttendees: Karl Brenner, Hilda Voss\n\n"
                      b"Budget\nThe budget was reviewed.\n\nClose\nNext meeting in 2 weeks. Thanks all.\n")
        assert record.next_meeting is not None
        assert (record.next_meeting.date, record.next_meeting.tbc) == ("2024-03-19", False)

    def test_in_a_fortnight_spelt_out(self) -> None:
        record = text(b"Design Group\nDate: 2024-03-05\nAttendees: Karl Brenner, Hilda Voss\n\n"
                      b"Budget\nThe budget was reviewed.\n\nThe next meeting will be in a fortnight.\n")
        assert record.next_meeting is not None and record.next_meeting.date == "2024-03-19"


class TestPresenterLineup:
    # Bold lines, as a word processor's export sets such a lineup.
    LINEUP = (b"# Garden Club Board Meeting\n\n12 May 2024\n\nAttendees: Karl Brenner, Hilda Voss, Omar Reyes\n\n"
              b"**Seeds---------------------------------Hilda Voss**\n\n"
              b"Stock is low; an order is due.\n\n"
              b"**Tool Shed-----------------------------Omar Reyes**\n\n"
              b"**Greenhouse---------------------------Karl Brenner**\n\n"
              b"The glazing was repaired.\n")

    def test_items_with_a_presenter_column_are_reports(self) -> None:
        record = markdown(self.LINEUP)
        kinds = {s.title: (s.kind, s.presenter) for s in record.sections}
        assert kinds["Seeds"] == ("report", "Hilda Voss")
        assert kinds["Greenhouse"] == ("report", "Karl Brenner")

    def test_an_attendee_s_item_with_nothing_recorded_is_kept(self) -> None:
        record = markdown(self.LINEUP)
        assert [s.title for s in record.sections] == ["Seeds", "Tool Shed", "Greenhouse"]


class TestMeetingEnd:
    def test_a_close_item_holding_only_a_time(self) -> None:
        record = markdown(b"# Chess Club Committee\n\n4 June 2024\n\n## 1 Budget\n\nThe budget was set.\n\n"
                          b"## 2 Meeting close\n\n4:40pm\n")
        assert record.meeting.end_time == "16:40"
        assert [(s.title, s.kind) for s in record.sections] == [("Budget", "discussion"), ("Meeting close", "other")]

    def test_a_status_cell_beside_a_dated_cell_is_no_end_time(self) -> None:
        record = markdown(b"# Chess Club Committee\n\n4 June 2024\n\nThe meeting was adjourned at 9:10 pm.\n\n"
                          b"| Opened | Task | Status | Opened |\n|---|---|---|---|\n"
                          b"| 01.10.24 | Order clocks | Closed | 03.20.24 |\n")
        assert record.meeting.end_time == "21:10"


class TestDialoguePresenter:
    def test_the_speaker_who_opens_an_item_presents_it(self) -> None:
        record = markdown(b"# Widget CG call, 3 March 2024\n\nPresent: Karl Brenner, Hilda Voss\n\n"
                          b"## Widget sizing\n\n* Hilda: This issue is about sizing widgets; here is the idea.\n"
                          b"* Karl: Sounds fine to me.\n* Hilda: Then I will write it up.\n"
                          b"* Karl: Please add an example.\n\n## Widget colour\n\n* Karl: Red or blue?\n"
                          b"* Hilda: Blue.\n")
        assert [(s.title, s.presenter) for s in record.sections] == [("Widget sizing", "Hilda Voss"),
                                                                        ("Widget colour", "Karl Brenner")]


class TestAgendaItemsWithNothingMinuted:
    DOC = (b"# Widget CG call 2024-03-03\n\n## Present\n\n* Karl Brenner\n* Hilda Voss\n\n## Agenda\n\n"
           b"### widgets/spec\n\n* Sizing rules [#12](https://example.org/12)\n"
           b"  * Karl: the rules are too loose\n  * Hilda: agreed, will tighten\n"
           b"* Colour tokens [#15](https://example.org/15)\n\n"
           b"### widgets/site\n\n* New landing page [#3](https://example.org/3)\n\n## Other\n\n* Nothing else\n")

    def test_items_after_a_discussed_item_are_kept(self) -> None:
        record = markdown(self.DOC)
        assert [s.title for s in record.sections] == ["Sizing rules", "Colour tokens", "New landing page", "Other"]
