"""Tables minutes hold, read the same whatever the format (pdftab battery rules): a topic table's
action cell saying there is no task ("None", "N/A", "-"), and a log of decisions laid out as a table
("No. | Decision", "Ref | Decision | Proposed by"), each on an invented Markdown snippet."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.document import Block, BlockKind
from notes_extract.models import MinutesRecord
from notes_extract.segment.decision_logs import classify_decision_log


def markdown(data: str) -> MinutesRecord:
    return extract(data.encode(), format="markdown")


_TOPICS = """# Ferry Lane Allotments Committee

Date: 4 March 2027

Present: Rosa Teague (Chair), Ned Plummer, Ula Quist

| Discussion Points | Notes | Actions: Responsible/None |
|---|---|---|
| Water troughs | The trough by the gate leaks | Ned to replace the trough valve |
| Seed swap | The swap drew forty people | None |
| Compost bays | Bays are full | N/A |
| Shed roof | Felt is lifting at one corner | - |
"""


def test_an_action_cell_saying_none_sets_no_task() -> None:
    record = markdown(_TOPICS)
    assert [s.title for s in record.sections] == ["Water troughs", "Seed swap", "Compost bays", "Shed roof"]
    assert [(a.text, [o.name for o in a.owners]) for a in record.actions] == [
        ("Ned to replace the trough valve", ["Ned Plummer"])]


_LOG = """# Quarry Hill Cycling Club Committee

Date: 9 May 2027

## Club rides

Sunday rides now start at nine.

## Decision log

| Ref | Decision | Proposed by |
|---|---|---|
| D1 | The club kit order is placed with the new supplier. | Ina Varley |
| D2 | Junior membership is free for the first year. | Olek Brandt |
"""


def test_a_table_of_decisions_gives_one_decision_a_row() -> None:
    record = markdown(_LOG)
    assert [(d.text, d.outcome) for d in record.decisions] == [
        ("The club kit order is placed with the new supplier.", "carried"),
        ("Junior membership is free for the first year.", "carried"),
    ]
    assert [d.proposer for d in record.decisions] == ["Ina Varley", "Olek Brandt"]


def test_a_decision_column_beside_an_owner_column_is_no_log() -> None:
    # "Decision | Owner": tasks that carry out decisions, not a log of them
    def table(*header: str) -> Block:
        return Block(BlockKind.TABLE, "", rows=(header, ("D1", "Kit order placed", "Ina Varley")))
    assert classify_decision_log(table("Ref", "Decision", "Owner")) is None
    assert classify_decision_log(table("Ref", "Decision", "Proposed by")) == {"text": 1, "proposer": 2}
    assert classify_decision_log(table("No.", "Decisions made", "Date")) == {"text": 1}
    # "Item | Decision": each agenda item's outcome beside the item it names, not a log
    assert classify_decision_log(table("No.", "Item", "Decision")) is None
