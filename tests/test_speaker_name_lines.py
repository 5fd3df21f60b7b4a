"""A scribe's name alone on its line ("Hadley:") over a paragraph of what that person said is a
speaker's turn, as "Hadley: text" is: a point of the open item, never an item named after them."""

from __future__ import annotations

from notes_extract import extract_text

_SPEECH = [("Rosa", "I think the schema is the right direction."),
           ("Kwame", "Media types are easy to register, so I am not sure."),
           ("Rosa", "Is it possible for a third party to define them?"),
           ("Kwame", "Any group can register one now."),
           ("Ines", "I would keep both options open.")]


def test_a_name_alone_over_what_was_said_is_a_turn() -> None:
    body = "".join(f"<p>{who}:</p><p>{said}</p>" for who, said in _SPEECH)
    page = ("<html><body><h1>Schema Task Force call</h1><p>Present: Rosa Diaz, Kwame Mensah, Ines Moreau</p>"
            f"<h2>Media types</h2>{body}<h2>Next steps</h2><p>Rosa to draft the proposal.</p></body></html>")
    record = extract_text(page, format="html")
    assert [s.title for s in record.sections] == ["Media types"]
