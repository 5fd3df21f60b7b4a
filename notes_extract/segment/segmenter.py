"""The segmenter: one pass over the blocks that assigns each to a part of the minutes (title block,
attendance, tables, sections, next meeting, ...). Each kind of block has a handler; `_RULES` lists
them in the order they are tried, each with the `Gate` of the blocks it can take (elsewhere the rule
index, `handler_index`, does not ask it), and the first that takes a block assigns it. What the last
label or heading opened (`Context`) and the section being read (`PassState`) carry over from block to block."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from notes_extract.dates import find_dates
from notes_extract.document import Block, BlockKind
from notes_extract.segment.action_lists import ActionListHandlers
from notes_extract.segment.affiliation_turns import on_affiliation_turn
from notes_extract.segment.agenda_handlers import AgendaHandlers
from notes_extract.segment.agenda_notes import agendas_of_notes
from notes_extract.segment.annotations import annotation_label
from notes_extract.segment.attendance_handlers import AttendanceHandlers
from notes_extract.segment.bold_headings import bold_heading_lines, writes_bold_headings
from notes_extract.segment.capitals_labels import capitals_label_over_list
from notes_extract.segment.checkbox_choices import on_unticked_choice
from notes_extract.segment.checkbox_roster import on_checkbox_roster
from notes_extract.segment.code_lines import on_code_line
from notes_extract.segment.dash_captions import on_dash_caption, writes_dash_captions
from notes_extract.segment.dated_action_titles import dated_action_title
from notes_extract.segment.dated_next_items import dated_next_meeting_item
from notes_extract.segment.dialogue import DialogueHandlers, person_heading_runs
from notes_extract.segment.discussion_items import on_discussion_item
from notes_extract.segment.field_roster import on_field_roster
from notes_extract.segment.handler_index import ANY_KIND, LINES, TEXT_KINDS, Gate, HandlerIndex, RuleIndex
from notes_extract.segment.head_counts import on_head_count
from notes_extract.segment.header_fields import header_fields
from notes_extract.segment.heading_reading import reads_as_heading
from notes_extract.segment.headings import (
    FIRST_ITEM_NUMBER,
    INITIALS,
    NUMBERED,
    OPENING_ITEMS,
    dash_topic,
    heading_split,
    label_rank,
    names_movers,
    numbered_item,
    opens_body,
    writes_prose_labels,
)
from notes_extract.segment.introduced_lists import introduced_list_items
from notes_extract.segment.labelled_bullets import labelled_bullets, on_labelled_bullet
from notes_extract.segment.labels import (
    DATED_NEXT_MEETING,
    DECISION_LINE,
    FIELD_LABELS,
    attendance_label,
    is_attendance_group_heading,
    is_role_line,
    next_meeting_label,
    role_over_name,
)
from notes_extract.segment.lead_ins import (
    on_bold_bullet_topic,
    on_bold_lead_in,
    repeated_lead_titles,
    writes_bold_items,
)
from notes_extract.segment.marked_headings import introduces_bold_heading, marks_headings
from notes_extract.segment.name_lines import on_attendee_line
from notes_extract.segment.named_speakers import NamedPeople, names_a_person
from notes_extract.segment.next_meeting_parts import without_coming_meeting_parts
from notes_extract.segment.noted_rosters import on_roster_note, roster_notes
from notes_extract.segment.office_holders import on_office_holder
from notes_extract.segment.outline import (
    ListMinutesHandlers,
    find_list_minutes,
)
from notes_extract.segment.page_end import on_page_end, post_end
from notes_extract.segment.parts import AttendancePart, RoleMention, RoleSource, SectionSpan, Segments
from notes_extract.segment.restructure import restructure
from notes_extract.segment.roster import on_roster
from notes_extract.segment.sibling_titles import sibling_title_lines
from notes_extract.segment.sign_offs import on_page_marker
from notes_extract.segment.signatures import on_signature, on_signature_line
from notes_extract.segment.state import COLON, MARKED, NESTED, Context, PassState, Step
from notes_extract.segment.table_handlers import TableHandlers
from notes_extract.segment.template_parts import on_template_part, template_parts
from notes_extract.segment.timed_items import on_timed_item, timed_items
from notes_extract.segment.title_lines import (
    first_item_heading,
    item_heading_levels,
    items_level_under_title,
    title_like,
)
from notes_extract.segment.topic_fields import (
    MIN_INLINE_TOPICS,
    ParagraphLabels,
    field_labels,
    is_field_label,
    without_item_number,
    writes_inline_topics,
    writes_labelled_paragraphs,
)
from notes_extract.segment.turn_topics import on_line_over_turn
from notes_extract.segment.turns import Dialogue, find_dialogue
from notes_extract.segment.unlabelled_names import on_unlabelled_names
from notes_extract.segment.unlabelled_roster import find_unlabelled_roster, on_unlabelled_roster
from notes_extract.segment.visitors import on_quorum_rule, on_visitor_line
from notes_extract.segment.worksplit import on_work_split

MIN_OPENING_TOPIC_WORDS = 8  # the first "Finance: text" paragraph may follow the title when this long


class _Segmenter(ActionListHandlers, AgendaHandlers, AttendanceHandlers, DialogueHandlers, ListMinutesHandlers,
                 TableHandlers):
    """The pass over the blocks: the handlers and the state they share."""

    def __init__(self) -> None:
        self.seg = Segments()
        self.state = PassState()
        self.dialogue = Dialogue()
        self.sentence_case_topics = False  # the document writes its items as "Sentence case label: text"
        self.prose_labels = False  # the document titles its items "Label:" on a line over their paragraphs
        self.inline_topics = False  # the document writes its items as "Title Case Label: text" paragraphs
        self.dash_topics = False  # ... or as "Caption – text" paragraphs
        self.dash_captions = False  # ... or under "Caption –" lines
        self.bold_headings = False  # the document's headings are bold paragraphs, however long
        self.bold_heading_lines: frozenset[int] = frozenset()  # id() of its bold lines over text
        self.bold_items = False  # the document marks its items in bold: plain "Label: text" lines are points
        self.repeated_leads: frozenset[str] = frozenset()
        self.marked_headings = False
        self.post_end: int | None = None
        self.timed_items = False
        self.labelled_bullets: frozenset[int] = frozenset()
        self.signature_lines: tuple[int, int] | None = None  # (signed name's index, office lines left)
        self.roster_notes: dict[int, int] = {}  # an attendance label's index: the note under it, over the names
        self.header_fields: frozenset[int] = frozenset()  # "Notetaker: el" under the attendance: fields
        self.named_people = NamedPeople([])  # "Nick" of "Team: Nick Kamenica, ...": a person
        self.item_levels: frozenset[int] = frozenset()  # set for a second pass: see `segment`
        self.sibling_titles: frozenset[int] = frozenset()  # id() of "Re: Hall hire" lines among others
        self.introduced_items: frozenset[int] = frozenset()  # id() of list items a sentence introduces
        self.has_code = False  # a line of the document is a code block's
        self.has_tables = False

    def run(self, blocks: list[Block], marked_headings: bool | None = None) -> Segments:
        """Give each block to the first handler that takes it, then apply the hierarchy."""
        # Who speaks is the whole document's call: speakers recur, or the attendance list declares them.
        self.dialogue = find_dialogue(blocks)
        self.seg.speakers = self.dialogue.speakers
        self.person_headings = person_heading_runs(blocks, self.dialogue.declared)
        self.paragraph_labels = ParagraphLabels(blocks)  # "Finance: ..." paragraphs, read once for all below
        self.sentence_case_topics = self.paragraph_labels.writes_sentence_case()
        self.prose_labels = writes_prose_labels(blocks)
        # "Applicant: ..." again and again: fields
        self.field_labels: frozenset[str] = field_labels(self.paragraph_labels)
        self.inline_topics = writes_inline_topics(self.paragraph_labels, self.field_labels)
        # "Fees: ..." beside "Concert planning: ...": labels of both cases make one style of items
        self.sentence_case_topics = self.sentence_case_topics or \
            writes_labelled_paragraphs(self.paragraph_labels, self.field_labels)
        # "Finance – The board noted ...": items captioned with a dash, when the minutes write several so
        self.dash_topics = sum(1 for block in blocks if dash_topic(block)) >= MIN_INLINE_TOPICS
        self.dash_captions = writes_dash_captions(blocks)  # "Plant Sale –" lines over the items' text
        self.bold_items = writes_bold_items(blocks)
        self.bold_headings = writes_bold_headings(blocks)
        self.bold_heading_lines = bold_heading_lines(blocks) if self.bold_headings else frozenset()
        self.repeated_leads = repeated_lead_titles(blocks)  # "**Summary:**" under each item: a field, not an item
        # plain lines over plain text are then text; the author's marks, before the passes made headings
        self.marked_headings = marks_headings(blocks) if marked_headings is None else marked_headings
        self.list_minutes = find_list_minutes(blocks)
        self.unlabelled_roster = find_unlabelled_roster(blocks)  # "- Ann Lee (Chair)" ... with no label over it
        self.state.template_parts = template_parts(blocks)
        # "- Membership: dues are due in May": items written as labelled bullets
        self.labelled_bullets = labelled_bullets(blocks, self.dialogue.speakers)
        self.timed_items = timed_items(blocks)  # "7:11 - Discussion on ...": items stamped with their time
        self.noted_agendas = agendas_of_notes(blocks)  # "### Agenda" over what was said and who does what
        self.post_end = post_end(blocks)  # a blog's comment form under minutes published as a post
        self.roster_notes = roster_notes(blocks)
        self.header_fields = header_fields(blocks)
        self.named_people = NamedPeople(blocks)
        self.sibling_titles = sibling_title_lines(blocks)
        self.introduced_items = introduced_list_items(blocks)  # "Parties we should invite:" over "1. Acme"
        self.has_code = any(block.code for block in blocks)
        self.has_tables = any(block.kind is BlockKind.TABLE for block in blocks)
        index = _INDEX.for_document(self)
        for i, block in enumerate(blocks):
            step = Step(block, blocks[i - 1] if i > 0 else None, blocks[i + 1] if i + 1 < len(blocks) else None)
            self._assign(step, index.handlers(block.kind, self.state.context, step.look), index)
        # ("## Reminders" over "* Next all-hands: 23 August": the coming meetings' dates, no item)
        self.seg.sections = restructure(without_coming_meeting_parts(self.seg.sections, self.seg.loose_blocks),
                                        self.seg.loose_blocks)
        return self.seg

    def _assign(self, step: Step, handlers: tuple[tuple[int, _Handler], ...], index: HandlerIndex[_Handler]) -> None:
        """Give the block to the first of ``handlers`` that takes it. One that ends the context without
        taking the block (an action list's end) leaves it to the handlers the new context lets in."""
        state, context = self.state, self.state.context
        for position, handler in handlers:
            if handler(self, step):
                return
            if state.context is not context:
                self._assign(step, index.after(step.block.kind, state.context, step.look, position), index)
                return

    # --- shared by the handlers ----------------------------------------------

    def open_section(self, span: SectionSpan) -> None:
        """Add a section; the text that follows goes to it."""
        self.seg.sections.append(span)
        self.seg.sections_after_agenda += bool(self.seg.agenda)
        self.state.current = span

    def section_title(self) -> str | None:
        """The title of the section being read, for a table found in it."""
        return (self.state.current.title_hint or self.state.current.heading_text) if self.state.current else None

    def heading_like(self, step: Step) -> bool:
        """Whether the block starts a new part, decided once per block. Only
        the handlers after the label handlers ask; none of those changes the
        state before it takes the block."""
        if step.heading_like is None:
            step.heading_like = reads_as_heading(self, step)
        return step.heading_like


    # --- the handlers, in the order _RULES tries them --------------------------
    # Each returns True when it has taken the block.

    def on_nested_list_item(self, step: Step) -> bool:
        """A list nested under a label ("* Present:" then "  * Ann") stays in its context."""
        state, block = self.state, step.block
        if not (state.context in (Context.ATTENDANCE, Context.AGENDA) and block.kind is BlockKind.LIST_ITEM
                and block.level > state.context_level >= 0 and not attendance_label(step.text)):
            return False
        if state.context is Context.ATTENDANCE:
            self.seg.attendance.append(AttendancePart(state.attendance_category, state.attendance_written, "",
                                                      [block]))
        else:
            self.seg.agenda.append(step.text)
            self.seg.agenda_levels.append(block.level)
        return True

    def on_role_line(self, step: Step) -> bool:
        """"Chair: JC" in the attendance part or before the minutes' body."""
        state = self.state
        # "### Welcome" then "Meeting chair: @sjn": the opening item names the meeting's officers
        opening = state.current is not None and not state.current.blocks and \
            OPENING_ITEMS.match(state.current.heading_text) is not None
        if step.is_table or not (state.context is Context.ATTENDANCE or not state.seen_structure
                                 or state.current is None or opening):
            return False
        if over_name := role_over_name(step.block, step.following):
            # "Chairing Meeting" / "Julie Parker": the role line the two make; the name line is read as text
            self.seg.role_mentions.append(RoleMention(RoleSource.LINE, replace(step.block, text=over_name)))
            state.context = Context.NONE
            return True
        if not is_role_line(step.text):
            return False
        self.seg.role_mentions.append(RoleMention(RoleSource.LINE, step.block))
        if opening and state.current is not None:
            state.current.role_lines += 1
        return True

    def on_next_meeting_label(self, step: Step) -> bool:
        """"Next meeting: 4 April"; a bare label ("Date of next meeting:") waits for the date below."""
        rest = next_meeting_label(step.unnumbered) if not step.is_table else None
        # ("10. The next Board Meeting: 17H30 Wed. 1 November": the item, dated)
        in_list = step.block.kind is BlockKind.LIST_ITEM and not DATED_NEXT_MEETING.match(step.unnumbered) and \
            not dated_next_meeting_item(step.unnumbered)
        if rest is None or in_list and rest:
            return False  # "1. Next meeting will ..." in a list is a point; "6. Date of next meeting: ..." the item
        self.seg.next_meeting.append(step.block)
        # "The next meeting will be held on:" ends in a colon too, the date on the line below
        if not rest or rest.rstrip().endswith(":") and not find_dates(rest):
            self.state.context = Context.NEXT_MEETING
            self.state.current = None
        return True

    def on_next_meeting_date(self, step: Step) -> bool:
        """The date under a "Date of next meeting:" label."""
        if self.state.context is not Context.NEXT_MEETING or len(self.seg.next_meeting) != 1 or \
                step.block.kind is BlockKind.HEADING:
            return False
        self.seg.next_meeting.append(step.block)
        return True

    def on_title_block(self, step: Step) -> bool:
        """A heading before any structure is part of the title block."""
        seg = self.seg
        numbered = f"{step.block.label or ''} {step.text}".strip()  # a list item's number is its label
        if not self.heading_like(step) or self.state.seen_structure or seg.sections or OPENING_ITEMS.match(step.text) \
                or FIRST_ITEM_NUMBER.match(numbered) or first_item_heading(step.block) \
                or opens_body(step.block, step.following, seg.title_blocks, self.item_levels) \
                or is_attendance_group_heading(step.text):  # "# Roll call:" over the names opens the body
            return False
        seg.title_blocks.append(step.block)
        if dated_action_title(step.text):
            self._open_actions(step)  # "## Retro Action Items - 04/04/2023": the entry's title, over its actions
        return True

    def on_heading_introduction(self, step: Step) -> bool:
        """A plain line right under a real heading introduces it ("Carried over from previous meetings");
        under a line set all in bold (a heading typed without a style) a phrase in lower case does
        ("Ann and Bo taking these"), a capitalised title ("ESG Reporting") is a sub-item."""
        block, current = step.block, self.state.current
        if not self.heading_like(step) or current is None or current.blocks or \
                current.level >= 99 and not introduces_bold_heading(current.heading, block) or \
                current.rest or block.kind is not BlockKind.PARAGRAPH or block.all_bold or \
                NUMBERED.match(step.text) or heading_split(block)[0]:
            return False
        current.blocks.append(block)
        return True

    def on_heading(self, step: Step) -> bool:
        """A heading opens a section; a list item's level comes from its numbering style."""
        if not self.heading_like(step):
            return False
        block = step.block
        hint, rest = heading_split(block)
        level = block.level if block.kind is BlockKind.HEADING else 99
        if block.kind is BlockKind.LIST_ITEM:
            level = 20 + label_rank(block.label)  # numbered items nest by numbering style
        self.open_section(SectionSpan(block, block.text, hint, rest, level=level))
        self.state.context = Context.NONE
        self.state.previous_actions = False
        self.state.seen_structure = True
        return True

    def on_numbered_item(self, step: Step) -> bool:
        """"3 Challenge to the Chair: no challenges ...": an item and its text in one block."""
        if self.state.context is Context.ACTIONS and step.block.kind is BlockKind.LIST_ITEM:
            return False  # "2. Braden - talk to ...": the next item of a numbered action list
        current = self.state.current
        if current and id(current.heading) in self.sibling_titles and step.block.kind is BlockKind.LIST_ITEM:
            return False  # "What went well?" over "1. Planning: we split the work early": the column's points
        item = numbered_item(step.block)
        if not item or id(step.block) in self.introduced_items:
            return False
        self.open_section(SectionSpan(step.block, step.text, item[0], item[1], level=30))
        self.state.context = Context.NONE
        self.state.seen_structure = True
        return True

    def on_inline_topic(self, step: Step) -> bool:
        """"Public Comment: None" in the body opens a section named by its label."""
        # before any structure only in minutes written as such paragraphs, and after the title
        opens_body_here = (self.inline_topics or self.sentence_case_topics) and bool(self.seg.title_blocks) and \
            len(step.text.split()) >= MIN_OPENING_TOPIC_WORDS
        if not (self.state.seen_structure or opens_body_here) or self.state.context is not Context.NONE or \
                self.bold_items and not step.block.lead_bold or names_movers(step.text) or \
                step.block.index in self.header_fields:
            return False
        under = (self.state.current.heading_text, self.state.current.title_hint) if self.state.current else None
        labels = self.paragraph_labels
        topic = labels.inline.get(id(step.block)) or capitals_label_over_list(step.block, step.following) or \
            (dash_topic(step.block, under) if self.dash_topics else None)  # "Finance – The board noted ..."
        if not topic and self.sentence_case_topics:
            topic = labels.sentence_case.get(id(step.block))
        topic = without_item_number(topic) if topic else topic  # "Item 1 - Minutes of last meeting: ..."
        if not topic or is_field_label(topic[0], self.field_labels) or topic[0].casefold() in self.repeated_leads or \
                DECISION_LINE.match(step.text) or \
                self.dialogue.speakers and INITIALS.fullmatch(topic[0]) or \
                names_a_person(topic[0], self.named_people) or annotation_label(topic[0]) or \
                self.state.current is not None and FIELD_LABELS.match(topic[0]):
            # "SF: 13": a tally or a scribe's turn; "Discussion: ..." a part of the open item;
            # "DECIDED: ..." the item's outcome
            return False
        self.open_section(SectionSpan(step.block, topic[0], topic[0], topic[1], level=99))
        return True

    def on_next_meeting_item(self, step: Step) -> bool:
        """List items under a next-meeting label, or the one line after it."""
        if self.state.context is not Context.NEXT_MEETING or not (
                step.block.kind is BlockKind.LIST_ITEM or len(self.seg.next_meeting) == 1):
            return False
        self.seg.next_meeting.append(step.block)
        return True

    def on_body_text(self, step: Step) -> bool:
        """Anything else: text of the open section, a title line, or loose text. Ends any list."""
        state = self.state
        if state.context in (Context.ATTENDANCE, Context.NEXT_MEETING, Context.AGENDA):
            state.context = Context.NONE
        if state.current is not None:
            state.current.blocks.append(step.block)
        elif not state.seen_structure and title_like(step.block):
            self.seg.title_blocks.append(step.block)
        else:
            state.seen_structure = True
            # Running text between structural parts and the first heading
            # ("Group discussions were as follows:", "No conflicts ... declared").
            self.seg.loose_blocks.append(step.block)
        return True


_Handler = Callable[[_Segmenter, Step], bool]


# Whole-document tests of the gates below, asked once the passes before the loop have run.
def _after_page_end(s: _Segmenter) -> bool:
    return s.post_end is not None


def _has_code(s: _Segmenter) -> bool:
    return s.has_code


def _has_tables(s: _Segmenter) -> bool:  # (a heading over a roster table)
    return s.has_tables


def _kept_as_list(s: _Segmenter) -> bool:
    return bool(s.list_minutes.outline_starts or s.list_minutes.agenda_labels)


def _agenda_with_notes(s: _Segmenter) -> bool:
    return bool(s.list_minutes.agenda_labels)


def _item_outcomes(s: _Segmenter) -> bool:
    return bool(s.list_minutes.outcomes)


def _unlabelled_roster(s: _Segmenter) -> bool:
    return bool(s.unlabelled_roster)


def _roster_notes(s: _Segmenter) -> bool:
    return bool(s.roster_notes)


def _dialogue(s: _Segmenter) -> bool:
    return bool(s.dialogue.speakers)


def _timed_items(s: _Segmenter) -> bool:
    return s.timed_items


def _dash_captions(s: _Segmenter) -> bool:
    return s.dash_captions


def _bold_items(s: _Segmenter) -> bool:
    return s.bold_items


def _template_parts(s: _Segmenter) -> bool:
    return bool(s.state.template_parts)


def _labelled_bullets(s: _Segmenter) -> bool:
    return bool(s.labelled_bullets)


_HEADING, _PARAGRAPH, _LIST_ITEM, _TABLE = (frozenset({kind}) for kind in BlockKind)
_NOT_HEADING = ANY_KIND - _HEADING
_ATTENDANCE, _AGENDA, _ACTIONS, _NEXT_MEETING, _NONE = (frozenset({context}) for context in
                                                        (Context.ATTENDANCE, Context.AGENDA, Context.ACTIONS,
                                                         Context.NEXT_MEETING, Context.NONE))

# The order decides the output: a block goes to the first handler that takes it. Each handler's `Gate`
# says where it can take one (block kinds, contexts, the block's look, the whole document): elsewhere it is not asked.
_RULES: tuple[tuple[_Handler, Gate], ...] = (
    # the comment form under minutes published as a blog post, and all after it
    (on_page_end, Gate(document=_after_page_end)),
    (on_page_marker, Gate(_HEADING | _PARAGRAPH)),  # "Page 1 of 2", a page's footer: dropped
    # "5 out of 5" under an attendance heading: a note, the names go on below
    (on_head_count, Gate(contexts=_ATTENDANCE)),
    # minutes kept as one list (`outline`): first, as it must see every block
    (_Segmenter.on_agenda_topic, Gate(document=_kept_as_list)),
    (on_code_line, Gate(document=_has_code)),  # a code block's line is text of its item
    (_Segmenter.on_item_outcome, Gate(document=_item_outcomes)),
    (_Segmenter.on_nested_list_item, Gate(_LIST_ITEM, _ATTENDANCE | _AGENDA)),
    # tables
    (_Segmenter.on_topic_table, Gate(_TABLE)),
    (_Segmenter.on_action_table, Gate(_TABLE)),
    (_Segmenter.on_motion_table, Gate(_TABLE)),
    (_Segmenter.on_form_agenda_item, Gate(_TABLE)),
    (_Segmenter.on_form, Gate(_TABLE)),
    (_Segmenter.on_attendance_table, Gate(_TABLE)),
    (on_roster, Gate(document=_has_tables)),  # a heading over a team roster, and the roster
    (on_unlabelled_roster, Gate(document=_unlabelled_roster)),  # the first list, of people, with no label over it
    # labels
    (on_office_holder, Gate(LINES, _ATTENDANCE)),  # "President: Ann Lee" in an attendance list
    (_Segmenter.on_role_line, Gate(TEXT_KINDS)),
    (on_signature, Gate(TEXT_KINDS)),
    (on_signature_line, Gate()),  # the signed name and its office lines under "Respectfully submitted,"
    (on_unticked_choice, Gate()),  # "[ ] FAILED" beside "[X] PASSED": the choice not taken
    (_Segmenter.on_attendance_label, Gate(TEXT_KINDS)),
    (_Segmenter.on_next_meeting_label, Gate(TEXT_KINDS)),
    (_Segmenter.on_agenda_with_notes, Gate(document=_agenda_with_notes)),
    (_Segmenter.on_agenda_label, Gate()),
    (_Segmenter.on_agenda_item, Gate(contexts=_AGENDA)),
    (_Segmenter.on_next_meeting_date, Gate(_NOT_HEADING, _NEXT_MEETING)),
    # "- [x] Acme: Ann Lee (Primary)" under an attendance heading
    (on_checkbox_roster, Gate(contexts=_ATTENDANCE)),
    # "Name (pronouns), Affiliation, Lesson" over one person a line
    (on_field_roster, Gate(TEXT_KINDS, _ATTENDANCE)),
    # "Mr M Storey – County Councillor 9 members of the public"; "(Ms. V. Thompson)." wrapped
    (on_visitor_line, Gate(contexts=_ATTENDANCE)),
    # "*Per the charter, ...*" between "Voting members of X" and the names
    (on_roster_note, Gate(contexts=_ATTENDANCE, document=_roster_notes)),
    (on_quorum_rule, Gate(needs=MARKED)),  # "**Quorum - 50% of Representatives ...**": a standing rule, not an item
    (_Segmenter.on_attendance_names, Gate(contexts=_ATTENDANCE)),
    # "Xinhao, Yuchen, Aijing, Kai" right under an entry's date
    (on_unlabelled_names, Gate(_PARAGRAPH, excludes=MARKED)),
    # speaker turns and the topics of dialogue minutes
    (_Segmenter.on_speaker_turn, Gate(LINES, document=_dialogue)),
    (_Segmenter.on_motion_turn, Gate(_PARAGRAPH)),
    (_Segmenter.on_poll_line, Gate(LINES, _NONE | _ATTENDANCE | _AGENDA)),
    (_Segmenter.on_speaker_heading, Gate(needs=MARKED)),
    # "Zoe Clark" alone on a line over what she said, inside an item
    (on_attendee_line, Gate(_HEADING | _PARAGRAPH, _NONE)),
    (on_affiliation_turn, Gate(_PARAGRAPH)),  # "**Acme**" over what Acme said, Acme an attendee's organisation
    (_Segmenter.on_scribe_topic, Gate(TEXT_KINDS, needs=COLON)),
    (_Segmenter.on_dialogue_topic, Gate(_PARAGRAPH, document=_dialogue)),
    (_Segmenter.on_topic_subtitle, Gate(_PARAGRAPH, document=_dialogue)),
    # "Trial conversion" over "NF: conversion is down ...": a plain topic line
    (on_line_over_turn, Gate(_PARAGRAPH, document=_dialogue)),
    # headings
    (_Segmenter.on_actions_end, Gate(contexts=_ACTIONS)),
    (_Segmenter.on_actions_heading, Gate()),  # (the first to ask `heading_like` of every block: never gated)
    (_Segmenter.on_todo_line, Gate(_PARAGRAPH)),
    # "7:11 - Discussion on ..." where the minutes stamp their items with the time
    (on_timed_item, Gate(contexts=_NONE, document=_timed_items)),
    # "Treasurer's Report –" over its text, where the minutes title their items so
    (on_dash_caption, Gate(contexts=_NONE, document=_dash_captions)),
    (_Segmenter.on_title_block, Gate()),
    (_Segmenter.on_attendance_heading, Gate()),
    (_Segmenter.on_heading_introduction, Gate(_PARAGRAPH, excludes=MARKED)),
    # "1. Topic" over nested notes under "### Discussion:"
    (on_discussion_item, Gate(_LIST_ITEM, _NONE, excludes=NESTED)),
    # "### Meeting comments" under every topic: a part of each
    (on_template_part, Gate(contexts=_NONE, document=_template_parts)),
    (_Segmenter.on_heading, Gate()),
    (on_work_split, Gate(contexts=_NONE | _ACTIONS, needs=COLON)),
    (_Segmenter.on_numbered_item, Gate(LINES, excludes=NESTED)),
    (_Segmenter.on_grouped_item_outcome, Gate(LINES, _NONE)),
    (on_bold_bullet_topic, Gate(_LIST_ITEM, _NONE, excludes=NESTED)),
    (on_bold_lead_in, Gate(contexts=_NONE, document=_bold_items)),
    # "- Membership: dues are due in May" in a list of such bullets
    (on_labelled_bullet, Gate(document=_labelled_bullets)),
    (_Segmenter.on_inline_topic, Gate(contexts=_NONE)),
    # text
    (_Segmenter.on_next_meeting_item, Gate(contexts=_NEXT_MEETING)),
    (_Segmenter.on_action_line, Gate(contexts=_ACTIONS)),
    (_Segmenter.on_body_text, Gate()),  # takes every block: the last of each kind and context
)
_INDEX = RuleIndex(_RULES)


def segment(blocks: list[Block], *, marked_headings: bool | None = None) -> Segments:
    """Assign every block to one part of the minutes (``marked_headings``: whether the file, as
    loaded, marks its headings; read from ``blocks`` when not given)."""
    found = _Segmenter().run(blocks, marked_headings)
    if found.sections:  # "## Standup" over its text, taken last into the title block, then "## Release"
        item_levels = items_level_under_title(blocks, found.title_blocks, found.sections[0].heading)
        if not item_levels:
            return found
    elif not (item_levels := item_heading_levels(blocks)):
        return found
    # No item at all, and no date to end the title block: its repeated sub-headings over text are the items
    # ("# Orchard Group", "## Budget" and its text, "## Rota" ...: minutes dated only by their file name)
    again = _Segmenter()
    again.item_levels = item_levels
    retry = again.run(blocks, marked_headings)
    return retry if len(retry.sections) > len(found.sections) else found
