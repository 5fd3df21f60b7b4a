"""More wordings that record a decision, kept apart from ``decisions`` (at its size limit); read with
``DECISION_PHRASINGS`` by ``extractors.decision_kinds``, tried after them."""

from __future__ import annotations

from notes_extract.vocab.build import any_of
from notes_extract.vocab.decisions import DECIDERS, PROPOSING, SECONDED

# How widely the room agreed, between "was" and "agreed" ("It was generally agreed that ...").
AGREEING_ADVERBS = ("unanimously", "generally", "broadly", "largely")

# Labels over those who stood for an office ("Candidates: Ann Lee, Bo Ode"), not those elected to it.
CANDIDACY_LABELS = ("candidates", "candidate", "nominees", "nominee", "nominations", "nominated", "standing",
                    "contestants", "running")

# "The Chair has previously appointed Cy as returning officer": done before this meeting (not "the previously
# approved plans", a plan's description)
PREVIOUSLY_DECIDED = r"\bha(s|ve)\s+previously\s+(approved|appointed)\b"
# Words that open a holder's movers after the holder's name ("Ann Lee, nominated by Bo, seconded by Cy").
MOVER_OPENERS = ("nominated", *PROPOSING, SECONDED)

# The meeting's own body deciding in the present tense, opening the line: decided at this meeting.
BODY_AGREES_NOW = rf"^(the\s+)?{DECIDERS}\s+(unanimously\s+)?(agrees|decides|resolves)\s+(to|that|on)\b"
BODY_VOTES_NOW = rf"^(the\s+)?{DECIDERS}\s+(unanimously\s+)?votes\s+(in\s+favou?r|unanimously|to|for|against)\b"

# (regex fragment, case-insensitive?, kind), as in ``DECISION_PHRASINGS``.
MORE_DECISION_PHRASINGS: list[tuple[str, bool, str]] = [
    # "The decision was that standard libraries are fine.", "Our final decision was to wait.": what was decided,
    # said as a statement (not "The decision was to be made in May": still to come)
    (r"^((the|our|their|its)\s+)?((final|formal)\s+)?decision\s+(was|is)\s+"
     r"(that|to(?!\s+be\s+(made|taken|reached)\b))\b", True, "agreement"),
    # "Members were unanimous that the car park be resurfaced", "The committee was unanimous in approving the
    # plan": the body's agreement written as its state
    (rf"^(the\s+)?(\w+\s+)?({DECIDERS}|all|everyone)\s+(present\s+)?(was|were)\s+unanimous\s+"
     r"(that|in\s+\w+ing)\b", True, "agreement"),
    # "Councillors voted 5 to 2 to adopt the lights": the count in words, then what was voted
    (r"\bvoted\s+\d{1,3}\s+to\s+\d{1,3}\s+to\s+[a-z]", True, "motion"),
    # "The board voted 4-2 in favour of the plan": the meeting's own body first (another body's vote, "The district
    # panel voted 8-7 in favour of the scheme", is its news)
    (rf"^(the\s+)?(\w+\s+)?{DECIDERS}\s+voted\s+\d{{1,3}}\s*(-|–|:|to)\s*\d{{1,3}}(\s*[-–:]\s*\d{{1,3}})?\s+"
     r"(in\s+favou?r|against)\b", True, "motion"),
    # "The amendments were put to the meeting and passed unanimously": put to the vote, then its result
    (r"\b(was|were)\s+put\s+to\s+(the\s+)?\w+\s+and\s+(unanimously\s+)?(approved|adopted|carried|passed|accepted"
     r"|rejected|defeated)\b", True, "other"),
    # "Consent was given for the scouts to use the hall", "Permission was granted for ...": the meeting's leave
    (r"^(consent|permission|approval)\s+(was|were|has\s+been)\s+(given|granted)\s+(for|to)\b", True, "other"),
    # "The minutes of the last meeting were taken as read and signed": approved without reading them out
    (r"\bminutes\b[^.]{0,80}\b(was|were)\s+taken\s+as\s+read\b", True, "other"),
    # "Members voted by a show of hands to raise the fee": how the vote was taken, then what was voted
    (r"\bvoted\s+by\s+(a\s+)?(show\s+of\s+hands|(secret\s+)?ballot|(a\s+)?majority)\s+(to|for|against)\b", True,
     "motion"),
    # "Following discussion the committee settled on a fee of £40", "The committee opted to keep fees unchanged"
    (rf"^([^,.;]{{3,60}}\s)?(the\s+)?(\w+\s+)?{DECIDERS}\s+(unanimously\s+)?(settled\s+on|opted\s+(to|for))\b", True,
     "agreement"),
    # "It was generally agreed that ...": the room's agreement, broadly reached
    (rf"\b(was|were)\s+({any_of(AGREEING_ADVERBS)})\s+agreed\b", True, "agreement"),
    # "Board agrees to apply for the grant", "The committee decides that ...": notes written in the present, the
    # meeting's own body opening the line ("Group votes in favour to test this proposal": its vote)
    (BODY_AGREES_NOW, True, "agreement"),
    (BODY_VOTES_NOW, True, "other"),
]
