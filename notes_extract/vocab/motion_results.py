"""Word forms of US boards' and leagues' motions, read into a motion's wording and result (regex fragments
that `vocab.decisions` puts in its patterns): a motion moved and second(ed) by no one named, and a result in
the present tense that closes its sentence."""

from __future__ import annotations

# What may follow a result word that closes its sentence ("passes unanimously.", "fails 2-3.", "passes as well.").
CLOSING_MANNER = r"(\s+(unanimously|as\s+well|\(?\d{1,2}\s*[-–]\s*\d{1,2}(\s*[-–]\s*\d{1,2})?\)?))*\W*$"
# "Motion to hire a lifeguard fails.": defeated, in the present tense.
FAILS_CLOSING = rf"fails(?={CLOSING_MANNER})"
# "Motion to close the nominations passes as well.", "Motion to appoint the officer carries 5-0.": carried.
PASSES_CLOSING = rf"(passes|carries)(?={CLOSING_MANNER})"
# "Motion was made, second(ed) and carried to renew the contract.", "A motion was made, second(ed), and passed
# to adopt the budget.", "Motioned was made second and carried to hold a meeting": moved by no one named, then
# what it moved.
UNNAMED_MOTION_CARRIED = (r"\bmotion(ed)?\s+(was\s+)?(duly\s+)?made\s*,?\s*(and\s+)?second(ed)?\s*,?\s*(and\s+)?"
                          r"((unanimously\s+)?(carried|passed|approved|adopted)\s*,?\s*(unanimously\s+)?)?(to|that)\b")
# "Ann Lee moved, Bo Ode 2nd, to buy nets.": the mover, then the seconder by the short form (case-insensitive
# where used).
MOVED_THEN_2ND = r"\bmoved,[^.;]{3,40}\s2nd\b"
