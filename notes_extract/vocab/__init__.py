"""The vocabulary of minutes, as plain data: every word list a rule needs,
spelled once. Patterns elsewhere are built from these lists (see `build`).

- `people`: honorifics, officer roles and their spellings, the titles of a
  body's members, the bodies, role nouns, owners of tasks, nicknames, the
  shared name pattern.
- `labels`: attendance lists and their labels, role-line labels, headings
  that open the actions list, the next meeting or a part of an item.
- `actions`: action labels, status words, commitment phrasings (spaCy
  `Matcher` patterns) and action-table column headers.
- `decisions`: who decides, decision phrasings, outcomes, motions, votes, rulings.
- `sections`: kinds of agenda item, presenter verbs, title annotations.
- `meetings`: kinds of meeting, generic title words, platforms, place words.
- `dates`: month and weekday names, "to be confirmed", "as soon as possible".

A new label, role or phrasing is one line in one of these modules.
"""
