"""Where a Word file says a new page starts, and which paragraphs are drawn rules.

Only what the file states is read, never where Word happened to lay a page out
(w:lastRenderedPageBreak): a page break run (w:br w:type="page"), "page break
before" on the paragraph or its style, and a section break that starts its
section on a new page. A section break's kind is written on the section it
starts, so it is known only at the next w:sectPr: breaks are recorded as
events and turned into page numbers once the body is read (`assign_pages`).

A rule is an empty paragraph drawn with a border, a VML horizontal line
(v:rect o:hr="t"), or a line of only "***", "___", "---" or "===".
"""

from __future__ import annotations

from notes_extract.document import Block, with_fields
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.docx.styles import Styles
from notes_extract.loaders.docx.wordml import (
    W_PPR,
    W_PSTYLE,
    W_R,
    W_T,
    W_VAL,
    Element,
    child_val,
    first_child,
    toggle,
    w,
)

W_SECTPR = w("sectPr")
_W_TYPE = w("type")
_W_BR = w("br")
_W_TYPE_ATTR = w("type")
_W_PAGE_BREAK_BEFORE = w("pageBreakBefore")
_W_PBDR = w("pBdr")
_BORDER_SIDES = frozenset(w(side) for side in ("top", "bottom", "between"))
_NO_BORDER = frozenset({"none", "nil"})
_V_RECT = "{urn:schemas-microsoft-com:vml}rect"
_O_HR = "{urn:schemas-microsoft-com:office:office}hr"
# Section kinds that start their section on a new page (w:type absent means "nextPage").
NEW_PAGE_SECTIONS = frozenset({"nextPage", "oddPage", "evenPage"})
# A line drawn with characters: three or more of one of these, spaces allowed between.
_TEXT_RULE = lazy_compile(r"^\s*([*_\-=~])(?:\s*\1){2,}\s*$")

# Events a block may open with.
PAGE = "page"
RULE = "rule"


def section_kind(sect_pr: Element) -> str:
    """How a section starts: "nextPage" unless its w:type says otherwise."""
    return child_val(sect_pr, _W_TYPE) or "nextPage"


def ends_section(ppr: Element | None) -> Element | None:
    """The w:sectPr a paragraph carries when it is the last of its section."""
    return None if ppr is None else first_child(ppr, W_SECTPR)


def page_break_before(ppr: Element | None, style_id: str | None, styles: Styles) -> bool:
    """Whether the paragraph, or the nearest style in its chain that says, starts a new page."""
    own = toggle(ppr, _W_PAGE_BREAK_BEFORE) if ppr is not None else None
    if own is not None:
        return own
    style = style_id or child_val(ppr, W_PSTYLE)
    return styles.memo("page break before", style, lambda: _style_page_break_before(style, styles))


def _style_page_break_before(style_id: str | None, styles: Styles) -> bool:
    for style in styles.chain(style_id):
        element = styles.elements.get(style.style_id)
        said = toggle(element.find(W_PPR), _W_PAGE_BREAK_BEFORE) if element is not None else None
        if said is not None:
            return said
    return False


def page_breaks(p: Element) -> tuple[bool, bool]:
    """(a page break before any of the paragraph's text, one after some of it)."""
    seen_text = before = after = False
    for element in p.iter(_W_BR, W_T):
        if element.tag == W_T:
            seen_text = seen_text or bool((element.text or "").strip())
        elif element.get(_W_TYPE_ATTR) == "page":
            if seen_text:
                after = True
            else:
                before = True
    return before, after


def is_rule(p: Element, ppr: Element | None, text: str) -> bool:
    """An empty paragraph drawn with a border or a VML horizontal line, or a line of rule characters."""
    if text.strip():
        return bool(_TEXT_RULE.match(text))
    borders = first_child(ppr, _W_PBDR) if ppr is not None else None
    if borders is not None and any(side.tag in _BORDER_SIDES and side.get(W_VAL) not in _NO_BORDER
                                   for side in borders):
        return True
    return any(rect.get(_O_HR) in ("t", "true", "1") for run in p.iter(W_R) for rect in run.iter(_V_RECT))


def assign_pages(blocks: list[Block], events: dict[int, tuple[Block, list[object]]],
                 section_kinds: list[str]) -> list[Block]:
    """The blocks with their page (from 1) and whether a rule comes right before them.

    ``events`` holds, by a block's id(), the breaks it opens with: `PAGE`, `RULE`, or the number
    of the section it starts (its kind in ``section_kinds``, in the order the sections appear).
    """
    page = 1
    out: list[Block] = []
    for block in blocks:
        after_rule = False
        for event in events.get(id(block), (block, []))[1]:
            if event == RULE:
                after_rule = True
            elif event == PAGE or isinstance(event, int) and \
                    (section_kinds[event] if event < len(section_kinds) else "nextPage") in NEW_PAGE_SECTIONS:
                page += 1
        out.append(with_fields(block, page=page, after_rule=after_rule))
    if page == 1:  # no page break stated: pages stay unknown, as in other flowing formats
        out = [with_fields(block, page=None) for block in out]
    return out
