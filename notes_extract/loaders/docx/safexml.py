"""Parsing a part's bytes as XML safely: no DTD, no entities, no network, bounded depth.

A Word part never needs a DTD, and a DTD is how entity bombs and external
entities get in, so any part that declares one is refused as unsafe
(`UnsafeDocumentError`) rather than parsed with entities switched off and
hoped for the best.
"""

from __future__ import annotations

from lxml import etree

from notes_extract.errors import CorruptDocumentError, LimitExceededError, UnsafeDocumentError
from notes_extract.limits import Limits
from notes_extract.loaders.docx.wordml import Element

# "<!DOCTYPE" as it appears in a part encoded in UTF-8, or UTF-16 either way round.
DOCTYPE_MARKERS = tuple("<!DOCTYPE".encode(codec) for codec in ("utf-8", "utf-16-le", "utf-16-be"))
_UTF8_DOCTYPE, *_UTF16_DOCTYPES = DOCTYPE_MARKERS
# libxml2's message when nesting passes its own ceiling (256 levels without
# huge_tree, which stays off): a larger max_xml_depth acts as 256.
LIBXML_DEPTH_MESSAGE = "Excessive depth"
LIBXML_MAX_DEPTH = 256


def has_doctype(data: bytes) -> bool:
    """Whether an XML part declares a DTD (in UTF-8, or UTF-16 either way round)."""
    if _UTF8_DOCTYPE in data:
        return True
    # The UTF-16 spellings hold zero bytes: a part without any (all UTF-8 ones) is not scanned for them.
    return b"\x00" in data and any(marker in data for marker in _UTF16_DOCTYPES)


def xml_parser() -> etree.XMLParser:
    """The parser every part goes through.

    No entities, no DTD, no network, libxml2's default size and depth caps (no huge_tree).
    """
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def depth_probe(max_depth: int) -> etree.XPath:
    """An XPath that is true on a root whose elements nest ``max_depth`` levels below it."""
    return etree.XPath("boolean(" + "/".join(["*"] * max_depth) + ")")


def probe_needed(limits: Limits) -> bool:
    """Whether ``max_xml_depth`` is below libxml2's own ceiling: at or above it, the parser has
    refused any deeper nesting already and a depth probe could never find it (a walk of the tree)."""
    return limits.max_xml_depth < LIBXML_MAX_DEPTH


class PartParser:
    """Parses parts of one document under its `Limits`; errors name the part."""

    def __init__(self, limits: Limits, source: str) -> None:
        self._limits = limits
        self._source = source
        self._parser = xml_parser()
        self._too_deep_probe = depth_probe(limits.max_xml_depth) if probe_needed(limits) else None

    def parse(self, data: bytes, part: str, *, prolog_checked: bool = False) -> Element:
        """``data`` parsed as XML, refusing DTDs and nesting deeper than ``max_xml_depth``.

        ``prolog_checked``: `check_prolog` has passed ``data`` already (a scan of the whole part, not repeated).
        """
        if not prolog_checked:
            self.check_prolog(data, part)
        try:
            root = etree.fromstring(data, self._parser)
        except etree.XMLSyntaxError as exc:
            if LIBXML_DEPTH_MESSAGE in str(exc):
                raise self.too_deep(part, min(self._limits.max_xml_depth, LIBXML_MAX_DEPTH)) from exc
            raise CorruptDocumentError(f"broken XML in part {part} ({exc})", source=self._source) from exc
        self.check_tree(root.getroottree(), part)
        if self._too_deep_probe is not None and self._too_deep_probe(root):
            raise self.too_deep(part, self._limits.max_xml_depth)
        return root

    def check_prolog(self, data: bytes, part: str) -> None:
        """Refuse a part that declares a DTD, before it is parsed."""
        if has_doctype(data):
            raise self.dtd_refused(part)

    def check_tree(self, tree: etree._ElementTree, part: str) -> None:
        """Refuse a parsed part with a DTD in an encoding the byte scan missed."""
        docinfo = tree.docinfo
        if docinfo.doctype or docinfo.internalDTD is not None:
            raise self.dtd_refused(part)

    def dtd_refused(self, part: str) -> UnsafeDocumentError:
        return UnsafeDocumentError(f"part {part} declares a DTD; DTDs are not allowed", source=self._source)

    def too_deep(self, part: str, depth: int) -> LimitExceededError:
        """The error for nesting past ``depth``: the limit, or libxml2's ceiling when that is lower."""
        limit = self._limits.max_xml_depth
        bound = f"limit max_xml_depth = {limit}" if depth == limit else "the XML parser's own ceiling"
        return LimitExceededError(
            f"the XML elements of part {part} nest more than {depth} levels deep ({bound})",
            source=self._source, limit="max_xml_depth", value=None, maximum=min(limit, depth),
        )
