"""Words about decisions: who decides, the phrasings that record a decision,
its outcome, motions (mover, seconder, votes) and rulings.

Plain data: word lists and regex fragments; the decisions extractor and the
segmenter build their patterns from them.
"""

from __future__ import annotations

from notes_extract.lazy_pattern import lazy_compile
from notes_extract.vocab.build import any_of
from notes_extract.vocab.deciders import DECIDERS, DECIDING_BODIES  # noqa: F401  (re-exported)
from notes_extract.vocab.deferrals import PUT_OFF
from notes_extract.vocab.motion_results import FAILS_CLOSING, MOVED_THEN_2ND, PASSES_CLOSING, UNNAMED_MOTION_CARRIED
from notes_extract.vocab.people import MEMBER_TITLES
from notes_extract.vocab.team_decisions import (  # noqa: F401  (re-exported: the decision vocabulary in one place)
    CONSENSUS_QUALIFIERS,
    NOT_DECIDED_HERE,
    TEAM_ADVERBS,
    TEAM_AGREEING_VERBS,
    TEAM_CHOOSING_VERBS,
    TEAM_CONCLUSION,
    TEAM_CONSENSUS,
    TEAM_SUBJECTS,
)
from notes_extract.vocab.votes import PASSIVE_DECISION_ADVERB, VOTE_COUNT_WORDS, VOTE_FIELD_LINE, VOTE_NUMBER_WORDS  # noqa: F401

# A board's ruling written in capitals under a case ("GRANTED", "NO VIOLATION"),
# with the outcome its first word gives (else "carried").
RULING_WORDS = ("GRANTED", "DENIED", "DEFERRED", "DEFER", "RESCHEDULED", "CONTINUED", "POSTPONED", "TABLED",
                "NO VIOLATION", "WARNING", "APPROVED", "REFUSED", "DISMISSED", "WITHDRAWN", "SUSPENDED", "REVOKED",
                "ACCEPTED", "REJECTED", "CARRIED", "ADOPTED",
                # a student senate's verdicts: "DO CONFIRM, 1002, ANN LEE, CHAIRPERSON", "As amended, DO APPROVE."
                "DO CONFIRM", "DO APPROVE", "DO PASS", "DO ADOPT")
RULING_OUTCOMES = {"DEFERRED": "deferred", "DEFER": "deferred", "RESCHEDULED": "deferred",
                   "CONTINUED": "deferred", "POSTPONED": "deferred", "TABLED": "deferred",
                   "WITHDRAWN": "withdrawn"}
# A ruling is the whole line, in capitals: a decision, not a heading, however bold.
RULING = lazy_compile(rf"^(?:(?i:as amended),?\s+)?(?P<word>{any_of(RULING_WORDS)})\b[A-Z0-9 &:;,.'’/()\-–]*$")
# A consultee's verdict written in capitals under an application ("NO OBJECTION",
# "OBJECTION subject to ..."): the item's outcome, never a heading of its own.
VERDICT_WORDS = ("OBJECTION", "NO OBJECTION", "OBJECT", "NO OBJECT", "NO COMMENT", "NO COMMENTS",
                 "NO OBJECTIONS", "OBJECTIONS")
VERDICT = lazy_compile(rf"^(?:{any_of(VERDICT_WORDS)})(?:\s+[a-z].*|\s*[-–—]\s*[A-Z ]+)?\W*$")

# Capitalised words opening a sentence that are no mover's name: "A second meeting ...", "Each second Tuesday".
DETERMINERS_NOT_NAMES = ("A", "An", "Any", "Each", "Every", "One", "The", "This", "That")
# What stands where an office's holder would, naming nobody ("Secretary: None", "Treasurer - TBC").
NO_HOLDER = ("none", "nobody", "no one", "n/a", "tbc", "tbd", "vacant")
# What a body does with a paper before approving it ("noted and approved", "received and adopted").
PAPER_HANDLING_VERBS = ("noted", "received", "reviewed", "considered", "discussed", "read", "examined", "accepted")
# Words for proposing and seconding a motion.
PROPOSING = ("proposed", "moved")
# "moved approval of", "moved adoption of": the nouns that name what a mover moves (US usage).
MOVED_NOUNS = ("approval", "adoption", "acceptance", "ratification")
# "Upon the proposition of Ann Lee, seconded by ...": the nouns that name a mover after "of".
PROPOSITION_NOUNS = ("proposition", "proposal", "motion")
# What a motion proposes to do ("Ann Lee proposed to approve the grants"), unlike a suggestion ("... to meet earlier").
MOTION_VERBS = r"approve|adopt|accept|ratify|amend|increase|decrease|reduce|raise|appoint|elect|invite|admit|grant|" \
    r"allocate|award|fund|spend|purchase|authori[sz]e|rescind|waive"
SECONDING = r"seconde[dr]"
SECONDED = "seconded"
# US shorthand for a seconder, only where a name stands beside it ("Ann Lee 2nd the motion", "2nd by Bo").
SECONDED_SHORT = r"(?:2nd\s+(?:(?:the\s+)?motion|it|this)|made\s+the\s+second)"
SECONDER = "seconder"
# "Ann should transfer the domain.": modals by which a carried motion tells someone what to do.
ORDERING_MODALS = ("should", "shall", "must")
# "that Cllr Lee should serve also": verbs after such a modal that appoint or describe, setting no task.
NOT_ORDERED_VERBS = ("be", "not", "have", "also", "consider", "serve", "remain", "continue", "stay", "act", "stand")
# "Ann moved that the report be adopted and Bo agreed.": the assent that seconds a motion moved before it.
SECONDING_ASSENT = ("agreed", "concurred")
# Parish shorthand for a motion's movers after what it moves: "Approve the accounts Prop Cllr Lee, 2nd Cllr Ode
# carried", "Prop: Cllr Ode, Sec: Cllr Lee".
PROPOSED_SHORT = r"(?i:prop)\.?:?"
SECONDED_TERSE = r"(?i:2nd|sec)\.?:?"

# A lead-in clause before the body that decides ("After the discussion, ...", "Following a vote, ...").
DECISION_LEAD_IN = r"^(after|following|upon|on)\s+[^,.;]{1,60},\s*"
# Wordings that put an item off to the next meeting ("let the question stand over until next meeting").
DEFERRING_PHRASES = ("stand over", "stood over", "left over", "held over", "can wait", "will wait", "carried over")

# Words that leave what was agreed open ("probably right", "might work").
HEDGE_WORDS = ("probably", "maybe", "perhaps", "possibly", "might", "may be", "likely", "unsure", "not sure")
# What a chair asks for before taking the room's assent ("any objections?", "any opposition?").
DISSENT_WORDS = ("objection", "objections", "objectsion", "opposition", "objecting", "concerns", "disagreement")
# Those against a proposal, as a note of the room's assent names them ("..., no detractors").
DETRACTOR_WORDS = ("detractors", "dissenters", "objectors", "objections", "opposition")
# Words that open a note of who backed a proposal ("Support by ann, bo, no detractors", "Supported by all").
SUPPORT_WORDS = ("support by", "support from", "supported by", "backed by")
# Words by which minutes give the room's own answer to a question ("Unanimous yes", "Consensus --- yes").
ROOM_ANSWER_MARKS = ("unanimous", "unanimously", "consensus", "all agreed", "agreed", "all", "everyone")

# "The minutes ... were signed as a correct record", "The Chair signed the minutes", "minutes read by JA and
# signed by JA": signing the previous minutes approves them.
MINUTES_SIGNED = (r"\bminutes\b[^.]{0,80}\b(was|were)\s+(\w+\s+(and|&)\s+)?(duly\s+)?signed\b"
                  r"|\bsigned\s+(the\s+)?minutes\b|\bminutes\b[^.]{0,60}\band\s+signed\s+by\b")
MINUTES_SIGNED_WORDS = (("signed",), ("minutes",))  # each of its forms spells both
# Phrasings that record a decision (regex fragment, case-insensitive?, kind), tried in order.
# Who a team's passive agreement is made between ("agreed between team members").
TEAM_MEMBERS_WORDS = ("team members", "members", "team", "group", "everyone", "all", "us", "the members")
PASSIVE_PROPOSAL = (r"^(?!(it|this|that|which|these|they)\b)\w[^;:]{2,160}?\s(was|were|has\s+been|have\s+been)\s+"
                    r"(duly\s+)?(proposed|moved)\b[^.;]{0,80}\bseconded\b"
                    r"|^[^–—]{3,80}\s[–—]\s*(duly\s+)?proposed\s+and\s+seconded\b")
# "Proposed and seconded from the floor.": an item moved by nobody named
UNNAMED_MOVERS = r"^\W*(?:duly\s+)?proposed\s+and\s+seconded\b(?!\s+by\b)"
DECISION_PHRASINGS: list[tuple[str, bool, str]] = [
    # "Outcome: The draft will be issued for consultation.": the item's outcome as a statement (not "Outcome: Noted")
    (r"^outcomes?\s*:\s*(?!(noted|none|nil|n/?a|no|not|tbc|tbd|discussed|received|pending)\b)[A-Z]\w*\s+\w+\s+\w+",
     True, "agreement"),
    (rf"^\S.{{8,}}?\s{PROPOSED_SHORT}\s+[A-Z][^,;]{{1,40}}[,;]?\s+{SECONDED_TERSE}\s+[A-Z]", False, "motion"),
    (r"\b(the|a|this|that)\s+(following\s+|above\s+)?motion\b[^.]*\b(carried|passed|defeated|failed|lost|withdrawn|"
     r"approved)\b|\bvoted\s+(nem\.?\s*con\.?|unanimously)\b", True, "motion"),
    # ("No consensus was reached": none reached)
    (r"\b(?<!\bno\s)consensus\s+(was\s+)?(reached|agreed|achieved)\b"
     # "Consensus: ship v2 behind a flag.", "Rough consensus: ...": what the room settled, under its label;
     # "Consensus: no change to the schedule" settles on keeping things (not "Consensus: none", "Consensus: no.",
     # "Consensus: not reached", "Consensus: no agreement yet")
     rf"|^((?:{any_of(CONSENSUS_QUALIFIERS)})\s+)?consensus\s*:\s*(?!none\b|not\b|no\W*$|no\s+(?:\w+\s+)?"
     r"(?:consensus|decision|agreement|conclusion|outcome|resolution|vote)\b)\S", True, "agreement"),
    (r"^(proposal|motion)\s*:", True, "motion"),
    (r"^(it was\s+)?(unanimously\s+)?resolved\b|^res(olution)?\s*[:\-–]", True, "resolution"),
    (r"^(the\s+)?(\w+\s+){0,3}(unanimously\s+)?resolved\s+(unanimously\s+)?(that|to)\b", True, "resolution"),
    # "Upon the proposition of A, seconded by B, it was resolved that ...": moved, then resolved
    (r"[,;]\s*it\s+was\s+(\w+\s+)?resolved\b", True, "resolution"),
    (r"^(?i:motion(?:ed)?|moved)\b|^(?i:proposed)\s*(:|(?i:by|that)\b|[A-Z])"
     rf"|(?i:\bmoved by\b|\bproposed by\b|\b{SECONDED}\b|^\w+\s+moved\b|\bmotion (to|that)\b|{MOVED_THEN_2ND})"
     # "Bill Ode moved the date be changed": a mover of several names, "that" left out
     # "Member Ode moved to approve the minutes": a mover of several names (one word is "^\w+ moved" above)
     r"|^(?!(?:The|This|It|All)\b)[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){1,3}\s+moved\s+(to|that)\b"
     # "Ann Lee proposed that Bo be invited to join", "Ann Lee proposed to approve the grants": a motion's
     # wording (a suggestion, "proposed to meet earlier", "proposed that X should be asked", is not)
     r"|^(?!(?:The|This|It|All)\b)[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){1,3}\s+proposed\s+"
     rf"(that\s+[^.]{{1,120}}?(?<!should)(?<!would)(?<!could)(?<!might)(?<!must)\s+be\s+[a-z]+ed\b|"
     rf"to\s+(?:{MOTION_VERBS})\b)"
     r"|^[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){1,3}\s+(moved|proposed)\s+(the|this|these|our)\s+"
     r"[\w'’ -]{1,60}?\s+be\s+[a-z]+ed\b"
     # "Ann Lee moved approval of the minutes", "There was a motion for a donation to the team"
     rf"|^(?!(?:The|This|It|All)\b)[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){{0,3}}\s+moved\s+(the\s+)?"
     rf"(?i:{any_of(MOVED_NOUNS)})\s+of\b"
     r"|^(?i:there\s+(was|were)\s+(a|another)\s+motion\s+for)\b",
     False, "motion"),
    # "It was agreed upon": an agreement, said in the passive.
    (r"\b(was|were|has been|have been|is|are)\s+(\w+\s+and\s+)?(unanimously\s+)?agreed\b", True, "agreement"),
    # "The minutes were reviewed and approved.", "The report was endorsed", "X was elected Chair":
    # a paper or a person approved, neither an agreement nor a motion unless moved (kind other).
    (rf"^(?!.*\bagreed\b).*\b(was|were|has been|have been|is|are)\s+(\w+\s+and\s+)?({PASSIVE_DECISION_ADVERB}\s+)?"
     # "papers were passed to the Clerk" hands something over: no vote passed it
     r"(unanimously\s+)?(approved|adopted|ratified|accepted|carried|passed(?!\s+(?:to|on|around|round|away|along)\b)|"
     r"endorsed|sanctioned|granted|denied|elected|re-elected|rejected|refused|declined|turned down|deferred|postponed|"
     r"authorised|authorized|"  # "Payments totalling £540 were authorised."
     # "The arrangements for the walk were confirmed"; "It was confirmed that ..." only reports
     r"confirmed(?!\s+(that|by\s+email|receipt)\b))\b(?!\s+out\b)",
     True, "other"),
    # "Minutes of the last meeting agreed and accepted.": the minutes approved, said without "were" (as they are;
    # "Minutes of this AGM to be confirmed at the next" is still to come)
    (r"^(the\s+)?minutes\s+(of|from)\s+(the\s+)?[\w ,/.-]{1,60}?(?<!\bbe)(\s*[;:–—])?\s+"
     r"(agreed|approved|accepted|adopted|confirmed|passed(?=\s+as\b))\b(?!\s+(to|that)\b)", True, "other"),
    # "A decision was made that meetings move to Fridays.": the meeting's decision, said in the passive
    (r"^([^,.;]{3,80},\s*)?((a|the)\s+)?decision\s+was\s+(made|taken|reached)\s+(that|to)\b", True, "agreement"),
    # "Approved by the Board and will be published": a paper approved, said in the passive (kind other, as
    # "The minutes were approved"); "Approved by all" stays the members' agreement.
    (r"^(approved|adopted|ratified|endorsed)\s+by\s+(?!(all|everyone|consensus)\b)(the\s+)?\w+(\s+\w+)?\s*"
     r"(and|,|\.|$)", True, "other"),
    # "Ann Lee elected chair with 12 votes": an election, said without "was" ("Ann Lee and Bo Ode elected as ...").
    (r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s+(?:and|&)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?"
     r"\s+(re-)?elected\b", False, "other"),
    # "Passed unanimously: the fee increase", "Vote result, unanimously passed: ...", "Elected: Ann Lee (Chair)",
    # "Fee increase for 2025: passed unanimously.": a result as the label over what it decided, or after a matter
    # of two words or more and its colon
    (r"^\W*(unanimously\s+)?(passed|carried)(\s+unanimously)?\s*:\s*\S"
     r"|^\W*(vote|voting|ballot)\s+results?\s*[:,\-–]\s*\S|^\W*(re-?)?elected\s*:\s*[A-Z]"
     r"|^\W*\w\S*\s+[^:]{1,80}:\s*(unanimously\s+)?(passed|carried|approved|agreed|adopted|accepted)"
     r"(\s+(unanimously|by\s+all(\s+members)?(\s+present)?|nem\.?\s*con\.?|\d{1,3}\s*[-–]\s*\d{1,3}))*\W*$",
     True, "other"),
    # "Vote on spending $500 to repaint the hall.": a vote the minutes record as taken, written as a sentence (a
    # list of items to come names one without its full stop: "- Vote on the resolution proposals")
    (r"^\W*vote\s+on\s+\S+(\s+\S+){2,}[^.]\.\s*$", True, "motion"),
    # "Vote to raise the fee to £40: yes 5, no 1.", "Voted on raising the fee; 5 in favour": what was voted, its count
    (r"^\W*(the\s+)?(vote|voted|voting)\s+(on|for|to|in)\s+[^:;.]{3,160}[:;,]\s*[^.]*\b\d{1,3}\s+"
     r"(in\s+favou?r|for|yes|ayes?)\b", True, "motion"),
    # "The Chair declared Neville Shaw elected as Treasurer.": the result of an election, as announced
    (r"\b(?i:declared)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(?i:(duly\s+)?(re-)?elected)\b", False, "other"),
    # "Chair: Ann Lee (proposed Bo Li, seconded Cy) - elected unopposed": an officer's line, then its result
    (r"^[A-Z][\w ]{1,30}(?::|\s[-–—])\s+[A-Z][^:]{1,80}?[,;–—-]\s*(?i:(re-)?elected|appointed|co-opted)\b",
     False, "other"),
    (r"^(it was\s+)?(also\s+|again\s+|further\s+)?(unanimously\s+|collectively\s+)?agreed\b"
     r"|^decision\s*[:\-–]|^decided\b"
     r"|^(it was\s+)?decided\b|^(the\s+)?([\w'’/\[\]]+\s+){0,2}(unanimously\s+)?(agreed|approved|sanctioned|decided"
     r"|adopted|accepted|elected|endorsed|ratified)\b(?!\s+(to\s+)?(look|consider|discuss))", True, "agreement"),
    (r"\b(approved|adopted|ratified|elected)\b.*\b(unanimously|by consensus|nem\.?\s*con)\b|"
     r"\bby consensus\b|\bnem\.?\s*con\b", True, "agreement"),
    (r"\bmotion (was|is) (made|proposed|put|moved|tabled)\b|\bmotioned\s+to\b"
     r"|^[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,2}\s+(motions|moves)\s+(to|that)\b", True, "motion"),
    # "The meeting passed a vote of thanks": an honour the meeting gives, not a policy agreed.
    # "Ed asked for a vote of thanks": a request, not the vote.
    (r"(?<!asked for a )(?<!called for a )(?<!proposed a )\bvote of (thanks|confidence|no confidence|appreciation)\b",
     True, "other"),
    # Terse notes: "Decision on the date.", "..., agreement on hoodies", "Vote passes for Ann as VP".
    # "Vote passes for Ann as interim VP": a person chosen for an office, kind other (as an election).
    (r"^(?i:(the\s+)?vote\s+(passes|passed|carries|carried)\s+for)\s+[A-Z][\w'’-]*(\s+[A-Z][\w'’-]*){0,2}"
     r"\s+as\b", False, "other"),
    # "The accounts were proposed by Ann and seconded by Bo.", "Approval of Accounts – Proposed and seconded.":
    # a matter moved in the passive with its seconder, a motion of its own (not the details of the one before)
    (PASSIVE_PROPOSAL, True, "motion"),
    # "The budget passed 5-2.", "Item 4 carried unanimously.", "Bill 23 passed with amendments.": a matter and the
    # vote's result with its count or manner (a bare "... passed." is read below)
    # ("The budget for 2025 (revised) passed unanimously with one abstention.", "Resolution 12 passed unanimously,
    # 7-0.", "Budget 2025 passed unanimously by the board.": a bracketed aside in the matter, more after the manner)
    (r"^[\w£$%.,#'’/ -]{1,60}?(\([^()]{1,40}\)[\w£$%.,#'’/ -]{0,40}?)?\s(carried|passed)"
     r"((\s+|\s*,\s*)(unanimously|\d{1,3}\s*[-–]\s*\d{1,3}(\s*[-–]\s*\d{1,3})?"
     r"|with\s+(amendments?|changes)|as\s+amended|on\s+(first|second|third|final)\s+reading|\(\s*\d[^)]{0,20}\)"
     rf"|with\s+(one|two|three|\d{{1,2}})\s+abstentions?|by\s+(the\s+)?({DECIDERS}|(a\s+)?majority|(a\s+)?show\s+of\s+hands)"
     # ("Passed unanimously." alone under the item's heading: the vote's result, as written)
     r"))+\W*$|^\W*passed(\s+unanimously)?\W*$",
     True, "other"),
    # "Vote on appointing Kim as secretary: 6-0 in favour.", "Vote proceeds on the logo: 5 for, 2 against": what was
    # put to the vote, then its count (the result follows from the count)
    (r"^(the\s+)?vote\s+((proceeds|was\s+(held|taken)|held|taken)\s+)?(on|for)\s+[^:.;]{3,160}:\s*"
     r"(\d{1,3}\s*[-–]\s*\d{1,3}\b|\d{1,3}\s+(in\s+favou?r|for|yes|ayes?)\b)", True, "motion"),
    # "Vote on the kit design passed by a majority.", "The proposal to close on Sundays was withdrawn."
    (r"^(the\s+)?vote\s+(on|for|to)\s+[^.;]{1,120}?\s(passed|passes|carried|carries|failed|fails|lost)\b"
     r"|^((the|this|that|a)\s+)?(proposal|amendment)\b[^.;]{0,120}\b((was|has\s+been)\s+(withdrawn|defeated|lost)"
     r"|failed|fails|passed|passes|carried|carries)\b", True, "motion"),  # "The proposal to ... failed 2-4."
    (r"^(decision|agreement)\s+(on|of|to|that)\b|[,;:]\s*(but\s+|and\s+|then\s+)?(decision|agreement)\s+"
     r"(on|of|to|that)\b|^(the\s+)?vote\s+(passes|passed|carries|carried)\b", True, "agreement"),
    # "P1-P3: agreement that ..." (after an item's label); "There was general agreement that ...", "... consensus to"
    (rf"^there\s+(was|is)\s+(({any_of(CONSENSUS_QUALIFIERS)})\s+)?(agreement|consensus)\s+(on|that|to|for)\b",
     True, "agreement"),
    (r"\b(passed|carried|moved) a (vote|motion) of\b|\bit was (unanimously )?(decided|agreed|resolved)\b",
     True, "agreement"),
    (r"^(a\s+)?thumbs?[- ]up\b", True, "agreement"),  # informal consensus
    # "Hearing no objections, the minutes stand approved.", "Without objection, the item moves to May.": the chair
    # takes the room's silence as its consent to what the sentence then states
    (r"^(hearing|with|there\s+being)\s+no\s+(objections?|dissent|opposition)\s*,\s*\S"
     r"|^without\s+(objection|dissent|opposition)s?\s*,\s*\S", True, "other"),
    # "Main project idea agreed between team members.", "Tools agreed upon.", "Agreements made for members to
    # continue ...": a team's agreement said in the passive or as a noun, no "was" before it
    (rf"\bagreed\s+(upon\b|(between|among(st)?)\s+(the\s+)?({any_of(TEAM_MEMBERS_WORDS)})\b)"
     r"|^(an?\s+)?agreements?\s+(was\s+|were\s+)?(made|reached)\s+(for|to|that|on)\b", True, "agreement"),
    # "The decision is on hold.": put off, no policy agreed (kind other, as a matter deferred)
    (r"^(the\s+)?(decision|matter|item|vote)\s+(is|was|remains|has been|will be)\s+(put\s+)?on\s+hold\b",
     True, "other"),
    # "Everyone happy with the role description.", "All in support of the spend": the meeting's consent
    (r"^(everyone|everybody|all)\s+(were\s+|was\s+|is\s+|are\s+)?(happy|content|in support|supportive)\s+(with|of)\b",
     True, "agreement"),
    (rf"\b{DECIDERS}\s+(unanimously\s+)?resolved\s+(unanimously\s+)?(not\s+)?(to|that)\b", True, "resolution"),
    # "Final decision: no meeting in August.", "Conclusion: we go with option B.": the item's settled outcome
    (r"^((final|formal|key|main)\s+decisions?|conclusions?)\s*[:\-–]\s*\S", True, "agreement"),
    # "All in favour; motion passed.", "Vote: 6 for, 1 against. Carried.": a vote and its result
    (r"^(all|those)\s+in\s+favou?r\b.*\b(passed|carried|approved|adopted)\b"
     r"|^vote\s*:[^.]*\d.*\b(carried|passed|approved|adopted|defeated|failed|lost)\b", True, "motion"),
    (rf"\b{DECIDERS}\s+(has\s+|have\s+)?(unanimously\s+)?(agreed|decided)\s+(not\s+)?(to|that)\b", True, "agreement"),
    # "After discussion, the Board unanimously approved the 2024 budget": the body's own approval of a paper
    # (kind other, as "The budget was approved"); not "... recommended that the Council approved ..."
    # ("The committee noted and approved the report", "Members received and approved the accounts": what it did
    # with the paper first)
    (rf"(^|,\s*)(the\s+)?{DECIDERS}\s+(unanimously\s+)?({any_of(PAPER_HANDLING_VERBS)}\s+(and|&)\s+)?"
     r"(approved|adopted|ratified|authorised|authorized)\s+(the|a|an|its|this|that|their|our)\b"
     # "The committee granted £200 to the Youth Club", "The Council awarded the contract to ...": a sum or a
     # contract given by the body
     rf"|(^|,\s*)(the\s+)?{DECIDERS}\s+(unanimously\s+)?(granted|awarded)\s+(the|a|an|[£$€]\s?\d)", True, "other"),
    # "Members unanimously supported raising the fee", "The board gave its approval to the plan", "The proposal was
    # supported unanimously": the body's backing of what was put to it (one person's support is a view)
    (rf"^(the\s+)?(\w+\s+)?{DECIDERS}\s+(all\s+)?(unanimously\s+|fully\s+)?supported\s+(the|a|an|this|that|[a-z]+ing)\b"
     rf"|^(the\s+)?(\w+\s+)?{DECIDERS}\s+gave\s+(its|their)?\s*(full\s+|unanimous\s+)?(approval|backing|consent)\s+"
     r"(to|for)\b"
     rf"|\b(was|were)\s+(unanimously\s+)?supported\s+(unanimously|by\s+(all|everyone|(the\s+)?{DECIDERS}))\b",
     True, "agreement"),
    # "The commissioners selected Ann Lee, ...": people chosen for a post (kind other, as an election).
    (rf"\b{DECIDERS}\s+(unanimously\s+)?(selected|chose|appointed|elected|nominated)\b", True, "other"),
    (r"\b(and|then|therefore|subsequently|so)\s+(have\s+|has\s+)?(unanimously\s+)?(agreed|resolved|decided)\s+"
     r"(that|to|on)\b",
     True, "agreement"),
    (PUT_OFF, True, "other"),  # an item put off to a later time (vocab/deferrals.py)
    # "The board voted 4-0 to issue a warning": the count before what was voted
    (r"\bvoted\s+(to|for|against|in favou?r|unanimously)\b"
     r"|\bvoted\s+\d{1,3}\s*[-–:]\s*\d{1,3}(\s*[-–:]\s*\d{1,3})?\s+to\s+[a-z]", True, "motion"),
    # "The board voted that Ann be added": the body, first in the sentence (not "... have often voted that")
    (r"^(the\s+)?[\w-]+(\s+[\w-]+)?\s+voted\s+that\b", True, "motion"),
    # "Keyholders at 7 was deemed ok." / "Rule 11 carried" / "... – passed" / "Accepted by all"
    # ("The revised fee schedule for the 2025 season approved.": a long matter named without a verb, not one
    # approved before or to come: "... as the deadline had passed", "... remain as previously approved"; its last word
    (r"\b(was|were)\s+deemed\b|^[\w£$%., ]{1,40}(?<!\shad)(?<!\shas)(?<!\shave)\s(carried|passed|approved|adopted)\W*$"
     r"|^(?=.*\s(?:carried|passed|approved|adopted)\W*$)"  # looked for first: most sentences fail there at once)
     r"(?!.*\b(be|been|not|had|has|have|is|are|was|were|should|would|will|could|can|may|might|must|to|as|who|which|that|"
     r"previously|already|remain|remains)\s)[\w£$%.,()'’/& -]{41,120}?\s(carried|passed|approved|adopted)\W*$"
     r"|[-–—]\s*(unanimously\s+)?(passed|carried|agreed|approved|accepted|adopted)\W*$"
     r"|^(accepted|approved|agreed|carried|adopted)(\s+by\s+(all|everyone|the \w+)|\s+unanimously)?\W*$",
     True, "agreement"),
    # "Rebecca Galves appointed Lina Germann as ..."
    (r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(was\s+)?(appointed|co-opted)\b", True, "other"),
    # "Nita chosen as team leader", "Raj was voted in as treasurer": a person chosen for a post (as an election).
    (r"^[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s+(was\s+|were\s+|has been\s+)?(unanimously\s+)?"
     r"(chosen|selected|picked|named|voted in|nominated and elected)\s+as\b", False, "other"),
    # "Queried which aspects to parallelize, decided on PLINK"
    (r"[,;]\s*(and\s+)?(it was\s+)?(decided|agreed)\s+(on|to|that|upon)\b", True, "agreement"),
    # "After the discussion, the Board approved the proposal": a body's decision after a lead-in clause
    # (a paper or plan approved is kind other, as "The minutes were approved").
    (rf"{DECISION_LEAD_IN}(the\s+)?(\w+\s+)?{DECIDERS}\s+(unanimously\s+)?(agreed|decided|resolved)\b",
     True, "agreement"),
    (rf"{DECISION_LEAD_IN}(the\s+)?(\w+\s+)?{DECIDERS}\s+(unanimously\s+)?(approved|adopted|accepted|endorsed|"
     r"ratified)\b", True, "other"),
    # "No rules were set, however all agreed that ...": the agreement after a contrast
    (r"\b(however|but|although|though)\s*,?\s+(it was\s+|all\s+|everyone\s+|all present\s+)(unanimously\s+)?"
     r"(agreed|decided)\s+(that|to|on)\b", True, "agreement"),
    # "The minutes were signed as a true record, all Councillors agreed.": the members' assent
    # closing the clause that states what was done
    (rf"[,;]\s*(all|everyone|all present|all (the\s+)?{DECIDERS}( present)?)\s+(agreed|approved|in favou?r)"
     r"\s*(?:[.;]|$)", True, "agreement"),
    # "Agreement from Ann and Bo.": the members' assent, recorded as the item's result
    (r"^(?i:(general\s+|unanimous\s+)?(agreement|approval|assent)\s+(from|by))\s+(all|everyone|[A-Z])", False,
     "agreement"),
    # "General agreement that Option 1 is workable.", "All agree referencing is unlikely to be useful.":
    # the room's agreement opening the sentence that states what was agreed (not a hedged one:
    # "Broad agreement that this is probably right")
    (rf"^(?!.*\b(?:{any_of(HEDGE_WORDS)})\b)"
     rf"(?:(?:(?:{any_of(CONSENSUS_QUALIFIERS)})\s+agreement\s+(?:that|to|on)\b|agreement\s+(?:that|to)\b)"
     r"|(?:all|everyone|everybody|all present)\s+(?:agree|agrees|agreed)\b(?!\s+to\s+disagree))", True,
     "agreement"),
    # "The minutes of the last meeting were read and confirmed": the previous minutes approved
    (r"\bminutes\b[^.]{0,80}\b(was|were)\s+(\w+\s+and\s+)?(duly\s+)?confirmed\b", True, "other"),
    (MINUTES_SIGNED, True, "other"),
    # "The question of fees to stand over until next meeting", "This can wait until next meeting": put off
    (rf"\b({any_of(DEFERRING_PHRASES)})\s+(until|till|to)\s+(the\s+)?next\s+meeting\b", True, "other"),
]

# Words one of which every phrasing above needs (each starts a word there; matched case-insensitively,
# as word starts): a sentence with none of them skips the whole list. A new phrasing adds its words here.
DECISION_TRIGGERS = (
    "motion", "vote", "moves", "moved", "consensus", "proposal", "proposed", "res", "seconded", "agreed",
    "agree", "agrees", "agreement", "approved", "adopted", "ratified", "accepted", "carried", "passed", "endorsed",
    "granted", "consent", "permission", "taken", "settled", "opted", "sanctioned",  # "The Board sanctioned ..."
    "denied", "elected", "decision", "decided", "nem", "thumb", "chose", "appointed", "co-opted", "nominated",
    "selected", "deferred", "postponed", "tabled", "adjourned", "deemed", "picked", "named", "confirmed", "approval",
    "awarded",
    "assent", "stand", "stood", "left", "held", "wait", "rejected", "refused", "declined", "turned", "happy",
    "content", "support", "supportive", "prop", "signed", "authorised", "authorized", "conclusion", "conclusions",
    "favour", "favor", "outcome", "outcomes", "objection", "dissent", "opposition", "supported", "gave", "unanimous",
)  # fmt: skip

# A label over a list whose every item is a decision ("Approved:", "The following were approved:").
APPROVED_LIST_LABELS = (r"(the\s+following\s+(\w+\s+)?(was|were|is|are|has been|have been)\s+)?(unanimously\s+)?"
                        r"(approved|adopted|ratified|endorsed|agreed|resolved|carried)(\s+by\s+(the\s+)?\w+)?")
# Roll-call votes by name: "Ayes: Lee, Patel; Nays: Reed; Abstain: Cole".
ROLL_CALL_COLUMNS = {
    "for": r"ayes?|yeas?|yes|in favou?r|for",
    "against": r"nays?|noes|no|against|opposed",
    "abstain": r"abstentions?|abstain(?:ed|ing)?",
}
# A bare result with nothing decided in it ("nem. con." after an item's name).
CONTENTLESS_DECISION = r"nem\.?\s*con\.?|unanimous(ly)?"
# Words that make a decision an election of a person, kind other even when moved.
ELECTION_WORDS = r"elected|re-elected|appointed|co-opted|selected|nominated|chosen|voted in"

# A sentence that only gives the details of a motion ("Proposed: Tim, seconded: Matt.").
# "Motion to Approve: Ann Lee; Second: Bo Ode": a label over the mover of the statement before it.
MOTION_TO_APPROVE_LABEL = r"(?i:motion\s+to\s+(?:approve|accept|adopt|pass))\s*:"
# "Moved: Dev Sharma.", "Seconded by: Ann Lee", "Proposer: Ann": a label naming who moved or seconded the motion.
MOVER_FIELD_LABEL = rf"(?i:(?:moved|proposed|{SECONDED})(?:\s+by)?|proposer|{SECONDER})\s*:"
MOTION_DETAIL = (
    # ("withdrawn by the proposer" names no mover)
    rf"(?i:\b(made the motion|making the motion|motion (was )?made by|moved that|{SECONDED}|{SECONDER}"
    r"|(?<!by the )proposer)\b)|"
    r"\b(?i:moved|proposed) (?i:by)\s+(?:[A-Z]|the [Cc]hair)|"
    rf"^(?i:proposed|moved|{SECONDED})\s*(:|(?i:by)\b|\s+(?=[A-Z]))"
    rf"|\b(?!(?:{any_of(DETERMINERS_NOT_NAMES)})\s)[A-Z][\w.'’-]*(,? Jr\.?)?\s+seconds?\b"
    # "Motion Ames, second Park, all ayes.": the mover's and seconder's surnames, tersely (or in brackets
    # after the statement moved: "Replace the standpipe. (Motion Lee, second Ode, carried 5-1.)")
    r"|(?:^|[(\[])\W*(?i:motion)\s+[A-Z][\w.'’-]*\s*,\s*(?i:second(?:ed)?)\s+[A-Z]"
    rf"|^\W*{MOTION_TO_APPROVE_LABEL}\s*[A-Z]")
# A word each form of MOTION_DETAIL spells: a sentence holding none gives no motion's details.
MOTION_DETAIL_WORDS = ("motion", "moved", "second", "propose")

# Outcome words (regex fragments) → the decision's outcome, in order of precedence.
OUTCOME_FORMS: list[tuple[str, str]] = [
    (r"defeated|failed|rejected|refused|declined|turned down|lost|not carried|did not pass|was not approved"
     rf"|(was|were)\s+not\s+supported|{FAILS_CLOSING}", "defeated"),
    # ("Ann withdrew the motion": its mover took it back)
    (r"withdrawn|withdraw(?=\W*$)|withdrew\s+(the|his|her|their|its)\s+(motion|proposal|amendment)",
     "withdrawn"),  # "Ann motion to adjourn, withdraw.": its last word
    # "tabled" puts off (US) or lays before the meeting (UK): not when the sentence then approves it
    (r"deferred|postponed|tabled(?![^.]*\b(approved|adopted|accepted|resolved|carried)\b)|adjourned to|"
     r"(stand|stood|left|held) over|(can|will) wait until|"
     r"(to be|will be) (resumed|continued|revisited) at (the )?next|"
     r"(decision|matter|item|vote) (is|was|remains|has been|will be) (put )?on hold", "deferred"),
    (r"lapsed\b|\bfell", "lapsed"),
    (r"carried|passed|approved|agreed|adopted|resolved|accepted|elected|ratified|decided|granted|(?<!\bbe )awarded|"
     r"appointed|co-opted|selected|chosen|chose|deemed|denied|endorsed|unanimous(ly)?|nem\.?\s*con|by consensus|"
     r"(read and |duly )?confirmed|approval (was )?given|consent (was )?given|taken as read|"
     r"supported|gave\s+(its\s+|their\s+)?(\w+\s+)?(approval|backing|consent)|"
     r"thumbs? up|settled on|opted (to|for)|authori[sz]ed|"
     r"consensus (was )?(reached|achieved)|decision (on|of|to|that|(was|is) (that|to (?!be\b)|made|taken|reached))|"
     r"agreement (on|of|to|that|from|by)|agreements? (was |were )?(made|reached)|"
     rf"(vote|motion) (passes|carries)|{PASSES_CLOSING}|all ayes|ayes all|all in favou?r|none (against|opposed)|"
     # "The membership voted to accept the minutes", "Voted to continue the grant": the vote's result is the act
     r"(?<!\bto )(?<!\bwill )(?<!\bwould )\bvoted\s+(unanimously\s+)?to\s+(?!be\b)[a-z]+|"
     # "properly seconded without objections": no one against
     r"(seconded|approved|agreed|passed|adopted)\s+without\s+(objections?|dissent|opposition)|"
     r"^(all|everyone|everybody|all present) agrees?\b|^no dissent\b|"  # "All agree the draft is ready."
     # "... There were no objections.", "...; no objections were raised": nobody against what was put
     r"there\s+(were|was|being)\s+no\s+objections?|(hearing|with)\s+no\s+objections?|without\s+objection|"
     r"no\s+objections(\s+were\s+(raised|voiced|heard|expressed))?|"
     r"(?<=[(\[])consensus(?=[)\]])|(?<=\s[-–—]\s)consensus(?=\W*$)|"  # "Raise the fee (consensus)", "... - consensus"
     # "Decision: tasks may be added mid-sprint": recorded as decided
     r"^(decisions?( made)?|consensus|outcomes?)(?=\s*:)",
     "carried"),
]

# Column headers of a table of motions, by the column's role (regex fragments).
MOTION_COLUMNS: dict[str, str] = {
    "text": r"\b(motion|resolution|proposal)( text)?\b",
    "proposer": r"\b(moved|proposed|proposer|mover)\b",
    "seconder": rf"\b{SECONDING}\b",
    "outcome": r"\b(status|result|outcome|carried|vote)\b",
}

# A sentence that only gives a decision's result ("Motion approved.", "Carried 5-2").
OUTCOME_ONLY = (
    # "Vote: Unanimous", "Vote - unanimous in favour": a motion's vote field, everyone for it
    r"^\W*(the\s+)?vote\s*[:\-–]\s*unanimous(ly)?(\s+(yes|in\s+favou?r|approval|approved|carried|passed))?\W*$|"
    # "The meeting was all in favour.": everyone for the motion before it
    r"^\W*(the\s+)?(meeting|members|committee|council|board)\s+(was|were)\s+(all\s+)?(unanimously\s+)?in\s+favou?r\W*$|"
    # "The Board approved unanimously.", "The Commission unanimously approved.": the body's vote on it
    # ("The Parish Council agreed.", "The Finance Committee approved.": the body named in up to three words)
    r"^\W*(the\s+)?([A-Z][\w&-]*\s+){0,2}(meeting|members|committee|council|board|commission)\s+(unanimously\s+)?"
    r"(approved|agreed|carried|passed)(\s+(it|this|the\s+motion))?(\s+unanimously)?\W*$|"
    # "After comments, Ann Lee withdrew the motion.": its mover took it back
    r"^\W*((after|following)\s[^,]{1,40},\s*)?[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,2}\s+withdrew\s+"
    r"(the|his|her|their)\s+(motion|proposal)\W*$|"
    # "Chair Davidson declared the motion (to amend) PASSED."
    r"^\W*[\w.’' ]{0,40}?\bdeclared\s+(the\s+)?(motion|resolution|amendment)(\s+to\s+\w+)?\s+"
    r"(passed|carried|adopted|approved|failed|defeated|lost)\W*$|"
    # ("After debate the motion was defeated 3-6.": the debate changes nothing; "passed unanimously by voice vote")
    r"^\W*((after|following)\s+(further\s+|some\s+|the\s+|a\s+)?(debate|discussion)\s*,?\s*)?"
    r"(outcome\s*:\s*|result\s*:\s*)?(all in favou?r,?\s+(and\s+)?|all agreed,?\s+(and\s+)?)?"
    r"(and\s+|which\s+|it\s+)?(the\s+)?(motion|proposal|resolution|vote)?\s*(was\s+|has\s+been\s+|is\s+)?"
    # "The motion was put to the vote and carried (5 for, 1 against).": put to the meeting, then its result
    r"(put\s+to\s+(the\s+|a\s+)?(vote|meeting)(\s+and(\s+was)?|\s*,)\s+)?"
    r"(therefore\s+|thus\s+|then\s+|duly\s+)?(unanimously\s+)?"
    r"(approved|carried|passed|passes|carries|adopted|agreed|granted|defeated|rejected|failed|fails|withdrawn|lost|"
    r"deferred)(,?\s+(unanimously|without (dissent|objection|opposition)|by [^.]*|on (a|the) [^.]{1,40}"
    r"|with (?![^.]*\bfollowing\b)[^.:]{1,80}|nem\.?\s*con\.?"
    r"|\(?\d{1,3}\s*([-–:]|\s+to\s+)\s*\d{1,3}(\s*[-–:]\s*\d{1,3})?\)?)){0,2}"
    # "Carried 3-0-1 (Okoro abstained)", "**Outcome: carried** (14 for, 1 against)": an aside on the vote
    r"([*_\s]*\([^()]{1,80}\))?"
    # "MOTION CARRIED 4-1 [AYES: Lee, Ode; NOES: Fry]": the voters' names in brackets after the result
    r"(\s*\[[^\[\]]{1,300}\])?\W*$")
# A speaker's line that moves, seconds or votes on a motion ("Ann: Move to adjourn.", "Bo: Seconded.",
# "Cy: I second the motion"): a step of the motion, in formal minutes without dialogue elsewhere.
MOTION_TURN = (rf"(i\s+)?(so\s+)?(move|moved|moves|propose|second|{SECONDED}|(i\s+)?object|aye|nay)\b"
               r"(?!\s*:)")
# Labels before a decision's text that are not part of it ("Proposal:", "RESOLVED:").
DECISION_TEXT_LABELS = r"proposal|motion|resolved|resolution|decisions?(?: made)?|consensus|outcome"
# "Members generally agreed with the spirit of the Motion": sharing a view, not deciding anything.
SHARED_VIEWS = ("spirit", "sentiment", "sentiments", "thrust", "tenor", "view", "views", "comments", "concerns",
                "points made", "point made")
AGREED_WITH_VIEW = rf"\bagreed\s+with\s+(the\s+)?(general\s+)?{any_of(SHARED_VIEWS)}\b"
# "The change was accepted by the Charity Commission", "... rejected by the County Council": a decision said in the
# passive with another body as its agent, named in capitals (two words or more), is news of that body's decision;
# "approved by the Board", "accepted by a show of hands" stay the meeting's own, and so does a body named by a
# deciding body's word ("accepted by the Parish Council").
OTHER_BODY_DECIDED = (r"(?i:\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
                      r"(?:approved|accepted|adopted|rejected|refused|endorsed|ratified|granted|denied|turned\s+down)"
                      r"\s+by\s+the)\s+[A-Z][\w&'’-]+(?:\s+(?:of\s+|for\s+)?[A-Z][\w&'’-]+)+")
# "She reported that the grant has been approved": news of a decision made elsewhere.
REPORTED_DECISION = (r"\b(reports?|reported|says?|said|noted|mentioned|confirmed|explained|informed \w+)\s+that\b"
                     r"[^.]*\b(has|have|had)\s+been\b")
# "Ann said that the council agreed to ...": someone's account of a decision taken elsewhere.
# ("The treasurer's report was approved.", "... noted the report and agreed to ...": "report" a noun)
REPORTED_SPEECH_DECISION = (r"\b(reports?|reported|says?|said|mentioned|explained|informed \w+|told \w+)\s+"
                            r"(that\s+)?(the\s+)?(?!(?:was|were|is|are|be|been|it|and|then)\b)[A-Z]?\w+(\s+\w+)?\s+"
                            r"(had\s+|has\s+|have\s+)?"
                            r"(agreed|decided|approved|voted|resolved)\b")
# A decision taken at an earlier meeting or time ("At the last meeting it was agreed", "the board had
# decided", "At the AGM held 2018-11-26 it was decided"): history, not this meeting's decision.
DECIDED_EARLIER = (r"\b(at|during)\s+(the|its|their|our)\s+(\w+\s+){0,3}?(last|previous|prior|earlier|preceding)\s+"
                   r"(\w+\s+)?(meeting|agm|egm|session)\b"
                   r"|\b(at|during)\s+(the|its|their|our)\s+(\w+\s+){0,3}?(meeting|agm|egm|sgm|session)\s+"
                   r"(held|of)\s+(on\s+)?\d"
                   r"|\bhad\s+(previously\s+|already\s+|earlier\s+)?(been\s+)?"
                   r"(agreed|decided|approved|resolved|voted)\b"
                   r"|(?<!from\s)\blast\s+(year|month|week)\b(?!['’]s)"
                   r"|\b(previously|earlier this year)\s+(agreed|decided)\b")
# Who may say "has agreed" of this meeting's own decision ("It has been agreed", "We have decided").
OWN_PERFECT_SUBJECTS = ("it", "we", "everyone", "all", "all present", "the meeting")
# "ETSI has agreed to some of the headers": another body's decision, told as news.
PERFECT_DECISION = (r"^(?P<who>[\w'’&.-]+(?:\s+[\w'’&.-]+){0,3}?)\s+(has|have)\s+(now\s+|also\s+|already\s+)?"
                    r"(agreed|decided|approved|voted|resolved)\b")
# "This was carried", "Ann was duly elected": the words of a motion's result told in a sentence after it.
MOTION_RESULT_WORDS = ("carried", "passed", "approved", "agreed", "adopted", "elected", "re-elected", "appointed",
                       "defeated", "lost", "rejected", "withdrawn")
# "Nominate Ann to the board. Meeting approved.": a proposal put as a bare verb, that the agreement after it accepts.
PROPOSAL_IMPERATIVES = ("nominate", "appoint", "reappoint", "re-appoint", "approve", "accept", "adopt", "elect",
                        "re-elect", "co-opt", "ratify", "endorse", "authorise", "authorize", "grant", "renew")
# "Motion suggestion for AGM: ...", "Motion to be put to the AGM: ...": a motion still to come, not moved here.
MOTION_TO_COME = (r"^(?!.*\b(carried|passed|approved|adopted|defeated|lost)\b)\W*(draft\s+|suggested\s+|possible\s+)?"
                  r"motions?\s+(suggestions?|ideas?|drafts?|to\s+be\s+(put|raised|brought|tabled|proposed)"
                  r"|for\s+(the\s+)?((next|upcoming|coming)\s+)?(meeting|agm|egm|general\s+meeting)\b)")
# A mover's name in a motion's wording: capitalised words, initials and titles with their full stops ("Mrs. Ode").
_MOVER_WORDS = r"(?-i:[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,3})"
# "Power moved to approve the Consent Calendar": a motion that says what it is.
MOTION_WITH_CONTENT = (r"\b(moved|motion|motioned|motions|made (a|the) motion|proposed)\s+(to|that)\b"
                       # "Ann moved (Bo seconded) to approve the minutes": the seconder in an aside
                       r"|\b(moved|proposed)\s*\([^()]{1,60}\)\s*(to|that)\b"
                       # "It was proposed and seconded that Ann remain as Chair"
                       rf"|\b(proposed|moved)\s+and\s+{SECONDED}\s+(to|that)\b"
                       # "It was proposed by A and seconded by B that the minutes be approved" (a full stop
                       # before a capital inside the sentence is an initial or title: "by Mrs. Ode")
                       r"|\b(proposed|moved)\s+by\b(?:[^.]|\.(?=\s+[A-Z])){1,80}?\bthat\b"
                       # "Proposed by A and seconded by B - the clerk be appointed.", "proposed A seconded B pass
                       # for payment", "Moved A / seconded B that ...": the movers named, then what they move
                       rf"|\b(?:proposed|moved)\s+(?:by\s+)?{_MOVER_WORDS}\s*[,/]?\s+(?:and\s+)?{SECONDED}\s+(?:by\s+)?"
                       rf"{_MOVER_WORDS}\s*(?:[-–—:]\s*\w|(?-i:\s[a-z]))"
                       # "Motion by Gus Gray, seconded by Ed Black, to spend up to $600 ..."
                       # "Motion by Bruce Savage and seconded by Roy Allen to approve the minutes"
                       rf"|\bmotion\s+by\s+[^.]{{1,60}}?(,\s*|\s+(and\s+)?{SECONDED}\s+by\s+[^.,]{{1,40}}?\s+)(to|that)\s"
                       # "It was moved by Dr. Lee, seconded by Ms. Ode, to adopt the plan" (a full stop before a
                       # capital is a title's)
                       rf"|\bmoved\s+by\s+(?:[^.,]|\.(?=\s+[A-Z])){{1,60}}?,\s*{SECONDED}\s+by\s+"
                       rf"(?:[^.,]|\.(?=\s+[A-Z])){{1,40}}?,\s*(to|that)\s"
                       # "Cy moved, Di seconded, to hold the regatta in June", "Cy moved, Di 2nd, to ..."
                       rf"|\b(proposed|moved)\s*,\s*[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){{0,2}}\s+({SECONDED}|2nd)\s*,?\s+(to|that)\b"
                       # "Motion by Gemma Park to limit pets; seconded by Ann": the mover, then what is moved
                       rf"|\bmotion\s+by\s+{_MOVER_WORDS}\s+(to|that)\s|{UNNAMED_MOTION_CARRIED}"
                       r"|\bmotion (was |is )?(made|put|moved|proposed)( by \w+)?\s+(to|that)?\b"
                       # "The following motion was made, seconded, and passed unanimously: 'The council moves ...'"
                       r"|\bmotion\s+was\s+made\b[^:.]{0,60}:\s*\S"
                       # "Ann moved the date be changed", "Bo proposed the minutes be accepted": "that" left out
                       r"|\b(moved|proposed)\s+(the|this|these|our)\s+[\w'’ -]{1,60}?\s+be\s+[a-z]+ed\b"
                       # "Ann Lee moved approval of the minutes": what is moved, named as a noun (US usage)
                       rf"|\bmoved\s+(the\s+)?(?:{any_of(MOVED_NOUNS)})\s+of\b"
                       # "There was a motion for a donation to the team": a motion put, what it is for
                       r"|^there\s+(was|were)\s+(a|another)\s+motion\s+(for|to|that)\b")
MOTION_WITH_CONTENT_WORDS = ("moved", "motion", "proposed")  # in every form above: a text without them is not searched
# "Cate proposed a trivia night. The committee agreed.": words that put a proposal the agreement accepts.
PROPOSING_WORDS = ("proposed", "suggested", "recommended", "put forward", "raised the idea", "sought approval",
                   "asked for approval", "requested approval", "should")
# Who agrees in a bare "The committee agreed." besides a deciding body.
EVERYONE = ("everyone", "all", "group", "team", "all present")

# Titles before a mover's or seconder's name, case as written.
MOVER_TITLES = ("Cllr", *(title.title() for title in MEMBER_TITLES), "Mayor", "Deputy Mayor", "Mr", "Mrs", "Ms", "Dr",
                "Prof", "Member", "Chairperson", "Deputy Chairperson", "Chairman", "Deputy Chair")
# Capitalised words that open a motion's sentence but name no mover.
# "Motion: That the fee be raised": "That" opens what is moved, never a mover's name.
NOT_MOVERS = ("Motion", "It", "This", "Which", "Item", "Proposal", "The", "All", "That")

# "DM called for a vote on approving the response": a vote put to the meeting, whose
# votes and result the sentences after it report.
VOTE_CALL = (r"(\b(called|calls|asked|requested)\s+(for\s+)?(a|the)\s+vote|\b(took|held)\s+(a|the)\s+vote"
             r"|\bvote\s+was\s+(called|taken|held))\s+(on|to|for|about|regarding)\b(?!\s+(thanks|confidence)\b)")
# "Google seconded and voted in favor.", "Redhat abstained.": one member's vote in a roll call told in prose.
VOTE_REPORT = (r"^[A-Z][\w&.'’-]*(\s+[\w&.'’()-]+){0,3}\s+(also\s+)?"
               rf"({SECONDED}\s+and\s+)?(voted|votes|abstained|abstains|abstain|opposed|{SECONDED})\b")
# "Eight Parish Councillors voted ...": who voted, after their count (regex fragment).
MEMBERS_VOTED = r"(?:[A-Z][a-z]+\s+){0,2}(?:members|councillors|councilors|trustees|directors)\s+voted"
# "Approved by board over weekend": another body's approval reported, not this meeting's decision.
APPROVED_ELSEWHERE = (r"^(approved|adopted|ratified|endorsed|accepted|signed off)\s+by\s+(the\s+)?\w+(\s+\w+)?\s+"
                      r"(over\s+(the\s+)?weekend|last\s+\w+|earlier|previously|yesterday|on\s+\d|in\s+\w+\s+\d{4})")
# "On a motion by Ann, seconded by Raj, the club agreed to ...", "Motion by Ann, second by Raj, to buy ...":
# the movers and what they moved in one sentence, a decision of its own.
MOTION_BY_CLAUSE = (rf"^((up)?on\s+)?(a\s+|the\s+)?motion\s+(made\s+)?(by|of)\s+[^,]{{1,40}},\s*(and\s+)?"
                    rf"({SECONDED}|second)" r"\s+by\s+[^,]{1,40},?\s+(to\s+|that\s+)?\w+(\s+\w+){2,}")
# "On the matter of the regatta, Ann moved, Bo seconded, and ... passed": the matter named before its movers
# (regex fragment; a mover's name and "moved" follow it).
MATTER_LEAD = (r"(?:(?:up)?on|in|regarding|concerning|as\s+to|with\s+regard\s+to)\s+(?:the\s+)?"
               r"(?:matter|question|subject|issue|topic)\s+of\b[^,;]{3,}?,")
# "Outcome: Approved, 8 to 4": a labelled result of the statement before it.
OUTCOME_LABEL = r"^\W*(outcome|result)\s*:"

# Under a "Resolutions" heading, lines that record no outcome: a nomination ahead of the vote,
# a need, or what was talked about ("Discussed need for ...", "Funding required before ...").
RESOLUTION_NON_OUTCOMES = ("nominated", "nominations", "required", "needed", "discussed", "discussion of")
# Participles other than "-ed" forms that state what was settled ("Summary to be made public").
IRREGULAR_OUTCOME_PARTICIPLES = ("made", "given", "taken", "chosen", "set", "kept", "held", "sent", "put")
# Text one of which every match of VOTE_CALL and of OUTCOME_ONLY holds (a text without is not searched).
VOTE_CALL_WORDS = ("vote",)
OUTCOME_ONLY_WORDS = ("favo", "unanim", "approved", "carrie", "passe", "adopted", "agreed", "granted", "defeated",
                      "rejected", "fail", "withdrawn", "withdrew", "lost", "deferred")
# Text one of which every "no interests declared" phrasing holds.
NONE_DECLARED_WORDS = ("conflict", "declaration", "interest", "declared")
# "**Goal**: Come to consensus on ...": an agenda item's stated aim, what it is for, not what it decided.
AIM_LABELS = ("goal", "goals", "aim", "aims", "objective", "objectives", "purpose", "desired outcome", "outcome sought")
