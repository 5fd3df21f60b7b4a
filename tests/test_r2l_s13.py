"""Scribe minutes and team logs (r2l, s13): chat logs whose stamps carry the day, a weekly log's
date range in its title, plural scribe labels, and the room's assent to a proposal. All names,
lines and dates are invented."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.extractors.meeting_title import clean_meeting_title


def _record(text: str, fmt: str = "text"):  # type: ignore[no-untyped-def]
    return extract(text.encode(), format=fmt)


def _points(record) -> list[str]:  # type: ignore[no-untyped-def]
    return [p.text for s in record.sections for p in s.points]


# A logger that writes the day into every stamp, and the channel's notices of people coming and going.
_DATED_LOG = (
    "[2031-04-14 18:02:11] <pim> evening all, let's get going\n"
    "[2031-04-14 18:02:15] → tove joined (~tove@example.invalid)\n"
    "[2031-04-14 18:02:40] <rud> hi pim\n"
    "[2031-04-14 18:03:02] <pim> Topic: Spring fair stalls\n"
    "[2031-04-14 18:03:30] <rud> we have eleven stalls booked so far\n"
    "[2031-04-14 18:04:01] ⇐ sol quit (~sol@example.invalid): Ping timeout: 240 seconds\n"
    "[2031-04-14 18:04:20] <tove> I will ask the bakery about a stall\n"
    "[2031-04-14 18:05:00] — rud waves\n"
    "[2031-04-14 18:05:12] <pim> thanks, that is all for tonight\n"
)


def test_a_chat_log_whose_stamps_carry_the_day_is_read_as_turns() -> None:
    record = _record(_DATED_LOG)
    assert [s.title for s in record.sections] == ["Spring fair stalls"]
    assert any("eleven stalls" in p for p in _points(record))


def test_a_chat_log_read_as_turns_keeps_the_day_its_stamps_give() -> None:
    record = _record(_DATED_LOG)
    assert record.meeting.date == "2031-04-14"
    assert "tove: I will ask the bakery about a stall" in _points(record)  # a turn, its stamp gone


def test_the_channel_notices_of_joining_and_leaving_are_no_part_of_the_minutes() -> None:
    record = _record(_DATED_LOG)
    points = " ".join(_points(record))
    assert "eleven stalls" in points
    assert "joined" not in points and "Ping timeout" not in points


def test_a_bare_stamped_day_and_clock_with_tabs_is_a_chat_log_too() -> None:
    log = "".join(f"2031-04-14 18:0{n}:00\t<{who}>\t{said}\n" for n, (who, said) in enumerate([
        ("pim", "shall we start"), ("rud", "yes"), ("pim", "Topic: Parking"), ("rud", "the car park is full again"),
        ("tove", "I will write to the council about it")]))
    record = _record(log)
    assert [s.title for s in record.sections] == ["Parking"]
    assert record.meeting.date == "2031-04-14"


def test_a_chat_logs_first_message_is_not_its_title() -> None:
    log = ("[18:02:11] <pim> evening all, let's get going\n"
           "[18:02:40] <rud> hi pim\n"
           "[18:03:30] <rud> eleven stalls are booked so far\n"
           "[18:04:20] <tove> I will ask the bakery about a stall\n")
    record = _record(log)
    assert record.meeting.title is None


def test_a_weekly_logs_date_range_leaves_the_title_whole() -> None:
    assert clean_meeting_title("Team log (March 3 - 9, 2031)") == "Team log"
    assert clean_meeting_title("Group 7 Week 4 Log (Sept 29 - Oct 5)") == "Group 7 Week 4 Log"
    assert clean_meeting_title("Sprint review – Mar 3 to Mar 9 2031") == "Sprint review"


def test_a_weekly_log_titled_with_its_date_range() -> None:
    text = ("# Team log (March 3 - 9, 2031)\n\n## Attendees\n- Ida Pell\n- Oren Vask\n\n"
            "## Work done\n- Drafted the survey questions\n- Set up the shared drive\n")
    record = _record(text, "markdown")
    assert record.meeting.title == "Team log"


def test_a_scribes_heading_names_the_minute_taker() -> None:
    text = ("# Working group call\n\n## Present\n* Ida Pell\n* Oren Vask\n\n### Scribes\n* Oren Vask\n\n"
            "## Topics\n\n### Survey\n* IP: the survey closes on Friday\n* OV: we have forty replies\n"
            "* IP: good\n* OV: I will chase the rest\n")
    record = _record(text, "markdown")
    assert record.meeting.minute_taker == "Oren Vask"


def test_a_note_of_who_backed_a_proposal_makes_it_a_decision() -> None:
    text = ("# Meeting Notes: Release sync, 3 March 2031\n\n"
            "**Attendance:**\n- pim\n- rud\n- tove\n\n"
            "### 1. Release date\n\n"
            "- _pim:_ I suggest we tag the release on Thursday and announce it on Monday. Everyone fine with that?\n\n"
            "_Support by rud, tove, no detractors._\n\n"
            "### 2. Other questions\n\nNone\n")
    record = _record(text, "markdown")
    texts = [d.text for d in record.decisions]
    assert any(t.startswith("I suggest we tag the release on Thursday") for t in texts), texts
    assert not any(t.startswith("Support by") for t in texts)


def test_a_call_for_objections_the_scribe_heard_from_another_speaker() -> None:
    log = ("[Tue 10:00:01] <lou> scribe: lou\n"
           "[Tue 10:00:20] <lou> kim: Topic: Budget\n"
           "[Tue 10:01:02] <lou> kim: any objections to moving the budget vote to May?\n"
           "[Tue 10:01:20] <ned> no objection, +1\n"
           "[Tue 10:01:40] <ari> no objection\n"
           "[Tue 10:02:00] <lou> kim: fine, next item\n")
    record = _record(log)
    assert any(d.text == "any objections to moving the budget vote to May?" for d in record.decisions), \
        [d.text for d in record.decisions]


def test_a_team_logs_upcoming_goals_and_plan_for_the_next_cycle_are_to_do_lists() -> None:
    for heading in ("Upcoming goals", "Planning for the next cycle", "Plans for the next milestone"):
        text = (f"# Team log, 3 March 2031\n\n## Work done\n- Drafted the survey questions\n\n## {heading}\n"
                "- Pilot the survey with two classes\n- Book the lab for the user tests\n")
        record = _record(text, "markdown")
        assert [a.text for a in record.actions] == ["Pilot the survey with two classes",
                                                   "Book the lab for the user tests"], heading
        assert heading not in [s.title for s in record.sections]
