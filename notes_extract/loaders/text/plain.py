"""The plain-text reader: lines typed by hand in, neutral blocks out.

Owns the heuristics for minutes typed without markup: glyph bullets and
hand-numbered items ("1.", "(a)", "6.1", bare "1 Text" runs), headings
underlined (and overlined) with ===, ---, ~~~, ^^^ as reStructuredText writes
them, one item per line versus hard-wrapped paragraphs joined back together.
Tables are found by `plain_tables`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from notes_extract.document import Block, BlockKind, make_block
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.text.layout_titles import (
    TOUCHING_DASH_ITEM,
    TOUCHING_NUMBER_ITEM,
    document_title_line,
    layout_titles,
    title_and_remark,
    touching_dash_items,
    touching_numbers,
)
from notes_extract.loaders.text.lines import (
    BULLET_GLYPHS,
    CLOCK_EVERY,
    Tick,
    body_set_in,
    expand,
    indent_of,
    is_hard_wrapped,
    joins_wrapped,
    nest_level,
    sentence_under_title,
    titles_its_body,
)
from notes_extract.loaders.text.lone_markers import join_lone_markers
from notes_extract.loaders.text.markdown_inline import loose_bold_line
from notes_extract.loaders.text.plain_tables import (
    pipe_separated_table,
    space_aligned_table,
    tab_indented_tables,
    tab_separated_table,
)
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import MONTHS
from notes_extract.vocab.labels import SCRIBE_TOPIC_MARKERS
from notes_extract.vocab.people import AFTER_A_PERSON_WORDS

# "C. Diaz to order new signs": a person's initial and surname opening a line, not item C.
# "J. Whitaker, Harbour Hotel": an initial and a surname, then a comma and where from, not item J either.
_NOT_AN_INITIAL = rf"(?![ \t]+[A-Z][a-z'’-]+(?:[ \t]+{any_of(AFTER_A_PERSON_WORDS)}\b|,[ \t]))"
_PLAIN_ITEM = lazy_compile(
    rf"""^(?P<indent>[ \t]*)(?:
        [{BULLET_GLYPHS}][ \t]*
      | (?:\*{{1,2}}|[-–+o])[ \t]+
      | (?P<label>
            \d{{1,3}}(?:\.\d{{1,3}})+\.?      # 6.1  8.3.1  2.1.
          | \d{{1,2}}(?:-\d{{1,2}}){{1,3}}(?=[ \t]+[A-Z])  # 1-2  1-2-1 before a capitalised title
          | \d{{1,3}}[.)]                      # 1.  1)
          | \#\d{{1,2}}[.):]?(?=[ \t]+[A-Z])      # #1 before a capitalised title
          | \((?:\d{{1,3}}|[A-Za-z]{{1,4}})\)  # (1)  (a)  (iv)
          | (?:[ivx]{{2,5}}|[IVX]{{2,5}})[.)]  # ii.  IV)
          | [a-z][.)] | [A-Z]\) | [A-Z]\.{_NOT_AN_INITIAL}  # a.  B)  C.
        )[ \t]+
    )(?P<text>\S.*)$""",
    re.X,
)
# "1 Attendance: ..." numbering without punctuation; only trusted when the
# file has a run of such lines (see `bare_numbering`).
# "12 March 2024" is a date line, not item 12.
_BARE_ITEM = lazy_compile(rf"^(?P<indent>[ \t]*)(?P<label>\d{{1,2}})[ \t]+(?!(?i:{any_of(MONTHS)})\b)"
                          r"(?P<text>[A-Z].*)$")
# Lines indented at least this far under a paragraph line may be its outline items.
MIN_OUTLINE_INDENT = 2
_RULE = lazy_compile(r"^[ \t]*([-=_*~#^+\"`:])\1{2,}[ \t]*$")
# reStructuredText directives and their options ("\.. contents:: Agenda", ":suffix: ."), and its comments.
# "== Backlog ==", "=== Rota ===", "== Item 1: Budget ==": a wiki's heading, fenced by as many equals signs
# each side; its text is a title ("== Topic: X ==" is a scribe's topic line, read as such).
# The closing fence may be left out ("== Budget"), the title then a word's letter first after a space.
_WIKI_HEADING = lazy_compile(rf"^[ \t]*(?P<fence>={{1,6}})[ \t]*(?!(?i:{any_of(SCRIBE_TOPIC_MARKERS)})[ \t]*:)"
                             r"(?:(?P<title>[^=:\s][^=]{0,120}?)[ \t]*(?P=fence)"
                             r"|(?<=[ \t])(?P<open_title>[^\W\d_][^=]{0,120}?))[ \t]*$")
_RST_DIRECTIVE = lazy_compile(r"^\.\.(?:[ \t]+[\w-]+::|[ \t]*$|[ \t]+(?![\w-]+::))")
# Directives whose argument is a title over content the reader sees ("\.. sidebar:: Participants" over names).
_RST_TITLED = lazy_compile(r"^\.\.[ \t]+(?:sidebar|topic|rubric|admonition)::[ \t]+(?P<title>\S.*?)[ \t]*$", re.I)
# Underline characters that make the lone line above a heading; any rule character does
# when the underline is as long as the line, as reStructuredText requires ("#####", "*****").
_UNDERLINES = "=-~^+\"`:"


@dataclass
class _OpenBlock:
    """A plain-text block still collecting lines."""

    kind: BlockKind
    lines: list[str]
    indent: int
    level: int = 0
    label: str | None = None
    outline: bool = False  # an outline item typed without a marker: deeper lines are its children


# "H. Charalambous": an initial and a surname alone on a line, which a lettered item's one-word title also is.
_INITIAL_AND_SURNAME = lazy_compile(r"^[ \t]*(?P<letter>[A-Z])\.[ \t]+[A-Z][\w'’-]+(?:,[^.]*)?[ \t]*$")
# Lines of a run a list of names needs, at least, before its letters are read as initials.
MIN_NAME_RUN = 3


def initialled_names(lines: list[str]) -> frozenset[str]:
    """The lines that list people by initial and surname ("R. Irving, Chair" then "H. Charalambous", "C. Smith",
    "L. Trubitt"): in a run of such lines whose letters do not follow on from each other as a lettered list's
    do ("A. Finance", "B. Membership", "C. Grants"), each line is a person, not item H."""
    found: set[str] = set()
    run: list[tuple[str, str]] = []
    for line in [*lines, ""]:
        if m := _INITIAL_AND_SURNAME.match(line):
            run.append((m["letter"], line))
            continue
        letters = [letter for letter, _ in run]
        if len(run) >= MIN_NAME_RUN and any(ord(b) != ord(a) + 1 for a, b in zip(letters, letters[1:], strict=False)):
            found.update(text for _, text in run)
        run = []
    return frozenset(found)


def bare_numbering(lines: list[str]) -> bool:
    """True when lines numbered "1 Text", "2 Text" follow on from each other."""
    numbers = {int(m.group("label")) for line in lines if (m := _BARE_ITEM.match(line))}
    return any(n + 1 in numbers for n in numbers)


# "7.30 – 9.00 pm", "19.00-21.00", "7.30 - 9pm" alone on a line: the meeting's hours, not item 7.30.
_CLOCK_RANGE_LINE = lazy_compile(r"^[ \t]*\d{1,2}\.[0-5]\d[ \t]*(?:[ap]\.?[ \t]?m\.?)?[ \t]*(?:[-–—]+|to)[ \t]*"
                                 r"\d{1,2}(?:[.:][0-5]\d)?[ \t]*(?:[ap]\.?[ \t]?m\.?|hrs|hours)?[ \t]*$", re.I)
# "5.30 pm – 7.00 pm, Central Library, 16 January 2017", "7.30 pm in St Andrew's Hall.", "7.30 – 9.00 pm, 4 June":
# a line opening with a clock time (a.m./p.m. after it, or a range of clocks then a comma) is the meeting's
# hours and place, not item 5.30.
_CLOCK_OPENING_LINE = lazy_compile(
    r"^[ \t]*\d{1,2}\.[0-5]\d[ \t]*(?:[ap]\.?[ \t]?m\b\.?"
    r"|(?:[-–—]+|to)[ \t]*\d{1,2}(?:[.:][0-5]\d)?[ \t]*(?:[ap]\.?[ \t]?m\b\.?|hrs\b|hours\b)?[ \t]*[,;(])", re.I)


def plain_item(line: str, bare: bool, dashes: bool = False, numbers: bool = False) -> re.Match[str] | None:
    """The list-marker match of a plain-text line, if it is a list item.

    ``dashes``: the file types bullets as "-Text" (see `touching_dash_items`); ``numbers``: it types
    items as "4.Title" (see `touching_numbers`).
    """
    if _CLOCK_RANGE_LINE.match(line) or _CLOCK_OPENING_LINE.match(line):
        return None
    return (_PLAIN_ITEM.match(line) or (_BARE_ITEM.match(line) if bare else None)
            or (TOUCHING_DASH_ITEM.match(line) if dashes else None)
            or (TOUCHING_NUMBER_ITEM.match(line) if numbers else None))


def parse_plain(lines: list[str], *, tick: Tick | None = None) -> list[Block]:
    """Plain-text lines as blocks: tables, list items, paragraphs, headings.

    ``tick`` is called every `CLOCK_EVERY` lines (it raises past the time limit).
    """
    lines = join_lone_markers(lines)  # "1)" / "Introductions": a marker cut from its item's text
    bare, dashes, numbers = bare_numbering(lines), touching_dash_items(lines), touching_numbers(lines)
    names = initialled_names(lines)
    def item(line: str) -> re.Match[str] | None:
        return None if line in names else plain_item(line, bare, dashes, numbers)

    titles = layout_titles(lines, item)
    top = document_title_line(lines, titles, item)
    return _PlainParser(lines, is_hard_wrapped(lines), bare, tick, dashes=dashes, numbers=numbers, titles=titles,
                        top=top, names=names).run()


@dataclass
class _PlainParser:
    """The plain-text reader walking the lines, one open block at a time."""

    lines: list[str]
    wrapped: bool  # the file is hard-wrapped (see `is_hard_wrapped`)
    bare: bool  # "1 Text" lines are list items (see `bare_numbering`)
    tick: Tick | None = None
    dashes: bool = False  # "-Text" lines are list items (see `touching_dash_items`)
    numbers: bool = False  # "4.Title" lines are list items (see `touching_numbers`)
    titles: set[int] = field(default_factory=set)  # lines that are item titles by layout alone
    top: int | None = None  # the document's title line over those items (see `document_title_line`)
    names: frozenset[str] = frozenset()  # lines that list people by initial and surname (see `initialled_names`)
    blocks: list[Block] = field(default_factory=list)
    current: _OpenBlock | None = None
    list_indents: list[int] = field(default_factory=list)
    plain_until: int = 0  # end of a tab-indented run already found not to be a table
    # Heading styles (underline character, overlined too) in the order they first appear:
    # as in reStructuredText, that order gives the levels.
    heading_styles: list[tuple[str, bool]] = field(default_factory=list)
    # The indent of the latest paragraph's first line: deeper lines without a marker are its outline items.
    outline_parent: int | None = None
    number_level: int | None = None  # the level of the last numbered item ("4)"), whose lettered items nest under it
    lettered: bool = False  # a run of lettered items under that numbered item is open

    def run(self) -> list[Block]:
        i = 0
        next_tick = CLOCK_EVERY
        while i < len(self.lines):
            if self.tick is not None and i >= next_tick:
                self.tick()
                next_tick = i + CLOCK_EVERY
            i = self.step(i)
        self.flush()
        return self.blocks

    def step(self, i: int) -> int:
        """Handle the line (or the tables) at ``i``; return the index of the next line."""
        tables, end = self.tables_at(i)
        if tables is not None:
            self.flush()
            self.list_indents = []
            self.blocks.extend(tables)
            return end
        line = self.lines[i]
        if not line.strip():
            self.flush()
        elif _RST_DIRECTIVE.match(line):
            self.flush()
            if titled := _RST_TITLED.match(line):
                self.blocks.append(make_block(BlockKind.PARAGRAPH, f"{titled['title']}:"))
            return self.past_directive(i)
        elif (rule := _RULE.match(line)) and self.overlined_heading(i, rule.group(1)):
            return i + 3
        elif _RULE.match(line):
            self.read_rule(line)
        elif wiki := _WIKI_HEADING.match(line):
            self.flush()
            self.list_indents = []
            self.outline_parent = None
            level = self.heading_level(wiki["fence"], True)
            title = wiki["title"] or wiki["open_title"]
            self.blocks.append(make_block(BlockKind.HEADING, title.strip(), level=level))
        elif i in self.titles or i == self.top:
            self.flush()
            self.list_indents = []
            self.outline_parent = None
            self.read_layout_title(line.strip(), level=1 if i == self.top else 2)
        else:
            self.read_text(line)
        return i + 1

    def tables_at(self, i: int) -> tuple[list[Block] | None, int]:
        """The tables starting at ``i`` (None when there are none) and the index past them.

        A tab-indented run found not to be a table is not tried again from
        each of its later lines.
        """
        tables, end = tab_separated_table(self.lines, i)
        if tables is None:
            tables, end = pipe_separated_table(self.lines, i)
        if tables is None:
            tables, end = space_aligned_table(self.lines, i)
        if tables is None and i >= self.plain_until:
            tables, end = tab_indented_tables(self.lines, i)
            self.plain_until = end
        return tables, end

    def read_rule(self, line: str) -> None:
        """A rule under a lone line underlines a heading; otherwise it is dropped."""
        underline = line.strip()[0]
        if self.current is not None and is_underlinable(self.current) and (
                underline in _UNDERLINES or len(line.strip()) >= len(self.current.lines[0].strip())):
            self.current.kind, self.current.level = BlockKind.HEADING, self.heading_level(underline, False)
            self.list_indents = []
        self.flush()

    def overlined_heading(self, i: int, mark: str) -> bool:
        """A line between two rules of one character ("=====" / "Title" / "=====") is a heading."""
        if i + 2 >= len(self.lines) or not self.lines[i + 1].strip() or \
                self.current is not None and is_underlinable(self.current):
            return False  # the rule underlines the lone line above it
        under = _RULE.match(self.lines[i + 2])
        if under is None or under.group(1) != mark or _RULE.match(self.lines[i + 1]) or \
                len(self.lines[i + 1].strip()) > len(self.lines[i].strip()):
            return False
        self.flush()
        level = self.heading_level(mark, True)
        self.blocks.append(make_block(BlockKind.HEADING, self.lines[i + 1].strip(), level=level))
        self.list_indents = []
        return True

    def heading_level(self, mark: str, overlined: bool) -> int:
        """The level of a heading style: its place in the order the styles first appear."""
        if (mark, overlined) not in self.heading_styles:
            self.heading_styles.append((mark, overlined))
        return self.heading_styles.index((mark, overlined)) + 1

    def past_directive(self, i: int) -> int:
        """The index past a reStructuredText directive or comment and its indented lines
        (options such as ":suffix: ."); its content after a blank line is still read."""
        i += 1
        while i < len(self.lines) and self.lines[i].strip() and self.lines[i][:1] in (" ", "\t"):
            i += 1
        return i

    def read_layout_title(self, text: str, level: int) -> None:
        """A title found by layout; a remark after an item title's dash is the item's first paragraph."""
        title, remark = title_and_remark(text) if level > 1 else (text, "")
        self.blocks.append(make_block(BlockKind.HEADING, title, level=level + len(self.heading_styles)))
        if remark:
            self.blocks.append(make_block(BlockKind.PARAGRAPH, remark))

    def read_text(self, line: str) -> None:
        """A line of text: a new list item, more of the open block, or a new paragraph."""
        indent = indent_of(line)
        if (bold := loose_bold_line(line)) is not None:
            # "**Budget**" or "** Budget **" typed in a text file: a bold heading line, not a bullet.
            self.flush()
            self.blocks.append(make_block(BlockKind.PARAGRAPH, bold, lead_bold=bold))
            return
        item = None if line in self.names else plain_item(line, self.bare, self.dashes, self.numbers)
        if item is not None:
            self.flush()
            label = item.group("label")
            level = self.letter_depth(label, nest_level(self.list_indents, len(expand(item.group("indent")))))
            self.outline_parent = None  # lines under a marked item are its text, as before
            self.current = _OpenBlock(BlockKind.LIST_ITEM, [item.group("text")], indent, level, label)
        elif self.current is not None and continues(self.current, line, self.wrapped):
            self.current.lines.append(line)
        elif self.outline_parent is not None and indent > self.outline_parent and indent >= MIN_OUTLINE_INDENT:
            # "Next steps:" over lines indented under it, without bullets: an outline's items.
            self.flush()
            level = nest_level(self.list_indents, indent)
            self.current = _OpenBlock(BlockKind.LIST_ITEM, [line], indent, level, outline=True)
        else:
            self.flush()
            if not self.list_indents or indent <= self.list_indents[0]:
                self.list_indents = []
            self.current = _OpenBlock(BlockKind.PARAGRAPH, [line], indent)
            self.outline_parent = indent

    def letter_depth(self, label: str | None, level: int) -> int:
        """The level of an item by its marker: lettered items from "a." on, typed at the indent of the numbered
        item above them, are its sub-items ("4) Garden Finances:" over "a. Plot fees ...", "b. Bills ...")."""
        marker = (label or "").strip().strip("()").rstrip(".)")
        if marker.isdigit():
            self.number_level, self.lettered = level, False
        elif len(marker) == 1 and marker.isalpha() and self.number_level == level and \
                (self.lettered or marker in "aA"):
            self.lettered = True
            return level + 1
        return level

    def flush(self) -> None:
        """Close the open block, its lines joined into one text."""
        if self.current is not None:
            block = self.current
            text = " ".join(line.strip() for line in block.lines)
            self.blocks.append(make_block(block.kind, text, level=block.level, label=block.label,
                                          index=len(self.blocks)))  # (a block numbered so is kept by `numbered`)
            self.current = None


def is_underlinable(block: _OpenBlock) -> bool:
    """Only a one-line paragraph can be a heading underlined with === or ---."""
    return block.kind is BlockKind.PARAGRAPH and len(block.lines) == 1


def continues(block: _OpenBlock, line: str, wrapped: bool) -> bool:
    """Whether ``line`` continues ``block`` rather than starting a new one.

    A list item takes any line indented past its marker; other lines join
    only as wrapped text (see `joins_wrapped`).
    """
    if block.kind is BlockKind.LIST_ITEM and not block.outline and indent_of(line) > block.indent:
        # "1. Minutes of the AGM" over "   Approved.": the item's title, then its body on a line of its own
        # ("2. Accept draft minutes" over "      agreed without objections.": set in deeper than the text, its body)
        column = block.indent + len(block.label or "") + 1
        return not (len(block.lines) == 1 and (titles_its_body(block.lines[0], line) or
                                               body_set_in(block.lines[0], line, column)))
    previous = block.lines[-1]
    if block.kind is BlockKind.LIST_ITEM and len(block.lines) == 1 and block.label:
        if sentence_under_title(previous, line):
            return False
        # the item's whole first line, its number too: how wide it ran decides whether it wrapped
        previous = f"{' ' * block.indent}{block.label} {previous}"
    return joins_wrapped(previous, line, wrapped)
