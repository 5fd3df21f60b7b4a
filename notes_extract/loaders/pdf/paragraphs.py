"""Paragraphs and list items, built from the lines of all pages in reading order.

A marker line opens a list item; any other line either carries on the
paragraph or item above (same size and weight, close below it, and the line
above ended only because the next word did not fit, or this one starts in
lower case) or starts a new paragraph. Tables pass through untouched and
end the paragraph before them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from notes_extract.document import BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.pdf.markers import Marker, wraps_inside_item
from notes_extract.loaders.pdf.model import MONOSPACED_FONT, Line, Table, Word, all_bold, ends_sentence, segments
from notes_extract.loaders.pdf.settings import SETTINGS
from notes_extract.loaders.pdf.spacing import (
    DocumentMetrics,
    at_paragraph_gap,
    close_below,
    fills_line,
    half,
    normal_gap,
    wrapped,
)
from notes_extract.vocab.labels import FIELD_LINE_LABELS

# A minute or item number opening a line: "4 Challenges ...", "6.1 Mark ..."
# Dashes typed before a line's text, not drawn by a list's numbering.
_TYPED_DASHES = ("-", "\u2013")
# "Present: ...", "In the Chair: ...", "Venue: ...": a title block's or attendance's field opens a line of its
# own, however full the line above it ran.
_FIELD_LINE = lazy_compile(rf"^\W{{0,3}}(?:{FIELD_LINE_LABELS})\W{{0,3}}\s*:", re.I)
_OPENS_WITH_DATE = lazy_compile(
    r"\W*(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b"
    r"|\d{4}-\d{2}-\d{2}\b)")
_RUN_ON_END = lazy_compile(r"\b(?:on|of|and|the|in|at|for|to|from|by|held|dated|a|an)[\s,]*$", re.I)
_ITEM_NUMBER = lazy_compile(r"^\d{1,3}(?:\.\d{1,3})*\s+[A-Z]")
# "jgraham:", "past:": one word in lower case closed by a colon, as a chat handle or scribe's speaker is written.
_LOWER_LABEL = lazy_compile(r"[a-z][\w.-]{1,30}:")


@dataclass
class Paragraph:
    """A paragraph or list item being built from lines."""

    kind: BlockKind
    page: int
    lines: list[Line]
    content: list[list[Word]]  # each line's words, a list item's without its marker
    label: str | None = None
    marker_x: float = 0.0
    # The gap above the first line: what sets it apart from the text above. With nothing above
    # it on its page, the gap below its first run of lines stands in (see `_opening_gap`).
    opening_gap: float = 0.0


def group_paragraphs(
    flow: list[Line | Table], markers: dict[int, Marker], metrics: DocumentMetrics
) -> list[Paragraph | Table]:
    """The flow's lines gathered into paragraphs and list items; tables kept in place."""
    out: list[Paragraph | Table] = []
    current: Paragraph | None = None
    for index, item in enumerate(flow):
        if isinstance(item, Table):
            current = None
            out.append(item)
            continue
        marker = markers.get(id(item))
        opening_gap = _opening_gap(flow, index, metrics)
        if marker is not None and current is not None and _typed_dash_line(current, item, marker, metrics):
            current.lines.append(item)
            current.content.append(item.words)
        elif marker is not None:
            current = Paragraph(
                kind=BlockKind.LIST_ITEM,
                page=item.page,
                lines=[item],
                content=[marker.words],
                label=marker.label,
                marker_x=marker.x,
                opening_gap=opening_gap,
            )
            out.append(current)
        elif current is not None and _continues(current, item, metrics):
            current.lines.append(item)
            current.content.append(item.words)
        else:
            current = Paragraph(BlockKind.PARAGRAPH, item.page, [item], [item.words], opening_gap=opening_gap)
            out.append(current)
    return out


def _opening_gap(flow: list[Line | Table], index: int, metrics: DocumentMetrics) -> float:
    """The gap that sets the line at ``index`` apart from the text above it.

    With nothing above it on its page (a title at the top of a page) there is
    no gap to measure; the gap below the run of lines of its style set under it
    at the line spacing stands in: a run standing a paragraph gap above what
    follows is set apart as a paragraph is. 0 where neither can be measured.
    """
    line = flow[index]
    above = flow[index - 1] if index > 0 else None
    if above is not None and above.page == line.page:
        return line.top - above.bottom
    last = line
    for below in flow[index + 1 :]:
        if below.page != line.page:
            return 0.0
        if not isinstance(below, Line) or not _in_run(last, below, metrics):
            return below.top - last.bottom
        last = below
    return 0.0


def _in_run(prev: Line, line: Line, metrics: DocumentMetrics) -> bool:
    """``line`` sits right under ``prev`` at its line spacing, in the same size and weight."""
    same_style = half(prev.size) == half(line.size) and prev.bold == line.bold
    return same_style and _at_line_spacing(prev, line, metrics)


def _typed_dash_line(para: Paragraph, line: Line, marker: Marker, metrics: DocumentMetrics) -> bool:
    """A "- " line typed inside a paragraph after a line break ("Notes:" / "- Reviewed ...").

    Where paragraphs stand a paragraph gap apart, a list set right under a
    paragraph at its line spacing, its dash at the paragraph's own margin,
    is that paragraph's lines: a list of its own would stand a gap below it.
    """
    prev = para.lines[-1]
    if para.kind is not BlockKind.PARAGRAPH or marker.label is not None or line.words[0].text not in _TYPED_DASHES:
        return False
    if line.page != prev.page or abs(marker.x - para.lines[0].x0) > SETTINGS.indent_tolerance:
        return False
    if half(prev.size) != half(line.size) or prev.bold != line.bold:
        return False
    return _at_line_spacing_in_spaced_paragraph(para, line, metrics)


def _at_line_spacing_in_spaced_paragraph(para: Paragraph, line: Line, metrics: DocumentMetrics) -> bool:
    """``line`` sits right under ``para``'s last line at its line spacing, and ``para`` stands a
    paragraph gap below the text above it: where paragraphs are spaced apart, such a line is the
    paragraph's own (a new paragraph or heading would stand a gap below)."""
    prev = para.lines[-1]
    gap = line.top - prev.bottom
    spaced = para.opening_gap - gap > SETTINGS.typed_list_paragraph_gap * line.height
    return spaced and _at_line_spacing(prev, line, metrics)


def _at_line_spacing(prev: Line, line: Line, metrics: DocumentMetrics) -> bool:
    """``line`` sits right under ``prev`` no further apart than ``prev``'s usual line spacing."""
    gap = line.top - prev.bottom
    overlap = SETTINGS.max_line_overlap * prev.height
    return line.page == prev.page and -overlap <= gap and half(gap) <= normal_gap(prev, metrics)


def _continues(para: Paragraph, line: Line, metrics: DocumentMetrics) -> bool:
    """Whether ``line`` carries on ``para`` rather than starting a new block."""
    prev = para.lines[-1]
    if not any(para.content):
        # A bullet alone on its line: the text below is the item's.
        return close_below(prev, line, metrics) and line.x0 >= para.marker_x - SETTINGS.marker_slack
    if half(prev.size) != half(line.size):
        return False
    if para.kind is BlockKind.PARAGRAPH and _indented_preformatted(line, metrics):
        return False
    left_of_item = para.kind is BlockKind.LIST_ITEM and line.x0 < para.marker_x - SETTINGS.marker_slack
    if left_of_item and not _preformatted_wrap(prev, line, metrics):
        return False
    # "jgraham: ..." after a line that ended a sentence: a speaker's name in lower case opens a turn
    starts_lower = line.text[:1].islower() and not (
        ends_sentence(prev) and bool(_LOWER_LABEL.fullmatch(line.words[0].text)))
    if not starts_lower and _FIELD_LINE.match(line.text):
        return False
    if line.words[0].bold and (prev.bold or not prev.words[-1].bold) and _OPENS_WITH_DATE.match(line.text) and \
            not _RUN_ON_END.search(prev.text):
        # a bold title, then its bold "Sunday 2 March 2025, Clubhouse": the meeting's facts; a log's entry
        # opening with its date in bold ("**11/02/2025** – Present: ...") under the last entry's plain text
        return False
    # An item's weight is its text's, not its number's ("2." plain before bold text).
    prev_bold = all_bold(para.content[-1]) if para.content[-1] else prev.bold
    if _broken_inside_item(para, line, metrics):
        return True
    if prev_bold != line.bold and not starts_lower and not _weight_changes_in_running_text(para, line, metrics):
        return False  # a bold heading line followed by regular text
    if _ITEM_NUMBER.match(para.lines[0].text) and _ITEM_NUMBER.match(line.text):
        return False  # "3 Challenge to the Chair ..." then "4 Challenges to the Agenda ...": two items
    if _bold_title_line(para, line, metrics):
        return True
    if ends_sentence(prev) and _in_capitals(line.text) and not _in_capitals(prev.text) and \
            len(line.text.split()) <= SETTINGS.max_caps_heading_words:
        return False  # "... will order it." then "FIXTURES 2025": a heading in capitals under a sentence's end
    wraps = wrapped(prev, line.words[0], metrics) or _wraps_in_item(para, line, metrics) or \
        _title_after_tab_wraps(prev, line, metrics)
    if line.page != prev.page:
        if line.page != prev.page + 1:
            return False
        return starts_lower or (wraps and not ends_sentence(prev))
    if not close_below(prev, line, metrics):
        return False
    if ends_sentence(prev) and not starts_lower and at_paragraph_gap(prev, line, metrics):
        return False  # a full line ending "... ballots." then "Next steps:" a paragraph's spacing below
    # A line that ended early was broken on purpose, unless the text runs on.
    return wraps or starts_lower


def _title_after_tab_wraps(prev: Line, line: Line, metrics: DocumentMetrics) -> bool:
    """A long title typed after a tab ("C049/23 2.<tab>DECLARATIONS OF ... AND"), cut on a word no phrase
    ends with, run on to a plain line back at its margin ("OTHER REGISTERABLE INTEREST(s)"). Tab-aligned
    rows never wrap: each line is a row ("£294.26<tab>HMRC<tab>Tax ..." then "£415.20<tab>...")."""
    return prev.tabbed and len(segments(line.words)) == 1 and bool(_RUN_ON_END.search(prev.text)) and \
        len(segments(prev.words)[-1]) >= SETTINGS.min_tabbed_wrap_words \
        and abs(line.x0 - prev.x0) <= SETTINGS.indent_tolerance and fills_line(prev, line.words[0], metrics)


def _bold_title_line(para: Paragraph, line: Line, metrics: DocumentMetrics) -> bool:
    """A bold title in capitals broken over lines by line breaks ("REPORT FROM MIKE STUART," /
    "CHAIRMAN OF THE ..."): an all-bold capitals line right under an all-bold paragraph's capitals
    line at its line spacing, where that paragraph stands a paragraph gap below the text above
    (paragraphs spaced apart), is the title's next line; a sub-heading would stand a gap below.
    Sizes are already alike."""
    if para.kind is not BlockKind.PARAGRAPH or not line.bold:
        return False
    if not all(all_bold(words) for words in para.content):
        return False
    if not (_in_capitals(para.lines[-1].text) and _in_capitals(line.text)):
        # "CHAIRMAN OF SCHOOL GOVERNORS" then "Personnel": a title, then a sub-heading; and
        # bold lines in mixed case ("Room 809A, 10:00 AM" / "September 17, 2020") are as
        # often paragraphs of their own set without space between.
        return False
    return _at_line_spacing_in_spaced_paragraph(para, line, metrics)


def _broken_inside_item(para: Paragraph, line: Line, metrics: DocumentMetrics) -> bool:
    """A line break after a list item's colon ("Vote on the new member:" / "**7-0 in favour**"): a
    line set at the item's text indent right under it at the line spacing is what the item
    introduces, whatever its weight; a paragraph of its own would start at the margin or stand a
    gap below. (Without the colon an indented line under "5. Matters arising" is often its body.)"""
    if para.kind is not BlockKind.LIST_ITEM or not para.content[0] or not para.lines[-1].text.rstrip().endswith(":"):
        return False
    text_x = para.content[0][0].x0
    prev = para.lines[-1]
    under = close_below(prev, line, metrics) and not at_paragraph_gap(prev, line, metrics)
    return under and abs(line.x0 - text_x) <= SETTINGS.indent_tolerance


def _in_capitals(text: str) -> bool:
    """Every word of letters is in capitals ("ON WEDNESDAY 16th MAY": a word with digits aside)."""
    words = [w for w in text.split() if any(c.isalpha() for c in w) and not any(c.isdigit() for c in w)]
    return bool(words) and all(w.isupper() for w in words)


def _wraps_in_item(para: Paragraph, line: Line, metrics: DocumentMetrics) -> bool:
    """``line`` is the numbered item's first line wrapped inside the item, tab-like gaps or not."""
    if para.kind is not BlockKind.LIST_ITEM or len(para.lines) != 1:
        return False
    return wraps_inside_item(Marker(para.label, para.marker_x, para.content[0]), para.lines[0], line, metrics)


def _weight_changes_in_running_text(para: Paragraph, line: Line, metrics: DocumentMetrics) -> bool:
    """A bold run that starts or ends at a line break inside running text ("... seconded by Cllr
    Hand." / "**Unanimously Agreed**"): the paragraph so far is not all bold (a bold heading line
    ends before regular text however wide), the line above ran full, and where paragraphs are
    spaced apart this line sits at the line spacing, not a paragraph gap below."""
    prev = para.lines[-1]
    if line.page != prev.page or all_bold(w for ws in para.content for w in ws):
        return False
    if not wrapped(prev, line.words[0], metrics):
        return False
    return _at_line_spacing_in_spaced_paragraph(para, line, metrics)


def _preformatted_wrap(prev: Line, line: Line, metrics: DocumentMetrics) -> bool:
    """Preformatted text wraps a long line back to the margin, left of the item's indent."""
    mono = bool(MONOSPACED_FONT.search(prev.font)) and bool(MONOSPACED_FONT.search(line.font))
    runs_on = wrapped(prev, line.words[0], metrics) or line.text[:1].islower()
    return mono and close_below(prev, line, metrics) and runs_on and not ends_sentence(prev)


def _indented_preformatted(line: Line, metrics: DocumentMetrics) -> bool:
    """A monospaced line indented from the left margin: preformatted text (a
    web page's code block) keeps its line breaks, and its own wrapped lines
    run on from the margin, not from the indent."""
    indented = line.x0 - metrics.left_edge > SETTINGS.indent_tolerance
    return indented and bool(MONOSPACED_FONT.search(line.font))
