"""Decoding for the text loader: bytes in, lines of text out.

Owns what happens before any parsing: the size limits (checked on the bytes
and on the text), byte-order marks and the encoding fallbacks, line-end
normalisation, and the splitting of over-long lines into paragraphs.
"""

from __future__ import annotations

from notes_extract.errors import LimitExceededError
from notes_extract.lazy_pattern import lazy_compile
from notes_extract.limits import Limits
from notes_extract.warning_codes import warning

# Lines longer than this are split into paragraphs of at most this many
# characters. The extraction stages cost time in proportion to the square of
# a sentence's length, and spaCy refuses texts over a million characters, so
# a multi-megabyte line (a pasted dump, hostile input) would stall the run.
MAX_LINE_CHARS = 10_000
# A stretch this long without a sentence end is not prose (a dump, a list run
# together): it is cut shorter, since spaCy would read it as one sentence.
MAX_RUN_CHARS = 2_000
# No piece of a split line is cut shorter than this, so a sentence end near
# the start of a window does not leave a sliver of a paragraph.
MIN_PIECE_CHARS = MAX_RUN_CHARS // 2
# No encoding takes more than this many bytes a character, so a file longer
# than this many bytes per allowed character is refused before decoding.
MAX_BYTES_PER_CHAR = 4
# Where a long line is best split: after a sentence, else at a space.
_SENTENCE_BREAK = lazy_compile(r"[.!?;:][\"')\]]?\s")
# Line and page separators other than \n and \r, each read as a line end.
_OTHER_LINE_BREAKS = lazy_compile("[\f\v\u2028\u2029\x85]")


def read_lines(data: bytes, *, source: str, limits: Limits) -> tuple[list[str], list[str]]:
    """The lines of ``data``, decoded and with long lines split, plus warnings.

    Raises `LimitExceededError` for a text longer than
    ``limits.max_text_chars``, checked on the byte count first so a huge
    file never becomes a huge string.
    """
    if len(data) > MAX_BYTES_PER_CHAR * limits.max_text_chars:
        at_least = len(data) // MAX_BYTES_PER_CHAR
        raise LimitExceededError(
            f"the text is at least {at_least:,} characters ({len(data):,} bytes) "
            f"(limit max_text_chars = {limits.max_text_chars:,} characters)",
            source=source, limit="max_text_chars", value=at_least, maximum=limits.max_text_chars,
        )
    text, warnings = decode(data)
    limits.check("max_text_chars", len(text), limits.max_text_chars, source=source, unit="characters",
                 what="the text")
    lines = split_long_lines(text.split("\n"), warnings)
    return lines, warnings


_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with UTF-16's.
    (b"\xff\xfe\x00\x00", "utf-32", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8-sig", "UTF-8"),
    (b"\xff\xfe", "utf-16", "UTF-16"),
    (b"\xfe\xff", "utf-16", "UTF-16"),
)


def decode(data: bytes) -> tuple[str, list[str]]:
    """The text of ``data`` with newlines normalised, plus decoding warnings.

    A byte-order mark wins; then strict UTF-8; then Windows-1252 (what old
    Word/Notepad files usually are); then Latin-1, which never fails.
    """
    warnings: list[str] = []
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                text = data.decode(codec, errors="replace")
                warnings.append(warning("invalid-bytes-replaced", f"invalid {name} bytes replaced"))
            break
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
                warnings.append(warning("encoding-guessed", "not UTF-8; read as Windows-1252"))
            except UnicodeDecodeError:
                text = data.decode("latin-1", errors="replace")
                warnings.append(warning(
                    "encoding-guessed", "neither UTF-8 nor Windows-1252; read as Latin-1, some characters may be wrong"
                ))
    text = normalise_newlines(text)
    return (_REPLACED_SPACE.sub(" ", text) if "\ufffd" in text else text), warnings  # (a scan of the file, spared)


# "1.\ufffd Minutes:\ufffd Approved": a replacement character where a page's non-breaking space was lost in
# an earlier decoding; beside a space or after a stop it stands for the space ("nominee\ufffds" keeps it).
_REPLACED_SPACE = lazy_compile(r"(?<=[.:;,)])\ufffd|\ufffd(?=[ \t\n])|(?<=[ \t\n])\ufffd")


def split_long_lines(lines: list[str], warnings: list[str]) -> list[str]:
    """``lines`` with each line over `MAX_LINE_CHARS` cut into paragraphs, with a warning.

    Cuts fall after a sentence where one is near the limit, else at a space;
    blank lines between the pieces make each a paragraph of its own.
    """
    if all(len(line) <= MAX_LINE_CHARS for line in lines):
        return lines
    out: list[str] = []
    for number, line in enumerate(lines, start=1):
        if len(line) <= MAX_LINE_CHARS:
            out.append(line)
            continue
        warnings.append(warning("long-paragraph-split", f"line {number} is {len(line):,} characters long; it was "
                                f"split into paragraphs of at most {MAX_LINE_CHARS:,} characters"))
        for piece in split_text(line):
            out.extend((piece, ""))
    return out


def split_text(line: str) -> list[str]:
    """``line`` cut into pieces of at most `MAX_LINE_CHARS` characters.

    A piece ends after the last sentence in its window; a window with no
    sentence end is cut at a space within `MAX_RUN_CHARS`.
    """
    pieces: list[str] = []
    start = 0
    while len(line) - start > MAX_LINE_CHARS:
        cut = -1
        for match in _SENTENCE_BREAK.finditer(line, start + MIN_PIECE_CHARS, start + MAX_LINE_CHARS):
            cut = match.end()
        if cut < 0:
            end = start + MAX_RUN_CHARS
            space = line.rfind(" ", start + MIN_PIECE_CHARS, end)
            cut = space + 1 if space >= 0 else end
        pieces.append(line[start:cut])
        start = cut
    pieces.append(line[start:])
    return pieces


def normalise_newlines(text: str) -> str:
    """``\\n`` line ends only; page breaks become line breaks, NULs go.

    NUL never occurs in real text, which also frees it for the placeholders
    used by `strip_inline`.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _OTHER_LINE_BREAKS.sub("\n", text)
    return text.replace("\x00", "").lstrip("\ufeff")
