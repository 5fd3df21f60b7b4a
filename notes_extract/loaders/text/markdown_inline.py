"""Inline Markdown: the markup inside a line, removed to leave what a reader sees.

Owns code spans, escapes, links and URLs, inline HTML tags, and the bold,
italic and strike-through markers, plus the "lead bold" a block opens with
("**Decision:** ..."), which later stages read as a label.
"""

from __future__ import annotations

import html
import re
import unicodedata

from notes_extract.document import Block, BlockKind, make_block
from notes_extract.lazy_pattern import lazy_compile

_CODE_SPAN = lazy_compile(r"(`+)(.+?)(?<!`)\1(?!`)", re.S)
_ESCAPE = lazy_compile(r"\\([!-/:-@\[-`{-~])")
_AUTOLINK = lazy_compile(r"<((?:https?|ftp|mailto):[^\s<>]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>")
# (the link's text may hold one pair of brackets: "[[S12-3]](https://...)" shows "[S12-3]")
LINK = lazy_compile(r"!?\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)")
_REF_LINK = lazy_compile(r"!?\[([^\]]+)\]\[[^\]]*\]")
_BARE_URL = lazy_compile(r"(?:https?|ftp)://[^\s<>]+|www\.[\w-]+\.[^\s<>]+")
_HTML_COMMENT = lazy_compile(r"<!--.*?-->", re.S)
# An inline element the rendered page never shows ('<span style="display:none;">Regular</span>'),
# as the HTML reader drops it.
_HIDDEN_ELEMENT = lazy_compile(
    r"<(?P<tag>[a-z][a-z0-9]*)\b[^<>]*?(?:\shidden\b|style\s*=\s*[\"'][^\"']*?"
    r"(?:display\s*:\s*none|visibility\s*:\s*hidden))[^<>]*>.*?</(?P=tag)\s*>", re.I | re.S)
LINE_BREAK_TAG = lazy_compile(r"<br\s*/?>", re.I)
# HTML's own elements: "<alice> we need to cut 2.1" is a chat log's speaker, not a tag to strip.
_HTML_ELEMENTS = (
    "a|abbr|address|article|aside|audio|b|bdi|bdo|big|blockquote|body|br|button|caption|center|cite|code|col|"
    "colgroup|dd|del|details|dfn|div|dl|dt|em|embed|figcaption|figure|font|footer|form|h[1-6]|head|header|hr|html|"
    "i|iframe|img|input|ins|kbd|label|li|link|main|mark|meta|nav|ol|option|p|picture|pre|q|s|samp|script|section|"
    "select|small|source|span|strike|strong|style|sub|summary|sup|svg|table|tbody|td|tfoot|th|thead|time|tr|tt|u|"
    "ul|var|video|wbr")
_TAG = lazy_compile(rf"</?(?i:{_HTML_ELEMENTS})\b(?:\s+[^<>]*)?/?>")
# Emphasis spans are at most this long so a line full of stray markers is
# still matched in linear time.
MAX_SPAN_CHARS = 400
# A parked text may itself hold placeholders (an escape inside an autolink),
# so placeholders are restored this many times over.
PLACEHOLDER_DEPTH = 3
_STRONG = (
    lazy_compile(rf"\*\*(?=\S)(.{{1,{MAX_SPAN_CHARS}}}?)(?<=\S)\*\*"),
    # Underscores only at word edges, so snake_case and @handle_x survive.
    lazy_compile(rf"(?<![\w@])__(?=\S)(.{{1,{MAX_SPAN_CHARS}}}?)(?<=\S)__(?!\w)"),
    lazy_compile(rf"~~(?=\S)(.{{1,{MAX_SPAN_CHARS}}}?)(?<=\S)~~"),
)
_EMPHASIS = (
    lazy_compile(rf"(?<![\w*])\*(?![\s*])(.{{1,{MAX_SPAN_CHARS}}}?)(?<![\s*])\*(?![\w*])"),
    lazy_compile(rf"(?<![\w@_])_(?![\s_])(.{{1,{MAX_SPAN_CHARS}}}?)(?<![\s_])_(?![\w_])"),
)
_PLACEHOLDER = lazy_compile("\x00(\\d+)\x00")


def strip_inline(raw: str) -> str:
    """Markdown inline markup removed, leaving the text a reader sees.

    Code spans, escapes and URLs are parked in NUL-delimited placeholders
    first so emphasis rules never eat their ``*`` and ``_`` characters.
    """
    saved: list[str] = []

    def park(text: str) -> str:
        saved.append(text)
        return f"\x00{len(saved) - 1}\x00"

    # (each step's pattern needs a mark, a backquote, "](" or "<": most lines hold none, and skip it)
    text = _CODE_SPAN.sub(lambda m: park(m.group(2).strip()), raw) if "`" in raw else raw
    text = _ESCAPE.sub(lambda m: park(m.group(1)), text) if "\\" in text else text
    text = _AUTOLINK.sub(lambda m: park(m.group(1)), text) if "<" in text else text
    text = LINK.sub(r"\1", text) if "](" in text else text
    text = _REF_LINK.sub(r"\1", text) if "][" in text else text
    text = _BARE_URL.sub(lambda m: park(m.group(0)), text) if "://" in text or "www." in text else text
    if "<" in text:
        text = _TAG.sub("", LINE_BREAK_TAG.sub(" ", _HIDDEN_ELEMENT.sub("", _HTML_COMMENT.sub("", text))))
    text = html.unescape(strip_emphasis(text))
    for _ in range(PLACEHOLDER_DEPTH if "\x00" in text else 0):
        text = _PLACEHOLDER.sub(lambda m: saved[int(m.group(1))], text)
    return text


def strip_emphasis(text: str) -> str:
    """Bold, italic and strike-through markers removed, innermost last."""
    previous = None if any(mark in text for mark in "*_~") else text  # (no marker, nothing to remove)
    while previous != text:
        previous = text
        for pattern in (*_STRONG, *_EMPHASIS):
            text = pattern.sub(r"\1", text)
    return text


_LEAD_BOLD = lazy_compile(
    r"^\s*(?:\*\*(?=\S)(.+?)(?<=\S)\*\*|__(?=\S)(.+?)(?<=\S)__|<(?:b|strong)>(.*?)</(?:b|strong)>)",
    re.I,
)


def lead_bold(raw: str) -> str:
    """The plain text of a bold span the raw Markdown starts with, or ""."""
    match = _LEAD_BOLD.match(raw)
    if not match:
        return ""
    inner = next(g for g in match.groups() if g is not None)
    return " ".join(strip_inline(inner).split())


# "** Budget **", "**Budget **", "__ Budget__": a whole line set in bold markers with spaces
# inside them. Markdown does not read it as bold, but its writer meant a bold heading.
_LOOSE_BOLD_LINE = lazy_compile(r"^\s*(\*\*|__)\s*(?P<inner>[^*_\s](?:(?!\1).){0,200}?)\s*\1\s*$")


def loose_bold_line(raw: str) -> str | None:
    """The text of a line wholly wrapped in bold markers, however spaced; None otherwise."""
    match = _LOOSE_BOLD_LINE.match(raw)
    return " ".join(strip_inline(match["inner"]).split()) if match else None


def inline_block(kind: BlockKind, raw: str, **fields: object) -> Block:
    """A block from raw Markdown inline text: markup stripped, lead bold kept."""
    if (bold := loose_bold_line(raw)) is not None:
        return make_block(kind, bold, lead_bold=bold, **fields)
    return make_block(kind, strip_inline(raw), lead_bold=lead_bold(raw), **fields)


# Emoji drawn before a heading's words ("💬 Discussion topics", "🗓️ Team notes"): symbols with their
# variation selectors, joiners and skin tones, an ornament of the title, not a part of it.
_PICTOGRAPH_CATEGORIES = frozenset({"So", "Sk"})
_PICTOGRAPH_JOINERS = frozenset({"\ufe0f", "\ufe0e", "\u200d", " ", "\t"})


def without_leading_pictographs(text: str) -> str:
    """``text`` without the emoji before its first word ("👥 Participants" gives "Participants")."""
    start = 0
    while start < len(text) and (text[start] in _PICTOGRAPH_JOINERS or
                                 unicodedata.category(text[start]) in _PICTOGRAPH_CATEGORIES):
        start += 1
    return text[start:] if 0 < start < len(text) else text
