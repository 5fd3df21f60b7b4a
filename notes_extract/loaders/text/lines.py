"""Line layout shared by the Markdown and plain-text readers.

Owns how the readers measure lines (tabs, indents, list nesting), whether a
file is hard-wrapped, and when one line continues the one before it. Also
the clock: the readers call a ``Tick`` every `CLOCK_EVERY` lines.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from notes_extract.chat_lines import marked_chat_line
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.text.markdown_inline import LINK
from notes_extract.vocab.labels import ABSENT, APOLOGY_WORDS, ATTENDANCE_HEADINGS, EXCUSED_ABSENCE

TAB_WIDTH = 4
# A line at least this wide "looks wrapped": the next line may continue it.
WRAPPED_WIDTH = 60
# A line shorter than this, after a sentence's end and itself unpunctuated, is a heading, not the wrap's tail.
HEADING_LINE_WIDTH = 30
# Lines wider than this mean the file keeps one paragraph per line...
UNWRAPPED_WIDTH = 100
# ...unless they are rare: a hard-wrapped file may still have one such line
# in this many (a long URL, a pasted command).
LINES_PER_WIDE_LINE = 50
# The parsers check the clock every this many lines.
CLOCK_EVERY = 2000

Tick = Callable[[], None]

# Glyph bullets may touch their text ("•Item" is common in pasted text);
# ASCII ones need a space so "-5" or "*note" are not taken for bullets.
BULLET_GLYPHS = "·•▪◦‣●○■□➢►\uf0b7\uf0a7\uf0d8"
# Starts of lines that are records of their own, never a wrapped remainder.
_RECORD_START = lazy_compile(
    # "Apologies:", "**Apologies:**", "**Apologies**:"
    r"^(?:[*_]{0,3}[A-Z][\w'’&/().-]*(?:[ \t]+[\w'’&/().-]+){0,3}[ \t]*[*_]{0,3}:[*_]{0,3}(?:\s|$)"
    r"|\#\d+\b"  # #17003 (issue numbers)
    r"|\d{1,2}[:.]\d{2}\b"  # 10:30
    r"|\[[ xX]\])"  # [ ] checkbox
)

# "Regrets - SG, TT", "Apologies – Ann Lee": an attendance field set off by a dash, a record of its own too.
_ATTENDANCE_DASH = lazy_compile(rf"^(?:{ATTENDANCE_HEADINGS}|{APOLOGY_WORDS}|{ABSENT}|{EXCUSED_ABSENCE})\s*[-–—]\s",
                                re.I)

# A line that is a date and nothing else ("23 January 2023", "4th July 2022", "Tuesday, 5 March 2024").
_DATE_LINE = lazy_compile(
    r"(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})")
_SENTENCE_END = lazy_compile(r"[.!?]\s*$")
_ENDS_PUNCTUATED = lazy_compile(r"[.,;:!?]\s*$")
# A line opening with a date ("Sunday 2 March 2025, ...", "March 2, 2025 ..."), and a line stopping on a word
# that leads on to one ("... held on", "... meeting of").
_OPENS_WITH_DATE = lazy_compile(
    r"[*_]{0,2}(?:[A-Z][a-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})\b"
    r"|\d{4}-\d{2}-\d{2}\b)")
_RUN_ON_END = lazy_compile(r"\b(?:on|of|and|the|in|at|for|to|from|by|held|dated|a|an)[\s,]*$", re.I)

# A line that stops mid-sentence (a word or a comma, no full stop, colon or bracket), and
# one that opens in lower case: together, the second line is the first one's remainder.
_MID_SENTENCE_END = lazy_compile(r"[a-z,]\s*$")
_LOWER_START = lazy_compile(r"^[a-z]")


def expand(line: str) -> str:
    """The line with tabs as spaces, so indents compare as columns."""
    return line.expandtabs(TAB_WIDTH)


def indent_of(line: str) -> int:
    """The column where the line's text starts, tabs expanded."""
    expanded = expand(line)
    return len(expanded) - len(expanded.lstrip(" "))


def nest_level(stack: list[int], indent: int) -> int:
    """The nesting level of a list item at ``indent``, updating ``stack``.

    ``stack`` holds the distinct indents seen in the current list, so 0, 2 or
    4 spaces deeper than the parent all mean "one level down" alike.
    """
    while stack and stack[-1] > indent:
        stack.pop()
    if not stack or stack[-1] < indent:
        stack.append(indent)
    return len(stack) - 1


def is_hard_wrapped(lines: list[str]) -> bool:
    """Whether the file wraps paragraphs at a fixed width.

    If more than one line in `LINES_PER_WIDE_LINE` runs past `UNWRAPPED_WIDTH`,
    each line is a paragraph of its own and joining lines would merge
    separate items.
    Pipe-table rows and link targets are not prose, so they are not counted.
    """
    # (a link is "[text](target)": a line without "](" holds none, and most lines are such)
    prose = (LINK.sub(r"\1", line) if "](" in line else line for line in lines if not line.lstrip().startswith("|"))
    widths = [len(expand(line).rstrip()) for line in prose if line.strip()]
    return sum(w > UNWRAPPED_WIDTH for w in widths) * LINES_PER_WIDE_LINE <= len(widths)


def joins_wrapped(previous: str, line: str, wrapped: bool) -> bool:
    """Whether ``line`` reads as the wrapped remainder of ``previous``.

    Minutes are often typed one item per line ("Present: …" then
    "Apologies: …"), so lines join only in a hard-wrapped file, after a line
    long enough to have wrapped, and not when the new line opens like a
    record of its own: a label such as "Apologies:", an issue number, a time
    or a checkbox.
    """
    if cut_mid_phrase(previous, line):
        return True
    if len(expand(previous).rstrip()) < WRAPPED_WIDTH:
        return False
    if _SENTENCE_END.search(previous) and _DATE_LINE.fullmatch(line.strip()):
        return False  # "... details of the next meeting." / "23 January 2023": an entry's date, not more text
    if _SENTENCE_END.search(previous) and len(line.strip()) < HEADING_LINE_WIDTH and \
            not _ENDS_PUNCTUATED.search(line) and line.strip()[:1].isupper():
        return False  # "... the test plan." / "Meeting 3 – 12/03/2024": a heading after a sentence, no remainder
    if _OPENS_WITH_DATE.match(line.strip()) and not _RUN_ON_END.search(previous):
        return False  # "Minutes of the AGM of the Club" / "Sunday 2 March 2025, Clubhouse": the facts under a title
    if marked_chat_line(line):
        return False  # "[11:05] <ann> ...": each message of a chat log is a line of its own
    if _capitals_only(previous) and not _capitals_only(line) and line.strip()[:1].isupper():
        return False  # "5. TO RECEIVE THE MINUTES OF THE MEETING HELD ON ..." / "The minutes were agreed.": a title
    if not wrapped:
        # Even where most lines are paragraphs, a long line cut mid-sentence whose
        # next line opens in lower case ("Ian will scan these" / "documents and ...") goes on.
        return bool(_MID_SENTENCE_END.search(previous) and _LOWER_START.match(line.strip()))
    return not _RECORD_START.match(line.strip()) and not _ATTENDANCE_DASH.match(line.strip())


# "ann: agreed" / "bob.s: next": a speaker's label in lower case opens a turn of its own, never a remainder.
_LOWER_SPEAKER = lazy_compile(r"^[\w.@-]+:(\s|$)")


def cut_mid_phrase(previous: str, line: str) -> bool:
    """Whether ``previous`` stops on a word that must go on ("the", "of", "to", "and", ...) and ``line``
    goes on in lower case, however short ``previous`` is: an editor's early line break, "1. CALL TO ORDER:
    Chair Perry called the" / "meeting to order at 2:00 p.m. ...". (A line stopping on another word is not
    joined so: "Hedges, trees" / "paths ..." may be lines of their own.)"""
    text = line.strip()
    return bool(_LOWER_START.match(text)) and not _LOWER_SPEAKER.match(text) and bool(_RUN_ON_END.search(previous))


def _capitals_only(line: str) -> bool:
    """Whether a line's letters are all capitals (a council's item title), with a few words at least."""
    return line.isupper() and len(line.split()) >= MIN_CAPITALS_TITLE_WORDS


# A line in capitals of this many words is a title, not a wrapped sentence (an acronym or a name may open one).
MIN_CAPITALS_TITLE_WORDS = 3
# A list item's first line is a title over its body when it is this short (in words) and reads as one.
MAX_ITEM_TITLE_WORDS = 8
_BODY_START = lazy_compile(r"^[A-Z0-9£$€(\"“]")
_TITLE_END = lazy_compile(r"[.!?,;&/-]\s*$")


def titles_its_body(first: str, line: str) -> bool:
    """Whether a list item whose only line is ``first`` is a title, so that ``line`` indented under it
    starts the item's body rather than wrapping it ("1. Minutes of the AGM" over "   Approved. Proposed ...").
    A wrapped line is long; a title is short, unpunctuated and not cut mid-phrase, and its body opens anew."""
    text = first.strip().strip("*_ ").strip()
    if _LABEL_CLOSE.search(text) and _BODY_START.match(line.strip()):
        return True  # "4. Notes of the last meeting to be approved as minutes:-" / "   The minutes were signed ...."
    return bool(text) and len(expand(first).rstrip()) < WRAPPED_WIDTH and \
        len(text.split()) <= MAX_ITEM_TITLE_WORDS and not _TITLE_END.search(text) and \
        not _RUN_ON_END.search(text) and bool(_BODY_START.match(line.strip()))



# A whole sentence on its line: a capital, at least three words, a stop at the end.
_SENTENCE_LINE = lazy_compile(r"^[A-Z][^.!?]*\s\S+\s[^.!?]*\S[.!?]$")


def sentence_under_title(first: str, line: str) -> bool:
    """Whether ``line``, a whole sentence of its own, is the body of a numbered item whose only line is
    ``first``, ending on no word that leads on ("48.15 To confirm the annual return has been completed" /
    "Trustee Hodson confirmed this had been actioned."): however wide the title ran, the sentence is new."""
    return bool(_SENTENCE_LINE.match(line.strip())) and not _RUN_ON_END.search(first) and \
        not _ENDS_PUNCTUATED.search(first)


# A title closed as a label ("... approved as minutes:-", "Correspondence:"): what follows is its body.
_LABEL_CLOSE = lazy_compile(r":-?\s*$")

# How much deeper than an item's text its body is set: a wrapped line aligns with the text, a body is set in.
BODY_INDENT_STEP = 2


def body_set_in(first: str, line: str, text_column: int) -> bool:
    """Whether ``line`` is set in deeper than the text of a list item whose only line is the title ``first``
    ("2. Accept draft minutes" over "      agreed without objections."): its body, in lower case or not, not
    the title's wrap, which aligns with the text."""
    text = first.strip().strip("*_ ").strip()
    return bool(text) and indent_of(line) >= text_column + BODY_INDENT_STEP and \
        len(text.split()) <= MAX_ITEM_TITLE_WORDS and not _TITLE_END.search(text) and not _RUN_ON_END.search(text)
