"""Words about actions: labels, status words, commitment phrasings and the
headers of action tables.

Plain data; `Matcher` token patterns are spaCy's own data format.
"""

from __future__ import annotations

# Status words (regex fragments) → the record's status. Longer phrases first.
STATUS_FORMS: list[tuple[str, str]] = [
    (r"not started|not yet started|to do|left to do|outstanding|open|pending|new", "open"),
    (r"in progress|in hand|ongoing|on-going|underway|under way|started|continuing|"
     r"partially (done|complete\w*)|carried (forward|over)|on track|wip", "in_progress"),
    (r"complete[d]?|done|closed|finished|achieved|resolved|delivered|actioned", "done"),
    (r"cancel+ed|withdrawn|dropped|no longer (needed|required)|superseded|not required", "cancelled"),
]
# A status that negates a done word ("Not done", "not yet complete", "no progress"): the action is still open.
NOT_DONE_FORMS = (r"not\s+(?:yet\s+)?(?:done|complete[d]?|finished|started|actioned)|incomplete|"
                  r"no\s+(?:progress|update)")
# A status label over a group of actions that names them as raised at this meeting ("New"); any other
# status label ("On-going", "Finished") groups actions carried from earlier meetings.
NEW_GROUP_WORDS = r"new|not started|not yet started"
# Words that put a reviewed action's status in a sentence of its own ("This is ongoing", "now complete").
STATUS_VERBS = r"is|are|was|were|remains?|has been|have been|now|still"
# All the status words, longest first (regex fragment).
ALL_STATUS_WORDS = "|".join(words for words, _ in STATUS_FORMS)
# Labels a reviewed action's own number may carry ("ACTION 76.1:", "AP 3.2").
ACTION_REF_LABELS = r"action(?:\s+(?:point|item))?|ap|ai"
# "Quorum met: [X] Yes [ ] No", "Result: [X] PASSED [ ] FAILED": the choices a form's checkboxes offer, no task.
CHECKBOX_CHOICES = ("yes", "no", "n/a", "na", "passed", "failed", "carried", "defeated", "approved", "rejected",
                    "aye", "nay", "abstain", "for", "against", "true", "false", "y", "n")
# What a template's list holds when the meeting set none ("* N/A", "None this week", "No new actions"): no task.
NO_ITEMS = (r"(?:n/?a|none|nil|nothing|not\s+applicable"
            r"|no(?:\s+new)?\s+(?:actions?|action\s+(?:items?|points?)|tasks?|items?))"
            r"(?:\s+(?:to\s+report|this\s+\w+|at\s+this\s+(?:time|stage|point)|yet|so\s+far|noted|recorded|agreed"
            r"|identified|raised))?")
# Marks written before or after a task for its state ("✓ Book the hall", "Order badges ✔").
DONE_MARKS = "✓✔☑✅"
OPEN_MARKS = "☐"
# "Done last week:", "Completed:": a label over work already done, not over a task.
DONE_LABEL_WORDS = r"done|completed?|finished|achieved|accomplished"
# A line that only reports the state of the action above it ("Action Complete").
STATUS_ONLY_WORDS = r"complete[d]?|done|closed|finished|in progress|ongoing"

# "Doug found that ...": irregular past tenses that make a line under an owner a report, not a task
# (regular ones end in "-ed").
REPORTED_PAST_VERBS = ("found", "said", "told", "made", "sent", "gave", "took", "met", "wrote", "brought", "got",
                       "saw", "spoke", "went", "came", "had", "was", "were", "did", "began", "built", "ran")

# Parts of the work a to-do list is grouped by ("Frontend:", "Docs"): a line over nested tasks
# that names one is their heading, not their owner.
TASK_AREA_WORDS = frozenset({
    "front end", "frontend", "front-end", "back end", "backend", "back-end", "hardware", "software", "design",
    "documentation", "docs", "testing", "tests", "ui", "ux", "ui/ux", "api", "database", "server", "website", "web",
    "app", "mobile", "marketing", "finance", "admin", "research", "writing", "report", "presentation", "general",
    "misc", "code", "coding", "infrastructure", "devops", "data", "analysis", "budget", "events", "publicity",
    "outreach", "logistics", "deployment", "development", "electronics", "mechanical", "firmware", "gui",
})  # fmt: skip

# What opens an action line ("Action:", "AP:", "AI -", "TODO").
ACTION_LABEL_WORDS = r"action(?:\s+(?:point|item))?s?|ap|ai|todo|to[- ]do"

# Commitment words, as token patterns: what follows an owner to make a firm
# task. Tentative forms ("may", "hopes to", "might") are deliberately absent.
MODALS = ("will", "shall", "would")
PLEDGE_VERBS = ("agreed", "offered", "undertook", "volunteered", "promised", "vowed", "pledged")
# Words that may stand between an owner and a pledge ("Ben has agreed to", "Dana also offered to").
PLEDGE_LEAD_WORDS = ("has", "have", "also", "kindly", "then")
# The pledges only a person makes: a capitalised word before one is a name, even one the document never lists.
PERSONAL_PLEDGE_VERBS = ("offered", "volunteered", "promised", "vowed")
# A task handed to someone, said without a verb of being ("Ann assigned to ...").
ASSIGNED_WORDS = ("assigned", "allocated", "delegated")
# "... introduced Ann Lee and Bo Li to the meeting": words after "to" that open a noun phrase, never a task's verb.
NOT_TASK_AFTER_TO = ("be", "date", "the", "a", "an", "this", "these", "those", "his", "her", "their", "its", "our",
                     "my", "your", "him", "them", "us", "me", "whom", "which", "what", "where", "when", "all", "any")
# "Try to obtain licences", "Request to add tokens": verbs that take "to <verb>" after them, so an
# action line opening with one is an imperative, not an owner named before "to <verb>".
VERBS_BEFORE_TO = ("try", "need", "needs", "remember", "plan", "continue", "request", "start", "begin", "ask",
                   "want", "aim", "decide", "agree", "attempt", "hope", "prepare", "seek", "learn", "remind",
                   "propose", "go", "get", "make", "look", "reach", "work", "offer", "volunteer", "remains",
                   "proceed", "intend", "expect", "wait", "have", "has", "is", "are", "was", "were", "ready",
                   "able", "how", "what", "when", "where", "why", "who", "whether", "due", "back", "up", "in",
                   "response", "reply", "note", "notes", "link", "links", "access", "welcome", "thanks")
# "Stefano will work on it", "Lynne to email the venue": verbs of a task a person does. A capitalised
# word opening a sentence before "will"/"to" and one of these, and never written in lower case in the
# document, is someone's name ("Testing will begin", "Agenda will include" take no such verb).
PERSONAL_TASK_VERBS = ("email", "e-mail", "contact", "send", "write", "draft", "prepare", "organise", "organize",
                       "arrange", "check", "ask", "call", "phone", "ring", "update", "review", "look", "follow",
                       "reach", "circulate", "share", "book", "order", "buy", "purchase", "create", "add", "fix",
                       "finish", "complete", "investigate", "research", "coordinate", "schedule", "talk", "speak",
                       "work", "chase", "confirm", "find", "post", "print", "collect", "bring", "submit",
                       "present", "lead", "set", "put", "compile", "reply", "respond", "invite", "liaise",
                       "source", "obtain", "get", "make", "open", "file", "merge", "test", "document", "clean",
                       "sort", "design", "build", "run", "host", "attend", "visit", "pick", "deliver",
                       "distribute", "forward", "upload", "publish", "edit", "proofread", "recruit", "train")
# "Ann will probably send it", "I'll maybe look": a hedge after the modal makes a promise tentative, no task.
HEDGE_WORDS = ("probably", "possibly", "perhaps", "maybe", "likely", "hopefully")
# "It could be that Acme will ...", "it is possible that Bo will ...": a clause that makes what follows a guess
# (regex fragments).
HEDGE_THAT_CLAUSES = (r"(?:could|may|might) be that", r"(?:possible|possibly|likely|unlikely|probable) that")
# "Mike will be adding the schedule": a task in the future progressive, said with "be" and a verb in -ing;
# not a state ("will be having a talk", "will be meeting"), nor a part taken at an event ("will be attending",
# "will be hosting the quiz"), nor a pronoun ending in -ing ("will be nothing").
NOT_PROGRESSIVE_TASKS = ("being", "having", "meeting", "going", "coming", "staying", "leaving", "travelling",
                         "traveling", "visiting", "attending", "joining", "hosting", "chairing", "performing",
                         "playing", "nothing", "something", "anything", "everything",
                         "during", "morning", "evening", "spring", "thing", "king")
# "Ann took an action to ...", "Bo has taken the action to ...": verbs of taking an action on.
TOOK_ACTION_VERBS = ("took", "takes", "taken")
COMMITMENT_PATTERNS: list[list[dict]] = [
    [{"LOWER": "to"}, {"IS_ALPHA": True, "IS_LOWER": True, "LOWER": {"NOT_IN": list(NOT_TASK_AFTER_TO)}}],
    [{"LOWER": {"IN": list(MODALS)}}, {"IS_ALPHA": True, "IS_LOWER": True,
                                       "LOWER": {"NOT_IN": ["be", "have", "not", "like", "need",
                                                            "prefer", "rather", "also", *HEDGE_WORDS]}}],
    [{"LOWER": {"IN": ["will", "shall"]}}, {"LOWER": "be"},
     {"IS_ALPHA": True, "IS_LOWER": True, "LOWER": {"REGEX": "ing$", "NOT_IN": list(NOT_PROGRESSIVE_TASKS)}}],
    # "Vera agreed to be a standby director": a place taken, not a task
    [{"LOWER": {"IN": list(PLEDGE_VERBS)}}, {"LOWER": "to"}, {"LOWER": {"NOT_IN": ["be"]}}],
    [{"LOWER": "committed"}, {"LOWER": {"IN": ["to", "of"]}}],
    [{"LOWER": {"IN": ["was", "were"]}}, {"LOWER": {"IN": ["asked", "tasked", "requested", "instructed", "directed"]}},
     {"LOWER": "to"}],
    # "Ben has agreed to ...", "Dana kindly offered to ...": a word between the owner and the pledge
    [{"LOWER": {"IN": list(PLEDGE_LEAD_WORDS)}}, {"LOWER": {"IN": list(PLEDGE_VERBS)}}, {"LOWER": "to"},
     {"LOWER": {"NOT_IN": ["be"]}}],
    # "Alice was tasked with updating the website", "Bo has been tasked with ..."
    [{"LOWER": {"IN": ["was", "were"]}}, {"LOWER": "tasked"}, {"LOWER": "with"}],
    [{"LOWER": {"IN": ["has", "have"]}}, {"LOWER": "been"}, {"LOWER": "tasked"}, {"LOWER": "with"}],
    # "The Clerk has been asked to write to the owner"
    [{"LOWER": {"IN": ["has", "have"]}}, {"LOWER": "been"},
     {"LOWER": {"IN": ["asked", "tasked", "requested", "instructed", "directed"]}}, {"LOWER": "to"}],
    # ("Ann's going to look into it": the verb's short form; "Cy is going to the training" goes to a place)
    [{"LOWER": {"IN": ["is", "are", "'s", "’s", "'re", "’re"]}}, {"LOWER": "going"}, {"LOWER": "to"},
     {"IS_ALPHA": True, "IS_LOWER": True, "LOWER": {"NOT_IN": list(NOT_TASK_AFTER_TO)}}],
    # "JL is to source a new camera": the task set, as "JL to source ..." ("is to be thanked": no task)
    [{"LOWER": {"IN": ["is", "are"]}}, {"LOWER": "to"}, {"IS_ALPHA": True, "IS_LOWER": True,
                                                         "LOWER": {"NOT_IN": ["be", "date"]}}],
    # terse notes: "Ann assigned to book the venue", "Raj responsible for the poster"
    [{"LOWER": {"IN": list(ASSIGNED_WORDS)}}, {"LOWER": "to"}, {"IS_ALPHA": True, "IS_LOWER": True}],
    [{"LOWER": "responsible"}, {"LOWER": "for"}],
    # "Ann took an action to contact the insurers": a task the minutes record her taking on
    [{"LOWER": {"IN": list(TOOK_ACTION_VERBS)}}, {"LOWER": {"IN": ["an", "the"]}}, {"LOWER": "action"},
     {"LOWER": "to"}],
    # "Parsa will be in charge of putting the posters up": a duty taken on, said with "be"
    [{"LOWER": {"IN": list(MODALS)}}, {"LOWER": "be"}, {"LOWER": "in"}, {"LOWER": "charge"}, {"LOWER": "of"}],
]  # fmt: skip
# A speaker's own commitment in a dialogue turn ("I'll file an issue", "..., will send it"):
# the first-person forms before a firm commitment, and the verbs that never make one ("will be", "will try").
FIRST_PERSON_COMMITMENTS = (r"I\s+(?:will|shall)", r"I['’]ll", r"I['’]m\s+going\s+to", r"I\s+am\s+going\s+to",
                            *(rf"I\s+{verb}\s+to" for verb in PLEDGE_VERBS))
# "X will now give his report": done there and then, not a task for later.
AT_ONCE_WORDS = ("now", "then")
NOT_COMMITTED_VERBS = ("be", "have", "not", "try", "need", "like", "see", "think", "talk", "say", *HEDGE_WORDS)
# "OTC asks staff to propose ...": verbs that hand someone a task.
ASKING_VERBS = ("ask", "asks", "asked", "request", "requests", "requested", "instruct", "instructs", "instructed",
                "task", "tasks", "tasked", "invite", "invites", "invited", "direct", "directs", "directed")
# "Eve invited everyone to the party", "The Chair invited members to send suggestions": an invitation to
# the membership at large is no one's task (regex fragment, after the inviting verb).
INVITING_VERBS = ("invite", "invites", "invited")
OPEN_INVITEES = r"(?:the\s+)?(?:members|everyone|everybody|all|anyone|anybody|attendees|public|residents|those)\b"
# "Cllr Tarn requested that the Clerk (should) contact ...": verbs that hand a task through "that".
REQUEST_THAT_VERBS = ("request", "requests", "requested", "asked", "instructed", "directed")
# ("Bo said he'd follow up": the modal's short forms after a pronoun)
PRONOUN_MODAL_FORMS = tuple(f"{pronoun}{mark}{modal}" for pronoun in ("he", "she", "they") for mark in "'’"
                            for modal in ("d", "ll"))
# Every word a commitment phrasing starts with: a text without one holds no commitment.
COMMITMENT_TRIGGERS = ("to", "going", "committed", "responsible", *MODALS, *PLEDGE_VERBS, *ASKING_VERBS,
                       *TOOK_ACTION_VERBS, *PLEDGE_LEAD_WORDS, *PRONOUN_MODAL_FORMS)

# Column headers of action tables, by the column's role (regex fragments).
ACTION_COLUMNS: dict[str, str] = {
    "action": r"\b(actions?|actionables?|tasks?|items?|description|details?|what|activity|to[- ]?dos?|"
              r"follow[- ]?ups?)\b",
    # ("Owners", "Responsibility", "Accountable", "Champion", "Actioner": the person's column, however headed)
    "owner": r"\b(persons?|owners?|who|responsible|responsibility|resp|leads?|by whom|assigned|assignees?|"
             r"taking this on|action(?:ed)? by|actioners?|actionees?|accountable|champions?|officer|"
             r"name|names|initials|members?|volunteers?|delegated?|"
             r"(?:taken|handled|done|led|owned|carried\s+out)\s+by)\b",
    "opened": r"\b(opened|raised|added|created|assigned on|date set)\b",
    "due": r"\b(deadline|due|by when|when|target|timescale|timeline|date|by)\b",
    "status": r"\b(status|progress|update|complete[d]?)\b",
    # "Item Number", "Item #", "Action No.": the row's number, though the header names the items
    "ref": r"^(no\.?|#|ref\.?|number|id|(?:item|action)\s*(?:no\.?|number|#))$",
    # work already done ("Done this week", "Tasks completed", "Last week's work"): a report, never the task column
    # ("Tasks worked on in the past week")
    "done": r"\b(done|completed|finished|accomplished|achieved|worked\s+on)\b.*\b(this|last|previous|past)\s+"
            r"(week|sprint|month)\b|"
            r"\b(last|this|previous|past)\s+week['’]?s?\s+(work|tasks|progress)\b|"
            r"\b(work|tasks?|things?)\s+(done|completed|finished|accomplished)\b|^\s*(accomplishments|achievements)\s*$",
    # a plan column ("Plan for next week", "Goals", "Next steps"): each row's task
    # ("Next week", "To do next week")
    "plan": r"\b(plans?|goals?|next\s+steps?)\b|^\s*(to[- ]?do\s+)?(for\s+)?next\s+(week|sprint)\s*$",
}
# An action column header that names its tasks outright ("Action | Status"), unlike "Item" or "Description".
ACTION_NAMING_COLUMN = r"\b(actions?|actionables?|tasks?|to[- ]?dos?)\b"
# The agenda item a row was raised under ("Item | Action | Lead"): a column left of the one that names the tasks.
ACTION_ITEM_COLUMN = r"^(agenda\s+)?(items?|minute|min\.?|agenda|topic)(\s+(no\.?|number|ref\.?|#))?$"
# A due column worth an action table without an owner column (a ledger's "Date" is not).
EXPLICIT_DUE_COLUMN = r"deadline|due|by when|target|timescale|complete by"

# "Ann said she would be happy to look into it": words that make "would be ... to" a promise.
WILLING_WORDS = ("happy", "willing", "glad", "pleased", "prepared")
# "Cuellar said she would check into that.": verbs that report a promise.
REPORTING_VERBS = ("said", "stated", "indicated", "confirmed", "agreed", "promised", "offered", "mentioned", "noted",
                   "explained")
# "The commissioners decided that Cuellar ... would go out": verbs before who will do it.
# "Ann hoped that Bo would bring suggestions": a wish for someone else's task, not a commitment.
HOPING_VERBS = ("hope", "hopes", "hoped", "hopeful", "wish", "wishes", "wished", "wondered")
# "We trust that the coordinator will sort it out", "Assumes that the right will be set out": an
# expectation of what someone will do, not their commitment.
EXPECTING_VERBS = ("trust", "trusts", "trusted", "expect", "expects", "expected", "assume", "assumes", "assumed",
                   "believe", "believes", "believed", "anticipate", "anticipates", "anticipated", "presume",
                   "presumes", "presumed", "suspect", "suspects", "suspected")
# "It was agreed that Ann should ...": the meeting's own words of deciding, which order a task through "that".
ORDERING_VERBS = ("agreed", "decided", "resolved")
DECIDED_THAT_VERBS = ("decided", "agreed", "resolved", "stated", "said", "mentioned", "confirmed", "announced")
# "She was going to order new hats": a singular pronoun's firm commitment, owned by the person the
# sentence before opens with (regex fragment, case-insensitive).
PRONOUN_COMMITMENT = (r"^(?:he|she)\s+(?:also\s+)?(?:will|would|was going to|is going to|agreed to|offered to|"
                      r"volunteered to|promised to|undertook to"
                      # "He also said he would send them to Rhodri"
                      rf"|(?:{'|'.join(REPORTING_VERBS)})\s+(?:that\s+)?(?:he|she)\s+(?:will|would))"
                      rf"\s+(?!be\b|have\b|not\b|like\b|try\b|{'|'.join(HEDGE_WORDS)}\b)[a-z]")
# "A motion was made for the treasurer to approach ...": words before "for X to".
MOTION_FOR_WORDS = ("motion", "proposal", "resolved", "agreed", "decided")
# "... would have to be confirmed by CDC", "... continue to be handled by the police": words before "to be
# <done> by X" that make it no task set.
PASSIVE_NOT_TASK_LEADS = ("have", "has", "had", "need", "needs", "ought", "continue", "continues", "going", "likely",
                          "expected", "yet", "due")
# "Ann would need to supply a written quote": what someone would have to do if asked is no firm task.
CONDITIONAL_NEEDS = ("would need to", "would have to", "would be required to", "would only", "if needed",
                     "if required", "if asked", "if necessary")
# Text one of which every match of a promise reported with "would"/"will", and of "RESOLVED: That
# the Clerk write ...", holds (a sentence without is not searched).
PROMISE_WORDS = ("would", "will", *PRONOUN_MODAL_FORMS)
RESOLVED_THAT_WORDS = ("that",)
# "Ann and Bo taking these" over a list: verbs by which people take the items under them.
TAKING_VERBS = ("take", "takes", "taking", "took", "handle", "handles", "handling", "own", "owns", "owning",
                "pick up", "picks up", "picking up", "cover", "covers", "covering")
# "The committee agreed to volunteer to do/bring the following:", "Jobs were shared out:": a line ending in a
# colon that hands out the items below, each item naming who does it ("Hot cider – Kim, Peg") (regex fragments).
VOLUNTEERING_LEAD_INS = (r"volunteer(?:ed|s|ing)?", r"signed\s+up",
                         r"agreed\s+to\s+(?:do|bring|take|provide|cover|handle)",
                         r"(?:jobs?|tasks?|duties)\s+(?:were\s+|was\s+)?(?:assigned|allocated|shared\s+out|given\s+out)")
# What they take: the items that follow.
TAKEN_ITEMS = ("these", "those", "them", "the following", "the items below", "the following items")
# "Add a talks page (for Andrew)": a bracketed person the point is given to ("(to Cllr X)" forwards a letter).
GIVEN_TO_WORDS = ("for",)
# "Bo offered to remain on the rota", "Ann will continue as treasurer": a place kept, no task to do
# (regex fragments; "will continue to chase the council" goes on with a task, and is one).
STATE_VERBS = (r"remain", r"stay", r"continue\s+(?:as|in|on|serving|to\s+serve)\b",
               r"continue\s+(?:\w+\s+)?(?:role|roles|responsibilities|duties|position|post)\b",
               # "Ann and Bo will run for another term", "Cy will stand for re-election": a candidacy, no task
               r"(?:run|stand)\s+(?:again\s+)?for\b", r"seek\s+re-?election\b",
               # "Dee agreed to allow her address to be used": a permission given, nothing to do
               r"(?:allow|permit)\b",
               # "Cy will miss the next two meetings": an absence foretold
               r"miss\b")
# "The team will meet again on Friday", "The committee to reconvene in May": a group's next meeting, no task.
GROUP_MEETING_VERBS = ("meet", "reconvene", "gather")
# Words that may stand between "will" and its verb ("will henceforth be", "will also remain").
MODAL_ADVERBS = ("henceforth", "also", "still", "then", "now", "thereafter", "hereafter")
# "Cllr Lee reported that Acme Homes would repair the wall": verbs that pass on news of what someone will
# do (not "agreed"/"decided that", by which the meeting itself sets the task).
NEWS_THAT_VERBS = ("reported", "informed", "confirmed", "said", "stated", "advised", "explained", "mentioned",
                   "noted", "assured", "told", "announced", "indicated", "understood", "heard", "learned", "learnt")
# The pledge verbs in every tense minutes write them in ("volunteers to", "agreed to").
PLEDGE_FORMS = ("agree", "agrees", "agreed", "offer", "offers", "offered", "volunteer", "volunteers", "volunteered",
                "promise", "promises", "promised", "undertake", "undertakes", "undertook")
# "Cllr Ode, with the Clerk's help, will write ...", "Ann, supported by Cy, agreed to ...": the words that open
# an aside between commas after an owner, naming help or a time, not the owner (the one before it owns the task).
OWNER_ASIDE_OPENERS = (r"(?:together|along|jointly)\s+with", "with",
                       r"in\s+(?:consultation|conjunction|liaison)\s+with",
                       r"(?:supported|helped|assisted|aided|advised)\s+by", "however", "also", r"in\s+turn",
                       "as", "once", "when", "after", "before")
# A deadline written only as a vague time ("Soon", "End of Semester", "this week"): a template's due column
# filled in words, the action's "other" deadline.
VAGUE_DEADLINES = (r"soon|later|asap|eod|eow|(?:by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?"
                   r"(?:day|week|month|term|semester|quarter|year|sprint|project)|(?:this|next)\s+(?:week|month|term)")
