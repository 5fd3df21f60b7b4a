"""Chat-paste and wiki forms of scribed minutes (round 3 of the scribe battery): pasted team-chat
messages under "Name  9:31 AM" headers, "== Topic ==" headings over labelled lines, Zakim's
"agendum N -- X -- taken up" lines. Small invented snippets; all names and bodies are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from notes_extract import extract

BATTERY = Path(__file__).parent / "data" / "battery" / "scribe"


def _record(text: str, fmt: str = "text"):  # type: ignore[no-untyped-def]
    return extract(text.encode(), format=fmt)


def _titles(record) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.title for s in record.sections]


def _paste(header: str) -> str:
    """A pasted chat under topic labels, each message under a header written as ``header``
    (formatted with the sender's name and a clock)."""
    return (
        "Kite club committee call\n"
        "Date: 3 February 2026\n"
        "Participants: Ines Moll, Pavel Kray, Rosa Lind\n\n"
        "Topic 1: Spring fly-in venue\n\n"
        f"{header.format(who='Ines Moll', clock='7:02 PM')}\n"
        "The usual field is being reseeded until May\n\n"
        f"{header.format(who='Pavel Kray', clock='7:03 PM')}\n"
        "The beach car park could work if the council agrees\n"
        "I can ask the harbour office about a permit\n\n"
        f"{header.format(who='Rosa Lind', clock='7:05 PM')}\n"
        "Fine by me, the beach gives better wind anyway\n\n"
        "Decision: hold the spring fly-in at the beach car park\n\n"
        "Topic 2: Line safety leaflet\n\n"
        f"{header.format(who='Pavel Kray', clock='7:11 PM')}\n"
        "The leaflet still shows the old line weights\n\n"
        f"{header.format(who='Rosa Lind', clock='7:12 PM')}\n"
        "I will redraw the diagram before the fly-in\n\n"
        "Action: Ines to reprint the safety leaflet\n"
    )


@pytest.mark.parametrize("header", ["{who}  {clock}", "{who} — {clock}", "{who} [{clock}]"])
def test_a_chat_header_names_the_speaker_of_the_lines_under_it(header: str) -> None:
    record = _record(_paste(header))
    assert _titles(record) == ["Spring fly-in venue", "Line safety leaflet"]
    owned = {a.text: [o.name for o in a.owners] for a in record.actions}
    assert owned.get("I will redraw the diagram before the fly-in") == ["Rosa Lind"]
    assert [p.name for p in record.attendance.present] == ["Ines Moll", "Pavel Kray", "Rosa Lind"]


def test_lines_with_clocks_in_the_minutes_are_no_chat_headers() -> None:
    text = ("Allotment society meeting\n\nMeeting opened 7:30 PM\n\nPresent: Ann Lee, Bo Chan\n\n"
            "1. Water butts\nThe butts were cleaned.\n\nMeeting closed 9:10 PM\n")
    record = _record(text)
    assert all(":" not in p.text.split()[0] for s in record.sections for p in s.points)


_WIKI_NOTES = (
    "#garden-crew weekly sync - notes\n"
    "Thu 12 Feb 2026\n"
    "Joined: Hana Ruiz, Kofi Mensah, Ulla Berg, Tomas Grau\n"
    "Chair: Kofi Mensah\n\n"
    "== Seed order ==\n"
    "Hana Ruiz: the seed catalogue prices went up by a fifth this year\n"
    "Ulla Berg: the bean seeds we saved last autumn should cover half\n"
    "Kofi Mensah: let us order only the tomato and squash seeds then\n"
    "Action item: Hana to send the reduced seed order to the supplier\n\n"
    "== Shed roof ==\n"
    "Tomas Grau: the felt on the shed roof has torn along the ridge line\n"
    "Kofi Mensah: we agreed to spend up to 120 pounds on new roof felt\n"
    "Action item: Tomas to buy the felt and the clout nails for the roof\n"
    "Action item: Ulla to book the work party for the first dry weekend\n"
)


def test_wiki_headings_and_labelled_lines_are_never_run_together() -> None:
    record = _record(_WIKI_NOTES)
    assert _titles(record) == ["Seed order", "Shed roof"]
    sections = {a.text.split(" to ", 1)[1]: a.section for a in record.actions}
    assert sections == {"send the reduced seed order to the supplier": "Seed order",
                        "buy the felt and the clout nails for the roof": "Shed roof",
                        "book the work party for the first dry weekend": "Shed roof"}
    assert {p.name for p in record.attendance.present} == {"Hana Ruiz", "Kofi Mensah", "Ulla Berg", "Tomas Grau"}


def test_battery_items_for_chat_pastes_and_wiki_headings() -> None:
    slack = extract(BATTERY / "06-slack-paste.txt")
    assert _titles(slack) == ["Sign-up screen copy", "Analytics events"]
    wiki = extract(BATTERY / "30-slack-thread-actions.txt")
    assert _titles(wiki) == ["Backlog", "Weekend coverage"]


_AGENDA_BOT = (
    "Map Tiles CG\n"
    "5 March 2026\n\n"
    "Present: okeller, pnadir, wsato\n"
    "Chair: okeller\n"
    "Scribe: wsato\n\n"
    "<okeller> zakim, take up item 1\n"
    "<Zakim> agendum 1 -- Vector tile cache headers -- taken up [from okeller]\n\n"
    "pnadir: caches drop our tiles after an hour\n"
    "pnadir: a longer max-age would help the slow links\n"
    "wsato: one day is enough for most layers\n"
    "RESOLUTION: vector tiles are served with a one-day max-age\n\n"
    "<okeller> zakim, next item\n"
    "<Zakim> agendum 2 -- Style sheet versioning -- taken up\n\n"
    "okeller: nobody has a proposal yet\n"
    "wsato: I can write one up for next week\n"
    "ACTION: wsato to draft a style sheet versioning proposal\n\n"
    "<okeller> zakim, end meeting\n"
)


def test_an_agenda_bot_taking_up_an_item_opens_its_topic() -> None:
    record = _record(_AGENDA_BOT)
    assert _titles(record) == ["Vector tile cache headers", "Style sheet versioning"]
    assert [a.section for a in record.actions] == ["Style sheet versioning"]


_RAW_MEETBOT = (
    "[18:30:01] <mhollis> #startmeeting docs-team\n"
    "[18:30:01] <logbot> Meeting started Tue Feb 17 18:30:01 2026 UTC. The chair is mhollis.\n"
    "[18:30:09] <mhollis> #chair mhollis rvance\n"
    "[18:30:20] <rvance> hello\n"
    "[18:30:25] <tkiri> hi\n"
    "[18:31:00] <mhollis> #topic Translation freeze\n"
    "[18:31:40] <tkiri> the freeze should move a week later\n"
    "[18:32:30] <mhollis> #agreed translation freeze moves to 3 March\n"
    "[18:33:10] <mhollis> #action rvance to announce the new freeze date\n"
    "[18:41:52] <mhollis> #endmeeting\n"
)


def test_a_raw_meetbot_log_gives_its_date_times_chair_and_people() -> None:
    record = _record(_RAW_MEETBOT)
    assert record.meeting.date == "2026-02-17"
    assert (record.meeting.start_time, record.meeting.end_time) == ("18:30", "18:41")
    assert record.meeting.chair == "mhollis"
    assert [p.name for p in record.attendance.present] == ["mhollis", "rvance", "tkiri"]
    assert _titles(record) == ["Translation freeze"]
