"""The segmenter's handlers for attendance: labels ("Present:", "Apologies:", "Community attendance:"),
the lines of names under them, and headings over a roster ("Members present"). Each takes a block or
leaves it to the next handler; the names are read into people by `extractors.attendance`."""

from __future__ import annotations

import re
from dataclasses import replace

from notes_extract.document import Block, BlockKind
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.people import is_known_role
from notes_extract.people_bars import is_bar_header, is_bar_person_line
from notes_extract.people_lists import is_handle, list_sentences, split_people
from notes_extract.segment.bold_names import bold_name_item, bold_name_run_item
from notes_extract.segment.handle_lists import handle_list_item
from notes_extract.segment.labels import (
    ACTIONS_HEADING,
    NARRATED,
    AttendanceLabel,
    attendance_key,
    attendance_label,
    attendance_mode_label,
    group_of_names,
    is_attendance_group_heading,
    is_attendance_note,
    is_date_line,
    is_name_list,
    is_role_line,
    roll_call,
    weak_label,
)
from notes_extract.segment.office_holders import office_holder
from notes_extract.segment.parts import AttendancePart, Segments
from notes_extract.segment.people_tables import is_people_table
from notes_extract.segment.state import Context, PassState, Step
from notes_extract.vocab.build import any_of
from notes_extract.vocab.labels import ATTENDANCE_NAME_COLUMN
from notes_extract.vocab.people import NAME_PARTICLES
from notes_extract.vocab.sections import GROUPING_WORDS, ITEMS_AFTER_ROLL, REPORT_NOUNS

# A list item's number ("3.", "(4)"): an agenda item, not a person.
ITEM_NUMBER_LABEL = lazy_compile(r"\(?\d{1,3}[.)]?")
# "A." and "IV." number agenda items too, though a wrapped line of names may open with an initial ("C. Rand, ...").
_OUTLINE_LABEL = lazy_compile(r"\(?(?:\d{1,3}|[A-Z]|[IVX]{1,5})[.)]")
# A remark in brackets on a line of its own: "(Ann and Bo came late.)".
_ASIDE = lazy_compile(r"\([^()]+\)[.!]?")
# "Gardeners:", "Board members:": a group's label alone on its line, inside an attendance list, named in the
# plural (not an office over its holder: "Executive Secretary:" / "Lesley Hawkins").
MIN_GROUP_NAMES = 2  # ("Minutes:" over "Gil Hart" names the writer, not a group)
_GROUP_LABEL_ONLY = lazy_compile(r"^[A-Z][\w'’&/-]*(?:\s+[\w'’&/-]+){0,3}(?<=[a-rt-z]s)\s*:\s*$")
# "The Board discussed the following topics with the homeowners present:": what follows is topics, not people.
_TOPICS_FOLLOW = lazy_compile(r"\bfollowing\s+(?:topics|items|issues|matters|questions|points|concerns|subjects)\b",
                              re.I)


# The most words of a remark closing a paragraph of names ("The meeting accepted these.").
MAX_REMARK_WORDS = 12
# The fewest names a table under an attendance sentence holds to be read as the list it announces.
MIN_TABLE_NAMES = 2


# A full name in a table's cell, its remarks (a bracket, a role after a comma) set aside: capitalised words
# or initials, a surname's particles among them ("Ann Lee", "A. B. Lee", "Jan van Dijk").
_FULL_NAME_CELL = lazy_compile(rf"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|{'|'.join(NAME_PARTICLES)})){{1,3}}")
# A header over the names' column ("Name | Call sign | Office"): the rows below list the people.
_NAME_COLUMN = lazy_compile(rf"(?:{ATTENDANCE_NAME_COLUMN})$", re.I)
_CELL_REMARK = lazy_compile(r"\s*(?:\([^()]*\)|,.*$)")
# "Treasurer's Report", "Committee Updates", "New Business": a line ending so titles an item, names no one.
_ITEM_NOUN_LAST = lazy_compile(rf"\s(?:{REPORT_NOUNS}|{any_of(GROUPING_WORDS)})$|^{ITEMS_AFTER_ROLL}$", re.I)


def names_table(block: Block) -> bool:
    """Whether a table holds only people: every filled cell of its first column a full name
    ("Ann Lee (Chair) | Bo Ode" over "Cy Park | Dee Fox"; "Ann Lee | Chair" rows), or it is a
    "Name | Role" table of people; "Budget | approved" rows are no list of people."""
    if is_people_table(block):
        return True
    rows = block.rows[1:] if block.rows and _NAME_COLUMN.match(block.rows[0][0].strip()) else block.rows
    firsts = [_CELL_REMARK.sub("", row[0]).strip() for row in rows if row and row[0].strip()]
    return len(firsts) >= MIN_TABLE_NAMES and all(_FULL_NAME_CELL.fullmatch(cell) for cell in firsts)


def is_aside(text: str) -> bool:
    """Whether a line is nothing but a remark in brackets, which a list of names may carry."""
    return bool(_ASIDE.fullmatch(text.strip()))


class AttendanceHandlers:
    """Handlers mixed into the segmenter; they use its state and segments."""

    state: PassState
    seg: Segments

    def heading_like(self, step: Step) -> bool:  # provided by the segmenter
        raise NotImplementedError

    def on_attendance_label(self, step: Step) -> bool:
        """"Present: ...", "2 Apologies: ..."; names may go on in the lines below."""
        state, block = self.state, step.block
        label = (attendance_label(step.unnumbered) or attendance_mode_label(step.unnumbered)) \
            if not step.is_table else None
        inside_items = state.current is not None or label is not None and label.label == NARRATED and self.seg.sections
        if label and inside_items and weak_label(label.label) and not self._beside_attendance(step):
            label = None  # "Committee members: ..." under an elections item names who was elected
        if label and label.needs_names and (not self._names_follow(step, label) or _TOPICS_FOLLOW.search(step.text)):
            label = None  # "Questions from attendees:" over questions; "the following topics with those present:"
        if not label or block.kind is BlockKind.LIST_ITEM and state.context not in (Context.NONE, Context.ATTENDANCE) \
                and (state.current is not None or state.context is Context.ACTIONS):
            return False  # ("Action Items" over "• Directors:" and its tasks: a group that owns them, not a roll)
        state.attendance_written = label.label
        self.seg.attendance.append(AttendancePart(label.category, label.label, label.rest,
                                                  after_colon=label.after_colon))
        # Each line below is checked before it is taken.
        state.context, state.attendance_category = Context.ATTENDANCE, label.category
        state.context_level = block.level if block.kind is BlockKind.LIST_ITEM else -1
        state.attendance_list_below = not label.rest.strip()
        state.current = None
        state.seen_structure = True
        return True

    def on_attendance_names(self, step: Step) -> bool:
        """A line of names under an attendance label; any other line ends the list."""
        state, block = self.state, step.block
        if state.context is not Context.ATTENDANCE or block.kind is BlockKind.HEADING or \
                block.all_bold and not bold_name_item(block, step.following) and \
                not self._bold_names_go_on(step) and not is_bar_header(step.text):
            return False  # "* **Ann Lee**": a member, in bold; "**name / institution**": a sign-in list's header
        if self._list_closed(step) or ACTIONS_HEADING.match(step.unnumbered.strip()) or _topic_and_presenter(step):
            # "Quarterly Project" after "Apologies: Bo, Cy" and "Chair: Ann"; "Next Steps" under the names
            state.context = Context.NONE
            return False
        # A numbered line is an agenda item, unless the label above had nothing after it.
        numbered = bool(block.label and ITEM_NUMBER_LABEL.fullmatch(block.label))
        above = step.previous  # "- Cy Rand" then "1. Budget": a numbered item after the bullets starts the items
        bullets_above = above is not None and above.kind is BlockKind.LIST_ITEM and \
            not (above.label and ITEM_NUMBER_LABEL.fullmatch(above.label))
        following = step.following
        # "4. Vin Lee" after "3. Noor Rahman", then "Apologies:"; "1. Hattie Old" alone under "Apologies:": a
        # numbered list's name, not an item ("1. QUORUM AND NOTICE" in capitals is one)
        listed = bool(self.seg.attendance and self.seg.attendance[-1].blocks) and \
            self.seg.attendance[-1].blocks[-1] is above or above is not None and state.attendance_list_below and \
            attendance_label(above.text) is not None
        names_go_on = listed and is_name_list(step.text, in_list=True) and not step.text.isupper()
        if (numbered or block.label and _OUTLINE_LABEL.fullmatch(block.label) and "," not in step.text) and \
                following is not None and following.kind is BlockKind.PARAGRAPH and not names_go_on and \
                not is_name_list(following.text, in_list=True):
            state.context = Context.NONE  # "1. QUORUM AND NOTICE" over its text: the first item, the list has ended
            return False
        if not numbered and (names := group_of_names(step.text)) is not None:
            # "SiLabs: Ann Lee, Bo Ode": the names, each group on its line
            self.seg.attendance.append(AttendancePart(state.attendance_category, state.attendance_written, names))
            state.group_line = block
            return True
        if split := self._names_then_remark(step):  # the names, and the remark kept as running text
            self.seg.attendance.append(AttendancePart(state.attendance_category, state.attendance_written, split[0]))
            self.seg.loose_blocks.append(replace(block, text=split[1]))
            return True
        # "Ann Lee: apologies": a name and the word that sorts it, one to a line
        name_line = is_name_list(step.text, in_list=self._goes_on_name_list(step)) or handle_list_item(step) or \
            roll_call("", step.text)[0] != "" or attendance_key(step.text) is not None or \
            self._signs_in(step)  # "+ = present"; "Ann Lee | Acme | @annl"
        if name_line and (not numbered or state.attendance_list_below and not bullets_above):
            self.seg.attendance.append(AttendancePart(state.attendance_category, state.attendance_written, "",
                                                      [block]))
            return True
        # what makes the meeting quorate, between the label and the names ("1. OPENING - quorum present." is an item)
        if is_attendance_note(step.text) and not numbered:
            self.seg.loose_blocks.append(block)
            return True
        previous = step.previous
        if previous is not None and is_date_line(step.text) and (
                is_attendance_group_heading(previous.text) or attendance_label(previous.text)):
            self.seg.loose_blocks.append(block)  # "Present" then the meeting's date, then the names
            return True
        if is_aside(step.text) and step.following is not None and \
                is_name_list(step.following.text, in_list=True):
            self.seg.loose_blocks.append(block)  # "(Ann and Bo came late.)" between the names
            return True
        if _GROUP_LABEL_ONLY.match(step.text) and step.following is not None and \
                is_name_list(step.following.text, in_list=True) and \
                len(split_people(step.following.text)) >= MIN_GROUP_NAMES:
            self.seg.loose_blocks.append(block)  # "Gardeners:" alone over its names: a group of the same list
            return True
        if not attendance_label(step.text):
            state.context = Context.NONE  # the list has ended
        return False

    def _names_then_remark(self, step: Step) -> tuple[str, str] | None:
        """"Cllr E Fry and Cllr G Hart (family commitment). The meeting accepted these." right under a bare
        "Apologies" label: a sentence of names, then a short remark on them (which may record a decision)."""
        parts = self.seg.attendance
        if step.block.kind is not BlockKind.PARAGRAPH or not self.state.attendance_list_below or not parts or \
                parts[-1].blocks or parts[-1].text.strip():
            return None
        first, *rest = list_sentences(step.text)
        if rest and is_name_list(first.strip()) and \
                all(len(remark.split()) <= MAX_REMARK_WORDS and not is_name_list(remark.strip()) for remark in rest):
            return first.strip(), " ".join(remark.strip() for remark in rest)
        return None

    def _list_closed(self, step: Step) -> bool:
        """Whether the list above has ended before this line: its names were on the label's line and a
        role line came between ("Apologies: Bo, Cy" / "Chair: Ann" / "Quarterly Project"), or its paragraph
        of names closed with a full stop and this line is in capitals ("..., and T. Wilcox." / "REPORTS")."""
        parts, previous = self.seg.attendance, step.previous
        if not parts or previous is None:
            return False
        taken = parts[-1].blocks[-1] if parts[-1].blocks else None
        if taken is None:
            return not self.state.attendance_list_below and (is_role_line(previous.text) and \
                attendance_label(previous.text) is None or _caps_title_after_names(parts[-1].text, step.text))
        if taken is previous and taken.text.rstrip().endswith(".") and "," in taken.text and \
                step.text.isupper() and "," not in step.text:
            return True
        # "Ann Lee" / "Bo Ode" one a line, then "TREASURER'S REPORT" or "Treasurer's Report" over its text
        following = step.following
        return taken is previous and not parts[-1].text.strip() and following is not None and \
            following.kind is BlockKind.PARAGRAPH and not is_name_list(following.text, in_list=True) and \
            _caps_title_after_names(taken.text, step.text)

    def _bold_names_go_on(self, step: Step) -> bool:
        """Whether a bullet set wholly in bold is a name of a list all in bold ("Apologies:" over
        "- **Ed Fry**", "- **Gil Hart**")."""
        parts, previous = self.seg.attendance, step.previous
        taken = parts[-1].blocks[-1] if parts and parts[-1].blocks else None
        under_label = self.state.attendance_list_below and bool(parts) and taken is None and \
            previous is not None and attendance_label(previous.text) is not None
        return bold_name_run_item(step.block, previous, under_label, taken is not None and taken is previous)

    def _signs_in(self, step: Step) -> bool:
        """A sign-in list's line ("Ann Lee | Acme | @annl"), or its header ("**name** / **institution**")
        right under the label, in a list."""
        if step.block.kind is not BlockKind.LIST_ITEM:
            return False
        if is_bar_header(step.text):
            parts = self.seg.attendance
            return bool(parts) and not parts[-1].blocks and self.state.attendance_list_below
        return is_bar_person_line(step.text)

    def _beside_attendance(self, step: Step) -> bool:
        """Whether the block comes straight after the attendance or before another attendance label
        ("Select Board: Ann Lee and Bo Ode." then "Absent: Cy Rand")."""
        following = step.following
        return self.state.context is Context.ATTENDANCE or following is not None and \
            (label := attendance_label(following.text)) is not None and not weak_label(label.label)

    def _names_follow(self, step: Step, label: AttendanceLabel) -> bool:
        """Whether names come after a sentence or a "how they took part" label: on its
        line (checked when it was read), or on the next line, or it goes on an attendance list."""
        following = step.following
        if label.rest.strip():
            return is_name_list(label.rest, in_list=True)
        if step.block.index in getattr(self, "roster_notes", {}):
            return True  # a note, then the names
        in_roster = self.state.context is Context.ATTENDANCE and step.block.kind is not BlockKind.HEADING
        if following is not None and following.kind is BlockKind.TABLE:
            return names_table(following)  # "The following were present:" over a grid of names
        return in_roster or following is not None and (
            is_name_list(following.text, in_list=True) or is_handle(following.text) or
            office_holder(following.text) is not None)  # "Meeting attendees" over "- Chair: Ann Lee (Acme)"

    def _goes_on_name_list(self, step: Step) -> bool:
        """Whether the block is the next item of a list of names already taken as attendance."""
        parts, previous = self.seg.attendance, step.previous
        if previous is not None and step.block.kind is BlockKind.LIST_ITEM and self.state.attendance_list_below \
                and previous.kind is not BlockKind.LIST_ITEM and (not parts or not parts[-1].blocks):
            return True  # "## Attending" then "- RM": the first item of the list the bare label opened
        if parts and (parts[-1].blocks[-1].text if parts[-1].blocks else parts[-1].text).rstrip().endswith(","):
            return True  # "Present: Ann Lee, Bo Li," then "Cy Ode.": the list wrapped at a comma goes on
        # ("- BS: Ben Stone (Acme)" then "- Frank": the group lines' list goes on, one word a person)
        listed = parts and parts[-1].blocks and parts[-1].blocks[-1] is previous or \
            previous is not None and previous is self.state.group_line
        return bool(listed and previous is not None and previous.kind is step.block.kind is BlockKind.LIST_ITEM
                    and previous.level == step.block.level)

    def on_attendance_heading(self, step: Step) -> bool:
        """"Members present" as a heading: the names follow."""
        if not self.heading_like(step) or not is_attendance_group_heading(step.text):
            return False
        state = self.state
        state.context, state.context_level = Context.ATTENDANCE, -1
        state.attendance_list_below = True
        state.current = None
        state.seen_structure = True
        return True


# "Finance (Cy Dunn)": a topic, then the full name of whoever presents it, in brackets.
_TOPIC_THEN_PRESENTER = lazy_compile(
    r"^(?P<topic>[A-Z][^()]{2,60}?)\s*\((?P<who>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\)$")
# The text under an item's title line: a sentence of this many words at least.
MIN_ITEM_TEXT_WORDS = 5


def _caps_title_after_names(names: str, text: str) -> bool:
    """Whether a line in capitals, or ending in a report's or a group of items' noun, or "Matters Arising", under
    a label that held its names in mixed case is an item's title: "Present: Ann Lee, Bo Ode, Cy Rand" then
    "TREASURER'S REPORT" or "Treasurer's Report" (a list wrapped at a comma goes on)."""
    names = names.strip()
    return bool(names) and not names.isupper() and not names.endswith((",", " and")) and "," not in text and \
        (text.isupper() or bool(_ITEM_NOUN_LAST.search(text.strip())))


def _topic_and_presenter(step: Step) -> bool:
    """"Finance (Cy Dunn)" over "The treasurer reported ...": the first item and who presented it, not
    another attendee ("Treasurer (Cy Dunn)" is an office and its holder)."""
    m = _TOPIC_THEN_PRESENTER.match(step.text.strip())
    following = step.following
    return m is not None and not is_known_role(m["topic"]) and following is not None and \
        following.kind is BlockKind.PARAGRAPH and len(following.text.split()) >= MIN_ITEM_TEXT_WORDS and \
        following.text.rstrip().endswith((".", "!", "?"))

