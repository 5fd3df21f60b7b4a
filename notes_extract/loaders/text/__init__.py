"""Plain-text and Markdown loader: bytes in, neutral `Document` blocks out.

Both formats are read line by line. `decoding` turns the bytes into lines;
`markdown` parses Markdown blocks (with `front_matter`, `markdown_inline`
and `markdown_html`), and `plain` applies heuristics for the ways people
type minutes by hand (with `plain_tables`); `lines` holds what both readers
share.

Standard library only, so reading a .txt never pulls in heavy dependencies.
"""

from __future__ import annotations

from functools import partial

from notes_extract.document import Document, numbered
from notes_extract.limits import Deadline, Limits
from notes_extract.loaders.text.decoding import MAX_LINE_CHARS, read_lines, split_text
from notes_extract.loaders.text.front_matter import split_front_matter
from notes_extract.loaders.text.gapped import ungap_lines
from notes_extract.loaders.text.latex import looks_like_latex, parse_latex
from notes_extract.loaders.text.markdown import looks_like_markdown, parse_markdown
from notes_extract.loaders.text.plain import parse_plain
from notes_extract.loaders.text.templates import fill_templates
from notes_extract.loaders.text.textile import looks_like_textile, parse_textile

# `notes_extract.api` cuts over-long blocks from every format the same way.
__all__ = ["MAX_LINE_CHARS", "load", "split_text"]


def load(data: bytes, *, source: str, markdown: bool, limits: Limits | None = None) -> Document:
    """Read plain text (or Markdown when ``markdown``) into a `Document`.

    The loader never raises for odd bytes: it decodes as best it can and
    says so in warnings. It raises `LimitExceededError` for a text longer
    than ``limits.max_text_chars`` (checked on the byte count before
    decoding, so a huge file never becomes a huge string) or one that takes
    longer than ``limits.timeout``.
    """
    limits = limits or Limits()
    deadline = Deadline.start(limits)
    lines, warnings = read_lines(data, source=source, limits=limits)
    deadline.check(source, "decoding the text")
    tick = partial(deadline.check, source, "reading the text")
    if not markdown and looks_like_latex("\n".join(lines)):
        blocks, metadata = parse_latex("\n".join(lines))
        return Document(blocks=numbered(blocks), format="text", pages=None, metadata=metadata, warnings=warnings)
    if not markdown and looks_like_markdown(lines):
        markdown = True
    # A blog export's page keys head plain text as often as Markdown.
    metadata, lines = split_front_matter(lines)
    lines = ungap_lines(fill_templates(lines, metadata))
    if markdown:
        blocks = parse_markdown(lines, tick=tick)
    else:
        blocks = parse_textile(lines) if looks_like_textile(lines) else parse_plain(lines, tick=tick)
    return Document(
        blocks=numbered(blocks),
        format="markdown" if markdown else "text",
        pages=None,
        metadata=metadata,
        warnings=warnings,
    )
