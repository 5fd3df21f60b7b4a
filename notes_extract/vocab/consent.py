"""The room's consent written as a state, not a verb of deciding: "All members in attendance were in
agreement with ...", "All PCC members were happy with this", "The committee were all in agreement",
"Essentially all agree that ...". Kept apart from ``decisions`` (near its size limit); read by
``extractors.consent_lines``."""

from __future__ import annotations

# Who consents: the whole room, or its members named as a group ("All PCC members", "All those present").
CONSENT_ALL_WORDS = ("all", "everyone", "everybody")
# Nouns for the members after "all" ("All trustees were content with ...").
CONSENT_MEMBER_NOUNS = ("members", "those", "attendees", "participants", "councillors", "trustees", "directors",
                        "governors", "present", "committee members", "board members")
# Where they are ("All members in attendance"), after the noun.
CONSENT_PLACES = ("present", "in attendance", "attending", "at the meeting")
# The state of consent, with what it is given to after it ("happy with this", "in agreement").
CONSENT_STATES = ("happy", "content", "in agreement", "in support", "supportive", "in favour", "in favor",
                  "comfortable", "satisfied", "agreeable")
# Adverbs before a present-tense "all agree" ("Essentially all agree that ...").
CONSENT_ADVERBS = ("essentially", "generally", "broadly", "overall", "basically", "largely", "now")
# The room's consent in a word or two after a proposal ("All in favour.", "Unanimous.", "None opposed."): the
# proposal before it was carried. ("No objection" is left out: under a planning application it is the
# council's answer to it, read as the item's verdict.)
CONSENT_SHORTHANDS = ("all in favour", "all in favor", "unanimous", "unanimously", "none against", "none opposed",
                      "no dissent")
# The room's assent on a line or in a sentence of its own right after a motion's seconder ("Seconded by Bo" /
# "All agreed", "Unanimous Approval"): the motion's result. (After a bare proposal with no seconder, "All agreed"
# stays part of the agreement it closes.)
ASSENTS_AFTER_SECONDER = ("all agreed", "unanimous approval", "unanimously approved", "agreed by all",
                          "all approved")
# "... was all in favour and Cllr Reed signed the accounts", "... although Cllr Moss abstained": a clause after the
# room's consent that says what else happened, not what was consented to.
CONSENT_AFTER_CLAUSE = ("and", "although", "though", "but", "while", "whilst")
