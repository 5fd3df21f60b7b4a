"""Finding the optional outside programs: LibreOffice, antiword and Tesseract.

None of them is required. Each is looked up on PATH once per process (the
look-up is cached), and an environment variable can point at a copy that is
not on PATH, e.g. ``NOTES_EXTRACT_SOFFICE=/opt/libreoffice/program/soffice``.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess

# Each tool: its environment override, then the program names tried on PATH.
TOOL_NAMES: dict[str, tuple[str, tuple[str, ...]]] = {
    "libreoffice": ("NOTES_EXTRACT_SOFFICE", ("soffice", "libreoffice", "lowriter")),
    "antiword": ("NOTES_EXTRACT_ANTIWORD", ("antiword",)),
    "tesseract": ("NOTES_EXTRACT_TESSERACT", ("tesseract",)),
}
# What to install for each tool, named in `converter-missing` and `needs-ocr` errors.
INSTALL_HINTS: dict[str, str] = {
    "libreoffice": "apt-get install libreoffice-writer-nogui (macOS: brew install --cask libreoffice)",
    "antiword": "apt-get install antiword",
    "tesseract": "apt-get install tesseract-ocr (macOS: brew install tesseract)",
    "rapidocr": "pip install 'notes-extract[ocr]'",
}
# Seconds a `--version` probe may take (doctor only).
VERSION_PROBE_SECONDS = 20.0


@functools.cache
def find_tool(name: str) -> str | None:
    """The path of tool ``name`` ("libreoffice", "antiword", "tesseract"), or None when absent."""
    variable, programs = TOOL_NAMES[name]
    override = os.environ.get(variable)
    if override:
        return override if os.access(override, os.X_OK) else None
    for program in programs:
        path = shutil.which(program)
        if path:
            return path
    return None


def tool_version(path: str) -> str:
    """The first line a program prints for ``--version`` (or "" when it says nothing in time)."""
    try:
        done = subprocess.run([path, "--version"], capture_output=True, text=True, timeout=VERSION_PROBE_SECONDS,
                              stdin=subprocess.DEVNULL, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    lines = (done.stdout or done.stderr).strip().splitlines()
    return lines[0].strip() if lines else ""
