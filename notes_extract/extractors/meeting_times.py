"""Short lines that label the meeting's own start or end with a clock time, the label and the time in
either order: "Meeting Start Time: 7:08", "Meeting started at: 20:15", "Call meeting to order: 5:39 pm",
"Time Called to Order: 6:12 pm CDT", "9:00pm: Meeting adjourned", "Adjourn (7:13 PM by Randall)",
"7:43 - End". Such a line says when the meeting actually opened or closed, so it outranks the time the
meeting was called for ("Time: 6:00 PM") and a clock time at the head of a discussion line."""

from __future__ import annotations

import re

from notes_extract.dates import parse_time
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.triggered import TriggeredPattern
from notes_extract.vocab.meetings import END_LABEL_WORDS, START_LABEL_WORDS, TIME_LABEL_FILLERS

# "convened the meeting at 1042", "began at 1930 hrs": a 24-hour clock written without its colon, after "at"
# (never a year or a street's number: "opened at 2019-05-01", "at 1200 Main Street"; regex fragment).
FOUR_DIGIT_CLOCK = r"(?<=at )(?:[01]\d|2[0-3])[0-5]\d(?![\d/.-]\d|\s+(?-i:[A-Z])[a-z])(?:\s*(?:h|hrs|hours)\b)?"
# The most words a label keeps besides its clock time: more is a sentence, read by the sentence rules.
TIME_LABEL_MAX_WORDS = 6

# ("Closure :- 18H30": hours and minutes parted by an "H", as South African and French minutes write them)
_CLOCK = lazy_compile(r"(?<![\d.:/])\d{1,2}(?:[.:][0-5]\d(?![\d/])\s*(?:[ap]\.?\s?m\b\.?)?|\s*[ap]\.?\s?m\b\.?"
                      r"|[hH][0-5]\d\b)"
                      r"(?:\s*(?-i:[A-Z]{1,3}[SD]T|[A-Z]{1,2}T|UTC|GMT))?", re.I)
_DIGIT = lazy_compile(r"\d")
# "(7:02 PM by Randall)": the time in brackets with who gave it.
_BRACKETED = lazy_compile(r"\([^()]*\)")
# "7:05 PM EST (00:05 UTC)": the same time in another zone, in brackets after the clock.
_ZONE_ALTERNATIVE = lazy_compile(r"(?<=[\dmMTZ])\s*\(\s*\d{1,2}[.:][0-5]\d\s*(?:[ap]\.?m\.?\s*)?"
                                 r"(?:[A-Z]{1,4}|UTC[+-]?\d*)\s*\)", re.I)
# A label set apart from the time after it by a colon, a dash or an at sign ("Meeting started at: 20:15",
# "Meeting called to order @ 7:00 PM").
_SET_APART = lazy_compile(r"[:\-–—@]\s*$")
# "Start time 7pm", "Finish time 9.05pm": a noun label straight before the clock, no sentence.
_TIME_NOUN_LABEL = lazy_compile(r"\W*(?:meeting\s+)?(?:start(?:ing)?|finish(?:ing)?|end(?:ing)?|close)\s+time\s*", re.I)
_LEADER = lazy_compile(r"^[\s*_#>|•·-]*(?:(?:\d{1,2}|[IVXivx]{1,5}|[A-Za-z])[.)]\s+)?")


def _label_kind(label: str) -> str | None:
    """"start" or "end" for a label whose words, fillers aside, are one start or end phrase."""
    words = [w for w in re.findall(r"[a-z]+", label.lower()) if w not in TIME_LABEL_FILLERS]
    if not words or len(label.split()) > TIME_LABEL_MAX_WORDS:
        return None
    phrase = " ".join(words)
    if phrase in START_LABEL_WORDS:
        return "start"
    if phrase in END_LABEL_WORDS:
        return "end"
    return None


def _labelled_time(text: str) -> tuple[str, str] | None:
    """("start" | "end", "HH:MM") for a line that is only a start or end label and one clock time."""
    if not _DIGIT.search(text):
        return None  # every clock time holds a digit: most lines have none
    line = _LEADER.sub("", text.strip()).replace("*", "").replace("_", " ")
    # "Meeting called to order @ 7:00 PM EST (00:00 UTC)": the same time in another zone, in brackets after it
    line = _ZONE_ALTERNATIVE.sub("", line)
    clocks = list(_CLOCK.finditer(line))
    if len(clocks) != 1:
        return None
    clock = clocks[0]
    label = line[: clock.start()] + " " + line[clock.end():]
    set_apart = not line[: clock.start()].strip() or _SET_APART.search(line[: clock.start()])
    for bracket in _BRACKETED.finditer(line):  # the time in brackets takes its brackets with it
        if bracket.start() <= clock.start() < bracket.end():
            label, set_apart = line[: bracket.start()] + " " + line[bracket.end():], True
    if not set_apart and not _TIME_NOUN_LABEL.fullmatch(line[: clock.start()]):
        return None  # "Meeting began at 9.00am": a sentence, perhaps of a report on another meeting
    kind = _label_kind(re.sub(r"[:\-–—@,.;()]", " ", label))
    time = parse_time(clock.group(0), meeting_hours=True)
    return (kind, time) if kind and time else None


def labelled_times(texts: list[str]) -> tuple[str | None, str | None]:
    """The first labelled start and the last labelled end among ``texts``."""
    start = end = None
    for text in texts:
        if len(text) > 120 or not (found := _labelled_time(text)):
            continue
        kind, time = found
        if kind == "start":
            start = start or time
        else:
            end = time
    return start, end


_MERIDIEM = lazy_compile(r"[ap]\.?\s?m\b\.?", re.I)


def range_times(first: str, second: str) -> tuple[str, str] | None:
    """The start and end of a range of clock times, "7.00 – 8.45pm" giving 19:00 and 20:45: the am or pm
    written once, after the end, covers the start too when the start then still comes first."""
    end = parse_time(second, meeting_hours=True)
    start = parse_time(first, meeting_hours=True)
    if not start and end and re.fullmatch(r"\s*\d{1,2}\s*", first) and (meridiem := _MERIDIEM.search(second)):
        # "3-4pm": a bare hour shares the end's pm; "11-1pm" starts in the morning
        start = parse_time(f"{first.strip()} {meridiem.group(0)}")
        if start and start > end:
            start = parse_time(f"{first.strip()}:00")
    if not start or not end:
        return None
    if not _MERIDIEM.search(first) and (meridiem := _MERIDIEM.search(second)):
        shared = parse_time(f"{first.strip()} {meridiem.group(0)}")
        if shared and shared <= end:
            start = shared
    return start, end


# "The meeting was held at 7.30pm", "The meeting took place virtually, via GoodConf, at 6:00pm": the time this
# meeting sat, a meeting the subject (not "The fete was held at 2pm"), never the next ("The next meeting was
# arranged and will be held at 7pm").
_HELD_AT_TIME = TriggeredPattern(lazy_compile(
    r"^(?:(?!\bnext\b)[^.;])*?\bmeeting\b(?:(?!\bnext\b)[^.;]){0,60}?\b(?:(?:was|were)\s+held|took\s+place)\b"
    r"(?:(?!\bnext\b)[^.;])*?\bat\s+(?P<time>\d{1,2}(?:[.:][0-5]\d)?\s*(?:[ap]\.?\s?m\b\.?)?)", re.I),
    ("held", "took place"), also=("meeting",))


def held_at_time(text: str) -> str | None:
    """The clock time a sentence saying the meeting was held or took place gives it, or None."""
    m = _HELD_AT_TIME.search(text)
    return parse_time(m["time"], meeting_hours=True) if m else None
