"""Team logs whose entries are headed by a day and month alone ("## November 8"), a week or a
whole number of weeks apart: each is a meeting. Dates of one meeting's events, spaced as events
are, keep the meeting whole. All names and lines are invented."""

from __future__ import annotations

from notes_extract import extract_all


def _log(days: list[str]) -> bytes:
    entries = [f"## {day}\n\n- Kit to update the wiring diagram.\n- Rosa to book the lab.\n" for day in days]
    return ("# Rover Team Notes – November 29\n\nKept by Rosa after each stand-up.\n\n" + "\n".join(entries)).encode()


def test_yearless_headings_a_week_apart_are_the_entries_of_a_log() -> None:
    records = extract_all(_log(["November 8", "November 15", "November 29"]), format="markdown")
    assert len(records) == 3
    assert "split at its dated headings" in records[0].warnings[0]
    assert any("No date was found for this entry" in w for w in records[0].warnings)  # no year is invented


def test_yearless_headings_spaced_as_events_keep_one_meeting() -> None:
    records = extract_all(_log(["November 8", "November 12", "November 29"]), format="markdown")
    assert len(records) == 1


def test_a_line_of_names_under_an_entrys_date_is_who_came() -> None:
    log = ("# 8 Sep 2023\n\nKit, Rosa, Wen, Dara\n\n## Discussion\n- The wiring diagram is nearly done.\n\n"
           "# 1 Sep 2023\n\nKit, Rosa, Wen\n\n## Discussion\n- The rover drove ten metres.\n")
    records = extract_all(log.encode(), format="markdown")
    assert [[p.name for p in r.attendance.present] for r in records] == [["Kit", "Rosa", "Wen", "Dara"],
                                                                         ["Kit", "Rosa", "Wen"]]


def test_two_places_under_a_title_are_no_attendance() -> None:
    records = extract_all(b"# Field trip 8 Sep 2023\n\nLeeds, York\n\n## Discussion\n- The bus was late.\n",
                          format="markdown")
    assert records[0].attendance.present == []


def test_a_page_header_with_the_day_over_the_minutes_of_that_day_is_one_meeting() -> None:
    page = ("Garden Patient Group – 23rd September\n\n6pm-8pm at the health centre\n\n"
            "Minutes of hybrid meeting 23rd Sept 2024\n\nPresent: Ann Lee, Bo Ode\n\n"
            "1. Minutes of last meeting\nApproved.\n\n2. Practice update\nThe new phone system works well.\n")
    records = extract_all(page.encode(), format="text")
    assert len(records) == 1 and records[0].meeting.date == "2024-09-23"


def test_owners_after_a_to_do_label_at_the_end_of_a_task() -> None:
    records = extract_all(b"# Team 7 kickoff 18 Jan 2021\n\nPresent: Kit Moss, Rosa Diaz, Wen Li\n\n## Tasks\n"
                          b"- submit the meeting notes (repository) - *to do: Rosa*\n"
                          b"- complete the group page - *to do: Kit, Wen*\n", format="markdown")
    assert [(a.text, [o.name for o in a.owners]) for a in records[0].actions] == [
        ("submit the meeting notes (repository)", ["Rosa Diaz"]), ("complete the group page", ["Kit Moss", "Wen Li"])]
