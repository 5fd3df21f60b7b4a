"""Labels minutes write before what they introduce: attendance lists, role
lines, action lists, the next meeting, and the parts of an agenda item.

Plain data: regex fragments, matched case-insensitively at the start of a line.
"""

from __future__ import annotations

from notes_extract.vocab.build import any_of
from notes_extract.vocab.decisions import APPROVED_LIST_LABELS, SECONDED
from notes_extract.vocab.people import (
    BODIES,
    BODIES_BEFORE_OFFICE,
    DECIDING_BODY_WORDS,
    MEMBER_TITLES,
    ROLE_LINE_LABELS,
)

# The record's attendance lists; "apologies" is also the word minutes use.
PRESENT = "present"
APOLOGIES = "apologies"
ABSENT = "absent"
IN_ATTENDANCE = "in_attendance"
# The label of "Ann Lee arrived at 7.40pm.": a member who came late, no label written.
ARRIVED_LATE = "arrived"

APOLOGY = r"apolog(y|ies)"
# "Apologies were received from ...", "Regrets": words that open a list of apologies.
APOLOGY_WORDS = rf"{APOLOGY}|regrets"
# How minutes say apologies came in: "Apologies were received / accepted / noted from ...".
APOLOGY_RECEIPT_VERBS = ("received", "accepted", "noted", "tendered", "submitted")
ATTENDING = r"(present|in attendance|attending)"
# "Trustees", "Board members": the members of a body, by their title or the body's name.
_MEMBER_PLURALS = tuple(f"{title}s" for title in MEMBER_TITLES)
_BODY_MEMBERS = tuple(f"{body} members" for body in BODIES)
MEMBERS_OF_BODIES = any_of((*_MEMBER_PLURALS, *_BODY_MEMBERS))

# "Excused:", "Excused absences:": members away with leave, the record's apologies.
EXCUSED_ABSENCE = r"excused( absences?| members)?|absences? excused"
# "Unexcused absence:" (also misspelt "absense"): away without leave, the record's absent.
UNEXCUSED_ABSENCE = r"unexcused( absen[cs]es?)?|absen[cs]es? unexcused"
# "Missing:", "Not in attendance:", "Unable to attend:" over members who did not come.
MISSING_MEMBERS = r"missing|not in attendance|not attending|did not attend|didn['’]t attend"
# "In attendance" with no "Present" list beside it: those present, not non-members (regex, the whole label).
# "Invited attendees": those asked to come; with no other list of who came, those present.
INVITED = r"invited( attendees| attendants| participants)?|invitees|attendants"
IN_ATTENDANCE_ONLY_LIST = rf"in attendance|attending|{INVITED}"
# "Voting members of the Technical Council": a body's members, named after it, over the roster.
MEMBERS_OF_NAMED_BODY = r"((non[- ])?voting |full )?members of (?!(the )?(public|press))(the )?[\w&.-]+( [\w&.-]+){0,4}"
# "Later arrivals:", "Arrived late:": members who came after the start, among those present.
LATE_ARRIVALS = r"(later?|late[- ]?coming) (arrivals?|joiners?|comers)|latecomers|arrived late|joined late"
# Sub-headings over one group of a roster ("Steering Committee Members", "Foundation Staff"),
# by the list they open; the last word names the group.
ROSTER_GROUP_WORDS: list[tuple[str, str]] = [
    (IN_ATTENDANCE, r"staff|guests|observers|visitors|advisers|advisors|liaisons"),
    (PRESENT, r"members|representatives|delegates|directors|trustees|participants|attendees"),
]
# Words after a head count that say whom it counts ("7 of 9 members present").
HEAD_COUNT_WORDS = r"members?|people|attendees|present|attending|attended|in\s+attendance"
# Labels that say who was away only over names ("Missing: the figures" is no attendance).
# "Officers" also heads an elections item ("## Officers" over "**Ann for Chair.**"), and "Others:"
# any list: attendance only over names.
# "Who:" and "Team:" (in a team's notes: who came) likewise.
# "Community attendance:", "Board participants:": one word saying whose attendance, over the names.
# ("In attendance", "Not in attendance" are labels of their own, read whatever follows them.)
QUALIFIED_ATTENDANCE = (r"(?!(?:in|not|also)\s)(?!(?:guest|visitor|observer|staff|officer|public|press|other|"
                        r"additional|non|absent|invited|apolog|late|expected|planned|required|total|low|high|poor)\w*\s)"
                        r"[a-z]+(?:['’]s)? "
                        r"(?:attendance|attendees|participants)")
LABELS_ONLY_OVER_NAMES = rf"missing|excused|officers?|others|who|team|{MEMBERS_OF_NAMED_BODY}|{QUALIFIED_ATTENDANCE}"
# "Trustees" alone on a line, no colon: the group of an attendance list over names, not an item's title.
BARE_LABELS_ONLY_OVER_NAMES = MEMBERS_OF_BODIES

# "Board of Directors Present", "Members of the Board present": a body named in full before the word
# (not "Members of the public present", who attend without being members).
_BODY_IN_FULL = (rf"(?:{any_of(BODIES)}|members) of (?!(?:the )?(?:public|press)\b)(?:the )?[\w&'’-]+"
                 rf"(?: [\w&'’-]+){{0,2}}")
# "Directors and Staff Present", "Councillors & Officers present": two groups joined before the word.
_GROUPS_JOINED = r"(?:[a-z]+s|staff|board|committee|council) (?:and|&) (?:[a-z]+s|staff|management)"
# "List of attendees", "Who attended", "Who's here": a list of who came named in other words.
_WHO_CAME = (r"(?:list|names|roll|register|record) of (?:attendees|participants|those present|members present)"
             r"|(?:attendees|participants) (?:present|attending)"
             r"|(?:attendance|attendee|participant)s? (?:list|register)"
             r"|who (?:attended|came|was here|is here|was present)|who['’]s here")
# Attendance labels (category, regex fragment), tried in this order.
ATTENDANCE_LABEL_FORMS: list[tuple[str, str]] = [
    (PRESENT, rf"({any_of(BODIES)} )?members {ATTENDING}"
              rf"|({any_of((*MEMBER_TITLES, *_MEMBER_PLURALS, *BODIES_BEFORE_OFFICE))}|"
              rf"voting members?|those|people|persons|officers? and members)( members)? {ATTENDING}"
              rf"|{_BODY_IN_FULL} {ATTENDING}|{_GROUPS_JOINED} {ATTENDING}|{_WHO_CAME}"
              rf"|{MEMBERS_OF_BODIES}(?=\s*:|\s+[-–—]\s|\s*$)"),  # "Board Members – Ann Lee, ..."
    (IN_ATTENDANCE, r"in attendance|also (present|in attendance|attending)|officers?( present| in attendance)?"
                    r"|officials( present| in attendance)?"
                    r"|(management and )?staff( and management)?( present| in attendance)?|management"
                    r"|guests?( present)?|(other|additional) (attendees|participants)|others( present| attending)?"
                    r"|((non[- ])?voting )?observers?|observing|visitors?|invited guests?|non[- ]members?( present)?"
                    r"|members of the (public|press)( and (the )?(media|press))?|public and media|press"),
    (APOLOGIES, rf"{APOLOGY}( for absence)?( were)?( received)?|regrets|sent regrets|{EXCUSED_ABSENCE}"),
    (ABSENT, rf"(members? )?absent( without (an? )?apolog(y|ies))?|not present|absentees?|{MISSING_MEMBERS}"
             rf"|{UNEXCUSED_ABSENCE}"),
    # (the longer labels first: "Team attendees" is one label, not "Team" and a word after it)
    (PRESENT, rf"present( members)?|attendees?|attendance|attending|participants|members|roll[- ]call"
              rf"|{LATE_ARRIVALS}|joined|{QUALIFIED_ATTENDANCE}"
              rf"|({any_of(BODIES)}|voting|full) members(?=\s*:?\s*$)"
              rf"|{MEMBERS_OF_NAMED_BODY}(?=\s*:?\s*$)|who|team"),
    (IN_ATTENDANCE, INVITED),
]
# Words that make a sentence ending in a colon open an attendance list ("The following
# people attended:", "Those who joined the call:"), by the list, tried in this order.
ATTENDANCE_SENTENCE_CUES: list[tuple[str, str]] = [
    (APOLOGIES, rf"{APOLOGY_WORDS}|unable to attend|could not attend|couldn['’]t attend"),
    (ABSENT, rf"absent|not present|{MISSING_MEMBERS}"),
    # "National Staff Present:": the body's staff attend without being its members; "The following members and
    # guests were present:" lists everyone who came, members first
    (IN_ATTENDANCE, r"also (present|attending|attended|in attendance|joined)|observ(ed|ing|ers)"
                     r"|(?<!members and )(?<!members & )(?:guests?|visitors?)"
                     r"|staff (present|attending|in attendance)"),
    (PRESENT, r"attend(ed|ing|ance|ees)?|present|participa(nts|ted|ting)|joined|on the call|in the room|who['’]?s here"
              r"|roll[- ]call(?!\s+(vote|votes|voting|ballot))"
              # "Chair Ames and Commissioners Lee and Ode answered the roll."
              r"|answered\s+(the\s+)?roll"),
]
# Words every one of those cues holds, for a cheap test before the pattern runs.
ATTENDANCE_CUE_TRIGGERS = ("apolog", "regret", "attend", "absent", "present", "missing", "observ", "guest", "visitor",
                           "particip", "joined", "on the call", "in the room", "roll", "s here")
# Attendance labels written in capitals that may run on after a title line ("... 29 JUNE 2018 PRESENT:- ...").
CAPITALS_ATTENDANCE_LABELS = ("PRESENT", "APOLOGIES", "ABSENT", "IN ATTENDANCE", "ATTENDEES")
# "Trustee Hayden did not attend.", "Ann Lee sent her apologies.": the names, then why they are not
# among those present (regex fragments after the names, by category).
NAMES_THEN_NOT_PRESENT: list[tuple[str, str]] = [
    (APOLOGIES, rf"(?:sent|gave|tendered|offered)\s+(?:(?:his|her|their)\s+)?(?:{APOLOGY_WORDS})"
                r"|(?:was|were)\s+unable\s+to\s+attend|could\s*n[o']t\s+attend"
                r"|(?:was|were)\s+excused"),  # "Di Fox was excused.": an absence the body accepted
    (ABSENT, r"did\s+not\s+attend|(?:was|were)\s+(?:absent|not\s+present)"),
]
# Words one of those sentences holds, for a cheap test before the pattern runs.
NOT_PRESENT_TRIGGERS = ("attend", "absent", "present", "apolog", "regret", "excused")
# How someone took part, as a label over a group of those present ("In person:", "Online:").
ATTENDANCE_MODES = (r"in person|in the room|online|remote(ly)?|virtual(ly)?|by (phone|video)|"
                    r"via (zoom|teams|video|phone|video ?link)|on (zoom|teams|the call|the phone)|dial[- ]?in")

# Labels that name a body's members rather than say who came; inside an agenda
# item they list people for some other purpose.
MEMBERS_LABEL = rf"{MEMBERS_OF_BODIES}|members"
# A heading over a list of those present ("Members present", "Attendance").
ATTENDANCE_HEADINGS = (r"members( present)?|attendance|attendees|participants|present|those present|attending"
                       rf"|roll[- ]call|{INVITED}")
# What joins two attendance headings into one ("Roll Call / Attendance").
ATTENDANCE_HEADING_JOINERS = r"/|&|and|or"

# "Respectfully submitted," over the name of who wrote the minutes ("Minutes respectfully submitted by ...").
SUBMITTED = r"((the\s+)?minutes\s+(were\s+)?)?(respectfully\s+)?submitted( by)?"

# Words naming the body or the kind of meeting between "next" and "meeting": "The next Board Meeting: 1 May",
# "Next full Council meeting - 3 June", "Next General Meeting".
_NEXT_MEETING_KINDS = any_of((*BODIES, *DECIDING_BODY_WORDS, "general", "executive", "ordinary", "monthly", "regular",
                              "full", "team", "club", "parish", "annual"))
NEXT_MEETING = (r"date,? (time )?(and|&) (venue|place|location) of (the )?next meeting|"
                r"(the )?dates?,? (and|&) times? of (the )?next meetings?|(the )?dates? of (the )?next"
                rf" meetings?|(the )?next (?:{_NEXT_MEETING_KINDS} ){{0,2}}"
                r"(?:meeting|call|sync|session|telecon|stand-?up)s?"
                r"( (date|time|venue|place|location)s?(,? (and |& )?"
                r"(date|time|venue|place|location)s?)*)?|future meetings?( dates)?|upcoming meetings?|"
                r"donm|"  # "DONM": date of next meeting
                r"next(?=\s*:\s*[^:\n]{0,20}\d)")  # "Next: 12 Oct": a bare "Next:" over a date is the next meeting
# A heading that introduces the list of actions (not a review of earlier ones); "Tasks Assigned" too.
ACTIONS_HEADING = (r"([\w'’-]+(\s+|\s*/\s*)){0,3}?(actions?|action (points?|items?|notes?|list|log|summary|register|"
                   r"plan)|ais|aps|tasks|to[- ]?dos?|follow[- ]?ups?( items| actions)?|assignments)"
                   r"( agreed| arising| from this meeting| summary| to (resolve|complete|follow up|do)"
                   r"| assigned| allocated"
                   # "Actions before next meeting", "Tasks for the next meeting": the tasks to be done by then
                   r"| (before|for|by|until) (the )?next (meeting|session))?"
                   # "#### Assigned" under "### Actions": the tasks given out, a group of that list
                   r"|(newly\s+)?(assigned|allocated)")
# The label of a meeting's date in an info block or form table ("Date:", "Meeting date", "Date & time").
MEETING_DATE_LABELS = r"(meeting )?date( of (the )?meeting)?( (and|&) time| ?/ ?time| ?time)?|when"  # "Date/Time:"
# The other fields of a meeting's info block, after its date ("Date: 3 March 2024 Time: 10:00 Venue: ...").
MEETING_INFO_LABELS = (r"time|start time|end time|duration|location|venue|place|where|room|attendees|present|"
                       r"participants|chair|facilitator")
# The labels that open a line of a title block or attendance ("Present:", "In the Chair:", "Venue:"): such a
# line starts a paragraph of its own, never the remainder of a long line above it.
FIELD_LINE_LABELS = (rf"{MEETING_DATE_LABELS}|{MEETING_INFO_LABELS}|{ATTENDANCE_HEADINGS}|{APOLOGY_WORDS}|absent|"
                     rf"(also )?in attendance|also present|{ROLE_LINE_LABELS}")
# "Next week's goals", "Week 3 goals", "Sprint 2 meeting plan": a to-do heading that opens with its time frame.
TIMED_PLAN = (r"(((next|this|coming|upcoming)\s+(week|sprint|meeting)|week\s+\d+|sprint\s+\d+)(['’]s)?\s+(meeting\s+)?"
              r"(goals?|plans?|tasks|objectives?|to[- ]?dos?|deliverables))")
# Headings over a to-do list: future work, each item an action ("Next steps", "Plan for next week",
# "Future goals", "Short-term to do list", "Later objective", a bare "Upcoming:" over the work to come).
# A team log's "Planning for the next cycle" and "Upcoming goals" are such headings too, and so are
# a hackathon or daily log's "Plan for tomorrow" (a bare "Plan" may be an item about a plan).
TODO_HEADING = (r"((short|long)[- ]term\s+|weekly\s+|team\s+|our\s+)?(next\s+steps?|(plans?|planning|goals?|tasks|"
                r"objectives?|deliverables|assignments|action\s+items?|to[- ]?dos?)\s+for\s+(the\s+)?"
                r"(((next|this|coming|following|upcoming)\s+)?(week|weeks|meeting|sprint|month|cycle|iteration|milestone)"
                r"|(week|sprint)\s+\d+|tomorrow|next\s+time|day\s+\d+)"
                r"|(for\s+)?(the\s+)?next\s+(week|sprint)|for\s+(the\s+)?next\s+(meeting|session|call)|(future\s+)?goals"
                r"|(later|future|upcoming|coming|short[- ]term|long[- ]term)\s+(objectives?|goals?|tasks)"
                r"|to[- ]?do\s+list|actionables?|action\s+items?|upcoming|" + TIMED_PLAN +
                r"|to[- ]?do\s+(before|by|for)\s+(the\s+)?next\s+(meeting|week|session))")
REVIEW_WORDS = r"review|update|updates|outstanding|previous|last|matters|progress|completed"
# Actions carried from earlier meetings.
PREVIOUS_ACTIONS = r"previous|last|earlier|outstanding|carried (forward|over)|prior|open actions|matters arising"

# The fields of a task written under its item ("Owner: Ann", "Due: 30 June", "**Responsible:**"): parts of
# the item, never an item of their own (regex fragment, the whole label).
TASK_FIELD_LABELS = (r"owners?|due|due\s+date|deadline|target\s+date|by\s+when|responsib(?:le|ility)"
                     r"|assigned\s+to|action\s+by|lead\s+person")
TASK_FIELD_WORDS = ("owner", "owners", "due", "deadline", "responsible", "responsibility")
# Labels minutes number what an item records with ("Decision 1:", "Action 3:", "Resolution 2025-04"): a
# numbered one alone on its line labels the text under it (segment/record_labels.py).
NUMBERED_RECORD_LABELS = ("decision", "action", "action point", "action item", "resolution", "motion", "ap", "ai")
# Of those, the ones that head an agenda item when a caption follows ("Motion 2: Library hours").
CAPTIONED_ITEM_LABELS = ("motion",)
# Headings that label a part of an agenda item rather than start a new one.
# Headings over a list of decisions, in the many wordings minutes use: "Decisions", "Key decisions",
# "Agreements", "Decisions and agreements", "Decision log", "What we decided", "Things we agreed on".
DECISION_HEAD_NOUNS = r"decisions?|agreements?|resolutions?|outcomes?|conclusions?"
DECISION_HEADINGS = (r"((key|main|major|final|summary\s+of|list\s+of|record\s+of)\s+(the\s+)?)?"
                     rf"({DECISION_HEAD_NOUNS})(\s+(made|taken|reached|log|record))?"
                     rf"(\s*(/|\band\b|&)\s*({DECISION_HEAD_NOUNS}))?"
                     r"|(what|things)\s+((we|the\s+(team|group|committee|board|meeting))\s+)?(decided|agreed)"
                     r"(\s+(up)?on)?|decided")
FIELD_LABELS = (rf"discussion|discussions|{DECISION_HEADINGS}|notes?|summary|"
                r"details|background|comments?|observers?|resources|special notes|presenter|update|updates|purpose|"
                rf"{APPROVED_LIST_LABELS}|{TASK_FIELD_LABELS}")
DECISION_LABELS = rf"{DECISION_HEADINGS}|consensus|{APPROVED_LIST_LABELS}"
# Field labels that state what a meeting is for ("Purpose: review the portal"), not an agenda item.
MEETING_PURPOSE_WORDS = ("purpose", "purposes", "aim", "aims", "objective", "objectives")
# Labels that open a line without naming an agenda item ("Action: ...", "Chair: ...").
NOT_TOPIC_WORDS = (
    "action", "actions", "ai", "ap", "agreed", "decision", "resolved", "resolution", "motion", "proposal", "proposed",
    "todo", "to-do", "to do",  # "TODO: book the hall": an action's label, as "Action:"
    SECONDED, "note", "notes", "nb", "source", "date", "time", "venue", "location", "place", "where", "when",
    PRESENT, APOLOGIES, ABSENT, "chair", "minutes", "update", "status", "question", "answer", "q", "a", "comment",
    "result", "vote", "votes", "outcome", "summary", "conclusion", "subject", "re", "to", "from", "cc", "url", "link",
    "website", "email", "tel", "phone", *MEETING_PURPOSE_WORDS, "poll", "consensus",
    "ayes", "aye", "yeas", "nays", "noes", "abstain", "abstentions",  # a roll call's columns ("AYES: 3; NOES 0")
    "elected", "re-elected",  # an election's result ("Elected: Ann Lee (Chair), Bo Ode (Treasurer)")
    *TASK_FIELD_WORDS,
)  # fmt: skip
# "Procedural Note: ...", "Post meeting note: ...", "PS: ...", "NB: ...": a remark on the item being read
# (regex fragment, a whole label): never an item of its own, whatever follows it.
ANNOTATION_LABEL = r"(?:[\w'’-]+\s+){0,3}note|p\.?\s?s\.?|n\.?\s?b\.?"
# Scribe minutes (W3C/IRC style): "Topic: X" opens an agenda item named X.
SCRIBE_TOPIC_MARKERS = ("topic", "subtopic", "agendum")
# A scribed call's head as its minutes page prints it, each label alone over its value ("Chair" over an
# indented "Ann Lee"): the roles such a head names (regex fragment, the whole line).
SCRIBE_HEAD_ROLES = r"chairs?|scribes?|scribe ?nick|facilitators?|moderators?|(?:minute|note)[- ]?takers?"
# Scribe-tool lines that name no speaker ("scribenick: ab", "present+ Ann").
SCRIBE_MARKERS = ("scribe", "scribenick", "scribe nick", "present+", "present-", "regrets+", "rrsagent", "zakim",
                  "chair", "chairs", "agenda", "meeting", "irc", "log", "slides", "issue", "pr", "info", "fyi", "todo")
# A show of hands in a scribe log ("+1", "-1", "0"): one participant's view, not a decision.
POLL_MARKS = ("+1", "-1", "+0", "-0", "0", "+1000")

# A form field naming the agenda item the form is about.
AGENDA_ITEM_FIELDS = ("agenda item", "item", "topic", "subject")

# Header cells of a table of agenda topics ("Topic | Discussion | Outcome | Action | Owner"),
# each the whole cell (regex fragments).
TOPIC_COLUMN = r"(agenda\s+)?(topics?|items?|subjects?|issues?|points?)(\s+(discussed|raised))?|agenda"
DISCUSSION_COLUMN = (r"(discussion|notes?|details?|comments?|summary|minutes|remarks|points? discussed)"
                     r"(\s*(/|and|&)\s*\w+)?(\s+(summary|notes?|points?))?")
TOPIC_OUTCOME_COLUMN = r"(outcomes?|decisions?( made)?|resolutions?|conclusions?|agreed|result)"
TOPIC_ACTION_COLUMN = r"(actions?|action items?|actionables?|next steps?|follow[- ]ups?|tasks?)( required| arising)?"
TOPIC_OWNER_COLUMN = r"(owners?|who|responsible|person responsible|assignee|assigned to|lead|by whom|action by)"
# Who presented a topic ("Presenter", "Led by", "Speaker").
TOPIC_PRESENTER_COLUMN = r"(presenters?|presented by|introduced by|led by|speakers?|facilitator|raised by)"
# A column that only times the topic ("Time", "Duration", "10 min" in the Confluence template).
TOPIC_TIME_COLUMN = r"(time|timing|duration|time ?slot|length|mins?)"
# A column that only numbers the rows ("No.", "Item No.", "#").
TOPIC_NUMBER_COLUMN = r"(item\s+)?(no\.?|number|#|ref\.?)|min(ute)?\.?(\s+(no\.?|number|ref\.?))?"

# Lines inside an attendance list that count people rather than name them (regex fragment).
# A line about the quorum, not about who came (regex fragment).
QUORUM = r"quorum|quorate|inquorate"
# What is taken or found before the names present ("Roll call was taken and A, B were present.").
PRESENCE_CHECKS = r"roll[- ]call|(?:a\s+)?quorum"
# A head count of people not named ("5 members of the public") (regex fragment, the number).
HEAD_COUNT = r"\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many"
NOT_PEOPLE = (rf"members? of the public|public|none|nil|no {APOLOGIES}|{QUORUM}|({HEAD_COUNT})\s+(people|members|"
              r"residents|persons|parishioners|visitors)|all|everyone|everybody|all members|whole team|the team")
# "... P. Markwell together with 5 members of the public": the counted public after the last name
# (regex fragment, from the joining words to the end).
PUBLIC_COUNT_AFTER_NAMES = (rf"(?:(?:together|along)\s+with|plus|and|with)\s+(?:{HEAD_COUNT})\s+"
                            r"(?:members?\s+of\s+the\s+public|residents|parishioners|visitors)\b.*")

# A word after a name in a roll call, or a marker beside it inside one list
# ("Ann Lee - present", "Bob Stone (absent)"), by the list it puts the person in.
ROLL_CALL_WORDS: list[tuple[str, str]] = [
    (PRESENT, r"present|attended|attending|here|aye|in person|online|remote(ly)?|virtual(ly)?|by (phone|video)"),
    (APOLOGIES, rf"({APOLOGY_WORDS})( ({'|'.join(APOLOGY_RECEIPT_VERBS)}))?|sent {APOLOGY_WORDS}|excused"
                # "Tom Hale (unable to attend)", "Jo Ray (unable to attend today's meeting)"
                r"|(unable to|could not|couldn['’]t|cannot|can['’]t) attend( (today['’]s|this|the) meeting)?"),
    (ABSENT, r"absent|not present|did not attend"),
]
# The same words as a typed roll call sets them in a column of their own, the gap between lost to a single
# space ("Ann Lee<tab>Present"): capitalised, so no name's last word ("Cy Present") is taken for one.
BARE_ROLL_CALL_WORDS: list[tuple[str, str]] = [
    (PRESENT, r"Present|PRESENT"), (APOLOGIES, r"Apologies|APOLOGIES|Excused|EXCUSED"), (ABSENT, r"Absent|ABSENT"),
]
# A roster's key to the mark beside names ("+ indicates attending", "* = absent"): the marks and
# the words between a mark and what it means (regex fragments).
ATTENDANCE_MARKS = r"[+*✓✔✗✘†#^✅❌☑❎]"
ATTENDANCE_KEY_VERBS = r"=|:|[-–—]|indicates|denotes|means|signifies|shows|marks"
# Words that may open the key's line ("Key: + = present").
ATTENDANCE_KEY_LABELS = r"key|legend|note"
# What a status column of an attendance table may say besides those words (regex fragments).
STATUS_TICKS: list[tuple[str, str]] = [(PRESENT, r"yes|y|x|[✓✔☑]"), (ABSENT, r"no|n|[✗✘☐]")]
# Header of an attendance table's status column (regex fragment, the whole header cell).
ATTENDANCE_STATUS_COLUMN = (r"(status|attendance|attended|attending|present|here|in attendance)\??"
                            r"(\s*\((y/n|yes/no|[✓x]/[✗x])\))?")

# Column headers of attendance tables (regex fragments, the whole header cell).
# "Governor | Category | Present": a column headed by the members' title names them too.
ATTENDANCE_NAME_COLUMN = (r"name|names|full name|member|members|attendee|attendees|person|who|participants?|"
                          r"governors?|trustees?|directors?|councillors?|(board|committee) members?")
# Headers that make a name and status table an attendance table wherever it stands ("Member | Attended").
ROLL_CALL_NAME_COLUMN = r"members?|attendees?|participants?"
ROLL_CALL_STATUS_COLUMN = (r"(attendance|attended|attending|present|in attendance|here)\??"
                           r"(\s*\((y/n|yes/no|[✓x]/[✗x])\))?")
ATTENDANCE_ROLE_COLUMN = r"role|roles|position|title|office|post|capacity|organi[sz]ation"
# What a sign-in list's lines give after each name ("**name** / **institution** / **GitHub handle**"),
# the words of its header line (regex fragment, one whole field).
PERSON_DETAIL_COLUMN = (r"affiliations?|institutions?|organi[sz]ations?|org|company|employer|team|group|project|"
                        r"(github |gitlab |slack |discord )?(handle|user ?name|username|id)|github|gitlab|e-?mail|"
                        r"pronouns|location|time ?zone|country|city|role|title|position")
# A column of the initials the minutes use for each person (regex fragment, the whole header cell).
INITIALS_COLUMN = r"initials|abbr\.?|abbreviation"
# Header of a roster's name column: "Name", "Student Name", "Full name" (regex fragment, the whole cell).
ROSTER_NAME_COLUMN = r"(?:[a-z]+\s+)?names?"

# ":book:", ":ballot_box_with_check:": an emoji as Markdown writes it (regex fragment): an ornament in a
# heading, a mark beside a name in a roster.
EMOJI_SHORTCODE = r"(?<!\S):[a-z0-9_+-]{2,40}:(?!\S)"
# Labels that name a minute taker over a name ("Minutes: Ann Lee") but an item over a sentence
# ("MINUTES: The minutes of March were approved."): an item about the previous minutes.
ITEM_OR_TAKER_LABELS = ("minutes",)
# Words that may sit among the capitalised words of a person's name, or before it ("taken by Ann Lee").
NAME_JOINING_WORDS = ("and", "&", "de", "van", "von", "der", "den", "la", "le", "da", "di", "du", "del", "y",
                      "taken", "recorded", "by", "tbc", "tbd")

# The header of a decision log's text column ("No. | Decision", "Ref | Decisions made | Proposed by"),
# and of its other plain columns besides a motion table's (a date, an id).
DECISION_LOG_COLUMN = r"decisions?(\s+(made|taken|agreed|reached))?|agreed|resolutions?|resolved"
DECISION_LOG_OTHER_COLUMNS = r"date|id|ref(erence)?\.?|no\.?|number|#"
