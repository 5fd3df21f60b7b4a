"""Words about people: honorifics, officer roles, the titles of a body's
members, the bodies themselves, and short forms of first names.

Plain data. Role spellings that vary ("minute-taker", "minutetaker") are
written as regex fragments; everything else is a list of words.
"""

from __future__ import annotations

# Titles written before a name that are not part of it ("Cllr A Smith", "Dr Lee").
# Words that stand for a person without naming one: never an attendee's name, even when
# someone's surname is spelled the same ("He also said ..." is not "Guanyu He").
PERSONAL_PRONOUNS = ("he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "us", "me")

# Pronouns written beside a name ("Ann Lee (she/her)", "Bo Li he/him"): how to refer to them, no role
# (regex fragment: two or three forms joined by slashes).
PRONOUN_TAG = (r"(?:he|she|they|ze|xe|it|any)(?:\s*/\s*(?:him|her|hers|them|theirs|they|she|he|zir|hir|xem|"
               r"it|any|all)){1,2}")

# How a union's minutes address its members ("Sister Lisa Ng will send the sheet"): no part of the name.
FORMS_OF_ADDRESS = ("brother", "sister", "br", "bro")
HONORIFICS = (
    "cllr", "cllrs", "councillor", "councillors", "councilor", "councilors", "cr", "mr", "mrs", "ms", "miss",
    "mx", "dr", "prof", "professor", "sir", "dame", "rev", "revd", "messrs", "mmes", "the",
    "drs", "profs", "professors",  # a faculty's list under one plural title ("Present: Drs. Bieske, Burgos and You.")
    "fr", "reverend", "canon",  # a church's clergy ("Fr. Crowder", "The Revd Canon Ann Lee")
    "pp", "pres", "rtn", "pdg",  # a Rotary club's ("PP Ann L": Past President, "Pres. Bo", "Rtn Cy", "PDG Di")
)  # fmt: skip
# Generational suffixes written after a name and a comma ("Larry Sanders, Jr."): part of the name.
NAME_SUFFIXES = ("jr", "sr", "ii", "iii", "iv")
# Degrees and honours written after a name ("Ann Lee, Ed.D., vice president"): no person and no role.
POST_NOMINALS = ("phd", "ph.d", "ed.d", "edd", "md", "m.d", "jd", "j.d", "esq", "mba", "cpa", "dds", "dvm", "psyd",
                 "dphil", "obe", "mbe", "cbe", "qc", "kc")
# Other words written with a full stop before a name ("St. Mary's").
ABBREVIATED_NAME_WORDS = ("st",)
# Police and service ranks written before a name like an honorific ("P.C. Ann Lee", "Sgt Lee").
# The titles of those that only ever stand before a person's own name ("Dr. Evelyn", "Mrs Patel").
PERSONAL_TITLES = ("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "rev", "revd")
# Service ranks, abbreviated, likewise ("Capt Ian Roe", "Col. S. English", "Lt Col Mike Hay", "Maj Gen Ravi Singh");
# not the spelled-out "Major", "Captain", "Commander" or "General", which are also a club's offices or plain words.
RANKS_BEFORE_NAME = ("p.c", "pc", "pcso", "sgt", "insp", "constable", "sergeant", "inspector",
                     "capt", "col", "lt", "lieut", "maj", "brig", "cdr", "cmdr", "cmde", "colonel", "lieutenant",
                     "brigadier", "maj gen", "lt gen", "brig gen", "lt col")
# A retired officer's mark in brackets after the rank ("Col (retd) DS Baswani"): neither a role nor a name.
RETIRED_MARKS = ("retd", "retired", "rtd")
# Where a councillor sits, before the title ("Borough Councillor S Edgar").
COUNCIL_TIERS = ("borough", "county", "district", "town", "parish", "city", "ward")
# Words before an office that make its holder a deputy ("Deputy Clerk Eve Gray", "Assistant Clerk ...").
DEPUTY_WORDS = ("deputy", "assistant", "acting", "interim")
# Words before "Secretary" that name which of a union's or club's secretaries ("Recording Secretary Pat Hale").
SECRETARY_KINDS = ("recording", "corresponding", "financial", "executive", "membership")
# A council member's title as written before a name, case as written.
COUNCILLOR_TITLES = ("Cllr", "Councillor", "Councilor")

# The members of a governing body, by their title (singular).
MEMBER_TITLES = ("councillor", "councilor", "councilmember", "council member", "commissioner", "trustee", "director",
                 "supervisor", "governor", "alderman", "alderperson", "selectman", "selectperson")
# Seats on a body, as a roster's label names its members ("Voting members of the Council").
SEAT_TITLES = ("voting member", "non-voting member")
# The word for a seat written before a member's name in a list ("Present: Chair Ann Lee, members Bo Ode, ...").
PLAIN_MEMBER_WORDS = ("members", "member", "board members", "board member")
# Governing bodies.
BODIES = ("committee", "board", "council")
# Further bodies that decide as the meeting ("The Vestry agreed to ...", "The PCC gave approval for ...",
# "The steering group agreed ..."), read by the decision phrasings only ("executive" is also an officer: "The
# Chief Executive agreed to ...").
DECIDING_BODY_WORDS = ("vestry", "senate", "pcc", "group", "assembly")
# A body's name written before an office it fills ("Steering Group chair", "Board Secretary").
BODIES_BEFORE_OFFICE = (*BODIES, "group", "steering group", "working group", "team", "panel", "forum", "network",
                        "trust", "society", "association", "club", "executive", "commission")
# Groups of people an attendance entry may name before its members in brackets ("General Committee (A, B)").
PEOPLE_GROUPS = (*BODIES_BEFORE_OFFICE, "members", "officers", "trustees", "directors", "councillors", "staff",
                 "volunteers", "students")
# The last word of a label that names a body's members over the people at the meeting ("Team Members:",
# "Selectmen:"), before the names run on after its colon (a body's own name may end one too: "Project team:").
MEMBERS_LABEL_WORDS = ("members", "trustees", "directors", "councillors", "councilors", "governors", "commissioners",
                       "supervisors", "selectmen", "aldermen")
# Short names of bodies that end an organisation's name ("Cyber Resilience SIG", "Build WG"):
# such a name is a body, whose arrangements ("... SIG will keep ...") are no one's task.
BODY_ACRONYMS = frozenset({"sig", "sigs", "wg", "tsc", "tac", "cg", "ig", "tf", "pmc"})
# Words that end a company's or institution's name ("Beta Corp", "Acme Labs"): no person's surname.
ORGANISATION_ENDINGS = frozenset({"inc", "inc.", "ltd", "ltd.", "llc", "corp", "corp.", "corporation", "co", "co.",
                                  "gmbh", "ag", "plc", "labs", "lab", "university", "college", "institute",
                                  "foundation", "systems", "technologies", "solutions", "software", "group", "bv",
                                  # bodies a partnership's members come from ("Eastport Council", "Traders Association")
                                  "council", "association", "society", "trust", "club", "agency", "authority",
                                  "partnership", "service", "services", "forum", "department", "school", "hospital",
                                  "network", "federation", "union", "alliance", "company", "hotel", "centre", "center",
                                  # an association's managing agent ("Mary Cole, Acme Management")
                                  "management", "realty", "properties", "associates", "consulting"})
# Roles of attendees who are not members.
VISITOR_ROLES = ("observer", "guest")

# Normalised roles the record uses.
CHAIR = "chair"
MINUTE_TAKER = "minute taker"
CLERK = "clerk"
DEPUTY_CLERK = "deputy clerk"
TIMEKEEPER = "timekeeper"
# "Minute taker(s)" as an agenda item or label names.
MINUTE_TAKERS = r"minute[- ]?takers?"

# Role texts as minutes write them (regex fragments, matched against the
# whole role text) → the record's normalised role. Longer forms first.
ROLE_FORMS: list[tuple[str, str]] = [
    (r"co[- ]?chair(man|woman|person)?s?", "co-chair"),
    (r"(vice|deputy)[- ]?chair(man|woman|person)?|leas[- ]?ch?athaoirleach", "vice-chair"),
    (r"vice[- ]?president", "vice-president"),
    # ("Cathaoirleach": an Irish council's chair, as its minutes write it)
    (r"(the |meeting )?(chair(man|woman|person)?|cathaoirleach|chaired( the meeting)?|chairing( the)?( meeting)?|"
     r"presiding|in the chair|facilitator|facilitating|facilitated|convenor|convener|moderator|meeting lead)",
     CHAIR),
    # ("Kim Lee, recording" in a semicolon list: the one who recorded the meeting)
    (r"minutes?[- ]?takers?|minuting|minuted|prepared|taking (the )?minutes|minutes|notes?[- ]?takers?|taking notes|"
     r"notes|scribes?|recorder|recorded( by)?|recording( secretary)?|minute secretary", MINUTE_TAKER),
    (r"(parish |town |council |deputy )?clerk( to the council)?", CLERK),
    (r"(hon\.? |honorary |general )?secretary", "secretary"),
    (r"(hon\.? |honorary )?treasurer", "treasurer"),
    (r"president", "president"),
    (r"councill?or|cllr|council\s?member|council(wo)?man", "councillor"),
    (r"guests?", "guest"),
    (r"observer|observing", "observer"),
    # A committee's seats, as a participants list gives them beside each name ("Ann Lee, Acme, Voting member").
    (r"non[- ]voting member", "non-voting member"),
    (r"voting member", "voting member"),
    (r"ex[- ]officio( member)?", "ex officio"),
    (r"alternate( member)?", "alternate"),
    (r"time[- ]?keeper", TIMEKEEPER),
    (r"commissioner", "commissioner"),
    # A company's officers by their initials ("Ann Lee (CEO)"): offices, not the person's initials.
    (r"ceo", "ceo"), (r"cfo", "cfo"), (r"coo", "coo"), (r"cto", "cto"),
    # A team's roles by their initials ("Ann Lee (PM)", "Bo Ode (QA)"), each its own role as written.
    *((abbreviation, abbreviation) for abbreviation in ("pm", "qa", "vp", "po", "ba", "cio", "cmo", "cpo")),
    # Offices cut short in brackets after a name ("Ann Lee (Pres.)", "Bo Ode (Treas.)", "Cy Rand (Sec'y)").
    (r"vice[- ]?pres\.?|v\.\s?pres\.?", "vice-president"),
    (r"v\.?[- ]?chair|vc", "vice-chair"),  # "Ann Lee (V-Chair)", "Bo Ode (VC)"
    (r"dir\.?", "director"),
    (r"pres\.?", "president"),
    (r"treas\.?", "treasurer"),
    (r"sec\.?|sec['’]?y\.?", "secretary"),
]

# "Minutes taken/recorded/written (by)": who wrote the minutes down (regex fragments).
MINUTES_WRITTEN = r"(?:minutes(?: taken| recorded| written| prepared)?|minuted|prepared)"
NOTES_WRITTEN = r"notes(?: taken| recorded| written)?"
# Labels that say who chaired, alone on a line over the name ("Chairing Meeting" / "Julie Parker"); a bare
# office ("Chair", "Secretary") there is an attendee's role in a list, so only these words count.
CHAIRING_LABELS = r"chairing(?: the)?(?: meeting)?|chaired by|in the chair|presiding"
# Labels of "Role: Name" lines (regex fragments, case-insensitive).
ROLE_LINE_LABELS = (
    r"(?:meeting )?chair(?:person|man|woman)?|chaired by|chairing(?: the)?(?: meeting)?|facilitator|facilitated by|"
    r"presiding|convenor|convener|moderator|meeting lead|"
    rf"minutes?[- ]?takers?|{MINUTES_WRITTEN}(?: by)?|notes?[- ]?takers?|{NOTES_WRITTEN} by|scribes?|recorder|"
    r"recorded by|minute secretary|recording secretary|taking (?:the )?(?:minutes|notes)|"
    r"timekeeper|time[- ]keeper|(?:meeting )?secretary|clerk|treasurer|meeting called by|(?:past |vice[- ])?president|"
    r"in the chair|"
    r"vice[- ]chair(?:person|man)?|co[- ]?chair(?:person|man)?s?"
)
# The part of taking the minutes, written after an office in brackets ("Ann Lee (Secretary, minutes)").
MINUTE_TAKER_PARTS = r"minutes|minute[- ]?taker|taking (?:the )?minutes|notes|note[- ]?taker|scribe"
# Labels of a line naming who took the minutes (regex fragment).
MINUTES_BY_LABELS = (rf"minutes?[- ]?takers?|{MINUTES_WRITTEN}(?: by)?|note[- ]?takers?|{NOTES_WRITTEN}(?: by)?|"
                     r"recorder|minutes? secretary|recording secretary|taking (?:the )?(?:minutes|notes)|"
                     # "Taken by: Cat Ng", "Note-taking: Cat Ng", "Minutes keeper: Cat Ng"
                     r"(?:(?:minutes|notes) )?(?:taken|compiled|transcribed|typed) by|note[- ]?taking|minutes? keeper|"
                     r"recorded by|scribes?|(?:meeting )?secretary")
# "Minutes by NB.", "Notes taken by Ann Lee", "Scribe: AL" written among the names of a participants
# list or cell: who took the minutes, not one more attendee (regex fragment, before the name).
MINUTES_BY_PHRASE = (r"(?:minutes|notes)(?:\s+(?:were\s+)?(?:taken|recorded|written|kept|typed))?\s+by\b\s*:?"
                     r"|(?:scribe|minute[- ]?taker|note[- ]?taker)\s*[:\-–]")
# "Chair for this meeting: Ann Lee", "Secretary to the meeting:": the role's label, then whose meeting.
ROLE_FOR_THIS_MEETING = r"\s+(?:for|of|to)\s+(?:this|the|today['’]?s)\s+meeting"
# Labels of a line naming the chair (regex fragment).
CHAIR_LINE_LABELS = r"(?:meeting )?(?:chair|chairperson|chairman)|presiding(?: officer)?"  # "Presiding Officer: Bo Ode"

# "Ann Lee took the chair": phrasings that say who chaired (regex fragment).
CHAIRING = (r"(?:took|was in) the chair|chair(?:ing|ed) the meeting|was (?:the )?chair\b|"
            r"was elected (?:as )?(?:the )?chair(?:man|person)?\b|presided\b|"
            # "Cat Ng was elected to chair the meeting", "Bob Hart agreed to chair", "acted as chair"
            r"was (?:elected|appointed|asked|nominated) to chair\b|agreed to chair\b|acted as (?:the )?chair\b|"
            # "Ann Lee presiding.", "Ann Lee chaired." (the sentence ends, or goes on to another's part)
            r"presiding\b|chaired(?=\s*[.;]|\s+and\b|\s*$)|(?:is\s+|was\s+)?chairing\b(?!\s+(?:committee|group|board))|"
            # "Cllr Ann Lee in the Chair" (a line of its own, or its sentence's end)
            r"in the chair(?=\s*[.;]?\s*$)")
# Text one of which every chairing phrasing (and "chaired by", "(chair)") holds: a line without is skipped.
CHAIRING_TRIGGERS = ("chair", "presided", "presiding", "facilitated", "moderated")
# Officers who open a meeting without chairing it ("The Clerk, Ann Lee, opened the meeting" for the election).
OPENERS_NOT_CHAIRING = ("clerk", "secretary")
# The chair's title, owning a task ("The Chair will write ...").
CHAIR_TITLES = r"(vice[- ])?chair(man|person)?"

# A role written right after a name without a comma ("Councillor B Gibbs Chair").
ROLES_AFTER_NAME = (r"chair(?:man|person)?|vice[- ]chair(?:man|person)?|clerk|secretary|treasurer|mayor|"
                    r"deputy mayor|(?:deputy )?head ?teacher|headmaster|headmistress|(?:vice[- ])?principal")
# Officer titles that start the next person in a run-on list ("P Moran Clerk J Connelly"), case as written.
OFFICERS_IN_LISTS = ("Clerk", "Deputy Clerk", "Secretary", "Treasurer", "Minute Taker")
# A title before a name that is the person's role ("President Rob Bishop").
TITLES_BEFORE_NAME = (
    rf"vice[- ]president|president|(?:(?:{'|'.join(SECRETARY_KINDS)})\s+)?secretary|treasurer|"
    r"vice[- ]chair(man|person)?|chair(man|person)?|"
    r"commissioner|councill?or|cllr|council\s?member|clerk|director|trustee|deputy mayor|mayor|alderman|supervisor|"
    # a sailing or yacht club's flag officers ("Commodore Ann Lee", "Rear Commodore Bo Ode")
    r"(?:vice|rear)[- ]commodore|commodore"
)
# Titles written in lower case before the names they cover in a running sentence ("present were supervisors
# Ann Lee and Bo Ode, treasurer Cy Rand, clerk Di Fox and guests Ed Hall and Flo Kent"), singular forms;
# a plural covers every name up to the next title.
TITLES_IN_RUNNING_LISTS = (*MEMBER_TITLES, *VISITOR_ROLES, "member", "board member", "officer", "chair", "chairman",
                           "chairperson", "vice chair", "vice-chair", "president", "vice president", "vice-president",
                           "secretary", "treasurer", "clerk", "deputy clerk", "mayor", "visitor", "staff member")
# Nouns that end a job title ("Port Manager"): what someone does, not another person.
ROLE_NOUNS = (
    "manager", "officer", "director", "coordinator", "co-ordinator", "designer", "engineer", "consultant",
    "attorney", "solicitor", "accountant", "adviser", "advisor", "administrator", "assistant", "representative",
    "planner", "surveyor", "architect", "auditor", "ranger", "warden", "inspector", "organiser", "organizer", "lead",
    "leader", "captain", "minister", "commodore", "head of", "coach",
    "rep", "registrar",  # "Parent Rep", "Wednesday Rep": a representative's short title
    "professional",  # "Governance Professional": a school board's clerk
    "headteacher", "head teacher", "principal", "superintendent", "chief", "scrum master", "product owner",
    # a church's officers ("Ann Adams, Jo Hayward (Churchwardens)")
    "churchwarden", "deacon", "steward", "verger", "sidesperson", "vicar", "rector", "curate", "pastor",
)  # fmt: skip

# Last words of a job title written before a name, besides `ROLE_NOUNS` ("Fire Chief Ann Lee",
# "Prudential Committee Member Bo Chan").
TITLE_HEAD_WORDS = ("member", "captain", "lieutenant")
# Last words of an official's office listed before the holder's name in brackets, besides `ROLE_NOUNS`
# ("Deputy Chief Executive (Mr. P. Dowling)").
OFFICE_LAST_WORDS = ("executive", "registrar", "controller")

# Roles one person holds, so that "the Clerk" in the minutes is that person.
OFFICE_ROLES = frozenset({CHAIR, CLERK, "secretary", "treasurer", MINUTE_TAKER, "president", "vice-chair", "mayor",
                          DEPUTY_CLERK})
# Roles someone holds at the meeting itself, so they attended it; an officer
# list ("Treasurer - Jeanne Banks") says nothing about who came.
MEETING_ROLES = frozenset({CHAIR, MINUTE_TAKER, TIMEKEEPER})
# The people a supervision or project meeting is between, as forms name them.
PARTICIPANT_ROLES = ("student", "supervisor", "mentor", "mentee", "tutor", "advisor", "adviser", "client",
                     "sponsor", "coach")
PARTICIPANT_FIELD_ROLES = (*PARTICIPANT_ROLES, "manager")
# How someone takes part, written in brackets beside their name: kept as their role ("(proxy)").
ATTENDANCE_QUALIFIERS = (*PARTICIPANT_ROLES, *VISITOR_ROLES, "proxy", "substitute", "deputy", "alternate",
                         "visitor", "remote", "online", "virtual", "late")

# A note in brackets beside a name on when the person came or went ("(who left at 12.40pm)", "(arrived 7.10pm)",
# "(from item 4)", "(part)"): no role (regex fragment, the bracket's opening words).
ATTENDANCE_TIME_NOTES = (r"(?:who\s+)?(?:left|arrived|joined|departed|entered|withdrew|came)\b|from\s+(?:item|minute)"
                         r"|until\s|for\s+items?\b|part(?:\s+of\s+the\s+meeting|\s+meeting)?(?=\))")
# Roles that can own an action or chair a meeting.
ROLE_WORDS = (
    "chair", "chairman", "chairperson", "chairwoman", "co-chair", "vice-chair", "clerk",
    "secretary", "treasurer", "president", "vice-president", MINUTE_TAKER, "coordinator",
    "convenor", "convener", "manager", "director", "officer", "committee", "board", "council",
    "team", "staff", "members", "all", "everyone", "group", "executive", "lead",
)  # fmt: skip
# The one office holder a terse minute may name in lower case as a task's owner ("... - clerk to write").
LOWER_CASE_OWNER_OFFICES = ("clerk", "chair", "chairman", "chairperson", "secretary", "treasurer")
# "The new chairperson will do the agenda", "the former chair has agreed to lead it": words of an office's
# tenure that may stand, in lower case, between the article and a person's office.
OFFICE_TENURE_WORDS = frozenset({"new", "incoming", "outgoing", "former", "retiring", "acting", "interim", "current",
                                 "deputy", "assistant"})
# "The coach will order the numbers", "The Vicar agreed to write": offices besides `ROLE_WORDS` whose holder owns a
# task, said with the article or capitalised ("Coach will ...").
TASK_OFFICE_NOUNS = frozenset({"coach", "captain", "warden", "wardens", "churchwarden", "churchwardens", "vicar",
                               "rector", "pastor", "curate", "minister", "headteacher", "principal", "registrar",
                               "webmaster", "editor", "steward", "bursar", "ranger", "organiser", "organizer"})
# Groups and roles that minutes give tasks to.
GROUP_OWNERS = frozenset({
    "staff", "supervisors", "councillors", "trustees", "directors", "officers", "committee",
    "subcommittee", "sub-committee", "board", "members", "volunteers", "team", "council", "group",
    "executive", "officer", "organisers", "organizers", "everyone", "all",
    "management",  # an association's managing agent ("Pond fountain – Management to obtain two bids.")
})  # fmt: skip
# Group owners that stand for everyone at the meeting: no name comes before them ("Encourage all to ..."
# is a request, not a group called "Encourage").
WHOLE_MEETING_OWNERS = frozenset({"everyone", "all"})
# Words for "someone else" in a joint owner list ("Ann + other - book the hall").
COMPANION_OWNERS = frozenset({"other", "others", "another"})
# Capitalised words that start sentences but are never owners.
NOT_OWNERS = frozenset({
    "matter", "application", "accounts", "payments",
    "it", "this", "that", "there", "we", "they", "he", "she", "you", "i", "these", "those",
    "need", "needs", "plan", "aim", "time", "item", "items", "action", "actions", "agreed",
    "decision", "resolved", "motion", "also", "next", "date", "meeting", "minutes", "report",
    "update", "the", "a", "an", "what", "how", "who", "when", "where", "why", "no", "any",
    "all", "each", "some", "one", "our", "their", "his", "her", "its", "nobody", "someone",
    "somebody", "to", "in", "on", "at", "for", "and", "or", "but", "if", "as", "so", "not",
    "please", "thanks", "thank", "discussion", "question", "questions", "note", "notes",
    # "Due to the weather", "Prior to the meeting": words that open a phrase with "to"
    "due", "owing", "prior", "subject", "according", "pursuant", "further",
})  # fmt: skip

# Words that open a phrase but never a task's verb: "Budget: the new look" has no owner, while
# "Riley: update the rota" has one.
NOT_TASK_VERBS = frozenset({
    "it", "this", "that", "there", "we", "they", "he", "she", "you", "i", "these", "those",
    "the", "a", "an", "what", "how", "who", "when", "where", "why", "no", "any", "all", "each", "some",
    "one", "our", "their", "his", "her", "its", "nobody", "someone", "somebody", "to", "in", "on", "at",
    "for", "and", "or", "but", "if", "as", "so", "not", "also", "next", "due", "owing", "prior",
    "according", "further", "is", "are", "was", "were", "has", "have", "had", "will", "can", "new",
})  # fmt: skip

# Last words of a street's name ("Station Road", "Mill Way"): a place, never a task's owner
# (unless the roster knows the person, "Penny Lane").
STREET_WORDS = frozenset({
    "road", "street", "lane", "way", "close", "avenue", "drive", "crescent", "terrace", "grove",
    "gardens", "mews", "rd", "place", "plaza", "boulevard", "blvd",
})  # fmt: skip

# Common English short forms of first names, for "Bob" meaning "Robert ...".
NICKNAMES: dict[str, tuple[str, ...]] = {
    "robert": ("bob", "rob", "bobby", "robbie"), "william": ("bill", "will", "billy", "liam"),
    "richard": ("dick", "rick", "rich", "richie"), "james": ("jim", "jimmy", "jamie"),
    "john": ("jack", "johnny"), "margaret": ("maggie", "meg", "peggy"), "elizabeth": ("liz", "beth", "betty"),
    "katherine": ("kate", "kath", "kathy", "katie"), "catherine": ("kate", "cath", "cathy", "katie"),
    "michael": ("mike", "mick", "mikey"), "thomas": ("tom", "tommy"), "anthony": ("tony",),
    "christopher": ("chris",), "christine": ("chris",), "daniel": ("dan", "danny"), "david": ("dave",),
    "edward": ("ed", "ted", "eddie"), "joseph": ("joe",), "jonathan": ("jon",), "matthew": ("matt",),
    "nicholas": ("nick",), "patricia": ("pat", "trish"), "patrick": ("pat",), "peter": ("pete",),
    "stephen": ("steve",), "steven": ("steve",), "susan": ("sue",), "timothy": ("tim",),
    "alexander": ("alex",), "andrew": ("andy", "drew"), "benjamin": ("ben",), "charles": ("charlie", "chuck"),
    "deborah": ("debbie", "deb"), "jennifer": ("jen", "jenny"), "kenneth": ("ken",), "lawrence": ("larry",),
    "samuel": ("sam",), "samantha": ("sam",), "victoria": ("vicky", "tori"), "gerald": ("gerry", "jerry"),
    "jeremy": ("jerry",), "frederick": ("fred",), "gregory": ("greg",), "philip": ("phil",),
    "phillip": ("phil",), "raymond": ("ray",), "ronald": ("ron",), "donald": ("don",), "douglas": ("doug",),
}  # fmt: skip

# Endings that make a pet form of a first name: "Pauli" for "Paul", "Johnny"
# for "John", "Annie" for "Ann" (the last consonant may double).
DIMINUTIVE_ENDINGS: tuple[str, ...] = ("i", "ie", "y", "ey")

# Endings of abstract nouns, never of a person's name: "Invitation to attend ..." names no owner.
# ("Development", "Government", "Management", "Equipment": -ment nouns, but not names such as "Clement")
NOUN_ENDINGS = ("tion", "tions", "sion", "sions", "ness", "ity", "ities", "ments", "opment", "nment", "agement",
                "ipment", "rement")

# The capital letters a name may open with, accented ones too ("Ó Ceallaigh", "Élise", and the Latin Extended-A
# block's, "Ćorić", "Łopez", "Šimić", whose capitals and small letters alternate) (a character class body).
NAME_CAPITALS = "A-ZÀ-ÖØ-ÞĀ-Ž"

# Lower-case particles inside names ("Antoine du Hamel", "Ludwig van Beethoven").
NAME_PARTICLES = ("du", "de", "da", "di", "van", "von", "der", "den", "la", "le", "al", "bin")

# A person's name written out: up to four capitalised words ("Mary Anne Lee"),
# and up to three ("Board President Bishop" is read word by word). The pronoun "I" ("I was elected as
# the Chairperson") is nobody's name; an initial "I." is.
NAME = r"(?!I\b(?!\.))[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}"
NAME_UP_TO_3 = r"(?!I\b(?!\.))[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}"
# Words after "C. Diaz" that show a person's initial and surname opening a line, not a list item "C."
# ("C. Diaz to order new signs", "A. Lee reported ...").
AFTER_A_PERSON_WORDS = ("to", "will", "and", "reported", "said", "noted", "agreed", "asked", "presented", "explained",
                        "confirmed", "thanked", "welcomed", "proposed", "seconded", "moved")
# Words that qualify an office without changing it ("President Elect", "Immediate Past President").
OFFICE_QUALIFIERS = ("immediate past", "past", "elect", "acting", "interim", "incoming", "outgoing")
