"""The PDF loader's tuning numbers: one frozen record, read by every stage.

In the spirit of pdfplumber's ``TableSettings``: each threshold the layout
reconstruction measures against has a name and, where it is known, the
reason for its value. Lengths are in PDF points unless the comment says
"font sizes", "line heights" or "share" (of a page dimension). Numbers that
only make PDFium's measurements agree with pdfminer's are not tuning and
stay, named, beside the code that needs them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PdfSettings:
    """Thresholds for rebuilding a PDF's layout; `SETTINGS` holds the ones the loader uses."""

    # --- Words and lines
    # Glyphs smaller than this are hidden text (search keywords, tracking codes).
    min_glyph_size: float = 3.5
    # pdfplumber's word-building tolerances (its defaults, which this loader
    # used; pages read through pdfplumber get them too): characters further
    # apart than this start a new word or line.
    x_tolerance: float = 3.0
    y_tolerance: float = 3.0
    # A word joins a row when it overlaps the row's tallest word by this share
    # of the shorter one's height: superscripts and bullets drawn in another
    # font stay on their line while the next line starts a new row.
    row_overlap: float = 0.5
    # A horizontal gap wider than this many font sizes splits a row into
    # segments (tab stops, side-by-side columns).
    segment_gap: float = 1.8
    # The least height a line counts as having, in points.
    min_line_height: float = 1.0
    # A superscript ("1st"): at most this share of the word before it in size,
    # its bottom raised by more than this share of that word's size, and
    # closer to it than this many points.
    superscript_size_ratio: float = 0.8
    superscript_rise: float = 0.15
    superscript_gap: float = 1.5
    # Words in different fonts or sizes closer than this many font sizes (a
    # space is about a quarter) are one word whose font changed inside it.
    font_change_join_gap: float = 0.1

    # --- Side-by-side columns
    # A vertical gap of more than this many font sizes ends a column region.
    column_break_gap: float = 2.0
    # Each side's text stays at least this far from the other side's edge.
    gutter_clearance: float = 2.0
    # Baselines further apart than this are misaligned.
    baseline_tolerance: float = 0.5
    # A region holds at least this many rows, this many with text on both
    # sides, and this many rows with text on each side.
    column_min_rows: int = 3
    column_min_shared_rows: int = 2
    column_min_side_rows: int = 2
    # Fewer words per row than this on a side is a column of item numbers or
    # initials beside the text, not a column of its own.
    column_min_words_per_row: float = 1.5
    # Text laid out in separate columns rarely shares baselines: at least this
    # share of the shared rows must be misaligned, unless both sides run as
    # prose (this many rows, this many words a row).
    column_min_misaligned_share: float = 0.5
    prose_min_rows: int = 3
    prose_min_words_per_row: float = 5.0
    # Prose has no tab gaps: when more than this share of the shared rows cut
    # a side into cells at a tab gap, the rows are a borderless table's.
    prose_max_tabbed_share: float = 0.5

    # Tab-cut parts of one row whose type sizes differ by this ratio (a 24 pt
    # title beside a 9.5 pt date) are separate lines.
    mixed_size_ratio: float = 1.5

    # --- Running headers, footers and page numbers
    # Share of the page height at the top and bottom where running headers,
    # footers and page numbers live.
    margin_band: float = 0.12
    # A margin line is running when it repeats on this many pages and on this
    # share of the document's pages.
    running_min_pages: int = 2
    running_min_share: float = 0.5

    # --- Tables
    # A word belongs to a table or its header row when its centre is within
    # this many points of the box.
    table_box_slack: float = 1.0
    # A table on the next page continues this one when its column boundaries
    # lie within this share of the page width of this one's.
    continued_table_tolerance: float = 0.02
    # A borderless table: at least this many rows, the first cut at tab gaps
    # into at least this many cells (two-cell rows are "Chair | Ann Smith"
    # label lines, kept as lines).
    borderless_min_rows: int = 2
    borderless_min_columns: int = 3
    # A borderless table with no header row (its first row cut into at least
    # borderless_min_columns cells) needs at least this many rows at one even
    # spacing wider than its lines': fewer is indented text.
    headerless_min_rows: int = 4
    # ... or this many when every row is cut into cells (two or more filled).
    headerless_min_full_rows: int = 3
    # A header-less table of two columns (a "Present | Role" list) needs this
    # many rows with both cells filled, the second cell starting within
    # aligned_start_tolerance of the same x on every row.
    two_column_min_rows: int = 3
    # A line cut by no tab gap is a table row only when each word on a new
    # column has a gap wider than this many font sizes before it (the cells'
    # padding): after a word space a paragraph under the table only happens
    # to have a column between two of its words.
    cell_min_gap: float = 0.6
    # A table continues on the next page only when the room left below it
    # down to the text floor is less than the next page's first row plus
    # this many points: with more room, that row would have fitted.
    continued_table_slack: float = 6.0
    # ... and only when it reaches at least this share of the way down its page: a table that ends
    # high on its page ended there (a log of one short form a page has no full page to set the floor).
    continued_table_min_depth: float = 0.5
    # A label/value grid (bold labels, plain values at tab stops): a row
    # closer than this many font sizes under the one before is that row's
    # label or value wrapped; a lone label joins only within this many points
    # of the grid's row spacing; a single row is a grid when it holds at
    # least this many label/value pairs.
    grid_wrap_gap: float = 0.5
    grid_gap_slack: float = 2.0
    grid_min_pairs: int = 2
    # A borderless table whose cells sit closer than a tab gap (a web page's
    # table): column starts agree within this many points, and its rows are
    # within this many points of the header's size.
    aligned_start_tolerance: float = 1.0
    aligned_size_slack: float = 0.5
    # A borderless table whose columns are centred or right-aligned (cells share their centre or
    # their end, not their start) is cut where a gutter at least this many font sizes wide runs
    # down the header and every row: two cells' padding (a web page's 4px each side), twice a
    # word space.
    gutter_min_gap: float = 0.5
    # A borderless table's body set as close as wrapped lines, with at least this many lines and a
    # word in every column on each, has a row on every line (a wrapping cell would leave a column empty).
    every_line_a_row_min_lines: int = 4
    # An empty ruled row inside a table (it parts a template's blocks) is
    # kept when at least this tall; thinner ones are double rules.
    min_empty_row_height: float = 4.0

    # --- Spacing the block builder measures against
    # The body text size of a document without text.
    default_body_size: float = 10.0
    # Gaps between lines of one style up to this many line heights are
    # sampled as the style's usual line spacing.
    max_sampled_gap: float = 1.5
    # A font needs a few samples before its own spacing beats its size's.
    min_font_gap_samples: int = 5
    # The gap under lines that wrapped is the line spacing once this many
    # were seen (else the commonest gap of all is).
    min_wrapped_gap_samples: int = 3
    # The usual gap when nothing was sampled, in font sizes.
    default_line_gap: float = 0.25
    # A page's widest line counts towards the right edge when the page holds
    # this many lines outside columns.
    min_lines_for_page_edge: int = 3
    # The left margin is the leftmost x where at least this many lines start.
    min_lines_for_left_edge: int = 3
    # The right edge is never less than this share of the page width, so that
    # in a document of short lines only the longest one does not count as
    # filling its line.
    min_right_edge_share: float = 0.75
    # The next line of a paragraph may overlap the previous one by this many
    # of its line heights.
    max_line_overlap: float = 0.5
    # Paragraph lines may sit this many line heights further apart than usual.
    extra_paragraph_gap: float = 0.6
    # A tab-aligned line wraps to the margin only when its last part (a title after a minute
    # reference and a tab) runs at least this many words; shorter parts are a form's values.
    min_tabbed_wrap_words: int = 4
    # A document spaces its paragraphs when lines that ended early commonly stand at least this
    # many points per point of type wider apart than its line spacing, seen this many times.
    min_paragraph_spacing: float = 0.3
    min_paragraph_gap_samples: int = 3
    # The space before a word, in font sizes, when asking whether it would
    # have fitted on the line above.
    space_width: float = 0.25

    # A page that writes fewer spaces than one in this many of the gaps PDFium
    # marks as word breaks writes none at all (TeX output): its word breaks
    # are PDFium's, since a gap in points cannot tell its tight words apart.
    implicit_spaces_ratio: int = 10

    # --- Lists and headings
    # "- " lines right under a paragraph's line at its line spacing are that
    # paragraph's own lines when the paragraph stands at least this many line
    # heights further below the text above it (paragraphs spaced apart).
    typed_list_paragraph_gap: float = 0.5
    # List markers whose x positions differ by less than this share one level.
    indent_tolerance: float = 6.0
    # A marker this far left of a level's start still sits at that level.
    level_slack: float = 0.5
    # A list item's text may start this far left of its marker.
    marker_slack: float = 2.0
    # A line in capitals of at most this many words under a line that ends a
    # sentence is a heading ("FIXTURES 2025"), not the sentence carried on.
    max_caps_heading_words: int = 8
    # A preformatted block's lines (a web page's code block) are at most this
    # many font sizes apart: a blank line typed inside it, not the margin
    # under it.
    preformatted_blank_gap: float = 1.5
    # A heading is short (at most this many words) and clearly larger than
    # body text (this ratio), or a little larger (these points) and bold.
    heading_max_words: int = 25
    heading_size_ratio: float = 1.15
    bold_heading_extra_size: float = 0.4

    # --- Reading
    # PDFium keeps every object it parsed (fonts above all) until the document
    # is closed, so it is opened afresh every this many pages: memory then
    # stays flat however long the file is.
    reopen_every_pages: int = 50


SETTINGS = PdfSettings()
