"""Discussion sections: title, kind, presenter and points of each agenda item,
and the actions, decisions, action updates and declared interests the points state."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from notes_extract.document import BlockKind
from notes_extract.extractors.action_field_lines import fill_action_field
from notes_extract.extractors.action_reviews import review_line
from notes_extract.extractors.actions import (
    Draft,
    due_in_text,
    group_owners,
    grouped_task,
    point_actions,
)
from notes_extract.extractors.closing import NONE_DECLARED
from notes_extract.extractors.consent_calls import consent_decisions
from notes_extract.extractors.context import Context
from notes_extract.extractors.decision_kinds import decision_kind
from notes_extract.extractors.decisions import decisions_in
from notes_extract.extractors.dialogue_tasks import heading_person_task, loose_turn_drafts, turn_drafts
from notes_extract.extractors.elections import ELECTIONS, election_result
from notes_extract.extractors.item_heads import (
    LEADER_LINE,
    SectionHead,
    clean_title,
    named_presenters,
    office_holder_title,
    opening_presenter,
    presented_by,
    read_heading,
    strip_numbering,
)
from notes_extract.extractors.lead_in_tasks import lead_in_drafts, taken_item_draft, taken_items
from notes_extract.extractors.listed_choices import TYPED_MARKER, decision_lead_in, listed_choices
from notes_extract.extractors.motion_tasks import ordered_tasks
from notes_extract.extractors.name_suffixes import name_suffixes
from notes_extract.extractors.notes_points import points_to_items
from notes_extract.extractors.outcome_tasks import owned_line_action
from notes_extract.extractors.owner_marks import mark_line_owners, marked_sentences, trailing_mark_action
from notes_extract.extractors.passive_presenters import passive_presenter
from notes_extract.extractors.polls import consent_polls, poll_decisions
from notes_extract.extractors.reports import givers_promises, meeting_actions, meeting_decisions, narrated_points
from notes_extract.extractors.resolution_items import resolution_kind, states_outcome
from notes_extract.extractors.roll_call_items import roll_call_only
from notes_extract.extractors.status import status_of
from notes_extract.extractors.status_tails import status_update
from notes_extract.extractors.text_match import block_points
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.limits import Deadline
from notes_extract.models import Attendance, Decision, Point, Section
from notes_extract.nlp import sentences
from notes_extract.people import Roster, normalise_role, strip_honorifics
from notes_extract.segment import (
    DECISION_LABELS,
    FIELD_LABELS,
    SectionSpan,
    Segments,
    attendance_label,
    next_meeting_label,
)
from notes_extract.segment.dash_captions import dash_caption
from notes_extract.segment.headings import ITEM_WORD_NUMBER, NUMBERED, names_a_group
from notes_extract.segment.restructure import OUTLINE_FIRST_NUMBER_MAX
from notes_extract.segment.timed_items import timed_item
from notes_extract.segment.turns import Turn, speaker_turn, written_chat_turn
from notes_extract.vocab.actions import STATUS_ONLY_WORDS
from notes_extract.vocab.sections import (
    ITEM_NUMBER_WORDS,
    NOTES_CONTAINER_HEADINGS,
    NOTES_HEADINGS,
    SECTION_KIND_FORMS,
    TITLE_FUNCTION_WORDS,
)

SECTION_KINDS: list[tuple[str, re.Pattern[str]]] = [(kind, lazy_compile(form, re.I))
                                                    for kind, form in SECTION_KIND_FORMS]


def section_kind(title: str) -> str:
    for kind, pattern in SECTION_KINDS:
        if pattern.search(title):
            return kind
    return "discussion"


# Section kinds that are agenda items in their own right even when the
# minutes record nothing under them.
_KEEP_EMPTY = {"declarations", "previous_minutes", "action_review", "aob", "report"}
# How alike an agenda item and a heading must be to be the same item.
AGENDA_MATCH_RATIO = 0.75

# A line that only reports the state of the action above it: "Action Complete".
_STATUS_ONLY = lazy_compile(rf"^\W*(?:action\s+)?(?P<words>(?:{STATUS_ONLY_WORDS})(?:-ish)?)\W*$", re.I)
# A review of earlier actions, as opposed to "Matters arising" in general.
_REVIEWS_ACTIONS = lazy_compile(r"\bactions?\b|\baction (log|items)\b", re.I)
# "Treasurer's Report": an item named after the officer who gives it.
_ROLE_REPORT = lazy_compile(r"^(?P<role>[\w -]{3,30}?)['’]s?\s+report\b", re.I)


@dataclass
class SectionReading:
    """The agenda items as sections, and what their points state."""

    sections: list[Section] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)  # actions, in the order the points give them
    decisions: list[Decision] = field(default_factory=list)
    updates: list[tuple[str, str, str]] = field(default_factory=list)  # (action wording, status, status words)
    declared: list[str] = field(default_factory=list)  # points that declare interests, or say none were



@dataclass
class _ItemPoints:
    """One item's points while they are read."""

    points: list[Point] = field(default_factory=list)
    labels: list[str | None] = field(default_factory=list)  # each point's list number or letter, as written
    # (decision label, indices, the kind the label words: "Resolved:" over its list gives resolutions)
    runs: list[tuple[bool, list[int], str | None]] = field(default_factory=lambda: [(False, [], None)])
    turns: set[int] = field(default_factory=set)  # points that are a speaker's turn: one person's view
    assigned: set[int] = field(default_factory=set)  # "Ann: Book the hall" under "Resolved": a task, no decision
    resolutions: bool = False  # an item of a "Resolutions" list: its outcomes are decisions
    lead_in_run: int = -1  # the run an "It was agreed:" lead-in opened, which its list alone makes up
    # each such run's lead-in by the run's index, and whether it is a sentence over its list ("It was agreed:")
    lead_ins: dict[int, tuple[str, bool]] = field(default_factory=dict)
    label_level: int = -1  # the list depth of a "Decisions made:" point whose nested points alone are its run


def read_sections(segments: Segments, ctx: Context, attendance: Attendance, *,
                  deadline: Deadline | None = None, source_name: str | None = None) -> SectionReading:
    """Every agenda item as a section with its points, in agenda order, and
    the actions, decisions, action updates and declared interests they state."""
    role_holders = {p.role: p.name for people in (attendance.present, attendance.in_attendance)
                    for p in people if p.role}
    out = SectionReading()
    out.drafts += loose_turn_drafts(segments, ctx)  # a log of speakers' lines, outside every item
    spans = segments.sections
    # a presenter after a heading's dash may be someone the minutes only show speaking ("**Tommy**: ...")
    heading_names = ctx.names | {word for speaker in segments.speakers for word in speaker.split()} | \
        named_presenters([span.heading_text for span in spans])
    suffix_names = name_suffixes([strip_numbering(span.title_hint or span.heading_text) for span in spans])
    agenda_numbers = _numbers_agenda(spans)
    for i, span in enumerate(spans):
        if deadline is not None:
            deadline.check(source_name, f"reading item {i + 1} of {len(spans)}")
        head = read_heading(span, ctx.roster, heading_names, suffix_names)
        kind = _item_kind(span, head.title)
        presenter, named_after_presenter = _presenter(span, head, role_holders, ctx.roster)
        # An item named after the person reporting, or set out as "Topic ------ Presenter".
        presenter_column = bool(head.presenter and LEADER_LINE.match(strip_numbering(span.heading_text)))
        if named_after_presenter or (kind == "discussion" and presenter_column):
            kind = "report"
        presenter = presenter or _floor_holder(span, segments.speakers, ctx)
        first_draft = len(out.drafts)
        item = _read_points(span, head, kind, ctx, out, segments.speakers)
        decisions = _item_decisions(item, head.title, ctx)
        if narrated := narrated_points(head.title, item.points):
            # a giver's account of what was done elsewhere: not this meeting's actions or decisions
            decisions = meeting_decisions(decisions, narrated)
            out.drafts[first_draft:] = meeting_actions(out.drafts[first_draft:], narrated, ctx) + \
                givers_promises(item.points, presenter, head.title, ctx)
        out.drafts += ordered_tasks(decisions, out.drafts[first_draft:], ctx, section=head.title)
        out.decisions += decisions
        attendee_gives_it = presenter_column and ctx.roster.resolve(presenter or "") is not None
        if not item.points and not span.tables and not attendee_gives_it and not span.table_row and \
                not _empty_item(span, spans[i - 1] if i else None, spans[i + 1] if i + 1 < len(spans) else None,
                                agenda_numbers=agenda_numbers) and \
                (kind not in _KEEP_EMPTY or i + 1 < len(spans)):
            continue  # a heading that only groups the items after it, or a form label left blank
        if roll_call_only(head.title, item.points):
            continue  # "Call to Order & Roll Call" over the opening and the attendance: no item (GOLD)
        out.sections.append(Section(title=head.title, heading_text=span.heading_text, kind=kind,  # type: ignore[arg-type]
                                    presenter=presenter, points=item.points))
    out.sections = merge_agenda(out.sections, segments.agenda, segments.agenda_levels,
                                agenda_only=segments.agenda_listed and not segments.sections_after_agenda)
    return out


def _numbers_agenda(spans: list[SectionSpan]) -> bool:
    """Whether the numbered headings number an agenda (from 1 on), not minutes that run on from
    earlier meetings ("34. CDC - Polling stations review" in a list of correspondence)."""
    first = next((m for span in spans if _numbered_heading(span)
                  and (m := _LEADING_NUMBER.match(_ITEM_WORD.sub("", span.heading_text)))), None)
    return first is not None and int(first[1]) <= OUTLINE_FIRST_NUMBER_MAX


_LEADING_NUMBER = lazy_compile(r"^\(?(\d{1,4})\b")
_ITEM_WORD = lazy_compile(rf"^(?i:{ITEM_NUMBER_WORDS})\s*(?=\d)")


def _numbered_heading(span: SectionSpan) -> bool:
    """A heading that numbers its item: a heading block, or a paragraph opened by "Item 3:" / "Agenda item 3 –"."""
    return span.heading.kind is BlockKind.HEADING or span.heading.kind is BlockKind.PARAGRAPH and \
        bool(ITEM_WORD_NUMBER.match(span.heading_text))


def _numbers_item(span: SectionSpan) -> bool:
    return bool(NUMBERED.match(span.heading_text) or ITEM_WORD_NUMBER.match(span.heading_text))


def _empty_item(span: SectionSpan, previous: SectionSpan | None, following: SectionSpan | None, *,
                agenda_numbers: bool) -> bool:
    """An agenda item listed with nothing minuted under it ("* Let's talk about CI [#12]"
    after items that were discussed, "#### 1. Introductions (5 min)" before "#### 2. ..." in an
    agenda numbered from 1): a numbered or bulleted item, beside another such item of its level,
    that nothing after it nests under, so it groups nothing."""
    if span.grouping or following is not None and following.level > span.level:
        return False
    if any(shape(span.heading) and any(other is not None and shape(other.heading) for other in (previous, following))
           for shape in (dash_caption, timed_item)):
        return True  # "Arbitration summary –", "7:09 - Reading of minutes" beside others: nothing minuted
    if span.heading.kind is BlockKind.LIST_ITEM:
        return previous is not None and previous.heading.kind is BlockKind.LIST_ITEM and previous.level == span.level
    return agenda_numbers and _numbered_heading(span) and _numbers_item(span) and \
        any(other is not None and other.level == span.level and _numbers_item(other)
            for other in (previous, following))


def _item_kind(span: SectionSpan, title: str) -> str:
    kind = section_kind(title)
    if kind == "discussion" and span.parent and section_kind(span.parent) == "report":
        return "report"  # an item under a "Reports" heading
    return kind


def _presenter(span: SectionSpan, head: SectionHead, role_holders: dict[str, str],
               roster: Roster) -> tuple[str | None, bool]:
    """Who led the item (named in its heading, by the role its title names,
    as the person the title is, or by a template's "Presenter:" field), and
    whether the item is named after them."""
    presenter = head.presenter or _presenter_from_role(head.title, role_holders)
    if presenter is None and (person := roster.resolve(head.title)) and \
            len(strip_honorifics(head.title).split()) <= 3:
        return person, True
    if presenter is None and (holder := office_holder_title(head.title, roster)):
        return holder, True  # "President Mike Elkins" over his report
    if presenter is None and span.presenter_hint:
        presenter = roster.resolve_or_keep(span.presenter_hint)
    if presenter is None and span.blocks:
        presenter = presented_by(span.blocks[0].text, roster) or \
            opening_presenter(span.blocks[0].text, head.title, roster)
    if presenter is None and (opening := span.rest or (span.blocks[0].text if span.blocks else "")):
        presenter = passive_presenter(opening, roster)  # "An update was provided by Ann Lee on ..."
    return presenter, False


def _floor_holder(span: SectionSpan, speakers: frozenset[str], ctx: Context) -> str | None:
    """Who presents an item that opens with a line naming only a speaker
    ("John Smith:" over the points they made): that speaker."""
    first = span.blocks[0] if span.blocks else None
    turn = speaker_turn(first.text, speakers) if first is not None else None
    return ctx.roster.resolve_or_keep(turn.speaker) if turn is not None and not written_chat_turn(first.text) else None


def _speaker_of(text: str, level: int, floor: tuple[str, int] | None,
                speakers: frozenset[str]) -> tuple[Turn | None, bool, tuple[str, int] | None]:
    """(the turn a point belongs to, whether the point opens with its speaker, the
    speaker holding the floor after it). Lines nested under "Name:" are that speaker's."""
    if floor is not None and level <= floor[1]:
        floor = None
    turn = speaker_turn(text, speakers)
    if turn is not None:
        return turn, True, (turn.speaker, level) if not turn.text else floor
    if floor is not None:
        return Turn(floor[0], text), False, floor
    return None, False, floor


def _read_points(span: SectionSpan, head: SectionHead, kind: str, ctx: Context, out: SectionReading,
                 speakers: frozenset[str] = frozenset()) -> _ItemPoints:
    """The item's points, each marked as an action where it states one; the actions, action updates and
    declarations go to ``out``. A speaker's turn is a point written "Speaker: text"."""
    raw = ([(head.lead_point, 0, None)] if head.lead_point else []) + [
        (text, level, block.label if block.kind is BlockKind.LIST_ITEM else None)
        for block in span.blocks for text, level in block_points(block)
    ]
    item = _ItemPoints(resolutions=span.resolutions)
    if span.resolutions or DECISION_LABELS.match(head.title):  # "## Decisions" over its list: each a decision
        item.runs = [(True, [], None)]
    owner_lines = _owner_lines([(text, level) for text, level, _ in raw], ctx) if kind == "action_review" else {}
    listed = [False] * bool(head.lead_point) + [block.kind is BlockKind.LIST_ITEM  # which points are list items
                                                for block in span.blocks for _ in block_points(block)]
    # "Ann and Bo taking these" over a list: its items are their tasks
    taken = taken_items([(text, item) for (text, _, _), item in zip(raw, listed, strict=True)], ctx, speakers)
    last_action: tuple[Draft, int] | None = None  # the latest action and its point's level
    floor: tuple[str, int] | None = None  # the speaker whose "Name:" line the points below belong to
    for index, (text, level, label) in enumerate(raw):
        turn, own_prefix, floor = _speaker_of(text, level, floor, speakers)
        if own_prefix and turn is not None:
            text = f"{turn.speaker}: {turn.text}".strip()
        # "Decisions:" over the points after it; "Approved" as the item's whole body is what it records
        if FIELD_LABELS.match(text) and len(raw) > 1 and not _BARE_CARRIED.match(text):
            item.runs.append((bool(DECISION_LABELS.match(text)), [], _label_kind(text)))
            item.label_level, item.lead_ins[len(item.runs) - 1] = level, (text, False)
            continue
        if (run := item.runs[-1][1]) and level <= item.label_level < item.points[run[0]].level:
            item.runs.append((False, [], None))  # back out of "Decisions made:"'s nested points: its run is over
        # "It was agreed:" over "a) to buy the boat;" or a bulleted list
        if decision_lead_in(text, raw[index + 1:index + 2], listed[index + 1:index + 2]):
            item.runs.append((True, [], _label_kind(text)))
            item.lead_in_run = len(item.runs) - 1
            item.lead_ins[item.lead_in_run] = (text, True)
            continue
        if item.lead_in_run == len(item.runs) - 1 and item.runs[-1][1] and not label and level == 0 and \
                not TYPED_MARKER.match(text) and not listed[index]:
            item.runs.append((False, [], None))  # the lead-in's list is over
        if kind != "declarations" and NONE_DECLARED.search(text):
            out.declared.append(text)  # "No conflicts of interest were declared."
            continue
        if kind == "declarations":
            out.declared.append(text)
        point_kind = "point"
        # "MartinO:" over the tasks reviewed: each nested line is an action of theirs
        grouped = _grouped_draft(text, owner_lines.get(index), head.title, ctx) or \
            (taken_item_draft(text, taken[index], ctx, section=head.title) if index in taken else None)
        reviewed = review_line(text, ctx, section=head.title, reviews_actions=bool(_REVIEWS_ACTIONS.search(
            head.title)), said_of_point=_under_plain_point(item, level)) \
            if kind == "action_review" and grouped is None and turn is None else None
        update = status_update(text) if kind == "action_review" and grouped is None else None
        if grouped is not None or reviewed is not None:
            out.drafts.append(found := grouped or reviewed)  # type: ignore[arg-type]
            point_kind, last_action = "action", (found, level)  # type: ignore[assignment]
        elif update:
            out.updates.append(update)
        elif _fills_action_field(item, last_action, level, text, ctx):  # "Action: X" over "Owner: Cy", "Due: May"
            point_kind = "action"
        elif (status := _STATUS_ONLY.match(text)) and last_action and last_action[1] < level:
            # "Action Complete" under an action: its status, not a new action
            last_action[0].status = status_of(status["words"]) or "done"  # type: ignore[assignment]
            last_action[0].status_text = status["words"]
        elif marked := _marked_draft(raw, index, item, head.title, ctx):  # "... a quote. Action: BT"
            out.drafts.append(marked)
            point_kind = "action"
        elif item.runs[-1][0] and (assigned := owned_line_action(
                text, ctx, section=head.title, after_one=bool(item.assigned & set(item.runs[-1][1])))):
            out.drafts.append(assigned)  # "Resolved" over "Ann: Book the hall": each line hands out a task
            point_kind = "action"
            item.assigned.add(len(item.points))
        elif drafts := _line_drafts(text, turn, head.title, kind, ctx, listed=listed[index]):
            out.drafts += drafts
            point_kind = "action"
            last_action = (drafts[-1], level)
        if turn is not None:
            item.turns.add(len(item.points))
        item.runs[-1][1].append(len(item.points))
        item.points.append(Point(text=text, level=level, kind=point_kind))  # type: ignore[arg-type]
        item.labels.append(label)
    return item


def _fills_action_field(item: _ItemPoints, last_action: tuple[Draft, int] | None, level: int, text: str,
                        ctx: Context) -> bool:
    """Whether a point is an owner or deadline line ("Owner: Cy Park") of the action the point just above states."""
    return last_action is not None and last_action[1] == level and bool(item.points) and \
        item.points[-1].kind == "action" and fill_action_field(last_action[0], text, ctx)


def _under_plain_point(item: _ItemPoints, level: int) -> bool:
    """Whether a point is nested under one that states no action: a remark on that point."""
    parent = next((point for point in reversed(item.points) if point.level < level), None)
    return parent is not None and parent.kind == "point"


def _owner_lines(points: list[tuple[str, int]], ctx: Context) -> dict[int, str]:
    """Which points are tasks nested under an owner's line ("MartinO:", "Everyone"), and that line."""
    owned: dict[int, str] = {}
    owner: tuple[str, int] | None = None
    for i, (text, level) in enumerate(points):
        if owner is not None and level <= owner[1]:
            owner = None
        if i + 1 < len(points) and points[i + 1][1] > level and group_owners(text, ctx, known_only=True):
            owner = (text, level)
        elif owner is not None and level == owner[1] + 1:
            owned[i] = owner[0]
    return owned


def _grouped_draft(text: str, owner_line: str | None, title: str, ctx: Context) -> Draft | None:
    """A task nested under its owner's line in a review of actions, as an action of that owner."""
    if owner_line is None:
        return None
    draft = grouped_task(text, group_owners(owner_line, ctx, known_only=True), ctx, section=title)
    if draft is not None and _REVIEWS_ACTIONS.search(title):
        draft.origin, draft.section = "previous_meeting", None
    return draft


def _marked_draft(raw: list[tuple[str, int, str | None]], index: int, item: _ItemPoints, title: str,
                  ctx: Context) -> Draft | None:
    """The action a point states with an owners' mark at its end, or the point above states when
    this point is only the mark ("Action: BT" on its own line, the point above no action yet)."""
    text = raw[index][0]
    if (draft := trailing_mark_action(text, ctx, section=title)) is not None:
        return draft
    mark = mark_line_owners(text, ctx)
    if mark is None or not item.points or item.points[-1].kind != "point":
        return None
    item.points[-1].kind = "action"
    task = marked_sentences(item.points[-1].text)  # "The tyres are worn. Quotes to be obtained." over "Action: GT"
    return Draft(text=task, owners=mark[0], section=title, due=due_in_text(task, ctx) or mark[1])


def _line_drafts(text: str, turn: Turn | None, title: str, kind: str, ctx: Context, *,
                 listed: bool = False) -> list[Draft]:
    """The actions a point states; a speaker's turn states them in what is said (``listed``: the
    turn is a list item, notes kept one line per person rather than a dialogue's lines)."""
    if turn is None:
        return _point_drafts(text, title, kind, ctx)
    return turn_drafts(turn, title, lambda said: _point_drafts(said, title, kind, ctx), listed=listed) \
        if turn.text else []


def _point_drafts(text: str, title: str, kind: str, ctx: Context) -> list[Draft]:
    drafts = point_actions(text, ctx, section=title) or [d for d in (heading_person_task(text, title, ctx),) if d]
    drafts += [d for d in lead_in_drafts(text, ctx, section=title)
               if not any(d.text in found.text or found.text in d.text for found in drafts)]
    for draft in drafts:
        if kind == "action_review" and (_REVIEWS_ACTIONS.search(title) or draft.status_text):
            draft.origin, draft.section = "previous_meeting", None
    return drafts


# "(none)", "N/A", "-": an empty outcome, kept in the points, deciding nothing.
_NOTHING = lazy_compile(r"\W*(?:none|nil|nothing|n/?a)?\W*", re.I)


# "CARRIED" on a line of its own under a motion: its result ("Carried:" over a list is a label)
_BARE_CARRIED = lazy_compile(r"^\W*carried[\s.!*_]*$", re.I)


def _label_kind(label: str) -> str | None:
    """The decision kind a label over a run of points words ("RESOLVED:" → "resolution")."""
    return decision_kind(label.strip().rstrip(":").strip() + " that")


def _item_decisions(item: _ItemPoints, title: str, ctx: Context) -> list[Decision]:
    """The decisions an item's points record: election results under an
    elections item, then each run of points (all of them under a "Decisions:" label)."""
    points = item.points
    found, polled = poll_decisions([p.text for p in points], section=title)
    for k in polled:
        points[k].kind = "decision" if points[k].kind == "point" else points[k].kind
    if ELECTIONS.search(title):
        for point in points:
            if decision := election_result(point.text, ctx.roster, section=title):
                found.append(decision)
                point.kind = "decision"
    for run_index, (all_decisions, indices, label_kind) in enumerate(item.runs):
        if run_index in item.lead_ins and (chosen := listed_choices(*item.lead_ins[run_index], [
                (points[k].text, item.labels[k]) for k in indices], title)):  # "Agreed to buy:" over "- Chairs"
            found.extend(chosen)
            continue
        # A speaker's turn is one participant's view ("Agreed, though ..."), not the meeting's decision.
        indices = [k for k in indices if points[k].kind != "decision" and k not in item.turns and k not in polled
                   and k not in item.assigned and not _NOTHING.fullmatch(points[k].text)
                   and (not item.resolutions or states_outcome(points, k))]
        in_run = decisions_in([sentences(points[k].text) for k in indices], ctx.roster,
                              section=title, all_decisions=all_decisions)
        decided = {indices[index] for index, _ in in_run}
        for index, decision in in_run:
            if label_kind == "resolution" and decision.kind == "agreement" and decision_kind(decision.text) is None:
                decision.kind = label_kind  # "Resolved:" over "1. That the precept be set at ...": resolutions
            if item.resolutions:
                decision.kind = resolution_kind(decision.text)  # "Ann invited to join": settled, no agreement worded
            found.append(decision)
            point = points[indices[index]]
            if point.kind == "point":
                point.kind = "decision"
            if decision.text.endswith(":"):
                # "... be made as follows:" and the numbered list it introduces
                for k in range(indices[index] + 1, len(points)):
                    if item.labels[k] is None or k in decided:
                        break
                    decision.text = f"{decision.text} {item.labels[k]} {points[k].text}"
    found += consent_polls([p.text for p in points], found, section=title)
    # a poll's own lines (its result) are read already
    return found + consent_decisions(["" if k in polled else p.text for k, p in enumerate(points)], found,
                                     section=title)


def _presenter_from_role(title: str, role_holders: dict[str, str]) -> str | None:
    """"Treasurer's Report" is presented by whoever the attendance lists as treasurer."""
    m = _ROLE_REPORT.match(title)
    if not m:
        return None
    return role_holders.get(normalise_role(m["role"]) or "")


def merge_agenda(sections: list[Section], agenda: list[str], levels: list[int] | None = None, *,
                 agenda_only: bool = False) -> list[Section]:
    """Sections in agenda order: the minutes' own heading for each agenda item
    that has one, the agenda item itself for those the minutes pass over
    without a heading, and the remaining headings where they stand. Of a nested
    agenda (``levels``), an item the minutes pass over is one only at the top two
    depths, and a top item with items under it only groups them ("Project updates"
    over "Alpha", "Beta")."""
    if not agenda:
        return sections
    levels = levels if levels is not None and len(levels) == len(agenda) else [0] * len(agenda)
    top = min(levels)
    # "Project updates" over "Alpha", "Beta": the items under a top item named as a group are the items;
    # under any other top item ("Registry design" over "P1: schema checks") they are its points
    parents = {a for a in range(len(agenda) - 1) if levels[a] == top < levels[a + 1]}
    groups = {a for a in parents if names_a_group(agenda[a])}
    points = {b for a in parents - groups for b in range(a + 1, len(agenda)) if levels[b] > top
              and all(levels[k] > top for k in range(a + 1, b + 1))}
    titles = [strip_numbering(clean_title(a)) for a in agenda]
    matched = _match_agenda(titles, sections)
    # Only an agenda the minutes follow (most items have their heading) speaks for
    # the items the minutes pass over; otherwise it is a plan, not the record.
    # a heading that only rewords its item ("Officers" for "Elect officers") is weaker evidence
    alike = sum(_alike(titles[a], sections[j].title) >= AGENDA_MATCH_RATIO for a, j in matched.items())
    notes_only = _notes_under_agenda(sections, matched, titles)
    # (an agenda with no item minuted below it and fewer items above, "## Agenda" closing the notes: its items are
    # what the record has; after many items, the next meeting's agenda)
    add_unmatched = alike * 2 >= len(titles) or notes_only or \
        agenda_only and len(titles) >= MIN_AGENDA_ITEMS_FOR_NOTES and len(sections) < len(titles)
    out: list[Section] = []
    used: set[int] = set()
    for a, title in enumerate(titles):
        if a in matched:
            j = matched[a]
            # headings the minutes have before this one and no agenda item took
            for k in range(j):
                if k not in used and k not in matched.values():
                    out.append(sections[k])
                    used.add(k)
            out.append(sections[j])
            used.add(j)
        elif title and add_unmatched and a not in groups and a not in points and levels[a] <= top + 1 and \
                not _structural_item(title):
            out.append(Section(title=title, heading_text=agenda[a], kind=section_kind(title)))  # type: ignore[arg-type]
    # "Notes" holding the minutes of every agenda item: the items are the sections, the notes heading none;
    # its points go to the items they discuss
    for k, section in enumerate(sections):
        if k in used:
            continue
        if not (notes_only and _NOTES_CONTAINER.match(section.title) and
                points_to_items(section, [s for s in out if not s.points])):
            out.append(section)
    return out


def _structural_item(title: str) -> bool:
    """"Roll Call", "Apologies", "Date of next meeting" as an agenda item the minutes pass over: it
    records attendance or the next meeting, which have fields of their own, and is no section."""
    label = attendance_label(title)
    return label is not None and not label.rest.strip() or next_meeting_label(title) == ""


_NOTES_HEADING = lazy_compile(rf"^\W*{NOTES_HEADINGS}\W*$", re.I)
_NOTES_CONTAINER = lazy_compile(rf"^\W*{NOTES_CONTAINER_HEADINGS}\W*$", re.I)
# An agenda of fewer items says too little to stand for the meeting's items.
MIN_AGENDA_ITEMS_FOR_NOTES = 2


def _notes_under_agenda(sections: list[Section], matched: dict[int, int], titles: list[str]) -> bool:
    """"Agenda: 1) A 2) B" then one "Summary:" of the whole meeting: the minutes have no heading
    per item, so the agenda's items are the items taken."""
    unmatched = [s for k, s in enumerate(sections) if k not in matched.values()]
    return len(titles) >= MIN_AGENDA_ITEMS_FOR_NOTES and bool(unmatched) and \
        all(_NOTES_HEADING.match(s.title) for s in unmatched)


_CONTENT_WORD = lazy_compile(r"[^\W\d_]{3,}")
_FUNCTION_WORDS = set(TITLE_FUNCTION_WORDS)


def _alike(item: str, heading: str) -> float:
    return difflib.SequenceMatcher(None, item.lower(), heading.lower()).ratio()


def _words_covered(heading: str, item: str) -> float:
    """The share of a heading's words the agenda item also has: "Officers" is the item "Elect officers",
    "Transferring of the logo copyright" the item "Approve transferring copyright of the logo"."""
    heading_words = {w.lower() for w in _CONTENT_WORD.findall(heading)} - _FUNCTION_WORDS
    item_words = {w.lower() for w in _CONTENT_WORD.findall(item)}
    return len(heading_words & item_words) / len(heading_words) if heading_words else 0.0


def _match_agenda(titles: list[str], sections: list[Section]) -> dict[int, int]:
    """Agenda index → index of the section with the most alike title, when alike enough."""
    matched: dict[int, int] = {}
    for a, title in enumerate(titles):
        best, best_score = None, 0.0
        for j, section in enumerate(sections):
            if j in matched.values():
                continue
            score = max(_alike(title, section.title), _words_covered(section.title, title))
            if score > best_score:
                best, best_score = j, score
        if best is not None and best_score >= AGENDA_MATCH_RATIO:
            matched[a] = best
    return matched
