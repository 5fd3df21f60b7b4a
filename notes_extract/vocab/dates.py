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
# A next meeting whose date may still move: "Subject to change.", "tentatively 4 May" (regex fragment).
UNSETTLED_DATE = r"subject to change|provisional(ly)?|tentative(ly)?"
# A deadline of "at once" (regex fragment).
AT_ONCE = r"asap|as soon as possible|immediately|urgent(ly)?"
# A due cell that says only this means at once ("now"); inside a sentence the word says nothing of a deadline.
AT_ONCE_WHOLE = r"(right )?now"
# Counts and spans in a date given from the meeting: "in two weeks", "in a fortnight".
SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
DAYS_IN_SPAN = {"day": 1, "week": 7, "fortnight": 14}
# A deadline that never comes (regex fragment).
ONGOING = r"ongoing|continuous|as required|as needed"
# A deadline cell that says nothing (regex fragment, the whole cell).
NO_DEADLINE = r"[-–—/]+|n/?a|none|tba?"

# --- deadlines written inline in an action's sentence ("due on 03/09", "by next week") ---
# Words that put a deadline before the date they give ("due on 3 May", "deadline: Friday").
DUE_WORDS = ("due on", "due by", "due", "deadline is", "deadline", "no later than", "to be done by",
             "needs to be done by", "must be done by", "by", "before", "until", "till", "closes on", "closes")
# A deadline given relative to the meeting rather than as a date (regex fragment): kind "other".
# "by start of term", "by the start of T2": a period's start is a deadline as much as its end.
RELATIVE_DEADLINE = (r"(?:the\s+)?(?:end|start|beginning)\s+of\s+(?:the\s+|this\s+|next\s+)?"
                     r"(?:day|week|month|term|semester|sprint|year|quarter|[tq]\d)\b|next\s+(?:week|month|sprint|term|semester)|tomorrow|tonight"
                     r"|(?:the|this|next)\s+weekend|within\s+(?:\d{1,2}|a|an|one|two|three|four)\s+(?:days?|weeks?)")
# Words after which "next meeting" is what the task is about, not its deadline
# ("an agenda for the next meeting", "book a room for next meeting").
NEXT_MEETING_OBJECTS = ("the", "a", "of", "agenda", "date", "time", "venue", "room", "arrange", "schedule", "book",
                        "plan", "organise", "organize", "chair", "minute", "minutes", "invite", "call", "set up",
                        "setup", "until", "since", "after")

# Old letter style: a month named from the meeting's own, after a day ("the 25th inst." = this month,
# "the 3rd prox." = next month), by how many months ahead it is.
MONTHS_FROM_MEETING = {"inst": 0, "instant": 0, "prox": 1, "proximo": 1}

# A time the task is set for, written bare at the end of its sentence ("install the pegboards this
# month", "sort out the questions tomorrow"): the deadline, with no "by" before it (regex fragments).
# "tomorrow" is the day after the meeting; the rest name no day (kind "other"). "soon" sets no deadline,
# and "this week" is when the work is done, the week the team reports on next ("Kit to pair with Sol this week").
BARE_NEXT_DAY = r"tomorrow"
BARE_PERIODS = (r"this\s+(?:month|weekend|term)|next\s+(?:week|month|weekend|term|sprint)"
                r"|in\s+(?:two|three|four|a\s+few|\d{1,2})\s+(?:days|weeks)|in\s+a\s+(?:week|fortnight)"
                # "will bring this item to the Council in the near future", "... in the coming weeks"
                r"|in\s+the\s+(?:near|not\s+too\s+distant)\s+future|in\s+the\s+coming\s+(?:days|weeks|months)")
# Words that put a task's deadline at the next meeting ("prior to the next plenum", "before the next call").
NEXT_MEETING_LEADS = ("by", "before", "prior to", "ahead of", "in advance of")
# What a body calls its meeting, after "next" in such a deadline.
MEETING_WORDS = ("meeting", "meetings", "plenum", "plenary", "call", "telecon", "session", "board meeting", "sync")
