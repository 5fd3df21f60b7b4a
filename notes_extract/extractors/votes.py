"""Vote counts, however minutes write them: tallies ("5 for, 2 against", "For: 5,
Against: 2", "carried 4-0", "four votes in favour", "by 5 votes to 2") and roll
calls by name ("Ayes: Lee, Patel; Nays: Reed")."""

from __future__ import annotations

import re

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.models import Votes
from notes_extract.vocab.build import any_of
from notes_extract.vocab.decisions import MEMBERS_VOTED, ROLL_CALL_COLUMNS, VOTE_COUNT_WORDS, VOTE_NUMBER_WORDS
from notes_extract.vocab.votes import VOTE_FIELD_LINE

_VOTES_DASH = lazy_compile(
    r"\b(?:carrie[sd]|pass(?:es|ed)|approved|adopted|fail(?:s|ed)|defeated|lost|vote[sd]?|(?:re-?)?elected|ratified)[,:]?\s*(?:by\s+(?:a\s+)?(?:(?:vote|majority)\s+of\s+)?)?"
    r"\(?(?P<for>\d{1,3})\s*(?:[-–:]|\s+to\s+)\s*(?P<against>\d{1,3})(?:\s*[-–:]\s*(?P<abstain>\d{1,3}))?\)?", re.I)
# A senate's vote code after its verdict, the three counts run together ("DO CONFIRM, 1002", "Ann elected
# chair 902"): the last two digits are against and abstaining; never a year.
_VOTE_CODE = lazy_compile(r"(?:\bDO\s+[A-Z]{3,}|\b(?i:elected|confirmed|approved|passed|carried)(?:\s+[a-z]+)?),?\s+"
                          r"(?!19\d\d|20\d\d)(?P<for>\d{1,2})(?P<against>\d)(?P<abstain>\d)(?=\s*(?:[,(.;]|$))")
# "6-0 in favour", "7-0 (1 abstention) in favour": a pair of counts said to be for, with no verb before it
_PAIR_IN_FAVOUR = lazy_compile(r"\b(?P<for>\d{1,3})\s*[-–]\s*(?P<against>\d{1,3})(?:\s*[-–]\s*(?P<abstain>\d{1,3}))?"
                               r"\s*(?:\([^()]{1,30}\)\s*)?in\s+favou?r\b", re.I)
_COUNT = VOTE_COUNT_WORDS
# "9 votes were recorded for ...": the count told in the passive
_RECORDED = r"(?:(?:were|was)\s+)?(?:recorded\s+|cast\s+)?"


_VOTES_TO_WORDS = lazy_compile(r"\bvotes?\s+to\b", re.I)
_RESULT_WORDS = lazy_compile(r"\b(passed|carried|lapsed|failed|did not (participate|vote))\b", re.I)


def read_votes(text: str) -> Votes | None:
    """Vote counts however they are written: "5 for, 2 against, 1 abstention",
    "For: 5, Against: 2", "Vote (For 6, 0 Against)", "carried 4-0", "four votes in favour"."""
    text = _NUMBER_WORD.sub(lambda m: str(VOTE_NUMBER_WORDS[m[1].lower()]), text)
    text = _MEMBERS_VOTED_FOR.sub(r"\1 for", text) if _DIGIT.search(text) else text  # (its form starts with a count)
    # "carried unanimously [Lee, Ode, Fry]": each voter named, all for
    if "[" in text and (m := _UNANIMOUS_NAMED.search(text)):
        return Votes(**{"for": len(re.split(r"\s*,\s*", m["names"].strip())), "against": 0, "abstain": 0})
    if not _DIGIT.search(text):
        return roll_call_votes(text)  # every count form below needs a number
    if m := _UNANIMOUS_COUNT.search(text):  # "Elected unanimously (11)", "(unanimous: 11)": all 11 for
        return Votes(**{"for": int(m["count"]), "against": 0, "abstain": 0})
    if (shares := _SHARE_OF_VOTERS.findall(text)) and len(shares) == 1:  # "(4/5 with 1 abstention)": 4 of 5 for
        voted_for, voters, abstained = (int(n or 0) for n in shares[0])
        if voted_for <= voters and voted_for + abstained <= voters:
            return Votes(**{"for": voted_for, "against": voters - voted_for - abstained, "abstain": abstained})
    if _NAMES_IN_BRACKETS.search(text) and (counted := read_votes(_NAMES_IN_BRACKETS.sub(" ", text))):
        return counted  # "carried 4-1 [AYES: Lee, Ode, ...]": the count, not "1 [AYES"
    counts = _tally_counts(text)
    tally = "against" in counts or "abstain" in counts or _VOTES_TO_WORDS.search(text) or _RESULT_WORDS.search(text)
    if m := _VOTES_TO.search(text):
        counts.setdefault("for", int(m.group(1)))  # "carried by 5 votes to 2"
        counts.setdefault("against", int(m.group(2)))
    if pair := _PAIR_IN_FAVOUR.search(text):  # "6-0 in favour": the pair counts for and against, not "0 in favour"
        counts = {column: n for column, n in counts.items() if column == "abstain"}
    dash = _VOTES_DASH.search(text) or pair
    if dash and set(counts) <= {"for"}:
        counts = {}  # "carried by a majority of 6-4 in favour": the pair, not "4 in favour"
    if "for" in counts and tally:
        return Votes(**{"for": counts["for"], "against": counts.get("against", 0),
                        "abstain": counts.get("abstain", 0)})
    if m := _VOTE_CODE.search(text):  # "DO CONFIRM, 1002": 10 for, none against, 2 abstaining
        return Votes(**{"for": int(m["for"]), "against": int(m["against"]), "abstain": int(m["abstain"])})
    if m := dash:
        # "6-0 in favour (2 abstentions)": those abstaining may be counted apart from the pair
        return Votes(**{"for": int(m["for"]), "against": int(m["against"]),
                        "abstain": int(m["abstain"] or counts.get("abstain", 0))})
    return roll_call_votes(text)


# "four votes in favour", "one abstention": a count written as a word, before what it counts.
_NUMBER_WORD = lazy_compile(rf"\b({any_of(VOTE_NUMBER_WORDS)})(?=\s+(votes?|abstentions?|abstained|against|"
                            rf"in favou?r|for|{MEMBERS_VOTED})\b)", re.I)
# "8 Parish Councillors voted in favour": the count of those for, read as "8 for"
_MEMBERS_VOTED_FOR = lazy_compile(rf"\b(\d{{1,3}})\s+{MEMBERS_VOTED}\s+(?:in\s+favou?r|for)\b", re.I)
# "carried by 5 votes to 2", "elected with 12 votes to Raj Patel's 8"
_VOTES_TO = lazy_compile(r"\b(?:by|with)\s+(\d{1,3})\s+votes?\s+to\s+(?:[^.\d]{0,40}?\s)?(\d{1,3})\b", re.I)


_DIGIT = lazy_compile(r"\d")
# "[AYES: Lee, Ode; NOES: Fry]": a roll call by name in brackets, after the count
_NAMES_IN_BRACKETS = lazy_compile(r"\[[^\[\]\d]{1,300}\]")
# "MOTION CARRIED UNANIMOUSLY [Lee, Ode, Fry]": the names of those who all voted for it
_UNANIMOUS_NAMED = lazy_compile(r"\b(?i:unanimous(?:ly)?)\W{0,3}\[(?P<names>[A-Z][^\[\]\d:;]{0,300}?)\]")
# "(4/5)", "(3/5 with 2 abstentions)", "(4/5 votes in favour, 1 abstention)": the share of the voters for,
# in brackets after the decision, and those abstaining (a date, "(3/5)" alone in running text, has no vote word
# around it, so the decision's own wording must say it was voted or proposed: see `read_votes`' callers).
_SHARE_OF_VOTERS = lazy_compile(r"\(\s*(\d{1,2})\s*/\s*(\d{1,2})(?:\s+votes?)?(?:\s+in\s+favou?r)?"
                                r"(?:\s*(?:,|with|and)\s*(\d{1,2})\s+abst\w*)?\s*\)", re.I)
# "unanimously (11)", "unanimous: 11": how many voted, all of them for
_UNANIMOUS_COUNT = lazy_compile(r"\bunanimous(?:ly)?\s*(?:\(\s*|:\s*)(?P<count>\d{1,3})\s*\)")
# Each column's count after its word ("For 5") and before it ("5 for", "9 votes were recorded for", "2 were against").
_TALLY_FORMS = {key: (lazy_compile(rf"\b{words}\W{{0,3}}(\d{{1,3}})\b", re.I),
                      lazy_compile(rf"\b(\d{{1,3}})\W{{0,3}}(?:votes?\s+{_RECORDED}?|(?:were|was)\s+)?{words}\b", re.I))
                for key, words in _COUNT.items()}


def _tally_counts(text: str) -> dict[str, int]:
    """Each column's count, written before or after its word ("For 5, Against 2",
    "5 for, 2 against", "For 6, 0 Against"): the earliest reading whose number no
    column before it took, so "For 5, Against 2" never reads "5, Against"."""
    counts: dict[str, int] = {}
    taken: set[int] = set()
    for key, forms in _TALLY_FORMS.items():
        readings = sorted((m.start(), m.start(1)) for form in forms for m in form.finditer(text))
        for _, number_at in readings:
            if number_at not in taken:
                taken.add(number_at)
                counts[key] = int(re.match(r"\d+", text[number_at:])[0])  # type: ignore[index]
                break
    return counts


_ROLL_CALL_WORDS = "|".join(ROLL_CALL_COLUMNS.values())
_ROLL_CALL = {key: lazy_compile(rf"\b(?:{words})\s*[:\-–]\s*(?P<names>[^;:.]*?)\s*"
                                rf"(?=[;.]|$|\b(?:{_ROLL_CALL_WORDS})\s*[:\-–])", re.I)
              for key, words in ROLL_CALL_COLUMNS.items()}


def roll_call_votes(text: str) -> Votes | None:
    """Counts of a roll call by name ("Ayes: Lee, Patel; Nays: Reed"): the names in each list."""
    counts: dict[str, int] = {}
    labelled = any(mark in text for mark in ":-–")  # each list's label is followed by one
    for key, pattern in _ROLL_CALL.items() if labelled else ():
        if (m := pattern.search(text)) and not re.search(r"\d", m["names"]):
            names = [n for n in re.split(r"\s*(?:,|&|\band\b)\s*", m["names"]) if n.strip()]
            counts[key] = 0 if re.fullmatch(r"\W*(none|nil|-)?\W*", m["names"], re.I) else len(names)
    if "for" not in counts or len(counts) < 2:
        return _votes_by_name(text)
    return Votes(**{"for": counts["for"], "against": counts.get("against", 0), "abstain": counts.get("abstain", 0)})


# "Roll call: Lee aye, Hart aye, Ng nay", "Lee - yes; Hart - yes; Ng - no": each member's name, then their vote.
_NAME_VOTE = lazy_compile(r"(?:^|[,;:]\s*)(?:(?:Cllr|Dr|Mr|Mrs|Ms)\.?\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
                          r"\s*(?:[-–:=]\s*)?(?P<vote>aye|yes|yea|nay|no|abstain(?:ed|s)?)\b", re.I)
_VOTE_SIDE = {"aye": "for", "yes": "for", "yea": "for", "nay": "against", "no": "against"}
# Fewer names with a vote each make no roll call.
MIN_ROLL_CALL_NAMES = 2


def _votes_by_name(text: str) -> Votes | None:
    votes = [_VOTE_SIDE.get(m["vote"].lower(), "abstain") for m in _NAME_VOTE.finditer(text)]
    if len(votes) < MIN_ROLL_CALL_NAMES or "for" not in votes and "against" not in votes:
        return None
    return Votes(**{"for": votes.count("for"), "against": votes.count("against"), "abstain": votes.count("abstain")})


# "For: 6", "Abstain: Cy Lamb, Di Moss": one column of a tally on a line of its own, a count or the names.
_TALLY_COLUMN = {key: lazy_compile(rf"^\W*(?:{words})\s*[:\-–=]\s*(?P<value>\d{{1,3}}|[A-Z][^:;.\d]{{0,120}}?)\W*$",
                                   re.I)
                 for key, words in ROLL_CALL_COLUMNS.items()}


def tally_column(text: str) -> tuple[str, int] | None:
    """The column and count a line of one tally column gives ("Against: 1", "Abstain: Cy, Di" is 2)."""
    for key, pattern in _TALLY_COLUMN.items():
        if m := pattern.match(text.strip()):
            value = m["value"]
            return key, int(value) if value.isdigit() else len(re.split(r"\s*(?:,|&|\band\b)\s*", value))
    return None


def with_column(votes: Votes | None, column: str, count: int) -> Votes:
    """``votes`` with ``column``'s count set, where no count was given for it yet."""
    counts = {"for": 0, "against": 0, "abstain": 0} if votes is None else votes.model_dump(by_alias=True)
    counts[column] = counts[column] or count
    return Votes(**counts)


_VOTE_FIELD = lazy_compile(VOTE_FIELD_LINE, re.I)
JOINED = "\x00"
_VOTE_LABEL = lazy_compile(r"^\W*(?:" + "|".join(VOTE_COUNT_WORDS.values()) + r")\s*:", re.I)


def _fields_joined_in(point: list[str]) -> list[str]:
    """"Ayes: 4. Noes: 1 (Hughes).": tally fields the sentence splitter cut apart inside one point, one
    sentence again (so the motion they follow reads its whole count)."""
    out: list[str] = []
    for sentence in point:
        if out and _VOTE_FIELD.match(sentence.strip()) and _VOTE_FIELD.match(out[-1].strip().split(", ")[-1]):
            out[-1] = f"{out[-1].strip().rstrip('.,;')}, {sentence.strip()}"
        else:
            out.append(sentence)
    return out


def vote_fields_joined(points: list[list[str]]) -> list[list[str]]:
    """"For: 12" / "Against: 4" / "Abstentions: 1", a line each: one tally, read on the first line's point
    (the others left as a mark, so that the points keep their places)."""
    out = [_fields_joined_in(point) for point in points]
    p = 0
    while p < len(out):
        end = p
        while end < len(out) and len(out[end]) == 1 and _VOTE_FIELD.match(out[end][0].strip()):
            end += 1
        named = end < len(out) and len(out[end]) == 1 and _VOTE_LABEL.match(out[end][0])  # "Abstain: Tam, Uma"
        if end - p > 1 and not named:
            out[p] = [", ".join(point[0].strip().rstrip(".,;") for point in out[p:end]) + "."]
            for k in range(p + 1, end):
                out[k] = [JOINED]
        p = max(end, p + 1)
    return out


# "Vote (For 6, 0 Against)": counts only, for the motion before it.
# "Ayes: Lee, Patel; Nays: Reed": a roll call, for the motion before it (a count, never a year: "The 2024 ...").
_VOTE_ONLY = lazy_compile(r"^\W*(the\s+)?(vote[sd]?|voting|result|roll[- ]call)?\W*\(?\s*"
                          r"(for|against|in favou?r|yes|ayes?|yeas?|nays?|noes|abstain|abstentions?|\d{1,3}\b"
                          # "Eight Parish Councillors voted in favour, one against ...": a count of members first
                          rf"|(?:{any_of(VOTE_NUMBER_WORDS)})\s+{MEMBERS_VOTED}\b)", re.I)
# A line of vote counts is short ("Vote (For 6, 0 Against)").
MAX_VOTE_LINE_WORDS = 12


def count_line(text: str) -> bool:
    """Whether ``text`` only counts a vote ("Vote: 7 in favour, 0 opposed", "Ayes: Lee, Patel; Nays: Reed")."""
    return bool(_VOTE_ONLY.match(text)) and len(text.split()) <= MAX_VOTE_LINE_WORDS and read_votes(text) is not None
