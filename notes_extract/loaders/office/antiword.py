"""Reading Word 97-2003 (.doc) without LibreOffice: its text through antiword.

antiword prints a .doc's text with paragraphs separated by blank lines and
list bullets and numbers kept; the plain-text loader reads that as it reads
any text. It runs under the same time limit and process-group kill as a
LibreOffice conversion.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from notes_extract.errors import ConversionFailedError
from notes_extract.limits import Limits
from notes_extract.loaders.office.libreoffice import conversion_seconds, run_isolated

# antiword's line width: 0 means one paragraph a line, never wrapped.
_UNWRAPPED = "0"


def antiword_text(path_to_antiword: str, data: bytes, *, source: str, limits: Limits) -> str:
    """The text antiword reads from .doc bytes."""
    with tempfile.TemporaryDirectory(prefix="notes-extract-aw-") as work:
        folder = Path(work)
        document = folder / "document.doc"
        document.write_bytes(data)
        output = folder / "document.txt"
        command = ["sh", "-c", 'exec "$0" -w "$3" -m UTF-8.txt "$1" > "$2"',
                   path_to_antiword, str(document), str(output), _UNWRAPPED]
        stderr = run_isolated(command, folder, conversion_seconds(limits), source=source)
        text = output.read_text("utf-8", "replace")
        if not text.strip():
            detail = " ".join(stderr.split())
            raise ConversionFailedError(f"antiword could not read the .doc file{': ' + detail if detail else ''}",
                                        source=source)
        limits.check("max_text_chars", len(text), limits.max_text_chars, source=source, unit="characters",
                     what="the text antiword read")
        return text
