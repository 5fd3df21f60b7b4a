"""An item's title line that carries its own result: "Approval of Minutes
08/08/23-approved", "Treasurer's Report – Accepted as presented". The line is the item (its title before the
result) and what it records (the whole line, read as the item's decision)."""

from __future__ import annotations

from dataclasses import replace

from notes_extract.document import BlockKind, make_block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.segment.parts import SectionSpan

# "...-approved", "... – Accepted as presented", "...: adopted unanimously", "... (passed)": the result closing
# the title.
_RESULT = (r"(?i:(?:unanimously\s+)?(?:approved|accepted|adopted|carried|passed|ratified)(?:\s+(?:unanimously|"
           r"as\s+(?:presented|written|read|amended|corrected|distributed)))?)")
_BRACKETED_RESULT = lazy_compile(rf"\(?\s*{_RESULT}\s*\)?")
_RESULT_TAIL = lazy_compile(rf"^(?P<title>\S.{{2,80}}?)\s*(?:[-–—:]\s*{_RESULT}|\(\s*{_RESULT}\s*\))\W*$")


def title_with_result(span: SectionSpan) -> SectionSpan:
    """The span, titled without the result its title line carries, and that line its first text."""
    if span.heading is None or span.heading.kind is BlockKind.TABLE:
        return span
    m = _RESULT_TAIL.match(span.heading_text.strip())
    if m is None:
        return span
    # (a bracketed result may have been read off as the item's run-in text: "... 2012 (passed)" gives "passed")
    bracketed = bool(_BRACKETED_RESULT.fullmatch(span.rest.strip())) and \
        (not span.title_hint or span.title_hint.strip() == m["title"].strip())
    if (span.rest.strip() or span.title_hint) and not bracketed:
        return span
    line = make_block(BlockKind.PARAGRAPH, span.heading_text.strip(), page=span.heading.page)
    return replace(span, title_hint=m["title"].strip(), rest="", blocks=[line, *span.blocks])
