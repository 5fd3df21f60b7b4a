"""From pages to the neutral `Document` blocks: the stages after reading, in order.

Running lines go, continued tables are joined, the document is measured,
list markers found and lines grouped into paragraphs; each paragraph then
becomes a heading, list item or paragraph block with its text rejoined
(superscripts attached, words hyphenated across lines made whole) and its
leading bold run noted, and each table a table block.
"""

from __future__ import annotations

from notes_extract.document import TABBED_NAME, Block, BlockKind, make_block, table_block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.pdf.margins import drop_running_lines
from notes_extract.loaders.pdf.markers import find_markers, indent_levels, level
from notes_extract.loaders.pdf.model import (
    MONOSPACED_FONT,
    SOFT_HYPHEN,
    Line,
    Page,
    Table,
    Word,
    all_bold,
    dominant,
    has_alnum,
    line_text,
    segments,
)
from notes_extract.loaders.pdf.paragraphs import Paragraph, group_paragraphs
from notes_extract.loaders.pdf.settings import SETTINGS
from notes_extract.loaders.pdf.spacing import DocumentMetrics, half, measure
from notes_extract.loaders.pdf.tables import merge_continued_tables
from notes_extract.loaders.text.markdown_inline import loose_bold_line

_HYPHENS = ("-", "\u2010")


def build_blocks(pages: list[Page]) -> tuple[list[Block], list[str]]:
    """The pages' text and tables as blocks in reading order, and the running header's lines
    (running lines are dropped from ``pages``)."""
    header = drop_running_lines(pages)
    flow = merge_continued_tables(pages)
    lines = [item for item in flow if isinstance(item, Line)]
    metrics = measure(lines, pages)
    markers = find_markers(lines, metrics)
    metrics.levels = indent_levels(m.x for m in markers.values())
    paras = group_paragraphs(flow, markers, metrics)
    metrics.outer_levels = _outer_levels([p for p in paras if isinstance(p, Paragraph)], metrics)
    return to_blocks(paras, metrics), header


def _outer_levels(paras: list[Paragraph], metrics: DocumentMetrics) -> list[float]:
    """The indent levels of the list items, less the left margin when the items there are
    paragraphs that open with a typed label ("a) Item 4c ...") and wrap back under it, no hanging
    indent, or a single item: the margin is then no list's indent, and a list indented from it
    is not nested."""
    items = [p for p in paras if p.kind is BlockKind.LIST_ITEM]
    # "* Stadium glyph" typed in a code block at the margin marks no list's indent: the lists set in
    # the body's type count the levels when there are any
    items = [p for p in items if not MONOSPACED_FONT.search(p.lines[0].font)] or items
    tol = SETTINGS.indent_tolerance
    margin = [p for p in items if abs(p.marker_x - metrics.left_edge) <= tol]
    wrapped = [p for p in margin if len(p.lines) > 1]
    if (wrapped and all(abs(p.lines[1].x0 - p.marker_x) <= tol for p in wrapped)) or len(margin) == 1:
        # A lone item at the margin ("* Denotes run by non-members" under lists indented
        # from it) is no list's indent either.
        items = [p for p in items if abs(p.marker_x - metrics.left_edge) > tol]
    return indent_levels(p.marker_x for p in items)


def to_blocks(items: list[Paragraph | Table], metrics: DocumentMetrics) -> list[Block]:
    """One block per paragraph or table; heading levels follow heading sizes, largest first."""
    items = [_numbered_heading(p, metrics) if isinstance(p, Paragraph) else p for p in items]
    heading_sizes = sorted(
        {half(_para_size(p)) for p in items if isinstance(p, Paragraph) and _is_heading(p, metrics)},
        reverse=True,
    )
    blocks: list[Block] = []
    nesting: list[tuple[float, int]] = []  # the open items' marker x and level, outermost first
    for item in items:
        if isinstance(item, Table) or item.kind is not BlockKind.LIST_ITEM:
            nesting = []
        if isinstance(item, Table):
            blocks.append(table_block(item.rows, page=item.page))
            continue
        text = _para_text(item.content)
        lead = _lead_bold(item.content)
        if item.kind is BlockKind.LIST_ITEM:
            blocks.append(
                make_block(
                    BlockKind.LIST_ITEM,
                    text,
                    page=item.page,
                    level=_nested_level(nesting, item.marker_x, metrics),
                    label=item.label,
                    lead_bold=lead,
                )
            )
        elif _is_heading(item, metrics):
            heading_level = heading_sizes.index(half(_para_size(item))) + 1
            blocks.append(make_block(BlockKind.HEADING, text, page=item.page, level=heading_level, lead_bold=lead))
        else:
            if (bold := loose_bold_line(text)) is not None:
                text = lead = bold  # "** Budget **" typed as Markdown and printed as is: a bold line
            blocks.append(make_block(BlockKind.PARAGRAPH, text, page=item.page, lead_bold=lead))
    return blocks


def _nested_level(nesting: list[tuple[float, int]], x: float, metrics: DocumentMetrics) -> int:
    """The level of an item whose marker is at ``x``: its sibling's above, or one under the item
    it is indented from, however far (the document's indent levels hold other lists' indents);
    an item after other text is at its indent's level among the document's list indents."""
    tol = SETTINGS.indent_tolerance
    while nesting and nesting[-1][0] > x + tol:
        nesting.pop()
    if nesting and abs(nesting[-1][0] - x) <= tol:
        return nesting[-1][1]
    # A list opening after other text counts the outer levels only.
    depth = min(level(x, metrics.levels), nesting[-1][1] + 1) if nesting else level(x, metrics.outer_levels)
    nesting.append((x, depth))
    return depth


def _is_heading(para: Paragraph, metrics: DocumentMetrics) -> bool:
    """Clearly larger than body text (or a little larger and bold), and short."""
    if para.kind is not BlockKind.PARAGRAPH:
        return False
    words = [w for line in para.content for w in line]
    if not words or len(words) > SETTINGS.heading_max_words:
        return False
    size = _para_size(para)
    if size >= SETTINGS.heading_size_ratio * metrics.body_size:
        return True
    return size >= metrics.body_size + SETTINGS.bold_heading_extra_size and all_bold(words)


def _numbered_heading(para: Paragraph, metrics: DocumentMetrics) -> Paragraph:
    """A numbered item set in heading type ("1. Initial Discussion" at 14 pt over 11 pt body) is a
    numbered heading, its number kept in its text as a word processor's heading numbering is; so is
    one whose number and first words are bold ("**1. Introductions** (5 min)"), a paragraph titling
    its item as the Word, HTML and Markdown readers read that line."""
    if para.kind is not BlockKind.LIST_ITEM or para.label is None:
        return para
    whole = Paragraph(BlockKind.PARAGRAPH, para.page, para.lines, [line.words for line in para.lines])
    return whole if _is_heading(whole, metrics) or _bold_number(para) else para


# "1.": a number with a full stop, as typed before an item's title.
_DOTTED_NUMBER = lazy_compile(r"\d{1,3}\.")


def _bold_number(para: Paragraph) -> bool:
    """Whether a numbered item's number ("1.") and the word after it are bold."""
    words = [w for line in para.lines for w in line.words][:2]
    return bool(para.label and _DOTTED_NUMBER.fullmatch(para.label)) and len(words) == 2 and \
        all(w.bold for w in words)


def _para_size(para: Paragraph) -> float:
    return dominant([w for line in para.content for w in line], lambda w: round(w.size, 1))


def _para_text(content: list[list[Word]]) -> str:
    if len(content) == 1 and content[0] and len(parts := segments(content[0])) > 1 and \
            all(TABBED_NAME.fullmatch(line_text(part)) for part in parts):
        # "Jean Whitlock      Andrew Penrose": names tabbed into columns, kept apart as a Word file keeps them
        return "\t".join(line_text(part) for part in parts)
    return _join_lines([line_text(ws) for ws in content if ws])


def _lead_bold(content: list[list[Word]]) -> str:
    """The text of the bold run the block starts with, or ""."""
    flat = [(i, w) for i, ws in enumerate(content) for w in ws]
    end = 0
    for n, (_, w) in enumerate(flat):
        if w.bold:
            end = n + 1
        elif has_alnum(w.text):
            break  # plain punctuation ("-") may sit inside the bold run
    if not any(has_alnum(w.text) for _, w in flat[:end]):
        return ""
    lines: list[list[Word]] = [[] for _ in content]
    for i, w in flat[:end]:
        lines[i].append(w)
    return " ".join(_para_text(lines).split())


def _join_lines(lines: list[str]) -> str:
    """Lines joined by spaces; "co-" + "production" kept as "co-production"."""
    out = ""
    for text in lines:
        if not out:
            out = text
        elif out.endswith(SOFT_HYPHEN):
            out = out[:-1] + text
        elif out.endswith(_HYPHENS) and len(out) >= 2 and out[-2].isalpha():
            out += text
        else:
            out += " " + text
    return out.replace(SOFT_HYPHEN, "")
