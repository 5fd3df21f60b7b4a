"""A numbered item over lettered parts: "2. Committee reports" over "a. Treasurer's report", "b. Show".

Where the minutes number their items and letter an item's parts, the numbered line is an item (a group, when
its parts are items of their own) and never text of the item above it, wherever the attendance items before
it leave the reading. A long numbered line over lettered sentences is a point of a list, with its details.
"""

from __future__ import annotations

from notes_extract.document import Block, more_words_than

# "3) Announcements" over "a. Meetings are on the 1st Saturday ...": a title this short is an item over its parts.
MAX_GROUP_TITLE_WORDS = 4
# "a. Treasurer's report": a part's title is a few words, no sentence.
MAX_PART_TITLE_WORDS = 6


def titles_lettered_parts(text: str, part: Block) -> bool:
    """Whether a numbered line ``text`` titles the lettered part under it: the title is short, or the part is
    itself a title ("Re-structure the FPNet definition" over "a. It makes more sense to ..." is a point)."""
    return not more_words_than(text, MAX_GROUP_TITLE_WORDS) or \
        not part.text.rstrip().endswith(".") and not more_words_than(part.text, MAX_PART_TITLE_WORDS)
