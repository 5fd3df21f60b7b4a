"""Headings: which blocks start a new part of the minutes, and the title a
heading or a numbered or labelled paragraph gives its section.

A heading may be a heading style, a bold line, a short plain line above
running text, a numbered list item, "3 Title: text" or "Title: text".
"""

from __future__ import annotations

import re

from notes_extract.dates import first_full_date, opens_with_full_date
from notes_extract.document import Block, BlockKind, more_words_than
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import is_known_role
from notes_extract.segment.closing_records import records_the_close
from notes_extract.segment.labels import NOT_TOPICS, attendance_label, is_date_line, is_role_line, next_meeting_label
from notes_extract.segment.lettered_parts import titles_lettered_parts
from notes_extract.segment.minute_refs import MINUTE_REF_LABEL, item_title_words
from notes_extract.segment.minutes_items import sentence_after_label
from notes_extract.segment.timed_items import CLOCK_RANGE_ONLY
from notes_extract.segment.title_over_note import note_under_title, running_note
from notes_extract.segment.title_over_note import short_line as _short_line
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.build import any_of
from notes_extract.vocab.decisions import (
    MOTION_DETAIL,
    MOTION_DETAIL_WORDS,
    MOTION_TO_APPROVE_LABEL,
    MOVER_FIELD_LABEL,
    OUTCOME_ONLY,
    OUTCOME_ONLY_WORDS,
    RULING,
    VERDICT,
)
from notes_extract.vocab.people import NAME, ROLE_NOUNS, STREET_WORDS, TITLES_BEFORE_NAME
from notes_extract.vocab.sections import (
    AGENDA_ITEM_VERBS,
    GROUPING_WORDS,
    ITEM_NUMBER_WORDS,
    PRESENTER_VERBS,
    QUOTATION_VERBS,
    WORDS_THAT_CUT_A_SENTENCE,
)
from notes_extract.vocab.sections import OPENING_ITEMS as OPENING_ITEM_NAMES
from notes_extract.vocab.sections import STANDARD_ITEMS as STANDARD_ITEM_NAMES

# "Anti-racism work update - Isaac provided an update ...": a topic, then who led it.
_TOPIC_THEN_PRESENTER = lazy_compile(
    r"^(?P<title>[^.:;]{3,80}?)\s+[-–—]\s+(?P<rest>(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})\s+"
    + PRESENTER_VERBS + r"\b.*)$")

# "Public Comment: None" / "Oakland Mills: Christopher reported ...": a
# Title Case label opening a paragraph names the item it is about.
_INLINE_TOPIC = lazy_compile(
    r"^(?P<title>[A-Z0-9][\w'’&/-]*(?:\s+(?:[A-Z0-9][\w'’&/.-]*|of|and|the|for|to|in|on|&|-)){0,5}"
    r"|[A-Z][\w'’&/-]*(?:\s+[a-z][\w'’&/-]*){0,1}\s+(?:report|update|updates|review|news|recap|summary))"
    # "Breakfast report: ..."
    r"\s*:\s+(?P<rest>\S.*)$")

# "Election of a new chair: Pam reported ...", "Reports from networks:": a sentence-case
# label of a few words opening a paragraph. Read so only when a document writes several
# items this way (`MIN_SENTENCE_CASE_TOPICS`); once, it may be a sentence.
_SENTENCE_CASE_TOPIC = lazy_compile(
    r"^(?P<title>[A-Z][\w'’&/-]*(?:\s+[\w'’&/.-]+){0,8})\s*:(?!\d)\s*(?P<rest>.*)$")
# "Recorded by: ...", "Sent to: ...": a label ending in a preposition names a person, not an item.
_ENDS_IN_PREPOSITION = lazy_compile(r"\b(by|to|of|for|from|with|at|on|in)$", re.I)
_LOWERCASE_WORD = lazy_compile(r"\s[a-z]")
MIN_SENTENCE_CASE_TOPICS = 3
# Labels ("Action items", "Note") are this short; a longer title may start with their word.
MAX_LABEL_WORDS = 2

# A speaker's or a tally's initials ("AZ", "SF"), as scribe minutes write them before a colon.
INITIALS = lazy_compile(r"[A-Z]{1,3}")
# A verb that makes a line a sentence rather than a title.
FINITE_VERB = lazy_compile(r"\b(was|were|is|are|has|have|had|will|would|did|does)\b", re.I)
# Words that open a sentence of discussion, not a heading.
SENTENCE_OPENERS = lazy_compile(
    r"^(it|there|this|we|they|he|she|the group|members|group members|an? |all|no )\b", re.I)

# A numbered line: "3.", "(IV)", "12.1 ", "5 Title", "1-2-1 Title" (short parts, so no ISO date), "5 98-1 New Course".
NUMBERED = lazy_compile(r"^\(?(\d{1,4}(\.\d{1,3})*|[IVX]{1,5})\s*[.):]|^\d{1,4}(\.\d{1,3})+\s"
                        r"|^\d{1,2}(-\d{1,2})+\s+(?=\S)|^\d{1,4}\s+(?=[‘'\"“]?\s?[A-Z]|\d{1,4}-\d{1,4}[A-Z]?\s+[A-Z])")
# The separators of an outline number; each one is a level deeper ("3.1.2", "1-2-1": depth 3).
OUTLINE_SEPARATOR = lazy_compile(r"[.-](?=\d)")
# Agenda items that start a section even between numbered ones.
STANDARD_ITEMS = lazy_compile(rf"^({STANDARD_ITEM_NAMES})\W*$", re.I)
# The first agenda items of many minutes; they end the title block.
OPENING_ITEMS = lazy_compile(rf"^\W*(\d+[.)]?\s*)?({OPENING_ITEM_NAMES})\W*$", re.I)
# "1. Call to Order", "I. Welcome": a heading numbered as the first item opens the body, whatever its words.
FIRST_ITEM_NUMBER = lazy_compile(r"^\(?(?:0?1|I)(?:[.)]|\s?-)\s+[A-Z\"“]")

# --- patterns the rules below use ---------------------------------------------

_DASH_THEN_TEXT = lazy_compile(r"^\s*[-–—]\s")
# A sentence: a capital, then at least four words, then a full stop ("The balance is 410 pounds.").
_SENTENCE = lazy_compile(r"^[A-Z][^.!?]*(?:\s+\S+){3,}[.!?]$")
_LEAD_SEPARATOR = lazy_compile(r"^\s*[-–—:]\s*")
# Lines that read as a vote count, a formula or a clause rather than a title.
_VOTE_OR_FORMULA = lazy_compile(r"[=+]|\(\s*(for\s+)?[\d,]+|^votes?\b", re.I)
_CLAUSE_WORD = lazy_compile(r"\b(that|which|whom?)\b")
# "Old Business: None": a label and its value on one line.
_LABELLED_LINE = lazy_compile(r"^[^:]{2,40}:\s+\S")
_NOTHING_TO_REPORT = lazy_compile(r"(none|nil|n/?a|no\.?)\W*", re.I)
_DASHED_OUTCOME_WORD = lazy_compile(r"\S\s+[-–—]\s*(?:agreed|approved|accepted|adopted|noted|carried|received)\W*$",
                                    re.I)
# Numbering styles, outermost first: "IV", "B", "2.1", "c".
_ROMAN_LABEL = lazy_compile(r"[IVXLC]+")
_CAPITAL_LABEL = lazy_compile(r"[A-Z]")
_NUMBER_LABEL = lazy_compile(r"\d+(\.\d+)*")
_SMALL_LETTER_LABEL = lazy_compile(r"[a-z]")
# "5 Quoracy: ...": an item number typed into a paragraph.
_BARE_NUMBER = lazy_compile(r"^\d{1,2}\s+(?=[A-Z])")
_TOP_NUMBER_LABEL = lazy_compile(r"\d{1,2}[.)]?")
TITLE_COLON_TEXT = lazy_compile(r"^(?P<title>[^:.;]{3,60}?)\s*:\s+(?P<rest>\S.*)$")
# A title in capitals, a dash, then the item's text: the dash sets the title off as a colon would.
# Its text is a sentence ("4. GCC – Road closure notice" is a letter's sender and subject, no item).
# (a word of four capitals at least: "CMS - ISIS are getting ..." is an acronym opening a sentence)
_CAPITALS_TITLE = r"^(?P<title>(?=[A-Z'’&/ ]*[A-Z]{4})[A-Z][A-Z'’&/]+(?:\s+[A-Z'’&/]+){0,6})\s+[-–—]\s+"
_CAPITALS_DASH_TEXT = lazy_compile(rf"{_CAPITALS_TITLE}(?P<rest>\S.*[.!?])$")
_CAPITALS_DASH_CLOCK = lazy_compile(rf"{_CAPITALS_TITLE}(?P<rest>\d.*)$")
_REGARDING = lazy_compile(r"^(on|re|regarding)\s+", re.I)
# "To Approve/Sign the Minutes of the Council Meeting of 12 June: Cllr A proposed ...": an agenda-worded
# item; its verb marks the title, however long, up to its colon.
_AGENDA_VERB_TITLE = lazy_compile(rf"^(?P<title>{any_of(AGENDA_ITEM_VERBS)}\b[^:;]{{3,140}}?)\s*:\s*(?P<rest>.*)$",
                                  re.I)
_TITLE_PARENTHESIS = lazy_compile(r"^(?P<title>[A-Z][^(:.;]{3,60}?)\s*\((?P<rest>.+)\)\s*$")
_LINK_OR_MARKUP = lazy_compile(r"^(https?:|www\.|<)")
_DIGIT = lazy_compile(r"\d")
_LEADING_NUMBER = lazy_compile(r"^\(?(\d{1,3})")
# An item number opening a heading: "2.1 Budget", "1-2 Budget", "Agenda 3: Budget".
_OUTLINE_ITEM = lazy_compile(rf"{NUMBERED.pattern}|^(?i:{ITEM_NUMBER_WORDS})\s*\d")
_CLOCK = lazy_compile(r"^\d{1,2}[.:]\d{2}\b")
# "Item 4: Website", "Agenda item 2.1 - Budget": an item word and number before the title.
ITEM_WORD_NUMBER = lazy_compile(rf"^(?i:{ITEM_NUMBER_WORDS})\s*(?P<number>\d{{1,3}}(?:[.-]\d{{1,3}})*)\s*[:.)–—-]\s*\S")


# A line that is only a clock time ("3:05pm" under "Meeting close"): a point, never a heading.
CLOCK_ONLY = lazy_compile(r"^\s*(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?)\s*$", re.I)

# "Ann Lee, President   Bo Ode, Executive Secretary": the signatures under the minutes, not an item.
_SIGNED_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3},\s+(?:[A-Z][a-z]+\s+){0,2}"
_SIGNATURE_LINE = lazy_compile(rf"^(?:{_SIGNED_NAME}(?i:{TITLES_BEFORE_NAME}|{any_of(ROLE_NOUNS)})\s*){{2,}}$")


def is_heading_like(block: Block, following: Block | None) -> bool:
    """Whether a block starts a new part of the minutes (its shape read first: it rules out most paragraphs)."""
    text = block.text.strip()
    return _heading_shape(block, text, following) and not _never_heading(block, text)


def _never_heading(block: Block, text: str) -> bool:
    """A ruling, verdict, clock time, codes, signatures, a motion's result ("Approved 6-0-1"): never a heading."""
    return bool(RULING.match(text) or VERDICT.match(text) or CLOCK_ONLY.match(block.text) or _code_only(text) or
                CLOCK_RANGE_ONLY.match(text) or _SIGNATURE_LINE.match(text) or
                block.kind is BlockKind.PARAGRAPH and (_OUTCOME_ONLY.match(text) or
                                                          not block.all_bold and records_the_close(text)))


def _heading_shape(block: Block, text: str, following: Block | None) -> bool:
    """Whether a block is written as a heading: styled as one, an item's short title, a label over its list."""
    if block.kind is BlockKind.HEADING:
        return True
    if not block.all_bold and cut_sentence(text, following):
        return False
    if block.kind is BlockKind.LIST_ITEM:
        return _item_heading(block, following)
    if block.kind is not BlockKind.PARAGRAPH:
        return False
    if block.all_bold and not more_words_than(block.text, 15):
        return not _bold_motion(text, following)
    if heading_split(block)[0] and following is not None and following.kind is BlockKind.LIST_ITEM:
        return True
    if list_label(block, following) or labels_bullets(block, following):
        return True  # "Updates:" / "Business:" over its own bullets
    return _plain_heading(block, following)


_MOTION_DETAIL = TriggeredPattern(lazy_compile(MOTION_DETAIL), MOTION_DETAIL_WORDS)
_OUTCOME_ONLY = TriggeredPattern(lazy_compile(OUTCOME_ONLY, re.I), OUTCOME_ONLY_WORDS)


def _bold_motion(text: str, following: Block | None) -> bool:
    """"**Ann for Treasurer.**" over "Proposed by: Bo" or "Carried.": a bold sentence (it ends
    with a full stop) whose next line gives its mover or result is the motion, not a heading."""
    if following is None or not text.rstrip("*_ ").endswith(".") or following.kind is BlockKind.HEADING:
        return False
    line = following.text.strip()
    return bool(_MOTION_DETAIL.search(line) or _OUTCOME_ONLY.match(line))


# "Business:", "Points discussed:", "Purpose:": a short capitalised label alone on its line.
_LABEL_HEADING = lazy_compile(r"^[A-Z][\w'’&/()-]*(?:\s+[\w'’&/()-]+){0,4}\s*:$")


def is_label_heading(text: str) -> bool:
    """Whether a line is only a short label that names the points listed under it."""
    label = text.strip().rstrip(":").strip()
    if NOT_TOPICS.match(label) or SENTENCE_OPENERS.match(label):
        return False  # "Notes:", "Summary:": a field of the item above; "We agreed:" a sentence
    return bool(_LABEL_HEADING.match(text.strip())) and not FINITE_VERB.search(text) and \
        not _ENDS_IN_PREPOSITION.search(text.strip().rstrip(":").strip())


def labels_bullets(block: Block, following: Block | None) -> bool:
    """A "Business:" label line over bullets: an item of the body, never a title line."""
    return block.kind is BlockKind.PARAGRAPH and following is not None and \
        following.kind is BlockKind.LIST_ITEM and is_label_heading(block.text)


# A token of a reference code: one with a digit ("CT.4073/J", "1131") or capitals joined
# by a dot or slash ("CT.CONTR"). A line of such tokens only has no words to be a title.
_CODE_TOKEN = lazy_compile(r"\S*\d\S*|[A-Z]+(?:[./][A-Z]+)+")
_TRAILING_PUNCTUATION = ":;,)("
_NON_SPACE = lazy_compile(r"\S+")


# The last word of a line the line break cut mid-sentence ("... voted for the").
_CUT_AT_WORD = lazy_compile(rf"\s{any_of(WORDS_THAT_CUT_A_SENTENCE)}$", re.I)
# All of a line that check reads: the space, the longest such word and a final newline ("$" allows one);
# searching only that tail spares trying the words at every position of a long paragraph.
_CUT_TAIL_CHARS = 2 + max(len(word) for word in WORDS_THAT_CUT_A_SENTENCE)
# A sentence carried on to the next line, which opens in lower case ("... held in May" / "it was decided ...").
_CARRIED_ON = lazy_compile(r"^[a-z]")
# A row of a payments list ("Ann Lee Hall hire £40.00 £1,128.47"): it ends in an amount, as no title does.
_ENDS_IN_AMOUNT = lazy_compile(r"[£$€]\s?\d[\d,]*(?:\.\d{2})?\)?$")


def cut_sentence(text: str, following: Block | None) -> bool:
    """Whether a plain line is part of running text rather than a title: it ends on a word
    no title ends on, ends in a sum of money, or runs on into a paragraph opening in lower case."""
    if _CUT_AT_WORD.search(text[-_CUT_TAIL_CHARS:]) or _ENDS_IN_AMOUNT.search(text):
        return True
    return following is not None and following.kind is BlockKind.PARAGRAPH and \
        text[-1:] not in ".:;!?" and bool(_CARRIED_ON.match(following.text.strip()))


def _code_only(text: str) -> bool:
    """A line of reference codes only ("CT.4073/J", "TPO313/1", "CT.CONTR 1131"): it
    names an application under an item, so it is a point, not a section title."""
    tokens = (token[0].strip(_TRAILING_PUNCTUATION) for token in _NON_SPACE.finditer(text))  # as text.split(), lazily
    if not _DIGIT.search(text) or not all(_CODE_TOKEN.fullmatch(token) for token in tokens if token):
        return False  # the usual line: no digit (codes hold one), or a word that is no code, found at once
    return any(char.isalpha() for char in text) and any(char.isdigit() for char in text)


def _lead_bold_title(block: Block) -> str | None:
    """The bold title a paragraph opens with, when the rest runs on after a dash."""
    lead = block.lead_bold.strip().rstrip(":-–— ")
    if not lead or block.all_bold or len(lead.split()) > 10:
        return None
    rest = block.text[len(block.lead_bold.strip()):]
    if _DASH_THEN_TEXT.match(rest):
        return lead
    return None


def _item_heading(block: Block, following: Block | None) -> bool:
    """A numbered agenda item written as a list item: short, with its minutes
    in the paragraphs below it (bold or in capitals, or numbered and followed
    by a paragraph rather than the next item of a list)."""
    text = block.text.strip()
    if not text or more_words_than(text, item_title_words(text)) or text[-1] in ".;,!?" or block.level or not following:
        return False
    emphasised = block.all_bold or (text.isupper() and len(text) > 3)
    if following.kind is BlockKind.LIST_ITEM and following.level > block.level and \
            MINUTE_REF_LABEL.fullmatch(block.label or ""):
        return True  # "23/48 RISK REGISTER" over its indented text: a minute numbers an item of the body
    if emphasised:
        return following.kind is not BlockKind.LIST_ITEM or following.label is not None and \
            label_rank(following.label) > label_rank(block.label)
    if not block.label or len(text.split()) > 10 or FINITE_VERB.search(text):
        return False
    rank = label_rank(block.label)  # a roman or capital-letter item over deeper-numbered ones groups them
    if following.kind is BlockKind.LIST_ITEM and (_OUTLINE_LABEL.fullmatch(block.label.strip("().")) and
                                                  _sub_number_of(following.label, block.label) or
                                                  rank <= 1 and rank < label_rank(following.label) < 9 or
                                                  rank == 2 and label_rank(following.label) == SMALL_LETTER_RANK and
                                                  titles_lettered_parts(text, following)):
        return True  # "1 Boats" over "1-1 Repairs", "IV. Old Business" over "A. Park day", "2. Reports" over "a. Show"
    # Its minutes may be a table ("2. Actions of the previous meeting" over the action table); a minute
    # ("24/104 Planning") may hold lettered sub-items ("a) 24/0099 Rose Cottage ...").
    # "a. Purchase of a new engine" over its paragraph: a lettered sub-item of a heading's group
    if label_rank(block.label) == SMALL_LETTER_RANK and following.kind is BlockKind.PARAGRAPH:
        return True
    if label_rank(block.label) <= 2 and following.kind is BlockKind.LIST_ITEM and not following.label and \
            following.level == block.level and len(text.split()) <= MAX_BULLETED_TOPIC_WORDS:
        return True  # "1. Logistics" over "- Calendar entries are updated.": a numbered topic, its notes bulleted
    return (label_rank(block.label) <= 2 or bool(_OUTLINE_LABEL.fullmatch(block.label.strip("().")))) and \
        (following.kind in (BlockKind.PARAGRAPH, BlockKind.TABLE) or following.kind is BlockKind.LIST_ITEM and
         bool(MINUTE_REF_LABEL.fullmatch(block.label)) and following.label is not None and
         label_rank(following.label) > 2)


# A numbered topic over bulleted notes is a few words ("1. Logistics"); a longer line is a point of a list.
MAX_BULLETED_TOPIC_WORDS = 6
# An outline number of any depth: "1", "2.1", "1-2-1".
_OUTLINE_LABEL = lazy_compile(r"\d{1,3}(?:[.-]\d{1,3})*")


def _sub_number_of(label: str | None, parent: str) -> bool:
    """Whether ``label`` numbers a sub-item of ``parent`` ("1-2" of "1", "2.1.3" of "2.1")."""
    core, parent_core = (label or "").strip("()."), parent.strip("().").removesuffix(".0")  # "3.0" over "3.1"
    return bool(_OUTLINE_LABEL.fullmatch(core)) and len(core) > len(parent_core) + 1 and \
        core.startswith(parent_core) and core[len(parent_core)] in ".-"


# "Completed tasks:", "Questions:": a short label over the list it introduces.
_LIST_LABEL = lazy_compile(r"^[A-Z][\w'’&/ -]*:$")
MAX_LIST_LABEL_WORDS = 3


def list_label(block: Block, following: Block | None) -> bool:
    """A short label of a few words, ending in a colon, over a list that starts at the top
    level: the heading of the items below it (progress logs: "Updates:", "Questions:")."""
    text = block.text.strip()
    return bool(following is not None and following.kind is BlockKind.LIST_ITEM and following.level == 0
                and _LIST_LABEL.match(text) and len(text.split()) <= MAX_LIST_LABEL_WORDS
                and not FINITE_VERB.search(text) and not SENTENCE_OPENERS.match(text))


MAX_PROSE_LABEL_WORDS = 5
# A document titles its items with "Label:" lines over prose when it has at least this many.
MIN_PROSE_LABELS = 2


def prose_label(block: Block, following: Block | None) -> bool:
    """"Public Comments:" on a line of its own over the item's paragraphs: the item's title."""
    text = block.text.strip()
    return block.kind is BlockKind.PARAGRAPH and following is not None and following.kind is BlockKind.PARAGRAPH \
        and bool(_LIST_LABEL.match(text)) and len(text.split()) <= MAX_PROSE_LABEL_WORDS \
        and not FINITE_VERB.search(text) and not SENTENCE_OPENERS.match(text)


def writes_prose_labels(blocks: list[Block]) -> bool:
    """Whether the document titles several items with "Label:" lines over their paragraphs."""
    found = sum(1 for block, following in zip(blocks, blocks[1:], strict=False) if prose_label(block, following))
    return found >= MIN_PROSE_LABELS


def plain_list_label(block: Block | None, following: Block | None = None) -> bool:
    """A plain paragraph "Label:" (over a list when ``following`` is given): the headings of
    a progress log whose entries have no others, where the next such label is a sibling."""
    if block is None or block.kind is not BlockKind.PARAGRAPH or block.all_bold:
        return False
    return list_label(block, following) if following is not None else bool(_LIST_LABEL.match(block.text.strip()))


def _plain_heading(block: Block, following: Block | None) -> bool:
    """A short plain line that introduces what follows (text and PDF minutes)."""
    text = block.text.strip()
    if STANDARD_ITEMS.match(text) and following is not None:
        return True
    if not text or more_words_than(text, 12) or text[-1] in ".;,!?:" or SENTENCE_OPENERS.match(text):
        return False
    if following is None or following.kind is BlockKind.HEADING and not NUMBERED.match(text):
        return False
    if FINITE_VERB.search(text) and not block.all_bold:
        return False  # a sentence without its full stop, not a heading
    if not block.all_bold and (_VOTE_OR_FORMULA.search(text) or _CLAUSE_WORD.search(text) or
                               _MOTION_DETAIL.search(text)):
        return False  # a vote count, a formula, a clause, a motion ("Motion made by Ann to ..."): not a heading
    if ITEM_WORD_NUMBER.match(text):
        return True  # "Item 4: Website", "Agenda item 2 - Budget": a numbered item's title line
    if _DASHED_OUTCOME_WORD.search(text):
        return False  # "Minutes of February meeting – Agreed": an item and its outcome, one line (a dash topic)
    if _LABELLED_LINE.match(text) and not block.all_bold:
        return False  # "Old Business: None", "Previous meeting's minutes: 2025-04-17": a labelled line
    # A run of short lines ("1. Mark St. John, Alsea" / "2. John Perez") is a list.
    if running_note(text) and not block.all_bold:
        return False  # "Meeting next Monday, looking at potential for increased staff time": a note
    if following.kind is BlockKind.PARAGRAPH and _short_line(following.text) and not block.all_bold and \
            not _NOTHING_TO_REPORT.fullmatch(following.text.strip()) and \
            not note_under_title(text, following.text) and \
            not (NUMBERED.match(text) and not NUMBERED.match(following.text)):
        return False
    return text[0].isupper() or text[0].isdigit()


# The rank of a small-letter label ("a.", "(b)") in an outline.
SMALL_LETTER_RANK = 3


def label_rank(label: str | None) -> int:
    """How deep a numbering style sits in an outline: I. > A. > 1. > a. > i."""
    if not label:
        return 9
    core = label.strip("().:#")  # "#1" numbers an item as "1." does
    if _ROMAN_LABEL.fullmatch(core):
        return 0
    if _CAPITAL_LABEL.fullmatch(core):
        return 1
    if _NUMBER_LABEL.fullmatch(core) or MINUTE_REF_LABEL.fullmatch(core):
        return 2
    if _SMALL_LETTER_LABEL.fullmatch(core):
        return SMALL_LETTER_RANK
    return 4


def heading_split(block: Block) -> tuple[str | None, str]:
    """(title, running text) when a paragraph opens with a topic and runs on;
    (None, "") for a plain heading."""
    lead = _lead_bold_title(block)
    if lead:
        rest = block.text[len(block.lead_bold.strip()):]
        return lead, _LEAD_SEPARATOR.sub("", rest)
    m = _TOPIC_THEN_PRESENTER.match(block.text)
    if m and block.kind is BlockKind.PARAGRAPH:
        return m["title"], m["rest"]
    return None, ""


def numbered_item(block: Block) -> tuple[str, str] | None:
    """(title, rest) for a top-level numbered item written as a paragraph of
    its own: "3 Challenge to the Chair: no challenges were received ..." or
    "6 Reports were made:"; None for other blocks and for sub-items ("6.1")."""
    text = block.text.strip()
    if block.kind is BlockKind.PARAGRAPH and (bare := _BARE_NUMBER.match(text)):
        if opens_with_full_date(text):
            return None  # "4 March 2025 (18:00-19:30)": the day the meeting was held, not item 4
        text = text[bare.end():]  # "5 Quoracy: ..." typed as a paragraph
    elif block.kind is not BlockKind.LIST_ITEM or block.level != 0 or not block.label or \
            not _TOP_NUMBER_LABEL.fullmatch(block.label.strip()):
        return None
    if m := _AGENDA_VERB_TITLE.match(text):
        return m["title"], m["rest"]
    if text.endswith(":") and len(text.split()) <= 8:
        return text.rstrip(": "), ""
    m = TITLE_COLON_TEXT.match(text) or _CAPITALS_DASH_TEXT.match(text)  # "CALL TO ORDER - 7:00 pm, quorum ..."
    if m is None and (clocked := _CAPITALS_DASH_CLOCK.match(text)) and CLOCK_ONLY.match(clocked["rest"]):
        m = clocked  # "ADJOURN - 8:05 pm": the item and the time it was reached
    if m and len(m["title"].split()) <= 7 and m["title"][0].isupper():
        return _REGARDING.sub("", m["title"]), m["rest"]
    # "Elections to the Advisory Board (neither the Chair ...)"
    m = _TITLE_PARENTHESIS.match(text)
    if m and len(m["title"].split()) <= 8:
        return m["title"], m["rest"]
    return None


# A speaker's initials ("RK") and what a speaker says after them: lower case, with a question
# or a first- or second-person word ("should I ...?", "we could ...").
_INITIALS_ONLY = lazy_compile(r"[A-Z]{2,3}")
_SPOKEN = lazy_compile(r"^[a-z](?=.*(\?|\b(I|we|you|my|our)\b))")


# "Motion to Approve: Ann Lee; Second: Bo Ode": who moved the statement before (not an item, not its wording).
# "Moved: Dev Sharma. Seconded: Alice Brook.": the mover's field, the same.
_MOVERS_LABEL = lazy_compile(rf"^\W*(?:{MOTION_TO_APPROVE_LABEL}|{MOVER_FIELD_LABEL})\s*{NAME}\s*(?:[,;.]|$)")


def names_movers(text: str) -> bool:
    """Whether a line labels who moved the statement before it: never an item of its own, and the
    decision is that statement."""
    return _MOVERS_LABEL.match(text) is not None


_NUMBER_ONLY = lazy_compile(r"#?\d{1,4}\.?")


def inline_topic(block: Block) -> tuple[str, str] | None:
    """("Oakland Mills", "Christopher reported ...") for a paragraph opening
    with a Title Case label; None for other paragraphs."""
    if block.kind is not BlockKind.PARAGRAPH:
        return None
    m = _INLINE_TOPIC.match(block.text) if ":" in block.text else None  # (no colon, no label: most lines)
    if not m or NOT_TOPICS.match(m["title"].split()[0]) and not sentence_after_label(m["title"], m["rest"]) or \
            _LINK_OR_MARKUP.match(m["rest"]) or FINITE_VERB.search(m["title"]):
        return None
    if attendance_label(block.text) or next_meeting_label(block.text) is not None or is_role_line(block.text):
        return None
    if _INITIALS_ONLY.fullmatch(m["title"]) and _SPOKEN.match(m["rest"].strip()):
        return None  # "RK: should I repeat ...?": someone's words after their initials, not an item
    if _NUMBER_ONLY.fullmatch(m["rest"].strip()):
        return None  # "Meeting No: 2", "Members present: 12": a field's number, not an item's text
    return m["title"], m["rest"]


# "Old Business", "Committee Reports": a heading over items of their own.
_GROUPING_HEADING = lazy_compile(rf"\b{any_of(GROUPING_WORDS)}\W*$", re.I)


def names_a_group(title: str) -> bool:
    """Whether a heading or agenda item ends on a word that names a group of items ("Officer Reports:")."""
    return bool(_GROUPING_HEADING.search(title))
# "Road projects update – The board noted ...": a short caption, a dash, then the item's text.
_DASH_TOPIC = lazy_compile(r"^(?P<title>[A-Z][\w'’&/,.]*(?:\s+[\w'’&/,.]+){0,5}?)\s*(?:[–—]|\s-)\s*(?P<rest>[A-Z].*)$")
_HOLDS_DASH = lazy_compile(r"[-–—]")  # (a dash the caption needs, looked for first)


def dash_topic(block: Block, under: tuple[str, str | None] | None = None) -> tuple[str, str] | None:
    """("Road projects update", "The board noted ...") for a paragraph opening with a caption and a dash.
    ``under``: the (heading, caption) of the item it sits in; never a line inside an item headed otherwise
    ("Correspondence" over "County Council – Consultation ..."), unless that heading groups items."""
    if block.kind is not BlockKind.PARAGRAPH or block.all_bold:
        return None
    if under is not None and under[0] != under[1] and not names_a_group(under[0]):
        return None
    m = _DASH_TOPIC.match(block.text.strip()) if _HOLDS_DASH.search(block.text) else None
    if not m or FINITE_VERB.search(m["title"]) or NOT_TOPICS.match(m["title"].split()[0]) or \
            attendance_label(block.text) or next_meeting_label(block.text) is not None:
        return None
    rest = m["rest"].strip().rstrip(".")
    if _NAME_FIRST.match(rest) or len(rest.split()) <= MAX_OFFICER_LINE_WORDS and is_known_role(rest):
        return None  # "Ann Lee – Treasurer", "President – Ann Lee, nominated by ...": an officer, not an item
    return m["title"].strip(), m["rest"]


# "Ann Lee, nominated by ...": a person's full name opening the text after the dash.
_NAME_FIRST = lazy_compile(r"^[A-Z][a-z'’-]+\s+[A-Z][a-z'’-]+\s*(?:,|$)")
# An officer's line names a role or a person in a few words.
MAX_OFFICER_LINE_WORDS = 4


_ENDS_SAYING = lazy_compile(rf"\b(?:{PRESENTER_VERBS}|{any_of(QUOTATION_VERBS)})$", re.I)  # "April added"


def sentence_case_topic(block: Block) -> tuple[str, str] | None:
    """("Election of a new chair", "Pam reported ...") for a paragraph opening with a
    sentence-case label; None otherwise. Title Case labels are `inline_topic`'s."""
    if block.kind is not BlockKind.PARAGRAPH:
        return None
    m = _SENTENCE_CASE_TOPIC.match(block.text.strip()) if ":" in block.text else None
    if not m or not _LOWERCASE_WORD.search(m["title"]):
        return None  # all capitalised words: a name or a speaker ("Ann Lee: ..."), not sentence case
    title = m["title"]
    if FINITE_VERB.search(title) or SENTENCE_OPENERS.match(title) or _CLAUSE_WORD.search(title) or \
            _ENDS_IN_PREPOSITION.search(title) or _LINK_OR_MARKUP.match(m["rest"]) or _ENDS_SAYING.search(title):
        return None  # ("April added: ...", "Tim asked: ...": a quotation's lead, no label)
    if len(title.split()) <= MAX_LABEL_WORDS and NOT_TOPICS.match(title.split()[0]):
        return None  # "Action items:", "Note:": a label, not an item ("Minutes of the last meeting" is one)
    if attendance_label(block.text) or next_meeting_label(block.text) is not None or is_role_line(block.text):
        return None
    return title, m["rest"]


# A title block holds at most this many heading-like lines, but for its date and address lines.
MAX_TITLE_HEADINGS = 6
# "12 Mill Lane", "1 Dr. Ada B. Lovel Place": a street number, then the street's capitalised name.
# "12 Mill Lane", or a letterhead's "3738 Elm Avenue, Springfield, Ohio 45501": the town, region and postcode after it.
_ADDRESS_LINE = lazy_compile(rf"^\d{{1,5}}[A-Za-z]?\s+(?:[A-Z][\w.'’-]*\s+){{0,5}}(?i:{any_of(STREET_WORDS)})\.?"
                             r"(?:,\s*[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,2}){1,3}"
                             r"(?:,?\s+(?:[A-Z]{2}\s+)?\d{4,5}(?:-\d{4})?|,?\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})?$"
                             rf"|^\d{{1,5}}[A-Za-z]?\s+(?:[A-Z][\w.'’-]*\s+){{0,5}}(?i:{any_of(STREET_WORDS)})\.?$")


def title_block_fact(text: str) -> bool:
    """A date line or a street address: a line of the title block however long the block is
    ("Thursday, 3 April 2025" and "12 Mill Lane" under a letterhead of a body and its members)."""
    return is_date_line(text) or bool(_ADDRESS_LINE.match(text.strip()))


def opens_body(block: Block, following: Block | None, title_blocks: list[Block],
               item_levels: frozenset[int] = frozenset()) -> bool:
    """Whether a heading after a complete title block (one that already dated the
    meeting, or holds all the headings a title block may) is the first item of minutes
    that keep no attendance list; in minutes with no date in their title block, a heading
    of the items' level (``item_levels``) over running text."""
    if labels_bullets(block, following):
        return True  # "Business:" over bullets: an item of the body, never a title line
    if title_block_fact(block.text) or any(b.text.strip() == block.text.strip() for b in title_blocks):
        return False  # "12 Mill Lane", "Thursday, 3 April 2025", the body's name again: the title block
    if len(title_blocks) >= MAX_TITLE_HEADINGS:
        return True
    if not title_blocks or following is None:
        return False
    if not any(first_full_date(b.text) for b in title_blocks):
        # "# Orchard Group" / "## Budget" over its text / "## Rota" ...: dated only by the file name, or not at all
        return block.level in item_levels and _sub_heading_with_text(block, following, title_blocks)
    if first_full_date(block.text):
        return False
    if _OUTLINE_ITEM.match(block.text) and not _CLOCK.match(block.text):
        return True  # "1 Welcome", "2.1 Budget", "Agenda 1: Budget": an item number starts the body
    if list_label(block, following):
        return True  # "Completed tasks:" over its list: the first item, not a "Venue:" line
    if _DIGIT.search(block.text) or ":" in block.text:
        return False  # a date, time or place line of the title block
    if _sub_heading_with_text(block, following, title_blocks):
        return True
    return following.kind is BlockKind.LIST_ITEM or following.kind is BlockKind.PARAGRAPH and \
        len(following.text.split()) >= 6 and not first_full_date(following.text)


def _sub_heading_with_text(block: Block, following: Block, title_blocks: list[Block]) -> bool:
    """A heading one level below the dated title heading, with running text of its own
    ("# Agenda for the Board Meeting", "12 March 2024", "## Budget" then a sentence)."""
    title_levels = [b.level for b in title_blocks if b.kind is BlockKind.HEADING]
    # ("## Venue" over "12 Mill Lane" is the title block's; "## Finance" over "The balance is 410 pounds." an item)
    return block.kind is BlockKind.HEADING and bool(title_levels) and block.level > min(title_levels) and \
        following.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) and not following.all_bold and \
        not first_full_date(following.text) and \
        (not _DIGIT.search(following.text[:40]) or bool(_SENTENCE.match(following.text)))


def numbered_run(previous: Block, block: Block) -> bool:
    """Whether ``block`` goes on a run of short numbered lines ("6. ..." then "7. ...")."""
    a, b = _LEADING_NUMBER.match(previous.text), _LEADING_NUMBER.match(block.text)
    return bool(a and b and int(b.group(1)) == int(a.group(1)) + 1 and _short_line(previous.text)
                and previous.kind is block.kind)
