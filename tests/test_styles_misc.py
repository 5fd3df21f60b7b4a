"""Styles of single-meeting minutes: pet forms of attendees' names, a next
meeting given as a span from this one, and a "Topic ---- Presenter" lineup.
All snippets are invented."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.models import MinutesRecord
from notes_extract.people import Roster


def text(data: bytes) -> MinutesRecord:
    return extract(data, format="text")


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
        record = extract(self.LINEUP, format="markdown")
        kinds = {s.title: (s.kind, s.presenter) for s in record.sections}
        assert kinds["Seeds"] == ("report", "Hilda Voss")
        assert kinds["Greenhouse"] == ("report", "Karl Brenner")

    def test_an_attendee_s_item_with_nothing_recorded_is_kept(self) -> None:
        record = extract(self.LINEUP, format="markdown")
        assert [s.title for s in record.sections] == ["Seeds", "Tool Shed", "Greenhouse"]
