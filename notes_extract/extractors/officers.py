"""Who chaired the meeting and who took its minutes: from role lines ("Chair: JC"), the
attendance lists' roles, "Ann Lee (chair)" in a roll call, "X called the meeting to order",
"Minutes taken by ...", in that order."""

from __future__ import annotations

import re

from notes_extract.dates import without_dates
from notes_extract.extractors.attendance import role_of_line
from notes_extract.extractors.order_callers import order_caller
from notes_extract.extractors.role_lines import role_fields
from notes_extract.extractors.signed_minutes import signed_by_secretary
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Attendance
from notes_extract.people import Roster, normalise_role, strip_honorifics, without_office
from notes_extract.segment.meeting_names import names_a_meeting
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import TO_BE_SET
from notes_extract.vocab.decisions import ELECTION_WORDS
from notes_extract.vocab.meetings import MINUTES_BY_WORDS
from notes_extract.vocab.people import (
    CHAIR,
    CHAIR_LINE_LABELS,
    CHAIRING,
    CHAIRING_TRIGGERS,
    HONORIFICS,
    MINUTE_TAKER,
    MINUTE_TAKER_PARTS,
    MINUTES_BY_LABELS,
    MINUTES_BY_PHRASE,
    NAME,
    NAME_PARTICLES,
    OFFICE_ROLES,
)

# A name holds no digits: "Minutes - 12 March 2024" is a title, not who took the minutes.
# "Chair: 3 votes", "Chair: Ann Lee, self nominated": a count or a candidacy, not who chaired
# "Chairperson: ________": a blank to sign on, no name.
NOT_A_NAME = lazy_compile(rf"\d|\b(?:{ELECTION_WORDS}|nominations?|candidates?)\b|^\W*(?:{TO_BE_SET})\W*$|^[\W_]*$",
                          re.I)
# ("Chair(s): Ann Lee": a label's plural written in brackets)
_CHAIR_LINE = lazy_compile(rf"^(?:(?:{CHAIR_LINE_LABELS})(?:\(s\))?\s*[:\-–]|chaired by:?)\s*(?P<name>.+)$", re.I)
# "Christopher Jerdonek, Chair" alone on a line (a body's roster in the header): a full name, then the office.
_NAME_THEN_CHAIR = lazy_compile(r"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s*(?:the\s+)?"
                                r"(?i:chair(?:man|person|woman)?)\W*$")
# Where the name a chair line gives ends: "Chaired by Ann Lee (Director). Minutes by Bo Li".
# "Chair: Ann Lee | Minutes: Cat Ng": a bar sets the next field apart.
# "Chair: Ann Lee Scribe: Cat Ng": the next field's label.
# ("Presiding: Cllr. O. Sweeney.": an honorific's or an initial's full stop ends nothing)
_NOT_AFTER_HONORIFIC = "".join(rf"(?<!\b(?i:{word}))" for word in HONORIFICS)
_LINE_NAME_END = lazy_compile(rf"\s*\(|{_NOT_AFTER_HONORIFIC}(?<!\b[A-Z])\.\s|;\s|\s+\|\s"
                              # ("Chaired by: Rosa Lim   Minutes taken by: Ken Wu": the next field's label)
                              r"|\s+(?=[A-Z][A-Za-z-]*(?:\s[a-z][A-Za-z-]*){0,3}\s*:\s)")
_CHAIR_FORMS = lazy_compile(rf"(?P<name>{NAME})(?:,\s*(?P<between>[^,]{{1,30}}),)?\s+"
                            rf"(?i:{CHAIRING})"  # "Linda Lee, President, was the Chair"
                            rf"|(?i:chaired|facilitated|moderated|presided\s+over) by\s+(?P<name2>{NAME})"
                            # "Chairman Rev. Tom Bell opened the meeting": the title says who chaired it
                            rf"|^\W*(?:[Tt]he\s+)?(?i:chair(?:man|person|woman)?)\s*,?\s+(?P<name3>{NAME})\s*,?\s+"
                            r"(?i:opened|welcomed|declared)\b"
                            # "Ann Lee, standing in as chair, welcomed ...", "Ann Lee, acting chair, opened ..."
                            rf"|(?P<name4>{NAME}),\s+(?i:(?:standing in |acting |sitting )?as|acting)\s+"
                            r"(?:the\s+)?(?i:chair(?:man|person|woman)?)\s*,"
                            # "Ann Lee, Chair, welcomed everyone.": the office between commas, then the opening
                            rf"|(?P<name7>{NAME}),\s+(?:the\s+)?(?i:chair(?:man|person|woman)?),\s+"
                            r"(?i:opened|welcomed|declared|called)\b"
                            # "The meeting opened at 7.30pm with Ann Lee in the chair."
                            rf"|\bwith\s+(?P<name5>{NAME})\s+in\s+the\s+chair\b"
                            # "As chair, Ann Lee welcomed everyone."
                            rf"|^\W*[Aa]s\s+(?:the\s+)?(?i:chair(?:man|person|woman)?)\s*,\s*(?P<name6>{NAME})")
# One of these each form above holds (a phrase of CHAIRING, "chaired by", an opening verb, the comma after a
# name, "with"): a paragraph that only mentions a chair ("the chair's report", "chair the group") is not searched.
_CHAIR_SENTENCE_WORDS = ("the chair", "was chair", "to chair", "as chair", "elected chair", "chaired", "chairing",
                         "presid", "facilitated", "moderated", "opened", "welcomed", "declared", ",", "with")
_CHAIR_SENTENCE = TriggeredPattern(_CHAIR_FORMS, _CHAIR_SENTENCE_WORDS)
# A quick search before the one above and the one below: most lines say nothing of a chair.
_MENTIONS_CHAIR = TriggeredPattern(lazy_compile(any_of(CHAIRING_TRIGGERS), re.I), CHAIRING_TRIGGERS)
# "Ann Lee (chair)", "Ann Lee (Board Chair)": a chair named beside the name, not a vice chair.
# "Ola Lee (Station Manager, chairing)": the office first, then the part played at this meeting.
# "Ann Lee (presiding)", "Ann Lee [Presiding Member]": the one who presided, in brackets of either kind.
_CHAIR_IN_BRACKETS = lazy_compile(rf"(?P<name>{NAME})\s*[(\[](?:[^(),\[\]]{{1,40}},\s*)?"
                                  r"(?i:(?!vice\b)(?:in the\s+|[\w.&-]+\s+)?chair(?:man|person|woman|ing)?"
                                  r"|presiding(?:\s+(?:member|officer))?)[)\]]")
# "Ruth Ames (Secretary, minutes)": an office, then the part played at this meeting, in a list's entry.
# "Cat Ng (minutes)" beside another's "(Chair)" on a line of officers: the part alone in brackets.
_MINUTES_IN_BRACKETS = lazy_compile(rf"(?P<name>{NAME})\s*\((?:[^(),]{{1,40}},\s*)?(?i:{MINUTE_TAKER_PARTS})\)")
_MINUTES_BY = TriggeredPattern(lazy_compile(
    rf"^({MINUTES_BY_LABELS})(?:\(s\))?\s*[:\-–]\s*(?P<name>.+)$|"
    r"\b(?:(minutes|notes) (were )?(taken|recorded|submitted|prepared|compiled|written|typed)|minuted) by\s+"
    rf"(?P<name2>{NAME})"
    # "Ann Lee, Bob Kay. Minutes by AL.": a phrase among a participants list's names
    # ("Notes by @dee": a handle; "Meeting notes by Cat Ng")
    rf"|(?:^|[.;,(]\s*)(?:meeting\s+)?(?:{MINUTES_BY_PHRASE})\s*(?P<name3>{NAME}|@[\w.-]+)"
    # "Recorded by Cat Ng" alone on its line, perhaps with her office ("Recorded by Cat Ng, Secretary")
    rf"|^\W*(?:taken|recorded|compiled|transcribed|typed)\s+by\s+(?P<name5>{NAME})"
    r"(?:\s*,\s*[A-Za-z][A-Za-z -]{1,30})?\W*$"
    # "Cat Ng took the minutes.", "Cat Ng taking notes."
    # "Cat Ng agreed to take the minutes.", "Cat Ng volunteered to take notes."; after another sentence too
    # ("Ann Lee chaired the meeting. Cat Ng took the minutes.")
    rf"|(?:^\W*|(?<=[.;!])\s+)(?P<name4>(?-i:{NAME}))\s+(?:(?:took|recorded|kept|wrote|(?:is\s+|was\s+)?taking|"
    r"(?:agreed|volunteered|offered)\s+to\s+take)\s+(?:the\s+)?(?:minutes|notes)"
    r"|(?:is\s+|was\s+)?minuting)\b",
    re.I), MINUTES_BY_WORDS,
    # each form needs a label's colon or dash, a "by", or its verb
    also=(":", "-", "–", "by", "took", "recorded", "kept", "wrote", "taking", "minuting", "take"))


def _written_as_a_sentence(text: str) -> bool:
    """"Notes: Methods agreed.", "Notes: Literature review discussed": words of a sentence after the label,
    some capitalised and some not, where a name's words are all capitalised (or, informally, none are)."""
    words = [w for w in re.sub(r"\([^()]*\)", " ", text).split()
             if w[:1].isalpha() and w.casefold() not in NAME_PARTICLES]
    return len(words) >= 2 and any(w[0].isupper() for w in words) and any(w[0].islower() for w in words)


# "Hannah Quigley, Clerk": the office after the name and a comma.
_OFFICE_AFTER = lazy_compile(r",\s*(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2}$")
_SHORT_FORM_AFTER = lazy_compile(r"\s*\((?:[A-Z][A-Za-z]{1,3}|@[\w.-]+)\)(?=\s|$)")
# "Moderator: Ann Lee [Acme]": where the person is from, in square brackets after the name.
_SQUARE_ASIDE_AFTER = lazy_compile(r"(?<=\w)\s*\[[^\[\]]*\](?=\s|$)")


# "Minute-taker: Cat Ng (Secretary)", "Note taker: Cat Ng – Clerk": the holder's office or body, written
# after the name in brackets or after a spaced dash, is no part of the name.
_BRACKETS_AFTER = r"(?<=\w)\s*\([^()]*\)\W*$"
_ASIDE_AFTER_HOLDER = lazy_compile(rf"{_BRACKETS_AFTER}|(?<=\w)\s+[–—-]\s+\S.*$")
_BRACKETS_AFTER_HOLDER = lazy_compile(_BRACKETS_AFTER)
_NEXT_FIELD = lazy_compile(r"(?<=\w)\s+[A-Z][A-Za-z-]*(?:\s[a-z][A-Za-z-]*)?\s*:\s.*$")
# "Minute taker: Cat Ng, Clerk": an office after a comma (not a second name: "Chair: Ann Lee, Bob Hart").
_COMMA_THEN = lazy_compile(r",\s*(?:the\s+)?(?P<office>[^,]+)$")


def _holder_only(name: str) -> str:
    """The name a role line gives, without the office or body written after it, nor the next field
    ("Chair: Ann Lee Scribe: Cat Ng")."""
    name = _NEXT_FIELD.sub("", name) or name
    name = _ASIDE_AFTER_HOLDER.sub("", name) or name
    if (m := _COMMA_THEN.search(name)) and normalise_role(m["office"].strip(" .")) in OFFICE_ROLES:
        name = name[: m.start()]
    return name


def meeting_officers(attendance: Attendance, role_lines: list[tuple[str, str]], texts: list[str],
                     roster: Roster, *, opening_within: int | None = None,
                     front_matter: dict[str, str] | None = None) -> tuple[str | None, str | None]:
    """(chair, minute taker): a role line's name first (a full name as the line writes it, a short
    one, "JC", resolved), then the attendance's roles and the text's sentences. ``opening_within``: how
    many of ``texts`` come before the second item (where who opened the meeting tells who chaired it); a writer
    ``front_matter`` names ("notetaker: Cat Ng" atop the file) comes first."""
    # "Note-taker: Sylma van Wyk (SvW)": the short form in brackets is no part of the name (nor of each of two)
    named = [(label, without_office(_holder_only(_SHORT_FORM_AFTER.sub("", _SQUARE_ASIDE_AFTER.sub("", name)))))
             for label, name in role_lines]
    by_role = {role_of_line(label): _written_or_longer(strip_honorifics(name), roster) if len(name.split()) > 1
               else roster.resolve_or_keep(strip_honorifics(name)) for label, name in reversed(named)
               if not NOT_A_NAME.search(name) and not _written_as_a_sentence(name)}
    return (by_role.get(CHAIR) or _chair(attendance, texts, roster, opening_within),
            front_matter_writer(front_matter or {}) or by_role.get(MINUTE_TAKER) or
            _minute_taker(attendance, texts, roster) or signed_by_secretary(texts))


# "raise it with Brook (Chair)": a word of the sentence before the name, so the name is
# someone the sentence mentions, not an entry of a list ("Present: Ann Lee (chair), ...").
_MID_SENTENCE = lazy_compile(r"\b(?!and\b|or\b)[a-z]+\s*$")


def _listed_chair_in_brackets(text: str) -> re.Match[str] | None:
    """"Ann Lee (chair)" as an entry of a list, not inside a sentence about something else."""
    if "(" not in text and "[" not in text:
        return None
    return next((m for m in _CHAIR_IN_BRACKETS.finditer(text) if not _MID_SENTENCE.search(text[:m.start()])), None)


def _listed_with_role(attendance: Attendance, role: str) -> str | None:
    """The first person present or in attendance whom the lists give ``role``."""
    return next((person.name for people in (attendance.present, attendance.in_attendance) for person in people
                 if person.role == role), None)


def _chair(attendance: Attendance, texts: list[str], roster: Roster, opening_within: int | None) -> str | None:
    if holder := _listed_with_role(attendance, CHAIR):
        return holder
    mentioning: list[str] = []  # the texts that mention a chair, looked at again below
    for text in texts:
        # "Chair & Minutes: Cat Ng": the chair's field of a line of several
        m = _CHAIR_LINE.match(text) or (":" in text and next(
            (found for field in role_fields(text) if (found := _CHAIR_LINE.match(field.strip()))), None))
        if m and not NOT_A_NAME.search(name := _LINE_NAME_END.split(m["name"])[0]):
            return roster.resolve_or_keep(strip_honorifics(without_office(name.strip(" ."))))
        if _MENTIONS_CHAIR.search(text):
            if m := _NAME_THEN_CHAIR.match(text.strip()):
                return _written_or_longer(m["name"], roster)
            mentioning.append(text)
            if m := _CHAIR_SENTENCE.search(text):
                return _last_attendee(strip_honorifics(_person_of(m)), roster)
    for text in mentioning:
        # "Dan Lee (TAC chair)" in a roll call
        if m := _listed_chair_in_brackets(text):
            return roster.resolve_or_keep(strip_honorifics(m["name"]))
    return order_caller(texts, roster, opening_within=opening_within)


_THE_BEFORE = lazy_compile(r"(?:^|\s)[Tt]he\s+$")  # (the article may open the name the pattern read)


def _person_of(m: re.Match[str]) -> str:
    """The name a chairing sentence gives: "The President, Ann Lee, chaired the meeting" names the person
    between the commas, after the office."""
    name = m["name"] or m["name2"] or m["name3"] or m["name4"] or m["name5"] or m["name6"] or m["name7"]
    # ("The Vicar, Rev. Ann Lee, presided": an office after "The", whichever office it is)
    if m["name"] and m["between"] and (normalise_role(strip_honorifics(m["name"])) in OFFICE_ROLES or
                                       _THE_BEFORE.search(f"{m.string[: m.start()]}{m['name'].split()[0]} ")):
        return m["between"].strip()
    return name


def _last_attendee(name: str, roster: Roster) -> str:
    """"Faisal Noor Owain Price took the chair" (a list's last name run into the sentence after it): the
    attendee the name's last words name, when the whole is none."""
    words = name.split()
    if len(words) >= LONGEST_NAME_WORDS and not roster.resolve(name):
        for n in (3, 2):
            if who := roster.resolve(" ".join(words[-n:])):
                return who
    return roster.resolve_or_keep(name)


# A name of this many words or more may be two run together.
LONGEST_NAME_WORDS = 4


def _written_or_longer(name: str, roster: Roster) -> str:
    """A full name as written, or the one attendee whose longer name ends with it
    ("Recorded by: Chao Chong" for "Ting Chao Chong" on the list of those present)."""
    who = roster.resolve(name)
    return who if who and f" {who.casefold()}".endswith(f" {name.casefold()}") else name


def _minute_taker(attendance: Attendance, texts: list[str], roster: Roster) -> str | None:
    if holder := _listed_with_role(attendance, MINUTE_TAKER):
        return holder
    for text in texts:
        if "(" in text and (m := _MINUTES_IN_BRACKETS.search(text)):
            return roster.resolve_or_keep(strip_honorifics(m["name"]))
    for part in (part for text in texts for part in role_fields(text)):
        if m := _MINUTES_BY.search(part):
            # "Minutes: Cat Ng, 5 March 2025": the day they were written is no part of the name
            name = without_dates(m["name"] or m["name2"] or m["name3"] or m["name4"] or m["name5"] or "").strip(" .,")
            name = _BRACKETS_AFTER_HOLDER.sub("", _OFFICE_AFTER.sub("", name)) or name  # "Cat Ng (Secretary)"
            if name and len(name.split()) <= 5 and not NOT_A_NAME.search(name) and not names_a_meeting(name) and \
                    not _written_as_a_sentence(name):
                return roster.resolve_or_keep(strip_honorifics(name))
    return _writer_under_minutes_label(texts[:MINUTES_LABEL_WITHIN], roster)


# "Minutes:" alone on its line: a field label over the writer's name, or over the minutes themselves.
_MINUTES_LABEL_ALONE = lazy_compile(r"(?i:minutes|minutes by|minuted by)\s*:")
# How far down the minutes such a label stands in the header.
MINUTES_LABEL_WITHIN = 30


def _writer_under_minutes_label(texts: list[str], roster: Roster) -> str | None:
    """"Minutes:" over "Gil Hart": the writer, where the line under the label is an attendee's full name
    (the minutes' own first line, "Budget Review", is no attendee)."""
    for label, below in zip(texts, texts[1:], strict=False):
        name = below.strip()
        if _MINUTES_LABEL_ALONE.fullmatch(label.strip()) and len(name.split()) >= 2 and roster.resolve(name) == name:
            return name
    return None


# A front matter key naming the writer ("notetaker: Cat Ng", "minute_taker: Cat Ng", "scribe: Cat Ng").
_WRITER_KEY = lazy_compile(rf"(?:{MINUTES_BY_LABELS})", re.I)


def front_matter_writer(metadata: dict[str, str]) -> str | None:
    """Who took the minutes, as the file's front matter names them, or None."""
    for key, value in metadata.items():
        name = str(value).strip().strip("\"'")
        if _WRITER_KEY.fullmatch(re.sub(r"[_-]+", " ", key).strip()) and name and not NOT_A_NAME.search(name) and \
                len(name.split()) <= FRONT_MATTER_NAME_MAX_WORDS:
            return name
    return None


FRONT_MATTER_NAME_MAX_WORDS = 5
