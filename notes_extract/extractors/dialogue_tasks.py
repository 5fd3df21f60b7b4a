"""Tasks in scribe and dialogue minutes: a speaker's own commitment in a turn ("<ann> Ok, I'll
add the note.", "Bo: I will file it"), whether the turn sits under an item or the minutes are a
bare log with no items at all."""

from __future__ import annotations

from collections.abc import Callable

from notes_extract.document import BlockKind
from notes_extract.extractors.actions import Draft, due_in_text, point_actions
from notes_extract.extractors.context import Context
from notes_extract.extractors.prefixed_tasks import opens_task
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.nlp import sentences
from notes_extract.segment import Segments
from notes_extract.segment.turns import Turn, speaker_turn
from notes_extract.vocab.actions import FIRST_PERSON_COMMITMENTS, NOT_COMMITTED_VERBS
from notes_extract.vocab.build import any_of, any_of_patterns

# A speaker's own firm commitment: "I'll file an issue", or a clause going on
# without a subject ("Would love to discuss it, will file issue"). A sentence
# opening "Will ..." is more often a question than a promise, so only a clause after a comma counts.
# "Ok, I'll add the note": a reply word before the promise is no subject of its own.
_OWN_COMMITMENT = lazy_compile(rf"(?:^|[,;]\s*|\b(?:and|so)\s+)(?:{any_of_patterns(FIRST_PERSON_COMMITMENTS)}\s+"
                               rf"|(?<=[,;] )will\s+)(?!{any_of(NOT_COMMITTED_VERBS)}\b)[a-z]")


def turn_drafts(turn: Turn, section: str | None, point_drafts: Callable[[str], list[Draft]], *,
                listed: bool = False) -> list[Draft]:
    """The actions a speaker's turn states: commitments it gives anyone (``point_drafts``), and
    the speaker's own ("I'll file an issue"; in a list of notes kept one line per person, ``listed``,
    "- Ben: will book the hall", "- Ann: send the draft to members" too)."""
    drafts = point_drafts(turn.text)
    if listed and not drafts and opens_task(turn.text.strip(), promise_only=True):
        # (a dialogue's line that opens so, "ann: send me the draft", asks someone else)
        return [Draft(text=turn.text.strip(), owners=[turn.speaker], section=section)]
    for sentence in sentences(turn.text):
        sentence = sentence.strip()
        if sentence.endswith("?") or not _OWN_COMMITMENT.search(sentence) or \
                any(sentence in d.text or d.text in sentence for d in drafts):
            continue
        drafts.append(Draft(text=sentence, owners=[turn.speaker], section=section))
    return drafts


# "### Mitchell:" over "* Will look into a static website.": a line going on without a subject under a
# heading that names one attendee is that attendee's promise (a line asking, "Will it scale?", is none).
_SUBJECTLESS_PROMISE = lazy_compile(rf"^(?:Will|Shall)\s+(?!{any_of(NOT_COMMITTED_VERBS)}\b)[a-z]{{2,}}\b[^?]*$")
# A heading naming one person is a few words ("Mitchell", "Ann Lee").
MAX_PERSON_HEADING_WORDS = 3


def heading_person_task(text: str, title: str, ctx: Context) -> Draft | None:
    """The promise a subjectless line makes under a heading that names one attendee, as theirs."""
    text = text.strip()
    if not _SUBJECTLESS_PROMISE.match(text):
        return None
    who = title.strip().rstrip(":").strip()
    if not who or len(who.split()) > MAX_PERSON_HEADING_WORDS or not who[0].isupper():
        return None
    person = ctx.roster.resolve(who)
    # ("Will do a code walk through at next weeks meeting.": the deadline its own words give, as any task's)
    return Draft(text=text, owners=[who], section=title, due=due_in_text(text, ctx)) if person else None


def loose_turn_drafts(segments: Segments, ctx: Context) -> list[Draft]:
    """The actions of the turns outside every item: a log of speakers' lines with no agenda, and the
    promises under headings that name one attendee each ("### Mitchell:" over "* Will look into ...")."""
    drafts = [draft for block in segments.loose_blocks if (turn := speaker_turn(block.text, segments.speakers))
              for draft in turn_drafts(turn, None, lambda text: point_actions(text, ctx, section=None))]
    person: str | None = None  # the heading over the blocks, where it names one attendee
    for block in segments.loose_blocks:
        if block.kind is BlockKind.HEADING:
            person = block.text
        elif person is not None and (draft := heading_person_task(block.text, person, ctx)):
            draft.section = None  # (a heading naming only a person is no item)
            drafts.append(draft)
    return drafts
