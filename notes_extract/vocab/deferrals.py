"""How minutes record an item put off to a later time: a decision of kind "other", outcome "deferred"."""

from __future__ import annotations

from notes_extract.vocab.deciders import DECIDERS

# When an item is put off to ("until the grant is known", "to May", "to the AGM", "to the July 15 meeting",
# "pending the survey"): "until" or "pending" anything; "to" a month, a meeting or the next one (not "deferred
# to the Chair's view").
PUT_OFF_TO = (r"(until\b|pending\b|to\s+(the\s+)?(next\b|(january|february|march|april|may|june|july|august|"
              r"september|october|november|december)\b|agm\b|[\w ]{0,30}?\b(meeting|agm|session)\b))")

PUT_OFF = (
    # "This matter was deferred": an item put off, no policy agreed (kind other, as a paper approved);
    # "Deferred." as the whole of what an item records
    r"\b(matter|item|decision|application)\s+was\s+(deferred|postponed|adjourned)\b"
    r"|^(item\s+)?(deferred|postponed)(\s+(to|until)\s+(the\s+)?next\s+(meeting|call))?\W*$"
    # "tabled until the April meeting": put off to a named meeting (US usage; "tabled" alone may mean put forward)
    r"|^(item\s+)?(deferred|postponed|tabled)\s+(to|until)\s+(the\s+)?[\w ]{1,30}\bmeeting\W*$"
    # "The Chair tabled consideration of the March minutes": the item put off (US usage)
    r"|\btabled\s+(further\s+)?(consideration|discussion|action)\s+(of|on)\b"
    # "Guidance for new developers - postponed until next meeting.", "... so we deferred to next week."
    r"|\s[-–—:]\s*(deferred|postponed)\s+(to|until)\s+(the\s+)?next\s+(week|meeting|call)\W*$"
    r"|\bwe\s+(deferred|postponed)\s+((it|this|that|the\s+\w+)\s+)?(to|until)\s+(the\s+)?next\s+(week|meeting|call)\b"
    # "Deferred until the grant is known.", "Lights - Discussion; tabled to November.", "Fee review deferred to
    # May.", "Item held over to the next meeting": an item put off to a later time, first in its sentence or
    # after its topic (not "deferred to the chair"; an action held over is its status, not a decision)
    rf"|(^|[-–—:;]\s*|^(?!\W*actions?\b)[\w'’ ,-]{{1,60}}?\s(was\s+|were\s+|has\s+been\s+)?)"
    rf"(deferred|postponed|tabled|held\s+over|stood\s+over)\s+{PUT_OFF_TO}"
    # "The board postponed action on the lighting until June", "Members deferred the application to the
    # next meeting": the body puts its own item off
    rf"|\b{DECIDERS}\s+(unanimously\s+)?(deferred|postponed|tabled)\s+[^.;]{{1,60}}?\s{PUT_OFF_TO}"
)
