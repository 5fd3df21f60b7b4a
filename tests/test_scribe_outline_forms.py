"""Scribe and dialogue minutes kept as one outline or as turns: forms of shared meeting notes
(Google-Doc notes, steering committees, working groups). Every snippet is invented.
"""

from __future__ import annotations

from notes_extract import extract_text
from notes_extract.models import MinutesRecord


def markdown(data: str) -> MinutesRecord:
    return extract_text(data, format="markdown")


def test_a_topics_bullet_beside_the_attendees_bullet_labels_the_topics_nested_under_it() -> None:
    record = markdown("**Orchard Steering Committee**\n\n**October 4, 2025**\n\n"
                      "* **Attendees**\n    * Ana Lopez\n    * Ben Stone\n    * Carla Diaz\n"
                      "* **Topics**\n    * Charter review\n        * The draft is in the shared folder\n"
                      "            * Ben: the voting section needs more work\n"
                      "            * **Consensus**: quorum is half the voting members\n"
                      "    * Election schedule\n        * Nominations open in April for all seats\n"
                      "            * **Decision**: elections close on 30 May\n"
                      "* **Action items**\n    * Ben to rewrite the voting section\n")
    assert [s.title for s in record.sections] == ["Charter review", "Election schedule"]
    assert [p.name for p in record.attendance.present] == ["Ana Lopez", "Ben Stone", "Carla Diaz"]
    assert [d.text for d in record.decisions] == ["quorum is half the voting members", "elections close on 30 May"]
    assert [(a.text, a.section) for a in record.actions] == [("Ben to rewrite the voting section", None)]


def test_attendees_written_initials_first_go_on_past_a_bare_first_name_and_a_handle() -> None:
    record = markdown("# Intl Task Group Meeting 2025-12-15\n\n# Attendees\n\n"
                      "- AL: Ana Lopez (ACME)\n- BS: Ben Stone (INIT)\n- Frank\n"
                      "- CDZ: Carla M. Diaz (GLBX) @cdiaz\n- DE: Dan Eriksen (DE)\n\n"
                      "# Plural rules\n\nAL: the proposal is ready for review.\n\n"
                      "BS: I have some concerns about the fallback.\n\nCDZ: it matches what engines do today.\n\n"
                      "DE: I'll file an issue for the fallback.\n")
    assert [p.name for p in record.attendance.present] == [
        "Ana Lopez", "Ben Stone", "Frank", "Carla M. Diaz", "Dan Eriksen"]
    assert [s.title for s in record.sections] == ["Plural rules"]
    assert [[o.name for o in a.owners] for a in record.actions] == [["Dan Eriksen"]]


def test_attendees_with_organisation_and_initials_go_on_past_a_note_and_a_dotted_organisation() -> None:
    record = markdown("# Message Format Working Group\n\n#### Attendees:\n- Ana Lopez - Acme (ACM)\n"
                      "- Ben J. Stone - Initech (INI) - joined late and left before the end of the call\n"
                      "- Dan Eriksen - Hoo.li (HOO)\n- Carla Diaz - Globex & Co (GLX)\n\n"
                      "## Selectors\n\nACM: the draft uses match.\n\nINI: fine by me.\n\n"
                      "HOO: what about the fallback?\n\nACM: unchanged.\n\nGLX: I'll update the spec text.\n")
    assert [p.name for p in record.attendance.present] == ["Ana Lopez", "Ben J. Stone", "Dan Eriksen", "Carla Diaz"]
    assert [s.title for s in record.sections] == ["Selectors"]


def test_a_scribes_presenting_line_names_the_items_presenter_by_initials_or_name() -> None:
    record = markdown("# Widgets CG Video Call, 2025-01-07\n\n## Attendees\n\n* Ana Lopez\n* Ben Stone\n"
                      "* Carla Diaz\n\n## Threads update\n\nBS presenting [slides](https://example.com/slides).\n\n"
                      "AL: Does this cover shared memory?\n\nBS: Yes, through the same mechanism.\n\n"
                      "CD: What about the timeline?\n\n## Tail calls\n\n(Carla Diaz presenting)\n\n"
                      "AL: Are there two implementations?\n\nCD: Yes, both engines ship it.\n")
    assert [(s.title, s.presenter) for s in record.sections] == [
        ("Threads update", "Ben Stone"), ("Tail calls", "Carla Diaz")]


def test_attendees_whose_names_open_with_a_latin_extended_capital_go_on_the_list() -> None:
    record = markdown("# Intl Task Group Meeting 2025-12-15\n\n# Attendees\n\n"
                      "- AL: Ana Lopez (ACME)\n- MC: Maša Ćorić (INIT)\n- BS: Ben Stone (GLBX)\n"
                      "- AK: Ana Łukasik (ACME)\n\n# Plural rules\n\nAL: the proposal is ready for review.\n\n"
                      "MC: I have concerns about the fallback.\n\nBS: it matches what engines do today.\n\n"
                      "AK: I'll file an issue for the fallback.\n")
    assert [p.name for p in record.attendance.present] == ["Ana Lopez", "Maša Ćorić", "Ben Stone", "Ana Łukasik"]
