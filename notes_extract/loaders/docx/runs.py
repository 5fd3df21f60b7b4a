"""What a run (w:r) shows: its formatting, its characters, and text boxes set aside.

Tabs read as tab characters (whitespace once the text is collapsed; leading ones indent
a typed list item), page and column breaks as spaces, a line break as `LINE_BREAK`
(the body reader sets the lines apart, see `typed.split_lines`), ruby keeps the annotated text, deleted and
field-code text is dropped; text formatted in capitals (w:caps, w:smallCaps) is read in
capitals, as the reader sees it. Text boxes anchored in a run are not inlined:
their roots are handed back so the body reader can read them as blocks
after the paragraph that anchors them.
"""

from __future__ import annotations

from collections.abc import Callable

from notes_extract.loaders.docx.styles import Styles, shown_in_capitals
from notes_extract.loaders.docx.wordml import (
    MC_ALTERNATE_CONTENT,
    W_B,
    W_R,
    W_T,
    W_VANISH,
    Element,
    child_val,
    chosen_branch,
    toggle,
    w,
)

# A run's text and whether it is bold.
Run = tuple[str, bool]

_W_RSTYLE = w("rStyle")
_TAB_TAGS = frozenset(w(t) for t in ("tab", "ptab"))
# A line break (Shift+Enter), and w:br's types that break a page or column instead of a line.
LINE_BREAK = "\n"
_W_BR, _W_CR, _W_BR_TYPE = w("br"), w("cr"), w("type")
_PAGE_BREAK_TYPES = frozenset({"page", "column"})
_HYPHEN_TAG = w("noBreakHyphen")
# Run children that may hold a text box.
_SHAPE_TAGS = frozenset({w("drawing"), w("pict"), w("object")})
_W_TXBX_CONTENT = w("txbxContent")
_W_RUBY, _W_RUBY_BASE = w("ruby"), w("rubyBase")


def run_format(rpr: Element | None, bold: bool, hidden: bool, caps: bool,
               styles: Styles) -> tuple[bool, bool, bool]:
    """(bold, hidden, shown in capitals) of a run: its direct formatting, else its character
    style, else the paragraph's."""
    if rpr is None:
        return bold, hidden, caps
    char_style = child_val(rpr, _W_RSTYLE)

    def own(direct: bool | None, from_style: Callable[[str], bool | None], inherited: bool) -> bool:
        if direct is None and char_style is not None:
            direct = from_style(char_style)
        return inherited if direct is None else direct

    return (own(toggle(rpr, W_B), styles.bold, bold), own(toggle(rpr, W_VANISH), styles.hidden, hidden),
            own(shown_in_capitals(rpr), styles.caps, caps))


def run_text(parent: Element, parts: list[str], boxes: list[Element]) -> None:
    """Visible characters of a run; text boxes are set aside, not inlined."""
    for child in parent:
        tag = child.tag
        if tag == W_T:
            parts.append(child.text or "")
        elif tag in _TAB_TAGS:
            parts.append("\t")
        elif tag == _W_BR:
            parts.append(" " if child.get(_W_BR_TYPE) in _PAGE_BREAK_TYPES else LINE_BREAK)
        elif tag == _W_CR:
            parts.append(LINE_BREAK)
        elif tag == _HYPHEN_TAG:
            parts.append("-")
        elif tag in _SHAPE_TAGS:
            boxes.extend(text_boxes(child))
        elif tag == MC_ALTERNATE_CONTENT:
            branch = chosen_branch(child)
            if branch is not None:
                run_text(branch, parts, boxes)
        elif tag == _W_RUBY:
            base = child.find(_W_RUBY_BASE)  # the annotated text, not its reading aid
            if base is not None:
                for inner in base.iter(W_R):
                    run_text(inner, parts, boxes)
        # w:delText, w:instrText, w:fldChar, w:sym, note references: not body text.


def text_boxes(shape: Element) -> list[Element]:
    """The w:txbxContent roots in a drawing, one per box even when Word wrote it twice."""
    if next(shape.iter(_W_TXBX_CONTENT), None) is None:  # fast path: most drawings are pictures
        return []
    found: list[Element] = []
    _collect_boxes(shape, found)
    return found


def _collect_boxes(parent: Element, found: list[Element]) -> None:
    for child in parent:
        if child.tag == _W_TXBX_CONTENT:
            found.append(child)  # nested boxes are read when this one is
        elif child.tag == MC_ALTERNATE_CONTENT:
            branch = chosen_branch(child)
            if branch is not None:
                _collect_boxes(branch, found)
        else:
            _collect_boxes(child, found)


def lead_bold(runs: list[Run]) -> str:
    """Text of the bold runs a paragraph opens with ("" if it opens in regular type).

    Whitespace-only runs neither start nor end the bold lead.
    """
    lead: list[str] = []
    for text, bold in runs:
        if not text.strip():
            lead.append(text)
            continue
        if not bold:
            break
        lead.append(text)
    return " ".join("".join(lead).split())
