"""Decisions written as plain prose by a small team ("We agreed to use X", "Settled on Y", "Rough consensus on
the API"): who decides, the verbs of agreeing and choosing, and what leaves a sentence undecided. Plain data,
read by ``extractors.team_decisions``; ``vocab.decisions`` re-exports it."""

from __future__ import annotations

from notes_extract.vocab.build import any_of

# How widely a meeting agreed ("rough consensus", "general agreement").
CONSENSUS_QUALIFIERS = ("rough", "general", "initial", "broad", "full", "unanimous", "team", "group", "overall",
                        "strong", "clear", "wide")

# Who decides in a team's own notes: the writers themselves, or the whole team.
TEAM_SUBJECTS = ("we", "we all", "we both", "the team", "the group", "our team", "our group", "everyone",
                 "everybody", "all of us", "the whole team", "team", "group", "all")
# Adverbs between the team and its verb ("We then collectively agreed ...").
TEAM_ADVERBS = ("then", "also", "all", "both", "finally", "eventually", "collectively", "unanimously", "jointly",
                "mutually", "ultimately", "have", "now", "together", "quickly")
# Verbs of agreeing and choosing, each with the decision kind it records.
TEAM_AGREEING_VERBS = ("agreed", "decided", "concluded", "resolved", "settled on", "agreed upon", "decided upon",
                       "came to an agreement", "came to a decision", "reached an agreement", "reached a decision",
                       "made the decision", "made a decision", "came to clarity", "came to unity", "reached clarity",
                       "reached unity")
TEAM_CHOOSING_VERBS = ("chose", "selected", "picked", "opted for", "opted to", "went with", "will go with",
                       "are going with", "are going to go with", "'ll go with", "’ll go with", "voted for",
                       "landed on")
# A consensus the team reached ("rough consensus on ...", "reaching initial consensus").
TEAM_CONSENSUS = (rf"\b(?:(?:{any_of(CONSENSUS_QUALIFIERS)})\s+)?consensus\s+"
                  r"(?:on|to|for|about|was to|is to|was that|was reached)\b"
                  # "consensus of the Commission was to approve ...", "It was the consensus of the board that ...":
                  # whose consensus, then what it settled
                  r"|\bconsensus\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?:(?:was|is)\s+)?(?:to|that)\b"
                  # "Consensus was 4-6 meetings per year was a reasonable schedule.": what the room settled, opening
                  # a sentence (not "Consensus was not reached")
                  rf"|(?:^|(?<=[.!?]\s))\W*(?:the\s+)?(?:(?:{any_of(CONSENSUS_QUALIFIERS)})\s+)?consensus\s+was\s+"
                  r"(?!not\b|never\b|lacking\b|unclear\b)"
                  # "Strong consensus among attendees that ...", "General consensus that ...": opening the line
                  # (inside a sentence, "... to add that there was a consensus that ...", it is someone's report)
                  rf"|^\W*(?:there\s+(?:was|is)\s+(?:a\s+)?)?(?:(?:{any_of(CONSENSUS_QUALIFIERS)})\s+)?consensus\s+"
                  r"(?:(?:among(?:st)?|between)\s+(?:the\s+)?(?:\w+\s+){1,2}?)?(?:that|on|to|for|about)\b"
                  r"|\b(?:reach|reached|reaching|came to|come to|arrived at|have|had)\s+(?:an?\s+|the\s+)?"
                  rf"(?:(?:{any_of(CONSENSUS_QUALIFIERS)})\s+)?consensus\b")
TEAM_CONSENSUS_WORDS = ("consensus",)  # each form above spells it
# "The conclusion was to ...", "Conclusion was let's ...": what the discussion ended on.
TEAM_CONCLUSION = (r"^(?:the\s+)?(?:final\s+|overall\s+)?conclusion\s+(?:was|is|reached was)\s*"
                   r"(?::|to\b|that\b|not\b|let'?s\b|let us\b|we\b)"
                   # "..., and we reached the decision to wait until the costs are known."
                   r"|\bwe\s+(?:have\s+)?(?:reached|came\s+to|made)\s+(?:a|the)\s+(?:decision|conclusion)\s+(?:to|that)\b")
TEAM_CONCLUSION_WORDS = ("conclusion", "decision")  # one of them each form above spells
# A sentence that does not record a decision made here and now, however it is worded:
# a question, a decision still to make, a tentative one, one recounted from before, or none reached.
NOT_DECIDED_HERE = (
    r"\?\s*$|^(?:should|shall|can|could|do|does|did|will|would|what|which|how|who|when|whether)\b"
    r"|\b(?:need|needs|needed|have|has|had|want|wants|going)\s+to\s+(?:decide|agree|choose|pick|reach|settle)\b"
    r"|\b(?:will|should|must|could|can|shall|would)\s+(?:decide|agree|choose|settle)\b"
    r"|\b(?:to be|yet to be|not yet|not|never|hasn't|haven't|didn't|couldn't|did not|could not|cannot)\s+"
    r"(?:been\s+)?(?:decided|agreed|settled|chosen|reach(?:ed)?)\b"
    r"|\bno\s+(?:\w+\s+)?(?:consensus|decision|agreement|conclusion)\b|\b(?:undecided|lack of consensus)\b"
    # "We did not have consensus which approach is preferred", "we couldn't reach a decision"
    r"|\b(?:not|n't|never)\s+(?:have|had|reach|get|find|come\s+to)\s+(?:a\s+|any\s+)?(?:consensus|agreement|decision)\b"
    # tentative only before the deciding word: "We'll probably go with X", not "We agreed Ann may present"
    r"|\b(?:might|may|maybe|perhaps|possibly|probably|tentatively|likely|hopefully)\b"
    r"(?=.*\b(?:agree|decid|chose|choose|go with|going with|settle|consensus|opt|pick|select|conclu))"
    r"|\b(?:need|needs|seek|seeking|get|build|want)\s+(?:\w+\s+)?consensus\b"
    r"|\b(?:last|previous|prior)\s+(?:week|meeting|call|session|month|time|sprint)\b|\bpreviously\b"
    r"|\b(?:already|originally|initially\s+had)\s+(?:agreed|decided|chosen)\b|\bhad\s+(?:agreed|decided|chosen)\b"
    r"|\bas\s+(?:agreed|decided)\b|\bwhether\b")
