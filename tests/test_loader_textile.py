"""Textile minutes, as Redmine wikis keep them. Invented pages."""

from __future__ import annotations

from notes_extract import extract
from notes_extract.document import BlockKind
from notes_extract.loaders import load
from notes_extract.loaders.text.textile import inline, looks_like_textile

PAGE = """h1. Steering meeting 2019-04-02

{{toc}}

*Present:* Ann Lee, Bo Ode
*Apologies:* Cy Rand

h2. Release plan

* The beta goes out on Friday.
** Docs are still missing.
* We agreed to freeze features next week.

h2. Actions

|_. Owner |_. Task |_. Due |
| Bo Ode | Write the release notes | 2019-04-05 |
| Ann Lee | Book the demo room | 2019-04-09 |
"""


def test_textile_headings_lists_and_tables() -> None:
    blocks = load(PAGE.encode(), source="wiki.textile").blocks
    assert [(b.kind, b.level, b.text) for b in blocks if b.kind is not BlockKind.TABLE][:6] == [
        (BlockKind.HEADING, 1, "Steering meeting 2019-04-02"),
        (BlockKind.PARAGRAPH, 0, "Present: Ann Lee, Bo Ode"),
        (BlockKind.PARAGRAPH, 0, "Apologies: Cy Rand"),
        (BlockKind.HEADING, 2, "Release plan"),
        (BlockKind.LIST_ITEM, 0, "The beta goes out on Friday."),
        (BlockKind.LIST_ITEM, 1, "Docs are still missing."),
    ]
    table = next(b for b in blocks if b.kind is BlockKind.TABLE)
    assert table.rows[0] == ("Owner", "Task", "Due")


def test_textile_minutes_give_a_record() -> None:
    record = extract(PAGE.encode(), format="text")
    assert [p.name for p in record.attendance.present] == ["Ann Lee", "Bo Ode"]
    assert [s.title for s in record.sections] == ["Release plan"]
    assert [(a.text, [o.text for o in a.owners]) for a in record.actions] == [
        ("Write the release notes", ["Bo Ode"]), ("Book the demo room", ["Ann Lee"])]


def test_inline_markup_and_detection() -> None:
    assert inline('See "the plan":https://example.org/plan, *now* and _then_.') == "See the plan, now and then."
    assert looks_like_textile(["h2. Notes", "text"])
    assert not looks_like_textile(["# Notes", "h2. is how Textile writes a heading", "## More"])
