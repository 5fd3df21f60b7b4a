"""A log entry's date line that also lists who came: "**2024-04-02** — Ana, Ben, Cy", "## 3 May 2024: Ann Lee,
Bo Ode", "Tuesday 2 April 2024 (Ana, Ben, Cy)". Stand-up and team logs write the attendance on the date line;
the line is read as the entry's date line with an attendance line under it ("Present: Ana, Ben, Cy"), so the
log splits at it as at any date line and the names are the entry's attendance."""

from __future__ import annotations

from dataclasses import replace

from notes_extract.dates import opens_with_full_date
from notes_extract.document import Block, BlockKind, make_block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import looks_like_name
from notes_extract.people_lists import split_people

# The date, then its names after a dash, colon or bar, or in brackets ("... 2024 (Ana, Ben)").
_DATE_THEN_NAMES = lazy_compile(r"^(?P<date>.+?)(?:\s+[-–—|:]\s+|:\s+|\s+\()(?P<names>[^()]+?)\)?\s*$")
# Names a date line lists, at least: one name after a date is more often a presenter or a topic.
MIN_LISTED_NAMES = 2
# A name on such a line is a first name or a full name, not a phrase.
MAX_NAME_WORDS = 3
# The date line's own words before the names: a weekday, the date, perhaps "Meeting" (no sentence).
MAX_DATE_WORDS = 6


def split_dated_names(blocks: list[Block]) -> list[Block]:
    """The blocks, each date line that lists its names followed by a "Present:" line of them."""
    out: list[Block] = []
    for block in blocks:
        found = _dated_names(block)
        if found is None:
            out.append(block)
            continue
        date, names = found
        out.append(replace(block, text=date, lead_bold=date if block.lead_bold else ""))
        out.append(make_block(BlockKind.PARAGRAPH, f"Present: {', '.join(names)}", index=block.index,
                              page=block.page))
    return out


def _dated_names(block: Block) -> tuple[str, list[str]] | None:
    """(the date line's text, its names) when ``block`` is a date line listing two or more names."""
    if block.kind not in (BlockKind.HEADING, BlockKind.PARAGRAPH) or \
            block.kind is BlockKind.PARAGRAPH and not block.all_bold and not block.lead_bold:
        return None
    text = block.text.strip().replace("*", "").replace("_", " ").strip()
    m = _DATE_THEN_NAMES.match(text)
    if not m or not opens_with_full_date(m["date"]) or len(m["date"].split()) > MAX_DATE_WORDS:
        return None
    names = [name.strip(" .") for name in split_people(m["names"])]
    if len(names) < MIN_LISTED_NAMES or not all(
            name and len(name.split()) <= MAX_NAME_WORDS and looks_like_name(name) and name[:1].isupper()
            for name in names):
        return None
    return m["date"].strip(), names
