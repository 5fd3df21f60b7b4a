"""Actions: from action tables, "Action:" lines, lists under an Actions
heading and firm commitments in the discussion, each real-world task once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from notes_extract.document import Block, BlockKind
from notes_extract.extractors.action_due_words import not_a_deadline, worded_due
from notes_extract.extractors.action_placement import place_in_sections, placed_from_notes
from notes_extract.extractors.bracket_columns import unbracketed_columns
from notes_extract.extractors.context import Context
from notes_extract.extractors.due_days import day_phrase_due
from notes_extract.extractors.inline_due import deadline_phrase, due_field, heading_due, inline_due, read_due
from notes_extract.extractors.item_refs import numbered_section
from notes_extract.extractors.line_owners import owned_line, owners_in_siblings
from notes_extract.extractors.marked_tasks import marked_task
from notes_extract.extractors.opened_items import carried_over, opened_before, opened_item
from notes_extract.extractors.owner_fields import field_task
from notes_extract.extractors.owner_words import known_owner, name_like, split_owners
from notes_extract.extractors.prefixed_tasks import prefixed_task
from notes_extract.extractors.status import status_of
from notes_extract.extractors.status_tails import status_tail
from notes_extract.extractors.text_match import WordingIndex, block_points, overlap, split_label
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Action, Due, Owner, Section
from notes_extract.nlp import find_commitments
from notes_extract.segment import OWNER_LINE, TODO_LINE, ActionTable, Segments, owns_nested_items, task_area_label
from notes_extract.segment.status_groups import GroupState, in_group, nested_status
from notes_extract.segment.sub_actions import action_runs, in_section
from notes_extract.segment.turns import speaker_turn
from notes_extract.segment.worksplit import work_split
from notes_extract.vocab.actions import (
    ACTION_LABEL_WORDS,
    CHECKBOX_CHOICES,
    DONE_LABEL_WORDS,
    DONE_MARKS,
    NO_ITEMS,
    OPEN_MARKS,
    REPORTED_PAST_VERBS,
)
from notes_extract.vocab.build import any_of
from notes_extract.vocab.people import COMPANION_OWNERS, FORMS_OF_ADDRESS, GROUP_OWNERS, NOT_OWNERS, NOUN_ENDINGS

# How much wording (overlap of content words, 0-1) two mentions of one task share:
LINK_OVERLAP = 0.45  # an "Action:" line and the table row that records the same task (owners agree too)
DUPLICATE_OVERLAP = 0.8  # two lines that state the same task again
UPDATE_OVERLAP = 0.6  # an "update on actions" line and the action it reports on


# "M ACTION: send the notes": an owner's initials in capitals before the label.
ACTION_LABEL = lazy_compile(
    # ("[Action] Ann to ...": the label in square brackets)
    rf"^\s*(?:\*\*)?(?:(?P<initials>(?-i:[A-Z]{{1,3}}))\s+(?=(?-i:[A-Z]{{2}})))?(?:new\s+)?"
    rf"(?:\[(?=(?i:{ACTION_LABEL_WORDS})\]))?({ACTION_LABEL_WORDS})\]?(?:\s*\d+)?"
    r"(?:\s*\((?P<held>[^()]{1,40})\))?\s*(?:\*\*)?"  # "Action (Ann): ...": its owners in brackets
    # "Action Ann to ..." needs no colon, but "AI"/"AP" do: "AI Policy will ..." is about AI
    r"\s*(?:[:\-–—]|(?<!\bai)(?<!\bap)\s(?=(?-i:[A-Z@])))\s*(?:\*\*)?", re.I)
_CHECKBOX = lazy_compile(r"^\[(?P<mark>[ xX✓✔])\]\s*")
# "[X] Yes", "[ ] FAILED": a box ticking one choice of a form, no task.
_CHOICE = lazy_compile(rf"\W*{any_of(CHECKBOX_CHOICES)}\W*", re.I)
# "✓ Book the hall", "Order badges ✔": a tick (or an empty box) before or after the task
_TICK = lazy_compile(rf"^\s*(?P<lead>[{DONE_MARKS}{OPEN_MARKS}])\s*|\s*(?P<tail>[{DONE_MARKS}{OPEN_MARKS}])\s*$")
# "[done]", "(not started yet)", "[in progress]" after an action
_STATUS_MARK = lazy_compile(r"\s*[\[(](?P<words>[^\])]{2,40})[\])]\s*\.?\s*$")
# The characters without one of which neither pattern can match: a substring test spares the search.
_TICKS = tuple(DONE_MARKS + OPEN_MARKS)
# "To-do...", "Action ...", "…": a template's placeholder line, no task.
_PLACEHOLDER = lazy_compile(rf"\W*(?:(?:{ACTION_LABEL_WORDS}|to-do|tbd|tba)\W*)?(?:\.\.\.|…|{NO_ITEMS})?\W*", re.I)
_BRACKETS = ("[", "(")
# "* - Ann send the letter", "Action: - Ann to ...", "-- Ann to ...", "-Ann to ...": a bullet typed again
# inside the item is no part of the task.
_BULLET = lazy_compile(r"^(?:[-–•*◦▪‣·]{1,2}\s+|[-–•*◦▪‣·]{1,2}(?=[A-Z@]))(?=\S)")
_DUE_PHRASE = lazy_compile(
    r"\b(?:by|before|due|deadline:?|no later than|for|at|(?=in the next (?:\w+ )?meeting)in)\s+(?:the\s+)?"
    r"(?P<when>next (?:\w+ )?meeting|as soon as \w+ can|(?:19|20)\d\d-\d\d-\d\d|"  # "by 2024-11-29": ISO too
    r"(?:end of\s+)?[\w ,]*?\d{1,2}(?:st|nd|rd|th)?\s+\w+|\w+\s+\d{1,2}(?:st|nd|rd|th)?|"
    r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?|asap)"
    # "agreed to meet on Saturday": the day the task is set for
    # ("on Tuesday 1st December", "on Friday, June 14": the date written after the weekday is the day)
    r"|\b(?P<day>(?:on|this|next|by)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?:,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+[a-z]{3,9}\.?|,?\s+[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?)?"
    r"(?:,?\s+(?:19|20)\d\d)?)\b", re.I)
# How many words a "BACK END:" line over to-do items may have to be their label rather than a task.
GROUP_LABEL_MAX_WORDS = 4
# "Doug found that ARM is working on ...": a line under an owner that reports what happened.
# "Done last week: fixed the login bug": past work under a done label
_DONE_LABEL = lazy_compile(rf"^(?:{DONE_LABEL_WORDS})\b[^:]{{0,30}}:\s*", re.I)
_PAST_FIRST_WORD = lazy_compile(rf"^(?:[A-Za-z][a-z]+ed|{any_of(REPORTED_PAST_VERBS)})\b", re.I)
_REPORTED_PAST = lazy_compile(rf"^(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}})\s+"
                              rf"(?:[a-z]+ed|{any_of(REPORTED_PAST_VERBS)})\b")


def extract_actions(segments: Segments, ctx: Context, *, section_drafts: list[Draft],
                    updates: list[tuple[str, str, str]], sections: list[Section]) -> list[Action]:
    """Every action of the meeting once: table rows, with the "Action:" lines and
    commitments of the discussion (``section_drafts``) merged into the rows that
    record the same task; each placed in its section, with the status the
    "update on actions" lines give it."""
    line_drafts = [d for b in segments.loose_blocks if not speaker_turn(b.text, segments.speakers)  # read_sections's
                   for d in point_actions(b.text, ctx, section=None)]
    line_drafts += section_drafts
    line_drafts += next_meeting_actions(segments, ctx)
    table_drafts = restated_rows_merged([table_actions(table, ctx) for table in segments.action_tables], ctx)
    line_drafts += [d for blocks, item, due in action_runs(segments)  # a sub-heading's tasks: raised in its item
                    for d in heading_due(in_section(_action_list(blocks, ctx), item), due)]
    # "Action: Alice to circulate ..." then "Action: Carol to book ..." anywhere: the minutes' action lines are one list
    owners_in_siblings(line_drafts, ctx)
    drafts = link(table_drafts, line_drafts, ctx)
    titles = {s.heading_text: s.title for s in sections}
    for draft in drafts:  # a table knows its section by the heading as written ("2. Actions ...")
        draft.section = titles.get(draft.section or "", draft.section)
        if draft.from_table and draft.section and draft.section not in titles.values():
            draft.section = numbered_section(draft.section, sections)  # an "Item" column's "3"
    place_in_sections(drafts, [(s.title, [p.text for p in s.points]) for s in sections])
    placed_from_notes(drafts, sections)  # one "Notes" heading under an agenda: the item the point discusses
    for wording, status, words in apply_updates(drafts, updates, ctx):
        # An update on an action this document never listed: record it, as reported.
        if draft := line_action(wording, ctx, section=None):
            draft.status, draft.status_text, draft.origin = status, words, "previous_meeting"  # type: ignore[assignment]
            drafts.append(draft)
    return [d.to_model(ctx) for d in drafts]


# "Next meeting: 5 May at the hall - Ann to advise via email.": the clauses after the date and place.
_NEXT_MEETING_CLAUSE = lazy_compile(r"\s[-–—]\s|(?<=[.;])\s+")
_PRONOUN_LED = lazy_compile(r"^(?:he|she)\b", re.I)
_LINE_LABEL = lazy_compile(r"^[^:]{1,30}:\s*")  # "Next meeting: Tom said ...": the label before the sentence


def next_meeting_actions(segments: Segments, ctx: Context) -> list[Draft]:
    """The tasks a next-meeting line sets ("... - Ann to advise via email", "He will pick a date")."""
    drafts: list[Draft] = []
    for block in segments.next_meeting:
        clauses = _NEXT_MEETING_CLAUSE.split(block.text)
        for previous, clause in zip(["", *clauses[:-1]], clauses, strict=True):
            # "Next meeting: Tom said ... in May. He will pick a date": "he" is whoever the clause before opens with
            with_context = previous and _PRONOUN_LED.match(clause.strip())
            drafts += [d for d in point_actions(f"{_LINE_LABEL.sub('', previous)} {clause}" if with_context
                                                else clause, ctx, section=None)
                       if not with_context or d.text == clause.strip()]
    return drafts


@dataclass
class Draft:
    """An action while the document is still being read."""

    text: str
    owners: list[str] = field(default_factory=list)
    ref: str | None = None
    due: Due | None = None
    status: str = "open"
    status_text: str | None = None
    origin: str = "this_meeting"
    section: str | None = None
    from_table: bool = False
    owner_form: str = ""  # where an action line named its owners (`line_owners.OwnedLine.form`)

    def to_model(self, ctx: Context) -> Action:
        owners: list[Owner] = []
        for text in self.owners:
            # a role nobody in the lists holds stays a role, without its article ("the Clerk" → "Clerk"), and a
            # person without the form of address their union writes ("Sister Lisa Ng" → "Lisa Ng")
            name = ctx.roster.resolve(text) or \
                _ADDRESSED.sub("", re.sub(r"^(the|our)\s+", "", text.strip(), flags=re.I))
            if all(o.name != name for o in owners):
                owners.append(Owner(text=text, name=name))
        return Action(
            ref=self.ref, text=self.text, owners=owners, due=self.due, status=self.status,  # type: ignore[arg-type]
            status_text=self.status_text, origin=self.origin, section=self.section,  # type: ignore[arg-type]
        )


# --- action tables ---------------------------------------------------------


def table_actions(table: ActionTable, ctx: Context) -> list[Draft]:
    cols = table.columns
    header = [c.strip().lower() for c in table.table.rows[0]]
    drafts: list[Draft] = []
    for row in table.table.rows[1:]:
        cells = list(row) + [""] * (len(header) - len(row))
        if [c.strip().lower() for c in cells] == header:
            continue  # a header row repeated after a page break
        text = cells[cols["action"]].strip()
        if not text:
            if drafts and any(c.strip() for c in cells):  # a row that only continues the previous one's cells
                for role in ("owner", "due"):
                    if role in cols and cells[cols[role]].strip() and role == "owner":
                        drafts[-1].owners += split_owners(cells[cols[role]])
            continue
        ref, text = split_label(text)
        if "ref" in cols and cells[cols["ref"]].strip():
            ref = cells[cols["ref"]].strip().rstrip(".")
        previous = table.previous or opened_before(cells[cols["opened"]] if "opened" in cols else "", ctx)
        draft = Draft(text=text, ref=ref, from_table=True, section=table.section,
                      origin="previous_meeting" if previous else "this_meeting")
        if "item" in cols and cells[cols["item"]].strip():
            draft.section = cells[cols["item"]].strip()  # "3" or "Garden project": resolved against the sections
        if "owner" in cols:
            draft.owners = split_owners(cells[cols["owner"]])
        else:  # no owner column: the task names who does it, as on an action line ("Ann to send ...")
            draft.owners = _labelled_action(text, ctx, table.section).owners
        if "due" in cols:
            draft.due, status = read_due(cells[cols["due"]], ctx)
            if status:
                draft.status, draft.status_text = status, cells[cols["due"]].strip()
        else:  # no deadline column: the task's own words may give one ("ready for next meeting")
            draft.due = due_in_text(text, ctx)
        if "status" in cols and cells[cols["status"]].strip():
            status = status_of(cells[cols["status"]])
            if status:
                draft.status, draft.status_text = status, cells[cols["status"]].strip()
        drafts.append(draft)
    return drafts


def _action_list(blocks: list[Block], ctx: Context) -> list[Draft]:
    """Actions listed under an Actions heading: every line is one, and an
    unlabelled line that follows a labelled one without being a task of its
    own continues it ("AI: Tomas draft policy ..." then "void -> int returns").
    An owner's line ("MartinO:") is no action: the tasks nested under it are, each owned by them."""
    drafts: list[Draft] = []
    group: tuple[list[str], int, GroupState | None] | None = None  # an owner line's owners, list level, state
    last_labelled = False  # whether the last task came from a labelled line ("AI: ..."), which a plain line continues
    numbers = [b.label.strip() for b in blocks if b.label and b.kind is BlockKind.LIST_ITEM]
    # "1. ... 1. ... 1. ...": a list Markdown numbers for itself, its labels no action's number
    auto_numbered = len(numbers) > 1 and len(set(numbers)) == 1
    for i, block in enumerate(blocks):
        if group and not (block.kind is BlockKind.LIST_ITEM and block.level > group[1]
                          and block.index == blocks[i - 1].index + 1):  # a group ends where its list does
            group = None
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if (state := nested_status(block, following)) or owns_nested_items(block, following):  # "On-going"
            owners = [] if state or task_area_label(block.text) else group_owners(block.text, ctx)
            group = (owners, block.level if block.kind is BlockKind.LIST_ITEM else -1, state)
            continue
        if group:
            if task := grouped_task(block.text, group[0], ctx, section=None):
                drafts.append(in_group(task, group[2]))
            continue
        if splits := work_split(block.text):  # "Ann: slides, Raj, Tom: demo": one action per pair
            drafts += [d for owners, task in splits if (d := grouped_task(task, owners, ctx, section=None))]
            continue
        if _group_label(block.text):
            continue  # "FRONT END:" over the tasks that follow it: a heading of the list, no task
        for text, _level in block_points(block):
            if todo := TODO_LINE.match(text):
                text = todo["task"]  # "Later objective: deliver ...": the label is no part of the task
            text, dated_owners, carried = opened_item(text, ctx)  # "2020/06/09 (sid): Draft ..."
            labelled = bool(ACTION_LABEL.match(text))
            if last_labelled and not labelled and not _CHECKBOX.match(text.strip()) and \
                    not find_commitments(text, ctx.roster, ctx.names):
                drafts[-1].text = f"{drafts[-1].text} {text.strip()}"
                continue
            new = carried_over(point_actions(text, ctx, section=None, labelled=True, owners=dated_owners or None),
                               carried)
            if not labelled and len(new) == 1 and len(own := point_actions(text, ctx, section=None)) > 1:
                new = own  # "Chris+Davide to bring it to the SG. Chris to raise with Brook": two tasks
            if block.label and len(new) == 1 and new[0].ref is None and not auto_numbered:
                new[0].ref = block.label.strip().rstrip(".)").lstrip("(")  # "1." of a numbered action list
            drafts += new
            last_labelled = labelled and bool(new)
    owners_in_siblings(drafts, ctx)
    return drafts


def _group_label(text: str) -> bool:
    """A short line ending in a colon that heads the to-do items after it ("BACK END:", "Issues to solve:")."""
    label = text.strip().strip("*_").strip()
    return label.endswith(":") and len(label.split()) <= GROUP_LABEL_MAX_WORDS and not ACTION_LABEL.match(label)


def group_owners(text: str, ctx: Context, *, known_only: bool = False) -> list[str]:
    """The owners an owner line names ("MartinO:", "Ann / Raj", "Everyone"), or [] when
    its words read as a topic rather than people. ``known_only``: outside an actions list,
    a line without its colon ("Laser Tag") may be a topic, so its words must be known owners."""
    m = OWNER_LINE.match(text)
    owners = split_owners(m["who"]) if m else []
    if known_only and not text.rstrip().endswith(":"):
        return owners if all(known_owner(o, ctx) or o.lower() in GROUP_OWNERS for o in owners) else []
    return owners if all(_owner_word(o, ctx) for o in owners) else []


def _owner_word(text: str, ctx: Context) -> bool:
    tokens = text.split()
    if known_owner(text, ctx) or text.lower() in GROUP_OWNERS | COMPANION_OWNERS:
        return True
    # "MartinO", "DaveMcK", "Pierre-Alexandre": under an owner line, capitalised words are a name
    return 1 <= len(tokens) <= 3 and tokens[0].lower() not in NOT_OWNERS and \
        not tokens[-1].lower().endswith(NOUN_ENDINGS)


_ADDRESSED = lazy_compile(rf"^(?i:{any_of(FORMS_OF_ADDRESS)})\.?\s+(?=[A-Z])")
# "Johnny: Post the pictures" under a group's owner line: an attendee's own task, named before a colon.
_OWN_OWNER = lazy_compile(r"^(?P<who>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s*:\s+(?=\S)")


def grouped_task(text: str, owners: list[str], ctx: Context, *, section: str | None) -> Draft | None:
    """A task nested under its owner's line: one action of theirs, unless it reports
    what already happened ("Doug found that ...")."""
    text = text.strip()
    if (own := _OWN_OWNER.match(text)) and known_owner(own["who"], ctx):
        text, owners = text[own.end():], [own["who"]]  # "Directors:" over "Johnny: Post the photos": Johnny's
    # one capitalised word may be an imperative ("Check shared drive"), two are a name
    if (past := _REPORTED_PAST.match(text)) and (" " in past["who"] or known_owner(past["who"], ctx)):
        return None
    done = _DONE_LABEL.match(text)
    if done and _PAST_FIRST_WORD.match(text[done.end():]):
        return None
    found = point_actions(text[done.end():] if done else text, ctx, section=section, labelled=True,
                          owners=owners or None)
    if found and done:
        found[0].status, found[0].status_text = "done", done.group().strip(" :")
    return found[0] if found else None


# --- actions in running text -----------------------------------------------


def point_actions(text: str, ctx: Context, *, section: str | None, labelled: bool = False,
                  owners: list[str] | None = None) -> list[Draft]:
    """The actions a discussion point or an Actions-list line states.

    A labelled line ("Action: ...", "AI: ...", "- [ ] ...", or any line under
    an Actions heading when ``labelled``) is one action, owned or not; in
    other text each sentence that states a firm commitment by a person or
    role is one. ``owners``, when given, own a labelled line whatever it names.
    """
    body = _BULLET.sub("", text.strip()) if labelled else text.strip()
    label_due: Due | None = None
    m = ACTION_LABEL.match(body)
    if m:
        body, labelled = _BULLET.sub("", body[m.end():].strip()), True
        held = split_owners(m["held"]) if m["held"] else []
        held = held if all(known_owner(o, ctx) or name_like(o) for o in held) else []
        owners = [m["initials"]] if m["initials"] else held or owners
        if not box_or_tick(body) and ctx.roster.resolve(body.strip(" .")):
            return []  # "Actions: Steve" alone: who keeps the actions, not a task
    elif todo := TODO_LINE.match(body):
        # "- Next steps: draft the poster": a to-do label over its task ("For next meeting:" also its deadline)
        label_due = due_in_text(body[:todo.start("task")], ctx)
        body, labelled = todo["task"].strip(), True
    status, status_text = "open", None
    box = _CHECKBOX.match(body)
    if box:
        if _CHOICE.fullmatch(body[box.end():]):
            return []
        body, labelled = body[box.end():], True
        status = "open" if box["mark"] == " " else "done"
        body = unbracketed_columns(body)  # "[Find a roomba] - [Everyone] - [Completed]": a template's columns
    elif any(mark in body for mark in _TICKS) and (tick := _TICK.search(body)):  # a tick: the state (a box: a task)
        body = (body[tick.end():] if tick.start() == 0 else body[: tick.start()]).strip()
        status, box = "open" if (tick["lead"] or tick["tail"]) in OPEN_MARKS else "done", tick
    if any(b in body for b in _BRACKETS) and (mark := _STATUS_MARK.search(body)) and status_of(mark["words"]):
        body, status, status_text = body[: mark.start()].strip(), status_of(mark["words"]), mark["words"]
    elif labelled and (tail := status_tail(body)):
        body, status, status_text = tail  # "Contact the venue - done"
    if not body or _PLACEHOLDER.fullmatch(body):
        return []
    if not labelled and (fields := field_task(body, ctx)) and fields[0] != body and \
            all(known_owner(o, ctx) or name_like(o) for o in split_owners(fields[1])):
        labelled = True  # "Update the risk register. Owner: Tobias Brandt.": the owner's field makes it a task
    if not labelled:
        # "A slip was reported. Action: D. Evans to review the mats.": the label is no part of the task
        drafts = [Draft(text=c.text[label.end():].strip() if (label := ACTION_LABEL.match(c.text)) else
                        _without_topic_label(c.text, c.clause), owners=c.owners, section=section)
                  for c in find_commitments(body, ctx.roster, ctx.names)]
        if not drafts and (marked := marked_task(body, ctx)):  # "👷 Greg is triaging ...": work under way
            drafts = [Draft(text=marked[0], owners=marked[1], section=section, status="in_progress")]
        if not drafts and (prefixed := prefixed_task(body, ctx)):  # "Sam: Ask Jean about the raffle tickets"
            drafts = [Draft(text=prefixed[0], owners=prefixed[1], section=section)]
    elif owners and (not m or m["initials"] or held):  # "Action MG: ..." under someone else's line is still MG's
        drafts = [Draft(text=body, owners=list(owners), section=section)]
    else:
        drafts = _labelled_actions(body, ctx, section)
    for draft in drafts:
        if status_text:
            draft.status, draft.status_text = status, status_text
        elif box:
            draft.status = status
        typed = due_field(draft.text, ctx)[1] if draft.due is None else None  # "... – next meeting"
        draft.due = due_in_text(draft.text, ctx) or typed or draft.due or label_due
    return drafts


# "Steps to Block Three: HP and GC to contact builders": a topic's label before the sentence's task
_TOPIC_LABEL = lazy_compile(r"^[^:.;!?]{1,50}:\s+")


def _without_topic_label(sentence: str, clause: str) -> str:
    """The sentence of a commitment without a topic's label before it, where the task's clause follows the label."""
    if (m := _TOPIC_LABEL.match(sentence)) and clause and sentence[m.end():].startswith(clause[:20]):
        return sentence[m.end():]
    return sentence


def due_in_text(text: str, ctx: Context) -> Due | None:
    """The deadline an action's own wording states ("by 3 May", "due on 03/09", "by next week")."""
    if (due_match := _DUE_PHRASE.search(text)) and not not_a_deadline(text, due_match):
        due, _ = read_due(due_match["when"] or due_match["day"], ctx, yearless=deadline_phrase(due_match[0]))
        if due and due.kind != "other":
            return due
    return inline_due(text, ctx) or day_phrase_due(text, ctx.meeting_date) or worded_due(text, ctx.meeting_date)


def _labelled_actions(body: str, ctx: Context, section: str | None) -> list[Draft]:
    """A labelled line's action; its tasks one each where semicolons join several that each name their owner
    before "to <verb>" ("Next steps: Ana to write the stories; Cy to draft the schema")."""
    parts = [part.strip() for part in body.split(";") if part.strip()]
    if len(parts) > 1:
        drafts = [_labelled_action(part, ctx, section) for part in parts]
        if all(draft.owners and draft.owner_form in _TASK_CLAUSE_FORMS for draft in drafts):
            return drafts
    return [_labelled_action(body, ctx, section)]


# The forms of an owner written before "to <verb>" or a firm commitment ("Ana to write ...", "Cy will ...").
_TASK_CLAUSE_FORMS = frozenset({"to", "commitment"})


def _labelled_action(body: str, ctx: Context, section: str | None) -> Draft:
    """An action line whose owner, if any, is named in one of the usual places (`owned_line`)."""
    line = owned_line(body, ctx)
    return Draft(text=line.task, owners=line.owners, section=section, due=line.due, owner_form=line.form)


def box_or_tick(text: str) -> bool:
    """Whether ``text`` opens with a checkbox or holds a tick (a task's state, so a task)."""
    return bool(_CHECKBOX.match(text)) or any(mark in text for mark in _TICKS)


def line_action(text: str, ctx: Context, *, section: str | None, labelled: bool = False) -> Draft | None:
    """The first action ``text`` states, if any (see `point_actions`)."""
    found = point_actions(text, ctx, section=section, labelled=labelled)
    return found[0] if found else None


# --- one real-world action, once -------------------------------------------


def link(table_drafts: list[Draft], line_drafts: list[Draft], ctx: Context) -> list[Draft]:
    """Merge "Action:" lines into the table rows that record the same task.

    A line and a row are the same task when their owners agree and their
    wording overlaps; the row is kept (its text, ref and deadline) and takes
    the line's section.
    """
    merged = list(table_drafts)
    linked: set[int] = set()
    extra: list[Draft] = []
    rows_index, extra_index = WordingIndex([row.text for row in merged]), WordingIndex([])
    for line in line_drafts:
        best, best_score = None, 0.0
        line_owners = {ctx.roster.resolve_or_keep(o) for o in line.owners}
        # only rows sharing a word with the line or its section can score above nothing
        candidates = sorted({*rows_index.sharing(line.text), *rows_index.sharing(line.section or "")})
        for i in candidates:
            row = merged[i]
            if i in linked:
                continue
            row_owners = {ctx.roster.resolve_or_keep(o) for o in row.owners}
            score = overlap(line.text, row.text)
            if line_owners and row_owners and not _same_people(line_owners, row_owners):
                continue
            if line_owners and row_owners and line.section and row.section is None:
                # a row named after the item its line was raised under ("Contributing.md", "Contributing")
                score = max(score, overlap(line.section, row.text))
            if score > best_score:
                best, best_score = i, score
        if best is not None and best_score >= LINK_OVERLAP:
            linked.add(best)
            row = merged[best]
            if row.section is None and row.origin == "this_meeting":
                row.section = line.section
            if not row.owners:
                row.owners = line.owners
            if row.due is None:
                row.due = line.due
            if line.origin == "previous_meeting" and line.status_text and not row.status_text:
                row.status, row.status_text = line.status, line.status_text  # a review line updates the row
        elif (same := _duplicate(line, [extra[k] for k in extra_index.sharing(line.text)], ctx)) is None:
            extra.append(line)
            extra_index.add(line.text)
        elif same.due is None:  # "ACTION: JS to ..." then "JS to ... – by 5 December" in the summary
            same.due = line.due
    return merged + extra


def restated_rows_merged(tables: list[list[Draft]], ctx: Context) -> list[Draft]:
    """The rows of all action tables, a row restating one of an earlier table folded into it: a
    "New actions" table that lists again the reviewed actions still open ("2.4 | Check ... | TG & BM")
    is the same actions, with the owners it adds. The same ref and like wording, or the same wording
    and owners, make a restatement; rows of one table are always actions of their own."""
    kept: list[Draft] = []
    for rows in tables:
        earlier = list(kept)
        for row in rows:
            first = next((k for k in earlier if (row.ref and k.ref == row.ref and overlap(row.text, k.text)
                                                 >= LINK_OVERLAP) or _duplicate(row, [k], ctx)), None)
            if first is None:
                kept.append(row)
                continue
            known = {ctx.roster.resolve_or_keep(o) for o in first.owners}
            first.owners += [o for o in row.owners if ctx.roster.resolve_or_keep(o) not in known]
            first.due = first.due or row.due
    return kept


def _same_people(a: set[str], b: set[str]) -> bool:
    """Whether two owner lists share someone, by name or, failing that, first name."""
    if a & b:
        return True
    firsts = {x.split()[0].lower() for x in a if x.split()}
    return any(y.split() and y.split()[0].lower() in firsts for y in b)


def _duplicate(draft: Draft, drafts: list[Draft], ctx: Context) -> Draft | None:
    """The draft of ``drafts`` that states ``draft``'s task again, for the same people."""
    owners = {ctx.roster.resolve_or_keep(o) for o in draft.owners}
    return next((other for other in drafts if overlap(draft.text, other.text) >= DUPLICATE_OVERLAP
                 and owners == {ctx.roster.resolve_or_keep(o) for o in other.owners}), None)


def apply_updates(drafts: list[Draft], updates: list[tuple[str, str, str]], ctx: Context) -> list[
        tuple[str, str, str]]:
    """Set the status of earlier actions from "update on actions" lines; return the unmatched."""
    unmatched: list[tuple[str, str, str]] = []
    index = WordingIndex([draft.text for draft in drafts] if updates else [])
    for wording, status, words in updates:
        if (best := index.best_overlap(wording)) is not None and best[1] >= UPDATE_OVERLAP:
            drafts[best[0]].status, drafts[best[0]].status_text = status, words
        else:
            unmatched.append((wording, status, words))
    return unmatched
