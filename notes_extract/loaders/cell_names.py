"""Names typed one a line in a table cell ("Ann Lee (Chair)" / "Bob Hart" / "Cat Ng" beside "Present"):
a list of people, kept apart with "; " so they do not run together when the cell is read as one line.
The Word loader knows a cell's paragraphs; the PDF loader knows which of a cell's lines were broken
by hand (the next word would have fitted), and asks the same question of them."""

from __future__ import annotations

from notes_extract.lazy_pattern import lazy_compile

# The most words a line of one name (and a short role after it) may hold.
MAX_NAME_LINE_WORDS = 6
# Punctuation a line may end with once a role in brackets is set aside; one without it is a list's line.
_LINE_ENDINGS = frozenset(".;:,!?-–—)/&+")
# "Ann Lee (Chair)", "Bob Hart – Treasurer": an office after the name.
_OFFICE_AFTER = lazy_compile(r"\s*(?:\([^()]{1,30}\)|\s[–—-]\s+[A-Z][\w ]{0,25})$")
NAMES_SEPARATOR = "; "


def name_like(line: str) -> bool:
    """A short line of capitalised words without a sentence's ending ("Kwan Li Hua, Bella", "Ann Lee (Chair)")."""
    line = _OFFICE_AFTER.sub("", line.strip())
    words = line.split()
    return bool(words) and len(words) <= MAX_NAME_LINE_WORDS and line[-1] not in _LINE_ENDINGS and \
        all(word[0].isupper() for word in words)


def names_one_a_line(lines: list[str]) -> str | None:
    """The lines joined as a list of names when there are several and each is one, else None."""
    written = [line.strip() for line in lines if line.strip()]
    if len(written) > 1 and all(name_like(line) for line in written):
        return NAMES_SEPARATOR.join(written)
    return None
