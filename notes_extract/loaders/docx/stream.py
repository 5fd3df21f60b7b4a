"""The main part's body parsed one top-level block at a time, each freed once read.

A whole-document lxml tree costs about 15 bytes of memory per byte of XML
(a 118 MiB document.xml peaked at 1.83 GB). The body is read in order and
each paragraph or table is needed only while it is turned into blocks, so
the part is parsed incrementally (`etree.iterparse`): each child of w:body
is handed out when its end tag is parsed and cleared after use; the part
itself is unpacked as the parser reads it, so memory holds one chunk of the
part, one block's tree and the blocks made so far.

The same guards as `safexml.PartParser` apply: no DTD, no entities, no
network, nesting bounded by ``max_xml_depth``; and one top-level block
(a table that holds the whole document) may span at most
``max_xml_tree_bytes`` of XML, the most any tree held at once may cost.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator

from lxml import etree

from notes_extract.errors import CorruptDocumentError, LimitExceededError
from notes_extract.limits import Limits, exceeded
from notes_extract.loaders.docx.package import check_main_root
from notes_extract.loaders.docx.safexml import (
    LIBXML_DEPTH_MESSAGE,
    LIBXML_MAX_DEPTH,
    PartParser,
    depth_probe,
    probe_needed,
)
from notes_extract.loaders.docx.wordml import MC_ALTERNATE_CONTENT, W_P, W_R, W_SDT, Element, w

_W_BODY = w("body")
# Elements that can be children of w:body: iterparse reports only these (at
# any depth; those nested deeper are skipped), which keeps the Python work
# per element of the part small.
_BODY_CHILDREN = (W_P, w("tbl"), W_SDT, w("customXml"), w("ins"), w("moveTo"), w("altChunk"), w("sectPr"),
                  MC_ALTERNATE_CONTENT)
# Elements inside a block reported too, only to check its size as it is parsed.
_BLOCK_PARTS = (W_R, w("tc"), w("tr"))
# document > body > block: a block's subtree may nest this many levels less than the part.
_BLOCK_DEPTH = 2


class _CountingReader(io.RawIOBase):
    """A binary stream over chunks of bytes that counts how far the parser has read."""

    def __init__(self, chunks: Iterable[bytes]) -> None:
        self._chunks = iter(chunks)
        self._view = memoryview(b"")
        self.position = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._view:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._view = memoryview(chunk)
        size = min(len(buffer), len(self._view))
        buffer[:size] = self._view[:size]
        self._view = self._view[size:]
        self.position += size
        return size


def body_blocks(data: Iterable[bytes], part: str, parser: PartParser, limits: Limits, source: str
                ) -> Iterator[Element]:
    """The children of the part's w:body in order, each cleared (and its earlier siblings freed) after use.

    ``data``, the part's bytes in chunks (`Package.xml_chunks`), has no DTD. Raises the errors
    `PartParser.parse` raises for the same faults, naming the part.
    """
    reader = _CountingReader(data)
    events = etree.iterparse(reader, events=("end",), tag=_BODY_CHILDREN + _BLOCK_PARTS, resolve_entities=False,
                             no_network=True, load_dtd=False, huge_tree=False)
    too_deep = depth_probe(max(limits.max_xml_depth - _BLOCK_DEPTH, 1)) if probe_needed(limits) else None
    block_start = 0
    checked_root = False
    try:
        for _, element in events:
            if not checked_root:
                parser.check_tree(element.getroottree(), part)
                check_main_root(element.getroottree().getroot(), part, source)
                checked_root = True
            parent = element.getparent()
            if reader.position - block_start > limits.max_xml_tree_bytes:
                raise _block_too_large(part, reader.position - block_start, limits, source)
            if parent is None or parent.tag != _W_BODY:
                continue  # inside a block: handed out with its block
            if too_deep is not None and too_deep(element):
                raise parser.too_deep(part, limits.max_xml_depth)
            yield element
            element.clear(keep_tail=False)
            while element.getprevious() is not None:
                del parent[0]
            block_start = reader.position
    except etree.XMLSyntaxError as exc:
        if LIBXML_DEPTH_MESSAGE in str(exc):
            raise parser.too_deep(part, min(limits.max_xml_depth, LIBXML_MAX_DEPTH)) from exc
        raise CorruptDocumentError(f"broken XML in part {part} ({exc})", source=source) from exc
    if not checked_root:  # no block at all: the root still has to be a Word document
        root = events.root
        if root is None:
            raise CorruptDocumentError(f"broken XML in part {part} (no root element)", source=source)
        parser.check_tree(root.getroottree(), part)
        check_main_root(root, part, source)


def _block_too_large(part: str, size: int, limits: Limits, source: str) -> LimitExceededError:
    return exceeded("max_xml_tree_bytes", size, limits.max_xml_tree_bytes, source=source, unit="bytes",
                    what=f"one top-level block of part {part}")
