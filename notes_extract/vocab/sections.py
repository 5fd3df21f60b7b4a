"""Words about agenda items: the kinds of item, the verbs that say who
presented one, annotations an agenda adds to a title, and declarations.

Plain data: regex fragments, matched case-insensitively.
"""

from __future__ import annotations

from notes_extract.vocab.build import any_of
from notes_extract.vocab.dates import MONTHS
from notes_extract.vocab.labels import APOLOGIES
from notes_extract.vocab.people import MINUTE_TAKERS

# Section kinds by title (regex fragments), tried in order; anything else is "discussion".
SECTION_KIND_FORMS: list[tuple[str, str]] = [
    # "Matters arising from the previous minutes" reviews actions, though it names the minutes.
    # "Matters from last minutes": what came of the last meeting's business, as "Matters arising" is.
    # "Follow-up from last meeting / discussions": what came of the last meeting, an open-source call's first item.
    ("action_review", r"^\W*matters arising\b|^\W*(matters|business) (arising )?from (the )?(last|previous|prior) "
                      r"(minutes|meeting)\b|^\W*follow[- ]?ups? (from|on|of) (the )?(last|previous|prior) "
                      r"(meeting|call)\b"),
    ("declarations", r"\b(declarations?|conflicts?|disclosures?|registers?) of (interests?|pecuniary)|"
                     # "Disclosures by Members and Officers", "Disclosures of Lobbying"
                     r"\bdeclarations?\b|\bconflicts? of interest|^\W*disclosures?\s+(by|of)\b"
                     # "Directors' interests", "Members' Interests": the item where they are declared
                     r"|^\W*(directors?|members?|councillors?|trustees?|governors?)['’]?\s+interests\W*$"),
    ("previous_minutes", r"\b(minutes|notes) of (the )?(last|previous|prior)|previous minutes|"
                         r"(approv\w*|confirm\w*|adopt\w*|accept\w*|agree|sign\w*|review) (of )?(the )?"
                         # ("Approve November 9, 2009 Minutes", "Approval of the 2 May 2024 minutes": a date's)
                         rf"(draft |{any_of(MONTHS)}( \d{{1,2}}(st|nd|rd|th)?,?)?( \d{{4}})? "
                         rf"|\d{{1,2}}(st|nd|rd|th)? {any_of(MONTHS)},?( \d{{4}})? )?(minutes|notes)"
                         r"|minutes of (the )?(\w+ ){0,3}held|^minutes\b"
                         r"|\bminutes? approval\b|\bminutes from (the )?(last|previous|prior)\b"
                         r"|\b(last|previous|prior|past) meeting['’]?s? minutes\b"
                         # "March meeting minutes approved", "Reading of the minutes": the minutes, then
                         # what was done with them; the reading of them, as a society's order of business has it
                         r"|\b(minutes|notes) (were |was )?(approv|accept|adopt|confirm|sign)\w*"
                         r"|\breading of (the )?(previous |last )?minutes\b"
                         # "Approval of Board Meeting Minutes and Committee Reports"
                         r"|^\W*(approv\w*|confirm\w*|adopt\w*|accept\w*) of (the )?([\w'’]+ ){1,3}(minutes|notes)\b"),
    # "Updates of outstanding Action points", "Open action items": the earlier actions, reviewed.
    ("action_review", r"\bmatters arising|\b(updates?|review|progress) (on|of) (the )?"
                      r"(previous |outstanding |open )?action(s|( items?| points?)\b)"
                      r"|\b(outstanding|open) action (items?|points?)\b|\bactions? (from|of) (the )?"
                      r"(previous|last|prior)|\baction (log|review|tracker)|"
                      r"\boutstanding actions|\baction (items?|points?) (from|of) (the )?(previous|last|prior)\b|"
                      r"\breview\b.*\bactions?( items| points)?\b"
                      r"|\bprevious\b.*\bactions?\b|\baction items? review\b"),
    ("aob", r"\bany other (business|matters)|\ba\.?o\.?b\.?\b|\bother business\b"
            r"|^\W*(miscellaneous|further business|general business)\W*$"),
    ("other", rf"\b(agenda|{MINUTE_TAKERS}|welcome|introductions?|opening|{APOLOGIES}|closing|elections?|"
              r"election of officers|appointments?|meeting clos(e|ed|ure)|"
              r"close of meeting|adjourn\w*|public (comments?|participation|forum|questions?|session)"
              r"|quorum|quoracy|quorate|challenges? to the chair|attendance|call to order"
              # "Call meeting to order", "Meeting called to order", "Time Called to Order: 6:12 pm"
              r"|call(ed|ing)?\s+(the\s+)?(meeting\s+)?to\s+order"
              r"|exclusion of (the )?(press|public)|closed session|in camera)\b"),
    # "Stable updates policy discussion" is a discussion, whatever it is about.
    ("discussion", r"\bdiscussion\s*$"),
    # "Update on X" and "Sponsor Update" report; "Update the charter" is a task discussed.
    # "Java SDK demo", "Demonstration": someone shows the meeting their work, as a report tells of it.
    ("report", r"\breports?\b|\bupdates\b|^\W*update (on|from)\b|\bupdate\s*$|\bdemo(nstration)?s?\W*$|"
               r"^(finance|financ(es|ial)( matters)?|accounts|"
               r"treasurer['’]?s?)$|\bupdates? from\b"),
]

# Verbs that say someone led an item ("Isaac provided an update ...").
PRESENTER_VERBS = (r"(provided|gave|presented|led|introduced|outlined|reported|updated|shared|"
                   r"explained|talked|spoke|summari[sz]ed|described|walked)")

# "April added: ...", "Condition 6 states: ...": verbs of saying that end the lead of a quotation, no label.
QUOTATION_VERBS = ("said", "asked", "added", "noted", "stated", "replied", "commented", "suggested", "mentioned",
                   "responded", "advised", "confirmed", "remarked", "states", "says", "reads")
# "Presented by Ann Lee", "(delivered by Bo)": the verb before who led an item.
PRESENTED_BY_VERBS = r"(?:presented|led|introduced|given|delivered|run|hosted|provided)"
# What an item's giver gives: "An update was provided by Ann Lee", "The report was given by the Treasurer".
REPORT_NOUNS = r"(?:update|report|overview|presentation|summary|briefing|statement)s?"

# "Report by the Vicar", "Update from Cllr Lee": an item named after whoever gives its report.
REPORT_GIVEN_BY = r"(?:report|update|statement)s?\b.*?\b(?:by|from)"

# Agenda annotations that are not the subject: "(standing item)", "(for decision)".
TITLE_ANNOTATIONS = (r"standing item|for (information|decision|discussion|approval|noting)|verbal|"
                     r"paper [\w.]+|attached|enclosed")
# What an item's title may end in after a dash to say nothing was minuted: "Matters Arising – Nil", "AOB - none".
NOTHING_MINUTED = r"nil|none|nothing(\s+to\s+report)?|no\s+report|n/?a"
# Words an item number follows in a title, not part of its subject: "Agenda 1:", "Item 3 -", "Topic B.".
ITEM_NUMBER_WORDS = r"(discussion\s+)?(topic|item|agenda item|agenda|part)"

# Agenda items that start a section even between numbered ones.
# The public's session, which a council often holds outside its numbered items, is one of them.
STANDARD_ITEMS = (r"a\.?o\.?b\.?|any other business|other business|close|closing|adjournment|"
                  r"(old|new|unfinished) business|"
                  r"public (participation|forum|session|question time)|open forum")
# The first agenda items of many minutes; they end the title block.
OPENING_ITEMS = r"opening|welcome( and introductions)?|introductions?|call to order|chair'?s welcome"
# Headings that are meeting furniture, not agenda items.
FURNITURE_HEADINGS = (r"(meeting )?(times?|dates?|venue|location|links?|related documents|attachments?|references|"
                      r"recordings?|(table of )?contents|agenda|minutes|other information|meeting information|"
                      r"meeting details|agenda items( for (the )?(next|future|later) meetings?)?|"
                      r"agenda for (the )?(next|future) meetings?|registration|logistics|schedule constraints|"
                      r"dial[- ]in( details| information)?|connection (details|instructions|information)|"
                      r"duration|disclaimer|antitrust( policy| notice| statement| reminder)?|roles|hosts?|"
                      r"facilitators?)")
# A heading over a calendar of coming events ("Key dates", "Dates for the diary"): an item when
# its lines are dated events, though "Dates" alone is furniture above.
DATES_LIST_HEADING = (r"(?:(?:key|important|upcoming|future|forthcoming)\s+)?dates"
                      r"(?:\s+for\s+(?:the|your)\s+diary)?")
# Lines a blog or news page prints around a post's text ("This entry was posted in PCC. Bookmark the
# permalink."): no part of the minutes (regex fragments, each a whole line).
WEB_PAGE_FURNITURE = (r"advertisements?|share this:?|like this:?|related( posts)?:?|comments are closed\.?|"
                      r"leave a (comment|reply)|this entry was posted in .*|.*bookmark the permalink\.?|"
                      r"posted (in|on|by) .*|tags?: .*|categories: .*")
# A blog's comment form under a post ("Leave a Reply", "Comments are closed.", "No comments:" over
# "Post a Comment"): the post, so the minutes, ended above it (regex fragments, each a whole line, as
# blogs print them: "No comments." without the colon is what minutes say of a public comment item).
COMMENT_FORM = r"leave a (comment|reply)|comments are closed\.?|post a comment|no comments:"
# Headings over a bare list of the items the minutes then take one by one ("Topics", "Items for
# discussion"): the agenda, not an item; only over short list items (see segment/restructure.py).
AGENDA_LISTING_HEADINGS = (r"(meeting |discussion |agenda )?topics|(agenda |discussion )?items( for discussion)?|"
                           r"order of business|running order")
# "Key Discussions", "Discussion points", "Topics discussed": the minutes' items under one heading.
DISCUSSIONS_HEADINGS = r"(key |main )?discussions|(key |main )?discussion points|(topics|points|items) discussed"
# A heading over the whole meeting's notes, not one item ("Summary:", "Notes", "Discussion"): under an
# agenda, the agenda's items are what the meeting took.
NOTES_HEADINGS = (r"(meeting\s+)?(summary|notes|minutes|discussion|notes and actions|highlights|recap|"
                  rf"key points|main points|{DISCUSSIONS_HEADINGS})")
# Of those, the ones that only hold the minutes ("Notes" over every agenda item's lines); a "Summary" or
# "Key points" is a part of the record in its own right.
NOTES_CONTAINER_HEADINGS = rf"(meeting\s+)?(notes|minutes|discussion|notes and actions|{DISCUSSIONS_HEADINGS})"
# Words of a title that say nothing of its subject, left out when a heading is matched to an agenda item.
TITLE_FUNCTION_WORDS = ("the", "and", "for", "from", "with", "into", "onto")
# A table of contents' heading: what follows it is the document, not its content.
TABLE_OF_CONTENTS_HEADING = r"(table of )?contents"
# A heading naming a group of items, whose sub-headings are the items ("Officer Reports", "New business").
GROUPING_WORDS = ("reports", "business", "items", "updates", "matters", "officers", "committees", "subcommittees")
# Words a title never ends on: a line ending on one ("... the members voted for the") is a
# sentence the line break cut, not a heading. Particles ("Follow up", "Sign in") are not here.
WORDS_THAT_CUT_A_SENTENCE = ("the", "a", "an", "of", "to", "and", "or", "for", "with", "from", "by", "at",
                             "that", "which", "whose", "as", "but", "into", "than", "was", "were", "is", "are")

# A report read out in its giver's own words ("During the year I have served ...",
# "We have continued our link ..."): the pronouns of the one narrating it.
NARRATOR_PRONOUNS = ("i", "we", "my", "our", "us", "me")

# Small words a run-on item title keeps inside it ("Election of Chairman", "Matters for the Agenda").
TITLE_JOINING_WORDS = ("of", "for", "and", "the", "to", "on", "in", "at", "from", "with", "&", "a", "an", "by")
# Words that open the minute's first sentence after a run-on item title ("Election of Chairman It
# was proposed ...", "Risk Assessment No issues to report"): where the title stops.
SENTENCE_OPENERS = ("it", "the", "this", "that", "these", "there", "no", "nothing", "having", "following",
                    "after", "all", "a", "an", "he", "she", "they", "we", "members", "councillors", "as", "with",
                    "in", "due", "although", "further", "upon")

# Of those, the ones that start a sentence run on after a title with no separator but a space or a tab the
# text lost ("Finance The treasurer reported ...", "Water supply It was agreed ..."), capitalised there and
# never inside a title ("Matters Arising In Year" keeps "In").
RUN_ON_SENTENCE_OPENERS = ("it", "the", "this", "there", "these", "no", "nothing", "we", "they", "he", "she",
                           "members", "councillors")

# The verbs a council's agenda opens its items with ("To Receive Apologies", "To Approve/Sign the Minutes of
# ...", "To Consider Planning Applications"): the item's title, as written; never a decision of its own.
AGENDA_ITEM_VERBS = ("to receive", "to note", "to consider", "to approve", "to agree", "to confirm", "to accept",
                     "to adopt", "to discuss", "to review", "to resolve", "to ratify", "to elect", "to appoint",
                     "to authorise", "to authorize", "to sign", "to record")
# "To receive and consider accepting apologies for absence": the gerunds such an item puts before what it takes.
AGENDA_ITEM_GERUNDS = ("accepting", "approving", "noting", "receiving", "considering", "agreeing", "recording")
# The parts of an item's title that, beside the roll call, name opening the meeting ("Call to Order & Roll
# Call", "QUORUM ROLL CALL"): such an item only records who came and when it began.
ROLL_CALL_COMPANIONS = ("call to order", "called to order", "opening", "quorum", "quorum check")
# A page's running footer or header read as a line of its own ("Page 2 of 3", "Trust minutes - page 1"):
# where the page ends, never an agenda item (regex fragment, the whole line).
PAGE_MARKER_LINE = r"(?:.{0,80}?[\s|·,:–—-])?page\s+\d{1,3}(?:\s*(?:of|/)\s*\d{1,3})?"
# The minutes' sign-off ("Signed .......... Chair", "Signed: K. Ward (Chair)", "Date: ______"): the chair
# signing the minutes as a true record, never an agenda item (regex fragment, from the line's start).
SIGN_OFF_LINE = r"(?:signed|signature)(?:\s*$|\s*(?:[:.…_]|by\b|\())|date\s*[:.…_]*\s*[.…_]{3,}\s*$"
# The columns of a retrospective ("What went well?", "What didn't go well", "Could be improved", "Keep doing"):
# each a part of the meeting with its points, however they are written (regex fragment, the line's words).
RETRO_COLUMNS = (r"(?:what\s+)?(?:went\s+(?:well|wrong|badly)|did(?:\s*n[o'’]?t|\s+not)\s+go\s+(?:so\s+)?well|"
                 r"(?:could|can|should|needs?\s+to)\s+(?:be\s+)?(?:improved?|(?:have\s+)?gone\s+better|do\s+better)|"
                 r"(?:we\s+)?(?:keep|stop|start)\s+doing)")

# A line of thanks is a sentence, however short and unstopped, never an item's title: "Thank you Ann for
# the opening prayer", "Thanks to all who helped at the show", "Many thanks to Bo" ("Vote of thanks" stays one).
THANKS_SENTENCE = r"(?:many\s+)?(?:thank\s+you|thanks)\s+(?:to\s+)?\w[\w'’.-]*\s+\w+"
# Items a roll of names is often followed by, whose words end in no report's noun: "Matters Arising".
ITEMS_AFTER_ROLL = r"matters\s+arising"
