""""Motion to X by Ann, 2nd by Bo": the mover after "by", the seconder after the US "2nd by"."""

from notes_extract.extractors.movers import fill_movers
from notes_extract.models import Decision
from notes_extract.people import Roster


def _movers(text: str) -> tuple[str | None, str | None]:
    decision = Decision(text=text, kind="motion", outcome="carried")
    fill_movers(decision, text, Roster(["Priya Shah", "Colm Reid", "Ines Faro", "Ruth Obi"]))
    return decision.proposer, decision.seconder


def test_mover_before_2nd_by() -> None:
    assert _movers("Motion to repaint the bandstand by Priya, 2nd by Colm. Passed.") == ("Priya Shah", "Colm Reid")


def test_motion_after_another_sentence() -> None:
    text = "Quotes were compared. Motion to pick the lower quote by Ines; 2nd by Ruth."
    assert _movers(text) == ("Ines Faro", "Ruth Obi")
