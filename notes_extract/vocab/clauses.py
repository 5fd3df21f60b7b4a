"""Words that place a decision word in its sentence: a clause under the main one, a report of it,
one person's assent (used by extractors/decision_clauses.py)."""

# --- where a decision word sits in its sentence (extractors/decision_clauses.py) ---
# Words that open a clause under the main one: a decision word inside it ("if permission is granted",
# "plans that were approved", "until the details have been agreed in writing") is no decision of the meeting.
SUBORDINATORS = ("if", "unless", "until", "till", "before", "once", "when", "whenever", "whether", "that", "whereby",
                 "why", "how", "what", "where")
# "The Committee recommended that the Council agreed to pay", "a letter confirming that the Council agreed":
# verbs whose "that" clause reports or proposes a decision rather than takes it.
REPORTING_VERBS = ("recommend", "recommends", "recommended", "recommending", "stated", "confirming", "recorded",
                   "suggested", "suggesting", "hoped", "expected")
# "if approved, ...", "When agreed, ...": the openers of a clause cut down to its participle.
REDUCED_CLAUSE_OPENERS = ("if", "unless", "until", "once", "when", "whenever", "where", "before", "whether")
# "Although the request was refused, ...": a clause that grants a fact, someone else's decision; but
# "although it was decided to wait" states the meeting's own, in its impersonal voice.
CONCESSIVE_SUBORDINATORS = ("although", "though")
# "of which 68 were granted", "a ramp which was approved": a relative clause, its subject a word or two
# (a longer one holds the verb of its own: "an offer which promoted the event was accepted").
RELATIVE_PRONOUNS = ("which", "who")
# The passive's auxiliaries (not "be": "that the report be adopted" is how a motion is worded), and the
# participles that record a decision in a passive clause.
PASSIVE_AUXILIARIES = ("was", "were", "is", "are", "been", "has been", "have been", "had been")
DECISION_PARTICIPLES = ("agreed", "approved", "adopted", "accepted", "granted", "refused", "rejected", "carried",
                        "passed", "endorsed", "ratified", "confirmed", "decided", "resolved", "elected", "denied",
                        "deferred", "postponed")
# Words after which a participle describes a noun ("the agreed details", "of approved pitches",
# "the development hereby approved shall"): an adjective, not the meeting's act.
ADJECTIVAL_LEADS = ("the", "a", "an", "only", "of", "for", "its", "their", "any", "hereby", "previously")
# The verbs by which one named person, speaking for no one else, agrees or approves ("Cllr Ode agreed that ...").
ONE_PERSON_AGREEING_VERBS = ("agreed", "decided", "approved", "endorsed")
