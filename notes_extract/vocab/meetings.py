"""Words about the meeting itself: kinds of meeting, words a title uses
without naming anything, online platforms, and words that name a place.
"""

from __future__ import annotations

from notes_extract.vocab.people import BODIES

# Words that say what kind of meeting it was ("Annual General Meeting", "Conference call").
MEETING_QUALIFIERS = ("annual", "special", "extraordinary", "regular", "monthly", "weekly", "general", "board",
                      "committee", "conference", "video", "zoom", "team", "public")
MEETING_NOUNS = ("call", "meeting", "session", "hearing", "workshop", "retreat", "agm", "egm", "standup", "stand-up",
                 "sync", "catch-up", "check-in", "scrum", "retrospective", "retro", "telecon", "teleconference",
                 "hangout", "roundtable")
# Title words that name no body in particular ("Committee Meeting Minutes").
GENERIC_TITLE_WORDS = (*BODIES, "group", "team", "general", "regular", "monthly", "weekly", "annual", "special",
                       "ordinary", "meeting", "minutes", "notes", "logs", "transcript")
# Who a governing body's meeting is of, with no name of its own ("Meeting of the Board of Directors").
GOVERNING_SEATS = ("directors", "trustees", "governors", "members", "officers", "executive", "management",
                   "shareholders", "partners")
# What a running log numbers its entries by ("Week 3", "Meeting 12", "Sprint 2").
LOG_ENTRY_NOUNS = ("week", "meeting", "sprint", "iteration", "session")
# What a log's entry may be titled before its date, as a meeting word is ("Minutes 12/03/2024").
LOG_ENTRY_TITLE_NOUNS = ("minutes", "notes")
# An item that only records the meeting's end, its time on the line below ("Meeting close" / "3:05pm").
MEETING_CLOSE_ITEMS = r"(meeting\s+)?(close[ds]?|closure|closing|adjourn(ed|ment)?)|end of (the )?meeting"
# A sentence that records the meeting's end ("Meeting closed at 8pm", "The Chair closed the meeting").
MEETING_CLOSED_LINES = (r"\bmeeting\s+(was\s+)?(closed|ended|adjourned|finished)\b"
                        r"|\b(closed|adjourned|ended)\s+the\s+meeting\b")
# A line that records the meeting's start ("Meeting called to order", "Meeting opened").
MEETING_OPENED_LINES = r"\b(called|came)\s+to\s+order\b|\bmeeting\s+(was\s+)?(opened|started|began)\b"
# Title words of a further meeting's minutes, which an attachment's title lacks.
MINUTES_TITLE_WORDS = ("minutes", "meeting", "agenda", "logs", "transcript")
# Online meeting platforms, as a location.
# A document's standing, written as a line of its own above the title ("DRAFT", "Unconfirmed minutes",
# "DRAFT – subject to approval at the next meeting"): what the minutes are, not whose.
DOCUMENT_STATUS_WORDS = ("draft", "unconfirmed", "unapproved", "unratified", "provisional", "approved", "confirmed",
                         "ratified", "confidential", "private and confidential", "restricted", "not yet approved",
                         "for approval", "awaiting approval")
# What may follow the standing on that line ("subject to approval", "to be approved at ..."); a date after
# "circulated"/"issued"/"approved on" is the day the minutes were sent or signed, not the meeting's.
DOCUMENT_STATUS_TAILS = ("subject to", "to be", "pending", "not yet", "awaiting", "until", "for", "circulated",
                         "issued", "distributed", "published", "updated", "revised", "amended", "prepared", "on",
                         "by")
PLATFORMS = ("zoom", "microsoft teams", "ms teams", "teams", "google meet", "google hangouts", "hangouts", "skype",
             "jitsi", "webex", "gotomeeting", "goto meeting", "bluejeans", "whereby", "teleconference",
             "video conference", "videoconference", "video call", "conference call")
# Words that make a line a place ("Village Hall", "12 High Street").
PLACE_WORDS = ("hall", "room", "centre", "center", "library", "lodge", "hotel", "church", "school", "office",
               "offices", "building", "house", "chamber", "chambers", "pavilion", "club", "street", "st", "road", "rd",
               "avenue", "ave", "lane", "way", "drive", "square", "online", "zoom", "teams", "campus", "university",
               "clubhouse", "chapel", "boardroom", "auditorium", "museum", "theatre", "institute", "hq", "headquarters",
               "studio", "hut", "barn", "inn", "pub", "cafe", "café", "restaurant", "arms")
# Words a room's or building's number follows ("Room 2.14", "Suite 10.30", "Room B45"): that number is no clock.
ROOM_WORDS = ("room", "rm", "suite", "floor", "level", "building", "bldg", "lab", "studio", "block", "unit")
# Abbreviated words of a place's name whose full stop ends no sentence ("St. John's Hall", "12 High Rd. North").
PLACE_ABBREVIATIONS = ("St", "Ste", "Rd", "Ave", "Mt", "Ft", "Pt", "Sq", "Ln", "Blvd", "Bldg", "Pl", "Dr", "No", "Rev",
                       "Revd", "Fr", "Ctr", "Univ", "Dept")
# A person's home as a meeting's place, after the possessive ("at Ann's place", "at the Lees' home").
HOME_WORDS = ("home", "house", "place", "flat", "apartment", "residence", "cottage", "farm", "garden", "office")
# Buildings a next-meeting venue names ("at the Village Hall"), case as written.
VENUE_BUILDINGS = ("Hall", "Room", "Centre", "Center", "Library", "Office", "Church", "School")
# Labels of a meeting's place ("Venue:", "... at 6:30pm. Location: Room 4"), and the facts a combined label
# joins to it ("Location & Time:", "Date/Time/Place:").
PLACE_LABELS = ("venue", "location", "place", "where", "meeting location", "meeting venue", "meeting place", "held",
                "held at", "held in", "meeting held at", "meeting held in")
PLACE_LABEL_COMPANIONS = ("date", "time", "day", "when")
# Labels of the line giving a meeting's time ("Time: 7pm", "When: 12 May, 9am-10am Pacific", "Date & Time: ...").
TIME_LABELS = ("time", "start time", "meeting time", "scheduled start", "start", "opened", "open", "when",
               "date and time", "date & time", "date/time", "date / time")
# Labels of a form's field that names the meeting ("Meeting Title: Conference Call on Tooling").
TITLE_LABELS = ("meeting title", "meeting name", "title of meeting", "name of meeting", "subject")
# Bare labels that name the meeting only when a name follows ("Title: Budget Review", "Meeting: Steering Group";
# not "Meeting: called to order at 7pm").
BARE_TITLE_LABELS = ("title", "meeting")
# Title words that say which sitting it was, not whose: left out of a series' name, so that
# "Extraordinary Meeting of the Parish Council" and "Minutes – Parish Council" are one series.
SERIES_NOISE_WORDS = ("minutes", "minute", "notes", "agenda", "draft", "approved", "unapproved", "meeting", "meetings",
                      "of", "the", "held", "on", "at", "in", "for", "a", "an", "and", "extraordinary", "emergency",
                      "special", "ordinary", "regular", "monthly", "weekly", "fortnightly", "adjourned", "reconvened",
                      "st", "nd", "rd", "th")
# Keys only a web page's front matter uses ("slug: 2019-sgm", "tags:", "layout: post"): a block of
# lower-case "key: value" lines at the top of a file with one of them is page metadata, even
# without "---" fences, never the minutes' own "Date:" / "Venue:" lines.
PAGE_METADATA_KEYS = ("slug", "tags", "layout", "permalink", "category", "categories", "hidetitle", "draft",
                      "weight", "aliases", "published", "editor", "excerpt", "toc", "nav_order", "sidebar", "lang",
                      "author", "authors", "datecreated", "lastmod", "summary", "keywords")

# "I will report more fully at a further meeting": words that put a meeting after this one.
LATER_MEETING_WORDS = ("next", "further", "future", "later", "following", "subsequent")

# A web page's navigation and login chrome above the minutes ("Back to the club's home page...",
# "Please enter the password"): never the meeting's title or date line.
PAGE_CHROME_OPENERS = ("back to", "return to", "click here", "skip to", "go to", "log in", "login", "sign in")
PAGE_CHROME_WORDS = ("home page", "homepage", "password", "main menu", "site navigation", "navigation menu",
                     "jump to navigation", "jump to search", "skip navigation",
                     "used for column layout",  # a page builder's note on its layout table
                     "recent posts", "recent comments")  # a blog's sidebar headings

# What a formal minutes title opens with and how it says when ("Minutes of the meeting of the
# Parish Council held on Tuesday 3 March 2024 at 7pm"): a log of such minutes repeats the line.
MINUTES_TITLE_NOUNS = ("minutes", "notes", "record", "report")
# Record words between "Minutes of" and the meeting's name, or in its place ("Minutes of Proceedings at
# Special Meeting of ...", "Summary Notes, Board of Directors Meeting"): what the text is, not whose.
RECORD_TITLE_LEADS = ("proceedings",)
RECORD_TITLE_QUALIFIERS = ("summary",)
# Words ending a title line that name the record, not the meeting ("Garden Club Meeting Summary", "Board Agenda").
RECORD_TITLE_TAILS = ("summary", "recap", "agenda")
MINUTES_TITLE_HELD = ("held on", "held at", "held in", "held via", "which took place on", "of")
# Text one of which every match of meeting.py's start, end, "held at" and minute-taker phrasings holds
# (a text without is not searched).
START_PHRASE_WORDS = ("commenc", "open", "start", "began", "begin", "to order", "convened", "welcomed")
END_PHRASE_WORDS = ("clos", "end", "adjourn", "finish", "concluded", "terminated")
HELD_AT_WORDS = ("held", "place", "met")
# A short line labelling the meeting's own start or end beside a clock time ("Meeting Start Time: 7:08",
# "9:00pm: Meeting adjourned"): the label's words once the fillers are left out, as whole phrases.
TIME_LABEL_FILLERS = ("meeting", "the", "time", "at", "was", "is", "actual", "by", "of",
                      # what a clock time carries after it ("19:05 hrs.", "7pm sharp", "10:00 local")
                      "hrs", "hr", "hours", "h", "sharp", "prompt", "promptly", "local")
START_LABEL_WORDS = ("start", "started", "starts", "began", "begun", "opened", "open", "commenced", "convened",
                     "call to order", "called to order", "opening")
END_LABEL_WORDS = ("end", "ended", "ends", "adjourn", "adjourned", "adjournment", "closed", "close", "closing",
                   "closure", "finish", "finished", "concluded")
MINUTES_BY_WORDS = ("minute", "minuting", "minuted", "note", "record", "scribe", "secretary", "prepared", "taken",
                    "compiled", "transcribed", "typed")
# The offices that sign the minutes at their foot ("Ann Lee" over "Secretary"): who kept them.
MINUTES_SIGNING_OFFICES = ("secretary", "clerk", "minute taker", "minutes taker", "minute secretary")
# A chat log's own commands (MeetBot's "#topic Budget", W3C's "RESOLUTION: ..."), each mapped to the label
# that states the same thing in written minutes ("Topic: Budget"). Action labels ("ACTION:", "to do:") are
# the action vocabulary's, read as "Action".
CHAT_COMMANDS = {"topic": "Topic", "subtopic": "Topic", "agendum": "Topic", "action": "Action",
                 "agreed": "Decision", "agree": "Decision", "accepted": "Decision", "decided": "Decision",
                 "decision": "Decision", "consensus": "Decision", "resolution": "Resolved", "resolved": "Resolved"}
# MeetBot's note commands ("#info", "#link", "#idea", "#help"): a point of the topic, no decision or task.
MEETBOT_NOTE_WORDS = ("info", "link", "idea", "help", "note")
# Role lines said in a chat ("scribe: ann", "scribenick: ann"), read as the written label.
CHAT_ROLE_LABELS = {"scribe": "Scribe", "scribenick": "Scribe", "scribe nick": "Scribe", "chair": "Chair",
                    "chairs": "Chair"}
# Time zones written after a clock ("1200 Pacific", "1700 UTC", "0930 ET"): four digits before one are the
# time. Matched as written (the abbreviations in capitals), so "1200 et al" is no time.
TIME_ZONE_WORDS = ("UTC", "GMT", "Pacific", "Eastern", "Central", "Mountain", "PT", "PST", "PDT", "ET", "EST", "EDT",
                   "CT", "CST", "CDT", "MT", "MST", "MDT", "CET", "CEST", "BST", "AEST", "AEDT", "JST")
