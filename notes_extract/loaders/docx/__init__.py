"""Word (.docx) loader: the body of a WordprocessingML package as blocks.

The zip is read with `zipfile` and each part parsed once with lxml; the body
is walked directly instead of through python-docx's object model, which is
slower and hides content python-docx does not model (content controls,
tracked insertions, text boxes). Nothing is ever written back.

What a reader sees is what counts: tracked deletions and hidden text are
dropped, insertions kept (the document as if all changes were accepted), and
list numbers are rebuilt from numbering.xml because Word never stores them.

`load` runs the steps in order; each lives in its own module:

- `container`: the zip, refused by its central directory, unpacked under caps
- `safexml`: XML parsing without DTDs or entities, bounded in depth
- `strict`: Strict Open XML parts read under the transitional names
- `stream`: the main part's body parsed one top-level block at a time, each freed after use
- `package`: parts by name, relationships, the main part, core properties
- `wordml`: WordprocessingML names and w:val readers shared by the others
- `styles`, `numbering`, `counters`: styles, list definitions, list labels
- `body`, `classify`, `runs`, `tables`: the body walked into blocks
- `headers`: the page headers' text, kept as metadata for the meeting's title and date
"""

from __future__ import annotations

from notes_extract.document import Document, numbered
from notes_extract.errors import CorruptDocumentError
from notes_extract.limits import Deadline, Limits
from notes_extract.loaders.docx.body import read_body
from notes_extract.loaders.docx.container import check_archive, open_archive
from notes_extract.loaders.docx.headers import read_page_header
from notes_extract.loaders.docx.numbering import read_numbering
from notes_extract.loaders.docx.package import (
    REL_NUMBERING,
    REL_STYLES,
    Package,
    find_main_part,
    first_target,
    read_metadata,
)
from notes_extract.loaders.docx.stream import body_blocks
from notes_extract.loaders.docx.styles import read_styles
from notes_extract.loaders.list_runs import nest_interrupting_bullets

__all__ = ["check_archive", "load"]


def load(data: bytes, *, source: str, limits: Limits | None = None) -> Document:
    """Read a .docx file's bytes into a `Document` of body blocks.

    The zip's central directory is checked against ``limits`` before any part
    is unpacked, and parts are unpacked under a hard byte cap, so a zip bomb
    or a lying directory ends in `LimitExceededError`, not exhausted memory.
    """
    limits = limits or Limits()
    deadline = Deadline.start(limits)
    with open_archive(data, limits, source) as archive:
        check_archive(archive, limits, source)
        package = Package(archive, source, limits, deadline)
        main = find_main_part(package)
        if main is None:
            raise CorruptDocumentError("no main document part (word/document.xml) in the package", source=source)
        main_xml = package.xml_chunks(main)
        related = package.relationships(main)
        styles = read_styles(package, first_target(related, REL_STYLES))
        numbering = read_numbering(package, first_target(related, REL_NUMBERING), styles)
        warnings: list[str] = []
        metadata = read_metadata(package, warnings)
        if header := read_page_header(package, related):
            metadata["page_header"] = header
        # The body is unpacked and parsed as it is read, one top-level block at a time (`stream`).
        body = body_blocks(main_xml, main, package.parser, limits, source)
        blocks, body_warnings = read_body(body, styles, numbering,
                                          lambda: deadline.check(source, "reading the document body"))
    warnings.extend(body_warnings)
    blocks = nest_interrupting_bullets(blocks)
    return Document(blocks=numbered(blocks), format="docx", pages=None, metadata=metadata, warnings=warnings)
