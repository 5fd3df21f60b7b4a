"""Words of polls and consent calls in scribe minutes: their labels, tally columns and results."""

from __future__ import annotations

# Labels that open a poll or a vote in scribe minutes ("Poll: move X to stage 2", "Straw poll: ...").
POLL_LABELS = ("poll", "straw poll", "consensus poll", "unanimous consent poll", "vote", "straw vote", "ballot")
# The columns of a poll's tally lines ("SF: 13", "F: 6", "N: 3", "A: 0", "SA: 0"; "For: 5", "Abstain: 1"):
# strongly for / for count for, neutral counts as abstaining, against / strongly against against.
POLL_TALLY_COLUMNS: dict[str, tuple[str, ...]] = {
    "for": ("SF", "F", "Y", "yes", "for", "aye", "ayes", "yea", "yeas", "in favour", "in favor", "+1"),
    "against": ("SA", "A", "no", "against", "nay", "nays", "noes", "opposed", "-1"),
    "abstain": ("N", "neutral", "abstain", "abstained", "abstention", "abstentions", "0"),
}
# A line stating a poll's or a consent call's result ("[Proposal passes.]", "No objections, proposal passes",
# "Unanimous consent", "Consensus reached", "Poll fails"), with the outcome it gives.
POLL_RESULTS: list[tuple[str, str]] = [
    (r"\b(proposal|motion|poll|vote|it)\s+(fails|failed|does not pass|did not pass|is defeated|was defeated)\b"
     r"|\b(no consensus|objections? (raised|sustained))\b"
     r"|^\W*(result|outcome)\s*:\s*(rejected|defeated|failed|not (adopted|carried|passed))\b", "defeated"),
    (r"\b(proposal|motion|poll|vote|it)\s+(passes|passed|carries|carried|is adopted|was adopted)\b"
     r"|\bno objections?\b|\bunanimous consent\b|\bconsensus (is |was )?(reached|achieved)\b"
     r"|^\W*(result|outcome)\s*:\s*(adopted|carried|passed|approved|accepted|agreed)\b", "carried"),
]
# A line that asks for a poll on the lines that follow ("Let's do a unanimous consent poll for:").
POLL_CALL = r"\b(poll|vote|consent)\b[^:]{0,30}\b(for|on)\s*:\s*$"
POLL_CALL_WORDS = ("poll", "vote", "consent")  # one of them is in every poll call
