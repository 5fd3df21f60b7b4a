"""Chat-log minutes (s12): an IRC or MeetBot log kept as the minutes, each line a timestamp and/or a
nick, then what was said. Its lines are speaker turns; its own commands ("Topic:", "#topic",
"ACTION:", "#action", "RESOLUTION:", "#agreed", "scribe:") are its structure. All names and lines
are invented."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.document import BlockKind
from notes_extract.loaders import load


def _record(text: str, fmt: str = "text"):  # type: ignore[no-untyped-def]
    return extract(text.encode(), format=fmt)


# A tab between a stamped nick and the words, as chat clients save their logs.
_TABBED_LOG = (
    "[Wed 09:01:10] <kim>\tscribe: lou\n"
    "[Wed 09:01:20] <lou>\tkim: welcome, short call today\n"
    "[Wed 09:02:05] <kim>\tTopic: Garden rota\n"
    "[Wed 09:02:30] <lou>\tkim: we still need someone for the August weekends\n"
    "[Wed 09:02:41] <ned>\tI can take two of them if nobody else wants them\n"
    "[Wed 09:03:02] *\tned checks his calendar\n"
    "[Wed 09:03:40] <kim>\tACTION: ned to send the August rota to the list\n"
    "[Wed 09:04:00] <kim>\tTopic: Tool shed\n"
    "[Wed 09:04:22] <lou>\tkim: the lock is broken again and the hinges are rusting through\n"
    "[Wed 09:04:51] <ned>\tthe hardware shop has the same lock for a few pounds\n"
    "[Wed 09:05:10] <kim>\tRESOLUTION: replace the shed lock this month\n"
)


def test_a_tab_separated_chat_log_is_read_line_by_line_not_as_a_table() -> None:
    doc = load(_TABBED_LOG.encode(), source="log.txt")
    assert all(block.kind is BlockKind.PARAGRAPH for block in doc.blocks)
    assert len(doc.blocks) == len(_TABBED_LOG.splitlines())


def test_topic_lines_said_in_a_chat_open_its_items() -> None:
    record = _record(_TABBED_LOG)
    assert [s.title for s in record.sections] == ["Garden rota", "Tool shed"]


def test_an_action_line_in_a_chat_is_one_action_of_its_item() -> None:
    record = _record(_TABBED_LOG)
    assert [(a.text, a.section) for a in record.actions] == [("ned to send the August rota to the list", "Garden rota")]


def test_a_resolution_said_in_a_chat_is_a_decision() -> None:
    record = _record(_TABBED_LOG)
    assert [d.text for d in record.decisions] == ["replace the shed lock this month"]


def test_the_scribe_named_in_a_chat_is_the_minute_taker() -> None:
    assert _record(_TABBED_LOG).meeting.minute_taker == "lou"


def test_meetbot_commands_are_the_logs_topics_actions_and_decisions() -> None:
    text = ("18:00 <pat> #startmeeting hosting team\n"
            "18:00 <pat> scribenick: ros\n"
            "18:01 <pat> #topic Mirror outage\n"
            "18:01 <ros> the east mirror was down for six hours on sunday\n"
            "18:02 <vic> disk filled up with old snapshots\n"
            "18:03 <pat> #agreed prune snapshots older than a month\n"
            "18:03 <pat> #action vic to add a disk alert\n"
            "18:04 <pat> #topic Next release\n"
            "18:05 <ros> freeze is planned for the first week of the month\n"
            "18:06 <pat> #endmeeting\n")
    record = _record(text)
    assert [s.title for s in record.sections] == ["Mirror outage", "Next release"]
    assert [(a.text, a.section) for a in record.actions] == [("vic to add a disk alert", "Mirror outage")]
    assert [d.text for d in record.decisions] == ["prune snapshots older than a month"]
    assert record.meeting.minute_taker == "ros"


def test_a_log_of_bare_nicks_after_a_clock_is_turns_not_timed_items() -> None:
    text = ("# Dev sync 2024-03-02\n\n## Builds\n\nThe nightly build is green again.\n\n## Comic relief\n\n```\n"
            "9:14  tam      #action tidy the release notes\n"
            "9:14  joss     tam: already on it\n"
            "9:14  wen      joss: thanks!\n"
            "9:16  joss     done, pushed\n"
            "9:17  tam      great, thank you both\n"
            "```\n")
    record = _record(text, "markdown")
    assert [s.title for s in record.sections] == ["Builds", "Comic relief"]
    assert [(a.text, a.section) for a in record.actions] == [("tidy the release notes", "Comic relief")]


def test_a_code_blocks_lines_are_text_of_the_item_they_sit_in() -> None:
    text = ("# Working group 2024-03-02\n\n## Attendees\n\n- Ann Lee\n- Bo Ode\n\n"
            "## Proposal for date formatting\n\nAnn showed the shape of the API:\n\n"
            "```js\nconst fmt = new DateFormatter(\"en\");\nDateFormatter.supported()\nReturns\nOptions Bag\n```\n\n"
            "That was all.\n\n## Closing\n\nNothing else.\n")
    assert [s.title for s in _record(text, "markdown").sections] == ["Proposal for date formatting", "Closing"]


def test_a_chat_excerpt_in_a_code_block_opens_no_item_but_its_action_counts() -> None:
    text = ("# Working group 2024-03-02\n\n## Builds\n\nThe nightly build is green.\n\n## Mirror outage\n\n"
            "From the channel:\n\n```\n"
            "<ros> Topic: side note\n<vic> disk filled up again\n<ros> #action vic to add a disk alert\n"
            "<vic> ok\n```\n")
    record = _record(text, "markdown")
    assert [s.title for s in record.sections] == ["Builds", "Mirror outage"]
    assert [(a.text, a.section) for a in record.actions] == [("vic to add a disk alert", "Mirror outage")]


def test_a_resolution_a_speaker_states_in_a_turn_is_the_meetings_decision() -> None:
    text = ("# Working group 2024-03-02\n\nPresent: Ann Lee, Bo Ode\n\n## Budget\n\n"
            "Ann: we are over by a little\n\nBo: then trim the printing line\n\n"
            "Ann: RESOLUTION: trim the printing line by half\n\n## Parks\n\n"
            "Ann: the benches are broken\n\nBo: RESOLVED: close the benches until they are fixed\n")
    assert [d.text for d in _record(text, "markdown").decisions] == [
        "trim the printing line by half", "close the benches until they are fixed"]
