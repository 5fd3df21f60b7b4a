"""Item titles that plain text marks only by layout.

Text copied out of a PDF or a word processor often loses its heading
styles: "Treasurer's Report" is then a short line standing over the bullets
(or the sentences) of its item, sometimes indented as if it continued the
bullet before. One such line proves nothing; the shape repeated through the
document does.
Also the "-Item" bullets such text types without a space after the dash.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.loaders.text.lines import WRAPPED_WIDTH, expand, is_hard_wrapped
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import MONTHS, WEEKDAYS
from notes_extract.vocab.labels import ABSENT, APOLOGY_WORDS, ATTENDANCE_HEADINGS, EXCUSED_ABSENCE
from notes_extract.vocab.sections import OPENING_ITEMS, STANDARD_ITEMS, WORDS_THAT_CUT_A_SENTENCE

# A line ending a sentence or a clause ("... approved.", "Apologies:").
_STOPPED = lazy_compile(r"[.!?:;]\W*$")
# A line of more words than this is running text, whether or not it ends a sentence.
MIN_PROSE_LINE_WORDS = 10
_SENTENCE_STOP = lazy_compile(r"[.!?][\"'’”)]?$")
# "Meeting 3 - 12 March 2024", "Tuesday 5th": a date line over an entry's text is the entry's date (logs).
# ("Approval of Minutes from August Meeting" names a month, not a date)
_DATED = lazy_compile(rf"\b(?:19|20)\d\d\b|(?=.*\d).*\b{any_of((*MONTHS, *WEEKDAYS))}\b", re.I)
# "Ruth Connolly", "Dr Ann Lee", "RC": a name or initials after a title's dash.
_LEADER = lazy_compile(r"(?:(?:Dr|Mr|Mrs|Ms|Cllr|Rev)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}|[A-Z]{2,3}")
# "Item 3", "Agenda item 3", "3.1": a title's number alone before its dash, the title after it.
_ITEM_NUMBER = lazy_compile(r"(?:agenda\s+)?item\s+\d{1,3}[a-z]?|\d{1,3}(?:\.\d{1,3})*\.?", re.I)
# "FGP 25/031 APOLOGIES", "Present": attendance alone, or an item under a minute reference: the segmenter
# reads those lines.
_READ_ELSEWHERE = lazy_compile(rf"^\W*(?:{ATTENDANCE_HEADINGS}|{APOLOGY_WORDS}|{ABSENT})\W*$"
                               r"|^\W*[A-Z]{0,5}\s*\d{1,4}/\d"
                               # "IV      APPROVAL OF ACCOUNTS", "3)  Budget": a numbered item, read by its number
                               r"|^\s*(?:\d{1,3}(?:\.\d{1,3})*|(?-i:[IVXLC]{1,6}|[A-Za-z]))(?:[.)]|\s{2,}|\t)", re.I)
_DIGIT = lazy_compile(r"\d")
# Titles opening with the same word, numbered or dated, that make a line so opened one of them.
MIN_SIBLING_TITLES = 2
# A title is a short line: at most this many words (a "Title – remark" line counts its title part).
MAX_TITLE_WORDS = 7
# The layout makes titles only when this many short lines stand over bullets in one document.
MIN_LAYOUT_TITLES = 3
# A document whose items are titled by layout has its own title on its first line when it is this short.
MAX_DOCUMENT_TITLE_WORDS = 12
# "-Lani motions ..." lines are bullets only when the document has this many of them.
MIN_TOUCHING_DASH_ITEMS = 2

# "-Joy seconds the motion": a dash touching a capitalised word ("-5" and "-based" are not bullets).
TOUCHING_DASH_ITEM = lazy_compile(r"^(?P<indent>[ \t]*)-(?P<label>)(?P<text>[A-Z][a-z].*)$")
# A title ends on a word or a closing bracket or quote, never a sentence's punctuation or a label's colon.
_TITLE_END = lazy_compile(r"[\w)’'\"”]\s*$")
# "Approval of the minutes – please read them first": the title before a dash and its remark.
_TITLE_REMARK = lazy_compile(r"\s+[–—-]\s+")
_CLOCK = lazy_compile(r"\b\d{1,2}[:.]\d{2}\b")
# Standing items that open a block of prose rather than bullets ("Call to Order" / "Lani calls ...").
_STANDING_TITLE = lazy_compile(rf"^(?:{OPENING_ITEMS}|{STANDARD_ITEMS})$", re.I)
# A word that names something, not a date's part: a log's first date line is no document title.
_NAMING_WORD = lazy_compile(rf"\b(?!(?:{any_of((*MONTHS, *WEEKDAYS))})\b)[A-Za-z]{{2,}}", re.I)
_CUT_WORD = lazy_compile(rf"\b{any_of(WORDS_THAT_CUT_A_SENTENCE)}$", re.I)
# "Present: Ann, Bo" over the item's bullets: the meeting's attendance, a field, never an item's title.
# ("Attendees - JL, TE, PW": the field set off by a dash)
_ATTENDANCE_FIELD = lazy_compile(rf"^(?:{ATTENDANCE_HEADINGS}|{APOLOGY_WORDS}|{ABSENT}|{EXCUSED_ABSENCE})"
                                 r"\s*(?::|[-–—]\s)", re.I)

ItemMatch = Callable[[str], "re.Match[str] | None"]


# "4.Matters Arising", "2.Will start the model": a number touching its capitalised text (no space after
# the full stop; "3.5" and "1.0" are numbers).
TOUCHING_NUMBER_ITEM = lazy_compile(r"^(?P<indent>[ \t]*)(?P<label>\d{1,2}\.)(?P<text>[A-Z][A-Za-z].*)$")


def touching_numbers(lines: list[str]) -> bool:
    """True when the file types items as "4.Title" and two of them follow on ("3.", "4.")."""
    numbers = {int(m["label"][:-1]) for line in lines if (m := TOUCHING_NUMBER_ITEM.match(line))}
    return any(n + 1 in numbers for n in numbers)


def touching_dash_items(lines: list[str]) -> bool:
    """True when the document types several bullets as "-Text" (no space after the dash)."""
    return sum(bool(TOUCHING_DASH_ITEM.match(line)) for line in lines) >= MIN_TOUCHING_DASH_ITEMS


def layout_titles(lines: list[str], item: ItemMatch) -> set[int]:
    """The indexes of lines that are item titles by layout alone.

    ``item`` matches a list item's line. A title stands directly over an
    item's bullets; once the shape repeats `MIN_LAYOUT_TITLES` times, a
    standing item's title ("Call to Order") over prose is one as well, and so
    is a line opening like the numbered or dated titles ("Agenda 20250115").
    Short lines after a blank one, directly over their item's sentences, are
    titles on their own once that shape repeats `MIN_LAYOUT_TITLES` times.
    """
    over_bullets: set[int] = set()
    standing: set[int] = set()
    over_prose: set[int] = set()
    wrapped = is_hard_wrapped(lines)
    first = next((i for i, line in enumerate(lines) if line.strip()), 0)
    for i, line in enumerate(lines[:-1]):
        if item(line) is not None or not _title_shaped(line.strip()) or wrapped and i and _wraps_on(lines[i - 1]):
            continue
        below = lines[i + 1]
        if item(below) is not None:
            over_bullets.add(i)
        elif below.strip() and _STANDING_TITLE.match(line.strip()):
            standing.add(i)
        if i > first and not lines[i - 1].strip() and item(below) is None and _prose(below) and \
                not _DATED.search(line) and not _READ_ELSEWHERE.search(line):
            over_prose.add(i)
    if len(over_bullets) >= MIN_LAYOUT_TITLES:
        over_bullets |= _numbered_siblings(lines, over_bullets, item)
    if len(over_prose) >= MIN_LAYOUT_TITLES:
        # "Agenda" / "DM reviewed the agenda for the meeting.": a short line after a blank one, directly over
        # the sentences of its item, again and again: the document's headings lost their marks
        return over_bullets | standing | over_prose
    if len(over_bullets) < MIN_LAYOUT_TITLES:
        return set()
    return over_bullets | standing


def _wraps_on(previous: str) -> bool:
    """Whether the line above, a full line of a hard-wrapped file with no stop at its end, goes on into this
    one ("- Treasurer - Joan Lee - proposed Ann Ode, seconded" / "  Bill Rowntree"): the wrap's tail, no title."""
    return len(expand(previous).rstrip()) >= WRAPPED_WIDTH and not _STOPPED.search(previous)


def document_title_line(lines: list[str], titles: set[int], item: ItemMatch) -> int | None:
    """The index of the document's own title line, over items titled by layout.

    Without it the first item title would read as the document's title.
    """
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if not titles or first is None or first in titles or item(lines[first]) is not None:
        return None
    line = lines[first]
    return first if len(line.split()) <= MAX_DOCUMENT_TITLE_WORDS and _NAMING_WORD.search(line) else None


def title_and_remark(text: str) -> tuple[str, str]:
    """A layout title's line cut at its dash: ("Approval of the minutes", "please read them first"); a name
    after the dash is who leads the item and stays with the title ("Safeguarding update – Ruth Connolly")."""
    title, _, remark = text.partition(m.group(0)) if (m := _TITLE_REMARK.search(text)) else (text, "", "")
    if _LEADER.fullmatch(remark.strip()) or _ITEM_NUMBER.fullmatch(title.strip()):
        return text.strip(), ""  # ("Item 3 – Budget": the number, then the title)
    return title.strip(), remark.strip()


def _numbered_siblings(lines: list[str], titles: set[int], item: ItemMatch) -> set[int]:
    """Lines after a blank one that open with the word the numbered or dated titles open with ("Agenda
    20250115" over "Demo", among "Agenda 20250204" over bullets): the same entry titles, whatever is below."""
    words = [lines[i].split()[0].lower() for i in titles if _DIGIT.search(lines[i])]
    shared = {w for w in words if words.count(w) >= MIN_SIBLING_TITLES}
    return {i for i, line in enumerate(lines[:-1]) if i not in titles and i and not lines[i - 1].strip() and
            _DIGIT.search(line) and line.split() and line.split()[0].lower() in shared and item(line) is None and
            _title_shaped(line.strip())} if shared else set()


def _prose(line: str) -> bool:
    """A line of running text: a sentence's end, or more words than a title has."""
    text = line.strip()
    return bool(_SENTENCE_STOP.search(text)) or len(text.split()) > MIN_PROSE_LINE_WORDS


def _title_shaped(text: str) -> bool:
    """A short capitalised line without a sentence's ending or a clock time."""
    title = _TITLE_REMARK.split(text, maxsplit=1)[0]
    return (bool(title) and title[0].isupper() and len(title.split()) <= MAX_TITLE_WORDS
            and _TITLE_END.search(text) is not None and not _CUT_WORD.search(title)
            and not _CLOCK.search(text) and not _ATTENDANCE_FIELD.match(text))
