"""People: attendance entries split into name and role, and a roster that
resolves the short forms minutes use ("Nicc", "JB", "Mandy") to full names.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Attendance
from notes_extract.people_index import NameIndex, RosterEntry
from notes_extract.vocab.build import any_of
from notes_extract.vocab.labels import EMOJI_SHORTCODE
from notes_extract.vocab.people import (
    ABBREVIATED_NAME_WORDS,
    ATTENDANCE_QUALIFIERS,
    ATTENDANCE_TIME_NOTES,
    BODIES_BEFORE_OFFICE,
    COUNCIL_TIERS,
    COUNCILLOR_TITLES,
    DEPUTY_WORDS,
    HONORIFICS,
    MEMBER_TITLES,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    OFFICE_ROLES,
    ORGANISATION_ENDINGS,
    PEOPLE_GROUPS,
    PERSONAL_PRONOUNS,
    PLAIN_MEMBER_WORDS,
    PRONOUN_TAG,
    RANKS_BEFORE_NAME,
    RETIRED_MARKS,
    ROLE_FORMS,
    ROLE_NOUNS,
    ROLES_AFTER_NAME,
    TITLE_HEAD_WORDS,
    TITLES_BEFORE_NAME,
)

# ("Col (retd) DS Baswani": a retired officer's rank keeps its "(retd)" before the name)
HONORIFIC = lazy_compile(rf"^(?:{any_of(COUNCIL_TIERS)}\s+)?{any_of(HONORIFICS + RANKS_BEFORE_NAME)}\.?"
                         rf"(?:\s*\((?:{any_of(RETIRED_MARKS)})\.?\))?\s+", re.I)
_RETIRED = lazy_compile(rf"(?:{any_of(RETIRED_MARKS)})\.?", re.I)

# Role words as minutes write them → the record's normalised role. A role
# text must be one of these as a whole ("assistant to treasurer" is not
# "treasurer"); anything else is kept, lower-cased, as written.
# All of them in one pattern, each form a group named by its place in the list: the regex engine
# tries them in order, so the group that matched is the first form the whole text is.
_ROLE_FORM = lazy_compile("|".join(f"(?P<form{n}>{form})" for n, (form, _) in enumerate(ROLE_FORMS)), re.I)


def _role_form(text: str) -> str | None:
    """The record's role of the first of `ROLE_FORMS` that ``text`` is as a whole, or None."""
    m = _ROLE_FORM.fullmatch(text)
    return ROLE_FORMS[int(m.lastgroup.removeprefix("form"))][1] if m and m.lastgroup else None

_PAREN = lazy_compile(r"\s*[(\[]([^()\[\]]*)[)\]]\s*")
_ROLE_AFTER = lazy_compile(r"^(?P<name>.+?)\s*(?:,|\s[-–—]\s|:)\s*(?P<role>.+)$")


def normalise_role(text: str) -> str | None:
    """The record's role for ``text`` ("(chaired the meeting)" → "chair", "(TAC chair)" → "chair")."""
    cleaned = " ".join(text.strip(" ()[],.-–:;").split())
    # "Meeting secretary": the meeting's own officer is the office
    for candidate in (cleaned, _BODY_BEFORE_ROLE.sub("", cleaned), _MEETING_BEFORE_ROLE.sub("", cleaned)):
        if role := _role_form(candidate):
            return role
    return cleaned.lower() or None


_MEETING_BEFORE_ROLE = lazy_compile(r"^meeting\s+", re.I)


_PRONOUNS = lazy_compile(PRONOUN_TAG, re.I)
# "TAC chair", "Board Secretary": the body's name or initials before the office.
_BODY_BEFORE_ROLE = lazy_compile(rf"^(?:[A-Z]{{2,6}}|(?i:{any_of(BODIES_BEFORE_OFFICE)}))\s+(?=\S)")
# "Robert (Bob) Smith": the name someone goes by, in brackets inside the name.
_NAME_GONE_BY = lazy_compile(r"(?<=[a-z])\s+\((?P<known_as>[A-Z][a-z]+)\)\s+(?=[A-Z][\w'’-]+\b)")
# "DM - Dan Middleton", "AL: Ann Lee": the initials the minutes use, before the name.
_INITIALS_BEFORE = lazy_compile(r"^(?P<initials>[A-Z]{2,4})\s*(?:[-–—:=]|\s)\s*(?=[A-Z][a-z])")


def strip_honorifics(name: str) -> str:
    previous = None
    while previous != name:
        previous, name = name, HONORIFIC.sub("", name).strip()
    return name


def without_office(name: str) -> str:
    """"Mayor Ellen Korsgaard" → "Ellen Korsgaard": an office written before a full name is no part of it."""
    office = _TITLE_BEFORE.match(name.strip())
    rest = name.strip()[office.end():] if office else ""
    return rest if len(rest.split()) >= 2 else name


def looks_like_name(text: str) -> bool:
    """A person's name or handle: a few words, mostly capitalised, no sentence."""
    if "(" in text:
        text = _TIME_NOTE.sub("", text)  # "Ann Boot (who left at 12.40pm)": when she went is no part of it
    text = text.strip()
    if not text or len(text) > 60:
        return False
    if text.startswith("@"):
        return " " not in text
    words = text.split()
    if len(words) > 5:
        return False
    # "van der Laan": a surname's particles count with its capitalised words
    capitals = sum(1 for w in words if w[:1].isupper() or w[:1] in "'’" or w in NAME_PARTICLES)
    return capitals >= max(1, len(words) - 1)


_ALIAS = lazy_compile(r"[A-Z]{1,4}|@[\w.-]+")
# "Damien Duportal": a person's full name, as a bracket after a handle gives it.
_FULL_NAME = lazy_compile(r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}")
# "(GH, student)": the short form first, then the role.
_ALIAS_THEN_ROLE = lazy_compile(r"(?P<alias>[A-Z]{2,4}|@[\w.-]+)\s*[,;]\s*(?P<role>\S.*)")


def _bracket_alias(inner: str, entry: str = "") -> tuple[str | None, str]:
    """(short form, the rest) of a bracket after a name: ("HP", "") for "(HP)", ("GH", "student")
    for "(GH, student)", (None, "Chair") for "(Chair)", (None, "PM") for "Ann Lee (PM)" (an office's
    short form, unless it is the initials of the ``entry``'s name: "Paul Mann (PM)")."""
    inner = inner.strip()
    if _ALIAS.fullmatch(inner):
        return (None, inner) if _is_known_role(inner) and inner.upper() not in _initials_of(entry) else (inner, "")
    if m := _ALIAS_THEN_ROLE.fullmatch(inner):
        return m["alias"], _offices_in_bracket(m["role"].strip())
    return None, _offices_in_bracket(inner)


def _initials_of(entry: str) -> set[str]:
    """The initials a name's capitalised words give, with and without its first word (a title: "Cllr A Lee")."""
    letters = "".join(word[0] for word in _PAREN.sub(" ", entry).split() if word[:1].isupper())
    return {letters, letters[1:]} if letters else set()


# "tg307", "amc96": a login id written among a person's offices, no office itself.
_LOGIN_ID = lazy_compile(r"[a-z]+\d+[a-z\d]*")


def _offices_in_bracket(inner: str) -> str:
    """The role a bracket of offices gives: "Chair, Sysadmin, tg307" → "Chair" (the first office is
    the one the minutes name them by; the login id is none); anything else as written."""
    parts = [part.strip() for part in inner.split(",")]
    offices = [part for part in parts if part and not _LOGIN_ID.fullmatch(part)]
    if len(offices) == len(parts) and not (len(offices) > 1 and _is_known_role(offices[0])):
        return inner
    return offices[0] if offices and (len(offices) == 1 or _is_known_role(offices[0])) else ", ".join(offices)


def entry_aliases(text: str) -> list[str]:
    """The short forms an attendance entry gives: "Holly Packer (HP)" → ["HP"],
    "Ann Lee @annlee" → ["@annlee"]."""
    found = [alias for m in _PAREN.finditer(text) if (alias := _bracket_alias(m.group(1), text)[0])]
    if (before := _INITIALS_BEFORE.match(text.strip())) and \
            _declares_initials(before["initials"], text.strip()[before.end():]):
        found.append(before["initials"])  # "DM - Dan Middleton"
    return found + _HANDLE_IN_TEXT.findall(text)


@dataclass(frozen=True)
class PersonEntry:
    name: str
    role: str | None
    text: str


# ":ballot_box_with_check:": an emoji as Markdown writes it, a mark beside the name (see the list's key).
_EMOJI_SHORTCODE = lazy_compile(EMOJI_SHORTCODE)
# "`Ann Lee`_": a reStructuredText link to a person's page; the name is the link's text.
_RST_REFERENCE = lazy_compile(r"`([^`<>]+?)(?:\s*<[^<>`]*>)?`_{1,2}")


# "Ann Lee <ann@acme.org>", "Bo Li (bo@beta.org)": how to write to them, no part of the name.
_EMAIL = lazy_compile(r"[<(\[]?\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b[>)\]]?")


# "Ann Lee (Acme) - no guest", "Bo Ode (Acme) plus lawyer", "Cy Rand (Foo) - left at 8.30pm": a note in
# lower case after where they are from, a clock time in it too
# ("Bo J. Ode - Initech (INI) - joined late and left before the end of the call")
_NOTE_AFTER_BRACKET = lazy_compile(r"(?<=\))\s*(?:[-–—]\s*)?(?P<note>[a-z][\w ,'’]{0,80}?(?:\d{1,2}(?:[.:]\d\d)?"
                                   r"\s*(?:[ap]\.?m\.?)?)?)\s*$")


def without_note_after_bracket(text: str) -> str:
    """``text`` without a lower-case note after its last bracket, unless the note is a role ("- chair")."""
    note = _NOTE_AFTER_BRACKET.search(text)
    return text[:note.start()] if note and not _is_known_role(note["note"]) else text


def without_emails(text: str) -> str:
    """``text`` without the email addresses written beside names."""
    return _EMAIL.sub(" ", text)


def without_name_notes(text: str) -> str:
    """``text`` without what a list of names writes beside them and is neither name nor role: email
    addresses, the initials declared in square brackets ("Mr C Lee [CL] Chair": the minutes then name
    him "CL") and when someone came or went ("Ann Boot (who left at 12.40pm)")."""
    # "Ann Lee [Acme Corp]": where from, in square brackets, read as a bracket after the name
    text = without_emails(with_bracket_closed(text))
    # (the brackets looked for first: each pattern opens with a look-behind, tried at every character)
    if "[" in text:
        text = _SQUARE_ASIDE.sub(r" (\1)", _SQUARE_INITIALS.sub("", text))
    return _TIME_NOTE.sub("", text) if "(" in text else text


def with_bracket_closed(text: str) -> str:
    """"Bo Ode (@bode, Foo": a bracket left open at the end of a line, closed."""
    return f"{text})" if text.count("(") == text.count(")") + 1 and text.rfind("(") > text.rfind(")") else text


_SQUARE_INITIALS = lazy_compile(r"(?<=\w)\s*\[[A-Z]{1,5}\](?=\s|[;,]|$)")
_SQUARE_ASIDE = lazy_compile(r"(?<=[\w–—-])\s*\[([^\[\]]{2,60})\](?!\()")
_TIME_NOTE = lazy_compile(rf"(?<=[\w)])\s*\((?:{ATTENDANCE_TIME_NOTES})[^()]*\)")


# "@Jonas Weber", "@Ana de Souza": an @ straight before a capitalised full name.
_MENTIONED_NAME = lazy_compile(r"@(?P<name>[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|(?i:de|da|van|von|der|du|la|le)))*"
                               r"\s+[A-Z][\w'’.-]+)")


# (the patterns `parse_entry` and `entry_aliases` use, compiled once rather than looked up at every call)
_HANDLE_IN_TEXT = lazy_compile(r"(?<![\w@])@[\w.-]*\w")  # "Ann Lee @annlee": a handle the entry gives
_HANDLE_AFTER = lazy_compile(r"\s*@[\w.-]+")
_LATIN_LETTER = lazy_compile(r"[A-Za-z]")
# "and Bo Ode", "Ann Lee was also present": a list's joining word, or the sentence's verb, around the name
_JOINING_OR_ATTENDANCE_VERB = lazy_compile(
    r"^(and|&)\s+|\s+(were|was|is|are)\s+(also\s+|not\s+)?(present|absent|in attendance)\b.*$", re.I)
_COUNCIL_INITIALS_AFTER = lazy_compile(r"(?<=[a-z])\s+([A-Z]{2,4})$")  # "A Armstrong EDC"
_ORGANISATION_WORD = lazy_compile(r"[\w'’&.-]+")


def parse_entry(text: str) -> PersonEntry | None:
    """One attendance entry: "Cllr A Smith (Chair)" → name "A Smith", role "chair"."""
    raw = " ".join(without_name_notes(_EMOJI_SHORTCODE.sub(" ", _RST_REFERENCE.sub(r"\1", text))).split()).strip(" .;,")
    if not raw:
        return None
    # "Robert (Bob) Smith" keeps the name gone by; "DM - Dan Middleton" drops the initials.
    known_as = _NAME_GONE_BY.search(raw)
    if known_as:
        raw = _NAME_GONE_BY.sub(" ", raw, count=1)
    if (before := _INITIALS_BEFORE.match(raw)) and _declares_initials(before["initials"], raw[before.end():]):
        raw = raw[before.end():]
    raw = without_note_after_bracket(raw)
    # "(HP)" after a name is the short form the minutes use for them, not a role ("(GH, student)": both).
    # "(she/her)" says how to refer to them, no role.
    roles = [rest for m in _PAREN.finditer(raw) if (rest := _bracket_alias(m.group(1), raw)[1])
             and not _PRONOUNS.fullmatch(rest.strip()) and not _RETIRED.fullmatch(rest.strip())]
    name = raw
    while _PAREN.search(name):  # "(Certum (Asseco))": brackets inside brackets, innermost first
        name = _PAREN.sub(" ", name)
    name = name.strip()
    # "@Jonas Weber": a wiki's mention of a person by full name (Confluence, Notion); the "@" is a mark.
    if m := _MENTIONED_NAME.fullmatch(name):
        name = m["name"]
    # "Antoine du Hamel @aduh95": the name, not the handle, when both are given.
    without_handles = _HANDLE_AFTER.sub("", name).strip()
    if without_handles and _LATIN_LETTER.search(without_handles):
        name = without_handles
    elif len(roles) == 1 and _FULL_NAME.fullmatch(roles[0]) and not _is_known_role(roles[0]) and \
            roles[0].split()[-1].lower() not in ORGANISATION_ENDINGS:
        name, roles = roles[0], []  # "@dduportal (Damien Duportal)": the handle, then the name it stands for
    name, roles = _role_after_dash(name, roles)
    role_text = "; ".join(r for r in roles if r.strip())
    name = _JOINING_OR_ATTENDANCE_VERB.sub("", name)
    name = _MEMBER_BEFORE.sub("", name)  # "members Ann Lee", "Member Bo Ode": a seat, not a role
    # "Mrs R Crisp-Chair": a role glued on with a hyphen (a double-barrelled surname names no role)
    if not role_text and not _ROLE_AFTER.match(name) and (glued := _GLUED_ROLE.match(name)) and \
            _is_known_role(glued["role"]):
        name, role_text = glued["name"], glued["role"]
    # "Lauren Tomes – Company Secretary": every word after the dash is the role, not only the last
    if not role_text and _DASH_BETWEEN.search(name) and _ROLE_AFTER_NAME.search(name) and \
            (dashed := _ROLE_AFTER.match(name)) and looks_like_name(dashed["name"]):
        name, role_text = dashed["name"], dashed["role"]
    # "Treasurer – Raymond Choi": the office first, a dash, then its holder's full name
    if not role_text and (office := _ROLE_BEFORE_DASH.match(name)) and _office_then_holder(office):
        name, role_text = office["name"], office["role"]
    # "Councillor B Gibbs Chair": a role word after the name, without a comma
    if not role_text and (tail := _ROLE_AFTER_NAME.search(name)):
        name, role_text = name[: tail.start()], tail.group(1)
    # "A Armstrong EDC": a council's initials after the name
    if not role_text and (tail := _COUNCIL_INITIALS_AFTER.search(name)) and len(name.split()) >= 3:
        name, role_text = name[: tail.start()], tail.group(1)
    m = _ROLE_AFTER.match(name)
    if m and not role_text and (_is_known_role(m["role"]) or not looks_like_name(m["role"]) or
                                _job_title_after_name(m["name"], m["role"])):
        name, role_text = m["name"], m["role"]
    elif m and not role_text and _organisation_after_dash(name, m["name"], m["role"]):
        name = m["name"]  # "Ann Lee - Acme": where they are from, not who they are
    # "President Rob Bishop", "Cllr Ann Lee", "Fire Chief Larry Sanders": a title before the name is a role.
    titled = not role_text and (title := _TITLE_BEFORE.match(name) or _job_title_before(name)) is not None
    if titled:
        role_text = title["title"]
        if role_text.lower() not in _COUNCILLOR_WORDS:
            name = name[title.end():]
    elif role_text and (office := _TITLE_BEFORE.match(name)) and len(name[office.end():].split()) >= 2:
        name = name[office.end():]  # "Mayor Ann Lee (Chair)": the office before the name is no part of it
    name = strip_honorifics(name).strip(" .;,:-–")  # "Ann Lee: Chair" read by its role word: no colon
    if not name:
        return None
    login_id = any(_LOGIN_ID.fullmatch(part.strip()) for m in _PAREN.finditer(raw) for part in m.group(1).split(","))
    if not titled and not login_id and _names_an_organisation(role_text):
        role_text = ""  # "Maxime (Smoothhop)", "Ann Lee (Future of Privacy Forum)": where they are from
    role = normalise_role(role_text) if role_text else None
    if known_as and len(name.split()) >= 2:
        first, rest = name.split(" ", 1)
        name = f"{first} ({known_as['known_as']}) {rest}"
    return PersonEntry(name=name, role=role, text=" ".join(text.split()).strip(" .;,"))


# "Borough Councillor C Sampson": the council's tier is part of the title; so is a deputy's word ("Deputy
# Clerk Eve Gray", "Assistant Clerk ...").
_TITLE_BEFORE = lazy_compile(rf"^(?P<title>(?:{any_of(COUNCIL_TIERS)}\s+)?(?:{any_of(DEPUTY_WORDS)}[- ])?"
                             rf"(?:{TITLES_BEFORE_NAME}))\.?\s+(?=[A-Z])", re.I)
# "Police Reserve Officer Cody Henson": capitalised words ending in a job's noun, then a name of two words;
# or, as a city's staff lists write them, a surname alone ("City Manager Johnson", "Lieutenant Franz").
_JOB_TITLE_BEFORE = lazy_compile(
    rf"^(?P<title>(?:[A-Z][\w/&'’-]*\s+){{0,3}}(?i:{any_of((*ROLE_NOUNS, *TITLE_HEAD_WORDS))}))\s+"
    r"(?=[A-Z][\w'’-]*\.?\s+[A-Z][\w'’-]+(?:,\s*\w+\.?)?$|(?P<surname>[A-Z][a-z][\w'’-]*)$)")


def _job_title_before(name: str) -> re.Match[str] | None:
    """A job title before its holder's name; a surname alone no role or group's word ("Assistant Director")."""
    m = _JOB_TITLE_BEFORE.match(name)
    if m is None or m["surname"] is None:
        return m
    surname = m["surname"].lower()
    return None if is_role_word(surname) or ends_with_role_noun(surname) or surname in PEOPLE_GROUPS else m


_ROLE_AFTER_NAME = lazy_compile(rf"\s+({ROLES_AFTER_NAME})$", re.I)
# "Member Bo Ode", "Members Hage": the seat's word before a full name, or written as a word (not "MemberS")
# before a surname alone.
_MEMBER_BEFORE = lazy_compile(rf"^(?i:{any_of(PLAIN_MEMBER_WORDS)})\s+(?=[A-Z][\w'’-]*\s+[A-Z])"
                              rf"|^{any_of((*PLAIN_MEMBER_WORDS, *(w.capitalize() for w in PLAIN_MEMBER_WORDS)))}"
                              r"\s+(?=[A-Z][\w'’-]*$)")
_GLUED_ROLE = lazy_compile(r"^(?P<name>.*[a-z])-(?P<role>[A-Za-z][A-Za-z ]{1,30})$")


_COUNCILLOR_WORDS = {title.lower() for title in COUNCILLOR_TITLES}


# "Group Scout Leader – Ann Lee": an office, a spaced dash, a name.
_ROLE_BEFORE_DASH = lazy_compile(r"^(?P<role>[A-Za-z][\w/&'’ -]{1,40}?)\s+[-–—]\s+(?P<name>\S.*)$")


def _office_then_holder(m: re.Match[str]) -> bool:
    """Whether "X – Y" is an office, then the full name of who holds it: the office a known role or
    ending in a job's noun ("Parent representative"), the name two or more capitalised words and no role."""
    office, holder = m["role"].strip(), m["name"].strip()
    if not (_is_known_role(office) or ends_with_role_noun(office)) or _is_known_role(holder):
        return False
    return len(holder.split()) >= 2 and looks_like_name(holder) and not ends_with_role_noun(holder)


def _role_after_dash(name: str, roles: list[str]) -> tuple[str, list[str]]:
    """The name and roles of an entry with bracketed remarks and a role after a dash: "Ann Lee (Green
    Trust) – Chair" (where they are from in brackets), "Dee Fox – Member (proxy)" (a remark after the role)."""
    after = _ROLE_AFTER.match(name) if roles else None
    if after and (_is_known_role(after["role"]) and all(_names_an_organisation(r) for r in roles) or
                  "," not in name and _DASH_BETWEEN.search(name) and looks_like_name(after["name"]) and
                  len(after["name"].split()) >= 2 and
                  (is_role_word(after["role"]) or after["role"].lower() in PLAIN_MEMBER_WORDS)):
        return after["name"], [after["role"]]
    return name, roles


def _job_title_after_name(name: str, after: str) -> bool:
    """"Ann Lee - Scrum Master", "Bo Ode, Product Owner": a full name, then a job title in capitals
    ending in a job's noun, which names what they do, not a second person."""
    return len(name.split()) >= 2 and looks_like_name(name) and ends_with_role_noun(after.strip()) and \
        len(after.split()) <= MAX_JOB_TITLE_WORDS


# The most words a job title written after a name has ("Senior Software Engineer").
MAX_JOB_TITLE_WORDS = 4


def _names_an_organisation(text: str) -> bool:
    """Whether a bracketed qualifier names where someone is from rather than a role:
    every word capitalised or a short joining word ("of", "the"), and none a role."""
    words = _ORGANISATION_WORD.findall(text)
    if not words or _is_known_role(text) or _ROLE_NOUNS_ANYWHERE.search(text):
        return False
    if any(_is_known_role(word) for word in words):
        return False  # "Acme Chair": a role at an organisation
    # "Foo & Bar": an ampersand joins an organisation's words
    return all(word[0].isupper() or word[0].isdigit() or word == "&" or (word.islower() and len(word) <= 3)
               for word in words)


_DASH_BETWEEN = lazy_compile(r"\s[-–—]\s")


def _organisation_after_dash(entry: str, before: str, after: str) -> bool:
    """Whether "Ann Lee - Acme" is a full name, a dash, then where they are from: the
    name has two or more words; the rest is one word ("Acme", "WSO2") or a longer
    organisation ("Future of Privacy Forum"), not a second name of two words ("Bo Li")."""
    if not _DASH_BETWEEN.search(entry) or len(before.split()) < 2 or not looks_like_name(before):
        return False
    words = after.split()
    return _names_an_organisation(after) and (len(words) == 1 or len(words) >= 3 or
                                              any(w.islower() for w in words) or
                                              words[-1].lower() in ORGANISATION_ENDINGS)  # "Beta Corp"


def names_an_organisation(text: str) -> bool:
    """Whether a bracketed qualifier names where someone is from ("Acme Ltd"), not a role."""
    return _names_an_organisation(text)


def is_role_word(word: str) -> bool:
    """Whether ``word`` is a role ("chair") or a word for what someone does ("designer")."""
    return _is_known_role(word) or bool(_ROLE_NOUNS_ANYWHERE.search(word)) or word.lower() in ATTENDANCE_QUALIFIERS


def is_known_role(text: str) -> bool:
    """Whether ``text`` is only a role ("Chairman:", "Vice Chair"), with no name."""
    return _is_known_role(text)


def _is_known_role(text: str) -> bool:
    cleaned = " ".join(text.strip(" ()[],.-–:;").split())
    return _ROLE_FORM.fullmatch(cleaned) is not None


_ABBREVIATED_WORDS = (*HONORIFICS, *RANKS_BEFORE_NAME, *NAME_SUFFIXES, *ABBREVIATED_NAME_WORDS)
_ENDS_WITH_ABBREVIATION = lazy_compile(rf"(?:^|\W)(?:{any_of(_ABBREVIATED_WORDS)})$", re.I)
# Where that match can start, counted from the text's end: the longest word, the character before it
# and the final newline "$" allows. Searching only there keeps a call on a long paragraph short.
_ABBREVIATION_TAIL = max(map(len, _ABBREVIATED_WORDS)) + 2


def ends_with_abbreviation(text: str) -> bool:
    """Whether ``text`` ends with a word written with a full stop before a name or after one
    ("Dr", "Cllr", "Jr", "St"): the stop that follows ends no sentence."""
    return bool(_ENDS_WITH_ABBREVIATION.search(text, max(0, len(text) - _ABBREVIATION_TAIL)))


_ROLE_NOUNS = lazy_compile(rf"\b{any_of(ROLE_NOUNS)}$", re.I)
_ROLE_NOUN_TAIL = max(map(len, ROLE_NOUNS)) + 1  # as `_ABBREVIATION_TAIL`: the noun and a final newline
_ROLE_NOUNS_ANYWHERE = lazy_compile(rf"\b{any_of(ROLE_NOUNS)}s?\b", re.I)


def ends_with_role_noun(text: str) -> bool:
    """Whether ``text`` ends with a job's noun ("Port Manager", "Parent representative")."""
    return _ROLE_NOUNS.search(text, max(0, len(text) - _ROLE_NOUN_TAIL)) is not None


def role_phrase(part: str) -> bool:
    """"Port Manager", "designer": what someone does, not another person."""
    return part.islower() and len(part.split()) <= 4 or ends_with_role_noun(part)


def _fold(text: str) -> str:
    if not text.isascii():  # (ASCII has no accents to take off)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _INITIAL_STOP.sub(" ", text)  # "K.Homewood": an initial and a surname
    return _NOT_NAME_CHARACTER.sub("", text).lower().strip()


# (the stop first, the initial before it checked after: a pattern opening with a look-behind is tried everywhere)
_INITIAL_STOP = lazy_compile(r"\.(?<=\b[A-Za-z]\.)(?=[A-Za-z]{2})")
_NOT_NAME_CHARACTER = lazy_compile(r"[^\w\s'@-]")


# An office named in a reference has at most this many words ("the Parish Council Clerk").
MAX_OFFICE_WORDS = 3


class Roster:
    """The people of one meeting, for resolving short references to them."""

    def __init__(self, names: list[str], aliases: dict[str, str] | None = None,
                 roles: dict[str, str] | None = None) -> None:
        seen: dict[str, str] = {}
        for name in names:
            seen.setdefault(_fold(name), name)
        self.names = list(seen.values())
        # each name's folded words and initials, worked out once and indexed for every reference resolved
        self._index = NameIndex([RosterEntry(folded, folded.split(), _initials(folded), name)
                                 for name in self.names if (folded := _fold(name))])
        # Short forms the attendance list itself declares ("(HP)"): exact, case-sensitive.
        self.aliases = dict(aliases or {})
        # The one person holding a role ("clerk" → "J Connelly"), for "the Clerk will ...".
        self.roles = dict(roles or {})
        self._resolved: dict[str, str | None] = {}

    def __bool__(self) -> bool:
        return bool(self.names)

    def resolve(self, text: str) -> str | None:
        """The one attendee ``text`` refers to, or None when none or several."""
        if text not in self._resolved:  # the same short names recur all through the minutes
            self._resolved[text] = self._resolve(text)
        return self._resolved[text]

    def _resolve(self, text: str) -> str | None:
        bare = text.strip(" .,:;")
        if bare.lower() in PERSONAL_PRONOUNS:
            return None
        if text.strip() in self.aliases:
            return self.aliases[text.strip()]
        if self.roles:
            role = _LEADING_ARTICLE.sub("", bare).lower()
            if role in self.roles:
                return self.roles[role]
            # "the Parish Clerk" for the clerk: an office named with its body's word
            if len(role.split()) <= MAX_OFFICE_WORDS and (office := normalise_role(role)) in self.roles:
                return self.roles[office]
        key = _fold(strip_honorifics(bare))
        if not key:
            return None
        if joined := _JOINED_SHORT_FORM.fullmatch(bare):
            # "MartinO", "DaveMcK": a first name run into the start of the surname, as wiki handles write it
            hits = self._index.joined_short_form(_fold(joined["first"]), _fold(joined["rest"]))
            if len(hits) == 1:
                return hits.pop()
        # Whole name, first word, initials ("AL", two letters or more), surname: in that order; then the loose tests.
        for n, index in enumerate(self._index.exact):
            if (n != 2 or (len(key) >= 2 and key.isalpha())) and (hits := index.get(key)):
                return next(iter(hits)) if len(hits) == 1 else None
        hits = self._index.loose_hits(key)
        if len(hits) == 1:
            return hits.pop()
        if len(hits) > 1:
            return None
        # "Chief Hale", "Commissioner Vance", "Mayor Lee": a title, then the person's name
        if (titled := _TITLE_THEN_NAME.match(text.strip())) and titled.end() < len(text.strip()):
            return self._resolve(text.strip()[titled.end():])
        return None

    def knows(self, text: str) -> bool:
        """Whether ``text`` names someone the attendance lists: one attendee, or several it cannot tell
        apart ("Cllr Harris" where two Harrises came)."""
        if self.resolve(text):
            return True
        key = _fold(strip_honorifics(text.strip(" .,:;")))
        return bool(key) and (any(key in index for index in self._index.exact) or key in self._index.words)

    def resolve_or_keep(self, text: str) -> str:
        return self.resolve(text) or text.strip()


_TITLE_THEN_NAME = lazy_compile(rf"^(?:{any_of((*MEMBER_TITLES, *ROLE_NOUNS, *TITLE_HEAD_WORDS, *OFFICE_ROLES))})"
                                r"s?\.?\s+(?=[A-Z])", re.I)


def roster_of(attendance: Attendance) -> Roster:
    """The meeting's roster: everyone the attendance lists name, the short forms
    they declare ("(HP)", "@annlee"), and the officer roles one person holds."""
    everyone = [p for people in (attendance.present, attendance.apologies, attendance.absent,
                                 attendance.in_attendance) for p in people]
    holders: dict[str, list[str]] = {}
    for person in everyone:
        if person.role:
            holders.setdefault(person.role, []).append(person.name)
    return Roster([p.name for p in everyone],
                  {alias: p.name for p in everyone for alias in entry_aliases(p.text)},
                  {role: names[0] for role, names in holders.items() if len(names) == 1 and role in OFFICE_ROLES})


def _declares_initials(initials: str, name: str) -> bool:
    """Whether ``initials`` are the short form of the name after them ("DM - Dan Middleton"):
    its first and last initials, for a name of two words or more."""
    words = _PAREN.sub(" ", name).split()
    if len(words) < 2:
        return False
    found = _initials(" ".join(words)).upper()
    return found[0] == initials[0] and found[-1] == initials[-1]


_LEADING_ARTICLE = lazy_compile(r"^(the|our)\s+", re.I)
_NAME_WORD_BREAK = lazy_compile(r"[\s-]+")
_JOINED_SHORT_FORM = lazy_compile(r"(?P<first>[A-Z][a-z]+)(?P<rest>[A-Z][A-Za-z]{0,3})")


def _initials(full: str) -> str:
    return "".join(w[0] for w in _NAME_WORD_BREAK.split(full) if w)
