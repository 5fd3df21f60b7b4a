"""Words about dates and deadlines: month and weekday names, and the words
that stand for a date not yet set, "as soon as possible" or "ongoing".
"""

from __future__ import annotations

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3,
    "apr": 4, "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7,
    "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9, "oct": 10,
    "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")

# A date still to be set (regex fragment).
TO_BE_SET = r"tbc|tbd|tba|to be (confirmed|decided|agreed|arranged|announced|set)"
# A deadline of "at once" (regex fragment).
AT_ONCE = r"asap|as soon as possible|immediately|urgent(ly)?"
# Counts and spans in a date given from the meeting: "in two weeks", "in a fortnight".
SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
DAYS_IN_SPAN = {"day": 1, "week": 7, "fortnight": 14}
# A deadline that never comes (regex fragment).
ONGOING = r"ongoing|continuous|as required|as needed"
# A deadline cell that says nothing (regex fragment, the whole cell).
NO_DEADLINE = r"[-–—/]+|n/?a|none|tba?"
