"""An item's title line that carries its own result: "Approval of Minutes
08/08/23-approved", "Treasurer's Report – Accepted as presented". The line is the item (its title before the
result) and what it records (the whole line, read as the item's decision)."""

from __future__ import annotations

from dataclasses import replace

from notes_extract.document import BlockKind, make_block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.parts import SectionSpan

# "...-approved", "... – Accepted as presented", "...: adopted unanimously": the result closing the title.
_RESULT_TAIL = lazy_compile(r"^(?P<title>\S.{2,80}?)\s*[-–—:]\s*(?i:(?:unanimously\s+)?(?:approved|accepted|adopted|"
                            r"carried|passed|ratified)(?:\s+(?:unanimously|as\s+(?:presented|written|read|amended|"
                            r"corrected|distributed)))?)\W*$")


def title_with_result(span: SectionSpan) -> SectionSpan:
    """The span, titled without the result its title line carries, and that line its first text."""
    if span.rest.strip() or span.title_hint or span.heading is None or span.heading.kind is BlockKind.TABLE:
        return span
    m = _RESULT_TAIL.match(span.heading_text.strip())
    if m is None:
        return span
    line = make_block(BlockKind.PARAGRAPH, span.heading_text.strip(), page=span.heading.page)
    return replace(span, title_hint=m["title"].strip(), blocks=[line, *span.blocks])
