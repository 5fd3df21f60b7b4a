"""`notes-extract doctor`: which optional converters and OCR engines this machine has.

Nothing here is required: .docx, PDF with text, plain text and Markdown need
none of them. Each line says what a tool is for, whether it was found (and
where, with its version), and what to install when it was not.
"""

from __future__ import annotations

import importlib.util

from notes_extract.loaders.office.tools import INSTALL_HINTS, find_tool, tool_version

# Outside programs: (tool, what it reads).
PROGRAMS = (
    ("libreoffice", ".doc, .dot, .wps, .rtf, .wpd converted to .docx (best)"),
    ("antiword", ".doc as text when LibreOffice is missing"),
    ("tesseract", "OCR of scanned PDF pages and images (preferred engine)"),
)
# Programs that answer --version (antiword has no such option).
VERSIONED = ("libreoffice", "tesseract")
# Python packages: (import name, what it reads, how to install).
PACKAGES = (
    ("striprtf", ".rtf as text when LibreOffice is missing", "pip install striprtf"),
    ("rapidocr_onnxruntime", "OCR with models inside the wheel, no download",
     INSTALL_HINTS["rapidocr"]),
)


def doctor_lines() -> list[str]:
    """One line per optional tool: found (path, version) or missing (what to install)."""
    lines = []
    for name, purpose in PROGRAMS:
        path = find_tool(name)
        if path:
            version = tool_version(path) if name in VERSIONED else ""
            lines.append(f"found    {name}: {path}{' (' + version + ')' if version else ''} - {purpose}")
        else:
            lines.append(f"missing  {name}: {INSTALL_HINTS[name]} - {purpose}")
    for module, purpose, install in PACKAGES:
        if importlib.util.find_spec(module) is not None:
            lines.append(f"found    {module} (Python package) - {purpose}")
        else:
            lines.append(f"missing  {module}: {install} - {purpose}")
    return lines
