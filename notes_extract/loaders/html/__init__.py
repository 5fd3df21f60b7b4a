"""HTML (.html, .htm, .xhtml) loader: a page's visible text as blocks, through lxml's HTML parser.

- `decoding`: the characters (BOM, <meta> charset, UTF-8, Windows-1252)
- `walker`: headings, paragraphs and line breaks, nested lists, definition lists
- `tables`: data tables on their grid, layout tables read as text

libxml2's HTML parser is forgiving the way browsers are (unclosed <p> and
<li>, stray end tags, entities) and never reaches the network; it stops at
256 levels of nesting, which is refused as a limit rather than read in part.
"""

from __future__ import annotations

from collections.abc import Callable

from lxml import etree
from lxml.html import HtmlElement, HTMLParser

from notes_extract.document import Block, Document, numbered
from notes_extract.errors import CorruptDocumentError, LimitExceededError
from notes_extract.limits import Deadline, Limits
from notes_extract.loaders.html.decoding import decode_html
from notes_extract.loaders.html.walker import HtmlWalker
from notes_extract.loaders.list_runs import nest_interrupting_bullets

# libxml2's message when nesting passes its ceiling (256 levels without huge_tree, which stays off).
LIBXML_DEPTH_MESSAGE = "Excessive depth"
LIBXML_MAX_DEPTH = 256

__all__ = ["fragment_blocks", "load"]


def load(data: bytes, *, source: str, limits: Limits | None = None) -> Document:
    """Read an HTML page's bytes into a `Document` of blocks; its <title> goes into the metadata."""
    limits = limits or Limits()
    deadline = Deadline.start(limits)
    text, warnings = decode_html(data, source=source, limits=limits)
    root = parse_html(text, source=source, limits=limits)
    deadline.check(source, "parsing the page")
    metadata: dict[str, str] = {}
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        metadata["title"] = " ".join(title.text_content().split())
    body = root.find("body")
    walker = HtmlWalker(lambda: deadline.check(source, "reading the page"))
    blocks = walker.walk(body if body is not None else root)
    blocks = nest_interrupting_bullets(blocks)
    return Document(blocks=numbered(blocks), format="html", pages=None, metadata=metadata, warnings=warnings)


def fragment_blocks(fragment: str, *, tick: Callable[[], None], limits: Limits | None = None) -> list[Block]:
    """The blocks of an HTML fragment embedded in another format (a Markdown file's HTML block),
    read by the same parser and walker as a page; a fragment that holds no element gives none."""
    try:
        root = parse_html(f"<body>{fragment}</body>", source="", limits=limits or Limits())
    except CorruptDocumentError:
        return []
    body = root.find("body")
    return HtmlWalker(tick).walk(body if body is not None else root)


def parse_html(text: str, *, source: str, limits: Limits) -> HtmlElement:
    """The page's element tree; nesting past ``max_xml_depth`` (or libxml2's 256) is a `LimitExceededError`."""
    parser = HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True,
                        huge_tree=False)
    try:
        root = etree.fromstring(text.encode("utf-8", errors="replace"), parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as exc:
        raise CorruptDocumentError(f"cannot parse the HTML ({exc})", source=source) from exc
    depth = min(limits.max_xml_depth, LIBXML_MAX_DEPTH)
    if any(LIBXML_DEPTH_MESSAGE in entry.message for entry in parser.error_log) or (
            root is not None and _nests_deeper(root, limits.max_xml_depth)):
        raise LimitExceededError(
            f"the HTML elements nest more than {depth} levels deep (limit max_xml_depth = {limits.max_xml_depth})",
            source=source, limit="max_xml_depth", value=None, maximum=depth)
    if root is None:
        raise CorruptDocumentError("the HTML holds no elements", source=source)
    return root


def _nests_deeper(root: HtmlElement, max_depth: int) -> bool:
    if max_depth >= LIBXML_MAX_DEPTH:
        return False  # libxml2 stops first, and says so in its error log
    return bool(etree.XPath("boolean(" + "/".join(["*"] * max_depth) + ")")(root))
