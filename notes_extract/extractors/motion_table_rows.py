"""Rows of a table of motions ("Motion | Moved | Seconded | Result"): one decision each."""

from __future__ import annotations

from collections.abc import Callable

from notes_extract.extractors.motion_steps import person_named
from notes_extract.models import Decision
from notes_extract.people import Roster
from notes_extract.segment import MotionTable


def table_decisions(table: MotionTable, roster: Roster,
                    complete_decision: Callable[[Decision, str, Roster], None]) -> list[Decision]:
    """Rows of a table of motions: text, mover, seconder and result (read by ``complete_decision``)."""
    cols = table.columns
    out: list[Decision] = []
    for row in table.table.rows[1:]:
        cells = list(row) + [""] * (len(table.table.rows[0]) - len(row))
        text = cells[cols["text"]].strip()
        if not text:
            continue
        decision = Decision(text=text, kind="agreement" if table.decided else "motion", section=table.section)
        if table.decided:
            decision.outcome = "carried"  # a log records what was decided; a result column may say otherwise
        if "proposer" in cols and cells[cols["proposer"]].strip():
            decision.proposer = person_named(cells[cols["proposer"]], roster)
        if "seconder" in cols and cells[cols["seconder"]].strip():
            decision.seconder = person_named(cells[cols["seconder"]], roster)
        if "outcome" in cols:
            complete_decision(decision, cells[cols["outcome"]], roster)
        out.append(decision)
    return out
