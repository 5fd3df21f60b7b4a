"""Files in the output folder: atomic writes, leftovers of killed runs, content hashes.

Only the parent process writes files, each one atomically (a temporary file
in the same folder, then ``os.replace``), so a killed run leaves whole files
only, and a later run can trust every record file it finds.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

from notes_extract.lazy_pattern import lazy_compile

# The temporary files `write_atomic` makes: ".NAME.json.XXXXXXXX.tmp".
_TEMP_NAME = lazy_compile(r"^\..+\.(?:json|csv)\.[A-Za-z0-9_]+\.tmp$")
# A spreadsheet runs a cell starting with one of these as a formula: such cells get a leading "'".
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_UMASK: list[int] = []


def write_atomic(target: Path, text: str) -> None:
    """Write ``text`` so that readers (and a later run) never see a partial file."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes 0600; outputs are ordinary files
        with os.fdopen(fd, "wb") as handle:
            handle.write(text.encode("utf-8"))
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_csv_atomic(target: Path, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
    """Write a CSV file (RFC 4180 quoting, UTF-8) atomically; no cell is read as a formula."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([_inert(cell) for cell in row] for row in rows)
    write_atomic(target, buffer.getvalue())


def _inert(cell: str) -> str:
    return "'" + cell if cell.startswith(_FORMULA_STARTS) else cell


def _umask() -> int:
    """The process umask, read once: reading it means setting it, which is not thread-safe."""
    if not _UMASK:
        mask = os.umask(0o022)
        os.umask(mask)
        _UMASK.append(mask)
    return _UMASK[0]


def remove_stale_temps(out: Path) -> None:
    """Temporary files a killed run left behind (never whole records): remove them."""
    for dirpath, dirnames, filenames in os.walk(out):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if _TEMP_NAME.match(name):
                with contextlib.suppress(OSError):
                    os.unlink(os.path.join(dirpath, name))


def sha256_file(path: Path) -> str | None:
    """The file's SHA-256 in hex, or None when it cannot be read."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def inside(out: Path, name: str) -> Path | None:
    """``OUT/name`` when ``name`` is a relative path that stays inside OUT."""
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        return None
    return out / relative
