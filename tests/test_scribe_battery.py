"""Scribe battery (round 2): dialogue and chat-log minutes as text and Markdown. Small invented
snippets for each rule, then the battery items (`tests/data/battery/scribe/`) for the fields the
rules fixed. All names, bodies and lines are invented."""

from __future__ import annotations

import json
from pathlib import Path

from notes_extract import extract

BATTERY = Path(__file__).parent / "data" / "battery" / "scribe"


def _record(text: str, fmt: str = "text"):  # type: ignore[no-untyped-def]
    return extract(text.encode(), format=fmt)


def _titles(record) -> list[str]:  # type: ignore[no-untyped-def]
    return [s.title for s in record.sections]


# Unpunctuated turns of even width, no full stops: a scribe's lines, not a PDF's wrapped lines.
_UNPUNCTUATED_TURNS = (
    "Orchard Volunteers call - 4 May 2026\n\n"
    "Present: Wanda Fisk, Omar Bell, Tess Ngata\n\n"
    "topic: Pruning schedule for the old pear trees\n\n"
    "Wanda Fisk: the pears need pruning before the blossom comes out again\n"
    "Omar Bell: we could borrow the long ladders from the church hall people\n"
    "Tess Ngata: I can ask the warden about the ladders this weekend then\n"
    "Wanda Fisk: fine, let us aim for the second weekend of the month then\n\n"
    "topic: Cider pressing day and the hire of the big apple press\n\n"
    "Omar Bell: the press hire costs more this year than it did in the past\n"
    "Tess Ngata: we might share the hire with the allotment society instead\n"
    "Wanda Fisk: good idea, they asked about pressing days in the spring too\n"
    "Omar Bell: I can phone their secretary about sharing the hire cost too\n"
)


def test_unpunctuated_turns_are_not_joined_as_wrapped_lines() -> None:
    record = _record(_UNPUNCTUATED_TURNS)
    assert _titles(record) == ["Pruning schedule for the old pear trees",
                               "Cider pressing day and the hire of the big apple press"]


_RULED_TOPICS = (
    "Bike kitchen meeting, 2026-03-03\n"
    "Present: rina, jos, abel\n\n"
    "--- Topic: spare parts shelf\n"
    "19:01 <rina> the shelf is full of broken chains\n"
    "19:02 <jos> we could sell them for scrap\n"
    "== Topic: opening hours ==\n"
    "19:05 <abel> saturdays are busiest\n"
    "19:06 <rina> then open at ten on saturdays\n"
)


def test_a_topic_line_set_off_by_rules_opens_its_item() -> None:
    assert _titles(_record(_RULED_TOPICS)) == ["spare parts shelf", "opening hours"]


_PLAIN_TOPIC_LINES = (
    "Kiln Group weekly - June 3, 2026\n\n"
    "Attendees: Rhoda Vance (RV), Luis Amaro (LA), Pia Stone (PS)\n\n"
    "Glaze stock\n"
    "RV: the celadon glaze is almost gone\n"
    "LA: supplier says three weeks for a new batch\n"
    "PS: we can mix a test batch ourselves meanwhile\n\n"
    "Firing rota\n"
    "LA: the weekend firings clash with the open studio\n"
    "RV: move them to Monday nights in July\n"
)


def test_a_short_plain_line_over_turns_is_a_topic() -> None:
    assert _titles(_record(_PLAIN_TOPIC_LINES)) == ["Glaze stock", "Firing rota"]


_TABLE_ROSTER_TURNS = (
    "# Toy Library Sync\n\n"
    "| Attendee | Area |\n|---|---|\n| Greer Holt | Loans |\n| Ivo Mann | Repairs |\n| Jae Park | Funding |\n\n"
    "**Topic: Broken puzzles**\n\n"
    "> **Ivo Mann:** six puzzles came back with pieces missing.\n"
    "> **Greer Holt:** we could charge a small fee.\n"
    "> **Jae Park:** a fee would put families off.\n\n"
    "**Topic: Grant report**\n\n"
    "> **Jae Park:** the report is due at the end of May.\n"
)


def test_speakers_declared_in_an_attendance_table_make_turns_not_sections() -> None:
    assert _titles(_record(_TABLE_ROSTER_TURNS, "markdown")) == ["Broken puzzles", "Grant report"]


_BARE_ROLE_HEAD = (
    "Ferry Timetable Community Group\n"
    "12 March 2026\n\n"
    "Present\n"
    "       Moira Penn, Aldo Ricci, Sven Holm\n\n"
    "Regrets\n"
    "       Ula Brandt\n\n"
    "Chair\n"
    "       Moira Penn\n\n"
    "Scribe\n"
    "       aricci\n\n"
    "Topic: Winter sailings\n\n"
    "<moira> the winter sailings start in November\n"
    "<sven> the early boat is often empty\n"
    "<aldo> drop it on Sundays then\n"
)


def test_a_bare_chair_label_over_an_indented_name_is_the_chair() -> None:
    record = _record(_BARE_ROLE_HEAD)
    assert record.meeting.chair == "Moira Penn"
    assert [a.name for a in record.attendance.apologies] == ["Ula Brandt"]
    assert "Chair" not in _titles(record) and "Scribe" not in _titles(record)


def _gold(name: str) -> dict:  # type: ignore[type-arg]
    return json.loads((BATTERY / f"{name}.gold.json").read_text())


def _battery_record(name: str):  # type: ignore[no-untyped-def]
    path = next(p for p in BATTERY.glob(f"{name}.*") if not p.name.endswith(".json"))
    return extract(path)


def _gold_titles(name: str) -> list[str]:
    return [s["title"] for s in _gold(name)["sections"]]


def test_battery_sections_of_fixed_items() -> None:
    for name in ("11-gdoc-initials", "20-irc-plain-dashes", "31-w3c-irc-nick-colon-rrsagent",
                 "28-table-attendees-transcript"):
        assert _titles(_battery_record(name)) == _gold_titles(name), name


def test_battery_w3c_head_fields() -> None:
    record = _battery_record("01-w3c-rrsagent")
    assert record.meeting.chair == "Ines Marlow"
    assert [a.name for a in record.attendance.apologies] == ["Owen Falk"]
    assert _titles(record) == _gold_titles("01-w3c-rrsagent")


_MEETBOT_SUMMARY = (
    "#quarry-team: Quarry team weekly\n"
    "=================================\n\n"
    "Meeting started by dfenn at 17:00:03 UTC on 2026-02-10. The full logs are available online.\n\n"
    "Meeting summary\n---------------\n"
    "* Hardware order  (dfenn, 17:01:10)\n"
    "  * INFO: the new disks arrive Tuesday  (moss_k, 17:02:15)\n"
    "  * AGREED: install the disks on Wednesday  (dfenn, 17:04:40)\n"
    "* Backup rotation  (dfenn, 17:06:00)\n"
    "  * ACTION: moss_k to test a restore from last week's backup  (dfenn, 17:08:12)\n\n"
    "Meeting ended at 17:12:30 UTC.\n\n"
    "Action Items\n------------\n"
    "* moss_k to test a restore from last week's backup\n\n"
    "People Present (lines said)\n---------------------------\n"
    "* dfenn (30)\n* moss_k (12)\n* ybarra (4)\n* quarrybot (2)\n"
)


def test_a_meetbot_summary_reads_as_minutes() -> None:
    record = _record(_MEETBOT_SUMMARY, "markdown")
    assert _titles(record) == ["Hardware order", "Backup rotation"]
    assert [a.name for a in record.attendance.present] == ["dfenn", "moss_k", "ybarra"]
    assert record.meeting.chair == "dfenn"
    assert record.meeting.end_time == "17:12"
    assert [d.text for d in record.decisions] == ["install the disks on Wednesday"]
    assert [(a.section, [o.name for o in a.owners]) for a in record.actions] == [("Backup rotation", ["moss_k"])]


def test_battery_meetbot_summaries() -> None:
    for name in ("04-meetbot-summary",):
        record = _battery_record(name)
        assert _titles(record) == _gold_titles(name), name
        assert [a.name for a in record.attendance.present] == [p["name"] for p in _gold(name)["attendance"]["present"]]


_RECAP_FOOT = (
    "Tram Users Forum call\n14 May 2026\n\n"
    "Present: Kit Ames, Lorna Voss, Pim Dekker\n"
    "Chair: Kit Ames\n\n"
    "Topic: Night services\n\n"
    "<kit> the night tram trial ends in June\n"
    "<lorna> ridership doubled on Fridays\n"
    "ACTION: lorna to send the ridership figures to the operator\n"
    "<pim> I can draft the letter asking to keep it\n"
    "ACTION: pim to draft the letter asking to keep the night tram\n\n"
    "Summary of Action Items\n\n"
    "[NEW] ACTION: lorna to send the ridership figures to the operator\n"
    "[NEW] ACTION: pim to draft the letter asking to keep the night tram\n\n"
    "[End of minutes]\n"
)


def test_the_recap_of_actions_at_a_scribed_pages_foot_repeats_no_action() -> None:
    record = _record(_RECAP_FOOT)
    assert [(a.text.split(" to ", 1)[1], a.section) for a in record.actions] == [
        ("send the ridership figures to the operator", "Night services"),
        ("draft the letter asking to keep the night tram", "Night services")]


def test_recap_lines_run_together_are_split_and_dropped() -> None:
    joined = _RECAP_FOOT.replace("operator\n[NEW]", "operator [NEW]")
    assert len(_record(joined).actions) == 2


_BRACKETED_BRINGERS = (
    "# Choir Committee Notes\n\n## 2026-04-02\n\n"
    "**Attendees:**\n- Nell Arden\n- Quade Lomax\n- Rae Sutter\n\n"
    "**Agenda:**\n"
    "- [Nell Arden] Summer concert programme (10 min)\n"
    "  - two pieces still need a soloist\n"
    "- [Quade Lomax] Robe cleaning (5 min)\n"
    "  - the dry cleaner quoted for forty robes\n"
    "- [WIP] Music library catalogue\n"
    "  - half the scores are entered\n"
)


def test_a_bracketed_name_opening_an_agenda_item_is_its_presenter() -> None:
    record = _record(_BRACKETED_BRINGERS, "markdown")
    assert [(s.title, s.presenter) for s in record.sections] == [
        ("Summer concert programme", "Nell Arden"), ("Robe cleaning", "Quade Lomax"),
        ("[WIP] Music library catalogue", None)]


_NAME_SUBHEADINGS = (
    "# Lab Safety Group - 2026-05-20\n\n"
    "Present: Irma Castell, Joel Brandt, Kemi Ade\n\n"
    "## Fume hoods\n\n### Irma Castell\n- two hoods failed the airflow test\n\n"
    "### Joel Brandt\n- the contractor comes on Friday\n- hoods stay tagged until then\n\n"
    "## Spill kits\n\n### Kemi Ade\n- kits restocked in every lab\n"
)


def test_a_subheading_naming_only_an_attendee_heads_their_turn() -> None:
    assert _titles(_record(_NAME_SUBHEADINGS, "markdown")) == ["Fume hoods", "Spill kits"]
