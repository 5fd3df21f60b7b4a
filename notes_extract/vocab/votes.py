"""Words of a vote's tally."""

from __future__ import annotations

# Vote counts: the words for each column of a tally.
VOTE_COUNT_WORDS = {
    "for": r"(?:for|in favou?r|yes|yeas?|ayes?|aye)",
    "against": r"(?:against|noes|no|nays?|opposed)",
    "abstain": r"(?:abstentions?|abstain(?:ed|ing)?|abstain)",
}

# "For: 12" / "Against: 4" / "Abstentions: 1": one count of a vote on a line of its own.
VOTE_FIELD_LINE = (r"^\W*(?:votes?\s+)?(?:" + "|".join(VOTE_COUNT_WORDS.values()) +
                   r")\s*[:\-–=]?\s*\d{1,3}"
                   # "Noes: 1 (Hughes)": who voted so, in brackets after the count
                   r"(\s*\([^()\d]{1,60}\))?\W*$")

# Counts written as words in a vote ("four votes in favour").
VOTE_NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                     "nine": 9, "ten": 10, "nil": 0, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
                     "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}

# Adverbs between the verb "to be" and a passive decision verb ("The policies were automatically accepted");
# a list, not any "-ly" word: "all help was gratefully accepted" thanks, it decides nothing.
PASSIVE_DECISION_ADVERBS = ("also", "duly", "automatically", "formally", "initially", "subsequently", "provisionally",
                            "conditionally", "finally", "retrospectively", "officially")
PASSIVE_DECISION_ADVERB = "(?:" + "|".join(PASSIVE_DECISION_ADVERBS) + ")"

# --- motions in US shorthand ("M/S/C (Lee/Ode) to approve the minutes", "M/S/P", "M/S/F") ---
# Moved / Seconded / Carried (Passed, Approved, Failed, Defeated): letters after the moving and seconding.
# (unslashed only with its result letter and the slashed pair after: "MSC (Osei/Ruiz) to approve ..."; "MSP" or
# "MSC" alone is as often an office or a body)
MOTION_SHORTHAND = (r"(?<![\w/])(?-i:M(?P<sl>\s*/\s*)?S(?:(?(sl)\s*/\s*)(?P<result>[CPAFD]))?"
                    r"(?(sl)|(?<=[CPAFD])(?=\s*\(?[A-Z][\w'’-]+\s*/)))(?![\w/])")
# The outcome each result letter records.
SHORTHAND_RESULTS = {"C": "carried", "P": "carried", "A": "carried", "F": "defeated", "D": "defeated"}
